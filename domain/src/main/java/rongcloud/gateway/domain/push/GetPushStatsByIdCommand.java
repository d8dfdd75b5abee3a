package rongcloud.gateway.domain.push;

import rongcloud.gateway.domain.validation.Check;

/** Statistics of one push by its id (UNVERIFIED endpoint: the parameter name pushId is an assumption). */
public record GetPushStatsByIdCommand(String pushId) {
    public GetPushStatsByIdCommand {
        Check.request().chars("push_id", pushId, true, Integer.MAX_VALUE).validate();
    }
}
