package eu.consulate.application;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.application.DataAccessApplication;
import eu.consulate.infrastructure.persistence.ApplicationRepository;

/**
 * The one check every use case on a request starts with: the request exists (else 404) and the
 * actor may see it (else 403, before anything about its state is told).
 */
final class VisibleRequests {

    private VisibleRequests() {
    }

    static DataAccessApplication load(ApplicationRepository applications, Actor actor, String applicationId) {
        DataAccessApplication application = applications.find(applicationId)
                .orElseThrow(() -> new NoSuchApplication(applicationId));
        if (!application.canBeSeenBy(actor)) {
            throw ApplicationRuleViolation.forbidden("You may not see this request.");
        }
        return application;
    }
}
