package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the applicant handed in at one submission: the first ({@code round} 1) or a resubmission
 * after the request was returned. Reviewers compare a resubmission with the round before it
 * ({@link SubmissionDiff}).
 */
public record Submission(int round, Instant at, String title, String researchPurpose, List<String> datasetIds) {

    public Submission {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(researchPurpose, "researchPurpose");
        datasetIds = List.copyOf(datasetIds);
    }
}
