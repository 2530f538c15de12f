package eu.consulate.bench;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.ApplicationCreated;
import eu.consulate.domain.model.application.ApplicationEvent;
import eu.consulate.domain.model.application.ApplicationSubmitted;
import eu.consulate.domain.model.application.ApproveReview;
import eu.consulate.domain.model.application.DataAccessApplication;
import eu.consulate.domain.model.application.LegalCheckPassed;
import eu.consulate.domain.model.application.PermitIssued;
import eu.consulate.domain.model.application.ReviewApproved;
import eu.consulate.domain.model.application.SubmitApplication;
import eu.consulate.infrastructure.persistence.EventCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every command on a request costs in the domain before any I/O: rebuilding the aggregate
 * from its events, deciding a command, and turning stored rows back into events.
 * Run: see docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ApplicationBenchmark {

    private static final Instant T = Instant.parse("2026-11-26T10:00:00Z");

    private final List<ApplicationEvent> submitted = List.of(
            new ApplicationCreated("app", "ada", T, "ada", "sub-ada", "dac", "Kidney variants",
                    "Finding variants that explain rare kidney disease in children.", List.of("d1", "d2", "d3")),
            new ApplicationSubmitted("app", "ada", T));
    private final List<ApplicationEvent> fullHistory = List.of(submitted.get(0), submitted.get(1),
            new ReviewApproved("app", "mia", T, "fine"),
            new LegalCheckPassed("app", "lea", T, "terms signed"),
            new PermitIssued("app", "system", T, "permit", T, T.plusSeconds(31_536_000)));
    private final List<String[]> storedRows = fullHistory.stream()
            .map(e -> new String[] {e.type(), EventCodec.payload(e)}).toList();
    private final Actor applicant = new Actor("ada", Set.of("applicant"), Set.of());
    private final Actor member = new Actor("mia", Set.of("dac-member"), Set.of("dac"));

    @Benchmark
    public DataAccessApplication replayFullHistory() {
        return DataAccessApplication.replay(fullHistory);
    }

    @Benchmark
    public List<ApplicationEvent> submitCommand() {
        return DataAccessApplication.submit(new SubmitApplication("app", "Kidney variants",
                "Finding variants that explain rare kidney disease in children.", List.of("d1", "d2", "d3"), "dac",
                "sub-ada"), applicant, T);
    }

    @Benchmark
    public List<ApplicationEvent> replayAndApproveReview() {
        return DataAccessApplication.replay(submitted).approveReview(new ApproveReview("fine"), member, T);
    }

    @Benchmark
    public int decodeStoredHistory() {
        int n = 0;
        for (String[] row : storedRows) {
            n += EventCodec.event(row[0], "app", "ada", T, row[1]).type().length();
        }
        return n;
    }
}
