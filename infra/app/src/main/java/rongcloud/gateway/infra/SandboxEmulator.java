package rongcloud.gateway.infra;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import rongcloud.emulator.EmulatorOptions;
import rongcloud.emulator.RongCloudEmulator;

/** The in-process RongCloud emulator of the sandbox profile: started on first use, stopped with the application. */
@ApplicationScoped
public class SandboxEmulator {
    private static final Logger LOG = Logger.getLogger(SandboxEmulator.class);
    private RongCloudEmulator emulator;

    synchronized RongCloudEmulator start(RongCloudConfig config) {
        if (emulator == null) {
            emulator = RongCloudEmulator.start(EmulatorOptions.defaults()
                    .withPort(config.sandbox().port())
                    .withDataCenterZone(config.dataCenterZone()));
            LOG.infof("Sandbox: RongCloud emulator listening on %s (admin surface under /_emulator/); app key %s",
                    emulator.baseUri(), emulator.appKey());
        }
        return emulator;
    }

    void stop(@Observes ShutdownEvent event) {
        synchronized (this) {
            if (emulator != null) {
                emulator.close();
                emulator = null;
            }
        }
    }
}
