package eu.consulate.application;

/** An invitation link that was used already or has expired (answered 410 Gone: it will not work again). */
public class InvitationUnusable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvitationUnusable(String message) {
        super(message);
    }
}
