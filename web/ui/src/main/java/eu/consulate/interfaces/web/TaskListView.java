package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.List;

import eu.consulate.application.DataAccessRequests;
import eu.consulate.application.Views.TaskView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The committee member's or legal officer's open steps. */
@Named
@ViewScoped
public class TaskListView implements Serializable {

    @EJB
    transient DataAccessRequests requests;

    @Inject
    transient UiActor actor;

    private List<TaskView> tasks;

    @PostConstruct
    void load() {
        tasks = requests.openTasks(actor.get());
    }

    public List<TaskView> getTasks() {
        return tasks;
    }

    public String stepLabel(String step) {
        return "DAC_REVIEW".equals(step) ? "Committee review" : "Legal check";
    }
}
