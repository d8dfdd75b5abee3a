package rongcloud.gateway.infra.tls;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import rongcloud.gateway.adapter.out.rest.UpstreamClientCustomizer;

/**
 * Outbound TLS to RongCloud. By default the JVM's trust store verifies RongCloud's certificates (and host
 * names); {@code gateway.outbound-tls.configuration-name=<name>} uses the Quarkus TLS registry's
 * {@code quarkus.tls.<name>.trust-store.*} instead (e.g. a company CA in front of RongCloud, a test CA).
 * Trusting every certificate is refused at startup, for the named and for the default TLS configuration.
 */
@Singleton
@Startup
public class UpstreamTls implements UpstreamClientCustomizer {
    static final String NAME_KEY = "gateway.outbound-tls.configuration-name";
    private static final Logger LOG = Logger.getLogger(UpstreamTls.class);

    private final Optional<TlsConfiguration> tls;

    public UpstreamTls(TlsConfigurationRegistry registry, @ConfigProperty(name = NAME_KEY) Optional<String> name) {
        this.tls = select(registry, name);
        tls.ifPresent(t -> LOG.infof("RongCloud calls verify certificates with TLS configuration '%s'", name.get()));
    }

    static Optional<TlsConfiguration> select(TlsConfigurationRegistry registry, Optional<String> name) {
        if (registry.getDefault().map(TlsConfiguration::isTrustAll).orElse(false)) {
            throw new ConfigurationException("quarkus.tls.trust-all=true is refused: the gateway verifies RongCloud's certificates");
        }
        Optional<String> wanted = name.filter(n -> !n.isBlank());
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        TlsConfiguration config = registry.get(wanted.get()).orElseThrow(() -> new ConfigurationException(
                NAME_KEY + "=" + wanted.get() + " names no TLS configuration: set quarkus.tls." + wanted.get()
                        + ".trust-store.pem.certs (or .p12/.jks)"));
        if (config.isTrustAll()) {
            throw new ConfigurationException("quarkus.tls." + wanted.get()
                    + ".trust-all=true is refused: the gateway verifies RongCloud's certificates");
        }
        return Optional.of(config);
    }

    @Override
    public void customize(QuarkusRestClientBuilder builder) {
        tls.ifPresent(builder::tlsConfiguration);
    }
}
