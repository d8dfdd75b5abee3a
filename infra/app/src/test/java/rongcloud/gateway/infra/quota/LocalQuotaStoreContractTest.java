package rongcloud.gateway.infra.quota;

import rongcloud.gateway.application.port.out.quota.QuotaStore;
import rongcloud.gateway.application.quota.LocalQuotaStore;

class LocalQuotaStoreContractTest extends QuotaStoreContractTest {
    private final LocalQuotaStore store = new LocalQuotaStore();

    @Override
    QuotaStore store() {
        return store;
    }
}
