package eu.consulate.application;

/** No committee with this id that the caller administers (answered as not found: whether it exists is not theirs to learn). */
public class NoSuchCommittee extends RuntimeException {

    public NoSuchCommittee(String dacId) {
        super("There is no committee " + dacId + " that you administer.");
    }
}
