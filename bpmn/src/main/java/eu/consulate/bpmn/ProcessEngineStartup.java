package eu.consulate.bpmn;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import eu.consulate.infrastructure.persistence.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.transaction.TransactionManager;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.cdi.CdiExpressionManager;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Builds the embedded BPMN engine on the container's data source and JTA transactions, after
 * the schema migrations have run, and deploys the process models of this module. Duplicate
 * filtering makes a redeployment of unchanged models a no-op (no new process versions).
 * <p>
 * The engine is built on a managed thread of its own, which then ends, while the rest of the
 * application (CDI, JSF, the web modules) deploys: building it (mostly parsing MyBatis mappings) takes seconds of start-up on
 * its own. Whoever needs the engine before it is built waits for it ({@link #engine()}); the
 * readiness check reports it down until then.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProcessEngineStartup {

    static final String ENGINE_NAME = "consulate";
    static final String DEPLOYMENT_NAME = "consulate-processes";
    /** Every process model this module ships; each is deployed at start-up. */
    public static final List<String> MODELS = List.of(
            "processes/engine-smoke-test.bpmn",
            "processes/data-access-request.bpmn",
            "processes/committee-review.bpmn",
            "processes/research-request.bpmn",
            "processes/commercial-request.bpmn",
            "processes/rare-disease-diagnosis.bpmn",
            "processes/public-health-emergency.bpmn",
            "processes/permit-life.bpmn",
            "processes/permit-change.bpmn");

    private static final Logger LOG = Logger.getLogger(ProcessEngineStartup.class.getName());

    @EJB
    SchemaMigration schemaMigration;

    @Resource(lookup = "jdbc/consulate")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    private volatile CompletableFuture<ProcessEngine> starting;

    @PostConstruct
    void start() {
        LOG.info(() -> "Schema " + schemaMigration.schemaVersion() + " is current; starting the BPMN engine");
        // a thread of its own that ends when the engine is built: a pooled thread created here
        // would keep this deployment's class loader (in its inherited access control context)
        // after an undeployment (ADR 2, ADR 9)
        CompletableFuture<ProcessEngine> future = new CompletableFuture<>();
        Thread builder = threads.newThread(() -> {
            try {
                future.complete(build());
            } catch (RuntimeException | Error e) {
                LOG.log(java.util.logging.Level.SEVERE, "The BPMN engine did not start", e);
                future.completeExceptionally(e);
            }
        });
        builder.setName("consulate-bpmn-engine-start");
        starting = future;
        builder.start();
    }

    private ProcessEngine build() {
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName(ENGINE_NAME);
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager());
        configuration.setTransactionsExternallyManaged(true);
        // Flyway created the engine's tables (eu.consulate.db.BpmnEngineSchema): only check them
        configuration.setDatabaseSchemaUpdate("false");
        configuration.setHistory("full");
        configuration.setJobExecutorActivate(true);
        configuration.setExpressionManager(new CdiExpressionManager());
        configuration.setDefaultNumberOfRetries(3);
        // DMN only: the JUEL-based FEEL, so that the Scala FEEL engine need not ship (ADR 9)
        configuration.setDmnFeelEnableLegacyBehavior(true);
        // every user task announces itself to the domain as the request's open step
        configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>(List.of(new StepParseListener())));
        ProcessEngine engine = configuration.buildProcessEngine();
        ProcessEngines.registerProcessEngine(engine);
        deployModels(engine);
        adoptPermits(engine);
        return engine;
    }

    /**
     * Permits issued before permits had a life of their own ({@code permit-life.bpmn}) get one, so
     * that their timers expire them too. Active and suspended permits without a running instance
     * of their own; at most {@value #ADOPT_AT_ONCE} per start (the rest at the next start). A
     * failure here is logged and does not stop the engine.
     */
    private void adoptPermits(ProcessEngine engine) {
        List<String[]> orphans = new java.util.ArrayList<>();
        try (var connection = dataSource.getConnection();
                var select = connection.prepareStatement("SELECT p.id, p.application_id FROM permit p "
                        + "WHERE p.status IN ('ACTIVE', 'SUSPENDED') AND NOT EXISTS (SELECT 1 FROM ACT_RU_EXECUTION e "
                        + "WHERE e.BUSINESS_KEY_ = p.id)")) {
            select.setMaxRows(ADOPT_AT_ONCE);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    orphans.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        } catch (java.sql.SQLException e) {
            LOG.log(java.util.logging.Level.WARNING, "Could not look for permits without a permit-life process", e);
            return;
        }
        try {
            CamundaWorkflow workflow = new CamundaWorkflow(engine);
            for (String[] permit : orphans) {
                workflow.permitIssued(permit[0], permit[1]);
            }
            if (!orphans.isEmpty()) {
                LOG.info(() -> "Started the permit-life process of " + orphans.size() + " permit(s) issued before it existed");
            }
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "Could not start the permit-life process of older permits", e);
        }
    }

    static final int ADOPT_AT_ONCE = 1000;

    private static TransactionManager transactionManager() {
        try {
            return (TransactionManager) new InitialContext().lookup("java:appserver/TransactionManager");
        } catch (NamingException e) {
            throw new IllegalStateException("No JTA transaction manager in JNDI", e);
        }
    }

    /** Deploys the models that changed since the last deployment; returns how many definitions are new. */
    public int deployModels() {
        return deployModels(engine());
    }

    private static int deployModels(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true);
        for (String model : MODELS) {
            try (InputStream in = ProcessEngineStartup.class.getClassLoader().getResourceAsStream(model)) {
                if (in == null) {
                    throw new IllegalStateException("Process model missing from the build: " + model);
                }
                deployment.addInputStream(model, new java.io.ByteArrayInputStream(in.readAllBytes()));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read process model " + model, e);
            }
        }
        var result = deployment.deployWithResult();
        var definitions = result.getDeployedProcessDefinitions();
        int created = definitions == null ? 0 : definitions.size();
        LOG.info(() -> "Process models deployed: " + created + " new definition(s) in deployment " + result.getId());
        return created;
    }

    @PreDestroy
    void stop() {
        try {
            // an engine still being built is closed once it is (its job executor must not outlive us)
            ProcessEngine engine = starting.join();
            ProcessEngines.unregister(engine);
            engine.close();
        } catch (java.util.concurrent.CompletionException e) {
            // it never started: nothing to close
        }
    }

    /** The engine; waits while it is being built (at most two minutes). */
    public ProcessEngine engine() {
        try {
            return starting.get(2, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The BPMN engine did not start", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The BPMN engine is still starting after two minutes", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the BPMN engine", e);
        }
    }

    /** Whether the engine is built (and did not fail to build); never waits. */
    public boolean started() {
        return starting.isDone() && !starting.isCompletedExceptionally();
    }
}
