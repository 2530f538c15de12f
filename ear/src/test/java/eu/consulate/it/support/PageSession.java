package eu.consulate.it.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.consulate.devstack.TestStack;

/**
 * A browser's session with the pages, over plain HTTP: signs in through Keycloak's login form
 * (the real OpenID Connect code flow, cookies kept) and then fetches pages as that person.
 */
public final class PageSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient client;

    private PageSession(HttpClient client) {
        this.client = client;
    }

    /** Nobody signed in: pages answer with the way to the identity provider. */
    public static PageSession anonymous() {
        return new PageSession(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** Signs in as a demo user (password = username). */
    public static PageSession signedIn(String username) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> login = send(client, HttpRequest.newBuilder(URI.create(TestStack.APP_URL + "/index.xhtml")).GET().build());
        Matcher form = LOGIN_FORM.matcher(login.body());
        if (!form.find()) {
            throw new IllegalStateException("No Keycloak login form for " + username + ": " + login.statusCode());
        }
        String action = form.group(1).replace("&amp;", "&");
        String credentials = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> home = send(client, HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials)).build());
        if (home.statusCode() != 200 || !home.uri().toString().startsWith(TestStack.APP_URL)) {
            throw new IllegalStateException("Sign-in of " + username + " ended at " + home.uri() + " " + home.statusCode());
        }
        // later fetches must show each page's own status, not where a redirect leads
        return new PageSession(HttpClient.newBuilder().cookieHandler(client.cookieHandler().orElseThrow())
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    public HttpResponse<String> get(String path) {
        return send(client, HttpRequest.newBuilder(URI.create(TestStack.APP_URL + path)).GET().build());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
