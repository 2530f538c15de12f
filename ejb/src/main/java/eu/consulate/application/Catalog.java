package eu.consulate.application;

import java.util.List;
import java.util.Optional;

import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.dac.Dataset;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Read access to committees and datasets. */
@Stateless
public class Catalog {

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    public List<Dac> committees() {
        return em.createQuery("select d from Dac d order by d.name", Dac.class).getResultList();
    }

    public Optional<Dac> committee(String id) {
        return Optional.ofNullable(em.find(Dac.class, id));
    }

    /** Ids of the committees the user is a member of (any role). */
    public java.util.Set<String> committeeIdsOf(String username) {
        return new java.util.HashSet<>(em.createQuery(
                        "select d.id from Dac d join d.members m where m.username = :u", String.class)
                .setParameter("u", username).getResultList());
    }

    public List<Dataset> datasets() {
        return em.createQuery("select d from Dataset d order by d.title", Dataset.class).getResultList();
    }

    public List<Dataset> datasets(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from Dataset d where d.id in :ids order by d.title", Dataset.class)
                .setParameter("ids", ids).getResultList();
    }
}
