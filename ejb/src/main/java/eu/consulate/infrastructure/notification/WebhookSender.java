package eu.consulate.infrastructure.notification;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Posts a webhook delivery, signed ({@link WebhookSignature}), and says whether the receiver took it
 * (2xx). Redirects are not followed; connecting and answering are bounded (5 s, 10 s). Plain
 * {@link HttpURLConnection}: no client threads that would outlive a redeployment.
 */
@ApplicationScoped
public class WebhookSender {

    /** Posts {@code body}; throws with the reason when the receiver did not answer 2xx. */
    public void post(String url, String secret, String id, String body) throws IOException {
        long timestamp = System.currentTimeMillis() / 1000;
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        try {
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(10_000);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(bytes.length);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setRequestProperty("webhook-id", id);
            connection.setRequestProperty("webhook-timestamp", Long.toString(timestamp));
            connection.setRequestProperty("webhook-signature", WebhookSignature.sign(secret, id, timestamp, body));
            try (OutputStream out = connection.getOutputStream()) {
                out.write(bytes);
            }
            int status = connection.getResponseCode();
            if (status / 100 != 2) {
                throw new IOException("the receiver answered HTTP " + status);
            }
        } finally {
            connection.disconnect();
        }
    }
}
