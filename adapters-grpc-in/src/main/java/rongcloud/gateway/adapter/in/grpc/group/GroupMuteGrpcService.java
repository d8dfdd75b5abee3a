package rongcloud.gateway.adapter.in.grpc.group;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.Optional;
import rongcloud.gateway.adapter.in.grpc.GrpcCalls;
import rongcloud.gateway.adapter.in.grpc.ProtoTime;
import rongcloud.gateway.application.port.in.group.GroupMuteManagementUseCase;
import rongcloud.gateway.domain.group.AddGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.group.GetGroupMuteAllStatesCommand;
import rongcloud.gateway.domain.group.ListGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.group.ListMuteAllGroupsCommand;
import rongcloud.gateway.domain.group.ListMutedGroupMembersCommand;
import rongcloud.gateway.domain.group.MuteAllGroupMembersCommand;
import rongcloud.gateway.domain.group.MuteGroupMembersCommand;
import rongcloud.gateway.domain.group.RemoveGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.group.UnmuteAllGroupMembersCommand;
import rongcloud.gateway.domain.group.UnmuteGroupMembersCommand;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.proto.v1.AddGroupMuteWhitelistRequest;
import rongcloud.gateway.proto.v1.AddGroupMuteWhitelistResponse;
import rongcloud.gateway.proto.v1.GetGroupMuteAllStatesRequest;
import rongcloud.gateway.proto.v1.GetGroupMuteAllStatesResponse;
import rongcloud.gateway.proto.v1.GroupMuteService;
import rongcloud.gateway.proto.v1.ListGroupMuteWhitelistRequest;
import rongcloud.gateway.proto.v1.ListGroupMuteWhitelistResponse;
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
import rongcloud.gateway.proto.v1.RemoveGroupMuteWhitelistResponse;
import rongcloud.gateway.proto.v1.UnmuteAllGroupMembersRequest;
import rongcloud.gateway.proto.v1.UnmuteAllGroupMembersResponse;
import rongcloud.gateway.proto.v1.UnmuteGroupMembersRequest;
import rongcloud.gateway.proto.v1.UnmuteGroupMembersResponse;

/** The "group-mute" area over gRPC: maps messages to commands and results to messages, nothing else. */
@GrpcService
@Blocking
public class GroupMuteGrpcService implements GroupMuteService {
    private final GroupMuteManagementUseCase mutes;

    @Inject
    public GroupMuteGrpcService(GroupMuteManagementUseCase mutes) {
        this.mutes = mutes;
    }

    @Override
    public Uni<MuteGroupMembersResponse> muteGroupMembers(MuteGroupMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            mutes.muteGroupMembers(ctx, new MuteGroupMembersCommand(r.getUserIdsList(), Optional.of(r.getGroupId()),
                    r.getMinutes(), r.getPermanent()));
            return MuteGroupMembersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<UnmuteGroupMembersResponse> unmuteGroupMembers(UnmuteGroupMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            mutes.unmuteGroupMembers(ctx, new UnmuteGroupMembersCommand(r.getUserIdsList(), Optional.of(r.getGroupId())));
            return UnmuteGroupMembersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListMutedGroupMembersResponse> listMutedGroupMembers(ListMutedGroupMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            ListMutedGroupMembersResponse.Builder b = ListMutedGroupMembersResponse.newBuilder();
            for (var m : mutes.listMutedGroupMembers(ctx, new ListMutedGroupMembersCommand(Optional.of(r.getGroupId())))) {
                MutedGroupMember.Builder mb = MutedGroupMember.newBuilder().setUserId(m.userId());
                m.startTime().ifPresent(t -> mb.setStartTime(ProtoTime.of(t)));
                m.endTime().ifPresent(t -> mb.setEndTime(ProtoTime.of(t)));
                b.addMutedMembers(mb);
            }
            return b.build();
        });
    }

    @Override
    public Uni<MuteAllGroupMembersResponse> muteAllGroupMembers(MuteAllGroupMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            mutes.muteAllGroupMembers(ctx, new MuteAllGroupMembersCommand(r.getGroupIdsList()));
            return MuteAllGroupMembersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<UnmuteAllGroupMembersResponse> unmuteAllGroupMembers(UnmuteAllGroupMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            mutes.unmuteAllGroupMembers(ctx, new UnmuteAllGroupMembersCommand(r.getGroupIdsList()));
            return UnmuteAllGroupMembersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<GetGroupMuteAllStatesResponse> getGroupMuteAllStates(GetGroupMuteAllStatesRequest r) {
        return GrpcCalls.unary(ctx -> GetGroupMuteAllStatesResponse.newBuilder()
                .putAllMutedAll(mutes.getGroupMuteAllStates(ctx, new GetGroupMuteAllStatesCommand(r.getGroupIdsList())))
                .build());
    }

    @Override
    public Uni<ListMuteAllGroupsResponse> listMuteAllGroups(ListMuteAllGroupsRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<String> page = mutes.listMuteAllGroups(ctx, ListMuteAllGroupsCommand.of(r.getPageSize(), r.getPageToken()));
            return ListMuteAllGroupsResponse.newBuilder().addAllGroupIds(page.items())
                    .setNextPageToken(page.nextPageToken().orElse("")).build();
        });
    }

    @Override
    public Uni<AddGroupMuteWhitelistResponse> addGroupMuteWhitelist(AddGroupMuteWhitelistRequest r) {
        return GrpcCalls.unary(ctx -> {
            mutes.addGroupMuteWhitelist(ctx, new AddGroupMuteWhitelistCommand(r.getGroupId(), r.getUserIdsList()));
            return AddGroupMuteWhitelistResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<RemoveGroupMuteWhitelistResponse> removeGroupMuteWhitelist(RemoveGroupMuteWhitelistRequest r) {
        return GrpcCalls.unary(ctx -> {
            mutes.removeGroupMuteWhitelist(ctx, new RemoveGroupMuteWhitelistCommand(r.getGroupId(), r.getUserIdsList()));
            return RemoveGroupMuteWhitelistResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListGroupMuteWhitelistResponse> listGroupMuteWhitelist(ListGroupMuteWhitelistRequest r) {
        return GrpcCalls.unary(ctx -> ListGroupMuteWhitelistResponse.newBuilder()
                .addAllUserIds(mutes.listGroupMuteWhitelist(ctx, new ListGroupMuteWhitelistCommand(r.getGroupId())))
                .build());
    }
}
