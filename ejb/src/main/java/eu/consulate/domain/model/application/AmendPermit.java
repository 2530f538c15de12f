package eu.consulate.domain.model.application;

import java.util.List;
import java.util.Objects;

/**
 * What an amendment asks for: the datasets the permit shall cover (each with the committee that
 * owns it, so the rule "only its committee's datasets" needs no lookup in the domain), the
 * conditions it shall carry, and the reason the holder reads.
 */
public record AmendPermit(List<DatasetRef> datasets, List<String> conditions, String reason) {

    /** A dataset as the catalogue knows it: id, title (for messages) and owning committee. */
    public record DatasetRef(String id, String title, String dacId) {
        public DatasetRef {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(dacId, "dacId");
        }
    }

    public AmendPermit {
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        conditions = conditions == null ? List.of() : conditions.stream().map(c -> c == null ? "" : c).toList();
    }
}
