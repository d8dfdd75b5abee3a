package rongcloud.gateway.infra.quota;

import org.infinispan.client.hotrod.RemoteCacheManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import rongcloud.gateway.application.port.out.quota.QuotaStore;

/** Needs the real Infinispan server of infra/infinispan/start.sh. */
class InfinispanQuotaStoreContractTest extends QuotaStoreContractTest {
    private static RemoteCacheManager client;
    private static RemoteCacheManager peerClient;
    private static InfinispanQuotaStore store;
    private static InfinispanQuotaStore peer;

    @BeforeAll
    static void connect() {
        InfinispanTestServer.requireRunning();
        client = InfinispanTestServer.client();
        store = InfinispanTestServer.store(client);
        peerClient = InfinispanTestServer.client();
        peer = InfinispanTestServer.store(peerClient);
    }

    @AfterAll
    static void close() {
        if (client != null) {
            client.stop();
        }
        if (peerClient != null) {
            peerClient.stop();
        }
    }

    @Override
    QuotaStore store() {
        return store;
    }

    @Override
    QuotaStore peer() {
        return peer;
    }
}
