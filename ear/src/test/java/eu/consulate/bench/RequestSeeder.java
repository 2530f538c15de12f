package eu.consulate.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.ApplicationEvent;
import eu.consulate.domain.model.application.ApproveReview;
import eu.consulate.domain.model.application.DataAccessApplication;
import eu.consulate.domain.model.application.FailLegalCheck;
import eu.consulate.domain.model.application.IssuePermit;
import eu.consulate.domain.model.application.PassLegalCheck;
import eu.consulate.domain.model.application.RejectReview;
import eu.consulate.domain.model.application.SubmitApplication;
import eu.consulate.domain.model.dac.DacRole;
import eu.consulate.infrastructure.persistence.EventCodec;
import eu.consulate.infrastructure.persistence.SummaryProjection;

/**
 * The request-list benchmark's data generator: adds {@code count} data access requests to a
 * Consulate database (H2 file or MySQL/MariaDB) that the application has migrated. Each request
 * is made by the domain's own commands (submit, review, legal check, permit), so its events pass
 * every rule, and its summary row and dataset rows are the {@link SummaryProjection} the
 * application writes; rows go in by JDBC batches. Requests spread over ten benchmark committees
 * (ten percent each); the demo member sits on the first, the demo admin on all ten. The seeded
 * requests have no workflow instance: they are for reading (lists, details), not for deciding.
 *
 * <pre>java ... RequestSeeder jdbc-url user password count</pre> (password "-": none)
 */
public final class RequestSeeder {

    static final int COMMITTEES = 10;
    static final String APPLICANT = "5e1f0000-0000-4000-8000-000000000001";
    static final String MEMBER = "5e1f0000-0000-4000-8000-000000000003";
    static final String CHAIR = "5e1f0000-0000-4000-8000-000000000004";
    static final String LEGAL = "5e1f0000-0000-4000-8000-000000000006";
    static final String ADMIN = "5e1f0000-0000-4000-8000-000000000007";
    private static final String[] WORDS = {"kidney", "cancer", "diabetes", "cardiac", "rare", "variants", "cohort",
        "exome", "lung", "breast", "infection", "sepsis", "children", "ageing", "imaging", "microbiome", "ancestry",
        "pharmacogenomics", "survival", "screening"};

    private RequestSeeder() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: RequestSeeder jdbc-url user password count");
            System.exit(2);
        }
        int count = Integer.parseInt(args[3]);
        String password = args[2].equals("-") ? "" : args[2]; // "-": none
        try (Connection db = DriverManager.getConnection(args[0], args[1], password)) {
            db.setAutoCommit(false);
            committees(db);
            long started = System.nanoTime();
            seed(db, count);
            recount(db);
            System.out.printf("[seed] %,d requests in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
            if (args[0].startsWith("jdbc:h2:")) {
                // A bulk load leaves the H2 file full of superseded chunks (21 GB at 1M); an operator
                // compacts after one (docs/operations.md), and so does the benchmark.
                long compacting = System.nanoTime();
                try (var statement = db.createStatement()) {
                    statement.execute("SHUTDOWN COMPACT");
                }
                System.out.printf("[seed] compacted in %.1f s%n", (System.nanoTime() - compacting) / 1e9);
            }
        }
    }

    /**
     * The counts per committee and state that the application keeps with each summary row
     * (migration 29), for the rows this loader wrote around the application: counted again whole,
     * as the migration counts them.
     */
    private static void recount(Connection db) throws SQLException {
        try (var statement = db.createStatement()) {
            statement.execute("DELETE FROM application_state_count");
            statement.execute("INSERT INTO application_state_count (dac_id, state, decided, requests)"
                    + " SELECT dac_id, state, decided_at IS NOT NULL, COUNT(*) FROM application_summary"
                    + " GROUP BY dac_id, state, decided_at IS NOT NULL");
        }
        db.commit();
    }

    static String dacId(int k) {
        return String.format("be4c0000-0000-4000-8000-%012d", k);
    }

    static String datasetId(int k) {
        return String.format("be4cda7a-0000-4000-8000-%012d", k);
    }

    /** The benchmark committees, their datasets and seats (once). */
    private static void committees(Connection db) throws SQLException {
        for (int k = 1; k <= COMMITTEES; k++) {
            try (var exists = db.prepareStatement("SELECT 1 FROM dac WHERE id = ?")) {
                exists.setString(1, dacId(k));
                if (exists.executeQuery().next()) {
                    continue;
                }
            }
            exec(db, "INSERT INTO dac (id, name, source_url) VALUES (?, ?, ?)", dacId(k), "Benchmark DAC " + k,
                    "https://consulate.example.org/dacs/benchmark-" + k);
            exec(db, "INSERT INTO dataset (id, url, title, dac_id) VALUES (?, ?, ?, ?)", datasetId(k),
                    "https://data.example.org/benchmark-" + k, "Benchmark cohort " + k, dacId(k));
            if (k == 1) {
                exec(db, "INSERT INTO dac_seat (dac_id, subject, member_role) VALUES (?, ?, ?)", dacId(k), MEMBER, "MEMBER");
                exec(db, "INSERT INTO dac_seat (dac_id, subject, member_role) VALUES (?, ?, ?)", dacId(k), CHAIR, "CHAIR");
                exec(db, "INSERT INTO dac_seat (dac_id, subject, member_role) VALUES (?, ?, ?)", dacId(k), LEGAL,
                        "LEGAL_OFFICER");
            }
            exec(db, "INSERT INTO dac_seat (dac_id, subject, member_role) VALUES (?, ?, ?)", dacId(k), ADMIN, "ADMIN");
        }
        db.commit();
    }

    private static void exec(Connection db, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /**
     * Requests submitted over the last three years, one every few minutes; most are decided (three
     * in four get a permit), those of the last months are still open, some past their deadline.
     */
    private static void seed(Connection db, int count) throws SQLException {
        Random random = new Random(count);
        Instant now = Instant.now();
        Instant first = now.minus(Duration.ofDays(3 * 365));
        long step = Duration.between(first, now).toMillis() / count;
        Actor applicant = new Actor(APPLICANT, "applicant", Set.of(Actor.APPLICANT), Map.of());
        try (PreparedStatement events = db.prepareStatement("INSERT INTO application_event (id, application_id, seq,"
                + " event_type, actor, occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement summaries = db.prepareStatement("INSERT INTO application_summary (application_id,"
                        + " applicant, applicant_name, dac_id, title, state, version, created_at, updated_at, decided_at,"
                        + " due_at, reviewed_by, projection) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement datasets = db.prepareStatement(
                        "INSERT INTO application_dataset (application_id, dataset_id) VALUES (?, ?)");
                PreparedStatement words = db.prepareStatement(
                        "INSERT INTO application_word (dac_id, word, application_id) VALUES (?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                int k = 1 + i % COMMITTEES;
                Instant submitted = first.plusMillis(step * i + random.nextInt((int) Math.max(1, step)));
                String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " study "
                        + (i + 1);
                String id = timeOrdered(submitted, random);
                List<ApplicationEvent> history = new ArrayList<>(DataAccessApplication.submit(new SubmitApplication(id,
                        title, "Benchmark request: finding variants that explain disease in a cohort.",
                        List.of(datasetId(k)), dacId(k), APPLICANT), applicant, submitted));
                decide(history, k, submitted, now, random);
                DataAccessApplication application = DataAccessApplication.replay(history);
                int seq = 0;
                for (ApplicationEvent event : history) {
                    events.setString(1, timeOrdered(event.occurredAt(), random));
                    events.setString(2, id);
                    events.setInt(3, ++seq);
                    events.setString(4, event.type());
                    events.setString(5, event.actor());
                    events.setLong(6, event.occurredAt().toEpochMilli());
                    events.setString(7, EventCodec.payload(event));
                    events.addBatch();
                }
                SummaryProjection.Values row = SummaryProjection.of(application);
                summaries.setString(1, row.applicationId());
                summaries.setString(2, row.applicant());
                summaries.setString(3, row.applicantName());
                summaries.setString(4, row.dacId());
                summaries.setString(5, row.title());
                summaries.setString(6, row.state());
                summaries.setInt(7, row.version());
                summaries.setLong(8, row.createdAt());
                summaries.setLong(9, row.updatedAt());
                summaries.setObject(10, row.decidedAt());
                summaries.setObject(11, row.dueAt());
                summaries.setString(12, row.reviewedBy());
                summaries.setInt(13, SummaryProjection.VERSION);
                summaries.addBatch();
                for (String datasetId : row.datasetIds()) {
                    datasets.setString(1, id);
                    datasets.setString(2, datasetId);
                    datasets.addBatch();
                }
                for (String word : row.words()) {
                    words.setString(1, row.dacId());
                    words.setString(2, word);
                    words.setString(3, id);
                    words.addBatch();
                }
                if ((i + 1) % 2_000 == 0 || i == count - 1) {
                    events.executeBatch();
                    summaries.executeBatch();
                    datasets.executeBatch();
                    words.executeBatch();
                    db.commit();
                    if ((i + 1) % 100_000 == 0) {
                        System.out.printf("[seed] %,d%n", i + 1);
                    }
                }
            }
        }
    }

    /**
     * A UUID (version 7 layout: milliseconds first, then random bits) so that a million rows go
     * into the primary keys in order, as a loader would, instead of at random places of a B-tree.
     */
    static String timeOrdered(Instant at, Random random) {
        long high = (at.toEpochMilli() << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The committee's and the legal officer's decisions, by the domain's commands, a few days apart. */
    private static void decide(List<ApplicationEvent> history, int k, Instant submitted, Instant now, Random random) {
        Actor member = new Actor(MEMBER, "member", Set.of(Actor.DAC_MEMBER), Map.of(dacId(k), Set.of(DacRole.MEMBER)));
        Actor legal = new Actor(LEGAL, "legal", Set.of(Actor.LEGAL_OFFICER),
                Map.of(dacId(k), Set.of(DacRole.LEGAL_OFFICER)));
        Instant reviewed = submitted.plus(Duration.ofDays(3 + random.nextInt(30)));
        Instant checked = reviewed.plus(Duration.ofDays(1 + random.nextInt(20)));
        if (random.nextInt(200) == 0) {
            return; // forgotten: still awaiting review, long past its deadline
        }
        // requests of the last ~two months are still open: the committee has not got to them yet
        if (!checked.isBefore(now.minus(Duration.ofDays(10)))) {
            if (random.nextInt(10) < 4 && reviewed.isBefore(now)) {
                history.addAll(DataAccessApplication.replay(history).approveReview(new ApproveReview(""), member, reviewed));
            }
            return;
        }
        int outcome = random.nextInt(100);
        DataAccessApplication application = DataAccessApplication.replay(history);
        if (outcome < 12) {
            history.addAll(application.rejectReview(new RejectReview("Outside the consent of the cohort."), member,
                    reviewed));
            return;
        }
        history.addAll(application.approveReview(new ApproveReview(""), member, reviewed));
        application = DataAccessApplication.replay(history);
        if (outcome < 17) {
            history.addAll(application.failLegalCheck(new FailLegalCheck("No data processing agreement."), legal, checked));
            return;
        }
        history.addAll(application.passLegalCheck(new PassLegalCheck(""), legal, checked));
        application = DataAccessApplication.replay(history);
        history.addAll(application.issuePermit(new IssuePermit(UUID.randomUUID().toString(), checked,
                checked.plus(Duration.ofDays(365))), Actor.system(), checked));
    }
}
