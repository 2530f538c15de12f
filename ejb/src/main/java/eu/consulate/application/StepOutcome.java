package eu.consulate.application;

import eu.consulate.domain.model.application.ApplicationEvent;
import eu.consulate.domain.model.application.EthicsOpinionRecorded;
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
    public static java.util.Optional<StepOutcome> ofClosing(ApplicationEvent closing) {
        try {
            return java.util.Optional.of(of(closing));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    static StepOutcome of(ApplicationEvent closing) {
        if (closing instanceof FoundComplete) {
            return new StepOutcome("complete", true);
        } else if (closing instanceof ReturnedForChanges) {
            return new StepOutcome("incomplete", false);
        } else if (closing instanceof Resubmitted) {
            return new StepOutcome("resubmitted", true);
        } else if (closing instanceof VoteClosed closed) {
            return closed.approved() ? new StepOutcome("approved", true) : new StepOutcome("rejected", false);
        } else if (closing instanceof ReviewApproved) {
            return new StepOutcome("approved", true);
        } else if (closing instanceof ReviewRejected) {
            return new StepOutcome("rejected", false);
        } else if (closing instanceof EthicsOpinionRecorded opinion) {
            return opinion.favourable() ? new StepOutcome("favourable", true) : new StepOutcome("unfavourable", false);
        } else if (closing instanceof eu.consulate.domain.model.application.FeeAccepted) {
            return new StepOutcome("accepted", true);
        } else if (closing instanceof eu.consulate.domain.model.application.FeeDeclined) {
            return new StepOutcome("declined", false);
        } else if (closing instanceof LegalCheckPassed) {
            return new StepOutcome("passed", true);
        } else if (closing instanceof LegalCheckFailed) {
            return new StepOutcome("failed", false);
        }
        throw new IllegalArgumentException("Event " + closing.type() + " completes no step");
    }
}
