package rongcloud.gateway.domain.entrustgroup;

import rongcloud.gateway.domain.paging.Page;

/** A page and the number of items matching the query over all pages. */
public record CountedPage<T>(Page<T> page, int total) {
}
