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
import org.junit.jupiter.api.Test;

/**
 * bin/jvm.options is the one list of JVM defaults: bin/store-emulator passes it to java as an argument file (see
 * {@link LauncherTest}), and the image reads the build's copy of it through JDK_JAVA_OPTIONS, with no option
 * copied into the Dockerfile by hand. ExecutableJarIT checks that the copy in target/ is the file itself.
 */
class JvmOptionsTest {
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    static final Path OPTIONS = REPOSITORY.resolve("bin/jvm.options");
    /**
     * The start-up archive's options (class-data sharing, the AOT cache of JDK 24+), which belong to the image and the
     * launcher that record and use it, not to the defaults.
     */
    static final Pattern CDS_OPTION = Pattern.compile(
            "-XX:(SharedArchiveFile|ArchiveClassesAtExit|AOTCache|AOTCacheOutput|AOTConfiguration|AOTMode)=\\S*"
                    + "|-Xlog:(cds|aot)\\S*");

    static final Pattern JVM_OPTION = Pattern.compile("(?<![\\w-])-X[^\\s\",\\\\]+");

    /** The options, one per line; # starts a comment line. */
    static List<String> options() throws IOException {
        return Files.readAllLines(OPTIONS).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    @Test
    void eachLineIsOneOptionThatReadsTheSameInAnArgumentFile() throws IOException {
        assertThat(options())
                .isNotEmpty()
                .allSatisfy(option -> assertThat(option)
                        .as("one option per line, no quotes, spaces, comments or nested argument files")
                        .matches("-[^\\s\"'#@\\\\]+"));
        assertThat(options()).contains("-XX:+UseSerialGC", "-Xmn80m");
    }

    @Test
    void javaAcceptsTheFileBothWaysItIsGiven() throws Exception {
        // As bin/store-emulator gives it: on the command line. An unknown or malformed option fails here.
        String launcher = java(List.of("@" + OPTIONS, "-XX:+PrintCommandLineFlags", "-version"), null);
        // As the image gives it: JDK_JAVA_OPTIONS=@/app/jvm.options.
        String image = java(List.of("-XX:+PrintCommandLineFlags", "-version"), "@" + OPTIONS);
        for (String output : List.of(launcher, image)) {
            assertThat(output)
                    .contains("-XX:+UseSerialGC", "-XX:SurvivorRatio=3", "-XX:Tier4InvocationThreshold=50000");
        }
    }

    @Test
    void theImageReadsTheBuildsCopyOfTheFileAndCopiesNoOptionByHand() throws IOException {
        String dockerfile = Files.readString(REPOSITORY.resolve("emulator/Dockerfile"));
        List<String> instructions =
                dockerfile.lines().filter(line -> !line.strip().startsWith("#")).toList();
        assertThat(instructions).contains("COPY target/jvm.options /app/jvm.options");
        assertThat(String.join("\n", instructions)).contains("JDK_JAVA_OPTIONS=\"@/app/jvm.options\"");

        assertThat(jvmOptionsBesidesCds(instructions))
                .as("JVM options belong in bin/jvm.options, not in the Dockerfile")
                .isEmpty();
        assertThat(Files.readAllLines(REPOSITORY.resolve("emulator/.dockerignore")))
                .as("the copy is in the build context")
                .contains("!target/jvm.options");
    }

    @Test
    void theLauncherHasNoOptionOfItsOwn() throws IOException {
        List<String> code = Files.readAllLines(REPOSITORY.resolve("bin/store-emulator")).stream()
                .filter(line -> !line.strip().startsWith("#"))
                .toList();
        assertThat(code).anySatisfy(line -> assertThat(line).contains("options=\"$root/bin/jvm.options\""));
        assertThat(jvmOptionsBesidesCds(code))
                .as("JVM defaults belong in bin/jvm.options")
                .isEmpty();
    }

    /** The JVM options written in these lines, but for the class-data sharing ones. */
    static List<String> jvmOptionsBesidesCds(List<String> lines) {
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            Matcher option = JVM_OPTION.matcher(line);
            while (option.find()) {
                if (!CDS_OPTION.matcher(option.group()).matches()) {
                    found.add(option.group());
                }
            }
        }
        return found;
    }

    static String java(List<String> arguments, String jdkJavaOptions) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        if (jdkJavaOptions == null) {
            builder.environment().remove("JDK_JAVA_OPTIONS");
        } else {
            builder.environment().put("JDK_JAVA_OPTIONS", jdkJavaOptions);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
