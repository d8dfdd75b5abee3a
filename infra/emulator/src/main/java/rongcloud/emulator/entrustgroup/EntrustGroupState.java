package rongcloud.emulator.entrustgroup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import rongcloud.emulator.ApiException;
import rongcloud.emulator.AreaState;
import rongcloud.emulator.EmulatorContext;

/**
 * The app's hosted (entrust) groups: owner, managers, members with their group profiles and follows, pending
 * invitations, profile, permissions, custom attributes and each user's remark name. Lists page with stable
 * cursors: a token names the (time, sequence) key of the last item returned, so items added or removed
 * between two pages neither repeat nor shift the listing.
 */
public final class EntrustGroupState implements AreaState {
  /** Roles as /entrust/group/member/query.json numbers them. */
  public static final int ROLE_MEMBER = 1;
  public static final int ROLE_MANAGER = 2;
  public static final int ROLE_OWNER = 3;
  public static final int MAX_MANAGERS = 10;
  /** Permission keys and their defaults (catalog: every default is 0). */
  static final List<String> PERMISSION_KEYS =
      List.of("joinPerm", "removePerm", "memInvitePerm", "invitePerm", "profilePerm", "memProfilePerm");

  // RongCloud's hosted-group codes (IMLib RCErrorCode 254xx)
  static final int GROUP_EXISTS = 25409;
  static final int NO_GROUP = 25410;
  static final int OWNER_CANNOT_LEAVE = 25417;
  static final int NOT_MEMBER = 25418;
  static final int TOO_MANY_MANAGERS = 25419;
  static final int NOT_MANAGER = 25420;
  static final int OWNER_CANNOT_BE_MANAGER = 25425;
  static final int BAD_PAGE_TOKEN = 25432;

  private final EmulatorContext context;
  private final Map<String, Group> groups = new LinkedHashMap<>();
  private long sequence;

  static final class Group {
    final String id;
    final String creator;
    final Instant createTime;
    final long seq;
    String name;
    String owner;
    final Map<String, String> profile = new LinkedHashMap<>();
    final Map<String, Integer> permissions = new LinkedHashMap<>();
    final Map<String, String> ext = new LinkedHashMap<>();
    final Map<String, Member> members = new LinkedHashMap<>();
    final Set<String> pending = new LinkedHashSet<>();
    final Map<String, String> remarks = new LinkedHashMap<>();

    Group(String id, String owner, Instant createTime, long seq) {
      this.id = id;
      this.creator = owner;
      this.owner = owner;
      this.createTime = createTime;
      this.seq = seq;
      PERMISSION_KEYS.forEach(k -> permissions.put(k, 0));
    }

    int role(String userId) {
      return userId.equals(owner) ? ROLE_OWNER : members.get(userId).manager ? ROLE_MANAGER : ROLE_MEMBER;
    }

    long managerCount() {
      return members.values().stream().filter(m -> m.manager).count();
    }
  }

  static final class Member {
    final String userId;
    final Instant joinTime;
    final long seq;
    String nickname = "";
    String extra = "";
    boolean manager;
    final Map<String, Instant> follows = new LinkedHashMap<>();

    Member(String userId, Instant joinTime, long seq) {
      this.userId = userId;
      this.joinTime = joinTime;
      this.seq = seq;
    }
  }

  /** The group fields and edits a create or import carries. */
  record Definition(String groupId, String name, String owner, Map<String, String> profile,
                    Map<String, Integer> permissions, Map<String, String> ext) {}

  /** One page of a listing, the total that matched and the token of the next page ("" on the last). */
  record Listing<T>(List<T> items, int total, String pageToken) {}

  public EntrustGroupState(EmulatorContext context) {
    this.context = context;
  }

  @Override
  public synchronized void reset() {
    groups.clear();
    sequence = 0;
  }

  // --- views for tests ---

  public synchronized boolean exists(String groupId) {
    return groups.containsKey(groupId);
  }

  public synchronized int groupCount() {
    return groups.size();
  }

  public synchronized Optional<EntrustGroupSnapshot> find(String groupId) {
    Group g = groups.get(groupId);
    if (g == null) {
      return Optional.empty();
    }
    List<EntrustGroupSnapshot.Member> members = g.members.values().stream()
        .map(m -> new EntrustGroupSnapshot.Member(m.userId, g.role(m.userId), m.joinTime, m.nickname, m.extra,
            List.copyOf(m.follows.keySet()))).toList();
    return Optional.of(new EntrustGroupSnapshot(g.id, g.name, g.creator, g.owner, g.createTime, Map.copyOf(g.profile),
        Map.copyOf(g.permissions), Map.copyOf(g.ext), members, Set.copyOf(g.pending), Map.copyOf(g.remarks)));
  }

  // --- operations behind the endpoints ---

  synchronized void create(Definition d, List<String> invitees) {
    if (groups.containsKey(d.groupId())) {
      throw new ApiException(GROUP_EXISTS, "group " + d.groupId() + " already exists");
    }
    Group g = new Group(d.groupId(), d.owner(), now(), ++sequence);
    apply(g, d.name(), d.profile(), d.permissions(), d.ext());
    addMember(g, d.owner());
    boolean consentNeeded = g.permissions.get("invitePerm") == 1;
    for (String userId : invitees) {
      if (!g.members.containsKey(userId)) {
        if (consentNeeded) {
          g.pending.add(userId); // invitePerm 1: invitees must accept before they are members
        } else {
          addMember(g, userId);
        }
      }
    }
    groups.put(g.id, g);
  }

  /** Import: the group (created without hosting, unknown to this area) becomes hosted with its owner as member. */
  synchronized void importGroup(Definition d) {
    create(d, List.of());
  }

  synchronized void update(String groupId, String name, Map<String, String> profile, Map<String, Integer> permissions,
                           Map<String, String> ext) {
    apply(group(groupId), name, profile, permissions, ext);
  }

  synchronized List<Map<String, Object>> profiles(Collection<String> groupIds, Function<Group, Map<String, Object>> view) {
    return groupIds.stream().map(groups::get).filter(g -> g != null).map(view).toList();
  }

  synchronized <T> T join(String groupId, List<String> userIds, Function<Group, T> view) {
    Group g = group(groupId);
    for (String userId : userIds) {
      g.pending.remove(userId);
      if (!g.members.containsKey(userId)) {
        addMember(g, userId);
      }
    }
    return view.apply(g);
  }

  /** Quit or kick: every user must be a member and none the owner; nothing changes otherwise. */
  synchronized void leave(String groupId, List<String> userIds, boolean clearFollows) {
    Group g = group(groupId);
    for (String userId : userIds) {
      if (userId.equals(g.owner)) {
        throw new ApiException(OWNER_CANNOT_LEAVE, "the owner " + userId + " cannot leave; transfer the group first");
      }
      requireMember(g, userId);
    }
    userIds.forEach(userId -> remove(g, userId, clearFollows));
  }

  synchronized void leaveAll(String userId) {
    groups.values().stream().filter(g -> g.members.containsKey(userId) && !userId.equals(g.owner))
        .forEach(g -> remove(g, userId, true));
  }

  synchronized void dismiss(String groupId) {
    group(groupId);
    groups.remove(groupId);
  }

  synchronized void transfer(String groupId, String newOwner, boolean oldOwnerQuits, boolean clearFollows) {
    Group g = group(groupId);
    requireMember(g, newOwner);
    String previous = g.owner;
    if (previous.equals(newOwner)) {
      return;
    }
    g.owner = newOwner;
    g.members.get(newOwner).manager = false;
    if (oldOwnerQuits) {
      remove(g, previous, clearFollows);
    }
  }

  /** Returns the users that are not members (not added); fails when the owner is named or the cap is passed. */
  synchronized List<String> addManagers(String groupId, List<String> userIds) {
    Group g = group(groupId);
    if (userIds.contains(g.owner)) {
      throw new ApiException(OWNER_CANNOT_BE_MANAGER, "the owner " + g.owner + " cannot be a manager");
    }
    List<String> notMembers = userIds.stream().filter(u -> !g.members.containsKey(u)).toList();
    List<String> added = userIds.stream().filter(u -> g.members.containsKey(u) && !g.members.get(u).manager).toList();
    if (g.managerCount() + added.size() > MAX_MANAGERS) {
      throw new ApiException(TOO_MANY_MANAGERS, "a group has at most " + MAX_MANAGERS
          + " managers; managerCount=" + g.managerCount());
    }
    added.forEach(u -> g.members.get(u).manager = true);
    return notMembers;
  }

  synchronized void removeManagers(String groupId, List<String> userIds) {
    Group g = group(groupId);
    for (String userId : userIds) {
      if (!requireMember(g, userId).manager) {
        throw new ApiException(NOT_MANAGER, userId + " is not a manager of group " + groupId);
      }
    }
    userIds.forEach(u -> g.members.get(u).manager = false);
  }

  /** Members of {@code role} (0 = all) by join time. */
  synchronized Listing<Map<String, Object>> members(String groupId, int role, String pageToken, int size,
                                                    boolean descending) {
    Group g = group(groupId);
    List<Member> matching = g.members.values().stream().filter(m -> role == 0 || g.role(m.userId) == role).toList();
    return page(matching, m -> new Key(m.joinTime.toEpochMilli(), m.seq), pageToken, size, descending,
        m -> memberView(g, m));
  }

  synchronized List<Map<String, Object>> members(String groupId, List<String> userIds) {
    Group g = group(groupId);
    return userIds.stream().filter(g.members::containsKey).map(u -> memberView(g, g.members.get(u))).toList();
  }

  synchronized void setMember(String groupId, String userId, String nickname, String extra) {
    Member m = requireMember(group(groupId), userId);
    m.nickname = nickname;
    if (extra != null) {
      m.extra = extra;
    }
  }

  synchronized void follow(String groupId, String userId, List<String> followUserIds) {
    Group g = group(groupId);
    Member m = requireMember(g, userId);
    followUserIds.forEach(u -> requireMember(g, u));
    followUserIds.forEach(u -> m.follows.putIfAbsent(u, now()));
  }

  synchronized void unfollow(String groupId, String userId, List<String> followUserIds) {
    Member m = requireMember(group(groupId), userId);
    followUserIds.forEach(m.follows::remove);
  }

  synchronized List<Map<String, Object>> followed(String groupId, String userId) {
    Member m = requireMember(group(groupId), userId);
    List<Map<String, Object>> list = new ArrayList<>();
    m.follows.forEach((u, t) -> list.add(Map.of("userId", u, "timestamp", t.toEpochMilli())));
    return list;
  }

  synchronized void setRemarkName(String groupId, String userId, String remarkName) {
    Group g = group(groupId);
    requireMember(g, userId);
    g.remarks.put(userId, remarkName);
  }

  synchronized void deleteRemarkName(String groupId, String userId) {
    group(groupId).remarks.remove(userId);
  }

  synchronized String remarkName(String groupId, String userId) {
    return group(groupId).remarks.getOrDefault(userId, "");
  }

  synchronized Listing<Map<String, Object>> groups(String pageToken, int size, boolean descending,
                                                   Function<Group, Map<String, Object>> view) {
    return page(List.copyOf(groups.values()), g -> new Key(g.createTime.toEpochMilli(), g.seq), pageToken, size,
        descending, view);
  }

  /** Groups {@code userId} joined where it has {@code role} (0 = all), by join time. */
  synchronized Listing<Map<String, Object>> joined(String userId, int role, String pageToken, int size,
                                                   boolean descending, java.util.function.BiFunction<Group, Member,
                                                   Map<String, Object>> view) {
    List<Group> matching = groups.values().stream()
        .filter(g -> g.members.containsKey(userId) && (role == 0 || g.role(userId) == role)).toList();
    return page(matching, g -> key(g.members.get(userId)), pageToken, size, descending,
        g -> view.apply(g, g.members.get(userId)));
  }

  // --- helpers ---

  private record Key(long millis, long seq) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      return Comparator.comparingLong(Key::millis).thenComparingLong(Key::seq).compare(this, o);
    }

    String token() {
      return Base64.getUrlEncoder().withoutPadding()
          .encodeToString(("eg1|" + millis + "|" + seq).getBytes(StandardCharsets.UTF_8));
    }

    static Key parse(String token) {
      try {
        String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
        if (parts.length == 3 && parts[0].equals("eg1")) {
          return new Key(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        }
      } catch (IllegalArgumentException e) {
        // falls through
      }
      throw new ApiException(BAD_PAGE_TOKEN, "pageToken cannot be parsed: " + token);
    }
  }

  private static Key key(Member m) {
    return new Key(m.joinTime.toEpochMilli(), m.seq);
  }

  private static <T> Listing<Map<String, Object>> page(List<T> items, Function<T, Key> keyOf, String pageToken,
                                                       int size, boolean descending,
                                                       Function<T, Map<String, Object>> view) {
    Comparator<T> order = Comparator.comparing(keyOf);
    if (descending) {
      order = order.reversed();
    }
    Predicate<T> after = t -> true;
    if (pageToken != null) {
      Key last = Key.parse(pageToken);
      after = descending ? t -> keyOf.apply(t).compareTo(last) < 0 : t -> keyOf.apply(t).compareTo(last) > 0;
    }
    List<T> rest = items.stream().filter(after).sorted(order).toList();
    List<T> page = rest.subList(0, Math.min(size, rest.size()));
    String next = rest.size() > size ? keyOf.apply(page.get(page.size() - 1)).token() : "";
    return new Listing<>(page.stream().map(view).toList(), items.size(), next);
  }

  private Map<String, Object> memberView(Group g, Member m) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("userId", m.userId);
    json.put("nickname", m.nickname);
    json.put("role", g.role(m.userId));
    json.put("time", m.joinTime.toEpochMilli());
    json.put("extra", m.extra);
    return json;
  }

  private void apply(Group g, String name, Map<String, String> profile, Map<String, Integer> permissions,
                     Map<String, String> ext) {
    if (name != null) {
      g.name = name;
    }
    g.profile.putAll(profile);
    g.permissions.putAll(permissions);
    g.ext.putAll(ext);
  }

  private void addMember(Group g, String userId) {
    g.members.put(userId, new Member(userId, now(), ++sequence));
  }

  private void remove(Group g, String userId, boolean clearFollows) {
    g.members.remove(userId);
    g.remarks.remove(userId);
    if (clearFollows) {
      g.members.values().forEach(m -> m.follows.remove(userId));
    }
  }

  private Group group(String groupId) {
    Group g = groups.get(groupId);
    if (g == null) {
      throw new ApiException(NO_GROUP, "group " + groupId + " does not exist");
    }
    return g;
  }

  private static Member requireMember(Group g, String userId) {
    Member m = g.members.get(userId);
    if (m == null) {
      throw new ApiException(NOT_MEMBER, userId + " is not a member of group " + g.id);
    }
    return m;
  }

  private Instant now() {
    return context.clock().now();
  }
}
