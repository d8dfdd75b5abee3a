package rongcloud.gateway.adapter.in.grpc;

import com.google.protobuf.Timestamp;
import java.time.Instant;

/** google.protobuf.Timestamp ↔ Instant. */
public final class ProtoTime {
    private ProtoTime() {
    }

    public static Timestamp of(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    /** Null when the field is unset, so that commands report it as missing. */
    public static Instant toInstant(boolean present, Timestamp ts) {
        if (!present) {
            return null;
        }
        if (ts.getNanos() < 0 || ts.getNanos() > 999_999_999) {
            return Instant.EPOCH; // malformed: reported by the command as out of range
        }
        return Instant.ofEpochSecond(ts.getSeconds(), ts.getNanos());
    }
}
