package eu.consulate.domain.model.dac;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import eu.consulate.domain.model.datause.DataUse;
import eu.consulate.domain.model.datause.DiseaseOntology;

/**
 * The public catalogue's search: text (every word in the title, description, keywords or
 * committee), and facets that narrow it (DUO permission, committee, disease, country), each
 * facet value counted over the datasets the search finds. A disease facet finds datasets limited
 * to that disease or to a more specific one (lung cancer datasets under "cancer").
 */
public final class CatalogueSearch {

    /** A dataset as the catalogue knows it. */
    public record Entry(String id, String url, String title, String description, List<String> keywords,
            List<String> countries, String dataType, String size, String committeeId, String committeeName,
            Optional<DataUse> use) {
    }

    /** What is asked: text and the chosen values of each facet (empty: no narrowing). */
    public record Query(String text, Set<String> permissions, Set<String> committees, Set<String> diseases,
            Set<String> countries) {

        public static Query of(String text, Set<String> permissions, Set<String> committees, Set<String> diseases,
                Set<String> countries) {
            return new Query(text == null ? "" : text.strip(), Set.copyOf(permissions), Set.copyOf(committees),
                    Set.copyOf(diseases), Set.copyOf(countries));
        }

        Query withoutPermissions() {
            return new Query(text, Set.of(), committees, diseases, countries);
        }

        Query withoutCommittees() {
            return new Query(text, permissions, Set.of(), diseases, countries);
        }

        Query withoutDiseases() {
            return new Query(text, permissions, committees, Set.of(), countries);
        }

        Query withoutCountries() {
            return new Query(text, permissions, committees, diseases, Set.of());
        }
    }

    /** One value of a facet with its label and how many of the found datasets have it. */
    public record FacetValue(String value, String label, int count) {
    }

    public record Result(List<Entry> items, Map<String, List<FacetValue>> facets) {
    }

    public static final String PERMISSION = "permission";
    public static final String COMMITTEE = "committee";
    public static final String DISEASE = "disease";
    public static final String COUNTRY = "country";

    private CatalogueSearch() {
    }

    /**
     * The entries that match, by title, and the facets. Values of one facet are alternatives (any
     * of them), facets narrow each other (all of them); a facet counts over the entries that match
     * the text and the other facets, so that its other values can still be added to the choice.
     */
    public static Result search(List<Entry> all, Query query, DiseaseOntology diseases,
            Function<String, String> permissionLabel) {
        List<String> words = List.of(query.text().toLowerCase(Locale.ROOT).split("\\s+")).stream()
                .filter(w -> !w.isEmpty()).toList();
        List<Entry> found = new ArrayList<>();
        for (Entry entry : all) {
            if (matchesText(entry, words) && matchesFacets(entry, query, diseases)) {
                found.add(entry);
            }
        }
        found.sort(Comparator.comparing((Entry e) -> e.title().toLowerCase(Locale.ROOT)).thenComparing(Entry::id));
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put(PERMISSION, count(without(all, words, query.withoutPermissions(), diseases),
                e -> e.use().map(u -> List.of(u.permission().shorthand())).orElse(List.of()), permissionLabel));
        List<Entry> forCommittees = without(all, words, query.withoutCommittees(), diseases);
        Map<String, String> committeeNames = new TreeMap<>();
        forCommittees.forEach(e -> committeeNames.put(e.committeeId(), e.committeeName()));
        facets.put(COMMITTEE, count(forCommittees, e -> List.of(e.committeeId()), committeeNames::get));
        facets.put(DISEASE, count(without(all, words, query.withoutDiseases(), diseases),
                e -> e.use().map(DataUse::diseases).orElse(List.of()), diseases::label));
        facets.put(COUNTRY, count(without(all, words, query.withoutCountries(), diseases), Entry::countries,
                code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH)));
        return new Result(List.copyOf(found), facets);
    }

    /** The entries matching the text and {@code others} (the query without one facet's choice). */
    private static List<Entry> without(List<Entry> all, List<String> words, Query others, DiseaseOntology diseases) {
        return all.stream().filter(e -> matchesText(e, words) && matchesFacets(e, others, diseases)).toList();
    }

    private static boolean matchesText(Entry entry, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        String haystack = (entry.title() + " " + (entry.description() == null ? "" : entry.description()) + " "
                + String.join(" ", entry.keywords()) + " " + entry.committeeName()).toLowerCase(Locale.ROOT);
        return words.stream().allMatch(haystack::contains);
    }

    private static boolean matchesFacets(Entry entry, Query query, DiseaseOntology diseases) {
        if (!query.permissions().isEmpty() && entry.use().map(u -> !query.permissions()
                .contains(u.permission().shorthand())).orElse(true)) {
            return false;
        }
        if (!query.committees().isEmpty() && !query.committees().contains(entry.committeeId())) {
            return false;
        }
        if (!query.countries().isEmpty() && entry.countries().stream().noneMatch(query.countries()::contains)) {
            return false;
        }
        if (!query.diseases().isEmpty()) {
            List<String> own = entry.use().map(DataUse::diseases).orElse(List.of());
            return own.stream().anyMatch(d -> diseases.within(d, query.diseases()).isPresent());
        }
        return true;
    }

    private static List<FacetValue> count(List<Entry> found, Function<Entry, List<String>> values,
            Function<String, String> label) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Entry entry : found) {
            for (String value : Set.copyOf(values.apply(entry))) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        List<FacetValue> facet = new ArrayList<>();
        counts.forEach((value, n) -> facet.add(new FacetValue(value, label.apply(value), n)));
        facet.sort(Comparator.comparing(FacetValue::count).reversed().thenComparing(FacetValue::label));
        return facet;
    }
}
