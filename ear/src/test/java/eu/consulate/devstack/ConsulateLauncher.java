package eu.consulate.devstack;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The README's first command ({@code mvn install -Prun}): Keycloak on :8180 and Payara Server on
 * :8080 with Consulate on the embedded H2 database (or MySQL when {@code CONSULATE_DB_URL} is
 * set), until Ctrl-C, which stops both. State (database, Keycloak realm, servers) lives in
 * {@code .consulate/} at the top of the checkout and survives restarts.
 * With the argument {@code stop} it stops what an earlier run left running.
 */
public final class ConsulateLauncher {

    private ConsulateLauncher() {
    }

    public static void main(String[] args) throws Exception {
        long launched = elapsedMillis();
        Path home = Stack.path("consulate.home");
        // CONSULATE_JIT=full for benchmarks (bench/run sets it): C2 too, a slower start
        PayaraServer payara = new PayaraServer(Stack.dist("payara.zip"), Stack.dist("mysql-connector-j.jar"),
                home.resolve("payara")).quickJit(!"full".equals(Stack.setting("consulate.jit", "CONSULATE_JIT", "quick")));
        KeycloakServer keycloak = new KeycloakServer(Stack.dist("keycloak-quarkus-dist.zip"), home.resolve("keycloak"),
                8180, 9180, Stack.path("consulate.realm").toAbsolutePath());
        MailServer mail = new MailServer(Stack.dist("greenmail-standalone.jar"), home.resolve("mail"));
        if (args.length > 0 && args[0].equals("stop")) {
            mail.stop();
            stop(payara, keycloak, home);
            System.out.println("[consulate] stopped");
            return;
        }
        Files.createDirectories(home);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\n[consulate] stopping Payara Server, Keycloak and the mail server ...");
            stop(payara, keycloak, home);
            mail.stop();
            System.out.println("[consulate] stopped");
            stopped.countDown();
        }, "consulate-stop"));

        Database db = database(home);
        // a run that was killed (kill -9, a crash) leaves its servers behind: stop them first
        stop(payara, keycloak, home);
        mail.stop();
        // Keycloak, the mail server and Payara start side by side; nothing in the deployment calls them
        keycloak.launch();
        mail.launch();
        payara.install();
        Map<String, String> env = new HashMap<>();
        env.put("CONSULATE_DEMO_DATA", Stack.setting("consulate.demo-data", "CONSULATE_DEMO_DATA", "true"));
        // the demo realm's secrets and plain http: accepted only in the demo profile
        env.put("CONSULATE_PROFILE", Stack.setting("consulate.profile", "CONSULATE_PROFILE", "demo"));
        env.put("CONSULATE_MAIL_SMTP_HOST", "127.0.0.1");
        env.put("CONSULATE_MAIL_SMTP_PORT", Integer.toString(MailServer.SMTP_PORT));
        payara.start(env);
        Files.writeString(home.resolve("payara.pid"), readPayaraPid(payara));
        long payaraUp = elapsedMillis();
        payara.configurePool(db);
        try {
            payara.deploy(Stack.path("consulate.ear"));
        } catch (IOException e) {
            refusal(payara).ifPresent(reason -> System.err.println("\n[consulate] " + reason + "\n"));
            throw e;
        }
        long deployed = elapsedMillis();
        keycloak.awaitReady();
        mail.awaitReady();
        // ready as operators see it: database, BPMN engine and identity provider
        Processes.waitForHttp200("http://localhost:8080/health/ready", Duration.ofMinutes(2), null, payara.log());
        // the build's garbage in this JVM (Maven's) goes back to the system while we wait for Ctrl-C
        System.gc();
        System.out.printf("[consulate] ready %.1f s after the command started (build done at %.1f s, Payara up at "
                + "%.1f s, Consulate deployed at %.1f s)%n", elapsedMillis() / 1000.0, launched / 1000.0,
                payaraUp / 1000.0, deployed / 1000.0);

        System.out.println("""

                ================================================================
                 Consulate is running:   http://localhost:8080/
                 Health (readiness):     http://localhost:8080/health/ready
                 Visa keys (JWKS):       http://localhost:8080/api/jwk
                 Keycloak:               http://localhost:8180/  (realm consulate)
                 Mails it sent:          http://localhost:8025/api/user/<address>/messages/INBOX
                                         (e.g. applicant@consulate.example.org; IMAP 127.0.0.1:3143, any password)
                 Database:               %s

                 Demo logins (password = username):
                   applicant   applicant       member      DAC member (Demo Genomics DAC)
                   chair       DAC chair       legal       legal officer (Demo Genomics DAC)
                   admin       DAC admin (Demo Genomics DAC)
                   outsider, legal2, admin2: the same roles in the Demo Infectious Disease DAC
                   downstream client: consulate-broker / consulate-broker-secret

                 Stop with Ctrl-C.
                ================================================================
                """.formatted(db.url().replaceAll("password=[^&;]*", "password=***")));
        stopped.await();
    }

    /** The production guard's reason, when it refused the deployment (it is in the server log). */
    private static java.util.Optional<String> refusal(PayaraServer payara) {
        try (var lines = Files.lines(payara.log())) {
            return lines.filter(line -> line.contains("Consulate refuses to start"))
                    .map(line -> line.substring(line.indexOf("Consulate refuses to start")).replaceAll("]+$", ""))
                    .reduce((first, last) -> last);
        } catch (IOException | java.io.UncheckedIOException e) {
            return java.util.Optional.empty();
        }
    }

    /** Since the JVM started, i.e. since {@code mvn install -Prun} was typed. */
    private static long elapsedMillis() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static Database database(Path home) throws IOException {
        String url = Stack.setting("consulate.db.url", "CONSULATE_DB_URL", "");
        if (url.isEmpty()) {
            Files.createDirectories(home.resolve("data"));
            return Database.h2File(home.resolve("data/consulate"));
        }
        return Database.mysql(url, Stack.setting("consulate.db.user", "CONSULATE_DB_USER", "consulate"),
                Stack.setting("consulate.db.password", "CONSULATE_DB_PASSWORD", ""));
    }

    private static String readPayaraPid(PayaraServer payara) throws IOException {
        Path pid = payara.home().resolve("glassfish/domains/" + PayaraServer.DOMAIN + "/config/pid");
        return Files.exists(pid) ? Files.readString(pid).trim() : "";
    }

    private static void stop(PayaraServer payara, KeycloakServer keycloak, Path home) {
        payara.stopQuietly();
        stopPid(home.resolve("payara.pid"));
        keycloak.stop();
    }

    private static void stopPid(Path pidFile) {
        try {
            if (Files.exists(pidFile)) {
                String pid = Files.readString(pidFile).trim();
                if (!pid.isEmpty()) {
                    ProcessHandle.of(Long.parseLong(pid))
                            .filter(p -> p.info().command().map(c -> c.contains("java")).orElse(false))
                            .ifPresent(Processes::stopTree);
                }
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException | NumberFormatException e) {
            System.err.println("[consulate] cannot read " + pidFile + ": " + e.getMessage());
        }
    }
}
