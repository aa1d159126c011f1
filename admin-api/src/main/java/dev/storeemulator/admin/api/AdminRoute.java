package dev.storeemulator.admin.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One endpoint of the control plane: its operation name, HTTP method, path template ({@code {name}}
 * segments, Javalin's syntax) and a one-line summary. The server binds its handlers to these and the
 * admin client builds its requests from them, so the two cannot drift.
 */
public record AdminRoute(String operation, String method, String path, String summary) {
    private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");

    public AdminRoute {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(summary, "summary");
        if (!path.startsWith(AdminRoutes.PREFIX + "/")) {
            throw new IllegalArgumentException("admin paths start with " + AdminRoutes.PREFIX + "/: " + path);
        }
    }

    /** The names of the path parameters, in order. */
    public List<String> pathParams() {
        List<String> names = new ArrayList<>();
        Matcher m = PARAM.matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }

    /** The path with each parameter replaced, in order, by a percent-encoded value. */
    public String expand(String... values) {
        List<String> names = pathParams();
        if (values.length != names.size()) {
            throw new IllegalArgumentException(
                    path + " takes " + names.size() + " values " + names + ", got " + values.length);
        }
        StringBuilder out = new StringBuilder();
        Matcher m = PARAM.matcher(path);
        int i = 0;
        while (m.find()) {
            String encoded = URLEncoder.encode(
                            Objects.requireNonNull(values[i++], "path value"), StandardCharsets.UTF_8)
                    .replace("+", "%20");
            m.appendReplacement(out, Matcher.quoteReplacement(encoded));
        }
        m.appendTail(out);
        return out.toString();
    }
}
