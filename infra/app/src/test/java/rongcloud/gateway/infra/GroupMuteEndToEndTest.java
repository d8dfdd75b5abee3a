package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.group.GroupState;
import rongcloud.gateway.proto.v1.AddGroupMuteWhitelistRequest;
import rongcloud.gateway.proto.v1.AddGroupMuteWhitelistResponse;
import rongcloud.gateway.proto.v1.GetGroupMuteAllStatesRequest;
import rongcloud.gateway.proto.v1.ListGroupMuteWhitelistRequest;
import rongcloud.gateway.proto.v1.ListMuteAllGroupsRequest;
import rongcloud.gateway.proto.v1.ListMuteAllGroupsResponse;
import rongcloud.gateway.proto.v1.ListMutedGroupMembersRequest;
import rongcloud.gateway.proto.v1.ListMutedGroupMembersResponse;
import rongcloud.gateway.proto.v1.MuteAllGroupMembersRequest;
import rongcloud.gateway.proto.v1.MuteAllGroupMembersResponse;
import rongcloud.gateway.proto.v1.MuteGroupMembersRequest;
import rongcloud.gateway.proto.v1.MuteGroupMembersResponse;
import rongcloud.gateway.proto.v1.MutedGroupMember;
import rongcloud.gateway.proto.v1.RemoveGroupMuteWhitelistRequest;
import rongcloud.gateway.proto.v1.UnmuteAllGroupMembersRequest;
import rongcloud.gateway.proto.v1.UnmuteGroupMembersRequest;
import rongcloud.gateway.proto.v1.UnmuteGroupMembersResponse;

/**
 * Every GroupMuteService RPC through gRPC → gateway → emulator over HTTP, asserting the typed response and the
 * emulator's mute state (including a timed mute ending when the emulator clock moves past it); plus bad input
 * (no upstream call) and the missing-group / not-a-member codes.
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class GroupMuteEndToEndTest extends GroupEndToEndSupport {

    private static List<MutedGroupMember> muted(String groupId) {
        return mutes().listMutedGroupMembers(ListMutedGroupMembersRequest.newBuilder().setGroupId(groupId).build())
                .getMutedMembersList();
    }

    private static MuteGroupMembersRequest.Builder mute(String groupId, String... userIds) {
        return MuteGroupMembersRequest.newBuilder().setGroupId(groupId).addAllUserIds(List.of(userIds));
    }

    // ---- MuteGroupMembers / ListMutedGroupMembers ----

    @Test
    void aTimedMuteIsListedWithItsEndAndExpiresWhenTheClockPassesIt() {
        String g = gid();
        String a = uid();
        String b = uid();
        createGroup(g, a, b);
        MuteGroupMembersResponse r = mutes().muteGroupMembers(mute(g, a).setMinutes(10).build());
        assertThat(r).isEqualTo(MuteGroupMembersResponse.getDefaultInstance());
        assertThat(emulator().requests().last("/group/user/gag/add.json").param("minute")).isEqualTo("10");
        GroupState.Mute mute = state().mute(g, a).orElseThrow();
        assertThat(Duration.between(mute.start(), mute.end())).isEqualTo(Duration.ofMinutes(10));
        assertThat(state().maySpeak(g, a)).isFalse();
        assertThat(state().maySpeak(g, b)).isTrue();

        ListMutedGroupMembersResponse listed = mutes().listMutedGroupMembers(ListMutedGroupMembersRequest.newBuilder()
                .setGroupId(g).build());
        assertThat(listed.getMutedMembersList()).extracting(MutedGroupMember::getUserId).containsExactly(a);
        MutedGroupMember m = listed.getMutedMembers(0);
        assertThat(m.getEndTime().getSeconds() - m.getStartTime().getSeconds()).isEqualTo(600);
        assertThat(m.getStartTime().getSeconds()).isEqualTo(mute.start().getEpochSecond());

        emulator().clock().advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(state().mute(g, a)).isEmpty();
        assertThat(state().maySpeak(g, a)).isTrue();
        assertThat(muted(g)).isEmpty();
    }

    @Test
    void aPermanentMuteHasNoEndAndOutlivesAnyClockAdvanceAndLeavingTheGroup() {
        String g = gid();
        String a = uid();
        createGroup(g, a);
        mutes().muteGroupMembers(mute(g, a).setPermanent(true).build());
        assertThat(emulator().requests().last("/group/user/gag/add.json").param("minute")).isEqualTo("0");
        emulator().clock().advance(Duration.ofDays(31));
        assertThat(state().mute(g, a)).hasValueSatisfying(x -> assertThat(x.end()).isNull());
        MutedGroupMember m = muted(g).get(0);
        assertThat(m.getUserId()).isEqualTo(a);
        assertThat(m.hasStartTime()).isTrue();
        assertThat(m.hasEndTime()).isFalse();
    }

    @Test
    void muteInAllGroupsWithoutGroupIdAndItsUnmute() {
        String a = uid();
        mutes().muteGroupMembers(MuteGroupMembersRequest.newBuilder().addUserIds(a).setMinutes(5).build());
        assertThat(emulator().requests().last("/group/user/gag/add.json").params()).doesNotContainKey("groupId");
        assertThat(state().mute(null, a)).isPresent();
        assertThat(muted("")).extracting(MutedGroupMember::getUserId).contains(a);

        mutes().unmuteGroupMembers(UnmuteGroupMembersRequest.newBuilder().addUserIds(a).build());
        assertThat(state().mute(null, a)).isEmpty();
        assertThat(muted("")).extracting(MutedGroupMember::getUserId).doesNotContain(a);
    }

    @Test
    void mutingANonMemberOrInAMissingGroupFailsUpstream() {
        String g = gid();
        createGroup(g, uid());
        String stranger = uid();
        assertUpstreamError(() -> mutes().muteGroupMembers(mute(g, stranger).setMinutes(5).build()),
                Status.Code.FAILED_PRECONDITION, 22406, "/group/user/gag/add.json");
        assertThat(state().mute(g, stranger)).isEmpty();
        assertUpstreamError(() -> mutes().muteGroupMembers(mute(gid(), stranger).setMinutes(5).build()),
                Status.Code.NOT_FOUND, 1015, "/group/user/gag/add.json");
    }

    @Test
    void muteGroupMembersRejectsBadInput() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("user" + i);
        }
        assertInvalidWithoutUpstreamCall(() -> mutes().muteGroupMembers(MuteGroupMembersRequest.newBuilder()
                .addAllUserIds(many).setGroupId("bad-id").build()), "user_ids", "group_id", "minutes");
        assertInvalidWithoutUpstreamCall(() -> mutes().muteGroupMembers(mute(gid(), "a").setMinutes(43_201).build()),
                "minutes");
        assertInvalidWithoutUpstreamCall(() -> mutes().muteGroupMembers(mute(gid(), "a").setMinutes(5)
                .setPermanent(true).build()), "minutes");
    }

    // ---- UnmuteGroupMembers ----

    @Test
    void unmuteGroupMembersLiftsTheMuteAndTheNextListShowsIt() {
        String g = gid();
        String a = uid();
        String b = uid();
        createGroup(g, a, b);
        mutes().muteGroupMembers(mute(g, a, b).setMinutes(60).build());
        assertThat(muted(g)).extracting(MutedGroupMember::getUserId).containsExactly(a, b);
        UnmuteGroupMembersResponse r = mutes().unmuteGroupMembers(UnmuteGroupMembersRequest.newBuilder()
                .setGroupId(g).addUserIds(a).build());
        assertThat(r).isEqualTo(UnmuteGroupMembersResponse.getDefaultInstance());
        assertThat(state().mute(g, a)).isEmpty();
        assertThat(state().mute(g, b)).isPresent();
        assertThat(muted(g)).extracting(MutedGroupMember::getUserId).containsExactly(b);
    }

    @Test
    void unmuteAndListRejectBadInput() {
        assertInvalidWithoutUpstreamCall(() -> mutes().unmuteGroupMembers(UnmuteGroupMembersRequest.newBuilder()
                .setGroupId(gid()).build()), "user_ids");
        assertInvalidWithoutUpstreamCall(() -> mutes().listMutedGroupMembers(ListMutedGroupMembersRequest.newBuilder()
                .setGroupId("no spaces").build()), "group_id");
    }

    // ---- MuteAll / UnmuteAll / GetGroupMuteAllStates / ListMuteAllGroups ----

    @Test
    void muteAllAndUnmuteAllAreReflectedByBothQueries() {
        String g1 = gid();
        String g2 = gid();
        String a = uid();
        createGroup(g1, a);
        MuteAllGroupMembersResponse r = mutes().muteAllGroupMembers(MuteAllGroupMembersRequest.newBuilder()
                .addGroupIds(g1).addGroupIds(g2).build());
        assertThat(r).isEqualTo(MuteAllGroupMembersResponse.getDefaultInstance());
        assertThat(emulator().requests().last("/group/ban/add.json").params("groupId")).containsExactly(g1, g2);
        assertThat(state().isMutedAll(g1)).isTrue();
        assertThat(state().maySpeak(g1, a)).isFalse();
        assertThat(states(g1, g2)).containsEntry(g1, true).containsEntry(g2, true);
        assertThat(allMuteAllGroups()).contains(g1, g2);

        mutes().unmuteAllGroupMembers(UnmuteAllGroupMembersRequest.newBuilder().addGroupIds(g1).build());
        assertThat(state().isMutedAll(g1)).isFalse();
        assertThat(state().maySpeak(g1, a)).isTrue();
        assertThat(states(g1, g2)).containsEntry(g1, false).containsEntry(g2, true);
        assertThat(allMuteAllGroups()).contains(g2).doesNotContain(g1);
    }

    private static java.util.Map<String, Boolean> states(String... groupIds) {
        return mutes().getGroupMuteAllStates(GetGroupMuteAllStatesRequest.newBuilder()
                .addAllGroupIds(List.of(groupIds)).build()).getMutedAllMap();
    }

    private static List<String> allMuteAllGroups() {
        List<String> all = new ArrayList<>();
        String token = "";
        int pages = 0;
        do {
            ListMuteAllGroupsResponse page = mutes().listMuteAllGroups(ListMuteAllGroupsRequest.newBuilder()
                    .setPageSize(1).setPageToken(token).build());
            assertThat(page.getGroupIdsCount()).isLessThanOrEqualTo(1);
            all.addAll(page.getGroupIdsList());
            token = page.getNextPageToken();
            assertThat(++pages).isLessThan(1000);
        } while (!token.isEmpty());
        assertThat(emulator().requests().last("/group/ban/query.json").params()).containsKeys("page", "size");
        return all;
    }

    @Test
    void muteAllQueriesRejectBadInput() {
        assertInvalidWithoutUpstreamCall(() -> mutes().muteAllGroupMembers(MuteAllGroupMembersRequest
                .getDefaultInstance()), "group_ids");
        assertInvalidWithoutUpstreamCall(() -> mutes().unmuteAllGroupMembers(UnmuteAllGroupMembersRequest.newBuilder()
                .addGroupIds("g1").addGroupIds("g1").build()), "group_ids[1]");
        assertInvalidWithoutUpstreamCall(() -> mutes().getGroupMuteAllStates(GetGroupMuteAllStatesRequest.newBuilder()
                .addGroupIds("").build()), "group_ids[0]");
        assertInvalidWithoutUpstreamCall(() -> mutes().listMuteAllGroups(ListMuteAllGroupsRequest.newBuilder()
                .setPageSize(-5).build()), "page_size");
    }

    // ---- whitelist ----

    @Test
    void allowListLetsMembersSpeakUnderMuteAllButAPerUserMuteStillWins() {
        String g = gid();
        String a = uid();
        String b = uid();
        createGroup(g, a, b);
        mutes().muteAllGroupMembers(MuteAllGroupMembersRequest.newBuilder().addGroupIds(g).build());
        AddGroupMuteWhitelistResponse r = mutes().addGroupMuteWhitelist(AddGroupMuteWhitelistRequest.newBuilder()
                .setGroupId(g).addUserIds(a).addUserIds(b).build());
        assertThat(r).isEqualTo(AddGroupMuteWhitelistResponse.getDefaultInstance());
        assertThat(state().allowList(g)).containsExactly(a, b);
        assertThat(state().maySpeak(g, a)).isTrue();
        assertThat(whitelist(g)).containsExactly(a, b);

        mutes().muteGroupMembers(mute(g, b).setMinutes(5).build());
        assertThat(state().maySpeak(g, b)).as("a per-user mute beats the allow list").isFalse();

        mutes().removeGroupMuteWhitelist(RemoveGroupMuteWhitelistRequest.newBuilder().setGroupId(g).addUserIds(a)
                .build());
        assertThat(state().allowList(g)).containsExactly(b);
        assertThat(state().maySpeak(g, a)).isFalse();
        assertThat(whitelist(g)).containsExactly(b);
    }

    private static List<String> whitelist(String groupId) {
        return mutes().listGroupMuteWhitelist(ListGroupMuteWhitelistRequest.newBuilder().setGroupId(groupId).build())
                .getUserIdsList();
    }

    @Test
    void allowListingANonMemberOrInAMissingGroupFailsUpstream() {
        String g = gid();
        createGroup(g, uid());
        assertUpstreamError(() -> mutes().addGroupMuteWhitelist(AddGroupMuteWhitelistRequest.newBuilder()
                .setGroupId(g).addUserIds(uid()).build()), Status.Code.FAILED_PRECONDITION, 22406,
                "/group/user/ban/whitelist/add.json");
        assertThat(state().allowList(g)).isEmpty();
        assertUpstreamError(() -> mutes().addGroupMuteWhitelist(AddGroupMuteWhitelistRequest.newBuilder()
                .setGroupId(gid()).addUserIds(uid()).build()), Status.Code.NOT_FOUND, 1015,
                "/group/user/ban/whitelist/add.json");
    }

    @Test
    void whitelistRpcsRejectBadInput() {
        assertInvalidWithoutUpstreamCall(() -> mutes().addGroupMuteWhitelist(AddGroupMuteWhitelistRequest.newBuilder()
                .addUserIds("a").build()), "group_id");
        assertInvalidWithoutUpstreamCall(() -> mutes().removeGroupMuteWhitelist(RemoveGroupMuteWhitelistRequest
                .newBuilder().setGroupId(gid()).build()), "user_ids");
        assertInvalidWithoutUpstreamCall(() -> mutes().listGroupMuteWhitelist(ListGroupMuteWhitelistRequest
                .getDefaultInstance()), "group_id");
    }
}
