package eu.consulate.it.support;

import java.net.CookieHandler;
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
        HttpClient client = HttpClient.newBuilder().cookieHandler(new Jar())
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

    /**
     * Keeps every cookie per host and port, Secure ones included: Keycloak marks its login cookies
     * Secure, and a browser sends them to {@code http://localhost} (a secure context) where Java's
     * CookieManager would not.
     */
    private static final class Jar extends CookieHandler {
        private final java.util.Map<String, java.util.Map<String, String>> byOrigin = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public java.util.Map<String, java.util.List<String>> get(URI uri, java.util.Map<String, java.util.List<String>> headers) {
            var cookies = byOrigin.getOrDefault(uri.getHost() + ":" + uri.getPort(), java.util.Map.of());
            if (cookies.isEmpty()) {
                return java.util.Map.of();
            }
            return java.util.Map.of("Cookie", java.util.List.of(cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, java.util.Map<String, java.util.List<String>> headers) {
            var cookies = byOrigin.computeIfAbsent(uri.getHost() + ":" + uri.getPort(),
                    k -> new java.util.concurrent.ConcurrentHashMap<>());
            headers.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    for (String value : values) {
                        for (java.net.HttpCookie cookie : java.net.HttpCookie.parse(value)) {
                            if (cookie.getValue().isEmpty() || cookie.hasExpired()) {
                                cookies.remove(cookie.getName());
                            } else {
                                cookies.put(cookie.getName(), cookie.getValue());
                            }
                        }
                    }
                }
            });
        }
    }

    /** Posts a form of the page last fetched, as a browser does when a (non-ajax) button is pressed. */
    public HttpResponse<String> submit(String path, java.util.Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return send(client, HttpRequest.newBuilder(URI.create(TestStack.APP_URL + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The JSF view state of a page (the hidden field every form of it carries). */
    public static String viewState(String page) {
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("No view state in the page");
        }
        return m.group(1);
    }

    public HttpResponse<String> get(String path) {
        return send(client, HttpRequest.newBuilder(URI.create(TestStack.APP_URL + path)).GET().build());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        return Http.send(client, request);
    }
}
