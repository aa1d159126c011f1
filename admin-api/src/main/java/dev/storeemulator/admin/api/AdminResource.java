package dev.storeemulator.admin.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A collection of a store's world that the control plane can list, create, read, replace and delete,
 * with the actions that mirror real life. Bodies are the entries of the fixtures file's list of the same
 * name (same fields, same checks), so anything a fixtures file can say can be said at run time.
 */
public enum AdminResource {
    CAFEBAZAAR_ACCOUNTS("cafebazaar", "accounts", "id", "developer accounts with their packages and OAuth clients"),
    CAFEBAZAAR_PURCHASES(
            "cafebazaar",
            "purchases",
            "token",
            "in-app purchases",
            Action.of("consume", "Consume the purchase, as the app would."),
            Action.of("refund", "Refund the purchase, as the store's support would.")),
    CAFEBAZAAR_SUBSCRIPTIONS(
            "cafebazaar",
            "subscriptions",
            "token",
            "subscription series (any of its tokens names it)",
            Action.of("cancel", "Turn auto-renewal off; it stays valid until validUntil."),
            Action.of(
                    "renew",
                    "Bill the next period now: a new token linked to the series, validUntil one period later."),
            Action.of("expire", "End it now: validUntil becomes now and auto-renewal stops.")),
    ONESTORE_APPS("onestore", "apps", "packageName", "apps and their client secrets"),
    ONESTORE_PURCHASES(
            "onestore",
            "{environment}/purchases",
            "purchaseId",
            "in-app purchases of one environment",
            Action.of("consume", "Consume the purchase."),
            Action.of("acknowledge", "Acknowledge the purchase."),
            Action.of("refund", "Cancel (refund) the purchase now; it appears among the voided purchases.")),
    ONESTORE_RECURRING(
            "onestore",
            "{environment}/recurring",
            "purchaseId",
            "monthly auto-renewing series of one environment",
            Action.of("cancel", "Reserve the cancellation; it stays valid until expiryTime."),
            Action.of("reactivate", "Undo a reserved cancellation."),
            Action.of("renew", "Take the next payment now: expiryTime one period later."),
            Action.of("expire", "End it now: expiryTime becomes now and renewing stops.")),
    CATAPPULT_APPS("catappult", "apps", "packageName", "apps and their Api-Keys"),
    CATAPPULT_PURCHASES(
            "catappult",
            "purchases",
            "token",
            "in-app purchases",
            Action.of("consume", "Consume the purchase."),
            Action.of("acknowledge", "Acknowledge the purchase."),
            Action.of("refund", "Void (refund) the purchase now; it appears among the voided purchases.")),
    CATAPPULT_SUBSCRIPTIONS(
            "catappult",
            "subscriptions",
            "token",
            "subscriptions",
            Action.of("acknowledge", "Acknowledge the subscription."),
            Action.of("cancel", "Turn auto-renewal off; it stays valid until expiryTime."),
            Action.of("renew", "Bill the next period now: expiryTime one period later."),
            Action.of("expire", "End it now: expiryTime becomes now and auto-renewal stops."));

    /** A state change on one entry: {@code POST <item path>/<name>}. */
    public record Action(String name, String summary) {
        static Action of(String name, String summary) {
            return new Action(name, summary);
        }
    }

    private final String store;
    private final String collection;
    private final String idParam;
    private final String description;
    private final List<Action> actions;

    AdminResource(String store, String collection, String idParam, String description, Action... actions) {
        this.store = store;
        this.collection = collection;
        this.idParam = idParam;
        this.description = description;
        this.actions = List.of(actions);
    }

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
}
