package rongcloud.gateway.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * Writes a state mirror into the tests' PostgreSQL before the application starts (as a previous run of the gateway
 * would have left it), for {@link CacheWarmUpEndToEndTest}. The ids are new per run and handed over in System
 * properties (JVM-wide, like {@link TestDatabase}'s handles).
 */
public class MirrorSeedResource implements QuarkusTestResourceLifecycleManager {
    static final String PREFIX = "test.warm-up.";

    @Override
    public Map<String, String> start() {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Instant now = Instant.now();
        String url = TestDatabase.directUrl();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url)) {
            user(c, "wu" + run, "Warm " + run, now.minus(Duration.ofHours(1)));
            user(c, "wo" + run, "Too old " + run, now.minus(Duration.ofDays(3)));
            Instant at = now.minus(Duration.ofMinutes(10));
            exec(c, "insert into mirror_group (kind, group_id, name, mute_all, created_at, updated_at)"
                    + " values ('LEGACY', ?, 'Warm group', true, ?, ?)", "wg" + run, at, at);
            exec(c, "insert into mirror_mute (kind, group_id, user_id, muted_until, updated_at) values ('LEGACY', ?, ?, ?, ?)",
                    "wg" + run, "wm" + run, now.plus(Duration.ofHours(1)), at);
            exec(c, "insert into mirror_mute (kind, group_id, user_id, muted_until, updated_at) values ('LEGACY', '*', ?, ?, ?)",
                    "we" + run, Instant.parse("9999-12-31T23:59:59Z"), at);
            exec(c, "insert into mirror_mute_allow (kind, group_id, user_id, updated_at) values ('LEGACY', ?, ?, ?)",
                    "wg" + run, "wa" + run, at);
        } catch (SQLException e) {
            throw new IllegalStateException("seeding the mirror failed", e);
        }
        System.setProperty(PREFIX + "run", run);
        return Map.of();
    }

    private static void user(Connection c, String id, String name, Instant at) throws SQLException {
        exec(c, "insert into mirror_user (user_id, name, portrait_uri, deactivated, created_at, updated_at)"
                + " values (?, ?, 'https://img.example/warm.png', false, ?, ?)", id, name, at, at);
    }

    private static void exec(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v instanceof Instant t) {
                    s.setTimestamp(i + 1, Timestamp.from(t));
                } else {
                    s.setObject(i + 1, v);
                }
            }
            s.executeUpdate();
        }
    }

    @Override
    public void stop() {
    }
}
