package eu.consulate.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import eu.consulate.application.Views.DatasetView;
import eu.consulate.application.Views.PermitView;
import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.permit.Permit;
import eu.consulate.infrastructure.persistence.PermitRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/** Permits as their holders see them. */
@Stateless
public class Permits {

    @EJB
    PermitRepository permits;

    @EJB
    Catalog catalog;

    /** The permits the actor holds (by identity provider subject). */
    public List<PermitView> heldBy(Actor actor) {
        return permits.heldBy(actor.subject()).stream().map(this::view).toList();
    }

    public Optional<PermitView> find(String permitId) {
        return permits.find(permitId).map(this::view);
    }

    private PermitView view(Permit permit) {
        List<DatasetView> datasets = catalog.datasets(List.copyOf(permit.datasetIds())).stream()
                .map(d -> new DatasetView(d.id(), d.url(), d.title())).toList();
        return new PermitView(permit.id(), permit.applicationId(), permit.holder(), permit.status().name(),
                permit.decidedAt(), permit.validFrom(), permit.validUntil(), permit.isValidAt(Instant.now()), datasets);
    }
}
