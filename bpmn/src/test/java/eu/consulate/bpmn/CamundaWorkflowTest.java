package eu.consulate.bpmn;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.consulate.application.ModelRefused;
import eu.consulate.application.WorkflowPort.ModelVersion;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The workflow port as the application sees it, on the in-memory engine with the shipped models. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/research-request.bpmn", "processes/rare-disease-diagnosis.bpmn",
        "processes/public-health-emergency.bpmn"})
class CamundaWorkflowTest {

    private static final String GENOMICS = "dac-genomics";
    private static final String INFECTIOUS = "dac-infectious";

    // injected by ProcessEngineExtension
    ProcessEngine engine;

    private CamundaWorkflow workflow;
    private ModelDelegates delegates;

    @BeforeEach
    void setUp() {
        init(engine);
        workflow = new CamundaWorkflow(engine);
        delegates = new ModelDelegates().register();
    }

    @AfterEach
    void tearDown() {
        ModelDelegates.unregister();
        ClockUtil.reset();
        engine.getRepositoryService().createDeploymentQuery().tenantIdIn(GENOMICS, INFECTIOUS).list()
                .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
    }

    @Test
    void aSubmittedRequestRunsTheChosenModelUnderTheApplicationId() {
        workflow.requestSubmitted("app-1", GENOMICS, "rare-disease-diagnosis", "care");

        ProcessInstance instance = processInstanceQuery().processInstanceBusinessKey("app-1").singleResult();
        assertThat(instance).isWaitingAt("review").variables()
                .containsEntry("applicationId", "app-1").containsEntry("dacId", GENOMICS).containsEntry("use", "care");
        assertThat(delegates.steps.opened).containsExactly(new RecordingSteps.Opened("app-1", "review", "review",
                java.util.Map.of("clock", "P5D")));
        assertThat(workflow.position("app-1").orElseThrow().activeActivities()).containsExactly("review");
    }

    @Test
    void completingAStepPassesTheOutcomeToTheModel() {
        workflow.requestSubmitted("app-1", GENOMICS, "research-request", "research");

        workflow.stepCompleted("app-1", "completeness", "incomplete", false);

        assertThat(processInstanceQuery().processInstanceBusinessKey("app-1").singleResult()).isWaitingAt("revision");
        assertThat(workflow.position("app-1").orElseThrow().processKey()).isEqualTo("research-request");
    }

    @Test
    void completingAStepThatIsNotOpenFailsAndChangesNothing() {
        workflow.requestSubmitted("app-1", GENOMICS, "research-request", "research");

        assertThatThrownBy(() -> workflow.stepCompleted("app-1", "vote", "approved", true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("vote");
        assertThatThrownBy(() -> workflow.stepCompleted("app-2", "completeness", "complete", true))
                .isInstanceOf(IllegalStateException.class);
        assertThat(processInstanceQuery().processInstanceBusinessKey("app-1").singleResult()).isWaitingAt("completeness");
    }

    @Test
    void theEndEventIsKnownOnceTheRequestEnded() {
        workflow.requestSubmitted("app-1", GENOMICS, "rare-disease-diagnosis", "care");
        assertThat(workflow.endedAt("app-1")).isEmpty();

        workflow.stepCompleted("app-1", "review", "rejected", false);

        assertThat(workflow.endedAt("app-1")).contains("rejected");
        assertThat(workflow.position("app-1").orElseThrow().activeActivities()).containsExactly("rejected");
        assertThat(workflow.endedAt("unknown")).isEmpty();
    }

    @Test
    void anUploadedModelServesTheNextRequestOfItsCommitteeOnlyWhileRunningOnesKeepTheirs() {
        workflow.requestSubmitted("before", GENOMICS, "rare-disease-diagnosis", "care");

        ModelVersion uploaded = workflow.deploy(GENOMICS, "diagnosis with ethics.bpmn", withEthicsStep());
        workflow.requestSubmitted("after", GENOMICS, "rare-disease-diagnosis", "care");
        workflow.requestSubmitted("elsewhere", INFECTIOUS, "rare-disease-diagnosis", "care");

        assertThat(uploaded.uploaded()).isTrue();
        assertThat(uploaded.key()).isEqualTo("rare-disease-diagnosis");
        assertThat(processInstanceQuery().processInstanceBusinessKey("before").singleResult()).isWaitingAt("review");
        assertThat(processInstanceQuery().processInstanceBusinessKey("after").singleResult()).isWaitingAt("ethics");
        assertThat(processInstanceQuery().processInstanceBusinessKey("elsewhere").singleResult()).isWaitingAt("review");
        assertThat(workflow.models(GENOMICS)).extracting(ModelVersion::key, ModelVersion::uploaded).contains(
                tuple("rare-disease-diagnosis", true), tuple("research-request", false));
        assertThat(workflow.models(INFECTIOUS)).extracting(ModelVersion::uploaded).containsOnly(false);
        assertThat(new String(workflow.modelXml(GENOMICS, "rare-disease-diagnosis").orElseThrow(), StandardCharsets.UTF_8))
                .contains("consulate:step\" value=\"ethics\"");
    }

    @Test
    void aBrokenModelIsRefusedWithReasonsAndNothingIsDeployed() {
        long before = engine.getRepositoryService().createProcessDefinitionQuery().count();
        byte[] script = withEthicsStep();
        String broken = new String(script, StandardCharsets.UTF_8).replace(
                "<bpmn:userTask id=\"ethics\" name=\"Ethics opinion\">",
                "<bpmn:scriptTask id=\"ethics\" name=\"Ethics opinion\" scriptFormat=\"javascript\">")
                .replace("</bpmn:userTask><!--ethics-->", "<bpmn:script>1</bpmn:script></bpmn:scriptTask>");

        assertThatThrownBy(() -> workflow.deploy(GENOMICS, "broken.bpmn", broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ModelRefused.class, refused -> assertThat(refused.reasons())
                        .anySatisfy(reason -> assertThat(reason).contains("Ethics opinion")));
        assertThatThrownBy(() -> workflow.deploy(GENOMICS, "x.bpmn", "not xml".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ModelRefused.class);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().count()).isEqualTo(before);
    }

    /** The shipped diagnosis model with an ethics opinion before the review. */
    static byte[] withEthicsStep() {
        try (var in = CamundaWorkflowTest.class.getClassLoader().getResourceAsStream("processes/rare-disease-diagnosis.bpmn")) {
            String model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return model.replace("<bpmn:sequenceFlow id=\"toReview\" sourceRef=\"submitted\" targetRef=\"review\"/>",
                    """
                    <bpmn:sequenceFlow id="toReview" sourceRef="submitted" targetRef="ethics"/>
                    <bpmn:userTask id="ethics" name="Ethics opinion">
                      <bpmn:extensionElements><camunda:properties>
                        <camunda:property name="consulate:step" value="ethics"/>
                      </camunda:properties></bpmn:extensionElements>
                    </bpmn:userTask><!--ethics-->
                    <bpmn:sequenceFlow id="toEthicsDecided" sourceRef="ethics" targetRef="ethicsDecided"/>
                    <bpmn:exclusiveGateway id="ethicsDecided" name="Favourable?"/>
                    <bpmn:sequenceFlow id="favourable" sourceRef="ethicsDecided" targetRef="review">
                      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${approved}</bpmn:conditionExpression>
                    </bpmn:sequenceFlow>
                    <bpmn:sequenceFlow id="unfavourable" sourceRef="ethicsDecided" targetRef="ethicsRejected">
                      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${!approved}</bpmn:conditionExpression>
                    </bpmn:sequenceFlow>
                    <bpmn:endEvent id="ethicsRejected" name="Unfavourable ethics opinion"/>
                    """).getBytes(StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
