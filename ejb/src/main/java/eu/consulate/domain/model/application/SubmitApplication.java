package eu.consulate.domain.model.application;

import java.util.List;

/**
 * The applicant's form. Raw input: {@link DataAccessApplication#submit} validates and cleans it.
 *
 * @param dacId the committee owning all the datasets; the caller resolves it from the catalogue
 *              because one request may only go to one committee
 */
public record SubmitApplication(
        String applicationId,
        String title,
        String researchPurpose,
        List<String> datasetIds,
        String dacId,
        String applicantSubject,
        String use,
        String organisation) {

    /** A research request by an academic applicant. */
    public SubmitApplication(String applicationId, String title, String researchPurpose, List<String> datasetIds,
            String dacId, String applicantSubject) {
        this(applicationId, title, researchPurpose, datasetIds, dacId, applicantSubject, ApplicationCreated.RESEARCH,
                ApplicationCreated.ACADEMIC);
    }
}
