package dev.storeemulator.contracts;

import dev.storeemulator.emulator.cafebazaar.CafebazaarFixtures;
import dev.storeemulator.emulator.catappult.CatappultFixtures;
import dev.storeemulator.emulator.onestore.OneStoreFixtures;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.storeemulator.emulator.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Java snippet in the README is the code between {@code // BEGIN readme:<name>} and
 * {@code // END readme:<name>} in a compiled test, so the README cannot go stale.
 */
class ReadmeSnippetsIT {
    static final Pattern SNIPPET = Pattern.compile("// BEGIN readme:([\\w-]+)\\n(.*?)\\n\\s*// END readme:\\1", Pattern.DOTALL);

    @Test
    void theFixturesExampleIsValidFixtures() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher yaml = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(yaml.find()).as("a yaml block in the README").isTrue();
        Fixtures fixtures = Fixtures.parse(yaml.group(1), "README.md");
        assertThat(fixtures.section(CafebazaarFixtures.class).purchases()).isNotEmpty();
        assertThat(fixtures.section(OneStoreFixtures.class).sandbox().purchases()).isNotEmpty();
        assertThat(fixtures.section(CatappultFixtures.class).purchases()).isNotEmpty();
        int blocks = 1;
        while (yaml.find()) {
            Fixtures.parse(yaml.group(1), "README.md, yaml block " + ++blocks);
        }
        assertThat(blocks).as("the fault rules example too").isGreaterThan(1);
    }

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
