package rongcloud.gateway.adapter.in.grpc;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids for calls that bring none: random (version 4) UUIDs from {@link ThreadLocalRandom}. A request id
 * correlates logs, traces and errors; it is no secret, so it does not need {@link UUID#randomUUID()}'s shared
 * {@code SecureRandom}, which costs a lock (and a read of /dev/urandom) on every call of the gRPC hot path.
 */
final class RequestIds {
    private RequestIds() {
    }

    static String random() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long msb = (r.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long lsb = (r.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
        return new UUID(msb, lsb).toString();
    }
}
