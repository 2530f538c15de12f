package eu.consulate.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Server 6 from its Maven Central distribution: unpacked once, the JDBC driver in the
 * domain's lib, the domain started with Consulate's configuration in its environment, the
 * connection pool {@code jdbc/consulate} (READ_COMMITTED, as the BPMN engine requires)
 * created from a resources file.
 */
public final class PayaraServer {

    static final String DOMAIN = "domain1";
    static final String APPLICATION = "consulate";
    static final int ADMIN_PORT = 4848;
    private static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

    private final Path distZip;
    private final Path driverJar;
    private final Path base;
    private boolean quickJit;

    public PayaraServer(Path distZip, Path driverJar, Path base) {
        this.distZip = distZip;
        this.driverJar = driverJar;
        this.base = base;
    }

    /**
     * The server's JIT compiles with C1 only: start-up costs about half the CPU (on two cores it
     * decides the start time), throughput under load is much lower. The run command's default;
     * benchmarks and tests use the full (C1 + C2) compiler.
     */
    public PayaraServer quickJit(boolean quick) {
        this.quickJit = quick;
        return this;
    }

    public Path home() {
        return base.resolve("payara6");
    }

    private Path asadmin() {
        return home().resolve("bin/asadmin");
    }

    public void install() throws IOException {
        if (!Files.exists(home().resolve("bin/asadmin"))) {
            System.out.println("[consulate] unpacking Payara Server into " + base);
            Files.createDirectories(base);
            Zip.unzip(distZip, base);
        }
        Path domainLib = home().resolve("glassfish/domains/" + DOMAIN + "/lib");
        Files.createDirectories(domainLib);
        Files.copy(driverJar, domainLib.resolve("mysql-connector-j.jar"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Starts the domain; the variables in {@code env} reach the server's MicroProfile Config.
     * The domain starts without Consulate: whatever an earlier run left deployed (however it
     * ended) is forgotten first, so that {@link #deploy} loads the application exactly once.
     */
    public void start(Map<String, String> env) throws IOException {
        stopQuietly();
        forget();
        startDomain(env);
    }

    private void forget() throws IOException {
        DomainApplications.forget(domainDir(), APPLICATION);
    }

    private void startDomain(Map<String, String> env) throws IOException {
        Path domainXml = domainDir().resolve("config/domain.xml");
        // G1 collects while the server idles and gives the memory it does not need back to the system
        for (String option : List.of("-Xms64m", "-XX:G1PeriodicGCInterval=15000", "-XX:MinHeapFreeRatio=10",
                "-XX:MaxHeapFreeRatio=30")) {
            DomainXml.ensureJvmOption(domainXml, option);
        }
        // The test suite redeploys the EAR about forty times into one server; with issue 9 the
        // domain's 512 MB were full by the 31st deployment once, and 768 MB by the 37th once after
        // issue 8's tests were added (a probe found no undeployed application strongly held after
        // three; over thirty is not yet examined). The machine has 24 GiB.
        DomainXml.removeJvmOption(domainXml, "-Xmx512m");
        DomainXml.removeJvmOption(domainXml, "-Xmx768m");
        DomainXml.ensureJvmOption(domainXml, "-Xmx1536m");
        if (quickJit) {
            DomainXml.ensureJvmOption(domainXml, QUICK_JIT);
        } else {
            DomainXml.removeJvmOption(domainXml, QUICK_JIT);
        }
        // no "Server: Payara Server 6.x" and "X-Powered-By: ... Java/17" on every response
        DomainXml.setHttpAttribute(domainXml, "xpowered-by", "false");
        DomainXml.setHttpAttribute(domainXml, "server-header", "false");
        // Payara ignores web.xml's cookie attributes; SameSite on its cookies is a listener setting
        DomainXml.setHttpAttribute(domainXml, "cookie-same-site-enabled", "true");
        DomainXml.setHttpAttribute(domainXml, "cookie-same-site-value", "Lax");
        // one server, no data grid: nothing in Consulate uses Hazelcast (sessions in memory, no
        // EJB timers, no JCache); it costs seconds of start-up and memory
        DomainXml.setServerConfigAttribute(domainXml, "hazelcast-config-specific-configuration", "enabled", "false");
        System.out.println("[consulate] starting Payara Server (log: " + log() + ")");
        Processes.run(List.of(asadmin().toString(), "start-domain", DOMAIN), home(), cli(env), Duration.ofMinutes(4));
        secureAdminListener();
    }

    /**
     * {@code env} for an asadmin call: its client JVM lives a few seconds, so it compiles with C1
     * only and collects with the serial collector (the server's options are in domain.xml).
     */
    private static Map<String, String> cli(Map<String, String> env) {
        Map<String, String> withOptions = new java.util.HashMap<>(env);
        withOptions.put("AS_EXTRA_JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        return withOptions;
    }

    public Path log() {
        return domainDir().resolve("logs/server.log");
    }

    Path domainDir() {
        return home().resolve("glassfish/domains/" + DOMAIN);
    }

    /**
     * Creates the pool {@code jdbc/consulate} for {@code db}; kept as it is when the domain has it
     * with the same settings already (each asadmin call costs a JVM start).
     */
    public void configurePool(Database db) throws IOException {
        if (poolIsConfigured(db)) {
            return;
        }
        Path resources = base.resolve("consulate-resources.xml");
        String wanted = resourcesXml(db);
        asadminQuietly("delete-jdbc-resource", "jdbc/consulate");
        asadminQuietly("delete-jdbc-connection-pool", "consulate-pool");
        Files.writeString(resources, wanted);
        asadmin("add-resources", resources.toString());
    }

    private boolean poolIsConfigured(Database db) throws IOException {
        Path resources = base.resolve("consulate-resources.xml");
        return Files.exists(resources) && Files.readString(resources).equals(resourcesXml(db))
                && DomainXml.has(domainDir().resolve("config/domain.xml"), "jdbc-connection-pool", "consulate-pool");
    }

    static String resourcesXml(Database db) {
        List<String> props = new ArrayList<>();
        props.add(prop("URL", db.url()));
        props.add(prop("user", db.user()));
        props.add(prop("password", db.password()));
        if (!db.isH2()) {
            props.add(prop("useSSL", "false"));
            props.add(prop("allowPublicKeyRetrieval", "true"));
            props.add(prop("sendFractionalSeconds", "false"));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE resources PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Resource Definitions//EN" "http://glassfish.org/dtds/glassfish-resources_1_5.dtd">
                <resources>
                  <jdbc-connection-pool name="consulate-pool" res-type="javax.sql.DataSource"
                      datasource-classname="%s"
                      transaction-isolation-level="read-committed" is-isolation-level-guaranteed="true"
                      steady-pool-size="2" max-pool-size="32"
                      is-connection-validation-required="true" connection-validation-method="meta-data">
                %s
                  </jdbc-connection-pool>
                  <jdbc-resource pool-name="consulate-pool" jndi-name="jdbc/consulate"/>
                </resources>
                """.formatted(db.dataSourceClass(), String.join("\n", props));
    }

    private static String prop(String name, String value) {
        return "    <property name=\"" + name + "\" value=\"" + xml(value) + "\"/>";
    }

    private static String xml(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public void deploy(Path ear) throws IOException {
        System.out.println("[consulate] deploying " + ear.getFileName());
        asadmin("deploy", "--name", APPLICATION, ear.toString());
    }

    /** Replaces the running application with {@code ear}, as an operator's redeploy does. */
    public void redeploy(Path ear) throws IOException {
        System.out.println("[consulate] redeploying " + ear.getFileName());
        asadmin("redeploy", "--name", APPLICATION, ear.toString());
    }

    public String asadmin(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(asadmin().toString());
        if (Files.exists(adminPasswordFile())) {
            command.addAll(List.of("--user", "admin", "--passwordfile", adminPasswordFile().toString()));
        }
        command.addAll(List.of(args));
        return Processes.run(command, home(), cli(Map.of()), Duration.ofMinutes(5));
    }

    /**
     * The admin listener (port 4848) takes commands only with the password in this file (mode
     * 600, next to the server, never in git); Payara's domain comes with an empty one.
     */
    public Path adminPasswordFile() {
        return base.resolve("admin-password.txt");
    }

    /** The admin password this server's listener expects (after the first start). */
    public String adminPassword() throws IOException {
        return Files.readString(adminPasswordFile()).strip().substring("AS_ADMIN_PASSWORD=".length());
    }

    /** Gives the domain's admin user a random password, once per unpacked server. */
    private void secureAdminListener() throws IOException {
        if (Files.exists(adminPasswordFile())) {
            return;
        }
        byte[] random = new byte[24];
        new java.security.SecureRandom().nextBytes(random);
        String password = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path change = base.resolve("admin-password-change.txt");
        writePrivately(change, "AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=" + password + "\n");
        try {
            Processes.run(List.of(asadmin().toString(), "--user", "admin", "--passwordfile", change.toString(),
                    "change-admin-password"), home(), cli(Map.of()), Duration.ofMinutes(2));
        } finally {
            Files.deleteIfExists(change);
        }
        writePrivately(adminPasswordFile(), "AS_ADMIN_PASSWORD=" + password + "\n");
        System.out.println("[consulate] Payara's admin listener now needs the password in " + adminPasswordFile());
    }

    private static void writePrivately(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content);
    }

    private void asadminQuietly(String... args) {
        try {
            asadmin(args);
        } catch (IOException e) {
            // nothing to delete
        }
    }

    /** Stops the domain if it runs (something answers on the admin port). */
    public void stopQuietly() {
        if (Files.exists(asadmin()) && Processes.listening(ADMIN_PORT)) {
            asadminQuietly("stop-domain", DOMAIN);
        }
    }

    public void copyLogTo(Path target) {
        try {
            if (Files.exists(log())) {
                Files.createDirectories(target.getParent());
                Files.copy(log(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            System.err.println("[consulate] cannot copy the server log: " + e.getMessage());
        }
    }
}
