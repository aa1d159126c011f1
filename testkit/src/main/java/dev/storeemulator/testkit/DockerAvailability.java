package dev.storeemulator.testkit;

import java.util.Locale;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;

/**
 * The one rule for tests that need Docker: <b>skip</b> them where no Docker engine answers, but
 * <b>fail</b> them on CI (environment variable {@code CI=true}), where a missing engine is a broken build
 * rather than a developer's laptop.
 *
 * <pre>{@code
 * @BeforeAll
 * static void start() {
 *     if (DockerAvailability.isImagePresent(StoreEmulatorContainer.DEFAULT_IMAGE)) {
 *         emulator = new StoreEmulatorContainer();
 *         emulator.start();
 *     }
 * }
 *
 * @BeforeEach
 * void requireDocker() {
 *     DockerAvailability.assumeImageOrFailInCi(StoreEmulatorContainer.DEFAULT_IMAGE);  // or assumeDockerOrFailInCi()
 * }
 * }</pre>
 *
 * <p>Call the {@code assume…} methods per test ({@code @BeforeEach}) rather than in {@code @BeforeAll}: JUnit
 * handles both, but Maven Surefire reports a class aborted in {@code @BeforeAll} as zero tests run, not as
 * skipped ones, so the skip would go unnoticed.
 *
 * <p>Docker is detected the way Testcontainers itself will connect ({@link DockerClientFactory}), so a
 * test that passes the check can start containers. Needs {@code org.testcontainers:testcontainers} on the
 * test class path (an optional dependency of the testkit).
 */
public final class DockerAvailability {
    private DockerAvailability() {}

    /**
     * Whether this build runs on CI: the environment variable {@code CI} is {@code true} (case-insensitive),
     * as GitHub Actions, GitLab CI and most other CI systems set it, and as {@code .ci/run} exports it.
     *
     * @return {@code true} on CI
     */
    public static boolean isCi() {
        String ci = System.getenv("CI");
        return ci != null && ci.trim().toLowerCase(Locale.ROOT).equals("true");
    }

    /**
     * Whether a Docker engine answers, as Testcontainers finds it (environment, {@code DOCKER_HOST},
     * {@code ~/.testcontainers.properties}, the default socket). Testcontainers caches the answer per JVM.
     *
     * @return {@code true} if containers can be started
     * @throws IllegalStateException if Testcontainers is not on the class path
     */
    public static boolean isDockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException(
                    "org.testcontainers:testcontainers is not on the test class path"
                            + " (the testkit declares it optional: add it in test scope)",
                    e);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Skips the calling test (or, from {@code @BeforeAll}, the whole class) when no Docker engine answers;
     * on CI ({@link #isCi()}) fails it instead.
     *
     * @throws org.opentest4j.TestAbortedException without Docker, off CI (JUnit reports the test as skipped)
     * @throws org.opentest4j.AssertionFailedError without Docker, on CI
     */
    public static void assumeDockerOrFailInCi() {
        if (isDockerAvailable()) {
            return;
        }
        String message = "No Docker engine answers (Testcontainers found none: start Docker, or set DOCKER_HOST)";
        if (isCi()) {
            Assertions.fail(message + "; CI=true, so this is a failure, not a skip.");
        }
        Assumptions.abort(message + ": skipping the container test (with CI=true it would fail).");
    }

    /**
     * Skips the calling test when the image is not present in the local Docker engine; on CI fails it instead.
     * Meant for images that are built locally rather than pulled, such as {@code store-emulator:local}
     * (built by {@code ./mvnw package} in the emulator module, or by {@code docker/build-image.sh}).
     * Calls {@link #assumeDockerOrFailInCi()} first.
     *
     * @param image the image, e.g. {@code "store-emulator:local"}
     * @throws org.opentest4j.TestAbortedException without Docker or the image, off CI
     * @throws org.opentest4j.AssertionFailedError without Docker or the image, on CI
     */
    public static void assumeImageOrFailInCi(String image) {
        assumeDockerOrFailInCi();
        if (isImagePresent(image)) {
            return;
        }
        String message = "Docker image " + image + " is not present locally (build it: "
                + "./mvnw -B install -DskipTests -pl emulator -am, or docker/build-image.sh)";
        if (isCi()) {
            Assertions.fail(message + "; CI=true, so this is a failure, not a skip.");
        }
        Assumptions.abort(message + ": skipping the container test (with CI=true it would fail).");
    }

    /**
     * Whether the local Docker engine has the image (no pull is attempted).
     *
     * @param image the image, e.g. {@code "store-emulator:local"}
     * @return {@code true} if {@code docker image inspect image} would succeed; {@code false} also without Docker
     */
    public static boolean isImagePresent(String image) {
        if (!isDockerAvailable()) {
            return false;
        }
        try {
            DockerClientFactory.instance().client().inspectImageCmd(image).exec();
            return true;
        } catch (com.github.dockerjava.api.exception.NotFoundException e) {
            return false;
        }
    }
}
