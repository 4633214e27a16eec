package dev.chit.bootstrap;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository stands on its own: every relative link of the README and of {@code docs/} names a
 * file of the repository (and, with a {@code #fragment}, a heading of it), and none leads outside.
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+)$", Pattern.MULTILINE);

    @Test
    void everyRelativeLinkResolvesInsideTheRepository() throws IOException {
        List<Path> documents = documents();
        assertThat(documents).as("README.md and docs/*.md").hasSizeGreaterThan(3);

        List<String> broken = new ArrayList<>();
        for (Path document : documents) {
            Matcher link = LINK.matcher(withoutCode(Files.readString(document)));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue;
                }
                problemWith(document, target).ifPresent(problem ->
                        broken.add(ROOT.relativize(document) + ": " + target + " (" + problem + ")"));
            }
        }
        assertThat(broken).as("links that do not resolve").isEmpty();
    }

    @Test
    void aBrokenLinkIsCaught() throws IOException {
        Path readme = ROOT.resolve("README.md");
        assertThat(problemWith(readme, "docs/no-such-page.md")).contains("no such file");
        assertThat(problemWith(readme, "../shared/API.md")).contains("outside the repository");
        assertThat(problemWith(readme, "docs/api.md#no-such-heading")).contains("no such heading");
        assertThat(problemWith(readme, "docs/api.md#signing-in")).isEmpty();
    }

    private static Optional<String> problemWith(Path document, String target) {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash + 1);
        Path resolved = file.isEmpty() ? document : document.getParent().resolve(file).normalize();
        if (!resolved.startsWith(ROOT)) {
            return Optional.of("outside the repository");
        }
        if (!Files.exists(resolved)) {
            return Optional.of("no such file");
        }
        if (!fragment.isEmpty() && resolved.toString().endsWith(".md") && !anchorsOf(resolved).contains(fragment)) {
            return Optional.of("no such heading");
        }
        return Optional.empty();
    }

    /** GitHub's anchors: the heading in lower case, punctuation dropped, spaces as hyphens. */
    private static List<String> anchorsOf(Path markdown) {
        try {
            Matcher heading = HEADING.matcher(withoutCode(Files.readString(markdown)));
            List<String> anchors = new ArrayList<>();
            while (heading.find()) {
                anchors.add(heading.group(1).strip().toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
            return anchors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fenced code is shown as it is: a {@code ](} or a {@code #} in it is no link or heading. */
    private static String withoutCode(String markdown) {
        return markdown.replaceAll("(?s)```.*?```", "");
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(ROOT.resolve("README.md"));
        documents.add(ROOT.resolve("benchmarks/README.md"));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }
}
