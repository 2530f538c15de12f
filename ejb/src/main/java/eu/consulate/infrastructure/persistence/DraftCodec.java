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
        json.add("diseases", array(d.diseases()));
        json.add("commercial", d.commercial()).add("forProfitOrganisation", d.forProfitOrganisation())
                .add("methodsDevelopment", d.methodsDevelopment()).add("geneticStudy", d.geneticStudy())
                .add("controlSet", d.controlSet());
        return json.build().toString();
    }

    public static RequestDraft decode(String content) {
        JsonObject o = JSON.createReader(new StringReader(content)).readObject();
        return new RequestDraft(o.getString("title", null), o.getString("researchPurpose", null), strings(o, "datasetIds"),
                o.getString("use", null), o.getString("organisationType", null), o.getString("category", null),
                strings(o, "diseases"), o.getBoolean("commercial", false), o.getBoolean("forProfitOrganisation", false),
                o.getBoolean("methodsDevelopment", false), o.getBoolean("geneticStudy", false),
                o.getBoolean("controlSet", false));
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
