package eu.consulate.domain.model.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds event streams by hand, not through the commands, so that tests of one step do not depend
 * on the rules of the steps before it. Each event happens one hour after the previous one.
 */
public final class ApplicationHistory {

    public static final String ID = "app-1";
    public static final String DAC = "dac-1";
    public static final String PERMIT_ID = "permit-1";
    public static final Instant START = Instant.parse("2025-03-01T09:00:00Z");
    public static final Instant PERMIT_FROM = Instant.parse("2025-04-01T00:00:00Z");
    public static final Instant PERMIT_UNTIL = Instant.parse("2026-04-01T00:00:00Z");

    private final List<ApplicationEvent> events = new ArrayList<>();
    private Instant clock = START;

    private ApplicationHistory() {
    }

    public static ApplicationHistory created() {
        ApplicationHistory history = new ApplicationHistory();
        history.events.add(new ApplicationCreated(ID, "alice", START, "alice", "sub-alice", DAC,
                "Cancer genomes", "Finding markers for early detection of cancer.", List.of("ds-1", "ds-2")));
        return history;
    }

    public static ApplicationHistory submitted() {
        return created().then(new ApplicationSubmitted(ID, "alice", START));
    }

    /** The usual path up to {@code state}. */
    public static ApplicationHistory upTo(ApplicationState state) {
        return switch (state) {
            case SUBMITTED -> submitted();
            case REVIEW_APPROVED -> submitted().reviewApproved();
            case REVIEW_REJECTED -> submitted().reviewRejected("Out of scope.");
            case LEGAL_CHECK_PASSED -> submitted().reviewApproved().legalCheckPassed();
            case LEGAL_CHECK_FAILED -> submitted().reviewApproved().legalCheckFailed("No ethics approval.");
            case PERMIT_ISSUED -> submitted().reviewApproved().legalCheckPassed().permitIssued();
            case PERMIT_REVOKED -> upTo(ApplicationState.PERMIT_ISSUED)
                    .then(new PermitRevoked(ID, "chris", START.plusSeconds(8 * 3600), PERMIT_ID, "Data shared outside the project."));
            case RETURNED -> submitted().opened(StepKind.COMPLETENESS).returned("Add the ethics approval.");
            case REJECTED_BY_ETHICS -> submitted().opened(StepKind.ETHICS)
                    .then(new EthicsOpinionRecorded(ID, "chris", START.plusSeconds(7200), false, "No consent."));
            case LAPSED -> upTo(ApplicationState.RETURNED).opened(StepKind.REVISION)
                    .then(new RequestLapsed(ID, "system", START.plusSeconds(4 * 3600)));
            case WITHDRAWN -> submitted().opened(StepKind.FEE)
                    .then(new FeeDeclined(ID, "alice", START.plusSeconds(7200), "Too expensive."));
            case AWAITING_SIGNATURE -> awaitingSignature();
            case SIGNATURE_DECLINED -> awaitingSignature()
                    .then(new SigningOfficialDeclined(ID, "vera", START.plusSeconds(3600), "Not our project."));
        };
    }

    /** Handed in to a committee that wants a signing official's confirmation first. */
    public static ApplicationHistory awaitingSignature() {
        return created().then(new SigningOfficialAsked(ID, "alice", START, "sig-1", "vera@uni.example.org",
                START.plusSeconds(14 * 86_400)));
    }

    /** The workflow opened a step of this kind (key = the kind's model name), no parameters. */
    public ApplicationHistory opened(StepKind kind) {
        return opened(kind, java.util.Map.of());
    }

    public ApplicationHistory opened(StepKind kind, java.util.Map<String, String> parameters) {
        return then(new StepOpened(ID, "system", tick(), kind.modelName(), kind, parameters));
    }

    public ApplicationHistory returned(String reason) {
        return then(new ReturnedForChanges(ID, "bob", tick(), reason));
    }

    public static DataAccessApplication applicationIn(ApplicationState state) {
        return upTo(state).replay();
    }

    public ApplicationHistory reviewApproved() {
        return then(new ReviewApproved(ID, "bob", tick(), ""));
    }

    public ApplicationHistory reviewRejected(String reason) {
        return then(new ReviewRejected(ID, "bob", tick(), reason));
    }

    public ApplicationHistory legalCheckPassed() {
        return then(new LegalCheckPassed(ID, "lena", tick(), ""));
    }

    public ApplicationHistory legalCheckFailed(String reason) {
        return then(new LegalCheckFailed(ID, "lena", tick(), reason));
    }

    public ApplicationHistory permitIssued() {
        return then(new PermitIssued(ID, "system", tick(), PERMIT_ID, PERMIT_FROM, PERMIT_UNTIL));
    }

    public ApplicationHistory then(ApplicationEvent event) {
        events.add(event);
        return this;
    }

    /** The time the next event would get, for tests that build their own. */
    public Instant tick() {
        clock = clock.plus(Duration.ofHours(1));
        return clock;
    }

    public List<ApplicationEvent> events() {
        return List.copyOf(events);
    }

    public DataAccessApplication replay() {
        return DataAccessApplication.replay(events);
    }
}
