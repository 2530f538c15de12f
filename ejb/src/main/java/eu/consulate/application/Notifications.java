package eu.consulate.application;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.consulate.domain.model.application.ApplicationEvent;
import eu.consulate.domain.model.application.DataAccessApplication;
import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.dac.DacRole;
import eu.consulate.domain.model.notification.Notice;
import eu.consulate.domain.model.notification.NotificationRules;
import eu.consulate.domain.model.notification.Topic;
import eu.consulate.domain.model.person.Person;
import eu.consulate.infrastructure.notification.MailTemplates;
import eu.consulate.infrastructure.notification.OutboxStore;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes what a request's events must tell people, in the transaction of the events: an in-app
 * notification per person ({@link NotificationRules} says who), a mail in their language (unless
 * they turned the optional kind off; sent to the address the identity provider has), and a signed
 * webhook call to each downstream endpoint of the committee that subscribed to the event. Mails and
 * calls go through the outbox: sending happens later, with retries, and never fails the action.
 */
@Stateless
public class Notifications {

    private static final MailTemplates TEMPLATES = new MailTemplates();

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    @EJB
    Catalog catalog;

    @EJB
    OutboxStore outbox;

    @EJB
    DownstreamEvents downstream;

    @Inject
    @ConfigProperty(name = "consulate.public-url")
    String publicUrl;

    /** Called for every change of a request (see {@code RequestChanged}). */
    public void record(DataAccessApplication after, List<ApplicationEvent> events) {
        Dac dac = catalog.committee(after.dacId()).orElse(null);
        Map<String, Set<DacRole>> seats = new HashMap<>();
        if (dac != null) {
            dac.members().forEach(m -> seats.computeIfAbsent(m.subject(), s -> java.util.EnumSet.noneOf(DacRole.class))
                    .add(m.role()));
        }
        for (ApplicationEvent event : events) {
            List<Notice> notices = NotificationRules.of(event, after, seats);
            for (Notice notice : notices) {
                tell(notice, event, after, dac);
            }
            downstream.record(event, after, dac);
        }
    }

    private void tell(Notice notice, ApplicationEvent event, DataAccessApplication after, Dac dac) {
        Person person = em.find(Person.class, notice.subject());
        String link = base() + page(notice.area()) + "?id=" + after.id();
        Map<String, Object> values = new HashMap<>();
        values.put("name", person == null ? notice.subject() : person.username());
        values.put("title", after.title());
        values.put("committee", dac == null ? after.dacId() : dac.name());
        values.put("applicant", after.applicantName());
        values.put("state", after.statusLabel());
        values.put("step", after.openStep().map(s -> s.kind().label()).orElse(""));
        String reason = EventRemarks.of(event);
        if (reason != null && !reason.isBlank()) {
            values.put("reason", reason);
        }
        values.put("link", link);
        values.put("settings", base() + "/notifications.xhtml");
        MailTemplates.Mail mail = TEMPLATES.render(notice.topic(), person == null ? null : person.locale(), values);
        em.createNativeQuery("INSERT INTO notification (id, subject, topic, application_id, text, link, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)").setParameter(1, UUID.randomUUID().toString())
                .setParameter(2, notice.subject()).setParameter(3, notice.topic().key()).setParameter(4, after.id())
                .setParameter(5, mail.subject().length() > 600 ? mail.subject().substring(0, 600) : mail.subject())
                .setParameter(6, link).setParameter(7, System.currentTimeMillis()).executeUpdate();
        if (notice.topic().optional() && optedOut(notice)) {
            return;
        }
        // to the person (subject): the worker finds the address when it sends (PersonDirectory)
        String payload = Json.createObjectBuilder().add("subject", mail.subject()).add("text", mail.text()).build().toString();
        outbox.add(OutboxStore.MAIL, notice.topic().key(), notice.subject(), after.dacId(), after.id(), payload);
    }

    /**
     * Mails an invitation to join a request's team to {@code email} (who may have no account yet),
     * through the outbox, in the caller's transaction; {@code link} carries the single-use token.
     */
    public void mailInvitation(DataAccessApplication request, String email, String inviter, String link,
                               java.time.Instant expiresAt) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", request.title());
        values.put("committee", catalog.committee(request.dacId()).map(d -> d.name()).orElse(request.dacId()));
        values.put("inviter", inviter);
        values.put("link", link);
        values.put("expires", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(java.time.ZoneOffset.UTC).format(expiresAt));
        MailTemplates.Mail mail = TEMPLATES.render(Topic.TEAM_INVITATION, null, values);
        String payload = Json.createObjectBuilder().add("subject", mail.subject()).add("text", mail.text()).build().toString();
        outbox.add(OutboxStore.MAIL_TO, Topic.TEAM_INVITATION.key(), email, request.dacId(), request.id(), payload);
    }

    /**
     * Mails a signing official the link to confirm the request (through the outbox, in the
     * transaction of the request's creation). Called by the submission after its checks.
     */
    public void mailSignatureRequest(DataAccessApplication request, String email, String link, java.time.Instant expiresAt) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", request.title());
        values.put("committee", catalog.committee(request.dacId()).map(d -> d.name()).orElse(request.dacId()));
        values.put("applicant", request.applicantName());
        values.put("link", link);
        values.put("expires", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(java.time.ZoneOffset.UTC).format(expiresAt));
        MailTemplates.Mail mail = TEMPLATES.render(Topic.SIGNATURE_REQUEST, null, values);
        String payload = Json.createObjectBuilder().add("subject", mail.subject()).add("text", mail.text()).build().toString();
        outbox.add(OutboxStore.MAIL_TO, Topic.SIGNATURE_REQUEST.key(), email, request.dacId(), request.id(), payload);
    }

    /** The public address of a page, e.g. {@code /applicant/join.xhtml}. */
    public String pageUrl(String path) {
        return base() + path;
    }

    private boolean optedOut(Notice notice) {
        return !em.createNativeQuery("SELECT 1 FROM notification_optout WHERE subject = ? AND topic = ?")
                .setParameter(1, notice.subject()).setParameter(2, notice.topic().key()).getResultList().isEmpty();
    }

    private static String page(Notice.Area area) {
        return switch (area) {
            case APPLICANT -> "/applicant/request.xhtml";
            case COMMITTEE -> "/committee/request.xhtml";
            case ADMIN -> "/admin/request.xhtml";
        };
    }

    private String base() {
        String url = publicUrl == null ? "" : publicUrl.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    // ---- a person's notifications -------------------------------------------------------------

    /** A notification as lists show it. */
    public record NotificationView(String id, String topic, String text, String link, Instant createdAt, boolean read) {
    }

    /** A page of the actor's notifications, latest first, and how many are unread. */
    public record NotificationPage(List<NotificationView> items, int page, int size, long unread) {
    }

    public static final int MAX_PAGE_SIZE = 100;

    public NotificationPage mine(eu.consulate.domain.model.application.Actor actor, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw eu.consulate.domain.model.application.ApplicationRuleViolation.invalidInput(
                    "page is 0 or more and size 1 to " + MAX_PAGE_SIZE + ".");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, topic, text, link, created_at, read_at FROM notification "
                + "WHERE subject = ? ORDER BY created_at DESC, id DESC").setParameter(1, actor.subject())
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        List<NotificationView> items = rows.stream().map(r -> new NotificationView((String) r[0], (String) r[1],
                (String) r[2], (String) r[3], Instant.ofEpochMilli(((Number) r[4]).longValue()), r[5] != null)).toList();
        return new NotificationPage(items, page, size, unread(actor));
    }

    /** How many of the actor's notifications are unread (the header's count). */
    public long unread(eu.consulate.domain.model.application.Actor actor) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM notification WHERE subject = ? AND read_at IS NULL")
                .setParameter(1, actor.subject()).getSingleResult()).longValue();
    }

    /** Marks one of the actor's notifications read; someone else's or an unknown one: 404. */
    public void markRead(eu.consulate.domain.model.application.Actor actor, String id) {
        int changed = em.createNativeQuery("UPDATE notification SET read_at = ? WHERE id = ? AND subject = ? AND read_at IS NULL")
                .setParameter(1, System.currentTimeMillis()).setParameter(2, id).setParameter(3, actor.subject())
                .executeUpdate();
        if (changed == 0 && em.createNativeQuery("SELECT 1 FROM notification WHERE id = ? AND subject = ?")
                .setParameter(1, id).setParameter(2, actor.subject()).getResultList().isEmpty()) {
            throw new NoSuchNotification(id);
        }
    }

    /** Marks all the actor's notifications read. */
    public void markAllRead(eu.consulate.domain.model.application.Actor actor) {
        em.createNativeQuery("UPDATE notification SET read_at = ? WHERE subject = ? AND read_at IS NULL")
                .setParameter(1, System.currentTimeMillis()).setParameter(2, actor.subject()).executeUpdate();
    }

    // ---- settings -------------------------------------------------------------------------------

    /** What the actor receives: their address (from the identity provider), language, and the optional kinds turned off. */
    public record Settings(String email, String language, List<String> languages, Map<String, Boolean> optional) {
    }

    public Settings settings(eu.consulate.domain.model.application.Actor actor) {
        Person person = em.find(Person.class, actor.subject());
        @SuppressWarnings("unchecked")
        List<Object> off = em.createNativeQuery("SELECT topic FROM notification_optout WHERE subject = ?")
                .setParameter(1, actor.subject()).getResultList();
        Map<String, Boolean> optional = new java.util.LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            if (topic.optional()) {
                optional.put(topic.key(), !off.contains(topic.key()));
            }
        }
        String language = person == null || person.locale() == null || !MailTemplates.LANGUAGES.contains(person.locale())
                ? MailTemplates.LANGUAGES.get(0) : person.locale();
        return new Settings(person == null ? null : person.email(), language, MailTemplates.LANGUAGES, optional);
    }

    /**
     * Sets the language of the actor's mails and which optional kinds they receive ({@code optional}:
     * kind to on/off; kinds not named stay). 400 for an unknown language or kind, or a kind that
     * cannot be turned off.
     */
    public Settings saveSettings(eu.consulate.domain.model.application.Actor actor, String language,
            Map<String, Boolean> optional) {
        Person person = em.find(Person.class, actor.subject());
        if (person == null) {
            throw new IllegalStateException("Person " + actor.subject() + " acts but was never recorded");
        }
        if (language != null) {
            if (!MailTemplates.LANGUAGES.contains(language)) {
                throw eu.consulate.domain.model.application.ApplicationRuleViolation.invalidInput(
                        "Mails are written in " + String.join(", ", MailTemplates.LANGUAGES) + ", not '" + language + "'.");
            }
            person.speaks(language);
        }
        Map<Topic, Boolean> wanted = new EnumMap<>(Topic.class);
        for (Map.Entry<String, Boolean> entry : (optional == null ? Map.<String, Boolean>of() : optional).entrySet()) {
            Topic topic = Topic.named(entry.getKey()).orElseThrow(() -> eu.consulate.domain.model.application
                    .ApplicationRuleViolation.invalidInput("There is no kind of notification '" + entry.getKey() + "'."));
            if (!topic.optional()) {
                throw eu.consulate.domain.model.application.ApplicationRuleViolation.invalidInput(
                        "'" + topic.key() + "' cannot be turned off: it tells you of something you must act on or lose.");
            }
            if (entry.getValue() == null) {
                throw eu.consulate.domain.model.application.ApplicationRuleViolation.invalidInput(
                        "Say true or false for '" + topic.key() + "'.");
            }
            wanted.put(topic, entry.getValue());
        }
        wanted.forEach((topic, on) -> {
            em.createNativeQuery("DELETE FROM notification_optout WHERE subject = ? AND topic = ?")
                    .setParameter(1, actor.subject()).setParameter(2, topic.key()).executeUpdate();
            if (!on) {
                em.createNativeQuery("INSERT INTO notification_optout (subject, topic) VALUES (?, ?)")
                        .setParameter(1, actor.subject()).setParameter(2, topic.key()).executeUpdate();
            }
        });
        em.flush();
        return settings(actor);
    }
}
