package rongcloud.gateway.adapter.in.grpc.group;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.Optional;
import rongcloud.gateway.adapter.in.grpc.GrpcCalls;
import rongcloud.gateway.application.port.in.group.GroupManagementUseCase;
import rongcloud.gateway.domain.group.CreateGroupCommand;
import rongcloud.gateway.domain.group.DismissGroupCommand;
import rongcloud.gateway.domain.group.JoinGroupCommand;
import rongcloud.gateway.domain.group.ListGroupMembersCommand;
import rongcloud.gateway.domain.group.ListUserGroupsCommand;
import rongcloud.gateway.domain.group.QuitGroupCommand;
import rongcloud.gateway.domain.group.SyncUserGroupsCommand;
import rongcloud.gateway.domain.group.UpdateGroupNameCommand;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.proto.v1.CreateGroupRequest;
import rongcloud.gateway.proto.v1.CreateGroupResponse;
import rongcloud.gateway.proto.v1.DismissGroupRequest;
import rongcloud.gateway.proto.v1.DismissGroupResponse;
import rongcloud.gateway.proto.v1.GroupService;
import rongcloud.gateway.proto.v1.JoinGroupRequest;
import rongcloud.gateway.proto.v1.JoinGroupResponse;
import rongcloud.gateway.proto.v1.ListGroupMembersRequest;
import rongcloud.gateway.proto.v1.ListGroupMembersResponse;
import rongcloud.gateway.proto.v1.ListUserGroupsRequest;
import rongcloud.gateway.proto.v1.ListUserGroupsResponse;
import rongcloud.gateway.proto.v1.QuitGroupRequest;
import rongcloud.gateway.proto.v1.QuitGroupResponse;
import rongcloud.gateway.proto.v1.SyncUserGroupsRequest;
import rongcloud.gateway.proto.v1.SyncUserGroupsResponse;
import rongcloud.gateway.proto.v1.UpdateGroupNameRequest;
import rongcloud.gateway.proto.v1.UpdateGroupNameResponse;
import rongcloud.gateway.proto.v1.UserGroup;

/** The "group" area over gRPC: maps messages to commands and results to messages, nothing else. */
@GrpcService
@Blocking
public class GroupGrpcService implements GroupService {
    private final GroupManagementUseCase groups;

    @Inject
    public GroupGrpcService(GroupManagementUseCase groups) {
        this.groups = groups;
    }

    @Override
    public Uni<CreateGroupResponse> createGroup(CreateGroupRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.createGroup(ctx, new CreateGroupCommand(r.getGroupId(), r.getGroupName(), r.getUserIdsList()));
            return CreateGroupResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<DismissGroupResponse> dismissGroup(DismissGroupRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.dismissGroup(ctx, new DismissGroupCommand(r.getGroupId(), r.getOperatorUserId()));
            return DismissGroupResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<JoinGroupResponse> joinGroup(JoinGroupRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.joinGroup(ctx, new JoinGroupCommand(r.getGroupId(), r.getUserIdsList(),
                    r.hasGroupName() ? Optional.of(r.getGroupName()) : Optional.empty()));
            return JoinGroupResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<QuitGroupResponse> quitGroup(QuitGroupRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.quitGroup(ctx, new QuitGroupCommand(r.getGroupId(), r.getUserIdsList()));
            return QuitGroupResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListGroupMembersResponse> listGroupMembers(ListGroupMembersRequest r) {
        return GrpcCalls.unary(ctx -> ListGroupMembersResponse.newBuilder()
                .addAllUserIds(groups.listGroupMembers(ctx, new ListGroupMembersCommand(r.getGroupId()))).build());
    }

    @Override
    public Uni<SyncUserGroupsResponse> syncUserGroups(SyncUserGroupsRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.syncUserGroups(ctx, new SyncUserGroupsCommand(r.getUserId(), r.getGroupsList().stream()
                    .map(g -> new rongcloud.gateway.domain.group.UserGroup(g.getGroupId(), g.getGroupName())).toList()));
            return SyncUserGroupsResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListUserGroupsResponse> listUserGroups(ListUserGroupsRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<rongcloud.gateway.domain.group.UserGroup> page = groups.listUserGroups(ctx,
                    ListUserGroupsCommand.of(r.getUserId(), r.getPageSize(), r.getPageToken()));
            ListUserGroupsResponse.Builder b = ListUserGroupsResponse.newBuilder()
                    .setNextPageToken(page.nextPageToken().orElse(""));
            page.items().forEach(g -> b.addGroups(UserGroup.newBuilder().setGroupId(g.groupId()).setGroupName(g.groupName())));
            return b.build();
        });
    }

    @Override
    public Uni<UpdateGroupNameResponse> updateGroupName(UpdateGroupNameRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.updateGroupName(ctx, new UpdateGroupNameCommand(r.getGroupId(), r.getGroupName()));
            return UpdateGroupNameResponse.getDefaultInstance();
        });
    }
}
