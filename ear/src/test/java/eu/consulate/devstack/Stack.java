package eu.consulate.devstack;

import java.nio.file.Path;

/** Locations handed over by Maven (see ear/pom.xml) as system properties. */
final class Stack {

    private Stack() {
    }

    static Path path(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (run through Maven)");
        }
        return Path.of(value).toAbsolutePath();
    }

    static Path dist(String file) {
        return path("consulate.dist").resolve(file);
    }

    static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
