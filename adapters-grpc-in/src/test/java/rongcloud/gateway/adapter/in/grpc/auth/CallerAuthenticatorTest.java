package rongcloud.gateway.adapter.in.grpc.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Metadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.adapter.in.grpc.auth.CallerAuthenticator.Allow;
import rongcloud.gateway.adapter.in.grpc.auth.CallerAuthenticator.Deny;
import rongcloud.gateway.adapter.in.grpc.auth.CallerAuthenticator.Pass;
import rongcloud.gateway.domain.access.ApiKeyHash;
import rongcloud.gateway.domain.access.Caller;
import rongcloud.gateway.domain.access.CallerDirectory;
import rongcloud.gateway.domain.access.Scope;

class CallerAuthenticatorTest {
    private static final String USER = "rongcloud.gateway.v1.UserService/";

    @Test
    void requiredScopesFollowOneRuleWithOverrides() {
        RpcScopes scopes = new RpcScopes(Map.of(USER + "RegisterUser", Scope.write("user")));
        assertThat(scopes.required(USER + "GetUserInfo")).isEqualTo(Scope.read("user"));
        assertThat(scopes.required(USER + "ListBlockedUsers")).isEqualTo(Scope.read("user"));
        assertThat(scopes.required(USER + "CheckUserOnline")).isEqualTo(Scope.read("user"));
        assertThat(scopes.required(USER + "BlockUsers")).isEqualTo(Scope.write("user"));
        assertThat(scopes.required(USER + "BatchSetUserTags")).isEqualTo(Scope.write("user"));
        assertThat(scopes.required("rongcloud.gateway.v1.EntrustGroupService/BatchGetEntrustGroups"))
                .isEqualTo(Scope.read("entrust_group"));
        assertThat(scopes.required("rongcloud.gateway.v1.GroupMuteService/MuteAllGroupMembers"))
                .isEqualTo(Scope.write("group_mute"));
        assertThat(scopes.required("rongcloud.gateway.v1.GroupService/SyncUserGroups")).isEqualTo(Scope.write("group"));
        assertThat(scopes.required("rongcloud.gateway.v1.MessageService/IsolateThing")).as("Is + lower case")
                .isEqualTo(Scope.write("message"));
        RpcScopes overridden = new RpcScopes(Map.of(USER + "ListBlockedUsers", Scope.write("user")));
        assertThat(overridden.required(USER + "ListBlockedUsers")).isEqualTo(Scope.write("user"));
    }

    @Test
    void decidesFromHeadersDirectoryAndScopes() {
        String key = ApiKeyHash.newKey();
        String revoked = ApiKeyHash.newKey();
        Caller reader = new Caller("reporting", Set.of(Scope.parse("*:read")), 1);
        CallerDirectory dir = new CallerDirectory(List.of(new CallerDirectory.Entry(reader,
                List.of(ApiKeyHash.of(key)), List.of(ApiKeyHash.of(revoked)), false)));
        CallerAuthenticator auth = new CallerAuthenticator(true, Set.of("grpc.health.v1.Health"), () -> dir,
                new RpcScopes(Map.of()));

        assertThat(auth.decide("grpc.health.v1.Health/Check", new Metadata())).isInstanceOf(Pass.class);
        assertThat(reason(auth.decide(USER + "GetUserInfo", new Metadata()))).isEqualTo("CREDENTIALS_MISSING");
        assertThat(reason(auth.decide(USER + "GetUserInfo", headers("authorization", "Basic abc"))))
                .isEqualTo("CREDENTIALS_INVALID");
        assertThat(reason(auth.decide(USER + "GetUserInfo", headers("authorization", "Bearer wrong"))))
                .isEqualTo("CREDENTIALS_INVALID");
        assertThat(reason(auth.decide(USER + "GetUserInfo", headers("x-api-key", revoked))))
                .isEqualTo("CREDENTIALS_REVOKED");
        assertThat(auth.decide(USER + "GetUserInfo", headers("authorization", "bearer " + key)))
                .isEqualTo(new Allow(reader));
        assertThat(auth.decide(USER + "GetUserInfo", headers("x-api-key", key))).isEqualTo(new Allow(reader));
        CallerAuthenticator.Decision block = auth.decide(USER + "BlockUsers", headers("x-api-key", key));
        assertThat(block).isEqualTo(new Deny(false, "SCOPE_MISSING",
                "caller 'reporting' lacks scope 'user:write' required by " + USER + "BlockUsers",
                Optional.of("reporting"), Optional.of(Scope.write("user"))));
        assertThat(CallerAuthenticator.disabled().decide(USER + "BlockUsers", new Metadata())).isInstanceOf(Pass.class);
    }

    private static String reason(CallerAuthenticator.Decision d) {
        assertThat(d).isInstanceOf(Deny.class);
        return ((Deny) d).reason();
    }

    private static Metadata headers(String name, String value) {
        Metadata m = new Metadata();
        m.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER), value);
        return m;
    }
}
