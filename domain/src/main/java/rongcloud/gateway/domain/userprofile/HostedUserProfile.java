package rongcloud.gateway.domain.userprofile;

import java.util.Map;

/** A user's hosted profile as RongCloud returns it. */
public record HostedUserProfile(String userId, long version, UserProfile profile, Map<String, String> extProfile) {
    public HostedUserProfile {
        extProfile = Map.copyOf(extProfile);
    }
}
