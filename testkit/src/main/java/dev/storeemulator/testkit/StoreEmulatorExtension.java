package dev.storeemulator.testkit;

import dev.storeemulator.client.admin.StoreEmulatorAdmin;
import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.VirtualClock;
import dev.storeemulator.emulator.fixtures.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** The extension behind {@link StoreEmulatorTest}; it can also be registered with {@code @ExtendWith}. */
public final class StoreEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(StoreEmulatorExtension.class);
    private static final String KEY = "emulator";

    /**
     * Stops the emulator when JUnit closes the store it lives in. JUnit 5.13 and later close stored
     * {@link AutoCloseable}s (and warn about a {@code CloseableResource} that is not one); older versions, or
     * {@code junit.jupiter.extensions.store.close.autocloseable.enabled=false}, close {@code CloseableResource}s.
     * Either way it is closed once.
     */
    @SuppressWarnings("deprecation") // CloseableResource, for JUnit before 5.13
    private record Running(StoreEmulator emulator) implements AutoCloseable, ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            emulator.stop();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (settings(context).lifecycle() == StoreEmulatorTest.Lifecycle.PER_CLASS) {
            context.getStore(NAMESPACE).put(KEY, new Running(start(settings(context))));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        StoreEmulatorTest settings = settings(context);
        if (settings.lifecycle() == StoreEmulatorTest.Lifecycle.PER_METHOD) {
            context.getStore(NAMESPACE).put(KEY, new Running(start(settings)));
        } else if (settings.resetBeforeEach()) {
            StoreEmulator emulator = emulator(context);
            if (!settings.frozenAt().isEmpty()) {
                emulator.clock().set(Instant.parse(settings.frozenAt()));
            }
            emulator.reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == StoreEmulator.class
                || type == VirtualClock.class
                || type == StoreEmulatorAdmin.class
                || (type == String.class && parameter.isAnnotated(StoreEmulatorBaseUrl.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        StoreEmulator emulator = emulator(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == StoreEmulatorAdmin.class) {
            return StoreEmulatorAdmin.connect(emulator.baseUrl());
        }
        return type == StoreEmulator.class
                ? emulator
                : type == VirtualClock.class ? emulator.clock() : emulator.baseUrl();
    }

    private static StoreEmulator emulator(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Running running = c.getStore(NAMESPACE).get(KEY, Running.class);
            if (running != null) {
                return running.emulator();
            }
        }
        throw new ExtensionConfigurationException("No store emulator is running here: with Lifecycle.PER_METHOD "
                + "the emulator exists only inside test methods, not in @BeforeAll/@AfterAll.");
    }

    private static StoreEmulatorTest settings(ExtensionContext context) {
        return context.getTestClass()
                .flatMap(c -> AnnotationSupport.findAnnotation(c, StoreEmulatorTest.class))
                .orElseGet(() -> Defaults.class.getAnnotation(StoreEmulatorTest.class));
    }

    private static StoreEmulator start(StoreEmulatorTest settings) {
        VirtualClock clock = settings.frozenAt().isEmpty()
                ? VirtualClock.system()
                : VirtualClock.frozenAt(Instant.parse(settings.frozenAt()));
        return StoreEmulator.builder()
                .fixtures(fixtures(settings.fixtures()))
                .clock(clock)
                .httpsPort(settings.https() ? 0 : -1)
                .build()
                .start();
    }

    private static Fixtures fixtures(String location) {
        if (location.isEmpty()) {
            return Fixtures.demoWorld();
        }
        if (!location.startsWith("classpath:")) {
            return Fixtures.load(Path.of(location));
        }
        String resource = location.substring("classpath:".length()).replaceFirst("^/", "");
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ExtensionConfigurationException("No fixtures resource " + resource + " on the classpath");
            }
            return Fixtures.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), location);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Carries the default settings for classes that use {@code @ExtendWith} without the annotation. */
    @StoreEmulatorTest
    private static final class Defaults {}
}
