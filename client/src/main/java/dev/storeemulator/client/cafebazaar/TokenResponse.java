package dev.storeemulator.client.cafebazaar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * The answer of Cafebazaar's token endpoint. {@link #toString()} hides the tokens, so the record
 * can be logged safely.
 *
 * @param accessToken  the access token to pass as {@code ?access_token=}
 * @param tokenType    {@code Bearer}
 * @param expiresIn    the access token's lifetime in <b>seconds</b>
 * @param refreshToken the refresh token; null in answers to a refresh (refresh tokens do not rotate)
 * @param scope        {@code androidpublisher}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenResponse(
        @JsonProperty(value = "access_token", required = true)
        String accessToken,

        @JsonProperty("token_type") String tokenType,
        @JsonProperty(value = "expires_in", required = true) long expiresIn,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("scope") String scope) {

    /**
     * The access token's lifetime.
     * @return {@code expires_in} read as seconds
     */
    public Duration lifetime() {
        return Duration.ofSeconds(expiresIn);
    }

    /**
     * Describes the response without revealing the tokens.
     * @return the type, lifetime and scope, and whether a refresh token is present
     */
    @Override
    public String toString() {
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + ", refreshToken="
                + (refreshToken == null ? "absent" : "present") + ", scope=" + scope + "]";
    }
}
