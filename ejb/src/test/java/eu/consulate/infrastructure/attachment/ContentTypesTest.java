package eu.consulate.infrastructure.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** The type of a file comes from its bytes (Tika's magic numbers), never from a name. */
class ContentTypesTest {

    @Test
    void readsCommonDocumentTypesFromTheirBytes() {
        assertThat(ContentTypes.of("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("application/pdf");
        assertThat(ContentTypes.of(Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")))
                .isEqualTo("image/png");
        assertThat(ContentTypes.of("Ethics committee approval no. 2026/17, valid until 2028.\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/plain");
    }

    @Test
    void anExecutableOrAnArchiveIsWhatItIsWhateverItWouldBeCalled() {
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
        assertThat(ContentTypes.of(elf)).isNotIn("application/pdf", "text/plain").startsWith("application/");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 'a'};
        assertThat(ContentTypes.of(zip)).isEqualTo("application/zip");
        assertThat(ContentTypes.of(new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 9, 0})).isEqualTo("application/octet-stream");
    }
}
