package rongcloud.gateway.adapter.out.rest.ultragroup;

import static rongcloud.gateway.adapter.out.rest.UpstreamCallKind.MUTATION;
import static rongcloud.gateway.adapter.out.rest.UpstreamCallKind.QUERY;
import static rongcloud.gateway.adapter.out.rest.UpstreamCallKind.SETTING;



import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rongcloud.gateway.adapter.out.rest.JsonText;
import rongcloud.gateway.adapter.out.rest.RongCloudInvoker;
import rongcloud.gateway.adapter.out.rest.RongCloudSettings;
import rongcloud.gateway.adapter.out.rest.RongCloudTimes;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.ChannelListResponse;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.CreateUserGroupsBody;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.DataIdsResponse;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.ExpansionResponse;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.MessageEntry;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.MessageRefJson;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.MessagesResponse;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.NotDisturbResponse;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.UserEntriesResponse;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.UserEntry;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.UserGroupEntry;
import rongcloud.gateway.adapter.out.rest.ultragroup.UltraGroupDtos.UserGroupsResponse;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.ultragroup.AddUltraGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.ultragroup.AddUltraGroupPrivateChannelUsersCommand;
import rongcloud.gateway.domain.ultragroup.AddUltraGroupUserGroupMembersCommand;
import rongcloud.gateway.domain.ultragroup.BindUltraGroupChannelUserGroupsCommand;
import rongcloud.gateway.domain.ultragroup.ChangeUltraGroupChannelTypeCommand;
import rongcloud.gateway.domain.ultragroup.CheckUltraGroupMemberCommand;
import rongcloud.gateway.domain.ultragroup.CreateUltraGroupChannelCommand;
import rongcloud.gateway.domain.ultragroup.CreateUltraGroupCommand;
import rongcloud.gateway.domain.ultragroup.CreateUltraGroupUserGroupsCommand;
import rongcloud.gateway.domain.ultragroup.DeleteUltraGroupChannelCommand;
import rongcloud.gateway.domain.ultragroup.DeleteUltraGroupMessageExpansionCommand;
import rongcloud.gateway.domain.ultragroup.DeleteUltraGroupUserGroupsCommand;
import rongcloud.gateway.domain.ultragroup.DismissUltraGroupCommand;
import rongcloud.gateway.domain.ultragroup.GetUltraGroupDefaultNotDisturbCommand;
import rongcloud.gateway.domain.ultragroup.GetUltraGroupMessagesCommand;
import rongcloud.gateway.domain.ultragroup.GetUltraGroupMuteAllCommand;
import rongcloud.gateway.domain.ultragroup.JoinUltraGroupCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupChannelUserGroupsCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupChannelsCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupMutedUsersCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupPrivateChannelUsersCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupUserGroupChannelsCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupUserGroupsCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupUserGroupsOfUserCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupUserPrivateChannelsCommand;
import rongcloud.gateway.domain.ultragroup.ModifyUltraGroupMessageCommand;
import rongcloud.gateway.domain.ultragroup.MuteUltraGroupUsersCommand;
import rongcloud.gateway.domain.ultragroup.QueryUltraGroupHistoryMessagesCommand;
import rongcloud.gateway.domain.ultragroup.QueryUltraGroupMessageExpansionCommand;
import rongcloud.gateway.domain.ultragroup.QuitUltraGroupCommand;
import rongcloud.gateway.domain.ultragroup.RefreshUltraGroupCommand;
import rongcloud.gateway.domain.ultragroup.RemoveUltraGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.ultragroup.RemoveUltraGroupPrivateChannelUsersCommand;
import rongcloud.gateway.domain.ultragroup.RemoveUltraGroupUserGroupMembersCommand;
import rongcloud.gateway.domain.ultragroup.SetUltraGroupDefaultNotDisturbCommand;
import rongcloud.gateway.domain.ultragroup.SetUltraGroupMessageExpansionCommand;
import rongcloud.gateway.domain.ultragroup.SetUltraGroupMuteAllCommand;
import rongcloud.gateway.domain.ultragroup.UltraGroupChannel;
import rongcloud.gateway.domain.ultragroup.UltraGroupChannelType;
import rongcloud.gateway.domain.ultragroup.UltraGroupDefaultNotDisturb;
import rongcloud.gateway.domain.ultragroup.UltraGroupExpansionEntry;
import rongcloud.gateway.domain.ultragroup.UltraGroupMessage;
import rongcloud.gateway.domain.ultragroup.UltraGroupPort;
import rongcloud.gateway.domain.ultragroup.UltraGroupPushLevel;
import rongcloud.gateway.domain.ultragroup.UnbindUltraGroupChannelUserGroupsCommand;
import rongcloud.gateway.domain.ultragroup.UnmuteUltraGroupUsersCommand;

/** {@link UltraGroupPort} over RongCloud's REST API. */
@ApplicationScoped
public class UltraGroupRestAdapter implements UltraGroupPort {
    private static final Class<UltraGroupClient> API = UltraGroupClient.class;

    private final RongCloudInvoker rongCloud;
    private final ZoneId zone;

    @Inject
    public UltraGroupRestAdapter(RongCloudInvoker rongCloud, RongCloudSettings settings) {
        this.rongCloud = rongCloud;
        this.zone = settings.dataCenterZone();
    }

    // ---- lifecycle and membership ----

    @Override
    public void createUltraGroup(CallContext ctx, CreateUltraGroupCommand c) {
        rongCloud.call(ctx, "/ultragroup/create.json", MUTATION, API,
                (api, rid) -> api.create(rid, c.userId(), c.groupId(), c.groupName()));
    }

    @Override
    public void joinUltraGroup(CallContext ctx, JoinUltraGroupCommand c) {
        rongCloud.call(ctx, "/ultragroup/join.json", SETTING, API, (api, rid) -> api.join(rid, c.userId(), c.groupId()));
    }

    @Override
    public void quitUltraGroup(CallContext ctx, QuitUltraGroupCommand c) {
        rongCloud.call(ctx, "/ultragroup/quit.json", SETTING, API, (api, rid) -> api.quit(rid, c.userId(), c.groupId()));
    }

    @Override
    public void dismissUltraGroup(CallContext ctx, DismissUltraGroupCommand c) {
        rongCloud.call(ctx, "/ultragroup/dis.json", MUTATION, API, (api, rid) -> api.dismiss(rid, c.groupId()));
    }

    @Override
    public void refreshUltraGroup(CallContext ctx, RefreshUltraGroupCommand c) {
        rongCloud.call(ctx, "/ultragroup/refresh.json", SETTING, API,
                (api, rid) -> api.refresh(rid, c.groupId(), c.groupName()));
    }

    @Override
    public boolean checkUltraGroupMember(CallContext ctx, CheckUltraGroupMemberCommand c) {
        Boolean status = rongCloud.call(ctx, "/ultragroup/member/exist.json", QUERY, API,
                (api, rid) -> api.memberExists(rid, c.groupId(), c.userId())).status();
        return Boolean.TRUE.equals(status);
    }

    // ---- channels ----

    @Override
    public void createUltraGroupChannel(CallContext ctx, CreateUltraGroupChannelCommand c) {
        rongCloud.call(ctx, "/ultragroup/channel/create.json", MUTATION, API,
                (api, rid) -> api.createChannel(rid, c.groupId(), c.channelId(), c.type().code()));
    }

    @Override
    public void deleteUltraGroupChannel(CallContext ctx, DeleteUltraGroupChannelCommand c) {
        rongCloud.call(ctx, "/ultragroup/channel/del.json", MUTATION, API,
                (api, rid) -> api.deleteChannel(rid, c.groupId(), c.channelId()));
    }

    @Override
    public Page<UltraGroupChannel> listUltraGroupChannels(CallContext ctx, ListUltraGroupChannelsCommand c) {
        ChannelListResponse r = rongCloud.call(ctx, "/ultragroup/channel/get.json", QUERY, API,
                (api, rid) -> api.listChannels(rid, c.groupId(), c.page().page(), c.page().size()));
        List<UltraGroupChannel> channels = r.channelList() == null ? List.of() : r.channelList().stream()
                .map(ch -> new UltraGroupChannel(ch.channelId(), UltraGroupChannelType.of(ch.type()), time(ch.createTime())))
                .toList();
        return Page.of(channels, c.page());
    }

    @Override
    public void changeUltraGroupChannelType(CallContext ctx, ChangeUltraGroupChannelTypeCommand c) {
        rongCloud.call(ctx, "/ultragroup/channel/type/change.json", SETTING, API,
                (api, rid) -> api.changeChannelType(rid, c.groupId(), c.channelId(), c.type().code()));
    }

    @Override
    public void addUltraGroupPrivateChannelUsers(CallContext ctx, AddUltraGroupPrivateChannelUsersCommand c) {
        rongCloud.call(ctx, "/ultragroup/channel/private/users/add.json", SETTING, API,
                (api, rid) -> api.addPrivateUsers(rid, c.groupId(), c.channelId(), joined(c.userIds())));
    }

    @Override
    public void removeUltraGroupPrivateChannelUsers(CallContext ctx, RemoveUltraGroupPrivateChannelUsersCommand c) {
        rongCloud.call(ctx, "/ultragroup/channel/private/users/del.json", SETTING, API,
                (api, rid) -> api.removePrivateUsers(rid, c.groupId(), c.channelId(), joined(c.userIds())));
    }

    @Override
    public Page<String> listUltraGroupPrivateChannelUsers(CallContext ctx, ListUltraGroupPrivateChannelUsersCommand c) {
        List<String> users = rongCloud.call(ctx, "/ultragroup/channel/private/users/get.json", QUERY, API,
                (api, rid) -> api.listPrivateUsers(rid, c.groupId(), c.channelId(), c.page().page(), c.page().size())).users();
        return page(users, c.page());
    }

    @Override
    public Page<String> listUltraGroupUserPrivateChannels(CallContext ctx, ListUltraGroupUserPrivateChannelsCommand c) {
        DataIdsResponse r = rongCloud.call(ctx, "/ultragroup/user/channel/query.json", QUERY, API,
                (api, rid) -> api.listUserChannels(rid, c.groupId(), c.userId(), c.page().page(), c.page().size()));
        return page(r.data(), c.page());
    }

    // ---- mutes ----

    @Override
    public void muteUltraGroupUsers(CallContext ctx, MuteUltraGroupUsersCommand c) {
        rongCloud.call(ctx, "/ultragroup/userbanned/add.json", SETTING, API,
                (api, rid) -> api.mute(rid, c.groupId(), c.channelId().orElse(null), joined(c.userIds())));
    }

    @Override
    public void unmuteUltraGroupUsers(CallContext ctx, UnmuteUltraGroupUsersCommand c) {
        rongCloud.call(ctx, "/ultragroup/userbanned/del.json", SETTING, API,
                (api, rid) -> api.unmute(rid, c.groupId(), c.channelId().orElse(null), joined(c.userIds())));
    }

    @Override
    public Page<String> listUltraGroupMutedUsers(CallContext ctx, ListUltraGroupMutedUsersCommand c) {
        UserEntriesResponse r = rongCloud.call(ctx, "/ultragroup/userbanned/get.json", QUERY, API,
                (api, rid) -> api.listMuted(rid, c.groupId(), c.channelId().orElse(null), c.page().page(), c.page().size()));
        return page(ids(r), c.page());
    }

    @Override
    public void setUltraGroupMuteAll(CallContext ctx, SetUltraGroupMuteAllCommand c) {
        rongCloud.call(ctx, "/ultragroup/globalbanned/set.json", SETTING, API,
                (api, rid) -> api.setMuteAll(rid, c.groupId(), c.channelId().orElse(null), Boolean.toString(c.muted())));
    }

    @Override
    public boolean getUltraGroupMuteAll(CallContext ctx, GetUltraGroupMuteAllCommand c) {
        Boolean status = rongCloud.call(ctx, "/ultragroup/globalbanned/get.json", QUERY, API,
                (api, rid) -> api.getMuteAll(rid, c.groupId(), c.channelId().orElse(null))).status();
        return Boolean.TRUE.equals(status);
    }

    @Override
    public void addUltraGroupMuteWhitelist(CallContext ctx, AddUltraGroupMuteWhitelistCommand c) {
        rongCloud.call(ctx, "/ultragroup/banned/whitelist/add.json", SETTING, API,
                (api, rid) -> api.addWhitelist(rid, c.groupId(), c.channelId().orElse(null), joined(c.userIds())));
    }

    @Override
    public void removeUltraGroupMuteWhitelist(CallContext ctx, RemoveUltraGroupMuteWhitelistCommand c) {
        rongCloud.call(ctx, "/ultragroup/banned/whitelist/del.json", SETTING, API,
                (api, rid) -> api.removeWhitelist(rid, c.groupId(), c.channelId().orElse(null), joined(c.userIds())));
    }

    @Override
    public Page<String> listUltraGroupMuteWhitelist(CallContext ctx, ListUltraGroupMuteWhitelistCommand c) {
        UserEntriesResponse r = rongCloud.call(ctx, "/ultragroup/banned/whitelist/get.json", QUERY, API,
                (api, rid) -> api.listWhitelist(rid, c.groupId(), c.channelId().orElse(null), c.page().page(), c.page().size()));
        return page(ids(r), c.page());
    }

    // ---- messages ----

    @Override
    public List<UltraGroupMessage> getUltraGroupMessages(CallContext ctx, GetUltraGroupMessagesCommand c) {
        String msgs = JsonText.write(c.messages().stream()
                .map(m -> new MessageRefJson(m.messageUid(), m.channelId().orElse(null))).toList());
        MessagesResponse r = rongCloud.call(ctx, "/ultragroup/msg/get.json", QUERY, API,
                (api, rid) -> api.getMessages(rid, c.groupId(), msgs));
        return messages(r, c.groupId());
    }

    @Override
    public void modifyUltraGroupMessage(CallContext ctx, ModifyUltraGroupMessageCommand c) {
        rongCloud.call(ctx, "/ultragroup/msg/modify.json", MUTATION, API,
                (api, rid) -> api.modifyMessage(rid, c.groupId(), c.channelId().orElse(null), c.fromUserId(),
                        c.messageUid(), c.content().json()));
    }

    @Override
    public List<UltraGroupMessage> queryUltraGroupHistoryMessages(CallContext ctx, QueryUltraGroupHistoryMessagesCommand c) {
        MessagesResponse r = rongCloud.call(ctx, "/ultragroup/hismsg/query.json", QUERY, API,
                (api, rid) -> api.queryHistory(rid, c.groupId(), c.channelId(), c.startTime().toEpochMilli(),
                        c.endTime().toEpochMilli(), c.fromUserId().orElse(null), c.pageSize()));
        return messages(r, c.groupId());
    }

    @Override
    public void setUltraGroupMessageExpansion(CallContext ctx, SetUltraGroupMessageExpansionCommand c) {
        String values = JsonText.write(new java.util.TreeMap<>(c.values()));
        rongCloud.call(ctx, "/ultragroup/message/expansion/set.json", SETTING, API,
                (api, rid) -> api.setExpansion(rid, c.messageUid(), c.userId(), c.channelId().orElse(null), c.groupId(), values));
    }

    @Override
    public void deleteUltraGroupMessageExpansion(CallContext ctx, DeleteUltraGroupMessageExpansionCommand c) {
        String keys = JsonText.write(c.keys());
        rongCloud.call(ctx, "/ultragroup/message/expansion/delete.json", SETTING, API,
                (api, rid) -> api.deleteExpansion(rid, c.messageUid(), c.userId(), c.channelId().orElse(null), c.groupId(), keys));
    }

    @Override
    public Page<UltraGroupExpansionEntry> queryUltraGroupMessageExpansion(CallContext ctx, QueryUltraGroupMessageExpansionCommand c) {
        ExpansionResponse r = rongCloud.call(ctx, "/ultragroup/message/expansion/query.json", QUERY, API,
                (api, rid) -> api.queryExpansion(rid, c.messageUid(), c.channelId().orElse(null), c.groupId(), c.page().page()));
        List<UltraGroupExpansionEntry> entries = new ArrayList<>();
        JsonNode extra = r.extraContent();
        if (extra != null && extra.isObject()) {
            extra.fields().forEachRemaining(f -> {
                JsonNode v = f.getValue();
                if (v.isObject()) {
                    JsonNode ts = v.get("ts");
                    entries.add(new UltraGroupExpansionEntry(f.getKey(), v.path("v").asText(""),
                            ts != null && ts.canConvertToLong() && ts.asLong() > 0
                                    ? Optional.of(Instant.ofEpochMilli(ts.asLong())) : Optional.empty()));
                } else {
                    entries.add(new UltraGroupExpansionEntry(f.getKey(), v.asText(""), Optional.empty()));
                }
            });
        }
        return Page.of(entries, c.page());
    }

    // ---- default push levels ----

    @Override
    public void setUltraGroupDefaultNotDisturb(CallContext ctx, SetUltraGroupDefaultNotDisturbCommand c) {
        rongCloud.call(ctx, "/ultragroup/notdisturb/set.json", SETTING, API,
                (api, rid) -> api.setNotDisturb(rid, c.groupId(), c.channelId().orElse(null), c.level().code()));
    }

    @Override
    public UltraGroupDefaultNotDisturb getUltraGroupDefaultNotDisturb(CallContext ctx, GetUltraGroupDefaultNotDisturbCommand c) {
        NotDisturbResponse r = rongCloud.call(ctx, "/ultragroup/notdisturb/get.json", QUERY, API,
                (api, rid) -> api.getNotDisturb(rid, c.groupId(), c.channelId().orElse(null)));
        String groupId = r.groupId() == null || r.groupId().isEmpty() ? c.groupId() : r.groupId();
        Optional<String> channel = Optional.ofNullable(r.busChannel()).filter(s -> !s.isEmpty()).or(c::channelId);
        return new UltraGroupDefaultNotDisturb(groupId, channel, UltraGroupPushLevel.of(r.unpushLevel()));
    }

    // ---- user groups ----

    @Override
    public void createUltraGroupUserGroups(CallContext ctx, CreateUltraGroupUserGroupsCommand c) {
        CreateUserGroupsBody body = new CreateUserGroupsBody(c.groupId(),
                c.userGroupIds().stream().map(UserGroupEntry::new).toList());
        rongCloud.call(ctx, "/ultragroup/usergroup/add.json", MUTATION, API, (api, rid) -> api.createUserGroups(rid, body));
    }

    @Override
    public void deleteUltraGroupUserGroups(CallContext ctx, DeleteUltraGroupUserGroupsCommand c) {
        rongCloud.call(ctx, "/ultragroup/usergroup/del.json", MUTATION, API,
                (api, rid) -> api.deleteUserGroups(rid, c.groupId(), joined(c.userGroupIds())));
    }

    @Override
    public Page<String> listUltraGroupUserGroups(CallContext ctx, ListUltraGroupUserGroupsCommand c) {
        UserGroupsResponse r = rongCloud.call(ctx, "/ultragroup/usergroup/query.json", QUERY, API,
                (api, rid) -> api.listUserGroups(rid, c.groupId(), c.page().page(), c.page().size()));
        List<String> ids = r.userGroups() == null ? List.of()
                : r.userGroups().stream().map(UserGroupEntry::userGroupId).toList();
        return page(ids, c.page());
    }

    @Override
    public void addUltraGroupUserGroupMembers(CallContext ctx, AddUltraGroupUserGroupMembersCommand c) {
        rongCloud.call(ctx, "/ultragroup/usergroup/user/add.json", SETTING, API,
                (api, rid) -> api.addUserGroupMembers(rid, c.groupId(), c.userGroupId(), joined(c.userIds())));
    }

    @Override
    public void removeUltraGroupUserGroupMembers(CallContext ctx, RemoveUltraGroupUserGroupMembersCommand c) {
        rongCloud.call(ctx, "/ultragroup/usergroup/user/del.json", SETTING, API,
                (api, rid) -> api.removeUserGroupMembers(rid, c.groupId(), c.userGroupId(), joined(c.userIds())));
    }

    @Override
    public Page<String> listUltraGroupUserGroupsOfUser(CallContext ctx, ListUltraGroupUserGroupsOfUserCommand c) {
        DataIdsResponse r = rongCloud.call(ctx, "/ultragroup/user/usergroup/query.json", QUERY, API,
                (api, rid) -> api.listUserUserGroups(rid, c.groupId(), c.userId(), c.page().page(), c.page().size()));
        return page(r.data(), c.page());
    }

    @Override
    public void bindUltraGroupChannelUserGroups(CallContext ctx, BindUltraGroupChannelUserGroupsCommand c) {
        rongCloud.call(ctx, "/ultragroup/channel/usergroup/bind.json", SETTING, API,
                (api, rid) -> api.bindChannelUserGroups(rid, c.groupId(), c.channelId(), joined(c.userGroupIds())));
    }

    @Override
    public void unbindUltraGroupChannelUserGroups(CallContext ctx, UnbindUltraGroupChannelUserGroupsCommand c) {
        rongCloud.call(ctx, "/ultragroup/channel/usergroup/unbind.json", SETTING, API,
                (api, rid) -> api.unbindChannelUserGroups(rid, c.groupId(), c.channelId(), joined(c.userGroupIds())));
    }

    @Override
    public Page<String> listUltraGroupChannelUserGroups(CallContext ctx, ListUltraGroupChannelUserGroupsCommand c) {
        DataIdsResponse r = rongCloud.call(ctx, "/ultragroup/channel/usergroup/query.json", QUERY, API,
                (api, rid) -> api.listChannelUserGroups(rid, c.groupId(), c.channelId(), c.page().page(), c.page().size()));
        return page(r.data(), c.page());
    }

    @Override
    public Page<String> listUltraGroupUserGroupChannels(CallContext ctx, ListUltraGroupUserGroupChannelsCommand c) {
        DataIdsResponse r = rongCloud.call(ctx, "/ultragroup/usergroup/channel/query.json", QUERY, API,
                (api, rid) -> api.listUserGroupChannels(rid, c.groupId(), c.userGroupId(), c.page().page(), c.page().size()));
        return page(r.data(), c.page());
    }

    // ---- helpers ----

    private static String joined(List<String> ids) {
        return String.join(",", ids);
    }

    private static Page<String> page(List<String> ids, PageRequest request) {
        return Page.of(ids == null ? List.of() : ids, request);
    }

    private static List<String> ids(UserEntriesResponse r) {
        return r.users() == null ? List.of() : r.users().stream().map(UserEntry::id).toList();
    }

    /** RongCloud's text times: {@code yyyy-MM-dd HH:mm:ss} in the data-center zone, or Unix ms (tolerated). */
    private Optional<Instant> time(String value) {
        if (value != null && value.matches("\\d{10,}")) {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(value)));
        }
        return RongCloudTimes.parse(value, zone);
    }

    private static List<UltraGroupMessage> messages(MessagesResponse r, String groupId) {
        if (r.data() == null) {
            return List.of();
        }
        return r.data().stream().map(m -> message(m, groupId)).toList();
    }

    private static UltraGroupMessage message(MessageEntry m, String groupId) {
        Long millis = m.sentTime() != null ? m.sentTime() : m.msgTime();
        Map<String, String> extra = JsonText.attributes(m.extraContent());
        return new UltraGroupMessage(m.groupId() == null || m.groupId().isEmpty() ? groupId : m.groupId(),
                Optional.ofNullable(m.busChannel()).filter(s -> !s.isEmpty()), m.fromUserId(), m.msgUid(),
                millis == null || millis <= 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis)),
                m.objectName(), m.content(), Boolean.TRUE.equals(m.expansion()), extra);
    }
}
