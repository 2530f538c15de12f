package eu.consulate.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class ProductionSettingsTest {

    private final Map<String, String> settings = new HashMap<>(Map.of(
            "consulate.oidc.client-secret", "s3cr3t-from-the-vault",
            "consulate.demo-data", "false",
            "consulate.keys.passphrase", "correct horse battery staple",
            "consulate.public-url", "https://consulate.example.org",
            "consulate.oidc.provider-uri", "https://login.example.org/realms/consulate",
            "mp.jwt.verify.issuer", "https://login.example.org/realms/consulate",
            "mp.jwt.verify.publickey.location", "https://login.example.org/realms/consulate/protocol/openid-connect/certs"));

    private Function<String, Optional<String>> config() {
        return key -> Optional.ofNullable(settings.get(key));
    }

    @Test
    void productionIsTheDefaultProfile() {
        assertThat(ProductionSettings.isProduction(config())).isTrue();
        settings.put(ProductionSettings.PROFILE, "demo");
        assertThat(ProductionSettings.isProduction(config())).isFalse();
    }

    @Test
    void realSecretsAndHttpsPass() {
        assertThat(ProductionSettings.problems(config())).isEmpty();
    }

    @Test
    void theDemoSecretIsRefusedByName() {
        settings.put("consulate.oidc.client-secret", "consulate-web-secret");

        assertThat(ProductionSettings.problems(config())).singleElement().asString()
                .contains("consulate.oidc.client-secret").contains("demo secret").contains("CONSULATE_OIDC_CLIENT_SECRET");
    }

    @Test
    void theDemoDirectorySecretIsRefusedAndNoDirectoryIsFine() {
        settings.put("consulate.idp.directory.client-secret", "consulate-directory-secret");

        assertThat(ProductionSettings.problems(config())).singleElement().asString()
                .contains("consulate.idp.directory.client-secret").contains("CONSULATE_IDP_DIRECTORY_CLIENT_SECRET");
        settings.put("consulate.idp.directory.client-secret", "from-the-vault");
        assertThat(ProductionSettings.problems(config())).isEmpty();
    }

    @Test
    void demoDataAndPlainHttpAreRefused() {
        settings.put("consulate.demo-data", "true");
        settings.put("consulate.public-url", "http://consulate.example.org");

        assertThat(ProductionSettings.problems(config())).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("consulate.demo-data"))
                .anySatisfy(p -> assertThat(p).contains("consulate.public-url").contains("https://"));
    }

    @Test
    void theShippedDefaultsAreNotFitForProduction() throws Exception {
        java.util.Properties defaults = new java.util.Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }

        assertThat(ProductionSettings.isProduction(key -> Optional.ofNullable(defaults.getProperty(key)))).isTrue();
        assertThat(ProductionSettings.problems(key -> Optional.ofNullable(defaults.getProperty(key))))
                .anySatisfy(p -> assertThat(p).contains("demo secret"));
    }

    @Test
    void theDemoKeyPassphraseAndShortOnesAreRefused() {
        settings.put("consulate.keys.passphrase", "consulate-demo-key-passphrase");
        assertThat(ProductionSettings.problems(config())).singleElement().asString()
                .contains("consulate.keys.passphrase").contains("CONSULATE_KEYS_PASSPHRASE");

        settings.put("consulate.keys.passphrase", "short");
        assertThat(ProductionSettings.problems(config())).singleElement().asString()
                .contains("consulate.keys.passphrase");

        settings.remove("consulate.keys.passphrase");
        assertThat(ProductionSettings.problems(config())).singleElement().asString()
                .contains("consulate.keys.passphrase");
    }
}
