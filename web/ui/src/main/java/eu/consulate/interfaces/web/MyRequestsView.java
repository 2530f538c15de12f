package eu.consulate.interfaces.web;

import java.util.List;

import eu.consulate.application.DataAccessRequests;
import eu.consulate.application.Permits;
import eu.consulate.application.Views.ApplicationSummary;
import eu.consulate.application.Views.PermitView;
import eu.consulate.application.Views.RequestPage;
import eu.consulate.domain.model.application.RequestListQuery;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The applicant's own requests (a paged, filtered list) and permits. */
@Named
@ViewScoped
public class MyRequestsView extends RequestListView {

    private static final long serialVersionUID = 1L;

    @EJB
    transient DataAccessRequests requests;

    @EJB
    transient Permits permits;

    @Inject
    transient UiActor actor;

    private List<PermitView> myPermits;

    @Override
    protected RequestPage list(RequestListQuery query) {
        return requests.myRequests(actor.get(), query);
    }

    @Override
    protected List<ApplicationSummary> exportList(RequestListQuery query) {
        return requests.myRequestsForExport(actor.get(), query);
    }

    @Override
    protected String exportName() {
        return "my-requests.csv";
    }

    public List<PermitView> getPermits() {
        if (myPermits == null) {
            myPermits = permits.heldBy(actor.get());
        }
        return myPermits;
    }
}
