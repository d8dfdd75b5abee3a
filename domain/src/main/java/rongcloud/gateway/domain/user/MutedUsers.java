package rongcloud.gateway.domain.user;

import rongcloud.gateway.domain.paging.Page;

/** A page of users muted in one-to-one chat and the total count. */
public record MutedUsers(Page<String> page, int total) {
}
