package eu.consulate.bpmn;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.listener.ExpressionExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.task.listener.ExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Connects every model's user tasks to the domain, so that models need (and, once checked on
 * upload, may have) no listeners of their own:
 * <ul>
 *   <li>a flow into a user task announces the step ({@code stepOpening.entering(execution)})
 *       <em>before</em> the engine enters the task, because the task's boundary timers are set
 *       on entry and must already see the step's decision clock;</li>
 *   <li>a created task takes the request's decision deadline as its due date
 *       ({@code stepOpening.created(task)}).</li>
 * </ul>
 */
public class StepParseListener extends AbstractBpmnParseListener {

    static final String ENTERING = "${stepOpening.entering(execution)}";
    static final String CREATED = "${stepOpening.created(task)}";

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
                        new ExpressionTaskListener(expressions().createExpression(CREATED)));
    }

    @Override
    public void parseSequenceFlow(Element sequenceFlowElement, ScopeImpl scopeElement, TransitionImpl transition) {
        var target = (ActivityImpl) transition.getDestination();
        if (target != null && target.getActivityBehavior() instanceof UserTaskActivityBehavior) {
            transition.addBuiltInListener(ExecutionListener.EVENTNAME_TAKE,
                    new ExpressionExecutionListener(expressions().createExpression(ENTERING)));
        }
    }

    private static ExpressionManager expressions() {
        return Context.getProcessEngineConfiguration().getExpressionManager();
    }
}
