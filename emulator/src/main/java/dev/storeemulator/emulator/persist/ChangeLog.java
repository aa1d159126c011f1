package dev.storeemulator.emulator.persist;

import dev.storeemulator.emulator.core.JsonMappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The change log of a state directory, {@code changes.log}: one line per saved change, appended and forced to
 * disk before the change is acknowledged. A line is {@code <crc32, 8 hex digits> <record as JSON>}; each record
 * carries its sequence number ({@code seq}). While a snapshot is being taken the log is moved to
 * {@code changes.old.log} and a new one begun; the old one is deleted once the snapshot covering it is on disk.
 * A last line cut short by a kill (no newline, or a checksum that does not match) was never acknowledged and is
 * ignored; a damaged line before the last stops the start. Not thread-safe: its owner serialises the calls.
 */
public final class ChangeLog {
    public static final String NAME = "changes.log";
    public static final String OLD = "changes.old.log";

    private final Path dir;
    private final Path file;
    private final Path old;
    private FileChannel out;
    private long bytes;

    public ChangeLog(Path dir) {
        this.dir = dir.toAbsolutePath();
        this.file = this.dir.resolve(NAME);
        this.old = this.dir.resolve(OLD);
    }

    /** {@code DIR/changes.log}. */
    public Path path() {
        return file;
    }

    /** Bytes appended to {@code changes.log} since it was begun. */
    public long bytes() {
        return bytes;
    }

    /** Appends one record (a JSON document on one line); when this returns, it is on disk. */
    public void append(byte[] json) {
        byte[] line = line(json);
        try {
            if (out == null) {
                boolean fresh = !Files.exists(file);
                out = FileChannel.open(
                        file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                bytes = out.size();
                if (fresh) {
                    StateFile.forceDirectory(dir);
                }
            }
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(false);
            bytes += line.length;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to " + file, e);
        }
    }

    /**
     * Moves the log aside ({@code changes.old.log}) for a snapshot to cover it; the next append begins a new one.
     * Does nothing while an old log is still there (a snapshot that failed): the log then goes on, its records
     * sorted out by sequence number.
     */
    public void rotate() {
        if (Files.exists(old)) {
            return;
        }
        close();
        try {
            if (Files.exists(file)) {
                Files.move(file, old, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                StateFile.forceDirectory(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + file + " aside", e);
        }
    }

    /** Deletes the log moved aside by {@link #rotate} (a snapshot now covers it). */
    public void deleteOld() {
        delete(old);
    }

    /** Deletes both logs (a snapshot covering everything is on disk). */
    public void deleteAll() {
        close();
        delete(old);
        delete(file);
    }

    /** Closes the open log, if any. */
    public void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // nothing more can be lost: every append was forced
            }
            out = null;
            bytes = 0;
        }
    }

    /**
     * The records of {@code changes.old.log} and {@code changes.log} whose {@code seq} is at least {@code from},
     * in order of {@code seq}; throws {@link IllegalStateException} when a line before the last of a file is
     * damaged. The current log is read first, so that a log moved aside meanwhile is still read (as the old one).
     */
    public List<JsonNode> read(long from) {
        java.util.TreeMap<Long, JsonNode> records = new java.util.TreeMap<>();
        for (Path p : List.of(file, old)) {
            if (Files.exists(p)) {
                List<JsonNode> lines;
                try {
                    lines = readFile(p);
                } catch (UncheckedIOException e) {
                    if (e.getCause() instanceof java.nio.file.NoSuchFileException) {
                        continue; // deleted since: a snapshot covers it
                    }
                    throw e;
                }
                for (JsonNode r : lines) {
                    long seq = r.path("seq").asLong(-1);
                    if (seq >= from) {
                        records.putIfAbsent(seq, r);
                    }
                }
            }
        }
        return new ArrayList<>(records.values());
    }

    private static List<JsonNode> readFile(Path p) {
        byte[] content;
        try {
            content = Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + p, e);
        }
        List<JsonNode> records = new ArrayList<>();
        int start = 0;
        int lineNumber = 0;
        while (start < content.length) {
            int end = start;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            lineNumber++;
            boolean last = end >= content.length - 1;
            JsonNode record = parse(content, start, end);
            if (record == null || end == content.length) {
                if (last) {
                    break; // cut short by a kill: never acknowledged
                }
                throw new IllegalStateException(p + " is damaged at line " + lineNumber
                        + " (not the last line, so not a write cut short); move it away to start from state.json.");
            }
            records.add(record);
            start = end + 1;
        }
        return records;
    }

    /** The record of one line, or null when its checksum or JSON is wrong. */
    private static JsonNode parse(byte[] content, int start, int end) {
        if (end - start < 10 || content[start + 8] != ' ') {
            return null;
        }
        long expected;
        try {
            expected = Long.parseLong(new String(content, start, 8, StandardCharsets.US_ASCII), 16);
        } catch (NumberFormatException e) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(content, start + 9, end - start - 9);
        if (crc.getValue() != expected) {
            return null;
        }
        try {
            return JsonMappers.json().readTree(new String(content, start + 9, end - start - 9, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            return null;
        }
    }

    private static byte[] line(byte[] json) {
        CRC32 crc = new CRC32();
        crc.update(json);
        byte[] prefix = String.format("%08x ", crc.getValue()).getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[prefix.length + json.length + 1];
        System.arraycopy(prefix, 0, line, 0, prefix.length);
        System.arraycopy(json, 0, line, prefix.length, json.length);
        line[line.length - 1] = '\n';
        return line;
    }

    private void delete(Path p) {
        try {
            if (Files.deleteIfExists(p)) {
                StateFile.forceDirectory(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + p, e);
        }
    }
}
