package eu.consulate.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The database for the tests: MySQL/MariaDB on 127.0.0.1:3306 when one answers (root, no
 * password), otherwise a private MariaDB started from the installed {@code mariadbd}; failing
 * both, a message saying what to install. Each run gets a fresh database and its own user.
 */
public final class MariaDb {

    public static final String USER = "consulate";
    public static final String PASSWORD = "consulate-it";

    private final Path work;
    private Process privateServer;
    private int port = 3306;

    public MariaDb(Path work) {
        this.work = work;
    }

    public Database freshDatabase(String name) throws IOException {
        if (!Processes.listening(3306)) {
            startPrivateServer();
        }
        String admin = "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true";
        try (Connection connection = DriverManager.getConnection(admin, "root", "");
             Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name);
            sql.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : List.of("localhost", "127.0.0.1", "%")) {
                sql.execute("CREATE USER IF NOT EXISTS '" + USER + "'@'" + host + "' IDENTIFIED BY '" + PASSWORD + "'");
                sql.execute("GRANT ALL PRIVILEGES ON " + name + ".* TO '" + USER + "'@'" + host + "'");
            }
        } catch (SQLException e) {
            throw new IOException("Cannot prepare the test database on 127.0.0.1:" + port
                    + " as root without a password: " + e.getMessage(), e);
        }
        return Database.mysql("jdbc:mysql://127.0.0.1:" + port + "/" + name
                + "?sslMode=DISABLED&allowPublicKeyRetrieval=true", USER, PASSWORD);
    }

    public String jdbcUrl(String name) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + name + "?sslMode=DISABLED&allowPublicKeyRetrieval=true";
    }

    private void startPrivateServer() throws IOException {
        Path mariadbd = List.of(Path.of("/usr/sbin/mariadbd"), Path.of("/usr/bin/mariadbd")).stream()
                .filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IOException("""
                        The tests need MySQL 8 or MariaDB 10.11: none answers on 127.0.0.1:3306 and \
                        mariadbd is not installed. Install it (Debian/Ubuntu: sudo apt-get install \
                        mariadb-server) or start a MySQL/MariaDB server on 127.0.0.1:3306 with a root \
                        user without password."""));
        port = 3307;
        Path dataDir = work.resolve("mariadb/data");
        if (!Files.exists(dataDir.resolve("mysql"))) {
            Files.createDirectories(dataDir);
            Processes.run(List.of("mariadb-install-db", "--no-defaults", "--user=" + System.getProperty("user.name"),
                    "--datadir=" + dataDir, "--auth-root-authentication-method=normal", "--skip-test-db"),
                    work, Map.of(), Duration.ofMinutes(2));
        }
        Path log = work.resolve("mariadb/mariadb.log");
        System.out.println("[consulate] starting a private MariaDB on 127.0.0.1:" + port);
        privateServer = Processes.start(List.of(mariadbd.toString(), "--no-defaults",
                "--user=" + System.getProperty("user.name"), "--datadir=" + dataDir,
                "--socket=" + work.resolve("mariadb/mariadb.sock"), "--port=" + port,
                "--bind-address=127.0.0.1", "--innodb-buffer-pool-size=64M",
                "--character-set-server=utf8mb4", "--transaction-isolation=READ-COMMITTED"), work, Map.of(), log);
        long deadline = System.currentTimeMillis() + Duration.ofSeconds(60).toMillis();
        while (!Processes.listening(port)) {
            if (!privateServer.isAlive() || System.currentTimeMillis() > deadline) {
                throw new IOException("The private MariaDB did not start; see " + log);
            }
            Processes.sleep(200);
        }
    }

    public void stop() {
        if (privateServer != null) {
            Processes.stopTree(privateServer.toHandle());
            privateServer = null;
        }
    }
}
