package eu.consulate.it.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import eu.consulate.devstack.TestStack;

/**
 * Users of the test realm changed the way a Keycloak administrator would: through the admin REST
 * API, as the test Keycloak's master-realm administrator. Passwords equal usernames.
 */
public final class KeycloakUsers {

    private KeycloakUsers() {
    }

    /** Creates an enabled user with the realm role; returns the user's id (their subject). */
    public static String create(String username, String realmRole) {
        HttpResponse<String> created = admin("POST", "/users", "{\"username\":" + Json.quote(username)
                + ",\"enabled\":true,\"emailVerified\":true,\"firstName\":\"Test\",\"lastName\":\"User\""
                + ",\"email\":" + Json.quote(username + "@it.example.org")
                + ",\"credentials\":[{\"type\":\"password\",\"value\":" + Json.quote(username) + ",\"temporary\":false}]}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak refused the user: " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        String role = admin("GET", "/roles/" + realmRole, null).body();
        HttpResponse<String> mapped = admin("POST", "/users/" + id + "/role-mappings/realm", "[" + role + "]");
        if (mapped.statusCode() != 204) {
            throw new IllegalStateException("Keycloak refused the role: " + mapped.statusCode() + " " + mapped.body());
        }
        return id;
    }

    public static void delete(String id) {
        HttpResponse<String> deleted = admin("DELETE", "/users/" + id, null);
        if (deleted.statusCode() != 204) {
            throw new IllegalStateException("Keycloak did not delete the user: " + deleted.statusCode());
        }
    }

    private static HttpResponse<String> admin(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestStack.KEYCLOAK_URL + "/admin/realms/consulate" + path))
                .header("Authorization", "Bearer " + masterAdminToken());
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return Http.send(request.build());
    }

    /** A token of the test Keycloak's master-realm administrator (also: a genuine token of the wrong issuer). */
    public static String masterAdminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(TestStack.KEYCLOAK_ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(
                        URI.create(TestStack.KEYCLOAK_URL + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No master admin token: " + response.statusCode() + " " + response.body());
        }
        return Json.object(response.body()).getString("access_token");
    }
}
