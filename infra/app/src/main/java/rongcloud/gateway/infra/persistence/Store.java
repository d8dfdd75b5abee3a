package rongcloud.gateway.infra.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.concurrent.Callable;
import rongcloud.gateway.domain.error.GatewayException;
import rongcloud.gateway.domain.error.StoreUnavailableException;

/**
 * Runs one unit of work in its own transaction and turns every database failure (connection refused, pool
 * timeout, rolled-back commit) into {@link StoreUnavailableException}: the transaction was rolled back, nothing
 * is half-written, and gRPC callers see UNAVAILABLE.
 */
final class Store {
    private Store() {
    }

    static <T> T tx(String what, Callable<T> work) {
        try {
            return QuarkusTransaction.requiringNew().call(work);
        } catch (GatewayException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("the gateway's database is unavailable or refused the " + what + ": "
                    + rootMessage(e), e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
