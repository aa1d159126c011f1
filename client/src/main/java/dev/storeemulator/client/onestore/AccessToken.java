package dev.storeemulator.client.onestore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * The answer of ONE store's getAccessToken ({@code POST /v2/oauth/token}). {@link #toString()} hides the
 * token, so the record can be logged safely.
 *
 * @param status      {@code SUCCESS}
 * @param clientId    the client id, i.e. the package name
 * @param accessToken the token (a UUID), sent as {@code Authorization: Bearer <token>}
 * @param tokenType   {@code bearer}
 * @param expiresIn   the token's remaining lifetime in <b>seconds</b> (3600 for a new token, less when
 *                    the store answers with the token that is still live)
 * @param scope       {@code DEFAULT}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccessToken(
        @JsonProperty("status") String status,
        @JsonProperty("client_id") String clientId,

        @JsonProperty(value = "access_token", required = true)
        String accessToken,

        @JsonProperty("token_type") String tokenType,
        @JsonProperty(value = "expires_in", required = true) long expiresIn,
        @JsonProperty("scope") String scope) {

    /**
     * The token's remaining lifetime.
     * @return {@code expires_in} read as seconds
     */
    public Duration lifetime() {
        return Duration.ofSeconds(expiresIn);
    }

    /**
     * Describes the answer without revealing the token.
     * @return status, client id, type, lifetime and scope
     */
    @Override
    public String toString() {
        return "AccessToken[status=" + status + ", clientId=" + clientId + ", accessToken=***, tokenType=" + tokenType
                + ", expiresIn=" + expiresIn + ", scope=" + scope + "]";
    }
}
