package eu.consulate.interfaces.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import eu.consulate.application.DataUseMatching;
import eu.consulate.domain.model.datause.DataUse;
import eu.consulate.domain.model.datause.DataUseMatch;
import eu.consulate.domain.model.datause.DuoTerm;
import eu.consulate.domain.model.datause.InvalidDataUse;
import eu.consulate.domain.model.datause.ResearchPurpose;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The DUO matcher for other systems: {@code POST /api/duo/evaluate} with a dataset's data-use
 * conditions and a research purpose answers whether the purpose is permitted, denied or
 * permitted on conditions, with the obligations and the reasons. No token needed: it reads and
 * stores nothing but the disease ontology.
 */
@Path("duo")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DuoResource {

    public record ObligationJson(String code, String text) {
    }

    public record ResultJson(String outcome, List<ObligationJson> obligations, List<String> reasons) {
        static ResultJson of(DataUseMatch match) {
            return new ResultJson(match.outcome().code(), match.obligations().stream()
                    .map(o -> new ObligationJson(o.code(), o.text())).toList(), match.reasons());
        }
    }

    private static final Set<String> TOP = Set.of("conditions", "purpose");
    private static final Set<String> CONDITIONS = Set.of("permission", "diseases", "modifiers");
    private static final Set<String> MODIFIER = Set.of("code", "region", "until", "months", "type", "parameter");
    private static final Set<String> PURPOSE = Set.of("category", "diseases", "commercial", "forProfitOrganisation",
            "methodsDevelopment", "geneticStudy", "controlSet");

    @EJB
    DataUseMatching matching;

    /**
     * {@code {"conditions": {"permission", "diseases", "modifiers": [{"code", "region"|"until"|"months"|"type"}]},
     * "purpose": {"category", "diseases", "commercial", "forProfitOrganisation", "methodsDevelopment",
     * "geneticStudy", "controlSet"}}}: 200 with {@code {"outcome", "obligations", "reasons"}}; 400 with a
     * problem naming the field for an unknown code or disease, a second permission, a modifier
     * without its parameter, or a malformed body.
     */
    @POST
    @Path("evaluate")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public ResultJson evaluate(JsonObject body) {
        if (body == null) {
            throw new InvalidDataUse("Send {\"conditions\": {...}, \"purpose\": {...}}.");
        }
        only(body, TOP, "");
        DataUse conditions = conditions(object(body, "conditions", ""));
        ResearchPurpose purpose = purpose(object(body, "purpose", ""));
        return ResultJson.of(matching.evaluate(conditions, purpose));
    }

    static DataUse conditions(JsonObject json) {
        only(json, CONDITIONS, "conditions.");
        JsonValue permission = json.get("permission");
        if (permission != null && permission.getValueType() == JsonValue.ValueType.ARRAY) {
            throw new InvalidDataUse("conditions.permission: a data use has exactly one DUO permission, not a list.");
        }
        List<DataUse.Requested> modifiers = new ArrayList<>();
        JsonArray given = array(json, "modifiers", "conditions.");
        for (int i = 0; i < given.size(); i++) {
            String at = "conditions.modifiers[" + i + "]";
            if (given.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidDataUse(at + ": a modifier is an object such as {\"code\": \"TS\", \"months\": 12}.");
            }
            JsonObject modifier = given.getJsonObject(i);
            only(modifier, MODIFIER, at + ".");
            String code = text(modifier, "code", at + ".");
            modifiers.add(new DataUse.Requested(code, parameter(modifier, code, at)));
        }
        return DataUse.of(text(json, "permission", "conditions."), texts(json, "diseases", "conditions."), modifiers);
    }

    /** The modifier's parameter under the name its kind uses (region, until, months, type) or as "parameter". */
    private static String parameter(JsonObject modifier, String code, String at) {
        DuoTerm term = DuoTerm.named(code).orElse(null);
        String expected = term == null ? null : switch (term.parameter()) {
            case REGION -> "region";
            case DATE -> "until";
            case MONTHS -> "months";
            case TYPE -> "type";
            case NONE -> null;
        };
        String found = null;
        for (String name : List.of("region", "until", "months", "type", "parameter")) {
            if (!modifier.containsKey(name) || modifier.isNull(name)) {
                continue;
            }
            if (found != null) {
                throw new InvalidDataUse(at + ": give one parameter, not both '" + found + "' and '" + name + "'.");
            }
            if (term != null && !name.equals("parameter") && !name.equals(expected)) {
                throw new InvalidDataUse(at + ": " + term.shorthand() + (expected == null ? " takes no parameter"
                        : " takes '" + expected + "'") + ", not '" + name + "'.");
            }
            found = name;
        }
        if (found == null) {
            return null;
        }
        JsonValue value = modifier.get(found);
        if (value instanceof JsonNumber number && "months".equals(expected)) {
            if (!number.isIntegral()) {
                throw new InvalidDataUse(at + ".months: a whole number of months.");
            }
            return number.bigIntegerValue().toString();
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new InvalidDataUse(at + "." + found + ": " + ("months".equals(expected) ? "a number" : "text")
                + " expected.");
    }

    static ResearchPurpose purpose(JsonObject json) {
        only(json, PURPOSE, "purpose.");
        return ResearchPurpose.of(text(json, "category", "purpose."), texts(json, "diseases", "purpose."),
                flag(json, "commercial"), flag(json, "forProfitOrganisation"), flag(json, "methodsDevelopment"),
                flag(json, "geneticStudy"), flag(json, "controlSet"));
    }

    private static void only(JsonObject json, Set<String> known, String at) {
        for (String key : json.keySet()) {
            if (!known.contains(key)) {
                throw new InvalidDataUse("Unknown field '" + at + key + "'; expected " + String.join(", ",
                        known.stream().sorted().toList()) + ".");
            }
        }
    }

    private static JsonObject object(JsonObject json, String name, String at) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidDataUse("'" + at + name + "' is required and is an object.");
        }
        return value.asJsonObject();
    }

    private static String text(JsonObject json, String name, String at) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new InvalidDataUse("'" + at + name + "' is text.");
    }

    private static JsonArray array(JsonObject json, String name, String at) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidDataUse("'" + at + name + "' is a list.");
        }
        return value.asJsonArray();
    }

    private static List<String> texts(JsonObject json, String name, String at) {
        JsonArray array = array(json, name, at);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString text)) {
                throw new InvalidDataUse("'" + at + name + "[" + i + "]' is text such as \"MONDO:0004992\".");
            }
            texts.add(text.getString());
        }
        return texts;
    }

    private static boolean flag(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        throw new InvalidDataUse("'purpose." + name + "' is true or false.");
    }
}
