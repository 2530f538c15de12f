package eu.consulate.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.DataAccessApplication;
import eu.consulate.domain.model.application.SigningOfficialAsked;
import eu.consulate.infrastructure.persistence.ApplicationRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing officials (issue 8): a committee may want a signing official of the applicant's
 * institution to confirm each request before it reaches the committee. At submission the
 * official gets a mail with a single-use link (only its SHA-256 is stored); they log in, read the
 * request and confirm it (it is submitted, the committee's process starts, the legal clock
 * runs) or decline it with a reason (it ends there).
 */
@Stateless
public class RequestSignatures {

    /** What the signing official reads before confirming: the request as the applicant handed it in. */
    public record ToSign(String applicationId, String title, String researchPurpose, String applicant, String committee,
                         List<String> datasets, List<String> team, Instant askedAt, Instant expiresAt) {

        /** The datasets' titles, for a page: "A, B". */
        public String datasetTitles() {
            return String.join(", ", datasets);
        }

        /** The team's names, for a page; empty when nobody joined yet. */
        public String teamNames() {
            return String.join(", ", team);
        }
    }

    private static final String UNKNOWN = "This confirmation link is not known; check that the whole link from the mail was used.";

    @EJB
    ApplicationRepository applications;

    @EJB
    Catalog catalog;

    @EJB
    People people;

    @EJB
    Notifications notifications;

    @Inject
    WorkflowPort workflow;

    @EJB
    CommitteeProcesses processes;

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "consulate.signing-official.days", defaultValue = "14")
    int days;

    /**
     * The ask for a request to committee {@code dacId}: empty when the committee wants no signing
     * official; else a new link's id and expiry for {@code email} (checked by the request's rules).
     */
    public java.util.Optional<DataAccessApplication.SignatureAsked> askFor(String dacId, String email) {
        boolean required = catalog.committee(dacId).map(d -> d.signingOfficialRequired()).orElse(false);
        if (!required) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new DataAccessApplication.SignatureAsked(UUID.randomUUID().toString(),
                DataAccessApplication.signingOfficialAddress(email), Instant.now().plus(Duration.ofDays(days))));
    }

    /**
     * Mails the link to the request's signing official, in the transaction of the request's
     * creation (the mail goes through the outbox). Called by the submission, which checked the applicant.
     */
    public void mailLink(DataAccessApplication request) {
        SigningOfficialAsked asked = request.signatureAsked().orElseThrow(() -> new IllegalStateException(
                "Request " + request.id() + " does not wait for a signing official"));
        String token = SingleUseTokens.issue(em, SingleUseTokens.Kind.SIGNATURE, asked.signatureId(), request.id(),
                asked.expiresAt());
        notifications.mailSignatureRequest(request, asked.email(),
                notifications.pageUrl("/applicant/sign.xhtml?token=" + token), asked.expiresAt());
    }

    /** What the link leads to: the request to confirm. 404 unknown link, 410 used or expired. */
    public ToSign toSign(Actor actor, String token) {
        DataAccessApplication request = waiting(usable(token));
        var team = request.teamJoins().stream().map(j -> j.actor()).collect(java.util.stream.Collectors.toSet());
        var names = people.namesOf(team);
        return new ToSign(request.id(), request.title(), request.researchPurpose(), request.applicantName(),
                catalog.committee(request.dacId()).map(d -> d.name()).orElse(request.dacId()),
                catalog.datasets(List.copyOf(request.datasetIds())).stream().map(d -> d.title()).toList(),
                team.stream().map(s -> names.getOrDefault(s, s)).sorted().toList(),
                request.signatureAsked().map(a -> a.occurredAt()).orElse(null),
                request.signatureAsked().map(SigningOfficialAsked::expiresAt).orElse(null));
    }

    /**
     * The signing official confirms: the link is spent, the request is submitted and its
     * committee's process starts, in one transaction (a concurrent second use loses: 410).
     * Returns the request's id.
     */
    public String confirm(Actor actor, String token) {
        SingleUseTokens.Link link = usable(token);
        DataAccessApplication request = waiting(link);
        var events = request.confirmAsSigningOfficial(actor, Instant.now());
        if (catalog.committee(request.dacId()).map(d -> d.isRetired()).orElse(true)) {
            // retiring counts only the requests the committee has; this one never reached it
            throw eu.consulate.domain.model.application.ApplicationRuleViolation.conflict("The committee of this request"
                    + " retired meanwhile; it takes no requests. Decline it, or the applicant withdraws it.");
        }
        spend(link, actor);
        DataAccessApplication submitted = applications.append(request, events);
        workflow.requestSubmitted(submitted.id(), submitted.dacId(),
                processes.processFor(submitted.dacId(), CommitteeProcesses.track(submitted)), submitted.use());
        return submitted.id();
    }

    /** The signing official declines, saying why (400 without): the link is spent, the request ends. */
    public String decline(Actor actor, String token, String reason) {
        SingleUseTokens.Link link = usable(token);
        DataAccessApplication request = waiting(link);
        var events = request.declineAsSigningOfficial(reason, actor, Instant.now());
        spend(link, actor);
        applications.append(request, events);
        return request.id();
    }

    private DataAccessApplication waiting(SingleUseTokens.Link link) {
        return applications.find(link.applicationId()).orElseThrow(() -> new NoSuchApplication(link.applicationId()));
    }

    private void spend(SingleUseTokens.Link link, Actor actor) {
        if (!SingleUseTokens.spend(em, SingleUseTokens.Kind.SIGNATURE, link.id(), link.applicationId(), actor.subject())) {
            throw new InvitationUnusable("This link was used already.");
        }
    }

    /** The link a token opens, if it is known, unused and not expired. */
    private SingleUseTokens.Link usable(String token) {
        SingleUseTokens.Link link = SingleUseTokens.find(em, SingleUseTokens.Kind.SIGNATURE, token)
                .orElseThrow(() -> new NoSuchInvitation(UNKNOWN));
        if (link.usedAt() != null) {
            throw new InvitationUnusable("This link was used already: the request was confirmed or declined.");
        }
        if (link.expired()) {
            throw new InvitationUnusable("This link expired on " + link.expiresAt()
                    + "; the applicant can withdraw the request and submit it again.");
        }
        return link;
    }
}
