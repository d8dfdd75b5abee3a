package rongcloud.emulator.entrustgroup;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A copy of one hosted group's state, for tests. */
public record EntrustGroupSnapshot(String groupId, String name, String creator, String owner, Instant createTime,
                                   Map<String, String> profile, Map<String, Integer> permissions,
                                   Map<String, String> extProfile, List<Member> members, Set<String> pendingInvitees,
                                   Map<String, String> remarkNames) {

  /** A member: role 1 member, 2 manager, 3 owner (as /entrust/group/member/query.json numbers them). */
  public record Member(String userId, int role, Instant joinTime, String nickname, String extra,
                       List<String> follows) {}

  public List<String> memberIds() {
    return members.stream().map(Member::userId).toList();
  }

  public List<String> managerIds() {
    return members.stream().filter(m -> m.role() == EntrustGroupState.ROLE_MANAGER).map(Member::userId).toList();
  }

  public Member member(String userId) {
    return members.stream().filter(m -> m.userId().equals(userId)).findFirst().orElse(null);
  }
}
