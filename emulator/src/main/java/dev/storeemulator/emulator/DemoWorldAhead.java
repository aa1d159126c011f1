package dev.storeemulator.emulator;

import dev.storeemulator.emulator.fixtures.Fixtures;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The command line reads the bundled demo world on a thread of its own while picocli parses the arguments (each
 * takes about a tenth of a second of a cold start, and the machine has a second core for one of them). Started
 * only when no fixtures file is named, so a run with {@code --fixtures} never pays for it; {@link #get} gives the
 * world then, or reads it now when it was not started. Any failure is thrown by {@link #get} as it would have
 * been thrown by {@link Fixtures#demoWorld()}.
 */
final class DemoWorldAhead {
    private static volatile CompletableFuture<Fixtures> ahead;

    private DemoWorldAhead() {}

    /**
     * Starts reading the demo world unless the arguments or {@code STORE_EMULATOR_FIXTURES} name a file (or ask for
     * the warm-up run, which reads it itself); true when it started.
     */
    static boolean startUnless(String[] args, String fixturesVariable) {
        if (fixturesVariable != null && !fixturesVariable.isEmpty()) {
            return false;
        }
        for (String arg : args) {
            if (arg.equals("--fixtures") || arg.startsWith("--fixtures=") || arg.equals("--warm-up")) {
                return false;
            }
        }
        CompletableFuture<Fixtures> world = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try {
                        world.complete(Fixtures.demoWorld());
                    } catch (Throwable e) {
                        world.completeExceptionally(e);
                    }
                },
                "store-emulator-demo-world");
        reader.setDaemon(true); // --help, --version and --print-ca exit without waiting for it
        reader.start();
        ahead = world;
        return true;
    }

    /** The demo world: the one read ahead, or read now. */
    static Fixtures get() {
        CompletableFuture<Fixtures> world = ahead;
        if (world == null) {
            return Fixtures.demoWorld();
        }
        try {
            return world.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
