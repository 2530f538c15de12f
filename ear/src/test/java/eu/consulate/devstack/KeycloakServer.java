package eu.consulate.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from its Maven Central distribution: unpacked once, built once for the dev-file
 * database, started with the Consulate realm imported (an existing realm is kept).
 */
public final class KeycloakServer {

    private final Path distZip;
    private final Path base;
    private final int port;
    private final int managementPort;
    private final Path realmJson;
    private Process process;
    private String bootstrapAdminPassword;

    public KeycloakServer(Path distZip, Path base, int port, int managementPort, Path realmJson) {
        this.distZip = distZip;
        this.base = base;
        this.port = port;
        this.managementPort = managementPort;
        this.realmJson = realmJson;
    }

    /**
     * Tests only: a master-realm administrator {@code admin} with this password, created when
     * Keycloak's database is empty, so that tests can rename and delete users.
     */
    public KeycloakServer withBootstrapAdmin(String password) {
        this.bootstrapAdminPassword = password;
        return this;
    }

    private Map<String, String> startEnv() {
        if (bootstrapAdminPassword == null) {
            return env();
        }
        Map<String, String> env = new java.util.HashMap<>(env());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", bootstrapAdminPassword);
        return env;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String issuer() {
        return url() + "/realms/consulate";
    }

    public Path home() throws IOException {
        try (var dirs = Files.list(base)) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IOException("No keycloak-* folder in " + base));
        }
    }

    /** Forget every realm and session: the next start imports the realm afresh. */
    public void wipeData() throws IOException {
        Files.deleteIfExists(realmServed());
        if (Files.isDirectory(base)) {
            Path h2 = home().resolve("data/h2");
            if (Files.exists(h2)) {
                try (var files = Files.walk(h2)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** Starts Keycloak and waits until it serves the realm. */
    public void start() throws IOException {
        launch();
        awaitReady();
    }

    /** Starts the Keycloak process; {@link #awaitReady()} waits for it. */
    public void launch() throws IOException {
        Path log = log();
        if (!Files.exists(base.resolve(".built"))) {
            System.out.println("[consulate] unpacking Keycloak into " + base);
            Zip.unzip(distZip, base);
            Processes.run(List.of(home().resolve("bin/kc.sh").toString(), "build", "--db=dev-file",
                    "--health-enabled=true"), home(), env(), Duration.ofMinutes(5));
            Files.writeString(base.resolve(".built"), "dev-file,health");
        }
        Path imports = home().resolve("data/import");
        Files.createDirectories(imports);
        Path imported = imports.resolve("consulate-realm.json");
        if (Files.exists(imported) && Files.mismatch(imported, realmJson) != -1) {
            // an existing realm is never re-imported: a changed realm file (new demo users, fixed
            // subjects) takes effect only on an empty Keycloak database
            System.out.println("[consulate] the realm file changed: Keycloak's database starts afresh");
            wipeData();
        }
        Files.copy(realmJson, imported, StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new java.util.ArrayList<>(List.of(home().resolve("bin/kc.sh").toString(), "start",
                "--optimized", "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                "--http-management-port=" + managementPort, "--hostname=" + url(), "--hostname-strict=false",
                "--cache=local"));
        if (!Files.exists(realmServed()) || !Files.isDirectory(home().resolve("data/h2"))) {
            // reading the realm file only to skip it costs seconds of every start: import until
            // Keycloak has served the realm once from its database
            command.add("--import-realm");
        }
        System.out.println("[consulate] starting Keycloak on " + url() + " (log: " + log + ")");
        process = Processes.start(command, home(), startEnv(), log);
        Files.writeString(base.resolve("keycloak.pid"), Long.toString(process.pid()));
    }

    /** Waits until the launched Keycloak answers for the realm. */
    public void awaitReady() throws IOException {
        Processes.waitForHttp200("http://127.0.0.1:" + managementPort + "/health/ready", Duration.ofMinutes(3), process, log());
        Processes.waitForHttp200(issuer() + "/.well-known/openid-configuration", Duration.ofMinutes(1), process, log());
        Files.writeString(realmServed(), "the realm is in Keycloak's database\n");
    }

    /** Written once Keycloak served the realm; removed with Keycloak's database. */
    private Path realmServed() {
        return base.resolve("realm-served");
    }

    private Path log() {
        return base.resolve("keycloak.log");
    }

    /**
     * C1 only (it starts faster and a development Keycloak is never busy), a small heap, and G1's
     * periodic collection, which gives memory back to the system while Keycloak idles.
     */
    private static Map<String, String> env() {
        return Map.of("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1 -XX:G1PeriodicGCInterval=15000",
                "JAVA_OPTS_KC_HEAP", "-Xms32m -Xmx320m");
    }

    public void stop() {
        if (process != null) {
            Processes.stopTree(process.toHandle());
            process = null;
        }
        stopLeftOver(base);
    }

    /** Stops a Keycloak that an earlier run left behind (its pid file). */
    static void stopLeftOver(Path base) {
        Path pidFile = base.resolve("keycloak.pid");
        try {
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                ProcessHandle.of(pid)
                        .filter(h -> h.info().commandLine().map(c -> c.contains("java") || c.contains("kc.sh")).orElse(false))
                        .ifPresent(Processes::stopTree);
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException | NumberFormatException e) {
            System.err.println("[consulate] cannot read " + pidFile + ": " + e.getMessage());
        }
    }
}
