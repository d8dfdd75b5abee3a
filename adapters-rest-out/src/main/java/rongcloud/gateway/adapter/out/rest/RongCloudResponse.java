package rongcloud.gateway.adapter.out.rest;

/** RongCloud's envelope: every answer carries {@code code} (200 = success) and, on errors, {@code errorMessage}. */
public interface RongCloudResponse {
    Integer code();

    String errorMessage();
}
