package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static rongcloud.gateway.infra.EndToEnd.assertInvalidWithoutUpstreamCall;
import static rongcloud.gateway.infra.EndToEnd.assertUpstreamError;

import io.grpc.Status;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.RongCloudEmulator;
import rongcloud.emulator.chatroom.ChatroomState;
import rongcloud.emulator.chatroom.ChatroomState.Service;
import rongcloud.emulator.message.MessageState;
import rongcloud.gateway.proto.v1.AddChatroomKeepaliveRequest;
import rongcloud.gateway.proto.v1.AddChatroomLowPriorityMessageTypesRequest;
import rongcloud.gateway.proto.v1.AddChatroomMessageWhitelistRequest;
import rongcloud.gateway.proto.v1.AddChatroomMuteAllExceptionsRequest;
import rongcloud.gateway.proto.v1.AddChatroomUserWhitelistRequest;
import rongcloud.gateway.proto.v1.BatchRemoveChatroomEntriesRequest;
import rongcloud.gateway.proto.v1.BatchSetChatroomEntriesRequest;
import rongcloud.gateway.proto.v1.BindChatroomToRtcRoomRequest;
import rongcloud.gateway.proto.v1.BlockChatroomMembersRequest;
import rongcloud.gateway.proto.v1.BroadcastChatroomMessageRequest;
import rongcloud.gateway.proto.v1.ChatroomDestroyPolicy;
import rongcloud.gateway.proto.v1.ChatroomDestroyType;
import rongcloud.gateway.proto.v1.ChatroomEntry;
import rongcloud.gateway.proto.v1.ChatroomMember;
import rongcloud.gateway.proto.v1.ChatroomMemberOrder;
import rongcloud.gateway.proto.v1.ChatroomNotification;
import rongcloud.gateway.proto.v1.ChatroomRestrictedUser;
import rongcloud.gateway.proto.v1.ChatroomServiceGrpc;
import rongcloud.gateway.proto.v1.ChatroomServiceGrpc.ChatroomServiceBlockingStub;
import rongcloud.gateway.proto.v1.CheckChatroomMemberRequest;
import rongcloud.gateway.proto.v1.CheckChatroomMembersRequest;
import rongcloud.gateway.proto.v1.CheckChatroomMuteAllRequest;
import rongcloud.gateway.proto.v1.CreateChatroomLegacyRequest;
import rongcloud.gateway.proto.v1.CreateChatroomRequest;
import rongcloud.gateway.proto.v1.DestroyChatroomRequest;
import rongcloud.gateway.proto.v1.GetChatroomInfoRequest;
import rongcloud.gateway.proto.v1.GetChatroomInfoResponse;
import rongcloud.gateway.proto.v1.LegacyChatroom;
import rongcloud.gateway.proto.v1.ListBlockedChatroomMembersRequest;
import rongcloud.gateway.proto.v1.ListMutedAllChatroomsRequest;
import rongcloud.gateway.proto.v1.ListMutedAllChatroomsResponse;
import rongcloud.gateway.proto.v1.ListMutedChatroomMembersRequest;
import rongcloud.gateway.proto.v1.ListUsersMutedInAllChatroomsRequest;
import rongcloud.gateway.proto.v1.MessageContent;
import rongcloud.gateway.proto.v1.MessageServiceGrpc;
import rongcloud.gateway.proto.v1.MessageServiceGrpc.MessageServiceBlockingStub;
import rongcloud.gateway.proto.v1.MuteAllChatroomMembersRequest;
import rongcloud.gateway.proto.v1.MuteChatroomMembersRequest;
import rongcloud.gateway.proto.v1.MuteUsersInAllChatroomsRequest;
import rongcloud.gateway.proto.v1.QueryChatroomEntriesRequest;
import rongcloud.gateway.proto.v1.QueryChatroomKeepaliveRequest;
import rongcloud.gateway.proto.v1.QueryChatroomLowPriorityMessageTypesRequest;
import rongcloud.gateway.proto.v1.QueryChatroomMembersRequest;
import rongcloud.gateway.proto.v1.QueryChatroomMembersResponse;
import rongcloud.gateway.proto.v1.QueryChatroomMessageWhitelistRequest;
import rongcloud.gateway.proto.v1.QueryChatroomMuteAllExceptionsRequest;
import rongcloud.gateway.proto.v1.QueryChatroomUserWhitelistRequest;
import rongcloud.gateway.proto.v1.QueryChatroomsLegacyRequest;
import rongcloud.gateway.proto.v1.RemoveChatroomEntryRequest;
import rongcloud.gateway.proto.v1.RemoveChatroomKeepaliveRequest;
import rongcloud.gateway.proto.v1.RemoveChatroomLowPriorityMessageTypesRequest;
import rongcloud.gateway.proto.v1.RemoveChatroomMessageWhitelistRequest;
import rongcloud.gateway.proto.v1.RemoveChatroomMuteAllExceptionsRequest;
import rongcloud.gateway.proto.v1.RemoveChatroomUserWhitelistRequest;
import rongcloud.gateway.proto.v1.SendChatroomMessageRequest;
import rongcloud.gateway.proto.v1.SendChatroomMessageResponse;
import rongcloud.gateway.proto.v1.SetChatroomDestroyTypeRequest;
import rongcloud.gateway.proto.v1.SetChatroomEntryRequest;
import rongcloud.gateway.proto.v1.TextContent;
import rongcloud.gateway.proto.v1.UnblockChatroomMembersRequest;
import rongcloud.gateway.proto.v1.UnmuteAllChatroomMembersRequest;
import rongcloud.gateway.proto.v1.UnmuteChatroomMembersRequest;
import rongcloud.gateway.proto.v1.UnmuteUsersInAllChatroomsRequest;

/**
 * Every ChatroomService RPC (and the two chatroom sends of MessageService) through gRPC → gateway → emulator
 * over HTTP, asserting the typed response, the exact upstream parameters and the emulator's chatroom state
 * (write then read back); plus bad input that never reaches upstream and RongCloud's codes mapped to status.
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class ChatroomEndToEndTest {
    private static GatewayClient client;

    @BeforeAll
    static void connect() {
        client = new GatewayClient(EmulatorResource.grpcPort());
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        client.close();
    }

    private static ChatroomServiceBlockingStub rooms() {
        return client.stub(ChatroomServiceGrpc.newBlockingStub(client.channel));
    }

    private static MessageServiceBlockingStub messages() {
        return client.stub(MessageServiceGrpc.newBlockingStub(client.channel));
    }

    private static RongCloudEmulator emulator() {
        return EmulatorResource.emulator();
    }

    private static ChatroomState state() {
        return emulator().state(ChatroomState.class);
    }

    private static String id(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String room(String... members) {
        String id = id("r");
        rooms().createChatroom(CreateChatroomRequest.newBuilder().setChatroomId(id).build());
        for (String m : members) {
            state().join(id, m);
        }
        return id;
    }

    private static List<String> many(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("user" + i);
        }
        return ids;
    }

    private static MessageContent text(String text) {
        return MessageContent.newBuilder().setText(TextContent.newBuilder().setContent(text)).build();
    }

    private static ChatroomNotification notice(String key, String value) {
        return ChatroomNotification.newBuilder().putExtra(key, value).build();
    }

    // ---- CreateChatroom / GetChatroomInfo / SetChatroomDestroyType / DestroyChatroom ----

    @Test
    void createChatroomWithPolicyMuteAllExceptionsAndEntriesIsReadBack() {
        String id = id("r");
        String owner = id("u");
        String vip = id("u");
        rooms().createChatroom(CreateChatroomRequest.newBuilder().setChatroomId(id)
                .setDestroyPolicy(ChatroomDestroyPolicy.newBuilder()
                        .setType(ChatroomDestroyType.CHATROOM_DESTROY_TYPE_FIXED_TIME).setMinutes(120))
                .setMuteAll(true).addMuteAllExceptions(vip).setEntryOwnerId(owner).putEntries("seat1", "alice").build());
        var sent = emulator().requests().last("/chatroom/create_new.json");
        assertThat(sent.param("destroyType")).isEqualTo("1");
        assertThat(sent.param("destroyTime")).isEqualTo("120");
        assertThat(sent.param("isBan")).isEqualTo("true");
        assertThat(sent.params("whiteUserIds")).containsExactly(vip);
        assertThat(sent.param("entryInfo")).isEqualTo("{\"seat1\":\"alice\"}");
        assertThat(state().isMutedAll(id)).isTrue();
        assertThat(state().maySpeak(id, vip)).isTrue();
        assertThat(state().entries(id, List.of())).singleElement()
                .satisfies(e -> assertThat(e.userId()).isEqualTo(owner));
        state().join(id, owner);

        GetChatroomInfoResponse info = rooms().getChatroomInfo(GetChatroomInfoRequest.newBuilder().setChatroomId(id).build());
        assertThat(info.getChatroomId()).isEqualTo(id);
        assertThat(info.getMemberCount()).isEqualTo(1);
        assertThat(info.getMuteAll()).isTrue();
        assertThat(info.getDestroyPolicy().getType()).isEqualTo(ChatroomDestroyType.CHATROOM_DESTROY_TYPE_FIXED_TIME);
        assertThat(info.getDestroyPolicy().getMinutes()).isEqualTo(120);
        assertThat(info.getCreateTime().getSeconds()).isEqualTo(state().created(id).orElseThrow().getEpochSecond());
    }

    @Test
    void createChatroomRejectsBadInput() {
        assertInvalidWithoutUpstreamCall(() -> rooms().createChatroom(CreateChatroomRequest.newBuilder()
                .setChatroomId("bad id").setDestroyPolicy(ChatroomDestroyPolicy.newBuilder().setMinutes(59))
                .addAllMuteAllExceptions(many(21)).putEntries("k", "v").build()),
                "chatroom_id", "destroy_policy.minutes", "mute_all_exceptions", "entry_owner_id");
        assertInvalidWithoutUpstreamCall(() -> rooms().createChatroom(CreateChatroomRequest.newBuilder()
                .setChatroomId(id("r")).setEntryOwnerId("o").putEntries("bad key", "v").build()), "entries[bad key]");
    }

    @Test
    void setChatroomDestroyTypeChangesThePolicyAndTheClockDestroysTheChatroom() {
        String id = room();
        rooms().setChatroomDestroyType(SetChatroomDestroyTypeRequest.newBuilder().setChatroomId(id)
                .setDestroyPolicy(ChatroomDestroyPolicy.newBuilder()
                        .setType(ChatroomDestroyType.CHATROOM_DESTROY_TYPE_FIXED_TIME).setMinutes(600)).build());
        assertThat(emulator().requests().last("/chatroom/destroy/set.json").param("destroyType")).isEqualTo("1");
        GetChatroomInfoResponse info = rooms().getChatroomInfo(GetChatroomInfoRequest.newBuilder().setChatroomId(id).build());
        assertThat(info.getDestroyPolicy().getMinutes()).isEqualTo(600);
        assertThat(info.getDestroyPolicy().getType()).isEqualTo(ChatroomDestroyType.CHATROOM_DESTROY_TYPE_FIXED_TIME);
        emulator().clock().advance(Duration.ofMinutes(601));
        assertThat(state().exists(id)).isFalse();
        assertUpstreamError(() -> rooms().getChatroomInfo(GetChatroomInfoRequest.newBuilder().setChatroomId(id).build()),
                Status.Code.NOT_FOUND, 23410);
    }

    @Test
    void setChatroomDestroyTypeRequiresAPolicy() {
        assertInvalidWithoutUpstreamCall(() -> rooms().setChatroomDestroyType(SetChatroomDestroyTypeRequest.newBuilder()
                .setChatroomId(id("r")).build()), "destroy_policy");
        assertInvalidWithoutUpstreamCall(() -> rooms().setChatroomDestroyType(SetChatroomDestroyTypeRequest.newBuilder()
                .setChatroomId(id("r")).setDestroyPolicy(ChatroomDestroyPolicy.newBuilder().setMinutes(10_081)).build()),
                "destroy_policy.minutes");
    }

    @Test
    void destroyChatroomRemovesEveryGivenChatroom() {
        String a = room();
        String b = room();
        rooms().destroyChatroom(DestroyChatroomRequest.newBuilder().addChatroomIds(a).addChatroomIds(b).build());
        assertThat(emulator().requests().last("/chatroom/destroy.json").params("chatroomId")).containsExactly(a, b);
        assertThat(state().exists(a)).isFalse();
        assertThat(state().exists(b)).isFalse();
        assertInvalidWithoutUpstreamCall(() -> rooms().destroyChatroom(DestroyChatroomRequest.newBuilder()
                .addChatroomIds(a).addChatroomIds(a).build()), "chatroom_ids[1]");
    }

    @Test
    void getChatroomInfoOfAMissingChatroomIsNotFoundAndBadIdsAreRejected() {
        assertUpstreamError(() -> rooms().getChatroomInfo(GetChatroomInfoRequest.newBuilder().setChatroomId(id("r"))
                .build()), Status.Code.NOT_FOUND, 23410);
        assertInvalidWithoutUpstreamCall(() -> rooms().getChatroomInfo(GetChatroomInfoRequest.getDefaultInstance()),
                "chatroom_id");
    }

    @Test
    void bindChatroomToRtcRoomKeepsItFromBeingDestroyed() {
        String id = room();
        rooms().bindChatroomToRtcRoom(BindChatroomToRtcRoomRequest.newBuilder().setChatroomId(id).setRtcRoomId("rtc1").build());
        assertThat(emulator().requests().last("/chatroom/correlation/rtc.json").param("rtcroomId")).isEqualTo("rtc1");
        assertThat(state().rtcRoom(id)).contains("rtc1");
        emulator().clock().advance(Duration.ofHours(2));
        assertThat(state().exists(id)).isTrue();
        assertInvalidWithoutUpstreamCall(() -> rooms().bindChatroomToRtcRoom(BindChatroomToRtcRoomRequest.newBuilder()
                .setChatroomId(id).build()), "rtc_room_id");
    }

    // ---- legacy create / query ----

    @Test
    void createChatroomLegacySendsOneFieldPerChatroomAndQueryReadsThemBack() {
        String a = id("L");
        String b = id("L");
        rooms().createChatroomLegacy(CreateChatroomLegacyRequest.newBuilder().putChatroomNames(a, "Room A")
                .putChatroomNames(b, "Room B").build());
        assertThat(emulator().requests().last("/chatroom/create.json").param("chatroom[" + a + "]")).isEqualTo("Room A");
        assertThat(state().name(b)).contains("Room B");
        List<LegacyChatroom> found = rooms().queryChatroomsLegacy(QueryChatroomsLegacyRequest.newBuilder()
                .addChatroomIds(a).addChatroomIds(b).addChatroomIds(id("L")).build()).getChatroomsList();
        assertThat(found).extracting(LegacyChatroom::getChatroomId).containsExactly(a, b);
        assertThat(found.get(0).getName()).isEqualTo("Room A");
        assertThat(found.get(0).getCreateTime().getSeconds()).isEqualTo(state().created(a).orElseThrow().getEpochSecond());
    }

    @Test
    void legacyCallsRejectBadInput() {
        assertInvalidWithoutUpstreamCall(() -> rooms().createChatroomLegacy(CreateChatroomLegacyRequest.newBuilder()
                .putChatroomNames("a-b", "x").build()), "chatroom_names[a-b]");
        assertInvalidWithoutUpstreamCall(() -> rooms().createChatroomLegacy(CreateChatroomLegacyRequest.getDefaultInstance()),
                "chatroom_names");
        assertInvalidWithoutUpstreamCall(() -> rooms().queryChatroomsLegacy(QueryChatroomsLegacyRequest.newBuilder()
                .addAllChatroomIds(many(21)).build()), "chatroom_ids");
    }

    // ---- keep-alive ----

    @Test
    void keepaliveAddQueryAndRemove() {
        String id = room();
        rooms().addChatroomKeepalive(AddChatroomKeepaliveRequest.newBuilder().setChatroomId(id).build());
        assertThat(rooms().queryChatroomKeepalive(QueryChatroomKeepaliveRequest.getDefaultInstance()).getChatroomIdsList())
                .contains(id);
        emulator().clock().advance(Duration.ofHours(3));
        assertThat(state().exists(id)).isTrue();
        rooms().removeChatroomKeepalive(RemoveChatroomKeepaliveRequest.newBuilder().setChatroomId(id).build());
        assertThat(state().keptAlive()).doesNotContain(id);
        assertThat(rooms().queryChatroomKeepalive(QueryChatroomKeepaliveRequest.getDefaultInstance()).getChatroomIdsList())
                .doesNotContain(id);
        assertUpstreamError(() -> rooms().removeChatroomKeepalive(RemoveChatroomKeepaliveRequest.newBuilder()
                .setChatroomId(id).build()), Status.Code.NOT_FOUND, 1015);
        assertInvalidWithoutUpstreamCall(() -> rooms().addChatroomKeepalive(AddChatroomKeepaliveRequest.getDefaultInstance()),
                "chatroom_id");
    }

    @Test
    void keepaliveWithoutTheServiceIsFailedPrecondition() {
        String id = room();
        state().setServiceEnabled(Service.KEEPALIVE, false);
        try {
            assertUpstreamError(() -> rooms().addChatroomKeepalive(AddChatroomKeepaliveRequest.newBuilder()
                    .setChatroomId(id).build()), Status.Code.FAILED_PRECONDITION, 1009);
        } finally {
            state().setServiceEnabled(Service.KEEPALIVE, true);
        }
    }

    // ---- members ----

    @Test
    void queryChatroomMembersInBothOrders() {
        String a = id("u");
        String b = id("u");
        String c = id("u");
        String id = room(a);
        emulator().clock().advance(Duration.ofSeconds(2));
        state().join(id, b);
        emulator().clock().advance(Duration.ofSeconds(2));
        state().join(id, c);
        QueryChatroomMembersResponse asc = rooms().queryChatroomMembers(QueryChatroomMembersRequest.newBuilder()
                .setChatroomId(id).setCount(2).setOrder(ChatroomMemberOrder.CHATROOM_MEMBER_ORDER_JOIN_ASCENDING).build());
        assertThat(asc.getTotal()).isEqualTo(3);
        assertThat(asc.getMembersList()).extracting(ChatroomMember::getUserId).containsExactly(a, b);
        assertThat(asc.getMembers(1).getJoinTime().getSeconds() - asc.getMembers(0).getJoinTime().getSeconds()).isEqualTo(2);
        QueryChatroomMembersResponse desc = rooms().queryChatroomMembers(QueryChatroomMembersRequest.newBuilder()
                .setChatroomId(id).setCount(500).setOrder(ChatroomMemberOrder.CHATROOM_MEMBER_ORDER_JOIN_DESCENDING).build());
        assertThat(desc.getMembersList()).extracting(ChatroomMember::getUserId).containsExactly(c, b, a);
        assertThat(emulator().requests().last("/chatroom/user/query.json").param("order")).isEqualTo("2");
        assertInvalidWithoutUpstreamCall(() -> rooms().queryChatroomMembers(QueryChatroomMembersRequest.newBuilder()
                .setChatroomId(id).setCount(501).build()), "count");
    }

    @Test
    void checkChatroomMemberAndMembers() {
        String a = id("u");
        String out = id("u");
        String id = room(a);
        assertThat(rooms().checkChatroomMember(CheckChatroomMemberRequest.newBuilder().setChatroomId(id).setUserId(a)
                .build()).getInChatroom()).isTrue();
        assertThat(rooms().checkChatroomMember(CheckChatroomMemberRequest.newBuilder().setChatroomId(id).setUserId(out)
                .build()).getInChatroom()).isFalse();
        Map<String, Boolean> in = rooms().checkChatroomMembers(CheckChatroomMembersRequest.newBuilder().setChatroomId(id)
                .addUserIds(a).addUserIds(out).build()).getInChatroomMap();
        assertThat(in).containsEntry(a, true).containsEntry(out, false).hasSize(2);
        state().quit(id, a);
        assertThat(rooms().checkChatroomMember(CheckChatroomMemberRequest.newBuilder().setChatroomId(id).setUserId(a)
                .build()).getInChatroom()).isFalse();
        assertInvalidWithoutUpstreamCall(() -> rooms().checkChatroomMember(CheckChatroomMemberRequest.newBuilder()
                .setChatroomId(id).build()), "user_id");
        assertInvalidWithoutUpstreamCall(() -> rooms().checkChatroomMembers(CheckChatroomMembersRequest.newBuilder()
                .setChatroomId(id).addAllUserIds(many(1001)).build()), "user_ids");
    }

    // ---- mutes ----

    @Test
    void muteListAndUnmuteMembersWithANotification() {
        String a = id("u");
        String b = id("u");
        String id = room(a, b);
        rooms().muteChatroomMembers(MuteChatroomMembersRequest.newBuilder().setChatroomId(id).addUserIds(a)
                .setMinutes(10).setNotification(notice("reason", "spam")).build());
        var sent = emulator().requests().last("/chatroom/user/gag/add.json");
        assertThat(sent.param("minute")).isEqualTo("10");
        assertThat(sent.param("needNotify")).isEqualTo("true");
        assertThat(sent.param("extra")).isEqualTo("{\"reason\":\"spam\"}");
        assertThat(state().maySpeak(id, a)).isFalse();
        assertThat(state().maySpeak(id, b)).isTrue();
        List<ChatroomRestrictedUser> muted = rooms().listMutedChatroomMembers(ListMutedChatroomMembersRequest.newBuilder()
                .setChatroomId(id).build()).getUsersList();
        assertThat(muted).extracting(ChatroomRestrictedUser::getUserId).containsExactly(a);
        Instant end = state().mutes(id).get(a);
        assertThat(muted.get(0).getEndTime().getSeconds()).isEqualTo(end.getEpochSecond());

        rooms().unmuteChatroomMembers(UnmuteChatroomMembersRequest.newBuilder().setChatroomId(id).addUserIds(a).build());
        assertThat(emulator().requests().last("/chatroom/user/gag/rollback.json").params()).doesNotContainKey("needNotify");
        assertThat(state().maySpeak(id, a)).isTrue();
        assertThat(rooms().listMutedChatroomMembers(ListMutedChatroomMembersRequest.newBuilder().setChatroomId(id).build())
                .getUsersList()).isEmpty();
    }

    @Test
    void mutesRejectBadInput() {
        assertInvalidWithoutUpstreamCall(() -> rooms().muteChatroomMembers(MuteChatroomMembersRequest.newBuilder()
                .setChatroomId(id("r")).addAllUserIds(many(21)).setMinutes(43_201).build()), "user_ids", "minutes");
        assertInvalidWithoutUpstreamCall(() -> rooms().unmuteChatroomMembers(UnmuteChatroomMembersRequest.newBuilder()
                .setChatroomId(id("r")).build()), "user_ids");
        assertInvalidWithoutUpstreamCall(() -> rooms().listMutedChatroomMembers(
                ListMutedChatroomMembersRequest.getDefaultInstance()), "chatroom_id");
        assertUpstreamError(() -> rooms().muteChatroomMembers(MuteChatroomMembersRequest.newBuilder()
                .setChatroomId(id("r")).addUserIds("a").setMinutes(1).build()), Status.Code.NOT_FOUND, 23410);
    }

    @Test
    void muteAllWithExceptionsIsCheckedListedAndLifted() {
        String a = id("u");
        String vip = id("u");
        String id = room(a, vip);
        rooms().muteAllChatroomMembers(MuteAllChatroomMembersRequest.newBuilder().setChatroomId(id).build());
        rooms().addChatroomMuteAllExceptions(AddChatroomMuteAllExceptionsRequest.newBuilder().setChatroomId(id)
                .addUserIds(vip).setNotification(ChatroomNotification.getDefaultInstance()).build());
        assertThat(emulator().requests().last("/chatroom/user/ban/whitelist/add.json").param("needNotify")).isEqualTo("true");
        assertThat(state().maySpeak(id, a)).isFalse();
        assertThat(state().maySpeak(id, vip)).isTrue();
        assertThat(rooms().checkChatroomMuteAll(CheckChatroomMuteAllRequest.newBuilder().setChatroomId(id).build())
                .getMuteAll()).isTrue();
        assertThat(rooms().queryChatroomMuteAllExceptions(QueryChatroomMuteAllExceptionsRequest.newBuilder()
                .setChatroomId(id).build()).getUserIdsList()).containsExactly(vip);
        assertThat(allMutedAllChatrooms()).contains(id);

        rooms().removeChatroomMuteAllExceptions(RemoveChatroomMuteAllExceptionsRequest.newBuilder().setChatroomId(id)
                .addUserIds(vip).build());
        assertThat(state().muteAllExceptions(id)).isEmpty();
        assertThat(state().maySpeak(id, vip)).isFalse();
        rooms().unmuteAllChatroomMembers(UnmuteAllChatroomMembersRequest.newBuilder().setChatroomId(id).build());
        assertThat(state().isMutedAll(id)).isFalse();
        assertThat(rooms().checkChatroomMuteAll(CheckChatroomMuteAllRequest.newBuilder().setChatroomId(id).build())
                .getMuteAll()).isFalse();
        assertThat(allMutedAllChatrooms()).doesNotContain(id);
    }

    private static List<String> allMutedAllChatrooms() {
        List<String> all = new ArrayList<>();
        String token = "";
        int pages = 0;
        do {
            ListMutedAllChatroomsResponse page = rooms().listMutedAllChatrooms(ListMutedAllChatroomsRequest.newBuilder()
                    .setPageSize(1).setPageToken(token).build());
            assertThat(page.getChatroomIdsCount()).isLessThanOrEqualTo(1);
            all.addAll(page.getChatroomIdsList());
            token = page.getNextPageToken();
            assertThat(++pages).isLessThan(1000);
        } while (!token.isEmpty());
        assertThat(emulator().requests().last("/chatroom/ban/query.json").param("size")).isEqualTo("1");
        return all;
    }

    @Test
    void muteAllCallsRejectBadInput() {
        assertInvalidWithoutUpstreamCall(() -> rooms().muteAllChatroomMembers(
                MuteAllChatroomMembersRequest.getDefaultInstance()), "chatroom_id");
        assertInvalidWithoutUpstreamCall(() -> rooms().unmuteAllChatroomMembers(
                UnmuteAllChatroomMembersRequest.getDefaultInstance()), "chatroom_id");
        assertInvalidWithoutUpstreamCall(() -> rooms().listMutedAllChatrooms(ListMutedAllChatroomsRequest.newBuilder()
                .setPageSize(-1).setPageToken("nonsense").build()), "page_size", "page_token");
        assertInvalidWithoutUpstreamCall(() -> rooms().checkChatroomMuteAll(CheckChatroomMuteAllRequest.getDefaultInstance()),
                "chatroom_id");
        assertInvalidWithoutUpstreamCall(() -> rooms().addChatroomMuteAllExceptions(
                AddChatroomMuteAllExceptionsRequest.newBuilder().setChatroomId(id("r")).addAllUserIds(many(21)).build()),
                "user_ids");
        assertInvalidWithoutUpstreamCall(() -> rooms().removeChatroomMuteAllExceptions(
                RemoveChatroomMuteAllExceptionsRequest.newBuilder().setChatroomId(id("r")).build()), "user_ids");
        assertInvalidWithoutUpstreamCall(() -> rooms().queryChatroomMuteAllExceptions(
                QueryChatroomMuteAllExceptionsRequest.getDefaultInstance()), "chatroom_id");
    }

    @Test
    void appWideMutesApplyInEveryChatroomAndExpire() {
        String a = id("u");
        String id = room(a);
        rooms().muteUsersInAllChatrooms(MuteUsersInAllChatroomsRequest.newBuilder().addUserIds(a).setMinutes(3).build());
        assertThat(emulator().requests().last("/chatroom/user/ban/add.json").param("minute")).isEqualTo("3");
        assertThat(state().maySpeak(id, a)).isFalse();
        assertThat(rooms().listUsersMutedInAllChatrooms(ListUsersMutedInAllChatroomsRequest.getDefaultInstance())
                .getUsersList()).extracting(ChatroomRestrictedUser::getUserId).contains(a);
        rooms().unmuteUsersInAllChatrooms(UnmuteUsersInAllChatroomsRequest.newBuilder().addUserIds(a).build());
        assertThat(state().globalMutes()).doesNotContainKey(a);
        assertThat(state().maySpeak(id, a)).isTrue();

        rooms().muteUsersInAllChatrooms(MuteUsersInAllChatroomsRequest.newBuilder().addUserIds(a).setMinutes(1).build());
        emulator().clock().advance(Duration.ofSeconds(61));
        assertThat(rooms().listUsersMutedInAllChatrooms(ListUsersMutedInAllChatroomsRequest.getDefaultInstance())
                .getUsersList()).extracting(ChatroomRestrictedUser::getUserId).doesNotContain(a);
        assertInvalidWithoutUpstreamCall(() -> rooms().muteUsersInAllChatrooms(MuteUsersInAllChatroomsRequest.newBuilder()
                .addUserIds(a).build()), "minutes");
        assertInvalidWithoutUpstreamCall(() -> rooms().unmuteUsersInAllChatrooms(
                UnmuteUsersInAllChatroomsRequest.getDefaultInstance()), "user_ids");
    }

    // ---- bans ----

    @Test
    void blockRemovesTheMemberListsTheBanAndUnblockLiftsIt() {
        String a = id("u");
        String id = room(a);
        rooms().blockChatroomMembers(BlockChatroomMembersRequest.newBuilder().setChatroomId(id).addUserIds(a)
                .setMinutes(30).build());
        assertThat(state().isMember(id, a)).isFalse();
        List<ChatroomRestrictedUser> blocked = rooms().listBlockedChatroomMembers(ListBlockedChatroomMembersRequest
                .newBuilder().setChatroomId(id).build()).getUsersList();
        assertThat(blocked).extracting(ChatroomRestrictedUser::getUserId).containsExactly(a);
        assertThat(blocked.get(0).getEndTime().getSeconds()).isEqualTo(state().blocks(id).get(a).getEpochSecond());
        rooms().unblockChatroomMembers(UnblockChatroomMembersRequest.newBuilder().setChatroomId(id).addUserIds(a).build());
        assertThat(state().blocks(id)).isEmpty();
        state().join(id, a);
        assertThat(state().isMember(id, a)).isTrue();
        assertInvalidWithoutUpstreamCall(() -> rooms().blockChatroomMembers(BlockChatroomMembersRequest.newBuilder()
                .setChatroomId(id).addUserIds(a).setMinutes(0).build()), "minutes");
        assertInvalidWithoutUpstreamCall(() -> rooms().unblockChatroomMembers(UnblockChatroomMembersRequest.newBuilder()
                .setChatroomId(id).addUserIds("a").addUserIds("a").build()), "user_ids[1]");
        assertInvalidWithoutUpstreamCall(() -> rooms().listBlockedChatroomMembers(
                ListBlockedChatroomMembersRequest.getDefaultInstance()), "chatroom_id");
    }

    // ---- attributes ----

    @Test
    void setQueryAndRemoveAnEntryWithANotification() {
        String owner = id("u");
        String id = room(owner);
        long setFrom = emulator().clock().now().getEpochSecond();
        rooms().setChatroomEntry(SetChatroomEntryRequest.newBuilder().setChatroomId(id).setUserId(owner).setKey("seat1")
                .setValue("alice").setAutoDelete(true).setNotify(true).setNotifyExtra("x").build());
        var sent = emulator().requests().last("/chatroom/entry/set.json");
        assertThat(sent.param("autoDelete")).isEqualTo("1");
        assertThat(sent.param("objectName")).isEqualTo("RC:chrmKVNotiMsg");
        assertThat(sent.param("content")).isEqualTo("{\"type\":1,\"key\":\"seat1\",\"value\":\"alice\",\"extra\":\"x\"}");
        List<ChatroomEntry> entries = rooms().queryChatroomEntries(QueryChatroomEntriesRequest.newBuilder()
                .setChatroomId(id).addKeys("seat1").build()).getEntriesList();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.getValue()).isEqualTo("alice");
            assertThat(e.getUserId()).isEqualTo(owner);
            assertThat(e.getAutoDelete()).isTrue();
            assertThat(e.getLastSetTime().getSeconds()).as("set during the call")
                    .isBetween(setFrom, emulator().clock().now().getEpochSecond());
        });
        rooms().removeChatroomEntry(RemoveChatroomEntryRequest.newBuilder().setChatroomId(id).setUserId(owner)
                .setKey("seat1").build());
        assertThat(emulator().requests().last("/chatroom/entry/remove.json").params()).doesNotContainKey("objectName");
        assertThat(state().entries(id, List.of())).isEmpty();
        assertUpstreamError(() -> rooms().removeChatroomEntry(RemoveChatroomEntryRequest.newBuilder().setChatroomId(id)
                .setUserId(owner).setKey("seat1").build()), Status.Code.NOT_FOUND, 1015);
    }

    @Test
    void autoDeleteEntriesGoWhenTheirOwnerLeaves() {
        String owner = id("u");
        String id = room(owner);
        rooms().setChatroomEntry(SetChatroomEntryRequest.newBuilder().setChatroomId(id).setUserId(owner).setKey("k")
                .setValue("v").setAutoDelete(true).build());
        state().quit(id, owner);
        assertThat(rooms().queryChatroomEntries(QueryChatroomEntriesRequest.newBuilder().setChatroomId(id).build())
                .getEntriesList()).isEmpty();
    }

    @Test
    void batchSetAndBatchRemoveEntries() {
        String owner = id("u");
        String id = room();
        rooms().batchSetChatroomEntries(BatchSetChatroomEntriesRequest.newBuilder().setChatroomId(id)
                .setEntryOwnerId(owner).putEntries("a", "1").putEntries("b", "2").putEntries("c", "3").build());
        assertThat(emulator().requests().last("/chatroom/entry/batch/set.json").param("entryOwnerId")).isEqualTo(owner);
        assertThat(rooms().queryChatroomEntries(QueryChatroomEntriesRequest.newBuilder().setChatroomId(id).build())
                .getEntriesList()).extracting(ChatroomEntry::getKey).containsExactlyInAnyOrder("a", "b", "c");
        rooms().batchRemoveChatroomEntries(BatchRemoveChatroomEntriesRequest.newBuilder().setChatroomId(id)
                .setEntryOwnerId(owner).addKeys("a").addKeys("c").build());
        assertThat(emulator().requests().last("/chatroom/entry/batch/remove.json").param("entryKeys"))
                .isEqualTo("[\"a\",\"c\"]");
        assertThat(state().entries(id, List.of())).extracting(ChatroomState.Entry::key).containsExactly("b");
    }

    @Test
    void entryCallsRejectBadInputAndAFullChatroom() {
        Map<String, String> tooMany = new java.util.HashMap<>();
        for (int i = 0; i < 21; i++) {
            tooMany.put("k" + i, "v");
        }
        assertInvalidWithoutUpstreamCall(() -> rooms().setChatroomEntry(SetChatroomEntryRequest.newBuilder()
                .setChatroomId(id("r")).setUserId("u").setKey("bad key").setValue("x".repeat(4097))
                .setNotifyExtra("e").build()), "key", "value", "notify_extra");
        assertInvalidWithoutUpstreamCall(() -> rooms().batchSetChatroomEntries(BatchSetChatroomEntriesRequest.newBuilder()
                .setChatroomId(id("r")).putAllEntries(tooMany).build()), "entry_owner_id", "entries");
        assertInvalidWithoutUpstreamCall(() -> rooms().removeChatroomEntry(RemoveChatroomEntryRequest.newBuilder()
                .setChatroomId(id("r")).setUserId("u").build()), "key");
        assertInvalidWithoutUpstreamCall(() -> rooms().batchRemoveChatroomEntries(BatchRemoveChatroomEntriesRequest
                .newBuilder().setChatroomId(id("r")).setEntryOwnerId("u").build()), "keys");
        assertInvalidWithoutUpstreamCall(() -> rooms().queryChatroomEntries(QueryChatroomEntriesRequest.newBuilder()
                .setChatroomId(id("r")).addKeys("a").addKeys("a").build()), "keys[1]");

        String id = room();
        for (int batch = 0; batch < 5; batch++) {
            BatchSetChatroomEntriesRequest.Builder b = BatchSetChatroomEntriesRequest.newBuilder().setChatroomId(id)
                    .setEntryOwnerId("owner");
            for (int i = 0; i < 20; i++) {
                b.putEntries("k" + batch + "_" + i, "v");
            }
            rooms().batchSetChatroomEntries(b.build());
        }
        assertUpstreamError(() -> rooms().setChatroomEntry(SetChatroomEntryRequest.newBuilder().setChatroomId(id)
                .setUserId("u").setKey("one_more").setValue("v").build()), Status.Code.RESOURCE_EXHAUSTED, 23424);
    }

    // ---- message priority and whitelists ----

    @Test
    void lowPriorityMessageTypesAreAddedListedAndRemoved() {
        rooms().addChatroomLowPriorityMessageTypes(AddChatroomLowPriorityMessageTypesRequest.newBuilder()
                .addObjectNames("App:Like").addObjectNames("App:Gift").build());
        assertThat(emulator().requests().last("/chatroom/message/priority/add.json").params("objectName"))
                .containsExactly("App:Like", "App:Gift");
        assertThat(rooms().queryChatroomLowPriorityMessageTypes(QueryChatroomLowPriorityMessageTypesRequest
                .getDefaultInstance()).getObjectNamesList()).contains("App:Like", "App:Gift");
        rooms().removeChatroomLowPriorityMessageTypes(RemoveChatroomLowPriorityMessageTypesRequest.newBuilder()
                .addObjectNames("App:Like").addObjectNames("App:Gift").build());
        assertThat(state().lowPriority()).doesNotContain("App:Like", "App:Gift");
        assertInvalidWithoutUpstreamCall(() -> rooms().addChatroomLowPriorityMessageTypes(
                AddChatroomLowPriorityMessageTypesRequest.newBuilder().addAllObjectNames(many(6)).build()), "object_names");
        assertInvalidWithoutUpstreamCall(() -> rooms().removeChatroomLowPriorityMessageTypes(
                RemoveChatroomLowPriorityMessageTypesRequest.newBuilder().addObjectNames("x".repeat(33)).build()),
                "object_names[0]");
    }

    @Test
    void userWhitelistIsAddedListedAndRemoved() {
        String a = id("u");
        String b = id("u");
        String id = room();
        rooms().addChatroomUserWhitelist(AddChatroomUserWhitelistRequest.newBuilder().setChatroomId(id).addUserIds(a)
                .addUserIds(b).build());
        assertThat(rooms().queryChatroomUserWhitelist(QueryChatroomUserWhitelistRequest.newBuilder().setChatroomId(id)
                .build()).getUserIdsList()).containsExactly(a, b);
        rooms().removeChatroomUserWhitelist(RemoveChatroomUserWhitelistRequest.newBuilder().setChatroomId(id)
                .addUserIds(a).build());
        assertThat(state().userWhitelist(id)).containsExactly(b);
        assertInvalidWithoutUpstreamCall(() -> rooms().addChatroomUserWhitelist(AddChatroomUserWhitelistRequest
                .newBuilder().setChatroomId(id).addAllUserIds(many(6)).build()), "user_ids");
        assertInvalidWithoutUpstreamCall(() -> rooms().removeChatroomUserWhitelist(RemoveChatroomUserWhitelistRequest
                .newBuilder().setChatroomId(id).build()), "user_ids");
        assertInvalidWithoutUpstreamCall(() -> rooms().queryChatroomUserWhitelist(
                QueryChatroomUserWhitelistRequest.getDefaultInstance()), "chatroom_id");
    }

    @Test
    void messageWhitelistIsAddedListedAndRemoved() {
        rooms().addChatroomMessageWhitelist(AddChatroomMessageWhitelistRequest.newBuilder()
                .addObjectNames("RC:TxtMsg").addObjectNames("App:Order").build());
        assertThat(emulator().requests().last("/chatroom/whitelist/add.json").params("objectnames"))
                .containsExactly("RC:TxtMsg", "App:Order");
        assertThat(rooms().queryChatroomMessageWhitelist(QueryChatroomMessageWhitelistRequest.getDefaultInstance())
                .getObjectNamesList()).contains("RC:TxtMsg", "App:Order");
        rooms().removeChatroomMessageWhitelist(RemoveChatroomMessageWhitelistRequest.newBuilder()
                .addObjectNames("RC:TxtMsg").addObjectNames("App:Order").build());
        assertThat(state().messageWhitelist()).doesNotContain("RC:TxtMsg", "App:Order");
        assertInvalidWithoutUpstreamCall(() -> rooms().addChatroomMessageWhitelist(
                AddChatroomMessageWhitelistRequest.newBuilder().addAllObjectNames(many(21)).build()), "object_names");
        assertInvalidWithoutUpstreamCall(() -> rooms().removeChatroomMessageWhitelist(
                RemoveChatroomMessageWhitelistRequest.getDefaultInstance()), "object_names");
    }

    // ---- MessageService chatroom sends ----

    @Test
    void sendChatroomMessageReturnsOneUidPerChatroomAndDeduplicates() {
        String a = room();
        String b = room();
        SendChatroomMessageRequest request = SendChatroomMessageRequest.newBuilder().setFromUserId("sender1")
                .addToChatroomIds(a).addToChatroomIds(b).setContent(text("hello")).setPersisted(false)
                .setIncludeSender(true).setDedupKey(42).build();
        SendChatroomMessageResponse r = messages().sendChatroomMessage(request);
        assertThat(r.getMessagesList()).extracting(m -> m.getTargetId()).containsExactly(a, b);
        var sent = emulator().requests().last("/message/chatroom/publish.json");
        assertThat(sent.params("toChatroomId")).containsExactly(a, b);
        assertThat(sent.param("isPersisted")).isEqualTo("0");
        assertThat(sent.param("isIncludeSender")).isEqualTo("1");
        assertThat(sent.param("msgRandom")).isEqualTo("42");
        assertThat(sent.param("objectName")).isEqualTo("RC:TxtMsg");
        MessageState stored = emulator().state(MessageState.class);
        assertThat(stored.sentTo(a)).singleElement().satisfies(m -> {
            assertThat(m.messageUid()).isEqualTo(r.getMessages(0).getMessageUid());
            assertThat(m.conversationType()).isEqualTo(4);
        });
        SendChatroomMessageResponse again = messages().sendChatroomMessage(request);
        assertThat(again.getMessages(0).getMessageUid()).isEqualTo(r.getMessages(0).getMessageUid());
        assertThat(stored.sentTo(a)).hasSize(1);
    }

    @Test
    void sendChatroomMessageRejectsBadInput() {
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("room" + i);
        }
        assertInvalidWithoutUpstreamCall(() -> messages().sendChatroomMessage(SendChatroomMessageRequest.newBuilder()
                .addAllToChatroomIds(eleven).build()), "from_user_id", "to_chatroom_ids", "content");
        assertUpstreamError(() -> messages().sendChatroomMessage(SendChatroomMessageRequest.newBuilder()
                .setFromUserId("s").addToChatroomIds(id("r")).setContent(text("x")).build()), Status.Code.NOT_FOUND, 23410);
    }

    @Test
    void broadcastChatroomMessageReachesEveryChatroom() {
        String a = room();
        String b = room();
        messages().broadcastChatroomMessage(BroadcastChatroomMessageRequest.newBuilder().setFromUserId("admin")
                .setContent(text("maintenance at noon")).setIncludeSender(true).build());
        assertThat(emulator().requests().last("/message/chatroom/broadcast.json").param("isIncludeSender")).isEqualTo("1");
        MessageState stored = emulator().state(MessageState.class);
        assertThat(stored.sentTo(a)).extracting(MessageState.StoredMessage::path)
                .containsExactly("/message/chatroom/broadcast.json");
        assertThat(stored.sentTo(b)).hasSize(1);
        assertInvalidWithoutUpstreamCall(() -> messages().broadcastChatroomMessage(
                BroadcastChatroomMessageRequest.newBuilder().setFromUserId("admin").build()), "content");
    }
}
