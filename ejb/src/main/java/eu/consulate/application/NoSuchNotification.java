package eu.consulate.application;

/** No notification with this id for this person (404). */
public class NoSuchNotification extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoSuchNotification(String id) {
        super("There is no notification " + id + " for you.");
    }
}
