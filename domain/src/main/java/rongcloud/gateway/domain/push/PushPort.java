package rongcloud.gateway.domain.push;

import java.util.Optional;
import rongcloud.gateway.domain.CallContext;

/** RongCloud's push capability (catalog area "push"), one method per documented endpoint. */
public interface PushPort {
    /** /stat/getDayPushData */
    PushStats getDailyPushStats(CallContext ctx, GetDailyPushStatsCommand command);

    /** /stat/getPushIdData */
    PushStats getPushStatsById(CallContext ctx, GetPushStatsByIdCommand command);

    /** /user/remarks/set.json */
    void setUserPushRemarks(CallContext ctx, SetUserPushRemarksCommand command);

    /** /user/remarks/del.json */
    void deleteUserPushRemark(CallContext ctx, DeleteUserPushRemarkCommand command);

    /** /user/remarks/get.json */
    PushRemarks getUserPushRemarks(CallContext ctx, GetUserPushRemarksCommand command);

    /** /group/remarks/set.json */
    void setGroupMemberPushRemark(CallContext ctx, SetGroupMemberPushRemarkCommand command);

    /** /group/remarks/del.json */
    void deleteGroupMemberPushRemark(CallContext ctx, DeleteGroupMemberPushRemarkCommand command);

    /** /group/remarks/get.json; empty when no remark is set. */
    Optional<String> getGroupMemberPushRemark(CallContext ctx, GetGroupMemberPushRemarkCommand command);

    /** /conversation/notification/set.json */
    void setConversationNotification(CallContext ctx, SetConversationNotificationCommand command);

    /** /conversation/notification/get.json */
    DoNotDisturbLevel getConversationNotification(CallContext ctx, GetConversationNotificationCommand command);

    /** /conversation/type/notification/set.json */
    void setConversationTypeNotification(CallContext ctx, SetConversationTypeNotificationCommand command);

    /** /conversation/type/notification/get.json */
    DoNotDisturbLevel getConversationTypeNotification(CallContext ctx, GetConversationTypeNotificationCommand command);

    /** /user/blockPushPeriod/set.json */
    void setUserBlockPushPeriod(CallContext ctx, SetUserBlockPushPeriodCommand command);

    /** /user/blockPushPeriod/delete.json */
    void deleteUserBlockPushPeriod(CallContext ctx, DeleteUserBlockPushPeriodCommand command);

    /** /user/blockPushPeriod/get.json; empty when the user has no window. */
    Optional<BlockPushPeriod> getUserBlockPushPeriod(CallContext ctx, GetUserBlockPushPeriodCommand command);

    /** /push/custom.json; RongCloud's push id. */
    String sendPushPlus(CallContext ctx, SendPushPlusCommand command);
}
