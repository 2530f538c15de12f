package eu.consulate.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The run command's local mail server: GreenMail standalone (from Maven Central) with SMTP on
 * 127.0.0.1:3025 and its web API on 127.0.0.1:8025, accepting every address, so that a person
 * trying Consulate can read the mails it sends (README). Keeps nothing on disk.
 */
final class MailServer {

    static final int SMTP_PORT = 3025;
    static final int API_PORT = 8025;

    private final Path jar;
    private final Path base;
    private Process process;

    MailServer(Path jar, Path base) {
        this.jar = jar;
        this.base = base;
    }

    void launch() throws IOException {
        Files.createDirectories(base);
        Path log = base.resolve("greenmail.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.out.println("[consulate] starting the mail server (GreenMail): SMTP 127.0.0.1:" + SMTP_PORT
                + ", mails at http://localhost:" + API_PORT + "/ (log: " + log + ")");
        process = Processes.start(List.of(java, "-Xmx96m", "-XX:TieredStopAtLevel=1", "-Dgreenmail.setup.test.smtp",
                "-Dgreenmail.setup.test.imap", "-Dgreenmail.hostname=127.0.0.1", "-Dgreenmail.auth.disabled",
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + API_PORT, "-jar", jar.toString()),
                base, Map.of(), log);
        Files.writeString(base.resolve("greenmail.pid"), Long.toString(process.pid()));
    }

    void awaitReady() throws IOException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!Processes.listening(SMTP_PORT)) {
            if (System.nanoTime() > deadline || (process != null && !process.isAlive())) {
                throw new IOException("The mail server did not start; see " + base.resolve("greenmail.log"));
            }
            Processes.sleep(200);
        }
    }

    void stop() {
        if (process != null) {
            Processes.stopTree(process.toHandle());
            process = null;
        }
        Path pidFile = base.resolve("greenmail.pid");
        try {
            if (Files.exists(pidFile)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                        .filter(h -> h.info().commandLine().map(c -> c.contains("greenmail")).orElse(false))
                        .ifPresent(Processes::stopTree);
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException | NumberFormatException e) {
            System.err.println("[consulate] cannot read " + pidFile + ": " + e.getMessage());
        }
    }
}
