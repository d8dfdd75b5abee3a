package rongcloud.gateway.application.service.push;

import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.application.port.in.push.PushUseCase;
import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.QuotaGate;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.push.BlockPushPeriod;
import rongcloud.gateway.domain.push.DeleteGroupMemberPushRemarkCommand;
import rongcloud.gateway.domain.push.DeleteUserBlockPushPeriodCommand;
import rongcloud.gateway.domain.push.DeleteUserPushRemarkCommand;
import rongcloud.gateway.domain.push.DoNotDisturbLevel;
import rongcloud.gateway.domain.push.GetConversationNotificationCommand;
import rongcloud.gateway.domain.push.GetConversationTypeNotificationCommand;
import rongcloud.gateway.domain.push.GetDailyPushStatsCommand;
import rongcloud.gateway.domain.push.GetGroupMemberPushRemarkCommand;
import rongcloud.gateway.domain.push.GetPushStatsByIdCommand;
import rongcloud.gateway.domain.push.GetUserBlockPushPeriodCommand;
import rongcloud.gateway.domain.push.GetUserPushRemarksCommand;
import rongcloud.gateway.domain.push.PushRemarks;
import rongcloud.gateway.domain.push.PushStats;
import rongcloud.gateway.domain.push.SendPushPlusCommand;
import rongcloud.gateway.domain.push.SetConversationNotificationCommand;
import rongcloud.gateway.domain.push.SetConversationTypeNotificationCommand;
import rongcloud.gateway.domain.push.SetGroupMemberPushRemarkCommand;
import rongcloud.gateway.domain.push.SetUserBlockPushPeriodCommand;
import rongcloud.gateway.domain.push.SetUserPushRemarksCommand;
import rongcloud.gateway.domain.push.PushPort;

/**
 * The push use cases: each is one upstream call behind its quota (commands validate themselves). SendPushPlus
 * spends the Push Plus budget (20/hour, 100/calendar day) before anything is sent.
 */
public final class PushService implements PushUseCase {
    private final PushPort port;
    private final QuotaGate quota;

    public PushService(PushPort port, QuotaGate quota) {
        this.port = Objects.requireNonNull(port, "port");
        this.quota = Objects.requireNonNull(quota, "quota");
    }

    @Override
    public PushStats getDailyPushStats(CallContext ctx, GetDailyPushStatsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/stat/getDayPushData"));
        return port.getDailyPushStats(ctx, command);
    }

    @Override
    public PushStats getPushStatsById(CallContext ctx, GetPushStatsByIdCommand command) {
        quota.acquire(ctx, QuotaCall.of("/stat/getPushIdData"));
        return port.getPushStatsById(ctx, command);
    }

    @Override
    public void setUserPushRemarks(CallContext ctx, SetUserPushRemarksCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/remarks/set.json"));
        port.setUserPushRemarks(ctx, command);
    }

    @Override
    public void deleteUserPushRemark(CallContext ctx, DeleteUserPushRemarkCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/remarks/del.json"));
        port.deleteUserPushRemark(ctx, command);
    }

    @Override
    public PushRemarks getUserPushRemarks(CallContext ctx, GetUserPushRemarksCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/remarks/get.json"));
        return port.getUserPushRemarks(ctx, command);
    }

    @Override
    public void setGroupMemberPushRemark(CallContext ctx, SetGroupMemberPushRemarkCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/remarks/set.json"));
        port.setGroupMemberPushRemark(ctx, command);
    }

    @Override
    public void deleteGroupMemberPushRemark(CallContext ctx, DeleteGroupMemberPushRemarkCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/remarks/del.json"));
        port.deleteGroupMemberPushRemark(ctx, command);
    }

    @Override
    public Optional<String> getGroupMemberPushRemark(CallContext ctx, GetGroupMemberPushRemarkCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/remarks/get.json"));
        return port.getGroupMemberPushRemark(ctx, command);
    }

    @Override
    public void setConversationNotification(CallContext ctx, SetConversationNotificationCommand command) {
        quota.acquire(ctx, QuotaCall.of("/conversation/notification/set.json"));
        port.setConversationNotification(ctx, command);
    }

    @Override
    public DoNotDisturbLevel getConversationNotification(CallContext ctx, GetConversationNotificationCommand command) {
        quota.acquire(ctx, QuotaCall.of("/conversation/notification/get.json"));
        return port.getConversationNotification(ctx, command);
    }

    @Override
    public void setConversationTypeNotification(CallContext ctx, SetConversationTypeNotificationCommand command) {
        quota.acquire(ctx, QuotaCall.of("/conversation/type/notification/set.json"));
        port.setConversationTypeNotification(ctx, command);
    }

    @Override
    public DoNotDisturbLevel getConversationTypeNotification(CallContext ctx, GetConversationTypeNotificationCommand command) {
        quota.acquire(ctx, QuotaCall.of("/conversation/type/notification/get.json"));
        return port.getConversationTypeNotification(ctx, command);
    }

    @Override
    public void setUserBlockPushPeriod(CallContext ctx, SetUserBlockPushPeriodCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/blockPushPeriod/set.json"));
        port.setUserBlockPushPeriod(ctx, command);
    }

    @Override
    public void deleteUserBlockPushPeriod(CallContext ctx, DeleteUserBlockPushPeriodCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/blockPushPeriod/delete.json"));
        port.deleteUserBlockPushPeriod(ctx, command);
    }

    @Override
    public Optional<BlockPushPeriod> getUserBlockPushPeriod(CallContext ctx, GetUserBlockPushPeriodCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/blockPushPeriod/get.json"));
        return port.getUserBlockPushPeriod(ctx, command);
    }

    @Override
    public String sendPushPlus(CallContext ctx, SendPushPlusCommand command) {
        quota.acquire(ctx, QuotaCall.of("/push/custom.json"));
        return port.sendPushPlus(ctx, command);
    }
}
