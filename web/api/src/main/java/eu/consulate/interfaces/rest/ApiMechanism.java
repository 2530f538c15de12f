package eu.consulate.interfaces.rest;

import eu.consulate.infrastructure.security.DelegatingMechanism;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/** The API takes MicroProfile JWT bearer tokens (see {@link DelegatingMechanism} for why this exists). */
@Alternative
@Priority(1000)
@ApplicationScoped
public class ApiMechanism extends DelegatingMechanism {

    @Override
    protected String mechanismName() {
        return "JWTAuthenticationMechanism";
    }
}
