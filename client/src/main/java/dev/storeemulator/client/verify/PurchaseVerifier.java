package dev.storeemulator.client.verify;

import dev.storeemulator.client.cafebazaar.CafebazaarClient;
import dev.storeemulator.client.cafebazaar.CafebazaarException;
import dev.storeemulator.client.cafebazaar.InAppPurchase;
import dev.storeemulator.client.cafebazaar.SubscriptionPurchase;
import dev.storeemulator.client.catappult.CatappultClient;
import dev.storeemulator.client.catappult.CatappultException;
import dev.storeemulator.client.onestore.OneStoreClient;
import dev.storeemulator.client.onestore.OneStoreException;
import dev.storeemulator.client.onestore.PurchaseDetails;
import dev.storeemulator.client.onestore.RecurringPurchaseDetails;
import java.util.Objects;

/**
 * One verification API for all three stores: {@code verifyPurchase(store, packageName, productId, token)}
 * and {@code verifySubscription(...)} give the same {@link Verdict} for equivalent purchases. A store's
 * "does not exist" answer becomes an invalid verdict; every other failure (credentials, outages) is
 * thrown as that store's exception, since it says nothing about the purchase.
 *
 * <p>For ONE store the token is the purchaseId, and the client is bound to one package (its clientId).
 */
public final class PurchaseVerifier {
    private final CafebazaarClient cafebazaar;
    private final OneStoreClient onestore;
    private final String onestorePackage;
    private final CatappultClient catappult;

    /**
     * @param cafebazaar      client for Cafebazaar, or null when not selling there
     * @param onestore        client for ONE store, or null
     * @param onestorePackage the package the ONE store client's clientId names, or null
     * @param catappult       client for Catappult, or null
     */
    public PurchaseVerifier(
            CafebazaarClient cafebazaar, OneStoreClient onestore, String onestorePackage, CatappultClient catappult) {
        this.cafebazaar = cafebazaar;
        this.onestore = onestore;
        this.onestorePackage = onestorePackage;
        this.catappult = catappult;
    }

    /**
     * Verifies an in-app purchase.
     *
     * @param store       the store the purchase was made in
     * @param packageName the app
     * @param productId   the product (SKU)
     * @param token       the purchase token (ONE store: the purchaseId)
     * @return the verdict
     */
    public Verdict verifyPurchase(Store store, String packageName, String productId, String token) {
        Objects.requireNonNull(store, "store");
        return switch (store) {
            case CAFEBAZAAR -> cafebazaarPurchase(packageName, productId, token);
            case ONESTORE -> onestorePurchase(packageName, productId, token);
            case CATAPPULT -> catappultPurchase(packageName, productId, token);
        };
    }

    /**
     * Verifies a subscription; an expired one is still valid — check {@link Verdict#entitlesAt}.
     *
     * @param store          the store
     * @param packageName    the app
     * @param subscriptionId the subscription product
     * @param token          the purchase token (ONE store: the purchaseId of the series)
     * @return the verdict
     */
    public Verdict verifySubscription(Store store, String packageName, String subscriptionId, String token) {
        Objects.requireNonNull(store, "store");
        return switch (store) {
            case CAFEBAZAAR -> cafebazaarSubscription(packageName, subscriptionId, token);
            case ONESTORE -> onestoreSubscription(packageName, subscriptionId, token);
            case CATAPPULT -> catappultSubscription(packageName, subscriptionId, token);
        };
    }

    private Verdict cafebazaarPurchase(String packageName, String productId, String token) {
        try {
            InAppPurchase p = require(cafebazaar, Store.CAFEBAZAAR).validatePurchase(packageName, productId, token);
            return Verdict.purchase(Store.CAFEBAZAAR, p.isConsumed(), p.isRefunded(), p.purchaseTimeInstant());
        } catch (CafebazaarException e) {
            return cafebazaarNotFound(e);
        }
    }

    private Verdict cafebazaarSubscription(String packageName, String subscriptionId, String token) {
        try {
            SubscriptionPurchase s =
                    require(cafebazaar, Store.CAFEBAZAAR).getSubscription(packageName, subscriptionId, token);
            return Verdict.subscription(
                    Store.CAFEBAZAAR, false, s.initiationInstant(), s.validUntilInstant(), s.autoRenewing());
        } catch (CafebazaarException e) {
            return cafebazaarNotFound(e);
        }
    }

    /** Only {@code not_found} proves a purchase does not exist on Cafebazaar; "Package name is invalid" too. */
    private static Verdict cafebazaarNotFound(CafebazaarException e) {
        if (e.isNotFound() || (e.status() == 404 && "invalid_value".equals(e.error()))) {
            return Verdict.invalid(Store.CAFEBAZAAR, e.error() + ": " + e.errorDescription());
        }
        throw e;
    }

    private Verdict onestorePurchase(String packageName, String productId, String purchaseId) {
        requireOneStorePackage(packageName);
        try {
            PurchaseDetails p = require(onestore, Store.ONESTORE).getPurchaseDetailsByProductId(purchaseId, productId);
            return Verdict.purchase(Store.ONESTORE, p.isConsumed(), p.isCancelled(), p.purchaseTimeInstant());
        } catch (OneStoreException e) {
            return onestoreNotFound(e);
        }
    }

    private Verdict onestoreSubscription(String packageName, String subscriptionId, String purchaseId) {
        requireOneStorePackage(packageName);
        try {
            RecurringPurchaseDetails r = require(onestore, Store.ONESTORE).getRecurringPurchaseDetails(purchaseId);
            if (!r.productId().equals(subscriptionId)) {
                return Verdict.invalid(Store.ONESTORE, "the series is of product " + r.productId());
            }
            return Verdict.subscription(
                    Store.ONESTORE,
                    r.purchaseState() == 1,
                    java.time.Instant.ofEpochMilli(r.startTime()),
                    r.expiryTimeInstant(),
                    r.isRenewing());
        } catch (OneStoreException e) {
            return onestoreNotFound(e);
        }
    }

    private static Verdict onestoreNotFound(OneStoreException e) {
        if (e.isNoSuchData()) {
            return Verdict.invalid(Store.ONESTORE, e.code() + ": " + e.errorMessage());
        }
        throw e;
    }

    private void requireOneStorePackage(String packageName) {
        if (onestorePackage != null && !onestorePackage.equals(packageName)) {
            throw new IllegalArgumentException(
                    "the ONE store client is for " + onestorePackage + ", not " + packageName);
        }
    }

    private Verdict catappultPurchase(String packageName, String productId, String token) {
        try {
            var p = require(catappult, Store.CATAPPULT).getPurchase(packageName, productId, token);
            return Verdict.purchase(Store.CATAPPULT, p.isConsumed(), p.isCanceled(), p.purchaseTime());
        } catch (CatappultException e) {
            return catappultNotFound(e);
        }
    }

    private Verdict catappultSubscription(String packageName, String subscriptionId, String token) {
        try {
            var s = require(catappult, Store.CATAPPULT).getSubscription(packageName, subscriptionId, token);
            return Verdict.subscription(Store.CATAPPULT, false, s.startTime(), s.expiryTime(), s.autoRenewing());
        } catch (CatappultException e) {
            return catappultNotFound(e);
        }
    }

    /** On Catappult a 200 is the verdict "valid": a 404 means not valid. */
    private static Verdict catappultNotFound(CatappultException e) {
        if (e.isNotFound()) {
            return Verdict.invalid(Store.CATAPPULT, e.code() + ": " + e.text());
        }
        throw e;
    }

    private static <T> T require(T client, Store store) {
        if (client == null) {
            throw new IllegalStateException("no client configured for " + store);
        }
        return client;
    }
}
