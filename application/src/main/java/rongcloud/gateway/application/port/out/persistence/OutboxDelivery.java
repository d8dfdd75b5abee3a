package rongcloud.gateway.application.port.out.persistence;

import java.util.List;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.message.SentMessage;
import rongcloud.gateway.domain.outbox.SubmissionKind;

/**
 * Performs a queued send: decodes the stored request into the same command the direct RPC builds and calls the
 * same use case (so quotas, journal and mirror apply exactly as for a direct call). Failures are the use case's.
 */
public interface OutboxDelivery {
    List<SentMessage> deliver(CallContext ctx, SubmissionKind kind, byte[] payload);
}
