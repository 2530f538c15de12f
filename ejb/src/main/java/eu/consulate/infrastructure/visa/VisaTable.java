package eu.consulate.infrastructure.visa;

/**
 * The SQL of the {@code visa} table, shared by the services (JPA native queries in the caller's
 * transaction) and the tests (plain JDBC on H2). Positional {@code ?} parameters only, in the order
 * documented on each statement; times are epoch milliseconds.
 */
public final class VisaTable {

    /** Parameters: id, permit_id, dataset_id, holder_subject, jwt, issued_at, expires_at, permit_version. */
    public static final String INSERT = "INSERT INTO visa "
            + "(id, permit_id, dataset_id, holder_subject, jwt, issued_at, expires_at, permit_version, kid) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The version the next visas of a permit get (1 at issuance). Parameter: permit_id. */
    public static final String NEXT_VERSION = "SELECT COALESCE(MAX(permit_version), 0) + 1 FROM visa WHERE permit_id = ?";

    /** Withdraws the served visas of a permit (they are replaced). Parameters: withdrawn_at, permit_id. */
    public static final String WITHDRAW = "UPDATE visa SET withdrawn_at = ? WHERE permit_id = ? AND withdrawn_at IS NULL";

    /**
     * The JWTs of a holder's visas that are current at {@code now}: the permit is {@code ACTIVE} and
     * {@code valid_from <= now < valid_until}, and the visa has not expired ({@code expires_at > now}) nor
     * been withdrawn (replaced by the visas of a later permit version).
     * Oldest first. Second column: until when the visa counts (the earlier of its expiry and its
     * permit's end), epoch milliseconds. Parameters: holder_subject, now, now, now.
     */
    public static final String CURRENT_FOR_HOLDER_UNTIL = "SELECT v.jwt, "
            + "CASE WHEN v.expires_at < p.valid_until THEN v.expires_at ELSE p.valid_until END "
            + "FROM visa v "
            + "JOIN permit p ON p.id = v.permit_id "
            + "WHERE v.holder_subject = ? "
            + "AND p.status = 'ACTIVE' "
            + "AND p.valid_from <= ? AND p.valid_until > ? "
            + "AND v.expires_at > ? "
            + "AND v.withdrawn_at IS NULL "
            + "ORDER BY v.issued_at, v.id";

    /**
     * The holder's unexpired {@code AcceptedTermsAndPolicies} visas, oldest acceptance first, with
     * their expiry. Parameters: holder_subject, now.
     */
    public static final String TERMS_FOR_HOLDER = "SELECT t.jwt, t.expires_at FROM terms_visa t "
            + "WHERE t.holder_subject = ? AND t.expires_at > ? ORDER BY t.accepted_at, t.id";

    /** Stores a signed terms visa: id (jti), holder, person, committee, terms URL, jwt, kid, accepted, expires. */
    public static final String INSERT_TERMS = "INSERT INTO terms_visa (id, holder_subject, person_subject, dac_id, "
            + "terms_url, jwt, kid, accepted_at, expires_at, terms_version_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Visas are stored in a VARCHAR(4000); a longer token would be cut or refused by the database. */
    public static final int MAX_JWT_LENGTH = 4000;

    private VisaTable() {
    }
}
