package dev.storeemulator.contracts.cafebazaar;

import dev.storeemulator.contracts.AdminHttp;

/** Provider states through the admin API of an emulator reached over HTTP (a container). */
record AdminApiDriver(String baseUrl) implements ProviderStateDriver {
    @Override
    public void reset() {
        AdminHttp.post(baseUrl, "/__admin/reset", "{}");
    }

    @Override
    public void seedAccessToken(String clientId, String accessToken, String expiresAt) {
        AdminHttp.post(baseUrl, "/__admin/cafebazaar/tokens", "{\"clientId\":\"" + clientId + "\",\"accessToken\":\""
                + accessToken + "\",\"expiresAt\":\"" + expiresAt + "\"}");
    }

    @Override
    public void seedAuthorizationCode(String code, String clientId) {
        AdminHttp.post(baseUrl, "/__admin/cafebazaar/authorization-codes",
                "{\"code\":\"" + code + "\",\"clientId\":\"" + clientId + "\"}");
    }
}
