package eu.consulate.interfaces.rest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.consulate.application.RequestAttachments;
import eu.consulate.domain.model.application.Actor;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Files attached to a request (issue 8): {@code /api/applications/{id}/attachments}. The file is
 * the raw request body (any content type; the type is read from the bytes), its name the query
 * parameter {@code name}. Refusals: 413 too large, 415 a type not accepted, 422 infected, 400 a
 * bad name or an empty file, 503 the scan could not run; nothing is stored then.
 */
@Path("applications/{id}/attachments")
@RequestScoped
@RolesAllowed({ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
public class AttachmentsResource {

    @EJB
    RequestAttachments attachments;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    private Actor actor() {
        return callers.of(BearerToken.of(security));
    }

    /** The files of the request the caller may see (committee-only ones for the committee only). */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<RequestAttachments.Attached> list(@PathParam("id") String id) {
        return attachments.list(actor(), id);
    }

    /** Attaches the body as the file {@code name}: 201 with what was stored (type, size, SHA-256, scan). */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") String id, @QueryParam("name") String name,
                        @QueryParam("committeeOnly") @DefaultValue("false") String committeeOnly, byte[] content) {
        if (!committeeOnly.equals("true") && !committeeOnly.equals("false")) {
            throw new BadRequestException("committeeOnly is true or false.");
        }
        RequestAttachments.Attached added = attachments.add(actor(), id, name, content == null ? new byte[0] : content,
                Boolean.parseBoolean(committeeOnly));
        return Response.created(URI.create("applications/" + id + "/attachments/" + added.id())).entity(added).build();
    }

    /** The file itself, as a download named as it was uploaded; the download is logged. */
    @GET
    @Path("{attachmentId}")
    public Response download(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        RequestAttachments.Download download = attachments.download(actor(), id, attachmentId);
        return Response.ok(download.content(), download.attachment().contentType())
                .header("Content-Disposition", contentDisposition(download.attachment().fileName()))
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(download.attachment().sha256())))
                .build();
    }

    /** Who downloaded the file and when (the committee side only). */
    /** Removes a file the caller attached: 204; 404 unseen, 403 somebody else's, 409 after the decision (applicant). */
    @DELETE
    @Path("{attachmentId}")
    public Response remove(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        attachments.remove(actor(), id, attachmentId);
        return Response.noContent().build();
    }

    @GET
    @Path("{attachmentId}/downloads")
    @Produces(MediaType.APPLICATION_JSON)
    public List<RequestAttachments.DownloadRecord> downloads(@PathParam("id") String id,
                                                             @PathParam("attachmentId") String attachmentId) {
        return attachments.downloads(actor(), id, attachmentId);
    }

    /** RFC 6266: an ASCII fallback and the exact name in UTF-8 (RFC 8187). */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
