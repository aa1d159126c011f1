package dev.storeemulator.emulator.onestore;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * getVoidedPurchases by the seed's rules: the window reaches at most 30 days back from now; startTime
 * alone ends one month later, endTime alone starts one month earlier; endTime after now is refused;
 * maxResults defaults to 100; pages are cut at stable positions (voidedTime, then purchaseId).
 */
final class VoidedPurchases {
    static final int DEFAULT_MAX_RESULTS = 100;

    private VoidedPurchases() {}

    static OneStoreWire.VoidedPage page(
            OneStoreWorld world,
            String packageName,
            String continuationKey,
            Long startTime,
            Long endTime,
            Integer maxResults,
            Instant now) {
        VoidedCursors.Cursor cursor = continuationKey != null ? world.cursors().get(continuationKey) : null;
        if (continuationKey != null && (cursor == null || !cursor.packageName().equals(packageName))) {
            throw new OneStoreException(OneStoreError.INVALID_PARAMETER, "The continuationKey is unknown or expired.");
        }
        if (cursor == null) {
            cursor = firstPage(
                    packageName, startTime, endTime, maxResults == null ? DEFAULT_MAX_RESULTS : maxResults, now);
        }
        VoidedCursors.Cursor c = cursor;
        long end = Math.min(c.end().toEpochMilli(), now.toEpochMilli());
        VoidIndex.Key from = c.afterVoided() == null
                ? new VoidIndex.Key(c.start().toEpochMilli(), "")
                : new VoidIndex.Key(c.afterVoided().toEpochMilli(), c.afterId());
        List<OneStoreWire.Voided> all = new java.util.ArrayList<>();
        for (VoidIndex.Key key : world.voidOrder(packageName, from, c.afterVoided() != null)) {
            if (key.voidedMillis() > end || all.size() > c.maxResults()) {
                break;
            }
            OneStorePurchase p = world.purchaseById(key.purchaseId());
            Instant voided = p == null ? null : p.voidedAt(now);
            if (voided != null && voided.toEpochMilli() == key.voidedMillis()) {
                all.add(new OneStoreWire.Voided(
                        p.purchaseId(), p.productId(), p.purchaseTime().toEpochMilli(), key.voidedMillis()));
            }
        }
        if (all.size() <= c.maxResults()) {
            return new OneStoreWire.VoidedPage(all, null);
        }
        List<OneStoreWire.Voided> page = all.subList(0, c.maxResults());
        OneStoreWire.Voided last = page.get(page.size() - 1);
        String key = world.cursors()
                .put(new VoidedCursors.Cursor(
                        packageName,
                        c.start(),
                        c.end(),
                        c.maxResults(),
                        Instant.ofEpochMilli(last.voidedTime()),
                        last.purchaseId()));
        return new OneStoreWire.VoidedPage(page, key);
    }

    private static VoidedCursors.Cursor firstPage(
            String packageName, Long startTime, Long endTime, int maxResults, Instant now) {
        if (endTime != null && Instant.ofEpochMilli(endTime).isAfter(now)) {
            throw new OneStoreException(OneStoreError.INVALID_PARAMETER, "endTime must not be after the current time.");
        }
        Instant end;
        Instant start;
        if (startTime != null && endTime != null) {
            start = Instant.ofEpochMilli(startTime);
            end = Instant.ofEpochMilli(endTime);
        } else if (startTime != null) {
            start = Instant.ofEpochMilli(startTime);
            end = start.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
        } else if (endTime != null) {
            end = Instant.ofEpochMilli(endTime);
            start = end.atOffset(ZoneOffset.UTC).minusMonths(1).toInstant();
        } else {
            end = now;
            start = now.minus(30, ChronoUnit.DAYS);
        }
        if (start.isAfter(end)) {
            throw new OneStoreException(OneStoreError.INVALID_PARAMETER, "startTime must not be after endTime.");
        }
        Instant earliest = now.minus(30, ChronoUnit.DAYS);
        return new VoidedCursors.Cursor(
                packageName,
                start.isBefore(earliest) ? earliest : start,
                end.isAfter(now) ? now : end,
                maxResults,
                null,
                null);
    }
}
