package rongcloud.gateway.application.port.out.persistence;

import java.time.Instant;
import rongcloud.gateway.domain.journal.JournalEntry;
import rongcloud.gateway.domain.journal.JournalQuery;
import rongcloud.gateway.domain.paging.Page;

/** The operation journal: who did what through the gateway, with RongCloud's answer. */
public interface OperationJournal {

    /**
     * Records one entry. Must return quickly and never throw: a journal that cannot write reports it (log and
     * metric) and the caller's call goes on.
     */
    void record(JournalEntry entry);

    /** Entries matching the query, newest first. */
    Page<JournalEntry> list(JournalQuery query);

    /** Deletes the entries recorded before {@code cutoff}; returns how many. */
    long purgeBefore(Instant cutoff);
}
