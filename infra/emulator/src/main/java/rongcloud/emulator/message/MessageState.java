package rongcloud.emulator.message;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import rongcloud.emulator.ApiException;
import rongcloud.emulator.AreaState;
import rongcloud.emulator.EmulatorContext;

/**
 * Every message the app sent through the Server API (one-to-one, group, ultra-group, system, broadcasts):
 * who sent what to whom with which push settings, recalls, expansions, history-log deletions and history
 * cleanings. Tests read it with {@code emulator.state(MessageState.class)}; the system area records its
 * messages here too.
 */
public final class MessageState implements AreaState {
  /** msgRandom de-duplication window (Go SDK: an idempotency key valid for one minute; UNVERIFIED). */
  public static final Duration DEDUP_WINDOW = Duration.ofMinutes(1);
  /** A message holds at most 300 expansion keys (docs). */
  public static final int EXPANSION_MAX_KEYS = 300;

  private final EmulatorContext context;
  private final List<StoredMessage> messages = new ArrayList<>();
  private final Map<String, StoredMessage> byUid = new HashMap<>();
  private final Map<String, Recall> recalls = new LinkedHashMap<>();
  private final Map<String, Map<String, ExpansionValue>> expansions = new HashMap<>();
  private final Map<String, Dedup> dedup = new HashMap<>();
  private final List<Cleaning> cleanings = new ArrayList<>();
  private final List<String> deletedHistoryLogs = new ArrayList<>();
  private boolean historyLogEnabled = true;

  /**
   * One stored message (one per recipient of a one-to-one or system send, one per group of a group send).
   *
   * @param conversationType 1 private, 3 group, 6 system, 10 ultra group; 0 for broadcasts to everyone
   * @param targetId         the recipient user, or the group / ultra group; "*" for broadcasts
   * @param recipients       the users it is delivered to when known (directed messages, private, system)
   * @param params           every parameter of the send request (push settings, flags...), as strings
   */
  public record StoredMessage(String messageUid, String path, int conversationType, String fromUserId, String targetId,
                              List<String> recipients, String objectName, String content, String channel,
                              boolean expansion, Instant sentTime, Map<String, List<String>> params) {
    public StoredMessage {
      recipients = List.copyOf(recipients);
      params = Map.copyOf(params);
    }

    /** The first value of a request parameter, or null. */
    public String param(String name) {
      List<String> values = params.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  /** A recall: who recalled, when, and its flags. */
  public record Recall(String messageUid, String fromUserId, int conversationType, Instant at, boolean byAdmin,
                       boolean delete) {}

  /** One expansion key's value and when it was set. */
  public record ExpansionValue(String value, Instant setAt) {}

  /** A history cleaning of a user's conversation. */
  public record Cleaning(int conversationType, String userId, String targetId, Long beforeMillis, int removed) {}

  private record Dedup(Instant at, Object reply) {}

  public MessageState(EmulatorContext context) {
    this.context = context;
  }

  // --- views for tests ---

  public synchronized List<StoredMessage> messages() {
    return List.copyOf(messages);
  }

  public synchronized Optional<StoredMessage> find(String messageUid) {
    return Optional.ofNullable(byUid.get(messageUid));
  }

  /** Messages whose target is {@code targetId} (a user, group or ultra group), oldest first. */
  public synchronized List<StoredMessage> sentTo(String targetId) {
    return messages.stream().filter(m -> m.targetId().equals(targetId) || m.recipients().contains(targetId)).toList();
  }

  public synchronized List<StoredMessage> sentBy(String fromUserId) {
    return messages.stream().filter(m -> m.fromUserId().equals(fromUserId)).toList();
  }

  public synchronized Optional<Recall> recall(String messageUid) {
    return Optional.ofNullable(recalls.get(messageUid));
  }

  public synchronized Map<String, ExpansionValue> expansion(String messageUid) {
    return Map.copyOf(expansions.getOrDefault(messageUid, Map.of()));
  }

  public synchronized List<Cleaning> cleanings() {
    return List.copyOf(cleanings);
  }

  public synchronized List<String> deletedHistoryLogs() {
    return List.copyOf(deletedHistoryLogs);
  }

  /** Switches the message-history-log service of the app (off: /message/history.json answers 1009). */
  public synchronized void setHistoryLogEnabled(boolean enabled) {
    historyLogEnabled = enabled;
  }

  // --- endpoint operations ---

  /**
   * Runs a send once per (path, sender, msgRandom) within {@link #DEDUP_WINDOW}: a repeat answers the first
   * reply without storing anything (RongCloud's msgRandom de-duplication as the SDKs describe it).
   */
  public synchronized <T> T once(String path, String fromUserId, Long msgRandom, Supplier<T> send) {
    Instant now = context.clock().now();
    dedup.values().removeIf(d -> !d.at().plus(DEDUP_WINDOW).isAfter(now));
    if (msgRandom == null) {
      return send.get();
    }
    String key = path + "|" + fromUserId + "|" + msgRandom;
    Dedup known = dedup.get(key);
    if (known != null) {
      @SuppressWarnings("unchecked")
      T reply = (T) known.reply();
      return reply;
    }
    T reply = send.get();
    dedup.put(key, new Dedup(now, reply));
    return reply;
  }

  public synchronized StoredMessage store(String path, int conversationType, String fromUserId, String targetId,
                                   List<String> recipients, String objectName, String content, String channel,
                                   boolean expansion, Map<String, String> initialExpansion,
                                   Map<String, List<String>> params) {
    String uid = newUid();
    Instant now = context.clock().now();
    StoredMessage message = new StoredMessage(uid, path, conversationType, fromUserId, targetId, recipients, objectName,
        content, channel, expansion, now, params);
    messages.add(message);
    byUid.put(uid, message);
    if (expansion && !initialExpansion.isEmpty()) {
      Map<String, ExpansionValue> values = new TreeMap<>();
      initialExpansion.forEach((k, v) -> values.put(k, new ExpansionValue(v, now)));
      expansions.put(uid, values);
    }
    return message;
  }

  public synchronized void recall(String uid, String fromUserId, int conversationType, String targetId, long sentTime,
                           boolean byAdmin, boolean delete) {
    StoredMessage m = byUid.get(uid);
    if (m == null) {
      throw ApiException.param("messageUID " + uid + " not found"); // code not documented: 1002 is a choice
    }
    if (!m.fromUserId().equals(fromUserId)) {
      throw ApiException.param("fromUserId " + fromUserId + " did not send " + uid);
    }
    if (conversationType >= 0 && (m.conversationType() != conversationType
        || !(m.targetId().equals(targetId) || m.recipients().contains(targetId)))) {
      throw ApiException.param("conversationType/targetId do not match message " + uid);
    }
    recalls.put(uid, new Recall(uid, fromUserId, m.conversationType(), context.clock().now(), byAdmin, delete));
  }

  /** Sets expansion keys of a message sent with expansion=true, at most 300 keys in all. */
  synchronized void setExpansion(String uid, int conversationType, String targetId, Map<String, String> values) {
    StoredMessage m = expandable(uid, conversationType, targetId);
    Map<String, ExpansionValue> current = expansions.computeIfAbsent(m.messageUid(), u -> new TreeMap<>());
    long total = current.size() + values.keySet().stream().filter(k -> !current.containsKey(k)).count();
    if (total > EXPANSION_MAX_KEYS) {
      throw ApiException.param("a message holds at most " + EXPANSION_MAX_KEYS + " expansion keys");
    }
    Instant now = context.clock().now();
    values.forEach((k, v) -> current.put(k, new ExpansionValue(v, now)));
  }

  synchronized void deleteExpansion(String uid, int conversationType, String targetId, List<String> keys) {
    expandable(uid, conversationType, targetId);
    Map<String, ExpansionValue> current = expansions.get(uid);
    if (current != null) {
      keys.forEach(current::remove);
    }
  }

  /** One page of a message's expansion, by key. */
  synchronized Map<String, ExpansionValue> expansionPage(String uid, int pageNo, int pageSize) {
    if (!byUid.containsKey(uid)) {
      throw ApiException.param("msgUID " + uid + " not found");
    }
    Map<String, ExpansionValue> page = new LinkedHashMap<>();
    new TreeMap<>(expansions.getOrDefault(uid, Map.of())).entrySet().stream()
        .skip((long) (pageNo - 1) * pageSize).limit(pageSize).forEach(e -> page.put(e.getKey(), e.getValue()));
    return page;
  }

  private StoredMessage expandable(String uid, int conversationType, String targetId) {
    StoredMessage m = byUid.get(uid);
    if (m == null) {
      throw ApiException.param("msgUID " + uid + " not found");
    }
    if (!m.expansion()) {
      throw ApiException.param("message " + uid + " was not sent with expansion=true");
    }
    if (m.conversationType() != conversationType) {
      throw ApiException.param("conversationType does not match message " + uid);
    }
    return m;
  }

  synchronized boolean historyLogEnabled() {
    return historyLogEnabled;
  }

  synchronized void deleteHistoryLog(String date) {
    deletedHistoryLogs.add(date);
  }

  synchronized boolean historyLogDeleted(String date) {
    return deletedHistoryLogs.contains(date);
  }

  /** Records a cleaning; counts the stored messages of that conversation sent before the time. */
  synchronized Cleaning clean(int conversationType, String userId, String targetId, Long beforeMillis) {
    int removed = (int) messages.stream().filter(m -> m.conversationType() == conversationType)
        .filter(m -> beforeMillis == null || m.sentTime().toEpochMilli() < beforeMillis)
        .filter(m -> conversationType == 1 || conversationType == 6
            ? (m.fromUserId().equals(targetId) && m.targetId().equals(userId))
                || (m.fromUserId().equals(userId) && m.targetId().equals(targetId))
            : m.targetId().equals(targetId))
        .count();
    Cleaning cleaning = new Cleaning(conversationType, userId, targetId, beforeMillis, removed);
    cleanings.add(cleaning);
    return cleaning;
  }

  private static String newUid() {
    String hex = UUID.randomUUID().toString().replace("-", "").toUpperCase();
    return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16);
  }

  @Override
  public synchronized void reset() {
    messages.clear();
    byUid.clear();
    recalls.clear();
    expansions.clear();
    dedup.clear();
    cleanings.clear();
    deletedHistoryLogs.clear();
    historyLogEnabled = true;
  }
}
