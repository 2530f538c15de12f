package eu.consulate.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.consulate.domain.model.application.Actor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The record of every change to a committee and its datasets (issue 7): what changed, named by
 * intent ({@code committee-described}, {@code seat-given}, {@code terms-published}, ...), by whom
 * and when, with the change in words. Written in the transaction of the change; never altered.
 */
@Stateless
public class CatalogueChanges {

    /** The intents a change is recorded under. */
    public static final Set<String> TYPES = Set.of("committee-created", "committee-described", "committee-retired",
            "seat-given", "seat-taken-away", "register-published", "register-withdrawn", "terms-published",
            "terms-current", "terms-withdrawn", "dataset-added", "dataset-described", "data-use-described",
            "dataset-terms-named", "dataset-retired", "datasets-imported", "form-published", "signing-official-required",
            "signing-official-dropped");

    static final int MAX_DETAIL = 2000;

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    @EJB
    People people;

    /**
     * Records a change the actor made (the caller checked they may); {@code datasetId} null for
     * a change to the committee itself.
     */
    public void record(Actor actor, String dacId, String datasetId, String type, String detail) {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("Unknown change " + type);
        }
        String text = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL - 1) + "…" : detail;
        em.createNativeQuery("INSERT INTO catalogue_change (id, dac_id, dataset_id, change_type, actor, changed_at,"
                + " detail) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, dacId).setParameter(3, datasetId)
                .setParameter(4, type).setParameter(5, actor.subject()).setParameter(6, Instant.now().toEpochMilli())
                .setParameter(7, text).executeUpdate();
    }

    public static final int MAX_SHOWN = 200;

    /** The latest changes to a committee and its datasets, newest first, for its administrators; 404 for anybody else. */
    public List<Views.CatalogueChangeView> of(Actor admin, String dacId) {
        if (dacId == null || !admin.isAdminOf(dacId)) {
            throw new NoSuchCommittee(dacId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.change_type, d.title, c.actor, c.changed_at, c.detail "
                + "FROM catalogue_change c LEFT JOIN dataset d ON d.id = c.dataset_id WHERE c.dac_id = ? "
                + "ORDER BY c.changed_at DESC, c.id").setParameter(1, dacId).setMaxResults(MAX_SHOWN).getResultList();
        Map<String, String> names = people.namesOf(rows.stream().map(r -> (String) r[2]).collect(Collectors.toSet()));
        return rows.stream().map(r -> new Views.CatalogueChangeView((String) r[0], (String) r[1],
                names.getOrDefault((String) r[2], (String) r[2]), Instant.ofEpochMilli(((Number) r[3]).longValue()),
                (String) r[4])).toList();
    }
}
