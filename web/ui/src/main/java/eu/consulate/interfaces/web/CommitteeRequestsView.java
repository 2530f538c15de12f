package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import eu.consulate.application.DataAccessRequests;
import eu.consulate.application.Views.ApplicationSummary;
import eu.consulate.application.Views.RequestPage;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.application.ApplicationState;
import eu.consulate.domain.model.application.RequestListQuery;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The requests of the user's committees, a page at a time from the database (a lazy table): the
 * state filter and the search are view parameters, so a filtered list can be bookmarked.
 */
@Named
@ViewScoped
public class CommitteeRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient DataAccessRequests requests;

    @Inject
    transient UiActor actor;

    private String state;
    private String q;
    private Map<String, Long> counts = Map.of();

    private final LazyDataModel<ApplicationSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            RequestPage first = page(0, 1, null);
            counts = first.counts();
            return (int) Math.min(Integer.MAX_VALUE, first.total());
        }

        @Override
        public List<ApplicationSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            return page(first / pageSize, pageSize, sort).items();
        }

        @Override
        public String getRowKey(ApplicationSummary row) {
            return row.id();
        }
    };

    private RequestPage page(int page, int size, SortMeta sort) {
        String field = sort == null ? null : switch (sort.getField()) {
            case "title" -> "title";
            case "stateLabel" -> "state";
            case "updatedAt" -> "updated";
            default -> "submitted";
        };
        String direction = sort == null ? null : sort.getOrder() == SortOrder.ASCENDING ? "asc" : "desc";
        try {
            return requests.committeeRequests(actor.get(), RequestListQuery.parse(
                    state == null ? List.of() : List.of(state), q, field, direction, page, size));
        } catch (ApplicationRuleViolation e) {
            Messages.error(null, e.getMessage());
            return new RequestPage(List.of(), page, size, 0, Map.of());
        }
    }

    /** The filtered list, whole, as a CSV download (at most 10,000 rows; else a message). */
    public void export() throws java.io.IOException {
        List<ApplicationSummary> rows;
        try {
            rows = requests.committeeRequestsForExport(actor.get(), RequestListQuery.parse(
                    state == null ? List.of() : List.of(state), q, null, null, null, null));
        } catch (ApplicationRuleViolation e) {
            Messages.error(null, e.getMessage());
            return;
        }
        var context = jakarta.faces.context.FacesContext.getCurrentInstance();
        var external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"committee-requests.csv\"");
        eu.consulate.application.RequestListExport.write(rows, new java.io.OutputStreamWriter(
                external.getResponseOutputStream(), java.nio.charset.StandardCharsets.UTF_8));
        context.responseComplete();
    }

    public LazyDataModel<ApplicationSummary> getModel() {
        return model;
    }

    /** The states to filter by, with how many of the list's requests are in each. */
    public List<StateOption> getStates() {
        return java.util.Arrays.stream(ApplicationState.values())
                .map(s -> new StateOption(s.name(), s.label() + " (" + counts.getOrDefault(s.name(), 0L) + ")"))
                .toList();
    }

    public record StateOption(String value, String label) {
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state == null || state.isBlank() ? null : state;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.isBlank() ? null : q;
    }
}
