package dev.storeemulator.emulator.server;

import dev.storeemulator.emulator.core.AnswerBody;
import dev.storeemulator.emulator.core.CallState;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.servlet.JavalinServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Writes a store's answer straight to the response once its route has handled the call. Javalin would copy
 * it there itself after every handler, through a fresh copy buffer ({@code responseBufferSize}, 32 KiB) and its
 * compressing stream; a small {@link AnswerBody} goes out in one write instead, the same bytes as Javalin's copy
 * would write to the same stream, so the answer on the wire does not change.
 *
 * <p>Only a body Javalin would not compress is written here (shorter than the compression strategy's minimum
 * size; every body when there is no compressor), and only for a call answered in place (not one a fault rule
 * delays, holds or dribbles: those end asynchronously and go Javalin's way). The answer is then taken out of
 * the context (Javalin keeps it in a private field of its context, {@code resultStream}; when a Javalin version
 * has no such field, nothing is written here and every answer goes Javalin's way) and kept in the call's
 * {@link CallState} for the journal.
 */
final class DirectAnswers {
    private static final VarHandle RESULT = resultField();

    /** Bodies this long or longer are left to Javalin, which may compress them. */
    private final int compressFrom;

    DirectAnswers(CompressionStrategy compression) {
        this.compressFrom = compression == null || compression.getCompressors().isEmpty()
                ? Integer.MAX_VALUE
                : compression.getDefaultMinSizeForCompression();
    }

    /** Whether answers are written here at all (false when this Javalin keeps its result elsewhere). */
    static boolean available() {
        return RESULT != null;
    }

    /** Writes the call's answer now when it is an {@link AnswerBody} this class may write (see above). */
    void send(Context ctx, CallState state) {
        if (RESULT == null
                || !(ctx instanceof JavalinServletContext javalin)
                || !(javalin.resultInputStream() instanceof AnswerBody body)
                || state.noResponse()) {
            return;
        }
        int length = body.bytes().length - body.position();
        if (length >= compressFrom || javalin.req().isAsyncStarted()) {
            return;
        }
        RESULT.set(javalin, (InputStream) null);
        state.sent(body);
        try {
            javalin.res().getOutputStream().write(body.bytes(), body.position(), length);
        } catch (IOException e) {
            // The client has gone: nothing more to send (Jetty ends the exchange), the call is still logged.
        }
    }

    private static VarHandle resultField() {
        try {
            return MethodHandles.privateLookupIn(JavalinServletContext.class, MethodHandles.lookup())
                    .findVarHandle(JavalinServletContext.class, "resultStream", InputStream.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
