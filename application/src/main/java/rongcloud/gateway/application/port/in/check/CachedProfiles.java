package rongcloud.gateway.application.port.in.check;

import java.util.List;

/** The values found for the ids asked for (in their order), and the ids RongCloud has nothing for. */
public record CachedProfiles<T>(List<T> found, List<String> missing) {
    public CachedProfiles {
        found = List.copyOf(found);
        missing = List.copyOf(missing);
    }
}
