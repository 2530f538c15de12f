package eu.consulate.infrastructure.notification;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import eu.consulate.infrastructure.visa.KeySeal;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox's delivery worker: every {@code consulate.outbox.poll-seconds} it leases the due rows
 * (at most 50 a round), sends each outside any transaction, and records the outcome. Safe with
 * several servers (leases, {@link OutboxSql}); a failure is retried with back-off and never reaches
 * the person whose action wrote the row.
 */
@Singleton
@Startup
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
    private static final Duration LEASE = Duration.ofSeconds(60);

    /** This server's name in leases. */
    private final String owner = "node-" + UUID.randomUUID();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Resource
    TimerService timers;

    @EJB
    OutboxStore outbox;

    @Inject
    MailSender mail;

    @Inject
    WebhookSender webhooks;

    @Inject
    PersonDirectory people;

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "consulate.outbox.poll-seconds", defaultValue = "5")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "consulate.keys.passphrase")
    String passphrase;

    @PostConstruct
    void schedule() {
        long every = Math.max(1, pollSeconds) * 1000L;
        timers.createIntervalTimer(every, every, new TimerConfig("outbox-delivery", false));
    }

    /** The timer goes with the application: nothing of it may fire, or hold it, after an undeployment. */
    @jakarta.annotation.PreDestroy
    void unschedule() {
        for (jakarta.ejb.Timer timer : timers.getTimers()) {
            try {
                timer.cancel();
            } catch (jakarta.ejb.NoSuchObjectLocalException e) {
                // cancelled by the container already
            }
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverDue() {
        long now = System.currentTimeMillis();
        List<String> due;
        try {
            due = outbox.due(now, 50);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the outbox", e);
            return;
        }
        for (String id : due) {
            outbox.lease(id, owner, System.currentTimeMillis(), LEASE).ifPresent(this::deliver);
        }
    }

    private void deliver(OutboxStore.Leased row) {
        try {
            if (OutboxStore.MAIL.equals(row.channel()) || OutboxStore.MAIL_TO.equals(row.channel())) {
                Optional<String> address = OutboxStore.MAIL_TO.equals(row.channel()) ? Optional.of(row.recipient())
                        : people.emailOf(row.recipient());
                if (address.isEmpty()) {
                    giveUp(row, "no e-mail address is known for this person");
                    return;
                }
                JsonObject mailJson = Json.createReader(new StringReader(row.payload())).readObject();
                mail.send(address.get(), mailJson.getString("subject"), mailJson.getString("text"), row.id());
            } else {
                Optional<Object[]> target = webhook(row.recipient());
                if (target.isEmpty()) {
                    giveUp(row, "the webhook was removed");
                    return;
                }
                webhooks.post((String) target.get()[0], secret(row.recipient(), (String) target.get()[1]), row.id(),
                        row.payload());
            }
            outbox.sent(row.id(), owner, System.currentTimeMillis());
        } catch (Exception e) {
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.INFO, () -> "Outbox " + row.channel() + " " + row.id() + " not delivered (attempt "
                    + (row.attempts() + 1) + "): " + reason);
            outbox.failed(row, owner, reason, System.currentTimeMillis());
        }
    }

    /** A delivery that cannot succeed however often it is tried: dead at once (listed for administrators). */
    private void giveUp(OutboxStore.Leased row, String reason) {
        outbox.failed(new OutboxStore.Leased(row.id(), row.channel(), row.topic(), row.recipient(), row.payload(),
                Integer.MAX_VALUE - 1), owner, reason, System.currentTimeMillis());
    }

    private Optional<Object[]> webhook(String webhookId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT url, secret FROM webhook WHERE id = ?")
                .setParameter(1, webhookId).getResultList();
        return rows.stream().findFirst();
    }

    /** The endpoint's secret, opened once per server (the seal costs a key derivation). */
    private String secret(String webhookId, String sealed) throws KeySeal.WrongPassphrase {
        String known = secrets.get(webhookId);
        if (known == null) {
            known = WebhookSecrets.open(new KeySeal(passphrase), sealed);
            secrets.put(webhookId, known);
        }
        return known;
    }
}
