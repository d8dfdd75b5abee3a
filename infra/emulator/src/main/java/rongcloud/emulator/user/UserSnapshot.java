package rongcloud.emulator.user;

import java.time.Instant;
import java.util.List;

/**
 * Everything the emulator knows about one user ID at one instant.
 *
 * @param registered   has a profile from /user/getToken.json (false after deactivation, or for IDs only
 *                     blocked, muted or tagged)
 * @param createTime   first registration, null when not registered
 * @param blockedUntil end of an unexpired ban, else null
 */
public record UserSnapshot(String userId, boolean registered, String name, String portraitUri, Instant createTime,
                           List<Token> tokens, Instant blockedUntil, boolean deactivated, Instant deactivatedAt,
                           List<String> tags, boolean privateChatMuted, boolean online) {

  /** A token, when it was issued and whether it still lets the client connect. */
  public record Token(String token, Instant issuedAt, boolean valid) {}

  public boolean blocked() {
    return blockedUntil != null;
  }

  public List<String> validTokens() {
    return tokens.stream().filter(Token::valid).map(Token::token).toList();
  }
}
