package eu.consulate.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@link ModelCheck} refuses in an uploaded process model, and that what it accepts deploys. */
class ModelCheckTest {

    private static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                              xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                              xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                              xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                              id="definitions" targetNamespace="https://consulate.example.org/bpmn">
            """;

    private static final String PROCESS_START = """
            <bpmn:process id="standard-review" name="Standard review" isExecutable="true"
                          camunda:historyTimeToLive="P3650D">
            """;

    /**
     * The acceptable model: completeness check, then either a vote (with a reminder) or a revision
     * by the applicant (which lapses after 28 days) that goes back to the completeness check; after
     * an approving vote a legal check, and after that the permit.
     */
    private static final String ACCEPTABLE_BODY = """
              <bpmn:documentation>The committee's standard review.</bpmn:documentation>
              <bpmn:startEvent id="submitted" name="Request submitted"/>
              <bpmn:sequenceFlow id="toCompleteness" sourceRef="submitted" targetRef="completeness"/>

              <bpmn:userTask id="completeness" name="Completeness check">
                <bpmn:documentation>Is everything there?</bpmn:documentation>
                <bpmn:extensionElements>
                  <camunda:properties>
                    <camunda:property name="consulate:step" value="completeness"/>
                    <camunda:property name="clock" value="P3M"/>
                  </camunda:properties>
                </bpmn:extensionElements>
              </bpmn:userTask>
              <bpmn:sequenceFlow id="toIsComplete" sourceRef="completeness" targetRef="isComplete"/>

              <bpmn:exclusiveGateway id="isComplete" name="Complete?"/>
              <bpmn:sequenceFlow id="complete" name="complete" sourceRef="isComplete" targetRef="vote">
                <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${outcome == 'complete'}</bpmn:conditionExpression>
              </bpmn:sequenceFlow>
              <bpmn:sequenceFlow id="incomplete" name="incomplete" sourceRef="isComplete" targetRef="revision">
                <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${outcome == 'incomplete'}</bpmn:conditionExpression>
              </bpmn:sequenceFlow>

              <bpmn:userTask id="vote" name="Committee vote">
                <bpmn:extensionElements>
                  <camunda:properties>
                    <camunda:property name="consulate:step" value="vote"/>
                    <camunda:property name="quorum" value="2"/>
                    <camunda:property name="majority" value="simple"/>
                  </camunda:properties>
                </bpmn:extensionElements>
              </bpmn:userTask>
              <bpmn:boundaryEvent id="voteReminder" name="Two weeks" attachedToRef="vote" cancelActivity="false">
                <bpmn:timerEventDefinition>
                  <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P14D</bpmn:timeDuration>
                </bpmn:timerEventDefinition>
              </bpmn:boundaryEvent>
              <bpmn:sequenceFlow id="toRemindVoters" sourceRef="voteReminder" targetRef="remindVoters"/>
              <bpmn:serviceTask id="remindVoters" name="Remind voters"
                                camunda:expression="${stepClock.remind(applicationId)}"/>
              <bpmn:sequenceFlow id="toReminded" sourceRef="remindVoters" targetRef="reminded"/>
              <bpmn:endEvent id="reminded" name="Voters reminded"/>

              <bpmn:userTask id="revision" name="Applicant revision">
                <bpmn:extensionElements>
                  <camunda:properties>
                    <camunda:property name="consulate:step" value="revision"/>
                  </camunda:properties>
                </bpmn:extensionElements>
              </bpmn:userTask>
              <bpmn:sequenceFlow id="resubmitted" sourceRef="revision" targetRef="completeness"/>
              <bpmn:boundaryEvent id="revisionDeadline" name="28 days" attachedToRef="revision">
                <bpmn:timerEventDefinition>
                  <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P28D</bpmn:timeDuration>
                </bpmn:timerEventDefinition>
              </bpmn:boundaryEvent>
              <bpmn:sequenceFlow id="toLapse" sourceRef="revisionDeadline" targetRef="lapse"/>
              <bpmn:serviceTask id="lapse" name="Lapse request" camunda:expression="${stepClock.lapse(applicationId)}"/>
              <bpmn:sequenceFlow id="toLapsed" sourceRef="lapse" targetRef="lapsed"/>
              <bpmn:endEvent id="lapsed" name="Request lapsed"/>

              <bpmn:sequenceFlow id="toVoteDecided" sourceRef="vote" targetRef="voteDecided"/>
              <bpmn:exclusiveGateway id="voteDecided" name="Approved by vote?"/>
              <bpmn:sequenceFlow id="voteApproved" sourceRef="voteDecided" targetRef="legalCheck">
                <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${approved}</bpmn:conditionExpression>
              </bpmn:sequenceFlow>
              <bpmn:sequenceFlow id="voteRejected" sourceRef="voteDecided" targetRef="rejectedByVote">
                <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${!approved}</bpmn:conditionExpression>
              </bpmn:sequenceFlow>
              <bpmn:endEvent id="rejectedByVote" name="Rejected by vote"/>

              <bpmn:userTask id="legalCheck" name="Legal check">
                <bpmn:extensionElements>
                  <camunda:properties>
                    <camunda:property name="consulate:step" value="legal-check"/>
                  </camunda:properties>
                </bpmn:extensionElements>
              </bpmn:userTask>
              <bpmn:sequenceFlow id="toLegalDecided" sourceRef="legalCheck" targetRef="legalDecided"/>
              <bpmn:exclusiveGateway id="legalDecided" name="Legal check passed?" default="legalFailed"/>
              <bpmn:sequenceFlow id="legalPassed" sourceRef="legalDecided" targetRef="issuePermit">
                <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${approved}</bpmn:conditionExpression>
              </bpmn:sequenceFlow>
              <bpmn:sequenceFlow id="legalFailed" sourceRef="legalDecided" targetRef="rejectedByLegal"/>
              <bpmn:endEvent id="rejectedByLegal" name="Rejected by legal check"/>

              <bpmn:serviceTask id="issuePermit" name="Issue permit"
                                camunda:expression="${permitIssuance.issue(applicationId, 'P90D')}"
                                camunda:resultVariable="permitId"/>
              <bpmn:sequenceFlow id="toPermitIssued" sourceRef="issuePermit" targetRef="permitIssued"/>
              <bpmn:endEvent id="permitIssued" name="Permit issued"/>

              <bpmn:textAnnotation id="note"><bpmn:text>Reminders do not end the vote.</bpmn:text></bpmn:textAnnotation>
              <bpmn:association id="noteOnReminder" sourceRef="voteReminder" targetRef="note"/>
            """;

    private static final String DIAGRAM = """
            <bpmndi:BPMNDiagram id="diagram">
              <bpmndi:BPMNPlane id="plane" bpmnElement="standard-review">
                <bpmndi:BPMNShape id="submitted_di" bpmnElement="submitted">
                  <dc:Bounds x="152" y="102" width="36" height="36"/>
                </bpmndi:BPMNShape>
              </bpmndi:BPMNPlane>
            </bpmndi:BPMNDiagram>
            """;

    private static final String ACCEPTABLE = definitions(PROCESS_START + ACCEPTABLE_BODY + "</bpmn:process>\n" + DIAGRAM);

    // ------------------------------------------------------------------ helpers

    /** Wraps root elements (processes, diagrams) in the definitions header. */
    static String definitions(String content) {
        return HEADER + content + "</bpmn:definitions>\n";
    }

    /** Wraps a process body in an executable process "standard-review" and the definitions. */
    static String process(String body) {
        return definitions(PROCESS_START + body + "</bpmn:process>\n");
    }

    /** A process: start → {@code middle}, whose id must be "middle" → end. */
    static String around(String middle) {
        return process("""
                <bpmn:startEvent id="submitted" name="Request submitted"/>
                <bpmn:sequenceFlow id="toMiddle" sourceRef="submitted" targetRef="middle"/>
                %s
                <bpmn:sequenceFlow id="toDone" sourceRef="middle" targetRef="done"/>
                <bpmn:endEvent id="done" name="Done"/>
                """.formatted(middle));
    }

    /** A user task "middle" named {@code name} with the given camunda:property elements. */
    static String userTask(String name, String attributes, String properties) {
        return """
                <bpmn:userTask id="middle" name="%s" %s>
                  <bpmn:extensionElements><camunda:properties>%s</camunda:properties></bpmn:extensionElements>
                </bpmn:userTask>
                """.formatted(name, attributes, properties);
    }

    static String property(String name, String value) {
        return "<camunda:property name=\"%s\" value=\"%s\"/>".formatted(name, value);
    }

    /** The text with {@code original} replaced, failing if it does not occur exactly once. */
    static String replaced(String text, String original, String replacement) {
        assertThat(text.split(java.util.regex.Pattern.quote(original), -1)).as("occurrences of %s", original)
                .hasSize(2);
        return text.replace(original, replacement);
    }

    static List<String> problemsOf(String xml) {
        return ModelCheck.problems(xml.getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ the acceptable model

    @Test
    void acceptableModelHasNoProblems() {
        byte[] model = ACCEPTABLE.getBytes(StandardCharsets.UTF_8);

        assertThat(ModelCheck.problems(model)).isEmpty();
        assertThat(ModelCheck.processKey(model)).isEqualTo("standard-review");
    }

    @Test
    void acceptableModelDeploysAndStartsOnTheEngine() {
        var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration();
        configuration.setDmnFeelEnableLegacyBehavior(true); // as ProcessEngineStartup: no Scala FEEL engine
        ProcessEngine engine = configuration
                .setProcessEngineName("modelcheck-" + UUID.randomUUID())
                .setJdbcUrl("jdbc:h2:mem:modelcheck-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setDatabaseSchemaUpdate("true")
                .setJobExecutorActivate(false)
                .setHistory("none")
                .buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment()
                    .addInputStream("m.bpmn", new ByteArrayInputStream(ACCEPTABLE.getBytes(StandardCharsets.UTF_8)))
                    .deploy();

            ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery().singleResult();
            assertThat(definition.getKey()).isEqualTo(ModelCheck.processKey(ACCEPTABLE.getBytes(StandardCharsets.UTF_8)));
            ProcessInstance request = engine.getRuntimeService().startProcessInstanceByKey(definition.getKey(),
                    Variables.createVariables().putValue("applicationId", "application-1"));
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(request.getId()).singleResult()
                    .getTaskDefinitionKey()).isEqualTo("completeness");
        } finally {
            engine.close();
        }
    }

    @Test
    void serviceTaskExpressionsAreComparedWithoutWhitespace() {
        String model = replaced(ACCEPTABLE, "${permitIssuance.issue(applicationId, 'P90D')}",
                "${ permitIssuance.issue( applicationId ,'P1Y' ) }");

        assertThat(problemsOf(model)).isEmpty();
    }

    // ------------------------------------------------------------------ before parsing

    @Test
    void doctypeIsRefusedBeforeParsing() {
        String model = replaced(ACCEPTABLE, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE definitions [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n");

        assertThat(problemsOf(model)).singleElement().asString().contains("<!DOCTYPE");
    }

    @Test
    void doctypeInUtf16IsRefusedToo() {
        String model = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE x [<!ENTITY y \"z\">]><x/>";

        assertThat(ModelCheck.problems(model.getBytes(StandardCharsets.UTF_16))).singleElement().asString()
                .contains("document type declaration");
    }

    @Test
    void fileLargerThanOneMegabyteIsRefused() {
        String padding = "<!-- " + "x".repeat(ModelCheck.MAX_BYTES) + " -->";
        String model = replaced(ACCEPTABLE, "<bpmn:process ", padding + "\n<bpmn:process ");

        assertThat(problemsOf(model)).singleElement().asString().contains("larger than 1 MB");
    }

    @Test
    void deeplyNestedFileIsRefused() {
        int depth = ModelCheck.MAX_DEPTH + 1;
        String nested = "<camunda:x>".repeat(depth) + "</camunda:x>".repeat(depth);
        String model = replaced(ACCEPTABLE, "<bpmn:documentation>The committee's standard review.</bpmn:documentation>",
                "<bpmn:extensionElements>" + nested + "</bpmn:extensionElements>");

        assertThat(problemsOf(model)).singleElement().asString().contains("levels deep");
    }

    @Test
    void textThatIsNotXmlIsNotAValidModel() {
        assertThat(problemsOf("this is my process, please deploy it")).singleElement().asString()
                .startsWith("The file is not a valid BPMN 2.0 model: ")
                .doesNotContain("Exception");
    }

    @Test
    void xmlThatBreaksTheSchemaIsNotAValidModel() {
        assertThat(problemsOf(process("<bpmn:userTask id=\"t\" noSuchAttribute=\"1\"/>"))).singleElement().asString()
                .startsWith("The file is not a valid BPMN 2.0 model: ")
                .contains("noSuchAttribute");
    }

    // ------------------------------------------------------------------ rule 1: the process

    @Test
    void twoProcessesAreRefused() {
        String second = """
                <bpmn:process id="second-review" name="Second review" isExecutable="true"
                              camunda:historyTimeToLive="P3650D">
                """ + ACCEPTABLE_BODY.replace("id=\"", "id=\"b-").replace("Ref=\"", "Ref=\"b-")
                .replace("default=\"", "default=\"b-") + "</bpmn:process>\n";
        String model = definitions(PROCESS_START + ACCEPTABLE_BODY + "</bpmn:process>\n" + second);

        assertThat(problemsOf(model)).containsExactly("The model contains 2 processes ('Standard review' "
                + "(standard-review), 'Second review' (second-review)); it must contain exactly one");
    }

    @Test
    void processThatIsNotExecutableIsRefused() {
        String model = replaced(ACCEPTABLE, "isExecutable=\"true\"", "isExecutable=\"false\"");

        assertThat(problemsOf(model)).containsExactly(
                "Process 'Standard review' (standard-review) is not marked executable (isExecutable=\"true\")");
    }

    @Test
    void processWithoutHistoryTimeToLiveIsRefused() {
        String model = replaced(ACCEPTABLE, "camunda:historyTimeToLive=\"P3650D\"", "");

        assertThat(problemsOf(model)).singleElement().asString()
                .contains("'Standard review'", "no history time to live");
    }

    @Test
    void processIdMustBeLowerCaseWithHyphens() {
        String model = ACCEPTABLE.replace("standard-review", "Standard_Review");

        assertThat(problemsOf(model)).singleElement().asString().contains("(Standard_Review)", "id");
    }

    // ------------------------------------------------------------------ rule 2: element types

    @Test
    void scriptTaskIsRefused() {
        String model = around("""
                <bpmn:scriptTask id="middle" name="Tidy up" scriptFormat="groovy">
                  <bpmn:script>System.exit(0)</bpmn:script>
                </bpmn:scriptTask>
                """);

        assertThat(problemsOf(model)).containsExactly(
                "'Tidy up' (middle) is a script task, which models here may not use: it would run code Consulate did not write");
    }

    @Test
    void parallelGatewayIsRefused() {
        String model = around("<bpmn:parallelGateway id=\"middle\" name=\"Split\"/>");

        assertThat(problemsOf(model)).containsExactly(
                "'Split' (middle) is a parallel gateway, which models here may not use: a request has one open step at a time");
    }

    @Test
    void messageStartEventIsRefused() {
        String model = replaced(ACCEPTABLE, "<bpmn:startEvent id=\"submitted\" name=\"Request submitted\"/>", """
                <bpmn:startEvent id="submitted" name="Request submitted"><bpmn:messageEventDefinition/></bpmn:startEvent>
                """);

        assertThat(problemsOf(model)).containsExactly(
                "'Request submitted' (submitted) is a message start event, which models here may not use");
    }

    @Test
    void callActivityAndSubProcessAreRefused() {
        assertThat(problemsOf(around("<bpmn:callActivity id=\"middle\" name=\"Elsewhere\" calledElement=\"x\"/>")))
                .containsExactly("'Elsewhere' (middle) is a call activity, which models here may not use");
        assertThat(problemsOf(around("<bpmn:subProcess id=\"middle\" name=\"Inner\"/>")))
                .containsExactly("'Inner' (middle) is a sub-process, which models here may not use");
    }

    // ------------------------------------------------------------------ rule 3: user tasks

    @Test
    void userTaskWithoutStepKindIsRefused() {
        String model = around(userTask("Committee vote", "", property("quorum", "2")));

        assertThat(problemsOf(model)).containsExactly(
                "User task 'Committee vote' (middle) names no step kind (property consulate:step)");
    }

    @Test
    void unknownStepKindIsRefused() {
        String model = around(userTask("Coffee", "", property("consulate:step", "coffee-break")));

        assertThat(problemsOf(model)).singleElement().asString()
                .contains("User task 'Coffee' (middle)", "'coffee-break'", "chair-decision");
    }

    @Test
    void quorumOnlyOnVotes() {
        String model = around(userTask("Peer review", "",
                property("consulate:step", "review") + property("quorum", "3")));

        assertThat(problemsOf(model)).containsExactly(
                "User task 'Peer review' (middle) sets a quorum, but only vote steps have one");
    }

    @Test
    void quorumMustBeAWholeNumberUpToFifty() {
        String zero = around(userTask("Committee vote", "", property("consulate:step", "vote") + property("quorum", "zero")));
        String tooMany = around(userTask("Committee vote", "", property("consulate:step", "vote") + property("quorum", "51")));

        assertThat(problemsOf(zero)).containsExactly(
                "User task 'Committee vote' (middle) has a quorum that is not a whole number from 1 to 50: zero");
        assertThat(problemsOf(tooMany)).singleElement().asString().contains("'Committee vote'", "51");
    }

    @Test
    void majorityClockAndUnknownPropertiesAreChecked() {
        String model = around(userTask("Committee vote", "", property("consulate:step", "vote")
                + property("majority", "most") + property("clock", "three months") + property("colour", "red")));

        assertThat(problemsOf(model)).containsExactly(
                "User task 'Committee vote' (middle) has a majority that is neither 'simple' nor 'two-thirds': most",
                "User task 'Committee vote' (middle) has a clock that is not a period such as P3M or P28D: three months",
                "User task 'Committee vote' (middle) has the property 'colour', which Consulate does not know");
    }

    @Test
    void userTaskMayNotAssignPeople() {
        String model = replaced(ACCEPTABLE, "<bpmn:userTask id=\"legalCheck\" name=\"Legal check\">",
                "<bpmn:userTask id=\"legalCheck\" name=\"Legal check\" camunda:candidateUsers=\"${committeeDirectory.legalOfficersOf(dacId)}\">");

        assertThat(problemsOf(model)).containsExactly(
                "User task 'Legal check' (legalCheck) sets camunda:candidateUsers; who may act comes from the committee's seats");
    }

    @Test
    void listenersAndAsynchronousContinuationsAreRefused() {
        String model = around("""
                <bpmn:userTask id="middle" name="Committee vote" camunda:asyncBefore="true">
                  <bpmn:extensionElements>
                    <camunda:taskListener event="create" class="com.example.Evil"/>
                    <camunda:properties><camunda:property name="consulate:step" value="vote"/></camunda:properties>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                """);

        assertThat(problemsOf(model)).containsExactly(
                "User task 'Committee vote' (middle) sets camunda:asyncBefore, which models here may not use",
                "User task 'Committee vote' (middle) has the extension camunda:taskListener, which could run code"
                        + " Consulate did not write");
    }

    // ------------------------------------------------------------------ rule 4: service tasks

    @Test
    void serviceTaskWithJavaClassIsRefused() {
        String model = around("<bpmn:serviceTask id=\"middle\" name=\"Clean up\" camunda:class=\"com.example.Evil\"/>");

        assertThat(problemsOf(model)).containsExactly(
                "Service task 'Clean up' (middle) calls something Consulate does not offer: camunda:class=\"com.example.Evil\"");
    }

    @Test
    void serviceTaskCallingAnotherBeanIsRefused() {
        String model = around("<bpmn:serviceTask id=\"middle\" name=\"Clean up\" camunda:expression=\"${someBean.delete()}\"/>");

        assertThat(problemsOf(model)).containsExactly(
                "Service task 'Clean up' (middle) calls something Consulate does not offer: ${someBean.delete()}");
    }

    @Test
    void permitValidityMustBeAPeriod() {
        String model = replaced(ACCEPTABLE, "'P90D'", "'soon'");

        assertThat(problemsOf(model)).singleElement().asString()
                .contains("'Issue permit'", "does not offer", "'soon'");
    }

    @Test
    void onlyPermitIssuanceStoresAResult() {
        String model = replaced(ACCEPTABLE, "camunda:expression=\"${stepClock.lapse(applicationId)}\"",
                "camunda:expression=\"${stepClock.lapse(applicationId)}\" camunda:resultVariable=\"approved\"");

        assertThat(problemsOf(model)).singleElement().asString().contains("'Lapse request'", "approved", "permitId");
    }

    // ------------------------------------------------------------------ rule 5: expressions

    @Test
    void conditionThatCallsTheEngineIsRefused() {
        String model = replaced(ACCEPTABLE, "${outcome == 'incomplete'}", "${execution.setVariable('x', 1)}");

        assertThat(problemsOf(model)).containsExactly(
                "Flow 'incomplete' has a condition Consulate does not offer: ${execution.setVariable('x', 1)}");
    }

    @Test
    void deferredExpressionsAreAlwaysRefused() {
        String model = replaced(ACCEPTABLE, "${!approved}", "#{!approved}");

        assertThat(problemsOf(model)).singleElement().asString()
                .contains("'voteRejected'", "#{...}", "#{!approved}");
    }

    @Test
    void scriptConditionIsRefused() {
        String model = replaced(ACCEPTABLE,
                "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${!approved}",
                "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"groovy\">!approved");

        assertThat(problemsOf(model)).containsExactly(
                "Flow 'voteRejected' names the script language 'groovy'; models here may not run scripts");
    }

    @Test
    void expressionsElsewhereAreRefusedToo() {
        String model = replaced(ACCEPTABLE, "name=\"Applicant revision\"", "name=\"${applicant.name}\"");

        assertThat(problemsOf(model)).containsExactly(
                "User task '${applicant.name}' (revision) uses an expression Consulate does not offer: ${applicant.name}");
    }

    // ------------------------------------------------------------------ rule 6: timers

    @Test
    void timerThatDoesNotParseIsRefused() {
        String model = replaced(ACCEPTABLE, ">P14D<", ">in two weeks<");

        assertThat(problemsOf(model)).containsExactly("Timer on 'Two weeks' (voteReminder) does not parse: in two weeks");
    }

    @ParameterizedTest(name = "{0} {1} accepted: {2}")
    @CsvSource(delimiter = '|', value = {
            "timeDuration | PT5M                               | true",
            "timeDuration | P3M                                | true",
            "timeDuration | P1DT12H                            | true",
            "timeDuration | P2W                                | false",
            "timeDuration | PT0S                               | false",
            "timeDuration | -P1D                               | false",
            "timeDuration | ${reminderDelay}                   | false",
            "timeDate     | 2030-01-01T09:00:00Z               | true",
            "timeDate     | 2030-01-01T09:00:00+02:00          | true",
            "timeDate     | ${stepClock.dueAt(applicationId)}  | true",
            "timeDate     | 2030-01-01                         | false",
            "timeCycle    | R3/P7D                             | true",
            "timeCycle    | R0/P7D                             | false",
            "timeCycle    | R/P7D                              | false",
            "timeCycle    | 0 0 9 * * ?                        | false"})
    void timerValues(String kind, String value, boolean accepted) {
        String model = replaced(ACCEPTABLE, "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">P14D</bpmn:timeDuration>",
                "<bpmn:%s xsi:type=\"bpmn:tFormalExpression\">%s</bpmn:%s>".formatted(kind, value, kind));

        if (accepted) {
            assertThat(problemsOf(model)).isEmpty();
        } else {
            assertThat(problemsOf(model)).containsExactly("Timer on 'Two weeks' (voteReminder) does not parse: " + value);
        }
    }

    @Test
    void timerMayOnlyBeAttachedToUserTasks() {
        String model = replaced(ACCEPTABLE, "attachedToRef=\"revision\"", "attachedToRef=\"issuePermit\"");

        assertThat(problemsOf(model)).contains(
                "Timer '28 days' (revisionDeadline) is attached to 'Issue permit' (issuePermit), which is not a user task");
    }

    @Test
    void nonInterruptingTimerMayNotOpenASecondStep() {
        String model = replaced(ACCEPTABLE, "<bpmn:sequenceFlow id=\"toRemindVoters\" sourceRef=\"voteReminder\" targetRef=\"remindVoters\"/>",
                "<bpmn:sequenceFlow id=\"toRemindVoters\" sourceRef=\"voteReminder\" targetRef=\"legalCheck\"/>");

        assertThat(problemsOf(model)).contains("Timer 'Two weeks' (voteReminder) does not interrupt its task, yet its"
                + " path leads to user task 'Legal check' (legalCheck); a request has one open step at a time");
    }

    // ------------------------------------------------------------------ rule 7: flows

    @Test
    void deadEndTaskIsRefused() {
        String model = replaced(ACCEPTABLE, "targetRef=\"rejectedByLegal\"/>", "targetRef=\"explain\"/>\n"
                + "<bpmn:serviceTask id=\"explain\" name=\"Explain rejection\" camunda:expression=\"${stepClock.overdue(applicationId)}\"/>");
        model = replaced(model, "<bpmn:endEvent id=\"rejectedByLegal\" name=\"Rejected by legal check\"/>", "");

        assertThat(problemsOf(model)).containsExactly(
                "Service task 'Explain rejection' (explain) has no outgoing flow, so a request there could never finish");
    }

    @Test
    void unreachableTaskIsRefused() {
        String model = replaced(ACCEPTABLE, "<bpmn:endEvent id=\"permitIssued\" name=\"Permit issued\"/>", """
                <bpmn:endEvent id="permitIssued" name="Permit issued"/>
                <bpmn:userTask id="ethics" name="Ethics review">
                  <bpmn:extensionElements><camunda:properties>
                    <camunda:property name="consulate:step" value="ethics"/>
                  </camunda:properties></bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="afterEthics" sourceRef="ethics" targetRef="permitIssued"/>
                """);

        assertThat(problemsOf(model)).containsExactly(
                "User task 'Ethics review' (ethics) has no incoming flow, so it can never be reached");
    }

    @Test
    void loopWithoutExitIsRefused() {
        // a failed legal check goes back to the legal check, and issuing a permit too: no way out
        String model = replaced(ACCEPTABLE, "targetRef=\"rejectedByLegal\"/>", "targetRef=\"legalCheck\"/>");
        model = replaced(model, "<bpmn:endEvent id=\"rejectedByLegal\" name=\"Rejected by legal check\"/>", "");
        model = replaced(model, "<bpmn:sequenceFlow id=\"toPermitIssued\" sourceRef=\"issuePermit\" targetRef=\"permitIssued\"/>",
                "<bpmn:sequenceFlow id=\"toPermitIssued\" sourceRef=\"issuePermit\" targetRef=\"legalCheck\"/>");
        model = replaced(model, "<bpmn:endEvent id=\"permitIssued\" name=\"Permit issued\"/>", "");

        assertThat(problemsOf(model))
                .as("the vote can still be rejected, so only the legal check and what follows are stuck")
                .containsExactly(
                        "From user task 'Legal check' (legalCheck) no path leads to an end event, so a request there could never finish",
                        "From gateway 'Legal check passed?' (legalDecided) no path leads to an end event, so a request there could never finish",
                        "From service task 'Issue permit' (issuePermit) no path leads to an end event, so a request there could never finish");
    }

    @Test
    void gatewayFlowWithoutConditionIsRefused() {
        String model = replaced(ACCEPTABLE, """
                  <bpmn:sequenceFlow id="incomplete" name="incomplete" sourceRef="isComplete" targetRef="revision">
                    <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${outcome == 'incomplete'}</bpmn:conditionExpression>
                  </bpmn:sequenceFlow>
                """, """
                  <bpmn:sequenceFlow id="incomplete" name="incomplete" sourceRef="isComplete" targetRef="revision"/>
                """);

        assertThat(problemsOf(model)).containsExactly("Flow 'incomplete' leaves gateway 'Complete?' (isComplete)"
                + " without a condition; only the gateway's default flow may have none");
    }

    @Test
    void onlyGatewaysMayChooseBetweenPaths() {
        String model = replaced(ACCEPTABLE, "<bpmn:sequenceFlow id=\"toLegalDecided\" sourceRef=\"legalCheck\" targetRef=\"legalDecided\"/>",
                """
                <bpmn:sequenceFlow id="toLegalDecided" sourceRef="legalCheck" targetRef="legalDecided"/>
                <bpmn:sequenceFlow id="alsoToPermit" sourceRef="legalCheck" targetRef="issuePermit"/>
                """);

        assertThat(problemsOf(model)).containsExactly("User task 'Legal check' (legalCheck) has 2 outgoing flows;"
                + " only a gateway may choose between paths, since a request has one open step at a time");
    }

    // ------------------------------------------------------------------ several at once

    @Test
    void everyProblemIsReportedInDocumentOrder() {
        String model = replaced(ACCEPTABLE, "<camunda:property name=\"quorum\" value=\"2\"/>",
                "<camunda:property name=\"quorum\" value=\"zero\"/>");
        model = replaced(model, "${outcome == 'complete'}", "${execution.setVariable('x', 1)}");
        model = replaced(model, "<bpmn:userTask id=\"legalCheck\" name=\"Legal check\">",
                "<bpmn:userTask id=\"legalCheck\" name=\"Legal check\" camunda:assignee=\"chair\">");
        model = replaced(model, "camunda:expression=\"${stepClock.remind(applicationId)}\"",
                "camunda:class=\"com.example.Mailer\"");

        List<String> problems = problemsOf(model);

        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).contains("Flow 'complete'", "execution.setVariable");
        assertThat(problems.get(1)).contains("'Committee vote'", "quorum", "zero");
        assertThat(problems.get(2)).contains("'Remind voters'", "com.example.Mailer");
        assertThat(problems.get(3)).contains("'Legal check'", "camunda:assignee");
    }

    @Test
    void processKeyRefusesWhatProblemsRefuses() {
        assertThatThrownBy(() -> ModelCheck.processKey("<!DOCTYPE x><x/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
