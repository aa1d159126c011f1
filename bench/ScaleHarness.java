// Loads a (large) fixtures file in process the way the CLI does (Fixtures.load: read, schema check, bind,
// the stores' own checks), timing each step, then serves it like the CLI does (StoreEmulator.start).
// Run with: java -cp emulator/target/store-emulator.jar bench/ScaleHarness.java FILE PORT
import dev.storeemulator.emulator.StoreEmulator;
import dev.storeemulator.emulator.fixtures.Fixtures;
import java.nio.file.Path;

public class ScaleHarness {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        long t0 = System.nanoTime();
        Fixtures fixtures = Fixtures.load(file);
        long t1 = System.nanoTime();
        StoreEmulator emulator = StoreEmulator.builder().host("127.0.0.1").port(port).fixtures(fixtures).build();
        long t2 = System.nanoTime();
        emulator.start();
        long t3 = System.nanoTime();
        System.out.printf("HARNESS load_ms=%d build_ms=%d start_ms=%d total_ms=%d%n", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t3 - t0) / 1_000_000);
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::stop));
        Thread.currentThread().join();
    }
}
