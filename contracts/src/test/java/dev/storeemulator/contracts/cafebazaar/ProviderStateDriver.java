package dev.storeemulator.contracts.cafebazaar;

/**
 * How provider states reach the emulator: its Java API when it runs in process, its admin API when
 * it runs in a container. Times are fixtures time values ({@code now-PT1S}, an ISO instant…).
 */
interface ProviderStateDriver {
    String baseUrl();

    void reset();

    void seedAccessToken(String clientId, String accessToken, String expiresAt);

    void seedAuthorizationCode(String code, String clientId);
}
