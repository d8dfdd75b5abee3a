package rongcloud.emulator.friend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import rongcloud.emulator.ApiException;
import rongcloud.emulator.AreaState;
import rongcloud.emulator.EmulatorClock;

/**
 * Friendships (always mutual: /friend/check.json only ever answers "none" or "mutual"), each side's remark
 * name and custom attributes, pending friend requests, and who may add each user.
 */
public final class FriendState implements AreaState {
  /** permissionType: 1 anyone, 2 approval required, 3 nobody. */
  public static final int ANYONE = 1;
  public static final int NEEDS_VERIFICATION = 2;
  public static final int NOBODY = 3;
  /** The App Key default when a user has no permission set: not documented; "approval required" is a choice. */
  public static final int APP_DEFAULT_PERMISSION = NEEDS_VERIFICATION;
  /** Emulator codes, UNVERIFIED (RongCloud documents none): a refused friend add, a profile set on a non-friend. */
  public static final int ADD_REFUSED = 25461; // UNVERIFIED code, see RongCloudCode
  public static final int NOT_FRIENDS = 25462; // UNVERIFIED code, see RongCloudCode

  /** One side of a friendship, as its owner sees it. */
  public record Friendship(String friendId, long sequence, Instant since, String remarkName, Map<String, String> ext) {}

  /** A page of friendships and the cursor of the next page (null on the last). */
  record FriendPage(List<Friendship> friends, String next, int total) {}

  private final EmulatorClock clock;
  private final Map<String, Map<String, Friendship>> friends = new HashMap<>();
  private final Map<String, Integer> permissions = new HashMap<>();
  /** target → requester → extra. */
  private final Map<String, Map<String, String>> requests = new HashMap<>();
  private long sequence;

  public FriendState(EmulatorClock clock) {
    this.clock = clock;
  }

  public synchronized boolean areFriends(String a, String b) {
    return side(a).containsKey(b);
  }

  public synchronized Optional<Friendship> friendship(String owner, String friendId) {
    return Optional.ofNullable(side(owner).get(friendId));
  }

  /** Pending friend requests to {@code target}: requester → extra. */
  public synchronized Map<String, String> pendingRequests(String target) {
    return Map.copyOf(requests.getOrDefault(target, Map.of()));
  }

  /** The permission set for the user, 0 when none. */
  public synchronized int permission(String userId) {
    return permissions.getOrDefault(userId, 0);
  }

  /** Like the target accepting a pending request in its client: they become friends. */
  public synchronized void accept(String target, String requester) {
    Map<String, String> pending = requests.getOrDefault(target, new HashMap<>());
    if (pending.remove(requester) == null) {
      throw new IllegalStateException("no friend request from " + requester + " to " + target);
    }
    befriend(requester, target);
  }

  /** optType 2 adds directly; otherwise the target's permission decides (a request from the target itself is accepted). */
  synchronized void add(String userId, String targetId, boolean direct, String extra) {
    if (areFriends(userId, targetId)) {
      return;
    }
    int permission = permissions.getOrDefault(targetId, APP_DEFAULT_PERMISSION);
    boolean crossed = requests.getOrDefault(userId, Map.of()).containsKey(targetId);
    if (direct || permission == ANYONE || crossed) {
      requests.getOrDefault(userId, new HashMap<>()).remove(targetId);
      befriend(userId, targetId);
    } else if (permission == NEEDS_VERIFICATION) {
      requests.computeIfAbsent(targetId, t -> new LinkedHashMap<>()).put(userId, extra == null ? "" : extra);
    } else {
      throw new ApiException(ADD_REFUSED, "user " + targetId + " does not accept friend requests");
    }
  }

  synchronized void delete(String userId, Collection<String> targetIds) {
    for (String target : targetIds) {
      side(userId).remove(target);
      side(target).remove(userId);
    }
  }

  synchronized void clean(String userId) {
    delete(userId, List.copyOf(side(userId).keySet()));
  }

  /** remarkName null keeps the remark ("" clears it); the attributes given are merged into the existing ones. */
  synchronized void setProfile(String userId, String targetId, String remarkName, Map<String, String> ext) {
    Friendship f = side(userId).get(targetId);
    if (f == null) {
      throw new ApiException(NOT_FRIENDS, "user " + targetId + " is not a friend of " + userId);
    }
    Map<String, String> merged = new TreeMap<>(f.ext());
    merged.putAll(ext);
    side(userId).put(targetId, new Friendship(targetId, f.sequence(), f.since(),
        remarkName == null ? f.remarkName() : remarkName, Map.copyOf(merged)));
  }

  /** Friendships by addition, after the cursor (a sequence number) in the given direction. */
  synchronized FriendPage page(String userId, String after, int size, boolean newestFirst) {
    long cursor;
    try {
      cursor = after == null ? (newestFirst ? Long.MAX_VALUE : Long.MIN_VALUE) : Long.parseLong(after);
    } catch (NumberFormatException e) {
      throw ApiException.param("pageToken is invalid: " + after);
    }
    Comparator<Friendship> order = Comparator.comparingLong(Friendship::sequence);
    List<Friendship> rest = new ArrayList<>(side(userId).values().stream()
        .filter(f -> newestFirst ? f.sequence() < cursor : f.sequence() > cursor)
        .sorted(newestFirst ? order.reversed() : order).toList());
    List<Friendship> page = rest.subList(0, Math.min(size, rest.size()));
    String next = rest.size() > page.size() ? Long.toString(page.get(page.size() - 1).sequence()) : null;
    return new FriendPage(List.copyOf(page), next, side(userId).size());
  }

  synchronized void setPermission(Collection<String> userIds, int permission) {
    userIds.forEach(id -> permissions.put(id, permission));
  }

  @Override
  public synchronized void reset() {
    friends.clear();
    permissions.clear();
    requests.clear();
    sequence = 0;
  }

  private void befriend(String a, String b) {
    Instant now = clock.now();
    side(a).put(b, new Friendship(b, ++sequence, now, "", Map.of()));
    side(b).put(a, new Friendship(a, ++sequence, now, "", Map.of()));
  }

  private Map<String, Friendship> side(String owner) {
    return friends.computeIfAbsent(owner, o -> new LinkedHashMap<>());
  }
}
