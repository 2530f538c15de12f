package eu.consulate.domain.model.permit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.application.ApplicationState;
import eu.consulate.domain.model.application.DataAccessApplication;

/**
 * The lasting grant of access that results from an approved data access request. It copies what it
 * needs from the request (holder, committee, datasets) so that it can be checked, published and
 * revoked without replaying the request's history.
 */
public class Permit {

    private final String id;
    private final String applicationId;
    private final String holder;
    private final String holderSubject;
    private final String dacId;
    private List<String> datasetIds;
    private List<String> conditions = List.of();
    private List<String> coHolders = List.of();
    private List<String> dataUseConditions = List.of();
    private final Instant decidedAt;
    private final Instant validFrom;
    private Instant validUntil;
    private PermitStatus status;

    private Permit(String id, String applicationId, String holder, String holderSubject, String dacId,
            List<String> datasetIds, Instant decidedAt, Instant validFrom, Instant validUntil, PermitStatus status) {
        this.id = requireText(id, "id");
        this.applicationId = requireText(applicationId, "applicationId");
        this.holder = requireText(holder, "holder");
        this.holderSubject = requireText(holderSubject, "holderSubject");
        this.dacId = requireText(dacId, "dacId");
        this.datasetIds = List.copyOf(datasetIds);
        this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        this.validUntil = Objects.requireNonNull(validUntil, "validUntil");
        this.status = Objects.requireNonNull(status, "status");
        if (!validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("A permit must end after it starts.");
        }
    }

    /**
     * Issues the permit for a request the committee approved (and whose legal check passed, when
     * its model has one). A request already in PERMIT_ISSUED
     * is accepted too, so the permit can be built after its event was applied, but only under the
     * id that event recorded: one request never yields two permits.
     */
    public static Permit issue(String id, DataAccessApplication application, Instant decidedAt, Instant validFrom,
            Instant validUntil) {
        return issue(id, application, decidedAt, validFrom, validUntil, List.of());
    }

    /** The same, with the conditions its datasets' data use sets (those of its {@code permit-issued} event). */
    public static Permit issue(String id, DataAccessApplication application, Instant decidedAt, Instant validFrom,
            Instant validUntil, List<String> dataUseConditions) {
        Objects.requireNonNull(application, "application");
        ApplicationState state = application.state();
        if (state != ApplicationState.LEGAL_CHECK_PASSED && state != ApplicationState.REVIEW_APPROVED
                && state != ApplicationState.PERMIT_ISSUED) {
            throw ApplicationRuleViolation.conflict(
                    "A permit can only be issued for a request with a positive decision (the request is: "
                            + application.statusLabel() + ").");
        }
        if (state == ApplicationState.PERMIT_ISSUED && !application.permitId().orElseThrow().equals(id)) {
            throw new IllegalArgumentException("Application " + application.id() + " already has permit "
                    + application.permitId().orElseThrow() + ", not " + id + ".");
        }
        Permit permit = new Permit(id, application.id(), application.applicant(), application.applicantSubject(),
                application.dacId(), application.datasetIds(), decidedAt, validFrom, validUntil, PermitStatus.ACTIVE);
        permit.dataUseConditions = List.copyOf(dataUseConditions);
        permit.coHolders = List.copyOf(application.teamMembers());  // the team that joined before the decision
        return permit;
    }

    /** Rebuilds a stored permit exactly as it was saved; for persistence code only. */
    public static Permit restore(String id, String applicationId, String holder, String holderSubject, String dacId,
            List<String> datasetIds, Instant decidedAt, Instant validFrom, Instant validUntil, PermitStatus status) {
        return new Permit(id, applicationId, holder, holderSubject, dacId, datasetIds, decidedAt, validFrom,
                validUntil, status);
    }

    /** The same, with the conditions the permit carries. */
    public static Permit restore(String id, String applicationId, String holder, String holderSubject, String dacId,
            List<String> datasetIds, List<String> conditions, Instant decidedAt, Instant validFrom, Instant validUntil,
            PermitStatus status) {
        Permit permit = restore(id, applicationId, holder, holderSubject, dacId, datasetIds, decidedAt, validFrom,
                validUntil, status);
        permit.conditions = List.copyOf(conditions);
        return permit;
    }

    /** The same, with the co-holders (subjects) and the conditions of its datasets' data use. */
    public static Permit restore(String id, String applicationId, String holder, String holderSubject, String dacId,
            List<String> datasetIds, List<String> conditions, List<String> dataUseConditions, List<String> coHolders,
            Instant decidedAt, Instant validFrom, Instant validUntil, PermitStatus status) {
        Permit permit = restore(id, applicationId, holder, holderSubject, dacId, datasetIds, conditions, decidedAt,
                validFrom, validUntil, status);
        permit.dataUseConditions = List.copyOf(dataUseConditions);
        permit.coHolders = List.copyOf(coHolders);
        return permit;
    }

    /**
     * Covers exactly {@code datasets} and carries exactly {@code conditions} from now on; the
     * request's {@code permit-amended} event carries the committee's decision and its rules.
     */
    public void amend(List<String> datasets, List<String> newConditions) {
        amend(datasets, newConditions, dataUseConditions, coHolders);
    }

    /**
     * The same, with the conditions of the new datasets' data use, held from now on by the
     * applicant and exactly {@code newCoHolders} (subjects).
     */
    public void amend(List<String> datasets, List<String> newConditions, List<String> newDataUseConditions,
            List<String> newCoHolders) {
        if (status == PermitStatus.REVOKED || status == PermitStatus.EXPIRED || datasets == null || datasets.isEmpty()) {
            throw new IllegalArgumentException("Permit " + id + " (" + status + ") cannot be amended to " + datasets + ".");
        }
        if (newCoHolders.contains(holderSubject)) {
            throw new IllegalArgumentException("The holder " + holderSubject + " cannot also be a co-holder.");
        }
        datasetIds = List.copyOf(datasets);
        conditions = List.copyOf(newConditions);
        dataUseConditions = List.copyOf(newDataUseConditions);
        coHolders = List.copyOf(newCoHolders);
    }

    /** The people who hold the permit besides the applicant (subjects), in the order they were added. */
    public List<String> coHolders() {
        return coHolders;
    }

    /** Everyone the permit grants access to: the applicant first, then the co-holders (subjects). */
    public List<String> holderSubjects() {
        List<String> all = new java.util.ArrayList<>();
        all.add(holderSubject);
        all.addAll(coHolders);
        return List.copyOf(all);
    }

    /** The conditions the permit carries, in order: from its datasets' data use, then the committee's. */
    public List<String> conditions() {
        List<String> all = new java.util.ArrayList<>(dataUseConditions);
        all.addAll(conditions);
        return List.copyOf(all);
    }

    /** The conditions the committee set (by amendment). */
    public List<String> committeeConditions() {
        return conditions;
    }

    /** The conditions its datasets' data use (DUO) sets, worded when it was issued or amended. */
    public List<String> dataUseConditions() {
        return dataUseConditions;
    }

    /** Withholds access until {@link #resume()}; the request's {@code permit-suspended} event carries the rules. */
    public void suspend() {
        if (status != PermitStatus.ACTIVE) {
            throw new IllegalStateException("Permit " + id + " is " + status + ", not ACTIVE: it cannot be suspended.");
        }
        status = PermitStatus.SUSPENDED;
    }

    /** Grants access again after {@link #suspend()}. */
    public void resume() {
        if (status != PermitStatus.SUSPENDED) {
            throw new IllegalStateException("Permit " + id + " is " + status + ", not SUSPENDED: it cannot be resumed.");
        }
        status = PermitStatus.ACTIVE;
    }

    /** The permit reached its end at {@code now} (not before {@code validUntil}); an active or suspended permit only. */
    public void expire(Instant now) {
        if (status != PermitStatus.ACTIVE && status != PermitStatus.SUSPENDED) {
            throw new IllegalStateException("Permit " + id + " is " + status + ": it cannot expire.");
        }
        if (now.isBefore(validUntil)) {
            throw new IllegalStateException("Permit " + id + " runs until " + validUntil + ", not expired at " + now);
        }
        status = PermitStatus.EXPIRED;
    }

    /** Withdraws access for good; revoking twice is harmless. */
    public void revoke() {
        status = PermitStatus.REVOKED;
    }

    /**
     * Moves the permit's end to {@code newEnd}, which must be later; the request's
     * {@code permit-extended} event carries the committee's decision and its rules.
     */
    public void extendTo(Instant newEnd) {
        if (status == PermitStatus.REVOKED || status == PermitStatus.EXPIRED || newEnd == null || !newEnd.isAfter(validUntil)) {
            throw new IllegalArgumentException("Permit " + id + " (" + status + ", until " + validUntil
                    + ") cannot be extended to " + newEnd + ".");
        }
        validUntil = newEnd;
    }

    /** Whether the permit grants access at {@code now}: active and within {@code [validFrom, validUntil)}. */
    public boolean isValidAt(Instant now) {
        return status == PermitStatus.ACTIVE && !now.isBefore(validFrom) && now.isBefore(validUntil);
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    public String id() {
        return id;
    }

    public String applicationId() {
        return applicationId;
    }

    /** The identity provider subject of the person the permit grants access to. */
    public String holder() {
        return holder;
    }

    /** The holder's stable identifier for downstream systems (e.g. the OIDC {@code sub}). */
    public String holderSubject() {
        return holderSubject;
    }

    public String dacId() {
        return dacId;
    }

    public List<String> datasetIds() {
        return datasetIds;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public PermitStatus status() {
        return status;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Permit other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
