package rongcloud.gateway.infra.persistence;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import rongcloud.gateway.application.port.in.journal.JournalUseCase;
import rongcloud.gateway.application.port.in.outbox.OutboxUseCase;
import rongcloud.gateway.application.port.in.state.GatewayStateUseCase;
import rongcloud.gateway.application.port.out.persistence.OperationJournal;
import rongcloud.gateway.application.port.out.persistence.OutboxStore;
import rongcloud.gateway.application.port.out.persistence.StateMirror;
import rongcloud.gateway.application.service.journal.JournalService;
import rongcloud.gateway.application.service.outbox.OutboxService;
import rongcloud.gateway.application.service.recording.OperationRecorder;
import rongcloud.gateway.application.service.state.GatewayStateService;

/** Wiring of what persists: the recorder that decorates every use case, and the use cases of the new services. */
@ApplicationScoped
public class PersistenceBeans {

    @Produces
    @Singleton
    OperationRecorder operationRecorder(OperationJournal journal, StateMirror mirror, MeterRegistry registry) {
        Counter journalFailures = Counter.builder("gateway.persistence.write.failures").tag("store", "journal")
                .description("Journal or mirror writes that failed (the calls went on)").register(registry);
        Counter mirrorFailures = Counter.builder("gateway.persistence.write.failures").tag("store", "mirror")
                .description("Journal or mirror writes that failed (the calls went on)").register(registry);
        return new OperationRecorder(journal, mirror, Clock.systemUTC(),
                (what, e) -> ("mirror".equals(what) ? mirrorFailures : journalFailures).increment());
    }

    @Produces
    @ApplicationScoped
    OutboxUseCase outbox(OutboxStore store) {
        return new OutboxService(store, Clock.systemUTC());
    }

    @Produces
    @ApplicationScoped
    JournalUseCase journal(OperationJournal journal) {
        return new JournalService(journal);
    }

    @Produces
    @ApplicationScoped
    GatewayStateUseCase gatewayState(StateMirror mirror) {
        return new GatewayStateService(mirror);
    }
}
