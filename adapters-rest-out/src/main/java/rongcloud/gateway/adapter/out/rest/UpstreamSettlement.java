package rongcloud.gateway.adapter.out.rest;

/**
 * Told when one request to RongCloud has ended (answered, failed or timed out), on the thread that sent it, so
 * that the rate budget it was granted counts from then on: RongCloud counts a request when it arrives, which may be
 * well after the grant (a new connection, a paused thread, a slow network). Implemented in infra over the quota
 * gate; without an implementation nothing happens, as outside CDI.
 */
public interface UpstreamSettlement {
    UpstreamSettlement NONE = () -> { };

    /** The calling thread's request has ended. Never throws. */
    void requestEnded();
}
