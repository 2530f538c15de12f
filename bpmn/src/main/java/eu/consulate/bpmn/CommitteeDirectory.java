package eu.consulate.bpmn;

import java.util.stream.Collectors;

import eu.consulate.application.Catalog;
import eu.consulate.domain.model.dac.DacMember;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Who may review a data access request: called from the committee review task of
 * {@code data-access-request.bpmn} to make every member of the committee a candidate.
 */
@Named("committeeDirectory")
@ApplicationScoped
public class CommitteeDirectory {

    @EJB
    Catalog catalog;

    /** The usernames of the committee's members, comma-separated as candidate users expect. */
    public String membersOf(String dacId) {
        return catalog.committee(dacId)
                .orElseThrow(() -> new IllegalStateException("Unknown data access committee " + dacId))
                .members().stream()
                .map(DacMember::username)
                .collect(Collectors.joining(","));
    }
}
