package dev.storeemulator.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code sh}/{@code bash} block with a {@code curl} in README.md and docs/** runs verbatim against the demo
 * world, as a reader would run it: one emulator per document (demo world, HTTPS on a free port), its blocks in
 * order, each by {@code bash -euo pipefail}, with only {@code 127.0.0.1:7070} and {@code localhost:7070} pointed
 * at that emulator. curl is configured (its {@code CURL_HOME/.curlrc}, not the commands) with
 * {@code --fail-with-body}, so an answer of 400 or more fails the block; a comment line {@code # {…}} right after a
 * command is its expected output and must appear verbatim.
 */
class DocsCurlExamplesTest {
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    static final Pattern BLOCK = Pattern.compile("^```(?:sh|bash)\\n(.*?)^```", Pattern.DOTALL | Pattern.MULTILINE);
    static final Pattern EXPECTED = Pattern.compile("^# (\\{.*})$", Pattern.MULTILINE);
    static final Pattern ADDRESS = Pattern.compile("(127\\.0\\.0\\.1|localhost):7070\\b");

    record Block(int number, String script) {}

    static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> walk = Files.walk(REPOSITORY.resolve("docs"))) {
            walk.filter(p -> p.toString().endsWith(".md"))
                    .map(REPOSITORY::relativize)
                    .sorted()
                    .forEach(docs::add);
        }
        return docs.stream().filter(doc -> !curlBlocks(doc).isEmpty()).toList();
    }

    static List<Block> curlBlocks(Path doc) {
        String text;
        try {
            text = Files.readString(REPOSITORY.resolve(doc));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Block> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        int number = 0;
        while (m.find()) {
            number++;
            if (m.group(1).contains("curl ")) {
                blocks.add(new Block(number, m.group(1)));
            }
        }
        return blocks;
    }

    @Test
    void theDocumentsHaveCurlExamples() throws IOException {
        assertThat(documents())
                .contains(
                        Path.of("README.md"),
                        Path.of("docs/admin-api.md"),
                        Path.of("docs/faults.md"),
                        Path.of("docs/stores/onestore.md"),
                        Path.of("docs/stores/catappult.md"));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyCurlExampleRunsAgainstTheDemoWorld(Path doc, @TempDir Path work) throws Exception {
        Files.writeString(work.resolve(".curlrc"), "fail-with-body\nshow-error\nmax-time = 20\n");
        try (StoreEmulator emulator =
                StoreEmulator.builder().httpsPort(0).requestLog(false).build().start()) {
            for (Block block : curlBlocks(doc)) {
                String script = ADDRESS.matcher(block.script()).replaceAll("$1:" + emulator.port());
                ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
                        .directory(work.toFile())
                        .redirectErrorStream(true);
                bash.environment().put("CURL_HOME", work.toString());
                Process process = bash.start();
                process.getOutputStream().close();
                boolean ended = process.waitFor(60, TimeUnit.SECONDS);
                if (!ended) {
                    process.destroyForcibly();
                }
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                String where = doc + ", block " + block.number() + ":\n" + block.script() + "\noutput:\n" + output;
                assertThat(ended).as("ends within 60 s: %s", where).isTrue();
                assertThat(process.exitValue()).as("exit status of %s", where).isZero();
                Matcher expected = EXPECTED.matcher(block.script());
                while (expected.find()) {
                    assertThat(output).as("expected output of %s", where).contains(expected.group(1));
                }
            }
        }
    }
}
