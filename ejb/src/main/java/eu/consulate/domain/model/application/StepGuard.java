package eu.consulate.domain.model.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static eu.consulate.domain.model.application.ApplicationRuleViolation.conflict;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.forbidden;

/**
 * Who may act on a request's open step: the rules every command of {@link DataAccessApplication}
 * checks before it returns events, and the list of actions pages and the API offer, from the same
 * checks. Reads the aggregate; changes nothing.
 */
final class StepGuard {

    private final DataAccessApplication a;

    StepGuard(DataAccessApplication application) {
        this.a = application;
    }

    /**
     * What the actor may do now, by the same rules the commands check (pages show these buttons,
     * the API lists them): e.g. {@code approve, reject} on a review, {@code vote, declare-conflict,
     * close-vote} on a vote, {@code resubmit} for the applicant of a returned request.
     */
    List<String> allowedActions(Actor actor) {
        List<String> actions = new ArrayList<>();
        if (a.openStepOrNull() != null) {
            switch (a.openStepOrNull().kind()) {
                case COMPLETENESS -> addIf(actions, () -> requireCommitteeHand(actor, "act"), "complete", "return");
                case VOTE -> {
                    addIf(actions, () -> requireVoter(actor), "vote", "declare-conflict");
                    addIf(actions, () -> {
                        notOwnRequest(actor);
                        if (!(isChair(actor) && !a.voteOrNull().isRecused(actor.subject())) && !actor.isAdminOf(a.dacId())) {
                            throw forbidden("not the chair");
                        }
                        requireSeparate(actor);
                    }, "close-vote");
                }
                case REVIEW, CHAIR_DECISION -> addIf(actions, () -> requireReviewer(actor), "approve", "reject");
                case LEGAL_CHECK -> addIf(actions, () -> requireLegalOfficer(actor), "pass", "fail");
                case ETHICS -> addIf(actions, () -> {
                    notOwnRequest(actor);
                    if (!isChair(actor) && !actor.isAdminOf(a.dacId())) {
                        throw forbidden("not the chair");
                    }
                    requireSeparate(actor);
                }, "favourable", "unfavourable");
                case REVISION -> {
                    if (isApplicant(actor)) {
                        actions.add("resubmit");
                    }
                }
                case FEE -> {
                    if (isApplicant(actor)) {
                        actions.addAll(List.of("accept-fee", "decline-fee"));
                    }
                }
            }
        }
        if (!isApplicant(actor) && (isChair(actor) || actor.isAdminOf(a.dacId())) && !a.state().isDecided() && !a.isClockExtended()) {
            actions.add(DataAccessApplication.EXTEND_CLOCK);
        }
        return List.copyOf(actions);
    }

    static void addIf(List<String> actions, Runnable check, String... allowed) {
        try {
            check.run();
            actions.addAll(List.of(allowed));
        } catch (ApplicationRuleViolation e) {
            // not allowed: nothing to add
        }
    }

    void requireStep(StepKind kind) {
        if (a.openStepOrNull() == null || a.openStepOrNull().kind() != kind) {
            throw conflict("This request has no open " + kind.label().toLowerCase(java.util.Locale.ROOT)
                    + " (it is: " + a.statusLabel() + ").");
        }
        if (kind == StepKind.VOTE) {
            requireUndecidedByTheCommittee();
        }
    }

    // A model may place a second committee decision after the first; the committee decides once.
    void requireUndecidedByTheCommittee() {
        if (a.state() != ApplicationState.SUBMITTED) {
            throw conflict("The committee has decided on this request already (it is: " + a.state().label() + ").");
        }
    }

    void requireReviewer(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (a.openStepOrNull() == null || a.openStepOrNull().kind() != StepKind.REVIEW && a.openStepOrNull().kind() != StepKind.CHAIR_DECISION) {
            throw conflict("This request is not awaiting a committee review (it is: " + a.statusLabel() + ").");
        }
        requireUndecidedByTheCommittee();
        notOwnRequest(actor);
        if (!sitsOnOwningCommittee(actor)) {
            throw forbidden("Only members of the committee that owns the datasets can review this request.");
        }
        requireSeparate(actor);
        if (a.openStepOrNull().kind() == StepKind.CHAIR_DECISION && !isChair(actor)) {
            throw forbidden("Only the committee's chair decides this step.");
        }
    }

    void requireVoter(Actor actor) {
        notOwnRequest(actor);
        if (!sitsOnOwningCommittee(actor)) {
            throw forbidden("Only members of the committee that owns the datasets can vote on this request.");
        }
        if (a.voteOrNull().isRecused(actor.subject())) {
            throw forbidden("You declared a conflict of interest and are recused from this vote.");
        }
        requireSeparate(actor);
        if (a.voteOrNull().hasVoted(actor.subject())) {
            throw conflict("You have voted on this request already.");
        }
    }

    /** Completeness: anyone who reviews for the committee, or administers it. */
    void requireCommitteeHand(Actor actor, String what) {
        notOwnRequest(actor);
        if (!sitsOnOwningCommittee(actor) && !actor.isAdminOf(a.dacId())) {
            throw forbidden("Only the committee that owns the datasets can " + what + ".");
        }
        requireSeparate(actor);
    }

    void requireLegalOfficer(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        requireStep(StepKind.LEGAL_CHECK);
        if (!actor.isLegalOfficerOf(a.dacId())) {
            throw forbidden("Only a legal officer of the committee that owns the datasets can perform the legal check.");
        }
        if (isApplicant(actor)) {
            throw forbidden("You cannot perform the legal check on your own request.");
        }
        // separation of duties: the committee's decision and the legal check are different people's
        if (a.deciders().contains(actor.subject())) {
            throw forbidden("You decided on this request for the committee; another legal officer must "
                    + "perform its legal check.");
        }
        requireSeparate(actor);
    }

    void notOwnRequest(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (isApplicant(actor)) {
            throw forbidden("You cannot act for the committee on your own request.");
        }
    }

    // The realm role says the user reviews at all; the membership says for which committee.
    boolean sitsOnOwningCommittee(Actor actor) {
        return (actor.hasRole(Actor.DAC_MEMBER) || actor.hasRole(Actor.DAC_CHAIR)) && actor.isMemberOf(a.dacId());
    }

    boolean isChair(Actor actor) {
        return actor.isChairOf(a.dacId());
    }

    boolean isApplicant(Actor actor) {
        return actor.subject().equals(a.applicant());
    }

    /** Where the model asks for it ({@code separate=true}), nobody who acted on an earlier step acts on this one. */
    void requireSeparate(Actor actor) {
        if (a.openStepOrNull() != null && "true".equals(a.openStepOrNull().parameters().get(StepKind.SEPARATE))
                && a.actedBeforeOpenStep().contains(actor.subject())) {
            throw forbidden("You acted on an earlier step of this request; the process asks another person to take "
                    + "this one.");
        }
    }

    void requireApplicant(Actor actor, String message) {
        Objects.requireNonNull(actor, "actor");
        if (!isApplicant(actor)) {
            throw forbidden(message);
        }
    }
}
