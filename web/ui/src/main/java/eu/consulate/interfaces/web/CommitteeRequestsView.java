package eu.consulate.interfaces.web;

import java.util.List;

import eu.consulate.application.Catalog;
import eu.consulate.application.RequestLists;
import eu.consulate.application.Views.ApplicationSummary;
import eu.consulate.application.Views.RequestPage;
import eu.consulate.domain.model.application.RequestListQuery;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The requests of the user's committees (committee members, chairs, legal officers, admins). */
@Named
@ViewScoped
public class CommitteeRequestsView extends RequestListView {

    private static final long serialVersionUID = 1L;

    @EJB
    transient RequestLists requests;

    @EJB
    transient Catalog catalog;

    @Inject
    transient UiActor actor;

    @Override
    protected RequestPage list(RequestListQuery query) {
        return requests.committeeRequests(actor.get(), query);
    }

    @Override
    protected List<ApplicationSummary> rows(RequestListQuery query) {
        return requests.committeeRequestRows(actor.get(), query);
    }

    @Override
    protected List<ApplicationSummary> exportList(RequestListQuery query) {
        return requests.committeeRequestsForExport(actor.get(), query);
    }

    @Override
    protected String exportName() {
        return "committee-requests.csv";
    }

    /** The datasets of the user's committees, for the dataset filter. */
    public List<Option> getDatasets() {
        var seats = actor.get().seats().keySet();
        return catalog.datasets().stream().filter(d -> seats.contains(d.dac().id()))
                .map(d -> new Option(d.id(), d.title())).toList();
    }
}
