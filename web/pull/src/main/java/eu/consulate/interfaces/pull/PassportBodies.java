package eu.consulate.interfaces.pull;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

/**
 * The JSON body of each holder's passport ({@code {"ga4gh_passport_v1": [visa, ...]}}), written
 * once for each list of visas and served as bytes after that.
 *
 * <p>{@code Passports} hands out the same immutable list for as long as its cache keeps a
 * holder's passport, so a body is reused only for that very list ({@code ==}); any other list,
 * equal or not, is written afresh. Writing the JSON on every pull took about a sixth of a pull's
 * time (ADR 10). At most {@link #MAX_HOLDERS} bodies: beyond that the map starts afresh.
 */
final class PassportBodies {

    static final int MAX_HOLDERS = 50_000;

    private record Body(List<String> visas, byte[] json) {
    }

    private final ConcurrentHashMap<String, Body> bodies = new ConcurrentHashMap<>();
    private final JsonGeneratorFactory generators = Json.createGeneratorFactory(Map.of());

    /** The UTF-8 JSON body of {@code holder}'s passport holding {@code visas}. */
    byte[] of(String holder, List<String> visas) {
        Body body = bodies.get(holder);
        if (body != null && body.visas() == visas) {
            return body.json();
        }
        byte[] json = write(visas);
        if (bodies.size() >= MAX_HOLDERS) {
            bodies.clear();
        }
        bodies.put(holder, new Body(visas, json));
        return json;
    }

    private byte[] write(List<String> visas) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + visas.size() * 1024);
        try (JsonGenerator json = generators.createGenerator(out, java.nio.charset.StandardCharsets.UTF_8)) {
            json.writeStartObject().writeStartArray(PassportServlet.PASSPORT_CLAIM);
            visas.forEach(json::write);
            json.writeEnd().writeEnd();
        }
        return out.toByteArray();
    }

    int size() {
        return bodies.size();
    }
}
