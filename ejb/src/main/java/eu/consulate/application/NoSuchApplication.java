package eu.consulate.application;

/** The id names no application (HTTP 404). */
public class NoSuchApplication extends RuntimeException {

    public NoSuchApplication(String id) {
        super("There is no data access request " + id + ".");
    }
}
