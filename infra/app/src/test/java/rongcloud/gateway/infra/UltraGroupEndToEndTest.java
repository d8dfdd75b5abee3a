package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;



import com.google.protobuf.Timestamp;
import io.grpc.Status;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.message.MessageState;
import rongcloud.emulator.ultragroup.UltraGroupState;
import rongcloud.gateway.proto.v1.AddUltraGroupMuteWhitelistRequest;
import rongcloud.gateway.proto.v1.AddUltraGroupPrivateChannelUsersRequest;
import rongcloud.gateway.proto.v1.AddUltraGroupUserGroupMembersRequest;
import rongcloud.gateway.proto.v1.BindUltraGroupChannelUserGroupsRequest;
import rongcloud.gateway.proto.v1.ChangeUltraGroupChannelTypeRequest;
import rongcloud.gateway.proto.v1.CheckUltraGroupMemberRequest;
import rongcloud.gateway.proto.v1.CreateUltraGroupChannelRequest;
import rongcloud.gateway.proto.v1.CreateUltraGroupRequest;
import rongcloud.gateway.proto.v1.CreateUltraGroupResponse;
import rongcloud.gateway.proto.v1.CreateUltraGroupUserGroupsRequest;
import rongcloud.gateway.proto.v1.DeleteUltraGroupChannelRequest;
import rongcloud.gateway.proto.v1.DeleteUltraGroupMessageExpansionRequest;
import rongcloud.gateway.proto.v1.DeleteUltraGroupUserGroupsRequest;
import rongcloud.gateway.proto.v1.DismissUltraGroupRequest;
import rongcloud.gateway.proto.v1.GetUltraGroupDefaultNotDisturbRequest;
import rongcloud.gateway.proto.v1.GetUltraGroupDefaultNotDisturbResponse;
import rongcloud.gateway.proto.v1.GetUltraGroupMessagesRequest;
import rongcloud.gateway.proto.v1.GetUltraGroupMessagesResponse;
import rongcloud.gateway.proto.v1.GetUltraGroupMuteAllRequest;
import rongcloud.gateway.proto.v1.JoinUltraGroupRequest;
import rongcloud.gateway.proto.v1.ListUltraGroupChannelUserGroupsRequest;
import rongcloud.gateway.proto.v1.ListUltraGroupChannelsRequest;
import rongcloud.gateway.proto.v1.ListUltraGroupChannelsResponse;
import rongcloud.gateway.proto.v1.ListUltraGroupMuteWhitelistRequest;
import rongcloud.gateway.proto.v1.ListUltraGroupMutedUsersRequest;
import rongcloud.gateway.proto.v1.ListUltraGroupPrivateChannelUsersRequest;
import rongcloud.gateway.proto.v1.ListUltraGroupUserGroupChannelsRequest;
import rongcloud.gateway.proto.v1.ListUltraGroupUserGroupsOfUserRequest;
import rongcloud.gateway.proto.v1.ListUltraGroupUserGroupsRequest;
import rongcloud.gateway.proto.v1.ListUltraGroupUserPrivateChannelsRequest;
import rongcloud.gateway.proto.v1.MessageContent;
import rongcloud.gateway.proto.v1.ModifyUltraGroupMessageRequest;
import rongcloud.gateway.proto.v1.MuteUltraGroupUsersRequest;
import rongcloud.gateway.proto.v1.QueryUltraGroupHistoryMessagesRequest;
import rongcloud.gateway.proto.v1.QueryUltraGroupHistoryMessagesResponse;
import rongcloud.gateway.proto.v1.QueryUltraGroupMessageExpansionRequest;
import rongcloud.gateway.proto.v1.QueryUltraGroupMessageExpansionResponse;
import rongcloud.gateway.proto.v1.QuitUltraGroupRequest;
import rongcloud.gateway.proto.v1.RefreshUltraGroupRequest;
import rongcloud.gateway.proto.v1.RemoveUltraGroupMuteWhitelistRequest;
import rongcloud.gateway.proto.v1.RemoveUltraGroupPrivateChannelUsersRequest;
import rongcloud.gateway.proto.v1.RemoveUltraGroupUserGroupMembersRequest;
import rongcloud.gateway.proto.v1.SetUltraGroupDefaultNotDisturbRequest;
import rongcloud.gateway.proto.v1.SetUltraGroupMessageExpansionRequest;
import rongcloud.gateway.proto.v1.SetUltraGroupMuteAllRequest;
import rongcloud.gateway.proto.v1.TextContent;
import rongcloud.gateway.proto.v1.UltraGroupChannel;
import rongcloud.gateway.proto.v1.UltraGroupChannelType;
import rongcloud.gateway.proto.v1.UltraGroupExpansionEntry;
import rongcloud.gateway.proto.v1.UltraGroupMessage;
import rongcloud.gateway.proto.v1.UltraGroupMessageRef;
import rongcloud.gateway.proto.v1.UltraGroupPushLevel;
import rongcloud.gateway.proto.v1.UltraGroupService;
import rongcloud.gateway.proto.v1.UltraGroupServiceGrpc;
import rongcloud.gateway.proto.v1.UnbindUltraGroupChannelUserGroupsRequest;
import rongcloud.gateway.proto.v1.UnmuteUltraGroupUsersRequest;
import rongcloud.gateway.proto.v1.UltraGroupServiceGrpc.UltraGroupServiceBlockingStub;

/**
 * Every UltraGroupService RPC through gRPC → gateway → emulator over HTTP, asserting the typed response and
 * the emulator's resulting state (reads see the previous writes); plus bad input (INVALID_ARGUMENT, no
 * upstream call) and RongCloud's codes for missing groups (1015) and non-members (24406).
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class UltraGroupEndToEndTest extends GroupEndToEndSupport {

    private static UltraGroupServiceBlockingStub ug() {
        return client.stub(UltraGroupServiceGrpc.newBlockingStub(client.channel));
    }

    private static UltraGroupState ugState() {
        return emulator().state(UltraGroupState.class);
    }

    /** A fresh ultra group whose members are {@code users} (the first creates it). */
    private static String ultraGroup(String... users) {
        String g = gid();
        ug().createUltraGroup(CreateUltraGroupRequest.newBuilder().setGroupId(g).setUserId(users[0])
                .setGroupName("Name " + g).build());
        for (int i = 1; i < users.length; i++) {
            ug().joinUltraGroup(JoinUltraGroupRequest.newBuilder().setGroupId(g).setUserId(users[i]).build());
        }
        return g;
    }

    private static void channel(String g, String channelId, UltraGroupChannelType type) {
        ug().createUltraGroupChannel(CreateUltraGroupChannelRequest.newBuilder().setGroupId(g).setChannelId(channelId)
                .setType(type).build());
    }

    private static MessageState.StoredMessage store(String g, String from, String channel, String content,
                                                    boolean expansion, Map<String, String> extra) {
        return emulator().state(MessageState.class).store("/message/ultragroup/publish.json", 10, from, g, List.of(),
                "RC:TxtMsg", content, channel, expansion, extra, Map.of());
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
    }

    private static List<String> users(int n) {
        return IntStream.range(0, n).mapToObj(i -> "user" + i).toList();
    }

    // ---- lifecycle and membership ----

    @Test
    void createJoinCheckRefreshQuitAndDismiss() {
        String a = uid();
        String b = uid();
        String g = gid();
        assertThat(ug().createUltraGroup(CreateUltraGroupRequest.newBuilder().setGroupId(g).setUserId(a)
                .setGroupName("Fans").build())).isEqualTo(CreateUltraGroupResponse.getDefaultInstance());
        assertThat(emulator().requests().last("/ultragroup/create.json").param("groupName")).isEqualTo("Fans");
        assertThat(ugState().members(g)).containsExactly(a);
        assertThat(ugState().channel(g, "RCDefault")).isPresent();

        ug().joinUltraGroup(JoinUltraGroupRequest.newBuilder().setGroupId(g).setUserId(b).build());
        assertThat(ugState().members(g)).containsExactlyInAnyOrder(a, b);
        assertThat(ug().checkUltraGroupMember(CheckUltraGroupMemberRequest.newBuilder().setGroupId(g).setUserId(b)
                .build()).getMember()).isTrue();
        assertThat(ug().checkUltraGroupMember(CheckUltraGroupMemberRequest.newBuilder().setGroupId(g).setUserId(uid())
                .build()).getMember()).isFalse();

        ug().refreshUltraGroup(RefreshUltraGroupRequest.newBuilder().setGroupId(g).setGroupName("Renamed").build());
        assertThat(ugState().name(g)).hasValue("Renamed");

        ug().quitUltraGroup(QuitUltraGroupRequest.newBuilder().setGroupId(g).setUserId(b).build());
        assertThat(ugState().members(g)).containsExactly(a);
        assertThat(ug().checkUltraGroupMember(CheckUltraGroupMemberRequest.newBuilder().setGroupId(g).setUserId(b)
                .build()).getMember()).isFalse();
        assertUpstreamError(() -> ug().quitUltraGroup(QuitUltraGroupRequest.newBuilder().setGroupId(g).setUserId(b)
                .build()), Status.Code.FAILED_PRECONDITION, 24406, "/ultragroup/quit.json");

        ug().dismissUltraGroup(DismissUltraGroupRequest.newBuilder().setGroupId(g).build());
        assertThat(ugState().exists(g)).isFalse();
        assertUpstreamError(() -> ug().joinUltraGroup(JoinUltraGroupRequest.newBuilder().setGroupId(g).setUserId(b)
                .build()), Status.Code.NOT_FOUND, 1015, "/ultragroup/join.json");
    }

    // ---- channels ----

    @Test
    void channelsAreCreatedListedInPagesRetypedAndDeleted() {
        String g = ultraGroup(uid());
        channel(g, "c1", UltraGroupChannelType.ULTRA_GROUP_CHANNEL_TYPE_UNSPECIFIED);
        assertThat(emulator().requests().last("/ultragroup/channel/create.json").param("type")).isEqualTo("0");
        channel(g, "c2", UltraGroupChannelType.ULTRA_GROUP_CHANNEL_TYPE_PRIVATE);
        assertThat(ugState().channel(g, "c2").orElseThrow().type()).isEqualTo(1);

        ListUltraGroupChannelsResponse first = ug().listUltraGroupChannels(ListUltraGroupChannelsRequest.newBuilder()
                .setGroupId(g).setPageSize(2).build());
        assertThat(first.getChannelsList()).extracting(UltraGroupChannel::getChannelId).containsExactly("RCDefault", "c1");
        assertThat(first.getChannels(1).getType()).isEqualTo(UltraGroupChannelType.ULTRA_GROUP_CHANNEL_TYPE_PUBLIC);
        assertThat(first.getChannels(1).hasCreateTime()).isTrue();
        assertThat(first.getNextPageToken()).isNotEmpty();
        ListUltraGroupChannelsResponse second = ug().listUltraGroupChannels(ListUltraGroupChannelsRequest.newBuilder()
                .setGroupId(g).setPageSize(2).setPageToken(first.getNextPageToken()).build());
        assertThat(second.getChannelsList()).extracting(UltraGroupChannel::getChannelId).containsExactly("c2");
        assertThat(second.getChannels(0).getType()).isEqualTo(UltraGroupChannelType.ULTRA_GROUP_CHANNEL_TYPE_PRIVATE);
        assertThat(second.getNextPageToken()).isEmpty();
        assertThat(emulator().requests().last("/ultragroup/channel/get.json").param("page")).isEqualTo("2");

        ug().changeUltraGroupChannelType(ChangeUltraGroupChannelTypeRequest.newBuilder().setGroupId(g).setChannelId("c1")
                .setType(UltraGroupChannelType.ULTRA_GROUP_CHANNEL_TYPE_PRIVATE).build());
        assertThat(ugState().channel(g, "c1").orElseThrow().type()).isEqualTo(1);

        ug().deleteUltraGroupChannel(DeleteUltraGroupChannelRequest.newBuilder().setGroupId(g).setChannelId("c2").build());
        assertThat(ugState().channel(g, "c2")).isEmpty();
        assertUpstreamError(() -> ug().deleteUltraGroupChannel(DeleteUltraGroupChannelRequest.newBuilder().setGroupId(g)
                .setChannelId("c2").build()), Status.Code.NOT_FOUND, 1015, "/ultragroup/channel/del.json");
    }

    @Test
    void privateChannelMemberListsHoldOnlyMembers() {
        String a = uid();
        String b = uid();
        String g = ultraGroup(a, b);
        channel(g, "vip", UltraGroupChannelType.ULTRA_GROUP_CHANNEL_TYPE_PRIVATE);
        ug().addUltraGroupPrivateChannelUsers(AddUltraGroupPrivateChannelUsersRequest.newBuilder().setGroupId(g)
                .setChannelId("vip").addUserIds(a).addUserIds(b).build());
        assertThat(emulator().requests().last("/ultragroup/channel/private/users/add.json").param("userIds"))
                .isEqualTo(a + "," + b);
        assertThat(ugState().channel(g, "vip").orElseThrow().privateUsers()).containsExactlyInAnyOrder(a, b);
        assertThat(ug().listUltraGroupPrivateChannelUsers(ListUltraGroupPrivateChannelUsersRequest.newBuilder()
                .setGroupId(g).setChannelId("vip").build()).getUserIdsList()).containsExactly(a, b);
        assertThat(ug().listUltraGroupUserPrivateChannels(ListUltraGroupUserPrivateChannelsRequest.newBuilder()
                .setGroupId(g).setUserId(a).build()).getChannelIdsList()).containsExactly("vip");

        ug().removeUltraGroupPrivateChannelUsers(RemoveUltraGroupPrivateChannelUsersRequest.newBuilder().setGroupId(g)
                .setChannelId("vip").addUserIds(b).build());
        assertThat(ug().listUltraGroupPrivateChannelUsers(ListUltraGroupPrivateChannelUsersRequest.newBuilder()
                .setGroupId(g).setChannelId("vip").build()).getUserIdsList()).containsExactly(a);
        assertThat(ug().listUltraGroupUserPrivateChannels(ListUltraGroupUserPrivateChannelsRequest.newBuilder()
                .setGroupId(g).setUserId(b).build()).getChannelIdsList()).isEmpty();

        String stranger = uid();
        assertUpstreamError(() -> ug().addUltraGroupPrivateChannelUsers(AddUltraGroupPrivateChannelUsersRequest
                .newBuilder().setGroupId(g).setChannelId("vip").addUserIds(b).addUserIds(stranger).build()),
                Status.Code.FAILED_PRECONDITION, 24406, "/ultragroup/channel/private/users/add.json");
        assertThat(ugState().channel(g, "vip").orElseThrow().privateUsers()).containsExactly(a);
    }

    // ---- mutes ----

    @Test
    void mutesMuteAllAndAllowListsPerChannelOrGroupWide() {
        String a = uid();
        String b = uid();
        String g = ultraGroup(a, b);
        channel(g, "c1", UltraGroupChannelType.ULTRA_GROUP_CHANNEL_TYPE_PUBLIC);

        ug().muteUltraGroupUsers(MuteUltraGroupUsersRequest.newBuilder().setGroupId(g).addUserIds(a).build());
        assertThat(emulator().requests().last("/ultragroup/userbanned/add.json").params("busChannel")).isEmpty();
        ug().muteUltraGroupUsers(MuteUltraGroupUsersRequest.newBuilder().setGroupId(g).setChannelId("c1")
                .addUserIds(b).build());
        assertThat(ugState().muted(g, null)).containsExactly(a);
        assertThat(ugState().muted(g, "c1")).containsExactly(b);
        assertThat(ugState().maySpeak(g, "c1", b)).isFalse();
        assertThat(ugState().maySpeak(g, null, b)).isTrue();
        assertThat(ug().listUltraGroupMutedUsers(ListUltraGroupMutedUsersRequest.newBuilder().setGroupId(g).build())
                .getUserIdsList()).containsExactly(a);
        assertThat(ug().listUltraGroupMutedUsers(ListUltraGroupMutedUsersRequest.newBuilder().setGroupId(g)
                .setChannelId("c1").build()).getUserIdsList()).containsExactly(b);
        ug().unmuteUltraGroupUsers(UnmuteUltraGroupUsersRequest.newBuilder().setGroupId(g).addUserIds(a).build());
        assertThat(ugState().muted(g, null)).isEmpty();

        ug().setUltraGroupMuteAll(SetUltraGroupMuteAllRequest.newBuilder().setGroupId(g).setChannelId("c1")
                .setMuted(true).build());
        assertThat(emulator().requests().last("/ultragroup/globalbanned/set.json").param("status")).isEqualTo("true");
        assertThat(ugState().mutedAll(g, "c1")).isTrue();
        assertThat(ug().getUltraGroupMuteAll(GetUltraGroupMuteAllRequest.newBuilder().setGroupId(g).setChannelId("c1")
                .build()).getMuted()).isTrue();
        assertThat(ug().getUltraGroupMuteAll(GetUltraGroupMuteAllRequest.newBuilder().setGroupId(g).build())
                .getMuted()).isFalse();
        assertThat(ugState().maySpeak(g, "c1", a)).isFalse();

        ug().addUltraGroupMuteWhitelist(AddUltraGroupMuteWhitelistRequest.newBuilder().setGroupId(g).setChannelId("c1")
                .addUserIds(a).build());
        assertThat(ugState().maySpeak(g, "c1", a)).isTrue();
        assertThat(ug().listUltraGroupMuteWhitelist(ListUltraGroupMuteWhitelistRequest.newBuilder().setGroupId(g)
                .setChannelId("c1").build()).getUserIdsList()).containsExactly(a);
        ug().removeUltraGroupMuteWhitelist(RemoveUltraGroupMuteWhitelistRequest.newBuilder().setGroupId(g)
                .setChannelId("c1").addUserIds(a).build());
        assertThat(ug().listUltraGroupMuteWhitelist(ListUltraGroupMuteWhitelistRequest.newBuilder().setGroupId(g)
                .setChannelId("c1").build()).getUserIdsList()).isEmpty();

        ug().setUltraGroupMuteAll(SetUltraGroupMuteAllRequest.newBuilder().setGroupId(g).setChannelId("c1")
                .setMuted(false).build());
        assertThat(ugState().mutedAll(g, "c1")).isFalse();
    }

    // ---- messages ----

    @Test
    void messagesAreFetchedModifiedAndSearched() {
        String a = uid();
        String b = uid();
        String g = ultraGroup(a, b);
        channel(g, "c1", UltraGroupChannelType.ULTRA_GROUP_CHANNEL_TYPE_PUBLIC);
        MessageState.StoredMessage m1 = store(g, a, "c1", "{\"content\":\"hello\"}", true, Map.of("k", "v"));
        emulator().clock().advance(Duration.ofSeconds(2));
        MessageState.StoredMessage m2 = store(g, b, "c1", "{\"content\":\"second\"}", false, Map.of());

        GetUltraGroupMessagesResponse got = ug().getUltraGroupMessages(GetUltraGroupMessagesRequest.newBuilder()
                .setGroupId(g).addMessages(UltraGroupMessageRef.newBuilder().setMessageUid(m1.messageUid())
                        .setChannelId("c1")).addMessages(UltraGroupMessageRef.newBuilder().setMessageUid("AAAA-BBBB-CCCC-DDDD"))
                .build());
        assertThat(got.getMessagesList()).hasSize(1);
        rongcloud.gateway.proto.v1.UltraGroupMessage msg = got.getMessages(0);
        assertThat(msg.getMessageUid()).isEqualTo(m1.messageUid());
        assertThat(msg.getGroupId()).isEqualTo(g);
        assertThat(msg.getChannelId()).isEqualTo("c1");
        assertThat(msg.getFromUserId()).isEqualTo(a);
        assertThat(msg.getObjectName()).isEqualTo("RC:TxtMsg");
        assertThat(msg.getContentJson()).isEqualTo("{\"content\":\"hello\"}");
        assertThat(msg.getExpansion()).isTrue();
        assertThat(msg.getExtraContentMap()).containsEntry("k", "v");
        assertThat(msg.getSentTime().getSeconds()).isEqualTo(m1.sentTime().getEpochSecond());
        assertThat(emulator().requests().last("/ultragroup/msg/get.json").param("msgs")).contains(m1.messageUid());

        ug().modifyUltraGroupMessage(ModifyUltraGroupMessageRequest.newBuilder().setGroupId(g).setChannelId("c1")
                .setFromUserId(a).setMessageUid(m1.messageUid())
                .setContent(MessageContent.newBuilder().setText(TextContent.newBuilder().setContent("edited"))).build());
        assertThat(ugState().content(m1.messageUid())).hasValueSatisfying(c -> assertThat(c).contains("edited"));
        assertUpstreamError(() -> ug().modifyUltraGroupMessage(ModifyUltraGroupMessageRequest.newBuilder().setGroupId(g)
                .setChannelId("c1").setFromUserId(a).setMessageUid("AAAA-BBBB-CCCC-DDDD")
                .setContent(MessageContent.newBuilder().setText(TextContent.newBuilder().setContent("x"))).build()),
                Status.Code.NOT_FOUND, 1015, "/ultragroup/msg/modify.json");

        Instant start = m1.sentTime().minusMillis(1);
        QueryUltraGroupHistoryMessagesResponse all = ug().queryUltraGroupHistoryMessages(
                QueryUltraGroupHistoryMessagesRequest.newBuilder().setGroupId(g).setChannelId("c1")
                        .setStartTime(ts(start)).setEndTime(ts(start.plus(Duration.ofMinutes(1)))).build());
        assertThat(all.getMessagesList()).extracting(rongcloud.gateway.proto.v1.UltraGroupMessage::getMessageUid)
                .containsExactly(m1.messageUid(), m2.messageUid());
        assertThat(all.getMessages(0).getContentJson()).contains("edited");
        assertThat(emulator().requests().last("/ultragroup/hismsg/query.json").param("startTime"))
                .isEqualTo(Long.toString(start.toEpochMilli()));
        QueryUltraGroupHistoryMessagesResponse fromB = ug().queryUltraGroupHistoryMessages(
                QueryUltraGroupHistoryMessagesRequest.newBuilder().setGroupId(g).setChannelId("c1").setFromUserId(b)
                        .setStartTime(ts(start)).setEndTime(ts(start.plus(Duration.ofMinutes(1)))).build());
        assertThat(fromB.getMessagesList()).extracting(rongcloud.gateway.proto.v1.UltraGroupMessage::getMessageUid)
                .containsExactly(m2.messageUid());
    }

    @Test
    void messageExpansionIsSetQueriedAndDeleted() {
        String a = uid();
        String g = ultraGroup(a);
        MessageState.StoredMessage m = store(g, a, null, "{\"content\":\"x\"}", true, Map.of());
        ug().setUltraGroupMessageExpansion(SetUltraGroupMessageExpansionRequest.newBuilder().setGroupId(g)
                .setMessageUid(m.messageUid()).setUserId(a).putValues("k1", "v1").putValues("k2", "v2").build());
        assertThat(emulator().requests().last("/ultragroup/message/expansion/set.json").params("busChannel")).isEmpty();
        assertThat(ugState().expansion(m.messageUid())).containsOnlyKeys("k1", "k2");

        QueryUltraGroupMessageExpansionResponse q = ug().queryUltraGroupMessageExpansion(
                QueryUltraGroupMessageExpansionRequest.newBuilder().setGroupId(g).setMessageUid(m.messageUid()).build());
        assertThat(q.getEntriesList()).extracting(UltraGroupExpansionEntry::getKey).containsExactlyInAnyOrder("k1", "k2");
        assertThat(q.getEntriesList()).allSatisfy(e -> assertThat(e.hasSetTime()).isTrue());
        assertThat(q.getNextPageToken()).isEmpty();

        ug().deleteUltraGroupMessageExpansion(DeleteUltraGroupMessageExpansionRequest.newBuilder().setGroupId(g)
                .setMessageUid(m.messageUid()).setUserId(a).addKeys("k1").build());
        assertThat(emulator().requests().last("/ultragroup/message/expansion/delete.json").param("extraKey"))
                .isEqualTo("[\"k1\"]");
        assertThat(ug().queryUltraGroupMessageExpansion(QueryUltraGroupMessageExpansionRequest.newBuilder()
                .setGroupId(g).setMessageUid(m.messageUid()).build()).getEntriesList())
                .extracting(UltraGroupExpansionEntry::getValue).containsExactly("v2");

        assertUpstreamError(() -> ug().setUltraGroupMessageExpansion(SetUltraGroupMessageExpansionRequest.newBuilder()
                .setGroupId(g).setChannelId("c9").setMessageUid(m.messageUid()).setUserId(a).putValues("k", "v").build()),
                Status.Code.INVALID_ARGUMENT, 1002, "/ultragroup/message/expansion/set.json");
    }

    // ---- default push levels ----

    @Test
    void defaultPushLevelsPerGroupAndChannel() {
        String g = ultraGroup(uid());
        channel(g, "c1", UltraGroupChannelType.ULTRA_GROUP_CHANNEL_TYPE_PUBLIC);
        ug().setUltraGroupDefaultNotDisturb(SetUltraGroupDefaultNotDisturbRequest.newBuilder().setGroupId(g)
                .setChannelId("c1").setLevel(UltraGroupPushLevel.ULTRA_GROUP_PUSH_LEVEL_MENTIONS).build());
        assertThat(emulator().requests().last("/ultragroup/notdisturb/set.json").param("unpushLevel")).isEqualTo("1");
        assertThat(ugState().pushLevel(g, "c1")).isEqualTo(1);
        GetUltraGroupDefaultNotDisturbResponse c1 = ug().getUltraGroupDefaultNotDisturb(
                GetUltraGroupDefaultNotDisturbRequest.newBuilder().setGroupId(g).setChannelId("c1").build());
        assertThat(c1.getGroupId()).isEqualTo(g);
        assertThat(c1.getChannelId()).isEqualTo("c1");
        assertThat(c1.getLevel()).isEqualTo(UltraGroupPushLevel.ULTRA_GROUP_PUSH_LEVEL_MENTIONS);

        ug().setUltraGroupDefaultNotDisturb(SetUltraGroupDefaultNotDisturbRequest.newBuilder().setGroupId(g)
                .setLevel(UltraGroupPushLevel.ULTRA_GROUP_PUSH_LEVEL_ALL_MESSAGES).build());
        assertThat(ugState().pushLevel(g, null)).isEqualTo(-1);
        GetUltraGroupDefaultNotDisturbResponse whole = ug().getUltraGroupDefaultNotDisturb(
                GetUltraGroupDefaultNotDisturbRequest.newBuilder().setGroupId(g).build());
        assertThat(whole.getChannelId()).isEmpty();
        assertThat(whole.getLevel()).isEqualTo(UltraGroupPushLevel.ULTRA_GROUP_PUSH_LEVEL_ALL_MESSAGES);
    }

    // ---- user groups ----

    @Test
    void userGroupsTheirMembersAndChannelBindings() {
        String a = uid();
        String b = uid();
        String g = ultraGroup(a, b);
        channel(g, "c1", UltraGroupChannelType.ULTRA_GROUP_CHANNEL_TYPE_PRIVATE);
        ug().createUltraGroupUserGroups(CreateUltraGroupUserGroupsRequest.newBuilder().setGroupId(g)
                .addUserGroupIds("r1").addUserGroupIds("r2").build());
        assertThat(emulator().requests().last("/ultragroup/usergroup/add.json").body()).contains("\"userGroupId\":\"r1\"");
        assertThat(ug().listUltraGroupUserGroups(ListUltraGroupUserGroupsRequest.newBuilder().setGroupId(g).build())
                .getUserGroupIdsList()).containsExactly("r1", "r2");

        ug().addUltraGroupUserGroupMembers(AddUltraGroupUserGroupMembersRequest.newBuilder().setGroupId(g)
                .setUserGroupId("r1").addUserIds(a).addUserIds(b).build());
        assertThat(ugState().userGroups(g).get("r1")).containsExactlyInAnyOrder(a, b);
        assertThat(ug().listUltraGroupUserGroupsOfUser(ListUltraGroupUserGroupsOfUserRequest.newBuilder().setGroupId(g)
                .setUserId(a).build()).getUserGroupIdsList()).containsExactly("r1");
        ug().removeUltraGroupUserGroupMembers(RemoveUltraGroupUserGroupMembersRequest.newBuilder().setGroupId(g)
                .setUserGroupId("r1").addUserIds(b).build());
        assertThat(ugState().userGroups(g).get("r1")).containsExactly(a);
        assertUpstreamError(() -> ug().addUltraGroupUserGroupMembers(AddUltraGroupUserGroupMembersRequest.newBuilder()
                .setGroupId(g).setUserGroupId("r1").addUserIds(uid()).build()),
                Status.Code.FAILED_PRECONDITION, 24406, "/ultragroup/usergroup/user/add.json");

        ug().bindUltraGroupChannelUserGroups(BindUltraGroupChannelUserGroupsRequest.newBuilder().setGroupId(g)
                .setChannelId("c1").addUserGroupIds("r1").addUserGroupIds("r2").build());
        assertThat(emulator().requests().last("/ultragroup/channel/usergroup/bind.json").param("userGroupIds"))
                .isEqualTo("r1,r2");
        assertThat(ug().listUltraGroupChannelUserGroups(ListUltraGroupChannelUserGroupsRequest.newBuilder().setGroupId(g)
                .setChannelId("c1").build()).getUserGroupIdsList()).containsExactly("r1", "r2");
        assertThat(ug().listUltraGroupUserGroupChannels(ListUltraGroupUserGroupChannelsRequest.newBuilder().setGroupId(g)
                .setUserGroupId("r1").build()).getChannelIdsList()).containsExactly("c1");
        ug().unbindUltraGroupChannelUserGroups(UnbindUltraGroupChannelUserGroupsRequest.newBuilder().setGroupId(g)
                .setChannelId("c1").addUserGroupIds("r1").build());
        assertThat(ugState().channel(g, "c1").orElseThrow().userGroups()).containsExactly("r2");

        ug().deleteUltraGroupUserGroups(DeleteUltraGroupUserGroupsRequest.newBuilder().setGroupId(g)
                .addUserGroupIds("r2").build());
        assertThat(ugState().userGroups(g)).containsOnlyKeys("r1");
        assertThat(ugState().channel(g, "c1").orElseThrow().userGroups()).isEmpty();
        assertUpstreamError(() -> ug().listUltraGroupUserGroupChannels(ListUltraGroupUserGroupChannelsRequest.newBuilder()
                .setGroupId(g).setUserGroupId("r2").build()), Status.Code.NOT_FOUND, 1015,
                "/ultragroup/usergroup/channel/query.json");
    }

    // ---- bad input: INVALID_ARGUMENT, no upstream call ----

    @Test
    void lifecycleAndChannelRequestsRejectBadInput() {
        assertInvalidWithoutUpstreamCall(() -> ug().createUltraGroup(CreateUltraGroupRequest.newBuilder()
                .setGroupId("bad-id").build()), "group_id", "user_id", "group_name");
        assertInvalidWithoutUpstreamCall(() -> ug().refreshUltraGroup(RefreshUltraGroupRequest.newBuilder()
                .setGroupId("g1").setGroupName("n".repeat(65)).build()), "group_name");
        assertInvalidWithoutUpstreamCall(() -> ug().joinUltraGroup(JoinUltraGroupRequest.newBuilder()
                .setGroupId("g".repeat(65)).setUserId("u 1").build()), "group_id", "user_id");
        assertInvalidWithoutUpstreamCall(() -> ug().createUltraGroupChannel(CreateUltraGroupChannelRequest.newBuilder()
                .setGroupId("g1").setChannelId("c".repeat(21)).build()), "channel_id");
        assertInvalidWithoutUpstreamCall(() -> ug().changeUltraGroupChannelType(ChangeUltraGroupChannelTypeRequest
                .newBuilder().setGroupId("g1").setChannelId("RCDefault")
                .setType(UltraGroupChannelType.ULTRA_GROUP_CHANNEL_TYPE_PRIVATE).build()), "type");
        assertInvalidWithoutUpstreamCall(() -> ug().changeUltraGroupChannelType(ChangeUltraGroupChannelTypeRequest
                .newBuilder().setGroupId("g1").setChannelId("c1").build()), "type");
        assertInvalidWithoutUpstreamCall(() -> ug().addUltraGroupPrivateChannelUsers(AddUltraGroupPrivateChannelUsersRequest
                .newBuilder().setGroupId("g1").setChannelId("c1").addAllUserIds(users(21)).build()), "user_ids");
        assertInvalidWithoutUpstreamCall(() -> ug().listUltraGroupChannels(ListUltraGroupChannelsRequest.newBuilder()
                .setGroupId("g1").setPageSize(-1).setPageToken("garbage").build()), "page_size", "page_token");
    }

    @Test
    void muteMessageAndUserGroupRequestsRejectBadInput() {
        assertInvalidWithoutUpstreamCall(() -> ug().muteUltraGroupUsers(MuteUltraGroupUsersRequest.newBuilder()
                .setGroupId("g1").setChannelId("c_1").build()), "channel_id", "user_ids");
        List<UltraGroupMessageRef> refs = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            refs.add(UltraGroupMessageRef.newBuilder().setMessageUid("UID" + i).build());
        }
        assertInvalidWithoutUpstreamCall(() -> ug().getUltraGroupMessages(GetUltraGroupMessagesRequest.newBuilder()
                .setGroupId("g1").addAllMessages(refs).build()), "messages");
        assertInvalidWithoutUpstreamCall(() -> ug().modifyUltraGroupMessage(ModifyUltraGroupMessageRequest.newBuilder()
                .setGroupId("g1").setFromUserId("a").setMessageUid("UID").build()), "content");
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertInvalidWithoutUpstreamCall(() -> ug().queryUltraGroupHistoryMessages(QueryUltraGroupHistoryMessagesRequest
                .newBuilder().setGroupId("g1").setChannelId("c1").setStartTime(ts(now))
                .setEndTime(ts(now.plus(Duration.ofDays(15)))).setPageSize(101).build()), "end_time", "page_size");
        assertInvalidWithoutUpstreamCall(() -> ug().queryUltraGroupHistoryMessages(QueryUltraGroupHistoryMessagesRequest
                .newBuilder().setGroupId("g1").setChannelId("c1").build()), "start_time", "end_time");
        assertInvalidWithoutUpstreamCall(() -> ug().setUltraGroupMessageExpansion(SetUltraGroupMessageExpansionRequest
                .newBuilder().setGroupId("g1").setMessageUid("UID").setUserId("a").putValues("bad key", "v").build()),
                "values[bad key]");
        assertInvalidWithoutUpstreamCall(() -> ug().deleteUltraGroupMessageExpansion(
                DeleteUltraGroupMessageExpansionRequest.newBuilder().setGroupId("g1").setMessageUid("UID").setUserId("a")
                        .build()), "keys");
        assertInvalidWithoutUpstreamCall(() -> ug().setUltraGroupDefaultNotDisturb(SetUltraGroupDefaultNotDisturbRequest
                .newBuilder().setGroupId("g1").build()), "level");
        List<String> ids = IntStream.range(0, 11).mapToObj(i -> "r" + i).toList();
        assertInvalidWithoutUpstreamCall(() -> ug().createUltraGroupUserGroups(CreateUltraGroupUserGroupsRequest
                .newBuilder().setGroupId("g1").addAllUserGroupIds(ids).build()), "user_group_ids");
        assertInvalidWithoutUpstreamCall(() -> ug().bindUltraGroupChannelUserGroups(BindUltraGroupChannelUserGroupsRequest
                .newBuilder().setGroupId("g1").setChannelId("c1").addUserGroupIds("r-1").build()), "user_group_ids[0]");
    }
}
