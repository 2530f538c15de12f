package eu.consulate.infrastructure.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PermitDocumentTest {

    private static final String VERIFY = "https://consulate.example.org/verify/permit.xhtml?id=7c0a6f3e-1111-4000-8000-000000000001";

    private static PermitDocumentContent permit(String holder, String purpose, List<String> conditions) {
        return new PermitDocumentContent("7c0a6f3e-1111-4000-8000-000000000001", 2, "ACTIVE", holder,
                "Rare Disease DAC", "Variants in paediatric epilepsy",
                purpose, "HMB: health or medical or biomedical research",
                List.of(new PermitDocumentContent.Dataset("Epilepsy exomes", "https://data.example.org/ds/1"),
                        new PermitDocumentContent.Dataset("Phenotypes", "https://data.example.org/ds/2")),
                conditions, Instant.parse("2026-06-30T09:15:00Z"), Instant.parse("2026-06-30T09:15:00Z"),
                Instant.parse("2027-07-01T00:00:00Z"), Instant.parse("2026-11-27T10:00:00Z"), VERIFY);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theDocumentSaysWhoMayUseWhichDataForWhatAndUntilWhen() throws Exception {
        byte[] pdf = new PermitDocument().render(permit("Łucja Wąsowska-Øberg",
                "We study de novo variants in children with epilepsy.", List.of("Publish results within 12 months.")));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Data permit")
                .contains("Permit 7c0a6f3e-1111-4000-8000-000000000001, version 2")
                .contains("Łucja Wąsowska-Øberg")
                .contains("Rare Disease DAC")
                .contains("30 June 2026")
                .contains("from 30 June 2026 through 30 June 2027")
                .contains("Variants in paediatric epilepsy")
                .contains("We study de novo variants in children with epilepsy.")
                .contains("HMB: health or medical or biomedical research")
                .contains("Epilepsy exomes (https://data.example.org/ds/1)")
                .contains("Phenotypes (https://data.example.org/ds/2)")
                .contains("Publish results within 12 months.")
                .contains(VERIFY)
                .contains("Issued (as of 27 November 2026, 10:00 UTC)");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Data permit 7c0a6f3e-1111-4000-8000-000000000001 (version 2)");
        }
    }

    @Test
    void theQrCodeAndTheLinkLeadToTheVerificationPage() throws Exception {
        byte[] pdf = new PermitDocument().render(permit("Ada", "Purpose.", List.of()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)))).getText();
            assertThat(decoded).isEqualTo(VERIFY);
            assertThat(document.getPage(0).getAnnotations()).singleElement()
                    .satisfies(a -> assertThat(((PDActionURI) ((PDAnnotationLink) a).getAction()).getURI())
                            .isEqualTo(VERIFY));
        }
        assertThat(text(pdf)).contains("No conditions beyond the committee's data access agreement.");
    }

    @Test
    void aLongPurposeFlowsOntoMorePagesAndUnprintableCharactersDoNotBreakTheDocument() throws Exception {
        String purpose = "A sentence about the study design and its cohorts. ".repeat(200) + "End\tof 研究 purpose.";

        byte[] pdf = new PermitDocument().render(permit("Zhang Wei 张伟", purpose, List.of()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        String text = text(pdf);
        assertThat(text).contains("Zhang Wei ??").contains("End of ?? purpose.").contains(VERIFY);
    }
}
