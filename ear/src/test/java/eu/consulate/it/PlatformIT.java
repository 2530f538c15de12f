package eu.consulate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import eu.consulate.application.Catalog;
import eu.consulate.application.CommitteeAdministration;
import eu.consulate.application.WorkflowPort;
import eu.consulate.bpmn.ProcessEngineStartup;
import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.dac.DacRole;
import eu.consulate.it.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In the running server, on MariaDB: schema, BPMN engine and JPA work together. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PlatformIT.class);
    }

    @Resource(lookup = "jdbc/consulate")
    DataSource dataSource;

    @Inject
    WorkflowPort workflow;

    @EJB
    ProcessEngineStartup engine;

    @EJB
    CommitteeAdministration administration;

    @EJB
    Catalog catalog;

    @Test
    void migrationsRanOnMariaDbBeforeTheEngine() throws Exception {
        List<String> versions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery(
                     "select version from flyway_schema_history where success = 1 and version is not null order by installed_rank")) {
            assertTrue(connection.getMetaData().getDatabaseProductVersion().contains("MariaDB")
                    || connection.getMetaData().getDatabaseProductName().contains("MySQL"),
                    "runs on MySQL/MariaDB, not " + connection.getMetaData().getDatabaseProductName());
            assertEquals(Connection.TRANSACTION_READ_COMMITTED, connection.getTransactionIsolation());
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29"), versions,
                "our schema, the BPMN engine's tables, a wider event payload, people by subject, list indexes, "
                        + "request lists for every role, descending list indexes (H2 only; on MariaDB it drops"
                        + " superseded indexes), search words, committee processes, the open step in the summary, visa"
                        + " versions, sealed rotating signing keys, the public register switch, permit conditions, terms visas, data use, holders, notifications, the disease ontology, an unbounded event payload, the catalogue: all by Flyway");
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery("select count(*) from ACT_GE_PROPERTY")) {
            rs.next();
            assertTrue(rs.getInt(1) > 0, "Flyway created the engine's tables and the engine accepted them");
        }
    }

    @Test
    void engineRunsATrivialProcessToCompletionResolvingCdiBeans() {
        String instance = workflow.start("engine-smoke-test", "smoke-" + UUID.randomUUID(), Map.of("question", "ping"));

        assertTrue(workflow.hasEnded(instance));
        Object answer = engine.engine().getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance).variableName("answer").singleResult().getValue();
        assertEquals("pong:ping", answer);
        assertEquals("full", engine.engine().getProcessEngineConfiguration().getHistory());
    }

    @Test
    void redeployingUnchangedModelsCreatesNoNewVersion() {
        long before = engine.engine().getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("engine-smoke-test").count();

        int created = engine.deployModels();

        assertEquals(0, created);
        assertEquals(before, engine.engine().getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("engine-smoke-test").count());
    }

    @Test
    void committeeSurvivesAJpaRoundTrip() {
        String source = "https://consulate.example.org/dacs/it-" + UUID.randomUUID();
        var admin = new eu.consulate.domain.model.application.Actor("sub-admin", "admin",
                java.util.Set.of(eu.consulate.domain.model.application.Actor.DAC_ADMIN), Map.of());
        var created = administration.createCommittee(admin, "Round trip DAC", source, java.util.List.of(
                new CommitteeAdministration.Seat("sub-alice", null, DacRole.CHAIR),
                new CommitteeAdministration.Seat("sub-bob", null, DacRole.MEMBER)));

        Dac loaded = catalog.committee(created.id()).orElseThrow();

        assertEquals("Round trip DAC", loaded.name());
        assertEquals(source, loaded.sourceUrl());
        assertTrue(loaded.holds("sub-alice", DacRole.CHAIR));
        assertTrue(loaded.holds("sub-bob", DacRole.MEMBER));
        assertTrue(loaded.holds("sub-admin", DacRole.ADMIN));
        assertTrue(!loaded.hasMember("sub-carol"));
    }
}
