package rongcloud.emulator.conversation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import rongcloud.emulator.AreaState;

/** Pinned conversations per user, as "conversationType:targetId". */
public final class ConversationState implements AreaState {
  private final Map<String, Set<String>> pinned = new HashMap<>();

  public synchronized boolean isPinned(String userId, int conversationType, String targetId) {
    return pinned.getOrDefault(userId, Set.of()).contains(conversationType + ":" + targetId);
  }

  public synchronized List<String> pinned(String userId) {
    return List.copyOf(pinned.getOrDefault(userId, Set.of()));
  }

  synchronized void setPinned(String userId, int conversationType, String targetId, boolean pin) {
    Set<String> set = pinned.computeIfAbsent(userId, u -> new LinkedHashSet<>());
    if (pin) {
      set.add(conversationType + ":" + targetId);
    } else {
      set.remove(conversationType + ":" + targetId);
    }
  }

  @Override
  public synchronized void reset() {
    pinned.clear();
  }
}
