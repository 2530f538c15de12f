package eu.consulate.domain.model.form;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One field of a form. {@code label} and {@code help} by language ("en" always, others
 * optional); {@code options} for choices; {@code columns} for tables; {@code visibleWhen} shows
 * the field only when an earlier field has the given answer (a hidden field is neither required
 * nor kept); {@code committeeOnly} fields are filled by the committee and never shown to
 * applicants.
 */
public record FormField(String key, FieldType type, boolean required, Integer maxLength, Map<String, String> label,
                        Map<String, String> help, List<Option> options, List<Column> columns, Condition visibleWhen,
                        boolean committeeOnly) {

    /** A choice: the stored value and its label by language. */
    public record Option(String value, Map<String, String> label) {
        public Option {
            Objects.requireNonNull(value, "value");
            label = label == null ? Map.of() : Map.copyOf(label);
        }
    }

    /** A column of a table field: its key and label by language. */
    public record Column(String key, Map<String, String> label) {
        public Column {
            Objects.requireNonNull(key, "key");
            label = label == null ? Map.of() : Map.copyOf(label);
        }
    }

    /** Visible when the field {@code field} has the answer {@code equals} (for multiple choice: includes it). */
    public record Condition(String field, String equals) {
        public Condition {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(equals, "equals");
        }
    }

    public FormField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        label = label == null ? Map.of() : Map.copyOf(label);
        help = help == null ? Map.of() : Map.copyOf(help);
        options = options == null ? List.of() : List.copyOf(options);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** The label in {@code language}, else English. */
    public String labelIn(String language) {
        return label.getOrDefault(language, label.getOrDefault("en", key));
    }

    /** The help text in {@code language}, else English, else empty. */
    public String helpIn(String language) {
        return help.getOrDefault(language, help.getOrDefault("en", ""));
    }
}
