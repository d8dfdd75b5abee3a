package rongcloud.emulator;

/** One registered API endpoint. */
public record Endpoint(String path, BodyKind body, Quota quota, EndpointHandler handler) {}
