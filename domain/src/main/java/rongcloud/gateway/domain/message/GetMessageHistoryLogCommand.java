package rongcloud.gateway.domain.message;

import java.time.Instant;
import rongcloud.gateway.domain.validation.Check;

/** Get the download URL of the message log of the hour holding {@code hour}. */
public record GetMessageHistoryLogCommand(Instant hour) {
    public GetMessageHistoryLogCommand {
        Check.request().notNull("hour", hour).validate();
    }
}
