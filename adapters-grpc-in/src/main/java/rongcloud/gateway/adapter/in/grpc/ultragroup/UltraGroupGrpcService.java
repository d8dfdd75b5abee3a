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
import rongcloud.gateway.domain.ultragroup.AddUltraGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.ultragroup.AddUltraGroupPrivateChannelUsersCommand;
import rongcloud.gateway.domain.ultragroup.AddUltraGroupUserGroupMembersCommand;
import rongcloud.gateway.domain.ultragroup.BindUltraGroupChannelUserGroupsCommand;
import rongcloud.gateway.domain.ultragroup.ChangeUltraGroupChannelTypeCommand;
import rongcloud.gateway.domain.ultragroup.CheckUltraGroupMemberCommand;
import rongcloud.gateway.domain.ultragroup.CreateUltraGroupChannelCommand;
import rongcloud.gateway.domain.ultragroup.CreateUltraGroupCommand;
import rongcloud.gateway.domain.ultragroup.CreateUltraGroupUserGroupsCommand;
import rongcloud.gateway.domain.ultragroup.DeleteUltraGroupChannelCommand;
import rongcloud.gateway.domain.ultragroup.DeleteUltraGroupMessageExpansionCommand;
import rongcloud.gateway.domain.ultragroup.DeleteUltraGroupUserGroupsCommand;
import rongcloud.gateway.domain.ultragroup.DismissUltraGroupCommand;
import rongcloud.gateway.domain.ultragroup.GetUltraGroupDefaultNotDisturbCommand;
import rongcloud.gateway.domain.ultragroup.GetUltraGroupMessagesCommand;
import rongcloud.gateway.domain.ultragroup.GetUltraGroupMuteAllCommand;
import rongcloud.gateway.domain.ultragroup.JoinUltraGroupCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupChannelUserGroupsCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupChannelsCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupMutedUsersCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupPrivateChannelUsersCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupUserGroupChannelsCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupUserGroupsCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupUserGroupsOfUserCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupUserPrivateChannelsCommand;
import rongcloud.gateway.domain.ultragroup.ModifyUltraGroupMessageCommand;
import rongcloud.gateway.domain.ultragroup.MuteUltraGroupUsersCommand;
import rongcloud.gateway.domain.ultragroup.QueryUltraGroupHistoryMessagesCommand;
import rongcloud.gateway.domain.ultragroup.QueryUltraGroupMessageExpansionCommand;
import rongcloud.gateway.domain.ultragroup.QuitUltraGroupCommand;
import rongcloud.gateway.domain.ultragroup.RefreshUltraGroupCommand;
import rongcloud.gateway.domain.ultragroup.RemoveUltraGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.ultragroup.RemoveUltraGroupPrivateChannelUsersCommand;
import rongcloud.gateway.domain.ultragroup.RemoveUltraGroupUserGroupMembersCommand;
import rongcloud.gateway.domain.ultragroup.SetUltraGroupDefaultNotDisturbCommand;
import rongcloud.gateway.domain.ultragroup.SetUltraGroupMessageExpansionCommand;
import rongcloud.gateway.domain.ultragroup.SetUltraGroupMuteAllCommand;
import rongcloud.gateway.domain.ultragroup.UltraGroupDefaultNotDisturb;
import rongcloud.gateway.domain.ultragroup.UnbindUltraGroupChannelUserGroupsCommand;
import rongcloud.gateway.domain.ultragroup.UnmuteUltraGroupUsersCommand;
import rongcloud.gateway.domain.ultragroup.UltraGroupChannel;
import rongcloud.gateway.domain.ultragroup.UltraGroupExpansionEntry;
import rongcloud.gateway.domain.ultragroup.UltraGroupMessageRef;
import rongcloud.gateway.proto.v1.AddUltraGroupMuteWhitelistRequest;
import rongcloud.gateway.proto.v1.AddUltraGroupMuteWhitelistResponse;
import rongcloud.gateway.proto.v1.AddUltraGroupPrivateChannelUsersRequest;
import rongcloud.gateway.proto.v1.AddUltraGroupPrivateChannelUsersResponse;
import rongcloud.gateway.proto.v1.AddUltraGroupUserGroupMembersRequest;
import rongcloud.gateway.proto.v1.AddUltraGroupUserGroupMembersResponse;
import rongcloud.gateway.proto.v1.BindUltraGroupChannelUserGroupsRequest;
import rongcloud.gateway.proto.v1.BindUltraGroupChannelUserGroupsResponse;
import rongcloud.gateway.proto.v1.ChangeUltraGroupChannelTypeRequest;
import rongcloud.gateway.proto.v1.ChangeUltraGroupChannelTypeResponse;
import rongcloud.gateway.proto.v1.CheckUltraGroupMemberRequest;
import rongcloud.gateway.proto.v1.CheckUltraGroupMemberResponse;
import rongcloud.gateway.proto.v1.CreateUltraGroupChannelRequest;
import rongcloud.gateway.proto.v1.CreateUltraGroupChannelResponse;
import rongcloud.gateway.proto.v1.CreateUltraGroupRequest;
import rongcloud.gateway.proto.v1.CreateUltraGroupResponse;
import rongcloud.gateway.proto.v1.CreateUltraGroupUserGroupsRequest;
import rongcloud.gateway.proto.v1.CreateUltraGroupUserGroupsResponse;
import rongcloud.gateway.proto.v1.DeleteUltraGroupChannelRequest;
import rongcloud.gateway.proto.v1.DeleteUltraGroupChannelResponse;
import rongcloud.gateway.proto.v1.DeleteUltraGroupMessageExpansionRequest;
import rongcloud.gateway.proto.v1.DeleteUltraGroupMessageExpansionResponse;
import rongcloud.gateway.proto.v1.DeleteUltraGroupUserGroupsRequest;
import rongcloud.gateway.proto.v1.DeleteUltraGroupUserGroupsResponse;
import rongcloud.gateway.proto.v1.DismissUltraGroupRequest;
import rongcloud.gateway.proto.v1.DismissUltraGroupResponse;
import rongcloud.gateway.proto.v1.GetUltraGroupDefaultNotDisturbRequest;
import rongcloud.gateway.proto.v1.GetUltraGroupDefaultNotDisturbResponse;
import rongcloud.gateway.proto.v1.GetUltraGroupMessagesRequest;
import rongcloud.gateway.proto.v1.GetUltraGroupMessagesResponse;
import rongcloud.gateway.proto.v1.GetUltraGroupMuteAllRequest;
import rongcloud.gateway.proto.v1.GetUltraGroupMuteAllResponse;
import rongcloud.gateway.proto.v1.JoinUltraGroupRequest;
import rongcloud.gateway.proto.v1.JoinUltraGroupResponse;
import rongcloud.gateway.proto.v1.ListUltraGroupChannelUserGroupsRequest;
import rongcloud.gateway.proto.v1.ListUltraGroupChannelUserGroupsResponse;
import rongcloud.gateway.proto.v1.ListUltraGroupChannelsRequest;
import rongcloud.gateway.proto.v1.ListUltraGroupChannelsResponse;
import rongcloud.gateway.proto.v1.ListUltraGroupMuteWhitelistRequest;
import rongcloud.gateway.proto.v1.ListUltraGroupMuteWhitelistResponse;
import rongcloud.gateway.proto.v1.ListUltraGroupMutedUsersRequest;
import rongcloud.gateway.proto.v1.ListUltraGroupMutedUsersResponse;
import rongcloud.gateway.proto.v1.ListUltraGroupPrivateChannelUsersRequest;
import rongcloud.gateway.proto.v1.ListUltraGroupPrivateChannelUsersResponse;
import rongcloud.gateway.proto.v1.ListUltraGroupUserGroupChannelsRequest;
import rongcloud.gateway.proto.v1.ListUltraGroupUserGroupChannelsResponse;
import rongcloud.gateway.proto.v1.ListUltraGroupUserGroupsOfUserRequest;
import rongcloud.gateway.proto.v1.ListUltraGroupUserGroupsOfUserResponse;
import rongcloud.gateway.proto.v1.ListUltraGroupUserGroupsRequest;
import rongcloud.gateway.proto.v1.ListUltraGroupUserGroupsResponse;
import rongcloud.gateway.proto.v1.ListUltraGroupUserPrivateChannelsRequest;
import rongcloud.gateway.proto.v1.ListUltraGroupUserPrivateChannelsResponse;
import rongcloud.gateway.proto.v1.ModifyUltraGroupMessageRequest;
import rongcloud.gateway.proto.v1.ModifyUltraGroupMessageResponse;
import rongcloud.gateway.proto.v1.MuteUltraGroupUsersRequest;
import rongcloud.gateway.proto.v1.MuteUltraGroupUsersResponse;
import rongcloud.gateway.proto.v1.QueryUltraGroupHistoryMessagesRequest;
import rongcloud.gateway.proto.v1.QueryUltraGroupHistoryMessagesResponse;
import rongcloud.gateway.proto.v1.QueryUltraGroupMessageExpansionRequest;
import rongcloud.gateway.proto.v1.QueryUltraGroupMessageExpansionResponse;
import rongcloud.gateway.proto.v1.QuitUltraGroupRequest;
import rongcloud.gateway.proto.v1.QuitUltraGroupResponse;
import rongcloud.gateway.proto.v1.RefreshUltraGroupRequest;
import rongcloud.gateway.proto.v1.RefreshUltraGroupResponse;
import rongcloud.gateway.proto.v1.RemoveUltraGroupMuteWhitelistRequest;
import rongcloud.gateway.proto.v1.RemoveUltraGroupMuteWhitelistResponse;
import rongcloud.gateway.proto.v1.RemoveUltraGroupPrivateChannelUsersRequest;
import rongcloud.gateway.proto.v1.RemoveUltraGroupPrivateChannelUsersResponse;
import rongcloud.gateway.proto.v1.RemoveUltraGroupUserGroupMembersRequest;
import rongcloud.gateway.proto.v1.RemoveUltraGroupUserGroupMembersResponse;
import rongcloud.gateway.proto.v1.SetUltraGroupDefaultNotDisturbRequest;
import rongcloud.gateway.proto.v1.SetUltraGroupDefaultNotDisturbResponse;
import rongcloud.gateway.proto.v1.SetUltraGroupMessageExpansionRequest;
import rongcloud.gateway.proto.v1.SetUltraGroupMessageExpansionResponse;
import rongcloud.gateway.proto.v1.SetUltraGroupMuteAllRequest;
import rongcloud.gateway.proto.v1.SetUltraGroupMuteAllResponse;
import rongcloud.gateway.proto.v1.UnbindUltraGroupChannelUserGroupsRequest;
import rongcloud.gateway.proto.v1.UnbindUltraGroupChannelUserGroupsResponse;
import rongcloud.gateway.proto.v1.UnmuteUltraGroupUsersRequest;
import rongcloud.gateway.proto.v1.UnmuteUltraGroupUsersResponse;
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
