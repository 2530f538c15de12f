package eu.consulate.interfaces.pull;

import java.util.logging.Logger;

import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Takes the Jakarta Security authentication module off the pull's web module.
 *
 * <p>Soteria registers its JASPIC bridge in every web module of an application that has a
 * Jakarta Security mechanism (here the UI's OpenID Connect), before any listener starts. In this
 * module it has nothing to do: no mechanism is meant for it and {@link PassportServlet} checks the
 * bearer token itself. Left in place, Payara called it twice per pull (validate and secure
 * response), about a fifth of a pull's time (ADR 10). Removing the registration
 * ({@link AuthConfigFactory#removeServerAuthModule}, Jakarta Authentication 3) leaves Payara's
 * container security without a JASPIC provider for this context, as for any web module without
 * a mechanism.
 */
@WebListener
public class WithoutAuthenticationModule implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(WithoutAuthenticationModule.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        AuthConfigFactory factory = AuthConfigFactory.getFactory();
        if (factory != null) {
            factory.removeServerAuthModule(event.getServletContext());
            LOG.info(() -> "No Jakarta Security authentication module for context '"
                    + event.getServletContext().getContextPath() + "': the visa pull checks its bearer tokens itself");
        }
    }
}
