package dev.storeemulator.features.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Any running emulator (a jar, a container), driven through its admin API only: {@code POST /__admin/reset},
 * {@code PUT /__admin/clock}, {@code PUT /__admin/fixtures}, {@code POST /__admin/clock/advance},
 * {@code GET /__admin/clock}.
 *
 * <p>Before each scenario it resets the emulator (issued tokens, edits and the journal are gone), freezes
 * the clock at {@link #SCENARIO_START} and loads the demo world again at that instant, so that the fixtures'
 * relative times ("now-P40D") count from the scenario start as they do in process: a reset alone would put
 * an emulator started with a running clock back on real time, with its world anchored there. When closed,
 * it gives the clock back as it found it and loads the world it found (as absolute times).
 */
final class UrlTarget implements EmulatorTarget {
    private static final Pattern NOW = Pattern.compile("\"now\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern FROZEN = Pattern.compile("\"frozen\"\\s*:\\s*(true|false)");
    private static final String YAML = "application/yaml";
    /** The bundled demo world every feature is written against, from the emulator artifact on the test classpath. */
    private static final String DEMO_WORLD = demoWorld();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Clock clock = new RemoteClock(ZoneOffset.UTC);
    private final String clockAtStart;
    private final boolean frozenAtStart;
    private final Instant localAtStart = Instant.now();
    private final String worldAtStart;

    UrlTarget(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String clockState = call("GET", "/__admin/clock", null);
        this.clockAtStart = field(NOW, clockState);
        this.frozenAtStart = Boolean.parseBoolean(field(FROZEN, clockState));
        this.worldAtStart = call("GET", "/__admin/fixtures?format=yaml", null);
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public void reset() {
        call("POST", "/__admin/reset", "");
        setClock(SCENARIO_START, true);
        call("PUT", "/__admin/fixtures", DEMO_WORLD, YAML);
    }

    @Override
    public void advanceClock(Duration duration) {
        call("POST", "/__admin/clock/advance", "{\"duration\":\"" + duration + "\"}");
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /** Puts the clock back where it would be had we never touched it, and the world as it was then. */
    @Override
    public void close() {
        Instant original = Instant.parse(clockAtStart);
        setClock(frozenAtStart ? original : original.plus(Duration.between(localAtStart, Instant.now())), frozenAtStart);
        call("PUT", "/__admin/fixtures", worldAtStart, YAML);
        call("POST", "/__admin/reset", "");
    }

    @Override
    public String toString() {
        return "emulator at " + baseUrl;
    }

    private void setClock(Instant now, boolean frozen) {
        call("PUT", "/__admin/clock", "{\"now\":\"" + now + "\",\"frozen\":" + frozen + "}");
    }

    /** One admin call with a JSON body (or none when null); anything but a 200 is a broken setup, not a scenario failure. */
    private String call(String method, String path, String json) {
        return call(method, path, json, "application/json");
    }

    private String call(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10));
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(method + " " + baseUrl + path + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("no emulator answers at " + baseUrl + " (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling " + baseUrl + path, e);
        }
    }

    private static String demoWorld() {
        try (InputStream in = UrlTarget.class.getResourceAsStream("/demo-world.yaml")) {
            if (in == null) {
                throw new IllegalStateException("demo-world.yaml is not on the test classpath (the emulator artifact)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
