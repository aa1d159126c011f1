package dev.storeemulator.contracts.cafebazaar;

import dev.storeemulator.testsupport.Http;

/** Provider states through the admin API of an emulator reached over HTTP (a container); any non-2xx fails. */
record AdminApiDriver(String baseUrl) implements ProviderStateDriver {
    @Override
    public void reset() {
        post("/__admin/reset", "{}");
    }

    @Override
    public void seedAccessToken(String clientId, String accessToken, String expiresAt) {
        post(
                "/__admin/cafebazaar/tokens",
                "{\"clientId\":\"" + clientId + "\",\"accessToken\":\"" + accessToken + "\",\"expiresAt\":\""
                        + expiresAt + "\"}");
    }

    @Override
    public void seedAuthorizationCode(String code, String clientId) {
        post(
                "/__admin/cafebazaar/authorization-codes",
                "{\"code\":\"" + code + "\",\"clientId\":\"" + clientId + "\"}");
    }

    private void post(String path, String json) {
        Http.successful(new Http(baseUrl).postJson(path, json));
    }
}
