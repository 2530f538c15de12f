package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/**
 * The signing official (the actor, {@code name} as they signed in) confirmed the request for
 * the applicant's institution; the submission follows and the request reaches the committee.
 */
public record SigningOfficialConfirmed(String applicationId, String actor, Instant occurredAt, String name)
        implements ApplicationEvent {

    public static final String TYPE = "signing-official-confirmed";

    public SigningOfficialConfirmed {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        name = name == null ? "" : name;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
