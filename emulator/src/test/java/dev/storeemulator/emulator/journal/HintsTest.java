package dev.storeemulator.emulator.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HintsTest {

    @Test
    void lineBreaksAndNonAsciiCharactersAreDropped() {
        assertThat(Hints.headerSafe("no token 'a\r\nSet-Cookie: x'; closest known: 'café\t'"))
                .isEqualTo("no token 'aSet-Cookie: x'; closest known: 'caf'");
    }

    @Test
    void aLongHintIsCutToTheMaximumLength() {
        assertThat(Hints.headerSafe("x".repeat(1000))).hasSize(Hints.MAX_LENGTH);
    }

    @Test
    void printableAsciiIsKeptAsIs() {
        String hint = "no purchase token 'demo-purchase-activ'; closest known: 'demo-purchase-active'";
        assertThat(Hints.headerSafe(hint)).isEqualTo(hint);
    }
}
