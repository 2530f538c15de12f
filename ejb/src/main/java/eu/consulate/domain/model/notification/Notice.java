package eu.consulate.domain.model.notification;

import java.util.Objects;

/**
 * One person to tell about one event: the topic, the person (identity provider subject) and the
 * area of the application in which they act on it (applicant, committee, administration), which
 * decides the page a link leads to.
 */
public record Notice(Topic topic, String subject, Area area) {

    /** Where the person reads the request: their own requests, the committee's, or administration. */
    public enum Area { APPLICANT, COMMITTEE, ADMIN }

    public Notice {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(area, "area");
    }
}
