package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.ApplicationRuleViolation.invalidInput;

/**
 * Text that people type is stored only without invisible control characters: C0 and C1 controls
 * except tab and line breaks, DEL, and the bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) that make text read differently from how it is stored.
 */
final class PlainText {

    private PlainText() {
    }

    /** {@code text} unchanged, or an invalid-input refusal naming {@code what}. */
    static String checked(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            if (isForbidden(text.charAt(i))) {
                throw invalidInput("The " + what + " contains an invisible control character (position " + (i + 1)
                        + "); remove it.");
            }
        }
        return text;
    }

    static boolean isForbidden(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
