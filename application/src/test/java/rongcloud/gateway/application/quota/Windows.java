package rongcloud.gateway.application.quota;

import java.util.List;

/** Checks recorded grants against the bar: no interval of a given length holds more than the limit. */
final class Windows {
    private Windows() {
    }

    /** A grant: the instant and its cost. */
    record Grant(long at, long cost) {
    }

    /**
     * The largest total cost of grants within any half-open interval [a, a + length) (grants sorted by instant).
     * The maximum is reached by an interval starting at a grant.
     */
    static long maxInAnyInterval(List<Grant> sorted, long length) {
        long max = 0;
        long sum = 0;
        int tail = 0;
        for (int head = 0; head < sorted.size(); head++) {
            sum += sorted.get(head).cost();
            while (sorted.get(head).at() - sorted.get(tail).at() >= length) {
                sum -= sorted.get(tail).cost();
                tail++;
            }
            max = Math.max(max, sum);
        }
        return max;
    }

    static long maxInAnyIntervalOfInstants(List<Long> sortedInstants, long length) {
        return maxInAnyInterval(sortedInstants.stream().map(t -> new Grant(t, 1)).toList(), length);
    }
}
