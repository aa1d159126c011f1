package dev.storeemulator.emulator.cafebazaar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testsupport.Http;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authorize page as a browser (or a scraping client) uses it: GET the page, keep its cookies, read the
 * form exactly as real clients parse it, then POST the form to where {@code action="."} resolves — the
 * page's path without its query — with the cookies and a Referer.
 */
public final class AuthorizeBrowser {
    /** The real page's markup, as scraping clients match it. */
    public static final Pattern FORM = Pattern.compile(
            "<form method=\"POST\" action=\"([^\"]*)\"><input type='hidden' name='csrfmiddlewaretoken' value='([^']*)'>");

    private final Http http;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<String> setCookies = new ArrayList<>();
    private String pageUrl;
    private String action;
    private String csrfToken;

    public AuthorizeBrowser(Http http) {
        this.http = http;
    }

    /** GETs the page at {@code pathAndQuery} and reads its form. */
    public HttpResponse<String> open(String baseUrl, String pathAndQuery) {
        HttpResponse<String> page = http.get(pathAndQuery);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        for (String header : page.headers().allValues("Set-Cookie")) {
            setCookies.add(header);
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        Matcher form = FORM.matcher(page.body());
        assertThat(form.find())
                .as("the page's form, as clients scrape it:\n" + page.body())
                .isTrue();
        pageUrl = baseUrl + pathAndQuery;
        action = URI.create(pageUrl).resolve(form.group(1)).getRawPath();
        csrfToken = form.group(2);
        return page;
    }

    /** Clicks Authorize: POSTs the form with the page's token, the cookies and a Referer. */
    public HttpResponse<String> submit() {
        return post("csrfmiddlewaretoken=" + csrfToken + "&scopes=androidpublisher", true, true);
    }

    /** POSTs {@code form} to the form's action, with or without the cookies and the Referer. */
    public HttpResponse<String> post(String form, boolean withCookies, boolean withReferer) {
        List<String> headers = new ArrayList<>();
        if (withCookies && !cookies.isEmpty()) {
            headers.add("Cookie");
            headers.add(String.join(
                    "; ",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .toList()));
        }
        if (withReferer) {
            headers.add("Referer");
            headers.add(pageUrl);
        }
        return http.postForm(action, form, headers.toArray(String[]::new));
    }

    public String action() {
        return action;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public List<String> setCookieHeaders() {
        return setCookies;
    }
}
