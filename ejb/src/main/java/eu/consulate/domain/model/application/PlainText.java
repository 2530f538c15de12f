package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.ApplicationRuleViolation.invalidInput;

/**
 * Text that people type is stored only without invisible control characters: C0 and C1 controls
 * except tab and line breaks, DEL, and the bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) that make text read differently from how it is stored.
 */
public final class PlainText {

    private PlainText() {
    }

    /** {@code text} unchanged, or an invalid-input refusal naming {@code what}. */
    static String checked(String text, String what) {
        int at = firstControlCharacter(text);
        if (at >= 0) {
            throw invalidInput(message(what, at));
        }
        return text;
    }

    /** The index of the first character that must not be stored, or -1. */
    public static int firstControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isForbidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The message for a control character found at {@code index} of the named field. */
    public static String message(String what, int index) {
        return "The " + what + " contains an invisible control character (position " + (index + 1) + "); remove it.";
    }

    static boolean isForbidden(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
