package dev.storeemulator.emulator.journal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which journal entries to return. Every filter is optional (null matches all); {@code status} is an exact
 * code, {@code statusClass} a hundred (4 for {@code 4xx}); {@code since} is inclusive and {@code until}
 * exclusive, both in virtual time.
 */
public record JournalQuery(
        String store,
        String operation,
        String method,
        Integer status,
        Integer statusClass,
        String token,
        String packageName,
        String productId,
        Instant since,
        Instant until,
        int limit) {
    /** Entries returned when no limit is given. */
    public static final int DEFAULT_LIMIT = 100;

    private static final Set<String> PARAMETERS = Set.of(
            "store", "operation", "method", "status", "token", "packageName", "productId", "since", "until", "limit");

    /** Matches every entry, with the default limit. */
    public static JournalQuery all() {
        return new JournalQuery(null, null, null, null, null, null, null, null, null, null, DEFAULT_LIMIT);
    }

    /** The same filters with another limit. */
    public JournalQuery withLimit(int value) {
        return new JournalQuery(
                store, operation, method, status, statusClass, token, packageName, productId, since, until, value);
    }

    public boolean matches(JournalEntry e) {
        return (store == null || store.equals(e.store()))
                && (operation == null || operation.equals(e.operation()))
                && (method == null || method.equalsIgnoreCase(e.method()))
                && (status == null || status == e.status())
                && (statusClass == null || statusClass == e.status() / 100)
                && (token == null || token.equals(e.token()))
                && (packageName == null || packageName.equals(e.packageName()))
                && (productId == null || productId.equals(e.productId()))
                && (since == null || !e.virtualTime().isBefore(since))
                && (until == null || e.virtualTime().isBefore(until));
    }

    /**
     * Reads the filters from query parameters ({@code ?store=cafebazaar&status=4xx&limit=10}).
     *
     * @throws InvalidQuery naming the parameter and the forms it accepts
     */
    public static JournalQuery parse(Map<String, List<String>> params) {
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            if (!PARAMETERS.contains(p.getKey())) {
                throw new InvalidQuery("Unknown parameter '" + p.getKey() + "'; the journal is filtered by "
                        + String.join(", ", PARAMETERS.stream().sorted().toList()) + ".");
            }
            if (p.getValue().size() != 1 || p.getValue().get(0).isEmpty()) {
                throw new InvalidQuery("'" + p.getKey() + "' must be given once, with a value.");
            }
        }
        String status = one(params, "status");
        Integer exact = null;
        Integer hundred = null;
        if (status != null) {
            if (status.matches("[1-5][xX][xX]")) {
                hundred = status.charAt(0) - '0';
            } else if (status.matches("[1-5][0-9][0-9]")) {
                exact = Integer.valueOf(status);
            } else {
                throw new InvalidQuery(
                        "'status' must be a code such as 404 or a class such as 4xx, not '" + status + "'.");
            }
        }
        Instant since = instant(params, "since");
        Instant until = instant(params, "until");
        if (since != null && until != null && !since.isBefore(until)) {
            throw new InvalidQuery("'since' (" + since + ") must be before 'until' (" + until + ").");
        }
        String method = one(params, "method");
        return new JournalQuery(
                one(params, "store"),
                one(params, "operation"),
                method == null ? null : method.toUpperCase(Locale.ROOT),
                exact,
                hundred,
                one(params, "token"),
                one(params, "packageName"),
                one(params, "productId"),
                since,
                until,
                limit(params));
    }

    private static String one(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null ? null : Objects.requireNonNull(values.get(0));
    }

    private static Instant instant(Map<String, List<String>> params, String name) {
        String value = one(params, name);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidQuery(
                    "'" + name + "' must be an ISO-8601 instant such as 2026-01-01T00:00:00Z, not '" + value + "'.");
        }
    }

    private static int limit(Map<String, List<String>> params) {
        String value = one(params, "limit");
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) < 1) {
            throw new InvalidQuery("'limit' must be a whole number from 1 (at most the journal size is returned), not '"
                    + value + "'.");
        }
        return Integer.parseInt(value);
    }

    /** A query the journal cannot run: the message names the parameter and the forms it accepts. */
    public static final class InvalidQuery extends IllegalArgumentException {
        InvalidQuery(String message) {
            super(message);
        }
    }
}
