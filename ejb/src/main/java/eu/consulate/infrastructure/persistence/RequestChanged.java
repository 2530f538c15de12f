package eu.consulate.infrastructure.persistence;

import java.util.List;

import eu.consulate.domain.model.application.ApplicationEvent;
import eu.consulate.domain.model.application.DataAccessApplication;

/**
 * Events were appended to a request: the request after them and the events, fired synchronously
 * inside the transaction that stored them, so that what observers write commits or rolls back
 * with the events.
 */
public record RequestChanged(DataAccessApplication after, List<ApplicationEvent> events) {
}
