package rongcloud.gateway.domain.error;

/** What a RongCloud business code means for the caller; the inbound adapter maps each kind to a status. */
public enum UpstreamErrorKind {
    /** RongCloud rejected a parameter the gateway let through. */
    INVALID_REQUEST,
    /** The gateway's own credentials (App Key / secret / signature) were refused: an operator must act. */
    GATEWAY_CREDENTIALS_REJECTED,
    /** The app is locked, or a service is not enabled for it. */
    APP_NOT_ENABLED,
    /** The method is restricted for this app. */
    METHOD_FORBIDDEN,
    /** RongCloud's rate limit or a capacity cap was hit. */
    RATE_LIMITED,
    /** The thing to act on does not exist. */
    NOT_FOUND,
    /** The request is valid but conflicts with the current state (e.g. not a member, not allowed yet). */
    STATE_CONFLICT,
    /** RongCloud failed internally or timed out; retrying later may work. */
    TRANSIENT,
    /** The path does not exist upstream. */
    UNKNOWN_PATH,
    /** A code this gateway does not know. */
    UNKNOWN
}
