package dev.storeemulator.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class PlainArgumentsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "--port 0",
                "--port=7071",
                "--port 65535 --host 0.0.0.0",
                "--host=::1 --fixtures world.yaml",
                "--fixtures=dir/world.json --watch",
                "--journal-size 0 --no-request-log",
                "--journal-size=250000 --request-log",
                "--admin-token s3cret --state-dir state",
                "--state-dir=/tmp/state --admin-token=a=b --port 8080",
                "--watch --fixtures w.yaml --no-request-log --journal-size 10"
            })
    void readsWhatPicocliReads(String line) throws Exception {
        assumeTrue(
                PlainArguments.OPTION_VARIABLES.stream().noneMatch(v -> System.getenv(v) != null),
                "no STORE_EMULATOR_* option variable in this environment");
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        Main plain = new Main();
        assertThat(PlainArguments.read(args, Map.of(), plain)).isTrue();
        Main picocli = new Main();
        new CommandLine(picocli).parseArgs(args);
        assertThat(fields(plain)).isEqualTo(fields(picocli));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--help",
                "-h",
                "--version",
                "--print-ca --state-dir s",
                "--warm-up",
                "--https-port 0",
                "--tls-host a,b",
                "--allowed-host x",
                "--admin-allowed-origin http://localhost:3000",
                "--tls-ca-cert c --tls-ca-key k",
                "--port",
                "--port x",
                "--port -1",
                "--port 08",
                "--port 1234567890",
                "--journal-size -5",
                "--port 1 --port 2",
                "--request-log --no-request-log",
                "--watch=true",
                "--host -x",
                "--host=",
                "--fixtures --watch",
                "--unknown",
                "positional",
                "--"
            })
    void leavesEverythingElseToPicocli(String line) {
        assertThat(PlainArguments.read(line.split(" "), Map.of(), new Main())).isFalse();
    }

    @Test
    void anOptionVariableLeavesTheCommandLineToPicocli() {
        for (String variable : PlainArguments.OPTION_VARIABLES) {
            assertThat(PlainArguments.read(new String[0], Map.of(variable, "1"), new Main()))
                    .as(variable)
                    .isFalse();
        }
        assertThat(PlainArguments.read(new String[0], Map.of("STORE_EMULATOR_JAVA", "/jdk"), new Main()))
                .as("the launcher's own variables are not options")
                .isTrue();
    }

    @Test
    void everyOptionWithAnEnvironmentDefaultIsListed() {
        CommandLine.Model.CommandSpec spec = new CommandLine(new Main()).getCommandSpec();
        for (CommandLine.Model.OptionSpec option : spec.options()) {
            String defaultValue = option.defaultValue();
            if (defaultValue != null && defaultValue.startsWith("${env:")) {
                String variable = defaultValue.substring(6).split("[:}]")[0];
                assertThat(PlainArguments.OPTION_VARIABLES)
                        .as(option.longestName())
                        .contains(variable);
            }
        }
    }

    static Map<String, Object> fields(Main main) throws IllegalAccessException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field f : Main.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                values.put(f.getName(), f.get(main));
            }
        }
        return values;
    }
}
