package rongcloud.gateway.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import rongcloud.emulator.EmulatorOptions;
import rongcloud.emulator.RongCloudEmulator;

/**
 * Starts the RongCloud emulator in the test JVM on a free loopback port and points the gateway (in-process
 * for @QuarkusTest, a separate process for @QuarkusIntegrationTest) at it with its generated credentials.
 * Tests read and steer the emulator through {@link #emulator()} and its HTTP admin surface. It also gives the
 * gateway its database: the JVM's {@link TestDatabase} (a real PostgreSQL on loopback).
 */
public class EmulatorResource implements QuarkusTestResourceLifecycleManager {
    /** Init arg: put a host that refuses connections before the emulator in the host list. */
    public static final String DEAD_PRIMARY = "deadPrimary";
    /** Init arg: require caller credentials (gateway.auth.enabled); off unless a test asks. */
    public static final String AUTH_ENABLED = "authEnabled";
    /**
     * Init arg: start a second emulator with the same credentials as the backup host ({@link #backup()}); the
     * first ({@link #emulator()}) is the primary. Their states are independent: tests assert which one got a call.
     */
    public static final String BACKUP = "backupEmulator";
    private static volatile RongCloudEmulator emulator;
    private static volatile RongCloudEmulator backup;
    private boolean deadPrimary;
    private boolean authEnabled;
    private boolean withBackup;

    @Override
    public void init(Map<String, String> initArgs) {
        deadPrimary = Boolean.parseBoolean(initArgs.getOrDefault(DEAD_PRIMARY, "false"));
        authEnabled = Boolean.parseBoolean(initArgs.getOrDefault(AUTH_ENABLED, "false"));
        withBackup = Boolean.parseBoolean(initArgs.getOrDefault(BACKUP, "false"));
    }
    private static volatile int grpcPort;
    private static volatile int httpPort;

    @Override
    public Map<String, String> start() {
        emulator = RongCloudEmulator.start(EmulatorOptions.defaults());
        backup = withBackup ? RongCloudEmulator.start(EmulatorOptions.defaults()
                .withAppKey(emulator.appKey()).withAppSecret(emulator.appSecret())) : null;
        grpcPort = freePort();
        httpPort = freePort();
        Map<String, String> config = new java.util.HashMap<>(TestDatabase.config()); // a real PostgreSQL (issue 8)
        config.putAll(Map.of(
                "gateway.auth.enabled", Boolean.toString(authEnabled),
                "rongcloud.app-key", emulator.appKey(),
                "rongcloud.app-secret", emulator.appSecret(),
                "rongcloud.hosts", (deadPrimary ? "http://127.0.0.1:" + freePort() + "," : "") + emulator.baseUri()
                        + (backup != null ? "," + backup.baseUri() : ""),
                "rongcloud.sandbox.enabled", "false",
                "quarkus.grpc.server.port", Integer.toString(grpcPort),
                "quarkus.grpc.server.test-port", Integer.toString(grpcPort),
                "quarkus.http.test-port", Integer.toString(httpPort)));
        return config;
    }

    @Override
    public void stop() {
        if (emulator != null) {
            emulator.close();
        }
        if (backup != null) {
            backup.close();
            backup = null;
        }
    }

    public static RongCloudEmulator emulator() {
        return emulator;
    }

    /** The backup host's emulator (init arg {@link #BACKUP}), or null. */
    public static RongCloudEmulator backup() {
        return backup;
    }

    /**
     * Starts the emulator again on the same address with the same credentials, after a test stopped it
     * ({@code emulator().close()}); its state (users, bans...) starts empty.
     */
    public static synchronized RongCloudEmulator restart() {
        RongCloudEmulator old = emulator;
        try {
            old.close();
        } catch (RuntimeException alreadyStopped) {
            // closed by the test already
        }
        emulator = RongCloudEmulator.start(old.options().withPort(old.port())
                .withAppKey(old.appKey()).withAppSecret(old.appSecret()));
        return emulator;
    }

    /** The gateway's HTTP port in tests (health, metrics). */
    public static int httpPort() {
        return httpPort;
    }

    public static int grpcPort() {
        return grpcPort;
    }

    /** A port nothing listens on now, on loopback (for gateways the tests start). */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
