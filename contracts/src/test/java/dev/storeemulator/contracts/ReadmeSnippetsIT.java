package dev.storeemulator.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Java snippet in the README is the code between {@code // BEGIN readme:<name>} and
 * {@code // END readme:<name>} in a compiled test, so the README cannot go stale.
 */
class ReadmeSnippetsIT {
    static final Pattern SNIPPET = Pattern.compile("// BEGIN readme:([\\w-]+)\\n(.*?)\\n\\s*// END readme:\\1", Pattern.DOTALL);

    @ParameterizedTest
    @ValueSource(strings = {
        "client/src/test/java/dev/storeemulator/client/readme/ReadmeExamplesTest.java",
        "testkit/src/test/java/dev/storeemulator/testkit/readme/ReadmeExamplesTest.java",
        "contracts/src/test/java/dev/storeemulator/contracts/cafebazaar/CafebazaarProviderPactIT.java"})
    void readmeContainsEverySnippetOf(String source) throws IOException {
        Path root = Path.of("..");
        String readme = Files.readString(root.resolve("README.md"));
        Matcher m = SNIPPET.matcher(Files.readString(root.resolve(source)));
        int found = 0;
        while (m.find()) {
            found++;
            assertThat(readme).as("README snippet readme:" + m.group(1) + " from " + source)
                    .contains(m.group(2).stripIndent());
        }
        assertThat(found).as("snippets marked in " + source).isPositive();
    }
}
