package eu.consulate.bpmn;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Stand-in for the domain behind the real {@link StepOpening} and {@link StepClock} beans: records
 * the steps the models announce and the timers that fire, and answers a decision deadline the
 * way the domain does (the step's clock parameter from when the step opened, default three months).
 */
final class RecordingSteps {

    record Opened(String applicationId, String stepKey, String kind, Map<String, String> parameters) {
    }

    final List<Opened> opened = new ArrayList<>();
    final List<String> reminders = new ArrayList<>();
    final List<String> escalations = new ArrayList<>();
    final List<String> lapses = new ArrayList<>();
    private Instant due;

    StepOpening opening() {
        return new StepOpening() {
            @Override
            protected Instant announce(String applicationId, String stepKey, String kind, Map<String, String> parameters) {
                opened.add(new Opened(applicationId, stepKey, kind, Map.copyOf(parameters)));
                Period clock = Period.parse(parameters.getOrDefault("clock", "P3M"));
                if (parameters.containsKey("clock") || due == null) {
                    due = ClockUtil.getCurrentTime().toInstant().atZone(ZoneOffset.UTC).plus(clock).toInstant();
                }
                return due;
            }

            @Override
            protected Instant dueAt(String applicationId) {
                return due;
            }
        };
    }

    StepClock clock() {
        return new StepClock() {
            @Override
            public void remind(String applicationId) {
                reminders.add(applicationId);
            }

            @Override
            public void overdue(String applicationId) {
                escalations.add(applicationId);
            }

            @Override
            public void lapse(String applicationId) {
                lapses.add(applicationId);
            }

            @Override
            public Date dueAt(String applicationId) {
                return Date.from(due);
            }
        };
    }

    /** The kinds of the steps opened so far, in order. */
    List<String> kinds() {
        return opened.stream().map(Opened::kind).toList();
    }
}
