package eu.consulate.interfaces.pull;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class PassportBodiesTest {

    private final PassportBodies bodies = new PassportBodies();

    private static JsonObject parse(byte[] json) {
        return Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8))).readObject();
    }

    @Test
    void theBodyIsThePassportClaimWithTheVisasInOrder() {
        byte[] json = bodies.of("h", List.of("a.b.c", "d.e.f"));

        assertThat(parse(json).getJsonArray("ga4gh_passport_v1").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("a.b.c", "d.e.f");
    }

    @Test
    void noVisasIsAnEmptyPassport() {
        assertThat(parse(bodies.of("h", List.of())).getJsonArray("ga4gh_passport_v1")).isEmpty();
    }

    @Test
    void theSameListIsServedFromTheBytesWrittenBefore() {
        List<String> visas = List.of("a.b.c");

        assertThat(bodies.of("h", visas)).isSameAs(bodies.of("h", visas));
    }

    @Test
    void anotherListIsWrittenAfreshEvenWhenEqual() {
        List<String> first = new ArrayList<>(List.of("a.b.c"));
        byte[] before = bodies.of("h", first);
        List<String> changed = new ArrayList<>(List.of("x.y.z"));

        assertThat(parse(bodies.of("h", changed)).getJsonArray("ga4gh_passport_v1").getString(0)).isEqualTo("x.y.z");
        assertThat(bodies.of("h", List.of("a.b.c"))).isNotSameAs(before).isEqualTo(before);
    }

    @Test
    void eachHolderHasABodyOfItsOwn() {
        List<String> visas = List.of("a.b.c");
        bodies.of("h1", visas);
        bodies.of("h2", List.of("d.e.f"));

        assertThat(parse(bodies.of("h2", List.of("d.e.f"))).getJsonArray("ga4gh_passport_v1").getString(0))
                .isEqualTo("d.e.f");
        assertThat(bodies.size()).isEqualTo(2);
    }
}
