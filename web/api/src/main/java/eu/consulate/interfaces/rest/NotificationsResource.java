package eu.consulate.interfaces.rest;

import java.util.Map;

import eu.consulate.application.Notifications;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The caller's own in-app notifications and what they receive by mail. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
public class NotificationsResource {

    /** {@code {"language": "de", "optional": {"reminder": false}}}; both optional. */
    public record SettingsJson(String language, Map<String, Boolean> optional) {
    }

    @EJB
    Notifications notifications;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    /** A page of the caller's notifications, latest first, with the unread count; 400 for a bad page or size. */
    @GET
    public Notifications.NotificationPage mine(@QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("20") String size) {
        return notifications.mine(callers.of(BearerToken.of(security)), number(page, "page"), number(size, "size"));
    }

    /** Marks one read: 204; 404 for an unknown one or someone else's. */
    @POST
    @Path("{id}/read")
    public Response read(@PathParam("id") String id) {
        notifications.markRead(callers.of(BearerToken.of(security)), id);
        return Response.noContent().build();
    }

    /** Marks all read: 204. */
    @POST
    @Path("read-all")
    public Response readAll() {
        notifications.markAllRead(callers.of(BearerToken.of(security)));
        return Response.noContent().build();
    }

    /** The caller's address (from the identity provider), language and optional kinds on or off. */
    @GET
    @Path("settings")
    public Notifications.Settings settings() {
        return notifications.settings(callers.of(BearerToken.of(security)));
    }

    /** Changes the language and optional kinds: 200 with the settings; 400 for an unknown language or kind, or one that must stay on. */
    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Notifications.Settings save(SettingsJson body) {
        if (body == null) {
            throw ApplicationRuleViolation.invalidInput("Send {\"language\": \"en\", \"optional\": {\"reminder\": false}}.");
        }
        return notifications.saveSettings(callers.of(BearerToken.of(security)), body.language(), body.optional());
    }

    private static int number(String value, String name) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApplicationRuleViolation.invalidInput(name + " is a whole number, not '" + value + "'.");
        }
    }
}
