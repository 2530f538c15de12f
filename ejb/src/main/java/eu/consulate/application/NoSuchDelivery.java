package eu.consulate.application;

/** No such webhook or delivery among the caller's committees (404). */
public class NoSuchDelivery extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoSuchDelivery(String id) {
        super("There is no webhook or delivery " + id + " of your committees.");
    }
}
