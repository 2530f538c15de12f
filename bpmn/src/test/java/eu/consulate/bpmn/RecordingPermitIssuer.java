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

    @Override
    public String issue(String applicationId) {
        issuedFor.add(applicationId);
        return permitIdFor(applicationId);
    }
}
