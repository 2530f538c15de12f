package eu.consulate.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.form.FormDefinition;
import eu.consulate.domain.model.form.FormField;
import eu.consulate.infrastructure.form.FormJson;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Each committee's application form (issue 8), in versions: its administrators publish a
 * definition (their own or a copy of the shipped EHDS template); the newest is current; a
 * published version never changes. Applicants read the current version without the
 * committee-only fields and have answers checked against it.
 */
@Stateless
public class CommitteeForms {

    /** The shipped template asking what EHDS Art. 67 requires. */
    public static final String EHDS_TEMPLATE = "forms/ehds-data-access-application.json";
    /** Largest definition stored, in bytes of UTF-8 (the column is TEXT). */
    static final int MAX_DEFINITION_BYTES = 60_000;

    /** A published version, as administrators list it. */
    public record FormVersion(String id, String dacId, int version, String name, Instant publishedAt, String publishedBy,
                              boolean current, int fields) {
    }

    /** A form to fill in: which version, and its fields as the reader may see them. */
    public record Form(String id, String dacId, int version, String name, List<FormField> fields, String json) {
    }

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    @EJB
    People people;

    @EJB
    CatalogueChanges changes;

    @EJB
    eu.consulate.infrastructure.persistence.ApplicationRepository applications;

    /**
     * The committee's form on a request's page: the version the request is answered with (else
     * the committee's current one), the fields the actor sees (the applicant's; the committee also
     * its own), the answers saved so far, and which fields the actor fills now.
     */
    public record FormOnRequest(String formId, int version, String name, List<FormField> fields,
                                Map<String, Object> answers, boolean mayAnswer, boolean forCommittee) {

        /** The fields the actor fills: the committee its own, the applicant the others. */
        public List<FormField> answerable() {
            return fields.stream().filter(f -> f.committeeOnly() == forCommittee).toList();
        }
    }

    /** The request's form for the actor; empty when neither the request nor its committee has one. */
    public Optional<FormOnRequest> onRequest(Actor actor, String applicationId) {
        eu.consulate.domain.model.application.DataAccessApplication application = visible(actor, applicationId);
        Optional<Object[]> row = formOf(application);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        FormDefinition full = FormJson.read((String) row.get()[2]);
        boolean forCommittee = application.answersForCommittee(actor);
        FormDefinition seen = forCommittee ? full : full.forApplicants();
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        application.applicantAnswers().ifPresent(a -> answers.putAll(FormJson.readAnswers(a.answers())));
        application.committeeAnswersFor(actor).ifPresent(a -> answers.putAll(FormJson.readAnswers(a.answers())));
        return Optional.of(new FormOnRequest((String) row.get()[0], ((Number) row.get()[1]).intValue(), seen.name(),
                seen.fields(), answers, application.mayAnswerForm(actor), forCommittee));
    }

    /**
     * Saves the actor's answers to the request's form: the applicant's are checked against the
     * applicant's fields (every field's error, 400, nothing saved), the committee's against its
     * own fields. Only visible fields' answers are kept.
     */
    public void answer(Actor actor, String applicationId, Map<String, Object> answers) {
        eu.consulate.domain.model.application.DataAccessApplication application = visible(actor, applicationId);
        Object[] row = formOf(application).orElseThrow(() -> ApplicationRuleViolation.conflict(
                "The committee of this request has no application form."));
        FormDefinition full = FormJson.read((String) row[2]);
        boolean forCommittee = application.answersForCommittee(actor);
        FormDefinition form = forCommittee
                ? new FormDefinition(full.name(), full.fields().stream().filter(FormField::committeeOnly)
                        .map(f -> new FormField(f.key(), f.type(), f.required(), f.maxLength(), f.label(), f.help(),
                                f.options(), f.columns(), null, true)).toList())
                : full.forApplicants();
        Map<String, String> errors = form.validate(answers);
        if (!errors.isEmpty()) {
            throw new FormRefused("Some answers cannot be saved; nothing was saved.", errors);
        }
        var events = application.answerForm((String) row[0], ((Number) row[1]).intValue(),
                FormJson.writeAnswers(form.keptAnswers(answers)), actor, Instant.now());
        applications.append(application, events);
    }

    /** The id, version and definition of the form the request answers (pinned), else its committee's current one. */
    private Optional<Object[]> formOf(eu.consulate.domain.model.application.DataAccessApplication application) {
        var pinned = application.answeredForm();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = pinned.isPresent()
                ? em.createNativeQuery("SELECT id, version, definition FROM committee_form WHERE id = ?")
                        .setParameter(1, pinned.get().formId()).getResultList()
                : em.createNativeQuery("SELECT id, version, definition FROM committee_form WHERE dac_id = ? AND is_current = TRUE")
                        .setParameter(1, application.dacId()).getResultList();
        return rows.stream().findFirst();
    }

    private eu.consulate.domain.model.application.DataAccessApplication visible(Actor actor, String applicationId) {
        return VisibleRequests.load(applications, actor, applicationId);
    }

    /** Publishes {@code json} as the committee's next version, current from now on; 400 with every reason. */
    public FormVersion publish(Actor admin, String dacId, String json) {
        Dac dac = administered(admin, dacId);
        if (json != null && json.getBytes(StandardCharsets.UTF_8).length > MAX_DEFINITION_BYTES) {
            throw new FormRefused("The form was refused.", List.of("The definition is larger than "
                    + MAX_DEFINITION_BYTES + " bytes."));
        }
        FormDefinition form;
        try {
            form = FormJson.read(json);
        } catch (FormJson.Unreadable e) {
            throw new FormRefused("The form was refused.", e.reasons());
        }
        List<String> problems = form.problems();
        if (!problems.isEmpty()) {
            throw new FormRefused("The form was refused.", problems);
        }
        Number last = (Number) em.createNativeQuery("SELECT MAX(version) FROM committee_form WHERE dac_id = ?")
                .setParameter(1, dac.id()).getSingleResult();
        int version = last == null ? 1 : last.intValue() + 1;
        String id = UUID.randomUUID().toString();
        long now = System.currentTimeMillis();
        em.createNativeQuery("UPDATE committee_form SET is_current = FALSE WHERE dac_id = ?").setParameter(1, dac.id())
                .executeUpdate();
        em.createNativeQuery("INSERT INTO committee_form (id, dac_id, version, name, definition, published_at, published_by,"
                        + " is_current) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE)")
                .setParameter(1, id).setParameter(2, dac.id()).setParameter(3, version).setParameter(4, form.name())
                .setParameter(5, FormJson.write(form)).setParameter(6, now).setParameter(7, admin.subject())
                .executeUpdate();
        changes.record(admin, dac.id(), null, "form-published", form.name() + ", version " + version + " ("
                + form.fields().size() + " fields)");
        return new FormVersion(id, dac.id(), version, form.name(), Instant.ofEpochMilli(now),
                people.namesOf(Set.of(admin.subject())).getOrDefault(admin.subject(), admin.subject()), true,
                form.fields().size());
    }

    /** Publishes a copy of the shipped EHDS template as the committee's next version. */
    public FormVersion useEhdsTemplate(Actor admin, String dacId) {
        return publish(admin, dacId, ehdsTemplate());
    }

    /** The committee's versions, newest first (its administrators only). */
    public List<FormVersion> versions(Actor admin, String dacId) {
        Dac dac = administered(admin, dacId, LockModeType.NONE);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, version, name, published_at, published_by, is_current,"
                + " definition FROM committee_form WHERE dac_id = ? ORDER BY version DESC").setParameter(1, dac.id())
                .getResultList();
        Map<String, String> names = people.namesOf(rows.stream().map(r -> (String) r[4]).collect(java.util.stream.Collectors.toSet()));
        return rows.stream().map(r -> new FormVersion((String) r[0], dac.id(), ((Number) r[1]).intValue(), (String) r[2],
                Instant.ofEpochMilli(((Number) r[3]).longValue()), names.getOrDefault((String) r[4], (String) r[4]),
                Boolean.TRUE.equals(r[5]) || (r[5] instanceof Number n && n.intValue() != 0),
                FormJson.read((String) r[6]).fields().size())).toList();
    }

    /** The committee's current form as applicants see it (without committee-only fields); empty when it has none. */
    public Optional<Form> current(String dacId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, version, definition FROM committee_form"
                + " WHERE dac_id = ? AND is_current = TRUE").setParameter(1, dacId).getResultList();
        return rows.stream().findFirst().map(r -> {
            FormDefinition form = FormJson.read((String) r[2]).forApplicants();
            return new Form((String) r[0], dacId, ((Number) r[1]).intValue(), form.name(), form.fields(), FormJson.write(form));
        });
    }

    /**
     * Checks an applicant's answers (JSON) against a published version as applicants see it:
     * the field-by-field errors, empty when the answers could be submitted.
     */
    public Map<String, String> check(String formId, String answersJson) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT definition FROM committee_form WHERE id = ?")
                .setParameter(1, formId).getResultList();
        if (rows.isEmpty()) {
            throw new NoSuchForm(formId);
        }
        Map<String, Object> answers;
        try {
            answers = FormJson.readAnswers(answersJson);
        } catch (FormJson.Unreadable e) {
            throw new FormRefused("The answers could not be read.", e.reasons());
        }
        return FormJson.read((String) rows.get(0)).forApplicants().validate(answers);
    }

    /**
     * The answers a submission hands in to committee {@code dacId}'s current form ({@code
     * answersJson} null: none given), checked against its applicant fields: empty when the
     * committee has no form; else the kept answers with the version they answer. Answers that
     * break a field's rule throw {@link FormRefused} with every error, keyed {@code
     * forms.<dacId>.<field>} as in the submission's JSON; nothing is stored here.
     */
    public Optional<eu.consulate.domain.model.application.DataAccessApplication.GivenAnswers> handedIn(String dacId,
            String answersJson) {
        Map<String, String> errors = problemsAtSubmission(dacId, answersJson);
        if (!errors.isEmpty()) {
            throw new FormRefused("Some answers to the committee's form are missing or wrong; nothing was submitted.",
                    errors);
        }
        return current(dacId).map(form -> new eu.consulate.domain.model.application.DataAccessApplication.GivenAnswers(
                form.id(), form.version(), FormJson.writeAnswers(new FormDefinition(form.name(), form.fields())
                        .keptAnswers(answers(answersJson)))));
    }

    /**
     * What {@link #handedIn} would refuse, keyed {@code forms.<dacId>.<field>}; empty when the
     * committee has no form or the answers could be handed in. Lets a submission of requests to
     * several committees report every committee's errors before anything is submitted.
     */
    public Map<String, String> problemsAtSubmission(String dacId, String answersJson) {
        Optional<Form> form = current(dacId);
        if (form.isEmpty()) {
            return Map.of();
        }
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        new FormDefinition(form.get().name(), form.get().fields()).validate(answers(answersJson))
                .forEach((key, error) -> errors.put("forms." + dacId + "." + key, error));
        return errors;
    }

    private static Map<String, Object> answers(String answersJson) {
        if (answersJson == null || answersJson.isBlank()) {
            return Map.of();
        }
        try {
            return FormJson.readAnswers(answersJson);
        } catch (FormJson.Unreadable e) {
            throw new FormRefused("The answers to the committee's form could not be read.", e.reasons());
        }
    }

    /** The fields of a published version as applicants see them; empty for an unknown id. */
    static Optional<FormDefinition> applicantFieldsOf(EntityManager em, String formId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT definition FROM committee_form WHERE id = ?")
                .setParameter(1, formId).getResultList();
        return rows.stream().findFirst().map(d -> FormJson.read((String) d).forApplicants());
    }

    /** The shipped EHDS template's JSON. */
    public static String ehdsTemplate() {
        try (InputStream in = CommitteeForms.class.getClassLoader().getResourceAsStream(EHDS_TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("The EHDS template " + EHDS_TEMPLATE + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The committee, locked for this transaction (versions are numbered one at a time); 403 unless the actor administers it. */
    private Dac administered(Actor admin, String dacId) {
        return administered(admin, dacId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Dac administered(Actor admin, String dacId, LockModeType lock) {
        Dac dac = em.find(Dac.class, dacId, lock);
        if (dac == null) {
            throw new NoSuchCommittee(dacId);
        }
        if (!admin.isAdminOf(dacId)) {
            throw ApplicationRuleViolation.forbidden("Only the committee's administrators publish its forms.");
        }
        return dac;
    }
}
