package eu.consulate.bpmn;

import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The real delegates the model's expressions call, on stand-ins for the application services
 * behind them. Registering the real beans rather than look-alikes keeps the tests honest about
 * the names and signatures the model relies on.
 */
final class ModelDelegates {

    final KnownCommittees committees = new KnownCommittees();
    final RecordingPermitIssuer permitIssuer = new RecordingPermitIssuer();
    final RecordingSteps steps = new RecordingSteps();

    /** Makes the delegates resolvable by name in this thread's process expressions. */
    ModelDelegates register() {
        CommitteeDirectory committeeDirectory = new CommitteeDirectory();
        committeeDirectory.catalog = committees;
        PermitIssuance permitIssuance = new PermitIssuance();
        permitIssuance.permitIssuer = permitIssuer;
        Mocks.register("committeeDirectory", committeeDirectory);
        Mocks.register("permitIssuance", permitIssuance);
        Mocks.register("stepOpening", steps.opening());
        Mocks.register("stepClock", steps.clock());
        return this;
    }

    static void unregister() {
        Mocks.reset();
    }
}
