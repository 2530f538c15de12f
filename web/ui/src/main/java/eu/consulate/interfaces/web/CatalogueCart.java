package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

/**
 * The visitor's cart in the public catalogue: the datasets they want to request, kept in their
 * session (no login needed). "Request access" takes them all to the request form through
 * {@code /catalogue/apply}; datasets of several committees become one linked request each.
 */
@Named
@SessionScoped
public class CatalogueCart implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX = 20;
    static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");

    private final Set<String> datasetIds = new LinkedHashSet<>();

    public void add(String datasetId) {
        if (datasetId != null && ID.matcher(datasetId).matches() && datasetIds.size() < MAX) {
            datasetIds.add(datasetId);
        }
    }

    public void remove(String datasetId) {
        datasetIds.remove(datasetId);
    }

    public boolean contains(String datasetId) {
        return datasetIds.contains(datasetId);
    }

    public List<String> getDatasetIds() {
        return new ArrayList<>(datasetIds);
    }

    public int getSize() {
        return datasetIds.size();
    }

    /** {@code /catalogue/apply?dataset=a&dataset=b}, relative to the application. */
    public String getApplyPath() {
        return "/catalogue/apply?" + String.join("&", datasetIds.stream().map(id -> "dataset=" + id).toList());
    }
}
