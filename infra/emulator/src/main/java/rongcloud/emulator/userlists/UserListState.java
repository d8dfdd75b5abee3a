package rongcloud.emulator.userlists;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rongcloud.emulator.ApiException;
import rongcloud.emulator.AreaState;

/**
 * Every user's block list and allow list (one-way, per owner) and which users are in allow-list mode.
 * Entries keep the sequence number of their addition, so pages (newest first) hold together while lists change.
 */
public final class UserListState implements AreaState {
  /** Which list. */
  public enum Kind { BLACKLIST, ALLOWLIST }

  /** One page of a list: ids newest first, and the cursor of the next page (null on the last). */
  public record ListPage(List<String> userIds, String next) {}

  private final Map<Kind, Map<String, LinkedHashMap<String, Long>>> lists = new HashMap<>();
  private final Set<String> allowlistMode = new HashSet<>();
  private long sequence;

  public UserListState() {
    reset();
  }

  /** The owner's list, newest first. */
  public synchronized List<String> list(Kind kind, String owner) {
    return page(kind, owner, null, Integer.MAX_VALUE).userIds();
  }

  public synchronized boolean isAllowlistMode(String userId) {
    return allowlistMode.contains(userId);
  }

  /** Whether {@code recipient}'s lists let {@code sender} send it one-to-one messages (for areas that send). */
  public synchronized boolean accepts(String recipient, String sender) {
    return allowlistMode.contains(recipient)
        ? entries(Kind.ALLOWLIST, recipient).containsKey(sender)
        : !entries(Kind.BLACKLIST, recipient).containsKey(sender);
  }

  /** Adds ids not yet listed; listed ones keep their place (adding again is not an error, a choice). */
  synchronized void add(Kind kind, String owner, Collection<String> userIds) {
    LinkedHashMap<String, Long> entries = lists.get(kind).computeIfAbsent(owner, o -> new LinkedHashMap<>());
    userIds.forEach(id -> entries.computeIfAbsent(id, i -> ++sequence));
  }

  synchronized void remove(Kind kind, String owner, Collection<String> userIds) {
    userIds.forEach(entries(kind, owner)::remove);
  }

  /** Up to {@code size} entries older than the cursor {@code after} (a sequence number; null = from the newest). */
  synchronized ListPage page(Kind kind, String owner, String after, int size) {
    long before;
    try {
      before = after == null ? Long.MAX_VALUE : Long.parseLong(after);
    } catch (NumberFormatException e) {
      throw ApiException.param("pageToken is invalid: " + after);
    }
    List<Map.Entry<String, Long>> older = new ArrayList<>(entries(kind, owner).entrySet().stream()
        .filter(e -> e.getValue() < before).toList());
    older.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    List<Map.Entry<String, Long>> page = older.subList(0, Math.min(size, older.size()));
    String next = older.size() > page.size() ? Long.toString(page.get(page.size() - 1).getValue()) : null;
    return new ListPage(page.stream().map(Map.Entry::getKey).toList(), next);
  }

  synchronized void setAllowlistMode(Collection<String> userIds, boolean on) {
    if (on) {
      allowlistMode.addAll(userIds);
    } else {
      allowlistMode.removeAll(userIds);
    }
  }

  @Override
  public synchronized void reset() {
    lists.clear();
    for (Kind kind : Kind.values()) {
      lists.put(kind, new HashMap<>());
    }
    allowlistMode.clear();
    sequence = 0;
  }

  private Map<String, Long> entries(Kind kind, String owner) {
    return lists.get(kind).getOrDefault(owner, new LinkedHashMap<>());
  }
}
