package eu.consulate.infrastructure.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.consulate.domain.model.application.ApplicationEvent;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.application.DataAccessApplication;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Loads applications by replaying their events and appends new events. Appending checks the
 * expected version: the unique (application, seq) key lets only one of two concurrent writers
 * through; the other gets a conflict and its transaction is rolled back with everything it did.
 * The summary read model is rewritten in the same transaction.
 */
@Stateless
public class ApplicationRepository {

    /** Tells observers (notifications) of every change, in the transaction that made it. */
    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<RequestChanged> changes;

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    public Optional<DataAccessApplication> find(String applicationId) {
        List<ApplicationEvent> events = history(applicationId);
        return events.isEmpty() ? Optional.empty() : Optional.of(DataAccessApplication.replay(events));
    }

    public List<ApplicationEvent> history(String applicationId) {
        return em.createQuery("select e from StoredEvent e where e.applicationId = :id order by e.seq", StoredEvent.class)
                .setParameter("id", applicationId)
                .getResultList().stream()
                .map(e -> EventCodec.event(e.type(), e.applicationId(), e.actor(), Instant.ofEpochMilli(e.occurredAt()),
                        e.payload()))
                .toList();
    }

    /**
     * Appends events decided on {@code current} (null for a new application) and returns the
     * application with them applied.
     */
    public DataAccessApplication append(DataAccessApplication current, List<ApplicationEvent> events) {
        int seq = current == null ? 0 : current.version();
        for (ApplicationEvent event : events) {
            seq++;
            em.persist(new StoredEvent(UUID.randomUUID().toString(), event.applicationId(), seq, event.type(),
                    event.actor(), event.occurredAt().toEpochMilli(), EventCodec.payload(event)));
        }
        DataAccessApplication updated = current == null ? DataAccessApplication.replay(events) : current.apply(events);
        try {
            em.flush();
            writeSummary(updated);
        } catch (PersistenceException e) {
            if (!isConcurrentChange(e)) {
                throw e; // ours, not a concurrent change: a 500 with a reference, never a 409
            }
            // another transaction appended the same sequence number first (unique key), or the
            // database chose this transaction as the loser of that race (deadlock, serialization,
            // also over the kept counts of the summary; a committee's first request in a state
            // inserting its count row at the same instant as another)
            throw ApplicationRuleViolation.conflict(
                    "Someone else changed this request at the same time. Reload it and try again.");
        }
        changes.fire(new RequestChanged(updated, List.copyOf(events)));
        return updated;
    }

    /**
     * Rewrites the summary row of an application from its events; its datasets and search words
     * are written with a new row, with a row an older projection wrote, and (words) when the
     * title or the applicant's name changed.
     */
    void writeSummary(DataAccessApplication application) {
        SummaryProjection.Values values = SummaryProjection.of(application);
        ApplicationSummaryRow row = em.find(ApplicationSummaryRow.class, application.id());
        // the row is complete before any native statement below makes the persistence context flush
        if (row == null) {
            row = new ApplicationSummaryRow(application.id());
            row.update(values);
            em.persist(row);
            StateCounts.apply(em, StateCounts.changes(null, countedAs(values)));
            datasetsOf(values);
            wordsOf(values);
            doneOnStepOf(values);
        } else {
            boolean outdated = row.projection() < SummaryProjection.VERSION;
            boolean renamed = !values.title().equals(row.title()) || !values.applicantName().equals(row.applicantName())
                    || !values.dacId().equals(row.dacId());
            // only a vote or a separate step has anyone done with it: most appends skip the delete
            boolean hadDone = outdated || "vote".equals(row.waitsOn()) || !values.doneOnStep().isEmpty()
                    || row.waitsOn() != null && !row.waitsOn().equals(values.waitsOn());
            StateCounts.Key before = StateCounts.Key.of(row.dacId(), row.state(), row.decidedAt());
            row.update(values);
            StateCounts.apply(em, StateCounts.changes(before, countedAs(values)));
            if (hadDone) {
                em.createNativeQuery("DELETE FROM application_step_done WHERE application_id = ?1")
                        .setParameter(1, application.id()).executeUpdate();
                doneOnStepOf(values);
            }
            if (outdated) {
                em.createNativeQuery("DELETE FROM application_dataset WHERE application_id = ?1")
                        .setParameter(1, application.id()).executeUpdate();
                datasetsOf(values);
            }
            if (outdated || renamed) {
                em.createNativeQuery("DELETE FROM application_word WHERE application_id = ?1")
                        .setParameter(1, application.id()).executeUpdate();
                wordsOf(values);
            }
        }
    }

    private static StateCounts.Key countedAs(SummaryProjection.Values values) {
        return StateCounts.Key.of(values.dacId(), values.state(), values.decidedAt());
    }

    private void datasetsOf(SummaryProjection.Values values) {
        for (String datasetId : values.datasetIds()) {
            em.createNativeQuery("INSERT INTO application_dataset (application_id, dataset_id) VALUES (?1, ?2)")
                    .setParameter(1, values.applicationId()).setParameter(2, datasetId).executeUpdate();
        }
    }

    private void doneOnStepOf(SummaryProjection.Values values) {
        for (String subject : values.doneOnStep()) {
            em.createNativeQuery("INSERT INTO application_step_done (application_id, subject) VALUES (?1, ?2)")
                    .setParameter(1, values.applicationId()).setParameter(2, subject).executeUpdate();
        }
    }

    private void wordsOf(SummaryProjection.Values values) {
        for (String word : values.words()) {
            em.createNativeQuery("INSERT INTO application_word (dac_id, word, application_id) VALUES (?1, ?2, ?3)")
                    .setParameter(1, values.dacId()).setParameter(2, word).setParameter(3, values.applicationId())
                    .executeUpdate();
        }
    }

    /** Ids of up to {@code limit} summary rows an older projection wrote. */
    public List<String> outdatedSummaries(int limit) {
        return em.createQuery("select s.applicationId from ApplicationSummaryRow s where s.projection < :v", String.class)
                .setParameter("v", SummaryProjection.VERSION).setMaxResults(limit).getResultList();
    }

    /**
     * Rewrites the given summary rows from their events (rows written before a projection
     * change); returns how many had events to rewrite them from.
     */
    public int rewriteSummaries(List<String> applicationIds) {
        int rewritten = 0;
        for (String id : applicationIds) {
            var application = find(id);
            if (application.isPresent()) {
                writeSummary(application.get());
                rewritten++;
            }
        }
        return rewritten;
    }

    public List<ApplicationSummaryRow> summariesOf(String applicant) {
        return em.createQuery("select s from ApplicationSummaryRow s where s.applicant = :a order by s.createdAt desc",
                ApplicationSummaryRow.class).setParameter("a", applicant).getResultList();
    }

    public List<ApplicationSummaryRow> summaries(java.util.Collection<String> applicationIds) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from ApplicationSummaryRow s where s.applicationId in :ids order by s.createdAt",
                ApplicationSummaryRow.class).setParameter("ids", applicationIds).getResultList();
    }

    public long eventCount(String applicationId) {
        return em.createQuery("select count(e) from StoredEvent e where e.applicationId = :id", Long.class)
                .setParameter("id", applicationId).getSingleResult();
    }

    /**
     * Whether the database refused the append because another transaction got there first: SQL
     * state class 23 (integrity constraint: the unique (application, sequence) key) or 40
     * (transaction rollback: deadlock, serialization failure). Anything else is not a race.
     */
    public static boolean isConcurrentChange(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }
}
