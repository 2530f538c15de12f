package eu.consulate.infrastructure.visa;

import java.util.UUID;

import javax.sql.DataSource;

import eu.consulate.db.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh in-memory H2 database with the Consulate schema (no demo data). */
public final class H2 {

    private H2() {
    }

    public static DataSource migrated() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:visa-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrator.withoutBpmnEngine(ds).migrate();
        return ds;
    }
}
