package rongcloud.gateway.infra;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import rongcloud.emulator.RongCloudEmulator;
import rongcloud.gateway.adapter.out.rest.RongCloudSettings;
import rongcloud.gateway.application.port.in.conversation.ConversationUseCase;
import rongcloud.gateway.adapter.out.rest.UpstreamPolicy;
import rongcloud.gateway.application.port.in.chatroom.ChatroomUseCase;
import rongcloud.gateway.application.port.in.entrustgroup.EntrustGroupUseCase;
import rongcloud.gateway.application.port.in.ultragroup.UltraGroupUseCase;
import rongcloud.gateway.application.service.ultragroup.UltraGroupService;
import rongcloud.gateway.domain.ultragroup.UltraGroupPort;
import rongcloud.gateway.application.port.in.friend.FriendUseCase;
import rongcloud.gateway.application.port.in.group.GroupManagementUseCase;
import rongcloud.gateway.application.port.in.group.GroupMuteManagementUseCase;
import rongcloud.gateway.application.port.in.message.MessagingUseCase;
import rongcloud.gateway.application.port.in.system.SystemNotificationUseCase;
import rongcloud.gateway.application.port.in.user.UserManagementUseCase;
import rongcloud.gateway.application.port.in.userlists.UserListUseCase;
import rongcloud.gateway.application.port.in.userprofile.UserProfileUseCase;
import rongcloud.gateway.application.quota.QuotaGate;
import rongcloud.gateway.application.cache.StateCaches;
import rongcloud.gateway.application.cache.WriteThroughChatrooms;
import rongcloud.gateway.application.cache.WriteThroughEntrustGroups;
import rongcloud.gateway.application.cache.WriteThroughGroupMutes;
import rongcloud.gateway.application.cache.WriteThroughUltraGroups;
import rongcloud.gateway.application.cache.WriteThroughUserLists;
import rongcloud.gateway.application.cache.WriteThroughUserManagement;
import rongcloud.gateway.application.cache.WriteThroughUserProfiles;
import rongcloud.gateway.application.service.conversation.ConversationService;
import rongcloud.gateway.application.service.recording.OperationRecorder;
import rongcloud.gateway.application.service.chatroom.ChatroomService;
import rongcloud.gateway.application.service.entrustgroup.EntrustGroupService;
import rongcloud.gateway.application.service.friend.FriendService;
import rongcloud.gateway.application.service.group.GroupManagementService;
import rongcloud.gateway.application.service.group.GroupMuteManagementService;
import rongcloud.gateway.application.service.message.MessagingService;
import rongcloud.gateway.application.service.system.SystemNotificationService;
import rongcloud.gateway.application.service.user.UserManagementService;
import rongcloud.gateway.application.service.userlists.UserListService;
import rongcloud.gateway.application.service.userprofile.UserProfileService;
import rongcloud.gateway.domain.conversation.ConversationPort;
import rongcloud.gateway.domain.chatroom.ChatroomPort;
import rongcloud.gateway.domain.entrustgroup.EntrustGroupPort;
import rongcloud.gateway.domain.friend.FriendPort;
import rongcloud.gateway.domain.group.GroupManagementPort;
import rongcloud.gateway.domain.group.GroupMutePort;
import rongcloud.gateway.domain.message.MessagingPort;
import rongcloud.gateway.domain.system.SystemNotificationPort;
import rongcloud.gateway.domain.user.UserManagementPort;
import rongcloud.gateway.domain.userlists.UserListPort;
import rongcloud.gateway.domain.userprofile.UserProfilePort;
import rongcloud.gateway.application.port.in.sensitiveword.SensitiveWordUseCase;
import rongcloud.gateway.application.service.sensitiveword.SensitiveWordService;
import rongcloud.gateway.domain.sensitiveword.SensitiveWordPort;
import rongcloud.gateway.application.port.in.push.PushUseCase;
import rongcloud.gateway.application.service.push.PushService;
import rongcloud.gateway.domain.push.PushPort;

/**
 * The one place where the core (framework-free use cases) is wired to its adapters, and where the
 * upstream settings are chosen: the sandbox emulator, or the configured RongCloud data center. Every use case is
 * wrapped by the {@link OperationRecorder} (operation journal and state mirror, see its javadoc).
 */
@ApplicationScoped
public class GatewayBeans {

    @Produces
    @Singleton
    @Startup
    RongCloudSettings rongCloudSettings(RongCloudConfig config, SandboxEmulator sandbox) {
        if (config.sandbox().enabled()) {
            RongCloudEmulator emulator = sandbox.start(config);
            return new RongCloudSettings(emulator.appKey(), emulator.appSecret(), List.of(emulator.baseUri()),
                    config.connectTimeout(), config.dataCenterZone());
        }
        List<String> missing = new ArrayList<>();
        if (config.appKey().filter(s -> !s.isBlank()).isEmpty()) {
            missing.add("RONGCLOUD_APP_KEY");
        }
        if (config.appSecret().filter(s -> !s.isBlank()).isEmpty()) {
            missing.add("RONGCLOUD_APP_SECRET");
        }
        if (config.hosts().filter(h -> !h.isEmpty()).isEmpty()) {
            missing.add("RONGCLOUD_HOSTS");
        }
        if (!missing.isEmpty()) {
            throw new ConfigurationException("Missing configuration " + String.join(", ", missing)
                    + ": set them to reach RongCloud, or run with -Dquarkus.profile=sandbox for the built-in emulator");
        }
        return new RongCloudSettings(config.appKey().get(), config.appSecret().get(), config.hosts().get(),
                config.connectTimeout(), config.dataCenterZone());
    }

    /** Timeouts, retries, failover, breakers and bulkheads of upstream calls (docs/faults.md). */
    @Produces
    @Singleton
    UpstreamPolicy upstreamPolicy(RongCloudConfig config) {
        RongCloudConfig.Timeouts t = config.timeouts();
        RongCloudConfig.CircuitBreaker cb = config.circuitBreaker();
        return new UpstreamPolicy(t.query(), t.mutation(), t.send(), t.broadcast(), t.deadlineReserve(),
                config.retry().maxAttempts(), config.retry().backoff(), config.retry().maxBackoff(),
                config.failover().coolDown(), cb.requestVolume(), cb.failureRatio(), cb.delay(), cb.successThreshold(),
                config.bulkhead().perArea());
    }

    @Produces
    @ApplicationScoped
    UserManagementUseCase userManagement(UserManagementPort port, QuotaGate quota, StateCaches caches, OperationRecorder recorder) {
        return recorder.wrap(UserManagementUseCase.class, new WriteThroughUserManagement(new UserManagementService(port, quota), caches));
    }

    @Produces
    @ApplicationScoped
    GroupManagementUseCase groupManagement(GroupManagementPort port, QuotaGate quota, OperationRecorder recorder) {
        return recorder.wrap(GroupManagementUseCase.class, new GroupManagementService(port, quota));
    }

    @Produces
    @ApplicationScoped
    MessagingUseCase messaging(MessagingPort port, QuotaGate quota, OperationRecorder recorder) {
        return recorder.wrap(MessagingUseCase.class, new MessagingService(port, quota));
    }

    @Produces
    @ApplicationScoped
    UserListUseCase userLists(UserListPort port, QuotaGate quota, StateCaches caches, OperationRecorder recorder) {
        return recorder.wrap(UserListUseCase.class, new WriteThroughUserLists(new UserListService(port, quota), caches));
    }

    @Produces
    @ApplicationScoped
    ConversationUseCase conversations(ConversationPort port, QuotaGate quota, OperationRecorder recorder) {
        return recorder.wrap(ConversationUseCase.class, new ConversationService(port, quota));
    }

    @Produces
    @ApplicationScoped
    GroupMuteManagementUseCase groupMuteManagement(GroupMutePort port, QuotaGate quota, StateCaches caches, OperationRecorder recorder) {
        return recorder.wrap(GroupMuteManagementUseCase.class, new WriteThroughGroupMutes(new GroupMuteManagementService(port, quota), caches));
    }

    @Produces
    @ApplicationScoped
    UserProfileUseCase userProfiles(UserProfilePort port, QuotaGate quota, StateCaches caches, OperationRecorder recorder) {
        return recorder.wrap(UserProfileUseCase.class, new WriteThroughUserProfiles(new UserProfileService(port, quota), caches));
    }

    @Produces
    @ApplicationScoped
    EntrustGroupUseCase entrustGroups(EntrustGroupPort port, QuotaGate quota, StateCaches caches, OperationRecorder recorder) {
        return recorder.wrap(EntrustGroupUseCase.class, new WriteThroughEntrustGroups(new EntrustGroupService(port, quota), caches));
    }

    @Produces
    @ApplicationScoped
    FriendUseCase friends(FriendPort port, QuotaGate quota, OperationRecorder recorder) {
        return recorder.wrap(FriendUseCase.class, new FriendService(port, quota));
    }

    @Produces
    @ApplicationScoped
    SystemNotificationUseCase systemNotifications(SystemNotificationPort port, QuotaGate quota, OperationRecorder recorder) {
        return recorder.wrap(SystemNotificationUseCase.class, new SystemNotificationService(port, quota));
    }

    @Produces
    @ApplicationScoped
    UltraGroupUseCase ultraGroups(UltraGroupPort port, QuotaGate quota, StateCaches caches, OperationRecorder recorder) {
        return recorder.wrap(UltraGroupUseCase.class, new WriteThroughUltraGroups(new UltraGroupService(port, quota), caches));
    }

    @Produces
    @ApplicationScoped
    ChatroomUseCase chatrooms(ChatroomPort port, QuotaGate quota, StateCaches caches, OperationRecorder recorder) {
        return recorder.wrap(ChatroomUseCase.class, new WriteThroughChatrooms(new ChatroomService(port, quota), caches));
    }

    @Produces
    @ApplicationScoped
    SensitiveWordUseCase sensitiveWords(SensitiveWordPort port, QuotaGate quota, OperationRecorder recorder) {
        return recorder.wrap(SensitiveWordUseCase.class, new SensitiveWordService(port, quota));
    }

    @Produces
    @ApplicationScoped
    PushUseCase push(PushPort port, QuotaGate quota, OperationRecorder recorder) {
        return recorder.wrap(PushUseCase.class, new PushService(port, quota));
    }
}
