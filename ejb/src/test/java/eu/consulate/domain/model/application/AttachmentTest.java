package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.RuleViolations.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 8: who attaches files to a request, when, which files are refused and who sees committee-only ones. */
class AttachmentTest {

    private static final Instant NOW = ApplicationHistory.START.plusSeconds(3_600);
    private static final AttachmentFile.Policy POLICY = new AttachmentFile.Policy(1_000, Set.of("application/pdf", "text/plain"));
    private static final AttachmentFile PDF = new AttachmentFile("ethics.pdf", "application/pdf", 500, "aa");

    @Test
    void theApplicantAttachesAFileEveryoneOnTheRequestSees() {
        DataAccessApplication request = ApplicationHistory.submitted().replay();

        List<ApplicationEvent> events = request.attach("f1", PDF, false, "clean", Actors.applicant(), NOW);

        assertThat(events).containsExactly(new AttachmentAdded(ApplicationHistory.ID, "alice", NOW, "f1", "ethics.pdf",
                "application/pdf", 500, "aa", false, "clean"));
        assertThat(events.get(0).isCommitteePrivate()).isFalse();
        DataAccessApplication attached = ApplicationHistory.submitted().then(events.get(0)).replay();
        for (Actor seer : List.of(Actors.applicant(), Actors.member(), Actors.chair(), Actors.admin())) {
            assertThat(attached.attachmentsFor(seer)).extracting(AttachmentAdded::attachmentId).containsExactly("f1");
        }
        assertThat(attached.attachmentsFor(Actors.otherApplicant())).isEmpty();
        assertThat(attached.attachmentsFor(Actors.memberOfOtherDac())).isEmpty();
    }

    @Test
    void whoAttachedAFileRemovesItTheApplicantUntilTheDecision() {
        AttachmentAdded mine = new AttachmentAdded(ApplicationHistory.ID, "alice", NOW, "f1", "ethics.pdf",
                "application/pdf", 500, "aa", false, "clean");
        AttachmentAdded committees = new AttachmentAdded(ApplicationHistory.ID, "bob", NOW, "f2", "notes.pdf",
                "application/pdf", 500, "bb", true, "clean");
        DataAccessApplication request = ApplicationHistory.submitted().then(mine).then(committees).replay();
        assertThat(request.mayRemoveAttachment(mine, Actors.applicant())).isTrue();
        assertThat(request.mayRemoveAttachment(mine, Actors.member())).isFalse();
        assertRefused(ApplicationRuleViolation.Kind.FORBIDDEN, "Only who attached a file removes it.",
                () -> request.removeAttachment(mine, Actors.chair(), NOW));

        List<ApplicationEvent> removed = request.removeAttachment(mine, Actors.applicant(), NOW);
        assertThat(removed).containsExactly(new AttachmentRemoved(ApplicationHistory.ID, "alice", NOW, "f1", "ethics.pdf", false));
        assertThat(removed.get(0).isCommitteePrivate()).isFalse();
        DataAccessApplication after = ApplicationHistory.submitted().then(mine).then(committees).then(removed.get(0)).replay();
        assertThat(after.attachmentsFor(Actors.applicant())).isEmpty();
        assertThat(after.attachmentsFor(Actors.member())).extracting(AttachmentAdded::attachmentId).containsExactly("f2");
        assertRefused(ApplicationRuleViolation.Kind.CONFLICT, "This file is no longer attached.",
                () -> after.removeAttachment(mine, Actors.applicant(), NOW));
        // the committee's own file: its removal stays with the committee
        assertThat(after.removeAttachment(committees, Actors.member(), NOW).get(0).isCommitteePrivate()).isTrue();

        DataAccessApplication decided = ApplicationHistory.upTo(ApplicationState.REVIEW_REJECTED).then(mine).replay();
        assertThat(decided.mayRemoveAttachment(mine, Actors.applicant())).isFalse();
        assertRefused(ApplicationRuleViolation.Kind.CONFLICT,
                "Files can be removed only until the request is decided (it is: Rejected by the committee).",
                () -> decided.removeAttachment(mine, Actors.applicant(), NOW));
    }

    @Test
    void aCommitteeOnlyFileIsNeverShownToTheApplicant() {
        DataAccessApplication request = ApplicationHistory.submitted().replay();

        List<ApplicationEvent> events = request.attach("f2", PDF, true, "clean", Actors.chair(), NOW);

        assertThat(events.get(0).isCommitteePrivate()).isTrue();
        DataAccessApplication attached = ApplicationHistory.submitted().then(events.get(0)).replay();
        assertThat(attached.attachmentsFor(Actors.applicant())).isEmpty();
        assertThat(attached.attachmentFor(Actors.applicant(), "f2")).isEmpty();
        assertThat(attached.attachmentFor(Actors.member(), "f2")).isPresent();
        assertThat(attached.attachmentFor(Actors.admin(), "f2")).isPresent();
        assertThat(attached.maySeeDownloads(Actors.member())).isTrue();
        assertThat(attached.maySeeDownloads(Actors.applicant())).isFalse();
    }

    @Test
    void onlyTheCommitteeAttachesCommitteeOnlyFiles() {
        DataAccessApplication request = ApplicationHistory.submitted().replay();

        assertThat(request.mayAttach(Actors.applicant(), true)).isFalse();
        assertRefused(ApplicationRuleViolation.Kind.FORBIDDEN, "Only the committee can add committee-only attachments.",
                () -> request.attach("f", PDF, true, "clean", Actors.applicant(), NOW));
        assertThat(request.mayAttach(Actors.member(), true)).isTrue();
    }

    @Test
    void nobodyOutsideTheRequestAttaches() {
        DataAccessApplication request = ApplicationHistory.submitted().replay();
        for (Actor outsider : List.of(Actors.otherApplicant(), Actors.memberOfOtherDac(), Actors.adminOfOtherDac())) {
            assertThat(request.mayAttach(outsider, false)).isFalse();
            assertRefused(ApplicationRuleViolation.Kind.FORBIDDEN,
                    "Only the applicant and the committee can attach files to this request.",
                    () -> request.attach("f", PDF, false, "clean", outsider, NOW));
        }
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"REVIEW_REJECTED", "LEGAL_CHECK_FAILED", "PERMIT_ISSUED", "WITHDRAWN"})
    void theApplicantAttachesOnlyUntilTheDecision(ApplicationState state) {
        DataAccessApplication request = ApplicationHistory.upTo(state).replay();

        assertThat(request.mayAttach(Actors.applicant(), false)).isFalse();
        assertRefused(ApplicationRuleViolation.Kind.CONFLICT,
                "Files can be attached only until the request is decided (it is: " + request.statusLabel() + ").",
                () -> request.attach("f", PDF, false, "clean", Actors.applicant(), NOW));
        assertThat(request.mayAttach(Actors.chair(), true)).isTrue();
    }

    @Test
    void aFileWithinThePolicyKeepsOnlyItsBaseName() {
        AttachmentFile checked = new AttachmentFile("C:\\Users\\ada\\ethics.pdf", "APPLICATION/PDF", 1_000, "aa").check(POLICY);

        assertThat(checked).isEqualTo(new AttachmentFile("ethics.pdf", "application/pdf", 1_000, "aa"));
        assertThat(new AttachmentFile("/tmp/x/notes.txt", "text/plain", 1, "bb").check(POLICY).fileName()).isEqualTo("notes.txt");
    }

    @Test
    void aFileOverTheLimitIsTooLarge() {
        assertThatThrownBy(() -> new AttachmentFile("big.pdf", "application/pdf", 1_001, "aa").check(POLICY))
                .isInstanceOfSatisfying(AttachmentFile.Refused.class,
                        e -> assertThat(e.reason()).isEqualTo(AttachmentFile.Refusal.TOO_LARGE))
                .hasMessage("The file is larger than the 1000 bytes a committee accepts (it has 1001 bytes).");
    }

    @Test
    void aTypeNotAcceptedIsRefusedWhateverTheName() {
        assertThatThrownBy(() -> new AttachmentFile("report.pdf", "application/x-executable", 10, "aa").check(POLICY))
                .isInstanceOfSatisfying(AttachmentFile.Refused.class,
                        e -> assertThat(e.reason()).isEqualTo(AttachmentFile.Refusal.TYPE_REFUSED))
                .hasMessage("Files of type application/x-executable are not accepted (by their content, whatever the name"
                        + " says). Accepted: application/pdf, text/plain.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "dir/", "..", "a\u0000b.pdf"})
    void aNameMissingOrUnprintableIsInvalid(String name) {
        assertThatThrownBy(() -> new AttachmentFile(name, "application/pdf", 10, "aa").check(POLICY))
                .isInstanceOfSatisfying(AttachmentFile.Refused.class,
                        e -> assertThat(e.reason()).isEqualTo(AttachmentFile.Refusal.INVALID));
    }

    @Test
    void anEmptyFileIsInvalidAndALongNameToo() {
        assertThatThrownBy(() -> new AttachmentFile("empty.pdf", "application/pdf", 0, "aa").check(POLICY))
                .hasMessage("The file is empty.");
        assertThatThrownBy(() -> new AttachmentFile("x".repeat(256), "application/pdf", 10, "aa").check(POLICY))
                .hasMessage("The file name is longer than 255 characters.");
    }
}
