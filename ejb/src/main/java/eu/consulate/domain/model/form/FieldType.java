package eu.consulate.domain.model.form;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of field a committee's application form has (issue 8), by the names forms use. */
public enum FieldType {
    SHORT_TEXT("short-text"),
    LONG_TEXT("long-text"),
    EMAIL("email"),
    PHONE("phone"),
    DATE("date"),
    NUMBER("number"),
    SINGLE_CHOICE("single-choice"),
    MULTIPLE_CHOICE("multiple-choice"),
    TABLE("table"),
    ATTACHMENT("attachment"),
    /** A heading or explanation: shows text, takes no answer. */
    LABEL("label"),
    /** The coded research purpose (DUO) of the request form. */
    RESEARCH_PURPOSE("research-purpose"),
    /** Acceptance of the committee's terms, as on the request form. */
    TERMS("terms");

    private final String key;

    FieldType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean takesAnswer() {
        return this != LABEL;
    }

    /** Whether the answer is one line of text (length and pattern rules apply). */
    public boolean isText() {
        return this == SHORT_TEXT || this == LONG_TEXT || this == EMAIL || this == PHONE;
    }

    public static Optional<FieldType> named(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
