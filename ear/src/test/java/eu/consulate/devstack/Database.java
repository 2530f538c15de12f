package eu.consulate.devstack;

/**
 * Where the application's connection pool points: a JDBC DataSource class and its properties.
 */
public record Database(String dataSourceClass, String url, String user, String password) {

    public static Database h2File(java.nio.file.Path file) {
        return new Database("org.h2.jdbcx.JdbcDataSource",
                "jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "sa");
    }

    public static Database mysql(String url, String user, String password) {
        return new Database("com.mysql.cj.jdbc.MysqlDataSource", url, user, password);
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }
}
