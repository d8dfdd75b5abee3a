package rongcloud.gateway.domain.push;

/** Push statistics per day (UNVERIFIED endpoint: no documented parameter). */
public record GetDailyPushStatsCommand() {
}
