package rongcloud.gateway.adapter.out.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** RongCloud's request signature: lowercase hex SHA-1 of AppSecret + Nonce + Timestamp (common.yaml signing). */
public final class RongCloudSignature {
    private RongCloudSignature() {
    }

    public static String sign(String appSecret, String nonce, String timestamp) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] digest = sha1.digest((appSecret + nonce + timestamp).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java runtime", e);
        }
    }
}
