package eu.consulate.infrastructure.notification;

import java.io.IOException;
import java.io.StringReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where to mail a person: the address their token carried at their last sign-in, else the one the
 * identity provider has for them, read from Keycloak's admin API with a service account
 * ({@code consulate.idp.directory.client-id} and {@code .client-secret}, role view-users; the
 * subject is the Keycloak user's id). So a committee member who never signed in to Consulate is
 * mailed too. Called by the delivery worker, outside the user's transaction.
 */
@ApplicationScoped
public class PersonDirectory {

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "consulate.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "consulate.idp.directory.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "consulate.idp.directory.client-secret")
    Optional<String> clientSecret;

    private volatile String token;
    private volatile long tokenUntil;

    /** The person's address; empty when neither Consulate nor the identity provider knows one. */
    public Optional<String> emailOf(String subject) throws IOException {
        @SuppressWarnings("unchecked")
        List<Object> known = em.createNativeQuery("SELECT email FROM person WHERE subject = ?").setParameter(1, subject)
                .getResultList();
        if (!known.isEmpty() && known.get(0) != null) {
            return Optional.of(known.get(0).toString());
        }
        if (clientId.isEmpty() || clientId.get().isBlank() || clientSecret.isEmpty()) {
            return Optional.empty();
        }
        String base = providerUri.strip().replaceAll("/+$", "");
        String admin = base.replace("/realms/", "/admin/realms/");
        Answer user = send(admin + "/users/" + URLEncoder.encode(subject, StandardCharsets.UTF_8),
                "Bearer " + token(base), null);
        if (user.status() == 404) {
            return Optional.empty();
        }
        if (user.status() != 200) {
            throw new IOException("the identity provider answered HTTP " + user.status() + " for a person's address");
        }
        JsonObject json = Json.createReader(new StringReader(user.body())).readObject();
        String email = json.getString("email", "");
        return email.isBlank() ? Optional.empty() : Optional.of(email);
    }

    private String token(String base) throws IOException {
        if (token != null && System.currentTimeMillis() < tokenUntil) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId.get(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret.get(), StandardCharsets.UTF_8);
        Answer answer = send(base + "/protocol/openid-connect/token", null, form);
        if (answer.status() != 200) {
            throw new IOException("the identity provider refused the directory's service account (HTTP "
                    + answer.status() + ")");
        }
        JsonObject json = Json.createReader(new StringReader(answer.body())).readObject();
        token = json.getString("access_token");
        tokenUntil = System.currentTimeMillis() + Math.max(0, json.getInt("expires_in", 60) - 10) * 1000L;
        return token;
    }

    private record Answer(int status, String body) {
    }

    /**
     * A GET (no {@code form}) or a form POST, bounded (5 s to connect, 10 s to answer). Plain
     * {@link HttpURLConnection}: no client threads that would outlive a redeployment.
     */
    private static Answer send(String url, String authorization, String form) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        try {
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(10_000);
            connection.setInstanceFollowRedirects(false);
            if (authorization != null) {
                connection.setRequestProperty("Authorization", authorization);
            }
            if (form != null) {
                byte[] bytes = form.getBytes(StandardCharsets.UTF_8);
                connection.setRequestMethod("POST");
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
                try (var out = connection.getOutputStream()) {
                    out.write(bytes);
                }
            }
            int status = connection.getResponseCode();
            var in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(status, body);
        } finally {
            connection.disconnect();
        }
    }
}
