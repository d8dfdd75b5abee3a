package rongcloud.gateway.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.domain.error.FieldViolation;
import rongcloud.gateway.domain.error.InvalidArgumentException;

class UserCommandsTest {

    private static List<String> fields(Runnable r) {
        InvalidArgumentException e = catchThrowableOfType(InvalidArgumentException.class, r::run);
        assertThat(e).as("expected InvalidArgumentException").isNotNull();
        return e.violations().stream().map(FieldViolation::field).toList();
    }

    @Test
    void registerCollectsEveryViolationAtOnce() {
        assertThat(fields(() -> new RegisterUserCommand("bad id!", "", "not a uri")))
                .containsExactlyInAnyOrder("user_id", "name", "portrait_uri");
    }

    @Test
    void registerAcceptsDocumentedShapes() {
        RegisterUserCommand c = new RegisterUserCommand("u_1-A=+", "名字".repeat(32), "https://x/a.png");
        assertThat(c.name()).hasSize(64);
        assertThat(new RegisterUserCommand("u", "n", "").portraitUri()).isNull();
    }

    @Test
    void nameLimitCountsCharactersAndIdLimitCountsBytes() {
        assertThat(fields(() -> new RegisterUserCommand("u", "x".repeat(65), null))).containsExactly("name");
        assertThat(fields(() -> new RegisterUserCommand("a".repeat(65), "n", null))).containsExactly("user_id");
    }

    @Test
    void blockChecksMinutesAndIdCount() {
        List<String> tooMany = IntStream.range(0, 21).mapToObj(i -> "u" + i).toList();
        assertThat(fields(() -> new BlockUsersCommand(tooMany, 0))).containsExactlyInAnyOrder("user_ids", "minutes");
        assertThat(fields(() -> new BlockUsersCommand(List.of("a", "a"), 43_201)))
                .containsExactlyInAnyOrder("user_ids[1]", "minutes");
        assertThat(new BlockUsersCommand(List.of("a"), 43_200).minutes()).isEqualTo(43_200);
    }

    @Test
    void tagsRejectSpecialCharactersLengthAndCount() {
        assertThat(fields(() -> new SetUserTagsCommand("u", List.of("ok", "no space", "x".repeat(41)))))
                .containsExactly("tags[1]", "tags[2]");
        List<String> many = IntStream.range(0, 21).mapToObj(i -> "t" + i).toList();
        assertThat(fields(() -> new SetUserTagsCommand("u", many))).containsExactly("tags");
        assertThat(new SetUserTagsCommand("u", List.of()).tags()).isEmpty();
        assertThat(new SetUserTagsCommand("u", List.of("北京", "male_1")).tags()).hasSize(2);
    }

    @Test
    void updateNeedsSomethingToUpdate() {
        assertThat(fields(() -> new UpdateUserInfoCommand("u", Optional.empty(), Optional.empty())))
                .containsExactly("name");
        assertThat(new UpdateUserInfoCommand("u", Optional.of("n"), Optional.empty()).name()).contains("n");
    }

    @Test
    void expireNeedsAnInstant() {
        assertThat(fields(() -> new ExpireUserTokensCommand(List.of("u"), null))).containsExactly("expire_before");
        assertThat(new ExpireUserTokensCommand(List.of("u"), Instant.ofEpochMilli(5)).userIds()).containsExactly("u");
    }

    @Test
    void pagingRejectsNegativeSizesAndForeignTokens() {
        assertThat(fields(() -> ListBlockedUsersCommand.of(-1, "garbage"))).containsExactly("page_size", "page_token");
        assertThat(ListBlockedUsersCommand.of(0, "").page().size()).isEqualTo(UserLimits.BLOCKED_PAGE_DEFAULT);
        assertThat(ListDeactivatedUsersCommand.of(500, "").page().size()).isEqualTo(50);
    }

    @Test
    void violationsNeverPassSilently() {
        assertThatThrownBy(() -> new GetUserTagsCommand(List.of())).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("user_ids");
    }
}
