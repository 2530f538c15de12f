package eu.consulate.interfaces.pull;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassportServletTest {

    @Test
    void theUserIsTheOneSegmentAfterTheContextRoot() {
        assertThat(PassportServlet.user("/5e1f0000-0000-4000-8000-000000000001"))
                .isEqualTo("5e1f0000-0000-4000-8000-000000000001");
    }

    @Test
    void noSegmentAnEmptyOneOrMoreThanOneIsNoUser() {
        assertThat(PassportServlet.user(null)).isNull();
        assertThat(PassportServlet.user("/")).isNull();
        assertThat(PassportServlet.user("/a/b")).isNull();
        assertThat(PassportServlet.user("/a/")).isNull();
    }
}
