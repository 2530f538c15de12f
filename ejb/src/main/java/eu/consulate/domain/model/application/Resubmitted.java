package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** The applicant answered a return and handed the request back; the purpose is the new one when they changed it. */
public record Resubmitted(String applicationId, String actor, Instant occurredAt, String response, String researchPurpose)
        implements ApplicationEvent {

    public static final String TYPE = "resubmitted";

    public Resubmitted {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(researchPurpose, "researchPurpose");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
