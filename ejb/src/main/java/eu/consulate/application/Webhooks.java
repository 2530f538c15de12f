package eu.consulate.application;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.notification.Topic;
import eu.consulate.infrastructure.notification.OutboxStore;
import eu.consulate.infrastructure.notification.WebhookSecrets;
import eu.consulate.infrastructure.notification.WebhookSignature;
import eu.consulate.infrastructure.visa.KeySeal;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Downstream endpoints a committee's administrators register (per downstream client), the event
 * types each receives, and the deliveries of the committee's outbox: failed ones are listed and can
 * be sent again. An administrator sees and changes only their own committees' (others: 404).
 */
@Stateless
public class Webhooks {

    public static final int MAX_PER_COMMITTEE = 20;

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    @EJB
    OutboxStore outbox;

    @Inject
    @ConfigProperty(name = "consulate.keys.passphrase")
    String passphrase;

    /** An endpoint; {@code secret} only in the answer that registered it (store it: it is not shown again). */
    public record WebhookView(String id, String dacId, String client, String url, List<String> events, Instant createdAt,
            String secret) {
    }

    /** A delivery of the outbox as administrators see it (recipient: an address or the webhook's id). */
    public record DeliveryView(String id, String channel, String topic, String recipient, String applicationId,
            String status, int attempts, String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {
    }

    public WebhookView register(Actor admin, String dacId, String client, String url, List<String> events) {
        requireAdmin(admin, dacId);
        String name = client == null ? "" : client.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw ApplicationRuleViolation.invalidInput("Name the downstream client (1 to 100 characters).");
        }
        URI target = url(url);
        if (events == null || events.isEmpty()) {
            throw ApplicationRuleViolation.invalidInput("Name the events the endpoint receives: "
                    + String.join(", ", webhookTopics()) + ".");
        }
        List<String> topics = new ArrayList<>();
        for (String event : events) {
            Topic topic = Topic.named(event == null ? "" : event.strip()).filter(Topic::webhook).orElseThrow(() ->
                    ApplicationRuleViolation.invalidInput("'" + event + "' is not an event downstream systems receive; they "
                            + "receive " + String.join(", ", webhookTopics()) + "."));
            if (!topics.contains(topic.key())) {
                topics.add(topic.key());
            }
        }
        long count = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM webhook WHERE dac_id = ?").setParameter(1, dacId)
                .getSingleResult()).longValue();
        if (count >= MAX_PER_COMMITTEE) {
            throw ApplicationRuleViolation.invalidInput("A committee has at most " + MAX_PER_COMMITTEE + " webhooks.");
        }
        String id = UUID.randomUUID().toString();
        String secret = WebhookSignature.newSecret();
        long now = System.currentTimeMillis();
        em.createNativeQuery("INSERT INTO webhook (id, dac_id, client, url, secret, topics, created_by, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)").setParameter(1, id).setParameter(2, dacId).setParameter(3, name)
                .setParameter(4, target.toString())
                .setParameter(5, WebhookSecrets.seal(new KeySeal(passphrase), id, secret))
                .setParameter(6, String.join(",", topics)).setParameter(7, admin.subject()).setParameter(8, now)
                .executeUpdate();
        return new WebhookView(id, dacId, name, target.toString(), topics, Instant.ofEpochMilli(now), secret);
    }

    public List<WebhookView> list(Actor admin) {
        List<String> dacs = administered(admin);
        if (dacs.isEmpty()) {
            return List.of();
        }
        var query = em.createNativeQuery("SELECT id, dac_id, client, url, topics, created_at FROM webhook WHERE dac_id IN ("
                + placeholders(dacs.size()) + ") ORDER BY created_at, id");
        for (int i = 0; i < dacs.size(); i++) {
            query.setParameter(i + 1, dacs.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        return found.stream().map(r -> new WebhookView((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                Arrays.asList(((String) r[4]).split(",")), Instant.ofEpochMilli(((Number) r[5]).longValue()), null)).toList();
    }

    /** Removes an endpoint; its undelivered calls fail as "removed". 404 for one of another committee. */
    public void remove(Actor admin, String webhookId) {
        String dacId = dacOfWebhook(webhookId);
        requireAdmin(admin, dacId);
        em.createNativeQuery("DELETE FROM webhook WHERE id = ?").setParameter(1, webhookId).executeUpdate();
    }

    /** The deliveries of the actor's committees, newest first; {@code status} PENDING, SENT or DEAD (null: all). */
    public List<DeliveryView> deliveries(Actor admin, String status, int max) {
        List<String> dacs = administered(admin);
        if (status != null && !List.of("PENDING", "SENT", "DEAD").contains(status.toUpperCase(Locale.ROOT))) {
            throw ApplicationRuleViolation.invalidInput("status is pending, sent or dead, not '" + status + "'.");
        }
        if (dacs.isEmpty()) {
            return List.of();
        }
        var query = em.createNativeQuery("SELECT id, channel, topic, recipient, application_id, status, attempts, "
                + "last_error, created_at, next_attempt_at, sent_at FROM outbox WHERE dac_id IN ("
                + placeholders(dacs.size()) + ")" + (status == null ? "" : " AND status = ?" + (dacs.size() + 1))
                + " ORDER BY created_at DESC, id DESC");
        for (int i = 0; i < dacs.size(); i++) {
            query.setParameter(i + 1, dacs.get(i));
        }
        if (status != null) {
            query.setParameter(dacs.size() + 1, status.toUpperCase(Locale.ROOT));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(max).getResultList();
        return rows.stream().map(r -> new DeliveryView((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], ((Number) r[6]).intValue(), (String) r[7], instant(r[8]), instant(r[9]),
                instant(r[10]))).toList();
    }

    /** Sends a dead delivery again. 404 for one of another committee; 409 when it is not dead. */
    public void retry(Actor admin, String deliveryId) {
        @SuppressWarnings("unchecked")
        List<Object> dac = em.createNativeQuery("SELECT dac_id FROM outbox WHERE id = ?").setParameter(1, deliveryId)
                .getResultList();
        if (dac.isEmpty() || dac.get(0) == null || !admin.isAdminOf((String) dac.get(0))) {
            throw new NoSuchDelivery(deliveryId);
        }
        if (!outbox.retry(deliveryId, System.currentTimeMillis())) {
            throw ApplicationRuleViolation.conflict("This delivery is not dead: it was sent or is still being tried.");
        }
    }

    private static Instant instant(Object millis) {
        return millis == null ? null : Instant.ofEpochMilli(((Number) millis).longValue());
    }

    private String dacOfWebhook(String webhookId) {
        @SuppressWarnings("unchecked")
        List<Object> dac = em.createNativeQuery("SELECT dac_id FROM webhook WHERE id = ?").setParameter(1, webhookId)
                .getResultList();
        if (dac.isEmpty()) {
            throw new NoSuchDelivery(webhookId);
        }
        return (String) dac.get(0);
    }

    private static void requireAdmin(Actor admin, String dacId) {
        if (dacId == null || !admin.isAdminOf(dacId)) {
            throw new NoSuchCommittee(dacId);
        }
    }

    private static List<String> administered(Actor admin) {
        return admin.seats().keySet().stream().filter(admin::isAdminOf).sorted().toList();
    }

    private static String placeholders(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append(i == 1 ? "" : ", ").append('?').append(i);
        }
        return s.toString();
    }

    private static URI url(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.toString().length() > 500) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw ApplicationRuleViolation.invalidInput("The endpoint is an http(s) URL of at most 500 characters.");
        }
    }

    private static List<String> webhookTopics() {
        return Arrays.stream(Topic.values()).filter(Topic::webhook).map(Topic::key).toList();
    }
}
