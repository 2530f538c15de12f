package eu.consulate.domain.model.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a person is told about. Optional kinds can be turned off per person (mail); the others
 * always reach them, because they must act or they lose something. {@code webhook}: downstream
 * systems may subscribe to it.
 */
public enum Topic {

    REQUEST_SUBMITTED("request-submitted", true, false),
    REQUEST_NEW("request-new", true, false),
    REQUEST_RETURNED("request-returned", false, false),
    REQUEST_DECIDED("request-decided", false, true),
    REQUEST_WITHDRAWN("request-withdrawn", true, false),
    STEP_WAITING("step-waiting", true, false),
    VOTE_OPEN("vote-open", true, false),
    LEGAL_CHECK_WAITING("legal-check-waiting", false, false),
    REMINDER("reminder", true, false),
    DECISION_OVERDUE("decision-overdue", false, false),
    PERMIT_ISSUED("permit-issued", false, true),
    PERMIT_CHANGED("permit-changed", false, true),
    PERMIT_REVOKED("permit-revoked", false, true),
    PERMIT_EXPIRING("permit-expiring", false, false),
    PERMIT_EXPIRED("permit-expired", false, true),
    CHANGE_REQUESTED("permit-change-requested", false, false),
    CHANGE_DECIDED("permit-change-decided", false, false),
    CHANGE_OVERDUE("permit-change-overdue", false, false),
    /** An invitation to join a request's team, mailed to an address (not a setting anybody can turn off). */
    TEAM_INVITATION("team-invitation", false, false),
    /** A signing official is asked to confirm a request, mailed to an address (not a setting anybody can turn off). */
    SIGNATURE_REQUEST("signature-request", false, false);

    private final String key;
    private final boolean optional;
    private final boolean webhook;

    Topic(String key, boolean optional, boolean webhook) {
        this.key = key;
        this.optional = optional;
        this.webhook = webhook;
    }

    /** The topic's name in templates, settings, webhooks and the API, e.g. {@code permit-issued}. */
    public String key() {
        return key;
    }

    /** Whether a person may turn its mails off. */
    public boolean optional() {
        return optional;
    }

    /** Whether downstream systems may subscribe to it by webhook. */
    public boolean webhook() {
        return webhook;
    }

    public static Optional<Topic> named(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
