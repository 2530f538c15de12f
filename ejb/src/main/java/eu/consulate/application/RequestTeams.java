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
        String token = SingleUseTokens.newToken();
        applications.append(application, events);
        em.createNativeQuery("INSERT INTO team_invitation (id, application_id, token_sha256, expires_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, invitationId).setParameter(2, applicationId).setParameter(3, SingleUseTokens.sha256(token))
                .setParameter(4, expiresAt.toEpochMilli()).executeUpdate();
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
        int spent = em.createNativeQuery("UPDATE team_invitation SET used_at = ? WHERE id = ? AND application_id = ?"
                        + " AND used_at IS NULL").setParameter(1, System.currentTimeMillis()).setParameter(2, invitationId)
                .setParameter(3, applicationId).executeUpdate();
        if (spent == 0) {
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
        Object[] row = usable(token);
        DataAccessApplication application = applications.find((String) row[1])
                .orElseThrow(() -> new NoSuchApplication((String) row[1]));
        TeamMemberInvited invited = application.invitation((String) row[0])
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
        Object[] row = usable(token);
        String invitationId = (String) row[0];
        String applicationId = (String) row[1];
        DataAccessApplication application = applications.find(applicationId)
                .orElseThrow(() -> new NoSuchApplication(applicationId));
        List<Views.TermsVersionView> named = named(application);
        List<TermsAccepted.Terms> accepted = TermsAccepted.check(CommitteeTerms.forRequest(named), acceptedTerms);
        var events = application.join(invitationId, accepted, actor, Instant.now());
        int spent = em.createNativeQuery("UPDATE team_invitation SET used_by = ?, used_at = ? WHERE id = ? AND used_at IS NULL")
                .setParameter(1, actor.subject()).setParameter(2, System.currentTimeMillis()).setParameter(3, invitationId)
                .executeUpdate();
        if (spent == 0) {
            throw new InvitationUnusable("This invitation was used already.");
        }
        applications.append(application, events);
        acceptances.acceptAll(actor, actor.subject(), named);
        return applicationId;
    }

    /** The invitation's id and request for a token that is known, unused and not expired. */
    private Object[] usable(String token) {
        if (!SingleUseTokens.plausible(token)) {
            throw new NoSuchInvitation();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, application_id, expires_at, used_at, used_by FROM team_invitation"
                + " WHERE token_sha256 = ?").setParameter(1, SingleUseTokens.sha256(token)).getResultList();
        if (rows.isEmpty()) {
            throw new NoSuchInvitation();
        }
        Object[] row = rows.get(0);
        if (row[3] != null && row[4] == null) {
            throw new InvitationUnusable("The applicant cancelled this invitation; ask them for a new one.");
        }
        if (row[3] != null) {
            throw new InvitationUnusable("This invitation was used already; ask the applicant for a new one.");
        }
        if (((Number) row[2]).longValue() < System.currentTimeMillis()) {
            throw new InvitationUnusable("This invitation expired on " + Instant.ofEpochMilli(((Number) row[2]).longValue())
                    + "; ask the applicant for a new one.");
        }
        return row;
    }

    private List<Views.TermsVersionView> named(DataAccessApplication application) {
        return terms.named(catalog.datasets(List.copyOf(application.datasetIds())));
    }

    private DataAccessApplication visible(Actor actor, String applicationId) {
        return VisibleRequests.load(applications, actor, applicationId);
    }
}
