package dev.storeemulator.client.admin;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.admin.api.AdminRoute;
import tools.jackson.databind.node.ObjectNode;

/** A store with one list of purchases and one of subscriptions (Cafebazaar, Catappult), and their actions. */
public abstract class PurchasesAdmin extends StoreAdmin {
    private final AdminResource purchases;
    private final AdminResource subscriptions;

    PurchasesAdmin(
            AdminHttp http,
            AdminRoute getSettings,
            AdminRoute putSettings,
            AdminResource purchases,
            AdminResource subscriptions) {
        super(http, getSettings, putSettings);
        this.purchases = purchases;
        this.subscriptions = subscriptions;
    }

    /** @return the in-app purchases, by token */
    public AdminCollection purchases() {
        return new AdminCollection(http, purchases, null);
    }

    /** @return the subscriptions, by token */
    public AdminCollection subscriptions() {
        return new AdminCollection(http, subscriptions, null);
    }

    /**
     * Consumes a purchase, as the app would.
     * @param token the purchase token
     * @return the purchase after
     */
    public ObjectNode consume(String token) {
        return purchases().act(token, "consume");
    }

    /**
     * Refunds a purchase, as the store's support would.
     * @param token the purchase token
     * @return the purchase after
     */
    public ObjectNode refund(String token) {
        return purchases().act(token, "refund");
    }

    /**
     * Bills the next period now (one period more, from the end of the current one, or from now once lapsed).
     * @param token the subscription's token
     * @return the subscription after
     */
    public ObjectNode renewSubscription(String token) {
        return subscriptions().act(token, "renew");
    }

    /**
     * Turns auto-renewal off; the subscription stays valid until the end of its period.
     * @param token the subscription's token
     * @return the subscription after
     */
    public ObjectNode cancelSubscription(String token) {
        return subscriptions().act(token, "cancel");
    }

    /**
     * Ends the subscription now.
     * @param token the subscription's token
     * @return the subscription after
     */
    public ObjectNode expireSubscription(String token) {
        return subscriptions().act(token, "expire");
    }
}
