package eu.consulate.domain.model.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A committee's application form (issue 8): named fields of the kinds in {@link FieldType}.
 * {@link #problems()} lists what makes a definition unusable (a committee cannot publish it);
 * {@link #validate(Map)} checks answers, field by field, following the fields' visibility.
 * Answers are text ({@code String}), a list of choices ({@code List<String>}), table rows
 * ({@code List<Map<String, String>>}), an attachment id, or {@code Boolean} for terms.
 */
public record FormDefinition(String name, List<FormField> fields) {

    /** The languages labels and help texts may be written in; English is required. */
    public static final List<String> LANGUAGES = List.of("en", "de");
    public static final int MAX_FIELDS = 200;
    static final int SHORT_TEXT_LIMIT = 200;
    static final int LONG_TEXT_LIMIT = 10_000;
    static final int CELL_LIMIT = 500;
    static final int MAX_ROWS = 100;

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-./]{5,30}");

    public FormDefinition {
        Objects.requireNonNull(name, "name");
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** Why the definition cannot be published, in the order of its fields; empty when it can. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name.isBlank() || name.length() > 200) {
            problems.add("name: give the form a name of at most 200 characters.");
        }
        if (fields.isEmpty() || fields.size() > MAX_FIELDS) {
            problems.add("fields: a form has 1 to " + MAX_FIELDS + " fields.");
        }
        Map<String, FormField> earlier = new LinkedHashMap<>();
        Set<FieldType> once = new HashSet<>();
        for (FormField field : fields) {
            String at = field.key() + ": ";
            if (!KEY.matcher(field.key()).matches()) {
                problems.add(at + "a key is lower-case letters, digits and hyphens, starting with a letter (at most 60).");
            }
            if (earlier.containsKey(field.key())) {
                problems.add(at + "the key is used by an earlier field.");
            }
            if (field.label().getOrDefault("en", "").isBlank()) {
                problems.add(at + "an English label (\"en\") is required.");
            }
            for (String language : union(field.label().keySet(), field.help().keySet())) {
                if (!LANGUAGES.contains(language)) {
                    problems.add(at + "labels and help are written in " + String.join(", ", LANGUAGES) + ", not \"" + language + "\".");
                }
            }
            if ((field.type() == FieldType.RESEARCH_PURPOSE || field.type() == FieldType.TERMS) && !once.add(field.type())) {
                problems.add(at + "a form has at most one " + field.type().key() + " field.");
            }
            if (field.type() == FieldType.LABEL && (field.required() || field.committeeOnly())) {
                problems.add(at + "a label takes no answer: it is neither required nor committee-only.");
            }
            if (field.maxLength() != null && (!(field.type().isText() || field.type() == FieldType.TABLE)
                    || field.maxLength() < 1 || field.maxLength() > 100_000)) {
                problems.add(at + "maxLength (1 to 100000) applies to text fields and table cells only.");
            }
            boolean choice = field.type() == FieldType.SINGLE_CHOICE || field.type() == FieldType.MULTIPLE_CHOICE;
            if (choice && field.options().isEmpty()) {
                problems.add(at + "a choice needs options.");
            }
            if (!choice && !field.options().isEmpty()) {
                problems.add(at + "only choices have options.");
            }
            if (field.options().stream().map(FormField.Option::value).distinct().count() != field.options().size()) {
                problems.add(at + "option values must differ.");
            }
            if (field.options().stream().anyMatch(o -> o.label().getOrDefault("en", "").isBlank())) {
                problems.add(at + "every option needs an English label.");
            }
            if (field.type() == FieldType.TABLE && field.columns().isEmpty()) {
                problems.add(at + "a table needs columns.");
            }
            if (field.type() != FieldType.TABLE && !field.columns().isEmpty()) {
                problems.add(at + "only tables have columns.");
            }
            if (field.columns().stream().map(FormField.Column::key).distinct().count() != field.columns().size()) {
                problems.add(at + "column keys must differ.");
            }
            if (field.visibleWhen() != null) {
                FormField source = earlier.get(field.visibleWhen().field());
                if (source == null || !source.type().takesAnswer()) {
                    problems.add(at + "visibleWhen names " + field.visibleWhen().field()
                            + ", which is not an earlier field with an answer.");
                } else if (!source.options().isEmpty() && source.options().stream()
                        .noneMatch(o -> o.value().equals(field.visibleWhen().equals()))) {
                    problems.add(at + "visibleWhen expects " + field.visibleWhen().equals() + ", which is not an option of "
                            + source.key() + ".");
                }
            }
            earlier.putIfAbsent(field.key(), field);
        }
        return problems;
    }

    /** The form as applicants see it: without the committee-only fields. */
    public FormDefinition forApplicants() {
        return new FormDefinition(name, fields.stream().filter(f -> !f.committeeOnly()).toList());
    }

    /** The fields shown for these answers, in order (a field hidden by its condition is left out). */
    public List<FormField> visibleFields(Map<String, ?> answers) {
        Set<String> shown = new HashSet<>();
        List<FormField> visible = new ArrayList<>();
        for (FormField field : fields) {
            FormField.Condition when = field.visibleWhen();
            if (when == null || (shown.contains(when.field()) && matches(answers.get(when.field()), when.equals()))) {
                shown.add(field.key());
                visible.add(field);
            }
        }
        return visible;
    }

    /**
     * What is wrong with the answers, by field key in the fields' order: a required visible field
     * without an answer, an answer that breaks its field's rule, an answer to no field of this
     * form. Answers to hidden fields are ignored. Empty when the answers can be submitted.
     */
    public Map<String, String> validate(Map<String, ?> answers) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, FormField> byKey = new LinkedHashMap<>();
        fields.forEach(f -> byKey.put(f.key(), f));
        for (String key : answers.keySet()) {
            FormField field = byKey.get(key);
            if (field == null || !field.type().takesAnswer()) {
                errors.put(key, "This form has no question " + key + ".");
            }
        }
        for (FormField field : visibleFields(answers)) {
            if (!field.type().takesAnswer() || field.type() == FieldType.RESEARCH_PURPOSE) {
                continue;  // the coded purpose is the request form's own block, checked by the matcher
            }
            Object answer = answers.get(field.key());
            if (isEmpty(answer)) {
                if (field.required()) {
                    errors.put(field.key(), field.type() == FieldType.TERMS ? "Accept the terms." : "Answer this question.");
                }
                continue;
            }
            String problem = problemOf(field, answer);
            if (problem != null) {
                errors.put(field.key(), problem);
            }
        }
        return errors;
    }

    /** The answers to visible fields only (what is kept with a request). */
    public Map<String, Object> keptAnswers(Map<String, ?> answers) {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (FormField field : visibleFields(answers)) {
            Object answer = answers.get(field.key());
            if (field.type().takesAnswer() && !isEmpty(answer)) {
                kept.put(field.key(), answer);
            }
        }
        return kept;
    }

    private static String problemOf(FormField field, Object answer) {
        switch (field.type()) {
            case SHORT_TEXT, LONG_TEXT, EMAIL, PHONE, DATE, NUMBER, ATTACHMENT -> {
                if (!(answer instanceof String text)) {
                    return "Give text.";
                }
                return textProblem(field, text.strip());
            }
            case SINGLE_CHOICE -> {
                return answer instanceof String value && isOption(field, value) ? null : "Choose one of the options.";
            }
            case MULTIPLE_CHOICE -> {
                if (!(answer instanceof List<?> values) || values.stream().anyMatch(v -> !(v instanceof String s) || !isOption(field, s))) {
                    return "Choose among the options.";
                }
                return values.stream().distinct().count() == values.size() ? null : "Choose each option once.";
            }
            case TABLE -> {
                return tableProblem(field, answer);
            }
            case TERMS -> {
                return Boolean.TRUE.equals(answer) ? null : "Accept the terms.";
            }
            default -> {
                return null;
            }
        }
    }

    private static String textProblem(FormField field, String text) {
        int limit = field.maxLength() != null ? field.maxLength()
                : field.type() == FieldType.LONG_TEXT ? LONG_TEXT_LIMIT : SHORT_TEXT_LIMIT;
        if (field.type().isText() && text.length() > limit) {
            return "At most " + limit + " characters (this has " + text.length() + ").";
        }
        switch (field.type()) {
            case EMAIL -> {
                return EMAIL.matcher(text).matches() ? null : "Give an e-mail address, like name@example.org.";
            }
            case PHONE -> {
                return PHONE.matcher(text).matches() && text.chars().filter(Character::isDigit).count() >= 5 ? null
                        : "Give a phone number: digits, spaces and + - ( ) / only.";
            }
            case DATE -> {
                try {
                    LocalDate.parse(text);
                    return null;
                } catch (DateTimeParseException e) {
                    return "Give a date as YYYY-MM-DD.";
                }
            }
            case NUMBER -> {
                try {
                    new BigDecimal(text);
                    return text.length() <= 40 ? null : "Give a number.";
                } catch (NumberFormatException e) {
                    return "Give a number.";
                }
            }
            default -> {
                return null;
            }
        }
    }

    private static String tableProblem(FormField field, Object answer) {
        if (!(answer instanceof List<?> rows)) {
            return "Give the table's rows.";
        }
        if (rows.size() > MAX_ROWS) {
            return "At most " + MAX_ROWS + " rows.";
        }
        int limit = field.maxLength() != null ? field.maxLength() : CELL_LIMIT;
        Set<String> columns = new HashSet<>();
        field.columns().forEach(c -> columns.add(c.key()));
        int n = 0;
        for (Object row : rows) {
            n++;
            if (!(row instanceof Map<?, ?> cells)) {
                return "Row " + n + ": give the row's cells by column.";
            }
            for (Map.Entry<?, ?> cell : cells.entrySet()) {
                if (!columns.contains(String.valueOf(cell.getKey()))) {
                    return "Row " + n + ": this table has no column " + cell.getKey() + ".";
                }
                if (!(cell.getValue() instanceof String text)) {
                    return "Row " + n + ", " + cell.getKey() + ": give text.";
                }
                if (text.length() > limit) {
                    return "Row " + n + ", " + cell.getKey() + ": at most " + limit + " characters.";
                }
            }
            if (cells.values().stream().allMatch(v -> v instanceof String s && s.isBlank())) {
                return "Row " + n + " is empty.";
            }
        }
        return null;
    }

    private static boolean isOption(FormField field, String value) {
        return field.options().stream().anyMatch(o -> o.value().equals(value));
    }

    private static boolean matches(Object answer, String expected) {
        if (answer instanceof List<?> list) {
            return list.contains(expected);
        }
        return answer != null && String.valueOf(answer).strip().equals(expected);
    }

    private static boolean isEmpty(Object answer) {
        return answer == null || (answer instanceof String s && s.isBlank()) || (answer instanceof List<?> l && l.isEmpty())
                || Boolean.FALSE.equals(answer);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
