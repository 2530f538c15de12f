package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.ApplicationRuleViolation.invalidInput;

/** Rules for the free text reviewers and legal officers attach to their decisions. */
final class Remarks {

    static final int MAX_LENGTH = 2000;

    private Remarks() {
    }

    /** A comment may be left out; stored as empty text so readers never meet null. */
    static String optionalComment(String comment) {
        String text = comment == null ? "" : comment.strip();
        return PlainText.checked(withinLimit(text, "A comment can be at most " + MAX_LENGTH + " characters long."),
                "comment");
    }

    /** A negative decision must say why, because the applicant is told. */
    static String requiredReason(String reason, String missingMessage) {
        if (reason == null || reason.isBlank()) {
            throw invalidInput(missingMessage);
        }
        return PlainText.checked(withinLimit(reason.strip(), "A reason can be at most " + MAX_LENGTH + " characters long."),
                "reason");
    }

    private static String withinLimit(String text, String message) {
        if (text.length() > MAX_LENGTH) {
            throw invalidInput(message);
        }
        return text;
    }
}
