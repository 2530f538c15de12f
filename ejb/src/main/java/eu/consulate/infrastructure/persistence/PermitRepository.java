package eu.consulate.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import eu.consulate.domain.model.permit.Permit;
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

    public Optional<Permit> find(String permitId) {
        return Optional.ofNullable(em.find(PermitRow.class, permitId)).map(PermitRow::toPermit);
    }

    public List<Permit> heldBy(String holder) {
        return em.createQuery("select p from PermitRow p where p.holder = :h order by p.validFrom desc", PermitRow.class)
                .setParameter("h", holder).getResultList().stream().map(PermitRow::toPermit).toList();
    }
}
