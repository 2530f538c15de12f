package eu.consulate.bpmn;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/**
 * Checks a BPMN process model that a committee administrator uploads, before it is deployed to the
 * engine, and names every reason it is refused.
 *
 * <p>Why the rules exist. A deployed model runs inside our engine with our transaction and our
 * beans, so an uploaded model must not be able to:
 * <ul>
 * <li><b>run code we did not write</b>: no script tasks, script conditions, listeners, Java
 * classes, delegate expressions, external tasks or free expressions. Service tasks may only call
 * the few Consulate actions listed in {@link #OFFERED_CALLS}, and every other expression (sequence
 * flow conditions, timer dates) must be one of a handful of variable tests. {@code #{...}} is
 * always refused;</li>
 * <li><b>assign people</b>: who may act on a step comes from the committee's seats, which the
 * domain checks, so user tasks may not set assignees, candidates, forms or due dates. A user task
 * only says which kind of step it is ({@code consulate:step}) and its parameters;</li>
 * <li><b>leave a request stuck</b>: a request has one open step at a time (no parallel or
 * inclusive gateways, no implicit splits, non-interrupting timers only lead to service tasks), every
 * node is reachable from the one start event, and from every reachable node an end event can be
 * reached.</li>
 * </ul>
 *
 * <p>Choices made here beyond the brief, each erring on the side of refusing:
 * <ul>
 * <li>{@code camunda:asyncBefore}/{@code asyncAfter} (and every other Camunda attribute not listed
 * below) are refused: a service task runs in the transaction that completes the step before it, so
 * when issuing a permit fails the decision is rolled back and the step stays open, instead of a
 * failed job waiting unnoticed.</li>
 * <li>Anything in the legacy {@code activiti:} namespace is refused, since the engine still reads
 * it as if it were {@code camunda:}.</li>
 * <li>Lanes, groups, data objects, collaborations (pools), messages and other root elements are
 * refused: only the elements listed in the brief are allowed.</li>
 * <li>Only exclusive gateways may have more than one outgoing flow, and only their flows may carry
 * a condition: anything else is an implicit parallel split.</li>
 * <li>A non-interrupting timer may not lead to a user task (that would open a second step).</li>
 * <li>Camunda properties ({@code consulate:step}, {@code clock}, ...) are only allowed on user
 * tasks; their values are checked by this class and are therefore not scanned as expressions.</li>
 * <li>Besides more than 1 MB and any {@code <!DOCTYPE}, elements nested more than {@value #MAX_DEPTH}
 * levels deep are refused (the checks walk the document recursively).</li>
 * <li>Timer durations must also be accepted by the engine's own parser
 * ({@code javax.xml.datatype.Duration}), which refuses weeks ({@code P2W}); durations and clocks
 * must be positive.</li>
 * </ul>
 *
 * <p>The input is parsed with the Camunda model API (which validates it against the BPMN 2.0
 * schema); the checks then walk its DOM so that they see every attribute, whichever namespace it
 * is in, and report in document order.
 */
public final class ModelCheck {

    /** The step kinds a user task may name. */
    public static final Set<String> STEP_KINDS = java.util.Arrays.stream(
            eu.consulate.domain.model.application.StepKind.values())
            .map(eu.consulate.domain.model.application.StepKind::modelName)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final java.util.regex.Pattern FEE_AMOUNT = java.util.regex.Pattern.compile("[1-9][0-9]{0,6}(\\.[0-9]{2})?");
    private static final java.util.regex.Pattern CURRENCY = java.util.regex.Pattern.compile("[A-Z]{3}");

    /** The largest model accepted, in bytes. */
    static final int MAX_BYTES = 1024 * 1024;
    /** The deepest nesting of elements accepted; real models need about ten levels. */
    static final int MAX_DEPTH = 100;

    /** The service task expressions that call Consulate, with whitespace removed outside quotes. */
    static final List<String> OFFERED_CALLS = List.of("${permitIssuance.issue(applicationId)}",
            "${permitIssuance.issue(applicationId,'PERIOD')}", "${stepClock.remind(applicationId)}",
            "${stepClock.overdue(applicationId)}", "${stepClock.lapse(applicationId)}");

    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String BPMNDI_NS = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final String ACTIVITI_NS = "http://activiti.org/bpmn";

    private static final Pattern PROCESS_ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    private static final Pattern HISTORY_TIME_TO_LIVE = Pattern.compile("\\d{1,9}|P\\d{1,9}D");
    private static final Pattern PERMIT_WITH_VALIDITY = Pattern
            .compile("\\$\\{permitIssuance\\.issue\\(applicationId,'([^']*)'\\)\\}");
    private static final Pattern APPROVED = Pattern.compile("\\$\\{\\s*!?\\s*approved\\s*}");
    private static final Pattern WORD_TEST = Pattern
            .compile("\\$\\{\\s*(outcome|use)\\s*(==|!=)\\s*'[a-z-]{1,40}'\\s*}");
    private static final String DUE_AT = "${stepClock.dueAt(applicationId)}";
    private static final Pattern CYCLE = Pattern.compile("R(\\d{1,9})/(.+)");
    /** How Camunda's parser prefixes each schema error: "Error: URI=null Line=3: ...". */
    private static final Pattern PARSER_PREFIX = Pattern.compile("(?:Fatal Error|Error|Warning): URI=\\S* Line=(\\d+):\\s*");
    private static final Pattern QUORUM = Pattern.compile("[1-9]\\d?");
    private static final Set<String> MAJORITIES = Set.of("simple", "two-thirds");

    /** The flow nodes models may use; boundary and intermediate events only with a timer. */
    private static final Set<String> ALLOWED_NODES = Set.of("startEvent", "endEvent", "userTask", "serviceTask",
            "exclusiveGateway", "boundaryEvent", "intermediateCatchEvent");
    /** Elements of a process that are not flow nodes (allowed or not). */
    private static final Set<String> NOT_NODES = Set.of("sequenceFlow", "textAnnotation", "association",
            "documentation", "extensionElements", "laneSet", "dataObject", "dataObjectReference",
            "dataStoreReference", "group", "property", "ioSpecification", "ioBinding", "monitoring", "auditing",
            "correlationSubscription", "messageFlow");
    private static final Set<String> SIMPLE_NODE_CHILDREN = Set.of("documentation", "extensionElements", "incoming",
            "outgoing");
    private static final Set<String> TIMER_EVENT_CHILDREN = Set.of("documentation", "extensionElements", "incoming",
            "outgoing", "timerEventDefinition");
    private static final Set<String> TIME_SPECS = Set.of("timeDate", "timeDuration", "timeCycle");
    private static final Set<String> CODE_ATTRIBUTES = Set.of("class", "delegateExpression", "type", "topic");

    private static final Set<String> PROCESS_CAMUNDA_ATTRIBUTES = Set.of("historyTimeToLive", "versionTag",
            "isStartableInTasklist");
    private static final Set<String> SERVICE_TASK_CAMUNDA_ATTRIBUTES = Set.of("expression", "resultVariable",
            "class", "delegateExpression", "type", "topic");
    /** Why a user task may not set one of these Camunda attributes. */
    private static final Map<String, String> USER_TASK_REFUSALS = Map.of(
            "assignee", "who may act comes from the committee's seats",
            "candidateUsers", "who may act comes from the committee's seats",
            "candidateGroups", "who may act comes from the committee's seats",
            "dueDate", "deadlines come from the step's clock",
            "followUpDate", "deadlines come from the step's clock",
            "formKey", "Consulate shows its own forms",
            "formRef", "Consulate shows its own forms");
    /** Why an element type is refused, where there is more to say than "not allowed". */
    private static final Map<String, String> TYPE_REFUSALS = Map.of(
            "parallelGateway", "a request has one open step at a time",
            "inclusiveGateway", "a request has one open step at a time",
            "complexGateway", "a request has one open step at a time",
            "eventBasedGateway", "a request has one open step at a time",
            "scriptTask", "it would run code Consulate did not write",
            "businessRuleTask", "it would run code Consulate did not write",
            "sendTask", "it would run code Consulate did not write");
    private static final Map<String, String> TYPE_WORDS = Map.ofEntries(
            Map.entry("subProcess", "sub-process"), Map.entry("adHocSubProcess", "ad-hoc sub-process"),
            Map.entry("eventBasedGateway", "event-based gateway"), Map.entry("exclusiveGateway", "gateway"),
            Map.entry("boundaryEvent", "timer"), Map.entry("intermediateCatchEvent", "timer"),
            Map.entry("sequenceFlow", "flow"), Map.entry("textAnnotation", "annotation"),
            Map.entry("BPMNDiagram", "diagram"), Map.entry("compensateEventDefinition", "compensation"),
            Map.entry("eventDefinitionRef", "referenced"),
            Map.entry("multiInstanceLoopCharacteristics", "multi-instance loop"),
            Map.entry("standardLoopCharacteristics", "loop"));

    private ModelCheck() {
    }

    /** Every reason the model is refused, in document order; empty when it may be deployed. */
    public static List<String> problems(byte[] bpmnXml) {
        byte[] bytes = bpmnXml == null ? new byte[0] : bpmnXml;
        String refusal = refusalBeforeParsing(bytes);
        if (refusal != null) {
            return List.of(refusal);
        }
        Document document;
        try {
            document = parse(bytes);
        } catch (RuntimeException e) {
            return List.of("The file is not a valid BPMN 2.0 model: " + shortMessage(e));
        }
        if (nestsDeeperThan(document.getDocumentElement(), MAX_DEPTH)) {
            // the checks below walk the document recursively
            return List.of("The file nests elements more than " + MAX_DEPTH + " levels deep, which no process model needs");
        }
        return new Inspection(document).problems();
    }

    /** The id of the model's executable process (call only when problems() is empty). */
    public static String processKey(byte[] bpmnXml) {
        byte[] bytes = bpmnXml == null ? new byte[0] : bpmnXml;
        String refusal = refusalBeforeParsing(bytes);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        Document document;
        try {
            document = parse(bytes);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The file is not a valid BPMN 2.0 model: " + shortMessage(e), e);
        }
        return bpmnChildren(document.getDocumentElement(), "process").stream()
                .filter(process -> "true".equals(process.getAttribute("isExecutable")))
                .map(process -> process.getAttribute("id"))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The model has no executable process"));
    }

    // ---------------------------------------------------------------- before and while parsing

    /** Refuses what must not even reach the XML parser: huge files and document type declarations. */
    private static String refusalBeforeParsing(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return "The file is larger than 1 MB, which is far more than any process model needs";
        }
        if (containsDoctype(bytes)) {
            return "The file contains a document type declaration (<!DOCTYPE ...>), which models here may not use";
        }
        return null;
    }

    /**
     * Looks for {@code <!DOCTYPE} ignoring case and NUL bytes, so that UTF-16 and UTF-32 encodings of it
     * are found as well as UTF-8 and single-byte ones.
     */
    static boolean containsDoctype(byte[] bytes) {
        byte[] withoutNuls = new byte[bytes.length];
        int length = 0;
        for (byte b : bytes) {
            if (b != 0) {
                withoutNuls[length++] = b;
            }
        }
        String text = new String(withoutNuls, 0, length, StandardCharsets.ISO_8859_1);
        return text.toUpperCase(Locale.ROOT).contains("<!DOCTYPE");
    }

    /** Measures the nesting without recursion, so that a deep document cannot exhaust the stack. */
    static boolean nestsDeeperThan(Element root, int maxDepth) {
        Deque<Map.Entry<Element, Integer>> next = new ArrayDeque<>();
        next.push(Map.entry(root, 1));
        while (!next.isEmpty()) {
            Map.Entry<Element, Integer> entry = next.pop();
            if (entry.getValue() > maxDepth) {
                return true;
            }
            for (Element child : childElements(entry.getKey())) {
                next.push(Map.entry(child, entry.getValue() + 1));
            }
        }
        return false;
    }

    private static Document parse(byte[] bytes) {
        return (Document) Bpmn.readModelFromStream(new ByteArrayInputStream(bytes)).getDocument().getDomSource()
                .getNode();
    }

    /**
     * The first line of the innermost message of a parse failure, with its line number, but without
     * exception class names, the parser's "Error: URI=null Line=3:" prefix or schema error codes.
     */
    private static String shortMessage(Throwable failure) {
        Throwable cause = failure;
        String message = null;
        int line = -1;
        while (cause != null) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
            }
            if (cause instanceof SAXParseException parseFailure && parseFailure.getLineNumber() > 0) {
                line = parseFailure.getLineNumber();
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        if (message == null) {
            return "it could not be read";
        }
        String first = message.strip().lines().findFirst().orElse("");
        Matcher located = PARSER_PREFIX.matcher(first);
        if (located.lookingAt()) {
            line = Integer.parseInt(located.group(1));
            first = first.substring(located.end());
        }
        String plain = first.replaceFirst("^cvc-[\\w.-]+:\\s*", "").trim();
        return shorten((line > 0 ? "line " + line + ": " : "") + plain, 300);
    }

    // ---------------------------------------------------------------- small helpers

    private static List<Element> childElements(Element parent) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child) {
                children.add(child);
            }
        }
        return children;
    }

    private static List<Element> bpmnChildren(Element parent, String localName) {
        return childElements(parent).stream().filter(child -> isBpmn(child, localName)).toList();
    }

    private static boolean isBpmn(Element element, String localName) {
        return BPMN_NS.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }

    private static boolean isCamunda(Node node, String localName) {
        return CAMUNDA_NS.equals(node.getNamespaceURI()) && localName.equals(node.getLocalName());
    }

    /** An attribute without namespace, or null when absent (DOM gives "" for absent attributes). */
    private static String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    private static String camundaAttribute(Element element, String name) {
        return element.hasAttributeNS(CAMUNDA_NS, name) ? element.getAttributeNS(CAMUNDA_NS, name) : null;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String shorten(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 3) + "...";
    }

    /** "'Committee vote' (vote)", "'vote'", or null when the element has neither name nor id. */
    private static String label(Element element) {
        String name = attribute(element, "name");
        String id = attribute(element, "id");
        if (!isBlank(name) && !isBlank(id) && !name.trim().equals(id)) {
            return "'" + shorten(name, 80) + "' (" + id + ")";
        }
        if (!isBlank(name)) {
            return "'" + shorten(name, 80) + "'";
        }
        return isBlank(id) ? null : "'" + id + "'";
    }

    /** The nearest element, from this one up, that has a name or an id. */
    private static Element labelled(Element element) {
        Node node = element;
        while (node instanceof Element candidate) {
            if (label(candidate) != null) {
                return candidate;
            }
            node = candidate.getParentNode();
        }
        return element;
    }

    /** "User task 'Committee vote' (vote)": the nearest labelled element, with its kind. */
    private static String describe(Element element) {
        Element subject = labelled(element);
        String label = label(subject);
        String type = capitalized(typeWords(subject.getLocalName()));
        return label == null ? "The " + typeWords(subject.getLocalName()) : type + " " + label;
    }

    /** "scriptTask" → "script task", with a few names spelled as people say them. */
    static String typeWords(String localName) {
        String known = TYPE_WORDS.get(localName);
        if (known != null) {
            return known;
        }
        String base = localName.endsWith("EventDefinition")
                ? localName.substring(0, localName.length() - "EventDefinition".length())
                : localName;
        return base.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String capitalized(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String withArticle(String words) {
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    /** The type of an event as people say it: "message start event", "timer boundary event". */
    private static String eventType(Element event, List<Element> definitions) {
        String base = event.getLocalName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        if (definitions.isEmpty()) {
            return base;
        }
        if (definitions.size() > 1) {
            return "multiple " + base;
        }
        return typeWords(definitions.get(0).getLocalName()) + " " + base;
    }

    private static List<Element> eventDefinitions(Element event) {
        return childElements(event).stream()
                .filter(child -> BPMN_NS.equals(child.getNamespaceURI()))
                .filter(child -> child.getLocalName().endsWith("EventDefinition")
                        || child.getLocalName().equals("eventDefinitionRef"))
                .toList();
    }

    /** Removes whitespace outside single-quoted strings: "${a.b( x, 'y z')}" → "${a.b(x,'y z')}". */
    static String withoutWhitespaceOutsideQuotes(String expression) {
        StringBuilder compact = new StringBuilder();
        boolean quoted = false;
        for (char c : expression.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            if (quoted || !Character.isWhitespace(c)) {
                compact.append(c);
            }
        }
        return compact.toString();
    }

    // ---------------------------------------------------------------- value checks

    /** A call a service task may make. */
    static boolean isOfferedCall(String expression) {
        String call = withoutWhitespaceOutsideQuotes(expression.trim());
        Matcher permit = PERMIT_WITH_VALIDITY.matcher(call);
        if (permit.matches()) {
            return isPositivePeriod(permit.group(1));
        }
        return OFFERED_CALLS.contains(call);
    }

    /** Whether a service task expression calls permit issuance (offered or not: that is checked apart). */
    private static boolean isPermitIssuance(String expression) {
        return withoutWhitespaceOutsideQuotes(expression.trim()).startsWith("${permitIssuance.issue(");
    }

    /** A condition or other expression a model may contain. */
    static boolean isOfferedCondition(String expression) {
        String value = expression.trim();
        return APPROVED.matcher(value).matches() || WORD_TEST.matcher(value).matches();
    }

    static boolean isPositivePeriod(String value) {
        try {
            Period period = Period.parse(value);
            return !period.isZero() && !period.isNegative();
        } catch (DateTimeException e) {
            return false;
        }
    }

    /**
     * An ISO-8601 duration as java.time reads it (PT5M, P28D, P3M), positive, and readable by the
     * engine's timer parser ({@link DatatypeFactory#newDuration(String)}).
     */
    static boolean isTimerDuration(String value) {
        return (isPositiveDuration(value) || isPositivePeriod(value)) && engineReadsDuration(value);
    }

    private static boolean isPositiveDuration(String value) {
        try {
            Duration duration = Duration.parse(value);
            return !duration.isZero() && !duration.isNegative();
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean engineReadsDuration(String value) {
        try {
            DatatypeFactory.newInstance().newDuration(value);
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException | DatatypeConfigurationException e) {
            return false;
        }
    }

    static boolean isTimerDate(String value) {
        if (withoutWhitespaceOutsideQuotes(value).equals(DUE_AT)) {
            return true;
        }
        try {
            Instant.parse(value);
            return true;
        } catch (DateTimeException notAnInstant) {
            try {
                OffsetDateTime.parse(value);
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
    }

    static boolean isTimerCycle(String value) {
        Matcher cycle = CYCLE.matcher(value);
        return cycle.matches() && Integer.parseInt(cycle.group(1)) >= 1 && isTimerDuration(cycle.group(2));
    }

    // ---------------------------------------------------------------- the inspection

    /** One reason, and where in the document it was found. */
    private record Problem(int position, String message) {
    }

    /** One walk over one parsed model, collecting its problems. */
    private static final class Inspection {

        private final Element definitions;
        private final Map<Node, Integer> positions = new IdentityHashMap<>();
        private final List<Problem> problems = new ArrayList<>();
        /**
         * Elements and attributes a specific rule has already judged (or refused): the final scan for
         * expressions skips them, and the subtrees of judged elements, so each fault is named once.
         */
        private final Set<Node> judged = Collections.newSetFromMap(new IdentityHashMap<>());

        Inspection(Document document) {
            this.definitions = document.getDocumentElement();
        }

        List<String> problems() {
            numberInDocumentOrder(definitions);
            checkDefinitions();
            scanForExpressions(definitions);
            return problems.stream()
                    .sorted(Comparator.comparingInt(Problem::position))
                    .map(Problem::message)
                    .toList();
        }

        private void numberInDocumentOrder(Element element) {
            positions.put(element, positions.size());
            childElements(element).forEach(this::numberInDocumentOrder);
        }

        private void report(Node where, String message) {
            Node element = where instanceof Attr attr ? attr.getOwnerElement() : where;
            while (element != null && !positions.containsKey(element)) {
                element = element.getParentNode();
            }
            problems.add(new Problem(element == null ? 0 : positions.get(element), message));
        }

        /** Reports an element of a type models may not use, and skips everything inside it. */
        private void refuseType(Element element, String typeWords) {
            judged.add(element);
            String label = label(element);
            String reason = TYPE_REFUSALS.get(element.getLocalName());
            String subject = label == null ? "The model uses " + withArticle(typeWords)
                    : label + " is " + withArticle(typeWords);
            report(element, subject + ", which models here may not use" + (reason == null ? "" : ": " + reason));
        }

        // ------------------------------------------------------------ rule 1: one executable process

        private void checkDefinitions() {
            List<Element> processes = new ArrayList<>();
            for (Element child : childElements(definitions)) {
                if (isBpmn(child, "process")) {
                    processes.add(child);
                } else if (!(BPMNDI_NS.equals(child.getNamespaceURI()) && "BPMNDiagram".equals(child.getLocalName()))) {
                    refuseType(child, typeWords(child.getLocalName()));
                }
            }
            if (processes.isEmpty()) {
                report(definitions, "The model contains no process");
            } else if (processes.size() > 1) {
                report(definitions, "The model contains " + processes.size() + " processes ("
                        + processes.stream().map(ModelCheck::label).collect(Collectors.joining(", "))
                        + "); it must contain exactly one");
            }
            processes.forEach(this::checkProcess);
        }

        private void checkProcess(Element process) {
            checkProcessAttributes(process);
            checkAttributes(process, PROCESS_CAMUNDA_ATTRIBUTES);
            new ProcessGraph(process).check();
        }

        private void checkProcessAttributes(Element process) {
            String id = attribute(process, "id");
            if (!"true".equals(attribute(process, "isExecutable"))) {
                report(process, describe(process) + " is not marked executable (isExecutable=\"true\")");
            }
            if (id == null || !PROCESS_ID.matcher(id).matches()) {
                report(process, describe(process) + " has an id that is not allowed: it must start with a"
                        + " lower-case letter and use only lower-case letters, digits and hyphens (at most 63)");
            }
            String timeToLive = camundaAttribute(process, "historyTimeToLive");
            if (isBlank(timeToLive)) {
                report(process, describe(process)
                        + " has no history time to live (camunda:historyTimeToLive), which the engine requires");
            } else if (!HISTORY_TIME_TO_LIVE.matcher(timeToLive.trim()).matches()) {
                report(process, describe(process) + " has a history time to live the engine does not understand: "
                        + shorten(timeToLive, 80) + " (use a number of days such as P3650D)");
            }
        }

        // ------------------------------------------------------------ attributes, children, extensions

        /**
         * Refuses Camunda attributes not in {@code allowedCamunda}, every legacy activiti: attribute,
         * script languages, web service operations and compensation handlers.
         */
        private void checkAttributes(Element element, Set<String> allowedCamunda) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                String namespace = attribute.getNamespaceURI();
                if (namespace == null) {
                    checkPlainAttribute(element, attribute);
                } else if (ACTIVITI_NS.equals(namespace)
                        || CAMUNDA_NS.equals(namespace) && !allowedCamunda.contains(attribute.getLocalName())) {
                    refuseAttribute(element, attribute);
                }
            }
        }

        private void checkPlainAttribute(Element element, Attr attribute) {
            String name = attribute.getName();
            if ("language".equals(name)) {
                judged.add(attribute);
                report(attribute, describe(element) + " names the script language '" + shorten(attribute.getValue(), 40)
                        + "'; models here may not run scripts");
            } else if ("operationRef".equals(name)) {
                judged.add(attribute);
                report(attribute, describe(element) + " calls a web service operation, which models here may not use");
            } else if ("isForCompensation".equals(name) && "true".equals(attribute.getValue().trim())) {
                report(attribute, describe(element) + " is a compensation handler, which models here may not use");
            }
        }

        private void refuseAttribute(Element element, Attr attribute) {
            judged.add(attribute);
            String why = isBpmn(element, "userTask") ? USER_TASK_REFUSALS.get(attribute.getLocalName()) : null;
            report(attribute, describe(element) + " sets " + attribute.getName()
                    + (why == null ? ", which models here may not use" : "; " + why));
        }

        /** Refuses child elements outside {@code allowedBpmn} (loops, data, resource roles, ...). */
        private void checkChildren(Element element, Set<String> allowedBpmn) {
            for (Element child : childElements(element)) {
                if (!(BPMN_NS.equals(child.getNamespaceURI()) && allowedBpmn.contains(child.getLocalName()))) {
                    judged.add(child);
                    report(child, describe(element) + " contains " + withArticle(typeWords(child.getLocalName()))
                            + ", which models here may not use");
                }
            }
        }

        /**
         * Checks the extension elements of an element: only camunda:properties, and those only where
         * {@code propertiesAllowed}. Returns the camunda:property elements found.
         */
        private List<Element> extensionProperties(Element owner, boolean propertiesAllowed) {
            List<Element> properties = new ArrayList<>();
            for (Element extensions : bpmnChildren(owner, "extensionElements")) {
                checkAttributes(extensions, Set.of());
                for (Element extension : childElements(extensions)) {
                    judged.add(extension);
                    if (!isCamunda(extension, "properties")) {
                        refuseExtension(owner, extension);
                    } else if (!propertiesAllowed) {
                        report(extension, describe(owner) + " has Camunda properties, but only user tasks may have them");
                    } else {
                        properties.addAll(propertyElements(owner, extension));
                    }
                }
            }
            return properties;
        }

        private void refuseExtension(Element owner, Element extension) {
            String local = extension.getLocalName() == null ? extension.getNodeName() : extension.getLocalName();
            boolean runsCode = local.endsWith("Listener") || local.equals("inputOutput") || local.equals("script")
                    || local.equals("connector") || local.equals("field");
            report(extension, describe(owner) + " has the extension " + extension.getNodeName()
                    + (runsCode ? ", which could run code Consulate did not write" : ", which models here may not use"));
        }

        private List<Element> propertyElements(Element owner, Element propertiesElement) {
            List<Element> properties = new ArrayList<>();
            for (Element child : childElements(propertiesElement)) {
                if (isCamunda(child, "property")) {
                    properties.add(child);
                } else {
                    report(child, describe(owner) + " has " + child.getNodeName()
                            + " among its properties, which models here may not use");
                }
            }
            return properties;
        }

        // ------------------------------------------------------------ rule 5: expressions anywhere

        /** Every expression no other rule has judged must be one of the offered variable tests. */
        private void scanForExpressions(Node node) {
            if (judged.contains(node)) {
                return;
            }
            if (node instanceof Element element) {
                NamedNodeMap attributes = element.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Node attribute = attributes.item(i);
                    if (!judged.contains(attribute)) {
                        checkExpression(element, attribute.getNodeValue());
                    }
                }
            } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                checkExpression((Element) node.getParentNode(), node.getNodeValue());
                return;
            }
            NodeList children = node.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                scanForExpressions(children.item(i));
            }
        }

        private void checkExpression(Element where, String text) {
            if (text == null || !(text.contains("${") || text.contains("#{"))) {
                return;
            }
            if (text.contains("#{")) {
                report(where, describe(where) + " uses a #{...} expression, which models here may not use: "
                        + shorten(text, 120));
            } else if (!isOfferedCondition(text)) {
                report(where, describe(where) + " uses an expression Consulate does not offer: " + shorten(text, 120));
            }
        }

        /** The checks of one process: its elements one by one, then its flows as a graph. */
        private final class ProcessGraph {

            private final Element process;
            /** Flow nodes by id, allowed or not, so that flows to a refused node still connect. */
            private final Map<String, Element> nodes = new LinkedHashMap<>();
            private final List<Element> flows = new ArrayList<>();
            private final Map<String, List<Element>> outgoing = new HashMap<>();
            private final Map<String, List<Element>> incoming = new HashMap<>();
            /** Boundary events by the id of the task they are attached to. */
            private final Map<String, List<Element>> boundaries = new HashMap<>();

            ProcessGraph(Element process) {
                this.process = process;
            }

            void check() {
                extensionProperties(process, false);
                for (Element child : childElements(process)) {
                    checkProcessChild(child);
                }
                checkStartAndEndEvents();
                connectFlows();
                checkConnections();
                checkReachability();
            }

            private void checkProcessChild(Element child) {
                String type = BPMN_NS.equals(child.getNamespaceURI()) ? child.getLocalName() : "";
                boolean isNode = !type.isEmpty() && !NOT_NODES.contains(type);
                if ((isNode || type.equals("sequenceFlow")) && isBlank(attribute(child, "id"))) {
                    judged.add(child);
                    report(child, "The process contains " + withArticle(typeWords(child.getLocalName()))
                            + " without an id, which the engine requires");
                    return;
                }
                if (isNode) {
                    nodes.put(child.getAttribute("id"), child);
                }
                switch (type) {
                    case "documentation", "extensionElements", "textAnnotation", "association" -> {
                        // described or checked elsewhere; text annotations and associations do nothing
                    }
                    case "sequenceFlow" -> checkFlow(child);
                    case "startEvent", "endEvent" -> checkNoneEvent(child);
                    case "boundaryEvent", "intermediateCatchEvent" -> checkTimerEvent(child);
                    case "userTask" -> checkUserTask(child);
                    case "serviceTask" -> checkServiceTask(child);
                    case "exclusiveGateway" -> checkGateway(child);
                    default -> refuseType(child, typeWords(child.getLocalName()));
                }
            }

            // -------------------------------------------------------- rule 2: element types

            private void checkNoneEvent(Element event) {
                List<Element> definitions = eventDefinitions(event);
                if (!definitions.isEmpty()) {
                    refuseType(event, eventType(event, definitions));
                    return;
                }
                checkAttributes(event, Set.of());
                checkChildren(event, SIMPLE_NODE_CHILDREN);
                extensionProperties(event, false);
            }

            private void checkTimerEvent(Element event) {
                List<Element> definitions = eventDefinitions(event);
                if (definitions.size() != 1 || !isBpmn(definitions.get(0), "timerEventDefinition")) {
                    refuseType(event, definitions.isEmpty() ? eventType(event, definitions) + " without a timer"
                            : eventType(event, definitions));
                    return;
                }
                checkAttributes(event, Set.of());
                checkChildren(event, TIMER_EVENT_CHILDREN);
                extensionProperties(event, false);
                checkTimer(event, definitions.get(0));
            }

            private void checkGateway(Element gateway) {
                checkAttributes(gateway, Set.of());
                checkChildren(gateway, SIMPLE_NODE_CHILDREN);
                extensionProperties(gateway, false);
            }

            // -------------------------------------------------------- rule 3: user tasks

            private void checkUserTask(Element task) {
                checkAttributes(task, Set.of());
                checkChildren(task, SIMPLE_NODE_CHILDREN);
                checkStepProperties(task, extensionProperties(task, true));
            }

            private void checkStepProperties(Element task, List<Element> propertyElements) {
                Map<String, String> properties = new LinkedHashMap<>();
                for (Element property : propertyElements) {
                    String name = property.getAttribute("name");
                    if (name.isBlank()) {
                        report(property, describe(task) + " has a property without a name");
                    } else if (properties.putIfAbsent(name, property.getAttribute("value")) != null) {
                        report(property, describe(task) + " sets the property '" + shorten(name, 40) + "' twice");
                    }
                }
                String kind = properties.get("consulate:step");
                if (kind == null) {
                    report(task, describe(task) + " names no step kind (property consulate:step)");
                } else if (!STEP_KINDS.contains(kind)) {
                    report(task, describe(task) + " names the step kind '" + shorten(kind, 40)
                            + "', which is not one of " + String.join(", ", new TreeSet<>(STEP_KINDS)));
                }
                boolean knownKind = kind != null && STEP_KINDS.contains(kind);
                properties.forEach((name, value) -> checkStepProperty(task, knownKind ? kind : null, name, value));
            }

            private void checkStepProperty(Element task, String kind, String name, String value) {
                switch (name) {
                    case "consulate:step" -> {
                        // checked with the kind
                    }
                    case "clock" -> {
                        if (!isPositivePeriod(value)) {
                            report(task, describe(task) + " has a clock that is not a period such as P3M or P28D: "
                                    + shorten(value, 40));
                        }
                    }
                    case "quorum" -> checkQuorum(task, kind, value);
                    case "majority" -> checkMajority(task, kind, value);
                    case "separate" -> {
                        if ("fee".equals(kind) || "revision".equals(kind)) {
                            report(task, describe(task) + " sets 'separate', but the applicant's steps have no such rule");
                        } else if (!"true".equals(value) && !"false".equals(value)) {
                            report(task, describe(task) + " has a 'separate' that is neither 'true' nor 'false': "
                                    + shorten(value, 40));
                        }
                    }
                    case "amount" -> checkFee(task, kind, name, value, FEE_AMOUNT, "an amount such as 250 or 99.50");
                    case "currency" -> checkFee(task, kind, name, value, CURRENCY, "a currency code such as EUR");
                    default -> report(task, describe(task) + " has the property '" + shorten(name, 40)
                            + "', which Consulate does not know");
                }
            }

            private void checkQuorum(Element task, String kind, String value) {
                if (kind != null && !"vote".equals(kind)) {
                    report(task, describe(task) + " sets a quorum, but only vote steps have one");
                } else if (!QUORUM.matcher(value).matches() || Integer.parseInt(value) > 50) {
                    report(task, describe(task) + " has a quorum that is not a whole number from 1 to 50: "
                            + shorten(value, 40));
                }
            }

            private void checkFee(Element task, String kind, String name, String value,
                    java.util.regex.Pattern valid, String expected) {
                if (kind != null && !"fee".equals(kind)) {
                    report(task, describe(task) + " sets the " + name + " of a fee, but only fee steps have one");
                } else if (!valid.matcher(value).matches()) {
                    report(task, describe(task) + " has a " + name + " that is not " + expected + ": "
                            + shorten(value, 40));
                }
            }

            private void checkMajority(Element task, String kind, String value) {
                if (kind != null && !"vote".equals(kind)) {
                    report(task, describe(task) + " sets a majority, but only vote steps have one");
                } else if (!MAJORITIES.contains(value)) {
                    report(task, describe(task) + " has a majority that is neither 'simple' nor 'two-thirds': "
                            + shorten(value, 40));
                }
            }

            // -------------------------------------------------------- rule 4: service tasks

            private void checkServiceTask(Element task) {
                checkAttributes(task, SERVICE_TASK_CAMUNDA_ATTRIBUTES);
                checkChildren(task, SIMPLE_NODE_CHILDREN);
                extensionProperties(task, false);
                boolean callsCode = checkNoCodeIsCalled(task);
                Attr expression = task.getAttributeNodeNS(CAMUNDA_NS, "expression");
                if (expression != null) {
                    judged.add(expression);
                    if (!isOfferedCall(expression.getValue())) {
                        report(task, describe(task) + " calls something Consulate does not offer: "
                                + shorten(expression.getValue(), 120));
                    }
                } else if (!callsCode) {
                    report(task, describe(task) + " calls nothing; it must call one of "
                            + String.join(", ", OFFERED_CALLS));
                }
                checkResultVariable(task, expression);
            }

            /** Reports camunda:class, delegateExpression, type and topic; true when one was set. */
            private boolean checkNoCodeIsCalled(Element task) {
                boolean found = false;
                for (String name : CODE_ATTRIBUTES) {
                    Attr code = task.getAttributeNodeNS(CAMUNDA_NS, name);
                    if (code != null) {
                        found = true;
                        judged.add(code);
                        report(task, describe(task) + " calls something Consulate does not offer: " + code.getName()
                                + "=\"" + shorten(code.getValue(), 120) + "\"");
                    }
                }
                return found;
            }

            private void checkResultVariable(Element task, Attr expression) {
                Attr result = task.getAttributeNodeNS(CAMUNDA_NS, "resultVariable");
                if (result == null) {
                    return;
                }
                judged.add(result);
                boolean issuesPermit = expression != null && isPermitIssuance(expression.getValue());
                if (!issuesPermit || !"permitId".equals(result.getValue())) {
                    report(task, describe(task) + " stores a result in '" + shorten(result.getValue(), 40)
                            + "'; only a task issuing a permit may, and only as permitId");
                }
            }

            // -------------------------------------------------------- rule 6: timers

            private void checkTimer(Element event, Element timer) {
                checkAttributes(timer, Set.of());
                checkChildren(timer, Set.of("documentation", "extensionElements", "timeDate", "timeDuration",
                        "timeCycle"));
                extensionProperties(timer, false);
                List<Element> specs = childElements(timer).stream()
                        .filter(child -> BPMN_NS.equals(child.getNamespaceURI()))
                        .filter(child -> TIME_SPECS.contains(child.getLocalName()))
                        .toList();
                specs.forEach(judged::add);
                if (specs.size() != 1) {
                    report(timer, "Timer on " + label(labelled(event)) + " must have exactly one of a date"
                            + " (timeDate), a duration (timeDuration) or a cycle (timeCycle)");
                    return;
                }
                Element spec = specs.get(0);
                checkAttributes(spec, Set.of());
                String value = spec.getTextContent().trim();
                boolean parses = switch (spec.getLocalName()) {
                    case "timeDuration" -> isTimerDuration(value);
                    case "timeDate" -> isTimerDate(value);
                    default -> isTimerCycle(value);
                };
                if (!parses) {
                    report(spec, "Timer on " + label(labelled(event)) + " does not parse: " + shorten(value, 120));
                }
            }

            // -------------------------------------------------------- sequence flows and conditions

            private void checkFlow(Element flow) {
                flows.add(flow);
                checkAttributes(flow, Set.of());
                checkChildren(flow, Set.of("documentation", "extensionElements", "conditionExpression"));
                extensionProperties(flow, false);
                for (Element condition : bpmnChildren(flow, "conditionExpression")) {
                    checkCondition(flow, condition);
                }
            }

            private void checkCondition(Element flow, Element condition) {
                judged.add(condition);
                checkAttributes(condition, Set.of());
                if (condition.hasAttribute("language")) {
                    return; // reported as a script language
                }
                String text = condition.getTextContent().trim();
                if (text.isEmpty()) {
                    report(condition, describe(flow) + " has an empty condition");
                } else if (text.contains("#{")) {
                    report(condition, describe(flow) + " uses a #{...} expression, which models here may not use: "
                            + shorten(text, 120));
                } else if (!isOfferedCondition(text)) {
                    report(condition, describe(flow) + " has a condition Consulate does not offer: " + shorten(text, 120));
                }
            }

            // -------------------------------------------------------- rule 7: flows

            private void checkStartAndEndEvents() {
                List<Element> starts = nodesOfType("startEvent");
                if (starts.isEmpty()) {
                    report(process, describe(process) + " has no start event");
                } else if (starts.size() > 1) {
                    report(process, describe(process) + " has " + starts.size() + " start events ("
                            + starts.stream().map(ModelCheck::label).collect(Collectors.joining(", "))
                            + "); it must have exactly one");
                }
                if (nodesOfType("endEvent").isEmpty()) {
                    report(process, describe(process) + " has no end event");
                }
            }

            private List<Element> nodesOfType(String localName) {
                return nodes.values().stream().filter(node -> isBpmn(node, localName)).toList();
            }

            /** Builds the graph from sourceRef/targetRef and attachedToRef, reporting loose ends. */
            private void connectFlows() {
                for (Element flow : flows) {
                    String source = flow.getAttribute("sourceRef");
                    String target = flow.getAttribute("targetRef");
                    if (!nodes.containsKey(source) || !nodes.containsKey(target)) {
                        String missing = nodes.containsKey(source) ? target : source;
                        report(flow, describe(flow) + " connects to '" + missing + "', which is not a step of this process");
                        continue;
                    }
                    outgoing.computeIfAbsent(source, id -> new ArrayList<>()).add(flow);
                    incoming.computeIfAbsent(target, id -> new ArrayList<>()).add(flow);
                }
                nodesOfType("boundaryEvent").forEach(this::attachBoundary);
            }

            private void attachBoundary(Element boundary) {
                String taskId = attribute(boundary, "attachedToRef");
                taskId = taskId == null ? "" : taskId.substring(taskId.indexOf(':') + 1);
                Element task = nodes.get(taskId);
                boolean refused = judged.contains(boundary);
                if (task == null) {
                    if (!refused) {
                        report(boundary, describe(boundary) + " is attached to '" + taskId
                                + "', which is not a step of this process");
                    }
                    return;
                }
                if (!refused && !isBpmn(task, "userTask")) {
                    report(boundary, describe(boundary) + " is attached to " + label(task)
                            + ", which is not a user task");
                }
                boundaries.computeIfAbsent(taskId, id -> new ArrayList<>()).add(boundary);
            }

            private void checkConnections() {
                for (Element node : nodes.values()) {
                    if (!judged.contains(node)) { // a refused node is reported once, as refused
                        checkIncoming(node);
                        checkOutgoing(node);
                    }
                }
                for (Element flow : flows) {
                    checkConditionPlacement(flow);
                }
                for (Element boundary : nodesOfType("boundaryEvent")) {
                    if (!judged.contains(boundary) && !interrupts(boundary)) {
                        checkNoSecondStep(boundary);
                    }
                }
            }

            private void checkIncoming(Element node) {
                boolean entered = !incomingOf(node).isEmpty();
                if (isBpmn(node, "startEvent") && entered) {
                    report(node, describe(node) + " has an incoming flow; nothing may lead back to the start");
                } else if (isBpmn(node, "boundaryEvent") && entered) {
                    report(node, describe(node) + " has an incoming flow; a timer on a task cannot be entered");
                } else if (!isBpmn(node, "startEvent") && !isBpmn(node, "boundaryEvent") && !entered) {
                    report(node, describe(node) + " has no incoming flow, so it can never be reached");
                }
            }

            private void checkOutgoing(Element node) {
                List<Element> leaving = outgoingOf(node);
                if (isBpmn(node, "endEvent")) {
                    if (!leaving.isEmpty()) {
                        report(node, describe(node) + " has an outgoing flow; the request ends there");
                    }
                } else if (leaving.isEmpty()) {
                    report(node, describe(node) + " has no outgoing flow, so a request there could never finish");
                } else if (isBpmn(node, "exclusiveGateway")) {
                    checkGatewayConditions(node, leaving);
                } else if (leaving.size() > 1) {
                    report(node, describe(node) + " has " + leaving.size() + " outgoing flows; only a gateway may"
                            + " choose between paths, since a request has one open step at a time");
                }
            }

            private void checkGatewayConditions(Element gateway, List<Element> leaving) {
                String defaultFlow = attribute(gateway, "default");
                if (defaultFlow != null && leaving.stream().noneMatch(flow -> defaultFlow.equals(flow.getAttribute("id")))) {
                    report(gateway, describe(gateway) + " names '" + defaultFlow
                            + "' as its default flow, but that flow does not leave it");
                }
                if (leaving.size() < 2) {
                    return;
                }
                for (Element flow : leaving) {
                    boolean isDefault = flow.getAttribute("id").equals(defaultFlow);
                    if (!isDefault && bpmnChildren(flow, "conditionExpression").isEmpty()) {
                        report(flow, describe(flow) + " leaves " + lowerFirst(describe(gateway))
                                + " without a condition; only the gateway's default flow may have none");
                    }
                }
            }

            private void checkConditionPlacement(Element flow) {
                Element source = nodes.get(flow.getAttribute("sourceRef"));
                if (source != null && !isBpmn(source, "exclusiveGateway")
                        && !bpmnChildren(flow, "conditionExpression").isEmpty()) {
                    report(flow, describe(flow) + " has a condition but does not leave a gateway;"
                            + " only gateways choose between paths");
                }
            }

            /** A non-interrupting timer leaves its task open, so its path must not open another step. */
            private void checkNoSecondStep(Element boundary) {
                Set<String> seen = new HashSet<>();
                Deque<Element> next = new ArrayDeque<>(successors(boundary, false));
                while (!next.isEmpty()) {
                    Element node = next.pop();
                    if (!seen.add(node.getAttribute("id"))) {
                        continue;
                    }
                    if (isBpmn(node, "userTask")) {
                        report(boundary, describe(boundary) + " does not interrupt its task, yet its path leads to "
                                + lowerFirst(describe(node)) + "; a request has one open step at a time");
                        return;
                    }
                    next.addAll(successors(node, false));
                }
            }

            private void checkReachability() {
                List<Element> starts = nodesOfType("startEvent");
                if (starts.isEmpty()) {
                    return;
                }
                Set<Element> reachable = reachableFrom(starts);
                for (Element node : nodes.values()) {
                    if (!judged.contains(node) && !reachable.contains(node) && !incomingOf(node).isEmpty()
                            && !isBpmn(node, "boundaryEvent")) {
                        report(node, describe(node) + " cannot be reached from the start event");
                    }
                }
                List<Element> ends = nodesOfType("endEvent");
                if (ends.isEmpty()) {
                    return;
                }
                Set<Element> canEnd = canReach(ends);
                for (Element node : nodes.values()) {
                    if (!judged.contains(node) && reachable.contains(node) && !canEnd.contains(node)
                            && !outgoingOf(node).isEmpty()) {
                        report(node, "From " + lowerFirst(describe(node)) + " no path leads to an end event,"
                                + " so a request there could never finish");
                    }
                }
            }

            private Set<Element> reachableFrom(List<Element> starts) {
                Set<Element> reached = Collections.newSetFromMap(new IdentityHashMap<>());
                Deque<Element> next = new ArrayDeque<>(starts);
                while (!next.isEmpty()) {
                    Element node = next.pop();
                    if (reached.add(node)) {
                        next.addAll(successors(node, true));
                    }
                }
                return reached;
            }

            /** The nodes from which one of {@code ends} can be reached; only interrupting timers count. */
            private Set<Element> canReach(List<Element> ends) {
                Map<Element, List<Element>> predecessors = new IdentityHashMap<>();
                for (Element node : nodes.values()) {
                    for (Element successor : successorsTowardsEnd(node)) {
                        predecessors.computeIfAbsent(successor, n -> new ArrayList<>()).add(node);
                    }
                }
                Set<Element> reached = Collections.newSetFromMap(new IdentityHashMap<>());
                Deque<Element> next = new ArrayDeque<>(ends);
                while (!next.isEmpty()) {
                    Element node = next.pop();
                    if (reached.add(node)) {
                        next.addAll(predecessors.getOrDefault(node, List.of()));
                    }
                }
                return reached;
            }

            /**
             * Where a request can go from a node: along its outgoing flows and, when
             * {@code withBoundaries}, into the timers attached to it.
             */
            private List<Element> successors(Element node, boolean withBoundaries) {
                List<Element> successors = new ArrayList<>();
                for (Element flow : outgoingOf(node)) {
                    successors.add(nodes.get(flow.getAttribute("targetRef")));
                }
                if (withBoundaries) {
                    successors.addAll(boundaries.getOrDefault(node.getAttribute("id"), List.of()));
                }
                return successors;
            }

            /** Like successors, but a non-interrupting timer is no way out of its task. */
            private List<Element> successorsTowardsEnd(Element node) {
                List<Element> successors = successors(node, false);
                boundaries.getOrDefault(node.getAttribute("id"), List.of()).stream()
                        .filter(ModelCheck.Inspection::interrupts)
                        .forEach(successors::add);
                return successors;
            }

            private List<Element> outgoingOf(Element node) {
                return outgoing.getOrDefault(node.getAttribute("id"), List.of());
            }

            private List<Element> incomingOf(Element node) {
                return incoming.getOrDefault(node.getAttribute("id"), List.of());
            }
        }

        private static boolean interrupts(Element boundary) {
            return !"false".equals(boundary.getAttribute("cancelActivity").trim());
        }
    }
}
