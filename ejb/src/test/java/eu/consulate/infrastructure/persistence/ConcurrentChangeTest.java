package eu.consulate.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

/** Only a lost race is a 409; every other database error is ours (issue 11, error mapping). */
class ConcurrentChangeTest {

    private static PersistenceException wrapping(String sqlState) {
        return new PersistenceException(new RuntimeException(new SQLException("refused", sqlState)));
    }

    @Test
    void duplicateKeyAndDeadlockAreConcurrentChanges() {
        assertThat(ApplicationRepository.isConcurrentChange(wrapping("23505"))).as("H2 duplicate key").isTrue();
        assertThat(ApplicationRepository.isConcurrentChange(wrapping("23000"))).as("MySQL duplicate key").isTrue();
        assertThat(ApplicationRepository.isConcurrentChange(wrapping("40001"))).as("deadlock").isTrue();
    }

    @Test
    void valueTooLongOrAnythingElseIsNot() {
        assertThat(ApplicationRepository.isConcurrentChange(wrapping("22001"))).as("value too long").isFalse();
        assertThat(ApplicationRepository.isConcurrentChange(wrapping("42S02"))).as("no such table").isFalse();
        assertThat(ApplicationRepository.isConcurrentChange(new PersistenceException("no SQL cause"))).isFalse();
    }
}
