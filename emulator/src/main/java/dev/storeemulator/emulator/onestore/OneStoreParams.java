package dev.storeemulator.emulator.onestore;

import io.javalin.http.Context;

/** The seed's data sizes for every parameter; anything longer (or malformed) is InvalidParameter. */
final class OneStoreParams {
    static final int PACKAGE_NAME = 128;
    static final int PURCHASE_ID = 20;
    static final int PRODUCT_ID = 150;
    static final int ACTION = 10;
    static final int CONTINUATION_KEY = 41;
    static final int TIME = 13;
    static final int MAX_RESULTS = 3;

    private OneStoreParams() {}

    static String path(Context ctx, String name, int maxLength) {
        return checked(name, ctx.pathParam(name), maxLength);
    }

    static String query(Context ctx, String name, int maxLength) {
        String value = ctx.queryParam(name);
        return value == null || value.isEmpty() ? null : checked(name, value, maxLength);
    }

    static Long queryNumber(Context ctx, String name, int maxDigits) {
        String value = query(ctx, name, maxDigits);
        if (value == null) {
            return null;
        }
        if (!value.chars().allMatch(Character::isDigit)) {
            throw new OneStoreException(OneStoreError.INVALID_PARAMETER, name + " must be a number.");
        }
        return Long.parseLong(value);
    }

    private static String checked(String name, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new OneStoreException(
                    OneStoreError.INVALID_PARAMETER, name + " is longer than " + maxLength + " characters.");
        }
        return value;
    }
}
