package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.consulate.application.Catalog;
import eu.consulate.application.CatalogRuleViolation;
import eu.consulate.application.CommitteeAdministration;
import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.dac.DacRole;
import eu.consulate.domain.model.dac.Dataset;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The DAC administrator's page: committees with members and datasets, and forms to add them. */
@Named
@ViewScoped
public class CommitteesView implements Serializable {

    /** A committee as the page lists it. */
    public record CommitteeRow(String id, String name, String source, String members, List<String> datasets) {
    }

    @EJB
    transient Catalog catalog;

    @EJB
    transient CommitteeAdministration administration;

    private List<CommitteeRow> committees;
    private String name;
    private String source;
    private String members;
    private String datasetCommittee;
    private String datasetUrl;
    private String datasetTitle;

    @PostConstruct
    void load() {
        List<Dataset> datasets = catalog.datasets();
        committees = catalog.committees().stream().map(d -> new CommitteeRow(d.id(), d.name(), d.sourceUrl(),
                String.join(", ", d.members().stream().map(m -> m.username() + " (" + m.role().name().toLowerCase() + ")")
                        .toList()),
                datasets.stream().filter(ds -> ds.dac().id().equals(d.id())).map(ds -> ds.title() + " — " + ds.url())
                        .toList())).toList();
    }

    public String createCommittee() {
        try {
            Dac dac = administration.createCommittee(name, source, parseMembers(members));
            Messages.info("Committee created", dac.name());
            return "/admin/index?faces-redirect=true";
        } catch (CatalogRuleViolation e) {
            Messages.error(null, e.getMessage());
            return null;
        }
    }

    public String addDataset() {
        try {
            Dataset dataset = administration.addDataset(datasetCommittee, datasetUrl, datasetTitle);
            Messages.info("Dataset added", dataset.title());
            return "/admin/index?faces-redirect=true";
        } catch (CatalogRuleViolation e) {
            Messages.error(null, e.getMessage());
            return null;
        }
    }

    /** "alice:chair, bob" → alice as CHAIR, bob as MEMBER. */
    static Map<String, DacRole> parseMembers(String text) {
        Map<String, DacRole> parsed = new LinkedHashMap<>();
        if (text == null) {
            return parsed;
        }
        for (String entry : text.split("[,\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split(":", 2);
            parsed.put(parts[0].strip(), CommitteeAdministration.role(parts.length > 1 ? parts[1] : null));
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
