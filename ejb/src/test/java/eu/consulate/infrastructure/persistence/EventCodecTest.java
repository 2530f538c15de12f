package eu.consulate.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import eu.consulate.domain.model.application.ApplicationCreated;
import eu.consulate.domain.model.application.ApplicationEvent;
import eu.consulate.domain.model.application.ApplicationSubmitted;
import eu.consulate.domain.model.application.LegalCheckFailed;
import eu.consulate.domain.model.application.LegalCheckPassed;
import eu.consulate.domain.model.application.PermitIssued;
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
                        List.of("d1", "d2")),
                new ApplicationSubmitted("app", "ada", AT),
                new ReviewApproved("app", "mia", AT, "ok"),
                new ReviewRejected("app", "mia", AT, "too vague"),
                new LegalCheckPassed("app", "lea", AT, ""),
                new LegalCheckFailed("app", "lea", AT, "no ethics approval"),
                new PermitIssued("app", "system", AT, "permit-1", AT, AT.plusSeconds(86400)));

        assertThat(events).allSatisfy(e -> assertThat(roundTrip(e)).isEqualTo(e));
        assertThat(events.stream().map(ApplicationEvent::type)).containsExactlyElementsOf(ApplicationEvent.TYPES);
    }

    @Test
    void payloadHoldsOnlyWhatTheColumnsDoNot() {
        assertThat(EventCodec.payload(new ApplicationSubmitted("app", "ada", AT))).isEqualTo("{}");
        assertThat(EventCodec.payload(new ReviewRejected("app", "mia", AT, "why"))).isEqualTo("{\"reason\":\"why\"}");
    }

    @Test
    void unknownStoredTypeIsAnError() {
        assertThatThrownBy(() -> EventCodec.event("withdrawn", "app", "ada", AT, "{}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("withdrawn");
    }
}
