package rongcloud.gateway.infra.health;

/**
 * The named state every dependency check reports (data key {@code state} of its entry in {@code /q/health}).
 * Only {@link #UNAVAILABLE} makes the check DOWN, and with it readiness: a degraded dependency still lets the
 * gateway serve (e.g. through a backup host, or with local quota enforcement).
 */
public enum DependencyState {
    /** Works as configured. */
    AVAILABLE(true),
    /** Partly working; the gateway serves with reduced guarantees (named in the check's data). */
    DEGRADED(true),
    /** Not usable: calls that need it fail. */
    UNAVAILABLE(false),
    /** Not part of this deployment (e.g. no shared quota store configured). */
    NOT_CONFIGURED(true);

    private final boolean up;

    DependencyState(boolean up) {
        this.up = up;
    }

    public boolean up() {
        return up;
    }
}
