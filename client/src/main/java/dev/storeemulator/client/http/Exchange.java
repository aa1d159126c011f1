package dev.storeemulator.client.http;

import java.net.http.HttpResponse;

/**
 * The final answer to one call, whatever its status, and the attempts it took.
 *
 * @param response the last answer received
 * @param attempts how many attempts were made and what the earlier ones leave unknown
 */
public record Exchange(HttpResponse<String> response, Attempts attempts) {
    /** @return the answer's HTTP status */
    public int status() {
        return response.statusCode();
    }
}
