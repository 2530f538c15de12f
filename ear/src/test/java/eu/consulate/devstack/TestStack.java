package eu.consulate.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the integration tests talk to, once per test run: a fresh MariaDB database, a
 * fresh Keycloak (port 8280) with the Consulate realm, and Payara Server with the connection
 * pool on that database. Arquillian then deploys into this running server. Everything is
 * stopped when the run ends, also when tests fail.
 */
public final class TestStack implements LauncherSessionListener {

    public static final int KEYCLOAK_PORT = 8280;
    /** The test Keycloak's master-realm administrator (tests rename and delete users with it). */
    public static final String KEYCLOAK_ADMIN_PASSWORD = "it-master-admin";
    public static final String APP_URL = "http://localhost:8080";
    /** The Keycloak the tests take tokens from; the run-command test points it at the launcher's (8180). */
    public static final String KEYCLOAK_URL = System.getProperty("consulate.it.keycloak-url",
            "http://localhost:" + KEYCLOAK_PORT);
    public static final String ISSUER = KEYCLOAK_URL + "/realms/consulate";
    public static final String DATABASE = "consulate_it";
    /** The tests' SMTP server (GreenMail in the test JVM); not the run command's 3025. */
    public static final int SMTP_PORT = 3125;
    /** consulate.attachments.max-bytes of the test stack: 256 KiB. */
    public static final int ATTACHMENT_MAX_BYTES = 256 * 1024;

    private static boolean started;
    /** The test database, for tests that arrange what the API cannot (e.g. a deadline in the past). */
    private static volatile Database database;
    private static volatile com.icegreen.greenmail.util.GreenMail mail;
    private MariaDb mariaDb;
    private KeycloakServer keycloak;
    private PayaraServer payara;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("consulate.it.work") == null || started) {
            return; // not a Maven integration-test run (e.g. an IDE running one unit test)
        }
        if ("none".equals(System.getProperty("consulate.it.stack"))) {
            return; // the run-command tests start the system themselves, as a user does
        }
        started = true;
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "consulate-test-stack-stop"));
        try {
            Path work = Stack.path("consulate.it.work");
            Files.createDirectories(work);
            mariaDb = new MariaDb(work);
            Database db = mariaDb.freshDatabase(DATABASE);
            database = db;

            keycloak = new KeycloakServer(Stack.dist("keycloak-quarkus-dist.zip"), work.resolve("keycloak"),
                    KEYCLOAK_PORT, KEYCLOAK_PORT + 1000, Stack.path("consulate.realm"))
                    .withBootstrapAdmin(KEYCLOAK_ADMIN_PASSWORD);
            KeycloakServer.stopLeftOver(work.resolve("keycloak"));
            keycloak.wipeData();
            keycloak.start();

            mail = new com.icegreen.greenmail.util.GreenMail(
                    new com.icegreen.greenmail.util.ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
            mail.start();

            payara = new PayaraServer(Stack.dist("payara.zip"), Stack.dist("mysql-connector-j.jar"), work.resolve("payara"));
            payara.install();
            // the malware scan hook: a command that flags the EICAR test string, as a scanner would
            java.nio.file.Path scanner = work.resolve("eicar-scan.sh");
            java.nio.file.Files.writeString(scanner, "#!/bin/sh\n"
                    + "# test malware scan: the EICAR test string is infected (exit 1), anything else clean (0)\n"
                    + "grep -q 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE' \"$1\" && exit 1\nexit 0\n");
            java.util.Map<String, String> environment = new java.util.HashMap<>(Map.of(
                    "CONSULATE_OIDC_PROVIDER_URI", ISSUER,
                    "MP_JWT_VERIFY_ISSUER", ISSUER,
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION", ISSUER + "/protocol/openid-connect/certs",
                    "CONSULATE_DEMO_DATA", "true",
                    "CONSULATE_PROFILE", "demo",
                    "CONSULATE_MAIL_SMTP_HOST", "127.0.0.1",
                    "CONSULATE_MAIL_SMTP_PORT", Integer.toString(SMTP_PORT),
                    // the outbox worker polls every second and retries after 1 s, 2 s, 4 s ...
                    "CONSULATE_OUTBOX_POLL_SECONDS", "1",
                    "CONSULATE_OUTBOX_RETRY_BASE", "PT1S",
                    "CONSULATE_OUTBOX_MAX_ATTEMPTS", "4"));
            environment.put("CONSULATE_ATTACHMENTS_SCAN_COMMAND", "sh " + scanner);
            // small enough that an HTTP test sends a file over the limit quickly (and the 413 is read)
            environment.put("CONSULATE_ATTACHMENTS_MAX_BYTES", Integer.toString(ATTACHMENT_MAX_BYTES));
            payara.start(environment);
            payara.configurePool(db);
            // Arquillian deploys through the admin listener, which now needs the password
            System.setProperty("arq.container.payara.configuration.adminUser", "admin");
            System.setProperty("arq.container.payara.configuration.adminPassword", payara.adminPassword());
            System.setProperty("arq.container.payara.configuration.authorisation", "true");
            System.out.println("[consulate] test stack is up: " + APP_URL + ", " + KEYCLOAK_URL + ", " + db.url());
        } catch (Exception e) {
            stopAll();
            throw new IllegalStateException("The integration test stack did not start: " + e.getMessage(), e);
        }
    }

    /** The SMTP server the test stack's Payara sends to (null outside a Maven integration-test run). */
    public static com.icegreen.greenmail.util.GreenMail mail() {
        return mail;
    }

    /** The database the test stack's Payara uses (null outside a Maven integration-test run). */
    public static Database database() {
        return database;
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stopAll();
    }

    private synchronized void stopAll() {
        if (payara != null) {
            payara.stopQuietly();
            payara = null;
        }
        if (keycloak != null) {
            keycloak.stop();
            keycloak = null;
        }
        if (mariaDb != null) {
            mariaDb.stop();
            mariaDb = null;
        }
        if (mail != null) {
            mail.stop();
            mail = null;
        }
    }
}
