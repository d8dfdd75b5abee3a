package rongcloud.gateway.domain.message;

/**
 * How a sent message is stored and counted: isPersisted, isCounted (null = RongCloud's default),
 * isIncludeSender, verifyBlacklist, disableUpdateLastMsg, needReadReceipt.
 */
public record DeliveryOptions(Boolean persisted, Boolean counted, boolean includeSender, boolean verifyBlacklist,
                              boolean disableUpdateLastMessage, boolean needReadReceipt) {
    public static final DeliveryOptions DEFAULT = new DeliveryOptions(null, null, false, false, false, false);
}
