package rongcloud.gateway.infra.persistence;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * The sandbox's database: in the {@code sandbox} and {@code dev} profiles, when no
 * {@code quarkus.datasource.jdbc.url} is configured, starts a real PostgreSQL (binaries from the
 * {@code io.zonky.test.postgres} jar, a temporary data directory, a free loopback port) once per JVM and
 * provides its URL as configuration, so the sandbox command still needs nothing installed.
 *
 * <p>Why not H2: the datasource's db-kind and JDBC driver are fixed when the application is built, and the
 * packaged jar is built once (prod, PostgreSQL) and run with {@code -Dquarkus.profile=sandbox}; an H2 URL cannot
 * be used with the PostgreSQL driver. A real PostgreSQL also means the sandbox runs the same SQL
 * ({@code FOR UPDATE SKIP LOCKED}, the migrations) as production.
 */
public class SandboxDatabase implements ConfigSourceFactory {
    private static final Logger LOG = Logger.getLogger(SandboxDatabase.class);
    private static volatile EmbeddedPostgres postgres;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        if (!profiles.contains("sandbox") && !profiles.contains("dev")) {
            return List.of();
        }
        ConfigValue url = context.getValue("quarkus.datasource.jdbc.url");
        if (url != null && url.getValue() != null && !url.getValue().isBlank()) {
            return List.of();
        }
        EmbeddedPostgres pg = start();
        String jdbc = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres";
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.jdbc.url", jdbc,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres"), "sandbox-database", 150));
    }

    private static synchronized EmbeddedPostgres start() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("sandbox database did not start", e);
            }
            LOG.infof("sandbox database: embedded PostgreSQL on 127.0.0.1:%d (temporary, deleted on exit)",
                    postgres.getPort());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // exiting anyway
                }
            }, "sandbox-database-stop"));
        }
        return postgres;
    }
}
