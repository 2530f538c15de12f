package eu.consulate.infrastructure.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.security.enterprise.CallerPrincipal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A bearer token whose signature, issuer, audience and lifetime {@link BearerTokenVerifier}
 * checked: the caller principal of an API request. It keeps the MicroProfile JWT view
 * ({@link JsonWebToken}) that resources read claims through.
 */
public final class VerifiedToken extends CallerPrincipal implements JsonWebToken {

    private static final long serialVersionUID = 1L;

    private final String raw;
    private final transient JWTClaimsSet claims;
    private final Set<String> groups;

    VerifiedToken(String raw, JWTClaimsSet claims) {
        super(nameOf(claims));
        this.raw = raw;
        this.claims = claims;
        this.groups = Set.copyOf(stringList(claims.getClaim("groups")));
    }

    private static String nameOf(JWTClaimsSet claims) {
        Object name = claims.getClaim("preferred_username");
        return name instanceof String text && !text.isBlank() ? text : claims.getSubject();
    }

    private static List<String> stringList(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return value instanceof String text ? List.of(text) : List.of();
    }

    /** When the token expires ({@code exp}), epoch milliseconds. */
    long expiresAtMillis() {
        return claims.getExpirationTime() == null ? 0 : claims.getExpirationTime().getTime();
    }

    @Override
    public String getName() {
        return super.getName();
    }

    @Override
    public Set<String> getGroups() {
        return groups;
    }

    @Override
    public Set<String> getClaimNames() {
        return new LinkedHashSet<>(claims.getClaims().keySet());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        return switch (claimName) {
            case "raw_token" -> (T) raw;
            case "groups" -> (T) groups;
            case "aud" -> (T) Set.copyOf(claims.getAudience());
            case "exp", "iat", "nbf", "auth_time" -> {
                Object value = claims.getClaim(claimName);
                yield value instanceof java.util.Date date ? (T) Long.valueOf(date.getTime() / 1000) : (T) value;
            }
            default -> (T) claims.getClaim(claimName);
        };
    }
}
