package rongcloud.gateway.infra;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same end-to-end scenarios against the packaged application (a separate JVM), as deployed. */
@QuarkusIntegrationTest
class UserServiceEndToEndIT extends UserServiceEndToEndTest {
}
