package dev.storeemulator.admin.api;

import java.util.ArrayList;
import java.util.List;

/** The whole control plane under {@value #PREFIX}: general routes, then each {@link AdminResource}'s. */
public final class AdminRoutes {
    public static final String PREFIX = "/__admin";
    /** The header carrying the admin token when the emulator runs with {@code --admin-token}. */
    public static final String TOKEN_HEADER = "X-Store-Emulator-Admin-Token";
    /** The response header naming the closest known value when a store answers "not found". */
    public static final String HINT_HEADER = "X-Store-Emulator-Hint";

    public static final AdminRoute HEALTH = r(
            "health",
            "GET",
            "/health",
            "Whether the emulator is up, which fixtures it serves, the clock, and the last reload problem.");
    public static final AdminRoute TLS_CA = r(
            "tls.ca",
            "GET",
            "/tls/ca.pem",
            "The CA certificate (PEM) that signs the HTTPS port's certificate: what clients trust. 404 without HTTPS.");
    public static final AdminRoute OPENAPI =
            r("openapi", "GET", "/openapi.json", "This API as an OpenAPI 3.1 description.");
    public static final AdminRoute RESET = r(
            "reset",
            "POST",
            "/reset",
            "Back to the loaded fixtures: every store, their fault rules, an empty journal, the clock as configured at start — or, with "
                    + "{\"now\", \"frozen\"?}, set so first (the fixtures' relative times count from it).");
    public static final AdminRoute RELOAD = r(
            "reload",
            "POST",
            "/reload",
            "Read the fixtures file again; on success it becomes the world and the reset point.");
    public static final AdminRoute GET_FIXTURES = r(
            "getFixtures",
            "GET",
            "/fixtures",
            "The live world as a fixtures document (JSON; ?format=yaml for YAML), absolute times.");
    public static final AdminRoute PUT_FIXTURES = r(
            "putFixtures",
            "PUT",
            "/fixtures",
            "Load a fixtures document (YAML or JSON): it becomes the world and the reset point.");

    public static final AdminRoute GET_CLOCK =
            r("getClock", "GET", "/clock", "The virtual clock: now and whether it is frozen.");
    public static final AdminRoute SET_CLOCK = r(
            "setClock",
            "PUT",
            "/clock",
            "Set the clock: {\"now\": ISO instant, \"frozen\"?: boolean}. Renewals and expiries happen on the way.");
    public static final AdminRoute ADVANCE_CLOCK = r(
            "advanceClock",
            "POST",
            "/clock/advance",
            "Move the clock: {\"duration\": ISO-8601 duration such as P31D}.");
    public static final AdminRoute FREEZE_CLOCK =
            r("freezeClock", "POST", "/clock/freeze", "Stop the clock where it is.");
    public static final AdminRoute UNFREEZE_CLOCK =
            r("unfreezeClock", "POST", "/clock/unfreeze", "Let the clock run again from where it shows.");

    public static final AdminRoute LIST_REQUESTS = r(
            "listRequests",
            "GET",
            "/requests",
            "The request journal, newest first; filters: store, operation, method, status, token, since, until, limit.");
    public static final AdminRoute COUNT_REQUESTS =
            r("countRequests", "GET", "/requests/count", "How many journalled requests match the same filters.");
    public static final AdminRoute CLEAR_REQUESTS = r("clearRequests", "DELETE", "/requests", "Empty the journal.");
    public static final AdminRoute GET_REQUEST = r(
            "getRequest",
            "GET",
            "/requests/{id}",
            "One journalled call; for the newest 200, also what went over the wire: the request's and the answer's "
                    + "headers and bodies, secrets masked.");
    public static final AdminRoute STREAM_REQUESTS = r(
            "streamRequests",
            "GET",
            "/requests/stream",
            "The journal live, as server-sent events: each call recorded after ?after=<id> (or Last-Event-ID; default: "
                    + "from now on) as an event 'request' with the entry as data; the list's filters apply.");

    public static final AdminRoute LIST_FAULTS = r(
            "listFaults",
            "GET",
            "/faults",
            "The fault rules in force, in the order they are tried, with how many calls each matched and fired on.");
    public static final AdminRoute ADD_FAULT = r(
            "addFault",
            "POST",
            "/faults",
            "Add a fault rule (the fixtures' faults entry); its id is the one given or the next f<n>.");
    public static final AdminRoute GET_FAULT = r("getFault", "GET", "/faults/{id}", "One fault rule and its counts.");
    public static final AdminRoute REMOVE_FAULT = r("removeFault", "DELETE", "/faults/{id}", "Remove one fault rule.");
    public static final AdminRoute CLEAR_FAULTS = r("clearFaults", "DELETE", "/faults", "Remove every fault rule.");

    public static final AdminRoute LIST_NOTIFICATIONS = r(
            "listNotifications",
            "GET",
            "/notifications",
            "The notifications the stores sent or are sending, newest first, with every attempt; filters: store, "
                    + "packageName, token, event, status (pending, delivered, failed), limit.");
    public static final AdminRoute GET_NOTIFICATION = r(
            "getNotification",
            "GET",
            "/notifications/{id}",
            "One delivery, with the headers and the body exactly as sent.");
    public static final AdminRoute REDELIVER_NOTIFICATION = r(
            "redeliverNotification",
            "POST",
            "/notifications/{id}/redeliver",
            "Send a delivery again now, with a fresh retry schedule; its earlier attempts stay in its record.");
    public static final AdminRoute CLEAR_NOTIFICATIONS =
            r("clearNotifications", "DELETE", "/notifications", "Forget every delivery, pending ones included.");

    public static final AdminRoute ONESTORE_TEST_NOTIFICATION = r(
            "onestore.apps.testNotification",
            "POST",
            "/onestore/apps/{packageName}/notifications/test",
            "Send the app's PNS URL a signed test payment message: {environment?: sandbox|commercial}.");
    public static final AdminRoute CATAPPULT_TEST_NOTIFICATION = r(
            "catappult.apps.testNotification",
            "POST",
            "/catappult/apps/{packageName}/notifications/test",
            "Send the app's notification URL a test notification ({\"testNotification\": {\"version\": \"1.0\"}}).");

    public static final AdminRoute GET_CAFEBAZAAR_SETTINGS = settings("cafebazaar", "GET");
    public static final AdminRoute PUT_CAFEBAZAAR_SETTINGS = settings("cafebazaar", "PUT");
    public static final AdminRoute GET_ONESTORE_SETTINGS = settings("onestore", "GET");
    public static final AdminRoute PUT_ONESTORE_SETTINGS = settings("onestore", "PUT");
    public static final AdminRoute GET_CATAPPULT_SETTINGS = settings("catappult", "GET");
    public static final AdminRoute PUT_CATAPPULT_SETTINGS = settings("catappult", "PUT");

    public static final AdminRoute CAFEBAZAAR_SEED_TOKENS = r(
            "cafebazaar.tokens.seed",
            "POST",
            "/cafebazaar/tokens",
            "Register an access and/or refresh token: {clientId, accessToken?, refreshToken?, expiresAt?}.");
    public static final AdminRoute CAFEBAZAAR_SEED_CODE = r(
            "cafebazaar.authorizationCodes.seed",
            "POST",
            "/cafebazaar/authorization-codes",
            "Register an authorization code: {code, clientId, expiresAt?}.");
    public static final AdminRoute ONESTORE_SEED_TOKEN = r(
            "onestore.tokens.seed",
            "POST",
            "/onestore/tokens",
            "Register an access token: {clientId, accessToken, environment?, expiresAt?}.");

    private AdminRoutes() {}

    private static AdminRoute r(String operation, String method, String path, String summary) {
        return new AdminRoute(operation, method, PREFIX + path, summary);
    }

    private static AdminRoute settings(String store, String method) {
        return r(
                store + ".settings." + (method.equals("GET") ? "get" : "replace"),
                method,
                "/" + store + "/settings",
                method.equals("GET")
                        ? "The store's settings (the fixtures' " + store + ".settings)."
                        : "Replace the store's settings (same fields and checks as the fixtures' " + store
                                + ".settings).");
    }

    /** Every admin route of the built-in stores, in a stable order: {@link #general()}, then the resources'. */
    public static List<AdminRoute> all() {
        List<AdminRoute> all = new ArrayList<>(general());
        for (AdminResource resource : AdminResource.values()) {
            all.addAll(resource.routes());
        }
        return List.copyOf(all);
    }

    /** The routes that are not a resource's: health, clock, journal, faults, settings, seeds. */
    public static List<AdminRoute> general() {
        return List.of(
                HEALTH,
                TLS_CA,
                OPENAPI,
                RESET,
                RELOAD,
                GET_FIXTURES,
                PUT_FIXTURES,
                GET_CLOCK,
                SET_CLOCK,
                ADVANCE_CLOCK,
                FREEZE_CLOCK,
                UNFREEZE_CLOCK,
                LIST_REQUESTS,
                COUNT_REQUESTS,
                CLEAR_REQUESTS,
                STREAM_REQUESTS,
                GET_REQUEST,
                LIST_FAULTS,
                ADD_FAULT,
                GET_FAULT,
                REMOVE_FAULT,
                CLEAR_FAULTS,
                LIST_NOTIFICATIONS,
                GET_NOTIFICATION,
                REDELIVER_NOTIFICATION,
                CLEAR_NOTIFICATIONS,
                GET_CAFEBAZAAR_SETTINGS,
                PUT_CAFEBAZAAR_SETTINGS,
                GET_ONESTORE_SETTINGS,
                PUT_ONESTORE_SETTINGS,
                GET_CATAPPULT_SETTINGS,
                PUT_CATAPPULT_SETTINGS,
                CAFEBAZAAR_SEED_TOKENS,
                CAFEBAZAAR_SEED_CODE,
                ONESTORE_SEED_TOKEN,
                ONESTORE_TEST_NOTIFICATION,
                CATAPPULT_TEST_NOTIFICATION);
    }
}
