package rongcloud.emulator.chatroom;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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

/**
 * Chatrooms of the app: their destroy policy (auto-destruction follows the emulator clock: inactivity or fixed
 * time, unless kept alive or bound to an RTC room), members with join times (joining is done by client SDKs, so
 * here through {@link #join} / the admin routes), per-chatroom mutes and bans with their end, mute-all with its
 * exceptions, app-wide mutes, custom attributes (KV), protected users; app-wide: keep-alive list, low-priority
 * and whitelisted message types, and which optional services are enabled (all by default).
 *
 * <p>Codes: 23410 for a chatroom that does not exist (documented for /chatroom/get.json, used by every
 * chatroom-scoped endpoint here, a choice); 1009 for a service that is not enabled; 1015 / 1016 for keep-alive
 * (documented); 23424 when a chatroom already holds 100 attributes and 1015 for removing a missing attribute
 * (both UNVERIFIED); 1002 when a bounded list would overflow (exceptions, whitelists, message types).
 */
public final class ChatroomState implements AreaState {
  public static final int CHATROOM_NOT_FOUND = 23410;
  public static final int ENTRIES_FULL = 23424;
  public static final int MAX_KEEPALIVE = 5;
  public static final int MAX_ENTRIES = 100;
  public static final int MAX_MUTE_ALL_EXCEPTIONS = 20;
  public static final int MAX_USER_WHITELIST = 5;
  public static final int MAX_LOW_PRIORITY_TYPES = 20;
  public static final int MAX_MESSAGE_WHITELIST = 20;

  /** Optional RongCloud services (1009 when off). */
  public enum Service { KEEPALIVE, KV, USER_WHITELIST, MESSAGE_WHITELIST, LOW_PRIORITY, GLOBAL_MUTE, BROADCAST }

  /** A custom attribute. */
  public record Entry(String key, String value, String userId, boolean autoDelete, Instant lastSetTime) {}

  private static final class Room {
    final String id;
    final String name;
    final Instant created;
    int destroyType;
    int destroyMinutes;
    Instant lastActivity;
    boolean muteAll;
    String rtcRoomId;
    final LinkedHashMap<String, Instant> members = new LinkedHashMap<>();
    final Map<String, Instant> mutes = new LinkedHashMap<>();
    final Map<String, Instant> blocks = new LinkedHashMap<>();
    final LinkedHashSet<String> muteAllExceptions = new LinkedHashSet<>();
    final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
    final LinkedHashSet<String> userWhitelist = new LinkedHashSet<>();

    Room(String id, String name, Instant created, int destroyType, int destroyMinutes) {
      this.id = id;
      this.name = name;
      this.created = created;
      this.destroyType = destroyType;
      this.destroyMinutes = destroyMinutes;
      this.lastActivity = created;
    }
  }

  private final EmulatorContext context;
  private final Map<String, Room> rooms = new LinkedHashMap<>();
  private final Map<String, Instant> globalMutes = new LinkedHashMap<>();
  private final LinkedHashSet<String> keepalive = new LinkedHashSet<>();
  private final LinkedHashSet<String> lowPriority = new LinkedHashSet<>();
  private final LinkedHashSet<String> messageWhitelist = new LinkedHashSet<>();
  private final Set<Service> disabled = new HashSet<>();

  public ChatroomState(EmulatorContext context) {
    this.context = context;
  }

  @Override
  public synchronized void reset() {
    rooms.clear();
    globalMutes.clear();
    keepalive.clear();
    lowPriority.clear();
    messageWhitelist.clear();
    disabled.clear();
  }

  private Instant now() {
    return context.clock().now();
  }

  // ---- services ----

  public synchronized void setServiceEnabled(Service service, boolean enabled) {
    if (enabled) {
      disabled.remove(service);
    } else {
      disabled.add(service);
    }
  }

  synchronized void requireService(Service service) {
    if (disabled.contains(service)) {
      throw new ApiException(Codes.SERVICE_NOT_ENABLED, service.name().toLowerCase() + " service not enabled for this App Key");
    }
  }

  // ---- chatrooms ----

  /** Drops chatrooms whose destroy condition was met (not kept alive, not bound to an RTC room). */
  private void purge() {
    Instant now = now();
    rooms.values().removeIf(r -> {
      if (keepalive.contains(r.id) || r.rtcRoomId != null) {
        return false;
      }
      Instant from = r.destroyType == 1 ? r.created : r.lastActivity;
      return !now.isBefore(from.plus(Duration.ofMinutes(r.destroyMinutes)));
    });
    keepalive.retainAll(rooms.keySet());
  }

  private Room room(String chatroomId) {
    purge();
    Room r = rooms.get(chatroomId);
    if (r == null) {
      throw new ApiException(CHATROOM_NOT_FOUND, "chatroom does not exist: " + chatroomId);
    }
    return r;
  }

  /** Creates the chatroom unless it exists (then nothing changes); false when it existed. */
  public synchronized boolean create(String chatroomId, String name, int destroyType, int destroyMinutes) {
    purge();
    if (rooms.containsKey(chatroomId)) {
      return false;
    }
    rooms.put(chatroomId, new Room(chatroomId, name, now(), destroyType, destroyMinutes));
    return true;
  }

  public synchronized boolean exists(String chatroomId) {
    purge();
    return rooms.containsKey(chatroomId);
  }

  public synchronized void setDestroyPolicy(String chatroomId, int destroyType, int destroyMinutes) {
    Room r = room(chatroomId);
    r.destroyType = destroyType;
    r.destroyMinutes = destroyMinutes;
    purge(); // a long-inactive chatroom switched to inactivity destruction goes at once
  }

  public synchronized void destroy(Collection<String> chatroomIds) {
    chatroomIds.forEach(rooms::remove);
    keepalive.removeAll(chatroomIds);
  }

  /** createTime (epoch ms), memberCount, destroyType, destroyTime, ban. */
  public synchronized Map<String, Object> info(String chatroomId) {
    Room r = room(chatroomId);
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("chatroomId", r.id);
    info.put("createTime", r.created.toEpochMilli());
    info.put("memberCount", r.members.size());
    info.put("destroyType", r.destroyType);
    info.put("destroyTime", r.destroyMinutes);
    info.put("ban", r.muteAll);
    return info;
  }

  public synchronized Optional<String> name(String chatroomId) {
    purge();
    return Optional.ofNullable(rooms.get(chatroomId)).map(r -> r.name);
  }

  public synchronized Optional<Instant> created(String chatroomId) {
    purge();
    return Optional.ofNullable(rooms.get(chatroomId)).map(r -> r.created);
  }

  public synchronized void bindRtcRoom(String chatroomId, String rtcRoomId) {
    room(chatroomId).rtcRoomId = rtcRoomId;
  }

  public synchronized Optional<String> rtcRoom(String chatroomId) {
    purge();
    return Optional.ofNullable(rooms.get(chatroomId)).map(r -> r.rtcRoomId);
  }

  /** Activity (a message) postpones inactivity destruction. */
  synchronized void touch(String chatroomId) {
    room(chatroomId).lastActivity = now();
  }

  // ---- keep-alive ----

  public synchronized void keepAlive(String chatroomId) {
    room(chatroomId);
    if (!keepalive.contains(chatroomId) && keepalive.size() >= MAX_KEEPALIVE) {
      throw new ApiException(Codes.TOO_MANY_KEEPALIVE_CHATROOMS, "at most " + MAX_KEEPALIVE + " kept-alive chatrooms");
    }
    keepalive.add(chatroomId);
  }

  public synchronized void stopKeepingAlive(String chatroomId) {
    if (!keepalive.remove(chatroomId)) {
      throw new ApiException(Codes.DATA_NOT_FOUND, "chatroom is not kept alive: " + chatroomId);
    }
  }

  public synchronized List<String> keptAlive() {
    purge();
    return List.copyOf(keepalive);
  }

  // ---- members ----

  /** A client joins: 23410 if the chatroom is gone; refused (1002, a choice) while the user is banned. */
  public synchronized void join(String chatroomId, String userId) {
    Room r = room(chatroomId);
    if (active(r.blocks, userId)) {
      throw ApiException.param("user " + userId + " is banned from chatroom " + chatroomId);
    }
    r.members.putIfAbsent(userId, now());
    r.lastActivity = now();
  }

  /** A client leaves: its auto-delete attributes go with it. */
  public synchronized void quit(String chatroomId, String userId) {
    Room r = room(chatroomId);
    leave(r, userId);
  }

  private void leave(Room r, String userId) {
    if (r.members.remove(userId) != null) {
      r.entries.values().removeIf(e -> e.autoDelete() && e.userId().equals(userId));
      r.lastActivity = now();
    }
  }

  public synchronized boolean isMember(String chatroomId, String userId) {
    purge();
    Room r = rooms.get(chatroomId);
    return r != null && r.members.containsKey(userId);
  }

  public synchronized int memberCount(String chatroomId) {
    return room(chatroomId).members.size();
  }

  /** Members by join time (ascending or not), at most {@code count}. */
  public synchronized List<Map.Entry<String, Instant>> members(String chatroomId, int count, boolean ascending) {
    List<Map.Entry<String, Instant>> all = new ArrayList<>(room(chatroomId).members.entrySet());
    if (!ascending) {
      java.util.Collections.reverse(all);
    }
    return List.copyOf(all.subList(0, Math.min(count, all.size())));
  }

  // ---- mutes, bans ----

  private boolean active(Map<String, Instant> ends, String userId) {
    Instant end = ends.get(userId);
    return end != null && end.isAfter(now());
  }

  public synchronized void mute(String chatroomId, List<String> userIds, int minutes) {
    Room r = room(chatroomId);
    userIds.forEach(u -> r.mutes.put(u, now().plus(Duration.ofMinutes(minutes))));
  }

  public synchronized void unmute(String chatroomId, List<String> userIds) {
    userIds.forEach(room(chatroomId).mutes::remove);
  }

  /** User id → end of the mute, in muting order. */
  public synchronized Map<String, Instant> mutes(String chatroomId) {
    return ordered(room(chatroomId).mutes);
  }

  public synchronized void block(String chatroomId, List<String> userIds, int minutes) {
    Room r = room(chatroomId);
    userIds.forEach(u -> {
      r.blocks.put(u, now().plus(Duration.ofMinutes(minutes)));
      leave(r, u);
    });
  }

  public synchronized void unblock(String chatroomId, List<String> userIds) {
    userIds.forEach(room(chatroomId).blocks::remove);
  }

  public synchronized Map<String, Instant> blocks(String chatroomId) {
    return ordered(room(chatroomId).blocks);
  }

  public synchronized void muteGlobally(List<String> userIds, int minutes) {
    userIds.forEach(u -> globalMutes.put(u, now().plus(Duration.ofMinutes(minutes))));
  }

  public synchronized void unmuteGlobally(List<String> userIds) {
    userIds.forEach(globalMutes::remove);
  }

  public synchronized Map<String, Instant> globalMutes() {
    return ordered(globalMutes);
  }

  private Map<String, Instant> ordered(Map<String, Instant> ends) {
    Instant now = now();
    ends.values().removeIf(end -> !end.isAfter(now));
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ends));
  }

  public synchronized void setMuteAll(String chatroomId, boolean muted) {
    room(chatroomId).muteAll = muted;
  }

  public synchronized boolean isMutedAll(String chatroomId) {
    return room(chatroomId).muteAll;
  }

  public synchronized List<String> mutedAllChatrooms() {
    purge();
    return rooms.values().stream().filter(r -> r.muteAll).map(r -> r.id).toList();
  }

  public synchronized void addMuteAllExceptions(String chatroomId, List<String> userIds) {
    Room r = room(chatroomId);
    LinkedHashSet<String> next = new LinkedHashSet<>(r.muteAllExceptions);
    next.addAll(userIds);
    if (next.size() > MAX_MUTE_ALL_EXCEPTIONS) {
      throw ApiException.param("a chatroom's mute-all exception list holds at most " + MAX_MUTE_ALL_EXCEPTIONS + " users");
    }
    r.muteAllExceptions.addAll(userIds);
  }

  public synchronized void removeMuteAllExceptions(String chatroomId, List<String> userIds) {
    room(chatroomId).muteAllExceptions.removeAll(userIds);
  }

  public synchronized List<String> muteAllExceptions(String chatroomId) {
    return List.copyOf(room(chatroomId).muteAllExceptions);
  }

  /**
   * Whether a client-SDK message of the user would go through: not banned, not muted here nor app-wide, and
   * not caught by mute-all unless an exception (an exception does not override a mute; catalog note).
   */
  public synchronized boolean maySpeak(String chatroomId, String userId) {
    Room r = room(chatroomId);
    if (active(r.blocks, userId) || active(r.mutes, userId) || active(globalMutes, userId)) {
      return false;
    }
    return !r.muteAll || r.muteAllExceptions.contains(userId);
  }

  // ---- attributes ----

  public synchronized void setEntry(String chatroomId, String userId, String key, String value, boolean autoDelete) {
    Room r = room(chatroomId);
    if (!r.entries.containsKey(key) && r.entries.size() >= MAX_ENTRIES) {
      throw new ApiException(ENTRIES_FULL, "a chatroom holds at most " + MAX_ENTRIES + " attributes");
    }
    r.entries.put(key, new Entry(key, value, userId, autoDelete, now()));
  }

  public synchronized void setEntries(String chatroomId, String ownerId, Map<String, String> entries, boolean autoDelete) {
    Room r = room(chatroomId);
    long added = entries.keySet().stream().filter(k -> !r.entries.containsKey(k)).count();
    if (r.entries.size() + added > MAX_ENTRIES) {
      throw new ApiException(ENTRIES_FULL, "a chatroom holds at most " + MAX_ENTRIES + " attributes");
    }
    entries.forEach((k, v) -> r.entries.put(k, new Entry(k, v, ownerId, autoDelete, now())));
  }

  public synchronized void removeEntry(String chatroomId, String key) {
    if (room(chatroomId).entries.remove(key) == null) {
      throw new ApiException(Codes.DATA_NOT_FOUND, "no attribute " + key + " in chatroom " + chatroomId);
    }
  }

  public synchronized void removeEntries(String chatroomId, List<String> keys) {
    keys.forEach(room(chatroomId).entries::remove);
  }

  /** The given keys that exist, or every attribute when {@code keys} is empty. */
  public synchronized List<Entry> entries(String chatroomId, List<String> keys) {
    Room r = room(chatroomId);
    if (keys.isEmpty()) {
      return List.copyOf(r.entries.values());
    }
    return keys.stream().map(r.entries::get).filter(e -> e != null).toList();
  }

  // ---- priorities and whitelists ----

  public synchronized void addLowPriority(List<String> objectNames) {
    lowPriority.addAll(bounded(lowPriority, objectNames, MAX_LOW_PRIORITY_TYPES, "low-priority message types"));
  }

  public synchronized void removeLowPriority(List<String> objectNames) {
    lowPriority.removeAll(objectNames);
  }

  public synchronized List<String> lowPriority() {
    return List.copyOf(lowPriority);
  }

  public synchronized void addMessageWhitelist(List<String> objectNames) {
    messageWhitelist.addAll(bounded(messageWhitelist, objectNames, MAX_MESSAGE_WHITELIST, "whitelisted message types"));
  }

  public synchronized void removeMessageWhitelist(List<String> objectNames) {
    messageWhitelist.removeAll(objectNames);
  }

  public synchronized List<String> messageWhitelist() {
    return List.copyOf(messageWhitelist);
  }

  public synchronized void addUserWhitelist(String chatroomId, List<String> userIds) {
    Room r = room(chatroomId);
    r.userWhitelist.addAll(bounded(r.userWhitelist, userIds, MAX_USER_WHITELIST, "protected users"));
  }

  public synchronized void removeUserWhitelist(String chatroomId, List<String> userIds) {
    room(chatroomId).userWhitelist.removeAll(userIds);
  }

  public synchronized List<String> userWhitelist(String chatroomId) {
    return List.copyOf(room(chatroomId).userWhitelist);
  }

  private static List<String> bounded(Set<String> current, List<String> added, int max, String what) {
    Set<String> next = new LinkedHashSet<>(current);
    next.addAll(added);
    if (next.size() > max) {
      throw ApiException.param("at most " + max + " " + what);
    }
    return added;
  }

  // ---- messages ----

  /** Ids of the existing chatrooms, for a broadcast (which does not count as activity; catalog note). */
  synchronized List<String> chatroomIds() {
    purge();
    return List.copyOf(rooms.keySet());
  }

  synchronized Map<String, Object> snapshot() {
    purge();
    Map<String, Object> all = new HashMap<>();
    rooms.values().forEach(r -> all.put(r.id, Map.of("members", List.copyOf(r.members.keySet()), "muteAll", r.muteAll)));
    return all;
  }
}
