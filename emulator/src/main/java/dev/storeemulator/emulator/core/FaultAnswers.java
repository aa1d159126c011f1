package dev.storeemulator.emulator.core;

import java.util.Map;

/**
 * A store's error code and usual text for each status a fault rule may ask for, with fallbacks for the
 * other 4xx and 5xx statuses. Each store keeps its own table; this only looks things up.
 */
public record FaultAnswers(Map<Integer, Answer> byStatus, Answer otherClientError, Answer otherServerError) {

    /** An error code and the text the store would send with it. */
    public record Answer(String code, String text) {}

    public static Answer answer(String code, String text) {
        return new Answer(code, text);
    }

    /** The answer for {@code status}; {@code message}, when given, replaces its text. */
    public Answer forStatus(int status, String message) {
        Answer a = byStatus.getOrDefault(status, status >= 500 ? otherServerError : otherClientError);
        return message == null ? a : new Answer(a.code(), message);
    }
}
