package eu.consulate.domain.model.datause;

import java.util.List;
import java.util.Objects;

/**
 * A disease of a disease ontology (MONDO by default): its CURIE, its label and the CURIEs of the
 * terms it is a kind of ({@code is_a}).
 */
public record DiseaseTerm(String id, String label, List<String> parents) {

    public DiseaseTerm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        parents = List.copyOf(parents);
    }
}
