package dev.storeemulator.emulator.core;

import java.util.regex.Pattern;

/**
 * A route path such as {@code /devapi/v2/api/validate/{package}/inapp/{product}/purchases/{token}/},
 * matched segment by segment ({@code {name}} matches one non-empty segment).
 */
public final class PathTemplate {
    private final String template;
    private final Pattern pattern;

    public PathTemplate(String template) {
        this.template = template;
        this.pattern = Pattern.compile(toRegex(template));
    }

    private static String toRegex(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") && part.endsWith("}") ? "[^/]+" : Pattern.quote(part));
        }
        return regex.toString();
    }

    public boolean matches(String path) {
        return pattern.matcher(path).matches();
    }

    public String template() {
        return template;
    }

    @Override
    public String toString() {
        return template;
    }
}
