package dev.storeemulator.contracts.notify;

/**
 * The provider states of the notification pacts, made through the admin API, and the message each interaction
 * expects, as the emulator sent it. Shared by the in-process and the container verifications.
 */
final class NotificationProviderStates {
    static final String OSP_UID = "DEMOOSPPENDING01";

    private final NotificationsDriver driver;

    NotificationProviderStates(NotificationsDriver driver) {
        this.driver = driver;
    }

    void refundedOneStore() {
        driver.demoWorldWithReceivers();
        driver.post("/__admin/onestore/sandbox/purchases/SANDBOX0000000000001/refund");
    }

    void madeOneStore() {
        driver.demoWorldWithReceivers();
        driver.put(
                "/__admin/onestore/sandbox/purchases/SANDBOX0000000000099",
                "{\"packageName\":\"" + NotificationsDriver.PKG + "\",\"productId\":\"coins_100\","
                        + "\"developerPayload\":\"demo-payload\"}");
    }

    void cancelReservedOneStore() {
        driver.demoWorldWithReceivers();
        driver.post("/__admin/onestore/sandbox/recurring/SANDBOX0000000000010/cancel");
    }

    void refundedCatappult() {
        driver.demoWorldWithReceivers();
        driver.post("/__admin/catappult/purchases/" + CatappultNotificationsMessagePactTest.TOKEN + "/refund");
    }

    void cancelledCatappult() {
        driver.demoWorldWithReceivers();
        driver.post("/__admin/catappult/subscriptions/catappult.inapp.purchase.DEMOSUBACTIVE1/cancel");
    }

    void testedCatappult() {
        driver.demoWorldWithReceivers();
        driver.post("/__admin/catappult/apps/" + NotificationsDriver.PKG + "/notifications/test");
    }

    void ospCompleted() {
        driver.demoWorldWithReceivers();
        driver.put(
                "/__admin/catappult/transactions/" + OSP_UID,
                "{\"domain\":\"" + NotificationsDriver.PKG
                        + "\",\"product\":\"attempts\",\"reference\":\"XYZ00000001\","
                        + "\"status\":\"PENDING\",\"callbackUrl\":\"" + NotificationsDriver.RECEIVER + "\"}");
        driver.post("/__admin/catappult/transactions/" + OSP_UID + "/complete");
    }

    String last(String store, String event) {
        return driver.lastBody(store, event);
    }
}
