package rongcloud.gateway.adapter.out.rest.system;

import rongcloud.gateway.adapter.out.rest.UpstreamCallKind;
import static rongcloud.gateway.adapter.out.rest.message.MessageWire.base;
import static rongcloud.gateway.adapter.out.rest.message.MessageWire.delivery;
import static rongcloud.gateway.adapter.out.rest.message.MessageWire.push;
import static rongcloud.gateway.adapter.out.rest.message.MessageWire.sent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import rongcloud.gateway.adapter.out.rest.RongCloudInvoker;
import rongcloud.gateway.adapter.out.rest.WireBody;
import rongcloud.gateway.adapter.out.rest.message.MessageWire;
import rongcloud.gateway.adapter.out.rest.message.MessagingRestAdapter;
import rongcloud.gateway.adapter.out.rest.system.SystemNotificationClient.PushResponse;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.message.OutgoingMessage;
import rongcloud.gateway.domain.message.RecallMessageCommand;
import rongcloud.gateway.domain.message.SentMessage;
import rongcloud.gateway.domain.system.BroadcastOnlineMessageCommand;
import rongcloud.gateway.domain.system.BroadcastSystemMessageByPackageCommand;
import rongcloud.gateway.domain.system.BroadcastSystemMessageByTagCommand;
import rongcloud.gateway.domain.system.BroadcastSystemMessageCommand;
import rongcloud.gateway.domain.system.PushAudience;
import rongcloud.gateway.domain.system.PushNotificationToAllCommand;
import rongcloud.gateway.domain.system.PushNotificationToUsersCommand;
import rongcloud.gateway.domain.system.PushReceipt;
import rongcloud.gateway.domain.system.RecallBroadcastMessageCommand;
import rongcloud.gateway.domain.system.SendSystemMessageCommand;
import rongcloud.gateway.domain.system.SendSystemTemplateMessageCommand;
import rongcloud.gateway.domain.system.SystemNotificationPort;

/**
 * {@link SystemNotificationPort} over RongCloud's REST API. Like every send, none is re-sent once RongCloud
 * may have received it (see {@link RongCloudInvoker}); the dedup key travels as msgRandom.
 */
@ApplicationScoped
public class SystemNotificationRestAdapter implements SystemNotificationPort {
    private static final Class<SystemNotificationClient> API = SystemNotificationClient.class;

    private final RongCloudInvoker rongCloud;

    @Inject
    public SystemNotificationRestAdapter(RongCloudInvoker rongCloud) {
        this.rongCloud = rongCloud;
    }

    @Override
    public List<SentMessage> sendSystemMessage(CallContext ctx, SendSystemMessageCommand c) {
        OutgoingMessage m = c.message();
        WireBody body = push(base(m), m.push()).flag("isPersisted", m.options().persisted())
                .flag("isCounted", m.options().counted()).bool("disableUpdateLastMsg", m.options().disableUpdateLastMessage())
                .put("toUserId", c.toUserIds());
        return sent(rongCloud.call(ctx, "/message/system/publish.json", UpstreamCallKind.SEND, API,
                (api, rid) -> api.sendSystem(rid, body.form())), c.toUserIds());
    }

    @Override
    public List<SentMessage> sendSystemTemplateMessage(CallContext ctx, SendSystemTemplateMessageCommand c) {
        Map<String, Object> body = MessageWire.template(c.message());
        return sent(rongCloud.call(ctx, "/message/system/publish_template.json", UpstreamCallKind.SEND, API,
                (api, rid) -> api.sendSystemTemplate(rid, body)), c.message().userIds());
    }

    @Override
    public void recallSystemMessage(CallContext ctx, RecallMessageCommand c) {
        MessagingRestAdapter.recall(rongCloud, ctx, c);
    }

    @Override
    public String broadcastSystemMessage(CallContext ctx, BroadcastSystemMessageCommand c) {
        OutgoingMessage m = c.message();
        WireBody body = push(base(m), m.push()).bool("disableUpdateLastMsg", m.options().disableUpdateLastMessage());
        return rongCloud.call(ctx, "/message/broadcast.json", UpstreamCallKind.BROADCAST, API, (api, rid) -> api.broadcast(rid, body.form())).messageUid();
    }

    @Override
    public String broadcastOnlineMessage(CallContext ctx, BroadcastOnlineMessageCommand c) {
        OutgoingMessage m = c.message();
        WireBody body = base(m).bool("disableUpdateLastMsg", m.options().disableUpdateLastMessage());
        return rongCloud.call(ctx, "/message/online/broadcast.json", UpstreamCallKind.BROADCAST, API,
                (api, rid) -> api.onlineBroadcast(rid, body.form())).messageUid();
    }

    @Override
    public PushReceipt pushNotificationToAll(CallContext ctx, PushNotificationToAllCommand c) {
        Map<String, Object> body = WireBody.of().put("platform", PushWire.platforms(c.platforms()))
                .put("audience", PushWire.audience(c.audience(), c.toAll()))
                .put("notification", PushWire.notification(c.notification(), "alert")).json();
        return callPush(ctx, body);
    }

    @Override
    public PushReceipt broadcastSystemMessageByTag(CallContext ctx, BroadcastSystemMessageByTagCommand c) {
        Map<String, Object> body = WireBody.of().put("platform", PushWire.platforms(c.platforms()))
                .put("fromuserid", c.fromUserId()) // lower-case on the wire (docs, Java and Go models)
                .put("audience", PushWire.audience(c.audience(), false))
                .put("message", PushWire.message(c.content(), c.disableUpdateLastMessage()))
                .put("notification", PushWire.notification(c.notification(), "alert")).json();
        return callPush(ctx, body);
    }

    @Override
    public PushReceipt broadcastSystemMessageByPackage(CallContext ctx, BroadcastSystemMessageByPackageCommand c) {
        Map<String, Object> body = WireBody.of().put("platform", PushWire.platforms(c.platforms()))
                .put("fromuserid", c.fromUserId())
                .put("audience", PushWire.audience(new PushAudience(null, null, null, c.packageName()), false))
                .put("message", PushWire.message(c.content(), c.disableUpdateLastMessage()))
                .put("notification", PushWire.notification(c.notification(), "alert")).json();
        return callPush(ctx, body);
    }

    private PushReceipt callPush(CallContext ctx, Map<String, Object> body) {
        PushResponse r = rongCloud.call(ctx, "/push.json", UpstreamCallKind.BROADCAST, API, (api, rid) -> api.push(rid, body));
        return new PushReceipt(r.id() == null ? "" : r.id(), r.messageUid());
    }

    @Override
    public void recallBroadcastMessage(CallContext ctx, RecallBroadcastMessageCommand c) {
        WireBody body = WireBody.of().put("fromUserId", c.fromUserId()).put("messageUID", c.messageUid())
                .put("sentTime", c.sentTime().toEpochMilli()).flag("isAdmin", c.byAdmin()).flag("isDelete", c.delete())
                .put("extra", c.extra()).bool("disableUpdateLastMsg", c.disableUpdateLastMessage());
        rongCloud.call(ctx, "/message/broadcast/recall.json", UpstreamCallKind.MUTATION, API, (api, rid) -> api.recallBroadcast(rid, body.form()));
    }

    @Override
    public void pushNotificationToUsers(CallContext ctx, PushNotificationToUsersCommand c) {
        Map<String, Object> body = WireBody.of().put("userIds", c.userIds())
                .put("notification", PushWire.notification(c.notification(), "pushContent")).json();
        rongCloud.call(ctx, "/push/user.json", UpstreamCallKind.SEND, API, (api, rid) -> api.pushUsers(rid, body));
    }
}
