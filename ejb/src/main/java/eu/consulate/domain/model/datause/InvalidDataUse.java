package eu.consulate.domain.model.datause;

/** A data-use description that DUO's rules refuse; the message says what to change (the caller's mistake: 400). */
public class InvalidDataUse extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidDataUse(String message) {
        super(message);
    }
}
