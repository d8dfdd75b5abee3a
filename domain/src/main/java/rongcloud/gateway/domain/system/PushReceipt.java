package rongcloud.gateway.domain.system;

/** What /push.json answers: the push id, and the message UID when a message was sent (null otherwise). */
public record PushReceipt(String pushId, String messageUid) {
}
