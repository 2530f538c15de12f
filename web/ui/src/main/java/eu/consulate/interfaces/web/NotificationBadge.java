package eu.consulate.interfaces.web;

import eu.consulate.application.Notifications;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The header's count of unread notifications, read once per request when a page shows it. */
@Named
@RequestScoped
public class NotificationBadge {

    @Inject
    UiActor actor;

    @EJB
    Notifications notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unread(actor.get());
        }
        return unread;
    }
}
