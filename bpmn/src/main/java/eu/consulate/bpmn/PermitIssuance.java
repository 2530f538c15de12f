package eu.consulate.bpmn;

import java.time.Period;

import eu.consulate.application.PermitIssuer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The permit issuance step of a model, once the committee (and the legal check, if any) said yes. */
@Named("permitIssuance")
@ApplicationScoped
public class PermitIssuance {

    @EJB
    PermitIssuer permitIssuer;

    /** Issues the application's permit for the configured validity; returns its id for {@code permitId}. */
    public String issue(String applicationId) {
        return permitIssuer.issue(applicationId);
    }

    /** Issues the permit valid for the model's period (e.g. P90D for a diagnosis); returns its id. */
    public String issue(String applicationId, String validity) {
        return permitIssuer.issue(applicationId, Period.parse(validity));
    }
}
