package eu.consulate.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.application.DataAccessApplication;
import eu.consulate.domain.model.application.TeamMemberInvited;
import eu.consulate.domain.model.application.TeamMemberJoined;
import eu.consulate.domain.model.application.TermsAccepted;
import eu.consulate.infrastructure.persistence.ApplicationRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request's team (issue 8): the applicant invites people by e-mail; each gets a link with a
 * single-use token (only its SHA-256 is stored), logs in, accepts the terms the request's
 * datasets name and joins; the permit then covers every member, each with their own visas.
 */
@Stateless
public class RequestTeams {


    /** The team as the request's page shows it. */
    public record Team(List<Member> members, List<Invitation> invitations, boolean mayInvite) {
    }

    public record Member(String subject, String name, Instant joinedAt, List<String> acceptedTerms) {

        /** The accepted terms in one line, for the page. */
        public String acceptedTermsText() {
            return acceptedTerms.isEmpty() ? "none asked" : String.join("; ", acceptedTerms);
        }
    }

    public record Invitation(String id, String email, Instant invitedAt, Instant expiresAt) {
    }

    /** What the join page shows before the invited person accepts. */
    public record Invited(String applicationId, String title, String committee, String inviter,
                          List<Views.TermsVersionView> terms, Instant expiresAt) {
    }

    @EJB
    ApplicationRepository applications;

    @EJB
    People people;

    @EJB
    Catalog catalog;

    @EJB
    CommitteeTerms terms;

    @EJB
    TermsAcceptances acceptances;

    @EJB
    Notifications notifications;

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "consulate.team.invitation-days", defaultValue = "14")
    int invitationDays;

    /** The applicant invites {@code email}; the mail with the link goes through the outbox. */
    public Invitation invite(Actor actor, String applicationId, String email) {
        DataAccessApplication application = visible(actor, applicationId);
        String invitationId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        Instant expiresAt = now.plus(Duration.ofDays(invitationDays));
        var events = application.invite(invitationId, email, expiresAt, actor, now);
        TeamMemberInvited invited = (TeamMemberInvited) events.get(0);
        applications.append(application, events);
        String token = SingleUseTokens.issue(em, SingleUseTokens.Kind.TEAM_INVITATION, invitationId, applicationId, expiresAt);
        String inviter = people.namesOf(Set.of(actor.subject())).getOrDefault(actor.subject(), application.applicantName());
        notifications.mailInvitation(application, invited.email(), inviter,
                notifications.pageUrl("/applicant/join.xhtml?token=" + token), expiresAt);
        return new Invitation(invitationId, invited.email(), now, expiresAt);
    }

    /**
     * The applicant cancels an invitation not used yet: the link stops working at once (its token
     * is spent in the same transaction; a concurrent join loses), and the address may be invited
     * again. 409 when it was used or cancelled already.
     */
    public void cancel(Actor actor, String applicationId, String invitationId) {
        DataAccessApplication application = visible(actor, applicationId);
        var events = application.cancelInvitation(invitationId, actor, Instant.now());
        if (!SingleUseTokens.spend(em, SingleUseTokens.Kind.TEAM_INVITATION, invitationId, applicationId, null)) {
            throw ApplicationRuleViolation.conflict("This invitation is no longer open: it was used or cancelled.");
        }
        applications.append(application, events);
    }

    /** The team of a request, for everyone who may see the request. */
    public Team team(Actor actor, String applicationId) {
        DataAccessApplication application = visible(actor, applicationId);
        List<TeamMemberJoined> joins = application.teamJoins();
        Map<String, String> names = people.namesOf(joins.stream().map(TeamMemberJoined::actor).collect(Collectors.toSet()));
        return new Team(joins.stream().map(j -> new Member(j.actor(), names.getOrDefault(j.actor(), j.actor()),
                        j.occurredAt(), j.terms().stream().map(TermsAccepted.Terms::label).toList())).toList(),
                application.openInvitations().stream().map(i -> new Invitation(i.invitationId(), i.email(),
                        i.occurredAt(), i.expiresAt())).toList(),
                application.mayBeWithdrawnBy(actor));
    }

    /** What the link leads to: the request's title, committee, inviter and the terms to accept. */
    public Invited invitation(Actor actor, String token) {
        SingleUseTokens.Link link = usable(token);
        DataAccessApplication application = applications.find(link.applicationId())
                .orElseThrow(() -> new NoSuchApplication(link.applicationId()));
        TeamMemberInvited invited = application.invitation(link.id())
                .orElseThrow(() -> new InvitationUnusable("This invitation was used already."));
        return new Invited(application.id(), application.title(),
                catalog.committee(application.dacId()).map(d -> d.name()).orElse(application.dacId()),
                people.namesOf(Set.of(invited.actor())).getOrDefault(invited.actor(), application.applicantName()),
                named(application), invited.expiresAt());
    }

    /**
     * The invited person joins, accepting exactly the terms versions the request's datasets name
     * ({@code acceptedTerms}, else 400 and nothing changes). The token is spent in the same
     * transaction: a second use, also a concurrent one, is refused (410). Returns the request id.
     */
    public String join(Actor actor, String token, java.util.Collection<String> acceptedTerms) {
        SingleUseTokens.Link link = usable(token);
        String invitationId = link.id();
        String applicationId = link.applicationId();
        DataAccessApplication application = applications.find(applicationId)
                .orElseThrow(() -> new NoSuchApplication(applicationId));
        List<Views.TermsVersionView> named = named(application);
        List<TermsAccepted.Terms> accepted = TermsAccepted.check(CommitteeTerms.forRequest(named), acceptedTerms);
        var events = application.join(invitationId, accepted, actor, Instant.now());
        if (!SingleUseTokens.spend(em, SingleUseTokens.Kind.TEAM_INVITATION, invitationId, applicationId, actor.subject())) {
            throw new InvitationUnusable("This invitation was used already.");
        }
        applications.append(application, events);
        acceptances.acceptAll(actor, actor.subject(), named);
        return applicationId;
    }

    /** The invitation a token opens, if it is known, unused and not expired. */
    private SingleUseTokens.Link usable(String token) {
        SingleUseTokens.Link link = SingleUseTokens.find(em, SingleUseTokens.Kind.TEAM_INVITATION, token)
                .orElseThrow(NoSuchInvitation::new);
        if (link.usedAt() != null && link.usedBy() == null) {
            throw new InvitationUnusable("The applicant cancelled this invitation; ask them for a new one.");
        }
        if (link.usedAt() != null) {
            throw new InvitationUnusable("This invitation was used already; ask the applicant for a new one.");
        }
        if (link.expired()) {
            throw new InvitationUnusable("This invitation expired on " + link.expiresAt() + "; ask the applicant for a new one.");
        }
        return link;
    }

    private List<Views.TermsVersionView> named(DataAccessApplication application) {
        return terms.named(catalog.datasets(List.copyOf(application.datasetIds())));
    }

    private DataAccessApplication visible(Actor actor, String applicationId) {
        return VisibleRequests.load(applications, actor, applicationId);
    }
}
