package eu.consulate.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import eu.consulate.application.Views.ApplicationSummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A request list as CSV (RFC 4180, Apache Commons CSV), for spreadsheets. A cell that a
 * spreadsheet would run as a formula ({@code = + - @}, tab, carriage return first) is prefixed
 * with an apostrophe: a title like {@code =HYPERLINK(...)} stays text.
 */
public final class RequestListExport {

    static final List<String> HEADER = List.of("id", "title", "applicant", "committee", "state", "submitted", "updated",
            "decided", "due");

    private RequestListExport() {
    }

    public static void write(List<ApplicationSummary> rows, Writer out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (ApplicationSummary row : rows) {
                csv.printRecord(row.id(), text(row.title()), text(row.applicant()), row.dacId(), row.state(),
                        row.submittedAt(), row.updatedAt(), row.decidedAt(), row.dueAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
