package dev.storeemulator.client.admin;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * An admin call that failed: an error answer ({@code {"error", "message", "problems"?}}), an answer that
 * is not what the admin API sends, or no answer at all ({@link #status()} {@value #NO_RESPONSE}, with the
 * cause). The message names the request, the status, the server's explanation and each problem.
 */
public final class AdminClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int SNIPPET = 200;

    /** The status used when no HTTP answer was received. */
    public static final int NO_RESPONSE = 0;

    /** One reason a fixtures document or change was refused: the field path and why. */
    public record Problem(String path, String reason) {
        @Override
        public String toString() {
            return (path == null || path.isEmpty() ? "(root)" : path) + ": " + reason;
        }
    }

    private final int status;
    private final String error;
    private final String serverMessage;
    private final transient List<Problem> problems;

    AdminClientException(
            String method,
            String path,
            int status,
            String error,
            String serverMessage,
            List<Problem> problems,
            Throwable cause) {
        super(describe(method, path, status, error, serverMessage, problems), cause);
        this.status = status;
        this.error = error;
        this.serverMessage = serverMessage;
        this.problems = List.copyOf(problems);
    }

    static AdminClientException fromAnswer(String method, String path, int status, String body) {
        try {
            JsonNode tree = AdminHttp.JSON.readTree(body == null ? "" : body);
            if (tree != null && tree.isObject() && tree.path("error").isString()) {
                List<Problem> problems = new ArrayList<>();
                for (JsonNode p : tree.path("problems")) {
                    problems.add(new Problem(text(p, "path"), text(p, "reason")));
                }
                return new AdminClientException(
                        method, path, status, tree.get("error").asString(), text(tree, "message"), problems, null);
            }
        } catch (JacksonException e) {
            // Not JSON (a proxy's HTML page, say): reported below as is.
        }
        return new AdminClientException(
                method, path, status, null, "unexpected answer: " + snippet(body), List.of(), null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String describe(
            String method, String path, int status, String error, String message, List<Problem> problems) {
        StringBuilder m = new StringBuilder(method)
                .append(' ')
                .append(path)
                .append(" → ")
                .append(status == NO_RESPONSE ? "no HTTP response" : "HTTP " + status);
        if (error != null) {
            m.append(' ').append(error);
        }
        if (message != null) {
            m.append(": ").append(message);
        }
        if (status == 401) {
            m.append(" (connect with StoreEmulatorAdmin.withToken(...))");
        }
        for (Problem p : problems) {
            m.append(System.lineSeparator()).append("  - ").append(p);
        }
        return m.toString();
    }

    static String snippet(String body) {
        if (body == null || body.isBlank()) {
            return "<empty>";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET) + "…";
    }

    /**
     * The HTTP status of the answer.
     * @return the status, or {@value #NO_RESPONSE} when no answer was received
     */
    public int status() {
        return status;
    }

    /**
     * The {@code error} code the emulator sent, such as {@code not_found}, {@code conflict},
     * {@code invalid_fixtures} or {@code unauthorized}.
     * @return the code, or null when the answer was not an admin error object
     */
    public String error() {
        return error;
    }

    /**
     * The emulator's explanation (its {@code message}), or what went wrong on the way.
     * @return the explanation, or null
     */
    public String serverMessage() {
        return serverMessage;
    }

    /**
     * The problems of a refused fixtures document or change, each with a field path and a reason.
     * @return the problems; empty when the answer listed none
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Whether the entry or endpoint does not exist.
     * @return true for status 404
     */
    public boolean isNotFound() {
        return status == 404;
    }

    /**
     * Whether the change clashes with the world as it is (a duplicate id, an action already done).
     * @return true for status 409
     */
    public boolean isConflict() {
        return status == 409;
    }

    /**
     * Whether the admin token was missing or wrong.
     * @return true for status 401
     */
    public boolean isUnauthorized() {
        return status == 401;
    }

    /**
     * Whether no HTTP answer was received (connection refused, timeout, interruption).
     * @return true when {@link #status()} is {@value #NO_RESPONSE}
     */
    public boolean isTransportFailure() {
        return status == NO_RESPONSE;
    }
}
