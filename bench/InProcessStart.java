// What a JUnit test pays per emulator: in one warm JVM, StoreEmulator.builder().build().start() to the first 200 on
// Cafebazaar validate, then stop(), N times after a few warm-up starts. Run by bench/inprocess-start:
//   java -cp emulator/target/store-emulator.jar bench/InProcessStart.java [RUNS] [WARMUP]
// Prints one line: INPROCESS median_ms=… p90_ms=… min_ms=… max_ms=… n=… warmup=… (and the same split into
// build_ms, start_ms and first_ms: builder().build(), start(), the first call answered 200).
import dev.storeemulator.emulator.StoreEmulator;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class InProcessStart {
    static final String PATH = "/devapi/v2/api/validate/com.example.game/inapp/coins_100/purchases/"
            + "demo-purchase-active/?access_token=demo-access-token";

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<Double> total = new ArrayList<>();
        List<Double> build = new ArrayList<>();
        List<Double> start = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            long t0 = System.nanoTime();
            StoreEmulator emulator = StoreEmulator.builder().build();
            long t1 = System.nanoTime();
            emulator.start();
            long t2 = System.nanoTime();
            int status = get(emulator.port());
            long t3 = System.nanoTime();
            emulator.close();
            if (status != 200) {
                throw new IllegalStateException("Cafebazaar validate answered " + status + ", not 200");
            }
            if (i >= warmup) {
                total.add((t3 - t0) / 1e6);
                build.add((t1 - t0) / 1e6);
                start.add((t2 - t1) / 1e6);
                first.add((t3 - t2) / 1e6);
            }
        }
        System.out.printf(
                "INPROCESS median_ms=%.1f p90_ms=%.1f min_ms=%.1f max_ms=%.1f n=%d warmup=%d build_ms=%.1f start_ms=%.1f"
                        + " first_ms=%.1f%n",
                pct(total, 50), pct(total, 90), pct(total, 0), pct(total, 100), runs, warmup, pct(build, 50),
                pct(start, 50), pct(first, 50));
    }

    /** One GET on a new connection (HTTP/1.1, Connection: close); the status code. */
    static int get(int port) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII); // "HTTP/1.1 200"
            in.readAllBytes();
            return Integer.parseInt(head.substring(9, 12));
        }
    }

    static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
