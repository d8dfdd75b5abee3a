package rongcloud.gateway.bench;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Samples the VmRSS of gateway processes every 250 ms while load runs; keeps the maximum per process. */
final class RssSampler implements AutoCloseable {
    private final List<GatewayProcess> processes;
    private final double[] max;
    private final Thread thread;
    private volatile boolean running = true;

    RssSampler(List<GatewayProcess> processes) {
        this.processes = new CopyOnWriteArrayList<>(processes);
        this.max = new double[processes.size()];
        this.thread = new Thread(this::loop, "rss-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void sample() {
        for (int i = 0; i < processes.size(); i++) {
            double rss = processes.get(i).rssMiB();
            if (!Double.isNaN(rss)) {
                max[i] = Math.max(max[i], rss);
            }
        }
    }

    /** The largest VmRSS seen of process i, MiB. */
    synchronized double max(int i) {
        return max[i];
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(1000);
        sample();
    }
}
