package eu.consulate.application;

/** The id names no permit (HTTP 404). */
public class NoSuchPermit extends RuntimeException {

    public NoSuchPermit(String id) {
        super("There is no permit " + id + ".");
    }
}
