package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** The chair closed the committee's vote; the tally is recorded and the outcome decides the committee's step. */
public record VoteClosed(String applicationId, String actor, Instant occurredAt, boolean approved, int approvals, int rejections, int abstentions, int recusals, String reason)
        implements ApplicationEvent {

    public static final String TYPE = "vote-closed";

    public VoteClosed {
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
