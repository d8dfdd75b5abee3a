package rongcloud.gateway.domain.friend;

import rongcloud.gateway.domain.paging.Page;

/** A page of friends and the user's total number of friends. */
public record FriendPage(Page<Friend> page, int total) {
}
