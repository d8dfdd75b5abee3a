package rongcloud.gateway.domain.entrustgroup;

/** What RongCloud keeps of users who leave a hosted group; by default (all false) it clears everything. */
public record LeaveOptions(boolean keepMuteState, boolean keepInMuteAllowlist, boolean keepFollows) {
    public static final LeaveOptions CLEAR_ALL = new LeaveOptions(false, false, false);
}
