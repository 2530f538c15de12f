package eu.consulate.it.support;

import java.io.StringReader;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** Reading response bodies. */
public final class Json {

    private Json() {
    }

    public static JsonObject object(String body) {
        return jakarta.json.Json.createReader(new StringReader(body)).readObject();
    }

    public static JsonArray array(String body) {
        return jakarta.json.Json.createReader(new StringReader(body)).readArray();
    }

    public static String quote(String s) {
        return jakarta.json.Json.createValue(s).toString();
    }
}
