package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An invited person (the actor) accepted the invitation and the terms the request's datasets
 * name, each in its exact version; they are on the request's team, and its permit covers them.
 */
public record TeamMemberJoined(String applicationId, String actor, Instant occurredAt, String invitationId,
                               List<TermsAccepted.Terms> terms) implements ApplicationEvent {

    public static final String TYPE = "team-member-joined";

    public TeamMemberJoined {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(invitationId, "invitationId");
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
