package rongcloud.gateway.infra.quota;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.infinispan.client.hotrod.RemoteCacheManager;
import org.infinispan.client.hotrod.configuration.ConfigurationBuilder;

/**
 * The real Infinispan server the quota tests need: 127.0.0.1:11222 (override with -Dinfinispan.hotrod=host:port),
 * started by {@code infra/infinispan/start.sh} (CI's .ci/run calls it). Tests fail at once, saying so, when it
 * does not answer; they never wait for it.
 */
final class InfinispanTestServer {
    static final String ADDRESS = System.getProperty("infinispan.hotrod", "127.0.0.1:11222");
    static final String CACHE = "rongcloud-gateway-quota-test";

    private InfinispanTestServer() {
    }

    static void requireRunning() {
        String[] hp = ADDRESS.split(":");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(hp[0], Integer.parseInt(hp[1])), 1000);
        } catch (IOException e) {
            fail("These tests need a real Infinispan server on " + ADDRESS + " and none answers (" + e.getMessage()
                    + "). Start one with infra/infinispan/start.sh (stop: infra/infinispan/stop.sh).");
        }
    }

    /** An independent Hot Rod client, as one gateway instance has. */
    static RemoteCacheManager client() {
        return client(ADDRESS);
    }

    static RemoteCacheManager client(String address) {
        ConfigurationBuilder b = new ConfigurationBuilder();
        String[] hp = address.split(":");
        b.addServer().host(hp[0]).port(Integer.parseInt(hp[1]));
        b.connectionTimeout(500).socketTimeout(1000).maxRetries(1);
        return new RemoteCacheManager(b.build(), false);
    }

    static InfinispanQuotaStore store(RemoteCacheManager client) {
        return new InfinispanQuotaStore(() -> client, CACHE, InfinispanQuotaStore.DEFAULT_CACHE_CONFIGURATION);
    }
}
