package dev.storeemulator.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in README.md and docs/** resolves to a file or directory inside the repository (and
 * a {@code #fragment} into a Markdown file to one of its headings), and nothing in the repository points
 * at the team's notes outside it.
 */
class DocsLinksIT {
    /** Inline links and images, {@code [text](target "title")}, and reference definitions, {@code [label]: target}. */
    static final Pattern INLINE_LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

    static final Pattern REFERENCE =
            Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s+\"[^\"]*\")?\\s*$");
    static final Pattern INLINE_CODE = Pattern.compile("`[^`\n]*`");
    static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.*?)\\s*#*\\s*$");

    /** Written in two halves so that this file does not mention them itself. */
    static final List<String> OUTSIDE_PATHS = List.of(".." + "/shared", "/work" + "/shared");
    /** Build output, Git's own files (in a worktree, {@code .git} is a file) and the examples' npm packages. */
    static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules");

    @Test
    void everyRelativeLinkResolvesInsideTheRepository() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path doc : Docs.markdownFiles()) {
            for (String target : links(Docs.read(doc))) {
                if (SCHEME.matcher(target).find()) {
                    continue; // http:, https:, mailto: — not ours to check
                }
                checked++;
                String problem = problem(doc, target);
                if (problem != null) {
                    broken.add(doc + ": (" + target + ") " + problem);
                }
            }
        }
        assertThat(broken).as("broken relative links").isEmpty();
        assertThat(checked).as("relative links checked").isGreaterThan(20);
    }

    @Test
    void nothingInTheRepositoryPointsOutsideIt() throws IOException {
        List<String> found = new ArrayList<>();
        Files.walkFileTree(Docs.ROOT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return !dir.equals(Docs.ROOT) && SKIPPED.contains(name)
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()
                        && !SKIPPED.contains(file.getFileName().toString())) {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    for (String outside : OUTSIDE_PATHS) {
                        if (text.contains(outside)) {
                            found.add(Docs.ROOT.relativize(file) + " mentions " + outside);
                        }
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        assertThat(found).as("files that mention paths outside the repository").isEmpty();
    }

    /** Link targets of a Markdown text, outside fenced code blocks and code spans. */
    static List<String> links(String markdown) {
        String text = INLINE_CODE.matcher(Docs.withoutCodeBlocks(markdown)).replaceAll("");
        List<String> targets = new ArrayList<>();
        for (Pattern p : List.of(INLINE_LINK, REFERENCE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                targets.add(m.group(1));
            }
        }
        return targets;
    }

    /** Why {@code target}, linked from {@code doc}, does not resolve; null when it does. */
    private static String problem(Path doc, String target) {
        int hash = target.indexOf('#');
        String pathPart = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? null : target.substring(hash + 1);
        Path file = pathPart.isEmpty()
                ? Docs.ROOT.resolve(doc)
                : Docs.ROOT.resolve(doc).getParent().resolve(pathPart).normalize();
        if (!file.startsWith(Docs.ROOT)) {
            return "leaves the repository";
        }
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (fragment != null && file.toString().endsWith(".md")) {
            Set<String> anchors = anchors(Docs.read(Docs.ROOT.relativize(file)));
            if (!anchors.contains(fragment)) {
                return "no heading with anchor #" + fragment + " (there are " + anchors + ")";
            }
        }
        return null;
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher m = HEADING.matcher(Docs.withoutCodeBlocks(markdown));
        while (m.find()) {
            String heading = m.group(1).replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
            String slug = heading.toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "")
                    .replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum);
            anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
        }
        return anchors;
    }
}
