package rongcloud.gateway.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real PostgreSQL server (17, binaries from the io.zonky.test.postgres jar) for every test of the JVM: started
 * once, on a free loopback port, kept across Quarkus restarts (so a second application start sees the first one's
 * data), stopped when the JVM exits. The gateway reaches it through a {@link Proxy} that tests can cut to
 * simulate a database outage without stopping the server.
 */
public final class TestDatabase {
    /**
     * JVM-wide handles in System properties (strings only): Quarkus loads test classes again for each application
     * start, so static fields alone would start a second server. The proxy is switched through a control port.
     */
    private static final String PORT = "test.postgres.port";
    private static final String PROXY_PORT = "test.postgres.proxy-port";
    private static final String SWITCH = "test.postgres.proxy-control-port";
    private static EmbeddedPostgres postgres;
    private static Proxy proxy;

    private TestDatabase() {
    }

    /** The datasource configuration for the gateway (through the proxy). */
    public static synchronized Map<String, String> config() {
        start();
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:"
                        + System.getProperty(PROXY_PORT) + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    /** A JDBC URL straight to the server (not through the proxy), for assertions. */
    public static synchronized String directUrl() {
        start();
        return "jdbc:postgresql://127.0.0.1:" + System.getProperty(PORT)
                + "/postgres?user=postgres&password=postgres";
    }

    /** Cuts the gateway's connections to the database and refuses new ones (an outage). */
    public static synchronized void cut() {
        control("cut");
    }

    /** Ends the outage started by {@link #cut()}. */
    public static synchronized void restore() {
        control("restore");
    }

    private static void control(String command) {
        start();
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(System.getProperty(SWITCH)))) {
            s.getOutputStream().write((command + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            s.getInputStream().read(); // the proxy answers once it is done
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void start() {
        synchronized (System.getProperties()) {
            if (System.getProperty(SWITCH) != null) {
                return;
            }
            startServer();
        }
    }

    private static void startServer() {
        try {
            postgres = EmbeddedPostgres.builder().start();
            proxy = new Proxy(postgres.getPort());
            System.setProperty(PORT, Integer.toString(postgres.getPort()));
            System.setProperty(PROXY_PORT, Integer.toString(proxy.port()));
            System.setProperty(SWITCH, Integer.toString(proxy.controlPort()));
        } catch (IOException e) {
            throw new UncheckedIOException("test PostgreSQL did not start", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                proxy.close();
                postgres.close();
            } catch (IOException ignored) {
                // exiting
            }
        }));
    }

    /** A TCP forwarder on loopback whose connections a test can cut (and refuse) and then let through again. */
    public static final class Proxy implements AutoCloseable {
        private final ServerSocket server;
        private final ServerSocket control;
        private final int target;
        private final Set<Socket> open = ConcurrentHashMap.newKeySet();
        private volatile boolean cut;

        Proxy(int target) throws IOException {
            this.target = target;
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            this.control = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(this::accept, "pg-proxy");
            acceptor.setDaemon(true);
            acceptor.start();
            Thread controller = new Thread(this::control, "pg-proxy-control");
            controller.setDaemon(true);
            controller.start();
        }

        int controlPort() {
            return control.getLocalPort();
        }

        private void control() {
            while (!control.isClosed()) {
                try (Socket s = control.accept()) {
                    String command = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                            java.nio.charset.StandardCharsets.US_ASCII)).readLine();
                    if ("cut".equals(command)) {
                        cut();
                    } else if ("restore".equals(command)) {
                        restore();
                    }
                    s.getOutputStream().write('k');
                } catch (IOException e) {
                    if (control.isClosed()) {
                        return;
                    }
                }
            }
        }

        public int port() {
            return server.getLocalPort();
        }

        /** Drops every connection and refuses new ones: the database is "down". */
        public void cut() {
            cut = true;
            for (Socket s : open) {
                closeQuietly(s);
            }
            open.clear();
        }

        /** Lets connections through again. */
        public void restore() {
            cut = false;
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    if (cut) {
                        closeQuietly(client);
                        continue;
                    }
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                    open.add(client);
                    open.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException e) {
                    if (server.isClosed()) {
                        return;
                    }
                }
            }
        }

        private void pump(Socket from, Socket to) {
            Thread t = new Thread(() -> {
                byte[] buf = new byte[16384];
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                        out.write(buf, 0, n);
                        out.flush();
                    }
                } catch (IOException ignored) {
                    // one side closed
                } finally {
                    closeQuietly(from);
                    closeQuietly(to);
                    open.remove(from);
                    open.remove(to);
                }
            }, "pg-proxy-pump");
            t.setDaemon(true);
            t.start();
        }

        private static void closeQuietly(Socket s) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }

        @Override
        public void close() throws IOException {
            control.close();
            server.close();
            cut();
        }
    }
}
