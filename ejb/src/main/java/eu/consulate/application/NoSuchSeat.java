package eu.consulate.application;

import eu.consulate.domain.model.dac.DacRole;

/** The seat asked for does not exist in the committee (404 in the API). */
public class NoSuchSeat extends RuntimeException {

    public NoSuchSeat(String subject, DacRole role) {
        super("Nobody " + subject + " holds a " + (role == null ? "" : role.label() + " ") + "seat in this committee.");
    }
}
