package eu.consulate.domain.model.datause;

import java.util.Objects;
import java.util.Optional;

/**
 * The match of a request's coded purpose against one of its datasets, as it was when the request
 * was submitted; empty when the dataset's data use was not described (the committee decides).
 */
public record DatasetMatch(String datasetId, String title, Optional<DataUseMatch> match) {

    public DatasetMatch {
        Objects.requireNonNull(datasetId, "datasetId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(match, "match");
    }
}
