package eu.consulate.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import eu.consulate.application.Views.DatasetView;
import eu.consulate.application.Views.PermitView;
import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.DataAccessApplication;
import eu.consulate.domain.model.application.AmendPermit;
import eu.consulate.domain.model.application.PermitAmended;
import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.dac.Dataset;
import eu.consulate.domain.model.datause.DataUseModifier;
import eu.consulate.domain.model.datause.DuoTerm;
import eu.consulate.domain.model.permit.Permit;
import eu.consulate.domain.model.permit.PermitListQuery;
import eu.consulate.infrastructure.persistence.ApplicationRepository;
import eu.consulate.infrastructure.persistence.PermitRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Permits as their holders and their committees' administrators see them. */
@Stateless
public class Permits {

    @EJB
    PermitRepository permits;

    @EJB
    Catalog catalog;

    @EJB
    ApplicationRepository applications;

    @EJB
    VisaIssuance visas;

    @Inject
    Passports passports;

    @EJB
    People people;

    @Inject
    WorkflowPort workflow;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The permits the actor holds (by identity provider subject). */
    public List<PermitView> heldBy(Actor actor) {
        return permits.heldBy(actor.subject()).stream().map(this::view).toList();
    }

    /** A page of the actor's own permits, latest first. */
    public Views.PermitPage mine(Actor actor, PermitListQuery query) {
        return page(permits.page(actor.subject(), List.of(), query, Instant.now(), COUNT_LIMIT), query);
    }

    /** A page of the permits of the committees the actor administers, latest first. */
    public Views.PermitPage ofMyCommittees(Actor actor, PermitListQuery query) {
        List<String> administered = actor.seats().keySet().stream().filter(actor::isAdminOf).sorted().toList();
        return page(permits.page(null, administered, query, Instant.now(), COUNT_LIMIT), query);
    }

    /** Counting stops here, as for request lists: a larger list says "more than". */
    static final int COUNT_LIMIT = eu.consulate.infrastructure.persistence.RequestListRepository.COUNT_LIMIT;

    private Views.PermitPage page(PermitRepository.Page found, PermitListQuery query) {
        return new Views.PermitPage(found.permits().stream().map(this::view).toList(), query.page(), query.size(),
                found.total(), found.total() <= COUNT_LIMIT);
    }

    /**
     * The committee's chair or one of its administrators revokes a permit, with a reason: the
     * {@code permit-revoked} event, the permit's status and so its visas (the passport query
     * serves only those of active permits) change in one transaction; the cached passport of the
     * holder is forgotten once it committed, so the next pull no longer has them.
     */
    public PermitView revoke(Actor actor, String permitId, String reason) {
        Permit permit = permit(permitId);
        DataAccessApplication application = requestOf(permit);
        var events = application.revokePermit(permitId, reason, actor, Instant.now());
        permit.revoke();
        permits.update(permit);
        applications.append(application, events);
        forgetPassports(permit.holderSubjects());
        workflow.permitEnded(permitId);
        return view(permit);
    }

    /**
     * The committee's chair or one of its administrators extends a permit to a later end, with a
     * reason: the {@code permit-extended} event, the permit's end and its visas change in one
     * transaction. The visas are signed again with the new expiry as the permit's next version and
     * the old ones withdrawn; a failure while signing rolls everything back, the old visas stay.
     */
    public PermitView extend(Actor actor, String permitId, Instant validUntil, String reason) {
        Permit permit = permit(permitId);
        DataAccessApplication application = requestOf(permit);
        var events = application.extendPermit(permitId, validUntil, reason, actor, Instant.now());
        permit.extendTo(validUntil);
        permits.update(permit);
        reissueVisas(permit);
        applications.append(application, events);
        workflow.permitChanged(permitId);
        return view(permit);
    }

    /**
     * The committee's chair or one of its administrators amends a permit, with a reason: the
     * datasets it covers (all of its committee; at least one) and the conditions it carries, as
     * full lists. The {@code permit-amended} event, the permit and its visas change in one
     * transaction: visas are signed again for the new datasets (same end) and the old ones
     * withdrawn; a failure while signing leaves the old visas in force.
     */
    public PermitView amend(Actor actor, String permitId, List<String> datasetIds, List<String> conditions,
            String reason) {
        return amend(actor, permitId, datasetIds, conditions, null, reason);
    }

    /**
     * The same, and the co-holders ({@code coHolders}: subjects, the full list besides the
     * applicant; null leaves them): each holder gets visas of their own, a removed one's are
     * withdrawn. {@code conditions} are the committee's own; those of the datasets' data use (DUO)
     * are worded anew from the catalogue for the new datasets.
     */
    public PermitView amend(Actor actor, String permitId, List<String> datasetIds, List<String> conditions,
            List<String> coHolders, String reason) {
        Permit permit = permit(permitId);
        DataAccessApplication application = requestOf(permit);
        List<Dataset> datasets = datasets(datasetIds);
        var command = new AmendPermit(datasetRefs(datasets), conditions, reason,
                coHolders == null ? null : holderRefs(coHolders), PermitIssuer.conditions(datasets));
        var events = application.amendPermit(permitId, command, actor, Instant.now());
        List<String> before = permit.holderSubjects();
        var amended = (PermitAmended) events.get(0);
        permit.amend(amended.datasetIds(), amended.conditions(), amended.dataUseConditions(), amended.coHolders());
        permits.update(permit);
        reissueVisas(permit);
        applications.append(application, events);
        forgetPassports(before);
        forgetPassports(permit.holderSubjects());
        return view(permit);
    }

    private List<AmendPermit.HolderRef> holderRefs(List<String> subjects) {
        List<String> clean = subjects.stream().filter(java.util.Objects::nonNull).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
        var known = people.known(clean);
        return clean.stream().map(s -> new AmendPermit.HolderRef(s, known.contains(s))).toList();
    }

    /**
     * The permit's holder asks the committee to extend it ({@code validUntil}) or to amend it
     * ({@code datasetIds}, the full list), with a reason: the {@code permit-change-requested} event
     * and the request's own short workflow (a reminder to the committee after 14 days). Returns the
     * change request's id.
     */
    public String requestChange(Actor actor, String permitId, String kind, Instant validUntil, List<String> datasetIds,
            String reason) {
        Permit permit = permit(permitId);
        DataAccessApplication application = requestOf(permit);
        String changeId = java.util.UUID.randomUUID().toString();
        var events = application.requestPermitChange(permitId, changeId, kind, validUntil,
                "amendment".equals(kind) ? datasetRefs(datasets(datasetIds)) : List.of(), reason, actor, Instant.now());
        applications.append(application, events);
        workflow.permitChangeRequested(changeId, permitId, permit.applicationId());
        return changeId;
    }

    /**
     * The committee's chair or one of its administrators decides on the holder's waiting change
     * request: refused with a reason, or approved, which extends or amends the permit (visas
     * re-signed) in the same transaction. Ends the change request's workflow.
     */
    public PermitView decideChange(Actor actor, String permitId, String changeId, boolean approve, String reason) {
        Permit permit = permit(permitId);
        DataAccessApplication application = requestOf(permit);
        List<String> asked = application.pendingPermitChange().map(c -> c.datasetIds()).orElse(List.of());
        List<Dataset> askedDatasets = asked.isEmpty() ? List.of() : datasets(asked);
        var events = application.decidePermitChange(permitId, changeId, approve, reason, datasetRefs(askedDatasets),
                asked.isEmpty() ? null : PermitIssuer.conditions(askedDatasets), actor, Instant.now());
        for (var event : events) {
            if (event instanceof eu.consulate.domain.model.application.PermitExtended extended) {
                permit.extendTo(extended.validUntil());
            } else if (event instanceof PermitAmended amended) {
                permit.amend(amended.datasetIds(), amended.conditions(), amended.dataUseConditions(),
                        amended.coHolders());
            }
        }
        if (events.size() > 1) {
            permits.update(permit);
            reissueVisas(permit);
            forgetPassports(permit.holderSubjects());
        }
        applications.append(application, events);
        workflow.permitChangeDecided(changeId);
        if (events.stream().anyMatch(e -> e instanceof eu.consulate.domain.model.application.PermitExtended)) {
            workflow.permitChanged(permitId);
        }
        return view(permit);
    }

    /** The change request's timer: the committee has not decided within its period. */
    public void changeOverdue(String permitId, String changeId) {
        Permit permit = permit(permitId);
        DataAccessApplication application = requestOf(permit);
        var events = application.permitChangeOverdue(changeId, Actor.system(), Instant.now());
        if (!events.isEmpty()) {
            applications.append(application, events);
        }
    }

    /** The datasets of {@code datasetIds}; 400 for one the catalogue does not know. */
    private List<Dataset> datasets(List<String> datasetIds) {
        List<String> wanted = datasetIds == null ? List.of() : datasetIds.stream()
                .filter(java.util.Objects::nonNull).map(String::strip).distinct().toList();
        List<Dataset> found = catalog.datasets(wanted);
        for (String id : wanted) {
            if (found.stream().noneMatch(d -> d.id().equals(id))) {
                throw eu.consulate.domain.model.application.ApplicationRuleViolation.invalidInput(
                        "No dataset " + id + " is known here.");
            }
        }
        return found;
    }

    /** The datasets as the permit rules read them: committee and time limit on use (DUO TS, months). */
    private static List<AmendPermit.DatasetRef> datasetRefs(List<Dataset> datasets) {
        return datasets.stream().map(d -> new AmendPermit.DatasetRef(d.id(), d.title(), d.dac().id(),
                d.dataUse().flatMap(use -> use.modifier(DuoTerm.TS)).map(DataUseModifier::months).orElse(0)))
                .toList();
    }

    private void forgetPassports(List<String> holders) {
        holders.forEach(holder -> passports.forgetWhenDone(transactions, holder));
    }

    /**
     * The committee's chair or one of its administrators suspends a permit, with a reason: the
     * {@code permit-suspended} event and the permit's status SUSPENDED in one transaction; its
     * visas are not served from the next pull on (the passport query serves only active permits).
     */
    public PermitView suspend(Actor actor, String permitId, String reason) {
        return change(permitId, (application, permit) -> {
            var events = application.suspendPermit(permitId, reason, actor, Instant.now());
            permit.suspend();
            return events;
        });
    }

    /** Resumes a suspended permit, with a reason: its visas (unchanged) are served again. */
    public PermitView resume(Actor actor, String permitId, String reason) {
        return change(permitId, (application, permit) -> {
            var events = application.resumePermit(permitId, reason, actor, Instant.now());
            permit.resume();
            return events;
        });
    }

    private PermitView change(String permitId,
            java.util.function.BiFunction<DataAccessApplication, Permit, List<eu.consulate.domain.model.application.ApplicationEvent>> rule) {
        Permit permit = permit(permitId);
        DataAccessApplication application = requestOf(permit);
        var events = rule.apply(application, permit);
        permits.update(permit);
        applications.append(application, events);
        forgetPassports(permit.holderSubjects());
        return view(permit);
    }

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "consulate.permit.expiry-notice", defaultValue = "P30D")
    java.time.Duration expiryNotice;

    /**
     * When the permit's warning timer in {@code permit-life.bpmn} fires: the notice period before
     * its current end; once the holders were warned of this end, never (a date far ahead, so that
     * the process waits for the end).
     */
    public Instant warnsAt(String permitId) {
        Permit permit = permit(permitId);
        DataAccessApplication application = requestOf(permit);
        if (permit.validUntil().equals(application.permitWarnedFor().orElse(null))) {
            return permit.validUntil().plus(java.time.Duration.ofDays(3650 * 10L));
        }
        return permit.validUntil().minus(expiryNotice);
    }

    /**
     * The permit's warning timer fired: the {@code permit-expiring-soon} event (its holders are
     * told) when its end is near and they were not warned of it yet; returns whether it warned.
     */
    public boolean warningDue(String permitId) {
        Permit permit = permit(permitId);
        DataAccessApplication application = requestOf(permit);
        var events = application.permitExpiringSoon(permitId, expiryNotice, Actor.system(), Instant.now());
        if (events.isEmpty()) {
            return false;
        }
        applications.append(application, events);
        return true;
    }

    /** The permit's current end: the date of its timer in {@code permit-life.bpmn}. */
    public Instant endsAt(String permitId) {
        return permit(permitId).validUntil();
    }

    /**
     * The permit's timer fired: when the permit is active or suspended and its end has come, the
     * {@code permit-expired} event and the status EXPIRED (its visas had expired with it); returns
     * whether it expired. A revoked or expired permit, or one extended after the timer was set,
     * is left as it is (false).
     */
    public boolean expiryDue(String permitId) {
        Permit permit = permit(permitId);
        Instant now = Instant.now();
        if (permit.status() == eu.consulate.domain.model.permit.PermitStatus.REVOKED
                || permit.status() == eu.consulate.domain.model.permit.PermitStatus.EXPIRED
                || now.isBefore(permit.validUntil())) {
            return false;
        }
        DataAccessApplication application = requestOf(permit);
        var events = application.expirePermit(permitId, Actor.system(), now);
        permit.expire(now);
        permits.update(permit);
        applications.append(application, events);
        forgetPassports(permit.holderSubjects());
        return true;
    }

    public Optional<PermitView> find(String permitId) {
        return permits.find(permitId).map(this::view);
    }

    private PermitView view(Permit permit) {
        List<DatasetView> datasets = catalog.datasets(List.copyOf(permit.datasetIds())).stream()
                .map(d -> new DatasetView(d.id(), d.url(), d.title())).toList();
        return new PermitView(permit.id(), permit.applicationId(), permit.holder(), permit.status().name(),
                permit.decidedAt(), permit.validFrom(), permit.validUntil(), permit.isValidAt(Instant.now()), datasets,
                permit.conditions(), permit.committeeConditions(), coHolders(permit));
    }

    private List<Views.PersonView> coHolders(Permit permit) {
        if (permit.coHolders().isEmpty()) {
            return List.of();
        }
        var names = people.namesOf(permit.coHolders());
        return permit.coHolders().stream().map(s -> new Views.PersonView(s, names.get(s))).toList();
    }

    private Permit permit(String permitId) {
        return permits.find(permitId).orElseThrow(() -> new NoSuchPermit(permitId));
    }

    private DataAccessApplication requestOf(Permit permit) {
        return applications.find(permit.applicationId())
                .orElseThrow(() -> new IllegalStateException("Permit " + permit.id() + " has no request"));
    }

    /**
     * Signs the permit's visas again (its datasets, its end) as its next version and withdraws the
     * old ones, in the caller's transaction: a failure leaves the old visas in force.
     */
    private void reissueVisas(Permit permit) {
        Dac dac = catalog.committee(permit.dacId())
                .orElseThrow(() -> new IllegalStateException("Committee " + permit.dacId() + " is gone"));
        visas.replace(permit.id(), permit.holderSubjects(), catalog.datasets(List.copyOf(permit.datasetIds())),
                dac.sourceUrl(), permit.decidedAt(), permit.validUntil());
    }
}
