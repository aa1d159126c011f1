package dev.storeemulator.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * bin/store-emulator in a copy of the repository's layout, with a fake {@code mvnw} that records its arguments and
 * a fake {@code java} on the PATH that prints its own: when the launcher builds, and what it hands to java.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    static final Instant JAR_BUILT = Instant.now().minusSeconds(600);

    @TempDir
    Path dir;

    Path root;
    Path jar;

    /** A source tree: the launcher, the poms and sources of the modules the jar is built from, an up-to-date jar. */
    @BeforeEach
    void layout() throws IOException {
        root = dir.resolve("repo");
        copyLauncher(root);
        for (String file : List.of(
                "pom.xml",
                "emulator/pom.xml",
                "admin-api/pom.xml",
                "client/pom.xml",
                "emulator/src/main/java/Main.java",
                "admin-api/src/main/java/Routes.java",
                "emulator/src/test/java/MainTest.java")) {
            write(root.resolve(file), "", JAR_BUILT.minusSeconds(60));
        }
        write(root.resolve("mvnw"), """
                #!/bin/sh
                printf '%s\\n' "$*" >> "$(dirname "$0")/mvnw.calls"
                [ -z "$FAKE_BUILD_FAILS" ] || { echo "BUILD FAILURE"; exit 3; }
                mkdir -p "$(dirname "$0")/emulator/target" && touch "$(dirname "$0")/emulator/target/store-emulator.jar"
                """, JAR_BUILT.minusSeconds(60));
        executable(root.resolve("mvnw"));
        jar = write(root.resolve("emulator/target/store-emulator.jar"), "", JAR_BUILT);
        // Directories too: adding or removing a file changes its directory's time.
        try (var paths = Files.walk(root)) {
            for (Path path : paths.filter(p -> !p.equals(jar)).toList()) {
                Files.setLastModifiedTime(path, FileTime.from(JAR_BUILT.minusSeconds(60)));
            }
        }
        Path fakeJava = write(dir.resolve("fake-jdk/java"), "#!/bin/sh\nprintf '%s\\n' \"$@\"\n", JAR_BUILT);
        executable(fakeJava);
    }

    @Test
    void upToDateSourcesStartJavaAtOnceWithTheOptionsFileThenJavaOptsThenTheArguments() throws Exception {
        Result result = launch(Map.of("JAVA_OPTS", "-Dextra=1 -Dmore=2"), "--port", "0");
        assertThat(builds()).isEmpty();
        assertThat(result.javaArguments())
                .containsExactly(
                        "@" + root.resolve("bin/jvm.options"),
                        "-Dextra=1",
                        "-Dmore=2",
                        "-jar",
                        jar.toString(),
                        "--port",
                        "0");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pom.xml",
                "emulator/pom.xml",
                "admin-api/pom.xml",
                "emulator/src/main/java/Main.java",
                "admin-api/src/main/java/Routes.java",
                "emulator/src/main/resources/new-file.yaml"
            })
    void aSourceNewerThanTheJarRebuildsItOnceQuietlyThenNoMore(String source) throws Exception {
        write(root.resolve(source), "changed", Instant.now().minusSeconds(5));
        Result first = launch(Map.of(), "--help");
        assertThat(builds())
                .containsExactly("-q -B -ntp -f " + root.resolve("pom.xml")
                        + " -pl emulator -am package -DskipTests -Ddocker.skip=true");
        assertThat(first.javaArguments()).endsWith("-jar", jar.toString(), "--help");
        launch(Map.of(), "--help");
        assertThat(builds()).as("the rebuilt jar is newer than the sources").hasSize(1);
    }

    @Test
    void removingASourceRebuildsToo() throws Exception {
        Files.delete(root.resolve("admin-api/src/main/java/Routes.java"));
        launch(Map.of(), "--help");
        assertThat(builds()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"client/pom.xml", "emulator/src/test/java/MainTest.java", "README.md"})
    void aChangeOutsideWhatTheJarIsBuiltFromDoesNotRebuild(String file) throws Exception {
        write(root.resolve(file), "changed", Instant.now().minusSeconds(5));
        launch(Map.of(), "--help");
        assertThat(builds()).isEmpty();
    }

    @Test
    void aMissingJarIsBuiltFirst() throws Exception {
        Files.delete(jar);
        Result result = launch(Map.of(), "--help");
        assertThat(builds()).hasSize(1);
        assertThat(result.javaArguments()).endsWith("-jar", jar.toString(), "--help");
    }

    @Test
    void aFailedBuildShowsItsOutputAndStartsNothing() throws Exception {
        write(
                root.resolve("emulator/src/main/java/Main.java"),
                "changed",
                Instant.now().minusSeconds(5));
        Result result = launch(Map.of("FAKE_BUILD_FAILS", "1"), "--help");
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.output())
                .contains("BUILD FAILURE", "the build failed")
                .doesNotContain("-jar");
    }

    @Test
    void withoutSourcesTheJarIsNeverRebuilt() throws Exception {
        Path release = dir.resolve("release");
        copyLauncher(release);
        Path releaseJar = write(release.resolve("emulator/target/store-emulator.jar"), "", Instant.EPOCH);
        Result result = launch(release, Map.of(), "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.javaArguments())
                .containsExactly("@" + release.resolve("bin/jvm.options"), "-jar", releaseJar.toString(), "--help");

        Files.delete(releaseJar);
        Result missing = launch(release, Map.of(), "--help");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.output()).contains("no sources here to build it from");
    }

    @Test
    void storeEmulatorJavaOptsReplacesTheDefaultsAndJavaOptsStillFollows() throws Exception {
        assertThat(launch(Map.of("STORE_EMULATOR_JAVA_OPTS", "-Xmx1g -XX:+UseG1GC", "JAVA_OPTS", "-Dx=1"))
                        .javaArguments())
                .containsExactly("-Xmx1g", "-XX:+UseG1GC", "-Dx=1", "-jar", jar.toString());
        assertThat(launch(Map.of("STORE_EMULATOR_JAVA_OPTS", "")).javaArguments())
                .as("set but empty: the JVM's own defaults")
                .containsExactly("-jar", jar.toString());
    }

    @Test
    void aFixturesFileOver64MebibytesStartsWithTheJvmsOwnDefaults() throws Exception {
        Path big = dir.resolve("big world.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(64L * 1024 * 1024 + 1); // sparse: no disk used
        }
        assertThat(launch(Map.of(), "--fixtures", big.toString()).javaArguments())
                .containsExactly("-jar", jar.toString(), "--fixtures", big.toString());
        assertThat(launch(Map.of(), "--fixtures=" + big).javaArguments())
                .containsExactly("-jar", jar.toString(), "--fixtures=" + big);
        assertThat(launch(Map.of("STORE_EMULATOR_FIXTURES", big.toString())).javaArguments())
                .containsExactly("-jar", jar.toString());
    }

    @Test
    void theClassDataSharingArchiveIsUsedWhenTheBuildMadeOne() throws Exception {
        Path jsa = write(root.resolve("emulator/target/store-emulator.jsa"), "", JAR_BUILT);
        assertThat(launch(Map.of()).javaArguments())
                .containsExactly(
                        "-XX:SharedArchiveFile=" + jsa,
                        "-Xlog:cds=off",
                        "-Xlog:cds+dynamic=off",
                        "@" + root.resolve("bin/jvm.options"),
                        "-jar",
                        jar.toString());
    }

    @Test
    void aJdk25RecordsAnAotCacheOnFirstUseWithOneLineThenUsesItWithoutRecordingAgain() throws Exception {
        Path jdk = fakeJdk("jdk-25", "25.0.3");
        Path cache = root.resolve("emulator/target/store-emulator-jdk25.aot");
        Result first = launch(Map.of("STORE_EMULATOR_JAVA", jdk.toString()), "--port", "0");
        assertThat(launcherLines(first)).singleElement().asString().contains("recording a start-up archive");
        assertThat(recordings(jdk))
                .containsExactly("-XX:AOTCacheOutput=" + cache + ".tmp -Xlog:aot=off -Xlog:cds=off @"
                        + root.resolve("bin/jvm.options") + " -jar " + jar + " --warm-up");
        List<String> usesTheCache = List.of(
                "-XX:AOTCache=" + cache,
                "-Xlog:aot=off",
                "-Xlog:cds=off",
                "@" + root.resolve("bin/jvm.options"),
                "-jar",
                jar.toString(),
                "--port",
                "0");
        assertThat(first.javaArguments()).isEqualTo(usesTheCache);
        assertThat(cache).exists();
        assertThat(Path.of(cache + ".stamp")).exists();

        Result second =
                launch(Map.of("STORE_EMULATOR_JAVA", jdk.resolve("bin/java").toString()), "--port", "0");
        assertThat(launcherLines(second)).isEmpty();
        assertThat(recordings(jdk)).hasSize(1);
        assertThat(second.javaArguments()).isEqualTo(usesTheCache);
    }

    @ParameterizedTest
    @ValueSource(strings = {"release", "lib/modules", "jar"})
    void aJdkUpdateOrARebuiltJarMakesTheLauncherRecordTheArchiveAgain(String changed) throws Exception {
        Path jdk = fakeJdk("jdk-17", "17.0.14");
        Map<String, String> env = Map.of("JAVA_HOME", jdk.toString());
        launch(env);
        assertThat(recordings(jdk)).hasSize(1);
        Path jsa = root.resolve("emulator/target/store-emulator.jsa");
        assertThat(recordings(jdk).get(0)).startsWith("-XX:ArchiveClassesAtExit=" + jsa + ".tmp ");

        switch (changed) {
            case "release" -> write(jdk.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n", JAR_BUILT);
            case "lib/modules" -> write(jdk.resolve("lib/modules"), "modules", JAR_BUILT.plusSeconds(30));
            default -> write(jar, "rebuilt", JAR_BUILT.plusSeconds(30));
        }
        Result again = launch(env);
        assertThat(launcherLines(again)).singleElement().asString().contains("no longer matches");
        assertThat(recordings(jdk)).hasSize(2);
        assertThat(again.javaArguments())
                .startsWith("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        assertThat(launcherLines(launch(env))).as("matches again").isEmpty();
        assertThat(recordings(jdk)).hasSize(2);
    }

    @Test
    void anArchiveWithoutItsStampOrAStampWithoutItsArchiveIsRecordedAgain() throws Exception {
        Path jdk = fakeJdk("jdk-17", "17.0.14");
        Path jsa = write(root.resolve("emulator/target/store-emulator.jsa"), "from an older build", JAR_BUILT);
        launch(Map.of("STORE_EMULATOR_JAVA", jdk.toString()));
        assertThat(recordings(jdk)).hasSize(1);
        Files.delete(jsa);
        Result again = launch(Map.of("STORE_EMULATOR_JAVA", jdk.toString()));
        assertThat(recordings(jdk)).hasSize(2);
        assertThat(again.javaArguments()).startsWith("-XX:SharedArchiveFile=" + jsa);
    }

    @Test
    void aFailedRecordingStartsWithoutAnArchiveAndIsNotRetriedForTheSameJdkAndJar() throws Exception {
        Path jdk = fakeJdk("jdk-25", "25");
        Map<String, String> env = Map.of("STORE_EMULATOR_JAVA", jdk.toString(), "FAKE_RECORD_FAILS", "1");
        Result failed = launch(env);
        assertThat(launcherLines(failed)).hasSize(2).last().asString().contains("failed", ".log");
        assertThat(failed.javaArguments())
                .containsExactly("@" + root.resolve("bin/jvm.options"), "-jar", jar.toString());
        Result next = launch(env);
        assertThat(launcherLines(next)).isEmpty();
        assertThat(recordings(jdk)).hasSize(1);
        assertThat(next.javaArguments()).containsExactly("@" + root.resolve("bin/jvm.options"), "-jar", jar.toString());
    }

    @Test
    void archiveOffNeitherRecordsNorUsesOne() throws Exception {
        Path jdk = fakeJdk("jdk-25", "25.0.1");
        write(root.resolve("emulator/target/store-emulator.jsa"), "", JAR_BUILT);
        Result result = launch(Map.of("STORE_EMULATOR_JAVA", jdk.toString(), "STORE_EMULATOR_ARCHIVE", "off"));
        assertThat(recordings(jdk)).isEmpty();
        assertThat(result.javaArguments())
                .containsExactly("@" + root.resolve("bin/jvm.options"), "-jar", jar.toString());
    }

    @Test
    void archiveRecordRecordsNowAndExitsWithoutBuildingOrStarting() throws Exception {
        Path jdk = fakeJdk("jdk-21", "21.0.6");
        write(
                root.resolve("emulator/src/main/java/Main.java"),
                "changed",
                Instant.now().minusSeconds(5));
        Result result = launch(Map.of("STORE_EMULATOR_JAVA", jdk.toString(), "STORE_EMULATOR_ARCHIVE", "record"));
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).isEmpty();
        assertThat(builds()).isEmpty();
        assertThat(recordings(jdk))
                .singleElement()
                .asString()
                .startsWith("-XX:ArchiveClassesAtExit=" + root.resolve("emulator/target/store-emulator-jdk21.jsa")
                        + ".tmp");
        assertThat(root.resolve("emulator/target/store-emulator-jdk21.jsa.stamp"))
                .exists();
    }

    @Test
    void storeEmulatorJavaWinsOverJavaHomeWhichWinsOverThePath() throws Exception {
        Path home = fakeJdk("jdk-home", "17.0.14");
        Path chosen = fakeJdk("jdk-chosen", "25.0.3");
        Map<String, String> off = Map.of("STORE_EMULATOR_ARCHIVE", "off");
        assertThat(launch(off).javaArguments()).as("the PATH's java").contains("-jar");
        assertThat(recordings(home)).isEmpty();
        assertThat(launch(Map.of("JAVA_HOME", home.toString())).javaArguments()).contains("-jar");
        assertThat(recordings(home)).hasSize(1);
        launch(Map.of("JAVA_HOME", home.toString(), "STORE_EMULATOR_JAVA", chosen.toString()));
        assertThat(recordings(chosen)).hasSize(1);
        assertThat(recordings(home)).hasSize(1);
        Result missing =
                launch(Map.of("STORE_EMULATOR_JAVA", dir.resolve("nowhere").toString()));
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.output()).contains("STORE_EMULATOR_JAVA").doesNotContain("-jar");
    }

    /**
     * A JDK directory the launcher can stamp (release, lib/modules) whose java prints its arguments, or, asked to
     * record an archive, writes it (or fails with FAKE_RECORD_FAILS) and adds its arguments to recordings.
     */
    Path fakeJdk(String name, String version) throws IOException {
        Path home = dir.resolve(name);
        write(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\nIMPLEMENTOR=\"fake\"\n", JAR_BUILT);
        write(home.resolve("lib/modules"), "", JAR_BUILT);
        Path java = write(home.resolve("bin/java"), """
                #!/bin/sh
                for arg in "$@"; do
                  case "$arg" in
                    -XX:AOTCacheOutput=*|-XX:ArchiveClassesAtExit=*)
                      printf '%s\\n' "$*" >> "$(dirname "$0")/../recordings"
                      [ -z "$FAKE_RECORD_FAILS" ] || exit 7
                      echo archive > "${arg#*=}"
                      exit 0 ;;
                  esac
                done
                printf '%s\\n' "$@"
                """, JAR_BUILT);
        executable(java);
        return home;
    }

    static List<String> recordings(Path jdk) throws IOException {
        Path file = jdk.resolve("recordings");
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    static List<String> launcherLines(Result result) {
        return result.output()
                .lines()
                .filter(line -> line.startsWith("store-emulator: "))
                .toList();
    }

    record Result(int exitCode, String output) {
        /** What the fake java printed: its arguments, one per line (the launcher's messages start with its name). */
        List<String> javaArguments() {
            assertThat(exitCode).as(output).isZero();
            return output.lines()
                    .filter(line -> !line.startsWith("store-emulator: "))
                    .toList();
        }
    }

    Result launch(Map<String, String> environment, String... arguments) throws Exception {
        return launch(root, environment, arguments);
    }

    Result launch(Path layout, Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(
                List.of("sh", layout.resolve("bin/store-emulator").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        for (String inherited : List.of(
                "JAVA_OPTS",
                "STORE_EMULATOR_JAVA_OPTS",
                "STORE_EMULATOR_FIXTURES",
                "JDK_JAVA_OPTIONS",
                "JAVA_HOME",
                "STORE_EMULATOR_JAVA",
                "STORE_EMULATOR_ARCHIVE",
                "STORE_EMULATOR_ARCHIVE_DIR",
                "FAKE_BUILD_FAILS",
                "FAKE_RECORD_FAILS")) {
            env.remove(inherited);
        }
        env.put("PATH", dir.resolve("fake-jdk") + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    List<String> builds() throws IOException {
        Path calls = root.resolve("mvnw.calls");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    static void copyLauncher(Path layout) throws IOException {
        Files.createDirectories(layout.resolve("bin"));
        for (String file : List.of("store-emulator", "jvm.options")) {
            Files.copy(
                    REPOSITORY.resolve("bin").resolve(file),
                    layout.resolve("bin").resolve(file));
        }
        executable(layout.resolve("bin/store-emulator"));
    }

    static Path write(Path file, String content, Instant modified) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
