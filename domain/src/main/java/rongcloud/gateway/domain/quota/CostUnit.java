package rongcloud.gateway.domain.quota;

import java.util.Locale;

/** What one unit of a RongCloud quota counts (catalog {@code rate_limits.units}). */
public enum CostUnit {
    /** Each call costs 1, whatever it carries. */
    REQUEST("request", "requests"),
    /** A send costs one per recipient user. */
    RECIPIENT("recipient", "recipients"),
    /** A send costs one per target group, chatroom or ultra group. */
    TARGET("target", "targets"),
    /** A call costs one per user id it carries. */
    USER("user", "users"),
    /** A call costs one per chatroom attribute it sets or removes. */
    ATTRIBUTE("attribute", "attributes");

    private final String code;
    private final String plural;

    CostUnit(String code, String plural) {
        this.code = code;
        this.plural = plural;
    }

    /** The catalog's name of the unit, e.g. {@code user}. */
    public String code() {
        return code;
    }

    /** e.g. {@code users}, for messages. */
    public String plural() {
        return plural;
    }

    public static CostUnit parse(String code) {
        for (CostUnit u : values()) {
            if (u.code.equals(code.toLowerCase(Locale.ROOT))) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown quota unit '" + code + "' (request, recipient, target, user, attribute)");
    }
}
