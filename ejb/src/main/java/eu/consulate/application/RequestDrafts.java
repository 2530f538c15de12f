package eu.consulate.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.application.DataAccessApplication;
import eu.consulate.domain.model.application.RequestDraft;
import eu.consulate.domain.model.datause.ResearchPurpose;
import eu.consulate.infrastructure.persistence.DraftCodec;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Applicants' drafts (issue 8): the request form saved as they type, over several sittings,
 * before it is submitted. A draft belongs to its applicant alone: for anybody else it does not
 * exist (404). Submitting a draft submits the request and deletes the draft in one transaction.
 */
@Stateless
public class RequestDrafts {

    /** A draft as listed and opened: its form and when it was last saved. */
    public record DraftView(String id, RequestDraft form, Instant createdAt, Instant updatedAt, String copiedFrom) {
    }

    public static final int MAX_DRAFTS = 100;

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    @EJB
    DataAccessRequests requests;

    @EJB
    Catalog catalog;

    /** Saves a new draft; 400 for a field over its limit, 409 at {@value #MAX_DRAFTS} drafts. */
    public DraftView create(Actor actor, RequestDraft form) {
        return create(actor, form, null);
    }

    private DraftView create(Actor actor, RequestDraft form, String copiedFrom) {
        requireApplicant(actor);
        RequestDraft checked = form.checked();
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM request_draft WHERE applicant_subject = ?")
                .setParameter(1, actor.subject()).getSingleResult();
        if (count.intValue() >= MAX_DRAFTS) {
            throw ApplicationRuleViolation.conflict("You have " + MAX_DRAFTS + " drafts; submit or delete some first.");
        }
        String id = UUID.randomUUID().toString();
        long now = Instant.now().toEpochMilli();
        em.createNativeQuery("INSERT INTO request_draft (id, applicant_subject, title, content, created_at, updated_at,"
                + " copied_from) VALUES (?, ?, ?, ?, ?, ?, ?)").setParameter(1, id).setParameter(2, actor.subject())
                .setParameter(3, checked.title()).setParameter(4, DraftCodec.encode(checked)).setParameter(5, now)
                .setParameter(6, now).setParameter(7, copiedFrom).executeUpdate();
        return find(actor, id);
    }

    /** Replaces the draft's form; 404 for another person's or an unknown draft. */
    public DraftView save(Actor actor, String draftId, RequestDraft form) {
        requireApplicant(actor);
        RequestDraft checked = form.checked();
        int updated = em.createNativeQuery("UPDATE request_draft SET title = ?, content = ?, updated_at = ? "
                + "WHERE id = ? AND applicant_subject = ?").setParameter(1, checked.title())
                .setParameter(2, DraftCodec.encode(checked)).setParameter(3, Instant.now().toEpochMilli())
                .setParameter(4, draftId).setParameter(5, actor.subject()).executeUpdate();
        if (updated == 0) {
            throw new NoSuchDraft(draftId);
        }
        return find(actor, draftId);
    }

    /** The actor's drafts, last saved first. */
    public List<DraftView> mine(Actor actor) {
        requireApplicant(actor);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, content, created_at, updated_at, copied_from "
                + "FROM request_draft WHERE applicant_subject = ? ORDER BY updated_at DESC, id")
                .setParameter(1, actor.subject()).setMaxResults(MAX_DRAFTS).getResultList();
        return rows.stream().map(RequestDrafts::view).toList();
    }

    /** One of the actor's drafts; 404 for anybody else's. */
    public DraftView find(Actor actor, String draftId) {
        requireApplicant(actor);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, content, created_at, updated_at, copied_from "
                + "FROM request_draft WHERE id = ? AND applicant_subject = ?").setParameter(1, draftId)
                .setParameter(2, actor.subject()).getResultList();
        if (rows.isEmpty()) {
            throw new NoSuchDraft(draftId);
        }
        return view(rows.get(0));
    }

    /** Deletes one of the actor's drafts; 404 for anybody else's. */
    public void delete(Actor actor, String draftId) {
        requireApplicant(actor);
        int deleted = em.createNativeQuery("DELETE FROM request_draft WHERE id = ? AND applicant_subject = ?")
                .setParameter(1, draftId).setParameter(2, actor.subject()).executeUpdate();
        if (deleted == 0) {
            throw new NoSuchDraft(draftId);
        }
    }

    /**
     * Submits the form ({@code draftId} null: a form never saved) as one request per committee of
     * its datasets, with the coded purpose when it states a category, and deletes the draft in the
     * same transaction. Every rule of a submission applies (400 and the draft kept).
     */
    public List<String> submit(Actor actor, String holderSubject, String draftId, RequestDraft form,
            Collection<String> acceptedTerms) {
        if (draftId != null) {
            find(actor, draftId);
        }
        ResearchPurpose coded = form.category() == null ? null : ResearchPurpose.of(form.category(),
                "DS".equals(form.category()) ? form.diseases() : List.of(), form.commercial(),
                form.forProfitOrganisation(), form.methodsDevelopment(), form.geneticStudy(), form.controlSet());
        List<String> ids = requests.submitLinked(actor, holderSubject, form.title(), form.researchPurpose(),
                form.datasetIds(), form.use(), form.organisationType(), coded, acceptedTerms, form.formAnswers(),
                form.signingOfficial());
        if (draftId != null) {
            delete(actor, draftId);
        }
        return ids;
    }

    /**
     * A new draft with the content of one of the actor's own requests (any state, also closed
     * ones): title, purpose, the datasets that can still be requested, use, organisation, the
     * coded purpose and the answers to the committee's form. 403 for a request that is not theirs, 404 for an unknown one.
     */
    public DraftView copyOf(Actor actor, String applicationId) {
        requireApplicant(actor);
        DataAccessApplication request = requests.ownRequest(actor, applicationId);
        var coded = request.codedPurpose().map(c -> c.purpose());
        java.util.Set<String> current = new java.util.HashSet<>(catalog.current().stream()
                .map(eu.consulate.domain.model.dac.Dataset::id).toList());
        String title = request.title().length() + 8 > RequestDraft.MAX_TITLE ? request.title()
                : "Copy of " + request.title();
        RequestDraft form = new RequestDraft(title, request.researchPurpose(),
                request.datasetIds().stream().filter(current::contains).toList(), request.use(), request.organisation(),
                coded.map(p -> p.category().shorthand()).orElse(null), coded.map(ResearchPurpose::diseases).orElse(List.of()),
                coded.map(ResearchPurpose::commercial).orElse(false),
                coded.map(ResearchPurpose::forProfitOrganisation).orElse(false),
                coded.map(ResearchPurpose::methodsDevelopment).orElse(false),
                coded.map(ResearchPurpose::geneticStudy).orElse(false), coded.map(ResearchPurpose::controlSet).orElse(false),
                request.applicantAnswers().map(a -> java.util.Map.of(request.dacId(), a.answers())).orElse(java.util.Map.of()),
                null);
        return create(actor, form, applicationId);
    }

    private static void requireApplicant(Actor actor) {
        if (!actor.hasRole(Actor.APPLICANT)) {
            throw ApplicationRuleViolation.forbidden("Only applicants keep drafts of requests.");
        }
    }

    private static DraftView view(Object[] row) {
        return new DraftView((String) row[0], DraftCodec.decode((String) row[1]),
                Instant.ofEpochMilli(((Number) row[2]).longValue()), Instant.ofEpochMilli(((Number) row[3]).longValue()),
                (String) row[4]);
    }
}
