package rongcloud.gateway.domain.sensitiveword;

/** What RongCloud does with a message holding the word: RongCloud's type "1" (block) or "0" (replace). */
public enum SensitiveWordType {
    BLOCK,
    REPLACE
}
