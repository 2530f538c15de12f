package eu.consulate.infrastructure.security;

import java.lang.reflect.Type;
import java.util.Set;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Picks one of the application's authentication mechanisms for one web module.
 *
 * <p>Why: the pages (OpenID Connect) and the API (MicroProfile JWT) are two web modules of one
 * EAR, and the server installs both mechanisms as beans visible to every module, so a plain
 * lookup of "the" mechanism is ambiguous. Each web module declares a subclass of this, as an
 * enabled alternative visible only inside that module, naming the mechanism it wants.
 */
public abstract class DelegatingMechanism implements HttpAuthenticationMechanism {

    @Inject
    BeanManager beanManager;

    private volatile HttpAuthenticationMechanism delegate;

    /** Part of the class name of the mechanism this module uses. */
    protected abstract String mechanismName();

    private HttpAuthenticationMechanism delegate() {
        HttpAuthenticationMechanism current = delegate;
        if (current == null) {
            Set<Bean<?>> beans = beanManager.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE);
            Bean<?> chosen = beans.stream()
                    .filter(b -> !DelegatingMechanism.class.isAssignableFrom(b.getBeanClass()))
                    .filter(this::isWanted)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + mechanismName() + " mechanism among " + beans));
            current = (HttpAuthenticationMechanism) beanManager.getReference(chosen, HttpAuthenticationMechanism.class,
                    beanManager.createCreationalContext(chosen));
            delegate = current;
        }
        return current;
    }

    private boolean isWanted(Bean<?> bean) {
        if (bean.getBeanClass().getName().contains(mechanismName())) {
            return true;
        }
        for (Type type : bean.getTypes()) {
            if (type.getTypeName().contains(mechanismName())) {
                return true;
            }
        }
        return bean.toString().contains(mechanismName());
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return delegate().validateRequest(request, response, context);
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return delegate().secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        delegate().cleanSubject(request, response, context);
    }
}
