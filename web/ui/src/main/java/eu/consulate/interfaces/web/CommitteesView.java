package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import eu.consulate.application.CatalogRuleViolation;
import eu.consulate.application.CommitteeAdministration;
import eu.consulate.application.NoSuchCommittee;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.dac.Dataset;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The DAC administrator's page: committees with members and datasets, and forms to add them. */
@Named
@ViewScoped
public class CommitteesView implements Serializable {

    /** A committee as the page lists it. */
    public record CommitteeRow(String id, String name, String source, String members,
            List<eu.consulate.application.Views.DatasetView> datasets,
            boolean publishesRegister, boolean retired, boolean signingOfficialRequired) {
    }

    @Inject
    transient UiActor actor;

    @EJB
    transient CommitteeAdministration administration;

    @EJB
    transient eu.consulate.application.DatasetAdministration datasets;

    @EJB
    transient eu.consulate.application.CommitteeTerms terms;

    private List<CommitteeRow> committees;
    private String name;
    private String source;
    private String members;
    private String datasetCommittee;
    private String datasetUrl;
    private String datasetTitle;

    /** The committees this administrator keeps (nobody else's). */
    @PostConstruct
    void load() {
        var administered = administration.administeredBy(actor.get());
        committees = administered.stream().map(d -> new CommitteeRow(d.id(), d.name(),
                d.source(), String.join(", ", d.seats().stream()
                        .map(m -> m.name() + " (" + m.role().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")")
                        .toList()),
                d.datasets(), d.publishesRegister(), d.retired(), d.signingOfficialRequired())).toList();
        administered.forEach(d -> termsUrls.put(d.id(), d.termsUrl() == null ? "" : d.termsUrl()));
    }

    private java.util.Map<String, String> termsUrls = new java.util.HashMap<>();

    public java.util.Map<String, String> getTermsUrls() {
        return termsUrls;
    }

    /**
     * A new URL publishes the next version of the committee's terms; empty withdraws them. The
     * committee's page names versions and titles and makes earlier versions current again.
     */
    public String saveTerms(String dacId) {
        try {
            String url = termsUrls.get(dacId);
            var before = administration.committee(actor.get(), dacId);
            if (url == null || url.isBlank()) {
                terms.makeCurrent(actor.get(), dacId, null);
            } else if (!url.strip().equals(before.termsUrl())) {
                terms.publish(actor.get(), dacId, null, null, url);
            }
            var dac = administration.committee(actor.get(), dacId);
            Messages.info("Terms saved", dac.name() + (dac.terms() == null ? ": none" : ": " + dac.terms().label()
                    + ", " + dac.termsUrl()));
            return "/admin/index?faces-redirect=true";
        } catch (eu.consulate.application.CatalogRuleViolation | ApplicationRuleViolation e) {
            Messages.error(null, e.getMessage());
            return null;
        } catch (eu.consulate.application.NoSuchCommittee e) {
            Messages.error(null, e.getMessage());
            return null;
        }
    }

    /** Turns the committee's public register of decisions on or off. */
    public String publishRegister(String dacId, boolean publish) {
        try {
            var dac = administration.publishRegister(actor.get(), dacId, publish);
            Messages.info(publish ? "The public register shows the committee's decisions" : "The public register no longer shows the committee's decisions",
                    dac.name());
            return "/admin/index?faces-redirect=true";
        } catch (eu.consulate.application.NoSuchCommittee e) {
            Messages.error(null, e.getMessage());
            return null;
        }
    }

    /** Turns the signing official's confirmation of new requests on or off. */
    public String requireSigningOfficial(String dacId, boolean required) {
        try {
            var dac = administration.requireSigningOfficial(actor.get(), dacId, required);
            Messages.info(required ? "New requests need the applicant's signing official" : "New requests no longer need a signing official",
                    dac.name());
            return "/admin/index?faces-redirect=true";
        } catch (eu.consulate.application.NoSuchCommittee e) {
            Messages.error(null, e.getMessage());
            return null;
        }
    }

    public String createCommittee() {
        try {
            var dac = administration.createCommittee(actor.get(), name, source, parseMembers(members));
            Messages.info("Committee created", dac.name());
            return "/admin/index?faces-redirect=true";
        } catch (CatalogRuleViolation | ApplicationRuleViolation e) {
            Messages.error(null, e.getMessage());
            return null;
        }
    }

    public String addDataset() {
        try {
            Dataset dataset = datasets.addDataset(actor.get(), datasetCommittee, datasetUrl, datasetTitle);
            Messages.info("Dataset added", dataset.title());
            return "/admin/index?faces-redirect=true";
        } catch (CatalogRuleViolation | ApplicationRuleViolation | NoSuchCommittee e) {
            Messages.error(null, e.getMessage());
            return null;
        }
    }

    /** "alice:chair, bob, lea:legal_officer" → usernames with their seats (member when none is given). */
    static List<CommitteeAdministration.Seat> parseMembers(String text) {
        List<CommitteeAdministration.Seat> parsed = new ArrayList<>();
        if (text == null) {
            return parsed;
        }
        for (String entry : text.split("[,\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split(":", 2);
            parsed.add(new CommitteeAdministration.Seat(null, parts[0].strip(),
                    CommitteeAdministration.role(parts.length > 1 ? parts[1].replace(' ', '_') : null)));
        }
        return parsed;
    }

    public List<CommitteeRow> getCommittees() {
        return committees;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getMembers() {
        return members;
    }

    public void setMembers(String members) {
        this.members = members;
    }

    public String getDatasetCommittee() {
        return datasetCommittee;
    }

    public void setDatasetCommittee(String datasetCommittee) {
        this.datasetCommittee = datasetCommittee;
    }

    public String getDatasetUrl() {
        return datasetUrl;
    }

    public void setDatasetUrl(String datasetUrl) {
        this.datasetUrl = datasetUrl;
    }

    public String getDatasetTitle() {
        return datasetTitle;
    }

    public void setDatasetTitle(String datasetTitle) {
        this.datasetTitle = datasetTitle;
    }
}
