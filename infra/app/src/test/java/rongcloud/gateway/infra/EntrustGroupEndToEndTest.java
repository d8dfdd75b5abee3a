package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.RongCloudEmulator;
import rongcloud.emulator.entrustgroup.EntrustGroupSnapshot;
import rongcloud.emulator.entrustgroup.EntrustGroupState;
import rongcloud.gateway.proto.v1.*;
import rongcloud.gateway.proto.v1.EntrustGroupServiceGrpc.EntrustGroupServiceBlockingStub;

/**
 * Every EntrustGroupService RPC through gRPC → gateway → emulator over HTTP, asserting the typed response and
 * the emulator's resulting state (queries see the previous mutation); plus bad input (no upstream call) and
 * RongCloud's hosted-group codes mapped to status + ErrorInfo.
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class EntrustGroupEndToEndTest {
    private static GatewayClient client;

    @BeforeAll
    static void connect() {
        client = new GatewayClient(EmulatorResource.grpcPort());
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        client.close();
    }

    private static EntrustGroupServiceBlockingStub groups() {
        return client.stub(EntrustGroupServiceGrpc.newBlockingStub(client.channel));
    }

    private static RongCloudEmulator emulator() {
        return EmulatorResource.emulator();
    }

    private static EntrustGroupSnapshot state(String groupId) {
        return emulator().state(EntrustGroupState.class).find(groupId).orElseThrow();
    }

    private static String id(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A fresh group owned by {@code owner} with the given members. */
    private static String group(String owner, String... members) {
        String g = id("g");
        groups().createEntrustGroup(CreateEntrustGroupRequest.newBuilder().setGroupId(g).setName("Group " + g)
                .setOwnerId(owner).addAllUserIds(List.of(members)).build());
        return g;
    }

    private static StatusRuntimeException failure(Runnable call) {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, call::run);
        assertThat(e).as("expected the call to fail").isNotNull();
        return e;
    }

    private static void assertRongCloudError(Runnable call, Status.Code status, int code) {
        StatusRuntimeException e = failure(call);
        assertThat(e.getStatus().getCode()).isEqualTo(status);
        ErrorInfo info = GatewayClient.errorInfo(e);
        assertThat(info.getReason()).isEqualTo("RONGCLOUD_" + code);
        assertThat(info.getMetadataMap()).containsEntry("rongcloudCode", String.valueOf(code));
    }

    private static void assertInvalidWithoutUpstreamCall(Runnable call, String... fields) {
        long before = emulator().requests().total();
        StatusRuntimeException e = failure(call);
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(GatewayClient.violatedFields(e)).containsExactlyInAnyOrder(fields);
        assertThat(GatewayClient.errorInfo(e).getReason()).isEqualTo("INVALID_REQUEST");
        assertThat(emulator().requests().total()).as("no upstream call").isEqualTo(before);
    }

    // ---- happy paths, one per RPC ----

    @Test
    void createStoresOwnerMembersProfilePermissionsAndAttributes() {
        String owner = id("u");
        String a = id("u");
        String g = id("g");
        groups().createEntrustGroup(CreateEntrustGroupRequest.newBuilder().setGroupId(g).setName("火锅")
                .setOwnerId(owner).addUserIds(a)
                .setProfile(EntrustGroupProfile.newBuilder().setIntroduction("intro").setPortraitUrl("https://p/x.png"))
                .setPermissions(EntrustGroupPermissions.newBuilder()
                        .setJoinPermission(EntrustGroupJoinPermission.ENTRUST_GROUP_JOIN_PERMISSION_NOBODY)
                        .setRemovePermission(EntrustGroupOperationPermission.ENTRUST_GROUP_OPERATION_PERMISSION_ALL_MEMBERS))
                .putExtProfile("ext_level", "3").build());
        EntrustGroupSnapshot s = state(g);
        assertThat(s.name()).isEqualTo("火锅");
        assertThat(s.owner()).isEqualTo(owner);
        assertThat(s.memberIds()).containsExactlyInAnyOrder(owner, a);
        assertThat(s.profile()).containsEntry("introduction", "intro").containsEntry("portraitUrl", "https://p/x.png");
        assertThat(s.permissions()).containsEntry("joinPerm", 3).containsEntry("removePerm", 2)
                .containsEntry("memInvitePerm", 0);
        assertThat(s.extProfile()).containsEntry("ext_level", "3");
        assertThat(emulator().requests().last("/entrust/group/create.json").params().get("userIds")).containsExactly(a);
    }

    @Test
    void createWithInviteeConsentLeavesInviteesPending() {
        String owner = id("u");
        String a = id("u");
        String g = id("g");
        groups().createEntrustGroup(CreateEntrustGroupRequest.newBuilder().setGroupId(g).setName("n").setOwnerId(owner)
                .addUserIds(a).setPermissions(EntrustGroupPermissions.newBuilder()
                        .setInviteeConsent(EntrustGroupInviteeConsent.ENTRUST_GROUP_INVITEE_CONSENT_REQUIRED)).build());
        assertThat(state(g).memberIds()).containsExactly(owner);
        assertThat(state(g).pendingInvitees()).containsExactly(a);
        groups().joinEntrustGroup(JoinEntrustGroupRequest.newBuilder().setGroupId(g).addUserIds(a).build());
        assertThat(state(g).pendingInvitees()).isEmpty();
    }

    @Test
    void updateProfileChangesOnlyWhatIsSetAndBatchGetSeesIt() {
        String owner = id("u");
        String g = group(owner, id("u"));
        groups().updateEntrustGroupProfile(UpdateEntrustGroupProfileRequest.newBuilder().setGroupId(g).setName("Renamed")
                .setProfile(EntrustGroupProfile.newBuilder().setAnnouncement("hello"))
                .setPermissions(EntrustGroupPermissions.newBuilder().setMemberProfilePermission(
                        EntrustGroupMemberProfilePermission.ENTRUST_GROUP_MEMBER_PROFILE_PERMISSION_SELF_ONLY))
                .putExtProfile("ext_tag", "x").build());
        assertThat(state(g).name()).isEqualTo("Renamed");
        assertThat(state(g).permissions()).containsEntry("memProfilePerm", 2).containsEntry("joinPerm", 0);

        BatchGetEntrustGroupsResponse r = groups().batchGetEntrustGroups(BatchGetEntrustGroupsRequest.newBuilder()
                .addGroupIds(g).addGroupIds(id("missing")).build());
        assertThat(r.getGroupsList()).hasSize(1);
        EntrustGroup got = r.getGroups(0);
        assertThat(got.getGroupId()).isEqualTo(g);
        assertThat(got.getName()).isEqualTo("Renamed");
        assertThat(got.getOwnerId()).isEqualTo(owner);
        assertThat(got.getMemberCount()).isEqualTo(2);
        assertThat(got.getProfile().getAnnouncement()).isEqualTo("hello");
        assertThat(got.getProfile().hasIntroduction()).isFalse();
        assertThat(got.getPermissions().getMemberProfilePermission())
                .isEqualTo(EntrustGroupMemberProfilePermission.ENTRUST_GROUP_MEMBER_PROFILE_PERMISSION_SELF_ONLY);
        assertThat(got.getPermissions().getJoinPermission())
                .isEqualTo(EntrustGroupJoinPermission.ENTRUST_GROUP_JOIN_PERMISSION_OWNER_APPROVES);
        assertThat(got.getExtProfileMap()).containsEntry("ext_tag", "x");
        assertThat(got.hasCreateTime()).isTrue();
    }

    @Test
    void joinAddsMembersAndReturnsTheGroup() {
        String owner = id("u");
        String g = group(owner);
        String a = id("u");
        String b = id("u");
        JoinEntrustGroupResponse r = groups().joinEntrustGroup(JoinEntrustGroupRequest.newBuilder().setGroupId(g)
                .addUserIds(a).addUserIds(b).build());
        assertThat(r.getGroup().getGroupId()).isEqualTo(g);
        assertThat(r.getGroup().getMemberCount()).isEqualTo(3);
        assertThat(state(g).memberIds()).containsExactlyInAnyOrder(owner, a, b);
    }

    @Test
    void importMakesAHostedGroup() {
        String g = id("g");
        String owner = id("u");
        groups().importEntrustGroup(ImportEntrustGroupRequest.newBuilder().setGroupId(g).setName("legacy")
                .setOwnerId(owner).setPermissions(EntrustGroupPermissions.newBuilder().setProfilePermission(
                        EntrustGroupOperationPermission.ENTRUST_GROUP_OPERATION_PERMISSION_OWNER_AND_MANAGERS)).build());
        assertThat(state(g).owner()).isEqualTo(owner);
        assertThat(state(g).permissions()).containsEntry("profilePerm", 1);
        assertRongCloudError(() -> groups().importEntrustGroup(ImportEntrustGroupRequest.newBuilder().setGroupId(g)
                .setName("again").setOwnerId(owner).build()), Status.Code.FAILED_PRECONDITION, 25409);
    }

    @Test
    void quitRemovesMembersAndTheirFollowsUnlessKept() {
        String owner = id("u");
        String a = id("u");
        String b = id("u");
        String g = group(owner, a, b);
        groups().followEntrustGroupMembers(FollowEntrustGroupMembersRequest.newBuilder().setGroupId(g).setUserId(owner)
                .addFollowUserIds(a).addFollowUserIds(b).build());
        groups().quitEntrustGroup(QuitEntrustGroupRequest.newBuilder().setGroupId(g).addUserIds(a).build());
        groups().quitEntrustGroup(QuitEntrustGroupRequest.newBuilder().setGroupId(g).addUserIds(b)
                .setOptions(EntrustGroupLeaveOptions.newBuilder().setKeepFollows(true)).build());
        assertThat(state(g).memberIds()).containsExactly(owner);
        assertThat(state(g).member(owner).follows()).containsExactly(b);
        assertThat(emulator().requests().last("/entrust/group/quit.json").params())
                .containsEntry("isDelFollowed", List.of("0")).containsEntry("isDelBan", List.of("1"));
        assertRongCloudError(() -> groups().quitEntrustGroup(QuitEntrustGroupRequest.newBuilder().setGroupId(g)
                .addUserIds(owner).build()), Status.Code.FAILED_PRECONDITION, 25417);
    }

    @Test
    void kickRemovesMembersButNeverTheOwner() {
        String owner = id("u");
        String a = id("u");
        String g = group(owner, a);
        groups().kickEntrustGroupMembers(KickEntrustGroupMembersRequest.newBuilder().setGroupId(g).addUserIds(a).build());
        assertThat(state(g).memberIds()).containsExactly(owner);
        assertRongCloudError(() -> groups().kickEntrustGroupMembers(KickEntrustGroupMembersRequest.newBuilder()
                .setGroupId(g).addUserIds(a).build()), Status.Code.FAILED_PRECONDITION, 25418);
        assertRongCloudError(() -> groups().kickEntrustGroupMembers(KickEntrustGroupMembersRequest.newBuilder()
                .setGroupId(g).addUserIds(owner).build()), Status.Code.FAILED_PRECONDITION, 25417);
    }

    @Test
    void kickUserFromAllGroupsSparesGroupsItOwns() {
        String u = id("u");
        String other = id("u");
        String g1 = group(other, u);
        String g2 = group(other, u);
        String owned = group(u, other);
        groups().kickUserFromAllEntrustGroups(KickUserFromAllEntrustGroupsRequest.newBuilder().setUserId(u).build());
        assertThat(state(g1).memberIds()).doesNotContain(u);
        assertThat(state(g2).memberIds()).doesNotContain(u);
        assertThat(state(owned).memberIds()).contains(u);
    }

    @Test
    void dismissRemovesTheGroup() {
        String g = group(id("u"));
        groups().dismissEntrustGroup(DismissEntrustGroupRequest.newBuilder().setGroupId(g).build());
        assertThat(emulator().state(EntrustGroupState.class).exists(g)).isFalse();
        assertRongCloudError(() -> groups().dismissEntrustGroup(DismissEntrustGroupRequest.newBuilder().setGroupId(g)
                .build()), Status.Code.NOT_FOUND, 25410);
    }

    @Test
    void transferOwnerHandsOverAndTheOldOwnerMayLeave() {
        String owner = id("u");
        String a = id("u");
        String b = id("u");
        String g = group(owner, a, b);
        groups().transferEntrustGroupOwner(TransferEntrustGroupOwnerRequest.newBuilder().setGroupId(g).setNewOwnerId(a)
                .build());
        assertThat(state(g).owner()).isEqualTo(a);
        assertThat(state(g).member(owner).role()).isEqualTo(EntrustGroupState.ROLE_MEMBER);
        groups().transferEntrustGroupOwner(TransferEntrustGroupOwnerRequest.newBuilder().setGroupId(g).setNewOwnerId(b)
                .setPreviousOwnerQuits(true).build());
        assertThat(state(g).owner()).isEqualTo(b);
        assertThat(state(g).memberIds()).containsExactlyInAnyOrder(owner, b);
        assertRongCloudError(() -> groups().transferEntrustGroupOwner(TransferEntrustGroupOwnerRequest.newBuilder()
                .setGroupId(g).setNewOwnerId(id("stranger")).build()), Status.Code.FAILED_PRECONDITION, 25418);
    }

    @Test
    void managersAreAddedReportedAndRemoved() {
        String owner = id("u");
        String a = id("u");
        String b = id("u");
        String g = group(owner, a, b);
        String stranger = id("u");
        AddEntrustGroupManagersResponse r = groups().addEntrustGroupManagers(AddEntrustGroupManagersRequest.newBuilder()
                .setGroupId(g).addUserIds(a).addUserIds(b).addUserIds(stranger).build());
        assertThat(r.getNotMemberUserIdsList()).containsExactly(stranger);
        assertThat(state(g).managerIds()).containsExactlyInAnyOrder(a, b);
        groups().removeEntrustGroupManagers(RemoveEntrustGroupManagersRequest.newBuilder().setGroupId(g).addUserIds(b)
                .build());
        assertThat(state(g).managerIds()).containsExactly(a);
        assertRongCloudError(() -> groups().removeEntrustGroupManagers(RemoveEntrustGroupManagersRequest.newBuilder()
                .setGroupId(g).addUserIds(b).build()), Status.Code.FAILED_PRECONDITION, 25420);
        assertRongCloudError(() -> groups().addEntrustGroupManagers(AddEntrustGroupManagersRequest.newBuilder()
                .setGroupId(g).addUserIds(owner).build()), Status.Code.FAILED_PRECONDITION, 25425);
    }

    @Test
    void theManagerCapIsResourceExhausted() {
        String owner = id("u");
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            members.add(id("u"));
        }
        String g = group(owner, members.toArray(String[]::new));
        groups().addEntrustGroupManagers(AddEntrustGroupManagersRequest.newBuilder().setGroupId(g)
                .addAllUserIds(members.subList(0, 10)).build());
        assertRongCloudError(() -> groups().addEntrustGroupManagers(AddEntrustGroupManagersRequest.newBuilder()
                .setGroupId(g).addUserIds(members.get(10)).build()), Status.Code.RESOURCE_EXHAUSTED, 25419);
        assertThat(state(g).managerIds()).hasSize(10);
    }

    @Test
    void listMembersPagesWithStableCursorsAndRoleFilter() {
        String owner = id("u");
        String g = group(owner);
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            emulator().clock().advance(Duration.ofMillis(5));
            String u = id("u");
            joined.add(u);
            groups().joinEntrustGroup(JoinEntrustGroupRequest.newBuilder().setGroupId(g).addUserIds(u).build());
        }
        groups().addEntrustGroupManagers(AddEntrustGroupManagersRequest.newBuilder().setGroupId(g)
                .addUserIds(joined.get(0)).build());
        ListEntrustGroupMembersResponse first = groups().listEntrustGroupMembers(ListEntrustGroupMembersRequest
                .newBuilder().setGroupId(g).setPageSize(2).setOrder(EntrustGroupSortOrder.ENTRUST_GROUP_SORT_ORDER_ASCENDING)
                .build());
        assertThat(first.getTotalSize()).isEqualTo(6);
        assertThat(first.getMembersList()).extracting(EntrustGroupMember::getUserId).containsExactly(owner, joined.get(0));
        assertThat(first.getMembers(0).getRole()).isEqualTo(EntrustGroupRole.ENTRUST_GROUP_ROLE_OWNER);
        assertThat(first.getMembers(1).getRole()).isEqualTo(EntrustGroupRole.ENTRUST_GROUP_ROLE_MANAGER);
        assertThat(first.getMembers(1).hasJoinTime()).isTrue();
        assertThat(first.getNextPageToken()).isNotEmpty();
        // a member who leaves between two pages does not shift the listing
        groups().kickEntrustGroupMembers(KickEntrustGroupMembersRequest.newBuilder().setGroupId(g)
                .addUserIds(joined.get(0)).build());
        List<String> rest = new ArrayList<>();
        String token = first.getNextPageToken();
        while (!token.isEmpty()) {
            ListEntrustGroupMembersResponse page = groups().listEntrustGroupMembers(ListEntrustGroupMembersRequest
                    .newBuilder().setGroupId(g).setPageSize(2).setPageToken(token)
                    .setOrder(EntrustGroupSortOrder.ENTRUST_GROUP_SORT_ORDER_ASCENDING).build());
            page.getMembersList().forEach(m -> rest.add(m.getUserId()));
            token = page.getNextPageToken();
        }
        assertThat(rest).containsExactlyElementsOf(joined.subList(1, 5));
        ListEntrustGroupMembersResponse owners = groups().listEntrustGroupMembers(ListEntrustGroupMembersRequest
                .newBuilder().setGroupId(g).setRole(EntrustGroupRole.ENTRUST_GROUP_ROLE_OWNER).build());
        assertThat(owners.getMembersList()).extracting(EntrustGroupMember::getUserId).containsExactly(owner);
        assertThat(owners.getTotalSize()).isEqualTo(1);
        assertThat(emulator().requests().last("/entrust/group/member/query.json").params())
                .containsEntry("type", List.of("3"));
    }

    @Test
    void memberProfilesAreSetAndReadBack() {
        String owner = id("u");
        String a = id("u");
        String g = group(owner, a);
        groups().updateEntrustGroupMember(UpdateEntrustGroupMemberRequest.newBuilder().setGroupId(g).setUserId(a)
                .setNickname("小明").setExtra("{\"k\":1}").build());
        assertThat(state(g).member(a).nickname()).isEqualTo("小明");
        assertThat(state(g).member(a).extra()).isEqualTo("{\"k\":1}");
        BatchGetEntrustGroupMembersResponse r = groups().batchGetEntrustGroupMembers(BatchGetEntrustGroupMembersRequest
                .newBuilder().setGroupId(g).addUserIds(a).addUserIds(id("stranger")).build());
        assertThat(r.getMembersList()).hasSize(1);
        assertThat(r.getMembers(0).getNickname()).isEqualTo("小明");
        assertThat(r.getMembers(0).getExtra()).isEqualTo("{\"k\":1}");
        assertThat(r.getMembers(0).getRole()).isEqualTo(EntrustGroupRole.ENTRUST_GROUP_ROLE_MEMBER);
        assertRongCloudError(() -> groups().updateEntrustGroupMember(UpdateEntrustGroupMemberRequest.newBuilder()
                .setGroupId(g).setUserId(id("stranger")).setNickname("x").build()), Status.Code.FAILED_PRECONDITION, 25418);
    }

    @Test
    void followUnfollowAndGetFollowed() {
        String owner = id("u");
        String a = id("u");
        String b = id("u");
        String g = group(owner, a, b);
        groups().followEntrustGroupMembers(FollowEntrustGroupMembersRequest.newBuilder().setGroupId(g).setUserId(a)
                .addFollowUserIds(owner).addFollowUserIds(b).build());
        assertThat(state(g).member(a).follows()).containsExactly(owner, b);
        GetFollowedEntrustGroupMembersResponse r = groups().getFollowedEntrustGroupMembers(
                GetFollowedEntrustGroupMembersRequest.newBuilder().setGroupId(g).setUserId(a).build());
        assertThat(r.getMembersList()).extracting(FollowedEntrustGroupMember::getUserId).containsExactly(owner, b);
        assertThat(r.getMembers(0).hasFollowTime()).isTrue();
        groups().unfollowEntrustGroupMembers(UnfollowEntrustGroupMembersRequest.newBuilder().setGroupId(g).setUserId(a)
                .addFollowUserIds(owner).build());
        assertThat(groups().getFollowedEntrustGroupMembers(GetFollowedEntrustGroupMembersRequest.newBuilder()
                .setGroupId(g).setUserId(a).build()).getMembersList())
                .extracting(FollowedEntrustGroupMember::getUserId).containsExactly(b);
        assertRongCloudError(() -> groups().followEntrustGroupMembers(FollowEntrustGroupMembersRequest.newBuilder()
                .setGroupId(g).setUserId(a).addFollowUserIds(id("stranger")).build()), Status.Code.FAILED_PRECONDITION,
                25418);
    }

    @Test
    void remarkNamesAreSetReadAndDeleted() {
        String owner = id("u");
        String g = group(owner);
        groups().setEntrustGroupRemarkName(SetEntrustGroupRemarkNameRequest.newBuilder().setGroupId(g).setUserId(owner)
                .setRemarkName("家人").build());
        assertThat(state(g).remarkNames()).containsEntry(owner, "家人");
        assertThat(groups().getEntrustGroupRemarkName(GetEntrustGroupRemarkNameRequest.newBuilder().setGroupId(g)
                .setUserId(owner).build()).getRemarkName()).isEqualTo("家人");
        groups().deleteEntrustGroupRemarkName(DeleteEntrustGroupRemarkNameRequest.newBuilder().setGroupId(g)
                .setUserId(owner).build());
        assertThat(state(g).remarkNames()).isEmpty();
        assertThat(groups().getEntrustGroupRemarkName(GetEntrustGroupRemarkNameRequest.newBuilder().setGroupId(g)
                .setUserId(owner).build()).getRemarkName()).isEmpty();
    }

    @Test
    void listEntrustGroupsPagesNewestFirstByDefault() {
        emulator().clock().advance(Duration.ofSeconds(1));
        String owner = id("u");
        String g1 = group(owner);
        emulator().clock().advance(Duration.ofMillis(10));
        String g2 = group(owner);
        groups().updateEntrustGroupProfile(UpdateEntrustGroupProfileRequest.newBuilder().setGroupId(g2)
                .setProfile(EntrustGroupProfile.newBuilder().setPortraitUrl("https://p/g2.png")).build());
        ListEntrustGroupsResponse first = groups().listEntrustGroups(ListEntrustGroupsRequest.newBuilder().setPageSize(1)
                .build());
        assertThat(first.getGroupsList()).extracting(EntrustGroupSummary::getGroupId).containsExactly(g2);
        assertThat(first.getGroups(0).getPortraitUrl()).isEqualTo("https://p/g2.png");
        assertThat(first.getGroups(0).getCreatorId()).isEqualTo(owner);
        ListEntrustGroupsResponse second = groups().listEntrustGroups(ListEntrustGroupsRequest.newBuilder().setPageSize(1)
                .setPageToken(first.getNextPageToken()).build());
        assertThat(second.getGroupsList()).extracting(EntrustGroupSummary::getGroupId).containsExactly(g1);
    }

    @Test
    void listJoinedGroupsWithRolesAndRemarkNames() {
        String u = id("u");
        String other = id("u");
        String owned = group(u, other);
        emulator().clock().advance(Duration.ofMillis(10));
        String member = group(other, u);
        groups().setEntrustGroupRemarkName(SetEntrustGroupRemarkNameRequest.newBuilder().setGroupId(member).setUserId(u)
                .setRemarkName("work").build());
        ListJoinedEntrustGroupsResponse all = groups().listJoinedEntrustGroups(ListJoinedEntrustGroupsRequest
                .newBuilder().setUserId(u).build());
        assertThat(all.getTotalSize()).isEqualTo(2);
        assertThat(all.getGroupsList()).extracting(j -> j.getGroup().getGroupId()).containsExactly(member, owned);
        assertThat(all.getGroups(0).getRemarkName()).isEqualTo("work");
        assertThat(all.getGroups(0).getRole()).isEqualTo(EntrustGroupRole.ENTRUST_GROUP_ROLE_MEMBER);
        assertThat(all.getGroups(1).getRole()).isEqualTo(EntrustGroupRole.ENTRUST_GROUP_ROLE_OWNER);
        assertThat(all.getGroups(1).getGroup().getMemberCount()).isEqualTo(2);
        ListJoinedEntrustGroupsResponse owners = groups().listJoinedEntrustGroups(ListJoinedEntrustGroupsRequest
                .newBuilder().setUserId(u).setRole(EntrustGroupRole.ENTRUST_GROUP_ROLE_OWNER).build());
        assertThat(owners.getGroupsList()).extracting(j -> j.getGroup().getGroupId()).containsExactly(owned);
        assertThat(emulator().requests().last("/entrust/joined/group/query.json").params())
                .containsEntry("role", List.of("1"));
    }

    // ---- RongCloud's codes ----

    @Test
    void aMissingGroupIsNotFoundAndAnExistingIdConflicts() {
        String missing = id("g");
        assertRongCloudError(() -> groups().joinEntrustGroup(JoinEntrustGroupRequest.newBuilder().setGroupId(missing)
                .addUserIds("a").build()), Status.Code.NOT_FOUND, 25410);
        assertRongCloudError(() -> groups().listEntrustGroupMembers(ListEntrustGroupMembersRequest.newBuilder()
                .setGroupId(missing).build()), Status.Code.NOT_FOUND, 25410);
        String g = group(id("u"));
        assertRongCloudError(() -> groups().createEntrustGroup(CreateEntrustGroupRequest.newBuilder().setGroupId(g)
                .setName("n").setOwnerId("x").build()), Status.Code.FAILED_PRECONDITION, 25409);
        assertRongCloudError(() -> groups().setEntrustGroupRemarkName(SetEntrustGroupRemarkNameRequest.newBuilder()
                .setGroupId(g).setUserId(id("stranger")).setRemarkName("r").build()), Status.Code.FAILED_PRECONDITION, 25418);
    }

    // ---- bad input: precise fields, no upstream call ----

    @Test
    void badInputIsRejectedPreciselyBeforeAnyUpstreamCall() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add("user" + i);
        }
        assertInvalidWithoutUpstreamCall(() -> groups().createEntrustGroup(CreateEntrustGroupRequest.newBuilder()
                .setGroupId("has-dash").setName("x".repeat(65)).addAllUserIds(many.subList(0, 31))
                .setProfile(EntrustGroupProfile.newBuilder().setIntroduction("i".repeat(513)))
                .putExtProfile("level", "1").build()),
                "group_id", "name", "owner_id", "user_ids", "profile.introduction", "ext_profile[level]");
        assertInvalidWithoutUpstreamCall(() -> groups().updateEntrustGroupProfile(UpdateEntrustGroupProfileRequest
                .newBuilder().setGroupId("g1").build()), "name");
        assertInvalidWithoutUpstreamCall(() -> groups().batchGetEntrustGroups(BatchGetEntrustGroupsRequest
                .newBuilder().addGroupIds("g1").addGroupIds("g1").build()), "group_ids[1]");
        assertInvalidWithoutUpstreamCall(() -> groups().joinEntrustGroup(JoinEntrustGroupRequest.newBuilder()
                .setGroupId("g1").addAllUserIds(many).build()), "user_ids");
        assertInvalidWithoutUpstreamCall(() -> groups().importEntrustGroup(ImportEntrustGroupRequest.newBuilder()
                .setGroupId("g1").setOwnerId("o").build()), "name");
        assertInvalidWithoutUpstreamCall(() -> groups().quitEntrustGroup(QuitEntrustGroupRequest.newBuilder()
                .setGroupId("g1").build()), "user_ids");
        assertInvalidWithoutUpstreamCall(() -> groups().kickEntrustGroupMembers(KickEntrustGroupMembersRequest
                .newBuilder().addUserIds("a").build()), "group_id");
        assertInvalidWithoutUpstreamCall(() -> groups().kickUserFromAllEntrustGroups(
                KickUserFromAllEntrustGroupsRequest.getDefaultInstance()), "user_id");
        assertInvalidWithoutUpstreamCall(() -> groups().dismissEntrustGroup(DismissEntrustGroupRequest.newBuilder()
                .setGroupId("g".repeat(65)).build()), "group_id");
        assertInvalidWithoutUpstreamCall(() -> groups().transferEntrustGroupOwner(TransferEntrustGroupOwnerRequest
                .newBuilder().setGroupId("g1").build()), "new_owner_id");
        assertInvalidWithoutUpstreamCall(() -> groups().addEntrustGroupManagers(AddEntrustGroupManagersRequest
                .newBuilder().setGroupId("g1").addAllUserIds(many.subList(0, 11)).build()), "user_ids");
        assertInvalidWithoutUpstreamCall(() -> groups().removeEntrustGroupManagers(RemoveEntrustGroupManagersRequest
                .newBuilder().setGroupId("g1").addUserIds("a b").build()), "user_ids[0]");
        assertInvalidWithoutUpstreamCall(() -> groups().listEntrustGroupMembers(ListEntrustGroupMembersRequest
                .newBuilder().setGroupId("g1").setPageSize(-1).setPageToken("nope").build()), "page_size", "page_token");
        assertInvalidWithoutUpstreamCall(() -> groups().batchGetEntrustGroupMembers(BatchGetEntrustGroupMembersRequest
                .newBuilder().setGroupId("g1").build()), "user_ids");
        assertInvalidWithoutUpstreamCall(() -> groups().updateEntrustGroupMember(UpdateEntrustGroupMemberRequest
                .newBuilder().setGroupId("g1").setUserId("a").setExtra("e".repeat(129)).build()), "nickname", "extra");
        assertInvalidWithoutUpstreamCall(() -> groups().followEntrustGroupMembers(FollowEntrustGroupMembersRequest
                .newBuilder().setGroupId("g1").setUserId("a").build()), "follow_user_ids");
        assertInvalidWithoutUpstreamCall(() -> groups().unfollowEntrustGroupMembers(UnfollowEntrustGroupMembersRequest
                .newBuilder().setGroupId("g1").addFollowUserIds("b").build()), "user_id");
        assertInvalidWithoutUpstreamCall(() -> groups().getFollowedEntrustGroupMembers(
                GetFollowedEntrustGroupMembersRequest.newBuilder().setUserId("a").build()), "group_id");
        assertInvalidWithoutUpstreamCall(() -> groups().setEntrustGroupRemarkName(SetEntrustGroupRemarkNameRequest
                .newBuilder().setGroupId("g1").setUserId("a").setRemarkName("r".repeat(65)).build()), "remark_name");
        assertInvalidWithoutUpstreamCall(() -> groups().deleteEntrustGroupRemarkName(
                DeleteEntrustGroupRemarkNameRequest.newBuilder().setGroupId("g1").build()), "user_id");
        assertInvalidWithoutUpstreamCall(() -> groups().getEntrustGroupRemarkName(GetEntrustGroupRemarkNameRequest
                .newBuilder().setGroupId("g_1").setUserId("a").build()), "group_id");
        assertInvalidWithoutUpstreamCall(() -> groups().listEntrustGroups(ListEntrustGroupsRequest.newBuilder()
                .setPageToken("bogus").build()), "page_token");
        assertInvalidWithoutUpstreamCall(() -> groups().listJoinedEntrustGroups(ListJoinedEntrustGroupsRequest
                .newBuilder().setPageSize(-3).build()), "user_id", "page_size");
    }
}
