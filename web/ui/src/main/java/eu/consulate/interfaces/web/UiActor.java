package eu.consulate.interfaces.web;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.consulate.application.Actors;
import eu.consulate.domain.model.application.Actor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The logged-in user as the domain sees them, and their identifier for visas. */
@RequestScoped
public class UiActor {

    @Inject
    SecurityContext securityContext;

    @Inject
    OpenIdContext openIdContext;

    @EJB
    Actors actors;

    @Inject
    @ConfigProperty(name = "consulate.visa.subject-claim", defaultValue = "sub")
    String subjectClaim;

    private Actor actor;

    public Actor get() {
        if (actor == null) {
            Set<String> roles = Stream.of(Roles.APPLICANT, Roles.DAC_MEMBER, Roles.DAC_CHAIR, Roles.LEGAL_OFFICER,
                    Roles.DAC_ADMIN).filter(securityContext::isCallerInRole).collect(Collectors.toSet());
            // the subject identifies; the username (the principal's name) is only shown
            var claims = openIdContext.getIdentityToken().getJwtClaims();
            actor = actors.of(openIdContext.getSubject(), securityContext.getCallerPrincipal().getName(), roles,
                    claims.getStringClaim("email").orElse(null), claims.getStringClaim("locale").orElse(null));
        }
        return actor;
    }

    /** The holder identifier downstream brokers know this user by (configurable claim, default sub). */
    public String subject() {
        if ("sub".equals(subjectClaim)) {
            return openIdContext.getSubject();
        }
        return openIdContext.getClaims().getStringClaim(subjectClaim)
                .or(() -> java.util.Optional.ofNullable(openIdContext.getAccessToken().getClaim(subjectClaim))
                        .map(Object::toString))
                .orElseThrow(() -> new IllegalStateException("No claim " + subjectClaim + " in the login tokens"));
    }
}
