package rongcloud.gateway.domain.user;

import rongcloud.gateway.domain.validation.Check;

/** Register a user (or refresh its push name and avatar) and obtain a token. */
public record RegisterUserCommand(String userId, String name, String portraitUri) {
    public RegisterUserCommand {
        Check check = Check.request().userId("user_id", userId);
        UserChecks.name(check, "name", name, true);
        UserChecks.portraitUri(check, "portrait_uri", portraitUri);
        check.validate();
        portraitUri = portraitUri == null || portraitUri.isEmpty() ? null : portraitUri;
    }
}
