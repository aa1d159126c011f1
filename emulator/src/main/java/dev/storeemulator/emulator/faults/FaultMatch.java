package dev.storeemulator.emulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which calls a fault rule applies to; every given field must match, an omitted one matches anything.
 * {@code path} is a regular expression found anywhere in the path (anchor it with {@code ^…$}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultMatch(
        @JsonProperty("store") String store,
        @JsonProperty("operation") String operation,
        @JsonProperty("method") String method,
        @JsonProperty("path") String path,
        @JsonProperty("packageName") String packageName,
        @JsonProperty("productId") String productId,
        @JsonProperty("token") String token,
        @JsonProperty("event") String event) {

    static final FaultMatch ANY = new FaultMatch(null, null, null, null, null, null, null, null);

    /**
     * What a call is: where it goes and which purchase it names; for a notification delivery, {@code event} is the
     * event it tells of, {@code operation} is null and {@code path} is the receiver's URL.
     */
    record Call(
            String store,
            String operation,
            String method,
            String path,
            String packageName,
            String productId,
            String token,
            String event) {}

    boolean matches(Call call, Pattern compiledPath) {
        return is(store, call.store())
                && is(operation, call.operation())
                && (method == null || method.equalsIgnoreCase(call.method()))
                && (compiledPath == null || compiledPath.matcher(call.path()).find())
                && is(packageName, call.packageName())
                && is(productId, call.productId())
                && is(token, call.token())
                && is(event, call.event());
    }

    Pattern compiledPath() {
        return path == null ? null : Pattern.compile(path);
    }

    private static boolean is(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }

    List<String[]> problems(String at, java.util.Collection<String> stores) {
        List<String[]> out = new ArrayList<>();
        if (store != null && !stores.contains(store)) {
            out.add(new String[] {at + ".store", "must be one of " + stores});
        }
        if (path != null) {
            try {
                Pattern.compile(path);
            } catch (PatternSyntaxException e) {
                out.add(new String[] {at + ".path", "not a regular expression: " + e.getDescription()});
            }
        }
        return out;
    }
}
