package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the applicant handed in at one submission: the first ({@code round} 1) or a resubmission
 * after the request was returned, with their answers to the committee's form ({@code
 * formAnswers}: the JSON of {@link FormAnswered#answers()}, null when the request has no form).
 * Reviewers compare a resubmission with the round before it ({@link SubmissionDiff}).
 */
public record Submission(int round, Instant at, String title, String researchPurpose, List<String> datasetIds,
                         String formAnswers) {

    public Submission {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(researchPurpose, "researchPurpose");
        datasetIds = List.copyOf(datasetIds);
    }

    /** The same round with the answers the applicant gave to a form added after it was handed in. */
    Submission withFormAnswers(String answers) {
        return new Submission(round, at, title, researchPurpose, datasetIds, answers);
    }
}
