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

    /**
     * An answer to this field as a reader sees it, in {@code language}: the label of a chosen
     * option (several joined by ", "), "accepted" for ticked terms, a table one row a line with
     * cells joined by " | ", other answers as given; "" for no answer.
     */
    public String shown(Object answer, String language) {
        if (answer == null) {
            return "";
        }
        return switch (type) {
            case TERMS -> Boolean.TRUE.equals(answer) ? "accepted" : "";
            case SINGLE_CHOICE -> optionLabel(String.valueOf(answer), language);
            case MULTIPLE_CHOICE -> answer instanceof List<?> chosen
                    ? String.join(", ", chosen.stream().map(v -> optionLabel(String.valueOf(v), language)).toList())
                    : String.valueOf(answer);
            case TABLE -> answer instanceof List<?> rows ? String.join("\n", rows.stream()
                    .map(row -> String.join(" | ", columns.stream().map(c -> row instanceof Map<?, ?> cells
                            && cells.get(c.key()) != null ? String.valueOf(cells.get(c.key())) : "").toList()))
                    .toList()) : String.valueOf(answer);
            default -> String.valueOf(answer);
        };
    }

    /** The label of the option {@code value} in {@code language}, else English, else the value. */
    public String optionLabel(String value, String language) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> o.label().getOrDefault(language, o.label().getOrDefault("en", value))).orElse(value);
    }

    /** The help text in {@code language}, else English, else empty. */
    public String helpIn(String language) {
        return help.getOrDefault(language, help.getOrDefault("en", ""));
    }
}
