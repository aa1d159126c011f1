package dev.storeemulator.features.onestore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.client.onestore.AccessToken;
import dev.storeemulator.client.onestore.OneStoreClient;
import dev.storeemulator.client.onestore.OneStoreException;
import dev.storeemulator.client.onestore.VoidedPurchase;
import dev.storeemulator.client.onestore.VoidedPurchasesPage;
import dev.storeemulator.client.onestore.VoidedPurchasesQuery;
import dev.storeemulator.features.emulator.EmulatorTarget;
import dev.storeemulator.features.emulator.Targets;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one ONE store scenario knows, shared by its step classes (picocontainer makes one per scenario):
 * the run's emulator (reset by the shared hooks before every scenario), "the ONE store backend" — a
 * {@link OneStoreClient} — and the outcome of the last call, as ONE store's HTTP status and error code.
 */
public final class OneStoreScenario {
    private static final Pattern ERROR_CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]*)\"");
    private static final HttpClient RAW =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final EmulatorTarget emulator = Targets.current();
    /** Every getAccessToken answer the backend received in this scenario, in order. */
    final List<AccessToken> tokenAnswers = new ArrayList<>();

    String packageName;
    OneStoreClient backend;
    /** The voided-purchases page the backend read last. */
    VoidedPurchasesPage page;
    /** The query that read {@link #page}, for asking the next one. */
    VoidedPurchasesQuery pageQuery;
    /** Every voided purchase the backend collected by following continuation keys. */
    List<VoidedPurchase> collected;

    private Object answer;
    private int status;
    private String code;

    /**
     * The backend of {@code packageName}: the reference client pointed at this run's emulator, judging
     * token expiry by the emulator's clock.
     */
    void backendOf(String packageName, String clientSecret) {
        this.packageName = packageName;
        this.backend = OneStoreClient.builder()
                .baseUrl(emulator.baseUrl())
                .clientId(packageName)
                .clientSecret(clientSecret)
                .clock(emulator.clock())
                .build();
    }

    /** Calls ONE store through the client, keeping its answer or its refusal for the Then steps. */
    <T> T attempt(Supplier<T> call) {
        try {
            T result = call.get();
            answer = result == null ? Boolean.TRUE : result;
            status = 200;
            code = null;
            return result;
        } catch (OneStoreException e) {
            answer = null;
            status = e.status();
            code = e.code();
            return null;
        }
    }

    /** Calls an operation that answers nothing but success. */
    void attempt(Runnable call) {
        attempt(() -> {
            call.run();
            return Boolean.TRUE;
        });
    }

    /**
     * Sends {@code GET path} with exactly the Authorization header given (or none when null), bypassing the
     * client, which always sends the right form; keeps the status and error code.
     */
    void sendRaw(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = RAW.send(request.build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            Matcher m = ERROR_CODE.matcher(response.body());
            code = status / 100 == 2 || !m.find() ? null : m.group(1);
            answer = status / 100 == 2 ? response.body() : null;
        } catch (IOException e) {
            throw new IllegalStateException("no answer from " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The answer to the last call, which must have succeeded. */
    <T> T answer(Class<T> type) {
        assertAccepted();
        assertThat(answer).as("ONE store's answer to the last call").isInstanceOf(type);
        return type.cast(answer);
    }

    /** Asserts the last call succeeded. */
    void assertAccepted() {
        assertThat(code).as("ONE store's error code for the last call").isNull();
        assertThat(status).as("HTTP status of the last call").isEqualTo(200);
        assertThat(answer).as("ONE store's answer to the last call").isNotNull();
    }

    /** Asserts the last call was refused with {@code expectedStatus} and {@code expectedCode}. */
    void assertRefused(int expectedStatus, String expectedCode) {
        assertThat(answer)
                .as("ONE store answered the last call instead of refusing it")
                .isNull();
        assertThat(code).as("error.code").isEqualTo(expectedCode);
        assertThat(status).as("HTTP status").isEqualTo(expectedStatus);
    }
}
