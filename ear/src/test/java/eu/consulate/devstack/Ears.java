package eu.consulate.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** What an EAR holds, as a digest that a rebuild with the same contents does not change. */
final class Ears {

    private Ears() {
    }

    /**
     * SHA-256 over each entry's name, size and CRC-32 (from the archive's directory), in entry
     * order: the build rewrites the EAR each time with new timestamps, its contents only when
     * something changed.
     */
    static String digest(Path ear) throws IOException {
        try (ZipFile zip = new ZipFile(ear.toFile())) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (ZipEntry entry : Collections.list(zip.entries())) {
                sha.update((entry.getName() + '\0' + entry.getSize() + '\0' + entry.getCrc() + '\n')
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
