package dev.storeemulator.testkit.sink;

import static dev.storeemulator.testkit.sink.Posts.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storeemulator.testkit.NotificationSink;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sink as a JUnit 5 extension: in a static field, in an instance field, and its callbacks one by one. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class NotificationSinkExtensionTest {
    @RegisterExtension
    static NotificationSink sink = NotificationSink.extension();

    private static int firstPort;

    @Test
    @Order(1)
    void aStaticFieldIsStartedBeforeTheTests() {
        firstPort = sink.port();
        sink.answerWith(500);
        assertThat(post(sink.url(), "{}").statusCode()).isEqualTo(500);
        assertThat(sink.received()).hasSize(1);
    }

    @Test
    @Order(2)
    void andClearedAndResetBeforeEachTestOnTheSamePort() {
        assertThat(sink.port()).isEqualTo(firstPort);
        assertThat(sink.received()).isEmpty();
        assertThat(post(sink.url(), "{}").statusCode()).isEqualTo(200);
    }

    @Nested
    @Order(1)
    class ANestedClass {
        @Test
        void usesTheOuterSink() {
            assertThat(sink.port()).isEqualTo(firstPort);
            assertThat(sink.received()).isEmpty();
        }
    }

    @Nested
    @Order(2)
    class AnotherNestedClassAfterIt {
        @Test
        void stillHasItRunning() {
            assertThat(sink.port()).isEqualTo(firstPort);
        }
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    @Order(3)
    class AnInstanceField {
        private static NotificationSink previous;

        @RegisterExtension
        NotificationSink own = NotificationSink.extension();

        @Test
        @Order(1)
        void getsItsOwnSinkPerTest() {
            assertThat(own.port()).isNotEqualTo(sink.port());
            previous = own;
        }

        @Test
        @Order(2)
        void andTheOneOfTheTestBeforeIsClosed() {
            assertThat(own).isNotSameAs(previous);
            assertThatThrownBy(previous::port).isInstanceOf(IllegalStateException.class);
            assertThat(own.port()).isPositive();
        }
    }

    @Test
    @Order(3)
    void theCallbacksCloseOnlyWhatTheirOwnContextStarted() {
        NotificationSink extension = NotificationSink.extension();
        ExtensionContext outer = context("[class:Outer]");
        ExtensionContext nested = context("[class:Outer]/[nested-class:Inner]");
        ExtensionContext test = context("[class:Outer]/[method:test()]");

        extension.beforeAll(outer);
        int port = extension.port();
        extension.beforeAll(nested);
        extension.beforeEach(test);
        extension.afterEach(test);
        extension.afterAll(nested);
        assertThat(extension.port()).isEqualTo(port);
        extension.afterAll(outer);
        assertThatThrownBy(extension::port).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @Order(4)
    void aSinkStartedByHandIsClearedButNeverClosedByTheCallbacks() {
        try (NotificationSink started = NotificationSink.start()) {
            post(started.url(), "{}");
            ExtensionContext test = context("[class:Outer]/[method:test()]");

            started.beforeAll(test);
            started.beforeEach(test);
            assertThat(started.received()).isEmpty();
            started.afterEach(test);
            started.afterAll(test);
            assertThat(post(started.url(), "{}").statusCode()).isEqualTo(200);
        }
    }

    /** An extension context that knows only its unique id, which is all the sink asks. */
    private static ExtensionContext context(String uniqueId) {
        return (ExtensionContext) Proxy.newProxyInstance(
                ExtensionContext.class.getClassLoader(), new Class<?>[] {ExtensionContext.class}, (p, m, args) -> {
                    if (m.getName().equals("getUniqueId")) {
                        return uniqueId;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }
}
