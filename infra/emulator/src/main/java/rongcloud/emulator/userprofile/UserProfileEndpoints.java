package rongcloud.emulator.userprofile;

import static rongcloud.emulator.BodyKind.FORM;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import rongcloud.emulator.AdminRequest;
import rongcloud.emulator.ApiArea;
import rongcloud.emulator.ApiException;
import rongcloud.emulator.EmulatorContext;
import rongcloud.emulator.Json;
import rongcloud.emulator.Limit;
import rongcloud.emulator.Params;
import rongcloud.emulator.Quota;
import rongcloud.emulator.Reply;
import rongcloud.emulator.Router;
import rongcloud.emulator.userprofile.UserProfileState.Profile;

/** The 4 profile-hosting endpoints of user-profile.yaml, plus an admin route to read a hosted profile. */
public final class UserProfileEndpoints implements ApiArea {
  private static final Limit USER_ID = Limit.bytes(64);
  /** userProfile keys and their length limits (name/portraitUri: the English docs' 64/1024, the larger pair). */
  private static final Map<String, Limit> TEXT_FIELDS = Map.of("uniqueId", Limit.chars(32), "name", Limit.chars(64),
      "portraitUri", Limit.chars(1024), "email", Limit.chars(128), "birthday", Limit.chars(32),
      "location", Limit.chars(32));
  private static final Map<String, int[]> INT_FIELDS = Map.of("gender", new int[] {0, 2}, "role", new int[] {0, 100},
      "level", new int[] {0, 100});
  private static final Pattern EXT_KEY = Pattern.compile("ext_[A-Za-z0-9]+");
  private static final Limit EXT_KEY_LENGTH = Limit.chars(32);
  private static final Limit EXT_VALUE = Limit.chars(256);
  private static final int EXT_MAX = 20;

  private UserProfileState profiles;

  @Override
  public void install(EmulatorContext context, Router r) {
    this.profiles = context.register(UserProfileState.class, new UserProfileState());
    r.post("/user/profile/set.json", FORM, Quota.perSecond(100), this::set);
    r.post("/user/profile/clean.json", FORM, Quota.perSecond(100), this::clean);
    r.post("/user/profile/batch/query.json", FORM, Quota.perSecond(100), this::batchQuery);
    r.post("/user/profile/query.json", FORM, Quota.perSecond(100), this::query);
    r.admin("GET", "/profiles/{userId}", this::adminProfile);
  }

  /** Both JSON fields are optional in the docs; a request with neither changes nothing and earns 1002 (a choice). */
  private Reply set(Params p) {
    String userId = p.requiredString("userId", USER_ID);
    ObjectNode profile = p.optionalJsonObject("userProfile");
    ObjectNode ext = p.optionalJsonObject("userExtProfile");
    if (profile == null && ext == null) {
      throw ApiException.param("userProfile or userExtProfile is required");
    }
    profiles.set(userId, profile == null ? Map.of() : fields(profile), ext == null ? Map.of() : ext(ext));
    return Reply.ok();
  }

  /** Repeated userId fields or one comma-joined field (the SDKs differ; both are accepted). */
  private Reply clean(Params p) {
    profiles.clean(p.requiredIds("userId", 20, USER_ID));
    return Reply.ok();
  }

  private Reply batchQuery(Params p) {
    List<Map<String, Object>> users = p.requiredIds("userId", 100, USER_ID).stream()
        .map(profiles::find).flatMap(java.util.Optional::stream).map(UserProfileEndpoints::entry).toList();
    return Reply.ok().with("userList", users);
  }

  private Reply query(Params p) {
    int page = p.optionalInt("page", 1, 1, Integer.MAX_VALUE);
    int size = p.optionalInt("size", 20, 1, 100);
    boolean newestFirst = p.optionalInt("order", 0, 0, 1) == 1;
    return Reply.ok().with("userList", profiles.page(page, size, newestFirst).stream()
        .map(UserProfileEndpoints::entry).toList());
  }

  private static Map<String, Object> fields(ObjectNode profile) {
    Map<String, Object> fields = new LinkedHashMap<>();
    profile.fields().forEachRemaining(f -> {
      String key = f.getKey();
      JsonNode v = f.getValue();
      if (TEXT_FIELDS.containsKey(key)) {
        if (!v.isTextual()) {
          throw ApiException.param("userProfile." + key + " must be a string");
        }
        TEXT_FIELDS.get(key).check("userProfile." + key, v.asText());
        fields.put(key, v.asText());
      } else if (INT_FIELDS.containsKey(key)) {
        int[] range = INT_FIELDS.get(key);
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < range[0] || v.asInt() > range[1]) {
          throw ApiException.param("userProfile." + key + " must be an integer from " + range[0] + " to " + range[1]);
        }
        fields.put(key, v.asInt());
      } else {
        throw ApiException.param("userProfile has an unknown key: " + key);
      }
    });
    return fields;
  }

  static Map<String, String> ext(ObjectNode ext) {
    if (ext.size() > EXT_MAX) {
      throw ApiException.param("userExtProfile holds more than " + EXT_MAX + " keys");
    }
    Map<String, String> values = new LinkedHashMap<>();
    ext.fields().forEachRemaining(f -> {
      if (!EXT_KEY.matcher(f.getKey()).matches() || !f.getValue().isTextual()) {
        throw ApiException.param("userExtProfile: keys are ext_ + letters/digits, values strings: " + f.getKey());
      }
      EXT_KEY_LENGTH.check("userExtProfile key", f.getKey());
      EXT_VALUE.check("userExtProfile." + f.getKey(), f.getValue().asText());
      values.put(f.getKey(), f.getValue().asText());
    });
    return values;
  }

  /** One userList element: the JSON documents as text, as the docs show them. */
  private static Map<String, Object> entry(Profile profile) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("userId", profile.userId());
    json.put("version", profile.version());
    json.put("userProfile", Json.text(profile.fields()));
    json.put("userExtProfile", Json.text(profile.ext()));
    return json;
  }

  private Object adminProfile(AdminRequest q) {
    String userId = q.pathVariable("userId");
    Profile p = profiles.find(userId).orElseThrow(() -> AdminRequest.notFound("no hosted profile for " + userId));
    return Map.of("userId", userId, "version", p.version(), "userProfile", p.fields(), "userExtProfile", p.ext());
  }
}
