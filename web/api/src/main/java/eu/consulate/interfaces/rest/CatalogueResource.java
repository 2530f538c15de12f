package eu.consulate.interfaces.rest;

import java.util.List;
import java.util.Set;

import eu.consulate.application.Catalog;
import eu.consulate.application.Views;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * The public catalogue (no token): {@code GET /api/catalogue/datasets?q=&permission=&committee=&disease=&country=}
 * (each facet may repeat; {@code page}, {@code size} up to 100, default 20) and {@code GET /api/catalogue/datasets/{id}}.
 */
@Path("catalogue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    private static final Set<String> PARAMETERS = Set.of("q", "permission", "committee", "disease", "country", "page",
            "size");

    @EJB
    Catalog catalog;

    @Context
    UriInfo uri;

    /** The datasets found, by title, with the facets over them; 400 for an unknown parameter. */
    @GET
    @Path("datasets")
    @PermitAll
    public Views.CatalogueResult search() {
        var query = uri.getQueryParameters();
        for (String name : query.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw ApplicationRuleViolation.invalidInput("Unknown parameter '" + name + "'; known: "
                        + String.join(", ", PARAMETERS.stream().sorted().toList()) + ".");
            }
        }
        String q = query.getFirst("q");
        if (q != null && q.length() > 200) {
            throw ApplicationRuleViolation.invalidInput("q is at most 200 characters.");
        }
        return catalog.search(q, values(query.get("permission")), values(query.get("committee")),
                values(query.get("disease")), values(query.get("country")), number(query.getFirst("page"), 1),
                number(query.getFirst("size"), 20));
    }

    /** A dataset's catalogue entry with its data use explained; 404 for an unknown one. */
    @GET
    @Path("datasets/{id}")
    @PermitAll
    public Views.CatalogueDataset dataset(@PathParam("id") String id) {
        return catalog.publicDataset(id);
    }

    /**
     * The catalogue as DCAT-AP with the HealthDCAT-AP profile: Turtle by default or for
     * {@code Accept: text/turtle}, JSON-LD for {@code Accept: application/ld+json} (or
     * {@code ?format=turtle|jsonld}).
     */
    @GET
    @Path("dcat")
    @PermitAll
    @Produces({"text/turtle", "application/ld+json"})
    public jakarta.ws.rs.core.Response dcat(@jakarta.ws.rs.HeaderParam("Accept") String accept,
            @jakarta.ws.rs.QueryParam("format") String format) {
        boolean jsonLd;
        if (format != null) {
            if (!format.equals("turtle") && !format.equals("jsonld")) {
                throw ApplicationRuleViolation.invalidInput("format is turtle or jsonld.");
            }
            jsonLd = format.equals("jsonld");
        } else {
            jsonLd = accept != null && accept.contains("application/ld+json") && !accept.contains("text/turtle");
        }
        String body = catalog.dcat(uri.getBaseUriBuilder().path("catalogue/dcat").build().toString(), jsonLd);
        return jakarta.ws.rs.core.Response.ok(body, jsonLd ? "application/ld+json" : "text/turtle;charset=UTF-8").build();
    }

    private static int number(String given, int otherwise) {
        if (given == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(given.strip());
        } catch (NumberFormatException e) {
            throw ApplicationRuleViolation.invalidInput("page and size are whole numbers.");
        }
    }

    private static Set<String> values(List<String> given) {
        if (given == null) {
            return Set.of();
        }
        if (given.size() > 50) {
            throw ApplicationRuleViolation.invalidInput("At most 50 values per facet.");
        }
        return Set.copyOf(given.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList());
    }
}
