// Loads a (large) JSON fixtures file in process, timing each step, then serves it like the CLI does.
// The CLI reads every fixtures file with the YAML parser, whose 3 MiB document limit refuses large files
// (see bench/README.md); this harness reads JSON with the emulator's own JSON mapper instead and then goes
// through the same public steps: Fixtures.parseTree (schema check + binding), StoreEmulator.start.
// Run with: java -cp emulator/target/store-emulator.jar bench/ScaleHarness.java FILE.json PORT
import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.core.JsonMappers;
import dev.storeemulator.emulator.fixtures.Fixtures;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

public class ScaleHarness {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        long t0 = System.nanoTime();
        tools.jackson.databind.JsonNode tree;
        try (InputStream in = Files.newInputStream(file)) {
            tree = JsonMappers.json().readTree(in);
        }
        long t1 = System.nanoTime();
        Fixtures fixtures = Fixtures.parseTree(tree, file.toString());
        tree = null;
        long t2 = System.nanoTime();
        StoreEmulator emulator = StoreEmulator.builder().host("127.0.0.1").port(port).fixtures(fixtures).build().start();
        long t3 = System.nanoTime();
        System.out.printf("HARNESS read_json_ms=%d schema_and_bind_ms=%d build_and_start_ms=%d total_ms=%d%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t3 - t0) / 1_000_000);
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::stop));
        Thread.currentThread().join();
    }
}
