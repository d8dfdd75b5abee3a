package rongcloud.gateway.domain.entrustgroup;

/**
 * The basic profile of a hosted group; a null field is "not set" (unchanged in an update), an empty one
 * clears the field.
 */
public record GroupProfile(String introduction, String announcement, String portraitUrl) {
    public static final GroupProfile NONE = new GroupProfile(null, null, null);

    public boolean isEmpty() {
        return introduction == null && announcement == null && portraitUrl == null;
    }
}
