package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static rongcloud.gateway.infra.EndToEnd.assertInvalidWithoutUpstreamCall;
import static rongcloud.gateway.infra.EndToEnd.uid;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.userlists.UserListState;
import rongcloud.emulator.userlists.UserListState.Kind;
import rongcloud.gateway.proto.v1.AddUsersToAllowlistRequest;
import rongcloud.gateway.proto.v1.AddUsersToBlacklistRequest;
import rongcloud.gateway.proto.v1.GetPrivateChatListModesRequest;
import rongcloud.gateway.proto.v1.ListAllowlistedUsersRequest;
import rongcloud.gateway.proto.v1.ListBlacklistedUsersRequest;
import rongcloud.gateway.proto.v1.PrivateChatListMode;
import rongcloud.gateway.proto.v1.RemoveUsersFromAllowlistRequest;
import rongcloud.gateway.proto.v1.RemoveUsersFromBlacklistRequest;
import rongcloud.gateway.proto.v1.SetPrivateChatListModeRequest;
import rongcloud.gateway.proto.v1.UserListServiceGrpc;
import rongcloud.gateway.proto.v1.UserListServiceGrpc.UserListServiceBlockingStub;
import rongcloud.gateway.proto.v1.UserPrivateChatListMode;

/**
 * Every UserListService RPC through gRPC → gateway → emulator over HTTP, asserting the typed response and the
 * emulator's state (a list change is visible in the next query; pages hold together); plus bad input that
 * never reaches upstream.
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class UserListsEndToEndTest {
    private static GatewayClient client;

    @BeforeAll
    static void connect() {
        client = new GatewayClient(EmulatorResource.grpcPort());
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        client.close();
    }

    private static UserListServiceBlockingStub lists() {
        return client.stub(UserListServiceGrpc.newBlockingStub(client.channel));
    }

    private static UserListState state() {
        return EmulatorResource.emulator().state(UserListState.class);
    }

    @Test
    void blacklistAddIsVisibleInTheNextQueryAndRemoveTakesEffect() {
        String owner = uid();
        String a = uid();
        String b = uid();
        lists().addUsersToBlacklist(AddUsersToBlacklistRequest.newBuilder().setUserId(owner)
                .addTargetUserIds(a).addTargetUserIds(b).build());
        assertThat(state().list(Kind.BLACKLIST, owner)).containsExactly(b, a);
        assertThat(state().accepts(owner, a)).isFalse();
        assertThat(EmulatorResource.emulator().requests().last("/user/blacklist/add.json").params().get("blackUserId"))
                .containsExactly(a, b);

        var listed = lists().listBlacklistedUsers(ListBlacklistedUsersRequest.newBuilder().setUserId(owner).build());
        assertThat(listed.getUserIdsList()).containsExactly(b, a);
        assertThat(listed.getNextPageToken()).isEmpty();

        lists().removeUsersFromBlacklist(RemoveUsersFromBlacklistRequest.newBuilder().setUserId(owner)
                .addTargetUserIds(a).build());
        assertThat(state().list(Kind.BLACKLIST, owner)).containsExactly(b);
        assertThat(lists().listBlacklistedUsers(ListBlacklistedUsersRequest.newBuilder().setUserId(owner).build())
                .getUserIdsList()).containsExactly(b);
    }

    @Test
    void blacklistPagesHoldTogetherWhileTheListGrows() {
        String owner = uid();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(uid());
        }
        lists().addUsersToBlacklist(AddUsersToBlacklistRequest.newBuilder().setUserId(owner).addAllTargetUserIds(ids).build());
        List<String> seen = pageThrough((size, token) -> {
            var page = lists().listBlacklistedUsers(ListBlacklistedUsersRequest.newBuilder().setUserId(owner)
                    .setPageSize(size).setPageToken(token).build());
            return new Object[] {page.getUserIdsList(), page.getNextPageToken()};
        }, () -> lists().addUsersToBlacklist(AddUsersToBlacklistRequest.newBuilder().setUserId(owner)
                .addTargetUserIds(uid()).build()));
        List<String> newestFirst = new ArrayList<>(ids);
        java.util.Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        assertThat(EmulatorResource.emulator().requests().last("/user/blacklist/query.json").params())
                .containsKeys("pageToken", "size");
    }

    @Test
    void allowlistAddListAndRemove() {
        String owner = uid();
        String a = uid();
        String b = uid();
        String c = uid();
        lists().addUsersToAllowlist(AddUsersToAllowlistRequest.newBuilder().setUserId(owner)
                .addTargetUserIds(a).addTargetUserIds(b).addTargetUserIds(c).build());
        assertThat(state().list(Kind.ALLOWLIST, owner)).containsExactly(c, b, a);
        assertThat(EmulatorResource.emulator().requests().last("/user/whitelist/add.json").params().get("whiteUserId"))
                .containsExactly(a, b, c);

        List<String> seen = pageThrough((size, token) -> {
            var page = lists().listAllowlistedUsers(ListAllowlistedUsersRequest.newBuilder().setUserId(owner)
                    .setPageSize(size).setPageToken(token).build());
            return new Object[] {page.getUserIdsList(), page.getNextPageToken()};
        }, () -> { });
        assertThat(seen).containsExactly(c, b, a);

        lists().removeUsersFromAllowlist(RemoveUsersFromAllowlistRequest.newBuilder().setUserId(owner)
                .addTargetUserIds(b).build());
        assertThat(lists().listAllowlistedUsers(ListAllowlistedUsersRequest.newBuilder().setUserId(owner).build())
                .getUserIdsList()).containsExactly(c, a);
    }

    @Test
    void allowlistModeSwitchesWhichListApplies() {
        String owner = uid();
        String friend = uid();
        String stranger = uid();
        lists().addUsersToAllowlist(AddUsersToAllowlistRequest.newBuilder().setUserId(owner).addTargetUserIds(friend).build());
        lists().setPrivateChatListMode(SetPrivateChatListModeRequest.newBuilder().addUserIds(owner)
                .setMode(PrivateChatListMode.PRIVATE_CHAT_LIST_MODE_ALLOWLIST).build());
        assertThat(state().isAllowlistMode(owner)).isTrue();
        assertThat(state().accepts(owner, friend)).isTrue();
        assertThat(state().accepts(owner, stranger)).isFalse();
        assertThat(EmulatorResource.emulator().requests().last("/user/whitesetting/set.json").params().get("whiteSetting"))
                .containsExactly("1");

        var modes = lists().getPrivateChatListModes(GetPrivateChatListModesRequest.newBuilder()
                .addUserIds(owner).addUserIds(stranger).build()).getModesList();
        assertThat(modes).containsExactly(
                UserPrivateChatListMode.newBuilder().setUserId(owner)
                        .setMode(PrivateChatListMode.PRIVATE_CHAT_LIST_MODE_ALLOWLIST).build(),
                UserPrivateChatListMode.newBuilder().setUserId(stranger)
                        .setMode(PrivateChatListMode.PRIVATE_CHAT_LIST_MODE_BLACKLIST).build());

        lists().setPrivateChatListMode(SetPrivateChatListModeRequest.newBuilder().addUserIds(owner)
                .setMode(PrivateChatListMode.PRIVATE_CHAT_LIST_MODE_BLACKLIST).build());
        assertThat(state().isAllowlistMode(owner)).isFalse();
        assertThat(lists().getPrivateChatListModes(GetPrivateChatListModesRequest.newBuilder().addUserIds(owner).build())
                .getModes(0).getMode()).isEqualTo(PrivateChatListMode.PRIVATE_CHAT_LIST_MODE_BLACKLIST);
    }

    @Test
    void badInputIsRejectedPreciselyBeforeAnyUpstreamCall() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("user" + i);
        }
        assertInvalidWithoutUpstreamCall(() -> lists().addUsersToBlacklist(AddUsersToBlacklistRequest.newBuilder()
                .setUserId("owner").addAllTargetUserIds(many).build()), "target_user_ids");
        assertInvalidWithoutUpstreamCall(() -> lists().removeUsersFromBlacklist(RemoveUsersFromBlacklistRequest
                .newBuilder().addTargetUserIds("a").build()), "user_id");
        assertInvalidWithoutUpstreamCall(() -> lists().listBlacklistedUsers(ListBlacklistedUsersRequest.newBuilder()
                .setUserId("owner").setPageSize(-1).setPageToken("forged").build()), "page_size", "page_token");
        assertInvalidWithoutUpstreamCall(() -> lists().setPrivateChatListMode(SetPrivateChatListModeRequest
                .newBuilder().addUserIds("a").build()), "mode");
        assertInvalidWithoutUpstreamCall(() -> lists().getPrivateChatListModes(GetPrivateChatListModesRequest
                .newBuilder().addAllUserIds(many).build()), "user_ids");
        assertInvalidWithoutUpstreamCall(() -> lists().addUsersToAllowlist(AddUsersToAllowlistRequest.newBuilder()
                .setUserId("owner").addTargetUserIds("bad id").build()), "target_user_ids[0]");
        assertInvalidWithoutUpstreamCall(() -> lists().removeUsersFromAllowlist(RemoveUsersFromAllowlistRequest
                .newBuilder().setUserId("owner").build()), "target_user_ids");
        assertInvalidWithoutUpstreamCall(() -> lists().listAllowlistedUsers(ListAllowlistedUsersRequest
                .newBuilder().setUserId("x".repeat(65)).build()), "user_id");
    }

    /** Pages of size 2 until the end, running {@code between} after the first page. */
    @SuppressWarnings("unchecked")
    private static List<String> pageThrough(BiFunction<Integer, String, Object[]> call, Runnable between) {
        List<String> seen = new ArrayList<>();
        String token = "";
        int pages = 0;
        do {
            Object[] page = call.apply(2, token);
            List<String> ids = (List<String>) page[0];
            assertThat(ids.size()).isLessThanOrEqualTo(2);
            seen.addAll(ids);
            token = (String) page[1];
            if (pages++ == 0) {
                between.run();
            }
            assertThat(pages).isLessThan(100);
        } while (!token.isEmpty());
        return seen;
    }
}
