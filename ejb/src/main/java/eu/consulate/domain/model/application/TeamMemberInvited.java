package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/**
 * The applicant invited a person by e-mail to join the request's team; the invitation's link
 * (a single-use token, kept beside the events as a hash only) reaches them by mail.
 */
public record TeamMemberInvited(String applicationId, String actor, Instant occurredAt, String invitationId,
                                String email, Instant expiresAt) implements ApplicationEvent {

    public static final String TYPE = "team-member-invited";

    public TeamMemberInvited {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(invitationId, "invitationId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
