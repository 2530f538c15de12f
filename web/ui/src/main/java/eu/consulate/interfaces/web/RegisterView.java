package eu.consulate.interfaces.web;

import java.util.List;
import java.util.Map;

import eu.consulate.application.PublicRegister;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The public register page ({@code /register/index.xhtml?committee=&page=}): the decisions of the
 * committees that publish them, latest first. No login; no names.
 */
@Named
@RequestScoped
public class RegisterView {

    @EJB
    PublicRegister register;

    private String committee;
    private int page = 1;
    private PublicRegister.Page entries;
    private List<PublicRegister.Committee> committees;

    @PostConstruct
    void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        committee = parameters.get("committee");
        try {
            page = Math.max(1, Integer.parseInt(parameters.getOrDefault("page", "1").strip()));
        } catch (NumberFormatException e) {
            page = 1;
        }
        committees = register.committees();
        try {
            entries = register.entries(committee, page, 20);
        } catch (ApplicationRuleViolation e) {
            entries = new PublicRegister.Page(List.of(), 1, 20, false);
        }
    }

    public List<PublicRegister.Committee> getCommittees() {
        return committees;
    }

    public PublicRegister.Page getEntries() {
        return entries;
    }

    public String getCommittee() {
        return committee;
    }

    public int getPage() {
        return page;
    }
}
