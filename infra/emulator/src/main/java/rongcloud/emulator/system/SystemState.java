package rongcloud.emulator.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import rongcloud.emulator.AreaState;

/**
 * Pushes recorded by /push.json and /push/user.json (push-only notifications and the push side of tag and
 * package broadcasts), broadcast recalls, and whether the broadcast service is enabled. Messages themselves
 * are stored in {@code MessageState}.
 */
public final class SystemState implements AreaState {
  private final List<Push> pushes = new ArrayList<>();
  private final List<String> recalledBroadcasts = new ArrayList<>();
  private boolean broadcastEnabled = true;

  /**
   * One push.
   *
   * @param kind       "all" (push-only, /push.json), "tag", "package" (with a message), "users" (/push/user.json)
   * @param messageUid the message sent with it (tag and package), else null
   * @param body       the request body as sent (JSON)
   */
  public record Push(String pushId, String kind, String fromUserId, List<String> platforms, String messageUid,
                     String body) {
    public Push {
      platforms = List.copyOf(platforms);
    }
  }

  public synchronized List<Push> pushes() {
    return List.copyOf(pushes);
  }

  public synchronized Optional<Push> push(String pushId) {
    return pushes.stream().filter(p -> p.pushId().equals(pushId)).findFirst();
  }

  public synchronized List<String> recalledBroadcasts() {
    return List.copyOf(recalledBroadcasts);
  }

  /** Switches the broadcast (全量用户通知) service: off answers 1009 on broadcasts and /push.json. */
  public synchronized void setBroadcastEnabled(boolean enabled) {
    broadcastEnabled = enabled;
  }

  synchronized boolean broadcastEnabled() {
    return broadcastEnabled;
  }

  synchronized void record(Push push) {
    pushes.add(push);
  }

  synchronized void recallBroadcast(String messageUid) {
    recalledBroadcasts.add(messageUid);
  }

  @Override
  public synchronized void reset() {
    pushes.clear();
    recalledBroadcasts.clear();
    broadcastEnabled = true;
  }
}
