package eu.consulate.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who may use which dataset, for downstream systems that do not read visas: the REMS-style
 * entitlements list and the EGA-style users of a dataset. One entitlement per dataset of an
 * active permit (a revoked permit grants nothing and is not listed). Only a downstream system
 * (the visa-reader role) reads them: they name every holder.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Entitlements {

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    @EJB
    Catalog catalog;

    /** A holder's access to one dataset through one permit; {@code end} excluded. */
    public record Entitlement(String resource, String datasetId, String userId, String applicationId,
            String permitId, Instant start, Instant end) {
    }

    // One entitlement per holder (the applicant and co-holders) and dataset: the permit's current
    // visas say exactly that, one per holder and dataset of its newest version.
    private static final String SELECT = "SELECT d.url, d.id, v.holder_subject, p.application_id, p.id, "
            + "p.valid_from, p.valid_until FROM permit p "
            + "JOIN visa v ON v.permit_id = p.id AND v.withdrawn_at IS NULL "
            + "JOIN dataset d ON d.id = v.dataset_id "
            // an expired permit (its timer fired) is listed with expired=true; its end is in the past anyway
            + "WHERE p.status IN ('ACTIVE', 'EXPIRED')";

    /**
     * Entitlements, oldest decision first: of {@code user} (a holder's subject) and of the dataset
     * whose URL is {@code resource}, when given; those valid at {@code now}, or, with
     * {@code expired}, also those that have ended or not yet begun.
     */
    public List<Entitlement> find(Actor actor, String user, String resource, boolean expired, Instant now) {
        requireDownstreamSystem(actor);
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> parameters = new ArrayList<>();
        if (user != null && !user.isBlank()) {
            sql.append(" AND v.holder_subject = ?");
            parameters.add(user.strip());
        }
        if (resource != null && !resource.isBlank()) {
            sql.append(" AND d.url = ?");
            parameters.add(resource.strip());
        }
        if (!expired) {
            sql.append(" AND p.valid_from <= ? AND p.valid_until > ?");
            parameters.add(now.toEpochMilli());
            parameters.add(now.toEpochMilli());
        }
        return query(sql, parameters);
    }

    /** The people who may use the dataset now (one entry per permit), oldest decision first. */
    public List<Entitlement> usersOf(Actor actor, String datasetId, Instant now) {
        requireDownstreamSystem(actor);
        if (datasetId == null || catalog.datasets(List.of(datasetId)).isEmpty()) {
            throw new NoSuchDataset(datasetId);
        }
        List<Object> parameters = new ArrayList<>(List.of(datasetId, now.toEpochMilli(), now.toEpochMilli()));
        return query(new StringBuilder(SELECT).append(" AND d.id = ? AND p.valid_from <= ? AND p.valid_until > ?"),
                parameters);
    }

    private List<Entitlement> query(StringBuilder sql, List<Object> parameters) {
        var query = em.createNativeQuery(sql.append(" ORDER BY p.decided_at, p.id, d.url, v.holder_subject").toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<Entitlement> found = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            found.add(new Entitlement((String) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[4],
                    Instant.ofEpochMilli(((Number) c[5]).longValue()), Instant.ofEpochMilli(((Number) c[6]).longValue())));
        }
        return found;
    }

    private static void requireDownstreamSystem(Actor actor) {
        if (actor == null || !actor.hasRole(ApiRoles.VISA_READER)) {
            throw ApplicationRuleViolation.forbidden("Only downstream systems (the visa-reader role) read entitlements.");
        }
    }
}
