package eu.consulate.bpmn;

import eu.consulate.application.Permits;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The timer of {@code permit-change.bpmn}: tells the domain the committee has not decided in time. */
@Named("permitChangeClock")
@ApplicationScoped
public class PermitChangeClock {

    @EJB
    Permits permits;

    public void overdue(String permitId, String changeId) {
        permits.changeOverdue(permitId, changeId);
    }
}
