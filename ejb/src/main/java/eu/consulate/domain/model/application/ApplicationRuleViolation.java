package eu.consulate.domain.model.application;

import java.util.Objects;

/**
 * A command was refused by a business rule. The message is a full sentence meant for the user;
 * the {@link Kind} tells the caller how to answer (for HTTP: 400, 403 or 409).
 */
public class ApplicationRuleViolation extends RuntimeException {

    public enum Kind {
        /** The form data is wrong; the user can fix it and retry. */
        INVALID_INPUT,
        /** This user may not do this, whatever they send. */
        FORBIDDEN,
        /** The request is not in a state that allows this, possibly because someone else acted first. */
        CONFLICT
    }

    private final Kind kind;

    public ApplicationRuleViolation(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public static ApplicationRuleViolation invalidInput(String message) {
        return new ApplicationRuleViolation(Kind.INVALID_INPUT, message);
    }

    public static ApplicationRuleViolation forbidden(String message) {
        return new ApplicationRuleViolation(Kind.FORBIDDEN, message);
    }

    public static ApplicationRuleViolation conflict(String message) {
        return new ApplicationRuleViolation(Kind.CONFLICT, message);
    }

    public Kind kind() {
        return kind;
    }
}
