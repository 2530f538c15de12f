package eu.consulate.interfaces.rest;

import java.util.List;
import java.util.Map;

import eu.consulate.application.PublicRegister;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * The public register of decisions (issue 10): {@code GET /api/register?committee=&page=&size=},
 * no token. Only committees that publish it; no names.
 */
@Path("register")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegisterResource {

    @EJB
    PublicRegister register;

    @Context
    UriInfo uri;

    /** A page of decisions, latest first: {@code {"items": [...], "page", "size", "more"}}. */
    @GET
    @PermitAll
    public PublicRegister.Page entries() {
        var query = uri.getQueryParameters();
        for (String name : query.keySet()) {
            if (!List.of("committee", "page", "size").contains(name)) {
                throw ApplicationRuleViolation.invalidInput("Unknown parameter '" + name
                        + "': the register takes committee, page and size.");
            }
        }
        return register.entries(query.getFirst("committee"), number(query.getFirst("page"), 1, "page"),
                number(query.getFirst("size"), 20, "size"));
    }

    /** The committees that publish their register. */
    @GET
    @Path("committees")
    @PermitAll
    public List<Map<String, String>> committees() {
        return register.committees().stream().map(c -> Map.of("id", c.id(), "name", c.name())).toList();
    }

    private static int number(String text, int otherwise, String name) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ApplicationRuleViolation.invalidInput(name + " is a whole number, not '" + text.strip() + "'.");
        }
    }
}
