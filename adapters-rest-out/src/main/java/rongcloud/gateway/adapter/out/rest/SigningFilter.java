package rongcloud.gateway.adapter.out.rest;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Adds App-Key, Nonce, Timestamp (milliseconds) and Signature to every outbound request. The request id
 * header is set by each client method from the call context.
 */
final class SigningFilter implements ClientRequestFilter {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_DIGITS = 18; // RongCloud documents at most 18 characters

    private final String appKey;
    private final String appSecret;
    private final Clock clock;

    SigningFilter(String appKey, String appSecret, Clock clock) {
        this.appKey = appKey;
        this.appSecret = appSecret;
        this.clock = clock;
    }

    @Override
    public void filter(ClientRequestContext request) {
        String nonce = nonce();
        String timestamp = Long.toString(clock.millis());
        var headers = request.getHeaders();
        headers.putSingle("App-Key", appKey);
        headers.putSingle("Nonce", nonce);
        headers.putSingle("Timestamp", timestamp);
        headers.putSingle("Signature", RongCloudSignature.sign(appSecret, nonce, timestamp));
    }

    static String nonce() {
        StringBuilder sb = new StringBuilder(NONCE_DIGITS);
        for (int i = 0; i < NONCE_DIGITS; i++) {
            sb.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return sb.toString();
    }
}
