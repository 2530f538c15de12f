package eu.consulate.application;

import eu.consulate.infrastructure.persistence.RequestChanged;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Hands every change of a request to {@link Notifications}, in the transaction of the change. */
@ApplicationScoped
public class NotificationObserver {

    @EJB
    Notifications notifications;

    void on(@Observes RequestChanged change) {
        notifications.record(change.after(), change.events());
    }
}
