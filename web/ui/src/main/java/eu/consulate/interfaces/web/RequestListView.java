package eu.consulate.interfaces.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.consulate.application.RequestListExport;
import eu.consulate.application.Views.ApplicationSummary;
import eu.consulate.application.Views.RequestPage;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.application.ApplicationState;
import eu.consulate.domain.model.application.RequestListQuery;
import jakarta.faces.context.FacesContext;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A request list page, a page at a time from the database (a lazy table). The part of the list
 * and every filter are view parameters, so a filtered list is an address that can be
 * bookmarked and shared; the service parses them exactly as the API does.
 */
public abstract class RequestListView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The filter parameters a page keeps in its address, by name. */
    private final Map<String, String> filters = new LinkedHashMap<>();
    /** The counts of this view's list: read once per view (the filter is the address: a new filter is a new view). */
    private RequestPage counted;
    /** The rows this view has shown, by id: what a selection can name (never more than was shown). */
    private final Map<String, ApplicationSummary> shown = new java.util.HashMap<>();

    private final LazyDataModel<ApplicationSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, counted().total());
        }

        @Override
        public List<ApplicationSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            // the counts were read once for this view (count() comes first): the rows alone now
            List<ApplicationSummary> rows = query(first / pageSize, pageSize, sort).map(RequestListView.this::rows)
                    .orElse(List.of());
            rows.forEach(row -> shown.put(row.id(), row));
            return rows;
        }

        @Override
        public String getRowKey(ApplicationSummary row) {
            return row.id();
        }

        @Override
        public ApplicationSummary getRowData(String rowKey) {
            // a selection is decoded before the table loads again: the rows this view showed
            return shown.get(rowKey);
        }
    };

    private RequestPage counted() {
        if (counted == null) {
            counted = page(0, 1, null);
        }
        return counted;
    }

    /** The page of the list for this query, with its counts. */
    protected abstract RequestPage list(RequestListQuery query);

    /** The page's rows alone for this query (the counts are read once per view). */
    protected abstract List<ApplicationSummary> rows(RequestListQuery query);

    /** The whole list for this query, for export. */
    protected abstract List<ApplicationSummary> exportList(RequestListQuery query);

    /** The file name of an export. */
    protected abstract String exportName();

    private RequestPage page(int page, int size, SortMeta sort) {
        return query(page, size, sort).map(this::list).orElseGet(() -> new RequestPage(List.of(), page, size, 0, Map.of(),
                Map.of(), true));
    }

    /** The query of this view's filters at a page; empty (the reason said on the page) when a filter is refused. */
    private java.util.Optional<RequestListQuery> query(int page, int size, SortMeta sort) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        filters.forEach((name, value) -> parameters.put(name, List.of(value)));
        if (sort != null) {
            parameters.put("sort", List.of(switch (sort.getField()) {
                case "title" -> "title";
                case "stateLabel" -> "state";
                case "updatedAt" -> "updated";
                case "decidedAt" -> "decided";
                case "dueAt" -> "due";
                default -> "submitted";
            }));
            parameters.put("dir", List.of(sort.getOrder() == SortOrder.ASCENDING ? "asc" : "desc"));
        }
        parameters.put("page", List.of(Integer.toString(page)));
        parameters.put("size", List.of(Integer.toString(size)));
        try {
            return java.util.Optional.of(RequestListQuery.parse(parameters));
        } catch (ApplicationRuleViolation e) {
            Messages.error(null, e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** The filtered list, whole, as a CSV download (at most 10,000 rows; else a message). */
    public void export() throws IOException {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        filters.forEach((name, value) -> parameters.put(name, List.of(value)));
        List<ApplicationSummary> rows;
        try {
            rows = exportList(RequestListQuery.parse(parameters));
        } catch (ApplicationRuleViolation e) {
            Messages.error(null, e.getMessage());
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        var external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + exportName() + "\"");
        RequestListExport.write(rows, new java.io.OutputStreamWriter(external.getResponseOutputStream(),
                java.nio.charset.StandardCharsets.UTF_8));
        context.responseComplete();
    }

    public LazyDataModel<ApplicationSummary> getModel() {
        return model;
    }

    /**
     * The states to filter by, with how many of the list's requests are in each: exact, or, when
     * the list is longer than the count limit, what its first rows held ("at least").
     */
    public List<Option> getStates() {
        return counted().counts().entrySet().stream().map(e -> new Option(e.getKey(),
                ApplicationState.valueOf(e.getKey()).label() + part(e.getValue()))).toList();
    }

    /** The steps to filter by, with how many of the list's requests wait at each. */
    public List<Option> getSteps() {
        Map<String, Long> counts = counted().stepCounts();
        return STEPS.stream().filter(step -> counts.containsKey(step.value()))
                .map(step -> new Option(step.value(), step.label() + part(counts.get(step.value())))).toList();
    }

    /** A part's count after its label: " (12)", or " (at least 12)" when counting stopped, nothing for none found then. */
    private String part(long n) {
        if (counted().exact()) {
            return " (" + String.format("%,d", n) + ")";
        }
        return n == 0 ? "" : " (at least " + String.format("%,d", n) + ")";
    }

    private static final List<Option> STEPS = List.of(new Option("review", "Committee review"),
            new Option("legal-check", "Legal check"), new Option("permit", "Permit issuance"));

    /** How many requests the list holds, as words ("more than 1,000" or "at least …" when counting stopped). */
    public String getTotal() {
        long n = counted().total();
        int limit = eu.consulate.infrastructure.persistence.RequestListRepository.COUNT_LIMIT;
        if (counted().exact()) {
            return String.format("%,d", n);
        }
        return n > limit ? "more than " + String.format("%,d", limit) : "at least " + String.format("%,d", n);
    }

    /** A choice of a filter menu. */
    public record Option(String value, String label) {
    }

    /** The address of this page with the given part of the list and no other filter. */
    public String scopeLink(String scope) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getExternalContext().getRequestContextPath() + context.getViewRoot().getViewId() + "?scope=" + scope;
    }

    /** The part of the list shown (all when the address names none). */
    public String getScopeOrDefault() {
        return filters.getOrDefault("scope", "all");
    }

    private String filter(String name) {
        return filters.get(name);
    }

    private void filter(String name, String value) {
        if (value == null || value.isBlank()) {
            filters.remove(name);
        } else {
            filters.put(name, value.strip());
        }
    }

    // view parameters: one getter and setter per filter, as the page's address names them

    public String getScope() {
        return filter("scope");
    }

    public void setScope(String value) {
        filter("scope", value);
    }

    public String getQ() {
        return filter("q");
    }

    public void setQ(String value) {
        filter("q", value);
    }

    public String getState() {
        return filter("state");
    }

    public void setState(String value) {
        filter("state", value);
    }

    public String getStep() {
        return filter("step");
    }

    public void setStep(String value) {
        filter("step", value);
    }

    public String getDataset() {
        return filter("dataset");
    }

    public void setDataset(String value) {
        filter("dataset", value);
    }

    public String getApplicant() {
        return filter("applicant");
    }

    public void setApplicant(String value) {
        filter("applicant", value);
    }

    public String getSubmittedFrom() {
        return filter("submittedFrom");
    }

    public void setSubmittedFrom(String value) {
        filter("submittedFrom", value);
    }

    public String getSubmittedTo() {
        return filter("submittedTo");
    }

    public void setSubmittedTo(String value) {
        filter("submittedTo", value);
    }

    public String getDecidedFrom() {
        return filter("decidedFrom");
    }

    public void setDecidedFrom(String value) {
        filter("decidedFrom", value);
    }

    public String getDecidedTo() {
        return filter("decidedTo");
    }

    public void setDecidedTo(String value) {
        filter("decidedTo", value);
    }

    public String getDue() {
        return filter("due");
    }

    public void setDue(String value) {
        filter("due", value);
    }
}
