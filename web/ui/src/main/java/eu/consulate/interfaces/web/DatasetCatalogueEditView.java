package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import eu.consulate.application.Catalog;
import eu.consulate.application.CatalogRuleViolation;
import eu.consulate.application.DatasetAdministration;
import eu.consulate.application.NoSuchDataset;
import eu.consulate.application.Views;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A DAC administrator describes a dataset for the public catalogue and retires it
 * ({@code admin/dataset.xhtml}, beside its data use).
 */
@Named
@ViewScoped
public class DatasetCatalogueEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UiActor actor;

    @EJB
    transient DatasetAdministration administration;

    @EJB
    transient Catalog catalog;

    private String id;
    private boolean retired;
    private String title;
    private String description;
    private String keywords;
    private String countries;
    private String dataType;
    private String size;

    /** Called by f:viewAction after the data use's check of the administrator. */
    public void load() {
        try {
            Views.CatalogueDataset dataset = catalog.publicDataset(id);
            show(dataset);
            showTerms(dataset);
        } catch (NoSuchDataset | eu.consulate.application.NoSuchCommittee e) {
            Messages.sendError(404);
        }
    }

    private void show(Views.CatalogueDataset dataset) {
        Views.CatalogueItem item = dataset.dataset();
        retired = dataset.retired();
        title = item.title();
        description = item.description();
        keywords = String.join(", ", item.keywords());
        countries = String.join(" ", item.countries());
        dataType = item.dataType();
        size = item.size();
    }

    public String save() {
        try {
            show(administration.describeDataset(actor.get(), id, title, description, split(keywords, "[,;]+"),
                    split(countries, "[\\s,;]+"), dataType, size));
            Messages.info("Catalogue entry saved", title);
            return "/admin/dataset?faces-redirect=true&id=" + id;
        } catch (CatalogRuleViolation e) {
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

    @EJB
    transient eu.consulate.application.CommitteeTerms terms;

    /** The version its applicants accept: a version id, or empty for the committee's current version. */
    private String termsChoice;
    private List<Views.TermsVersionView> termsVersions = List.of();

    private void showTerms(Views.CatalogueDataset dataset) {
        termsVersions = terms.versions(actor.get(), dataset.dataset().committeeId());
        termsChoice = dataset.terms() == null || dataset.terms().current() ? "" : dataset.terms().id();
    }

    public String nameTerms() {
        try {
            var named = terms.nameForDataset(actor.get(), id, termsChoice);
            Messages.info("Terms named", named == null ? "Applicants accept no terms for this dataset."
                    : "Applicants accept " + named.label() + ".");
            return "/admin/dataset?faces-redirect=true&id=" + id;
        } catch (CatalogRuleViolation e) {
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

    public String getTermsChoice() {
        return termsChoice;
    }

    public void setTermsChoice(String termsChoice) {
        this.termsChoice = termsChoice;
    }

    public List<Views.TermsVersionView> getTermsVersions() {
        return termsVersions;
    }

    public String retire() {
        try {
            show(administration.retireDataset(actor.get(), id));
            Messages.info("Dataset retired", "It left the catalogue; requests and permits for it stay readable.");
            return "/admin/dataset?faces-redirect=true&id=" + id;
        } catch (NoSuchDataset e) {
            Messages.sendError(404);
            return null;
        }
    }

    private static List<String> split(String text, String separators) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.strip().split(separators))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isRetired() {
        return retired;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getCountries() {
        return countries;
    }

    public void setCountries(String countries) {
        this.countries = countries;
    }

    public String getDataType() {
        return dataType;
    }

    public void setDataType(String dataType) {
        this.dataType = dataType;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }
}
