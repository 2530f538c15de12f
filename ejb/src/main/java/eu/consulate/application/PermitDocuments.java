package eu.consulate.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import eu.consulate.application.Views.ApplicationDetails;
import eu.consulate.application.Views.PermitView;
import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.permit.Permit;
import eu.consulate.infrastructure.document.PermitDocument;
import eu.consulate.infrastructure.document.PermitDocumentContent;
import eu.consulate.infrastructure.persistence.PermitRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A permit as a document (issue 10, EHDS Art. 68): the PDF of its current version for the people
 * who may see its request, and the public answer to "is this permit valid now?" that the
 * document's QR code leads to.
 */
@Stateless
public class PermitDocuments {

    /** The public page that says whether a permit is valid, relative to the public URL. */
    public static final String VERIFICATION_PAGE = "/verify/permit.xhtml?id=";

    @EJB
    PermitRepository permitRows;

    @EJB
    Permits permits;

    @EJB
    DataAccessRequests requests;

    @EJB
    Catalog catalog;

    @Inject
    @ConfigProperty(name = "consulate.public-url")
    String publicUrl;

    private final PermitDocument renderer = new PermitDocument();

    /**
     * What anyone holding the link may learn of a permit: whether it is valid now, its status,
     * the committee, the datasets' titles and its validity, but nobody's name.
     */
    public record PublicPermit(String id, String committee, List<String> datasets, String status, boolean validNow,
            Instant decidedAt, Instant validFrom, Instant validUntil) {
    }

    /**
     * The PDF of the permit's current version, for whoever may see its request (the holder, the
     * committee); others get 403 as for the request itself, an unknown permit 404. The version
     * counts the permit's events: 1 when issued, one more for every extension, suspension,
     * resumption or revocation. The holder is named as people see the applicant (display name).
     */
    public byte[] document(Actor actor, String permitId) {
        PermitView permit = permits.find(permitId).orElseThrow(() -> new NoSuchPermit(permitId));
        ApplicationDetails request = requests.details(actor, permit.applicationId());
        int version = (int) request.history().stream().filter(event -> event.type().startsWith("permit-")).count();
        return renderer.render(new PermitDocumentContent(permit.id(), Math.max(version, 1), permit.status(),
                holders(request.applicant(), permit), request.dacName(), request.title(), request.researchPurpose(), useOf(request.use()),
                permit.datasets().stream().map(d -> new PermitDocumentContent.Dataset(d.title(), d.url())).toList(),
                permit.conditions(), permit.decidedAt(), permit.validFrom(), permit.validUntil(), Instant.now(),
                verificationUrl(permit.id())));
    }

    /** The applicant, then the co-holders, by the names they signed in with. */
    private static String holders(String applicant, PermitView permit) {
        List<String> names = new java.util.ArrayList<>();
        names.add(applicant);
        permit.coHolders().forEach(person -> names.add(person.name()));
        return String.join(", ", names);
    }

    /** The public status of a permit; empty for an unknown one. Public: reveals no personal data. */
    public Optional<PublicPermit> publicStatus(String permitId) {
        if (permitId == null || permitId.isBlank() || permitId.length() > 36) {
            return Optional.empty();
        }
        Optional<Permit> found = permitRows.find(permitId.strip());
        return found.map(permit -> new PublicPermit(permit.id(),
                catalog.committee(permit.dacId()).map(d -> d.name()).orElse(""),
                catalog.datasets(List.copyOf(permit.datasetIds())).stream().map(d -> d.title()).toList(),
                permit.status().name(), permit.isValidAt(Instant.now()), permit.decidedAt(), permit.validFrom(),
                permit.validUntil()));
    }

    /** The address the document's QR code and link lead to. */
    public String verificationUrl(String permitId) {
        String base = publicUrl == null ? "" : publicUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + VERIFICATION_PAGE + permitId;
    }

    private static String useOf(String use) {
        if (use == null) {
            return null;
        }
        return switch (use) {
            case "research" -> "Research (secondary use)";
            case "care" -> "Care (primary use)";
            default -> use;
        };
    }
}
