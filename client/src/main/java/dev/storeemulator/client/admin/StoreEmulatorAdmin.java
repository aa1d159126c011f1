package dev.storeemulator.client.admin;

import dev.storeemulator.admin.api.AdminResource;
import dev.storeemulator.admin.api.AdminRoutes;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client of the store emulator's control plane ({@code /__admin}): health, reset, fixtures, the
 * virtual clock, each store's world, and the request journal with WireMock-style verification.
 *
 * <pre>{@code
 * StoreEmulatorAdmin admin = StoreEmulatorAdmin.connect("http://localhost:8080").withToken("s3cret");
 * admin.reset();
 * admin.cafebazaar().refund("demo-purchase-active");
 * admin.clock().advance(Duration.ofDays(31));
 * admin.verify(exactly(1), RequestPattern.store("cafebazaar").operation("consume").token("t"));
 * }</pre>
 *
 * <p>Every request is built from an {@link dev.storeemulator.admin.api.AdminRoute} of {@link AdminRoutes} or
 * {@link AdminResource}, the same table the emulator binds its handlers to. Every failure is an
 * {@link AdminClientException}. Instances are immutable and thread-safe; {@code with…} returns a copy.
 */
public final class StoreEmulatorAdmin {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final String baseUrl;
    private final String token;
    private final Duration timeout;
    private final HttpClient client;
    private final AdminHttp http;

    private StoreEmulatorAdmin(String baseUrl, String token, Duration timeout, HttpClient client) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.timeout = timeout;
        this.client = client;
        this.http = new AdminHttp(baseUrl, token, timeout, client);
    }

    /**
     * A client of the emulator at {@code baseUrl}, without a token, with a 10 s timeout.
     * @param baseUrl the emulator's base URL, e.g. {@code http://localhost:8080} (no {@code /__admin})
     * @return the client
     */
    public static StoreEmulatorAdmin connect(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(DEFAULT_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new StoreEmulatorAdmin(baseUrl, null, DEFAULT_TIMEOUT, client);
    }

    /**
     * A copy sending the admin token (header {@value AdminRoutes#TOKEN_HEADER}), for an emulator run with
     * {@code --admin-token}.
     * @param adminToken the token, or null to send none
     * @return the copy
     */
    public StoreEmulatorAdmin withToken(String adminToken) {
        return new StoreEmulatorAdmin(baseUrl, adminToken, timeout, client);
    }

    /**
     * A copy waiting at most {@code requestTimeout} for each answer.
     * @param requestTimeout the timeout of each request
     * @return the copy
     */
    public StoreEmulatorAdmin withTimeout(Duration requestTimeout) {
        return new StoreEmulatorAdmin(baseUrl, token, Objects.requireNonNull(requestTimeout, "requestTimeout"), client);
    }

    /**
     * A copy sending through {@code httpClient} (a proxy, TLS settings, a recording client in tests).
     * @param httpClient the client to send with
     * @return the copy
     */
    public StoreEmulatorAdmin withHttpClient(HttpClient httpClient) {
        return new StoreEmulatorAdmin(baseUrl, token, timeout, Objects.requireNonNull(httpClient, "httpClient"));
    }

    /**
     * Whether the emulator is up, what it serves, and its clock. Needs no token.
     * @return the health answer
     */
    public Health health() {
        return Health.from(http.object(AdminRoutes.HEALTH, null));
    }

    /**
     * The CA certificate (PEM) that signs the emulator's HTTPS certificate: what a client of its HTTPS port trusts.
     * Needs no token.
     *
     * @return the PEM text
     * @throws AdminClientException 404 when the emulator serves no HTTPS ({@code --https-port})
     */
    public String caCertificatePem() {
        return http.text(AdminRoutes.TLS_CA, null, null);
    }

    /** Back to the loaded fixtures: every store, the clock as configured at start, an empty journal. */
    public void reset() {
        http.json(AdminRoutes.RESET, null, null);
    }

    /**
     * Back to the loaded fixtures and an empty journal, with the clock set to {@code now} (frozen or running)
     * before the fixtures load, so their relative times count from it — how a test pins its world to a date.
     *
     * @param now    the instant the clock shows afterwards
     * @param frozen whether it stays there until moved
     */
    public void resetAt(java.time.Instant now, boolean frozen) {
        http.json(AdminRoutes.RESET, null, java.util.Map.of("now", now.toString(), "frozen", frozen));
    }

    /** Reads the emulator's fixtures file again; on success it becomes the world and the reset point. */
    public void reload() {
        http.json(AdminRoutes.RELOAD, null, null);
    }

    /**
     * Loads a fixtures document; it becomes the world and the reset point.
     * @param yamlOrJson the document, YAML or JSON
     * @throws AdminClientException 400 {@code invalid_fixtures} with its {@link AdminClientException#problems()}
     */
    public void loadFixtures(String yamlOrJson) {
        http.json(
                AdminRoutes.PUT_FIXTURES,
                null,
                new AdminHttp.RawBody(Objects.requireNonNull(yamlOrJson), "application/yaml"));
    }

    /**
     * The live world as a fixtures document (absolute times).
     * @return the document, one section per store
     */
    public ObjectNode fixtures() {
        return http.object(AdminRoutes.GET_FIXTURES, null);
    }

    /**
     * The live world as a YAML fixtures document, ready to save as a fixtures file.
     * @return the YAML text
     */
    public String fixturesYaml() {
        return http.text(AdminRoutes.GET_FIXTURES, "format=yaml", null);
    }

    /**
     * The virtual clock.
     * @return a view of the emulator's clock
     */
    public AdminClock clock() {
        return new AdminClock(http);
    }

    /**
     * One editable collection of a store's world that has no environment.
     * @param resource the collection
     * @return its client
     * @throws IllegalArgumentException when the resource is per environment (ONE store)
     */
    public AdminCollection resource(AdminResource resource) {
        return new AdminCollection(http, resource, null);
    }

    /**
     * One editable collection of ONE store's {@code sandbox} or {@code commercial} world.
     * @param resource    the collection
     * @param environment {@code sandbox} or {@code commercial}
     * @return its client
     * @throws IllegalArgumentException when the resource has no environment or none is given
     */
    public AdminCollection resource(AdminResource resource, String environment) {
        return new AdminCollection(http, resource, Objects.requireNonNull(environment, "environment"));
    }

    /**
     * Cafebazaar's world, settings and OAuth grants.
     * @return the facade
     */
    public CafebazaarAdmin cafebazaar() {
        return new CafebazaarAdmin(http);
    }

    /**
     * ONE store's world (per environment), settings and access tokens.
     * @return the facade
     */
    public OneStoreAdmin onestore() {
        return new OneStoreAdmin(http);
    }

    /**
     * Catappult's world and settings.
     * @return the facade
     */
    public CatappultAdmin catappult() {
        return new CatappultAdmin(http);
    }

    /**
     * The fault rules in force: add one, list them with their counts, remove them.
     * @return the faults client
     */
    public AdminFaults faults() {
        return new AdminFaults(http);
    }

    /**
     * The request journal: what the stores were asked, newest first.
     * @return the journal client
     */
    public AdminJournal requests() {
        return new AdminJournal(http);
    }

    /**
     * The notifications the stores sent to developers' servers, with their delivery attempts.
     * @return the notifications client
     */
    public AdminNotifications notifications() {
        return new AdminNotifications(http);
    }

    /**
     * Checks that at least one journalled request matches.
     * @param pattern what to look for
     * @throws VerificationException listing recent requests to the same store when none matches
     */
    public void verify(RequestPattern pattern) {
        verify(CountMatcher.atLeast(1), pattern);
    }

    /**
     * Checks that exactly {@code count} journalled requests match.
     * @param count   how many must match
     * @param pattern what to look for
     * @throws VerificationException listing recent requests to the same store otherwise
     */
    public void verify(int count, RequestPattern pattern) {
        verify(CountMatcher.exactly(count), pattern);
    }

    /**
     * Checks how many journalled requests match, e.g. {@code verify(atMost(2), pattern)}.
     * @param expected the accepted counts
     * @param pattern  what to look for
     * @throws VerificationException listing recent requests to the same store otherwise
     */
    public void verify(CountMatcher expected, RequestPattern pattern) {
        new Verifier(requests()).verify(expected, pattern);
    }

    @Override
    public String toString() {
        return "StoreEmulatorAdmin[" + baseUrl + (token == null ? "" : ", with token") + "]";
    }
}
