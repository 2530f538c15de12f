package eu.consulate.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import eu.consulate.devstack.TestStack;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Real access tokens from the test Keycloak. Demo users' passwords equal their usernames. */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Tokens() {
    }

    public static String forUser(String username) {
        return token(Map.of("grant_type", "password", "client_id", "consulate-test",
                "username", username, "password", username));
    }

    public static String forDownstreamSystem() {
        return token(Map.of("grant_type", "client_credentials", "client_id", "consulate-broker",
                "client_secret", "consulate-broker-secret"));
    }

    /** The claims of a token, without checking it (tests only read their own tokens). */
    public static JsonObject claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        byte[] json = java.util.Base64.getUrlDecoder().decode(payload);
        return Json.createReader(new java.io.ByteArrayInputStream(json)).readObject();
    }

    private static String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(TestStack.ISSUER + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token request refused: " + response.statusCode() + " " + response.body());
            }
            return Json.createReader(new java.io.StringReader(response.body())).readObject().getString("access_token");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
