package rongcloud.gateway.adapter.out.rest;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Where and as whom the gateway calls RongCloud. Produced by infra (from configuration in prod, from
 * the in-process emulator in sandbox).
 *
 * @param appKey         App Key of the app
 * @param appSecret      App Secret; never logged
 * @param hosts          base URIs of the data center, primary first, then backups
 * @param connectTimeout TCP connect timeout per attempt
 * @param dataCenterZone time zone in which RongCloud formats date-times (Asia/Shanghai for China)
 */
public record RongCloudSettings(String appKey, String appSecret, List<URI> hosts, Duration connectTimeout,
                                ZoneId dataCenterZone) {
    public RongCloudSettings {
        Objects.requireNonNull(appKey, "appKey");
        Objects.requireNonNull(appSecret, "appSecret");
        hosts = List.copyOf(hosts);
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("at least one RongCloud host is required");
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(dataCenterZone, "dataCenterZone");
    }

    @Override
    public String toString() {
        return "RongCloudSettings[appKey=" + appKey + ", appSecret=***, hosts=" + hosts + ", connectTimeout="
                + connectTimeout + ", dataCenterZone=" + dataCenterZone + "]";
    }
}
