package eu.consulate.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import eu.consulate.domain.model.permit.Permit;
import eu.consulate.domain.model.permit.PermitListQuery;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Stores and finds permits. */
@Stateless
public class PermitRepository {

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    public void add(Permit permit) {
        em.persist(PermitRow.of(permit));
        em.flush();
    }

    /** Stores the permit's new status, end, datasets and conditions (after {@link Permit#revoke()}, {@link Permit#extendTo}, {@link Permit#amend}). */
    public void update(Permit permit) {
        PermitRow row = em.find(PermitRow.class, permit.id(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new IllegalStateException("Permit " + permit.id() + " is gone");
        }
        row.status(permit.status());
        row.validUntil(permit.validUntil());
        Permit stored = row.toPermit();
        if (!new java.util.HashSet<>(stored.datasetIds()).equals(new java.util.HashSet<>(permit.datasetIds()))
                || !stored.conditions().equals(permit.conditions()) || !stored.coHolders().equals(permit.coHolders())) {
            row.amended(permit);
        }
        em.flush();
    }

    public Optional<Permit> find(String permitId) {
        return Optional.ofNullable(em.find(PermitRow.class, permitId)).map(PermitRow::toPermit);
    }

    /** A page of permits and how many there are (counting stops after {@code countLimit}). */
    public record Page(List<Permit> permits, long total) {
    }

    /**
     * A page of permits, latest decision first: those held by {@code holder} (when not null), else
     * those of the committees {@code dacIds}; narrowed to a status as of {@code now}.
     */
    public Page page(String holder, java.util.Collection<String> dacIds, PermitListQuery query, java.time.Instant now,
            int countLimit) {
        if (holder == null && dacIds.isEmpty()) {
            return new Page(List.of(), 0);
        }
        List<Object> parameters = new java.util.ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE ");
        if (holder != null) {
            parameters.add(holder);
            parameters.add(holder);
            // held as the applicant, or as a co-holder an amendment named
            where.append("(p.holder = ?1 OR EXISTS (SELECT 1 FROM permit_holder h WHERE h.permit_id = p.id AND h.subject = ?2))");
        } else {
            where.append("p.dac_id IN (");
            for (String dacId : dacIds) {
                parameters.add(dacId);
                where.append(parameters.size() == 1 ? "" : ", ").append('?').append(parameters.size());
            }
            where.append(')');
        }
        if (query.status() != null) {
            switch (query.status()) {
                case REVOKED -> where.append(" AND p.status = 'REVOKED'");
                case SUSPENDED -> where.append(" AND p.status = 'SUSPENDED'");
                case VALID -> {
                    parameters.add(now.toEpochMilli());
                    where.append(" AND p.status = 'ACTIVE' AND p.valid_until > ?").append(parameters.size());
                    parameters.add(now.toEpochMilli());
                    where.append(" AND p.valid_from <= ?").append(parameters.size());
                }
                case EXPIRED -> {
                    parameters.add(now.toEpochMilli());
                    // expired by its timer, or past its end while the timer is about to fire
                    where.append(" AND (p.status = 'EXPIRED' OR (p.status = 'ACTIVE' AND p.valid_until <= ?")
                            .append(parameters.size()).append("))");
                }
            }
        }
        var ids = em.createNativeQuery("SELECT p.id FROM permit p" + where + " ORDER BY p.decided_at DESC, p.id DESC");
        var count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 AS one FROM permit p" + where + " LIMIT "
                + (countLimit + 1) + ") c");
        for (int i = 0; i < parameters.size(); i++) {
            ids.setParameter(i + 1, parameters.get(i));
            count.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object> found = ids.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList();
        List<Permit> permits = found.stream().map(id -> em.find(PermitRow.class, (String) id).toPermit()).toList();
        return new Page(permits, ((Number) count.getSingleResult()).longValue());
    }

    /** The permits {@code holder} holds, as the applicant or as a co-holder, latest first. */
    public List<Permit> heldBy(String holder) {
        return em.createQuery("select p from PermitRow p where p.holder = :h or :h member of p.coHolders "
                + "order by p.validFrom desc", PermitRow.class)
                .setParameter("h", holder).getResultList().stream().map(PermitRow::toPermit).toList();
    }
}
