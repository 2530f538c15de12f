package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/**
 * The signing official (the actor) declined to confirm the request, saying why: it ends without
 * reaching the committee; the applicant may copy it into a new draft.
 */
public record SigningOfficialDeclined(String applicationId, String actor, Instant occurredAt, String reason)
        implements ApplicationEvent {

    public static final String TYPE = "signing-official-declined";

    public SigningOfficialDeclined {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
