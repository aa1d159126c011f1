package dev.storeemulator.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class DemoWorldAheadTest {
    @Test
    void aFixturesFileOrTheWarmUpRunReadsNoDemoWorldAhead() {
        assertThat(DemoWorldAhead.startUnless(new String[] {"--fixtures", "world.yaml"}, null))
                .isFalse();
        assertThat(DemoWorldAhead.startUnless(new String[] {"--port", "0", "--fixtures=world.yaml"}, null))
                .isFalse();
        assertThat(DemoWorldAhead.startUnless(new String[] {}, "world.yaml")).isFalse();
        assertThat(DemoWorldAhead.startUnless(new String[] {"--warm-up"}, null)).isFalse();
    }

    @Test
    void otherwiseTheDemoWorldIsReadAheadAndIsTheOneTheEmulatorWouldLoad() {
        assertThat(DemoWorldAhead.startUnless(new String[] {"--port", "0"}, "")).isTrue();
        assertThat(DemoWorldAhead.get()).isSameAs(Fixtures.demoWorld());
    }
}
