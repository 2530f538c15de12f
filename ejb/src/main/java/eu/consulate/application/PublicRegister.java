package eu.consulate.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.consulate.domain.model.application.ApplicationRuleViolation;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The public register of decisions (issue 10, EHDS Art. 57/58): for every committee that
 * publishes it, the permits it issued and the requests it refused, latest decision first, with
 * the project title, the datasets, the decision date and the permit's validity and status. No
 * names of applicants or reviewers. Read from the request summary (paged in the database).
 */
@Stateless
public class PublicRegister {

    public static final int MAX_SIZE = 100;

    /** The decided states that make a register entry: permits and refusals. */
    static final List<String> DECIDED = List.of("PERMIT_ISSUED", "PERMIT_REVOKED", "REVIEW_REJECTED",
            "REJECTED_BY_ETHICS", "LEGAL_CHECK_FAILED");

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    /** One decision; permit fields are null for a refusal. */
    public record Entry(String requestId, String committeeId, String committee, String projectTitle,
            List<String> datasets, String decision, Instant decidedAt, Instant validFrom, Instant validUntil,
            String permitStatus) {
    }

    public record Page(List<Entry> items, int page, int size, boolean more) {
    }

    public record Committee(String id, String name) {
    }

    /** The committees that publish their register, by name. */
    public List<Committee> committees() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT id, name FROM dac WHERE publishes_register = TRUE ORDER BY name, id").getResultList();
        return rows.stream().map(r -> new Committee((String) r[0], (String) r[1])).toList();
    }

    /**
     * A page of the register (page from 1, size 1..100), of one committee when {@code dacId} is
     * given (it must publish; otherwise the page is empty).
     */
    public Page entries(String dacId, int page, int size) {
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw ApplicationRuleViolation.invalidInput("page is 1 or more and size between 1 and " + MAX_SIZE + ".");
        }
        StringBuilder sql = new StringBuilder("SELECT s.application_id, d.id, d.name, s.title, s.state, s.decided_at, "
                + "p.valid_from, p.valid_until, p.status, p.id FROM application_summary s "
                + "JOIN dac d ON d.id = s.dac_id LEFT JOIN permit p ON p.application_id = s.application_id "
                + "WHERE d.publishes_register = TRUE AND s.decided_at IS NOT NULL AND s.state IN (");
        for (int i = 0; i < DECIDED.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('\'').append(DECIDED.get(i)).append('\'');
        }
        sql.append(')');
        if (dacId != null && !dacId.isBlank()) {
            sql.append(" AND s.dac_id = ?1");
        }
        sql.append(" ORDER BY s.decided_at DESC, s.application_id DESC");
        var query = em.createNativeQuery(sql.toString());
        if (dacId != null && !dacId.isBlank()) {
            query.setParameter(1, dacId.strip());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setFirstResult((page - 1) * size).setMaxResults(size + 1).getResultList();
        boolean more = rows.size() > size;
        List<Object[]> shown = more ? rows.subList(0, size) : rows;
        // a permit's datasets (an amendment may have changed them), else the request's
        Map<String, List<String>> datasets = titles("SELECT pd.permit_id, ds.title FROM permit_dataset pd "
                + "JOIN dataset ds ON ds.id = pd.dataset_id WHERE pd.permit_id IN (%s) ORDER BY pd.permit_id, ds.title",
                shown.stream().map(r -> (String) r[9]).filter(java.util.Objects::nonNull).toList());
        datasets.putAll(titles("SELECT ad.application_id, ds.title FROM application_dataset ad "
                + "JOIN dataset ds ON ds.id = ad.dataset_id WHERE ad.application_id IN (%s) ORDER BY ad.application_id, ds.title",
                shown.stream().filter(r -> r[9] == null).map(r -> (String) r[0]).toList()));
        List<Entry> entries = new ArrayList<>();
        for (Object[] r : shown) {
            String state = (String) r[4];
            boolean permit = state.startsWith("PERMIT_");
            entries.add(new Entry((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    datasets.getOrDefault(r[9] != null ? (String) r[9] : (String) r[0], List.of()), permit ? "Permit issued" : "Refused",
                    instant(r[5]), permit ? instant(r[6]) : null, permit ? instant(r[7]) : null,
                    permit ? (String) r[8] : null));
        }
        return new Page(entries, page, size, more);
    }

    /** Titles per key, from {@code sql} whose {@code %s} takes the keys' placeholders. */
    private Map<String, List<String>> titles(String sql, List<String> keys) {
        Map<String, List<String>> titles = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return titles;
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            in.append(i == 0 ? "" : ", ").append('?').append(i + 1);
        }
        var query = em.createNativeQuery(String.format(sql, in));
        for (int i = 0; i < keys.size(); i++) {
            query.setParameter(i + 1, keys.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            titles.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return titles;
    }

    private static Instant instant(Object epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(((Number) epochMillis).longValue());
    }
}
