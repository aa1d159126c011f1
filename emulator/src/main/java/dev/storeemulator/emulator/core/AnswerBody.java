package dev.storeemulator.emulator.core;

import java.io.ByteArrayInputStream;

/**
 * An answer's body as {@link Responses} sets it ({@code ctx.result(...)}): a byte-array stream like the one
 * Javalin makes of a {@code byte[]}, whose bytes stay reachable without a copy, so that the answer can be written
 * straight to the response and the journal can keep a reference to what was sent.
 */
public final class AnswerBody extends ByteArrayInputStream {
    /** @param bytes the whole body; never changed afterwards (the journal keeps a reference) */
    public AnswerBody(byte[] bytes) {
        super(bytes);
    }

    /** The bytes, not copied: the whole array is the body. */
    public byte[] bytes() {
        return buf;
    }

    /** Where the part not read yet starts (0 unless someone read the stream). */
    public int position() {
        return pos;
    }
}
