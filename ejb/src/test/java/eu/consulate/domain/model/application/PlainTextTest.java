package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.RuleViolations.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Typed text is stored without invisible control characters (issue 11, input limits). */
class PlainTextTest {

    private static final Instant NOW = Instant.parse("2025-05-05T12:00:00Z");
    private static final String PURPOSE = "Finding markers for early detection of cancer.";

    private static List<ApplicationEvent> submit(String title, String purpose) {
        return DataAccessApplication.submit(new SubmitApplication("app-1", title, purpose, List.of("ds-1"),
                ApplicationHistory.DAC, "sub-alice"), Actors.applicant(), NOW);
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x07, 0x1B, 0x7F, 0x85, 0x9F, 0x202A, 0x202E, 0x2066, 0x2069})
    void titleWithAControlCharacterIsRefusedAndNamesWhere(int code) {
        String title = "Cancer" + (char) code + "genomes";

        assertRefused(ApplicationRuleViolation.Kind.INVALID_INPUT,
                "The title contains an invisible control character (position 7); remove it.",
                () -> submit(title, PURPOSE));
    }

    @Test
    void purposeWithABidiOverrideIsRefused() {
        assertRefused(ApplicationRuleViolation.Kind.INVALID_INPUT,
                "The research purpose contains an invisible control character (position 9); remove it.",
                () -> submit("Cancer genomes", "Finding \u202Emarkers for early detection of cancer."));
    }

    @Test
    void tabsLineBreaksAndOrdinaryUnicodeAreKept() {
        String purpose = "Finding markers\tfor early detection\r\nof cancer in Łódź, 東京 and Αθήνα.";

        ApplicationCreated created = (ApplicationCreated) submit("Cancer genomes", purpose).get(0);

        assertThat(created.researchPurpose()).isEqualTo(purpose);
    }

    @Test
    void purposeOfExactlyTheMaximumLengthIsAcceptedAndOneMoreIsRefused() {
        String longest = "x".repeat(ValidatedSubmission.PURPOSE_MAX);

        assertThat(submit("Cancer genomes", longest)).hasSize(2);
        assertRefused(ApplicationRuleViolation.Kind.INVALID_INPUT,
                "The research purpose must be between 20 and 4000 characters long.",
                () -> submit("Cancer genomes", longest + "x"));
    }
}
