package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.RuleViolations.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 7: a request records the exact versions of the terms its datasets name, and only those. */
class TermsAcceptedTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final TermsAccepted.Terms V2 = new TermsAccepted.Terms("tv-2", "2.0", "Data access agreement",
            "https://dac.example.org/terms/2.0");
    private static final TermsAccepted.Terms OTHER = new TermsAccepted.Terms("tv-x", "1", "Cohort agreement",
            "https://other.example.org/terms/1");

    private static SubmitApplication form() {
        return new SubmitApplication("app-1", "Cancer genomes", "Finding markers for early detection of cancer.",
                List.of("ds-1"), ApplicationHistory.DAC, "sub-alice");
    }

    @Test
    void theNamedVersionsMustAllBeAccepted() {
        assertRefused(ApplicationRuleViolation.Kind.INVALID_INPUT,
                "acceptedTerms: accept Cohort agreement, version 1 to request these datasets.",
                () -> TermsAccepted.check(List.of(V2, OTHER), List.of("tv-2")));
        assertRefused(ApplicationRuleViolation.Kind.INVALID_INPUT,
                "acceptedTerms: accept Data access agreement, version 2.0; Cohort agreement, version 1 to request "
                        + "these datasets.",
                () -> TermsAccepted.check(List.of(V2, OTHER), null));
    }

    @Test
    void anAcceptedVersionTheDatasetsDoNotNameIsRefused() {
        // e.g. version 1 while the committee published 2.0 during the applicant's reading
        assertRefused(ApplicationRuleViolation.Kind.INVALID_INPUT,
                "acceptedTerms: tv-1 is not a version of the terms these datasets name now; read the current terms "
                        + "and accept them.",
                () -> TermsAccepted.check(List.of(V2), List.of("tv-1", "tv-2")));
    }

    @Test
    void noTermsNamedNeedsNoAcceptance() {
        assertThat(TermsAccepted.check(List.of(), null)).isEmpty();
        List<ApplicationEvent> events = DataAccessApplication.submit(form(), null, List.of(), Actors.applicant(), NOW);
        assertThat(events).noneMatch(e -> e instanceof TermsAccepted);
        assertThat(DataAccessApplication.replay(events).acceptedTerms()).isEmpty();
    }

    @Test
    void theSubmissionRecordsTheExactVersionsAccepted() {
        List<TermsAccepted.Terms> accepted = TermsAccepted.check(List.of(V2), List.of(" tv-2 "));

        List<ApplicationEvent> events = DataAccessApplication.submit(form(), null, accepted, Actors.applicant(), NOW);

        assertThat(events).filteredOn(e -> e instanceof TermsAccepted).singleElement()
                .satisfies(e -> assertThat(((TermsAccepted) e).terms()).containsExactly(V2));
        assertThat(DataAccessApplication.replay(events).acceptedTerms()).containsExactly(V2);
        assertThat(V2.label()).isEqualTo("Data access agreement, version 2.0");
    }
}
