package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.INVALID_INPUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RequestListQueryTest {

    @Test
    void nothingGivenIsTheFirstPageOfEveryStateNewestFirst() {
        RequestListQuery query = RequestListQuery.parse(null, " ", null, null, null, null);

        assertThat(query.states()).isEmpty();
        assertThat(query.text()).isNull();
        assertThat(query.sort()).isEqualTo(RequestListQuery.Sort.SUBMITTED);
        assertThat(query.ascending()).isFalse();
        assertThat(query.offset()).isZero();
        assertThat(query.size()).isEqualTo(RequestListQuery.DEFAULT_SIZE);
    }

    @Test
    void parametersAreReadInAnyCase() {
        RequestListQuery query = RequestListQuery.parse(List.of("submitted", "PERMIT_ISSUED"), " kidney ", "title", "ASC", 2, 50);

        assertThat(query.states()).isEqualTo(Set.of(ApplicationState.SUBMITTED, ApplicationState.PERMIT_ISSUED));
        assertThat(query.text()).isEqualTo("kidney");
        assertThat(query.sort()).isEqualTo(RequestListQuery.Sort.TITLE);
        assertThat(query.ascending()).isTrue();
        assertThat(query.offset()).isEqualTo(100);
    }

    @Test
    void theCallersMistakesAreRefusedBeforeAnyQuery() {
        for (Runnable mistake : List.<Runnable>of(
                () -> RequestListQuery.parse(List.of("LOST"), null, null, null, null, null),
                () -> RequestListQuery.parse(null, null, "applicant; drop", null, null, null),
                () -> RequestListQuery.parse(null, null, null, "sideways", null, null),
                () -> RequestListQuery.parse(null, null, null, null, -1, null),
                () -> RequestListQuery.parse(null, null, null, null, null, 0),
                () -> RequestListQuery.parse(null, null, null, null, null, RequestListQuery.MAX_SIZE + 1),
                () -> RequestListQuery.parse(null, "x".repeat(201), null, null, null, null),
                () -> RequestListQuery.parse(null, "bidi\u202E", null, null, null, null))) {
            assertThatThrownBy(mistake::run).isInstanceOfSatisfying(ApplicationRuleViolation.class,
                    e -> assertThat(e.kind()).isEqualTo(INVALID_INPUT));
        }
    }
}
