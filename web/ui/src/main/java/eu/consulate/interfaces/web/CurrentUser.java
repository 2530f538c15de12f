package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** Who is logged in and which areas the roles open, for the page template. */
@Named
@RequestScoped
public class CurrentUser implements Serializable {

    @Inject
    transient SecurityContext securityContext;

    public boolean isLoggedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getName() {
        var principal = securityContext.getCallerPrincipal();
        return principal == null ? "" : principal.getName();
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    public boolean isApplicant() {
        return hasRole(Roles.APPLICANT);
    }

    public boolean isCommittee() {
        return hasRole(Roles.DAC_MEMBER) || hasRole(Roles.DAC_CHAIR) || hasRole(Roles.LEGAL_OFFICER);
    }

    public boolean isAdmin() {
        return hasRole(Roles.DAC_ADMIN);
    }

    public List<String> getRoles() {
        return Stream.of(Roles.APPLICANT, Roles.DAC_MEMBER, Roles.DAC_CHAIR, Roles.LEGAL_OFFICER, Roles.DAC_ADMIN)
                .filter(this::hasRole).toList();
    }
}
