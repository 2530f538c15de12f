package eu.consulate.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/**
 * The API's error mapping in Jersey (the JAX-RS implementation Payara ships), in memory: which
 * mapper Jersey picks decides the status, so the real provider set is registered.
 */
class ProblemMappersTest {

    /** Stands in for resources that fail in ways the caller cannot cause. */
    @Path("/faults")
    public static class FaultyResource {

        @GET
        @Path("jpql")
        public String jpql() {
            throw new IllegalArgumentException("Problem compiling [select d from Dac d order by d.name]. "
                    + "[14, 17] The abstract schema type 'Dac' is unknown.");
        }

        @GET
        @Path("checked")
        public String checked() throws SQLException {
            throw new SQLException("Table 'consulate.dac' doesn't exist");
        }

        @POST
        @Path("echo")
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public Body echo(Body body) {
            return body;
        }
    }

    public record Body(String title, List<String> datasetIds) {
    }

    private final ApplicationHandler api = new ApplicationHandler(
            new ResourceConfig(FaultyResource.class).registerClasses(ProblemMappers.class.getDeclaredClasses())
                    .register(StrictJson.class));

    private record Answer(int status, String type, String body) {
    }

    private Answer call(String method, String path, String json) throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/"),
                URI.create("http://localhost" + path), method, null, new MapPropertiesDelegate(), null);
        if (json != null) {
            request.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON);
            request.setEntityStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContainerResponse response = api.apply(request, out).get();
        return new Answer(response.getStatus(), String.valueOf(response.getMediaType()), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void queryErrorIsAServerFaultWithAReferenceAndNoJpql() throws Exception {
        Answer answer = call("GET", "/faults/jpql", null);

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.type()).isEqualTo("application/problem+json");
        assertThat(answer.body()).containsPattern("quote this id to an administrator: [0-9a-f-]{36}")
                .doesNotContain("select").doesNotContain("Dac").doesNotContain("IllegalArgument");
    }

    @Test
    void checkedExceptionIsAServerFaultWithoutItsText() throws Exception {
        Answer answer = call("GET", "/faults/checked", null);

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.body()).doesNotContain("consulate.dac").doesNotContain("SQLException");
    }

    @Test
    void bodyThatIsNotJsonIsTheCallersMistake() throws Exception {
        Answer answer = call("POST", "/faults/echo", "{\"title\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.type()).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("not JSON of the expected shape");
    }

    @Test
    void bodyOfTheWrongShapeIsTheCallersMistake() throws Exception {
        Answer answer = call("POST", "/faults/echo", "{\"datasetIds\": {\"a\": 1}}");

        assertThat(answer.status()).isEqualTo(400);
    }

    /** A body without a declared length that grows past the limit while it is read (chunked). */
    @Test
    void bodyCutOffByTheSizeLimitIs413() throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/"),
                URI.create("http://localhost/faults/echo"), "POST", null, new MapPropertiesDelegate(), null);
        request.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON);
        request.setEntityStream(new java.io.InputStream() {
            private int sent;

            @Override
            public int read() throws java.io.IOException {
                if (++sent > 10) {
                    throw new RequestBodyLimit.BodyTooLarge(RequestBodyLimit.MAX_BYTES);
                }
                return sent == 1 ? '[' : ' ';
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ContainerResponse response = api.apply(request, out).get();

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("larger than 65536 bytes");
    }

    /** Without the strict binder, true became the title "true" and 42 the dataset id "42". */
    @Test
    void numberOrBooleanWhereTextBelongsIsTheCallersMistake() throws Exception {
        assertThat(call("POST", "/faults/echo", "{\"title\": true}").status()).isEqualTo(400);
        assertThat(call("POST", "/faults/echo", "{\"title\": -1e309}").status()).isEqualTo(400);
        assertThat(call("POST", "/faults/echo", "{\"datasetIds\": [\"d1\", 42]}").status()).isEqualTo(400);
        assertThat(call("POST", "/faults/echo", "{\"title\": null}").status()).isEqualTo(200);
    }

    /** The body limit's stream refuses deep nesting while it is read; the answer is a 400, not a dropped connection. */
    @Test
    void bodyNestedTooDeeplyIsTheCallersMistake() throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/"),
                URI.create("http://localhost/faults/echo"), "POST", null, new MapPropertiesDelegate(), null);
        request.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON);
        request.setEntityStream(new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new RequestBodyLimit.BodyTooDeep();
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ContainerResponse response = api.apply(request, out).get();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("more than 32 levels deep");
    }

    @Test
    void readableBodyPassesThrough() throws Exception {
        Answer answer = call("POST", "/faults/echo", "{\"title\":\"Kidney\",\"datasetIds\":[\"d1\"]}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"datasetIds\":[\"d1\"]");
    }
}
