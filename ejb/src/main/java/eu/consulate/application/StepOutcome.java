package eu.consulate.application;

import java.util.Optional;

import eu.consulate.domain.model.application.ApplicationEvent;
import eu.consulate.domain.model.application.EthicsOpinionRecorded;
import eu.consulate.domain.model.application.FeeAccepted;
import eu.consulate.domain.model.application.FeeDeclined;
import eu.consulate.domain.model.application.FoundComplete;
import eu.consulate.domain.model.application.LegalCheckFailed;
import eu.consulate.domain.model.application.LegalCheckPassed;
import eu.consulate.domain.model.application.Resubmitted;
import eu.consulate.domain.model.application.ReturnedForChanges;
import eu.consulate.domain.model.application.ReviewApproved;
import eu.consulate.domain.model.application.ReviewRejected;
import eu.consulate.domain.model.application.VoteClosed;

/**
 * What a model's gateway reads after a step: {@code outcome} (the name) and {@code approved}
 * (whether it was positive). docs/workflows.md lists the outcomes of each step kind.
 */
public record StepOutcome(String name, boolean positive) {

    /** The outcome of the step the event completed; empty for events no person's step ends with (a lapse). */
    public static Optional<StepOutcome> ofClosing(ApplicationEvent closing) {
        StepOutcome outcome = null;
        if (closing instanceof FoundComplete) {
            outcome = new StepOutcome("complete", true);
        } else if (closing instanceof ReturnedForChanges) {
            outcome = new StepOutcome("incomplete", false);
        } else if (closing instanceof Resubmitted) {
            outcome = new StepOutcome("resubmitted", true);
        } else if (closing instanceof VoteClosed closed) {
            outcome = closed.approved() ? new StepOutcome("approved", true) : new StepOutcome("rejected", false);
        } else if (closing instanceof ReviewApproved) {
            outcome = new StepOutcome("approved", true);
        } else if (closing instanceof ReviewRejected) {
            outcome = new StepOutcome("rejected", false);
        } else if (closing instanceof EthicsOpinionRecorded opinion) {
            outcome = opinion.favourable() ? new StepOutcome("favourable", true) : new StepOutcome("unfavourable", false);
        } else if (closing instanceof FeeAccepted) {
            outcome = new StepOutcome("accepted", true);
        } else if (closing instanceof FeeDeclined) {
            outcome = new StepOutcome("declined", false);
        } else if (closing instanceof LegalCheckPassed) {
            outcome = new StepOutcome("passed", true);
        } else if (closing instanceof LegalCheckFailed) {
            outcome = new StepOutcome("failed", false);
        }
        return Optional.ofNullable(outcome);
    }
}
