package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import eu.consulate.domain.model.datause.DatasetMatch;
import eu.consulate.domain.model.datause.ResearchPurpose;

/**
 * The applicant stated the request's research purpose in the Data Use Ontology's terms when they
 * submitted it; recorded with how it matched each requested dataset's data-use conditions then,
 * so that reviewers read what the applicant saw.
 */
public record PurposeCoded(String applicationId, String actor, Instant occurredAt, ResearchPurpose purpose,
        List<DatasetMatch> matches) implements ApplicationEvent {

    public static final String TYPE = "purpose-coded";

    public PurposeCoded {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(purpose, "purpose");
        matches = List.copyOf(matches);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
