package rongcloud.gateway.application.service.journal;

import rongcloud.gateway.application.port.in.journal.JournalUseCase;
import rongcloud.gateway.application.port.out.persistence.OperationJournal;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.journal.JournalEntry;
import rongcloud.gateway.domain.journal.JournalQuery;
import rongcloud.gateway.domain.paging.Page;

/** Reads the operation journal for operators. */
public final class JournalService implements JournalUseCase {
    private final OperationJournal journal;

    public JournalService(OperationJournal journal) {
        this.journal = journal;
    }

    @Override
    public Page<JournalEntry> listOperations(CallContext ctx, JournalQuery query) {
        return journal.list(query);
    }
}
