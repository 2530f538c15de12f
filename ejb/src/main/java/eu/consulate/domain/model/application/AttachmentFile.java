package eu.consulate.domain.model.application;

import java.util.Locale;
import java.util.Set;

/**
 * A file someone wants to attach, already read: its name as given, the type read from its bytes,
 * its size and SHA-256. {@link #check(Policy)} applies the configured limits; the name is reduced
 * to its last path segment and must be printable.
 */
public record AttachmentFile(String fileName, String contentType, long size, String sha256) {

    /** Longest file name kept. */
    public static final int MAX_NAME_LENGTH = 255;

    /** The configured limits: largest size in bytes and the content types accepted. */
    public record Policy(long maxBytes, Set<String> types) {
    }

    /** Why a file is refused; each maps to its own answer (413, 415, 422, 400, 503). */
    public enum Refusal {
        TOO_LARGE, TYPE_REFUSED, INFECTED, INVALID, SCAN_FAILED
    }

    /** A refused file, with the sentence the person reads. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Refusal reason;

        public Refused(Refusal reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    /** The name without any directory a browser or client sent along. */
    public static String baseName(String name) {
        if (name == null) {
            return "";
        }
        String trimmed = name.strip();
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return trimmed.substring(slash + 1);
    }

    /** The file as the policy accepts it, or {@link Refused} saying why not. */
    public AttachmentFile check(Policy policy) {
        String name = baseName(fileName);
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new Refused(Refusal.INVALID, "Give the file a name.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new Refused(Refusal.INVALID, "The file name is longer than " + MAX_NAME_LENGTH + " characters.");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new Refused(Refusal.INVALID, "The file name contains control characters.");
        }
        if (size == 0) {
            throw new Refused(Refusal.INVALID, "The file is empty.");
        }
        if (size > policy.maxBytes()) {
            throw new Refused(Refusal.TOO_LARGE, "The file is larger than the " + readable(policy.maxBytes())
                    + " a committee accepts (it has " + readable(size) + ").");
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (!policy.types().contains(type)) {
            throw new Refused(Refusal.TYPE_REFUSED, "Files of type " + type + " are not accepted (by their content,"
                    + " whatever the name says). Accepted: " + String.join(", ", new java.util.TreeSet<>(policy.types())) + ".");
        }
        return new AttachmentFile(name, type, size, sha256);
    }

    /** A size as people read it: bytes, KiB or MiB. */
    public static String readable(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
