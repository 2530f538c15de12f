package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.ApplicationHistory.PERMIT_ID;
import static eu.consulate.domain.model.application.ApplicationHistory.PERMIT_UNTIL;
import static eu.consulate.domain.model.application.ApplicationHistory.applicationIn;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.CONFLICT;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.FORBIDDEN;
import static eu.consulate.domain.model.application.RuleViolations.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import eu.consulate.domain.model.permit.Permit;
import eu.consulate.domain.model.permit.PermitStatus;
import eu.consulate.infrastructure.persistence.EventCodec;
import org.junit.jupiter.api.Test;

class ExpirePermitTest {

    private final DataAccessApplication issued = applicationIn(ApplicationState.PERMIT_ISSUED);

    @Test
    void thePermitsTimerExpiresItAtItsEnd() {
        List<ApplicationEvent> events = issued.expirePermit(PERMIT_ID, Actor.system(), PERMIT_UNTIL);

        assertThat(events).containsExactly(new PermitExpired(ApplicationHistory.ID, Actor.SYSTEM, PERMIT_UNTIL, PERMIT_ID));
        DataAccessApplication expired = issued.apply(events);
        assertThat(expired.permitExpired()).isTrue();
        assertThat(expired.statusLabel()).isEqualTo("Permit expired");
        assertThat(expired.mayRevokePermit(Actors.chair())).isFalse();
    }

    @Test
    void onlyTheTimerAndNotBeforeTheEnd() {
        assertRefused(FORBIDDEN, "Only the permit's timer lets a permit expire.",
                () -> issued.expirePermit(PERMIT_ID, Actors.chair(), PERMIT_UNTIL));
        assertRefused(CONFLICT, "The permit runs until " + PERMIT_UNTIL + "; it does not expire yet.",
                () -> issued.expirePermit(PERMIT_ID, Actor.system(), PERMIT_UNTIL.minusSeconds(1)));
    }

    @Test
    void anExpiredPermitCannotExpireAgainNorBeChanged() {
        DataAccessApplication expired = issued.apply(issued.expirePermit(PERMIT_ID, Actor.system(), PERMIT_UNTIL));
        Instant later = PERMIT_UNTIL.plusSeconds(86400);
        String refusal = "This permit expired on " + PERMIT_UNTIL + "; an expired permit cannot be changed. "
                + "The holder can apply again.";

        assertRefused(CONFLICT, "This request holds no running permit " + PERMIT_ID + " to expire (it is: Permit expired).",
                () -> expired.expirePermit(PERMIT_ID, Actor.system(), later));
        assertRefused(CONFLICT, refusal,
                () -> expired.extendPermit(PERMIT_ID, later.plusSeconds(86400 * 30L), "More.", Actors.chair(), later));
        assertRefused(CONFLICT, refusal, () -> expired.suspendPermit(PERMIT_ID, "Breach.", Actors.chair(), later));
        assertRefused(CONFLICT, refusal, () -> expired.revokePermit(PERMIT_ID, "Breach.", Actors.chair(), later));
    }

    @Test
    void aRevokedPermitDoesNotExpire() {
        DataAccessApplication revoked = issued.apply(issued.revokePermit(PERMIT_ID, "Breach.", Actors.chair(),
                PERMIT_UNTIL.minusSeconds(10)));

        assertRefused(CONFLICT, "This request holds no running permit " + PERMIT_ID + " to expire (it is: "
                + revoked.statusLabel() + ").", () -> revoked.expirePermit(PERMIT_ID, Actor.system(), PERMIT_UNTIL));
    }

    @Test
    void theEventIsStoredAndReadBackUnchanged() {
        PermitExpired event = new PermitExpired(ApplicationHistory.ID, Actor.SYSTEM, PERMIT_UNTIL, PERMIT_ID);

        assertThat(EventCodec.event(PermitExpired.TYPE, event.applicationId(), event.actor(), event.occurredAt(),
                EventCodec.payload(event))).isEqualTo(event);
    }

    @Test
    void anActiveOrSuspendedPermitExpiresAtItsEndButNotBefore() {
        Permit permit = Permit.restore("p", "a", "h", "s", "d", List.of("ds"), PERMIT_UNTIL.minusSeconds(86400),
                PERMIT_UNTIL.minusSeconds(86400), PERMIT_UNTIL, PermitStatus.SUSPENDED);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> permit.expire(PERMIT_UNTIL.minusMillis(1)))
                .isInstanceOf(IllegalStateException.class);
        permit.expire(PERMIT_UNTIL);
        assertThat(permit.status()).isEqualTo(PermitStatus.EXPIRED);
        assertThat(permit.isValidAt(PERMIT_UNTIL.minusSeconds(10))).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> permit.extendTo(PERMIT_UNTIL.plusSeconds(86400)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHoldersAreWarnedOnceOfAnEndThatComesWithinTheNoticeAndAgainAfterAnExtension() {
        DataAccessApplication issued = ApplicationHistory.applicationIn(ApplicationState.PERMIT_ISSUED);
        Instant end = ApplicationHistory.PERMIT_UNTIL;
        java.time.Duration notice = java.time.Duration.ofDays(30);

        assertThat(issued.permitExpiringSoon(ApplicationHistory.PERMIT_ID, notice, Actor.system(),
                end.minus(java.time.Duration.ofDays(31)))).as("too early").isEmpty();
        List<ApplicationEvent> events = issued.permitExpiringSoon(ApplicationHistory.PERMIT_ID, notice, Actor.system(),
                end.minus(notice));
        assertThat(events).containsExactly(new PermitExpiringSoon(ApplicationHistory.ID, "system", end.minus(notice),
                ApplicationHistory.PERMIT_ID, end));
        DataAccessApplication warned = issued.apply(events);
        assertThat(warned.permitWarnedFor()).contains(end);
        assertThat(warned.permitExpiringSoon(ApplicationHistory.PERMIT_ID, notice, Actor.system(),
                end.minus(java.time.Duration.ofDays(1)))).as("once per end").isEmpty();

        Instant later = end.plus(java.time.Duration.ofDays(90));
        DataAccessApplication extended = warned.apply(warned.extendPermit(ApplicationHistory.PERMIT_ID, later, "More time.",
                Actors.chair(), end.minus(java.time.Duration.ofDays(5))));
        assertThat(extended.permitExpiringSoon(ApplicationHistory.PERMIT_ID, notice, Actor.system(), later.minus(notice)))
                .hasSize(1);
        assertThatThrownBy(() -> issued.permitExpiringSoon(ApplicationHistory.PERMIT_ID, notice, Actors.chair(), end))
                .isInstanceOf(ApplicationRuleViolation.class);
    }
}
