package dev.storeemulator.emulator.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** The pieces hostile requests are made of: segments, queries, headers and bodies. */
final class HostileParts {
    static final List<String> METHODS = List.of(
            "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "FOO", "M-SEARCH", "PROPFIND", "get");
    /** Odd path segments: invalid and tricky percent-encodings, separators, dots, and real demo values. */
    static final List<String> SEGMENTS = List.of(
            "%zz",
            "%",
            "%2",
            "%2F",
            "%2f",
            "%00",
            "a%00b",
            "%2e%2e",
            "..",
            ".",
            "a/b",
            "a/../b",
            "%c3%28",
            "%ff%fe",
            "%25",
            "%u0041",
            ";x=1",
            "a;b",
            "%3B",
            "~",
            "%20",
            "+",
            "",
            "é",
            "%E2%80%AE",
            "com.example.game",
            "coins_100",
            "demo-purchase-active",
            "premium_monthly",
            "X",
            "0",
            "-1",
            "99999999999999999999",
            "SANDBOX",
            "catappult.inapp.purchase.DEMOACTIVE0001",
            "8.20191001",
            "f1");

    private static final Pattern PARAM = Pattern.compile("\\{[^}]+}");

    private HostileParts() {}

    /** A segment: from the list, random characters, or over-long (beyond ONE store's limits, some beyond the URL limit). */
    static String segment(Random random) {
        int kind = random.nextInt(10);
        if (kind < 6) {
            return SEGMENTS.get(random.nextInt(SEGMENTS.size()));
        }
        if (kind < 8) {
            StringBuilder b = new StringBuilder();
            String alphabet = "abcXYZ019-_.~%!$&'()*+,;=:@";
            for (int i = 1 + random.nextInt(30); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return b.toString();
        }
        int[] lengths = {11, 14, 21, 42, 129, 151, 300, 2000, 9000};
        return "a".repeat(lengths[random.nextInt(lengths.length)]);
    }

    /** The route's template with each parameter (and now and then a literal segment) replaced. */
    static String fill(String template, long seed) {
        Random random = new Random(seed);
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(segment(random)));
        }
        m.appendTail(out);
        String path = out.toString();
        if (random.nextInt(8) == 0) {
            String[] parts = path.split("/", -1);
            int at = 1 + random.nextInt(Math.max(1, parts.length - 1));
            if (at < parts.length) {
                parts[at] = segment(random);
            }
            path = String.join("/", parts);
        }
        if (random.nextInt(10) == 0) {
            path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/";
        }
        return path.startsWith("/") ? path : "/" + path;
    }

    static Arbitrary<String> query() {
        return Arbitraries.of(
                "",
                "",
                "",
                "?access_token=demo-access-token",
                "?access_token=",
                "?access_token=%zz",
                "?access_token=a&access_token=b",
                "?%",
                "?a=%00",
                "?format=yaml",
                "?limit=-1",
                "?limit=abc",
                "?since=not-a-time",
                "?" + "q".repeat(3000),
                "?maxResults=9999&continuationKey=" + "k".repeat(50),
                "?store=%ff&status=x");
    }

    static Arbitrary<List<String>> headers() {
        Arbitrary<String> one = Arbitraries.of(
                "Authorization: Bearer demo-access-token",
                "Authorization: Bearer ",
                "Authorization: Basic !!!",
                "Authorization: Bearer " + "t".repeat(5000),
                "Authorization:",
                "Content-Type: application/json",
                "Content-Type: application/x-www-form-urlencoded",
                "Content-Type: text/plain",
                "Content-Type: a/b/c",
                "Content-Type: multipart/form-data",
                "Content-Type: application/json; charset=nonsense",
                "Content-Type: application/yaml",
                "Api-Key: demo-api-key",
                "Api-Key: ",
                "CAFEBAZAAR-PISHKHAN-API-SECRET: demo-pishkhan-secret",
                "CAFEBAZAAR-PISHKHAN-API-SECRET: wrong",
                "X-Store-Emulator-Admin-Token: nope",
                "x-market-code: COMMERCIAL",
                "x-market-code: %zz",
                "Accept: */*",
                "Accept: application/xml",
                "Origin: http://evil.example",
                "Origin: null",
                "Sec-Fetch-Site: cross-site",
                "Access-Control-Request-Method: DELETE",
                "Expect: 100-continue",
                "Expect: nonsense",
                "Accept-Encoding: gzip;q=bad",
                "X-Weird: \u00e9t\u00e9");
        // Lists may repeat an entry: duplicate Authorization, Content-Type, Api-Key and Pishkhan headers.
        return one.list().ofMaxSize(5);
    }

    static Arbitrary<byte[]> body() {
        List<String> texts = new ArrayList<>(List.of(
                "",
                "",
                "{}",
                "{",
                "[]",
                "null",
                "\"x\"",
                "{\"token\":1}",
                "{\"token\":\"demo-purchase-active\"}",
                "{\"token\":\"" + "t".repeat(5000) + "\"}",
                "{\"a\":1,\"a\":2}",
                "{\"n\":1e999999}",
                "{\"n\":" + "9".repeat(2000) + "}",
                "[".repeat(3000),
                "{\"x\":" + "[".repeat(1200) + "]".repeat(1200) + "}",
                "grant_type=client_credentials&client_id=%zz",
                "a=%&b",
                "a=" + "b".repeat(70_000),
                "now: [unclosed",
                "response: {status: 999}",
                "duration: P-1D",
                "{\"now\":\"garbage\",\"frozen\":\"yes\"}",
                "{\"id\":\"" + "i".repeat(300) + "\"}",
                "\u0000\u0001\u0002"));
        Arbitrary<byte[]> text = Arbitraries.of(texts).map(t -> t.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> binary = Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, text), net.jqwik.api.Tuple.of(1, binary));
    }
}
