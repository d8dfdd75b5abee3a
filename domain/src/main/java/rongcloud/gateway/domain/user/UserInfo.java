package rongcloud.gateway.domain.user;

import java.time.Instant;
import java.util.Optional;

/** What RongCloud stores of a user for push: name, avatar, creation time. */
public record UserInfo(String userId, String name, Optional<String> portraitUri, Optional<Instant> createTime) {
}
