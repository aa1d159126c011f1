package dev.storeemulator.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tests' HTTP client, for an emulator in process, in a container or a stub: requests go to {@code baseUrl}
 * plus a path and query, with any method, body and headers (given as name, value pairs); no redirects are
 * followed and bodies come back as strings, so what is on the wire is what a test sees. A request that cannot be
 * sent throws {@link UncheckedIOException} with the {@link IOException} as its cause.
 */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Configured as the emulator reads and writes bodies; reading a tree, key order is kept. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final String baseUrl;

    public Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, null, headers);
    }

    /** A POST of {@code form}, as {@code application/x-www-form-urlencoded} unless the headers name a type. */
    public HttpResponse<String> postForm(String pathAndQuery, String form, String... headers) {
        return send("POST", pathAndQuery, form, with(headers, "Content-Type", "application/x-www-form-urlencoded"));
    }

    /** A POST of {@code json}, as {@code application/json} unless the headers name a type. */
    public HttpResponse<String> postJson(String pathAndQuery, String json, String... headers) {
        return send("POST", pathAndQuery, json, with(headers, "Content-Type", "application/json"));
    }

    /** Any method; a {@code null} body sends none. */
    public HttpResponse<String> send(String method, String pathAndQuery, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + baseUrl + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The response, if its status is 2xx; otherwise an {@link IllegalStateException} naming the call and body. */
    public static HttpResponse<String> successful(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /** A status and a body, read off a socket. */
    public record RawAnswer(int status, String body) {}

    /**
     * A GET sent with this {@code Host} header over a plain socket (the JDK's client will not send another Host),
     * with more header lines if given ({@code "Authorization: Bearer t"}); the connection is closed after it.
     */
    public static RawAnswer getWithHost(String address, int port, String path, String host, String... headerLines) {
        try (java.net.Socket socket = new java.net.Socket(address, port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
            for (String line : headerLines) {
                request.append(line).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            socket.getOutputStream().write(request.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new RawAnswer(
                    Integer.parseInt(answer.substring(9, 12)), answer.substring(answer.indexOf("\r\n\r\n") + 4));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private static String[] with(String[] headers, String name, String value) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase(name)) {
                return headers;
            }
        }
        String[] out = Arrays.copyOf(headers, headers.length + 2);
        out[headers.length] = name;
        out[headers.length + 1] = value;
        return out;
    }
}
