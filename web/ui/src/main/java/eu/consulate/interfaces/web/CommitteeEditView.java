package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.List;

import eu.consulate.application.CatalogRuleViolation;
import eu.consulate.application.CommitteeAdministration;
import eu.consulate.application.CommitteeTerms;
import eu.consulate.application.NoSuchCommittee;
import eu.consulate.application.NoSuchSeat;
import eu.consulate.application.Views;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.dac.DacRole;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One committee for its administrator ({@code admin/committee.xhtml?id=}): its description, seats,
 * versions of its terms, retirement and the record of every change. The rules are the services';
 * this bean turns their refusals into messages.
 */
@Named
@ViewScoped
public class CommitteeEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UiActor actor;

    @EJB
    transient CommitteeAdministration administration;

    @EJB
    transient CommitteeTerms terms;

    private String id;
    private Views.CommitteeView committee;
    private List<Views.TermsVersionView> versions = List.of();
    private List<Views.CatalogueChangeView> changes = List.of();

    private String name;
    private String description;
    private String contactEmail;
    private String seatUsername;
    private String seatRole = "MEMBER";
    private String termsVersion;
    private String termsTitle;
    private String termsUrl;

    /** f:viewAction: a committee the person does not administer is, for them, none (404). */
    public void load() {
        try {
            show();
            name = committee.name();
            description = committee.description();
            contactEmail = committee.contactEmail();
        } catch (NoSuchCommittee e) {
            Messages.sendError(404);
        }
    }

    private void show() {
        committee = administration.committee(actor.get(), id);
        versions = terms.versions(actor.get(), id);
        changes = administration.changes(actor.get(), id);
    }

    private String reload() {
        return "/admin/committee?faces-redirect=true&id=" + id;
    }

    public String describe() {
        try {
            var dac = administration.describeCommittee(actor.get(), id, name, description, contactEmail);
            Messages.info("Committee described", dac.name());
            return reload();
        } catch (CatalogRuleViolation e) {
            Messages.error(null, e.getMessage());
            return null;
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        }
    }

    public String giveSeat() {
        try {
            DacRole role = CommitteeAdministration.role(seatRole);
            administration.giveSeat(actor.get(), id, new CommitteeAdministration.Seat(null, seatUsername, role));
            Messages.info("Seat given", seatUsername + " as " + role.label());
            return reload();
        } catch (CatalogRuleViolation e) {
            Messages.error("seats:seat-username", e.getMessage());
            return null;
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        }
    }

    public String takeSeat(String subject, String role) {
        try {
            DacRole taken = CommitteeAdministration.role(role);
            Views.CommitteeView left = administration.takeSeat(actor.get(), id, subject, taken);
            Messages.info("Seat taken away", "No longer " + taken.label());
            return left == null ? "/admin/index?faces-redirect=true" : reload();
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        } catch (NoSuchSeat e) {
            Messages.error(null, e.getMessage());
            return null;
        }
    }

    public String publishTerms() {
        try {
            var published = terms.publish(actor.get(), id, termsVersion, termsTitle, termsUrl);
            Messages.info("Terms published", published.label() + " is what applicants accept from now on.");
            return reload();
        } catch (CatalogRuleViolation e) {
            Messages.error(null, e.getMessage());
            return null;
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        }
    }

    /** Makes an earlier version current again; {@code versionId} null withdraws the terms. */
    public String makeCurrent(String versionId) {
        try {
            terms.makeCurrent(actor.get(), id, versionId);
            Messages.info(versionId == null ? "Terms withdrawn" : "Terms made current",
                    versionId == null ? "Applicants accept no terms of this committee, unless a dataset names a version."
                            : "Applicants accept this version from now on.");
            return reload();
        } catch (CatalogRuleViolation e) {
            Messages.error(null, e.getMessage());
            return null;
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        }
    }

    public String retire() {
        try {
            var dac = administration.retireCommittee(actor.get(), id);
            Messages.info("Committee retired", dac.name() + " and its datasets no longer take requests.");
            return reload();
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        }
    }

    /** "chair", "legal officer" for a seat's role name. */
    public String roleLabel(String role) {
        return DacRole.valueOf(role).label();
    }

    public List<DacRole> getRoles() {
        return List.of(DacRole.values());
    }

    public Views.CommitteeView getCommittee() {
        return committee;
    }

    public List<Views.TermsVersionView> getVersions() {
        return versions;
    }

    public List<Views.CatalogueChangeView> getChanges() {
        return changes;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getSeatUsername() {
        return seatUsername;
    }

    public void setSeatUsername(String seatUsername) {
        this.seatUsername = seatUsername;
    }

    public String getSeatRole() {
        return seatRole;
    }

    public void setSeatRole(String seatRole) {
        this.seatRole = seatRole;
    }

    public String getTermsVersion() {
        return termsVersion;
    }

    public void setTermsVersion(String termsVersion) {
        this.termsVersion = termsVersion;
    }

    public String getTermsTitle() {
        return termsTitle;
    }

    public void setTermsTitle(String termsTitle) {
        this.termsTitle = termsTitle;
    }

    public String getTermsUrl() {
        return termsUrl;
    }

    public void setTermsUrl(String termsUrl) {
        this.termsUrl = termsUrl;
    }
}
