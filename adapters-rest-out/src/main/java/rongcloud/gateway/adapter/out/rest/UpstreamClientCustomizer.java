package rongcloud.gateway.adapter.out.rest;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * A hook on every REST client {@link RongCloudInvoker} builds (one per area and host), applied after its own
 * settings: infra uses it for outbound TLS (a custom CA from Quarkus's TLS registry). Deployed as CDI beans;
 * a customizer must never disable certificate or host-name verification.
 */
public interface UpstreamClientCustomizer {
    void customize(QuarkusRestClientBuilder builder);
}
