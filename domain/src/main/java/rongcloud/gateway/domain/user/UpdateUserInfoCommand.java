package rongcloud.gateway.domain.user;

import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Change the push name and/or avatar of a user; absent values are left as they are. */
public record UpdateUserInfoCommand(String userId, Optional<String> name, Optional<String> portraitUri) {
    public UpdateUserInfoCommand {
        Check check = Check.request().userId("user_id", userId);
        check.that(name.isPresent() || portraitUri.isPresent(), "name",
                "set at least one of name and portrait_uri");
        name.ifPresent(n -> UserChecks.name(check, "name", n, true));
        portraitUri.ifPresent(p -> UserChecks.portraitUri(check, "portrait_uri", p));
        check.validate();
    }
}
