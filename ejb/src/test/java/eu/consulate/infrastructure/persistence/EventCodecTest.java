package eu.consulate.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import eu.consulate.domain.model.application.*;
import eu.consulate.domain.model.application.ApplicationCreated;
import eu.consulate.domain.model.application.ApplicationEvent;
import eu.consulate.domain.model.application.ApplicationSubmitted;
import eu.consulate.domain.model.application.LegalCheckFailed;
import eu.consulate.domain.model.application.LegalCheckPassed;
import eu.consulate.domain.model.application.PermitIssued;
import eu.consulate.domain.model.application.PermitExtended;
import eu.consulate.domain.model.application.PermitResumed;
import eu.consulate.domain.model.application.PermitRevoked;
import eu.consulate.domain.model.application.PermitSuspended;
import eu.consulate.domain.model.application.ReviewApproved;
import eu.consulate.domain.model.application.ReviewRejected;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private static final Instant AT = Instant.parse("2026-11-26T10:15:30.123Z");

    private static ApplicationEvent roundTrip(ApplicationEvent event) {
        return EventCodec.event(event.type(), event.applicationId(), event.actor(), event.occurredAt(),
                EventCodec.payload(event));
    }

    @Test
    void everyEventTypeSurvivesStorage() {
        List<ApplicationEvent> events = List.of(
                new ApplicationCreated("app", "ada", AT, "ada", "sub-1", "dac", "Title \"quoted\"", "Purpose ünïcode",
                        List.of("d1", "d2"), "care", "commercial"),
                new eu.consulate.domain.model.application.PurposeCoded("app", "ada", AT,
                        new eu.consulate.domain.model.datause.ResearchPurpose(eu.consulate.domain.model.datause.DuoTerm.DS,
                                List.of("MONDO:0005061"), false, true, false, true, false),
                        List.of(new eu.consulate.domain.model.datause.DatasetMatch("d1", "Lung cohort",
                                java.util.Optional.of(new eu.consulate.domain.model.datause.DataUseMatch(
                                        eu.consulate.domain.model.datause.DataUseMatch.Outcome.CONDITIONAL,
                                        List.of(new eu.consulate.domain.model.datause.DataUseMatch.Obligation("TS", "12 months.")),
                                        List.of("Within cancer.")))),
                                new eu.consulate.domain.model.datause.DatasetMatch("d2", "Undescribed",
                                        java.util.Optional.empty()))),
                new eu.consulate.domain.model.application.TermsAccepted("app", "ada", AT, List.of(
                        new eu.consulate.domain.model.application.TermsAccepted.Terms("t1", "2.0", "Agreement \"B\"",
                                "https://x.example/terms/2.0"))),
                new ApplicationSubmitted("app", "ada", AT),
                new StepOpened("app", "system", AT, "vote", StepKind.VOTE, java.util.Map.of("quorum", "3", "majority", "two-thirds")),
                new FoundComplete("app", "mia", AT, "all there"),
                new ReturnedForChanges("app", "mia", AT, "add the ethics approval"),
                new Resubmitted("app", "ada", AT, "added", "A changed purpose"),
                new VoteCast("app", "mia", AT, "REJECT", "not enough"),
                new ConflictDeclared("app", "max", AT, "my own lab"),
                new VoteClosed("app", "chris", AT, false, 1, 2, 0, 1, "majority against"),
                new ReviewApproved("app", "mia", AT, "ok"),
                new ReviewRejected("app", "mia", AT, "too vague"),
                new EthicsOpinionRecorded("app", "chris", AT, false, "no consent"),
                new LegalCheckPassed("app", "lea", AT, ""),
                new LegalCheckFailed("app", "lea", AT, "no ethics approval"),
                new PermitIssued("app", "system", AT, "permit-1", AT, AT.plusSeconds(86400)),
                new PermitIssued("app", "system", AT, "permit-1", AT, AT.plusSeconds(86400),
                        List.of("Publication required (DUO:0000019): results are shared (Cohort A)."), AT.plusSeconds(2 * 86400)),
                new PermitExtended("app", "chris", AT, "permit-1", AT.plusSeconds(2 * 86400), "a second \"year\""),
                new eu.consulate.domain.model.application.PermitAmended("app", "chris", AT, "permit-1", List.of("d1", "d2"),
                        List.of("publish \"openly\""), "follow-up cohort"),
                new eu.consulate.domain.model.application.PermitAmended("app", "chris", AT, "permit-1", List.of("d1"),
                        List.of("Own condition."), "co-holder added", List.of("sub-2", "sub-3"),
                        List.of("Collaboration required (DUO:0000020): ... (Cohort B)."), AT.plusSeconds(3 * 86400)),
                new PermitSuspended("app", "chris", AT, "permit-1", "a breach is examined"),
                new PermitResumed("app", "chris", AT, "permit-1", "no breach"),
                new PermitRevoked("app", "chris", AT, "permit-1", "data shared \"outside\" the project"),
                new eu.consulate.domain.model.application.PermitExpiringSoon("app", "system", AT, "permit-1", AT.plusSeconds(9)),
                new eu.consulate.domain.model.application.PermitExpired("app", "system", AT, "permit-1"),
                new eu.consulate.domain.model.application.PermitChangeRequested("app", "ada", AT, "permit-1", "change-1",
                        "extension", AT.plusSeconds(86400), List.of(), "a \"longer\" study"),
                new eu.consulate.domain.model.application.PermitChangeRequested("app", "ada", AT, "permit-1", "change-2",
                        "amendment", null, List.of("d1", "d3"), "one more cohort"),
                new eu.consulate.domain.model.application.PermitChangeDecided("app", "chris", AT, "permit-1", "change-1",
                        false, "not now"),
                new eu.consulate.domain.model.application.PermitChangeOverdue("app", "system", AT, "permit-1", "change-2"),
                new RequestLapsed("app", "system", AT),
                new ReminderDue("app", "system", AT, "vote"),
                new DecisionOverdue("app", "system", AT),
                new DecisionClockExtended("app", "chris", AT, "P1M", "more time for the ethics board"),
                new FeeAccepted("app", "ada", AT, "250.00", "EUR"),
                new FeeDeclined("app", "ada", AT, "too expensive"),
                new eu.consulate.domain.model.application.Withdrawn("app", "ada", AT, "funding ended"),
                new eu.consulate.domain.model.application.AttachmentAdded("app", "ada", AT, "att-1", "ethics approval.pdf",
                        "application/pdf", 123_456, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        true, "clean"),
                new eu.consulate.domain.model.application.TeamMemberInvited("app", "ada", AT, "inv-1", "grace@example.org",
                        AT.plusSeconds(1_209_600)),
                new eu.consulate.domain.model.application.TeamMemberJoined("app", "grace", AT, "inv-1",
                        List.of(new eu.consulate.domain.model.application.TermsAccepted.Terms("v1", "1.0", "Agreement",
                                "https://example.org/terms/1"))),
                new eu.consulate.domain.model.application.FormAnswered("app", "ada", AT, "form-1", 3,
                        "{\"summary\":\"Kidney variants\",\"sites\":[\"lyon\"]}", true),
                new eu.consulate.domain.model.application.TeamInvitationCancelled("app", "ada", AT, "inv-1",
                        "grace@example.org"),
                new eu.consulate.domain.model.application.AttachmentRemoved("app", "ada", AT, "att-1",
                        "ethics approval.pdf", true),
                new eu.consulate.domain.model.application.SigningOfficialAsked("app", "ada", AT, "sig-1",
                        "vera@uni.example.org", AT.plusSeconds(1_209_600)),
                new eu.consulate.domain.model.application.SigningOfficialConfirmed("app", "vera", AT, "Vera Signer"),
                new eu.consulate.domain.model.application.SigningOfficialDeclined("app", "vera", AT, "No ethics approval yet."));

        assertThat(events).allSatisfy(e -> assertThat(roundTrip(e)).isEqualTo(e));
        assertThat(events.stream().map(ApplicationEvent::type).distinct()).containsExactlyElementsOf(ApplicationEvent.TYPES);
    }

    @Test
    void payloadHoldsOnlyWhatTheColumnsDoNot() {
        assertThat(EventCodec.payload(new ApplicationSubmitted("app", "ada", AT))).isEqualTo("{}");
        assertThat(EventCodec.payload(new ReviewRejected("app", "mia", AT, "why"))).isEqualTo("{\"reason\":\"why\"}");
    }

    @Test
    void unknownStoredTypeIsAnError() {
        assertThatThrownBy(() -> EventCodec.event("abandoned", "app", "ada", AT, "{}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("abandoned");
    }
}
