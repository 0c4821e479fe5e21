package io.irplaybook.audit.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 writer with a fast path for ASCII, which is nearly all of an export. Replaces
 * BufferedWriter + OutputStreamWriter, whose general-purpose encoder was a fifth of the export's
 * time. It also takes bytes that are already UTF-8 ({@link #writeUtf8Line}), which is how lines
 * streamed by PostgreSQL's COPY reach the output without ever becoming Java strings.
 */
final class Utf8Writer extends Writer {

  private final OutputStream out;
  private final byte[] buffer;
  private int position;
  private char[] chars = new char[1024];

  Utf8Writer(OutputStream out, int bufferSize) {
    this.out = out;
    this.buffer = new byte[bufferSize];
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      if (position > buffer.length - 4) {
        drain();
      }
      char c = chars[i];
      if (c < 0x80) {
        buffer[position++] = (byte) c;
      } else if (c < 0x800) {
        buffer[position++] = (byte) (0xC0 | (c >> 6));
        buffer[position++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < end
          && Character.isLowSurrogate(chars[i + 1])) {
        int cp = Character.toCodePoint(c, chars[++i]);
        buffer[position++] = (byte) (0xF0 | (cp >> 18));
        buffer[position++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buffer[position++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buffer[position++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        buffer[position++] =
            '?'; // a lone surrogate has no UTF-8 form; the JDK encoder writes '?' too
      } else {
        buffer[position++] = (byte) (0xE0 | (c >> 12));
        buffer[position++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buffer[position++] = (byte) (0x80 | (c & 0x3F));
      }
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    // Through a reused array: stored lines are written as strings, one per record.
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length * 2)];
    }
    text.getChars(offset, offset + length, chars, 0);
    write(chars, 0, length);
  }

  /** Writes {@code length} bytes that are already UTF-8, then a newline. */
  void writeUtf8Line(byte[] utf8, int offset, int length) throws IOException {
    if (length + 1 > buffer.length - position) {
      drain();
      if (length + 1 > buffer.length) {
        out.write(utf8, offset, length);
        out.write('\n');
        return;
      }
    }
    System.arraycopy(utf8, offset, buffer, position, length);
    position += length;
    buffer[position++] = '\n';
  }

  private void drain() throws IOException {
    out.write(buffer, 0, position);
    position = 0;
  }

  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
