package eu.consulate.interfaces.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Browser login through the identity provider (OpenID Connect authorization code flow, Jakarta
 * Security). Realm roles arrive in the {@code groups} claim and map to the roles below.
 * The session is capped at the access token's lifetime and refreshed while the user works.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/Callback",
        redirectToOriginalResource = false,
        scope = {"openid", "email", "profile"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${oidcSettings.postLogoutUri}",
                accessTokenExpiry = true, identityTokenExpiry = true),
        tokenAutoRefresh = true)
@DeclareRoles({Roles.APPLICANT, Roles.DAC_MEMBER, Roles.DAC_CHAIR, Roles.LEGAL_OFFICER, Roles.DAC_ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
