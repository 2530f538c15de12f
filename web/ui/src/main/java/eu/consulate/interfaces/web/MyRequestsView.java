package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.List;

import eu.consulate.application.DataAccessRequests;
import eu.consulate.application.Permits;
import eu.consulate.application.Views.ApplicationSummary;
import eu.consulate.application.Views.PermitView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The applicant's own requests and permits. */
@Named
@ViewScoped
public class MyRequestsView implements Serializable {

    @EJB
    transient DataAccessRequests requests;

    @EJB
    transient Permits permits;

    @Inject
    transient UiActor actor;

    private List<ApplicationSummary> applications;
    private List<PermitView> myPermits;

    @PostConstruct
    void load() {
        applications = requests.mine(actor.get());
        myPermits = permits.heldBy(actor.get());
    }

    public List<ApplicationSummary> getApplications() {
        return applications;
    }

    public List<PermitView> getPermits() {
        return myPermits;
    }
}
