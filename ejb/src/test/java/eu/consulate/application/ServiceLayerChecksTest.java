package eu.consulate.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import eu.consulate.domain.model.application.Actor;
import jakarta.ejb.Stateless;
import org.junit.jupiter.api.Test;

/**
 * Service-layer checks (issue 11): every use case of an application service takes the acting
 * person ({@link Actor}, or a {@link Passports.Reader}) and decides itself whether they may, so a
 * page or endpoint added later cannot forget the check: it cannot even call the service without
 * saying who acts. The few methods without an actor are listed here with the reason.
 */
class ServiceLayerChecksTest {

    /** "Class#method" → why it needs no actor. */
    private static final Map<String, String> WITHOUT_ACTOR = Map.ofEntries(
            Map.entry("Actors#of", "builds the actor from the verified login; called only by the web tier's caller beans"),
            Map.entry("CommitteeForms#current", "the public form of a committee, without its committee-only fields"),
            Map.entry("CommitteeForms#check", "checks answers against a public form; stores nothing"),
            Map.entry("CommitteeForms#handedIn", "called by submit, after the applicant's checks; checks answers against a public form"),
            Map.entry("CommitteeForms#problemsAtSubmission", "checks answers against a public form; stores nothing"),
            Map.entry("CommitteeForms#ehdsTemplate", "the shipped EHDS template"),
            Map.entry("Notifications#mailInvitation", "called by RequestTeams#invite, which checks the applicant"),
            Map.entry("Notifications#mailSignatureRequest", "called by RequestSignatures#mailLink within a submission"),
            Map.entry("RequestSignatures#askFor", "called by submit, after the applicant's checks; reads the committee's setting"),
            Map.entry("RequestSignatures#mailLink", "called by submit, in the transaction that created the applicant's request"),
            Map.entry("Notifications#pageUrl", "the configured public address of a page; no data"),
            Map.entry("RequestAttachments#policy", "the configured size limit and accepted types; no data"),
            Map.entry("Catalog#committees", "the public catalogue: committee names"),
            Map.entry("Catalog#committee", "the public catalogue: one committee's name and source"),
            Map.entry("Catalog#datasets", "the public catalogue: dataset titles and URLs"),
            Map.entry("Catalog#seatsOf", "part of building an actor"),
            Map.entry("DataUseMatching#evaluate", "the public DUO matcher: computes from its input and the public disease ontology"),
            Map.entry("DataUseMatching#against", "a purpose against datasets of the public catalogue; reads their public data use only"),
            Map.entry("Catalog#search", "the public catalogue: datasets that can be requested, their data use and committees"),
            Map.entry("Catalog#publicDataset", "the public catalogue: one dataset, its data use and its committee's contact"),
            Map.entry("Catalog#dcat", "the public catalogue as DCAT-AP"),
            Map.entry("Catalog#current", "the public catalogue: datasets that can be requested"),
            Map.entry("Catalog#requestable", "the public catalogue: dataset titles, committees and data use"),
            Map.entry("People#signedIn", "part of building an actor"),
            Map.entry("People#knows", "part of building an actor"),
            Map.entry("People#namesOf", "display names for views that were checked already"),
            Map.entry("People#subjectOf", "called by committee administration after its own check"),
            Map.entry("PermitDocuments#publicStatus", "the public verification page: validity, committee, dataset titles; no names"),
            Map.entry("PermitDocuments#verificationUrl", "an address built from configuration"),
            Map.entry("Permits#endsAt", "the date of the permit's timer in its workflow; reveals it to the engine only"),
            Map.entry("Permits#warnsAt", "the date of the permit's warning timer; reveals it to the engine only"),
            Map.entry("Permits#warningDue", "the permit's warning timer: the domain accepts it only as the system actor"),
            Map.entry("Permits#expiryDue", "the permit's timer: the domain accepts it only as the system actor"),
            Map.entry("PublicRegister#committees", "the public register: names of the committees that publish it"),
            Map.entry("PublicRegister#entries", "the public register: decisions without names, only of committees that publish"),
            Map.entry("Permits#changeOverdue", "the change request's timer: the domain accepts it only as the system actor"),
            Map.entry("VisaIssuance#issuer", "the configured public URL"),
            Map.entry("Permits#find", "called by request details after the visibility check"),
            Map.entry("PermitIssuer#issue", "the workflow engine's step: the domain accepts it only as the system actor"),
            Map.entry("PassportQuery#current", "behind Passports, which checks the reader"),
            Map.entry("VisaIssuance#signAndStore", "called by PermitIssuer inside its transaction"),
            Map.entry("VisaIssuance#replace", "called by Permits#extend inside its transaction, after the domain checked the actor"),
            Map.entry("Passports#forget", "drops a cached passport after its visas changed; reveals nothing"),
            Map.entry("Passports#forgetWhenDone", "the same, once the transaction that changes the visas ended"),
            Map.entry("CommitteeAdministration#role", "parses input"),
            Map.entry("CommitteeTerms#current", "public: every committee's current terms, as the catalogue shows them"),
            Map.entry("CommitteeTerms#asked", "public: the terms a dataset names, as its catalogue page shows"),
            Map.entry("CommitteeTerms#named", "public: the terms the given datasets name, as their catalogue pages show"),
            Map.entry("Notifications#record", "called in the transaction of a request's events, after their rules checked the actor"),
            Map.entry("DownstreamEvents#record", "called by Notifications#record, in the same transaction"),
            Map.entry("People#known", "which of some subjects signed in; called by Permits#amend after the domain checked the actor"),
            Map.entry("People#subjectsOf", "resolves names a committee typed; the amendment it feeds checks the actor"),
            Map.entry("CommitteeProcesses#processFor", "called by submit, after the applicant's checks"),
            Map.entry("DataAccessRequests#stepOpened", "the workflow engine's listener: the domain accepts it only as the system actor"),
            Map.entry("DataAccessRequests#reminderDue", "a timer of the model: the domain accepts it only as the system actor"),
            Map.entry("DataAccessRequests#decisionOverdue", "a timer of the model: the domain accepts it only as the system actor"),
            Map.entry("DataAccessRequests#completionPeriodOver", "a timer of the model: the domain accepts it only as the system actor"),
            Map.entry("DataAccessRequests#decisionDueAt", "a timer's date; reveals a deadline to the engine only"));

    @Test
    void everyUseCaseSaysWhoActs() throws Exception {
        List<String> unchecked = new ArrayList<>();
        for (Class<?> service : services()) {
            for (Method method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                boolean saysWhoActs = Arrays.stream(method.getParameterTypes())
                        .anyMatch(type -> type == Actor.class || type == Passports.Reader.class);
                String name = service.getSimpleName() + "#" + method.getName();
                if (!saysWhoActs && !WITHOUT_ACTOR.containsKey(name)) {
                    unchecked.add(name);
                }
            }
        }
        assertThat(unchecked).as("public service methods that take no actor and are not listed with a reason").isEmpty();
    }

    @Test
    void theListNamesOnlyMethodsThatExist() throws Exception {
        List<String> existing = new ArrayList<>();
        for (Class<?> service : services()) {
            Arrays.stream(service.getDeclaredMethods()).forEach(m -> existing.add(service.getSimpleName() + "#" + m.getName()));
        }
        assertThat(existing).containsAll(WITHOUT_ACTOR.keySet());
    }

    private static List<Class<?>> services() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(DataAccessRequests.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("eu/consulate/application");
        List<Class<?>> services = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName("eu.consulate.application." + name);
                if (type.isAnnotationPresent(Stateless.class) || type == Passports.class) {
                    services.add(type);
                }
            }
        }
        assertThat(services).hasSizeGreaterThan(5);
        return services;
    }
}
