package dev.storeemulator.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storeemulator.emulator.cafebazaar.CafebazaarError;
import dev.storeemulator.emulator.catappult.CatappultError;
import dev.storeemulator.emulator.onestore.OneStoreError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The error table of each store page ({@code docs/stores/<store>.md}) lists exactly the errors the code
 * defines, with the same status and code.
 *
 * <p>The convention the pages follow: one heading whose text is {@code Errors}; the first table after it
 * has a column whose header starts with {@code key}, one named {@code status} and one whose header starts
 * with {@code code}. In each row the key cell holds one key in backticks (the name under
 * {@code <store>.settings.errors}), the status cell the number, and the code cell starts with the code in
 * backticks (text may follow).
 */
class DocsErrorTablesIT {
    record DocumentedError(int status, String code) {}

    static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    @Test
    void cafebazaarPageListsEveryCafebazaarError() {
        assertTableMatches(
                "docs/stores/cafebazaar.md",
                byKey(CafebazaarError.values(), CafebazaarError::key, CafebazaarError::status, CafebazaarError::code));
    }

    @Test
    void oneStorePageListsEveryOneStoreError() {
        assertTableMatches(
                "docs/stores/onestore.md",
                byKey(OneStoreError.values(), OneStoreError::key, OneStoreError::status, OneStoreError::code));
    }

    @Test
    void catappultPageListsEveryCatappultError() {
        assertTableMatches(
                "docs/stores/catappult.md",
                byKey(CatappultError.values(), CatappultError::key, CatappultError::status, CatappultError::code));
    }

    private static void assertTableMatches(String page, Map<String, DocumentedError> code) {
        Map<String, DocumentedError> documented = errorTable(Path.of(page));
        assertThat(documented)
                .as("the Errors table of %s against the code's errors (key → status, code)", page)
                .containsExactlyInAnyOrderEntriesOf(code);
    }

    /** The rows of the first table after the page's one "Errors" heading, by key. */
    static Map<String, DocumentedError> errorTable(Path page) {
        List<String> lines = List.of(Docs.withoutCodeBlocks(Docs.read(page)).split("\n"));
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher h = HEADING.matcher(lines.get(i));
            if (h.matches() && h.group(1).equals("Errors")) {
                headings.add(i);
            }
        }
        assertThat(headings).as("headings \"Errors\" in %s", page).hasSize(1);
        int at = headings.get(0) + 1;
        while (at < lines.size() && !lines.get(at).startsWith("|")) {
            assertThat(HEADING.matcher(lines.get(at)).matches())
                    .as("%s: a table right under \"Errors\", before the next heading (%s)", page, lines.get(at))
                    .isFalse();
            at++;
        }
        assertThat(at).as("a table under \"Errors\" in %s", page).isLessThan(lines.size());
        List<String> header = cells(lines.get(at));
        int keyColumn = column(header, "key", page);
        int statusColumn = column(header, "status", page);
        int codeColumn = column(header, "code", page);
        assertThat(lines.get(at + 1)).as("%s: the table's separator row", page).matches("\\|[-:| ]+\\|");
        Map<String, DocumentedError> rows = new LinkedHashMap<>();
        for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> row = cells(lines.get(i));
            assertThat(row)
                    .as("%s line %d: as many cells as the header", page, i + 1)
                    .hasSameSizeAs(header);
            List<String> keys = backticked(row.get(keyColumn));
            assertThat(keys)
                    .as("%s line %d: exactly one `key` in the key column", page, i + 1)
                    .hasSize(1);
            assertThat(row.get(statusColumn))
                    .as("%s line %d: the status", page, i + 1)
                    .matches("\\d{3}");
            List<String> codes = backticked(row.get(codeColumn));
            assertThat(row.get(codeColumn))
                    .as("%s line %d: the code cell starts with the `code`", page, i + 1)
                    .startsWith("`");
            DocumentedError error = new DocumentedError(Integer.parseInt(row.get(statusColumn)), codes.get(0));
            assertThat(rows.put(keys.get(0), error))
                    .as("%s: key %s listed twice", page, keys.get(0))
                    .isNull();
        }
        assertThat(rows).as("rows of the Errors table in %s", page).isNotEmpty();
        return rows;
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        // A "\|" inside a cell is an escaped pipe, not a column separator.
        return Arrays.stream(inner.split("(?<!\\\\)\\|", -1)).map(String::strip).toList();
    }

    private static int column(List<String> header, String prefix, Path page) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError(page + ": no column whose header starts with \"" + prefix + "\" in " + header);
    }

    private static List<String> backticked(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static <E> Map<String, DocumentedError> byKey(
            E[] errors, Function<E, String> key, ToIntFunction<E> status, Function<E, String> code) {
        Map<String, DocumentedError> out = new LinkedHashMap<>();
        for (E e : errors) {
            assertThat(out.put(key.apply(e), new DocumentedError(status.applyAsInt(e), code.apply(e))))
                    .as("error key %s defined twice", key.apply(e))
                    .isNull();
        }
        return out;
    }
}
