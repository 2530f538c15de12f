package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** The applicant accepted the fee the committee's process asks (amount and currency as they were shown). */
public record FeeAccepted(String applicationId, String actor, Instant occurredAt, String amount, String currency)
        implements ApplicationEvent {

    public static final String TYPE = "fee-accepted";

    public FeeAccepted {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
