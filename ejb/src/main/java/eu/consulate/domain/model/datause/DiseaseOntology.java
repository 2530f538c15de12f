package eu.consulate.domain.model.datause;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The diseases the system knows, with their {@code is_a} hierarchy: which diseases a purpose or a
 * dataset may name, and whether a disease falls within another (a more specific disease is within
 * every broader one it descends from, and within itself).
 */
public final class DiseaseOntology {

    private final Map<String, DiseaseTerm> terms = new LinkedHashMap<>();

    public DiseaseOntology(Collection<DiseaseTerm> terms) {
        for (DiseaseTerm term : terms) {
            this.terms.put(term.id(), term);
        }
    }

    public static DiseaseOntology empty() {
        return new DiseaseOntology(List.of());
    }

    public int size() {
        return terms.size();
    }

    public boolean knows(String id) {
        return terms.containsKey(id);
    }

    public Optional<DiseaseTerm> term(String id) {
        return Optional.ofNullable(terms.get(id));
    }

    /** The disease's label, or its identifier when the ontology does not know it. */
    public String label(String id) {
        DiseaseTerm term = terms.get(id);
        return term == null ? id : term.label();
    }

    /** "lung cancer (MONDO:0008903)". */
    public String named(String id) {
        return label(id) + " (" + id + ")";
    }

    /** Whether {@code disease} is {@code broader} or descends from it through {@code is_a}. */
    public boolean isWithin(String disease, String broader) {
        if (disease.equals(broader)) {
            return true;
        }
        Set<String> seen = new HashSet<>();
        Deque<String> open = new ArrayDeque<>(parentsOf(disease));
        while (!open.isEmpty()) {
            String next = open.pop();
            if (next.equals(broader)) {
                return true;
            }
            if (seen.add(next)) {
                open.addAll(parentsOf(next));
            }
        }
        return false;
    }

    /** The first of {@code broader} that {@code disease} falls within. */
    public Optional<String> within(String disease, Collection<String> broader) {
        return broader.stream().filter(b -> isWithin(disease, b)).findFirst();
    }

    /** The path from a root to the disease, following the first parent: ["disease", "cancer", "lung cancer"]. */
    public List<String> path(String id) {
        List<String> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = id;
        while (current != null && seen.add(current)) {
            path.add(0, label(current));
            List<String> parents = parentsOf(current);
            current = parents.isEmpty() ? null : parents.get(0);
        }
        return path;
    }

    /** Diseases whose label or identifier contains {@code text}, shortest label first, at most {@code limit}. */
    public List<DiseaseTerm> search(String text, int limit) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return terms.values().stream()
                .filter(t -> wanted.isEmpty() || t.label().toLowerCase(Locale.ROOT).contains(wanted)
                        || t.id().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(Comparator.comparingInt((DiseaseTerm t) -> t.label().length()).thenComparing(DiseaseTerm::label))
                .limit(limit)
                .toList();
    }

    /** The identifiers among {@code ids} that the ontology does not know. */
    public List<String> unknown(Collection<String> ids) {
        return ids.stream().filter(id -> !knows(id)).toList();
    }

    private List<String> parentsOf(String id) {
        DiseaseTerm term = terms.get(id);
        return term == null ? List.of() : term.parents();
    }
}
