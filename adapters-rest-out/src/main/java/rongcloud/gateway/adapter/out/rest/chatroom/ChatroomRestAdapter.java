package rongcloud.gateway.adapter.out.rest.chatroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rongcloud.gateway.adapter.out.rest.JsonText;
import rongcloud.gateway.adapter.out.rest.RongCloudInvoker;
import rongcloud.gateway.adapter.out.rest.RongCloudResponse;
import rongcloud.gateway.adapter.out.rest.RongCloudSettings;
import rongcloud.gateway.adapter.out.rest.RongCloudTimes;
import rongcloud.gateway.adapter.out.rest.UpstreamCallKind;
import rongcloud.gateway.adapter.out.rest.WireBody;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.ChatroomIdsResponse;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.EntriesResponse;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.ExistsResponse;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.InfoResponse;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.LegacyQueryResponse;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.MembersResponse;
import rongcloud.gateway.adapter.out.rest.chatroom.ChatroomDtos.RestrictedResponse;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.chatroom.AddChatroomKeepaliveCommand;
import rongcloud.gateway.domain.chatroom.AddChatroomLowPriorityMessageTypesCommand;
import rongcloud.gateway.domain.chatroom.AddChatroomMessageWhitelistCommand;
import rongcloud.gateway.domain.chatroom.AddChatroomMuteAllExceptionsCommand;
import rongcloud.gateway.domain.chatroom.AddChatroomUserWhitelistCommand;
import rongcloud.gateway.domain.chatroom.BatchRemoveChatroomEntriesCommand;
import rongcloud.gateway.domain.chatroom.BatchSetChatroomEntriesCommand;
import rongcloud.gateway.domain.chatroom.BindChatroomToRtcRoomCommand;
import rongcloud.gateway.domain.chatroom.BlockChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.ChatroomEntry;
import rongcloud.gateway.domain.chatroom.ChatroomInfo;
import rongcloud.gateway.domain.chatroom.ChatroomMember;
import rongcloud.gateway.domain.chatroom.ChatroomMembers;
import rongcloud.gateway.domain.chatroom.ChatroomNotice;
import rongcloud.gateway.domain.chatroom.ChatroomPort;
import rongcloud.gateway.domain.chatroom.CheckChatroomMemberCommand;
import rongcloud.gateway.domain.chatroom.CheckChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.CheckChatroomMuteAllCommand;
import rongcloud.gateway.domain.chatroom.CreateChatroomCommand;
import rongcloud.gateway.domain.chatroom.CreateChatroomLegacyCommand;
import rongcloud.gateway.domain.chatroom.DestroyChatroomCommand;
import rongcloud.gateway.domain.chatroom.DestroyPolicy;
import rongcloud.gateway.domain.chatroom.DestroyType;
import rongcloud.gateway.domain.chatroom.GetChatroomInfoCommand;
import rongcloud.gateway.domain.chatroom.LegacyChatroom;
import rongcloud.gateway.domain.chatroom.ListBlockedChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.ListMutedAllChatroomsCommand;
import rongcloud.gateway.domain.chatroom.ListMutedChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.MuteAllChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.MuteChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.MuteUsersInAllChatroomsCommand;
import rongcloud.gateway.domain.chatroom.QueryChatroomEntriesCommand;
import rongcloud.gateway.domain.chatroom.QueryChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.QueryChatroomMuteAllExceptionsCommand;
import rongcloud.gateway.domain.chatroom.QueryChatroomUserWhitelistCommand;
import rongcloud.gateway.domain.chatroom.QueryChatroomsLegacyCommand;
import rongcloud.gateway.domain.chatroom.RemoveChatroomEntryCommand;
import rongcloud.gateway.domain.chatroom.RemoveChatroomKeepaliveCommand;
import rongcloud.gateway.domain.chatroom.RemoveChatroomLowPriorityMessageTypesCommand;
import rongcloud.gateway.domain.chatroom.RemoveChatroomMessageWhitelistCommand;
import rongcloud.gateway.domain.chatroom.RemoveChatroomMuteAllExceptionsCommand;
import rongcloud.gateway.domain.chatroom.RemoveChatroomUserWhitelistCommand;
import rongcloud.gateway.domain.chatroom.RestrictedUser;
import rongcloud.gateway.domain.chatroom.SetChatroomDestroyTypeCommand;
import rongcloud.gateway.domain.chatroom.SetChatroomEntryCommand;
import rongcloud.gateway.domain.chatroom.UnblockChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.UnmuteAllChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.UnmuteChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.UnmuteUsersInAllChatroomsCommand;
import rongcloud.gateway.domain.paging.Page;

/**
 * {@link ChatroomPort} over RongCloud's REST API. Call kinds: reads are QUERY; set/add-to/remove-from and
 * destroy are SETTING (idempotent); create is MUTATION (re-sending could re-create a chatroom destroyed in
 * between). No chatroom call delivers a message, except the optional notifications, which RongCloud sends
 * once per state change.
 */
@ApplicationScoped
public class ChatroomRestAdapter implements ChatroomPort {
    /** The change-notification message type of chatroom attributes. */
    static final String KV_NOTIFICATION = "RC:chrmKVNotiMsg";
    private static final Class<ChatroomClient> API = ChatroomClient.class;

    private final RongCloudInvoker rongCloud;
    private final ZoneId zone;

    @Inject
    public ChatroomRestAdapter(RongCloudInvoker rongCloud, RongCloudSettings settings) {
        this.rongCloud = rongCloud;
        this.zone = settings.dataCenterZone();
    }

    private interface Endpoint<R> {
        R send(ChatroomClient api, String requestId, jakarta.ws.rs.core.MultivaluedMap<String, String> form);
    }

    private <R extends RongCloudResponse> R send(CallContext ctx, String path, UpstreamCallKind kind, WireBody body,
                                                 Endpoint<R> endpoint) {
        var form = body.form();
        return rongCloud.call(ctx, path, kind, API, (api, rid) -> endpoint.send(api, rid, form));
    }

    private static WireBody chatroom(String chatroomId) {
        return WireBody.of().put("chatroomId", chatroomId);
    }

    /** needNotify=true and the extra JSON object when a notice is asked for; nothing otherwise. */
    private static WireBody notice(WireBody body, Optional<ChatroomNotice> notice) {
        notice.ifPresent(n -> body.bool("needNotify", true)
                .put("extra", n.extra().isEmpty() ? null : JsonText.write(n.extra())));
        return body;
    }

    // ---- chatrooms ----

    @Override
    public void createChatroom(CallContext ctx, CreateChatroomCommand c) {
        WireBody body = chatroom(c.chatroomId());
        c.destroyPolicy().ifPresent(p -> body.put("destroyType", p.type().code())
                .put("destroyTime", p.minutes() == 0 ? null : p.minutes()));
        body.bool("isBan", c.muteAll()).put("whiteUserIds", c.muteAllExceptions());
        c.entryOwnerId().ifPresent(o -> body.put("entryOwnerId", o).put("entryInfo", JsonText.write(c.entries())));
        send(ctx, "/chatroom/create_new.json", UpstreamCallKind.MUTATION, body, ChatroomClient::createChatroom);
    }

    @Override
    public void setChatroomDestroyType(CallContext ctx, SetChatroomDestroyTypeCommand c) {
        DestroyPolicy p = c.destroyPolicy();
        WireBody body = chatroom(c.chatroomId()).put("destroyType", p.type().code())
                .put("destroyTime", p.minutes() == 0 ? null : p.minutes());
        send(ctx, "/chatroom/destroy/set.json", UpstreamCallKind.SETTING, body, ChatroomClient::setChatroomDestroyType);
    }

    @Override
    public void destroyChatroom(CallContext ctx, DestroyChatroomCommand c) {
        send(ctx, "/chatroom/destroy.json", UpstreamCallKind.SETTING, WireBody.of().put("chatroomId", c.chatroomIds()),
                ChatroomClient::destroyChatroom);
    }

    @Override
    public ChatroomInfo getChatroomInfo(CallContext ctx, GetChatroomInfoCommand c) {
        InfoResponse r = send(ctx, "/chatroom/get.json", UpstreamCallKind.QUERY, chatroom(c.chatroomId()),
                ChatroomClient::getChatroomInfo);
        DestroyPolicy policy = new DestroyPolicy(DestroyType.ofCode(r.destroyType() == null ? 0 : r.destroyType()),
                r.destroyTime() == null ? 0 : r.destroyTime());
        return new ChatroomInfo(r.chatroomId() == null ? c.chatroomId() : r.chatroomId(),
                Optional.ofNullable(r.createTime()).filter(t -> t > 0).map(Instant::ofEpochMilli),
                r.memberCount() == null ? 0 : r.memberCount(), policy, Boolean.TRUE.equals(r.ban()));
    }

    @Override
    public void bindChatroomToRtcRoom(CallContext ctx, BindChatroomToRtcRoomCommand c) {
        // UNVERIFIED parameter names (catalog): chatroomId and rtcroomId (lower-case r in room)
        send(ctx, "/chatroom/correlation/rtc.json", UpstreamCallKind.SETTING,
                chatroom(c.chatroomId()).put("rtcroomId", c.rtcRoomId()), ChatroomClient::bindChatroomToRtcRoom);
    }

    @Override
    public void createChatroomLegacy(CallContext ctx, CreateChatroomLegacyCommand c) {
        WireBody body = WireBody.of();
        c.chatroomNames().forEach((id, name) -> body.put("chatroom[" + id + "]", name));
        send(ctx, "/chatroom/create.json", UpstreamCallKind.MUTATION, body, ChatroomClient::createChatroomLegacy);
    }

    @Override
    public List<LegacyChatroom> queryChatroomsLegacy(CallContext ctx, QueryChatroomsLegacyCommand c) {
        LegacyQueryResponse r = send(ctx, "/chatroom/query.json", UpstreamCallKind.QUERY,
                WireBody.of().put("chatroomId", c.chatroomIds()), ChatroomClient::queryChatroomsLegacy);
        return r.chatRooms() == null ? List.of() : r.chatRooms().stream()
                .map(e -> new LegacyChatroom(e.chrmId(), e.name() == null ? "" : e.name(),
                        RongCloudTimes.parse(e.time(), zone)))
                .toList();
    }

    // ---- keep-alive ----

    @Override
    public void addChatroomKeepalive(CallContext ctx, AddChatroomKeepaliveCommand c) {
        send(ctx, "/chatroom/keepalive/add.json", UpstreamCallKind.SETTING, chatroom(c.chatroomId()),
                ChatroomClient::addChatroomKeepalive);
    }

    @Override
    public void removeChatroomKeepalive(CallContext ctx, RemoveChatroomKeepaliveCommand c) {
        send(ctx, "/chatroom/keepalive/remove.json", UpstreamCallKind.SETTING, chatroom(c.chatroomId()),
                ChatroomClient::removeChatroomKeepalive);
    }

    @Override
    public List<String> queryChatroomKeepalive(CallContext ctx) {
        return ids(send(ctx, "/chatroom/keepalive/query.json", UpstreamCallKind.QUERY, WireBody.of(),
                ChatroomClient::queryChatroomKeepalive).chatroomIds());
    }

    // ---- members ----

    @Override
    public ChatroomMembers queryChatroomMembers(CallContext ctx, QueryChatroomMembersCommand c) {
        MembersResponse r = send(ctx, "/chatroom/user/query.json", UpstreamCallKind.QUERY,
                chatroom(c.chatroomId()).put("count", c.count()).put("order", c.order().code()),
                ChatroomClient::queryChatroomMembers);
        List<ChatroomMember> members = r.users() == null ? List.of() : r.users().stream()
                .map(u -> new ChatroomMember(u.id(), RongCloudTimes.parse(u.time(), zone))).toList();
        return new ChatroomMembers(r.total() == null ? members.size() : r.total(), members);
    }

    @Override
    public boolean checkChatroomMember(CallContext ctx, CheckChatroomMemberCommand c) {
        return Boolean.TRUE.equals(send(ctx, "/chatroom/user/exist.json", UpstreamCallKind.QUERY,
                chatroom(c.chatroomId()).put("userId", c.userId()), ChatroomClient::checkChatroomMember).isInChrm());
    }

    @Override
    public Map<String, Boolean> checkChatroomMembers(CallContext ctx, CheckChatroomMembersCommand c) {
        ExistsResponse r = send(ctx, "/chatroom/users/exist.json", UpstreamCallKind.QUERY,
                chatroom(c.chatroomId()).put("userId", c.userIds()), ChatroomClient::checkChatroomMembers);
        Map<String, Boolean> in = new LinkedHashMap<>();
        c.userIds().forEach(u -> in.put(u, false));
        if (r.result() != null) {
            r.result().stream().filter(e -> in.containsKey(e.userId()))
                    .forEach(e -> in.put(e.userId(), e.isInChrm() != null && e.isInChrm() == 1));
        }
        return in;
    }

    // ---- mutes ----

    @Override
    public void muteChatroomMembers(CallContext ctx, MuteChatroomMembersCommand c) {
        send(ctx, "/chatroom/user/gag/add.json", UpstreamCallKind.SETTING,
                notice(chatroom(c.chatroomId()).put("userId", c.userIds()).put("minute", c.minutes()), c.notice()),
                ChatroomClient::muteChatroomMembers);
    }

    @Override
    public void unmuteChatroomMembers(CallContext ctx, UnmuteChatroomMembersCommand c) {
        send(ctx, "/chatroom/user/gag/rollback.json", UpstreamCallKind.SETTING,
                notice(chatroom(c.chatroomId()).put("userId", c.userIds()), c.notice()),
                ChatroomClient::unmuteChatroomMembers);
    }

    @Override
    public List<RestrictedUser> listMutedChatroomMembers(CallContext ctx, ListMutedChatroomMembersCommand c) {
        return restricted(send(ctx, "/chatroom/user/gag/list.json", UpstreamCallKind.QUERY, chatroom(c.chatroomId()),
                ChatroomClient::listMutedChatroomMembers));
    }

    @Override
    public void muteAllChatroomMembers(CallContext ctx, MuteAllChatroomMembersCommand c) {
        send(ctx, "/chatroom/ban/add.json", UpstreamCallKind.SETTING, notice(chatroom(c.chatroomId()), c.notice()),
                ChatroomClient::muteAllChatroomMembers);
    }

    @Override
    public void unmuteAllChatroomMembers(CallContext ctx, UnmuteAllChatroomMembersCommand c) {
        send(ctx, "/chatroom/ban/rollback.json", UpstreamCallKind.SETTING, notice(chatroom(c.chatroomId()), c.notice()),
                ChatroomClient::unmuteAllChatroomMembers);
    }

    @Override
    public Page<String> listMutedAllChatrooms(CallContext ctx, ListMutedAllChatroomsCommand c) {
        ChatroomIdsResponse r = send(ctx, "/chatroom/ban/query.json", UpstreamCallKind.QUERY,
                WireBody.of().put("size", c.page().size()).put("page", c.page().page()),
                ChatroomClient::listMutedAllChatrooms);
        return Page.of(ids(r.chatroomIds()), c.page());
    }

    @Override
    public boolean checkChatroomMuteAll(CallContext ctx, CheckChatroomMuteAllCommand c) {
        Integer status = send(ctx, "/chatroom/ban/check.json", UpstreamCallKind.QUERY, chatroom(c.chatroomId()),
                ChatroomClient::checkChatroomMuteAll).status();
        return status != null && status == 1;
    }

    @Override
    public void addChatroomMuteAllExceptions(CallContext ctx, AddChatroomMuteAllExceptionsCommand c) {
        send(ctx, "/chatroom/user/ban/whitelist/add.json", UpstreamCallKind.SETTING,
                notice(chatroom(c.chatroomId()).put("userId", c.userIds()), c.notice()),
                ChatroomClient::addChatroomMuteAllExceptions);
    }

    @Override
    public void removeChatroomMuteAllExceptions(CallContext ctx, RemoveChatroomMuteAllExceptionsCommand c) {
        send(ctx, "/chatroom/user/ban/whitelist/rollback.json", UpstreamCallKind.SETTING,
                notice(chatroom(c.chatroomId()).put("userId", c.userIds()), c.notice()),
                ChatroomClient::removeChatroomMuteAllExceptions);
    }

    @Override
    public List<String> queryChatroomMuteAllExceptions(CallContext ctx, QueryChatroomMuteAllExceptionsCommand c) {
        return ids(send(ctx, "/chatroom/user/ban/whitelist/query.json", UpstreamCallKind.QUERY,
                chatroom(c.chatroomId()), ChatroomClient::queryChatroomMuteAllExceptions).userIds());
    }

    @Override
    public void muteUsersInAllChatrooms(CallContext ctx, MuteUsersInAllChatroomsCommand c) {
        send(ctx, "/chatroom/user/ban/add.json", UpstreamCallKind.SETTING,
                notice(WireBody.of().put("userId", c.userIds()).put("minute", c.minutes()), c.notice()),
                ChatroomClient::muteUsersInAllChatrooms);
    }

    @Override
    public void unmuteUsersInAllChatrooms(CallContext ctx, UnmuteUsersInAllChatroomsCommand c) {
        send(ctx, "/chatroom/user/ban/remove.json", UpstreamCallKind.SETTING,
                notice(WireBody.of().put("userId", c.userIds()), c.notice()), ChatroomClient::unmuteUsersInAllChatrooms);
    }

    @Override
    public List<RestrictedUser> listUsersMutedInAllChatrooms(CallContext ctx) {
        return restricted(send(ctx, "/chatroom/user/ban/query.json", UpstreamCallKind.QUERY, WireBody.of(),
                ChatroomClient::listUsersMutedInAllChatrooms));
    }

    // ---- bans ----

    @Override
    public void blockChatroomMembers(CallContext ctx, BlockChatroomMembersCommand c) {
        send(ctx, "/chatroom/user/block/add.json", UpstreamCallKind.SETTING,
                notice(chatroom(c.chatroomId()).put("userId", c.userIds()).put("minute", c.minutes()), c.notice()),
                ChatroomClient::blockChatroomMembers);
    }

    @Override
    public void unblockChatroomMembers(CallContext ctx, UnblockChatroomMembersCommand c) {
        send(ctx, "/chatroom/user/block/rollback.json", UpstreamCallKind.SETTING,
                notice(chatroom(c.chatroomId()).put("userId", c.userIds()), c.notice()),
                ChatroomClient::unblockChatroomMembers);
    }

    @Override
    public List<RestrictedUser> listBlockedChatroomMembers(CallContext ctx, ListBlockedChatroomMembersCommand c) {
        return restricted(send(ctx, "/chatroom/user/block/list.json", UpstreamCallKind.QUERY, chatroom(c.chatroomId()),
                ChatroomClient::listBlockedChatroomMembers));
    }

    // ---- attributes ----

    @Override
    public void setChatroomEntry(CallContext ctx, SetChatroomEntryCommand c) {
        WireBody body = chatroom(c.chatroomId()).put("userId", c.userId()).put("key", c.key()).put("value", c.value())
                .flag("autoDelete", c.autoDelete());
        if (c.sendNotification()) {
            body.put("objectName", KV_NOTIFICATION).put("content", kvContent(1, c.key(), c.value(), c.notifyExtra()));
        }
        send(ctx, "/chatroom/entry/set.json", UpstreamCallKind.SETTING, body, ChatroomClient::setChatroomEntry);
    }

    @Override
    public void batchSetChatroomEntries(CallContext ctx, BatchSetChatroomEntriesCommand c) {
        send(ctx, "/chatroom/entry/batch/set.json", UpstreamCallKind.SETTING,
                chatroom(c.chatroomId()).flag("autoDelete", c.autoDelete()).put("entryOwnerId", c.entryOwnerId())
                        .put("entryInfo", JsonText.write(c.entries())),
                ChatroomClient::batchSetChatroomEntries);
    }

    @Override
    public void removeChatroomEntry(CallContext ctx, RemoveChatroomEntryCommand c) {
        WireBody body = chatroom(c.chatroomId()).put("userId", c.userId()).put("key", c.key());
        if (c.sendNotification()) {
            body.put("objectName", KV_NOTIFICATION).put("content", kvContent(2, c.key(), null, c.notifyExtra()));
        }
        send(ctx, "/chatroom/entry/remove.json", UpstreamCallKind.SETTING, body, ChatroomClient::removeChatroomEntry);
    }

    @Override
    public void batchRemoveChatroomEntries(CallContext ctx, BatchRemoveChatroomEntriesCommand c) {
        send(ctx, "/chatroom/entry/batch/remove.json", UpstreamCallKind.SETTING,
                chatroom(c.chatroomId()).put("entryOwnerId", c.entryOwnerId()).put("entryKeys", JsonText.write(c.keys())),
                ChatroomClient::batchRemoveChatroomEntries);
    }

    @Override
    public List<ChatroomEntry> queryChatroomEntries(CallContext ctx, QueryChatroomEntriesCommand c) {
        EntriesResponse r = send(ctx, "/chatroom/entry/query.json", UpstreamCallKind.QUERY,
                chatroom(c.chatroomId()).put("keys", c.keys()), ChatroomClient::queryChatroomEntries);
        return r.keys() == null ? List.of() : r.keys().stream()
                .map(e -> new ChatroomEntry(e.key(), e.value() == null ? "" : e.value(),
                        e.userId() == null ? "" : e.userId(), "1".equals(e.autoDelete()), time(e.lastSetTime())))
                .toList();
    }

    // ---- priorities and whitelists ----

    @Override
    public void addChatroomLowPriorityMessageTypes(CallContext ctx, AddChatroomLowPriorityMessageTypesCommand c) {
        send(ctx, "/chatroom/message/priority/add.json", UpstreamCallKind.SETTING,
                WireBody.of().put("objectName", c.objectNames()), ChatroomClient::addChatroomLowPriorityMessageTypes);
    }

    @Override
    public void removeChatroomLowPriorityMessageTypes(CallContext ctx, RemoveChatroomLowPriorityMessageTypesCommand c) {
        send(ctx, "/chatroom/message/priority/remove.json", UpstreamCallKind.SETTING,
                WireBody.of().put("objectName", c.objectNames()), ChatroomClient::removeChatroomLowPriorityMessageTypes);
    }

    @Override
    public List<String> queryChatroomLowPriorityMessageTypes(CallContext ctx) {
        return ids(send(ctx, "/chatroom/message/priority/query.json", UpstreamCallKind.QUERY, WireBody.of(),
                ChatroomClient::queryChatroomLowPriorityMessageTypes).objectNames());
    }

    @Override
    public void addChatroomUserWhitelist(CallContext ctx, AddChatroomUserWhitelistCommand c) {
        send(ctx, "/chatroom/user/whitelist/add.json", UpstreamCallKind.SETTING,
                chatroom(c.chatroomId()).put("userId", c.userIds()), ChatroomClient::addChatroomUserWhitelist);
    }

    @Override
    public void removeChatroomUserWhitelist(CallContext ctx, RemoveChatroomUserWhitelistCommand c) {
        send(ctx, "/chatroom/user/whitelist/remove.json", UpstreamCallKind.SETTING,
                chatroom(c.chatroomId()).put("userId", c.userIds()), ChatroomClient::removeChatroomUserWhitelist);
    }

    @Override
    public List<String> queryChatroomUserWhitelist(CallContext ctx, QueryChatroomUserWhitelistCommand c) {
        return ids(send(ctx, "/chatroom/user/whitelist/query.json", UpstreamCallKind.QUERY, chatroom(c.chatroomId()),
                ChatroomClient::queryChatroomUserWhitelist).users());
    }

    @Override
    public void addChatroomMessageWhitelist(CallContext ctx, AddChatroomMessageWhitelistCommand c) {
        send(ctx, "/chatroom/whitelist/add.json", UpstreamCallKind.SETTING,
                WireBody.of().put("objectnames", c.objectNames()), ChatroomClient::addChatroomMessageWhitelist);
    }

    @Override
    public void removeChatroomMessageWhitelist(CallContext ctx, RemoveChatroomMessageWhitelistCommand c) {
        send(ctx, "/chatroom/whitelist/delete.json", UpstreamCallKind.SETTING,
                WireBody.of().put("objectnames", c.objectNames()), ChatroomClient::removeChatroomMessageWhitelist);
    }

    @Override
    public List<String> queryChatroomMessageWhitelist(CallContext ctx) {
        return ids(send(ctx, "/chatroom/whitelist/query.json", UpstreamCallKind.QUERY, WireBody.of(),
                ChatroomClient::queryChatroomMessageWhitelist).whitlistMsgType());
    }

    // ---- helpers ----

    /** RC:chrmKVNotiMsg content: type 1 = set, 2 = remove; key, value and extra. */
    private static String kvContent(int type, String key, String value, Optional<String> extra) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("type", type);
        content.put("key", key);
        if (value != null) {
            content.put("value", value);
        }
        extra.ifPresent(e -> content.put("extra", e));
        return JsonText.write(content);
    }

    private List<RestrictedUser> restricted(RestrictedResponse r) {
        return r.users() == null ? List.of() : r.users().stream()
                .map(u -> new RestrictedUser(u.userId(), RongCloudTimes.parse(u.time(), zone))).toList();
    }

    private static List<String> ids(List<String> ids) {
        return ids == null ? List.of() : List.copyOf(ids);
    }

    /** lastSetTime: epoch milliseconds or yyyy-MM-dd HH:mm:ss (the docs do not show its format). */
    private Optional<Instant> time(String value) {
        if (value != null && value.matches("\\d{10,}")) {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(value)));
        }
        return RongCloudTimes.parse(value, zone);
    }
}
