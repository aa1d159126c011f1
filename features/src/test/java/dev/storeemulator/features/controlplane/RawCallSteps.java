package dev.storeemulator.features.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Calls made around the reference clients, which neither expose headers nor leave out the trailing slash:
 * a plain HTTP GET of Cafebazaar's validate path, whose status and headers the Then steps read.
 */
public final class RawCallSteps {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final String HINT = "X-Store-Emulator-Hint";

    private final ControlPlane plane;
    private String path;
    private HttpResponse<String> response;

    public RawCallSteps(ControlPlane plane) {
        this.plane = plane;
    }

    @When(
            "a caller asks Cafebazaar for purchase {string} of product {string} of {string} with Pishkhan secret {string}")
    public void asks(String token, String productId, String packageName, String secret) {
        send(validatePath(packageName, productId, token) + "/", secret);
    }

    @When(
            "a caller asks Cafebazaar for purchase {string} of product {string} of {string} with Pishkhan secret {string}, leaving out the trailing slash")
    public void asksWithoutTheSlash(String token, String productId, String packageName, String secret) {
        send(validatePath(packageName, productId, token), secret);
    }

    @Then("the store answers {int} with the hint {string}")
    public void answersWithTheHint(int status, String hint) {
        assertThat(response.statusCode()).as("HTTP status of GET " + path).isEqualTo(status);
        assertThat(response.headers().firstValue(HINT)).as(HINT).hasValue(hint);
    }

    @Then("the store answers {int} without a hint")
    public void answersWithoutAHint(int status) {
        assertThat(response.statusCode()).as("HTTP status of GET " + path).isEqualTo(status);
        assertThat(response.headers().firstValue(HINT)).as(HINT).isEmpty();
    }

    @Then("the store redirects the caller to the same path with the trailing slash")
    public void redirectsToTheSlashedPath() {
        assertThat(response.statusCode()).as("HTTP status of GET " + path).isEqualTo(301);
        assertThat(response.headers().firstValue("Location"))
                .as("Location")
                .hasValueSatisfying(location -> assertThat(URI.create(plane.emulator.baseUrl())
                                .resolve(location)
                                .getPath())
                        .isEqualTo(path + "/"));
    }

    @Then("the store does not know the path")
    public void doesNotKnowThePath() {
        assertThat(response.statusCode()).as("HTTP status of GET " + path).isEqualTo(404);
    }

    private static String validatePath(String packageName, String productId, String token) {
        return "/devapi/v2/api/validate/" + segment(packageName) + "/inapp/" + segment(productId) + "/purchases/"
                + segment(token);
    }

    private void send(String requestPath, String pishkhanSecret) {
        path = requestPath;
        HttpRequest request = HttpRequest.newBuilder(URI.create(plane.emulator.baseUrl() + requestPath))
                .timeout(Duration.ofSeconds(10))
                .header("CAFEBAZAAR-PISHKHAN-API-SECRET", pishkhanSecret)
                .GET()
                .build();
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("no answer to GET " + requestPath, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
