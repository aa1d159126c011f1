package dev.storeemulator.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the store emulator in process on a free loopback port for a test class. Test methods,
 * constructors and lifecycle methods can take a {@link dev.storeemulator.emulator.StoreEmulator},
 * its {@link dev.storeemulator.emulator.core.VirtualClock}, its admin client
 * ({@link dev.storeemulator.client.admin.StoreEmulatorAdmin}), or a {@code String} annotated
 * {@link StoreEmulatorBaseUrl}.
 *
 * <pre>{@code
 * @StoreEmulatorTest
 * class MyBackendTest {
 *     @Test
 *     void validatesAPurchase(@StoreEmulatorBaseUrl String baseUrl) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(StoreEmulatorExtension.class)
public @interface StoreEmulatorTest {

    /** Fixtures: {@code classpath:world.yaml} or a file path; empty (default) means the demo world. */
    String fixtures() default "";

    /** One emulator for the whole class (default), or a fresh one for every test method. */
    Lifecycle lifecycle() default Lifecycle.PER_CLASS;

    /** With one emulator per class: put the stores back to their fixtures before each test (default true). */
    boolean resetBeforeEach() default true;

    /** The clock starts frozen at this ISO-8601 instant; empty (default) means it follows real time. */
    String frozenAt() default "";

    /**
     * Serve HTTPS too, on a free port: the injected {@code StoreEmulator} then gives {@code httpsBaseUrl()},
     * {@code sslContext()} and {@code trustStore()} (default false).
     */
    boolean https() default false;

    /** How long one emulator lives. */
    enum Lifecycle {
        PER_CLASS,
        PER_METHOD
    }
}
