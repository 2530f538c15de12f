package eu.consulate.bpmn;

import java.util.ArrayList;
import java.util.List;

import eu.consulate.application.PermitIssuer;

/** Records which applications got a permit, instead of issuing one. */
final class RecordingPermitIssuer extends PermitIssuer {

    final List<String> issuedFor = new ArrayList<>();

    static String permitIdFor(String applicationId) {
        return "permit-of-" + applicationId;
    }

    /** The validity each permit was issued for ("default" when the model gave none). */
    final java.util.Map<String, String> validityOf = new java.util.HashMap<>();

    @Override
    public String issue(String applicationId) {
        issuedFor.add(applicationId);
        validityOf.put(applicationId, "default");
        return permitIdFor(applicationId);
    }

    @Override
    public String issue(String applicationId, java.time.Period validity) {
        issuedFor.add(applicationId);
        validityOf.put(applicationId, validity.toString());
        return permitIdFor(applicationId);
    }
}
