package rongcloud.gateway.domain.push;

/**
 * A user's daily Do Not Disturb window.
 *
 * @param startTime     "HH:MM:SS" in data-center time (Beijing time for the Beijing data center, UTC elsewhere)
 * @param periodMinutes length, 1 to 1439 minutes
 * @param level         what still notifies inside the window
 */
public record BlockPushPeriod(String startTime, int periodMinutes, DoNotDisturbLevel level) {
}
