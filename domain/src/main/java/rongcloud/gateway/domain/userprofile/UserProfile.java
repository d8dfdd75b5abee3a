package rongcloud.gateway.domain.userprofile;

import static rongcloud.gateway.domain.userprofile.UserProfileLimits.*;

import rongcloud.gateway.domain.validation.Check;

/**
 * The standard fields of a hosted profile (RongCloud's userProfile JSON). A null field is not set: in a
 * change it is left as it is, in an answer it has no value.
 */
public record UserProfile(String uniqueId, String name, String portraitUri, String email, String birthday,
                          Gender gender, String location, Integer role, Integer level) {
    public static final UserProfile EMPTY = new UserProfile(null, null, null, null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** Records every broken limit, naming fields {@code <prefix>.unique_id} etc. */
    Check check(Check check, String prefix) {
        check.chars(prefix + ".unique_id", uniqueId, false, UNIQUE_ID_MAX_CHARS)
                .chars(prefix + ".name", name, false, NAME_MAX_CHARS)
                .chars(prefix + ".portrait_uri", portraitUri, false, PORTRAIT_URI_MAX_CHARS)
                .chars(prefix + ".email", email, false, EMAIL_MAX_CHARS)
                .chars(prefix + ".birthday", birthday, false, BIRTHDAY_MAX_CHARS)
                .chars(prefix + ".location", location, false, LOCATION_MAX_CHARS);
        if (role != null) {
            check.range(prefix + ".role", role, ROLE_MIN, ROLE_MAX);
        }
        if (level != null) {
            check.range(prefix + ".level", level, LEVEL_MIN, LEVEL_MAX);
        }
        return check;
    }
}
