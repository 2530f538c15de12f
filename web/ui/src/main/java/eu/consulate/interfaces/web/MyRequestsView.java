package eu.consulate.interfaces.web;

import java.util.List;

import eu.consulate.application.RequestLists;
import eu.consulate.application.Views.ApplicationSummary;
import eu.consulate.application.Views.RequestPage;
import eu.consulate.domain.model.application.RequestListQuery;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The applicant's own requests: a paged, filtered list. */
@Named
@ViewScoped
public class MyRequestsView extends RequestListView {

    private static final long serialVersionUID = 1L;

    @EJB
    transient RequestLists requests;

    @Inject
    transient UiActor actor;

    @Override
    protected RequestPage list(RequestListQuery query) {
        return requests.myRequests(actor.get(), query);
    }

    @Override
    protected List<ApplicationSummary> rows(RequestListQuery query) {
        return requests.myRequestRows(actor.get(), query);
    }

    @Override
    protected List<ApplicationSummary> exportList(RequestListQuery query) {
        return requests.myRequestsForExport(actor.get(), query);
    }

    @Override
    protected String exportName() {
        return "my-requests.csv";
    }
}
