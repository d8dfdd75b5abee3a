package rongcloud.gateway.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One packaged gateway (java -jar quarkus-run.jar, prod profile, JVM mode) on loopback, pointed at the emulator.
 * Start-up time is measured from process start to the gRPC port accepting a connection.
 */
final class GatewayProcess implements AutoCloseable {
    private static final List<GatewayProcess> RUNNING = new ArrayList<>();
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(GatewayProcess::stopAll, "stop-gateways"));
    }

    final String name;
    final int grpcPort;
    final int httpPort;
    final Process process;
    final Path log;
    final double startupMillis;

    private GatewayProcess(String name, int grpcPort, int httpPort, Process process, Path log, double startupMillis) {
        this.name = name;
        this.grpcPort = grpcPort;
        this.httpPort = httpPort;
        this.process = process;
        this.log = log;
        this.startupMillis = startupMillis;
    }

    /**
     * @param properties system properties (-Dk=v) on top of the prod profile
     */
    static GatewayProcess start(String name, Path jar, Path logDir, String appKey, String appSecret, String hosts,
                                Map<String, String> properties) throws IOException, InterruptedException {
        int grpcPort = freePort();
        int httpPort = freePort();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String jvmOpts = System.getenv().getOrDefault("BENCH_GATEWAY_JVM_OPTS", "");
        if (!jvmOpts.isBlank()) {
            cmd.addAll(List.of(jvmOpts.trim().split("\\s+")));
        }
        cmd.add("-Dquarkus.grpc.server.port=" + grpcPort);
        cmd.add("-Dquarkus.http.port=" + httpPort);
        cmd.add("-Dquarkus.http.host=127.0.0.1");
        cmd.add("-Dquarkus.grpc.server.host=127.0.0.1");
        properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("-jar");
        cmd.add(jar.toString());
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("RONGCLOUD_APP_KEY", appKey);
        pb.environment().put("RONGCLOUD_APP_SECRET", appSecret);
        pb.environment().put("RONGCLOUD_HOSTS", hosts);
        long t0 = System.nanoTime();
        Process p = pb.start();
        GatewayProcess started = null;
        try {
            while (!answers(grpcPort)) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("gateway " + name + " exited during start-up (code " + p.exitValue()
                            + "); see " + log + ":\n" + tail(log));
                }
                if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(90)) {
                    throw new IllegalStateException("gateway " + name + " did not answer on " + grpcPort + " within 90 s; see " + log);
                }
                Thread.sleep(5);
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            started = new GatewayProcess(name, grpcPort, httpPort, p, log, ms);
            synchronized (RUNNING) {
                RUNNING.add(started);
            }
            return started;
        } finally {
            if (started == null) {
                p.destroyForcibly();
            }
        }
    }

    long pid() {
        return process.pid();
    }

    /** VmRSS of the process in MiB, from /proc/<pid>/status; NaN when unreadable. */
    double rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone
        }
        return Double.NaN;
    }

    /** Quarkus's own "started in X s" figure, ms; NaN when not (yet) logged. */
    double quarkusStartedMillis() {
        try {
            Matcher m = STARTED.matcher(Files.readString(log));
            return m.find() ? Double.parseDouble(m.group(1)) * 1000 : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        synchronized (RUNNING) {
            RUNNING.remove(this);
        }
    }

    static void stopAll() {
        List<GatewayProcess> copy;
        synchronized (RUNNING) {
            copy = new ArrayList<>(RUNNING);
        }
        copy.forEach(g -> g.process.destroyForcibly());
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static boolean answers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
