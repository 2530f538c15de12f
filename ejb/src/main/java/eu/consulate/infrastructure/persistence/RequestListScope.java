package eu.consulate.infrastructure.persistence;

import java.util.Set;

import eu.consulate.domain.model.application.ApplicationState;

/**
 * Which rows of the summary a person may list, as the service worked it out from their seats:
 * either their own requests ({@code applicant} set), or their committees' requests.
 *
 * @param applicant     the applicant's subject for "my requests"; null for committee lists
 * @param me            the person's subject (never on their own waiting list)
 * @param fullView      committees whose every request they see (member, chair, admin)
 * @param legalView     committees where they see only {@code legalStates} (legal officer)
 * @param legalStates   what a legal officer sees
 * @param reviews       committees whose open reviews wait for them
 * @param checksLegally committees whose open legal checks wait for them
 * @param chairs        committees they chair: chair decisions, ethics opinions and closing votes wait for them
 */
public record RequestListScope(String applicant, String me, Set<String> fullView, Set<String> legalView,
        Set<ApplicationState> legalStates, Set<String> reviews, Set<String> checksLegally, Set<String> chairs) {

    public RequestListScope {
        fullView = Set.copyOf(fullView);
        legalView = Set.copyOf(legalView);
        legalStates = Set.copyOf(legalStates);
        reviews = Set.copyOf(reviews);
        checksLegally = Set.copyOf(checksLegally);
        chairs = Set.copyOf(chairs);
    }

    public static RequestListScope applicant(String subject) {
        return new RequestListScope(subject, subject, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** Every committee the scope reaches, in a stable order. */
    public java.util.List<String> committees() {
        java.util.SortedSet<String> all = new java.util.TreeSet<>(fullView);
        all.addAll(legalView);
        all.addAll(reviews);
        all.addAll(checksLegally);
        return java.util.List.copyOf(all);
    }

    /** The same scope narrowed to one committee (a branch of a list over several). */
    public RequestListScope only(String dacId) {
        java.util.function.Function<Set<String>, Set<String>> keep = set -> set.contains(dacId) ? Set.of(dacId) : Set.of();
        return new RequestListScope(applicant, me, keep.apply(fullView), keep.apply(legalView), legalStates,
                keep.apply(reviews), keep.apply(checksLegally), keep.apply(chairs));
    }

    /** The states a list in this scope can show at all, for the query's part of the list. */
    public Set<ApplicationState> possibleStates(eu.consulate.domain.model.application.RequestListQuery.Scope part) {
        Set<ApplicationState> states = java.util.EnumSet.noneOf(ApplicationState.class);
        for (ApplicationState state : ApplicationState.values()) {
            boolean inPart = switch (part) {
                case ALL -> true;
                case OPEN -> !state.isDecided();
                case DECIDED -> state.isDecided();
                case WAITING -> applicant != null
                        ? state == ApplicationState.SUBMITTED || state == ApplicationState.RETURNED
                        : state == ApplicationState.SUBMITTED && !reviews.isEmpty()
                        || state == ApplicationState.REVIEW_APPROVED && !checksLegally.isEmpty();
            };
            boolean visible = applicant != null || !fullView.isEmpty() || legalStates.contains(state) && !legalView.isEmpty();
            if (inPart && visible) {
                states.add(state);
            }
        }
        return states;
    }
}
