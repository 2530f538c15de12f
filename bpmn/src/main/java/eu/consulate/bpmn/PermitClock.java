package eu.consulate.bpmn;

import java.util.Date;

import eu.consulate.application.Permits;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The timer of {@code permit-life.bpmn}: when the permit ends, and telling the domain that it
 * did. The domain decides whether the permit expires (not when it was revoked, or extended
 * after the timer was set).
 */
@Named("permitClock")
@ApplicationScoped
public class PermitClock {

    @EJB
    Permits permits;

    /** The permit's current end, for the timer's date. */
    public Date endsAt(String permitId) {
        return Date.from(permits.endsAt(permitId));
    }

    /** When to warn the holders that the permit ends soon (far ahead once they were warned of its end). */
    public Date warnAt(String permitId) {
        return Date.from(permits.warnsAt(permitId));
    }

    /** The warning timer fired: the domain warns the holders when the end is near (else nothing). */
    public boolean warn(String permitId) {
        return permits.warningDue(permitId);
    }

    /** The timer fired: whether the permit expired now (else the process waits again). */
    public boolean expire(String permitId) {
        return permits.expiryDue(permitId);
    }
}
