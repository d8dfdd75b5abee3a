package rongcloud.gateway.application.port.in.journal;

import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.journal.JournalEntry;
import rongcloud.gateway.domain.journal.JournalQuery;
import rongcloud.gateway.domain.paging.Page;

/** Operators read the operation journal. */
public interface JournalUseCase {
    Page<JournalEntry> listOperations(CallContext ctx, JournalQuery query);
}
