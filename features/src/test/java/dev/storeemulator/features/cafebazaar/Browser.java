package dev.storeemulator.features.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The developer's browser on Cafebazaar's authorize page: clicking "Authorize" posts the page's form
 * ({@code scopes=androidpublisher}) to the page's own URL, and the store answers with a redirect.
 */
final class Browser {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Browser() {}

    /**
     * Clicks Authorize on the page at {@code authorizationUrl}.
     * @param authorizationUrl the authorize page, with its query string
     * @return where the store sends the browser (the redirect's Location)
     */
    static URI clickAuthorize(URI authorizationUrl) throws IOException, InterruptedException {
        HttpRequest click = HttpRequest.newBuilder(authorizationUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("scopes=androidpublisher"))
                .build();
        HttpResponse<String> response = HTTP.send(click, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("the answer to clicking Authorize").isEqualTo(302);
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }

    /**
     * Reads one query parameter.
     * @return the decoded value of {@code name} in the query of {@code uri}, or null
     */
    static String queryParam(URI uri, String name) {
        String query = uri.getRawQuery();
        return query == null ? null : Arrays.stream(query.split("&"))
                .filter(p -> p.startsWith(name + "="))
                .map(p -> URLDecoder.decode(p.substring(name.length() + 1), StandardCharsets.UTF_8))
                .findFirst().orElse(null);
    }
}
