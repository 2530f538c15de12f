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
 * @param use              what the data is for: {@code research} (secondary use) or {@code care}
 *                         (primary use, e.g. a diagnosis); the committee maps it to a process model
 * @param organisation     the applicant's organisation type: {@code academic}, {@code public} or
 *                         {@code commercial} (commercial research may run on a process with a fee)
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
        List<String> datasetIds,
        String use,
        String organisation) implements ApplicationEvent {

    public static final String TYPE = "created";
    public static final String RESEARCH = "research";
    public static final String CARE = "care";
    public static final java.util.List<String> USES = java.util.List.of(RESEARCH, CARE);
    public static final String ACADEMIC = "academic";
    public static final String COMMERCIAL = "commercial";
    public static final java.util.List<String> ORGANISATIONS = java.util.List.of(ACADEMIC, "public", COMMERCIAL);

    /** A research request (all requests made before the use was asked). */
    public ApplicationCreated(String applicationId, String actor, Instant occurredAt, String applicantName,
            String applicantSubject, String dacId, String title, String researchPurpose, List<String> datasetIds) {
        this(applicationId, actor, occurredAt, applicantName, applicantSubject, dacId, title, researchPurpose,
                datasetIds, RESEARCH, ACADEMIC);
    }

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
        if (!USES.contains(use)) {
            throw new IllegalArgumentException("Unknown use " + use);
        }
        if (!ORGANISATIONS.contains(organisation)) {
            throw new IllegalArgumentException("Unknown organisation type " + organisation);
        }
    }

    @Override
    public String type() {
        return TYPE;
    }
}
