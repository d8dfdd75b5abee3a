package rongcloud.gateway.infra.persistence;

import io.quarkus.runtime.annotations.RegisterForProxy;
import rongcloud.gateway.application.port.in.chatroom.ChatroomUseCase;
import rongcloud.gateway.application.port.in.conversation.ConversationUseCase;
import rongcloud.gateway.application.port.in.entrustgroup.EntrustGroupUseCase;
import rongcloud.gateway.application.port.in.friend.FriendUseCase;
import rongcloud.gateway.application.port.in.group.GroupManagementUseCase;
import rongcloud.gateway.application.port.in.group.GroupMuteManagementUseCase;
import rongcloud.gateway.application.port.in.message.MessagingUseCase;
import rongcloud.gateway.application.port.in.push.PushUseCase;
import rongcloud.gateway.application.port.in.sensitiveword.SensitiveWordUseCase;
import rongcloud.gateway.application.port.in.system.SystemNotificationUseCase;
import rongcloud.gateway.application.port.in.ultragroup.UltraGroupUseCase;
import rongcloud.gateway.application.port.in.user.UserManagementUseCase;
import rongcloud.gateway.application.port.in.userlists.UserListUseCase;
import rongcloud.gateway.application.port.in.userprofile.UserProfileUseCase;

/**
 * Native image: the {@code OperationRecorder} wraps each use case in a JDK dynamic proxy, which a native image must
 * know at build time (one registration per use-case interface; a new area adds its interface here). Not verified
 * natively (no GraalVM here); commands' record accessors read by {@code TargetIds} may also need reflection
 * registration there.
 */
@RegisterForProxy(targets = UserManagementUseCase.class)
@RegisterForProxy(targets = GroupManagementUseCase.class)
@RegisterForProxy(targets = MessagingUseCase.class)
@RegisterForProxy(targets = UserListUseCase.class)
@RegisterForProxy(targets = ConversationUseCase.class)
@RegisterForProxy(targets = GroupMuteManagementUseCase.class)
@RegisterForProxy(targets = UserProfileUseCase.class)
@RegisterForProxy(targets = EntrustGroupUseCase.class)
@RegisterForProxy(targets = FriendUseCase.class)
@RegisterForProxy(targets = SystemNotificationUseCase.class)
@RegisterForProxy(targets = ChatroomUseCase.class)
@RegisterForProxy(targets = SensitiveWordUseCase.class)
@RegisterForProxy(targets = PushUseCase.class)
@RegisterForProxy(targets = UltraGroupUseCase.class)
final class NativeRegistrations {
    private NativeRegistrations() {
    }
}
