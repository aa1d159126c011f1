package dev.storeemulator.emulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One fault rule, as written in fixtures ({@code faults:}) and sent to {@code POST /__admin/faults}: which
 * calls it matches, what it does to them, and how often. Rules are tried in {@code priority} order
 * (lower first, then in the order given); the first that fires decides the call.
 *
 * @param delay       wait before answering (alone: then the store answers normally)
 * @param response    answer with this status and the store's own error body for it
 * @param quota       count matching calls per window; past the limit answer 429 with Retry-After
 * @param connection  {@code reset} (TCP RST), {@code empty} (closed, no answer) or {@code never} (held open)
 * @param body        {@code truncated} (the real answer cut in half) or {@code wrongContentType}
 * @param dribble     the real answer sent in chunks spread over a duration
 * @param delivery    a rule for the notifications the stores send instead of the calls they answer: {@code drop}
 *                    (lost), {@code duplicate} (sent twice), {@code hold} (kept back until the next notification to
 *                    the same URL has gone: out of order), {@code wrongSignature} or {@code truncated}; alone with
 *                    {@code delay}, the delivery is only put off by that much of the emulator's clock
 * @param after       for {@code connection}: let the store handle the call first (its effects happen), then fail
 * @param probability chance that a matching call fires it, drawn from {@code seed}
 * @param times       fire only for this many calls
 * @param ttl         stop firing this long after the rule was added (by the emulator's clock)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultRule(
        @JsonProperty("id") String id,
        @JsonProperty("priority") Integer priority,
        @JsonProperty("match") FaultMatch match,
        @JsonProperty("delay") Delay delay,
        @JsonProperty("response") Response response,
        @JsonProperty("quota") Quota quota,
        @JsonProperty("connection") String connection,
        @JsonProperty("body") String body,
        @JsonProperty("dribble") Dribble dribble,
        @JsonProperty("delivery") String delivery,
        @JsonProperty("after") Boolean after,
        @JsonProperty("probability") Double probability,
        @JsonProperty("seed") Long seed,
        @JsonProperty("times") Integer times,
        @JsonProperty("ttl") Duration ttl) {

    public static final int DEFAULT_PRIORITY = 5;
    static final List<String> CONNECTIONS = List.of("reset", "empty", "never");
    static final List<String> BODIES = List.of("truncated", "wrongContentType");
    /** What a delivery rule may do to a notification; {@code delay} alone only puts it off. */
    public static final List<String> DELIVERIES = List.of("drop", "duplicate", "hold", "wrongSignature", "truncated");

    public FaultRule {
        match = match == null ? FaultMatch.ANY : match;
    }

    /** The store's error answer for a status; {@code message} replaces the store's usual text. */
    public record Response(
            @JsonProperty("status") int status,
            @JsonProperty("message") String message) {}

    /** {@code limit} calls per {@code window} per {@code per} ({@code store}, {@code package} or {@code credential}). */
    public record Quota(
            @JsonProperty("limit") long limit,
            @JsonProperty("window") Duration window,
            @JsonProperty("per") String per) {}

    /** The real answer in {@code chunks} pieces spread evenly over {@code over}. */
    public record Dribble(
            @JsonProperty("chunks") int chunks,
            @JsonProperty("over") Duration over) {}

    /** The same rule under {@code newId}. */
    public FaultRule withId(String newId) {
        return new FaultRule(
                newId,
                priority,
                match,
                delay,
                response,
                quota,
                connection,
                body,
                dribble,
                delivery,
                after,
                probability,
                seed,
                times,
                ttl);
    }

    int priorityOrDefault() {
        return priority == null ? DEFAULT_PRIORITY : priority;
    }

    /** Whether the rule is about notification deliveries ({@code delivery} or {@code match.event}), not calls. */
    public boolean forDeliveries() {
        return delivery != null || match.event() != null;
    }

    /** A short name of what the rule does, as the journal records it. */
    String effect() {
        if (forDeliveries()) {
            return delivery == null ? "delay" : delivery;
        }
        if (response != null) {
            return "status " + response.status();
        }
        if (quota != null) {
            return "quota";
        }
        if (connection != null) {
            return "connection " + connection + (Boolean.TRUE.equals(after) ? " after" : "");
        }
        if (body != null) {
            return "body " + body;
        }
        return dribble != null ? "dribble" : "delay";
    }

    /**
     * What is wrong with this rule, each as a field path and a reason ({@code at} names the rule); {@code stores}
     * are the names a rule may match.
     */
    public List<String[]> problems(String at, java.util.Collection<String> stores) {
        List<String[]> out = new ArrayList<>();
        int effects = (response != null ? 1 : 0)
                + (quota != null ? 1 : 0)
                + (connection != null ? 1 : 0)
                + (body != null ? 1 : 0)
                + (dribble != null ? 1 : 0);
        if (effects > 1) {
            out.add(new String[] {at, "give one of response, quota, connection, body, dribble (a delay may go with any)"
            });
        }
        if (forDeliveries()) {
            if (effects > 0) {
                out.add(new String[] {
                    at, "a rule for deliveries (delivery or match.event) takes delivery and delay, not call effects"
                });
            }
            if (delivery != null && !DELIVERIES.contains(delivery)) {
                out.add(new String[] {at + ".delivery", "must be one of " + DELIVERIES});
            }
            if (delivery == null && delay == null) {
                out.add(new String[] {at, "give what the rule does to the delivery: delivery or delay"});
            }
            if (match.operation() != null || match.method() != null || match.productId() != null) {
                out.add(new String[] {at + ".match", "a delivery rule matches store, event, packageName, token, path"});
            }
        } else if (effects == 0 && delay == null) {
            out.add(new String[] {at, "give what the rule does: delay, response, quota, connection, body or dribble"});
        }
        if (response != null && (response.status() < 400 || response.status() > 599)) {
            out.add(new String[] {at + ".response.status", "must be an error status, 400 to 599"});
        }
        if (quota != null
                && (quota.limit() < 0
                        || quota.window() == null
                        || quota.window().isZero()
                        || quota.window().isNegative())) {
            out.add(new String[] {at + ".quota", "needs a limit of 0 or more and a positive window such as PT1M or P1D"
            });
        }
        if (quota != null
                && quota.per() != null
                && !List.of("store", "package", "credential").contains(quota.per())) {
            out.add(new String[] {at + ".quota.per", "must be store, package or credential"});
        }
        if (connection != null && !CONNECTIONS.contains(connection)) {
            out.add(new String[] {at + ".connection", "must be one of " + CONNECTIONS});
        }
        if (body != null && !BODIES.contains(body)) {
            out.add(new String[] {at + ".body", "must be one of " + BODIES});
        }
        if (dribble != null
                && (dribble.chunks() < 1
                        || dribble.over() == null
                        || dribble.over().isNegative())) {
            out.add(new String[] {at + ".dribble", "needs chunks of 1 or more and a duration such as PT2S"});
        }
        if (Boolean.TRUE.equals(after) && connection == null) {
            out.add(new String[] {at + ".after", "only goes with connection"});
        }
        if (probability != null && (probability < 0 || probability > 1)) {
            out.add(new String[] {at + ".probability", "must be between 0 and 1"});
        }
        if (times != null && times < 1) {
            out.add(new String[] {at + ".times", "must be 1 or more"});
        }
        if (ttl != null && (ttl.isZero() || ttl.isNegative())) {
            out.add(new String[] {at + ".ttl", "must be a positive duration"});
        }
        if (delay != null) {
            out.addAll(delay.problems(at + ".delay"));
        }
        out.addAll(match.problems(at + ".match", stores));
        return out;
    }
}
