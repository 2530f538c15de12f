package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The applicant accepted the terms (data access agreements) the requested datasets name, each in
 * the exact version they named then, when they submitted the request.
 */
public record TermsAccepted(String applicationId, String actor, Instant occurredAt, List<Terms> terms)
        implements ApplicationEvent {

    public static final String TYPE = "terms-accepted";

    /** One version of a committee's terms, as it was when accepted. */
    public record Terms(String versionId, String version, String title, String url) {
        public Terms {
            Objects.requireNonNull(versionId, "versionId");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(url, "url");
        }

        /** How people read it: "Data access agreement, version 2.0". */
        public String label() {
            return title + ", version " + version;
        }
    }

    public TermsAccepted {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("No terms accepted");
        }
    }

    /**
     * The rule: the applicant accepts exactly the versions the requested datasets name
     * ({@code required}, distinct). A version the datasets name that is not among {@code
     * acceptedIds} is refused with its name; an accepted id the datasets do not name (say, a
     * version the committee replaced while the form was open) is refused too, so that nobody
     * believes they accepted what they did not. Returns the versions accepted, in the order given.
     */
    public static List<Terms> check(List<Terms> required, Collection<String> acceptedIds) {
        Set<String> accepted = acceptedIds == null ? Set.of() : acceptedIds.stream().filter(Objects::nonNull)
                .map(String::strip).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> named = required.stream().map(Terms::versionId).collect(Collectors.toSet());
        List<String> stale = accepted.stream().filter(id -> !named.contains(id)).toList();
        if (!stale.isEmpty()) {
            throw ApplicationRuleViolation.invalidInput("acceptedTerms: " + String.join(", ", stale)
                    + (stale.size() == 1 ? " is not a version" : " are not versions")
                    + " of the terms these datasets name now; read the current terms and accept them.");
        }
        List<Terms> missing = required.stream().filter(t -> !accepted.contains(t.versionId())).toList();
        if (!missing.isEmpty()) {
            throw ApplicationRuleViolation.invalidInput("acceptedTerms: accept "
                    + missing.stream().map(Terms::label).collect(Collectors.joining("; "))
                    + " to request these datasets.");
        }
        return List.copyOf(required);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
