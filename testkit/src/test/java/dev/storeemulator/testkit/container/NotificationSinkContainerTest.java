package dev.storeemulator.testkit.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.testkit.DockerAvailability;
import dev.storeemulator.testkit.NotificationSink;
import dev.storeemulator.testkit.StoreEmulatorContainer;
import dev.storeemulator.testsupport.Http;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Container;

/**
 * The image in the host's network beside a sink on loopback: the emulator answers on {@code 127.0.0.1}, and what
 * runs in the container reaches the sink's URL. Skipped without Docker or the image; on CI that is a failure.
 */
class NotificationSinkContainerTest {
    private static StoreEmulatorContainer emulator;
    private static NotificationSink sink;

    @BeforeAll
    static void start() {
        sink = NotificationSink.start();
        if (DockerAvailability.isImagePresent(StoreEmulatorContainer.DEFAULT_IMAGE)) {
            emulator = new StoreEmulatorContainer().withHostNetwork();
            emulator.start();
        }
    }

    /** Per test, not in {@code @BeforeAll}: Surefire reports a class-level skip as zero tests, not as skipped. */
    @BeforeEach
    void requireDocker() {
        DockerAvailability.assumeImageOrFailInCi(StoreEmulatorContainer.DEFAULT_IMAGE);
        sink.clear();
    }

    @AfterAll
    static void stop() {
        if (emulator != null) {
            emulator.stop();
        }
        sink.close();
    }

    @Test
    void answersHealthOnLoopbackOfThisMachine() {
        assertThat(emulator.getBaseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(emulator.getExposedPorts()).isEmpty();

        HttpResponse<String> health = new Http(emulator.getBaseUrl()).get(StoreEmulatorContainer.HEALTH_PATH);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(emulator.admin().clock().now()).isNotNull();
    }

    @Test
    void whatRunsInTheContainerReachesTheSinkUrl() throws Exception {
        String url = sink.urlFor(emulator);
        assertThat(url).isEqualTo(sink.url());
        String body = "{\"from\":\"the container\"}";
        String request = "POST " + NotificationSink.DEFAULT_PATH + " HTTP/1.0\\r\\nHost: 127.0.0.1\\r\\n"
                + "Content-Type: application/json\\r\\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\\r\\n\\r\\n" + body;

        // bash's /dev/tcp, as the image's health check does: the image has neither curl nor wget.
        Container.ExecResult posted = emulator.execInContainer(
                "bash",
                "-c",
                "exec 3<>/dev/tcp/127.0.0.1/" + sink.port() + " && printf '%b' '" + request
                        + "' >&3 && read -r _ status _ <&3 && echo \"$status\"");

        assertThat(posted.getStdout().trim()).as(posted.getStderr()).isEqualTo("200");
        assertThat(sink.awaitCount(1, Duration.ofSeconds(30)))
                .singleElement()
                .satisfies(r -> assertThat(r.bodyText()).isEqualTo(body));
    }
}
