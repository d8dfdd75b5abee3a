package rongcloud.gateway.adapter.in.grpc.push;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.Optional;
import rongcloud.gateway.adapter.in.grpc.GrpcCalls;
import rongcloud.gateway.adapter.in.grpc.message.MessageProtos;
import rongcloud.gateway.application.port.in.push.PushUseCase;
import rongcloud.gateway.domain.push.DeleteGroupMemberPushRemarkCommand;
import rongcloud.gateway.domain.push.DeleteUserBlockPushPeriodCommand;
import rongcloud.gateway.domain.push.DeleteUserPushRemarkCommand;
import rongcloud.gateway.domain.push.GetConversationNotificationCommand;
import rongcloud.gateway.domain.push.GetConversationTypeNotificationCommand;
import rongcloud.gateway.domain.push.GetDailyPushStatsCommand;
import rongcloud.gateway.domain.push.GetGroupMemberPushRemarkCommand;
import rongcloud.gateway.domain.push.GetPushStatsByIdCommand;
import rongcloud.gateway.domain.push.GetUserBlockPushPeriodCommand;
import rongcloud.gateway.domain.push.GetUserPushRemarksCommand;
import rongcloud.gateway.domain.push.PushRemarks;
import rongcloud.gateway.domain.push.SendPushPlusCommand;
import rongcloud.gateway.domain.push.SetConversationNotificationCommand;
import rongcloud.gateway.domain.push.SetConversationTypeNotificationCommand;
import rongcloud.gateway.domain.push.SetGroupMemberPushRemarkCommand;
import rongcloud.gateway.domain.push.SetUserBlockPushPeriodCommand;
import rongcloud.gateway.domain.push.SetUserPushRemarksCommand;
import rongcloud.gateway.proto.v1.*;

/** The "push" area over gRPC: maps messages to commands and results to messages, nothing else. */
@GrpcService
@Blocking
public class PushGrpcService implements rongcloud.gateway.proto.v1.PushService {
    private final PushUseCase push;

    @Inject
    public PushGrpcService(PushUseCase push) {
        this.push = push;
    }

    private static Optional<String> optional(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    @Override
    public Uni<GetDailyPushStatsResponse> getDailyPushStats(GetDailyPushStatsRequest r) {
        return GrpcCalls.unary(ctx -> GetDailyPushStatsResponse.newBuilder()
                .setData(PushMessages.struct(push.getDailyPushStats(ctx, new GetDailyPushStatsCommand()).fields()))
                .build());
    }

    @Override
    public Uni<GetPushStatsByIdResponse> getPushStatsById(GetPushStatsByIdRequest r) {
        return GrpcCalls.unary(ctx -> GetPushStatsByIdResponse.newBuilder()
                .setData(PushMessages.struct(push.getPushStatsById(ctx, new GetPushStatsByIdCommand(r.getPushId()))
                        .fields()))
                .build());
    }

    @Override
    public Uni<SetUserPushRemarksResponse> setUserPushRemarks(SetUserPushRemarksRequest r) {
        return GrpcCalls.unary(ctx -> {
            push.setUserPushRemarks(ctx, new SetUserPushRemarksCommand(r.getUserId(), r.getRemarksList().stream()
                    .map(x -> new rongcloud.gateway.domain.push.PushRemark(x.getTargetUserId(), x.getRemark()))
                    .toList()));
            return SetUserPushRemarksResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<DeleteUserPushRemarkResponse> deleteUserPushRemark(DeleteUserPushRemarkRequest r) {
        return GrpcCalls.unary(ctx -> {
            push.deleteUserPushRemark(ctx, new DeleteUserPushRemarkCommand(r.getUserId(), r.getTargetUserId()));
            return DeleteUserPushRemarkResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<GetUserPushRemarksResponse> getUserPushRemarks(GetUserPushRemarksRequest r) {
        return GrpcCalls.unary(ctx -> {
            PushRemarks remarks = push.getUserPushRemarks(ctx,
                    GetUserPushRemarksCommand.of(r.getUserId(), r.getPageSize(), r.getPageToken()));
            GetUserPushRemarksResponse.Builder b = GetUserPushRemarksResponse.newBuilder()
                    .setTotalCount(remarks.totalCount())
                    .setNextPageToken(remarks.page().nextPageToken().orElse(""));
            remarks.page().items().forEach(x -> b.addRemarks(PushRemark.newBuilder()
                    .setTargetUserId(x.targetUserId()).setRemark(x.remark())));
            return b.build();
        });
    }

    @Override
    public Uni<SetGroupMemberPushRemarkResponse> setGroupMemberPushRemark(SetGroupMemberPushRemarkRequest r) {
        return GrpcCalls.unary(ctx -> {
            push.setGroupMemberPushRemark(ctx,
                    new SetGroupMemberPushRemarkCommand(r.getGroupId(), r.getUserId(), r.getRemark()));
            return SetGroupMemberPushRemarkResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<DeleteGroupMemberPushRemarkResponse> deleteGroupMemberPushRemark(DeleteGroupMemberPushRemarkRequest r) {
        return GrpcCalls.unary(ctx -> {
            push.deleteGroupMemberPushRemark(ctx, new DeleteGroupMemberPushRemarkCommand(r.getGroupId(), r.getUserId()));
            return DeleteGroupMemberPushRemarkResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<GetGroupMemberPushRemarkResponse> getGroupMemberPushRemark(GetGroupMemberPushRemarkRequest r) {
        return GrpcCalls.unary(ctx -> GetGroupMemberPushRemarkResponse.newBuilder()
                .setRemark(push.getGroupMemberPushRemark(ctx,
                        new GetGroupMemberPushRemarkCommand(r.getGroupId(), r.getUserId())).orElse(""))
                .build());
    }

    @Override
    public Uni<SetConversationNotificationResponse> setConversationNotification(SetConversationNotificationRequest r) {
        return GrpcCalls.unary(ctx -> {
            push.setConversationNotification(ctx, new SetConversationNotificationCommand(
                    MessageProtos.conversationType(r.getConversationType()), r.getUserId(), r.getTargetId(),
                    PushMessages.level(r.getLevel()), optional(r.getBusChannel())));
            return SetConversationNotificationResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<GetConversationNotificationResponse> getConversationNotification(GetConversationNotificationRequest r) {
        return GrpcCalls.unary(ctx -> GetConversationNotificationResponse.newBuilder()
                .setLevel(PushMessages.level(push.getConversationNotification(ctx, new GetConversationNotificationCommand(
                        MessageProtos.conversationType(r.getConversationType()), r.getUserId(), r.getTargetId(),
                        optional(r.getBusChannel())))))
                .build());
    }

    @Override
    public Uni<SetConversationTypeNotificationResponse> setConversationTypeNotification(
            SetConversationTypeNotificationRequest r) {
        return GrpcCalls.unary(ctx -> {
            push.setConversationTypeNotification(ctx, new SetConversationTypeNotificationCommand(
                    MessageProtos.conversationType(r.getConversationType()), r.getUserId(),
                    PushMessages.level(r.getLevel())));
            return SetConversationTypeNotificationResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<GetConversationTypeNotificationResponse> getConversationTypeNotification(
            GetConversationTypeNotificationRequest r) {
        return GrpcCalls.unary(ctx -> GetConversationTypeNotificationResponse.newBuilder()
                .setLevel(PushMessages.level(push.getConversationTypeNotification(ctx,
                        new GetConversationTypeNotificationCommand(
                                MessageProtos.conversationType(r.getConversationType()), r.getUserId()))))
                .build());
    }

    @Override
    public Uni<SetUserBlockPushPeriodResponse> setUserBlockPushPeriod(SetUserBlockPushPeriodRequest r) {
        return GrpcCalls.unary(ctx -> {
            push.setUserBlockPushPeriod(ctx, new SetUserBlockPushPeriodCommand(r.getUserId(), r.getStartTime(),
                    r.getPeriodMinutes(), PushMessages.level(r.getLevel())));
            return SetUserBlockPushPeriodResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<DeleteUserBlockPushPeriodResponse> deleteUserBlockPushPeriod(DeleteUserBlockPushPeriodRequest r) {
        return GrpcCalls.unary(ctx -> {
            push.deleteUserBlockPushPeriod(ctx, new DeleteUserBlockPushPeriodCommand(r.getUserId()));
            return DeleteUserBlockPushPeriodResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<GetUserBlockPushPeriodResponse> getUserBlockPushPeriod(GetUserBlockPushPeriodRequest r) {
        return GrpcCalls.unary(ctx -> {
            GetUserBlockPushPeriodResponse.Builder b = GetUserBlockPushPeriodResponse.newBuilder();
            push.getUserBlockPushPeriod(ctx, new GetUserBlockPushPeriodCommand(r.getUserId())).ifPresent(p -> b
                    .setSet(true).setStartTime(p.startTime()).setPeriodMinutes(p.periodMinutes())
                    .setLevel(PushMessages.level(p.level())));
            return b.build();
        });
    }

    @Override
    public Uni<SendPushPlusResponse> sendPushPlus(SendPushPlusRequest r) {
        return GrpcCalls.unary(ctx -> SendPushPlusResponse.newBuilder()
                .setPushId(push.sendPushPlus(ctx, new SendPushPlusCommand(PushMessages.platforms(r.getPlatformsList()),
                        PushMessages.audience(r.hasAudience(), r.getAudience()),
                        PushMessages.notification(r.hasNotification(), r.getNotification()))))
                .build());
    }
}
