package eu.consulate.infrastructure.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the OpenID provider's discovery document answers 200. */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements HealthCheck {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    @ConfigProperty(name = "consulate.oidc.provider-uri")
    String providerUri;

    @Override
    public HealthCheckResponse call() {
        String discovery = providerUri + "/.well-known/openid-configuration";
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(discovery)).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return HealthCheckResponse.named("identity-provider")
                    .status(response.statusCode() == 200)
                    .withData("issuer", providerUri)
                    .withData("status", response.statusCode())
                    .build();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return HealthCheckResponse.named("identity-provider").down()
                    .withData("issuer", providerUri).withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
