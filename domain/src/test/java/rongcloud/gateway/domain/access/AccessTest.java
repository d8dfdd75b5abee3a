package rongcloud.gateway.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.domain.access.CallerDirectory.Authenticated;
import rongcloud.gateway.domain.access.CallerDirectory.Entry;
import rongcloud.gateway.domain.access.CallerDirectory.RevokedKey;
import rongcloud.gateway.domain.access.CallerDirectory.UnknownKey;

class AccessTest {

    @Test
    void scopesParseAndGrantWithWildcards() {
        assertThat(Scope.parse("user:read")).isEqualTo(Scope.read("user"));
        assertThat(Scope.parse(" User ")).isEqualTo(new Scope("user", "*"));
        assertThat(Scope.parse("*")).isEqualTo(new Scope("*", "*"));
        assertThat(Scope.parse("*:read").grants(Scope.read("group_mute"))).isTrue();
        assertThat(Scope.parse("*:read").grants(Scope.write("user"))).isFalse();
        assertThat(Scope.parse("user").grants(Scope.write("user"))).isTrue();
        assertThat(Scope.parse("user:write").grants(Scope.read("user"))).as("write does not imply read").isFalse();
        assertThat(Scope.parse("group:read").grants(Scope.read("group_mute"))).isFalse();
        assertThat(Scope.parse("*").grants(Scope.write("message"))).isTrue();
        assertThatThrownBy(() -> Scope.parse("user:delete")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scope.parse("User-X:read")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyHashesAreSaltedParseableAndMatchOnlyTheirKey() {
        String key = ApiKeyHash.newKey();
        ApiKeyHash a = ApiKeyHash.of(key);
        ApiKeyHash b = ApiKeyHash.of(key);
        assertThat(a.format()).startsWith("sha256:").isNotEqualTo(b.format());
        assertThat(a.format()).doesNotContain(key);
        assertThat(ApiKeyHash.parse(a.format())).isEqualTo(a);
        assertThat(a.matches(key)).isTrue();
        assertThat(a.matches(key + "x")).isFalse();
        assertThat(a.matches("")).isFalse();
        // the documented shell recipe: printf '%s:%s' "$SALT" "$KEY" | sha256sum
        assertThat(ApiKeyHash.of("abc123", "k").format())
                .isEqualTo("sha256:abc123:f6432fc9e1daba8f96bdad607efcdde6ac597a0f9a150f34c6f489f1cf67049f");
        assertThatThrownBy(() -> ApiKeyHash.parse("md5:x:abcd")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("abcd");
    }

    @Test
    void directoryAuthenticatesRefusesUnknownAndRevokedKeys() {
        String readerKey = ApiKeyHash.newKey();
        String oldKey = ApiKeyHash.newKey();
        String goneKey = ApiKeyHash.newKey();
        Caller reader = new Caller("reporting", Set.of(Scope.parse("*:read")), 1);
        Caller gone = new Caller("legacy", Set.of(Scope.parse("*")), 1);
        CallerDirectory dir = new CallerDirectory(List.of(
                new Entry(reader, List.of(ApiKeyHash.of(readerKey)), List.of(ApiKeyHash.of(oldKey)), false),
                new Entry(gone, List.of(ApiKeyHash.of(goneKey)), List.of(), true)));
        assertThat(dir.authenticate(readerKey)).isEqualTo(new Authenticated(reader));
        assertThat(dir.authenticate(oldKey)).isEqualTo(new RevokedKey("reporting"));
        assertThat(dir.authenticate(goneKey)).isEqualTo(new RevokedKey("legacy"));
        assertThat(dir.authenticate("nope")).isInstanceOf(UnknownKey.class);
        assertThat(dir.caller("reporting")).contains(reader);
        assertThat(reader.missing(Scope.write("user"))).contains(Scope.write("user"));
        assertThat(reader.missing(Scope.read("user"))).isEmpty();
    }
}
