package rongcloud.emulator.user;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rongcloud.emulator.ApiException;
import rongcloud.emulator.AreaState;
import rongcloud.emulator.Codes;
import rongcloud.emulator.EmulatorContext;

/**
 * The app's users: profiles, tokens, bans, deactivations, one-to-one mutes, tags and (simulated) connections.
 * It is also the user registry other areas consult ({@code context.state(UserState.class).isRegistered(id)}).
 */
public final class UserState implements AreaState {
  /** "User IDs cannot be reactivated within one hour after the deactivation request" (docs). */
  public static final Duration REACTIVATION_DELAY = Duration.ofHours(1);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String TOKEN_SUFFIX = "@emu.cn.rongnav.com;emu.cn.rongcfg.com";

  private final EmulatorContext context;
  private final Map<String, Account> accounts = new HashMap<>();
  private final Map<String, String> tokenOwners = new HashMap<>();
  private final Map<String, Instant> deactivated = new LinkedHashMap<>();
  private final LinkedHashSet<String> muted = new LinkedHashSet<>();
  private Instant secretRotatedAt = Instant.MIN;

  /** A user ID's mutable state; createTime == null means "not registered". */
  private static final class Account {
    String name = "";
    String portraitUri = "";
    Instant createTime;
    final List<Issued> tokens = new ArrayList<>();
    Instant tokensInvalidBefore = Instant.MIN;
    Instant blockedUntil;
    List<String> tags = List.of();
    boolean online;
  }

  private record Issued(String token, Instant issuedAt) {}

  /** A banned user and the end of the ban. */
  public record Ban(String userId, Instant until) {}

  public UserState(EmulatorContext context) {
    this.context = context;
  }

  // --- registry view, for tests and other areas ---

  /** Registered through /user/getToken.json and not deactivated since. */
  public synchronized boolean isRegistered(String userId) {
    Account account = accounts.get(userId);
    return account != null && account.createTime != null;
  }

  public synchronized int registeredCount() {
    return (int) accounts.values().stream().filter(a -> a.createTime != null).count();
  }

  public synchronized boolean isDeactivated(String userId) {
    return deactivated.containsKey(userId);
  }

  public synchronized boolean isBlocked(String userId) {
    return blockedUntil(accounts.get(userId)) != null;
  }

  public synchronized boolean isOnline(String userId) {
    Account account = accounts.get(userId);
    return account != null && account.online;
  }

  public synchronized boolean isTokenValid(String token) {
    String owner = tokenOwners.get(token);
    return owner != null && accounts.get(owner).tokens.stream()
        .anyMatch(t -> t.token().equals(token) && valid(accounts.get(owner), t));
  }

  /** Everything known about {@code userId}, or empty when the ID never appeared. */
  public synchronized Optional<UserSnapshot> find(String userId) {
    Account a = accounts.get(userId);
    if (a == null && !deactivated.containsKey(userId) && !muted.contains(userId)) {
      return Optional.empty();
    }
    Account account = a == null ? new Account() : a;
    List<UserSnapshot.Token> tokens = account.tokens.stream()
        .map(t -> new UserSnapshot.Token(t.token(), t.issuedAt(), valid(account, t))).toList();
    return Optional.of(new UserSnapshot(userId, account.createTime != null, account.name, account.portraitUri,
        account.createTime, tokens, blockedUntil(account), deactivated.containsKey(userId), deactivated.get(userId),
        account.tags, muted.contains(userId), account.online));
  }

  /** Simulates a client (dis)connecting; connecting needs a registered, unbanned user holding a valid token. */
  public synchronized void setOnline(String userId, boolean online) {
    Account account = accounts.get(userId);
    if (!online) {
      if (account != null) {
        account.online = false;
      }
      return;
    }
    if (account == null || account.createTime == null) {
      throw new IllegalStateException("user " + userId + " is not registered");
    }
    if (blockedUntil(account) != null) {
      throw new IllegalStateException("user " + userId + " is banned until " + account.blockedUntil);
    }
    if (account.tokens.stream().noneMatch(t -> valid(account, t))) {
      throw new IllegalStateException("user " + userId + " holds no valid token");
    }
    account.online = true;
  }

  // --- operations behind the endpoints ---

  /** Creates or updates the profile and issues a new token; portraitUri null keeps the stored one. */
  synchronized String register(String userId, String name, String portraitUri) {
    if (deactivated.containsKey(userId)) {
      // Not documented: a deactivated ID is unusable until reactivated, so no token is issued (a choice).
      throw ApiException.param("user " + userId + " is deactivated; reactivate it first");
    }
    Account account = accounts.computeIfAbsent(userId, id -> new Account());
    Instant now = now();
    if (account.createTime == null) {
      int cap = context.options().devUserCap();
      if (cap > 0 && registeredCount() >= cap) {
        throw new ApiException(Codes.DEV_USER_CAP_REACHED,
            "registered user limit of the development environment reached (" + cap + ")");
      }
      account.createTime = now;
    }
    account.name = name;
    if (portraitUri != null) {
      account.portraitUri = portraitUri;
    }
    String token;
    do {
      byte[] bytes = new byte[24];
      RANDOM.nextBytes(bytes);
      token = Base64.getEncoder().encodeToString(bytes) + TOKEN_SUFFIX;
    } while (tokenOwners.containsKey(token));
    account.tokens.add(new Issued(token, now));
    tokenOwners.put(token, userId);
    return token;
  }

  synchronized void expireTokens(List<String> userIds, Instant issuedBefore) {
    for (String userId : userIds) {
      Account account = accounts.get(userId);
      if (account != null && issuedBefore.isAfter(account.tokensInvalidBefore)) {
        account.tokensInvalidBefore = issuedBefore;
      }
    }
  }

  synchronized UserSnapshot profile(String userId) {
    if (!isRegistered(userId)) {
      throw notExist(userId);
    }
    return find(userId).orElseThrow();
  }

  synchronized void refresh(String userId, String name, String portraitUri) {
    if (!isRegistered(userId)) {
      throw notExist(userId);
    }
    Account account = accounts.get(userId);
    if (name != null) {
      account.name = name;
    }
    if (portraitUri != null) {
      account.portraitUri = portraitUri;
    }
  }

  /** Deletes the users' data and lists them as deactivated; IDs already deactivated keep their first instant. */
  synchronized String deactivate(List<String> userIds) {
    Instant now = now();
    for (String userId : userIds) {
      if (deactivated.putIfAbsent(userId, now) == null) {
        Account account = accounts.remove(userId);
        if (account != null) {
          account.tokens.forEach(t -> tokenOwners.remove(t.token()));
        }
        muted.remove(userId);
      }
    }
    return operateId();
  }

  /** Deactivated IDs in deactivation order, one page ({@code pageNo} from 1). */
  synchronized List<String> deactivatedUsers(int pageNo, int pageSize) {
    return page(new ArrayList<>(deactivated.keySet()), (long) (pageNo - 1) * pageSize, pageSize);
  }

  /** All or nothing: fails if any ID was deactivated less than an hour ago; IDs not deactivated are ignored. */
  synchronized String reactivate(List<String> userIds) {
    Instant now = now();
    for (String userId : userIds) {
      Instant at = deactivated.get(userId);
      if (at != null && now.isBefore(at.plus(REACTIVATION_DELAY))) {
        // Real RongCloud answers 200 and reports the failure through the status callback; the emulator has no
        // callbacks, so it refuses synchronously with 1002 (a choice).
        throw ApiException.param("user " + userId + " cannot be reactivated within one hour of its deactivation ("
            + context.formatTime(at) + ")");
      }
    }
    userIds.forEach(deactivated::remove);
    return operateId();
  }

  /** Bans (or re-bans, replacing the end) and disconnects; IDs never registered are accepted too (a choice). */
  synchronized void block(List<String> userIds, Duration duration) {
    Instant until = now().plus(duration);
    for (String userId : userIds) {
      Account account = accounts.computeIfAbsent(userId, id -> new Account());
      account.blockedUntil = until;
      account.online = false;
    }
  }

  synchronized void unblock(List<String> userIds) {
    userIds.stream().map(accounts::get).filter(a -> a != null).forEach(a -> a.blockedUntil = null);
  }

  /** Unexpired bans, latest end first (ties by user ID). */
  synchronized List<Ban> bans() {
    List<Ban> bans = new ArrayList<>();
    accounts.forEach((userId, account) -> {
      Instant until = blockedUntil(account);
      if (until != null) {
        bans.add(new Ban(userId, until));
      }
    });
    bans.sort(Comparator.comparing(Ban::until).reversed().thenComparing(Ban::userId));
    return bans;
  }

  /** Mutes keep the order in which users were first muted. */
  synchronized void setPrivateChatMuted(List<String> userIds, boolean mute) {
    if (mute) {
      muted.addAll(userIds);
    } else {
      userIds.forEach(muted::remove);
    }
  }

  synchronized int mutedCount() {
    return muted.size();
  }

  synchronized List<String> mutedUsers(int offset, int count) {
    return page(new ArrayList<>(muted), offset, count);
  }

  /** Replaces the tags of each user (duplicates dropped, order kept); IDs never registered are accepted (a choice). */
  synchronized void setTags(List<String> userIds, List<String> tags) {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(tags));
    userIds.forEach(userId -> accounts.computeIfAbsent(userId, id -> new Account()).tags = distinct);
  }

  synchronized List<String> tags(String userId) {
    Account account = accounts.get(userId);
    return account == null ? List.of() : account.tags;
  }

  @Override
  public synchronized void reset() {
    accounts.clear();
    tokenOwners.clear();
    deactivated.clear();
    muted.clear();
    secretRotatedAt = Instant.MIN;
  }

  @Override
  public synchronized void secretRotated(Instant at) {
    secretRotatedAt = at;
  }

  private boolean valid(Account account, Issued token) {
    return !token.issuedAt().isBefore(account.tokensInvalidBefore) && !token.issuedAt().isBefore(secretRotatedAt);
  }

  private Instant blockedUntil(Account account) {
    return account == null || account.blockedUntil == null || !account.blockedUntil.isAfter(now())
        ? null : account.blockedUntil;
  }

  private Instant now() {
    return context.clock().now();
  }

  private static <T> List<T> page(List<T> all, long offset, int size) {
    return offset >= all.size() ? List.of() : all.subList((int) offset, (int) Math.min(all.size(), offset + size));
  }

  private static ApiException notExist(String userId) {
    // The docs do not say what an unknown user earns; 1002 "does not exist" is a choice.
    return ApiException.param("user " + userId + " does not exist");
  }

  private static String operateId() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      sb.append(i > 0 && i % 4 == 0 ? "-" : "").append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
