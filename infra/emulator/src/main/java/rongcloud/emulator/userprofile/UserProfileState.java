package rongcloud.emulator.userprofile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import rongcloud.emulator.AreaState;

/**
 * Hosted profiles: standard fields (userProfile), custom attributes (userExtProfile) and a version raised by
 * every change. Profiles are kept in the order they were first set ("registration time" of the listing).
 */
public final class UserProfileState implements AreaState {
  /** A snapshot of one hosted profile. */
  public record Profile(String userId, long version, Map<String, Object> fields, Map<String, String> ext) {}

  private final Map<String, Profile> profiles = new LinkedHashMap<>();

  public synchronized Optional<Profile> find(String userId) {
    return Optional.ofNullable(profiles.get(userId));
  }

  /** The hosted display name, if the user has one (used by the friend list). */
  public synchronized Optional<String> name(String userId) {
    return find(userId).map(p -> p.fields().get("name")).map(Object::toString);
  }

  /** Merges the given fields and attributes into the profile (created on first use) and raises its version. */
  synchronized void set(String userId, Map<String, Object> fields, Map<String, String> ext) {
    Profile old = profiles.get(userId);
    Map<String, Object> f = new TreeMap<>(old == null ? Map.of() : old.fields());
    Map<String, String> e = new TreeMap<>(old == null ? Map.of() : old.ext());
    f.putAll(fields);
    e.putAll(ext);
    profiles.put(userId, new Profile(userId, old == null ? 1 : old.version() + 1, Map.copyOf(f), Map.copyOf(e)));
  }

  synchronized void clean(Collection<String> userIds) {
    userIds.forEach(profiles::remove);
  }

  synchronized List<Profile> page(int page, int size, boolean newestFirst) {
    List<Profile> all = new ArrayList<>(profiles.values());
    if (newestFirst) {
      java.util.Collections.reverse(all);
    }
    long from = (long) (page - 1) * size;
    return from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
  }

  @Override
  public synchronized void reset() {
    profiles.clear();
  }
}
