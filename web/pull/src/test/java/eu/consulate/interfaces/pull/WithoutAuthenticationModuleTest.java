package eu.consulate.interfaces.pull;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.RegistrationListener;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WithoutAuthenticationModuleTest {

    /** Records what the listener asks of the factory; Payara's own is tested by the pull's ITs. */
    static final class RecordingFactory extends AuthConfigFactory {
        final List<Object> removed = new ArrayList<>();

        @Override
        public void removeServerAuthModule(Object context) {
            removed.add(context);
        }

        @Override
        public String registerServerAuthModule(ServerAuthModule module, Object context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AuthConfigProvider getConfigProvider(String layer, String appContext, RegistrationListener listener) {
            return null;
        }

        @Override
        public String registerConfigProvider(String className, Map<String, String> properties, String layer,
                String appContext, String description) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String registerConfigProvider(AuthConfigProvider provider, String layer, String appContext,
                String description) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeRegistration(String registrationID) {
            return false;
        }

        @Override
        public String[] detachListener(RegistrationListener listener, String layer, String appContext) {
            return new String[0];
        }

        @Override
        public String[] getRegistrationIDs(AuthConfigProvider provider) {
            return new String[0];
        }

        @Override
        public RegistrationContext getRegistrationContext(String registrationID) {
            return null;
        }

        @Override
        public void refresh() {
        }
    }

    @AfterEach
    void noFactory() {
        AuthConfigFactory.setFactory(null);
    }

    @Test
    void theModuleRegisteredForThePullsContextIsRemovedWhenTheContextStarts() {
        RecordingFactory factory = new RecordingFactory();
        AuthConfigFactory.setFactory(factory);
        ServletContext context = (ServletContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServletContext.class},
                (proxy, method, args) -> method.getName().equals("getContextPath") ? "/api/permissions" : null);

        new WithoutAuthenticationModule().contextInitialized(new ServletContextEvent(context));

        assertThat(factory.removed).hasSize(1);
        assertThat(factory.removed.get(0)).isSameAs(context);
    }
}
