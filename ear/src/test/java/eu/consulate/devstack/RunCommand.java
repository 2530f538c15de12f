package eu.consulate.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The README's run command ({@code mvn install -Prun}) as a test drives it: the same launcher
 * in its own JVM, with the same settings Maven hands it, on a home folder of its own. Its
 * output goes to {@code run-command.log} in that folder, appended across starts.
 */
public final class RunCommand {

    private static final String READY = "Consulate is running";

    private final Path home;
    private final Path log;
    private Process process;

    public RunCommand(Path home) {
        this.home = home;
        this.log = home.resolve("run-command.log");
    }

    /** Starts the launcher and returns once it says the system is running. */
    public void start() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("The run command is already running");
        }
        Files.createDirectories(home);
        long offset = Files.exists(log) ? Files.size(log) : 0;
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        for (String key : List.of("consulate.dist", "consulate.ear", "consulate.realm")) {
            command.add("-D" + key + "=" + Stack.path(key));
        }
        command.add("-Dconsulate.home=" + home);
        command.add(ConsulateLauncher.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().remove("CONSULATE_DB_URL"); // the embedded default, as on a fresh machine
        process = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
        while (Instant.now().isBefore(deadline)) {
            if (outputSince(offset).contains(READY)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IOException("The run command ended (" + process.exitValue() + ") before it was ready:\n"
                        + outputSince(offset));
            }
            sleep(500);
        }
        throw new IOException("The run command was not ready within 8 minutes; see " + log);
    }

    /**
     * Stops the launcher the way Ctrl-C does: the JVM runs its shutdown hook on SIGINT and
     * SIGTERM alike (SIGTERM here, because a background test run may have SIGINT ignored).
     * Returns when the launcher has ended.
     */
    public void interrupt() throws IOException {
        process.destroy();
        waitForEnd(Duration.ofMinutes(3));
    }

    /** Stops whatever this run command left running, also after a failed or killed run. */
    public void stopEverything() throws IOException {
        if (process != null && process.isAlive()) {
            interrupt();
        }
        payara().stopQuietly();
        KeycloakServer.stopLeftOver(home.resolve("keycloak"));
    }

    /** Kills the launcher with SIGKILL: no shutdown hook runs, Payara and Keycloak are left running. */
    public void kill() throws IOException {
        process.destroyForcibly();
        waitForEnd(Duration.ofSeconds(30));
    }

    private void waitForEnd(Duration timeout) throws IOException {
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                throw new IOException("The run command did not end within " + timeout.toSeconds() + " s; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** What an operator does to a running server: {@code asadmin redeploy} of the EAR. */
    public void redeploy() throws IOException {
        payara().redeploy(Stack.path("consulate.ear"));
    }

    public PayaraServer payara() {
        return new PayaraServer(Stack.dist("payara.zip"), Stack.dist("mysql-connector-j.jar"), home.resolve("payara"));
    }

    /**
     * How many instances of {@code className} the running Payara holds after a full garbage
     * collection, read with the JDK's {@code jcmd} (class histogram). Classes of the same name
     * from several class loaders are summed.
     */
    public long liveInstances(String className) throws IOException {
        String pid = Long.toString(payaraPid());
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Processes.run(List.of(jcmd, pid, "GC.run"), home, java.util.Map.of(), Duration.ofMinutes(1));
        String histogram = Processes.run(List.of(jcmd, pid, "GC.class_histogram"), home, java.util.Map.of(),
                Duration.ofMinutes(1));
        return histogram.lines()
                .map(String::trim)
                .map(line -> line.split("\\s+"))
                .filter(columns -> columns.length >= 4 && columns[3].equals(className))
                .mapToLong(columns -> Long.parseLong(columns[1]))
                .sum();
    }

    /** The process id of the running Payara Server. */
    public long payaraPid() throws IOException {
        return Long.parseLong(Files.readString(payara().domainDir().resolve("config/pid")).trim());
    }

    /** Whether anything accepts connections on localhost:{@code port}. */
    public static boolean listening(int port) {
        return Processes.listening(port);
    }

    public Path log() {
        return log;
    }

    private String outputSince(long offset) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
