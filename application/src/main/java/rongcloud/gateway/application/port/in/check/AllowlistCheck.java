package rongcloud.gateway.application.port.in.check;

import java.util.List;

/** Whether targets are on an owner's allow list, and whether the owner is in allow-list mode (then only they may write). */
public record AllowlistCheck(boolean allowlistMode, List<MembershipCheck> targets) {
    public AllowlistCheck {
        targets = List.copyOf(targets);
    }
}
