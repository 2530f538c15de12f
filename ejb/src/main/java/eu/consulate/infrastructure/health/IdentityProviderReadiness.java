package eu.consulate.infrastructure.health;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the OpenID provider's discovery document answers 200.
 *
 * <p>Deliberately {@link HttpURLConnection}, not {@code java.net.http.HttpClient}: on Java 17 an
 * HttpClient cannot be closed, and its selector thread keeps the context class loader of the
 * request that created it. A client held by this class kept every undeployed version of the
 * application in memory, with its EclipseLink session (issue 13).
 */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements HealthCheck {

    private static final int CONNECT_TIMEOUT_MS = 2_000;
    private static final int READ_TIMEOUT_MS = 3_000;

    @Inject
    @ConfigProperty(name = "consulate.oidc.provider-uri")
    String providerUri;

    @Override
    public HealthCheckResponse call() {
        String discovery = providerUri + "/.well-known/openid-configuration";
        try {
            int status = statusOf(discovery);
            return HealthCheckResponse.named("identity-provider")
                    .status(status == 200)
                    .withData("issuer", providerUri)
                    .withData("status", status)
                    .build();
        } catch (IOException | IllegalArgumentException e) {
            return HealthCheckResponse.named("identity-provider").down()
                    .withData("issuer", providerUri).withData("error", "not reachable").build();
        }
    }

    private static int statusOf(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        try {
            connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
            connection.setReadTimeout(READ_TIMEOUT_MS);
            connection.setInstanceFollowRedirects(false);
            int status = connection.getResponseCode();
            return status;
        } finally {
            connection.disconnect();
        }
    }
}
