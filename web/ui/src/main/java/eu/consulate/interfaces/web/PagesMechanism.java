package eu.consulate.interfaces.web;

import eu.consulate.infrastructure.security.DelegatingMechanism;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/** The pages log in through OpenID Connect (see {@link DelegatingMechanism} for why this exists). */
@Alternative
@Priority(1000)
@ApplicationScoped
public class PagesMechanism extends DelegatingMechanism {

    @Override
    protected String mechanismName() {
        return "OpenIdAuthenticationMechanism";
    }
}
