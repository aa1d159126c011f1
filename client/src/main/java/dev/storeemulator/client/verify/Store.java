package dev.storeemulator.client.verify;

/** The stores a {@link PurchaseVerifier} speaks to. */
public enum Store {
    CAFEBAZAAR,
    ONESTORE,
    CATAPPULT
}
