package rongcloud.gateway.domain.mirror;

/** The two kinds of RongCloud groups, kept apart in the mirror (their ids may overlap). */
public enum GroupKind {
    /** Legacy groups ("group" area): RongCloud keeps members only, no profile. */
    LEGACY,
    /** Hosted groups ("entrust-group" area): RongCloud keeps the profile too. */
    HOSTED
}
