package eu.consulate.infrastructure.config;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start in production with demo secrets, demo data or plain http (see
 * {@link ProductionSettings}): the deployment fails with the list of what to change.
 */
@Singleton
@Startup
public class ProductionGuard {

    private static final Logger LOG = Logger.getLogger(ProductionGuard.class.getName());

    @PostConstruct
    void check() {
        Config config = ConfigProvider.getConfig();
        if (!ProductionSettings.isProduction(key -> config.getOptionalValue(key, String.class))) {
            LOG.warning("consulate.profile=demo: demo secrets and plain http are accepted. Never in production.");
            return;
        }
        List<String> problems = ProductionSettings.problems(key -> config.getOptionalValue(key, String.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Consulate refuses to start in production (consulate.profile=production): "
                    + String.join("; ", problems) + ". To try Consulate locally use the run command, which sets "
                    + "consulate.profile=demo. See docs/operations.md.");
        }
    }
}
