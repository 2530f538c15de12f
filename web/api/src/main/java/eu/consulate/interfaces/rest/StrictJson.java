package eu.consulate.interfaces.rest;

import java.lang.reflect.Type;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B as the API reads bodies: a text field takes a JSON string and nothing else. Left alone,
 * the binder turns {@code "title": true} into the title "true" and {@code 42} into "42", so a
 * client's type mistake would be stored instead of refused (the reader interceptor answers 400).
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(new TextOnly()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** A string from a JSON string only. */
    public static final class TextOnly implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            // Yasson's parser stands on the value's event and reads it whole here
            JsonValue value = parser.getValue();
            if (value instanceof JsonString text) {
                return text.getString();
            }
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            throw new JsonbException("Expected text, found " + value.getValueType());
        }
    }
}
