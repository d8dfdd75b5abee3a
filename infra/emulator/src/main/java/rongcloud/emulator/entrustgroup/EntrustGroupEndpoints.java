package rongcloud.emulator.entrustgroup;

import static rongcloud.emulator.BodyKind.FORM;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import rongcloud.emulator.ApiArea;
import rongcloud.emulator.ApiException;
import rongcloud.emulator.EmulatorContext;
import rongcloud.emulator.Limit;
import rongcloud.emulator.Params;
import rongcloud.emulator.Quota;
import rongcloud.emulator.Reply;
import rongcloud.emulator.Router;
import rongcloud.emulator.entrustgroup.EntrustGroupState.Definition;
import rongcloud.emulator.entrustgroup.EntrustGroupState.Group;
import rongcloud.emulator.entrustgroup.EntrustGroupState.Listing;

/**
 * The 23 hosted-group endpoints of entrust-group.yaml. Id lists are accepted both as repeated fields
 * (userIds=a&userIds=b) and comma-joined (userIds=a,b), as the official SDKs send both. JSON documents
 * (groupProfile, permissions, groupExtProfile) are form fields holding JSON text.
 */
public final class EntrustGroupEndpoints implements ApiArea {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Limit GROUP_ID = Limit.chars(64);
  private static final Limit USER_ID = Limit.bytes(64);
  private static final Limit NAME = Limit.chars(64);
  private static final Pattern GROUP_ID_CHARS = Pattern.compile("[A-Za-z0-9]+");
  private static final int GROUP_ID_INVALID = 25430;
  private static final int TOO_MANY_GROUPS = 25422;
  private static final Map<String, Integer> PROFILE_LIMITS =
      Map.of("name", 64, "introduction", 512, "announcement", 1024, "portraitUrl", 128);
  /** Highest value of each permission key (catalog). */
  private static final Map<String, Integer> PERMISSION_MAX = Map.of("joinPerm", 3, "removePerm", 2,
      "memInvitePerm", 2, "invitePerm", 1, "profilePerm", 2, "memProfilePerm", 2);
  private static final int EXT_MAX_PAIRS = 10;
  /** All 23 endpoints: 100 requests/second (adjustable except kick, group query and joined-group query). */
  private static final Quota QUOTA = Quota.perSecond(100);

  private EntrustGroupState groups;

  @Override
  public void install(EmulatorContext context, Router r) {
    this.groups = context.register(EntrustGroupState.class, new EntrustGroupState(context));
    r.post("/entrust/group/create.json", FORM, QUOTA, this::create);
    r.post("/entrust/group/profile/update.json", FORM, QUOTA, this::update);
    r.post("/entrust/group/profile/query.json", FORM, QUOTA, this::queryProfiles);
    r.post("/entrust/group/join.json", FORM, QUOTA, this::join);
    r.post("/entrust/group/import.json", FORM, QUOTA, this::importGroup);
    r.post("/entrust/group/quit.json", FORM, QUOTA, this::leave);
    r.post("/entrust/group/member/kick.json", FORM, QUOTA, this::leave);
    r.post("/entrust/group/member/kick/all.json", FORM, QUOTA, this::kickAll);
    r.post("/entrust/group/dismiss.json", FORM, QUOTA, this::dismiss);
    r.post("/entrust/group/transfer/owner.json", FORM, QUOTA, this::transfer);
    r.post("/entrust/group/manager/add.json", FORM, QUOTA, this::addManagers);
    r.post("/entrust/group/manager/remove.json", FORM, QUOTA, this::removeManagers);
    r.post("/entrust/group/member/query.json", FORM, QUOTA, this::pageMembers);
    r.post("/entrust/group/member/specific/query.json", FORM, QUOTA, this::queryMembers);
    r.post("/entrust/group/member/set.json", FORM, QUOTA, this::setMember);
    r.post("/entrust/group/member/follow.json", FORM, QUOTA, this::follow);
    r.post("/entrust/group/member/unfollow.json", FORM, QUOTA, this::unfollow);
    r.post("/entrust/group/member/followed/get.json", FORM, QUOTA, this::followed);
    r.post("/entrust/group/remarkname/set.json", FORM, QUOTA, this::setRemarkName);
    r.post("/entrust/group/remarkname/delete.json", FORM, QUOTA, this::deleteRemarkName);
    r.post("/entrust/group/remarkname/query.json", FORM, QUOTA, this::queryRemarkName);
    r.post("/entrust/group/query.json", FORM, QUOTA, this::pageGroups);
    r.post("/entrust/joined/group/query.json", FORM, QUOTA, this::pageJoinedGroups);
  }

  private Reply create(Params p) {
    Definition d = definition(p);
    groups.create(d, ids(p, "userIds", 30, false));
    return Reply.ok();
  }

  private Reply importGroup(Params p) {
    groups.importGroup(definition(p));
    return Reply.ok();
  }

  private Reply update(Params p) {
    String groupId = groupId(p);
    Map<String, String> profile = profile(p, true);
    Map<String, Integer> permissions = permissions(p);
    Map<String, String> ext = ext(p);
    if (!p.has("groupProfile") && !p.has("permissions") && !p.has("groupExtProfile")) {
      throw ApiException.param("set at least one of groupProfile, permissions and groupExtProfile");
    }
    String name = profile.remove("name");
    if (name != null && name.isEmpty()) {
      throw ApiException.param("groupProfile.name must not be empty");
    }
    groups.update(groupId, name, profile, permissions, ext);
    return Reply.ok();
  }

  private Reply queryProfiles(Params p) {
    List<String> groupIds = ids(p, "groupIds", Integer.MAX_VALUE, true);
    if (groupIds.size() > 50) {
      throw new ApiException(TOO_MANY_GROUPS, "at most 50 groupIds per request, got " + groupIds.size());
    }
    return Reply.ok().with("profiles", groups.profiles(groupIds, EntrustGroupEndpoints::profileView));
  }

  private Reply join(Params p) {
    String groupId = groupId(p);
    Map<String, Object> group = groups.join(groupId, ids(p, "userIds", 100, true), EntrustGroupEndpoints::groupView);
    Reply reply = Reply.ok();
    group.forEach(reply::with);
    return reply.with("remarkName", "");
  }

  private Reply leave(Params p) {
    String groupId = groupId(p);
    List<String> userIds = ids(p, "userIds", 100, true);
    flag(p, "isDelBan", 1); // mutes and the mute allowlist live in the group-mute area
    flag(p, "isDelWhite", 1);
    groups.leave(groupId, userIds, flag(p, "isDelFollowed", 1) == 1);
    return Reply.ok();
  }

  private Reply kickAll(Params p) {
    groups.leaveAll(p.requiredString("userId", USER_ID));
    return Reply.ok();
  }

  private Reply dismiss(Params p) {
    groups.dismiss(groupId(p));
    return Reply.ok();
  }

  private Reply transfer(Params p) {
    String groupId = groupId(p);
    String newOwner = p.requiredString("newOwner", USER_ID);
    boolean quits = flag(p, "isQuit", 0) == 1;
    flag(p, "isDelBan", 1);
    flag(p, "isDelWhite", 1);
    groups.transfer(groupId, newOwner, quits, flag(p, "isDelFollowed", 1) == 1);
    return Reply.ok();
  }

  private Reply addManagers(Params p) {
    String groupId = groupId(p);
    return Reply.ok().with("userIds", groups.addManagers(groupId, ids(p, "userIds", 100, true)));
  }

  private Reply removeManagers(Params p) {
    String groupId = groupId(p);
    groups.removeManagers(groupId, ids(p, "userIds", 10, true));
    return Reply.ok();
  }

  private Reply pageMembers(Params p) {
    String groupId = groupId(p);
    int type = p.optionalInt("type", 0, 0, 3);
    Listing<Map<String, Object>> page = groups.members(groupId, type, p.optionalString("pageToken", Limit.NONE),
        p.optionalInt("size", 50, 1, 100), p.optionalInt("order", 1, 0, 1) == 1);
    return Reply.ok().with("totalCount", page.total()).with("pageToken", page.pageToken())
        .with("members", page.items());
  }

  private Reply queryMembers(Params p) {
    String groupId = groupId(p);
    return Reply.ok().with("members", groups.members(groupId, ids(p, "userIds", 100, true)));
  }

  private Reply setMember(Params p) {
    String groupId = groupId(p);
    String userId = p.requiredString("userId", USER_ID);
    groups.setMember(groupId, userId, p.requiredString("nickname", Limit.chars(64)),
        p.optionalString("extra", Limit.chars(128)));
    return Reply.ok();
  }

  private Reply follow(Params p) {
    String groupId = groupId(p);
    String userId = p.requiredString("userId", USER_ID);
    groups.follow(groupId, userId, ids(p, "followUserIds", 100, true));
    return Reply.ok();
  }

  private Reply unfollow(Params p) {
    String groupId = groupId(p);
    String userId = p.requiredString("userId", USER_ID);
    groups.unfollow(groupId, userId, ids(p, "followUserIds", 100, true));
    return Reply.ok();
  }

  private Reply followed(Params p) {
    String groupId = groupId(p);
    String userId = p.requiredString("userId", USER_ID);
    return Reply.ok().with("userId", userId).with("groupId", groupId)
        .with("members", groups.followed(groupId, userId));
  }

  private Reply setRemarkName(Params p) {
    String groupId = groupId(p);
    String userId = p.requiredString("userId", USER_ID);
    groups.setRemarkName(groupId, userId, p.requiredString("remarkName", Limit.chars(64)));
    return Reply.ok();
  }

  private Reply deleteRemarkName(Params p) {
    groups.deleteRemarkName(groupId(p), p.requiredString("userId", USER_ID));
    return Reply.ok();
  }

  private Reply queryRemarkName(Params p) {
    String groupId = groupId(p);
    return Reply.ok().with("remarkName", groups.remarkName(groupId, p.requiredString("userId", USER_ID)));
  }

  private Reply pageGroups(Params p) {
    Listing<Map<String, Object>> page = groups.groups(p.optionalString("pageToken", Limit.NONE),
        p.optionalInt("size", 50, 1, 1000), p.optionalInt("order", 1, 0, 1) == 1, g -> {
          Map<String, Object> json = new LinkedHashMap<>();
          json.put("groupId", g.id);
          json.put("name", g.name);
          json.put("creator", g.creator);
          json.put("owner", g.owner);
          json.put("time", g.createTime.toEpochMilli());
          json.put("portraitUrl", g.profile.getOrDefault("portraitUrl", ""));
          return json;
        });
    return Reply.ok().with("pageToken", page.pageToken()).with("groups", page.items());
  }

  /** role: 1 owner, 2 manager, 3 member (server-sdk-java; the reverse of the member query's type). */
  private Reply pageJoinedGroups(Params p) {
    String userId = p.requiredString("userId", USER_ID);
    int role = p.optionalInt("role", 0, 0, 3);
    int memberQueryRole = role == 0 ? 0 : 4 - role;
    Listing<Map<String, Object>> page = groups.joined(userId, memberQueryRole, p.optionalString("pageToken", Limit.NONE),
        p.optionalInt("size", 50, 1, 100), p.optionalInt("order", 1, 0, 1) == 1, (g, m) -> {
          Map<String, Object> json = groupView(g);
          json.remove("memberCount");
          json.put("remarkName", g.remarks.getOrDefault(userId, ""));
          json.put("joinTime", m.joinTime.toEpochMilli());
          json.put("role", 4 - g.role(userId));
          json.put("count", g.members.size());
          return json;
        });
    return Reply.ok().with("totalCount", page.total()).with("pageToken", page.pageToken())
        .with("groups", page.items());
  }

  // --- views ---

  /** profiles[] of /entrust/group/profile/query.json (the English docs' groupName). */
  private static Map<String, Object> profileView(Group g) {
    Map<String, Object> json = groupView(g);
    json.put("groupName", json.remove("name"));
    return json;
  }

  /** The group fields /entrust/group/join.json answers; JSON documents as strings, as RongCloud sends them. */
  private static Map<String, Object> groupView(Group g) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("groupId", g.id);
    json.put("name", g.name);
    json.put("groupProfile", text(g.profile));
    json.put("groupExtProfile", text(g.ext));
    json.put("permissions", text(g.permissions));
    json.put("owner", g.owner);
    json.put("createTime", g.createTime.toEpochMilli());
    json.put("memberCount", g.members.size());
    return json;
  }

  // --- parameters ---

  private Definition definition(Params p) {
    String groupId = groupId(p);
    String name = p.requiredString("name", NAME);
    String owner = p.requiredString("owner", USER_ID);
    Map<String, String> profile = profile(p, false);
    return new Definition(groupId, name, owner, profile, permissions(p), ext(p));
  }

  private static String groupId(Params p) {
    String groupId = p.requiredString("groupId", GROUP_ID);
    if (!GROUP_ID_CHARS.matcher(groupId).matches()) {
      throw new ApiException(GROUP_ID_INVALID, "groupId may only hold letters and digits: " + groupId);
    }
    return groupId;
  }

  /** Ids from repeated fields and/or comma-joined values, without duplicates. */
  private static List<String> ids(Params p, String name, int max, boolean required) {
    if (!p.has(name)) {
      if (required) {
        throw ApiException.param(name + " is required");
      }
      return List.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String value : p.requiredList(name, Integer.MAX_VALUE, Limit.NONE)) {
      Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(ids::add);
    }
    if (ids.isEmpty() && required) {
      throw ApiException.param(name + " is required");
    }
    if (ids.size() > max) {
      throw ApiException.param("too many " + name + ": at most " + max + ", got " + ids.size());
    }
    for (String id : ids) {
      if (id.getBytes(StandardCharsets.UTF_8).length > 64) {
        throw ApiException.tooLong(name + " holds an id longer than 64 bytes");
      }
    }
    return List.copyOf(ids);
  }

  private static int flag(Params p, String name, int defaultValue) {
    return p.optionalInt(name, defaultValue, 0, 1);
  }

  private static Map<String, String> profile(Params p, boolean nameAllowed) {
    Map<String, String> profile = new LinkedHashMap<>();
    object(p, "groupProfile").fields().forEachRemaining(e -> {
      Integer max = PROFILE_LIMITS.get(e.getKey());
      if (max == null || e.getKey().equals("name") && !nameAllowed) {
        throw ApiException.param("groupProfile: unknown key " + e.getKey());
      }
      if (!e.getValue().isTextual()) {
        throw ApiException.param("groupProfile." + e.getKey() + " must be a string");
      }
      String value = e.getValue().asText();
      if (value.codePointCount(0, value.length()) > max) {
        throw ApiException.tooLong("groupProfile." + e.getKey() + " is too long: at most " + max + " characters");
      }
      profile.put(e.getKey(), value);
    });
    return profile;
  }

  private static Map<String, Integer> permissions(Params p) {
    Map<String, Integer> permissions = new LinkedHashMap<>();
    object(p, "permissions").fields().forEachRemaining(e -> {
      Integer max = PERMISSION_MAX.get(e.getKey());
      if (max == null) {
        throw ApiException.param("permissions: unknown key " + e.getKey());
      }
      JsonNode v = e.getValue();
      if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0 || v.asInt() > max) {
        throw ApiException.param("permissions." + e.getKey() + " must be an integer from 0 to " + max);
      }
      permissions.put(e.getKey(), v.asInt());
    });
    return permissions;
  }

  private static Map<String, String> ext(Params p) {
    Map<String, String> ext = new LinkedHashMap<>();
    JsonNode o = object(p, "groupExtProfile");
    if (o.size() > EXT_MAX_PAIRS) {
      throw ApiException.param("groupExtProfile: at most " + EXT_MAX_PAIRS + " attributes");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      if (!key.startsWith("ext_") || key.length() > 32) {
        throw ApiException.param("groupExtProfile keys start with ext_ and have at most 32 characters: " + key);
      }
      String value = e.getValue().asText();
      if (value.codePointCount(0, value.length()) > 256) {
        throw ApiException.tooLong("groupExtProfile." + key + " is too long: at most 256 characters");
      }
      ext.put(key, value);
    }
    return ext;
  }

  /** A JSON-object form field; an empty object when absent; 1002 when not a JSON object. */
  private static JsonNode object(Params p, String name) {
    String text = p.optionalString(name, Limit.NONE);
    if (text == null) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.isObject()) {
        throw ApiException.param(name + " must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ApiException.param(name + " is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static String text(Object document) {
    try {
      return JSON.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
