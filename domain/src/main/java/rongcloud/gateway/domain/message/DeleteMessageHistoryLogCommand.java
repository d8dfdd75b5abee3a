package rongcloud.gateway.domain.message;

import java.time.Instant;
import rongcloud.gateway.domain.validation.Check;

/** Delete the message log of the hour holding {@code hour}. */
public record DeleteMessageHistoryLogCommand(Instant hour) {
    public DeleteMessageHistoryLogCommand {
        Check.request().notNull("hour", hour).validate();
    }
}
