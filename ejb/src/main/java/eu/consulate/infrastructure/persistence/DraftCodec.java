package eu.consulate.infrastructure.persistence;

import java.io.StringReader;
import java.util.List;

import eu.consulate.domain.model.application.RequestDraft;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;

/** A draft's form as stored in {@code request_draft.content}: one JSON object, fields by their API names. */
public final class DraftCodec {

    private static final JsonProvider JSON = JsonProvider.provider();

    private DraftCodec() {
    }

    public static String encode(RequestDraft d) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        put(json, "title", d.title());
        put(json, "researchPurpose", d.researchPurpose());
        json.add("datasetIds", array(d.datasetIds()));
        put(json, "use", d.use());
        put(json, "organisationType", d.organisationType());
        put(json, "category", d.category());
        put(json, "signingOfficial", d.signingOfficial());
        json.add("diseases", array(d.diseases()));
        json.add("commercial", d.commercial()).add("forProfitOrganisation", d.forProfitOrganisation())
                .add("methodsDevelopment", d.methodsDevelopment()).add("geneticStudy", d.geneticStudy())
                .add("controlSet", d.controlSet());
        if (!d.formAnswers().isEmpty()) {
            JsonObjectBuilder forms = JSON.createObjectBuilder();
            new java.util.TreeMap<>(d.formAnswers()).forEach((dac, answers) -> forms.add(dac,
                    JSON.createReader(new StringReader(answers)).readValue()));
            json.add("forms", forms);
        }
        return json.build().toString();
    }

    public static RequestDraft decode(String content) {
        JsonObject o = JSON.createReader(new StringReader(content)).readObject();
        return new RequestDraft(o.getString("title", null), o.getString("researchPurpose", null), strings(o, "datasetIds"),
                o.getString("use", null), o.getString("organisationType", null), o.getString("category", null),
                strings(o, "diseases"), o.getBoolean("commercial", false), o.getBoolean("forProfitOrganisation", false),
                o.getBoolean("methodsDevelopment", false), o.getBoolean("geneticStudy", false),
                o.getBoolean("controlSet", false), forms(o), o.getString("signingOfficial", null));
    }

    /** The answers to committees' forms: committee id to the JSON of the answers. */
    private static java.util.Map<String, String> forms(JsonObject o) {
        java.util.Map<String, String> forms = new java.util.HashMap<>();
        if (o.containsKey("forms") && o.get("forms") instanceof JsonObject answers) {
            answers.forEach((dac, value) -> forms.put(dac, value.toString()));
        }
        return forms;
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonObject o, String name) {
        return o.containsKey(name) ? o.getJsonArray(name).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList() : List.of();
    }
}
