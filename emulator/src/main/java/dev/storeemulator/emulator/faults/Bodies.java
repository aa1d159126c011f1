package dev.storeemulator.emulator.faults;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Takes the answer a store handler produced, so an effect can reshape it. */
final class Bodies {
    private Bodies() {}

    static byte[] take(Context ctx) {
        try (InputStream in = ctx.resultInputStream()) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
