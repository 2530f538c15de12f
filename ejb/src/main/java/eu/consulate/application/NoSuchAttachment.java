package eu.consulate.application;

/**
 * No file with this id on the request that the caller may see (answered as not found: a
 * committee-only file is not the applicant's to learn of).
 */
public class NoSuchAttachment extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoSuchAttachment(String attachmentId) {
        super("This request has no file " + attachmentId + " that you may see.");
    }
}
