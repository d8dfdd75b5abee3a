package rongcloud.gateway.infra.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpstreamTlsTest {

    private static TlsConfiguration tls(boolean trustAll) {
        return (TlsConfiguration) Proxy.newProxyInstance(TlsConfiguration.class.getClassLoader(),
                new Class<?>[] {TlsConfiguration.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isTrustAll" -> trustAll;
                    case "getName" -> "test";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static TlsConfigurationRegistry registry(TlsConfiguration defaults, Map<String, TlsConfiguration> named) {
        return new TlsConfigurationRegistry() {
            @Override
            public Optional<TlsConfiguration> get(String name) {
                return Optional.ofNullable(named.get(name));
            }

            @Override
            public Optional<TlsConfiguration> getDefault() {
                return Optional.ofNullable(defaults);
            }

            @Override
            public void register(String name, TlsConfiguration configuration) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void theJvmTrustStoreByDefaultANamedCaWhenConfiguredNeverTrustAll() {
        TlsConfiguration ca = tls(false);
        assertThat(UpstreamTls.select(registry(null, Map.of()), Optional.empty())).isEmpty();
        assertThat(UpstreamTls.select(registry(tls(false), Map.of("rongcloud", ca)), Optional.of("rongcloud"))).containsSame(ca);
        assertThatThrownBy(() -> UpstreamTls.select(registry(null, Map.of()), Optional.of("rongcloud")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("quarkus.tls.rongcloud.trust-store");
        assertThatThrownBy(() -> UpstreamTls.select(registry(null, Map.of("rongcloud", tls(true))), Optional.of("rongcloud")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("trust-all");
        assertThatThrownBy(() -> UpstreamTls.select(registry(tls(true), Map.of()), Optional.empty()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("quarkus.tls.trust-all");
    }
}
