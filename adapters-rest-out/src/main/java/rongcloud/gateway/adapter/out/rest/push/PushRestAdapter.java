package rongcloud.gateway.adapter.out.rest.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rongcloud.gateway.adapter.out.rest.JsonText;
import rongcloud.gateway.adapter.out.rest.RongCloudInvoker;
import rongcloud.gateway.adapter.out.rest.UpstreamCallKind;
import rongcloud.gateway.adapter.out.rest.WireBody;
import rongcloud.gateway.adapter.out.rest.push.PushDtos.BlockPushPeriodResponse;
import rongcloud.gateway.adapter.out.rest.push.PushDtos.NotificationLevelResponse;
import rongcloud.gateway.adapter.out.rest.push.PushDtos.StatsResponse;
import rongcloud.gateway.adapter.out.rest.push.PushDtos.UserRemarksResponse;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;
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
import rongcloud.gateway.domain.push.PushPlusAudience;
import rongcloud.gateway.domain.push.PushPlusNotification;
import rongcloud.gateway.domain.push.PushPort;
import rongcloud.gateway.domain.push.PushRemark;
import rongcloud.gateway.domain.push.PushRemarks;
import rongcloud.gateway.domain.push.PushStats;
import rongcloud.gateway.domain.push.SendPushPlusCommand;
import rongcloud.gateway.domain.push.SetConversationNotificationCommand;
import rongcloud.gateway.domain.push.SetConversationTypeNotificationCommand;
import rongcloud.gateway.domain.push.SetGroupMemberPushRemarkCommand;
import rongcloud.gateway.domain.push.SetUserBlockPushPeriodCommand;
import rongcloud.gateway.domain.push.SetUserPushRemarksCommand;
import rongcloud.gateway.domain.system.Platform;
import rongcloud.gateway.domain.system.PushNotification;

/**
 * {@link PushPort} over RongCloud's REST API. Settings (remarks, Do Not Disturb levels and windows) are
 * idempotent and may be retried; Push Plus is a {@link UpstreamCallKind#BROADCAST}: never repeated once it may
 * have reached RongCloud.
 */
@ApplicationScoped
public class PushRestAdapter implements PushPort {
    private static final Class<PushClient> API = PushClient.class;

    private final RongCloudInvoker rongCloud;

    @Inject
    public PushRestAdapter(RongCloudInvoker rongCloud) {
        this.rongCloud = rongCloud;
    }

    @Override
    public PushStats getDailyPushStats(CallContext ctx, GetDailyPushStatsCommand c) {
        StatsResponse r = rongCloud.call(ctx, "/stat/getDayPushData", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.dailyStats(rid, new MultivaluedHashMap<>()));
        return new PushStats(r.fields);
    }

    @Override
    public PushStats getPushStatsById(CallContext ctx, GetPushStatsByIdCommand c) {
        StatsResponse r = rongCloud.call(ctx, "/stat/getPushIdData", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.pushStats(rid, c.pushId()));
        return new PushStats(r.fields);
    }

    @Override
    public void setUserPushRemarks(CallContext ctx, SetUserPushRemarksCommand c) {
        String remarks = JsonText.write(c.remarks().stream()
                .map(r -> Map.of("id", r.targetUserId(), "remark", r.remark())).toList());
        rongCloud.call(ctx, "/user/remarks/set.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.setUserRemarks(rid, c.userId(), remarks));
    }

    @Override
    public void deleteUserPushRemark(CallContext ctx, DeleteUserPushRemarkCommand c) {
        rongCloud.call(ctx, "/user/remarks/del.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.deleteUserRemark(rid, c.userId(), c.targetUserId()));
    }

    @Override
    public PushRemarks getUserPushRemarks(CallContext ctx, GetUserPushRemarksCommand c) {
        UserRemarksResponse r = rongCloud.call(ctx, "/user/remarks/get.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.getUserRemarks(rid, c.userId(), c.page().page(), c.page().size()));
        List<PushRemark> remarks = r.users() == null ? List.of()
                : r.users().stream().map(u -> new PushRemark(u.id(), u.remark() == null ? "" : u.remark())).toList();
        int total = r.total() == null ? remarks.size() : r.total();
        return new PushRemarks(Page.of(remarks, c.page(), total), total);
    }

    @Override
    public void setGroupMemberPushRemark(CallContext ctx, SetGroupMemberPushRemarkCommand c) {
        rongCloud.call(ctx, "/group/remarks/set.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.setGroupRemark(rid, c.userId(), c.groupId(), c.remark()));
    }

    @Override
    public void deleteGroupMemberPushRemark(CallContext ctx, DeleteGroupMemberPushRemarkCommand c) {
        rongCloud.call(ctx, "/group/remarks/del.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.deleteGroupRemark(rid, c.userId(), c.groupId()));
    }

    @Override
    public Optional<String> getGroupMemberPushRemark(CallContext ctx, GetGroupMemberPushRemarkCommand c) {
        String remark = rongCloud.call(ctx, "/group/remarks/get.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.getGroupRemark(rid, c.userId(), c.groupId())).remark();
        return Optional.ofNullable(remark).filter(s -> !s.isEmpty());
    }

    @Override
    public void setConversationNotification(CallContext ctx, SetConversationNotificationCommand c) {
        rongCloud.call(ctx, "/conversation/notification/set.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.setConversationNotification(rid, c.conversationType().code(), c.userId(),
                        c.targetId(), c.level().wire(), c.busChannel().orElse(null)));
    }

    @Override
    public DoNotDisturbLevel getConversationNotification(CallContext ctx, GetConversationNotificationCommand c) {
        NotificationLevelResponse r = rongCloud.call(ctx, "/conversation/notification/get.json", UpstreamCallKind.QUERY,
                API, (api, rid) -> api.getConversationNotification(rid, c.conversationType().code(), c.userId(),
                        c.targetId(), c.busChannel().orElse(null)));
        return level(r.isMuted());
    }

    @Override
    public void setConversationTypeNotification(CallContext ctx, SetConversationTypeNotificationCommand c) {
        rongCloud.call(ctx, "/conversation/type/notification/set.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.setConversationTypeNotification(rid, c.conversationType().code(), c.userId(),
                        c.level().wire()));
    }

    @Override
    public DoNotDisturbLevel getConversationTypeNotification(CallContext ctx, GetConversationTypeNotificationCommand c) {
        NotificationLevelResponse r = rongCloud.call(ctx, "/conversation/type/notification/get.json",
                UpstreamCallKind.QUERY, API,
                (api, rid) -> api.getConversationTypeNotification(rid, c.conversationType().code(), c.userId()));
        return level(r.isMuted());
    }

    @Override
    public void setUserBlockPushPeriod(CallContext ctx, SetUserBlockPushPeriodCommand c) {
        rongCloud.call(ctx, "/user/blockPushPeriod/set.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.setBlockPushPeriod(rid, c.userId(), c.startTime(), c.periodMinutes(), c.level().wire()));
    }

    @Override
    public void deleteUserBlockPushPeriod(CallContext ctx, DeleteUserBlockPushPeriodCommand c) {
        rongCloud.call(ctx, "/user/blockPushPeriod/delete.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.deleteBlockPushPeriod(rid, c.userId()));
    }

    /** period 0 means "not set" (docs); unPushLevel 0 means everything notifies inside the window. */
    @Override
    public Optional<BlockPushPeriod> getUserBlockPushPeriod(CallContext ctx, GetUserBlockPushPeriodCommand c) {
        BlockPushPeriodResponse r = rongCloud.call(ctx, "/user/blockPushPeriod/get.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.getBlockPushPeriod(rid, c.userId()));
        PushDtos.PeriodData d = r.data();
        if (d == null || d.period() == null || d.period() == 0 || d.startTime() == null || d.startTime().isEmpty()) {
            return Optional.empty();
        }
        int level = d.unPushLevel() == null ? 0 : d.unPushLevel();
        return Optional.of(new BlockPushPeriod(d.startTime(), d.period(),
                level == 0 ? DoNotDisturbLevel.ALL_MESSAGES : level(level)));
    }

    @Override
    public String sendPushPlus(CallContext ctx, SendPushPlusCommand c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("platform", c.platforms().stream().map(Platform::wire).toList());
        body.put("audience", audience(c.audience()));
        body.put("notification", notification(c.notification()));
        String id = rongCloud.call(ctx, "/push/custom.json", UpstreamCallKind.BROADCAST, API,
                (api, rid) -> api.pushCustom(rid, body)).id();
        return id == null ? "" : id;
    }

    /** An unknown number (undocumented) reads as DEFAULT. */
    private static DoNotDisturbLevel level(Integer wire) {
        return wire == null ? DoNotDisturbLevel.DEFAULT : DoNotDisturbLevel.fromWire(wire).orElse(DoNotDisturbLevel.DEFAULT);
    }

    /** audience: tag, tag_or, tagItems, userid, packageName, is_to_all (always sent). */
    private static Map<String, Object> audience(PushPlusAudience a) {
        Map<String, Object> json = WireBody.of().put("tag", a.tags()).put("tag_or", a.tagsOr())
                .put("tagItems", a.tagItems().stream().map(i -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("tags", i.tags());
                    item.put("isNot", i.not());
                    item.put("tagsOperator", i.tagsOperator().name());
                    item.put("itemsOperator", i.itemsOperator().name());
                    return item;
                }).toList())
                .put("userid", a.userIds()).put("packageName", a.packageName()).json();
        json.put("is_to_all", a.toAll());
        return json;
    }

    /** notification: title, alert, ios {...}, android {hw, mi, oppo, vivo, extras} (SDK keys). */
    private static Map<String, Object> notification(PushPlusNotification n) {
        WireBody body = WireBody.of().put("title", n.title()).put("alert", n.alert());
        if (n.ios() != null) {
            PushNotification.Ios i = n.ios();
            body.put("ios", WireBody.of().put("title", i.title()).flag("contentAvailable", i.contentAvailable())
                    .put("badge", i.badge()).put("thread-id", i.threadId()).put("apns-collapse-id", i.apnsCollapseId())
                    .put("category", i.category()).put("richMediaUri", i.richMediaUri()).put("extras", i.extras())
                    .json());
        }
        if (n.android() != null) {
            PushPlusNotification.Android a = n.android();
            body.put("android", WireBody.of()
                    .put("hw", WireBody.of().put("channelId", a.hwChannelId()).put("importance", a.hwImportance())
                            .put("image", a.hwImage()).json())
                    .put("mi", WireBody.of().put("channelId", a.miChannelId()).put("large_icon_uri", a.miLargeIconUri())
                            .json())
                    .put("oppo", WireBody.of().put("channelId", a.oppoChannelId()).json())
                    // a string in the Go SDK's model
                    .put("vivo", WireBody.of().put("classification",
                            a.vivoClassification() == null ? null : a.vivoClassification().toString()).json())
                    .put("extras", a.extras()).json());
        }
        return body.json();
    }
}
