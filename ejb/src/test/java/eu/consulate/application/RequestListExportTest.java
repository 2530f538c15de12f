package eu.consulate.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import eu.consulate.application.Views.ApplicationSummary;
import org.junit.jupiter.api.Test;

class RequestListExportTest {

    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void rowsAreQuotedAsRfc4180AndFormulasStayText() {
        StringWriter out = new StringWriter();

        RequestListExport.write(List.of(
                new ApplicationSummary("a1", "Kidney, \"rare\" variants", "ada", "d1", "SUBMITTED", "Awaiting", "review", T, T, null, T),
                new ApplicationSummary("a2", "=HYPERLINK(\"http://evil\")", "@bob", "d1", "PERMIT_ISSUED", "Issued", null, T, T, T, null)),
                out);

        assertThat(out.toString()).isEqualTo("""
                id,title,applicant,committee,state,submitted,updated,decided,due\r
                a1,"Kidney, ""rare"" variants",ada,d1,SUBMITTED,2026-11-01T10:00:00Z,2026-11-01T10:00:00Z,,2026-11-01T10:00:00Z\r
                a2,"'=HYPERLINK(""http://evil"")",'@bob,d1,PERMIT_ISSUED,2026-11-01T10:00:00Z,2026-11-01T10:00:00Z,2026-11-01T10:00:00Z,\r
                """);
    }
}
