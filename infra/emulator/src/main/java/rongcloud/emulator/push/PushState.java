package rongcloud.emulator.push;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rongcloud.emulator.AreaState;

/**
 * Push settings and Push Plus pushes: user-level push remarks (per owner, in insertion order), group-member
 * push remarks, Do Not Disturb levels per conversation (and ultra-group channel) and per conversation type,
 * each user's daily Do Not Disturb window, the Push Plus pushes sent, and whether Push Plus is enabled.
 */
public final class PushState implements AreaState {
  private final Map<String, LinkedHashMap<String, String>> userRemarks = new LinkedHashMap<>();
  private final Map<String, String> groupRemarks = new LinkedHashMap<>();
  private final Map<String, Integer> conversationLevels = new LinkedHashMap<>();
  private final Map<String, Integer> typeLevels = new LinkedHashMap<>();
  private final Map<String, Period> periods = new LinkedHashMap<>();
  private final List<Push> pushes = new ArrayList<>();
  private boolean pushPlusEnabled = true;

  /** A daily Do Not Disturb window: start "HH:MM:SS", length in minutes, level 1 or 5. */
  public record Period(String startTime, int period, int level) {}

  /**
   * One Push Plus push.
   *
   * @param body the request body as sent (JSON)
   */
  public record Push(String pushId, Instant sentAt, List<String> platforms, boolean toAll, String body) {
    public Push {
      platforms = List.copyOf(platforms);
    }
  }

  // ---- user-level push remarks ----

  /** The names senders have in {@code userId}'s pushes, in the order they were first set. */
  public synchronized Map<String, String> userRemarks(String userId) {
    return Map.copyOf(userRemarks.getOrDefault(userId, new LinkedHashMap<>()));
  }

  synchronized List<Map.Entry<String, String>> userRemarkEntries(String userId) {
    return List.copyOf(userRemarks.getOrDefault(userId, new LinkedHashMap<>()).entrySet());
  }

  synchronized void setUserRemarks(String userId, Map<String, String> remarks) {
    userRemarks.computeIfAbsent(userId, u -> new LinkedHashMap<>()).putAll(remarks);
  }

  synchronized void deleteUserRemark(String userId, String targetId) {
    Map<String, String> remarks = userRemarks.get(userId);
    if (remarks != null) {
      remarks.remove(targetId);
    }
  }

  // ---- group-member push remarks ----

  public synchronized Optional<String> groupRemark(String groupId, String userId) {
    return Optional.ofNullable(groupRemarks.get(groupId + "\u0000" + userId));
  }

  synchronized void setGroupRemark(String groupId, String userId, String remark) {
    groupRemarks.put(groupId + "\u0000" + userId, remark);
  }

  synchronized void deleteGroupRemark(String groupId, String userId) {
    groupRemarks.remove(groupId + "\u0000" + userId);
  }

  // ---- Do Not Disturb ----

  /** The level {@code userId} set for a conversation (busChannel "" = outside any channel); 0 when none. */
  public synchronized int conversationLevel(int type, String userId, String targetId, String busChannel) {
    return conversationLevels.getOrDefault(key(type, userId, targetId, busChannel), 0);
  }

  synchronized void setConversationLevel(int type, String userId, String targetId, String busChannel, int level) {
    conversationLevels.put(key(type, userId, targetId, busChannel), level);
  }

  public synchronized int typeLevel(int type, String userId) {
    return typeLevels.getOrDefault(type + "\u0000" + userId, 0);
  }

  synchronized void setTypeLevel(int type, String userId, int level) {
    typeLevels.put(type + "\u0000" + userId, level);
  }

  public synchronized Optional<Period> period(String userId) {
    return Optional.ofNullable(periods.get(userId));
  }

  synchronized void setPeriod(String userId, Period period) {
    periods.put(userId, period);
  }

  synchronized void deletePeriod(String userId) {
    periods.remove(userId);
  }

  // ---- Push Plus ----

  public synchronized List<Push> pushes() {
    return List.copyOf(pushes);
  }

  public synchronized Optional<Push> push(String pushId) {
    return pushes.stream().filter(p -> p.pushId().equals(pushId)).findFirst();
  }

  synchronized void record(Push push) {
    pushes.add(push);
  }

  /** Switches the (paid) Push Plus service: off answers 1009 on /push/custom.json. */
  public synchronized void setPushPlusEnabled(boolean enabled) {
    pushPlusEnabled = enabled;
  }

  synchronized boolean pushPlusEnabled() {
    return pushPlusEnabled;
  }

  private static String key(int type, String userId, String targetId, String busChannel) {
    return type + "\u0000" + userId + "\u0000" + targetId + "\u0000" + (busChannel == null ? "" : busChannel);
  }

  @Override
  public synchronized void reset() {
    userRemarks.clear();
    groupRemarks.clear();
    conversationLevels.clear();
    typeLevels.clear();
    periods.clear();
    pushes.clear();
    pushPlusEnabled = true;
  }
}
