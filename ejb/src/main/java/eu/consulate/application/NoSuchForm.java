package eu.consulate.application;

/** No published form version with this id. */
public class NoSuchForm extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoSuchForm(String formId) {
        super("There is no form " + formId + ".");
    }
}
