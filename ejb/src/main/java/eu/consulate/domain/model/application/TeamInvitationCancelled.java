package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/**
 * The applicant cancelled an open invitation to the request's team (sent to {@code email}): its
 * link no longer works, and the address can be invited again.
 */
public record TeamInvitationCancelled(String applicationId, String actor, Instant occurredAt, String invitationId,
                                      String email) implements ApplicationEvent {

    public static final String TYPE = "team-invitation-cancelled";

    public TeamInvitationCancelled {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(invitationId, "invitationId");
        Objects.requireNonNull(email, "email");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
