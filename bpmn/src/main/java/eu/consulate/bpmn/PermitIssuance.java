package eu.consulate.bpmn;

import eu.consulate.application.PermitIssuer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The permit issuance step of {@code data-access-request.bpmn}, once the legal check passed. */
@Named("permitIssuance")
@ApplicationScoped
public class PermitIssuance {

    @EJB
    PermitIssuer permitIssuer;

    /** Issues the application's permit; returns its id for the process variable {@code permitId}. */
    public String issue(String applicationId) {
        return permitIssuer.issue(applicationId);
    }
}
