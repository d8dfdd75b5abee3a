package rongcloud.gateway.domain.push;

import rongcloud.gateway.domain.paging.Page;

/** A page of a user's push remarks and how many the user has in all. */
public record PushRemarks(Page<PushRemark> page, int totalCount) {
}
