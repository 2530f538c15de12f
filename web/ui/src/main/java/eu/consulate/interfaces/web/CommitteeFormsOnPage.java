package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import eu.consulate.application.CommitteeForms;
import eu.consulate.infrastructure.form.FormJson;

/**
 * The forms of the committees of the datasets chosen on the new-request page, as they are being
 * filled in: one {@link FormFill} per committee, kept while its committee stays chosen, the
 * answers a draft held shown when their form appears, the answers collected for the draft and
 * the submission, and a refused submission's errors put at their questions.
 */
public class CommitteeFormsOnPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form of one committee, as it is being filled in. */
    public record CommitteeForm(String dacId, String committee, String formId, FormFill fill) implements Serializable {

        private static final long serialVersionUID = 1L;

        Map<String, Object> answers() {
            return fill.answers(fill.answering());
        }
    }

    private List<CommitteeForm> forms = new ArrayList<>();
    /** Answers held for committees whose form is not on the page (committee id to JSON): from the draft or typed before. */
    private Map<String, String> held = Map.of();

    /** The answers a draft holds, shown when their committee's form appears. */
    void restore(Map<String, String> answersByCommittee) {
        held = Map.copyOf(answersByCommittee);
    }

    /**
     * Shows the forms of {@code committees} (committee id to name, in order) that have one
     * ({@code current}): a form already on the page keeps what was typed; one dropped keeps its
     * answers in case its committee is chosen again.
     */
    void show(Map<String, String> committees, Function<String, Optional<CommitteeForms.Form>> current, String language) {
        Map<String, CommitteeForm> shown = new HashMap<>();
        Map<String, String> keep = new HashMap<>(held);
        for (CommitteeForm form : forms) {
            shown.put(form.dacId(), form);
            keep.put(form.dacId(), FormJson.writeAnswers(form.answers()));
        }
        held = keep;
        List<CommitteeForm> next = new ArrayList<>();
        committees.forEach((dacId, committee) -> current.apply(dacId).ifPresent(form -> {
            CommitteeForm kept = shown.get(dacId);
            if (kept != null && kept.formId().equals(form.id())) {
                next.add(kept);
            } else {
                String saved = held.get(dacId);
                next.add(new CommitteeForm(dacId, committee, form.id(), new FormFill(form.name(), form.fields(),
                        saved == null ? Map.of() : FormJson.readAnswers(saved), language, false)));
            }
        }));
        forms = next;
    }

    /** The answers on the page (committee id to JSON), for the draft and the submission; untouched forms left out. */
    Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        for (CommitteeForm form : forms) {
            Map<String, Object> given = form.answers();
            if (given.values().stream().anyMatch(CommitteeFormsOnPage::isAnswer)) {
                answers.put(form.dacId(), FormJson.writeAnswers(given));
            }
        }
        return answers;
    }

    /** A refused submission's errors ({@code forms.<committee>.<field>}) at their questions; others cleared. */
    void showErrors(Map<String, String> fieldErrors) {
        for (CommitteeForm form : forms) {
            String prefix = "forms." + form.dacId() + ".";
            Map<String, String> errors = new HashMap<>();
            fieldErrors.forEach((key, error) -> {
                if (key.startsWith(prefix)) {
                    errors.put(key.substring(prefix.length()), error);
                }
            });
            form.fill().setErrors(errors);
        }
    }

    List<CommitteeForm> forms() {
        return forms;
    }

    /** An answer typed or chosen (an unticked box or an empty choice or table is none). */
    private static boolean isAnswer(Object value) {
        return !(Boolean.FALSE.equals(value) || value instanceof java.util.Collection<?> c && c.isEmpty());
    }
}
