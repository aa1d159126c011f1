package dev.storeemulator.emulator.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretQueryTest {

    @ParameterizedTest
    @ValueSource(strings = {"access_token", "client_secret", "refresh_token", "code", "password"})
    void secretValuesKeepTheirFirstFourCharacters(String name) {
        assertThat(SecretQuery.mask(name + "=demo-access-token")).isEqualTo(name + "=demo…");
    }

    @Test
    void otherParametersAndTheirOrderAreKept() {
        assertThat(SecretQuery.mask("a=1&access_token=secret-value&flag&b=&c=x%20y"))
                .isEqualTo("a=1&access_token=secr…&flag&b=&c=x%20y");
    }

    @Test
    void aShortSecretIsNeverShownWhole() {
        assertThat(SecretQuery.mask("access_token=x")).isEqualTo("access_token=…");
        assertThat(SecretQuery.mask("password=abcdef")).isEqualTo("password=abc…");
    }

    @Test
    void encodedNamesAndValuesAreMaskedToo() {
        assertThat(SecretQuery.mask("access%5Ftoken=%61%62%63%64%65%66%67%68")).isEqualTo("access%5Ftoken=abcd…");
    }

    @Test
    void noQueryIsNull() {
        assertThat(SecretQuery.mask(null)).isNull();
        assertThat(SecretQuery.mask("")).isNull();
    }
}
