package eu.consulate.interfaces.web;

import java.util.Optional;

import eu.consulate.application.PermitDocuments;
import eu.consulate.application.PermitDocuments.PublicPermit;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The public page a permit document's QR code leads to ({@code /verify/permit.xhtml?id=}): whether
 * the permit is valid now. No login; it shows no names.
 */
@Named
@RequestScoped
public class PermitVerificationView {

    @EJB
    PermitDocuments documents;

    private Optional<PublicPermit> permit = Optional.empty();
    private final java.time.Instant checkedAt = java.time.Instant.now();

    @PostConstruct
    void load() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        permit = documents.publicStatus(id);
    }

    public java.time.Instant getCheckedAt() {
        return checkedAt;
    }

    public boolean isFound() {
        return permit.isPresent();
    }

    public PublicPermit getPermit() {
        return permit.orElse(null);
    }

    /** "valid", or why not: "revoked", "suspended", "expired", "not yet valid". */
    public String getVerdict() {
        if (permit.isEmpty()) {
            return "unknown";
        }
        PublicPermit p = permit.get();
        if (p.validNow()) {
            return "valid";
        }
        return switch (p.status()) {
            case "REVOKED" -> "not valid: revoked";
            case "SUSPENDED" -> "not valid: suspended";
            default -> p.validUntil() != null && p.validUntil().isBefore(java.time.Instant.now()) ? "not valid: expired"
                    : "not valid yet";
        };
    }
}
