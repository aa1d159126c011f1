package dev.storeemulator.emulator.admin;

import dev.storeemulator.emulator.fixtures.FixtureException;
import dev.storeemulator.emulator.fixtures.FixtureProblem;
import java.util.List;

/** An admin request that cannot be carried out; rendered as {@code {"error": code, "message": text}}. */
public final class AdminException extends RuntimeException {
    private final int status;
    private final String code;
    private final List<FixtureProblem> problems;

    public AdminException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public AdminException(int status, String code, String message, List<FixtureProblem> problems) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    /** A change that would leave the fixtures invalid; each problem names a field path and a reason. */
    public static AdminException invalid(FixtureException e) {
        return new AdminException(
                400,
                "invalid_fixtures",
                "The change would make the fixtures invalid: "
                        + e.problems().stream()
                                .map(FixtureProblem::toString)
                                .collect(java.util.stream.Collectors.joining("; ")),
                e.problems());
    }

    public static AdminException conflict(String message) {
        return new AdminException(409, "conflict", message);
    }

    public static AdminException badRequest(String message) {
        return new AdminException(400, "invalid_request", message);
    }

    public static AdminException notFound(String message) {
        return new AdminException(404, "not_found", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    List<FixtureProblem> problems() {
        return problems;
    }
}
