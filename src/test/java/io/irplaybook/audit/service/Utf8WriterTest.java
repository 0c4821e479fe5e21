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

  @Test
  void shouldPutBytesThatAreAlreadyUtf8BetweenCharactersInOrder() throws Exception {
    // given lines shorter and longer than the buffer, between written characters
    byte[] shortLine = "{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8);
    byte[] longLine = "x".repeat(200).getBytes(StandardCharsets.UTF_8);
    var bytes = new ByteArrayOutputStream();
    var expected = new StringBuilder();

    // when
    try (var writer = new Utf8Writer(bytes, 64)) {
      for (int i = 0; i < 50; i++) {
        writer.write("日" + i);
        writer.writeUtf8Line(shortLine, 0, shortLine.length);
        writer.writeUtf8Line(longLine, 10, 150);
        expected
            .append("日")
            .append(i)
            .append("{\"a\":\"é\"}\n")
            .append("x".repeat(150))
            .append('\n');
      }
    }

    // then
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
  }
}
