package eu.consulate.infrastructure.notification;

/**
 * The SQL of the outbox, shared by {@link OutboxStore} and its tests. A row is PENDING until it
 * was delivered (SENT) or its retries ran out (DEAD). A worker leases a due row with a conditional
 * update (only one worker's update matches), delivers it, and completes it only while it still
 * holds the lease: a worker that died mid-send lets its lease run out and another delivers the row
 * again (at least once; receivers drop repeats by id), and nothing is lost.
 */
public final class OutboxSql {

    private OutboxSql() {
    }

    public static final String INSERT = "INSERT INTO outbox (id, channel, topic, recipient, dac_id, application_id, "
            + "payload, created_at, status, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)";

    /** Due rows nobody holds: (now, now). */
    public static final String DUE = "SELECT id FROM outbox WHERE status = 'PENDING' AND next_attempt_at <= ? "
            + "AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_attempt_at, id";

    /** Leases one due row: (owner, leaseUntil, id, now); 1 row updated = this worker holds it. */
    public static final String LEASE = "UPDATE outbox SET lease_owner = ?, lease_until = ? WHERE id = ? "
            + "AND status = 'PENDING' AND (lease_until IS NULL OR lease_until < ?)";

    public static final String READ = "SELECT id, channel, topic, recipient, payload, attempts FROM outbox "
            + "WHERE id = ? AND lease_owner = ?";

    /** Delivered: (sentAt, id, owner). */
    public static final String SENT = "UPDATE outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, "
            + "lease_owner = NULL, lease_until = NULL, last_error = NULL WHERE id = ? AND lease_owner = ?";

    /** Not delivered: (status PENDING or DEAD, error, nextAttemptAt, id, owner). */
    public static final String FAILED = "UPDATE outbox SET status = ?, attempts = attempts + 1, last_error = ?, "
            + "next_attempt_at = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?";

    /** An administrator sends a dead row again: (now, id). */
    public static final String RETRY = "UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?, "
            + "lease_owner = NULL, lease_until = NULL WHERE id = ? AND status = 'DEAD'";
}
