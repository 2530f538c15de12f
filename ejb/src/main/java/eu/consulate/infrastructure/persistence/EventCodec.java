package eu.consulate.infrastructure.persistence;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import eu.consulate.domain.model.application.*;
import eu.consulate.domain.model.application.ApplicationCreated;
import eu.consulate.domain.model.application.ApplicationEvent;
import eu.consulate.domain.model.application.ApplicationSubmitted;
import eu.consulate.domain.model.application.LegalCheckFailed;
import eu.consulate.domain.model.application.LegalCheckPassed;
import eu.consulate.domain.model.application.PermitIssued;
import eu.consulate.domain.model.application.PurposeCoded;
import eu.consulate.domain.model.application.TermsAccepted;
import eu.consulate.domain.model.datause.DataUseMatch;
import eu.consulate.domain.model.datause.DatasetMatch;
import eu.consulate.domain.model.datause.DuoTerm;
import eu.consulate.domain.model.datause.ResearchPurpose;
import eu.consulate.domain.model.application.PermitExtended;
import eu.consulate.domain.model.application.PermitResumed;
import eu.consulate.domain.model.application.PermitExpired;
import eu.consulate.domain.model.application.PermitAmended;
import eu.consulate.domain.model.application.PermitRevoked;
import eu.consulate.domain.model.application.PermitSuspended;
import eu.consulate.domain.model.application.ReviewApproved;
import eu.consulate.domain.model.application.ReviewRejected;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;

/**
 * Turns events into the payload column and back. The payload holds only what the row's own
 * columns (type, actor, time, application) do not: adding a field to an event means reading it
 * with a default here, never rewriting stored rows.
 */
public final class EventCodec {

    /** Looked up once: {@code Json.createReader} searches for a provider on every call (~20 µs each). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private EventCodec() {
    }

    private static Instant instantOrNull(JsonObject p, String name) {
        return p.containsKey(name) && !p.isNull(name) ? Instant.ofEpochMilli(p.getJsonNumber(name).longValue()) : null;
    }

    private static List<String> strings(jakarta.json.JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject purpose(ResearchPurpose purpose) {
        return JSON.createObjectBuilder().add("category", purpose.category().shorthand())
                .add("diseases", JSON.createArrayBuilder(purpose.diseases())).add("commercial", purpose.commercial())
                .add("forProfitOrganisation", purpose.forProfitOrganisation())
                .add("methodsDevelopment", purpose.methodsDevelopment()).add("geneticStudy", purpose.geneticStudy())
                .add("controlSet", purpose.controlSet()).build();
    }

    private static ResearchPurpose purpose(JsonObject p) {
        return new ResearchPurpose(DuoTerm.named(p.getString("category")).orElseThrow(), strings(p.getJsonArray("diseases")),
                p.getBoolean("commercial"), p.getBoolean("forProfitOrganisation"), p.getBoolean("methodsDevelopment"),
                p.getBoolean("geneticStudy"), p.getBoolean("controlSet"));
    }

    private static DatasetMatch match(JsonObject m) {
        java.util.Optional<DataUseMatch> result = !m.containsKey("outcome") ? java.util.Optional.empty()
                : java.util.Optional.of(new DataUseMatch(DataUseMatch.Outcome.of(m.getString("outcome")),
                        m.getJsonArray("obligations").getValuesAs(JsonObject.class).stream()
                                .map(o -> new DataUseMatch.Obligation(o.getString("code"), o.getString("text"))).toList(),
                        strings(m.getJsonArray("reasons"))));
        return new DatasetMatch(m.getString("datasetId"), m.getString("title"), result);
    }

    public static String payload(ApplicationEvent event) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        if (event instanceof ApplicationCreated e) {
            JsonArrayBuilder datasets = JSON.createArrayBuilder();
            e.datasetIds().forEach(datasets::add);
            // "applicant" holds the display name; the applicant's identity is the row's actor column
            json.add("applicant", e.applicantName()).add("applicantSubject", e.applicantSubject())
                    .add("dacId", e.dacId()).add("title", e.title())
                    .add("researchPurpose", e.researchPurpose()).add("datasetIds", datasets).add("use", e.use())
                    .add("organisation", e.organisation());
        } else if (event instanceof StepOpened e) {
            JsonObjectBuilder parameters = JSON.createObjectBuilder();
            e.parameters().forEach(parameters::add);
            json.add("stepKey", e.stepKey()).add("kind", e.kind().modelName()).add("parameters", parameters);
        } else if (event instanceof FoundComplete e) {
            json.add("comment", e.comment());
        } else if (event instanceof ReturnedForChanges e) {
            json.add("reason", e.reason());
        } else if (event instanceof Resubmitted e) {
            json.add("response", e.response()).add("researchPurpose", e.researchPurpose());
        } else if (event instanceof VoteCast e) {
            json.add("choice", e.choice()).add("comment", e.comment());
        } else if (event instanceof ConflictDeclared e) {
            json.add("comment", e.comment());
        } else if (event instanceof VoteClosed e) {
            json.add("approved", e.approved()).add("approvals", e.approvals()).add("rejections", e.rejections())
                    .add("abstentions", e.abstentions()).add("recusals", e.recusals()).add("reason", e.reason());
        } else if (event instanceof EthicsOpinionRecorded e) {
            json.add("favourable", e.favourable()).add("remark", e.remark());
        } else if (event instanceof ReminderDue e) {
            json.add("stepKey", e.stepKey());
        } else if (event instanceof DecisionClockExtended e) {
            json.add("period", e.period()).add("reason", e.reason());
        } else if (event instanceof FeeAccepted e) {
            json.add("amount", e.amount()).add("currency", e.currency());
        } else if (event instanceof FeeDeclined e) {
            json.add("reason", e.reason());
        } else if (event instanceof eu.consulate.domain.model.application.Withdrawn e) {
            json.add("reason", e.reason());
        } else if (event instanceof eu.consulate.domain.model.application.AttachmentAdded e) {
            json.add("attachmentId", e.attachmentId()).add("fileName", e.fileName()).add("contentType", e.contentType())
                    .add("size", e.size()).add("sha256", e.sha256()).add("committeeOnly", e.committeeOnly())
                    .add("scan", e.scan());
        } else if (event instanceof ReviewApproved e) {
            json.add("comment", e.comment());
        } else if (event instanceof ReviewRejected e) {
            json.add("reason", e.reason());
        } else if (event instanceof LegalCheckPassed e) {
            json.add("comment", e.comment());
        } else if (event instanceof LegalCheckFailed e) {
            json.add("reason", e.reason());
        } else if (event instanceof PermitIssued e) {
            json.add("permitId", e.permitId())
                    .add("validFrom", e.validFrom().toEpochMilli()).add("validUntil", e.validUntil().toEpochMilli());
            if (!e.dataUseConditions().isEmpty()) {
                json.add("dataUseConditions", JSON.createArrayBuilder(e.dataUseConditions()));
            }
            if (e.latestEnd() != null) {
                json.add("latestEnd", e.latestEnd().toEpochMilli());
            }
        } else if (event instanceof PermitExtended e) {
            json.add("permitId", e.permitId()).add("validUntil", e.validUntil().toEpochMilli()).add("reason", e.reason());
        } else if (event instanceof PermitRevoked e) {
            json.add("permitId", e.permitId()).add("reason", e.reason());
        } else if (event instanceof PermitSuspended e) {
            json.add("permitId", e.permitId()).add("reason", e.reason());
        } else if (event instanceof PermitResumed e) {
            json.add("permitId", e.permitId()).add("reason", e.reason());
        } else if (event instanceof eu.consulate.domain.model.application.PermitExpiringSoon e) {
            json.add("permitId", e.permitId()).add("validUntil", e.validUntil().toEpochMilli());
        } else if (event instanceof PermitExpired e) {
            json.add("permitId", e.permitId());
        } else if (event instanceof PermitChangeRequested e) {
            json.add("permitId", e.permitId()).add("changeId", e.changeId()).add("kind", e.kind())
                    .add("datasetIds", JSON.createArrayBuilder(e.datasetIds())).add("reason", e.reason());
            if (e.validUntil() != null) {
                json.add("validUntil", e.validUntil().toEpochMilli());
            }
        } else if (event instanceof PermitChangeDecided e) {
            json.add("permitId", e.permitId()).add("changeId", e.changeId()).add("approved", e.approved())
                    .add("reason", e.reason());
        } else if (event instanceof PermitChangeOverdue e) {
            json.add("permitId", e.permitId()).add("changeId", e.changeId());
        } else if (event instanceof PermitAmended e) {
            json.add("permitId", e.permitId()).add("datasetIds", JSON.createArrayBuilder(e.datasetIds()))
                    .add("conditions", JSON.createArrayBuilder(e.conditions())).add("reason", e.reason());
            if (!e.coHolders().isEmpty()) {
                json.add("coHolders", JSON.createArrayBuilder(e.coHolders()));
            }
            if (!e.dataUseConditions().isEmpty()) {
                json.add("dataUseConditions", JSON.createArrayBuilder(e.dataUseConditions()));
            }
            if (e.latestEnd() != null) {
                json.add("latestEnd", e.latestEnd().toEpochMilli());
            }
        } else if (event instanceof TermsAccepted e) {
            json.add("terms", termsJson(e.terms()));
        } else if (event instanceof eu.consulate.domain.model.application.FormAnswered e) {
            json.add("formId", e.formId()).add("formVersion", e.formVersion()).add("answers", e.answers())
                    .add("byCommittee", e.byCommittee());
        } else if (event instanceof eu.consulate.domain.model.application.TeamMemberInvited e) {
            json.add("invitationId", e.invitationId()).add("email", e.email())
                    .add("expiresAt", e.expiresAt().toEpochMilli());
        } else if (event instanceof eu.consulate.domain.model.application.TeamMemberJoined e) {
            json.add("invitationId", e.invitationId()).add("terms", termsJson(e.terms()));
        } else if (event instanceof eu.consulate.domain.model.application.SigningOfficialAsked e) {
            json.add("signatureId", e.signatureId()).add("email", e.email()).add("expiresAt", e.expiresAt().toEpochMilli());
        } else if (event instanceof eu.consulate.domain.model.application.SigningOfficialConfirmed e) {
            json.add("name", e.name());
        } else if (event instanceof eu.consulate.domain.model.application.SigningOfficialDeclined e) {
            json.add("reason", e.reason());
        } else if (event instanceof eu.consulate.domain.model.application.TeamInvitationCancelled e) {
            json.add("invitationId", e.invitationId()).add("email", e.email());
        } else if (event instanceof eu.consulate.domain.model.application.AttachmentRemoved e) {
            json.add("attachmentId", e.attachmentId()).add("fileName", e.fileName()).add("committeeOnly", e.committeeOnly());
        } else if (event instanceof PurposeCoded e) {
            json.add("purpose", purpose(e.purpose()));
            JsonArrayBuilder matches = JSON.createArrayBuilder();
            for (DatasetMatch m : e.matches()) {
                JsonObjectBuilder match = JSON.createObjectBuilder().add("datasetId", m.datasetId()).add("title", m.title());
                m.match().ifPresent(result -> match.add("outcome", result.outcome().code())
                        .add("obligations", JSON.createArrayBuilder(result.obligations().stream()
                                .map(o -> JSON.createObjectBuilder().add("code", o.code()).add("text", o.text()).build())
                                .toList()))
                        .add("reasons", JSON.createArrayBuilder(result.reasons())));
                matches.add(match);
            }
            json.add("matches", matches);
        }
        // ApplicationSubmitted carries nothing beyond the row's columns
        return json.build().toString();
    }

    public static ApplicationEvent event(String type, String applicationId, String actor, Instant at, String payload) {
        JsonObject p;
        try (var reader = JSON.createReader(new StringReader(payload))) {
            p = reader.readObject();
        }
        return switch (type) {
            case ApplicationCreated.TYPE -> new ApplicationCreated(applicationId, actor, at, p.getString("applicant"),
                    p.getString("applicantSubject"), p.getString("dacId"), p.getString("title"),
                    p.getString("researchPurpose"),
                    p.getJsonArray("datasetIds").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                    p.getString("use", ApplicationCreated.RESEARCH), p.getString("organisation", ApplicationCreated.ACADEMIC));
            case PurposeCoded.TYPE -> new PurposeCoded(applicationId, actor, at, purpose(p.getJsonObject("purpose")),
                    p.getJsonArray("matches").getValuesAs(JsonObject.class).stream().map(EventCodec::match).toList());
            case TermsAccepted.TYPE -> new TermsAccepted(applicationId, actor, at, terms(p.getJsonArray("terms")));
            case eu.consulate.domain.model.application.FormAnswered.TYPE ->
                    new eu.consulate.domain.model.application.FormAnswered(applicationId, actor, at, p.getString("formId"),
                            p.getInt("formVersion"), p.getString("answers"), p.getBoolean("byCommittee"));
            case eu.consulate.domain.model.application.TeamMemberInvited.TYPE ->
                    new eu.consulate.domain.model.application.TeamMemberInvited(applicationId, actor, at,
                            p.getString("invitationId"), p.getString("email"),
                            Instant.ofEpochMilli(p.getJsonNumber("expiresAt").longValue()));
            case eu.consulate.domain.model.application.TeamMemberJoined.TYPE ->
                    new eu.consulate.domain.model.application.TeamMemberJoined(applicationId, actor, at,
                            p.getString("invitationId"), terms(p.getJsonArray("terms")));
            case eu.consulate.domain.model.application.SigningOfficialAsked.TYPE ->
                    new eu.consulate.domain.model.application.SigningOfficialAsked(applicationId, actor, at,
                            p.getString("signatureId"), p.getString("email"),
                            Instant.ofEpochMilli(p.getJsonNumber("expiresAt").longValue()));
            case eu.consulate.domain.model.application.SigningOfficialConfirmed.TYPE ->
                    new eu.consulate.domain.model.application.SigningOfficialConfirmed(applicationId, actor, at,
                            p.getString("name", ""));
            case eu.consulate.domain.model.application.SigningOfficialDeclined.TYPE ->
                    new eu.consulate.domain.model.application.SigningOfficialDeclined(applicationId, actor, at,
                            p.getString("reason"));
            case eu.consulate.domain.model.application.TeamInvitationCancelled.TYPE ->
                    new eu.consulate.domain.model.application.TeamInvitationCancelled(applicationId, actor, at,
                            p.getString("invitationId"), p.getString("email"));
            case eu.consulate.domain.model.application.AttachmentRemoved.TYPE ->
                    new eu.consulate.domain.model.application.AttachmentRemoved(applicationId, actor, at,
                            p.getString("attachmentId"), p.getString("fileName"), p.getBoolean("committeeOnly"));
            case StepOpened.TYPE -> new StepOpened(applicationId, actor, at, p.getString("stepKey"),
                    StepKind.ofModelName(p.getString("kind")).orElseThrow(() -> new IllegalStateException(
                            "Unknown stored step kind " + p.getString("kind"))),
                    p.getJsonObject("parameters").entrySet().stream().collect(java.util.stream.Collectors.toMap(
                            java.util.Map.Entry::getKey, v -> ((JsonString) v.getValue()).getString())));
            case FoundComplete.TYPE -> new FoundComplete(applicationId, actor, at, p.getString("comment", ""));
            case ReturnedForChanges.TYPE -> new ReturnedForChanges(applicationId, actor, at, p.getString("reason", ""));
            case Resubmitted.TYPE -> new Resubmitted(applicationId, actor, at, p.getString("response", ""),
                    p.getString("researchPurpose"));
            case VoteCast.TYPE -> new VoteCast(applicationId, actor, at, p.getString("choice"), p.getString("comment", ""));
            case ConflictDeclared.TYPE -> new ConflictDeclared(applicationId, actor, at, p.getString("comment", ""));
            case VoteClosed.TYPE -> new VoteClosed(applicationId, actor, at, p.getBoolean("approved"),
                    p.getInt("approvals"), p.getInt("rejections"), p.getInt("abstentions"), p.getInt("recusals"),
                    p.getString("reason", ""));
            case EthicsOpinionRecorded.TYPE -> new EthicsOpinionRecorded(applicationId, actor, at,
                    p.getBoolean("favourable"), p.getString("remark", ""));
            case RequestLapsed.TYPE -> new RequestLapsed(applicationId, actor, at);
            case ReminderDue.TYPE -> new ReminderDue(applicationId, actor, at, p.getString("stepKey"));
            case DecisionOverdue.TYPE -> new DecisionOverdue(applicationId, actor, at);
            case DecisionClockExtended.TYPE -> new DecisionClockExtended(applicationId, actor, at,
                    p.getString("period"), p.getString("reason", ""));
            case FeeAccepted.TYPE -> new FeeAccepted(applicationId, actor, at, p.getString("amount"), p.getString("currency"));
            case FeeDeclined.TYPE -> new FeeDeclined(applicationId, actor, at, p.getString("reason", ""));
            case eu.consulate.domain.model.application.AttachmentAdded.TYPE ->
                    new eu.consulate.domain.model.application.AttachmentAdded(applicationId, actor, at,
                            p.getString("attachmentId"), p.getString("fileName"), p.getString("contentType"),
                            p.getJsonNumber("size").longValue(), p.getString("sha256"), p.getBoolean("committeeOnly"),
                            p.getString("scan"));
            case eu.consulate.domain.model.application.Withdrawn.TYPE ->
                    new eu.consulate.domain.model.application.Withdrawn(applicationId, actor, at, p.getString("reason", ""));
            case ApplicationSubmitted.TYPE -> new ApplicationSubmitted(applicationId, actor, at);
            case ReviewApproved.TYPE -> new ReviewApproved(applicationId, actor, at, p.getString("comment", ""));
            case ReviewRejected.TYPE -> new ReviewRejected(applicationId, actor, at, p.getString("reason", ""));
            case LegalCheckPassed.TYPE -> new LegalCheckPassed(applicationId, actor, at, p.getString("comment", ""));
            case LegalCheckFailed.TYPE -> new LegalCheckFailed(applicationId, actor, at, p.getString("reason", ""));
            // dataUseConditions and latestEnd since migration 16; absent in older events
            case PermitIssued.TYPE -> new PermitIssued(applicationId, actor, at, p.getString("permitId"),
                    Instant.ofEpochMilli(p.getJsonNumber("validFrom").longValue()),
                    Instant.ofEpochMilli(p.getJsonNumber("validUntil").longValue()),
                    strings(p.getJsonArray("dataUseConditions")), instantOrNull(p, "latestEnd"));
            case PermitExtended.TYPE -> new PermitExtended(applicationId, actor, at, p.getString("permitId"),
                    Instant.ofEpochMilli(p.getJsonNumber("validUntil").longValue()), p.getString("reason"));
            case PermitSuspended.TYPE -> new PermitSuspended(applicationId, actor, at, p.getString("permitId"),
                    p.getString("reason"));
            case PermitResumed.TYPE -> new PermitResumed(applicationId, actor, at, p.getString("permitId"),
                    p.getString("reason"));
            case PermitChangeRequested.TYPE -> new PermitChangeRequested(applicationId, actor, at, p.getString("permitId"),
                    p.getString("changeId"), p.getString("kind"), p.containsKey("validUntil")
                            ? Instant.ofEpochMilli(p.getJsonNumber("validUntil").longValue()) : null,
                    strings(p.getJsonArray("datasetIds")), p.getString("reason"));
            case PermitChangeDecided.TYPE -> new PermitChangeDecided(applicationId, actor, at, p.getString("permitId"),
                    p.getString("changeId"), p.getBoolean("approved"), p.getString("reason"));
            case PermitChangeOverdue.TYPE -> new PermitChangeOverdue(applicationId, actor, at, p.getString("permitId"),
                    p.getString("changeId"));
            case PermitAmended.TYPE -> new PermitAmended(applicationId, actor, at, p.getString("permitId"),
                    strings(p.getJsonArray("datasetIds")), strings(p.getJsonArray("conditions")), p.getString("reason"),
                    strings(p.getJsonArray("coHolders")), strings(p.getJsonArray("dataUseConditions")),
                    instantOrNull(p, "latestEnd"));
            case eu.consulate.domain.model.application.PermitExpiringSoon.TYPE ->
                    new eu.consulate.domain.model.application.PermitExpiringSoon(applicationId, actor, at,
                            p.getString("permitId"), Instant.ofEpochMilli(p.getJsonNumber("validUntil").longValue()));
            case PermitExpired.TYPE -> new PermitExpired(applicationId, actor, at, p.getString("permitId"));
            case PermitRevoked.TYPE -> new PermitRevoked(applicationId, actor, at, p.getString("permitId"),
                    p.getString("reason"));
            default -> throw new IllegalStateException("Unknown stored event type " + type
                    + " (known: " + List.copyOf(ApplicationEvent.TYPES) + ")");
        };
    }

    private static jakarta.json.JsonArray termsJson(List<TermsAccepted.Terms> terms) {
        return JSON.createArrayBuilder(terms.stream().map(t -> JSON.createObjectBuilder()
                .add("versionId", t.versionId()).add("version", t.version()).add("title", t.title())
                .add("url", t.url()).build()).toList()).build();
    }

    private static List<TermsAccepted.Terms> terms(jakarta.json.JsonArray json) {
        return json.getValuesAs(JsonObject.class).stream().map(t -> new TermsAccepted.Terms(
                t.getString("versionId"), t.getString("version"), t.getString("title"), t.getString("url"))).toList();
    }
}
