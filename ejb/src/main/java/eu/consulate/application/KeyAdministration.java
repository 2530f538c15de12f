package eu.consulate.application;

import java.util.List;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.infrastructure.visa.SigningKeys;
import eu.consulate.infrastructure.visa.SigningKeys.KeyInfo;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The visa signing keys as administrators see and rotate them (issue 10). Keys are the whole
 * system's, not one committee's: a DAC administrator (realm role) lists them; a rotation also
 * needs the key-encryption passphrase, so that an administrator's session alone cannot replace
 * the key that downstream systems trust.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeyAdministration {

    @EJB
    SigningKeys signingKeys;

    /** Every stored key, newest first: kid, algorithm, created, retired, signing, published, last visa's expiry. */
    public List<KeyInfo> keys(Actor actor) {
        requireAdministrator(actor, "see the signing keys");
        return signingKeys.keys();
    }

    /**
     * A new key signs from now on; the old ones stay published while visas they signed are valid.
     * A passphrase that does not open the signing key: 403, nothing changed.
     */
    public KeyInfo rotate(Actor actor, String passphrase) {
        requireAdministrator(actor, "rotate the signing key");
        if (passphrase == null || passphrase.isEmpty()) {
            throw ApplicationRuleViolation.invalidInput("passphrase: the key-encryption passphrase is required to rotate the key.");
        }
        try {
            return signingKeys.rotate(passphrase);
        } catch (SigningKeys.WrongPassphrase e) {
            throw ApplicationRuleViolation.forbidden(e.getMessage());
        }
    }

    private static void requireAdministrator(Actor actor, String what) {
        if (actor == null || !actor.hasRole(Actor.DAC_ADMIN)) {
            throw ApplicationRuleViolation.forbidden("Only a DAC administrator may " + what + ".");
        }
    }
}
