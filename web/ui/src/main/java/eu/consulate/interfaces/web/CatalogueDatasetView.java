package eu.consulate.interfaces.web;

import eu.consulate.application.Catalog;
import eu.consulate.application.NoSuchDataset;
import eu.consulate.application.Views;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A dataset's public page ({@code /catalogue/dataset.xhtml?id=}): what it holds and its data use in plain words. */
@Named
@ViewScoped
public class CatalogueDatasetView implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Catalog catalog;

    @Inject
    transient CatalogueCart cart;

    private Views.CatalogueDataset dataset;

    @PostConstruct
    void load() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            dataset = catalog.publicDataset(id);
        } catch (NoSuchDataset e) {
            Messages.sendError(404);
        }
    }

    public void add() {
        cart.add(dataset.dataset().id());
    }

    public Views.CatalogueDataset getDataset() {
        return dataset;
    }

    public Views.CatalogueItem getItem() {
        return dataset.dataset();
    }

    public Views.DataUseView getUse() {
        return dataset.dataUse();
    }

    public String getKeywords() {
        return String.join(", ", dataset.dataset().keywords());
    }

    /** The countries by name: "Finland (FI), Germany (DE)". */
    public String getCountries() {
        return String.join(", ", dataset.dataset().countries().stream()
                .map(c -> new java.util.Locale("", c).getDisplayCountry(java.util.Locale.ENGLISH) + " (" + c + ")").toList());
    }
}
