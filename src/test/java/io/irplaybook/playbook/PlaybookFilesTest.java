package io.irplaybook.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the playbooks, from the build-time index or from an operator's directory. */
class PlaybookFilesTest {

  @TempDir Path temp;

  @Test
  void shouldReadThePackagedPlaybooksTheIndexNames() throws IOException {
    // given
    write(temp.resolve("bpmn/index.txt"), "select-playbook.dmn\nincident-response.bpmn\n\n");
    write(temp.resolve("bpmn/select-playbook.dmn"), "<dmn/>");
    write(temp.resolve("bpmn/incident-response.bpmn"), "<bpmn/>");

    // when
    List<PlaybookResource> playbooks = PlaybookFiles.packaged(classLoaderOver(temp));

    // then
    assertThat(playbooks)
        .extracting(PlaybookResource::name)
        .containsExactly("select-playbook.dmn", "incident-response.bpmn");
    assertThat(new String(playbooks.get(1).content(), StandardCharsets.UTF_8)).isEqualTo("<bpmn/>");
  }

  @Test
  void shouldFailNamingTheFileWhenTheIndexNamesAMissingOne() throws IOException {
    // given
    write(temp.resolve("bpmn/index.txt"), "gone.bpmn\n");

    // when / then
    assertThatThrownBy(() -> PlaybookFiles.packaged(classLoaderOver(temp)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bpmn/gone.bpmn")
        .hasMessageContaining("rebuild");
  }

  @Test
  void shouldFailClearlyWhenTheBuildWroteNoIndex() throws IOException {
    // given an empty classpath directory
    // when / then
    assertThatThrownBy(() -> PlaybookFiles.packaged(classLoaderOver(temp)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bpmn/index.txt");
  }

  @Test
  void shouldFindTheEntryProcessAndTheTierPlaybooksInTheIndexTheBuildWrote() {
    // given the real build output on the test classpath
    // when
    List<PlaybookResource> playbooks = PlaybookFiles.packaged(getClass().getClassLoader());

    // then
    assertThat(playbooks)
        .extracting(PlaybookResource::name)
        .contains(
            "incident-response.bpmn",
            "select-playbook.dmn",
            "playbook-small.bpmn",
            "playbook-mid.bpmn",
            "playbook-large.bpmn");
  }

  @Test
  void shouldReadOnlyTheBpmnAndDmnFilesDirectlyInTheDirectorySortedByName() throws IOException {
    // given
    write(temp.resolve("z-last.bpmn"), "<bpmn/>");
    write(temp.resolve("a-first.dmn"), "<dmn/>");
    write(temp.resolve("README.md"), "not a playbook");
    write(temp.resolve("drafts/draft.bpmn"), "<bpmn/>");

    // when
    List<PlaybookResource> playbooks = PlaybookFiles.inDirectory(temp);

    // then
    assertThat(playbooks)
        .extracting(PlaybookResource::name)
        .containsExactly("a-first.dmn", "z-last.bpmn");
  }

  @Test
  void shouldFailNamingTheSettingWhenTheDirectoryDoesNotExist() {
    // given
    Path missing = temp.resolve("no-such-dir");

    // when / then
    assertThatThrownBy(() -> PlaybookFiles.inDirectory(missing))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("irp.playbooks.directory")
        .hasMessageContaining(missing.toAbsolutePath().toString())
        .hasMessageContaining("does not exist");
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  /**
   * A class loader that sees only {@code root}, as the packaged jar's would see its own content.
   */
  private static ClassLoader classLoaderOver(Path root) throws IOException {
    return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
  }
}
