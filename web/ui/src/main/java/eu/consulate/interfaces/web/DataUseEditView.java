package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import eu.consulate.application.DatasetAdministration;
import eu.consulate.application.NoSuchDataset;
import eu.consulate.application.Views;
import eu.consulate.domain.model.datause.DataUse;
import eu.consulate.domain.model.datause.DuoTerm;
import eu.consulate.domain.model.datause.DuoVocabulary;
import eu.consulate.domain.model.datause.InvalidDataUse;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A DAC administrator describes a dataset's data use in DUO terms ({@code admin/dataset.xhtml}):
 * one permission, its diseases for DS, the modifiers with their parameters; the page shows the
 * conditions a permit for the dataset will carry.
 */
@Named
@ViewScoped
public class DataUseEditView implements Serializable {

    @Inject
    transient UiActor actor;

    @EJB
    transient DatasetAdministration administration;

    private String id;
    private Views.DataUseView current;
    private String permission;
    private String diseases;
    private List<String> modifiers = new ArrayList<>();
    private String region;
    private String moratorium;
    private String months;
    private String researchType;

    /** Called by f:viewAction: the dataset's data use as it is; a dataset of another committee: 404. */
    public void load() {
        try {
            show(administration.dataUse(actor.get(), id));
        } catch (NoSuchDataset e) {
            Messages.sendError(404);
        }
    }

    private void show(Views.DataUseView use) {
        current = use;
        permission = use.permission() == null ? null : use.permission().shorthand();
        diseases = String.join(" ", use.diseases());
        modifiers = new ArrayList<>(use.modifiers().stream().map(Views.DuoTermView::shorthand).toList());
        for (Views.DuoTermView modifier : use.modifiers()) {
            switch (DuoTerm.named(modifier.shorthand()).orElseThrow().parameter()) {
                case REGION -> region = modifier.parameter();
                case DATE -> moratorium = modifier.parameter();
                case MONTHS -> months = modifier.parameter();
                case TYPE -> researchType = modifier.parameter();
                default -> { }
            }
        }
    }

    /** Saves the description; what DUO does not allow becomes a message and changes nothing. */
    public String save() {
        List<DataUse.Requested> requested = new ArrayList<>();
        for (String shorthand : modifiers) {
            DuoTerm term = DuoTerm.named(shorthand).orElse(null);
            String parameter = term == null ? null : switch (term.parameter()) {
                case REGION -> region;
                case DATE -> moratorium;
                case MONTHS -> months;
                case TYPE -> researchType;
                default -> null;
            };
            requested.add(new DataUse.Requested(shorthand, parameter));
        }
        List<String> diseaseIds = diseases == null || diseases.isBlank() ? List.of()
                : Arrays.stream(diseases.strip().split("[\\s,;]+")).toList();
        try {
            show(administration.describeDataUse(actor.get(), id, permission, diseaseIds, requested));
            Messages.info("Data use saved", current.title());
            return "/admin/dataset?faces-redirect=true&id=" + id;
        } catch (InvalidDataUse e) {
            Messages.error(null, e.getMessage());
            return null;
        } catch (eu.consulate.domain.model.application.ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        } catch (NoSuchDataset e) {
            Messages.sendError(404);
            return null;
        }
    }

    /** The five DUO permissions, by their labels. */
    public List<SelectItem> getPermissions() {
        return items(DuoTerm.Kind.PERMISSION);
    }

    /** The DUO modifiers, by their labels. */
    public List<SelectItem> getModifierItems() {
        return items(DuoTerm.Kind.MODIFIER);
    }

    private static List<SelectItem> items(DuoTerm.Kind kind) {
        DuoVocabulary duo = DuoVocabulary.shipped();
        return Arrays.stream(DuoTerm.values()).filter(t -> t.kind() == kind)
                .map(t -> new SelectItem(t.shorthand(), duo.label(t) + " (" + t.shorthand() + ")", duo.entry(t).definition()))
                .toList();
    }

    public Views.DataUseView getCurrent() {
        return current;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPermission() {
        return permission;
    }

    public void setPermission(String permission) {
        this.permission = permission;
    }

    public String getDiseases() {
        return diseases;
    }

    public void setDiseases(String diseases) {
        this.diseases = diseases;
    }

    public List<String> getModifiers() {
        return modifiers;
    }

    public void setModifiers(List<String> modifiers) {
        this.modifiers = modifiers == null ? new ArrayList<>() : new ArrayList<>(modifiers);
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getMoratorium() {
        return moratorium;
    }

    public void setMoratorium(String moratorium) {
        this.moratorium = moratorium;
    }

    public String getMonths() {
        return months;
    }

    public void setMonths(String months) {
        this.months = months;
    }

    public String getResearchType() {
        return researchType;
    }

    public void setResearchType(String researchType) {
        this.researchType = researchType;
    }
}
