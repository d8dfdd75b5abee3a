package rongcloud.gateway.domain.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.domain.validation.Check;

class PageRequestTest {
    @Test
    void tokensRoundTripAndAreOpaque() {
        PageRequest third = new PageRequest(3, 20);
        Check check = Check.request();
        PageRequest decoded = PageRequest.from(check, 20, third.token(), 50, 100);
        assertThat(check.hasViolations()).isFalse();
        assertThat(decoded).isEqualTo(third);
        assertThat(decoded.offset()).isEqualTo(40);
        assertThat(third.token()).doesNotContain("3:").doesNotContain("=");
    }

    @Test
    void aFullPageHasANextTokenAndAShortOneEnds() {
        PageRequest first = new PageRequest(1, 2);
        assertThat(Page.of(List.of("a", "b"), first).nextPageToken()).contains(first.next().token());
        assertThat(Page.of(List.of("a"), first).nextPageToken()).isEmpty();
        assertThat(Page.of(List.of("a", "b"), first, 2).nextPageToken()).isEmpty();
        assertThat(Page.of(List.of("a", "b"), first, 3).nextPageToken()).isPresent();
    }
}
