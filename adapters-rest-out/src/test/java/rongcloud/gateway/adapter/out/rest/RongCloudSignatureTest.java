package rongcloud.gateway.adapter.out.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RongCloudSignatureTest {
    @Test
    void matchesTheDocumentedVector() {
        assertThat(RongCloudSignature.sign("Y1W2MeFwwwRxa0", "14314", "1408710653000"))
                .isEqualTo("30be0bbca9c9b2e27578701e9fda2358a814c88f");
    }

    @Test
    void changesWithEachInput() {
        String base = RongCloudSignature.sign("secret", "1", "2");
        assertThat(RongCloudSignature.sign("secreT", "1", "2")).isNotEqualTo(base);
        assertThat(RongCloudSignature.sign("secret", "3", "2")).isNotEqualTo(base);
        assertThat(RongCloudSignature.sign("secret", "1", "4")).isNotEqualTo(base);
        assertThat(base).matches("[0-9a-f]{40}");
    }

    @Test
    void noncesAreEighteenDigitsAndVary() {
        String a = SigningFilter.nonce();
        assertThat(a).matches("[0-9]{18}");
        assertThat(SigningFilter.nonce()).isNotEqualTo(a);
    }
}
