package io.irplaybook.audit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyOut;

/**
 * Reading PostgreSQL's binary COPY format. The server sends one message per row, but nothing
 * promises it: the reader must give the same rows however the bytes are split into messages.
 */
class PostgresLineCopyTest {

  private static final String HASH_1 = "a".repeat(64);
  private static final String HASH_2 = "0123456789abcdef".repeat(4);

  @Test
  void shouldReadTheSameRowsWhereverTheMessagesSplitThem() throws Exception {
    // given two rows after a header with a 3-byte extension, then the trailer
    byte[] data = binaryCopy(true, row(7, HASH_1, "{\"a\":\"é \\\"x\\\"\"}"), row(8, HASH_2, "{}"));

    for (int size = 1; size <= data.length; size++) {
      // when the data arrives in messages of `size` bytes
      var rows = new ArrayList<String>();
      long count =
          new PostgresLineCopy()
              .read(
                  new Messages(data, size),
                  (seq, bytes, hash, line, length) ->
                      rows.add(
                          seq
                              + " "
                              + new String(bytes, hash, 64, StandardCharsets.US_ASCII)
                              + " "
                              + new String(bytes, line, length, StandardCharsets.UTF_8)));

      // then
      assertThat(rows)
          .as("messages of %d bytes", size)
          .containsExactly("7 " + HASH_1 + " {\"a\":\"é \\\"x\\\"\"}", "8 " + HASH_2 + " {}");
      assertThat(count).isEqualTo(2);
    }
  }

  @Test
  void shouldRefuseARowWithoutALine() throws Exception {
    // given
    byte[] data = binaryCopy(false, row(7, HASH_1, null));

    // when / then
    assertThatThrownBy(
            () ->
                new PostgresLineCopy().read(new Messages(data, data.length), (a, b, c, d, e) -> {}))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("record 7");
  }

  private static byte[] row(long seq, String hash, String line) throws IOException {
    var bytes = new ByteArrayOutputStream();
    var out = new DataOutputStream(bytes);
    out.writeShort(3);
    out.writeInt(8);
    out.writeLong(seq);
    out.writeInt(64);
    out.write(hash.getBytes(StandardCharsets.US_ASCII));
    if (line == null) {
      out.writeInt(-1);
    } else {
      byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
    }
    return bytes.toByteArray();
  }

  private static byte[] binaryCopy(boolean extension, byte[]... rows) throws IOException {
    var bytes = new ByteArrayOutputStream();
    var out = new DataOutputStream(bytes);
    out.write(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0});
    out.writeInt(0);
    out.writeInt(extension ? 3 : 0);
    if (extension) {
      out.write(new byte[] {1, 2, 3});
    }
    for (byte[] row : rows) {
      out.write(row);
    }
    out.writeShort(-1);
    return bytes.toByteArray();
  }

  /** A finished COPY handing out the data in messages of a fixed size. */
  private static final class Messages implements CopyOut {
    private final List<byte[]> messages = new ArrayList<>();

    Messages(byte[] data, int size) {
      for (int from = 0; from < data.length; from += size) {
        messages.add(Arrays.copyOfRange(data, from, Math.min(data.length, from + size)));
      }
    }

    @Override
    public byte[] readFromCopy() {
      return messages.isEmpty() ? null : messages.remove(0);
    }

    @Override
    public byte[] readFromCopy(boolean block) {
      return readFromCopy();
    }

    @Override
    public int getFieldCount() {
      return 3;
    }

    @Override
    public int getFormat() {
      return 1;
    }

    @Override
    public int getFieldFormat(int field) {
      return 1;
    }

    @Override
    public boolean isActive() {
      return !messages.isEmpty();
    }

    @Override
    public void cancelCopy() {
      messages.clear();
    }

    @Override
    public long getHandledRowCount() {
      return 0;
    }
  }
}
