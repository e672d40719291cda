package dev.switchboard.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * README and docs/ are what a newcomer reads first; a link to a file that moved or a class that was renamed
 * sends them nowhere. These specifications read every Markdown file of the repository the way a reader
 * follows it: each relative link must reach a file, and each class-like name in backticks must name a Java
 * type or a GraphQL type that exists.
 */
class DocsStayTrueTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    /** Two or more capitalised words run together, as Java and GraphQL type names are: `RouteLead`, `PoolDraw`. */
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+");

    private static final Pattern JAVA_TYPE =
            Pattern.compile("\\b(?:class|interface|record|enum|@interface)\\s+([A-Z][A-Za-z0-9]*)");
    private static final Pattern GRAPHQL_TYPE =
            Pattern.compile("\\b(?:type|input|enum|union|interface|scalar)\\s+([A-Z][A-Za-z0-9]*)");

    /** Names the docs use that are neither our types nor a mistake: outside products, libraries and formats. */
    private static final Set<String> OUTSIDE_NAMES =
            Set.of("GraphiQL", "GraphQL", "MongoDB", "JavaScript", "CalDAV", "WebSocket", "HttpServer");

    private static Path root;
    private static List<Path> markdown;
    private static Set<String> knownTypes;

    @BeforeAll
    static void readTheRepository() throws IOException {
        root = repositoryRoot();
        try (Stream<Path> files = Files.walk(root)) {
            markdown = files.filter(p -> p.toString().endsWith(".md"))
                    .filter(DocsStayTrueTest::isTheProjectsOwn)
                    .toList();
        }
        knownTypes = new HashSet<>(OUTSIDE_NAMES);
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(DocsStayTrueTest::isTheProjectsOwn).forEach(file -> {
                String name = file.getFileName().toString();
                if (name.endsWith(".java")) {
                    knownTypes.add(name.substring(0, name.length() - ".java".length()));
                    collect(JAVA_TYPE, read(file), knownTypes);
                } else if (name.endsWith(".graphqls")) {
                    collect(GRAPHQL_TYPE, read(file), knownTypes);
                }
            });
        }
    }

    @Test
    void the_docs_exist_and_readme_links_the_architecture() {
        assertThat(markdown)
                .extracting(p -> root.relativize(p).toString())
                .contains("README.md", "docs/architecture.md");
        assertThat(read(root.resolve("README.md"))).contains("(docs/architecture.md)");
    }

    @Test
    void every_relative_link_in_readme_and_docs_reaches_a_file_of_the_repository() {
        List<String> broken = new ArrayList<>();
        for (Path doc : markdown) {
            Matcher link = LINK.matcher(read(doc));
            while (link.find()) {
                String target = link.group(1);
                if (target.startsWith("http:")
                        || target.startsWith("https:")
                        || target.startsWith("mailto:")
                        || target.startsWith("#")) {
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                Path resolved = doc.getParent().resolve(file).normalize();
                if (!resolved.startsWith(root) || !Files.exists(resolved)) {
                    broken.add(root.relativize(doc) + " -> " + target);
                }
            }
        }
        assertThat(broken).as("links that reach no file of the repository").isEmpty();
    }

    @Test
    void every_type_name_the_docs_show_in_code_exists_in_the_code_or_the_schema() {
        List<String> unknown = new ArrayList<>();
        for (Path doc : markdown) {
            Matcher code = CODE.matcher(read(doc));
            while (code.find()) {
                String span = code.group(1).trim();
                // Only a span that is one bare name is a claim that such a type exists; code examples are not.
                if (TYPE_NAME.matcher(span).matches() && !knownTypes.contains(span)) {
                    unknown.add(root.relativize(doc) + ": " + span);
                }
            }
        }
        assertThat(unknown)
                .as("type names in the docs that no Java or GraphQL type has")
                .isEmpty();
    }

    @Test
    void no_doc_points_outside_the_repository_to_shared_design_notes() {
        for (Path doc : markdown) {
            assertThat(read(doc)).as(root.relativize(doc).toString()).doesNotContain("shared/DESIGN.md");
        }
    }

    private static boolean isTheProjectsOwn(Path file) {
        String path = root.relativize(file).toString();
        return !path.contains("target/")
                && !path.startsWith(".")
                && !path.contains("/node_modules/")
                && !path.contains("/vendor/")
                && !path.contains("META-INF/resources/graphiql/")
                && !path.contains("/.mvn/");
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        assertThat(dir)
                .as("the repository's root, holding mvnw, above " + Path.of("").toAbsolutePath())
                .isNotNull();
        return dir;
    }
}
