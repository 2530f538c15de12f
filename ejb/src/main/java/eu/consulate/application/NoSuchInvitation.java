package eu.consulate.application;

/** No invitation has this token (mistyped or made up). */
public class NoSuchInvitation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoSuchInvitation() {
        super("This invitation link is not known; check that the whole link from the mail was used.");
    }

    /** Another kind of mailed link that is not known. */
    public NoSuchInvitation(String message) {
        super(message);
    }
}
