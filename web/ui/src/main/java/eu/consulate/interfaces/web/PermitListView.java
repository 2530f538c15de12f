package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.consulate.application.Views.PermitPage;
import eu.consulate.application.Views.PermitView;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.permit.PermitListQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A permit list page, a page at a time from the database; the status filter is a view parameter. */
public abstract class PermitListView implements Serializable {

    private static final long serialVersionUID = 1L;

    private String status;
    private PermitPage counted;

    private final LazyDataModel<PermitView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (counted == null) {
                counted = page(0, 1);
            }
            return (int) Math.min(Integer.MAX_VALUE, counted.total());
        }

        @Override
        public List<PermitView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return page(first / pageSize, pageSize).items();
        }

        @Override
        public String getRowKey(PermitView row) {
            return row.id();
        }
    };

    protected abstract PermitPage list(PermitListQuery query);

    private PermitPage page(int page, int size) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (status != null) {
            parameters.put("status", List.of(status));
        }
        parameters.put("page", List.of(Integer.toString(page)));
        parameters.put("size", List.of(Integer.toString(size)));
        try {
            return list(PermitListQuery.parse(parameters));
        } catch (ApplicationRuleViolation e) {
            Messages.error(null, e.getMessage());
            return new PermitPage(List.of(), page, size, 0, true);
        }
    }

    public LazyDataModel<PermitView> getPermitModel() {
        return model;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? null : status.strip();
    }
}
