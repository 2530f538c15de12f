package eu.consulate.interfaces.web;

import eu.consulate.application.Permits;
import eu.consulate.application.Views.PermitPage;
import eu.consulate.domain.model.permit.PermitListQuery;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The permits of the committees the DAC admin administers, latest first. */
@Named
@ViewScoped
public class CommitteePermitsView extends PermitListView {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Permits permits;

    @Inject
    transient UiActor actor;

    @Override
    protected PermitPage list(PermitListQuery query) {
        return permits.ofMyCommittees(actor.get(), query);
    }
}
