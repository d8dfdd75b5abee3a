package rongcloud.gateway.application.port.in.push;

import java.util.Optional;
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

/** What callers can do with push settings, Push Plus and push statistics: the incoming port of the "push" area. */
public interface PushUseCase {
    PushStats getDailyPushStats(CallContext ctx, GetDailyPushStatsCommand command);

    PushStats getPushStatsById(CallContext ctx, GetPushStatsByIdCommand command);

    void setUserPushRemarks(CallContext ctx, SetUserPushRemarksCommand command);

    void deleteUserPushRemark(CallContext ctx, DeleteUserPushRemarkCommand command);

    PushRemarks getUserPushRemarks(CallContext ctx, GetUserPushRemarksCommand command);

    void setGroupMemberPushRemark(CallContext ctx, SetGroupMemberPushRemarkCommand command);

    void deleteGroupMemberPushRemark(CallContext ctx, DeleteGroupMemberPushRemarkCommand command);

    Optional<String> getGroupMemberPushRemark(CallContext ctx, GetGroupMemberPushRemarkCommand command);

    void setConversationNotification(CallContext ctx, SetConversationNotificationCommand command);

    DoNotDisturbLevel getConversationNotification(CallContext ctx, GetConversationNotificationCommand command);

    void setConversationTypeNotification(CallContext ctx, SetConversationTypeNotificationCommand command);

    DoNotDisturbLevel getConversationTypeNotification(CallContext ctx, GetConversationTypeNotificationCommand command);

    void setUserBlockPushPeriod(CallContext ctx, SetUserBlockPushPeriodCommand command);

    void deleteUserBlockPushPeriod(CallContext ctx, DeleteUserBlockPushPeriodCommand command);

    Optional<BlockPushPeriod> getUserBlockPushPeriod(CallContext ctx, GetUserBlockPushPeriodCommand command);

    String sendPushPlus(CallContext ctx, SendPushPlusCommand command);
}
