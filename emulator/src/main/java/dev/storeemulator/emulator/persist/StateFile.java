package dev.storeemulator.emulator.persist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The one file a state directory holds, {@code state.json}, replaced atomically: the new content goes to
 * {@code state.json.tmp}, is forced to disk, then renamed over the old file. A kill at any moment leaves
 * either the previous complete file or the new one; a leftover {@code .tmp} is never read.
 */
public final class StateFile {
    public static final String NAME = "state.json";
    public static final String TEMP = NAME + ".tmp";

    private final Path dir;
    private final Path file;
    private final Path temp;

    public StateFile(Path dir) {
        this.dir = dir.toAbsolutePath();
        this.file = this.dir.resolve(NAME);
        this.temp = this.dir.resolve(TEMP);
        try {
            Files.createDirectories(this.dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the state directory " + this.dir, e);
        }
    }

    /** {@code DIR/state.json}. */
    public Path path() {
        return file;
    }

    /** The saved state, if any; a leftover temporary file (a write cut short) is deleted first. */
    public Optional<byte[]> read() {
        try {
            Files.deleteIfExists(temp);
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The saved state, if any, leaving any temporary file alone (a write may be in progress). */
    public Optional<byte[]> peek() {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Replaces the saved state with {@code content}; when this returns, the new content is on disk. */
    public void write(byte[] content) {
        try {
            try (FileChannel out = FileChannel.open(
                    temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the state to " + file, e);
        }
    }

    /** Makes the rename itself durable (power loss, not just a killed process); not every OS allows it. */
    static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory; the rename is still atomic there.
        }
    }
}
