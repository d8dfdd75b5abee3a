package rongcloud.gateway.adapter.in.grpc.entrustgroup;

import static rongcloud.gateway.adapter.in.grpc.entrustgroup.EntrustGroupMessages.group;
import static rongcloud.gateway.adapter.in.grpc.entrustgroup.EntrustGroupMessages.leave;
import static rongcloud.gateway.adapter.in.grpc.entrustgroup.EntrustGroupMessages.member;
import static rongcloud.gateway.adapter.in.grpc.entrustgroup.EntrustGroupMessages.order;
import static rongcloud.gateway.adapter.in.grpc.entrustgroup.EntrustGroupMessages.permissions;
import static rongcloud.gateway.adapter.in.grpc.entrustgroup.EntrustGroupMessages.profile;
import static rongcloud.gateway.adapter.in.grpc.entrustgroup.EntrustGroupMessages.role;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.Optional;
import rongcloud.gateway.adapter.in.grpc.GrpcCalls;
import rongcloud.gateway.adapter.in.grpc.ProtoTime;
import rongcloud.gateway.application.port.in.entrustgroup.EntrustGroupUseCase;
import rongcloud.gateway.domain.entrustgroup.AddEntrustGroupManagersCommand;
import rongcloud.gateway.domain.entrustgroup.BatchGetEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.BatchGetEntrustGroupsCommand;
import rongcloud.gateway.domain.entrustgroup.CountedPage;
import rongcloud.gateway.domain.entrustgroup.CreateEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.DeleteEntrustGroupRemarkNameCommand;
import rongcloud.gateway.domain.entrustgroup.DismissEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.FollowEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.GetEntrustGroupRemarkNameCommand;
import rongcloud.gateway.domain.entrustgroup.GetFollowedEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.GroupMember;
import rongcloud.gateway.domain.entrustgroup.GroupSummary;
import rongcloud.gateway.domain.entrustgroup.ImportEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.JoinEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.JoinedGroup;
import rongcloud.gateway.domain.entrustgroup.KickEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.KickUserFromAllEntrustGroupsCommand;
import rongcloud.gateway.domain.entrustgroup.ListEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.ListEntrustGroupsCommand;
import rongcloud.gateway.domain.entrustgroup.ListJoinedEntrustGroupsCommand;
import rongcloud.gateway.domain.entrustgroup.QuitEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.RemoveEntrustGroupManagersCommand;
import rongcloud.gateway.domain.entrustgroup.SetEntrustGroupRemarkNameCommand;
import rongcloud.gateway.domain.entrustgroup.TransferEntrustGroupOwnerCommand;
import rongcloud.gateway.domain.entrustgroup.UnfollowEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.UpdateEntrustGroupMemberCommand;
import rongcloud.gateway.domain.entrustgroup.UpdateEntrustGroupProfileCommand;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.proto.v1.AddEntrustGroupManagersRequest;
import rongcloud.gateway.proto.v1.AddEntrustGroupManagersResponse;
import rongcloud.gateway.proto.v1.BatchGetEntrustGroupMembersRequest;
import rongcloud.gateway.proto.v1.BatchGetEntrustGroupMembersResponse;
import rongcloud.gateway.proto.v1.BatchGetEntrustGroupsRequest;
import rongcloud.gateway.proto.v1.BatchGetEntrustGroupsResponse;
import rongcloud.gateway.proto.v1.CreateEntrustGroupRequest;
import rongcloud.gateway.proto.v1.CreateEntrustGroupResponse;
import rongcloud.gateway.proto.v1.DeleteEntrustGroupRemarkNameRequest;
import rongcloud.gateway.proto.v1.DeleteEntrustGroupRemarkNameResponse;
import rongcloud.gateway.proto.v1.DismissEntrustGroupRequest;
import rongcloud.gateway.proto.v1.DismissEntrustGroupResponse;
import rongcloud.gateway.proto.v1.EntrustGroupService;
import rongcloud.gateway.proto.v1.EntrustGroupSummary;
import rongcloud.gateway.proto.v1.FollowEntrustGroupMembersRequest;
import rongcloud.gateway.proto.v1.FollowEntrustGroupMembersResponse;
import rongcloud.gateway.proto.v1.FollowedEntrustGroupMember;
import rongcloud.gateway.proto.v1.GetEntrustGroupRemarkNameRequest;
import rongcloud.gateway.proto.v1.GetEntrustGroupRemarkNameResponse;
import rongcloud.gateway.proto.v1.GetFollowedEntrustGroupMembersRequest;
import rongcloud.gateway.proto.v1.GetFollowedEntrustGroupMembersResponse;
import rongcloud.gateway.proto.v1.ImportEntrustGroupRequest;
import rongcloud.gateway.proto.v1.ImportEntrustGroupResponse;
import rongcloud.gateway.proto.v1.JoinEntrustGroupRequest;
import rongcloud.gateway.proto.v1.JoinEntrustGroupResponse;
import rongcloud.gateway.proto.v1.JoinedEntrustGroup;
import rongcloud.gateway.proto.v1.KickEntrustGroupMembersRequest;
import rongcloud.gateway.proto.v1.KickEntrustGroupMembersResponse;
import rongcloud.gateway.proto.v1.KickUserFromAllEntrustGroupsRequest;
import rongcloud.gateway.proto.v1.KickUserFromAllEntrustGroupsResponse;
import rongcloud.gateway.proto.v1.ListEntrustGroupMembersRequest;
import rongcloud.gateway.proto.v1.ListEntrustGroupMembersResponse;
import rongcloud.gateway.proto.v1.ListEntrustGroupsRequest;
import rongcloud.gateway.proto.v1.ListEntrustGroupsResponse;
import rongcloud.gateway.proto.v1.ListJoinedEntrustGroupsRequest;
import rongcloud.gateway.proto.v1.ListJoinedEntrustGroupsResponse;
import rongcloud.gateway.proto.v1.QuitEntrustGroupRequest;
import rongcloud.gateway.proto.v1.QuitEntrustGroupResponse;
import rongcloud.gateway.proto.v1.RemoveEntrustGroupManagersRequest;
import rongcloud.gateway.proto.v1.RemoveEntrustGroupManagersResponse;
import rongcloud.gateway.proto.v1.SetEntrustGroupRemarkNameRequest;
import rongcloud.gateway.proto.v1.SetEntrustGroupRemarkNameResponse;
import rongcloud.gateway.proto.v1.TransferEntrustGroupOwnerRequest;
import rongcloud.gateway.proto.v1.TransferEntrustGroupOwnerResponse;
import rongcloud.gateway.proto.v1.UnfollowEntrustGroupMembersRequest;
import rongcloud.gateway.proto.v1.UnfollowEntrustGroupMembersResponse;
import rongcloud.gateway.proto.v1.UpdateEntrustGroupMemberRequest;
import rongcloud.gateway.proto.v1.UpdateEntrustGroupMemberResponse;
import rongcloud.gateway.proto.v1.UpdateEntrustGroupProfileRequest;
import rongcloud.gateway.proto.v1.UpdateEntrustGroupProfileResponse;

/** The "entrust-group" area over gRPC: maps messages to commands and results to messages, nothing else. */
@GrpcService
@Blocking
public class EntrustGroupGrpcService implements EntrustGroupService {
    private final EntrustGroupUseCase groups;

    @Inject
    public EntrustGroupGrpcService(EntrustGroupUseCase groups) {
        this.groups = groups;
    }

    @Override
    public Uni<CreateEntrustGroupResponse> createEntrustGroup(CreateEntrustGroupRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.createGroup(ctx, new CreateEntrustGroupCommand(r.getGroupId(), r.getName(), r.getOwnerId(),
                    r.getUserIdsList(), profile(r.hasProfile(), r.getProfile()), permissions(r.getPermissions()),
                    r.getExtProfileMap()));
            return CreateEntrustGroupResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<UpdateEntrustGroupProfileResponse> updateEntrustGroupProfile(UpdateEntrustGroupProfileRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.updateGroupProfile(ctx, new UpdateEntrustGroupProfileCommand(r.getGroupId(),
                    r.hasName() ? Optional.of(r.getName()) : Optional.empty(), profile(r.hasProfile(), r.getProfile()),
                    permissions(r.getPermissions()), r.getExtProfileMap()));
            return UpdateEntrustGroupProfileResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<BatchGetEntrustGroupsResponse> batchGetEntrustGroups(BatchGetEntrustGroupsRequest r) {
        return GrpcCalls.unary(ctx -> {
            BatchGetEntrustGroupsResponse.Builder b = BatchGetEntrustGroupsResponse.newBuilder();
            groups.getGroups(ctx, new BatchGetEntrustGroupsCommand(r.getGroupIdsList()))
                    .forEach(g -> b.addGroups(group(g)));
            return b.build();
        });
    }

    @Override
    public Uni<JoinEntrustGroupResponse> joinEntrustGroup(JoinEntrustGroupRequest r) {
        return GrpcCalls.unary(ctx -> JoinEntrustGroupResponse.newBuilder()
                .setGroup(group(groups.joinGroup(ctx, new JoinEntrustGroupCommand(r.getGroupId(), r.getUserIdsList()))))
                .build());
    }

    @Override
    public Uni<ImportEntrustGroupResponse> importEntrustGroup(ImportEntrustGroupRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.importGroup(ctx, new ImportEntrustGroupCommand(r.getGroupId(), r.getName(), r.getOwnerId(),
                    profile(r.hasProfile(), r.getProfile()), permissions(r.getPermissions()), r.getExtProfileMap()));
            return ImportEntrustGroupResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<QuitEntrustGroupResponse> quitEntrustGroup(QuitEntrustGroupRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.quitGroup(ctx, new QuitEntrustGroupCommand(r.getGroupId(), r.getUserIdsList(), leave(r.getOptions())));
            return QuitEntrustGroupResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<KickEntrustGroupMembersResponse> kickEntrustGroupMembers(KickEntrustGroupMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.kickMembers(ctx, new KickEntrustGroupMembersCommand(r.getGroupId(), r.getUserIdsList(),
                    leave(r.getOptions())));
            return KickEntrustGroupMembersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<KickUserFromAllEntrustGroupsResponse> kickUserFromAllEntrustGroups(KickUserFromAllEntrustGroupsRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.kickUserFromAllGroups(ctx, new KickUserFromAllEntrustGroupsCommand(r.getUserId()));
            return KickUserFromAllEntrustGroupsResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<DismissEntrustGroupResponse> dismissEntrustGroup(DismissEntrustGroupRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.dismissGroup(ctx, new DismissEntrustGroupCommand(r.getGroupId()));
            return DismissEntrustGroupResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<TransferEntrustGroupOwnerResponse> transferEntrustGroupOwner(TransferEntrustGroupOwnerRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.transferOwner(ctx, new TransferEntrustGroupOwnerCommand(r.getGroupId(), r.getNewOwnerId(),
                    r.getPreviousOwnerQuits(), leave(r.getOptions())));
            return TransferEntrustGroupOwnerResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<AddEntrustGroupManagersResponse> addEntrustGroupManagers(AddEntrustGroupManagersRequest r) {
        return GrpcCalls.unary(ctx -> AddEntrustGroupManagersResponse.newBuilder()
                .addAllNotMemberUserIds(groups.addManagers(ctx,
                        new AddEntrustGroupManagersCommand(r.getGroupId(), r.getUserIdsList())))
                .build());
    }

    @Override
    public Uni<RemoveEntrustGroupManagersResponse> removeEntrustGroupManagers(RemoveEntrustGroupManagersRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.removeManagers(ctx, new RemoveEntrustGroupManagersCommand(r.getGroupId(), r.getUserIdsList()));
            return RemoveEntrustGroupManagersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListEntrustGroupMembersResponse> listEntrustGroupMembers(ListEntrustGroupMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            CountedPage<GroupMember> members = groups.listMembers(ctx, ListEntrustGroupMembersCommand.of(
                    r.getGroupId(), role(r.getRole()), r.getPageSize(), r.getPageToken(), order(r.getOrder())));
            ListEntrustGroupMembersResponse.Builder b = ListEntrustGroupMembersResponse.newBuilder()
                    .setTotalSize(members.total()).setNextPageToken(members.page().nextPageToken().orElse(""));
            members.page().items().forEach(m -> b.addMembers(member(m)));
            return b.build();
        });
    }

    @Override
    public Uni<BatchGetEntrustGroupMembersResponse> batchGetEntrustGroupMembers(BatchGetEntrustGroupMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            BatchGetEntrustGroupMembersResponse.Builder b = BatchGetEntrustGroupMembersResponse.newBuilder();
            groups.getMembers(ctx, new BatchGetEntrustGroupMembersCommand(r.getGroupId(), r.getUserIdsList()))
                    .forEach(m -> b.addMembers(member(m)));
            return b.build();
        });
    }

    @Override
    public Uni<UpdateEntrustGroupMemberResponse> updateEntrustGroupMember(UpdateEntrustGroupMemberRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.updateMember(ctx, new UpdateEntrustGroupMemberCommand(r.getGroupId(), r.getUserId(), r.getNickname(),
                    r.hasExtra() ? Optional.of(r.getExtra()) : Optional.empty()));
            return UpdateEntrustGroupMemberResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<FollowEntrustGroupMembersResponse> followEntrustGroupMembers(FollowEntrustGroupMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.followMembers(ctx, new FollowEntrustGroupMembersCommand(r.getGroupId(), r.getUserId(),
                    r.getFollowUserIdsList()));
            return FollowEntrustGroupMembersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<UnfollowEntrustGroupMembersResponse> unfollowEntrustGroupMembers(UnfollowEntrustGroupMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.unfollowMembers(ctx, new UnfollowEntrustGroupMembersCommand(r.getGroupId(), r.getUserId(),
                    r.getFollowUserIdsList()));
            return UnfollowEntrustGroupMembersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<GetFollowedEntrustGroupMembersResponse> getFollowedEntrustGroupMembers(
            GetFollowedEntrustGroupMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            GetFollowedEntrustGroupMembersResponse.Builder b = GetFollowedEntrustGroupMembersResponse.newBuilder();
            groups.getFollowedMembers(ctx, new GetFollowedEntrustGroupMembersCommand(r.getGroupId(), r.getUserId()))
                    .forEach(f -> {
                        FollowedEntrustGroupMember.Builder m = FollowedEntrustGroupMember.newBuilder()
                                .setUserId(f.userId());
                        f.followTime().ifPresent(t -> m.setFollowTime(ProtoTime.of(t)));
                        b.addMembers(m);
                    });
            return b.build();
        });
    }

    @Override
    public Uni<SetEntrustGroupRemarkNameResponse> setEntrustGroupRemarkName(SetEntrustGroupRemarkNameRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.setRemarkName(ctx, new SetEntrustGroupRemarkNameCommand(r.getGroupId(), r.getUserId(),
                    r.getRemarkName()));
            return SetEntrustGroupRemarkNameResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<DeleteEntrustGroupRemarkNameResponse> deleteEntrustGroupRemarkName(DeleteEntrustGroupRemarkNameRequest r) {
        return GrpcCalls.unary(ctx -> {
            groups.deleteRemarkName(ctx, new DeleteEntrustGroupRemarkNameCommand(r.getGroupId(), r.getUserId()));
            return DeleteEntrustGroupRemarkNameResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<GetEntrustGroupRemarkNameResponse> getEntrustGroupRemarkName(GetEntrustGroupRemarkNameRequest r) {
        return GrpcCalls.unary(ctx -> GetEntrustGroupRemarkNameResponse.newBuilder()
                .setRemarkName(groups.getRemarkName(ctx,
                        new GetEntrustGroupRemarkNameCommand(r.getGroupId(), r.getUserId())))
                .build());
    }

    @Override
    public Uni<ListEntrustGroupsResponse> listEntrustGroups(ListEntrustGroupsRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<GroupSummary> page = groups.listGroups(ctx,
                    ListEntrustGroupsCommand.of(r.getPageSize(), r.getPageToken(), order(r.getOrder())));
            ListEntrustGroupsResponse.Builder b = ListEntrustGroupsResponse.newBuilder()
                    .setNextPageToken(page.nextPageToken().orElse(""));
            for (GroupSummary g : page.items()) {
                EntrustGroupSummary.Builder s = EntrustGroupSummary.newBuilder().setGroupId(g.groupId())
                        .setName(g.name()).setCreatorId(g.creatorId()).setOwnerId(g.ownerId())
                        .setPortraitUrl(g.portraitUrl());
                g.createTime().ifPresent(t -> s.setCreateTime(ProtoTime.of(t)));
                b.addGroups(s);
            }
            return b.build();
        });
    }

    @Override
    public Uni<ListJoinedEntrustGroupsResponse> listJoinedEntrustGroups(ListJoinedEntrustGroupsRequest r) {
        return GrpcCalls.unary(ctx -> {
            CountedPage<JoinedGroup> joined = groups.listJoinedGroups(ctx, ListJoinedEntrustGroupsCommand.of(
                    r.getUserId(), role(r.getRole()), r.getPageSize(), r.getPageToken(), order(r.getOrder())));
            ListJoinedEntrustGroupsResponse.Builder b = ListJoinedEntrustGroupsResponse.newBuilder()
                    .setTotalSize(joined.total()).setNextPageToken(joined.page().nextPageToken().orElse(""));
            for (JoinedGroup j : joined.page().items()) {
                JoinedEntrustGroup.Builder m = JoinedEntrustGroup.newBuilder().setGroup(group(j.group()))
                        .setRemarkName(j.remarkName()).setRoleValue(EntrustGroupMessages.number(j.role()));
                j.joinTime().ifPresent(t -> m.setJoinTime(ProtoTime.of(t)));
                b.addGroups(m);
            }
            return b.build();
        });
    }
}
