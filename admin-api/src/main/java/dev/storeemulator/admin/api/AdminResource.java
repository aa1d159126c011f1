package dev.storeemulator.admin.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A collection of a store's world that the control plane can list, create, read, replace and delete,
 * with the actions that mirror real life. Bodies are the entries of the fixtures file's list of the same
 * name (same fields, same checks), so anything a fixtures file can say can be said at run time.
 *
 * <p>The constants are the built-in stores' resources, the admin API's contract shared with the Java client. A
 * store registered through the emulator's SPI declares its own with {@link #of}; the emulator serves and
 * describes every store's resources the same way.
 */
public final class AdminResource {
    public static final AdminResource CAFEBAZAAR_ACCOUNTS = new AdminResource(
            "CAFEBAZAAR_ACCOUNTS",
            "cafebazaar",
            "accounts",
            "id",
            "developer accounts with their packages and OAuth clients");

    public static final AdminResource CAFEBAZAAR_PURCHASES = new AdminResource(
            "CAFEBAZAAR_PURCHASES",
            "cafebazaar",
            "purchases",
            "token",
            "in-app purchases",
            Action.of("consume", "Consume the purchase, as the app would."),
            Action.of("refund", "Refund the purchase, as the store's support would."));

    public static final AdminResource CAFEBAZAAR_SUBSCRIPTIONS = new AdminResource(
            "CAFEBAZAAR_SUBSCRIPTIONS",
            "cafebazaar",
            "subscriptions",
            "token",
            "subscription series (any of its tokens names it)",
            Action.of("cancel", "Turn auto-renewal off; it stays valid until validUntil."),
            Action.of(
                    "renew",
                    "Bill the next period now: a new token linked to the series, validUntil one period later."),
            Action.of("expire", "End it now: validUntil becomes now and auto-renewal stops."),
            Action.of(
                    "decline",
                    "Decline the next renewal's payment: at validUntil it ends, autoRenewing false, validUntil no "
                            + "longer advancing."),
            Action.of("approve", "Approve the next renewals' payments again."));

    public static final AdminResource ONESTORE_APPS =
            new AdminResource("ONESTORE_APPS", "onestore", "apps", "packageName", "apps and their client secrets");

    public static final AdminResource ONESTORE_PURCHASES = new AdminResource(
            "ONESTORE_PURCHASES",
            "onestore",
            "{environment}/purchases",
            "purchaseId",
            "in-app purchases of one environment",
            Action.of("consume", "Consume the purchase."),
            Action.of("acknowledge", "Acknowledge the purchase."),
            Action.of("refund", "Cancel (refund) the purchase now; it appears among the voided purchases."));

    public static final AdminResource ONESTORE_RECURRING = new AdminResource(
            "ONESTORE_RECURRING",
            "onestore",
            "{environment}/recurring",
            "purchaseId",
            "monthly auto-renewing series of one environment",
            Action.of("cancel", "Reserve the cancellation; it stays valid until expiryTime."),
            Action.of("reactivate", "Undo a reserved cancellation."),
            Action.of(
                    "renew",
                    "A payment approved now: the next period paid, or a failing, paused or ended series subscribed again."),
            Action.of("expire", "End it now: expiryTime becomes now and renewing stops."),
            Action.of("decline", "Decline every payment from the next renewal on (it then enters grace)."),
            Action.of(
                    "approve",
                    "Approve every payment from the next one on (a failing one recovers at its next retry)."),
            Action.of("grace", "A renewal payment fails now: in grace, still valid, retried daily."),
            Action.of("hold", "On hold now: expiryTime in the past, recurringState 0, still retried."),
            Action.of("pause", "Paused now for one billing period, then charged again."),
            Action.of("resume", "End a pause now: charged at once."));

    public static final AdminResource CATAPPULT_APPS =
            new AdminResource("CATAPPULT_APPS", "catappult", "apps", "packageName", "apps and their Api-Keys");

    public static final AdminResource CATAPPULT_PURCHASES = new AdminResource(
            "CATAPPULT_PURCHASES",
            "catappult",
            "purchases",
            "token",
            "in-app purchases",
            Action.of("consume", "Consume the purchase."),
            Action.of("acknowledge", "Acknowledge the purchase."),
            Action.of("refund", "Void (refund) the purchase now; it appears among the voided purchases."));

    public static final AdminResource CATAPPULT_SUBSCRIPTIONS = new AdminResource(
            "CATAPPULT_SUBSCRIPTIONS",
            "catappult",
            "subscriptions",
            "token",
            "subscriptions",
            Action.of("acknowledge", "Acknowledge the subscription: PENDING becomes ACTIVE (too late once revoked)."),
            Action.of("cancel", "Turn auto-renewal off; it stays valid until expiryTime."),
            Action.of("reactivate", "Turn auto-renewal back on (SUBSCRIPTION_RESTARTED)."),
            Action.of(
                    "renew",
                    "A charge approved now: the next period billed, or a failing, paused or ended one active again."),
            Action.of("expire", "End it now: expiryTime becomes now and auto-renewal stops."),
            Action.of("decline", "Decline every charge from the next renewal on (it then enters grace)."),
            Action.of(
                    "approve", "Approve every charge from the next one on (a failing one recovers at its next retry)."),
            Action.of("grace", "A renewal charge fails now: IN_GRACE_PERIOD, still entitled, retried daily."),
            Action.of("hold", "On account hold now: not entitled, paymentState 0, still retried."),
            Action.of("pause", "Paused now for one billing period, then charged again."),
            Action.of("resume", "End a pause now: charged at once."),
            Action.of("revoke", "Revoke it now: EXPIRED at once, SUBSCRIPTION_REVOKED."));

    public static final AdminResource CATAPPULT_TRANSACTIONS = new AdminResource(
            "CATAPPULT_TRANSACTIONS",
            "catappult",
            "transactions",
            "uid",
            "One-Step Payment transactions",
            Action.of(
                    "complete",
                    "Complete the transaction now: status COMPLETED, and its callbackUrl is sent "
                            + "{\"transaction\": \"<JSON>\"}."),
            Action.of("fail", "Fail the transaction now: status FAILED; no callback."));

    private static final List<AdminResource> BUILT_IN = List.of(
            CAFEBAZAAR_ACCOUNTS,
            CAFEBAZAAR_PURCHASES,
            CAFEBAZAAR_SUBSCRIPTIONS,
            ONESTORE_APPS,
            ONESTORE_PURCHASES,
            ONESTORE_RECURRING,
            CATAPPULT_APPS,
            CATAPPULT_PURCHASES,
            CATAPPULT_SUBSCRIPTIONS,
            CATAPPULT_TRANSACTIONS);

    /** A state change on one entry: {@code POST <item path>/<name>}. */
    public record Action(String name, String summary) {
        /** An action named {@code name}, described by {@code summary}. */
        public static Action of(String name, String summary) {
            return new Action(name, summary);
        }
    }

    private final String name;
    private final String store;
    private final String collection;
    private final String idParam;
    private final String description;
    private final List<Action> actions;

    private AdminResource(
            String name, String store, String collection, String idParam, String description, Action... actions) {
        this.name = Objects.requireNonNull(name);
        this.store = Objects.requireNonNull(store);
        this.collection = collection;
        this.idParam = idParam;
        this.description = description;
        this.actions = List.of(actions);
    }

    /**
     * A resource of a store registered through the SPI: {@code of("mystore", "items", "id", "items")} serves
     * {@code /__admin/mystore/items} and {@code /__admin/mystore/items/{id}} over the fixtures list
     * {@code mystore.items}.
     *
     * @param collection the list's path below the store, e.g. {@code items}
     * @param idParam the entries' id field, also the item path's parameter
     * @param description what the entries are, in the plural (for the OpenAPI description)
     * @param actions the state changes on one entry, each served by the store's own action route
     */
    public static AdminResource of(
            String store, String collection, String idParam, String description, Action... actions) {
        return new AdminResource(
                store + "." + collection.replace('/', '.'), store, collection, idParam, description, actions);
    }

    /** The built-in stores' resources, in route-table order. */
    public static List<AdminResource> values() {
        return BUILT_IN;
    }

    /** The store whose section holds the list, e.g. {@code cafebazaar}. */
    public String store() {
        return store;
    }

    /** The fixtures list these entries belong to, e.g. {@code purchases} or {@code recurring}. */
    public String listName() {
        return collection.substring(collection.lastIndexOf('/') + 1);
    }

    /** The path parameter naming an entry, which is also the entry's id field. */
    public String idParam() {
        return idParam;
    }

    public List<Action> actions() {
        return actions;
    }

    /**
     * Where the list sits in the store's fixtures section: {@code ["purchases"]}, or for ONE store
     * {@code ["sandbox", "purchases"]}.
     */
    public List<String> sectionKeys(String environment) {
        String path = perEnvironment() ? collection.replace("{environment}", environment) : collection;
        return List.of(path.split("/"));
    }

    /** Whether the path holds an {@code {environment}} (ONE store's sandbox and commercial are separate worlds). */
    public boolean perEnvironment() {
        return collection.contains("{environment}");
    }

    public AdminRoute list() {
        return route("list", "GET", collectionPath(), "List the " + description + ".");
    }

    public AdminRoute create() {
        return route("create", "POST", collectionPath(), "Add one of the " + description + " (a fixtures entry).");
    }

    public AdminRoute get() {
        return route("get", "GET", itemPath(), "Read one of the " + description + ".");
    }

    public AdminRoute replace() {
        return route("replace", "PUT", itemPath(), "Replace one of the " + description + " (a fixtures entry).");
    }

    public AdminRoute delete() {
        return route("delete", "DELETE", itemPath(), "Remove one of the " + description + ".");
    }

    public AdminRoute action(String name) {
        Action action = actions.stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException(this + " has no action " + name + "; it has " + actions));
        return route(name, "POST", itemPath() + "/" + name, action.summary());
    }

    /** Every route of this resource: the five CRUD routes, then one per action. */
    public List<AdminRoute> routes() {
        List<AdminRoute> all = new ArrayList<>(List.of(list(), create(), get(), replace(), delete()));
        actions.forEach(a -> all.add(action(a.name())));
        return List.copyOf(all);
    }

    private String collectionPath() {
        return AdminRoutes.PREFIX + "/" + store + "/" + collection;
    }

    private String itemPath() {
        return collectionPath() + "/{" + idParam + "}";
    }

    private AdminRoute route(String verb, String method, String path, String summary) {
        String list = listName();
        return new AdminRoute(store + "." + list + "." + verb, method, path, summary);
    }

    /** The constant's name for a built-in resource ({@code CAFEBAZAAR_PURCHASES}), else {@code store.list}. */
    @Override
    public String toString() {
        return name;
    }
}
