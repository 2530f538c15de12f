package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** The opinion of the ethics board, recorded by the committee's chair or administrator; an unfavourable one ends the request. */
public record EthicsOpinionRecorded(String applicationId, String actor, Instant occurredAt, boolean favourable, String remark)
        implements ApplicationEvent {

    public static final String TYPE = "ethics-opinion";

    public EthicsOpinionRecorded {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(remark, "remark");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
