package eu.consulate.infrastructure.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a production start refuses ({@code consulate.profile=production}, the default): the demo
 * client secret that ships in the repository, demo data, and addresses without TLS. The run
 * command and the tests set {@code consulate.profile=demo}. Plain Java: tested without a
 * container; {@link ProductionGuard} applies it at start-up.
 */
public final class ProductionSettings {

    public static final String PROFILE = "consulate.profile";
    /** The web client's secret in the demo realm (ear/src/main/keycloak/consulate-realm.json). */
    static final String DEMO_CLIENT_SECRET = "consulate-web-secret";
    /** The key-encryption passphrase of the defaults file (db/.../microprofile-config.properties). */
    static final String DEMO_KEY_PASSPHRASE = "consulate-demo-key-passphrase";
    static final int MIN_PASSPHRASE_LENGTH = 16;

    /** The demo realm's directory client secret (ear/src/main/keycloak/consulate-realm.json). */
    static final String DEMO_DIRECTORY_SECRET = "consulate-directory-secret";

    private ProductionSettings() {
    }

    public static boolean isProduction(Function<String, Optional<String>> config) {
        return !"demo".equals(config.apply(PROFILE).orElse("production").strip().toLowerCase(Locale.ROOT));
    }

    /** Every reason not to start in production; empty when the settings are fit for it. */
    public static List<String> problems(Function<String, Optional<String>> config) {
        List<String> problems = new ArrayList<>();
        String secret = config.apply("consulate.oidc.client-secret").orElse("");
        if (secret.isBlank() || secret.equals(DEMO_CLIENT_SECRET)) {
            problems.add("consulate.oidc.client-secret is empty or the demo secret from the repository; "
                    + "set CONSULATE_OIDC_CLIENT_SECRET to the client's secret in your realm");
        }
        String passphrase = config.apply("consulate.keys.passphrase").orElse("");
        if (passphrase.equals(DEMO_KEY_PASSPHRASE) || passphrase.length() < MIN_PASSPHRASE_LENGTH) {
            problems.add("consulate.keys.passphrase is the demo passphrase or shorter than " + MIN_PASSPHRASE_LENGTH
                    + " characters; set CONSULATE_KEYS_PASSPHRASE (it seals the visa signing keys)");
        }
        if (config.apply("consulate.idp.directory.client-secret").orElse("").equals(DEMO_DIRECTORY_SECRET)) {
            problems.add("consulate.idp.directory.client-secret is the demo secret from the repository; set "
                    + "CONSULATE_IDP_DIRECTORY_CLIENT_SECRET to your directory client's secret (or unset both directory keys)");
        }
        if (Boolean.parseBoolean(config.apply("consulate.demo-data").orElse("false"))) {
            problems.add("consulate.demo-data is true; demo committees and datasets do not belong in production");
        }
        for (String key : List.of("consulate.public-url", "consulate.oidc.provider-uri", "mp.jwt.verify.issuer",
                "mp.jwt.verify.publickey.location")) {
            String url = config.apply(key).orElse("");
            if (!url.startsWith("https://")) {
                problems.add(key + " is '" + url + "'; production needs an https:// address");
            }
        }
        return problems;
    }
}
