package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/**
 * Answers to the committee's application form were saved: by the applicant (their fields) or by
 * the committee (its committee-only fields, never shown to the applicant). {@code answers} is the
 * JSON of the kept answers (visible fields only) to version {@code formVersion} of form
 * {@code formId}, which the request keeps from its first answer on.
 */
public record FormAnswered(String applicationId, String actor, Instant occurredAt, String formId, int formVersion,
                           String answers, boolean byCommittee) implements ApplicationEvent {

    public static final String TYPE = "form-answered";

    public FormAnswered {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(answers, "answers");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
