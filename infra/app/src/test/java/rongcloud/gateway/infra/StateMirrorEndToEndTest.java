package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static rongcloud.gateway.infra.EndToEnd.failure;

import io.grpc.Status;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.proto.v1.AddGroupMuteWhitelistRequest;
import rongcloud.gateway.proto.v1.CreateEntrustGroupRequest;
import rongcloud.gateway.proto.v1.CreateGroupRequest;
import rongcloud.gateway.proto.v1.DismissGroupRequest;
import rongcloud.gateway.proto.v1.EntrustGroupServiceGrpc;
import rongcloud.gateway.proto.v1.GatewayStateServiceGrpc;
import rongcloud.gateway.proto.v1.GetMirroredGroupRequest;
import rongcloud.gateway.proto.v1.GetMirroredUserRequest;
import rongcloud.gateway.proto.v1.GroupKind;
import rongcloud.gateway.proto.v1.JoinGroupRequest;
import rongcloud.gateway.proto.v1.ListMirroredGroupMembersRequest;
import rongcloud.gateway.proto.v1.ListMirroredUserGroupsRequest;
import rongcloud.gateway.proto.v1.MirroredGroup;
import rongcloud.gateway.proto.v1.MirroredMember;
import rongcloud.gateway.proto.v1.MuteAllGroupMembersRequest;
import rongcloud.gateway.proto.v1.MuteGroupMembersRequest;
import rongcloud.gateway.proto.v1.QuitGroupRequest;
import rongcloud.gateway.proto.v1.RegisterUserRequest;
import rongcloud.gateway.proto.v1.RemoveGroupMuteWhitelistRequest;
import rongcloud.gateway.proto.v1.UpdateGroupNameRequest;
import rongcloud.gateway.proto.v1.UserServiceGrpc;

/**
 * The state mirror through gRPC: writes through GroupService / GroupMuteService / UserService, reads through
 * GatewayStateService (no upstream call). Leaves one group behind for {@link StateMirrorRestartTest}, which
 * reads it after a second start of the application on the same database.
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class StateMirrorEndToEndTest extends GroupEndToEndSupport {
    /** System property naming the group left for the restart test (JVM-wide: survives the Quarkus restart). */
    static final String RESTART_GROUP = "test.mirror-restart-group";

    static GatewayStateServiceGrpc.GatewayStateServiceBlockingStub mirror() {
        return client.stub(GatewayStateServiceGrpc.newBlockingStub(client.channel));
    }

    static MirroredGroup group(String id) {
        return mirror().getMirroredGroup(GetMirroredGroupRequest.newBuilder().setGroupId(id).build());
    }

    @Test
    void aLegacyGroupsNameMembersAndMutesAreAnsweredFromTheMirrorWithoutUpstreamCalls() {
        String g = gid();
        String a = uid();
        String b = uid();
        String c = uid();
        groups().createGroup(CreateGroupRequest.newBuilder().setGroupId(g).setGroupName("读书会")
                .addUserIds(a).addUserIds(b).build());
        groups().joinGroup(JoinGroupRequest.newBuilder().setGroupId(g).addUserIds(c).build());
        groups().quitGroup(QuitGroupRequest.newBuilder().setGroupId(g).addUserIds(b).build());
        groups().updateGroupName(UpdateGroupNameRequest.newBuilder().setGroupId(g).setGroupName("Book club").build());
        mutes().muteGroupMembers(MuteGroupMembersRequest.newBuilder().setGroupId(g).addUserIds(a).setMinutes(30).build());

        long upstream = emulator().requests().total();
        MirroredGroup mirrored = group(g);
        assertThat(mirrored.getName()).isEqualTo("Book club");
        assertThat(mirrored.getMemberCount()).isEqualTo(2);
        assertThat(mirrored.getKind()).isEqualTo(GroupKind.GROUP_KIND_LEGACY);
        assertThat(mirrored.getUpdateTime().getSeconds()).isGreaterThanOrEqualTo(mirrored.getCreateTime().getSeconds());
        var members = mirror().listMirroredGroupMembers(ListMirroredGroupMembersRequest.newBuilder().setGroupId(g)
                .setPageSize(1).build());
        assertThat(members.getMembersCount()).isEqualTo(1);
        assertThat(members.getNextPageToken()).isNotEmpty();
        var rest = mirror().listMirroredGroupMembers(ListMirroredGroupMembersRequest.newBuilder().setGroupId(g)
                .setPageSize(1).setPageToken(members.getNextPageToken()).build());
        assertThat(java.util.stream.Stream.concat(members.getMembersList().stream(), rest.getMembersList().stream())
                .map(MirroredMember::getUserId)).containsExactlyInAnyOrder(a, c);
        var ofA = mirror().listMirroredUserGroups(ListMirroredUserGroupsRequest.newBuilder().setUserId(a).build());
        assertThat(ofA.getMembershipsList()).singleElement().satisfies(m -> {
            assertThat(m.getGroupId()).isEqualTo(g);
            assertThat(m.getGroupName()).isEqualTo("Book club");
            assertThat(m.hasMutedUntil()).isTrue();
        });
        assertThat(emulator().requests().total()).as("mirror reads call no upstream path").isEqualTo(upstream);

        groups().dismissGroup(DismissGroupRequest.newBuilder().setGroupId(g).setOperatorUserId(a).build());
        assertThat(failure(() -> group(g)).getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    }

    /**
     * RongCloud's group mute APIs take any group id: mutes, mute-all and the mute-all allow list of a hosted group
     * are mirrored under the hosted group, not as a legacy group of the same id.
     */
    @Test
    void aHostedGroupsMutesAndMuteAllowlistAreMirroredUnderTheHostedGroup() {
        String g = gid();
        String owner = uid();
        String a = uid();
        String b = uid();
        client.stub(EntrustGroupServiceGrpc.newBlockingStub(client.channel)).createEntrustGroup(
                CreateEntrustGroupRequest.newBuilder().setGroupId(g).setName("Hosted").setOwnerId(owner)
                        .addUserIds(a).addUserIds(b).build());
        mutes().muteGroupMembers(MuteGroupMembersRequest.newBuilder().setGroupId(g).addUserIds(a).setMinutes(30).build());
        mutes().muteAllGroupMembers(MuteAllGroupMembersRequest.newBuilder().addGroupIds(g).build());
        mutes().addGroupMuteWhitelist(AddGroupMuteWhitelistRequest.newBuilder().setGroupId(g).addUserIds(b)
                .addUserIds(owner).build());
        mutes().removeGroupMuteWhitelist(RemoveGroupMuteWhitelistRequest.newBuilder().setGroupId(g).addUserIds(owner)
                .build());

        long upstream = emulator().requests().total();
        MirroredGroup hosted = mirror().getMirroredGroup(GetMirroredGroupRequest.newBuilder().setGroupId(g)
                .setKind(GroupKind.GROUP_KIND_HOSTED).build());
        assertThat(hosted.getMuteAll()).isTrue();
        assertThat(hosted.getMuteAllowlistUserIdsList()).containsExactly(b);
        assertThat(hosted.getOwnerUserId()).isEqualTo(owner);
        var members = mirror().listMirroredGroupMembers(ListMirroredGroupMembersRequest.newBuilder().setGroupId(g)
                .setKind(GroupKind.GROUP_KIND_HOSTED).setPageSize(10).build()).getMembersList();
        assertThat(members).filteredOn(m -> m.getUserId().equals(a)).singleElement()
                .satisfies(m -> assertThat(m.hasMutedUntil()).isTrue());
        assertThat(members).filteredOn(m -> m.getUserId().equals(b)).singleElement()
                .satisfies(m -> assertThat(m.hasMutedUntil()).isFalse());
        assertThat(failure(() -> group(g)).getStatus().getCode())
                .as("no legacy group of that id was made up").isEqualTo(Status.Code.NOT_FOUND);
        assertThat(emulator().requests().total()).isEqualTo(upstream);
    }

    @Test
    void aFailedUpstreamMutationChangesNothingInTheMirror() {
        String g = gid();
        // quitting a group that does not exist fails upstream (NOT_FOUND): nothing is mirrored
        failure(() -> groups().quitGroup(QuitGroupRequest.newBuilder().setGroupId(g).addUserIds(uid()).build()));
        assertThat(failure(() -> group(g)).getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void usersAreMirroredAndOneGroupIsLeftForTheRestartTest() {
        String u = uid();
        client.stub(UserServiceGrpc.newBlockingStub(client.channel)).registerUser(RegisterUserRequest.newBuilder()
                .setUserId(u).setName("Alice").setPortraitUri("https://img.example/a.png").build());
        var user = mirror().getMirroredUser(GetMirroredUserRequest.newBuilder().setUserId(u).build());
        assertThat(user.getName()).isEqualTo("Alice");
        assertThat(user.getPortraitUri()).isEqualTo("https://img.example/a.png");

        String g = gid();
        groups().createGroup(CreateGroupRequest.newBuilder().setGroupId(g).setGroupName("survives restarts")
                .addUserIds(u).addUserIds(uid()).addUserIds(uid()).build());
        System.setProperty(RESTART_GROUP, g + "," + u);
    }
}
