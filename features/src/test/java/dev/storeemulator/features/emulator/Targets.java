package dev.storeemulator.features.emulator;

/**
 * Chooses the one emulator of a test run and keeps it for every scenario.
 *
 * <p>{@code -Dstore-emulator.target=in-process} (the default) starts one in this JVM;
 * {@code -Dstore-emulator.target=url -Dstore-emulator.url=http://127.0.0.1:7070} uses a running one
 * (setting only the URL implies {@code url}); {@code -Dstore-emulator.target=container} starts the Docker
 * image {@code store-emulator:local} with Testcontainers. The environment variables {@code STORE_EMULATOR_TARGET}
 * and {@code STORE_EMULATOR_URL} work too.
 */
public final class Targets {
    /** System property naming the target: {@code in-process}, {@code url} or {@code container}. */
    public static final String TARGET = "store-emulator.target";
    /** System property with the base URL of a running emulator. */
    public static final String URL = "store-emulator.url";

    private static final String DEFAULT_URL = "http://127.0.0.1:7070";

    private static EmulatorTarget current;

    private Targets() {}

    /**
     * The run's emulator, started or reached on first use.
     * @return the target every scenario shares
     */
    public static synchronized EmulatorTarget current() {
        if (current == null) {
            current = create();
        }
        return current;
    }

    /** Stops the run's emulator, or gives back a borrowed one; the next {@link #current()} makes a new one. */
    public static synchronized void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    private static EmulatorTarget create() {
        String url = setting(URL, "STORE_EMULATOR_URL");
        String target = setting(TARGET, "STORE_EMULATOR_TARGET");
        if (target == null) {
            target = url == null ? "in-process" : "url";
        }
        switch (target) {
            case "in-process":
                return new InProcessTarget();
            case "url":
                return new UrlTarget(url == null ? DEFAULT_URL : url);
            case "container":
                return new ContainerTarget();
            default:
                throw new IllegalArgumentException(
                        TARGET + " must be 'in-process', 'url' or 'container', not '" + target + "'");
        }
    }

    private static String setting(String property, String environmentVariable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}
