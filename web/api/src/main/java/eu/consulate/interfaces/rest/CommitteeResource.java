package eu.consulate.interfaces.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import eu.consulate.application.CommitteeAdministration;
import eu.consulate.application.Views;
import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.dac.Dataset;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response;

/**
 * Committees, their seats and datasets: for DAC administrators, each for the committees they keep.
 * Creating a committee seats its creator as its administrator.
 */
@Path("admin/dacs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiRoles.DAC_ADMIN)
public class CommitteeResource {

    /** A seat: the person by {@code subject} (or, on input, by the {@code username} they signed in with) and the role. */
    public record MemberJson(String subject, String username, String role) {
    }

    /**
     * A committee. On input ({@code POST}) only {@code name}, {@code source} and {@code members};
     * the rest are answers: {@code terms} the current version ({@code termsUrl} its URL), {@code
     * retiredAt} when retired.
     */
    public record DacJson(String id, String name, String source, List<MemberJson> members, Boolean publishesRegister,
            String termsUrl, Views.TermsVersionView terms, String description, String contactEmail,
            java.time.Instant retiredAt, Boolean signingOfficialRequired) {
    }

    /** {@code {"required": true|false}}: whether a signing official confirms each new request. */
    public record SigningOfficialJson(Boolean required) {
    }

    /** A version of the committee's terms to publish; {@code version} blank: the next number. */
    public record TermsVersionJson(String version, String title, String url) {
    }

    /** {@code {"version": "<id>"}} makes that version current; {@code null} withdraws the terms. */
    public record CurrentTermsJson(String version) {
    }

    public record RegisterJson(Boolean publish) {
    }

    public record TermsJson(String url) {
    }

    /** A dataset of a bulk import (schema in docs/api.md). */
    public record ImportRowJson(String url, String title, String description, List<String> keywords,
            List<String> countries, String dataType, String size, DataUseResource.DataUseJson dataUse) {
    }

    public record ImportJson(List<ImportRowJson> datasets) {
    }

    public record ImportedJson(List<String> ids) {
    }

    /** A committee as the catalogue describes it: name, description, contact address. */
    public record DescriptionJson(String name, String description, String contactEmail) {
    }

    public record DatasetJson(String id, String url, String title, String dacId) {
    }

    @EJB
    CommitteeAdministration administration;

    @EJB
    eu.consulate.application.DatasetAdministration datasets;

    @EJB
    eu.consulate.application.CommitteeTerms terms;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    private Actor actor() {
        return callers.of(BearerToken.of(security));
    }

    @GET
    public List<DacJson> committees() {
        return administration.administeredBy(actor()).stream().map(CommitteeResource::json).toList();
    }

    @GET
    @Path("{id}")
    public DacJson committee(@PathParam("id") String dacId) {
        return json(administration.committee(actor(), dacId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(DacJson body) {
        if (body == null) {
            throw new BadRequestException(
                    "Send {\"name\", \"source\", \"members\": [{\"username\" or \"subject\", \"role\"}]}.");
        }
        List<CommitteeAdministration.Seat> seats = new ArrayList<>();
        for (MemberJson m : body.members() == null ? List.<MemberJson>of() : body.members()) {
            if (m == null) {
                throw new BadRequestException("Every member needs a username or a subject.");
            }
            seats.add(new CommitteeAdministration.Seat(m.subject(), m.username(), CommitteeAdministration.role(m.role())));
        }
        Views.CommitteeView dac = administration.createCommittee(actor(), body.name(), body.source(), seats);
        return Response.created(URI.create("admin/dacs/" + dac.id())).entity(json(dac)).build();
    }

    @POST
    @Path("{id}/datasets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addDataset(@PathParam("id") String dacId, DatasetJson body) {
        if (body == null) {
            throw new BadRequestException("Send {\"url\", \"title\"}.");
        }
        Dataset dataset = datasets.addDataset(actor(), dacId, body.url(), body.title());
        return Response.created(URI.create("admin/dacs/" + dacId + "/datasets/" + dataset.id()))
                .entity(new DatasetJson(dataset.id(), dataset.url(), dataset.title(), dacId)).build();
    }

    /**
     * {@code {"publish": true|false}}: whether the committee's decisions appear in the public
     * register. 200 with the committee; 404 for a committee the caller does not administer.
     */
    @PUT
    @Path("{id}/register")
    @Consumes(MediaType.APPLICATION_JSON)
    public DacJson publishRegister(@PathParam("id") String dacId, RegisterJson body) {
        if (body == null || body.publish() == null) {
            throw new BadRequestException("Send {\"publish\": true} or {\"publish\": false}.");
        }
        return json(administration.publishRegister(actor(), dacId, body.publish()));
    }

    /**
     * {@code {"required": true|false}}: whether a signing official of the applicant's institution
     * confirms each new request before it reaches the committee. 200 with the committee; 404 for a
     * committee the caller does not administer.
     */
    @PUT
    @Path("{id}/signing-official")
    @Consumes(MediaType.APPLICATION_JSON)
    public DacJson requireSigningOfficial(@PathParam("id") String dacId, SigningOfficialJson body) {
        if (body == null || body.required() == null) {
            throw new BadRequestException("Send {\"required\": true} or {\"required\": false}.");
        }
        return json(administration.requireSigningOfficial(actor(), dacId, body.required()));
    }

    /** {@code {"client", "url", "events": ["permit-issued", ...]}}: a downstream endpoint of this committee. */
    public record WebhookJson(String client, String url, List<String> events) {
    }

    @EJB
    eu.consulate.application.Webhooks webhooks;

    /**
     * Registers a downstream endpoint for the committee's events: 201 with it and its signing
     * {@code secret} (shown only now). 400 for a missing client name, a URL that is not http(s),
     * no or unknown events; 404 for a committee the caller does not administer.
     */
    @POST
    @Path("{id}/webhooks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response registerWebhook(@PathParam("id") String dacId, WebhookJson body) {
        if (body == null) {
            throw new BadRequestException("Send {\"client\", \"url\", \"events\": [...]}.");
        }
        var hook = webhooks.register(actor(), dacId, body.client(), body.url(), body.events());
        return Response.created(URI.create("admin/webhooks/" + hook.id())).entity(hook).build();
    }

    private static DacJson json(Views.CommitteeView d) {
        return new DacJson(d.id(), d.name(), d.source(),
                d.seats().stream().map(m -> new MemberJson(m.subject(), m.name(), m.role())).toList(),
                d.publishesRegister(), d.termsUrl(), d.terms(), d.description(), d.contactEmail(), d.retiredAt(),
                d.signingOfficialRequired());
    }

    /**
     * {@code {"url": "https://..."}}: publishes the URL as the next version of the committee's terms
     * (data access agreement) and makes it current; {@code ""} withdraws the terms. 200 with the
     * committee; 400 for a URL that is not http(s); 404 for a committee the caller does not
     * administer; 409 when it is retired. {@code POST .../terms} names the version and title.
     */
    @PUT
    @Path("{id}/terms")
    @Consumes(MediaType.APPLICATION_JSON)
    public DacJson setTerms(@PathParam("id") String dacId, TermsJson body) {
        if (body == null || body.url() == null) {
            throw new BadRequestException("Send {\"url\": \"https://...\"} (or \"\" to remove the terms).");
        }
        if (body.url().isBlank()) {
            terms.makeCurrent(actor(), dacId, null);
        } else {
            terms.publish(actor(), dacId, null, null, body.url());
        }
        return json(administration.committee(actor(), dacId));
    }

    /** Every version of the committee's terms, newest first, {@code current} marking the one applicants accept. */
    @GET
    @Path("{id}/terms")
    public List<Views.TermsVersionView> termsVersions(@PathParam("id") String dacId) {
        return terms.versions(actor(), dacId);
    }

    /**
     * {@code {"version", "title", "url"}}: publishes a version of the terms and makes it current.
     * 201 with it; 400 for a version published already, a malformed title or URL; 404 and 409 as above.
     */
    @POST
    @Path("{id}/terms")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publishTerms(@PathParam("id") String dacId, TermsVersionJson body) {
        if (body == null) {
            throw new BadRequestException("Send {\"version\", \"title\", \"url\"}.");
        }
        Views.TermsVersionView published = terms.publish(actor(), dacId, body.version(), body.title(), body.url());
        return Response.created(URI.create("admin/dacs/" + dacId + "/terms/" + published.id())).entity(published)
                .build();
    }

    /**
     * {@code {"version": "<id>"}}: makes an earlier version current again; {@code {"version": null}}
     * withdraws the terms. 200 with every version; 400 for a version of another committee.
     */
    @PUT
    @Path("{id}/terms/current")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Views.TermsVersionView> currentTerms(@PathParam("id") String dacId, CurrentTermsJson body) {
        if (body == null) {
            throw new BadRequestException("Send {\"version\": \"<id>\"} or {\"version\": null}.");
        }
        return terms.makeCurrent(actor(), dacId, body.version());
    }

    /**
     * {@code {"username" or "subject", "role"}}: gives the person a seat. 200 with the committee;
     * 400 for an unknown username or role; 404 for a committee the caller does not administer;
     * 409 when retired.
     */
    @POST
    @Path("{id}/seats")
    @Consumes(MediaType.APPLICATION_JSON)
    public DacJson giveSeat(@PathParam("id") String dacId, MemberJson body) {
        if (body == null) {
            throw new BadRequestException("Send {\"username\" or \"subject\", \"role\"}.");
        }
        return json(administration.giveSeat(actor(), dacId,
                new CommitteeAdministration.Seat(body.subject(), body.username(), CommitteeAdministration.role(body.role()))));
    }

    /**
     * Takes the seat away. 200 with the committee, or 204 when the caller gave up their own
     * administrator seat; 404 for a seat nobody holds; 409 for the last administrator seat.
     */
    @jakarta.ws.rs.DELETE
    @Path("{id}/seats/{subject}/{role}")
    public Response takeSeat(@PathParam("id") String dacId, @PathParam("subject") String subject,
            @PathParam("role") String role) {
        Views.CommitteeView left = administration.takeSeat(actor(), dacId, subject, CommitteeAdministration.role(role));
        return left == null ? Response.noContent().build() : Response.ok(json(left)).build();
    }

    /**
     * Retires the committee and its datasets: out of the catalogue, no new requests; permits and
     * histories stay readable. 200 with the committee; 409 while it has open requests.
     */
    @POST
    @Path("{id}/retirement")
    public DacJson retire(@PathParam("id") String dacId) {
        return json(administration.retireCommittee(actor(), dacId));
    }

    /** Every change to the committee and its datasets, newest first (at most 200): who, when, what. */
    @GET
    @Path("{id}/changes")
    public List<Views.CatalogueChangeView> changes(@PathParam("id") String dacId) {
        return administration.changes(actor(), dacId);
    }

    /**
     * {@code {"name", "description", "contactEmail"}}: renames and describes the committee for the
     * catalogue. 200 with the committee; 400 for a missing name or a malformed address; 404 for a
     * committee the caller does not administer.
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DacJson describe(@PathParam("id") String dacId, DescriptionJson body) {
        if (body == null) {
            throw new BadRequestException("Send {\"name\", \"description\", \"contactEmail\"}.");
        }
        return json(administration.describeCommittee(actor(), dacId, body.name(), body.description(),
                body.contactEmail()));
    }

    /**
     * {@code {"datasets": [{"url", "title", "description", "keywords", "countries", "dataType", "size",
     * "dataUse": {"permission", "diseases", "modifiers"}}]}}: imports them all or none. 201 with the
     * new ids; 400 with one reason per faulty row ({@code reasons}); 404 for a committee the caller
     * does not administer.
     */
    @POST
    @Path("{id}/datasets/import")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importDatasets(@PathParam("id") String dacId, ImportJson body) {
        if (body == null || body.datasets() == null) {
            throw new BadRequestException("Send {\"datasets\": [...]}.");
        }
        List<eu.consulate.application.DatasetAdministration.DatasetRow> rows = body.datasets().stream().map(r -> r == null ? null
                : new eu.consulate.application.DatasetAdministration.DatasetRow(r.url(), r.title(), r.description(), r.keywords(),
                        r.countries(), r.dataType(), r.size(), r.dataUse() == null ? null : r.dataUse().permission(),
                        r.dataUse() == null ? null : r.dataUse().diseases(),
                        r.dataUse() == null || r.dataUse().modifiers() == null ? List.of()
                                : r.dataUse().modifiers().stream().map(m -> m == null
                                        ? new eu.consulate.domain.model.datause.DataUse.Requested(null, null)
                                        : new eu.consulate.domain.model.datause.DataUse.Requested(m.code(),
                                                m.parameter())).toList())).toList();
        return Response.status(Response.Status.CREATED)
                .entity(new ImportedJson(datasets.importDatasets(actor(), dacId, rows))).build();
    }
}
