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

    /** The rows of a list page ({@code items}). */
    public static JsonArray items(String body) {
        return object(body).getJsonArray("items");
    }

    /** How many rows the whole list of a list page has ({@code total}). */
    public static long total(String body) {
        return object(body).getJsonNumber("total").longValue();
    }

    public static String quote(String s) {
        return jakarta.json.Json.createValue(s).toString();
    }
}
