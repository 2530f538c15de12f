package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.consulate.application.NoSuchNotification;
import eu.consulate.application.Notifications;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The person's notifications ({@code notifications.xhtml}, 20 a page, the page in the URL), marking
 * them read, and what they receive by mail: language and the optional kinds.
 */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    static final int SIZE = 20;

    @Inject
    transient UiActor actor;

    @EJB
    transient Notifications notifications;

    private int page;
    private Notifications.NotificationPage current;
    private Notifications.Settings settings;
    private String language;
    private List<String> enabled = new ArrayList<>();

    /** Called by f:viewAction. */
    public void load() {
        current = notifications.mine(actor.get(), Math.max(page, 0), SIZE);
        settings = notifications.settings(actor.get());
        language = settings.language();
        enabled = new ArrayList<>(settings.optional().entrySet().stream().filter(Map.Entry::getValue)
                .map(Map.Entry::getKey).toList());
    }

    /** Marks the notification read and follows its link. */
    public String open(String id, String link) {
        try {
            notifications.markRead(actor.get(), id);
        } catch (NoSuchNotification e) {
            Messages.error(null, e.getMessage());
            return null;
        }
        jakarta.faces.context.ExternalContext external = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext();
        try {
            external.redirect(link);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return null;
    }

    public String markRead(String id) {
        try {
            notifications.markRead(actor.get(), id);
        } catch (NoSuchNotification e) {
            Messages.error(null, e.getMessage());
            return null;
        }
        return "/notifications?faces-redirect=true&page=" + page;
    }

    public String markAllRead() {
        notifications.markAllRead(actor.get());
        return "/notifications?faces-redirect=true";
    }

    /** Saves the language and the optional kinds ticked. */
    public String saveSettings() {
        Map<String, Boolean> optional = new java.util.LinkedHashMap<>();
        settings.optional().keySet().forEach(topic -> optional.put(topic, enabled.contains(topic)));
        try {
            notifications.saveSettings(actor.get(), language, optional);
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        }
        Messages.info("Settings saved", null);
        return "/notifications?faces-redirect=true";
    }

    public boolean isHasNext() {
        return current != null && current.items().size() == SIZE;
    }

    public Notifications.NotificationPage getCurrent() {
        return current;
    }

    public Notifications.Settings getSettings() {
        return settings;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<String> getEnabled() {
        return enabled;
    }

    public void setEnabled(List<String> enabled) {
        this.enabled = enabled == null ? new ArrayList<>() : new ArrayList<>(enabled);
    }
}
