package eu.consulate.application;

import java.util.List;
import java.util.Optional;

import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.dac.DacRole;
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

    /** The seats the person holds: committee id to role. */
    public java.util.Map<String, java.util.Set<DacRole>> seatsOf(String subject) {
        java.util.Map<String, java.util.Set<DacRole>> seats = new java.util.HashMap<>();
        em.createQuery("select d.id, m.role from Dac d join d.members m where m.subject = :s", Object[].class)
                .setParameter("s", subject).getResultList()
                .forEach(row -> seats.computeIfAbsent((String) row[0], id -> java.util.EnumSet.noneOf(DacRole.class))
                        .add((DacRole) row[1]));
        return seats;
    }

    public List<Dataset> datasets() {
        return em.createQuery("select d from Dataset d order by d.title", Dataset.class).getResultList();
    }

    /**
     * The datasets an applicant can choose, each labelled with its committee and its data use in
     * DUO's words (e.g. "health or medical or biomedical research; ethics approval required").
     */
    public List<Views.DatasetView> requestable() {
        eu.consulate.domain.model.datause.DuoVocabulary duo = eu.consulate.domain.model.datause.DuoVocabulary.shipped();
        return datasets().stream().map(d -> new Views.DatasetView(d.id(), d.url(), d.title() + " — " + d.dac().name()
                + d.dataUse().map(use -> " — " + duo.label(use.permission()) + use.modifiers().stream()
                        .map(m -> duo.label(m.term()) + (m.parameter().isEmpty() ? "" : " " + m.parameter()
                                + (m.term() == eu.consulate.domain.model.datause.DuoTerm.TS ? " months" : "")))
                        .map(label -> "; " + label).reduce("", String::concat)).orElse(""))).toList();
    }

    public List<Dataset> datasets(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from Dataset d where d.id in :ids order by d.title", Dataset.class)
                .setParameter("ids", ids).getResultList();
    }
}
