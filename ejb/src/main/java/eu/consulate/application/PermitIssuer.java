package eu.consulate.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.DataAccessApplication;
import eu.consulate.domain.model.application.IssuePermit;
import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.dac.Dataset;
import eu.consulate.domain.model.datause.DataUseConditions;
import eu.consulate.domain.model.datause.DuoVocabulary;
import eu.consulate.domain.model.permit.Permit;
import eu.consulate.domain.model.permit.PermitTerms;
import eu.consulate.infrastructure.persistence.ApplicationRepository;
import eu.consulate.infrastructure.persistence.PermitRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues the permit of an application whose legal check passed: records the permit with the
 * conditions of its datasets' data use (DUO modifiers) and a validity their time limit on use
 * caps, signs one GA4GH visa per dataset and appends the {@code permit-issued} event, in one
 * transaction.
 * Called by the workflow's permit issuance step.
 */
@Stateless
public class PermitIssuer {

    @EJB
    ApplicationRepository applications;

    @EJB
    PermitRepository permits;

    @EJB
    Catalog catalog;

    @EJB
    VisaIssuance visas;

    @Inject
    WorkflowPort workflow;

    @Inject
    @ConfigProperty(name = "consulate.permit.validity-days", defaultValue = "365")
    int validityDays;

    /** Issues the permit for the configured validity; returns its id. */
    public String issue(String applicationId) {
        return issue(applicationId, PermitTerms.ofDays(validityDays));
    }

    /** Issues the permit valid for {@code period} (a model's parameter, e.g. P90D for care); returns its id. */
    public String issue(String applicationId, java.time.Period period) {
        Instant now = Instant.now();
        long days = java.time.temporal.ChronoUnit.DAYS.between(now.atZone(java.time.ZoneOffset.UTC),
                now.atZone(java.time.ZoneOffset.UTC).plus(period));
        return issue(applicationId, PermitTerms.ofDays((int) days));
    }

    private String issue(String applicationId, PermitTerms terms) {
        DataAccessApplication application = applications.find(applicationId)
                .orElseThrow(() -> new NoSuchApplication(applicationId));
        Instant now = Instant.now();
        String permitId = UUID.randomUUID().toString();
        List<Dataset> datasets = catalog.datasets(List.copyOf(application.datasetIds()));
        List<String> conditions = conditions(datasets);
        Instant latestEnd = DataUseConditions.latestEnd(now, datasets.stream().map(Dataset::dataUse).toList())
                .orElse(null);
        Instant validUntil = terms.validUntil(now);
        if (latestEnd != null && validUntil.isAfter(latestEnd)) {
            validUntil = latestEnd; // the datasets' time limit on use (DUO TS) caps the validity
        }
        var events = application.issuePermit(new IssuePermit(permitId, now, validUntil, conditions, latestEnd),
                Actor.system(), now);
        Instant decidedAt = application.decisionAt().orElse(now);

        Permit permit = Permit.issue(permitId, application, decidedAt, now, validUntil, conditions);
        permits.add(permit);
        Dac dac = catalog.committee(application.dacId())
                .orElseThrow(() -> new IllegalStateException("Committee " + application.dacId() + " is gone"));
        visas.signAndStore(permitId, permit.holderSubjects(), datasets, dac.sourceUrl(), decidedAt, validUntil);
        applications.append(application, events);
        workflow.permitIssued(permitId, applicationId);
        return permitId;
    }

    /** The conditions a permit for {@code datasets} carries because of their data use. */
    static List<String> conditions(List<Dataset> datasets) {
        return new DataUseConditions(DuoVocabulary.shipped()).of(datasets.stream()
                .map(d -> new DataUseConditions.DatasetUse(d.title(), d.dataUse())).toList());
    }
}
