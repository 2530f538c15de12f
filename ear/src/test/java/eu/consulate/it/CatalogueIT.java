package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
import eu.consulate.it.support.Json;
import eu.consulate.it.support.Scenario;
import eu.consulate.it.support.Tokens;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 7's catalogue over HTTP: anyone searches it without a token, narrows it by facets and
 * reads a dataset's data use; a committee's administrator describes datasets and the committee,
 * and retires a dataset, which leaves the catalogue and cannot be requested any more.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anyoneSearchesTheDemoCatalogueAndNarrowsItByFacets() {
        JsonObject all = search("q=demo&size=100");
        assertThat(titles(all)).contains("Cancer cohort somatic variants (demo)", "European ancestry genotypes (demo)",
                "Type 2 diabetes biobank (demo)");
        assertThat(facet(all, "committee")).contains("Demo Genomics DAC", "Demo Infectious Disease DAC");
        assertThat(facet(all, "permission")).contains("population origins or ancestry research only",
                "disease specific research");

        // a broader disease finds datasets of narrower ones: diabetes mellitus → the type 2 diabetes biobank
        assertThat(titles(search("disease=MONDO:0005015&size=100"))).contains("Type 2 diabetes biobank (demo)")
                .doesNotContain("Cancer cohort somatic variants (demo)");
        assertThat(titles(search("q=demo&permission=POA&country=DE"))).containsExactly("European ancestry genotypes (demo)");
        assertThat(titles(search("size=100&q=" + URLEncoder.encode("somatic exome", StandardCharsets.UTF_8))))
                .contains("Cancer cohort somatic variants (demo)").doesNotContain("Type 2 diabetes biobank (demo)");
        assertThat(Http.get("/api/catalogue/datasets?colour=red", null).statusCode()).isEqualTo(400);
        assertThat(Http.get("/api/catalogue/datasets?size=1000", null).statusCode()).isEqualTo(400);
        JsonObject first = search("q=demo&size=2");
        assertThat(first.getInt("total")).isEqualTo(6);
        assertThat(first.getJsonArray("items")).hasSize(2);

        HttpResponse<String> page = Http.get("/api/catalogue/datasets/da7a5e70-0000-4000-8000-000000000002", null);
        assertThat(page.statusCode()).isEqualTo(200);
        JsonObject dataset = Json.object(page.body());
        assertThat(dataset.getJsonObject("dataUse").getJsonObject("permission").getString("label"))
                .isEqualTo("disease specific research");
        assertThat(dataset.getJsonObject("dataset").getJsonArray("diseases").getJsonObject(0).getString("label"))
                .isEqualTo("cancer");
        assertThat(dataset.getString("committeeContact")).isEqualTo("genomics-dac@consulate.example.org");
        assertThat(Http.get("/api/catalogue/datasets/no-such-dataset", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theCatalogueIsServedAsDcatApInTurtleAndJsonLdThatParseBack() throws Exception {
        for (var format : List.of(org.eclipse.rdf4j.rio.RDFFormat.TURTLE, org.eclipse.rdf4j.rio.RDFFormat.JSONLD)) {
            HttpResponse<String> response = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    eu.consulate.devstack.TestStack.APP_URL + "/api/catalogue/dcat"))
                    .header("Accept", format.getDefaultMIMEType()).GET().build());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(format.getDefaultMIMEType());

            var model = org.eclipse.rdf4j.rio.Rio.parse(new java.io.StringReader(response.body()), "", format);

            var demo = org.eclipse.rdf4j.model.util.Values.iri("https://data.example.org/datasets/DEMO-0002");
            assertThat(model.filter(null, org.eclipse.rdf4j.model.vocabulary.RDF.TYPE,
                    org.eclipse.rdf4j.model.vocabulary.DCAT.DATASET).subjects()).contains(demo);
            assertThat(model.filter(demo, org.eclipse.rdf4j.model.vocabulary.DCTERMS.TITLE, null).objects())
                    .extracting(v -> v.stringValue()).containsExactly("Cancer cohort somatic variants (demo)");
            assertThat(model.filter(null, org.eclipse.rdf4j.model.vocabulary.ODRL2.RIGHT_OPERAND_REFERENCE,
                    org.eclipse.rdf4j.model.util.Values.iri("http://purl.obolibrary.org/obo/DUO_0000011"))).isNotEmpty();
        }
        assertThat(Http.get("/api/catalogue/dcat?format=xml", null).statusCode()).isEqualTo(400);
    }

    @Test
    void anAdministratorDescribesADatasetAndRetiresIt() {
        Scenario committee = Scenario.freshCommittee();
        Scenario.Dataset dataset = committee.dataset("Kidney cohort " + System.nanoTime());
        String admin = committee.adminToken();

        HttpResponse<String> bad = describe(admin, dataset, "Kidney cohort", "[\"XX\"]");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(Json.object(bad.body()).getString("detail"))
                .isEqualTo("'XX' is not an ISO 3166 country code such as DE or FI.");
        String marker = "nephronophthisis" + System.nanoTime();
        HttpResponse<String> described = describe(admin, dataset, "Kidney cohort " + marker, "[\"ee\",\"LV\"]");
        assertThat(described.statusCode()).as(described.body()).isEqualTo(200);
        JsonObject item = Json.object(described.body()).getJsonObject("dataset");
        assertThat(item.getJsonArray("countries").toString()).isEqualTo("[\"EE\",\"LV\"]");
        assertThat(titles(search("q=" + marker + "&country=LV"))).containsExactly("Kidney cohort " + marker);
        assertThat(describe(Tokens.forUser("admin2"), dataset, "x", "[]").statusCode()).isEqualTo(404);

        HttpResponse<String> retired = Http.postJson("/api/admin/datasets/" + dataset.id() + "/retirement", admin, "");
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
        assertThat(Json.object(retired.body()).getBoolean("retired")).isTrue();
        assertThat(titles(search("q=" + marker))).isEmpty();
        HttpResponse<String> refused = Scenario.submit(Tokens.forUser("applicant"), "Too late", List.of(dataset));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(Json.object(refused.body()).getString("detail")).startsWith("No longer in the catalogue (retired)");

        HttpResponse<String> renamed = Http.sendBody("PUT", "/api/admin/dacs/" + committee.dacId, admin,
                "application/json", "{\"name\":\"Renamed DAC\",\"description\":\"Kidney data.\","
                        + "\"contactEmail\":\"not-an-address\"}");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(400);
        renamed = Http.sendBody("PUT", "/api/admin/dacs/" + committee.dacId, admin, "application/json",
                "{\"name\":\"Renamed DAC " + marker + "\",\"description\":\"Kidney data.\","
                        + "\"contactEmail\":\"kidney@example.org\"}");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(Json.object(renamed.body()).getString("name")).isEqualTo("Renamed DAC " + marker);
    }

    @Test
    void aBulkImportIsCheckedRowByRowAndWrittenAllOrNothing() {
        Scenario committee = Scenario.freshCommittee();
        String admin = committee.adminToken();
        String tag = Long.toString(System.nanoTime());
        String good = "{\"url\":\"https://data.example.org/import/" + tag + "/1\",\"title\":\"Imported one " + tag + "\","
                + "\"keywords\":[\"imported\"],\"countries\":[\"PT\"],"
                + "\"dataUse\":{\"permission\":\"DS\",\"diseases\":[\"MONDO:0005015\"],\"modifiers\":[{\"code\":\"IRB\"}]}}";
        String path = "/api/admin/dacs/" + committee.dacId + "/datasets/import";

        HttpResponse<String> refused = Http.postJson(path, admin, "{\"datasets\":[" + good + ","
                + "{\"url\":\"not a url\",\"title\":\"x\"},"
                + "{\"url\":\"https://data.example.org/import/" + tag + "/3\",\"title\":\"Three\","
                + "\"dataUse\":{\"permission\":\"GRU\",\"modifiers\":[{\"code\":\"TS\"}]}},"
                + "{\"url\":\"https://data.example.org/import/" + tag + "/1\",\"title\":\"Twice\"}]}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(Json.object(refused.body()).getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly(
                        "Row 2: the dataset URL must be an http(s) URL of at most 500 characters.",
                        "Row 3: a time limit on use (TS) names its months, 1 to 120.",
                        "Row 4: the URL https://data.example.org/import/" + tag + "/1 is given twice in this import.");
        assertThat(titles(search("q=" + tag))).isEmpty();

        HttpResponse<String> imported = Http.postJson(path, admin, "{\"datasets\":[" + good + "]}");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(Json.object(imported.body()).getJsonArray("ids")).hasSize(1);
        assertThat(titles(search("q=" + tag + "&disease=MONDO:0005015&country=PT"))).containsExactly("Imported one " + tag);
        assertThat(Http.postJson(path, Tokens.forUser("admin2"), "{\"datasets\":[" + good + "]}").statusCode())
                .isEqualTo(404);
    }

    private static HttpResponse<String> describe(String token, Scenario.Dataset dataset, String title, String countries) {
        return Http.sendBody("PUT", "/api/admin/datasets/" + dataset.id(), token, "application/json",
                "{\"title\":" + Json.quote(title) + ",\"description\":\"Exomes of children with kidney disease.\","
                        + "\"keywords\":[\"kidney\",\"exome\"],\"countries\":" + countries
                        + ",\"dataType\":\"Exome sequences\",\"size\":\"300 children\"}");
    }

    private static JsonObject search(String query) {
        HttpResponse<String> response = Http.get("/api/catalogue/datasets?" + query, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.object(response.body());
    }

    private static List<String> titles(JsonObject result) {
        return result.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("title")).toList();
    }

    private static List<String> facet(JsonObject result, String name) {
        return result.getJsonObject("facets").getJsonArray(name).getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("label")).toList();
    }
}
