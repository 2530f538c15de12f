package eu.consulate.infrastructure.attachment;

import org.apache.tika.Tika;

/**
 * The type of a file read from its bytes by Apache Tika's magic-number detection; the name the
 * uploader gave is deliberately not consulted, so {@code virus.exe} renamed {@code report.pdf}
 * is still what it is.
 */
public final class ContentTypes {

    private static final Tika TIKA = new Tika();  // thread-safe

    private ContentTypes() {
    }

    /** The detected media type without parameters, e.g. {@code application/pdf}; unknown bytes: {@code application/octet-stream}. */
    public static String of(byte[] content) {
        String detected = TIKA.detect(content);
        int parameters = detected.indexOf(';');
        return (parameters < 0 ? detected : detected.substring(0, parameters)).trim();
    }
}
