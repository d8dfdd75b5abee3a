package rongcloud.gateway.application.quota;

/**
 * Sees each call's outcome at the gate, per caller and budget (e.g. to publish per-caller usage metrics). Called on
 * the caller's thread after the decision; it must be quick and must not throw (a throw is ignored).
 */
public interface QuotaObserver {
    QuotaObserver NONE = new QuotaObserver() {
        @Override
        public void granted(String callerId, String budget, long units, long waitedMillis) {
        }

        @Override
        public void exhausted(String callerId, String budget, long waitedMillis) {
        }
    };

    /**
     * The call was granted.
     *
     * @param budget the plan's budget (a path or a pool name, never a scope value: a bounded set)
     * @param units  the largest count the call spent in that budget (requests, users, recipients, ...)
     */
    void granted(String callerId, String budget, long units, long waitedMillis);

    /** The call was refused with {@code RESOURCE_EXHAUSTED} after waiting {@code waitedMillis} (often 0). */
    void exhausted(String callerId, String budget, long waitedMillis);
}
