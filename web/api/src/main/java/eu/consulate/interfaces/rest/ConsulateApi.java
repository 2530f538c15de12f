package eu.consulate.interfaces.rest;

import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API. Bearer tokens of the identity provider (issuer, signature, audience and expiry
 * checked by {@link ApiMechanism}), roles from the token's {@code groups} claim.
 */
@ApplicationPath("/")
@DeclareRoles({ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER,
        ApiRoles.DAC_ADMIN, ApiRoles.VISA_READER})
@jakarta.enterprise.context.ApplicationScoped
public class ConsulateApi extends Application {
}
