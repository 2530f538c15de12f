package eu.consulate.bpmn;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import eu.consulate.application.Catalog;
import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.dac.DacRole;

/** A catalogue of the committees a test set up; any other id is unknown, as if not in the database. */
final class KnownCommittees extends Catalog {

    private final Map<String, Dac> byId = new HashMap<>();

    Dac add(String name, String... members) {
        Dac dac = new Dac(name, "https://dac.example.org/" + byId.size());
        for (String username : members) {
            dac.addMember(username, DacRole.MEMBER);
        }
        byId.put(dac.id(), dac);
        return dac;
    }

    /** Seats a legal officer (by subject) in the committee. */
    Dac withLegalOfficer(Dac dac, String subject) {
        dac.addMember(subject, DacRole.LEGAL_OFFICER);
        return dac;
    }

    @Override
    public Optional<Dac> committee(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
