package dev.storeemulator.features.resilience;

import dev.storeemulator.client.cafebazaar.CafebazaarClient;
import dev.storeemulator.client.catappult.CatappultClient;
import dev.storeemulator.client.http.RetryPolicy;
import dev.storeemulator.client.onestore.OneStoreClient;
import dev.storeemulator.client.verify.Store;
import java.time.Clock;
import java.time.Duration;

/**
 * The backend's connection to one store, through that store's reference client, in the words the
 * resilience features use: validate a purchase, consume it (Catappult, which has no consume: acknowledge a
 * subscription), and read whether it has been consumed or acknowledged. Credentials are the demo world's.
 */
interface StoreBackend {

    /** @return the store's answer for an in-app purchase */
    Object validate(String purchase, String product);

    /** Consumes an in-app purchase; Catappult acknowledges the subscription instead. */
    void consume(String purchase, String product);

    /** @return whether the store now reports the purchase consumed (Catappult: the subscription acknowledged) */
    boolean isConsumed(String purchase, String product);

    /**
     * @param store          which store
     * @param packageName    the backend's app
     * @param baseUrl        where the emulator serves the store's paths
     * @param policy         the client's retry policy
     * @param requestTimeout how long each attempt waits for its answer
     * @param clock          the emulator's clock, by which ONE store's client judges its token's expiry
     * @return the backend's connection to {@code store}
     */
    static StoreBackend connect(
            Store store, String packageName, String baseUrl, RetryPolicy policy, Duration requestTimeout, Clock clock) {
        return switch (store) {
            case CAFEBAZAAR ->
                cafebazaar(
                        packageName,
                        CafebazaarClient.builder()
                                .baseUrl(baseUrl)
                                .pishkhanSecret("demo-pishkhan-secret")
                                .retryPolicy(policy)
                                .requestTimeout(requestTimeout)
                                .build());
            case ONESTORE ->
                onestore(OneStoreClient.builder()
                        .baseUrl(baseUrl)
                        .clientId(packageName)
                        .clientSecret("demo-client-secret")
                        .clock(clock)
                        .retryPolicy(policy)
                        .requestTimeout(requestTimeout)
                        .build());
            case CATAPPULT ->
                catappult(
                        packageName,
                        CatappultClient.builder()
                                .baseUrl(baseUrl)
                                .apiKey("demo-api-key")
                                .retryPolicy(policy)
                                .requestTimeout(requestTimeout)
                                .build());
        };
    }

    private static StoreBackend cafebazaar(String packageName, CafebazaarClient client) {
        return new StoreBackend() {
            @Override
            public Object validate(String purchase, String product) {
                return client.validatePurchase(packageName, product, purchase);
            }

            @Override
            public void consume(String purchase, String product) {
                client.consume(packageName, purchase);
            }

            @Override
            public boolean isConsumed(String purchase, String product) {
                return client.validatePurchase(packageName, product, purchase).isConsumed();
            }
        };
    }

    private static StoreBackend onestore(OneStoreClient client) {
        return new StoreBackend() {
            @Override
            public Object validate(String purchase, String product) {
                return client.getPurchaseDetailsByProductId(purchase, product);
            }

            @Override
            public void consume(String purchase, String product) {
                client.consumePurchase(purchase);
            }

            @Override
            public boolean isConsumed(String purchase, String product) {
                return client.getPurchaseDetailsByProductId(purchase, product).isConsumed();
            }
        };
    }

    private static StoreBackend catappult(String packageName, CatappultClient client) {
        return new StoreBackend() {
            @Override
            public Object validate(String purchase, String product) {
                return client.getPurchase(packageName, product, purchase);
            }

            @Override
            public void consume(String purchase, String product) {
                client.acknowledgeSubscription(packageName, product, purchase);
            }

            @Override
            public boolean isConsumed(String purchase, String product) {
                return client.getSubscription(packageName, product, purchase).isAcknowledged();
            }
        };
    }
}
