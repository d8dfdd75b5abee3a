package rongcloud.gateway.adapter.out.rest.message;

import rongcloud.gateway.adapter.out.rest.UpstreamCallKind;
import static rongcloud.gateway.adapter.out.rest.message.MessageWire.base;
import static rongcloud.gateway.adapter.out.rest.message.MessageWire.delivery;
import static rongcloud.gateway.adapter.out.rest.message.MessageWire.expansion;
import static rongcloud.gateway.adapter.out.rest.message.MessageWire.push;
import static rongcloud.gateway.adapter.out.rest.message.MessageWire.sent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import rongcloud.gateway.adapter.out.rest.RongCloudInvoker;
import rongcloud.gateway.adapter.out.rest.RongCloudSettings;
import rongcloud.gateway.adapter.out.rest.WireBody;
import rongcloud.gateway.adapter.out.rest.message.MessagingClient.ExpansionResponse;
import rongcloud.gateway.adapter.out.rest.message.MessagingClient.HistoryResponse;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.message.CleanConversationHistoryCommand;
import rongcloud.gateway.domain.message.DeleteMessageExpansionCommand;
import rongcloud.gateway.domain.message.DeleteMessageHistoryLogCommand;
import rongcloud.gateway.domain.message.ExpansionEntry;
import rongcloud.gateway.domain.message.GetMessageHistoryLogCommand;
import rongcloud.gateway.domain.message.HistoryLog;
import rongcloud.gateway.domain.message.ListMessageExpansionCommand;
import rongcloud.gateway.domain.message.MessagingPort;
import rongcloud.gateway.domain.message.OutgoingMessage;
import rongcloud.gateway.domain.message.RecallMessageCommand;
import rongcloud.gateway.domain.message.SendGroupMessageCommand;
import rongcloud.gateway.domain.message.SendGroupStatusMessageCommand;
import rongcloud.gateway.domain.message.SendChatroomMessageCommand;
import rongcloud.gateway.domain.message.BroadcastChatroomMessageCommand;
import rongcloud.gateway.domain.message.SendPrivateMessageCommand;
import rongcloud.gateway.domain.message.SendPrivateStatusMessageCommand;
import rongcloud.gateway.domain.message.SendPrivateTemplateMessageCommand;
import rongcloud.gateway.domain.message.SendUltraGroupMessageCommand;
import rongcloud.gateway.domain.message.SentMessage;
import rongcloud.gateway.domain.message.SetMessageExpansionCommand;
import rongcloud.gateway.domain.paging.Page;

/**
 * {@link MessagingPort} over RongCloud's REST API. Sends go through {@link RongCloudInvoker}, which moves to
 * another host only when the connection failed (the request never reached RongCloud), so a send is never
 * delivered twice by the gateway; callers retrying after a timeout pass the same dedup key (msgRandom).
 */
@ApplicationScoped
public class MessagingRestAdapter implements MessagingPort {
    private static final Class<MessagingClient> API = MessagingClient.class;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH");

    private final RongCloudInvoker rongCloud;
    private final ZoneId zone;

    @Inject
    public MessagingRestAdapter(RongCloudInvoker rongCloud, RongCloudSettings settings) {
        this.rongCloud = rongCloud;
        this.zone = settings.dataCenterZone();
    }

    @Override
    public List<SentMessage> sendPrivateMessage(CallContext ctx, SendPrivateMessageCommand c) {
        OutgoingMessage m = c.message();
        WireBody body = expansion(delivery(push(base(m), m.push()), m.options()), m).put("toUserId", c.toUserIds());
        return sent(rongCloud.call(ctx, "/message/private/publish.json", UpstreamCallKind.SEND, API,
                (api, rid) -> api.sendPrivate(rid, body.form())), c.toUserIds());
    }

    @Override
    public List<SentMessage> sendPrivateTemplateMessage(CallContext ctx, SendPrivateTemplateMessageCommand c) {
        Map<String, Object> body = MessageWire.template(c.message());
        return sent(rongCloud.call(ctx, "/message/private/publish_template.json", UpstreamCallKind.SEND, API,
                (api, rid) -> api.sendPrivateTemplate(rid, body)), c.message().userIds());
    }

    @Override
    public List<SentMessage> sendPrivateStatusMessage(CallContext ctx, SendPrivateStatusMessageCommand c) {
        OutgoingMessage m = c.message();
        WireBody body = base(m).put("toUserId", c.toUserIds()).flag("verifyBlacklist", m.options().verifyBlacklist())
                .flag("isIncludeSender", m.options().includeSender());
        return sent(rongCloud.call(ctx, "/statusmessage/private/publish.json", UpstreamCallKind.SEND, API,
                (api, rid) -> api.sendPrivateStatus(rid, body.form())), c.toUserIds());
    }

    @Override
    public List<SentMessage> sendGroupMessage(CallContext ctx, SendGroupMessageCommand c) {
        OutgoingMessage m = c.message();
        WireBody body = expansion(delivery(push(base(m), m.push()), m.options()), m).put("toGroupId", c.groupIds())
                .put("toUserId", c.directedUserIds()).flag("isMentioned", m.mentions());
        return sent(rongCloud.call(ctx, "/message/group/publish.json", UpstreamCallKind.SEND, API,
                (api, rid) -> api.sendGroup(rid, body.form())), c.groupIds());
    }

    @Override
    public List<SentMessage> sendGroupStatusMessage(CallContext ctx, SendGroupStatusMessageCommand c) {
        OutgoingMessage m = c.message();
        WireBody body = base(m).put("toGroupId", c.groupIds()).flag("verifyBlacklist", m.options().verifyBlacklist())
                .flag("isIncludeSender", m.options().includeSender());
        return sent(rongCloud.call(ctx, "/statusmessage/group/publish.json", UpstreamCallKind.SEND, API,
                (api, rid) -> api.sendGroupStatus(rid, body.form())), c.groupIds());
    }

    @Override
    public List<SentMessage> sendUltraGroupMessage(CallContext ctx, SendUltraGroupMessageCommand c) {
        OutgoingMessage m = c.message();
        // JSON body: 0/1 flags as numbers (Java SDK; the Go SDK sends strings), pushExt/extraContent as JSON strings
        WireBody body = expansion(delivery(push(base(m), m.push()), m.options()), m).put("toGroupIds", c.groupIds())
                .put("toUserIds", c.directedUserIds()).put("busChannel", c.channelId()).flag("isMentioned", m.mentions());
        return sent(rongCloud.call(ctx, "/message/ultragroup/publish.json", UpstreamCallKind.SEND, API,
                (api, rid) -> api.sendUltraGroup(rid, body.json())), c.groupIds());
    }

    @Override
    public void setMessageExpansion(CallContext ctx, SetMessageExpansionCommand c) {
        String keyValues = MessageWire.json(new TreeMap<>(c.entries()));
        rongCloud.call(ctx, "/message/expansion/set.json", UpstreamCallKind.SETTING, API, (api, rid) -> api.setExpansion(rid, c.messageUid(),
                c.userId(), c.conversationType().code(), c.targetId(), keyValues, c.syncSender() ? 1 : 0));
    }

    @Override
    public void deleteMessageExpansion(CallContext ctx, DeleteMessageExpansionCommand c) {
        String keys = MessageWire.json(c.keys());
        rongCloud.call(ctx, "/message/expansion/delete.json", UpstreamCallKind.SETTING, API, (api, rid) -> api.deleteExpansion(rid,
                c.messageUid(), c.userId(), c.conversationType().code(), c.targetId(), keys, c.syncSender() ? 1 : 0));
    }

    @Override
    public Page<ExpansionEntry> listMessageExpansion(CallContext ctx, ListMessageExpansionCommand c) {
        ExpansionResponse r = rongCloud.call(ctx, "/message/expansion/query.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.queryExpansion(rid, c.messageUid(), c.page().page()));
        List<ExpansionEntry> entries = r.extraContent() == null ? List.of() : new TreeMap<>(r.extraContent()).entrySet()
                .stream().map(e -> new ExpansionEntry(e.getKey(), e.getValue() == null ? "" : e.getValue().v(),
                        e.getValue() == null || e.getValue().ts() == null ? null : Instant.ofEpochMilli(e.getValue().ts())))
                .toList();
        return Page.of(entries, c.page());
    }

    @Override
    public void recallMessage(CallContext ctx, RecallMessageCommand c) {
        recall(rongCloud, ctx, c);
    }

    /** /message/recall.json, shared with the system-notification adapter (RecallSystemMessage). */
    public static void recall(RongCloudInvoker rongCloud, CallContext ctx, RecallMessageCommand c) {
        WireBody body = WireBody.of().put("fromUserId", c.fromUserId()).put("conversationType", c.conversationType().code())
                .put("targetId", c.targetId()).put("messageUID", c.messageUid()).put("sentTime", c.sentTime().toEpochMilli())
                .put("busChannel", c.channelId()).flag("isAdmin", c.byAdmin()).flag("isDelete", c.delete())
                .bool("disablePush", c.disablePush()).put("extra", c.extra())
                .bool("disableUpdateLastMsg", c.disableUpdateLastMessage());
        rongCloud.call(ctx, "/message/recall.json", UpstreamCallKind.MUTATION, API, (api, rid) -> api.recall(rid, body.form()));
    }

    @Override
    public HistoryLog getMessageHistoryLog(CallContext ctx, GetMessageHistoryLogCommand c) {
        String date = hour(c.hour());
        HistoryResponse r = rongCloud.call(ctx, "/message/history.json", UpstreamCallKind.QUERY, API, (api, rid) -> api.history(rid, date));
        return new HistoryLog(r.url() == null ? "" : r.url(), r.date() == null ? date : r.date());
    }

    @Override
    public void deleteMessageHistoryLog(CallContext ctx, DeleteMessageHistoryLogCommand c) {
        String date = hour(c.hour());
        rongCloud.call(ctx, "/message/history/delete.json", UpstreamCallKind.MUTATION, API, (api, rid) -> api.deleteHistory(rid, date));
    }

    @Override
    public void cleanConversationHistory(CallContext ctx, CleanConversationHistoryCommand c) {
        Long before = c.before() == null ? null : c.before().toEpochMilli();
        rongCloud.call(ctx, "/conversation/message/history/clean.json", UpstreamCallKind.MUTATION, API, (api, rid) ->
                api.cleanHistory(rid, c.conversationType().code(), c.userId(), c.targetId(), before));
    }

    /** YYYYMMDDHH in the data center's zone. */
    private String hour(Instant instant) {
        return HOUR.format(instant.atZone(zone));
    }

    /** isPersisted (default 1) and isIncludeSender; the Java SDK's priority is not in the docs and not sent. */
    @Override
    public List<SentMessage> sendChatroomMessage(CallContext ctx, SendChatroomMessageCommand c) {
        OutgoingMessage m = c.message();
        WireBody body = base(m).put("toChatroomId", c.chatroomIds()).flag("isPersisted", m.options().persisted())
                .flag("isIncludeSender", m.options().includeSender());
        return sent(rongCloud.call(ctx, "/message/chatroom/publish.json", UpstreamCallKind.SEND, API,
                (api, rid) -> api.sendChatroom(rid, body.form())), c.chatroomIds());
    }

    @Override
    public void broadcastChatroomMessage(CallContext ctx, BroadcastChatroomMessageCommand c) {
        OutgoingMessage m = c.message();
        WireBody body = base(m).flag("isIncludeSender", m.options().includeSender());
        rongCloud.call(ctx, "/message/chatroom/broadcast.json", UpstreamCallKind.BROADCAST, API,
                (api, rid) -> api.broadcastChatroom(rid, body.form()));
    }
}
