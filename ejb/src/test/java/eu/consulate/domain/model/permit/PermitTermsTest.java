package eu.consulate.domain.model.permit;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PermitTermsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 365, 3650})
    void validityOfOneDayToTenYearsIsAccepted(int days) {
        assertThat(PermitTerms.ofDays(days).validity()).isEqualTo(Duration.ofDays(days));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 3651})
    void validityOutsideOneDayToTenYearsIsRefused(int days) {
        assertThatThrownBy(() -> PermitTerms.ofDays(days)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validityBuiltDirectlyIsBoundedToo() {
        assertThatThrownBy(() -> new PermitTerms(Duration.ofHours(23))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PermitTerms(Duration.ofDays(3651))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validUntilAddsTheValidityToTheStart() {
        Instant from = Instant.parse("2025-04-01T00:00:00Z");

        assertThat(PermitTerms.ofDays(30).validUntil(from)).isEqualTo(Instant.parse("2025-05-01T00:00:00Z"));
    }
}
