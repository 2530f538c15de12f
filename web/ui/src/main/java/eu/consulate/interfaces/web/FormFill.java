package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.consulate.domain.model.form.FieldType;
import eu.consulate.domain.model.form.FormDefinition;
import eu.consulate.domain.model.form.FormField;

/**
 * A committee's form being filled in on a page (the request page, the new-request form): what
 * the inputs hold, field by field, as the page binds them ({@code text}, {@code choices},
 * {@code checks}), the errors shown at the fields, and the answers collected from it. A table
 * is typed one row per line, cells separated by "|".
 */
public class FormFill implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<FormField> fields;
    private final String language;
    /** Which fields the reader fills: the committee-only ones (true), the applicant's (false), none (null). */
    private final Boolean fillsCommitteeFields;
    private final Map<String, String> text = new HashMap<>();
    private final Map<String, Object> choices = new HashMap<>();
    private final Map<String, Boolean> checks = new HashMap<>();
    private Map<String, String> errors = new HashMap<>();

    /**
     * The fields the reader sees, labelled in {@code language}, showing {@code answers}; {@code
     * fillsCommitteeFields}: whether the reader fills the committee-only fields or the applicant's
     * (null: the reader only reads).
     */
    public FormFill(String name, List<FormField> fields, Map<String, Object> answers, String language,
            Boolean fillsCommitteeFields) {
        this.name = name;
        this.fields = List.copyOf(fields);
        this.language = language == null ? "en" : language;
        this.fillsCommitteeFields = fillsCommitteeFields;
        answers.forEach(this::show);
    }

    /** Whether the reader types an answer into this field (else it shows the answer). */
    public boolean fills(FormField field) {
        return fillsCommitteeFields != null && field.committeeOnly() == fillsCommitteeFields
                && field.type() != FieldType.LABEL && field.type() != FieldType.RESEARCH_PURPOSE;
    }

    /** The fields the reader fills. */
    public List<FormField> answering() {
        return fields.stream().filter(this::fills).toList();
    }

    /** Whether the reader fills any field. */
    public boolean isEditable() {
        return fields.stream().anyMatch(this::fills);
    }

    private void show(String key, Object answer) {
        FormField field = fields.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
        if (field == null) {
            return;
        }
        if (answer instanceof Boolean b) {
            checks.put(key, b);
        } else if (field.type() == FieldType.TABLE && answer instanceof List<?>) {
            text.put(key, field.shown(answer, language));
        } else if (answer instanceof List<?> list) {
            choices.put(key, list.stream().map(String::valueOf).toArray(String[]::new));
        } else {
            text.put(key, String.valueOf(answer));
        }
    }

    /** The answers typed into {@code answering} (the fields the reader fills), as the services take them. */
    public Map<String, Object> answers(List<FormField> answering) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (FormField field : answering) {
            switch (field.type()) {
                case LABEL, RESEARCH_PURPOSE -> {
                }
                case MULTIPLE_CHOICE -> answers.put(field.key(), chosen(field.key()));
                case TERMS -> answers.put(field.key(), Boolean.TRUE.equals(checks.get(field.key())));
                case TABLE -> answers.put(field.key(), rows(field, text.get(field.key())));
                default -> {
                    String value = text.get(field.key());
                    if (value != null && !value.isBlank()) {
                        answers.put(field.key(), value.strip());
                    }
                }
            }
        }
        return answers;
    }

    private static List<Map<String, String>> rows(FormField field, String typed) {
        List<Map<String, String>> rows = new ArrayList<>();
        if (typed == null) {
            return rows;
        }
        for (String line : typed.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\\|", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < field.columns().size() && i < cells.length; i++) {
                row.put(field.columns().get(i).key(), cells[i].strip());
            }
            rows.add(row);
        }
        return rows;
    }

    /** What the page shows as a field's answer (read-only view). */
    public String shown(FormField field) {
        return switch (field.type()) {
            case TERMS -> field.shown(Boolean.TRUE.equals(checks.get(field.key())), language);
            case MULTIPLE_CHOICE -> field.shown(chosen(field.key()), language);
            default -> text.containsKey(field.key()) ? field.shown(text.get(field.key()), language) : "";
        };
    }

    /** An option's label in the reader's language, else English. */
    public String optionLabel(FormField.Option option) {
        return option.label().getOrDefault(language, option.label().getOrDefault("en", option.value()));
    }

    /** Whether the field shows for the answers on the page now (a choice re-renders the form). */
    public boolean visible(FormField field) {
        if (field.visibleWhen() == null) {
            return true;
        }
        Map<String, Object> current = new LinkedHashMap<>();
        for (FormField f : fields) {
            if (f.type() == FieldType.MULTIPLE_CHOICE) {
                current.put(f.key(), chosen(f.key()));
            } else if (f.type() == FieldType.TERMS) {
                current.put(f.key(), Boolean.TRUE.equals(checks.get(f.key())));
            } else if (text.get(f.key()) != null) {
                current.put(f.key(), text.get(f.key()));
            }
        }
        return new FormDefinition(name, fields).visibleFields(current).stream().anyMatch(f -> f.key().equals(field.key()));
    }

    public String columnsOf(FormField field) {
        return String.join(" | ", field.columns().stream()
                .map(c -> c.label().getOrDefault(language, c.label().getOrDefault("en", c.key()))).toList());
    }

    /** A multiple choice as the page submitted it (an array) or as loaded (a list). */
    private List<String> chosen(String key) {
        Object value = choices.get(key);
        if (value instanceof Object[] array) {
            return java.util.Arrays.stream(array).map(String::valueOf).toList();
        }
        if (value instanceof java.util.Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    public String getName() {
        return name;
    }

    public List<FormField> getFields() {
        return fields;
    }

    public String getLanguage() {
        return language;
    }

    public Map<String, String> getText() {
        return text;
    }

    public Map<String, Object> getChoices() {
        return choices;
    }

    public Map<String, Boolean> getChecks() {
        return checks;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public void setErrors(Map<String, String> errors) {
        this.errors = new HashMap<>(errors);
    }
}
