package eu.consulate.interfaces.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.consulate.application.Catalog;
import eu.consulate.application.Views;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The public catalogue page ({@code /catalogue/index.xhtml?q=&permission=&committee=&disease=&country=}):
 * no login; the search and the chosen facet values are in the address, so a view can be shared.
 */
@Named
@ViewScoped
public class CatalogueView implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Catalog catalog;

    @Inject
    transient CatalogueCart cart;

    private String q;
    private String permission;
    private String committee;
    private String disease;
    private String country;
    private Views.CatalogueResult result;
    private int page = 1;

    public int getPage() {
        return page;
    }

    @PostConstruct
    void load() {
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        q = limit(p.get("q"), 200);
        permission = limit(p.get("permission"), 20);
        committee = limit(p.get("committee"), 36);
        disease = limit(p.get("disease"), 64);
        country = limit(p.get("country"), 2);
        try {
            page = Math.max(1, Integer.parseInt(p.getOrDefault("page", "1").strip()));
        } catch (NumberFormatException e) {
            page = 1;
        }
        result = catalog.search(q, one(permission), one(committee), one(disease), one(country), page, 20);
    }

    private static String limit(String value, int max) {
        return value == null || value.isBlank() ? null : value.strip().substring(0, Math.min(value.strip().length(), max));
    }

    private static Set<String> one(String value) {
        return value == null ? Set.of() : Set.of(value);
    }

    public void add(String datasetId) {
        cart.add(datasetId);
    }

    public Views.CatalogueResult getResult() {
        return result;
    }

    public List<Views.FacetView> facet(String name) {
        return result.facets().getOrDefault(name, List.of());
    }

    /** Whether the facet value is the one chosen (its link then removes it). */
    public boolean chosen(String name, String value) {
        return value.equals(switch (name) {
            case "permission" -> permission;
            case "committee" -> committee;
            case "disease" -> disease;
            case "country" -> country;
            default -> null;
        });
    }

    public String getQ() {
        return q;
    }

    public String getPermission() {
        return permission;
    }

    public String getCommittee() {
        return committee;
    }

    public String getDisease() {
        return disease;
    }

    public String getCountry() {
        return country;
    }
}
