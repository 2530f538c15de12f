package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The request came into existence with its content. The content never changes afterwards, so it
 * lives on this event alone.
 *
 * @param actor            the applicant: the identity provider's subject, which every rule rests on
 * @param applicantName    the applicant's username at submission, for display only
 * @param applicantSubject the applicant as downstream systems know them in visas (the configured
 *                         claim, by default also the OIDC {@code sub})
 */
public record ApplicationCreated(
        String applicationId,
        String actor,
        Instant occurredAt,
        String applicantName,
        String applicantSubject,
        String dacId,
        String title,
        String researchPurpose,
        List<String> datasetIds) implements ApplicationEvent {

    public static final String TYPE = "created";

    public ApplicationCreated {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(applicantSubject, "applicantSubject");
        Objects.requireNonNull(dacId, "dacId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(researchPurpose, "researchPurpose");
        datasetIds = List.copyOf(datasetIds);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
