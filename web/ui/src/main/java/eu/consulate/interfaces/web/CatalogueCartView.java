package eu.consulate.interfaces.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.consulate.application.Catalog;
import eu.consulate.application.NoSuchDataset;
import eu.consulate.application.Views;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The cart page ({@code /catalogue/cart.xhtml}): the chosen datasets by committee, and "Request access". */
@Named
@RequestScoped
public class CatalogueCartView {

    @EJB
    Catalog catalog;

    @Inject
    CatalogueCart cart;

    private Map<String, List<Views.CatalogueItem>> groups;

    /** The cart's datasets grouped by committee name (one request each); retired or unknown ones are dropped. */
    public Map<String, List<Views.CatalogueItem>> getByCommittee() {
        if (groups != null) {
            return groups;
        }
        groups = new LinkedHashMap<>();
        for (String id : cart.getDatasetIds()) {
            try {
                Views.CatalogueDataset dataset = catalog.publicDataset(id);
                if (dataset.retired()) {
                    cart.remove(id);
                    continue;
                }
                groups.computeIfAbsent(dataset.dataset().committeeName(), k -> new java.util.ArrayList<>())
                        .add(dataset.dataset());
            } catch (NoSuchDataset e) {
                cart.remove(id);
            }
        }
        return groups;
    }

    public List<String> getCommittees() {
        return List.copyOf(getByCommittee().keySet());
    }

    public void remove(String id) {
        cart.remove(id);
        groups = null;
    }

    /** What "Request access" will submit. */
    public String getNote() {
        int committees = getByCommittee().size();
        return committees > 1 ? "The datasets belong to " + committees + " committees: you will submit one request "
                + "to each, linked together, with the same content." : "One request to this committee.";
    }
}
