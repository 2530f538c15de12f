package eu.consulate.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The login settings from configuration, for the expressions of {@link SecurityConfiguration}. */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "consulate.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "consulate.oidc.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "consulate.oidc.client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "consulate.public-url")
    String publicUrl;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public String getPostLogoutUri() {
        return publicUrl + "/goodbye.xhtml";
    }
}
