package eu.consulate.application;

/** The dataset asked for does not exist (404 in the API). */
public class NoSuchDataset extends RuntimeException {

    public NoSuchDataset(String id) {
        super("There is no dataset " + id + ".");
    }
}
