package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.RuleViolations.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 8: who answers a request's committee form, when, and which version it keeps. */
class FormAnswersTest {

    private static final Instant NOW = ApplicationHistory.START.plusSeconds(600);

    @Test
    void aFormAddedAfterSubmissionIsAnsweredOnceUntilTheDecisionAndEveryoneOnTheRequestReadsIt() {
        DataAccessApplication submitted = ApplicationHistory.submitted().replay();
        assertThat(submitted.mayAnswerForm(Actors.applicant())).isTrue();

        List<ApplicationEvent> events = submitted.answerForm("form-1", 1, "{\"summary\":\"x\"}", Actors.applicant(), NOW);

        assertThat(events).containsExactly(new FormAnswered(ApplicationHistory.ID, "alice", NOW, "form-1", 1,
                "{\"summary\":\"x\"}", false));
        assertThat(events.get(0).isCommitteePrivate()).isFalse();
        DataAccessApplication answered = ApplicationHistory.submitted().then(events.get(0)).replay();
        assertThat(answered.applicantAnswers()).isPresent();
        assertThat(answered.answeredForm().map(FormAnswered::formId)).hasValue("form-1");
        // the answers belong to the round the committee has
        assertThat(answered.submissions()).singleElement().extracting(Submission::formAnswers)
                .isEqualTo("{\"summary\":\"x\"}");

        DataAccessApplication rejected = ApplicationHistory.upTo(ApplicationState.REVIEW_REJECTED).replay();
        assertThat(rejected.mayAnswerForm(Actors.applicant())).isFalse();
        assertRefused(ApplicationRuleViolation.Kind.CONFLICT,
                "The form can be answered only until the request is decided (it is: Rejected by the committee).",
                () -> rejected.answerForm("form-1", 1, "{}", Actors.applicant(), NOW));
    }

    @Test
    void answersHandedInWithTheRequestChangeOnlyWhenItIsReturned() {
        List<ApplicationEvent> submission = DataAccessApplication.submit(new SubmitApplication(ApplicationHistory.ID,
                        "Kidney variants", "Finding variants that explain rare kidney disease.", List.of("ds-1"),
                        ApplicationHistory.DAC, "alice", "research", "academic"), null, List.of(),
                new DataAccessApplication.GivenAnswers("form-1", 3, "{\"summary\":\"first\"}"), Actors.applicant(), NOW);
        assertThat(submission).extracting(ApplicationEvent::type).containsExactly(
                ApplicationCreated.TYPE, FormAnswered.TYPE, ApplicationSubmitted.TYPE);
        DataAccessApplication submitted = DataAccessApplication.replay(submission);
        assertThat(submitted.submissions()).singleElement().extracting(Submission::formAnswers)
                .isEqualTo("{\"summary\":\"first\"}");
        assertThat(submitted.answeredForm()).hasValueSatisfying(a -> assertThat(a.formVersion()).isEqualTo(3));

        // with the committee: what it reads does not change under its eyes
        assertThat(submitted.mayAnswerForm(Actors.applicant())).isFalse();
        assertRefused(ApplicationRuleViolation.Kind.CONFLICT, "Your answers were handed in with the request; you can"
                + " change them when the committee returns it to you.",
                () -> submitted.answerForm("form-1", 3, "{\"summary\":\"second\"}", Actors.applicant(), NOW));
        // the committee still keeps its own notes
        assertThat(submitted.mayAnswerForm(Actors.member())).isTrue();
    }
    @Test
    void theCommitteesOwnAnswersStayWithTheCommittee() {
        DataAccessApplication submitted = ApplicationHistory.submitted().replay();
        assertThat(submitted.answersForCommittee(Actors.member())).isTrue();
        assertThat(submitted.answersForCommittee(Actors.applicant())).isFalse();

        List<ApplicationEvent> events = submitted.answerForm("form-1", 1, "{\"notes\":\"x\"}", Actors.member(), NOW);

        FormAnswered committee = (FormAnswered) events.get(0);
        assertThat(committee.byCommittee()).isTrue();
        assertThat(committee.isCommitteePrivate()).isTrue();
        DataAccessApplication answered = ApplicationHistory.submitted().then(committee).replay();
        assertThat(answered.committeeAnswersFor(Actors.chair())).hasValue(committee);
        assertThat(answered.committeeAnswersFor(Actors.applicant())).isEmpty();
        assertThat(answered.applicantAnswers()).isEmpty();
    }

    @Test
    void nobodyElseAnswersAndTheFirstVersionIsKept() {
        DataAccessApplication submitted = ApplicationHistory.submitted().replay();
        for (Actor outsider : List.of(Actors.otherApplicant(), Actors.memberOfOtherDac(), Actors.adminOfOtherDac())) {
            assertRefused(ApplicationRuleViolation.Kind.FORBIDDEN, "Only the applicant and the committee answer this request's form.",
                    () -> submitted.answerForm("form-1", 1, "{}", outsider, NOW));
        }
        DataAccessApplication answered = ApplicationHistory.submitted()
                .then(new FormAnswered(ApplicationHistory.ID, "alice", NOW, "form-1", 1, "{}", false)).replay();
        assertRefused(ApplicationRuleViolation.Kind.CONFLICT, "This request answers version 1 of the committee's form.",
                () -> answered.answerForm("form-2", 2, "{}", Actors.member(), NOW));
    }
}
