package eu.consulate.domain.model.application;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static eu.consulate.domain.model.application.ApplicationRuleViolation.invalidInput;

/** The applicant's form once it passed the rules: text stripped, datasets deduplicated. */
record ValidatedSubmission(
        String applicationId,
        String title,
        String researchPurpose,
        List<String> datasetIds,
        String dacId,
        String applicantSubject,
        String use,
        String organisation) {

    static final int TITLE_MIN = 3;
    static final int TITLE_MAX = 200;
    static final int PURPOSE_MIN = 20;
    static final int PURPOSE_MAX = 4000;
    static final int DATASETS_MAX = 20;

    static ValidatedSubmission of(SubmitApplication form) {
        return new ValidatedSubmission(
                required(form.applicationId(), "The request has no identifier."),
                title(form.title()),
                purpose(form.researchPurpose()),
                datasets(form.datasetIds()),
                required(form.dacId(), "The request does not name the committee that owns the datasets."),
                required(form.applicantSubject(), "Your identity could not be determined; please sign in again."),
                use(form.use()),
                organisation(form.organisation()));
    }

    /** A title as submitted. */
    static String title(String text) {
        return PlainText.checked(sized(text, TITLE_MIN, TITLE_MAX, "A title is required.",
                "The title must be between " + TITLE_MIN + " and " + TITLE_MAX + " characters long."), "title");
    }

    /** A research purpose as submitted or resubmitted. */
    static String purpose(String text) {
        return PlainText.checked(sized(text, PURPOSE_MIN, PURPOSE_MAX, "A research purpose is required.",
                "The research purpose must be between " + PURPOSE_MIN + " and " + PURPOSE_MAX
                        + " characters long."), "research purpose");
    }

    private static String organisation(String organisation) {
        String given = organisation == null || organisation.isBlank() ? ApplicationCreated.ACADEMIC
                : organisation.strip().toLowerCase(java.util.Locale.ROOT);
        if (!ApplicationCreated.ORGANISATIONS.contains(given)) {
            throw invalidInput("Say what kind of organisation you work for: academic, public or commercial.");
        }
        return given;
    }

    private static String use(String use) {
        String given = use == null || use.isBlank() ? ApplicationCreated.RESEARCH : use.strip().toLowerCase(java.util.Locale.ROOT);
        if (!ApplicationCreated.USES.contains(given)) {
            throw invalidInput("Say whether the data is for research or for care.");
        }
        return given;
    }

    private static String required(String value, String missingMessage) {
        if (value == null || value.isBlank()) {
            throw invalidInput(missingMessage);
        }
        return value.strip();
    }

    private static String sized(String value, int min, int max, String missingMessage, String sizeMessage) {
        String text = required(value, missingMessage);
        if (text.length() < min || text.length() > max) {
            throw invalidInput(sizeMessage);
        }
        return text;
    }

    // Duplicates are dropped before counting: picking a dataset twice is a slip, not a bigger request.
    private static List<String> datasets(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw invalidInput("Choose at least one dataset.");
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String id : ids) {
            distinct.add(required(id, "One of the chosen datasets has no identifier."));
        }
        if (distinct.size() > DATASETS_MAX) {
            throw invalidInput("A request can cover at most " + DATASETS_MAX + " datasets.");
        }
        return List.copyOf(distinct);
    }
}
