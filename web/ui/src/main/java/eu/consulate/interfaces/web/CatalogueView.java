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

    /** The facets in the address, in the order the page shows them. */
    static final List<String> FACETS = List.of("permission", "committee", "disease", "country");
    private static final Map<String, Integer> MAX_LENGTH = Map.of("permission", 20, "committee", 36, "disease", 64,
            "country", 2);
    /** At most this many values of one facet are read from the address. */
    static final int MAX_VALUES = 20;

    private String q;
    /** The chosen values of each facet (any of them matches); facets narrow each other. */
    private final Map<String, java.util.LinkedHashSet<String>> chosen = new java.util.LinkedHashMap<>();
    private Views.CatalogueResult result;
    private int page = 1;

    public int getPage() {
        return page;
    }

    @PostConstruct
    void load() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> p = external.getRequestParameterMap();
        Map<String, String[]> values = external.getRequestParameterValuesMap();
        q = limit(p.get("q"), 200);
        for (String facet : FACETS) {
            java.util.LinkedHashSet<String> set = new java.util.LinkedHashSet<>();
            for (String value : values.getOrDefault(facet, new String[0])) {
                String v = limit(value, MAX_LENGTH.get(facet));
                if (v != null && set.size() < MAX_VALUES) {
                    set.add(v);
                }
            }
            chosen.put(facet, set);
        }
        try {
            page = Math.max(1, Integer.parseInt(p.getOrDefault("page", "1").strip()));
        } catch (NumberFormatException e) {
            page = 1;
        }
        result = catalog.search(q, chosen.get("permission"), chosen.get("committee"), chosen.get("disease"),
                chosen.get("country"), page, 20);
    }

    private static String limit(String value, int max) {
        return value == null || value.isBlank() ? null : value.strip().substring(0, Math.min(value.strip().length(), max));
    }

    /**
     * The address of this view with {@code value} added to the facet's choice, or taken out of it
     * when chosen already (back to the first page; the search text and other choices kept).
     */
    public String toggle(String facet, String value) {
        return link(facet, value, 1);
    }

    /** The address of page {@code to} of this view. */
    public String pageLink(int to) {
        return link(null, null, to);
    }

    private String link(String facet, String value, int to) {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestContextPath()).append("/catalogue/index.xhtml");
        List<String> params = new java.util.ArrayList<>();
        if (q != null) {
            params.add("q=" + encode(q));
        }
        for (String name : FACETS) {
            java.util.LinkedHashSet<String> set = new java.util.LinkedHashSet<>(chosen.get(name));
            if (name.equals(facet) && !set.remove(value)) {
                set.add(value);
            }
            set.forEach(v -> params.add(name + "=" + encode(v)));
        }
        if (to > 1) {
            params.add("page=" + to);
        }
        return params.isEmpty() ? url.toString() : url.append('?').append(String.join("&", params)).toString();
    }

    /** The chosen facet values as (name, value) pairs, for the search form's hidden fields. */
    public List<Map.Entry<String, String>> getChoices() {
        List<Map.Entry<String, String>> pairs = new java.util.ArrayList<>();
        chosen.forEach((name, set) -> set.forEach(v -> pairs.add(Map.entry(name, v))));
        return pairs;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
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

    /** Whether the facet value is among the chosen ones (its link then takes it out). */
    public boolean chosen(String name, String value) {
        return chosen.getOrDefault(name, new java.util.LinkedHashSet<>()).contains(value);
    }

    public String getQ() {
        return q;
    }
}
