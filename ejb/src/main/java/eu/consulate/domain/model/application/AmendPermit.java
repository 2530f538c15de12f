package eu.consulate.domain.model.application;

import java.util.List;
import java.util.Objects;

/**
 * What an amendment asks for: the datasets the permit shall cover (each with the committee that
 * owns it and its time limit on use, so the rules need no lookup in the domain), the conditions
 * it shall carry (the committee's own), the reason the holder reads, the co-holders it shall
 * have (the full list besides the applicant; null: unchanged), and the conditions the new
 * datasets' data use sets (worded by the catalogue).
 */
public record AmendPermit(List<DatasetRef> datasets, List<String> conditions, String reason,
        List<HolderRef> coHolders, List<String> dataUseConditions) {

    /**
     * A dataset as the catalogue knows it: id, title (for messages), owning committee, and the
     * months of its time limit on use (DUO TS; 0 for none).
     */
    public record DatasetRef(String id, String title, String dacId, int timeLimitMonths) {
        public DatasetRef {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(dacId, "dacId");
        }

        public DatasetRef(String id, String title, String dacId) {
            this(id, title, dacId, 0);
        }
    }

    /** A person who shall hold the permit besides the applicant: subject, and whether Consulate knows them. */
    public record HolderRef(String subject, boolean known) {
        public HolderRef {
            Objects.requireNonNull(subject, "subject");
        }
    }

    public AmendPermit {
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        conditions = conditions == null ? List.of() : conditions.stream().map(c -> c == null ? "" : c).toList();
        coHolders = coHolders == null ? null : List.copyOf(coHolders);
        dataUseConditions = dataUseConditions == null ? List.of() : List.copyOf(dataUseConditions);
    }

    /** Datasets and conditions only; the co-holders stay as they are; the datasets set no conditions. */
    public AmendPermit(List<DatasetRef> datasets, List<String> conditions, String reason) {
        this(datasets, conditions, reason, null, List.of());
    }
}
