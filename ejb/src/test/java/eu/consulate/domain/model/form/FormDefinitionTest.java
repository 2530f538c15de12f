package eu.consulate.domain.model.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.consulate.infrastructure.form.FormJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 8: a committee's form checks every kind of answer, follows visibility and keeps committee fields private. */
class FormDefinitionTest {

    private static final Map<String, String> EN = Map.of("en", "Q");

    private static FormField field(String key, FieldType type, boolean required) {
        return new FormField(key, type, required, null, EN, Map.of(), List.of(), List.of(), null, false);
    }

    private static FormField choice(String key, FieldType type, boolean required, String... values) {
        return new FormField(key, type, required, null, EN, Map.of(),
                java.util.Arrays.stream(values).map(v -> new FormField.Option(v, Map.of("en", v))).toList(), List.of(), null, false);
    }

    private static FormDefinition form(FormField... fields) {
        FormDefinition form = new FormDefinition("Test form", List.of(fields));
        assertThat(form.problems()).isEmpty();
        return form;
    }

    private static Map<String, Object> answers(Object... pairs) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put((String) pairs[i], pairs[i + 1]);
        }
        return answers;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "short-text | ok                    | ",
            "email      | ada@example.org       | ",
            "email      | ada at example.org    | Give an e-mail address, like name@example.org.",
            "phone      | +49 (30) 1234-567     | ",
            "phone      | call me               | Give a phone number: digits, spaces and + - ( ) / only.",
            "date       | 2027-02-28            | ",
            "date       | 2027-02-30            | Give a date as YYYY-MM-DD.",
            "date       | 28.02.2027            | Give a date as YYYY-MM-DD.",
            "number     | 24                    | ",
            "number     | -1.5                  | ",
            "number     | twelve                | Give a number.",
            "attachment | 0b3c-file-id          | ",
    })
    void eachKindOfTextAnswerFollowsItsRule(String type, String answer, String error) {
        FormDefinition form = form(field("q", FieldType.named(type).orElseThrow(), true));

        Map<String, String> errors = form.validate(answers("q", answer));

        assertThat(errors.get("q")).isEqualTo(error);
    }

    @Test
    void textHasALengthLimitOwnOrDefault() {
        FormDefinition form = form(new FormField("short", FieldType.SHORT_TEXT, false, 5, EN, Map.of(), List.of(), List.of(),
                null, false), field("long", FieldType.LONG_TEXT, false), field("line", FieldType.SHORT_TEXT, false));

        Map<String, String> errors = form.validate(answers("short", "123456", "long", "x".repeat(10_001), "line", "y".repeat(201)));

        assertThat(errors).containsExactly(Map.entry("short", "At most 5 characters (this has 6)."),
                Map.entry("long", "At most 10000 characters (this has 10001)."),
                Map.entry("line", "At most 200 characters (this has 201)."));
    }

    @Test
    void choicesOnlyTakeTheirOptions() {
        FormDefinition form = form(choice("one", FieldType.SINGLE_CHOICE, true, "a", "b"),
                choice("many", FieldType.MULTIPLE_CHOICE, true, "x", "y", "z"));

        assertThat(form.validate(answers("one", "b", "many", List.of("x", "z")))).isEmpty();
        assertThat(form.validate(answers("one", "c", "many", List.of("x", "w")))).containsExactly(
                Map.entry("one", "Choose one of the options."), Map.entry("many", "Choose among the options."));
        assertThat(form.validate(answers("one", List.of("a"), "many", List.of("x", "x")))).containsExactly(
                Map.entry("one", "Choose one of the options."), Map.entry("many", "Choose each option once."));
        assertThat(form.validate(answers("many", List.of()))).containsExactly(
                Map.entry("one", "Answer this question."), Map.entry("many", "Answer this question."));
    }

    @Test
    void aTableTakesRowsOfItsColumns() {
        FormDefinition form = form(new FormField("people", FieldType.TABLE, true, 10, EN, Map.of(), List.of(),
                List.of(new FormField.Column("name", EN), new FormField.Column("role", EN)), null, false));

        assertThat(form.validate(answers("people", List.of(Map.of("name", "Ada", "role", "PI"), Map.of("name", "Grace"))))).isEmpty();
        assertThat(form.validate(answers("people", List.of(Map.of("name", "Ada", "email", "a@b.org")))).get("people"))
                .isEqualTo("Row 1: this table has no column email.");
        assertThat(form.validate(answers("people", List.of(Map.of("name", "Ada"), Map.of("name", " ")))).get("people"))
                .isEqualTo("Row 2 is empty.");
        assertThat(form.validate(answers("people", List.of(Map.of("name", "Ada Lovelace-King")))).get("people"))
                .isEqualTo("Row 1, name: at most 10 characters.");
        assertThat(form.validate(answers("people", "Ada")).get("people")).isEqualTo("Give the table's rows.");
        assertThat(form.validate(answers()).get("people")).isEqualTo("Answer this question.");
    }

    @Test
    void termsMustBeAcceptedAndLabelsTakeNoAnswer() {
        FormDefinition form = form(field("intro", FieldType.LABEL, false), field("terms", FieldType.TERMS, true));

        assertThat(form.validate(answers("terms", true))).isEmpty();
        assertThat(form.validate(answers("terms", false))).containsExactly(Map.entry("terms", "Accept the terms."));
        assertThat(form.validate(answers("terms", true, "intro", "x")))
                .containsExactly(Map.entry("intro", "This form has no question intro."));
        assertThat(form.validate(answers("terms", true, "shoe-size", "44")))
                .containsExactly(Map.entry("shoe-size", "This form has no question shoe-size."));
    }

    @Test
    void aFieldShownOnlyForAnAnswerIsRequiredOnlyThenAndNotKeptOtherwise() {
        FormField justification = new FormField("why", FieldType.LONG_TEXT, true, null, EN, Map.of(), List.of(), List.of(),
                new FormField.Condition("form", "pseudonymised"), false);
        FormField detail = new FormField("detail", FieldType.SHORT_TEXT, true, null, EN, Map.of(), List.of(), List.of(),
                new FormField.Condition("why", "because"), false);
        FormDefinition form = form(choice("form", FieldType.SINGLE_CHOICE, true, "anonymised", "pseudonymised"),
                justification, detail);

        assertThat(form.validate(answers("form", "pseudonymised"))).containsExactly(Map.entry("why", "Answer this question."));
        assertThat(form.validate(answers("form", "pseudonymised", "why", "because"))).containsExactly(
                Map.entry("detail", "Answer this question."));
        // hidden: not required, and an answer given before switching is dropped, with what depends on it
        assertThat(form.validate(answers("form", "anonymised", "why", "because"))).isEmpty();
        assertThat(form.keptAnswers(answers("form", "anonymised", "why", "because", "detail", "x")))
                .containsExactly(Map.entry("form", "anonymised"));
        assertThat(form.visibleFields(answers("form", "pseudonymised", "why", "because")))
                .extracting(FormField::key).containsExactly("form", "why", "detail");
    }

    @Test
    void committeeFieldsAreNotTheApplicantsToSeeOrAnswer() {
        FormField notes = new FormField("notes", FieldType.LONG_TEXT, false, null, EN, Map.of(), List.of(), List.of(), null, true);
        FormDefinition form = form(field("title", FieldType.SHORT_TEXT, true), notes);

        FormDefinition applicants = form.forApplicants();

        assertThat(applicants.fields()).extracting(FormField::key).containsExactly("title");
        assertThat(applicants.validate(answers("title", "x", "notes", "I am the committee")))
                .containsExactly(Map.entry("notes", "This form has no question notes."));
    }

    @Test
    void aDefinitionThatCannotWorkIsRefusedWithEveryReason() {
        FormDefinition broken = new FormDefinition("", List.of(
                new FormField("Bad Key", FieldType.SHORT_TEXT, false, null, Map.of("fr", "Question"), Map.of(), List.of(), List.of(), null, false),
                new FormField("pick", FieldType.SINGLE_CHOICE, false, null, EN, Map.of(), List.of(), List.of(), null, false),
                new FormField("pick", FieldType.SHORT_TEXT, false, 0, EN, Map.of(), List.of(), List.of(), null, false),
                new FormField("grid", FieldType.TABLE, false, null, EN, Map.of(), List.of(), List.of(), null, false),
                new FormField("heading", FieldType.LABEL, true, null, EN, Map.of(), List.of(), List.of(), null, false),
                new FormField("later", FieldType.SHORT_TEXT, false, null, EN, Map.of(), List.of(), List.of(),
                        new FormField.Condition("nowhere", "x"), false)));

        assertThat(broken.problems()).containsExactly(
                "name: give the form a name of at most 200 characters.",
                "Bad Key: a key is lower-case letters, digits and hyphens, starting with a letter (at most 60).",
                "Bad Key: an English label (\"en\") is required.",
                "Bad Key: labels and help are written in en, de, not \"fr\".",
                "pick: a choice needs options.",
                "pick: the key is used by an earlier field.",
                "pick: maxLength (1 to 100000) applies to text fields and table cells only.",
                "grid: a table needs columns.",
                "heading: a label takes no answer: it is neither required nor committee-only.",
                "later: visibleWhen names nowhere, which is not an earlier field with an answer.");
    }

    @Test
    void theEhdsTemplateIsAValidFormInEnglishAndGermanThatAsksWhatArticle67Requires() throws Exception {
        String json;
        try (var in = getClass().getClassLoader().getResourceAsStream("forms/ehds-data-access-application.json")) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        FormDefinition ehds = FormJson.read(json);

        assertThat(ehds.problems()).isEmpty();
        assertThat(ehds.fields()).allSatisfy(f -> assertThat(f.label()).containsKeys("en", "de"));
        assertThat(ehds.fields()).extracting(FormField::key).contains("purpose", "data-requested", "legal-basis", "data-form",
                "pseudonymisation-justification", "safeguards", "processing-months", "secure-processing-environment",
                "expected-benefit", "ethics-approval", "terms");
        assertThat(ehds.fields()).extracting(FormField::type).contains(FieldType.values());
        assertThat(FormJson.read(FormJson.write(ehds))).isEqualTo(ehds);
        // anonymised data need no justification; pseudonymised data do
        Map<String, String> errors = ehds.forApplicants().validate(answers("data-form", "pseudonymised"));
        assertThat(errors).containsKey("pseudonymisation-justification").doesNotContainKey("legal-basis-other")
                .doesNotContainKey("committee-assessment");
        assertThat(ehds.forApplicants().fields()).extracting(FormField::key).doesNotContain("committee-assessment");
    }
}
