package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.INVALID_INPUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RequestListQueryTest {

    private static RequestListQuery parse(String... nameValue) {
        Map<String, List<String>> parameters = new HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            parameters.computeIfAbsent(nameValue[i], k -> new java.util.ArrayList<>()).add(nameValue[i + 1]);
        }
        return RequestListQuery.parse(parameters);
    }

    @Test
    void nothingGivenIsTheFirstPageOfEverythingNewestFirst() {
        RequestListQuery query = parse("q", " ");

        assertThat(query.scope()).isEqualTo(RequestListQuery.Scope.ALL);
        assertThat(query.states()).isEmpty();
        assertThat(query.text()).isNull();
        assertThat(query.sort()).isEqualTo(RequestListQuery.Sort.SUBMITTED);
        assertThat(query.ascending()).isFalse();
        assertThat(query.offset()).isZero();
        assertThat(query.size()).isEqualTo(RequestListQuery.DEFAULT_SIZE);
    }

    @Test
    void theWaitingListIsOldestFirstUnlessAskedOtherwise() {
        assertThat(parse("scope", "waiting").ascending()).isTrue();
        assertThat(parse("scope", "waiting", "dir", "desc").ascending()).isFalse();
    }

    @Test
    void parametersAreReadInAnyCase() {
        RequestListQuery query = parse("state", "submitted", "state", "PERMIT_ISSUED", "q", " kidney ", "sort", "title",
                "dir", "ASC", "page", "2", "size", "50", "scope", "Decided", "due", "OVERDUE");

        assertThat(query.states()).isEqualTo(Set.of(ApplicationState.SUBMITTED, ApplicationState.PERMIT_ISSUED));
        assertThat(query.text()).isEqualTo("kidney");
        assertThat(query.sort()).isEqualTo(RequestListQuery.Sort.TITLE);
        assertThat(query.ascending()).isTrue();
        assertThat(query.offset()).isEqualTo(100);
        assertThat(query.scope()).isEqualTo(RequestListQuery.Scope.DECIDED);
        assertThat(query.due()).isEqualTo(RequestListQuery.Due.OVERDUE);
    }

    @Test
    void aStepIsTheStatesThatWaitForIt() {
        assertThat(parse("step", "legal-check").states()).containsExactly(ApplicationState.REVIEW_APPROVED);
        assertThat(parse("step", "review", "state", "SUBMITTED", "state", "PERMIT_ISSUED").states())
                .containsExactly(ApplicationState.SUBMITTED);
    }

    @Test
    void daysAreWholeUtcDaysWithBothEndsIncluded() {
        RequestListQuery query = parse("decidedFrom", "2026-10-01", "decidedTo", "2026-10-31");

        assertThat(query.decided().start()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(query.decided().end()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(parse("submittedTo", "2026-10-31").submitted())
                .isEqualTo(new RequestListQuery.DayRange(null, LocalDate.of(2026, 10, 31)));
    }

    @Test
    void theStatesOfAScopeAreNarrowedByTheStateFilter() {
        Set<ApplicationState> open = Set.of(ApplicationState.SUBMITTED, ApplicationState.REVIEW_APPROVED);

        assertThat(parse().statesIn(open)).isEqualTo(open);
        assertThat(parse("state", "SUBMITTED").statesIn(open)).containsExactly(ApplicationState.SUBMITTED);
        assertThat(parse("state", "PERMIT_ISSUED").statesIn(open)).isEmpty();
    }

    @Test
    void theCallersMistakesAreRefusedBeforeAnyQuery() {
        for (Runnable mistake : List.<Runnable>of(
                () -> parse("state", "LOST"),
                () -> parse("sort", "applicant; drop"),
                () -> parse("dir", "sideways"),
                () -> parse("page", "-1"),
                () -> parse("page", "two"),
                () -> parse("size", "0"),
                () -> parse("size", Integer.toString(RequestListQuery.MAX_SIZE + 1)),
                () -> parse("size", "99999999999"),
                () -> parse("page", "2147483647", "size", "100"),
                () -> parse("q", "x".repeat(201)),
                () -> parse("q", "bidi\u202E"),
                () -> parse("q", "one", "q", "two"),
                () -> parse("scope", "everything"),
                () -> parse("step", "coffee"),
                () -> parse("step", "review", "state", "PERMIT_ISSUED"),
                () -> parse("due", "tomorrow"),
                () -> parse("submittedFrom", "31/10/2026"),
                () -> parse("decidedFrom", "2026-02-30"),
                () -> parse("decidedFrom", "0001-01-01"),
                () -> parse("decidedFrom", "2026-11-01", "decidedTo", "2026-10-01"),
                () -> parse("applicant", "x".repeat(201)),
                () -> parse("owner", "me"))) {
            assertThatThrownBy(mistake::run).isInstanceOfSatisfying(ApplicationRuleViolation.class,
                    e -> assertThat(e.kind()).isEqualTo(INVALID_INPUT));
        }
    }
}
