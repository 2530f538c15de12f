package eu.consulate.application;

import java.util.List;

import eu.consulate.domain.model.application.ApplicationEvent;
import eu.consulate.domain.model.application.DataAccessApplication;
import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.notification.NotificationRules;
import eu.consulate.domain.model.notification.Topic;
import eu.consulate.domain.model.permit.Permit;
import eu.consulate.infrastructure.notification.OutboxStore;
import eu.consulate.infrastructure.persistence.PermitRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Webhook calls for downstream systems: for a permit issued, changed, revoked or expired and a
 * request decided, one outbox row per endpoint of the request's committee that subscribed to the
 * topic. The body carries what a broker needs and never more: the holders as the visas name them,
 * the datasets' URLs, the permit's id, status and validity; for a decision the request's id and
 * state. No names, titles, purposes or reasons.
 */
@Stateless
public class DownstreamEvents {

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    @EJB
    OutboxStore outbox;

    @EJB
    PermitRepository permits;

    @EJB
    Catalog catalog;

    public void record(ApplicationEvent event, DataAccessApplication after, Dac dac) {
        Topic topic = NotificationRules.downstreamTopic(event).orElse(null);
        if (topic == null || dac == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> hooks = em.createNativeQuery("SELECT id, topics FROM webhook WHERE dac_id = ?")
                .setParameter(1, dac.id()).getResultList();
        List<String> subscribed = hooks.stream().filter(h -> List.of(((String) h[1]).split(",")).contains(topic.key()))
                .map(h -> (String) h[0]).toList();
        if (subscribed.isEmpty()) {
            return;
        }
        JsonObjectBuilder data = Json.createObjectBuilder().add("applicationId", after.id())
                .add("committee", dac.sourceUrl());
        if (topic == Topic.REQUEST_DECIDED) {
            data.add("state", after.state().name());
        } else {
            Permit permit = permits.find(after.permitId().orElseThrow()).orElseThrow();
            var users = Json.createArrayBuilder();
            permit.holderSubjects().forEach(users::add);
            var datasets = Json.createArrayBuilder();
            catalog.datasets(List.copyOf(permit.datasetIds())).forEach(d -> datasets.add(d.url()));
            data.add("permitId", permit.id()).add("status", permit.status().name()).add("users", users)
                    .add("datasets", datasets).add("validFrom", permit.validFrom().toString())
                    .add("validUntil", permit.validUntil().toString());
        }
        String type = topic.key().replaceFirst("-", ".");
        String body = Json.createObjectBuilder().add("type", type).add("timestamp", event.occurredAt().toString())
                .add("data", data.build()).build().toString();
        for (String webhookId : subscribed) {
            outbox.add(OutboxStore.WEBHOOK, topic.key(), webhookId, dac.id(), after.id(), body);
        }
    }
}
