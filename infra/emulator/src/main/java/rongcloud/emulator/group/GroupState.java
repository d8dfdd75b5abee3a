package rongcloud.emulator.group;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rongcloud.emulator.ApiException;
import rongcloud.emulator.AreaState;
import rongcloud.emulator.Codes;
import rongcloud.emulator.EmulatorContext;
import rongcloud.emulator.entrustgroup.EntrustGroupState;

/**
 * Legacy groups (membership and push name) and their mutes: per-member mutes (timed or permanent, per group
 * or in all groups), mute-all and its allow list. Mute state is keyed by group id and survives leaving,
 * dismissing and recreating a group (catalog notes); membership does not.
 *
 * <p>Codes: the docs list none for these endpoints. A missing group earns 1015 ("data does not exist"),
 * a user who is not a member 22406 (RongCloud's NOT_IN_GROUP); both choices.
 */
public final class GroupState implements AreaState {
  /** RongCloud's NOT_IN_GROUP. */
  public static final int NOT_IN_GROUP = 22406;
  /** "A group holds at most 3000 members" (docs). */
  public static final int MAX_MEMBERS = 3000;
  /** "At most 100 users can be muted in all groups" (docs). */
  public static final int MAX_ALL_GROUPS_MUTES = 100;
  /** Key of the all-groups mutes in {@link #mutes}: no real group id is empty. */
  private static final String ALL_GROUPS = "";

  private final EmulatorContext context;
  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final Map<String, Map<String, Mute>> mutes = new HashMap<>();
  private final LinkedHashSet<String> mutedAll = new LinkedHashSet<>();
  private final Map<String, LinkedHashSet<String>> allowLists = new HashMap<>();

  private static final class Group {
    String name;
    final LinkedHashSet<String> members = new LinkedHashSet<>();

    Group(String name) {
      this.name = name;
    }
  }

  /** A mute from {@code start} until {@code end} (null: permanent). */
  public record Mute(String userId, Instant start, Instant end) {
    boolean activeAt(Instant now) {
      return end == null || end.isAfter(now);
    }
  }

  public GroupState(EmulatorContext context) {
    this.context = context;
  }

  // --- view for tests and admin routes ---

  public synchronized boolean exists(String groupId) {
    return groups.containsKey(groupId);
  }

  public synchronized Optional<String> name(String groupId) {
    return Optional.ofNullable(groups.get(groupId)).map(g -> g.name);
  }

  /** Members in joining order; empty when the group does not exist. */
  public synchronized List<String> memberIds(String groupId) {
    Group g = groups.get(groupId);
    return g == null ? List.of() : List.copyOf(g.members);
  }

  public synchronized boolean isMember(String groupId, String userId) {
    Group g = groups.get(groupId);
    return g != null && g.members.contains(userId);
  }

  /** The unexpired mute of {@code userId} in {@code groupId} (null: the all-groups mute). */
  public synchronized Optional<Mute> mute(String groupId, String userId) {
    return Optional.ofNullable(mutes.getOrDefault(key(groupId), Map.of()).get(userId)).filter(m -> m.activeAt(now()));
  }

  public synchronized boolean isMutedAll(String groupId) {
    return mutedAll.contains(groupId);
  }

  public synchronized List<String> allowList(String groupId) {
    return List.copyOf(allowLists.getOrDefault(groupId, new LinkedHashSet<>()));
  }

  /** Whether a client SDK send of {@code userId} into {@code groupId} would go through right now. */
  public synchronized boolean maySpeak(String groupId, String userId) {
    if (!isMember(groupId, userId) || mute(groupId, userId).isPresent() || mute(null, userId).isPresent()) {
      return false;
    }
    return !mutedAll.contains(groupId) || allowList(groupId).contains(userId);
  }

  // --- membership ---

  /** Creates the group if needed, adds the users, and sets the name when given (join = create, old docs). */
  synchronized void join(String groupId, List<String> userIds, String name) {
    Group g = groups.get(groupId);
    Set<String> added = new LinkedHashSet<>(userIds);
    if (g != null) {
      added.removeAll(g.members);
    }
    int size = (g == null ? 0 : g.members.size()) + added.size();
    if (size > MAX_MEMBERS) {
      // HTTP 405 "group capacity over the limit" per the status table; 1002 in the body is a choice
      throw new ApiException(Codes.PARAM_ERROR, 405, "group " + groupId + " would hold " + size
          + " members, at most " + MAX_MEMBERS);
    }
    if (g == null) {
      g = new Group(name == null ? "" : name);
      groups.put(groupId, g);
    } else if (name != null) {
      g.name = name;
    }
    g.members.addAll(added);
  }

  /** All or nothing: every user must be a member. */
  synchronized void quit(String groupId, List<String> userIds) {
    Group g = existing(groupId);
    for (String userId : userIds) {
      requireMember(g, groupId, userId);
    }
    userIds.forEach(g.members::remove);
  }

  synchronized void dismiss(String groupId) {
    existing(groupId);
    groups.remove(groupId);
  }

  synchronized List<String> members(String groupId) {
    return List.copyOf(existing(groupId).members);
  }

  synchronized void rename(String groupId, String name) {
    existing(groupId).name = name;
  }

  /** The user belongs to exactly {@code groupNames}' groups afterwards; listed groups get their names. */
  synchronized void sync(String userId, Map<String, String> groupNames) {
    groups.forEach((id, g) -> {
      if (!groupNames.containsKey(id)) {
        g.members.remove(userId);
      }
    });
    groupNames.forEach((id, name) -> join(id, List.of(userId), name));
  }

  /** The user's groups (id → name) in group creation order. */
  synchronized List<Map.Entry<String, String>> groupsOf(String userId) {
    List<Map.Entry<String, String>> list = new ArrayList<>();
    groups.forEach((id, g) -> {
      if (g.members.contains(userId)) {
        list.add(Map.entry(id, g.name));
      }
    });
    return list;
  }

  // --- mutes ---

  /**
   * Mutes the users for {@code duration} (null: permanent), replacing earlier mutes. In a group, the group must
   * exist and every user be a member; in all groups, at most {@link #MAX_ALL_GROUPS_MUTES} users overall.
   */
  synchronized void mute(String groupId, List<String> userIds, Duration duration) {
    if (groupId != null) {
      Set<String> members = mutableGroupMembers(groupId);
      userIds.forEach(u -> requireMember(members, groupId, u));
    }
    Map<String, Mute> muted = activeMutes(key(groupId));
    if (groupId == null) {
      Set<String> after = new LinkedHashSet<>(muted.keySet());
      after.addAll(userIds);
      if (after.size() > MAX_ALL_GROUPS_MUTES) {
        throw ApiException.param("at most " + MAX_ALL_GROUPS_MUTES + " users can be muted in all groups");
      }
    }
    Instant now = now();
    userIds.forEach(u -> muted.put(u, new Mute(u, now, duration == null ? null : now.plus(duration))));
  }

  synchronized void unmute(String groupId, List<String> userIds) {
    userIds.forEach(activeMutes(key(groupId))::remove);
  }

  /** Unexpired mutes in muting order. */
  synchronized List<Mute> mutes(String groupId) {
    return List.copyOf(activeMutes(key(groupId)).values());
  }

  synchronized void muteAll(List<String> groupIds, boolean muted) {
    if (muted) {
      mutedAll.addAll(groupIds);
    } else {
      mutedAll.removeAll(groupIds);
    }
  }

  synchronized List<String> mutedAllGroups() {
    return List.copyOf(mutedAll);
  }

  /** The group must exist and the users be members (a choice; the docs are silent). */
  synchronized void allow(String groupId, List<String> userIds) {
    Set<String> members = mutableGroupMembers(groupId);
    userIds.forEach(u -> requireMember(members, groupId, u));
    allowLists.computeIfAbsent(groupId, id -> new LinkedHashSet<>()).addAll(userIds);
  }

  synchronized void disallow(String groupId, List<String> userIds) {
    allowLists.getOrDefault(groupId, new LinkedHashSet<>()).removeAll(userIds);
  }

  @Override
  public synchronized void reset() {
    groups.clear();
    mutes.clear();
    mutedAll.clear();
    allowLists.clear();
  }

  private Map<String, Mute> activeMutes(String key) {
    Map<String, Mute> muted = mutes.computeIfAbsent(key, k -> new LinkedHashMap<>());
    Instant now = now();
    muted.values().removeIf(m -> !m.activeAt(now));
    return muted;
  }

  private Group existing(String groupId) {
    Group g = groups.get(groupId);
    if (g == null) {
      throw new ApiException(Codes.DATA_NOT_FOUND, "group " + groupId + " does not exist");
    }
    return g;
  }

  /**
   * The members of a group the mute APIs may act on: a legacy group, or else a hosted group of that id (RongCloud's
   * group mute APIs take any group id; hosted groups are groups whose profile RongCloud keeps). 1015 when neither.
   */
  private Set<String> mutableGroupMembers(String groupId) {
    Group g = groups.get(groupId);
    if (g != null) {
      return g.members;
    }
    // EntrustGroupState never calls back into this state, so holding this lock while taking its lock cannot deadlock
    EntrustGroupState hosted = context.state(EntrustGroupState.class);
    return hosted.find(groupId).map(h -> (Set<String>) new java.util.HashSet<>(h.memberIds()))
        .orElseThrow(() -> new ApiException(Codes.DATA_NOT_FOUND, "group " + groupId + " does not exist"));
  }

  private static void requireMember(Group g, String groupId, String userId) {
    requireMember(g.members, groupId, userId);
  }

  private static void requireMember(Set<String> members, String groupId, String userId) {
    if (!members.contains(userId)) {
      throw new ApiException(NOT_IN_GROUP, "user " + userId + " is not in group " + groupId);
    }
  }

  private static String key(String groupId) {
    return groupId == null ? ALL_GROUPS : groupId;
  }

  private Instant now() {
    return context.clock().now();
  }
}
