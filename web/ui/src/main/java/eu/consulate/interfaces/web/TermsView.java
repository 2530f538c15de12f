package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import eu.consulate.application.Catalog;
import eu.consulate.application.NoSuchCommittee;
import eu.consulate.application.TermsAcceptances;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The committees' terms on the applicant's permits page: which committees set terms, whether the
 * applicant accepted the current ones, and a button to accept them (a terms visa follows).
 */
@Named
@ViewScoped
public class TermsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A committee's terms as the applicant sees them; {@code acceptedAt} null until accepted. */
    public record TermsRow(String committeeId, String committee, String termsUrl, String terms, Instant acceptedAt) {
    }

    @EJB
    transient TermsAcceptances acceptances;

    @EJB
    transient Catalog catalog;

    @EJB
    transient eu.consulate.application.CommitteeTerms terms;

    @Inject
    transient UiActor actor;

    private List<TermsRow> rows;

    @PostConstruct
    void load() {
        Map<String, Instant> accepted = acceptances.of(actor.get(), actor.subject()).stream()
                .filter(a -> a.versionId() != null)
                .collect(Collectors.toMap(TermsAcceptances.Acceptance::versionId, TermsAcceptances.Acceptance::acceptedAt,
                        (x, y) -> x));
        rows = terms.current().stream()
                .map(t -> new TermsRow(t.committeeId(), t.committee(), t.url(), t.label(), accepted.get(t.id())))
                .toList();
    }

    public String accept(String committeeId) {
        try {
            var done = acceptances.accept(actor.get(), actor.subject(), committeeId);
            Messages.info("Terms accepted", done.acceptance().committee() + ": " + done.acceptance().label());
            return "/applicant/permits?faces-redirect=true";
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        } catch (NoSuchCommittee e) {
            Messages.error(null, e.getMessage());
            return null;
        }
    }

    public List<TermsRow> getRows() {
        return rows;
    }
}
