package dev.storeemulator.emulator.core;

import io.javalin.http.Context;

/**
 * What the emulator notes about one call while serving it, in one request attribute (each attribute is a lookup
 * through Jetty's request wrappers, and the first one a map): the matched route, the body sent, what the journal
 * records beside the request line (the purchase it was about, the fault that fired, the near-miss hint), and how
 * the call ended. A call is served by one thread at a time (an async one moves between them through Jetty).
 */
public final class CallState {
    private static final String ATTRIBUTE = "store-emulator.call";

    private StoreRoute route;
    private AnswerBody sent;
    private String packageName;
    private String productId;
    private String token;
    private String fault;
    private String hint;
    private boolean noResponse;
    private boolean logged;

    private CallState() {}

    /** This call's state, made on first use. */
    public static CallState of(Context ctx) {
        CallState state = ctx.attribute(ATTRIBUTE);
        if (state == null) {
            state = new CallState();
            ctx.attribute(ATTRIBUTE, state);
        }
        return state;
    }

    /** This call's state, or null when nothing was noted (no route matched, nothing set). */
    public static CallState peek(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    /** The route serving the call, or null. */
    public StoreRoute route() {
        return route;
    }

    void route(StoreRoute matched) {
        this.route = matched;
    }

    /** The body written straight to the response (see {@link AnswerBody}), or null. */
    public AnswerBody sent() {
        return sent;
    }

    public void sent(AnswerBody body) {
        this.sent = body;
    }

    /** The package the handler named (null: the path's, if any). */
    public String packageName() {
        return packageName;
    }

    public String productId() {
        return productId;
    }

    public String token() {
        return token;
    }

    /** Names the purchase the call is about; null arguments keep what was set before. */
    public void subject(String packageName, String productId, String token) {
        if (packageName != null) {
            this.packageName = packageName;
        }
        if (productId != null) {
            this.productId = productId;
        }
        if (token != null) {
            this.token = token;
        }
    }

    /** The fault rule that fired, as {@code ruleId:effect}, or null. */
    public String fault() {
        return fault;
    }

    public void fault(String ruleAndEffect) {
        this.fault = ruleAndEffect;
    }

    /** The near-miss hint sent in the hint header, or null. */
    public String hint() {
        return hint;
    }

    public void hint(String text) {
        this.hint = text;
    }

    /** Whether the call got no HTTP answer (a connection fault). */
    public boolean noResponse() {
        return noResponse;
    }

    public void markNoResponse() {
        this.noResponse = true;
    }

    /** Whether the call has had its log line (and journal entry) already. */
    public boolean logged() {
        return logged;
    }

    public void markLogged() {
        this.logged = true;
    }
}
