package io.irplaybook.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The export's UTF-8 writer produces the bytes the JDK's encoder would. */
class Utf8WriterTest {

  @Test
  void shouldEncodeAsciiTwoThreeAndFourByteCharactersLikeTheJdk() throws Exception {
    // given text crossing the buffer boundary many times
    String text = "ascii é ü € 日本語 \uD83D\uDE00 end\n".repeat(500);
    var bytes = new ByteArrayOutputStream();

    // when
    try (var writer = new Utf8Writer(bytes, 64)) {
      writer.write(text);
    }

    // then
    assertThat(bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }
}
