package rongcloud.emulator.conversation;

import static rongcloud.emulator.BodyKind.FORM;

import java.util.Map;
import rongcloud.emulator.ApiArea;
import rongcloud.emulator.EmulatorContext;
import rongcloud.emulator.Limit;
import rongcloud.emulator.Params;
import rongcloud.emulator.Quota;
import rongcloud.emulator.Reply;
import rongcloud.emulator.Router;

/** The endpoint of conversation.yaml (pinning); admin: GET /_emulator/conversations/{userId}/pinned. */
public final class ConversationEndpoints implements ApiArea {
  private ConversationState state;

  @Override
  public void install(EmulatorContext context, Router r) {
    state = context.register(ConversationState.class, new ConversationState());
    r.post("/conversation/top/set.json", FORM, Quota.perSecond(100), this::setTop);
    r.admin("GET", "/conversations/{userId}/pinned", q -> Map.of("pinned", state.pinned(q.pathVariable("userId"))));
  }

  private Reply setTop(Params p) {
    String userId = p.requiredString("userId", Limit.chars(64));
    int type = Integer.parseInt(p.requiredOneOf("conversationType", "1", "3", "6"));
    String targetId = p.requiredString("targetId", Limit.chars(64));
    boolean pin = Boolean.parseBoolean(p.requiredOneOf("setTop", "true", "false"));
    state.setPinned(userId, type, targetId, pin);
    return Reply.ok();
  }
}
