package rongcloud.emulator.ultragroup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import rongcloud.emulator.ApiException;
import rongcloud.emulator.AreaState;
import rongcloud.emulator.Codes;
import rongcloud.emulator.EmulatorContext;
import rongcloud.emulator.message.MessageState;
import rongcloud.emulator.message.MessageState.StoredMessage;

/**
 * Ultra groups: members, channels (type, private member list, bound user groups), user groups, default push
 * levels, mutes, mute-all states and allow lists (keyed by channel, "" for the whole group), and the edits
 * and extensions of ultra-group messages (the messages themselves are stored by the message area's
 * {@link MessageState}, conversation type 10). Tests read it with {@code emulator.state(UltraGroupState.class)}.
 *
 * <p>Codes: 1015 for a missing ultra group, channel, user group or message; 24406 when users are not members
 * (catalog: private channel users). Both UNVERIFIED for the other endpoints (the docs list no codes).
 */
public final class UltraGroupState implements AreaState {
  /** A user (or users) not in the ultra group (catalog: /ultragroup/channel/private/users/add.json). */
  public static final int NOT_MEMBER = 24406;
  public static final String DEFAULT_CHANNEL = "RCDefault";
  public static final int EXPANSION_MAX_KEYS = 300;
  public static final int ULTRA_GROUP_TYPE = 10;

  private final EmulatorContext context;
  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final Map<String, String> editedContent = new HashMap<>();
  private final Map<String, Map<String, Expansion>> expansions = new HashMap<>();

  /** A channel as tests see it. */
  public record Channel(String id, int type, Instant createdAt, Set<String> privateUsers, Set<String> userGroups) {
    Channel copy() {
      return new Channel(id, type, createdAt, Set.copyOf(privateUsers), Set.copyOf(userGroups));
    }
  }

  /** One extension key's value and when it was set. */
  public record Expansion(String value, Instant setAt) {}

  private static final class Group {
    String name;
    final Set<String> members = new LinkedHashSet<>();
    final Map<String, MutableChannel> channels = new LinkedHashMap<>();
    final Map<String, Set<String>> userGroups = new LinkedHashMap<>();
    final Map<String, Integer> pushLevels = new HashMap<>();
    final Map<String, Set<String>> muted = new HashMap<>();
    final Set<String> mutedAll = new LinkedHashSet<>();
    final Map<String, Set<String>> allowed = new HashMap<>();
  }

  private static final class MutableChannel {
    final String id;
    int type;
    final Instant createdAt;
    final Set<String> privateUsers = new LinkedHashSet<>();
    final Set<String> userGroups = new LinkedHashSet<>();

    MutableChannel(String id, int type, Instant createdAt) {
      this.id = id;
      this.type = type;
      this.createdAt = createdAt;
    }

    Channel view() {
      return new Channel(id, type, createdAt, Set.copyOf(privateUsers), Set.copyOf(userGroups));
    }
  }

  public UltraGroupState(EmulatorContext context) {
    this.context = context;
  }

  // --- views for tests ---

  public synchronized boolean exists(String groupId) {
    return groups.containsKey(groupId);
  }

  public synchronized Optional<String> name(String groupId) {
    return Optional.ofNullable(groups.get(groupId)).map(g -> g.name);
  }

  public synchronized Set<String> members(String groupId) {
    Group g = groups.get(groupId);
    return g == null ? Set.of() : Set.copyOf(g.members);
  }

  public synchronized Optional<Channel> channel(String groupId, String channelId) {
    Group g = groups.get(groupId);
    return g == null ? Optional.empty() : Optional.ofNullable(g.channels.get(channelId)).map(MutableChannel::view);
  }

  /** Members of each user group of the ultra group. */
  public synchronized Map<String, Set<String>> userGroups(String groupId) {
    Group g = groups.get(groupId);
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    if (g != null) {
      g.userGroups.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    }
    return copy;
  }

  /** Users muted in a channel, or group-wide for a null channel. */
  public synchronized Set<String> muted(String groupId, String channelId) {
    return Set.copyOf(group(groupId).muted.getOrDefault(key(channelId), Set.of()));
  }

  public synchronized boolean mutedAll(String groupId, String channelId) {
    return group(groupId).mutedAll.contains(key(channelId));
  }

  public synchronized Set<String> allowed(String groupId, String channelId) {
    return Set.copyOf(group(groupId).allowed.getOrDefault(key(channelId), Set.of()));
  }

  /** The default push level (0 when not set) of a channel, or of the group for a null channel. */
  public synchronized int pushLevel(String groupId, String channelId) {
    return group(groupId).pushLevels.getOrDefault(key(channelId), 0);
  }

  /** Whether a member may speak in a channel (null: the default channel): per-user mutes win over the allow list. */
  public synchronized boolean maySpeak(String groupId, String channelId, String userId) {
    Group g = group(groupId);
    String ch = key(channelId);
    if (!g.members.contains(userId)) {
      return false;
    }
    if (g.muted.getOrDefault("", Set.of()).contains(userId) || g.muted.getOrDefault(ch, Set.of()).contains(userId)) {
      return false;
    }
    boolean all = g.mutedAll.contains("") || g.mutedAll.contains(ch);
    return !all || g.allowed.getOrDefault("", Set.of()).contains(userId) || g.allowed.getOrDefault(ch, Set.of()).contains(userId);
  }

  /** The content of a message after edits (the original when never edited). */
  public synchronized Optional<String> content(String messageUid) {
    return Optional.ofNullable(editedContent.get(messageUid))
        .or(() -> messages().find(messageUid).map(StoredMessage::content));
  }

  public synchronized Map<String, Expansion> expansion(String messageUid) {
    return Map.copyOf(expansionOf(messageUid));
  }

  // --- lifecycle ---

  /** Creates the group with RCDefault, or (UNVERIFIED choice) adds the user to an existing one. */
  synchronized void create(String groupId, String userId, String name) {
    Group g = groups.get(groupId);
    if (g == null) {
      g = new Group();
      g.name = name;
      g.channels.put(DEFAULT_CHANNEL, new MutableChannel(DEFAULT_CHANNEL, 0, context.clock().now()));
      groups.put(groupId, g);
    }
    g.members.add(userId);
  }

  synchronized void join(String groupId, String userId) {
    group(groupId).members.add(userId);
  }

  /** Leaving also drops the user from private member lists and user groups (a choice). */
  synchronized void quit(String groupId, String userId) {
    Group g = group(groupId);
    if (!g.members.remove(userId)) {
      throw new ApiException(NOT_MEMBER, "user " + userId + " is not a member of ultra group " + groupId);
    }
    g.channels.values().forEach(c -> c.privateUsers.remove(userId));
    g.userGroups.values().forEach(members -> members.remove(userId));
  }

  synchronized void dismiss(String groupId) {
    group(groupId);
    groups.remove(groupId);
  }

  synchronized void rename(String groupId, String name) {
    group(groupId).name = name;
  }

  synchronized boolean isMember(String groupId, String userId) {
    return group(groupId).members.contains(userId);
  }

  // --- channels ---

  synchronized void createChannel(String groupId, String channelId, int type) {
    Group g = group(groupId);
    if (g.channels.containsKey(channelId)) {
      throw ApiException.param("channel " + channelId + " already exists"); // code UNVERIFIED
    }
    g.channels.put(channelId, new MutableChannel(channelId, type, context.clock().now()));
  }

  synchronized void deleteChannel(String groupId, String channelId) {
    Group g = group(groupId);
    channel(g, channelId);
    g.channels.remove(channelId);
    g.muted.remove(channelId);
    g.mutedAll.remove(channelId);
    g.allowed.remove(channelId);
    g.pushLevels.remove(channelId);
  }

  synchronized List<Channel> channels(String groupId) {
    return group(groupId).channels.values().stream().map(MutableChannel::view).toList();
  }

  synchronized void changeType(String groupId, String channelId, int type) {
    MutableChannel c = channel(group(groupId), channelId);
    if (DEFAULT_CHANNEL.equals(channelId) && type == 1) {
      throw ApiException.param("the default channel " + DEFAULT_CHANNEL + " cannot become private");
    }
    c.type = type;
  }

  synchronized void addPrivateUsers(String groupId, String channelId, List<String> userIds) {
    Group g = group(groupId);
    MutableChannel c = channel(g, channelId);
    requireMembers(g, groupId, userIds);
    c.privateUsers.addAll(userIds);
  }

  synchronized void removePrivateUsers(String groupId, String channelId, List<String> userIds) {
    userIds.forEach(channel(group(groupId), channelId).privateUsers::remove);
  }

  synchronized List<String> privateUsers(String groupId, String channelId) {
    return List.copyOf(channel(group(groupId), channelId).privateUsers);
  }

  synchronized List<String> channelsWithPrivateUser(String groupId, String userId) {
    return group(groupId).channels.values().stream().filter(c -> c.privateUsers.contains(userId)).map(c -> c.id).toList();
  }

  // --- mutes ---

  synchronized void mute(String groupId, String channelId, List<String> userIds, boolean muted) {
    Group g = group(groupId);
    optionalChannel(g, channelId);
    Set<String> set = g.muted.computeIfAbsent(key(channelId), k -> new LinkedHashSet<>());
    if (muted) {
      set.addAll(userIds);
    } else {
      userIds.forEach(set::remove);
    }
  }

  synchronized List<String> mutedList(String groupId, String channelId) {
    Group g = group(groupId);
    optionalChannel(g, channelId);
    return List.copyOf(g.muted.getOrDefault(key(channelId), Set.of()));
  }

  synchronized void setMutedAll(String groupId, String channelId, boolean muted) {
    Group g = group(groupId);
    optionalChannel(g, channelId);
    if (muted) {
      g.mutedAll.add(key(channelId));
    } else {
      g.mutedAll.remove(key(channelId));
    }
  }

  synchronized boolean isMutedAll(String groupId, String channelId) {
    Group g = group(groupId);
    optionalChannel(g, channelId);
    return g.mutedAll.contains(key(channelId));
  }

  synchronized void allow(String groupId, String channelId, List<String> userIds, boolean allowed) {
    Group g = group(groupId);
    optionalChannel(g, channelId);
    Set<String> set = g.allowed.computeIfAbsent(key(channelId), k -> new LinkedHashSet<>());
    if (allowed) {
      set.addAll(userIds);
    } else {
      userIds.forEach(set::remove);
    }
  }

  synchronized List<String> allowList(String groupId, String channelId) {
    Group g = group(groupId);
    optionalChannel(g, channelId);
    return List.copyOf(g.allowed.getOrDefault(key(channelId), Set.of()));
  }

  // --- push levels ---

  synchronized void setPushLevel(String groupId, String channelId, int level) {
    Group g = group(groupId);
    optionalChannel(g, channelId);
    g.pushLevels.put(key(channelId), level);
  }

  synchronized int readPushLevel(String groupId, String channelId) {
    Group g = group(groupId);
    optionalChannel(g, channelId);
    return g.pushLevels.getOrDefault(key(channelId), 0);
  }

  // --- user groups ---

  /** Existing user group ids are left as they are (UNVERIFIED choice). */
  synchronized void createUserGroups(String groupId, List<String> ids) {
    Group g = group(groupId);
    ids.forEach(id -> g.userGroups.computeIfAbsent(id, k -> new LinkedHashSet<>()));
  }

  /** Drops the user groups with their memberships and channel bindings; unknown ids are ignored. */
  synchronized void deleteUserGroups(String groupId, List<String> ids) {
    Group g = group(groupId);
    ids.forEach(g.userGroups::remove);
    g.channels.values().forEach(c -> ids.forEach(c.userGroups::remove));
  }

  synchronized List<String> userGroupIds(String groupId) {
    return List.copyOf(group(groupId).userGroups.keySet());
  }

  synchronized void addUserGroupMembers(String groupId, String userGroupId, List<String> userIds) {
    Group g = group(groupId);
    Set<String> members = userGroup(g, userGroupId);
    requireMembers(g, groupId, userIds);
    members.addAll(userIds);
  }

  synchronized void removeUserGroupMembers(String groupId, String userGroupId, List<String> userIds) {
    userIds.forEach(userGroup(group(groupId), userGroupId)::remove);
  }

  synchronized List<String> userGroupsOf(String groupId, String userId) {
    return group(groupId).userGroups.entrySet().stream().filter(e -> e.getValue().contains(userId))
        .map(Map.Entry::getKey).toList();
  }

  synchronized void bind(String groupId, String channelId, List<String> userGroupIds, boolean bind) {
    Group g = group(groupId);
    MutableChannel c = channel(g, channelId);
    if (bind) {
      userGroupIds.forEach(id -> userGroup(g, id));
      c.userGroups.addAll(userGroupIds);
    } else {
      userGroupIds.forEach(c.userGroups::remove);
    }
  }

  synchronized List<String> boundUserGroups(String groupId, String channelId) {
    return List.copyOf(channel(group(groupId), channelId).userGroups);
  }

  synchronized List<String> boundChannels(String groupId, String userGroupId) {
    Group g = group(groupId);
    userGroup(g, userGroupId);
    return g.channels.values().stream().filter(c -> c.userGroups.contains(userGroupId)).map(c -> c.id).toList();
  }

  // --- messages ---

  /** The ultra-group messages of a group, oldest first. */
  synchronized List<StoredMessage> groupMessages(String groupId) {
    return messages().messages().stream()
        .filter(m -> m.conversationType() == ULTRA_GROUP_TYPE && m.targetId().equals(groupId)).toList();
  }

  /** A message of the group, or 1015. */
  synchronized StoredMessage message(String groupId, String uid) {
    return messages().find(uid)
        .filter(m -> m.conversationType() == ULTRA_GROUP_TYPE && m.targetId().equals(groupId))
        .orElseThrow(() -> new ApiException(Codes.DATA_NOT_FOUND, "message " + uid + " not found in ultra group " + groupId));
  }

  synchronized void edit(String uid, String content) {
    editedContent.put(uid, content);
  }

  synchronized String currentContent(StoredMessage m) {
    return editedContent.getOrDefault(m.messageUid(), m.content());
  }

  synchronized void setExpansion(String uid, Map<String, String> values) {
    Map<String, Expansion> current = expansionOf(uid);
    long total = current.size() + values.keySet().stream().filter(k -> !current.containsKey(k)).count();
    if (total > EXPANSION_MAX_KEYS) {
      throw ApiException.param("a message holds at most " + EXPANSION_MAX_KEYS + " expansion keys");
    }
    Instant now = context.clock().now();
    values.forEach((k, v) -> current.put(k, new Expansion(v, now)));
  }

  synchronized void deleteExpansion(String uid, Collection<String> keys) {
    keys.forEach(expansionOf(uid)::remove);
  }

  synchronized Map<String, Expansion> expansionView(String uid) {
    return new TreeMap<>(expansionOf(uid));
  }

  /** Seeded from the send's extraContent (kept by the message area) on first use. */
  private Map<String, Expansion> expansionOf(String uid) {
    return expansions.computeIfAbsent(uid, u -> {
      Map<String, Expansion> seeded = new TreeMap<>();
      messages().expansion(u).forEach((k, v) -> seeded.put(k, new Expansion(v.value(), v.setAt())));
      return seeded;
    });
  }

  // --- helpers ---

  private MessageState messages() {
    return context.state(MessageState.class);
  }

  private static String key(String channelId) {
    return channelId == null ? "" : channelId;
  }

  private Group group(String groupId) {
    Group g = groups.get(groupId);
    if (g == null) {
      throw new ApiException(Codes.DATA_NOT_FOUND, "ultra group " + groupId + " does not exist");
    }
    return g;
  }

  private static MutableChannel channel(Group g, String channelId) {
    MutableChannel c = g.channels.get(channelId);
    if (c == null) {
      throw new ApiException(Codes.DATA_NOT_FOUND, "channel " + channelId + " does not exist");
    }
    return c;
  }

  private static void optionalChannel(Group g, String channelId) {
    if (channelId != null) {
      channel(g, channelId);
    }
  }

  private static Set<String> userGroup(Group g, String userGroupId) {
    Set<String> members = g.userGroups.get(userGroupId);
    if (members == null) {
      throw new ApiException(Codes.DATA_NOT_FOUND, "user group " + userGroupId + " does not exist");
    }
    return members;
  }

  private static void requireMembers(Group g, String groupId, List<String> userIds) {
    List<String> strangers = new ArrayList<>(userIds.stream().filter(u -> !g.members.contains(u)).toList());
    if (!strangers.isEmpty()) {
      throw new ApiException(NOT_MEMBER, "not members of ultra group " + groupId + ": " + String.join(",", strangers));
    }
  }

  @Override
  public synchronized void reset() {
    groups.clear();
    editedContent.clear();
    expansions.clear();
  }
}
