package dev.storeemulator.contracts.catappult;

import dev.storeemulator.testsupport.Http;

/** The Catappult pact's provider states, set through the admin API of any emulator (in process or a container). */
final class CatappultProviderStates {
    private final Http admin;

    CatappultProviderStates(String baseUrl) {
        this.admin = new Http(baseUrl);
    }

    void demoWorld() {
        Http.successful(admin.postJson("/__admin/reset", "{}"));
    }

    /** The demo world plus a subscription bought three days ago and never acknowledged (so revoked). */
    void unacknowledged() {
        demoWorld();
        Http.successful(admin.postJson(
                "/__admin/catappult/subscriptions",
                "{\"token\":\"" + CatappultPactTest.STALE + "\",\"packageName\":\"com.example.game\","
                        + "\"productId\":\"premium_monthly\",\"startTime\":\"now-P3D\",\"acknowledged\":false}"));
    }

    /** The demo world with its active subscription's renewal payment failing now. */
    void inGrace() {
        demoWorld();
        Http.successful(
                admin.postJson("/__admin/catappult/subscriptions/" + CatappultPactTest.T + "DEMOSUBACTIVE1/grace", ""));
    }
}
