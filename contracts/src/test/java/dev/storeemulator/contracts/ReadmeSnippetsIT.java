package dev.storeemulator.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.cafebazaar.CafebazaarFixtures;
import dev.storeemulator.emulator.catappult.CatappultFixtures;
import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.fixtures.Fixtures;
import dev.storeemulator.emulator.onestore.OneStoreFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java snippet in the documentation (README.md and docs/**) is the code between
 * {@code // BEGIN readme:<name>} and {@code // END readme:<name>} in a compiled test, so the documentation
 * cannot go stale: each marked snippet must appear verbatim in at least one of the documents. Every yaml
 * block of every document must be valid fixtures — but for a block that names its file after the language
 * ({@code ```yaml examples/compose/compose.yaml}): that is the file's content verbatim when the file is in the
 * repository, else (a CI snippet for another project) well-formed YAML.
 */
class ReadmeSnippetsIT {
    static final Pattern SNIPPET =
            Pattern.compile("// BEGIN readme:([\\w-]+)\\n(.*?)\\n\\s*// END readme:\\1", Pattern.DOTALL);
    static final Pattern BEGIN = Pattern.compile("// BEGIN readme:([\\w-]+)");
    static final Pattern YAML = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);
    static final Pattern NAMED_YAML = Pattern.compile("```yaml ([^\s`]+)\n(.*?)```", Pattern.DOTALL);

    /** The test sources with marked snippets; {@link #noOtherSourceHasMarkers} keeps this list complete. */
    static List<String> sources() {
        return List.of(
                "client/src/test/java/dev/storeemulator/client/readme/ReadmeExamplesTest.java",
                "testkit/src/test/java/dev/storeemulator/testkit/readme/ReadmeExamplesTest.java",
                "contracts/src/test/java/dev/storeemulator/contracts/cafebazaar/CafebazaarProviderPactIT.java");
    }

    @Test
    void everyYamlBlockIsValidFixtures() {
        List<Fixtures> parsed = new ArrayList<>();
        for (Path doc : Docs.markdownFiles()) {
            Matcher yaml = YAML.matcher(Docs.read(doc));
            int block = 0;
            while (yaml.find()) {
                parsed.add(Fixtures.parse(yaml.group(1), doc + ", yaml block " + ++block));
            }
        }
        assertThat(parsed).as("yaml blocks in README.md and docs/").hasSizeGreaterThan(1);
        assertThat(parsed)
                .as("the fixtures reference: one yaml block with purchases for every store")
                .anySatisfy(fixtures -> {
                    assertThat(fixtures.section(CafebazaarFixtures.class).purchases())
                            .isNotEmpty();
                    assertThat(fixtures.section(OneStoreFixtures.class)
                                    .sandbox()
                                    .purchases())
                            .isNotEmpty();
                    assertThat(fixtures.section(CatappultFixtures.class).purchases())
                            .isNotEmpty();
                });
        assertThat(parsed)
                .as("the fault rules example")
                .anySatisfy(fixtures -> assertThat(fixtures.faults()).isNotEmpty());
    }

    @Test
    void everyNamedYamlBlockIsItsFileOrWellFormed() throws IOException {
        int inRepository = 0;
        for (Path doc : Docs.markdownFiles()) {
            Matcher named = NAMED_YAML.matcher(Docs.read(doc));
            while (named.find()) {
                Path file = Docs.ROOT.resolve(named.group(1)).normalize();
                if (file.startsWith(Docs.ROOT) && Files.isRegularFile(file)) {
                    inRepository++;
                    assertThat(named.group(2))
                            .as("%s: the block naming %s is that file verbatim", doc, named.group(1))
                            .isEqualTo(Files.readString(file));
                } else {
                    assertThat(JsonMappers.yaml().readTree(named.group(2)).isObject())
                            .as("%s: %s is a YAML mapping", doc, named.group(1))
                            .isTrue();
                }
            }
        }
        assertThat(inRepository)
                .as("named yaml blocks of files in the repository")
                .isPositive();
    }

    @ParameterizedTest
    @MethodSource("sources")
    void theDocsContainEverySnippetOf(String source) throws IOException {
        List<Path> docs = Docs.markdownFiles();
        List<String> texts = docs.stream().map(Docs::read).toList();
        String code = Files.readString(Docs.ROOT.resolve(source));
        Matcher m = SNIPPET.matcher(code);
        int found = 0;
        while (m.find()) {
            found++;
            String snippet = m.group(2).stripIndent();
            assertThat(texts.stream().anyMatch(text -> text.contains(snippet)))
                    .as("snippet readme:%s from %s appears verbatim in one of %s", m.group(1), source, docs)
                    .isTrue();
        }
        assertThat(found).as("snippets marked in " + source).isPositive();
        assertThat(found)
                .as("every BEGIN readme: marker in %s has its END", source)
                .isEqualTo(count(BEGIN, code));
    }

    @Test
    void noOtherSourceHasMarkers() throws IOException {
        Set<String> marked = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(Docs.ROOT)) {
            for (Path p : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/"))
                    .filter(p -> !p.toString().contains("/target/"))::iterator) {
                if (BEGIN.matcher(Files.readString(p)).find()) {
                    marked.add(Docs.ROOT.relativize(p).toString().replace('\\', '/'));
                }
            }
        }
        assertThat(marked)
                .as("sources with readme markers, all checked by this test")
                .containsExactlyInAnyOrderElementsOf(sources());
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
