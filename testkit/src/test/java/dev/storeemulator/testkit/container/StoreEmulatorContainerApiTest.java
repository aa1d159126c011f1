package dev.storeemulator.testkit.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.testkit.StoreEmulatorContainer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.utility.DockerImageName;

/** The container's configuration, checked without starting anything (runs without Docker too). */
class StoreEmulatorContainerApiTest {

    @Test
    void defaultImageIsTheLocallyBuiltOne() {
        assertThat(StoreEmulatorContainer.DEFAULT_IMAGE).isEqualTo("store-emulator:local");
        assertThat(new StoreEmulatorContainer().getExposedPorts())
                .containsExactly(StoreEmulatorContainer.PORT, StoreEmulatorContainer.HTTPS_PORT);
    }

    @Test
    void acceptsOtherTagsOfTheImage() {
        assertThat(new StoreEmulatorContainer("store-emulator:0.1.0-SNAPSHOT").getExposedPorts())
                .containsExactly(7070, 7443);
    }

    @Test
    void rejectsUnrelatedImagesUnlessDeclaredSubstitutes() {
        assertThatThrownBy(() -> new StoreEmulatorContainer("nginx:latest")).isInstanceOf(IllegalStateException.class);

        DockerImageName mirror = DockerImageName.parse("registry.example.com/tools/store-emulator:1.0")
                .asCompatibleSubstituteFor("store-emulator");
        assertThat(new StoreEmulatorContainer(mirror).getExposedPorts()).containsExactly(7070, 7443);
    }

    @Test
    void fixturesPointTheEnvironmentAtTheCopiedFile(@TempDir Path dir) throws Exception {
        Path world = Files.writeString(dir.resolve("world.yaml"), "cafebazaar: {}\n");

        StoreEmulatorContainer container = new StoreEmulatorContainer().withFixtures(world);

        assertThat(container.getEnvMap()).containsEntry("STORE_EMULATOR_FIXTURES", "/fixtures/world.yaml");
    }

    @Test
    void missingFixturesFileIsRejectedEarly(@TempDir Path dir) {
        StoreEmulatorContainer container = new StoreEmulatorContainer();

        assertThatThrownBy(() -> container.withFixtures(dir.resolve("nope.yaml")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope.yaml");
    }

    @Test
    void theHostNetworkListensOnLoopbackWithoutMappedPorts() {
        StoreEmulatorContainer container = new StoreEmulatorContainer().withHostNetwork();

        assertThat(container.isHostNetwork()).isTrue();
        assertThat(container.getNetworkMode()).isEqualTo("host");
        assertThat(container.getExposedPorts()).isEmpty();
        assertThat(container.getEnvMap()).containsEntry("STORE_EMULATOR_HOST", "127.0.0.1");
        assertThat(new StoreEmulatorContainer().isHostNetwork()).isFalse();
    }

    @Test
    void theHostNetworkBaseUrlIsKnownOnlyOnceStarted() {
        StoreEmulatorContainer container = new StoreEmulatorContainer().withHostNetwork();

        assertThatThrownBy(container::getBaseUrl)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not been started");
    }
}
