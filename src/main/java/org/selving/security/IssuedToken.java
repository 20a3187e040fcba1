package org.selving.security;

/**
 * A token just created.
 *
 * @param token the secret to send as {@code Authorization: Bearer <token>}; shown this once, only its hash is kept
 */
public record IssuedToken(TokenView details, String token) {
}
