package eu.consulate.infrastructure.visa;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rotates the visa signing key on schedule: once an hour every node asks whether the signing key
 * is older than {@code consulate.keys.rotate-every} (ISO-8601, default P90D; {@code never} turns
 * this off); {@link SigningKeys#rotateIfOlderThan} makes sure several nodes rotate once.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeyRotationSchedule {

    private static final Logger LOG = Logger.getLogger(KeyRotationSchedule.class.getName());

    @EJB
    SigningKeys signingKeys;

    @Inject
    @ConfigProperty(name = "consulate.keys.rotate-every", defaultValue = "P90D")
    String rotateEvery;

    @Schedule(hour = "*", minute = "7", persistent = false, info = "visa signing key rotation")
    void rotateWhenDue() {
        if (rotateEvery == null || rotateEvery.isBlank() || rotateEvery.strip().equalsIgnoreCase("never")) {
            return;
        }
        Duration period;
        try {
            period = Duration.parse(rotateEvery.strip());
        } catch (DateTimeParseException e) {
            LOG.warning(() -> "consulate.keys.rotate-every is '" + rotateEvery
                    + "', not an ISO-8601 duration such as P90D; the signing key is not rotated on schedule");
            return;
        }
        signingKeys.rotateIfOlderThan(period)
                .ifPresent(key -> LOG.info(() -> "Scheduled rotation: visa signing key " + key.kid() + " signs now"));
    }
}
