package eu.consulate.interfaces.rest;

import java.util.List;

import eu.consulate.application.Diseases;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.datause.DiseaseOntology;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The diseases purposes and datasets may name: {@code GET /api/diseases?q=lung&limit=20}, for
 * pickers and for other systems; no token (the ontology is public).
 */
@Path("diseases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DiseasesResource {

    public record DiseaseJson(String id, String label, List<String> parents, List<String> path) {
    }

    static final int MAX_LIMIT = 100;

    @EJB
    Diseases diseases;

    /** Diseases whose label or identifier contains {@code q} (all when empty), shortest label first. */
    @GET
    @PermitAll
    public List<DiseaseJson> search(@QueryParam("q") String q, @QueryParam("limit") Integer limit) {
        int wanted = limit == null ? 20 : limit;
        if (wanted < 1 || wanted > MAX_LIMIT) {
            throw ApplicationRuleViolation.invalidInput("limit is 1 to " + MAX_LIMIT + ".");
        }
        if (q != null && q.length() > 200) {
            throw ApplicationRuleViolation.invalidInput("q is at most 200 characters.");
        }
        DiseaseOntology ontology = diseases.ontology();
        return ontology.search(q, wanted).stream()
                .map(t -> new DiseaseJson(t.id(), t.label(), t.parents(), ontology.path(t.id()))).toList();
    }
}
