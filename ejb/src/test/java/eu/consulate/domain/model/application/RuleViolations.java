package eu.consulate.domain.model.application;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Asserts both kind and exact message: if the rule under test were removed, a later rule (or
 * none) would answer, and the message would differ.
 */
public final class RuleViolations {

    private RuleViolations() {
    }

    public static void assertRefused(ApplicationRuleViolation.Kind kind, String message, ThrowingCallable command) {
        assertThatThrownBy(command).isInstanceOfSatisfying(ApplicationRuleViolation.class, violation -> {
            assertThat(violation.kind()).isEqualTo(kind);
            assertThat(violation.getMessage()).isEqualTo(message);
        });
    }
}
