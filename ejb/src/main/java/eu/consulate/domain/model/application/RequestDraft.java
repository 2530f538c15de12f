package eu.consulate.domain.model.application;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An applicant's unfinished request form (issue 8): whatever they typed so far, kept between
 * sittings, with the answers to the forms of the committees of its datasets ({@code formAnswers}:
 * committee id to the JSON of the answers) and the e-mail address of the signing official a
 * committee may want to confirm it. Nothing in it is checked but its size (a draft may be
 * incomplete); the checks of a request apply when it is submitted. Only its applicant ever reads it.
 */
public record RequestDraft(String title, String researchPurpose, List<String> datasetIds, String use,
        String organisationType, String category, List<String> diseases, boolean commercial,
        boolean forProfitOrganisation, boolean methodsDevelopment, boolean geneticStudy, boolean controlSet,
        Map<String, String> formAnswers, String signingOfficial) {

    public static final int MAX_TITLE = ValidatedSubmission.TITLE_MAX;
    public static final int MAX_PURPOSE = ValidatedSubmission.PURPOSE_MAX;
    public static final int MAX_DATASETS = ValidatedSubmission.DATASETS_MAX;
    public static final int MAX_DISEASES = 50;
    static final int MAX_CODE = 100;
    static final int MAX_EMAIL = 254;
    /** Committees whose forms a draft answers, and the largest answers to one form (characters of JSON). */
    public static final int MAX_FORMS = 20;
    public static final int MAX_FORM_ANSWERS = 100_000;

    public RequestDraft {
        title = text(title);
        researchPurpose = text(researchPurpose);
        datasetIds = ids(datasetIds);
        diseases = ids(diseases);
        use = text(use);
        organisationType = text(organisationType);
        category = text(category);
        signingOfficial = text(signingOfficial);
        formAnswers = formAnswers == null ? Map.of() : Map.copyOf(formAnswers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null && !e.getValue().isBlank())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The form without answers to committees' forms (as the fields before them were). */
    public RequestDraft(String title, String researchPurpose, List<String> datasetIds, String use,
            String organisationType, String category, List<String> diseases, boolean commercial,
            boolean forProfitOrganisation, boolean methodsDevelopment, boolean geneticStudy, boolean controlSet) {
        this(title, researchPurpose, datasetIds, use, organisationType, category, diseases, commercial,
                forProfitOrganisation, methodsDevelopment, geneticStudy, controlSet, Map.of(), null);
    }

    /** The same form with these answers to the committees' forms. */
    public RequestDraft withFormAnswers(Map<String, String> answers) {
        return new RequestDraft(title, researchPurpose, datasetIds, use, organisationType, category, diseases, commercial,
                forProfitOrganisation, methodsDevelopment, geneticStudy, controlSet, answers, signingOfficial);
    }

    /** An empty form. */
    public static RequestDraft empty() {
        return new RequestDraft(null, null, List.of(), null, null, null, List.of(), false, false, false, false, false);
    }

    /**
     * The draft if it can be kept: 400 ({@link ApplicationRuleViolation}) naming the field when a
     * text is longer than the request allows or there are more datasets or diseases than it takes.
     */
    public RequestDraft checked() {
        limit("title", title, MAX_TITLE);
        limit("researchPurpose", researchPurpose, MAX_PURPOSE);
        limit("use", use, MAX_CODE);
        limit("organisationType", organisationType, MAX_CODE);
        limit("category", category, MAX_CODE);
        limit("signingOfficial", signingOfficial, MAX_EMAIL);
        if (datasetIds.size() > MAX_DATASETS) {
            throw ApplicationRuleViolation.invalidInput("datasetIds: a request covers at most " + MAX_DATASETS
                    + " datasets.");
        }
        if (diseases.size() > MAX_DISEASES) {
            throw ApplicationRuleViolation.invalidInput("diseases: at most " + MAX_DISEASES + " diseases.");
        }
        for (String id : datasetIds) {
            limit("datasetIds", id, MAX_CODE);
        }
        for (String id : diseases) {
            limit("diseases", id, MAX_CODE);
        }
        if (formAnswers.size() > MAX_FORMS) {
            throw ApplicationRuleViolation.invalidInput("forms: answers to at most " + MAX_FORMS + " committees' forms.");
        }
        for (Map.Entry<String, String> answers : formAnswers.entrySet()) {
            limit("forms", answers.getKey(), MAX_CODE);
            limit("forms." + answers.getKey(), answers.getValue(), MAX_FORM_ANSWERS);
        }
        return this;
    }

    /**
     * What the request's rules would refuse in the title and the research purpose if this were
     * submitted now, by field ({@code title}, {@code researchPurpose}), so that a form shows every
     * message at its field at once; empty when both are acceptable.
     */
    public java.util.Map<String, String> textProblems() {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        try {
            ValidatedSubmission.title(title);
        } catch (ApplicationRuleViolation e) {
            problems.put("title", e.getMessage());
        }
        try {
            ValidatedSubmission.purpose(researchPurpose);
        } catch (ApplicationRuleViolation e) {
            problems.put("researchPurpose", e.getMessage());
        }
        return problems;
    }

    /** Whether nothing was typed or chosen yet (an autosave of an untouched form keeps nothing). */
    public boolean isEmpty() {
        return title == null && researchPurpose == null && datasetIds.isEmpty() && category == null && diseases.isEmpty()
                && formAnswers.isEmpty() && signingOfficial == null;
    }

    private static void limit(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ApplicationRuleViolation.invalidInput(field + ": at most " + max + " characters (" + value.length()
                    + " given).");
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> ids(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::strip)
                .filter(v -> !v.isEmpty()).distinct().toList();
    }
}
