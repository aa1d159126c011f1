package dev.storeemulator.features.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Any running emulator (a jar, a container), driven through its admin API: {@code POST /__admin/reset},
 * {@code PUT /__admin/clock}, {@code POST /__admin/clock/advance}, {@code GET /__admin/clock}.
 *
 * <p>It takes the emulator's clock over (frozen at {@link #SCENARIO_START} before each scenario) and,
 * when closed, gives it back as it found it, then resets the fixtures.
 */
final class UrlTarget implements EmulatorTarget {
    private static final Pattern NOW = Pattern.compile("\"now\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern FROZEN = Pattern.compile("\"frozen\"\\s*:\\s*(true|false)");

    private final String baseUrl;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Clock clock = new RemoteClock(ZoneOffset.UTC);
    private final String clockAtStart;
    private final boolean frozenAtStart;
    private final Instant localAtStart = Instant.now();

    UrlTarget(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String clockState = call("GET", "/__admin/clock", null);
        this.clockAtStart = field(NOW, clockState);
        this.frozenAtStart = Boolean.parseBoolean(field(FROZEN, clockState));
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public void reset() {
        call("POST", "/__admin/reset", "{\"now\":\"" + SCENARIO_START + "\",\"frozen\":true}");
    }

    @Override
    public void advanceClock(Duration duration) {
        call("POST", "/__admin/clock/advance", "{\"duration\":\"" + duration + "\"}");
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /** Puts the clock back where it would be had we never touched it, and the fixtures with it. */
    @Override
    public void close() {
        Instant original = Instant.parse(clockAtStart);
        setClock(
                frozenAtStart ? original : original.plus(Duration.between(localAtStart, Instant.now())), frozenAtStart);
        call("POST", "/__admin/reset", "");
    }

    @Override
    public String toString() {
        return "emulator at " + baseUrl;
    }

    private void setClock(Instant now, boolean frozen) {
        call("PUT", "/__admin/clock", "{\"now\":\"" + now + "\",\"frozen\":" + frozen + "}");
    }

    /** One admin call; anything but a 200 is a broken setup, not a scenario failure. */
    private String call(String method, String path, String json) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10));
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        method + " " + baseUrl + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("no emulator answers at " + baseUrl + " (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling " + baseUrl + path, e);
        }
    }

    private static String field(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("unexpected admin clock answer: " + json);
        }
        return m.group(1);
    }

    /** Reads the emulator's clock over HTTP on every call, so it is never out of step. */
    private final class RemoteClock extends Clock {
        private final ZoneId zone;

        RemoteClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return Instant.parse(field(NOW, call("GET", "/__admin/clock", null)));
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new RemoteClock(newZone);
        }
    }
}
