package eu.consulate.bpmn;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import eu.consulate.application.DataAccessRequests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The timers of a model: reminders, escalation when the decision is overdue, and the end of a
 * completion period. Each only tells the domain, which decides whether anything happens (a timer
 * that fires on a decided request changes nothing).
 */
@Named("stepClock")
@ApplicationScoped
public class StepClock {

    @EJB
    DataAccessRequests requests;

    public void remind(String applicationId) {
        requests.reminderDue(applicationId);
    }

    public void overdue(String applicationId) {
        requests.decisionOverdue(applicationId);
    }

    public void lapse(String applicationId) {
        requests.completionPeriodOver(applicationId);
    }

    /**
     * When the decision is due, for a timer's date; when none is pending (paused or decided), a
     * date ten years ahead, so that the timer waits harmlessly until its task ends.
     */
    public Date dueAt(String applicationId) {
        Instant due = requests.decisionDueAt(applicationId);
        return Date.from(due != null ? due : Instant.now().plus(3650, ChronoUnit.DAYS));
    }
}
