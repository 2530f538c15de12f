package eu.consulate.infrastructure.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Renders a permit document as PDF (Apache PDFBox): A4, Liberation Sans embedded (any European
 * name prints), one section per part of the permit, and a QR code (ZXing) plus a link to the
 * public page that says whether the permit is valid now. The QR code is drawn as vector squares,
 * so it stays sharp when printed. Plain Java, thread-safe.
 */
public final class PermitDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "/liberation/LiberationSans-Bold.ttf";

    private static final float MARGIN = 56;
    private static final float QR_SIZE = 110;

    /** The PDF bytes of one permit version. */
    public byte[] render(PermitDocumentContent permit) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Data permit " + permit.permitId() + " (version " + permit.version() + ")");
            info.setAuthor(permit.committee());
            info.setCreator("Consulate");
            Writer writer = new Writer(document, font(document, REGULAR), font(document, BOLD));

            writer.heading("Data permit", 20);
            writer.line("Permit " + permit.permitId() + ", version " + permit.version(), 10);
            writer.gap(8);
            writer.field("Status", statusLine(permit));
            writer.field(permit.holder().contains(", ") ? "Holders" : "Holder", permit.holder());
            writer.field("Issued by", permit.committee());
            writer.field("Decided on", permit.decidedAt() == null ? "" : DAY.format(permit.decidedAt()));
            writer.field("Valid", validity(permit));
            writer.field("Project", permit.projectTitle());
            writer.field("Purpose", permit.purpose());
            if (permit.dataUse() != null && !permit.dataUse().isBlank()) {
                writer.field("Data use", permit.dataUse());
            }
            writer.section("Datasets");
            for (PermitDocumentContent.Dataset dataset : permit.datasets()) {
                writer.bullet(dataset.title() + " (" + dataset.url() + ")");
            }
            writer.section("Conditions");
            if (permit.conditions().isEmpty()) {
                writer.paragraph("No conditions beyond the committee's data access agreement.");
            }
            for (String condition : permit.conditions()) {
                writer.bullet(condition);
            }
            writer.section("Check this permit");
            writer.paragraph("Whether this permit is valid now: " + permit.verificationUrl());
            writer.paragraph("This document was produced on " + MOMENT.format(permit.printedAt())
                    + ". The page above, not this document, tells whether the permit is still valid.");
            writer.finish();
            verification(document, document.getPage(0), permit.verificationUrl());

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render permit " + permit.permitId(), e);
        }
    }

    private static String statusLine(PermitDocumentContent permit) {
        return switch (permit.status()) {
            case "ACTIVE" -> "Issued";
            case "SUSPENDED" -> "Suspended";
            case "REVOKED" -> "Revoked";
            default -> permit.status();
        } + " (as of " + MOMENT.format(permit.printedAt()) + ")";
    }

    private static String validity(PermitDocumentContent permit) {
        if (permit.validFrom() == null || permit.validUntil() == null) {
            return "";
        }
        // validUntil is the first instant the permit is no longer valid: print the last valid day
        return "from " + DAY.format(permit.validFrom()) + " through " + DAY.format(permit.validUntil().minusMillis(1));
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = PermitDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is not on the class path");
            }
            return PDType0Font.load(document, in);
        }
    }

    /** The QR code of the verification address in the top right corner of the first page, and a link on it. */
    private static void verification(PDDocument document, PDPage page, String url) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
        } catch (WriterException e) {
            throw new IllegalStateException("Could not encode " + url + " as a QR code", e);
        }
        PDRectangle box = page.getMediaBox();
        float x0 = box.getWidth() - MARGIN - QR_SIZE;
        float y0 = box.getHeight() - MARGIN - QR_SIZE;
        float module = QR_SIZE / matrix.getWidth();
        try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                true)) {
            content.setNonStrokingColor(0f, 0f, 0f);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        content.addRect(x0 + x * module, y0 + QR_SIZE - (y + 1) * module, module, module);
                    }
                }
            }
            content.fill();
        }
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x0, y0, QR_SIZE, QR_SIZE));
        PDActionURI action = new PDActionURI();
        action.setURI(url);
        link.setAction(action);
        page.getAnnotations().add(link);
    }

    /** Writes lines top-down, wrapping at the right margin and starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream content;
        private float y;
        private float right;
        private boolean firstPage = true;

        Writer(PDDocument document, PDFont regular, PDFont bold) throws IOException {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
            // the first page leaves room for the QR code at the top right, until below it
            right = page.getMediaBox().getWidth() - MARGIN - (firstPage ? QR_SIZE + 16 : 0);
            firstPage = false;
        }

        void heading(String text, float size) throws IOException {
            write(bold, size, MARGIN, text);
        }

        void line(String text, float size) throws IOException {
            write(regular, size, MARGIN, text);
        }

        void gap(float points) {
            y -= points;
        }

        void section(String title) throws IOException {
            gap(10);
            write(bold, 13, MARGIN, title);
            gap(2);
        }

        void field(String label, String value) throws IOException {
            float labelWidth = 90;
            List<String> lines = wrap(regular, 11, value == null ? "" : value, right - MARGIN - labelWidth);
            room(14);
            write(bold, 11, MARGIN, label, false);
            for (String line : lines) {
                write(regular, 11, MARGIN + labelWidth, line);
            }
            if (lines.isEmpty()) {
                y -= 14;
            }
        }

        void paragraph(String text) throws IOException {
            for (String line : wrap(regular, 11, text, right - MARGIN)) {
                write(regular, 11, MARGIN, line);
            }
        }

        void bullet(String text) throws IOException {
            List<String> lines = wrap(regular, 11, text, right - MARGIN - 14);
            for (int i = 0; i < lines.size(); i++) {
                if (i == 0) {
                    write(regular, 11, MARGIN, "\u2022", false);
                }
                write(regular, 11, MARGIN + 14, lines.get(i));
            }
        }

        private void write(PDFont font, float size, float x, String text) throws IOException {
            write(font, size, x, text, true);
        }

        private void write(PDFont font, float size, float x, String text, boolean advance) throws IOException {
            room(size + 4);
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y - size);
            content.showText(printable(font, text));
            content.endText();
            if (advance) {
                y -= size + 4;
            }
            if (y < PDRectangle.A4.getHeight() - MARGIN - QR_SIZE - 16) {
                right = PDRectangle.A4.getWidth() - MARGIN;
            }
        }

        private void room(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        void finish() throws IOException {
            content.close();
        }

        /**
         * Control characters (a pasted tab) become spaces; a character the font has no glyph for
         * (Liberation Sans covers Latin, Greek and Cyrillic) becomes '?' instead of failing the document.
         */
        private static String printable(PDFont font, String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp)) {
                    out.append(' ');
                    return;
                }
                String character = new String(Character.toChars(cp));
                try {
                    font.encode(character);
                    out.append(character);
                } catch (IllegalArgumentException | IOException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\\R")) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.strip().split("\\s+")) {
                    if (word.isEmpty()) {
                        continue;
                    }
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (font.getStringWidth(printable(font, candidate)) / 1000 * size <= width || line.isEmpty()) {
                        line.setLength(0);
                        line.append(candidate);
                    } else {
                        lines.add(line.toString());
                        line.setLength(0);
                        line.append(word);
                    }
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
            }
            return lines;
        }
    }
}
