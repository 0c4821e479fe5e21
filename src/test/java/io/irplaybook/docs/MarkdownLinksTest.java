package io.irplaybook.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in the repository's markdown leads somewhere: to a file or directory inside
 * the repository and, for {@code #anchor}s into markdown, to a heading of that file. External links
 * ({@code https:}, {@code mailto:}, ...) are citations and are not fetched.
 */
class MarkdownLinksTest {

  private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "node_modules", ".git");

  /** {@code [text](target)}, {@code ![alt](target)}, also {@code (<target with spaces>)}. */
  private static final Pattern INLINE_LINK = Pattern.compile("\\]\\(\\s*(<[^>]*>|[^)\\s]+)");

  /** {@code [label]: target} reference definitions. */
  private static final Pattern REFERENCE_DEFINITION =
      Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*(<[^>]*>|\\S+)");

  /** {@code <a href="...">}, {@code <img src="...">}. */
  private static final Pattern HTML_LINK = Pattern.compile("(?:href|src)\\s*=\\s*\"([^\"]*)\"");

  /** {@code <a id="...">} or {@code <a name="...">}: an anchor that is not a heading. */
  private static final Pattern HTML_ANCHOR =
      Pattern.compile("<a\\s[^>]*(?:id|name)\\s*=\\s*\"([^\"]+)\"");

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
  private static final Pattern ATX_HEADING =
      Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
  private static final Pattern LINK_TEXT = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");

  private final Path root = Path.of("").toAbsolutePath().normalize();
  private final Map<Path, Set<String>> anchorsByFile = new HashMap<>();

  @Test
  void everyRelativeLinkInMarkdownResolves() {
    // given every markdown file of the repository
    List<Path> markdown = markdownFiles();
    assertThat(markdown).as("markdown files under " + root).contains(root.resolve("README.md"));

    // when
    List<String> broken = new ArrayList<>();
    for (Path file : markdown) {
      for (Link link : links(file)) {
        problem(file, link.target())
            .ifPresent(
                why ->
                    broken.add(
                        root.relativize(file)
                            + ":"
                            + link.line()
                            + " -> "
                            + link.target()
                            + " ("
                            + why
                            + ")"));
      }
    }

    // then
    assertThat(broken)
        .withFailMessage(
            "Expected every relative link in markdown to resolve, but %d do not:%n%s",
            broken.size(), String.join(System.lineSeparator(), broken))
        .isEmpty();
  }

  @Test
  void readmeLinksIntoTheDocsAreFound() {
    // given the README, which points newcomers at docs/

    // when
    List<String> targets = links(root.resolve("README.md")).stream().map(Link::target).toList();

    // then the scanner sees them (a scanner that finds nothing would pass the test above vacuously)
    assertThat(targets).anyMatch(t -> t.startsWith("docs/"));
  }

  @Test
  void headingsBecomeGitHubStyleAnchors() {
    assertThat(slug("Start-up of the packaged application"))
        .isEqualTo("start-up-of-the-packaged-application");
    assertThat(slug("The `engine` package (embedded)")).isEqualTo("the-engine-package-embedded");
    assertThat(slug("Camunda 8 SaaS / Self-Managed")).isEqualTo("camunda-8-saas--self-managed");
    assertThat(slug("See [the contracts](contracts.md), please!"))
        .isEqualTo("see-the-contracts-please");
    assertThat(slug("irp_settings and 設定")).isEqualTo("irp_settings-and-設定");
  }

  @Test
  void linksInsideCodeAreNotLinks() throws IOException {
    // given
    Path file = Files.createTempFile("links", ".md");
    try {
      Files.writeString(
          file,
          String.join(
              "\n",
              "A [real](one.md) link and `[code](not-a-link.md)`.",
              "```",
              "[fenced](not-a-link-either.md)",
              "```",
              "[ref]: two.md"));

      // when
      List<String> targets = links(file).stream().map(Link::target).toList();

      // then
      assertThat(targets).containsExactly("one.md", "two.md");
    } finally {
      Files.delete(file);
    }
  }

  private List<Path> markdownFiles() {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(null);
    return files;
  }

  /** Why a link target does not resolve, or empty when it does (or is not a relative link). */
  private Optional<String> problem(Path file, String target) {
    if (SCHEME.matcher(target).find() || target.startsWith("//")) {
      return Optional.empty();
    }
    int hash = target.indexOf('#');
    String pathPart = hash < 0 ? target : target.substring(0, hash);
    String anchor = hash < 0 ? "" : target.substring(hash + 1);
    int query = pathPart.indexOf('?');
    if (query >= 0) {
      pathPart = pathPart.substring(0, query);
    }
    pathPart = URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);

    Path resolved;
    if (pathPart.isEmpty()) {
      resolved = file;
    } else if (pathPart.startsWith("/")) {
      resolved = root.resolve(pathPart.substring(1)).normalize();
    } else {
      resolved = file.getParent().resolve(pathPart).normalize();
    }
    if (!resolved.startsWith(root)) {
      return Optional.of("points outside the repository");
    }
    if (!Files.exists(resolved)) {
      return Optional.of("no such file");
    }
    if (!anchor.isEmpty()
        && resolved.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
      String wanted =
          URLDecoder.decode(anchor.replace("+", "%2B"), StandardCharsets.UTF_8)
              .toLowerCase(Locale.ROOT);
      if (!anchors(resolved).contains(wanted)) {
        return Optional.of(
            "no heading with anchor #" + anchor + " in " + root.relativize(resolved));
      }
    }
    return Optional.empty();
  }

  private record Link(int line, String target) {}

  private static List<Link> links(Path file) {
    List<Link> links = new ArrayList<>();
    List<String> lines = readLines(file);
    Fences fences = new Fences();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (fences.isCode(line)) {
        continue;
      }
      String text = CODE_SPAN.matcher(line).replaceAll("");
      for (Pattern pattern : List.of(INLINE_LINK, REFERENCE_DEFINITION, HTML_LINK)) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
          String target = m.group(1);
          if (target.startsWith("<") && target.endsWith(">")) {
            target = target.substring(1, target.length() - 1);
          }
          if (!target.isBlank()) {
            links.add(new Link(i + 1, target.strip()));
          }
        }
      }
    }
    return links;
  }

  /** The anchors GitHub gives a markdown file's headings, plus explicit HTML anchors. */
  private Set<String> anchors(Path file) {
    return anchorsByFile.computeIfAbsent(
        file,
        f -> {
          Set<String> anchors = new HashSet<>();
          Map<String, Integer> seen = new HashMap<>();
          List<String> lines = readLines(f);
          Fences fences = new Fences();
          for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (fences.isCode(line)) {
              continue;
            }
            String heading = null;
            Matcher atx = ATX_HEADING.matcher(line);
            if (atx.matches()) {
              heading = atx.group(1);
            } else if (i + 1 < lines.size()
                && !line.isBlank()
                && SETEXT_UNDERLINE.matcher(lines.get(i + 1)).matches()
                && !line.strip().startsWith("|")
                && !line.strip().startsWith("-")) {
              heading = line.strip();
            }
            if (heading != null) {
              String slug = slug(heading);
              int count = seen.merge(slug, 1, Integer::sum);
              anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
            Matcher html = HTML_ANCHOR.matcher(line);
            while (html.find()) {
              anchors.add(html.group(1).toLowerCase(Locale.ROOT));
            }
          }
          return anchors;
        });
  }

  /**
   * GitHub's rule, simplified: the heading's text (link text, not link targets), lower case, every
   * character that is not a letter, digit, mark, {@code -}, {@code _} or space removed, spaces to
   * {@code -}.
   */
  static String slug(String heading) {
    String text = LINK_TEXT.matcher(heading).replaceAll("$1");
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\p{M}\\- _]", "")
        .replace(' ', '-');
  }

  /** Fenced code blocks, line by line: neither links nor headings live there. */
  private static final class Fences {
    private String open;

    /** Whether the line opens, closes or lies inside a fenced code block. */
    boolean isCode(String line) {
      if (open == null) {
        Matcher fence = FENCE.matcher(line);
        if (fence.find()) {
          open = fence.group(1);
          return true;
        }
        return false;
      }
      String stripped = line.strip();
      if (stripped.length() >= open.length()
          && stripped.chars().allMatch(c -> c == open.charAt(0))) {
        open = null;
      }
      return true;
    }
  }

  private static List<String> readLines(Path file) {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
