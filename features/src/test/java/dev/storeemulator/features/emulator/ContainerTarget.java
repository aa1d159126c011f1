package dev.storeemulator.features.emulator;

import dev.storeemulator.testkit.DockerAvailability;
import dev.storeemulator.testkit.StoreEmulatorContainer;
import java.time.Clock;
import java.time.Duration;

/**
 * The emulator's Docker image ({@code store-emulator:local}) started with Testcontainers, driven over
 * its admin API like any {@link UrlTarget}. Where no Docker engine answers the scenarios are skipped
 * with a message; with {@code CI=true} they fail instead. It runs in the host's network, so that the
 * notifications it sends reach the scenarios' receivers on 127.0.0.1.
 */
final class ContainerTarget implements EmulatorTarget {
    private final StoreEmulatorContainer container;
    private final UrlTarget url;

    ContainerTarget() {
        DockerAvailability.assumeImageOrFailInCi(StoreEmulatorContainer.DEFAULT_IMAGE);
        // the host's network: the container reaches the scenarios' notification endpoints on 127.0.0.1
        container = new StoreEmulatorContainer().withHostNetwork();
        container.start();
        url = new UrlTarget(container.getBaseUrl());
    }

    @Override
    public String baseUrl() {
        return url.baseUrl();
    }

    @Override
    public void reset() {
        url.reset();
    }

    @Override
    public void advanceClock(Duration duration) {
        url.advanceClock(duration);
    }

    @Override
    public Clock clock() {
        return url.clock();
    }

    @Override
    public void close() {
        container.stop();
    }
}
