package eu.consulate.interfaces.rest;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;

/**
 * Answers to committees' forms in a request's or draft's JSON: {@code "forms": {"<committee id>":
 * {"<field>": answer, ...}}}, as the services take them (committee id to the JSON of the answers).
 */
final class FormAnswersJson {

    private FormAnswersJson() {
    }

    /** The answers by committee; an entry that is not an object is the caller's mistake (400). */
    static Map<String, String> byCommittee(JsonObject forms) {
        Map<String, String> answers = new HashMap<>();
        if (forms == null) {
            return answers;
        }
        forms.forEach((dac, value) -> {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadRequestException("forms." + dac + ": give the answers to the committee's form as an object"
                        + " of field keys and answers.");
            }
            answers.put(dac, value.toString());
        });
        return answers;
    }

    /** The answers by committee as JSON (an empty object for none). */
    static JsonObject of(Map<String, String> byCommittee) {
        JsonObjectBuilder forms = Json.createObjectBuilder();
        new java.util.TreeMap<>(byCommittee).forEach((dac, answers) ->
                forms.add(dac, Json.createReader(new StringReader(answers)).readObject()));
        return forms.build();
    }
}
