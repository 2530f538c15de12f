package eu.consulate.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The REST API. Bearer tokens of the identity provider (MicroProfile JWT; issuer, signature and
 * audience checked), roles from the token's {@code groups} claim.
 */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER,
        ApiRoles.DAC_ADMIN, ApiRoles.VISA_READER})
@jakarta.enterprise.context.ApplicationScoped
public class ConsulateApi extends Application {
}
