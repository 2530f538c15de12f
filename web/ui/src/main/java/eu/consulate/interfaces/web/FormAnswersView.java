package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.consulate.application.CommitteeForms;
import eu.consulate.application.FormRefused;
import eu.consulate.application.NoSuchApplication;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.form.FieldType;
import eu.consulate.domain.model.form.FormField;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The committee's form on a request's page: every field the reader sees with its answer; the
 * applicant (until the decision) or the committee (its own fields) fills and saves theirs. A
 * table is typed one row per line, cells separated by "|". Errors show at their fields.
 */
@Named
@ViewScoped
public class FormAnswersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CommitteeForms forms;

    @Inject
    RequestView request;

    @Inject
    transient UiActor actor;

    @EJB
    transient eu.consulate.application.Notifications notifications;

    /** The reader's language (their notification settings: en or de) for labels and help. */
    private String language;

    private CommitteeForms.FormOnRequest form;
    private boolean loaded;
    private final Map<String, String> text = new HashMap<>();
    private final Map<String, Object> choices = new HashMap<>();
    private final Map<String, Boolean> checks = new HashMap<>();
    private Map<String, String> errors = new HashMap<>();

    public CommitteeForms.FormOnRequest getForm() {
        if (!loaded && request.getId() != null && request.getDetails() != null) {
            loaded = true;
            form = forms.onRequest(actor.get(), request.getId()).orElse(null);
            language = notifications.settings(actor.get()).language();
            if (form != null) {
                form.answers().forEach(this::show);
            }
        }
        return form;
    }

    private void show(String key, Object answer) {
        FormField field = form.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
        if (field == null) {
            return;
        }
        if (answer instanceof Boolean b) {
            checks.put(key, b);
        } else if (field.type() == FieldType.TABLE && answer instanceof List<?> rows) {
            List<String> lines = new ArrayList<>();
            for (Object row : rows) {
                Map<?, ?> cells = (Map<?, ?>) row;
                lines.add(String.join(" | ", field.columns().stream()
                        .map(c -> String.valueOf(cells.get(c.key()) == null ? "" : cells.get(c.key()))).toList()));
            }
            text.put(key, String.join("\n", lines));
        } else if (answer instanceof List<?> list) {
            choices.put(key, list.stream().map(String::valueOf).toArray(String[]::new));
        } else {
            text.put(key, String.valueOf(answer));
        }
    }

    /** Saves the answers of the fields the reader fills. */
    public String save() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (FormField field : form.answerable()) {
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
        try {
            forms.answer(actor.get(), request.getId(), answers);
            Messages.info("Answers saved", form.name());
            return RequestView.viewId() + "?faces-redirect=true&id=" + request.getId();
        } catch (FormRefused e) {
            errors = new HashMap<>(e.fieldErrors());
            Messages.error(null, e.getMessage());
            return null;
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        } catch (NoSuchApplication e) {
            Messages.notFound(e);
            return null;
        }
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
            case TERMS -> Boolean.TRUE.equals(checks.get(field.key())) ? "accepted" : "";
            case MULTIPLE_CHOICE -> String.join(", ", chosen(field.key()).stream()
                    .map(v -> optionLabel(field, v)).toList());
            case SINGLE_CHOICE -> text.containsKey(field.key()) ? optionLabel(field, text.get(field.key())) : "";
            default -> text.getOrDefault(field.key(), "");
        };
    }

    private String optionLabel(FormField field, String value) {
        return field.options().stream().filter(o -> o.value().equals(value)).findFirst()
                .map(this::optionLabel).orElse(value);
    }

    /** An option's label in the reader's language, else English. */
    public String optionLabel(FormField.Option option) {
        return option.label().getOrDefault(getLanguage(), option.label().getOrDefault("en", option.value()));
    }

    public String getLanguage() {
        return language == null ? "en" : language;
    }

    /** Whether the field shows for the answers on the page now (a choice re-renders the form). */
    public boolean visible(FormField field) {
        if (field.visibleWhen() == null) {
            return true;
        }
        Map<String, Object> current = new LinkedHashMap<>();
        for (FormField f : form.fields()) {
            if (f.type() == FieldType.MULTIPLE_CHOICE) {
                current.put(f.key(), chosen(f.key()));
            } else if (f.type() == FieldType.TERMS) {
                current.put(f.key(), Boolean.TRUE.equals(checks.get(f.key())));
            } else if (text.get(f.key()) != null) {
                current.put(f.key(), text.get(f.key()));
            }
        }
        return new eu.consulate.domain.model.form.FormDefinition(form.name(), form.fields()).visibleFields(current)
                .stream().anyMatch(f -> f.key().equals(field.key()));
    }

    public boolean fills(FormField field) {
        return form != null && form.mayAnswer() && field.committeeOnly() == form.forCommittee()
                && field.type() != FieldType.LABEL && field.type() != FieldType.RESEARCH_PURPOSE;
    }

    public String columnsOf(FormField field) {
        return String.join(" | ", field.columns().stream()
                .map(c -> c.label().getOrDefault(getLanguage(), c.label().getOrDefault("en", c.key()))).toList());
    }

    public Map<String, String> getText() {
        return text;
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

    public Map<String, Object> getChoices() {
        return choices;
    }

    public Map<String, Boolean> getChecks() {
        return checks;
    }

    public Map<String, String> getErrors() {
        return errors;
    }
}
