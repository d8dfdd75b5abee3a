package rongcloud.gateway.adapter.in.grpc.ultragroup;

import static rongcloud.gateway.adapter.in.grpc.ultragroup.UltraGroupMessages.optional;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import rongcloud.gateway.adapter.in.grpc.GrpcCalls;
import rongcloud.gateway.adapter.in.grpc.ProtoTime;
import rongcloud.gateway.adapter.in.grpc.message.MessageProtos;
import rongcloud.gateway.application.port.in.ultragroup.UltraGroupUseCase;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.ultragroup.*;
import rongcloud.gateway.domain.ultragroup.UltraGroupChannel;
import rongcloud.gateway.domain.ultragroup.UltraGroupExpansionEntry;
import rongcloud.gateway.domain.ultragroup.UltraGroupMessageRef;
import rongcloud.gateway.proto.v1.*;
import rongcloud.gateway.proto.v1.UltraGroupService;

/** The "ultragroup" area over gRPC: maps messages to commands and results to messages, nothing else. */
@GrpcService
@Blocking
public class UltraGroupGrpcService implements UltraGroupService {
    private final UltraGroupUseCase ultraGroups;

    @Inject
    public UltraGroupGrpcService(UltraGroupUseCase ultraGroups) {
        this.ultraGroups = ultraGroups;
    }

    @Override
    public Uni<CreateUltraGroupResponse> createUltraGroup(CreateUltraGroupRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.createUltraGroup(ctx, new CreateUltraGroupCommand(r.getGroupId(), r.getUserId(), r.getGroupName()));
            return CreateUltraGroupResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<JoinUltraGroupResponse> joinUltraGroup(JoinUltraGroupRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.joinUltraGroup(ctx, new JoinUltraGroupCommand(r.getGroupId(), r.getUserId()));
            return JoinUltraGroupResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<QuitUltraGroupResponse> quitUltraGroup(QuitUltraGroupRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.quitUltraGroup(ctx, new QuitUltraGroupCommand(r.getGroupId(), r.getUserId()));
            return QuitUltraGroupResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<DismissUltraGroupResponse> dismissUltraGroup(DismissUltraGroupRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.dismissUltraGroup(ctx, new DismissUltraGroupCommand(r.getGroupId()));
            return DismissUltraGroupResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<RefreshUltraGroupResponse> refreshUltraGroup(RefreshUltraGroupRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.refreshUltraGroup(ctx, new RefreshUltraGroupCommand(r.getGroupId(), r.getGroupName()));
            return RefreshUltraGroupResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<CheckUltraGroupMemberResponse> checkUltraGroupMember(CheckUltraGroupMemberRequest r) {
        return GrpcCalls.unary(ctx -> CheckUltraGroupMemberResponse.newBuilder().setMember(ultraGroups.checkUltraGroupMember(ctx, new CheckUltraGroupMemberCommand(r.getGroupId(), r.getUserId()))).build());
    }

    @Override
    public Uni<CreateUltraGroupChannelResponse> createUltraGroupChannel(CreateUltraGroupChannelRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.createUltraGroupChannel(ctx, new CreateUltraGroupChannelCommand(r.getGroupId(), r.getChannelId(), UltraGroupMessages.channelType(r.getType())));
            return CreateUltraGroupChannelResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<DeleteUltraGroupChannelResponse> deleteUltraGroupChannel(DeleteUltraGroupChannelRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.deleteUltraGroupChannel(ctx, new DeleteUltraGroupChannelCommand(r.getGroupId(), r.getChannelId()));
            return DeleteUltraGroupChannelResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListUltraGroupChannelsResponse> listUltraGroupChannels(ListUltraGroupChannelsRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<UltraGroupChannel> page = ultraGroups.listUltraGroupChannels(ctx,
                    ListUltraGroupChannelsCommand.of(r.getGroupId(), r.getPageSize(), r.getPageToken()));
            return ListUltraGroupChannelsResponse.newBuilder()
                    .addAllChannels(page.items().stream().map(UltraGroupMessages::channel).toList())
                    .setNextPageToken(page.nextPageToken().orElse("")).build();
        });
    }

    @Override
    public Uni<ChangeUltraGroupChannelTypeResponse> changeUltraGroupChannelType(ChangeUltraGroupChannelTypeRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.changeUltraGroupChannelType(ctx, new ChangeUltraGroupChannelTypeCommand(r.getGroupId(), r.getChannelId(), UltraGroupMessages.channelType(r.getType())));
            return ChangeUltraGroupChannelTypeResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<AddUltraGroupPrivateChannelUsersResponse> addUltraGroupPrivateChannelUsers(AddUltraGroupPrivateChannelUsersRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.addUltraGroupPrivateChannelUsers(ctx, new AddUltraGroupPrivateChannelUsersCommand(r.getGroupId(), r.getChannelId(), r.getUserIdsList()));
            return AddUltraGroupPrivateChannelUsersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<RemoveUltraGroupPrivateChannelUsersResponse> removeUltraGroupPrivateChannelUsers(RemoveUltraGroupPrivateChannelUsersRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.removeUltraGroupPrivateChannelUsers(ctx, new RemoveUltraGroupPrivateChannelUsersCommand(r.getGroupId(), r.getChannelId(), r.getUserIdsList()));
            return RemoveUltraGroupPrivateChannelUsersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListUltraGroupPrivateChannelUsersResponse> listUltraGroupPrivateChannelUsers(ListUltraGroupPrivateChannelUsersRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<String> page = ultraGroups.listUltraGroupPrivateChannelUsers(ctx, ListUltraGroupPrivateChannelUsersCommand.of(r.getGroupId(), r.getChannelId(), r.getPageSize(), r.getPageToken()));
            return ListUltraGroupPrivateChannelUsersResponse.newBuilder().addAllUserIds(page.items())
                    .setNextPageToken(page.nextPageToken().orElse("")).build();
        });
    }

    @Override
    public Uni<ListUltraGroupUserPrivateChannelsResponse> listUltraGroupUserPrivateChannels(ListUltraGroupUserPrivateChannelsRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<String> page = ultraGroups.listUltraGroupUserPrivateChannels(ctx, ListUltraGroupUserPrivateChannelsCommand.of(r.getGroupId(), r.getUserId(), r.getPageSize(), r.getPageToken()));
            return ListUltraGroupUserPrivateChannelsResponse.newBuilder().addAllChannelIds(page.items())
                    .setNextPageToken(page.nextPageToken().orElse("")).build();
        });
    }

    @Override
    public Uni<MuteUltraGroupUsersResponse> muteUltraGroupUsers(MuteUltraGroupUsersRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.muteUltraGroupUsers(ctx, new MuteUltraGroupUsersCommand(r.getGroupId(), optional(r.getChannelId()), r.getUserIdsList()));
            return MuteUltraGroupUsersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<UnmuteUltraGroupUsersResponse> unmuteUltraGroupUsers(UnmuteUltraGroupUsersRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.unmuteUltraGroupUsers(ctx, new UnmuteUltraGroupUsersCommand(r.getGroupId(), optional(r.getChannelId()), r.getUserIdsList()));
            return UnmuteUltraGroupUsersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListUltraGroupMutedUsersResponse> listUltraGroupMutedUsers(ListUltraGroupMutedUsersRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<String> page = ultraGroups.listUltraGroupMutedUsers(ctx, ListUltraGroupMutedUsersCommand.of(r.getGroupId(), optional(r.getChannelId()), r.getPageSize(), r.getPageToken()));
            return ListUltraGroupMutedUsersResponse.newBuilder().addAllUserIds(page.items())
                    .setNextPageToken(page.nextPageToken().orElse("")).build();
        });
    }

    @Override
    public Uni<SetUltraGroupMuteAllResponse> setUltraGroupMuteAll(SetUltraGroupMuteAllRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.setUltraGroupMuteAll(ctx, new SetUltraGroupMuteAllCommand(r.getGroupId(), optional(r.getChannelId()), r.getMuted()));
            return SetUltraGroupMuteAllResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<GetUltraGroupMuteAllResponse> getUltraGroupMuteAll(GetUltraGroupMuteAllRequest r) {
        return GrpcCalls.unary(ctx -> GetUltraGroupMuteAllResponse.newBuilder().setMuted(ultraGroups.getUltraGroupMuteAll(ctx, new GetUltraGroupMuteAllCommand(r.getGroupId(), optional(r.getChannelId())))).build());
    }

    @Override
    public Uni<AddUltraGroupMuteWhitelistResponse> addUltraGroupMuteWhitelist(AddUltraGroupMuteWhitelistRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.addUltraGroupMuteWhitelist(ctx, new AddUltraGroupMuteWhitelistCommand(r.getGroupId(), optional(r.getChannelId()), r.getUserIdsList()));
            return AddUltraGroupMuteWhitelistResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<RemoveUltraGroupMuteWhitelistResponse> removeUltraGroupMuteWhitelist(RemoveUltraGroupMuteWhitelistRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.removeUltraGroupMuteWhitelist(ctx, new RemoveUltraGroupMuteWhitelistCommand(r.getGroupId(), optional(r.getChannelId()), r.getUserIdsList()));
            return RemoveUltraGroupMuteWhitelistResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListUltraGroupMuteWhitelistResponse> listUltraGroupMuteWhitelist(ListUltraGroupMuteWhitelistRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<String> page = ultraGroups.listUltraGroupMuteWhitelist(ctx, ListUltraGroupMuteWhitelistCommand.of(r.getGroupId(), optional(r.getChannelId()), r.getPageSize(), r.getPageToken()));
            return ListUltraGroupMuteWhitelistResponse.newBuilder().addAllUserIds(page.items())
                    .setNextPageToken(page.nextPageToken().orElse("")).build();
        });
    }

    @Override
    public Uni<GetUltraGroupMessagesResponse> getUltraGroupMessages(GetUltraGroupMessagesRequest r) {
        return GrpcCalls.unary(ctx -> {
            List<UltraGroupMessageRef> refs = r.getMessagesList().stream()
                    .map(m -> new UltraGroupMessageRef(m.getMessageUid(), optional(m.getChannelId()))).toList();
            return GetUltraGroupMessagesResponse.newBuilder().addAllMessages(ultraGroups.getUltraGroupMessages(ctx,
                    new GetUltraGroupMessagesCommand(r.getGroupId(), refs)).stream().map(UltraGroupMessages::message).toList())
                    .build();
        });
    }

    @Override
    public Uni<ModifyUltraGroupMessageResponse> modifyUltraGroupMessage(ModifyUltraGroupMessageRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.modifyUltraGroupMessage(ctx, new ModifyUltraGroupMessageCommand(r.getGroupId(), optional(r.getChannelId()), r.getFromUserId(), r.getMessageUid(), MessageProtos.content(r.hasContent(), r.getContent())));
            return ModifyUltraGroupMessageResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<QueryUltraGroupHistoryMessagesResponse> queryUltraGroupHistoryMessages(QueryUltraGroupHistoryMessagesRequest r) {
        return GrpcCalls.unary(ctx -> {
            QueryUltraGroupHistoryMessagesCommand command = new QueryUltraGroupHistoryMessagesCommand(r.getGroupId(),
                    r.getChannelId(), ProtoTime.toInstant(r.hasStartTime(), r.getStartTime()),
                    ProtoTime.toInstant(r.hasEndTime(), r.getEndTime()), optional(r.getFromUserId()), r.getPageSize());
            return QueryUltraGroupHistoryMessagesResponse.newBuilder().addAllMessages(ultraGroups
                    .queryUltraGroupHistoryMessages(ctx, command).stream().map(UltraGroupMessages::message).toList()).build();
        });
    }

    @Override
    public Uni<SetUltraGroupMessageExpansionResponse> setUltraGroupMessageExpansion(SetUltraGroupMessageExpansionRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.setUltraGroupMessageExpansion(ctx, new SetUltraGroupMessageExpansionCommand(r.getGroupId(), optional(r.getChannelId()), r.getMessageUid(), r.getUserId(), r.getValuesMap()));
            return SetUltraGroupMessageExpansionResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<DeleteUltraGroupMessageExpansionResponse> deleteUltraGroupMessageExpansion(DeleteUltraGroupMessageExpansionRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.deleteUltraGroupMessageExpansion(ctx, new DeleteUltraGroupMessageExpansionCommand(r.getGroupId(), optional(r.getChannelId()), r.getMessageUid(), r.getUserId(), r.getKeysList()));
            return DeleteUltraGroupMessageExpansionResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<QueryUltraGroupMessageExpansionResponse> queryUltraGroupMessageExpansion(QueryUltraGroupMessageExpansionRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<UltraGroupExpansionEntry> page = ultraGroups.queryUltraGroupMessageExpansion(ctx,
                    QueryUltraGroupMessageExpansionCommand.of(r.getGroupId(), optional(r.getChannelId()), r.getMessageUid(), r.getPageToken()));
            return QueryUltraGroupMessageExpansionResponse.newBuilder()
                    .addAllEntries(page.items().stream().map(UltraGroupMessages::entry).toList())
                    .setNextPageToken(page.nextPageToken().orElse("")).build();
        });
    }

    @Override
    public Uni<SetUltraGroupDefaultNotDisturbResponse> setUltraGroupDefaultNotDisturb(SetUltraGroupDefaultNotDisturbRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.setUltraGroupDefaultNotDisturb(ctx, new SetUltraGroupDefaultNotDisturbCommand(r.getGroupId(), optional(r.getChannelId()), UltraGroupMessages.level(r.getLevel())));
            return SetUltraGroupDefaultNotDisturbResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<GetUltraGroupDefaultNotDisturbResponse> getUltraGroupDefaultNotDisturb(GetUltraGroupDefaultNotDisturbRequest r) {
        return GrpcCalls.unary(ctx -> {
            UltraGroupDefaultNotDisturb d = ultraGroups.getUltraGroupDefaultNotDisturb(ctx,
                    new GetUltraGroupDefaultNotDisturbCommand(r.getGroupId(), optional(r.getChannelId())));
            return GetUltraGroupDefaultNotDisturbResponse.newBuilder().setGroupId(d.groupId())
                    .setChannelId(d.channelId().orElse("")).setLevel(UltraGroupMessages.level(d.level())).build();
        });
    }

    @Override
    public Uni<CreateUltraGroupUserGroupsResponse> createUltraGroupUserGroups(CreateUltraGroupUserGroupsRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.createUltraGroupUserGroups(ctx, new CreateUltraGroupUserGroupsCommand(r.getGroupId(), r.getUserGroupIdsList()));
            return CreateUltraGroupUserGroupsResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<DeleteUltraGroupUserGroupsResponse> deleteUltraGroupUserGroups(DeleteUltraGroupUserGroupsRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.deleteUltraGroupUserGroups(ctx, new DeleteUltraGroupUserGroupsCommand(r.getGroupId(), r.getUserGroupIdsList()));
            return DeleteUltraGroupUserGroupsResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListUltraGroupUserGroupsResponse> listUltraGroupUserGroups(ListUltraGroupUserGroupsRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<String> page = ultraGroups.listUltraGroupUserGroups(ctx, ListUltraGroupUserGroupsCommand.of(r.getGroupId(), r.getPageSize(), r.getPageToken()));
            return ListUltraGroupUserGroupsResponse.newBuilder().addAllUserGroupIds(page.items())
                    .setNextPageToken(page.nextPageToken().orElse("")).build();
        });
    }

    @Override
    public Uni<AddUltraGroupUserGroupMembersResponse> addUltraGroupUserGroupMembers(AddUltraGroupUserGroupMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.addUltraGroupUserGroupMembers(ctx, new AddUltraGroupUserGroupMembersCommand(r.getGroupId(), r.getUserGroupId(), r.getUserIdsList()));
            return AddUltraGroupUserGroupMembersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<RemoveUltraGroupUserGroupMembersResponse> removeUltraGroupUserGroupMembers(RemoveUltraGroupUserGroupMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.removeUltraGroupUserGroupMembers(ctx, new RemoveUltraGroupUserGroupMembersCommand(r.getGroupId(), r.getUserGroupId(), r.getUserIdsList()));
            return RemoveUltraGroupUserGroupMembersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListUltraGroupUserGroupsOfUserResponse> listUltraGroupUserGroupsOfUser(ListUltraGroupUserGroupsOfUserRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<String> page = ultraGroups.listUltraGroupUserGroupsOfUser(ctx, ListUltraGroupUserGroupsOfUserCommand.of(r.getGroupId(), r.getUserId(), r.getPageSize(), r.getPageToken()));
            return ListUltraGroupUserGroupsOfUserResponse.newBuilder().addAllUserGroupIds(page.items())
                    .setNextPageToken(page.nextPageToken().orElse("")).build();
        });
    }

    @Override
    public Uni<BindUltraGroupChannelUserGroupsResponse> bindUltraGroupChannelUserGroups(BindUltraGroupChannelUserGroupsRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.bindUltraGroupChannelUserGroups(ctx, new BindUltraGroupChannelUserGroupsCommand(r.getGroupId(), r.getChannelId(), r.getUserGroupIdsList()));
            return BindUltraGroupChannelUserGroupsResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<UnbindUltraGroupChannelUserGroupsResponse> unbindUltraGroupChannelUserGroups(UnbindUltraGroupChannelUserGroupsRequest r) {
        return GrpcCalls.unary(ctx -> {
            ultraGroups.unbindUltraGroupChannelUserGroups(ctx, new UnbindUltraGroupChannelUserGroupsCommand(r.getGroupId(), r.getChannelId(), r.getUserGroupIdsList()));
            return UnbindUltraGroupChannelUserGroupsResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListUltraGroupChannelUserGroupsResponse> listUltraGroupChannelUserGroups(ListUltraGroupChannelUserGroupsRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<String> page = ultraGroups.listUltraGroupChannelUserGroups(ctx, ListUltraGroupChannelUserGroupsCommand.of(r.getGroupId(), r.getChannelId(), r.getPageSize(), r.getPageToken()));
            return ListUltraGroupChannelUserGroupsResponse.newBuilder().addAllUserGroupIds(page.items())
                    .setNextPageToken(page.nextPageToken().orElse("")).build();
        });
    }

    @Override
    public Uni<ListUltraGroupUserGroupChannelsResponse> listUltraGroupUserGroupChannels(ListUltraGroupUserGroupChannelsRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<String> page = ultraGroups.listUltraGroupUserGroupChannels(ctx, ListUltraGroupUserGroupChannelsCommand.of(r.getGroupId(), r.getUserGroupId(), r.getPageSize(), r.getPageToken()));
            return ListUltraGroupUserGroupChannelsResponse.newBuilder().addAllChannelIds(page.items())
                    .setNextPageToken(page.nextPageToken().orElse("")).build();
        });
    }
}
