package eu.consulate.application;

import java.util.Map;

import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.dac.DacRole;
import eu.consulate.domain.model.dac.Dataset;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Creating committees and their datasets (DAC administrators; tests build their data with it). */
@Stateless
public class CommitteeAdministration {

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    public Dac createCommittee(String name, String sourceUrl, Map<String, DacRole> members) {
        Dac dac = new Dac(name, sourceUrl);
        members.forEach(dac::addMember);
        em.persist(dac);
        return dac;
    }

    public Dataset addDataset(String dacId, String url, String title) {
        Dac dac = em.find(Dac.class, dacId);
        if (dac == null) {
            throw new IllegalArgumentException("No committee " + dacId);
        }
        Dataset dataset = new Dataset(url, title, dac);
        em.persist(dataset);
        return dataset;
    }
}
