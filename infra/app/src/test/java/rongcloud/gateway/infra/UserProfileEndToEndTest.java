package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static rongcloud.gateway.infra.EndToEnd.assertInvalidWithoutUpstreamCall;
import static rongcloud.gateway.infra.EndToEnd.uid;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.userprofile.UserProfileState;
import rongcloud.gateway.proto.v1.BatchGetUserProfilesRequest;
import rongcloud.gateway.proto.v1.CleanUserProfilesRequest;
import rongcloud.gateway.proto.v1.Gender;
import rongcloud.gateway.proto.v1.HostedUserProfile;
import rongcloud.gateway.proto.v1.ListUserProfilesRequest;
import rongcloud.gateway.proto.v1.ListUserProfilesResponse;
import rongcloud.gateway.proto.v1.RegistrationOrder;
import rongcloud.gateway.proto.v1.SetUserProfileRequest;
import rongcloud.gateway.proto.v1.UserProfile;
import rongcloud.gateway.proto.v1.UserProfileServiceGrpc;
import rongcloud.gateway.proto.v1.UserProfileServiceGrpc.UserProfileServiceBlockingStub;

/**
 * Every UserProfileService RPC through gRPC → gateway → emulator over HTTP, asserting the typed response and the
 * emulator's state; plus bad input that never reaches upstream.
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class UserProfileEndToEndTest {
    private static GatewayClient client;

    @BeforeAll
    static void connect() {
        client = new GatewayClient(EmulatorResource.grpcPort());
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        client.close();
    }

    private static UserProfileServiceBlockingStub profiles() {
        return client.stub(UserProfileServiceGrpc.newBlockingStub(client.channel));
    }

    private static UserProfileState state() {
        return EmulatorResource.emulator().state(UserProfileState.class);
    }

    private static void set(String userId, String name) {
        profiles().setUserProfile(SetUserProfileRequest.newBuilder().setUserId(userId)
                .setProfile(UserProfile.newBuilder().setName(name)).build());
    }

    @Test
    void setUserProfileStoresTypedFieldsAsJsonAndMergesLaterChanges() {
        String id = uid();
        profiles().setUserProfile(SetUserProfileRequest.newBuilder().setUserId(id)
                .setProfile(UserProfile.newBuilder().setName("Nick").setEmail("nick@example.com")
                        .setGender(Gender.GENDER_FEMALE).setLevel(7).setRole(0))
                .putExtProfile("ext_Profile", "testpro1").build());
        var stored = state().find(id).orElseThrow();
        assertThat(stored.fields()).containsEntry("name", "Nick").containsEntry("email", "nick@example.com")
                .containsEntry("gender", 2).containsEntry("level", 7).containsEntry("role", 0)
                .doesNotContainKey("portraitUri");
        assertThat(stored.ext()).containsExactly(Map.entry("ext_Profile", "testpro1"));
        assertThat(stored.version()).isEqualTo(1);
        assertThat(EmulatorResource.emulator().requests().last("/user/profile/set.json").params().get("userProfile"))
                .singleElement().asString().contains("\"name\":\"Nick\"").doesNotContain("portraitUri");

        profiles().setUserProfile(SetUserProfileRequest.newBuilder().setUserId(id)
                .setProfile(UserProfile.newBuilder().setPortraitUri("https://img.example/n.png")).build());
        stored = state().find(id).orElseThrow();
        assertThat(stored.fields()).containsEntry("name", "Nick").containsEntry("portraitUri", "https://img.example/n.png");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(EmulatorResource.emulator().requests().last("/user/profile/set.json").params())
                .doesNotContainKey("userExtProfile");
    }

    @Test
    void batchGetReturnsTypedProfilesOfKnownUsersOnly() {
        String a = uid();
        String unknown = uid();
        profiles().setUserProfile(SetUserProfileRequest.newBuilder().setUserId(a)
                .setProfile(UserProfile.newBuilder().setName("A").setGender(Gender.GENDER_MALE).setLocation("Beijing"))
                .putExtProfile("ext_vip", "gold").build());
        var got = profiles().batchGetUserProfiles(BatchGetUserProfilesRequest.newBuilder().addUserIds(a)
                .addUserIds(unknown).build()).getProfilesList();
        assertThat(got).hasSize(1);
        HostedUserProfile p = got.get(0);
        assertThat(p.getUserId()).isEqualTo(a);
        assertThat(p.getVersion()).isEqualTo(1);
        assertThat(p.getProfile().getName()).isEqualTo("A");
        assertThat(p.getProfile().getGender()).isEqualTo(Gender.GENDER_MALE);
        assertThat(p.getProfile().getLocation()).isEqualTo("Beijing");
        assertThat(p.getProfile().hasEmail()).isFalse();
        assertThat(p.getExtProfileMap()).containsExactly(Map.entry("ext_vip", "gold"));
        assertThat(EmulatorResource.emulator().requests().last("/user/profile/batch/query.json").params().get("userId"))
                .containsExactly(a, unknown);
    }

    @Test
    void cleanUserProfilesDeletesThem() {
        String a = uid();
        String b = uid();
        set(a, "A");
        set(b, "B");
        profiles().cleanUserProfiles(CleanUserProfilesRequest.newBuilder().addUserIds(a).addUserIds(b).build());
        assertThat(state().find(a)).isEmpty();
        assertThat(state().find(b)).isEmpty();
        assertThat(profiles().batchGetUserProfiles(BatchGetUserProfilesRequest.newBuilder().addUserIds(a).build())
                .getProfilesList()).isEmpty();
    }

    @Test
    void listUserProfilesPagesInBothOrders() {
        List<String> ids = List.of(uid(), uid(), uid());
        ids.forEach(id -> set(id, "N" + id));
        List<String> oldestFirst = all(RegistrationOrder.REGISTRATION_ORDER_UNSPECIFIED);
        assertThat(oldestFirst).containsSubsequence(ids).doesNotHaveDuplicates();
        List<String> newestFirst = all(RegistrationOrder.REGISTRATION_ORDER_NEWEST_FIRST);
        assertThat(newestFirst).containsSubsequence(ids.get(2), ids.get(1), ids.get(0));
        assertThat(newestFirst).hasSameSizeAs(oldestFirst);
        assertThat(EmulatorResource.emulator().requests().last("/user/profile/query.json").params())
                .containsEntry("order", List.of("1")).containsEntry("size", List.of("2"));
    }

    private static List<String> all(RegistrationOrder order) {
        List<String> seen = new ArrayList<>();
        String token = "";
        int pages = 0;
        do {
            ListUserProfilesResponse page = profiles().listUserProfiles(ListUserProfilesRequest.newBuilder()
                    .setPageSize(2).setPageToken(token).setOrder(order).build());
            assertThat(page.getProfilesCount()).isLessThanOrEqualTo(2);
            page.getProfilesList().forEach(p -> seen.add(p.getUserId()));
            token = page.getNextPageToken();
            assertThat(++pages).isLessThan(500);
        } while (!token.isEmpty());
        return seen;
    }

    @Test
    void badInputIsRejectedPreciselyBeforeAnyUpstreamCall() {
        assertInvalidWithoutUpstreamCall(() -> profiles().setUserProfile(SetUserProfileRequest.newBuilder()
                .setUserId("a").setProfile(UserProfile.newBuilder().setUniqueId("x".repeat(33)).setLevel(101))
                .putExtProfile("nope", "v").build()), "profile.unique_id", "profile.level", "ext_profile[nope]");
        assertInvalidWithoutUpstreamCall(() -> profiles().setUserProfile(SetUserProfileRequest.newBuilder()
                .setUserId("a").build()), "profile");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add("user" + i);
        }
        assertInvalidWithoutUpstreamCall(() -> profiles().cleanUserProfiles(CleanUserProfilesRequest.newBuilder()
                .addAllUserIds(many.subList(0, 21)).build()), "user_ids");
        assertInvalidWithoutUpstreamCall(() -> profiles().batchGetUserProfiles(BatchGetUserProfilesRequest
                .newBuilder().addAllUserIds(many).build()), "user_ids");
        assertInvalidWithoutUpstreamCall(() -> profiles().listUserProfiles(ListUserProfilesRequest.newBuilder()
                .setPageSize(-3).build()), "page_size");
    }
}
