package dev.storeemulator.features.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The developer's browser on Cafebazaar's authorize page: it opens the page (keeping its cookies), and
 * clicking "Authorize" posts the page's form ({@code csrfmiddlewaretoken}, {@code scopes=androidpublisher})
 * to the form's {@code action} — the page's path without its query — with the cookies and a Referer.
 */
final class Browser {
    private static final Pattern FORM = Pattern.compile(
            "<form method=\"POST\" action=\"([^\"]*)\"><input type='hidden' name='csrfmiddlewaretoken' value='([^']*)'>");

    private Browser() {}

    /**
     * Opens the page at {@code authorizationUrl} and clicks Authorize.
     * @param authorizationUrl the authorize page, with its query string
     * @return where the store sends the browser (the redirect's Location)
     */
    static URI clickAuthorize(URI authorizationUrl) throws IOException, InterruptedException {
        HttpResponse<String> response = submitForm(authorizationUrl, null);
        assertThat(response.statusCode()).as("the answer to clicking Authorize").isEqualTo(302);
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }

    /**
     * Opens the page, then posts its form as the browser would, with {@code csrfToken} in place of the
     * page's own token when it is not null.
     * @return the store's answer to the form
     */
    static HttpResponse<String> submitForm(URI authorizationUrl, String csrfToken)
            throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
        HttpResponse<String> page =
                browser.send(HttpRequest.newBuilder(authorizationUrl).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("the authorize page").isEqualTo(200);
        Matcher form = FORM.matcher(page.body());
        assertThat(form.find()).as("the authorize form on the page").isTrue();
        String token = csrfToken != null ? csrfToken : form.group(2);
        HttpRequest click = HttpRequest.newBuilder(authorizationUrl.resolve(form.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", authorizationUrl.toString())
                .POST(HttpRequest.BodyPublishers.ofString("csrfmiddlewaretoken=" + token + "&scopes=androidpublisher"))
                .build();
        return browser.send(click, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Reads one query parameter.
     * @return the decoded value of {@code name} in the query of {@code uri}, or null
     */
    static String queryParam(URI uri, String name) {
        String query = uri.getRawQuery();
        return query == null
                ? null
                : Arrays.stream(query.split("&"))
                        .filter(p -> p.startsWith(name + "="))
                        .map(p -> URLDecoder.decode(p.substring(name.length() + 1), StandardCharsets.UTF_8))
                        .findFirst()
                        .orElse(null);
    }
}
