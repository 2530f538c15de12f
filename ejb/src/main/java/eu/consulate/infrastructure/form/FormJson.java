package eu.consulate.infrastructure.form;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.consulate.domain.model.form.FieldType;
import eu.consulate.domain.model.form.FormDefinition;
import eu.consulate.domain.model.form.FormField;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Forms and answers as JSON (schema in docs/forms.md): {@code {"name", "fields": [{"key", "type",
 * "required", "maxLength", "label": {"en", "de"}, "help": {...}, "options": [{"value", "label"}],
 * "columns": [{"key", "label"}], "visibleWhen": {"field", "equals"}, "committeeOnly"}]}}. A shape
 * that is not a form is refused with the place it goes wrong.
 */
public final class FormJson {

    /** JSON that does not describe a form (or answers): what is wrong, each with where. */
    public static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final List<String> reasons;

        public Unreadable(List<String> reasons) {
            super(String.join(" ", reasons));
            this.reasons = List.copyOf(reasons);
        }

        public List<String> reasons() {
            return reasons;
        }
    }

    private FormJson() {
    }

    public static FormDefinition read(String json) {
        JsonObject root = object(json, "form");
        List<String> problems = new ArrayList<>();
        List<FormField> fields = new ArrayList<>();
        JsonValue list = root.get("fields");
        if (!(list instanceof JsonArray array)) {
            throw new Unreadable(List.of("fields: a list of fields is required."));
        }
        int n = 0;
        for (JsonValue value : array) {
            n++;
            if (!(value instanceof JsonObject field)) {
                problems.add("fields[" + n + "]: a field is an object.");
                continue;
            }
            String key = field.getString("key", "");
            String at = key.isEmpty() ? "fields[" + n + "]" : key;
            FieldType type = FieldType.named(field.getString("type", "")).orElse(null);
            if (type == null) {
                problems.add(at + ": type is one of " + String.join(", ",
                        java.util.Arrays.stream(FieldType.values()).map(FieldType::key).toList()) + ".");
                continue;
            }
            try {
                fields.add(new FormField(key, type, field.getBoolean("required", false),
                        field.containsKey("maxLength") ? field.getInt("maxLength") : null, texts(field, "label"),
                        texts(field, "help"),
                        field.containsKey("options") ? field.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                                .map(o -> new FormField.Option(o.getString("value"), texts(o, "label"))).toList() : List.of(),
                        field.containsKey("columns") ? field.getJsonArray("columns").getValuesAs(JsonObject.class).stream()
                                .map(c -> new FormField.Column(c.getString("key"), texts(c, "label"))).toList() : List.of(),
                        field.containsKey("visibleWhen") ? new FormField.Condition(
                                field.getJsonObject("visibleWhen").getString("field"),
                                field.getJsonObject("visibleWhen").getString("equals")) : null,
                        field.getBoolean("committeeOnly", false)));
            } catch (ClassCastException | NullPointerException e) {
                problems.add(at + ": label and help are objects of texts by language; options and columns lists"
                        + " of {value|key, label}; visibleWhen {field, equals}; maxLength a number; required and"
                        + " committeeOnly true or false.");
            }
        }
        if (!problems.isEmpty()) {
            throw new Unreadable(problems);
        }
        return new FormDefinition(root.getString("name", ""), fields);
    }

    public static String write(FormDefinition form) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        for (FormField f : form.fields()) {
            JsonObjectBuilder field = Json.createObjectBuilder().add("key", f.key()).add("type", f.type().key());
            if (f.required()) {
                field.add("required", true);
            }
            if (f.maxLength() != null) {
                field.add("maxLength", f.maxLength());
            }
            field.add("label", texts(f.label()));
            if (!f.help().isEmpty()) {
                field.add("help", texts(f.help()));
            }
            if (!f.options().isEmpty()) {
                JsonArrayBuilder options = Json.createArrayBuilder();
                f.options().forEach(o -> options.add(Json.createObjectBuilder().add("value", o.value()).add("label", texts(o.label()))));
                field.add("options", options);
            }
            if (!f.columns().isEmpty()) {
                JsonArrayBuilder columns = Json.createArrayBuilder();
                f.columns().forEach(c -> columns.add(Json.createObjectBuilder().add("key", c.key()).add("label", texts(c.label()))));
                field.add("columns", columns);
            }
            if (f.visibleWhen() != null) {
                field.add("visibleWhen", Json.createObjectBuilder().add("field", f.visibleWhen().field())
                        .add("equals", f.visibleWhen().equals()));
            }
            if (f.committeeOnly()) {
                field.add("committeeOnly", true);
            }
            fields.add(field);
        }
        return Json.createObjectBuilder().add("name", form.name()).add("fields", fields).build().toString();
    }

    /** Answers: an object of field key to text, list of texts, list of row objects, or true/false. */
    public static Map<String, Object> readAnswers(String json) {
        JsonObject root = object(json, "answers");
        Map<String, Object> answers = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        root.forEach((key, value) -> {
            Object answer = answer(value);
            if (answer == null && value.getValueType() != JsonValue.ValueType.NULL) {
                problems.add(key + ": an answer is text, a list of texts, a list of rows or true/false.");
            } else if (answer != null) {
                answers.put(key, answer);
            }
        });
        if (!problems.isEmpty()) {
            throw new Unreadable(problems);
        }
        return answers;
    }

    /** Answers as stored with a request (the inverse of {@link #readAnswers}). */
    public static String writeAnswers(Map<String, ?> answers) {
        JsonObjectBuilder root = Json.createObjectBuilder();
        answers.forEach((key, value) -> {
            if (value instanceof Boolean b) {
                root.add(key, b);
            } else if (value instanceof List<?> list) {
                JsonArrayBuilder items = Json.createArrayBuilder();
                for (Object item : list) {
                    if (item instanceof Map<?, ?> row) {
                        JsonObjectBuilder cells = Json.createObjectBuilder();
                        row.forEach((k, v) -> cells.add(String.valueOf(k), String.valueOf(v)));
                        items.add(cells);
                    } else {
                        items.add(String.valueOf(item));
                    }
                }
                root.add(key, items);
            } else if (value != null) {
                root.add(key, String.valueOf(value));
            }
        });
        return root.build().toString();
    }

    private static Object answer(JsonValue value) {
        switch (value.getValueType()) {
            case STRING -> {
                return ((JsonString) value).getString();
            }
            case NUMBER -> {
                return value.toString();
            }
            case TRUE -> {
                return Boolean.TRUE;
            }
            case FALSE -> {
                return Boolean.FALSE;
            }
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                for (JsonValue item : value.asJsonArray()) {
                    if (item instanceof JsonString s) {
                        items.add(s.getString());
                    } else if (item instanceof JsonObject row) {
                        Map<String, Object> cells = new LinkedHashMap<>();
                        row.forEach((k, v) -> cells.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
                        items.add(cells);
                    } else {
                        return null;
                    }
                }
                return items;
            }
            default -> {
                return null;
            }
        }
    }

    private static JsonObject object(String json, String what) {
        if (json == null || json.isBlank()) {
            throw new Unreadable(List.of("Send the " + what + " as a JSON object."));
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw new Unreadable(List.of("The " + what + " is not a JSON object: " + e.getMessage()));
        }
    }

    private static Map<String, String> texts(JsonObject owner, String name) {
        if (!owner.containsKey(name)) {
            return Map.of();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        owner.getJsonObject(name).forEach((language, text) -> texts.put(language, ((JsonString) text).getString()));
        return texts;
    }

    private static JsonObjectBuilder texts(Map<String, String> texts) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        new java.util.TreeMap<>(texts).forEach(builder::add);
        return builder;
    }
}
