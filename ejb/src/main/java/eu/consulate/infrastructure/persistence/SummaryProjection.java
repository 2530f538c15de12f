package eu.consulate.infrastructure.persistence;

import java.time.Instant;
import java.util.List;

import eu.consulate.domain.model.application.DataAccessApplication;

/**
 * What the summary read model holds of an application: one function of the replayed events,
 * used when events are appended, when older rows are rewritten, and by the benchmark's loader,
 * so that all three write the same row.
 */
public final class SummaryProjection {

    /** Bumped when a column is added or computed differently: rows of older versions are rewritten at start. */
    public static final int VERSION = 4;

    private SummaryProjection() {
    }

    /**
     * The row's values (times in epoch milliseconds; decidedAt, dueAt, reviewedBy, waitsOn may be
     * null), the datasets, the words a search finds the request by ({@link SearchWords}), and who
     * can no longer act on the open step ({@code doneOnStep}: voted, recused, kept out by {@code separate}).
     */
    public record Values(String applicationId, String applicant, String applicantName, String dacId, String title,
            String state, int version, long createdAt, long updatedAt, Long decidedAt, Long dueAt, String reviewedBy,
            List<String> datasetIds, List<String> words, String waitsOn, List<String> doneOnStep) {
    }

    public static Values of(DataAccessApplication application) {
        return new Values(application.id(), application.applicant(), application.applicantName(), application.dacId(),
                application.title(), application.state().name(), application.version(),
                application.handedInAt().toEpochMilli(), application.lastChangedAt().toEpochMilli(),
                application.decidedAt().map(Instant::toEpochMilli).orElse(null),
                application.decisionDueAt().map(Instant::toEpochMilli).orElse(null),
                application.reviewApprovedBy().orElse(null), application.datasetIds(),
                SearchWords.of(application.title(), application.applicantName()),
                application.state().isFinal() ? null
                        : application.openStep().map(step -> step.kind().modelName()).orElse(null),
                List.copyOf(application.doneWithOpenStep()));
    }
}
