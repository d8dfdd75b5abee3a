package rongcloud.gateway.domain.access;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A permission by API area and kind of access, written {@code area:access}: {@code user:read},
 * {@code message:write}. As granted to a caller it may use wildcards: {@code *:read} (reads everywhere),
 * {@code user:*} or just {@code user} (everything in the user area), {@code *} (everything). A required scope
 * (what one RPC needs) is always concrete. Read and write are independent: {@code user:write} does not
 * grant {@code user:read}.
 *
 * @param area   the API area in snake_case ({@code user}, {@code group_mute}...) or {@code *}
 * @param access {@code read}, {@code write} or {@code *}
 */
public record Scope(String area, String access) {
    public static final String ANY = "*";
    public static final String READ = "read";
    public static final String WRITE = "write";
    private static final Pattern AREA = Pattern.compile("\\*|[a-z][a-z0-9_]{0,63}");

    public Scope {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(access, "access");
        if (!AREA.matcher(area).matches()) {
            throw new IllegalArgumentException("scope area must be * or snake_case: " + area);
        }
        if (!access.equals(READ) && !access.equals(WRITE) && !access.equals(ANY)) {
            throw new IllegalArgumentException("scope access must be read, write or *: " + access);
        }
    }

    public static Scope read(String area) {
        return new Scope(area, READ);
    }

    public static Scope write(String area) {
        return new Scope(area, WRITE);
    }

    /** Parses {@code area:access}, {@code area} (= {@code area:*}) or {@code *}; case-insensitive, trimmed. */
    public static Scope parse(String text) {
        String s = Objects.requireNonNull(text, "scope").trim().toLowerCase(Locale.ROOT);
        int colon = s.indexOf(':');
        if (colon < 0) {
            return new Scope(s, ANY);
        }
        return new Scope(s.substring(0, colon).trim(), s.substring(colon + 1).trim());
    }

    /** Whether this (granted) scope allows what {@code required} asks for. */
    public boolean grants(Scope required) {
        return (area.equals(ANY) || area.equals(required.area))
                && (access.equals(ANY) || access.equals(required.access));
    }

    @Override
    public String toString() {
        return area + ":" + access;
    }
}
