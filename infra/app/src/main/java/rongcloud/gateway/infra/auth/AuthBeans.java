package rongcloud.gateway.infra.auth;

import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import rongcloud.gateway.adapter.in.grpc.auth.CallerAuthenticator;
import rongcloud.gateway.adapter.in.grpc.auth.RpcScopes;
import rongcloud.gateway.domain.access.Scope;

/** Wires caller authentication: the callers (configuration + reloaded file) and the scope rule. */
@ApplicationScoped
public class AuthBeans {
    private static final Logger LOG = Logger.getLogger(AuthBeans.class);

    /** The current callers; also where a quota gate finds a caller's weight ({@code get().caller(callerId)}). */
    @Produces
    @Singleton
    CallerSource callerSource(CallerAuthConfig config) {
        try {
            return CallerSource.from(config);
        } catch (RuntimeException e) {
            throw new ConfigurationException("Invalid gateway.auth callers: " + e.getMessage());
        }
    }

    @Produces
    @Singleton
    CallerAuthenticator callerAuthenticator(CallerAuthConfig config, Provider<CallerSource> callerSource) {
        if (!config.enabled()) {
            LOG.warn("Caller authentication is OFF (gateway.auth.enabled=false): every gRPC call is accepted as anonymous");
            return CallerAuthenticator.disabled();
        }
        CallerSource callers = callerSource.get();
        Map<String, Scope> overrides = new LinkedHashMap<>();
        try {
            config.scopeOverrides().forEach((method, scope) -> overrides.put(method, Scope.parse(scope)));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Invalid gateway.auth.scope-overrides: " + e.getMessage());
        }
        if (callers.get().callers().isEmpty()) {
            LOG.warn("Caller authentication is on and no caller is configured: every gRPC call will be refused");
        }
        return new CallerAuthenticator(true, config.openServices(), callers, new RpcScopes(overrides));
    }
}
