package rongcloud.gateway.domain.message;

/** The hourly message log: its download URL (empty when none) and RongCloud's YYYYMMDDHH name of the hour. */
public record HistoryLog(String url, String date) {
}
