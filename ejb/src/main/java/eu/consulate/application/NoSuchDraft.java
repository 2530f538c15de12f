package eu.consulate.application;

/** No draft with this id of the caller's (answered as not found: another person's drafts are not theirs to learn of). */
public class NoSuchDraft extends RuntimeException {

    public NoSuchDraft(String draftId) {
        super("You have no draft " + draftId + ".");
    }
}
