package eu.consulate.bpmn;

import java.util.stream.Collectors;

import eu.consulate.application.Catalog;
import eu.consulate.domain.model.dac.DacMember;
import eu.consulate.domain.model.dac.DacRole;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Who may act on a step of a data access request: called from the user tasks of
 * {@code data-access-request.bpmn} to make the people seated in the owning committee candidates.
 * The domain checks the seat again when they act, so a seat taken away after the task was created
 * counts.
 */
@Named("committeeDirectory")
@ApplicationScoped
public class CommitteeDirectory {

    @EJB
    Catalog catalog;

    /** The subjects of the committee's reviewers (member and chair seats), comma-separated as candidate users expect. */
    public String membersOf(String dacId) {
        return seated(dacId, DacRole.MEMBER, DacRole.CHAIR);
    }

    /** The subjects of the committee's legal officers, comma-separated. */
    public String legalOfficersOf(String dacId) {
        return seated(dacId, DacRole.LEGAL_OFFICER);
    }

    private String seated(String dacId, DacRole... roles) {
        java.util.Set<DacRole> wanted = java.util.Set.of(roles);
        return catalog.committee(dacId)
                .orElseThrow(() -> new IllegalStateException("Unknown data access committee " + dacId))
                .members().stream()
                .filter(m -> wanted.contains(m.role()))
                .map(DacMember::subject)
                .collect(Collectors.joining(","));
    }
}
