package io.irplaybook.audit.service;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * The JSONL export's fast path on PostgreSQL: the stored lines of a range of records (migration
 * V20_3) come out of {@code COPY (SELECT seq, hash, line ...) TO STDOUT (FORMAT binary)} and go to
 * the output as the bytes the server sent, never decoded into Java strings. It runs on the export's
 * own connection, so it reads the export's REPEATABLE READ snapshot.
 *
 * <p>Why binary: every field arrives length-prefixed and unescaped (text COPY would double each
 * backslash of the JSON; CSV would leave it raw only because canonical JSON never contains control
 * characters, a property worth not depending on), and a NULL is told apart from any text. The
 * format (PostgreSQL docs, COPY, "Binary Format"): an 11-byte signature, a 32-bit flags word and a
 * 32-bit header-extension length followed by that many bytes; then per row a 16-bit field count and
 * per field a 32-bit length (-1 for NULL) and the value (bigint: 8 bytes big-endian; text and char:
 * the bytes in the client encoding, UTF-8 with the JDBC driver); a field count of -1 ends the data.
 */
final class PostgresLineCopy {

  private static final byte[] SIGNATURE = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0
  };
  private static final int HASH_LENGTH = 64;

  /**
   * Where each record goes: its seq and hash (ASCII hex at {@code hashOffset}) and its line's UTF-8
   * bytes.
   */
  @FunctionalInterface
  interface LineSink {
    void accept(long seq, byte[] buffer, int hashOffset, int lineOffset, int lineLength)
        throws IOException;
  }

  private byte[] buffer = new byte[0];
  private int position;
  private int limit;

  /** Where the current row starts: bytes from here on are kept when the next message arrives. */
  private int mark;

  private CopyOut copy;

  /**
   * True when the connection (perhaps behind the pool's wrapper) is PostgreSQL's, which has COPY.
   */
  static boolean supports(Connection connection) throws SQLException {
    return connection.isWrapperFor(PGConnection.class);
  }

  /**
   * Streams the records {@code firstSeq..lastSeq} in sequence order. Every row in the range must
   * have a stored line (the caller leaves out the runs without one); a row without one is an error.
   */
  long copy(Connection connection, long firstSeq, long lastSeq, LineSink sink)
      throws SQLException, IOException {
    // Only numbers in the statement: COPY takes no bind parameters.
    String sql =
        "COPY (SELECT seq, hash, line FROM audit_record WHERE seq BETWEEN "
            + firstSeq
            + " AND "
            + lastSeq
            + " ORDER BY seq) TO STDOUT (FORMAT binary)";
    return read(connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql), sink);
  }

  /** Reads a started COPY to its end (tests hand in one whose messages split rows anywhere). */
  long read(CopyOut copyOut, LineSink sink) throws SQLException, IOException {
    copy = copyOut;
    position = 0;
    limit = 0;
    mark = 0;
    long count = 0;
    try {
      readHeader();
      while (true) {
        mark = position;
        need(2);
        short fields = readShort();
        if (fields == -1) {
          break;
        }
        if (fields != 3) {
          throw new IOException("Expected 3 fields per row from COPY, but got " + fields);
        }
        long seq = readLong(field(8, "seq"));
        int hashInRow =
            field(HASH_LENGTH, "hash") - mark; // need() may move the row within the buffer
        int lineLength = fieldLength("line");
        if (lineLength < 0) {
          throw new IOException(
              "Expected a stored line for record " + seq + ", but it has none (NULL)");
        }
        need(lineLength);
        sink.accept(seq, buffer, mark + hashInRow, position, lineLength);
        position += lineLength;
        count++;
      }
      while (copy.readFromCopy() != null) {
        // drain to the end of the COPY, so the connection is ready for its next statement
      }
      return count;
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
      copy = null;
    }
  }

  private void readHeader() throws SQLException, IOException {
    need(SIGNATURE.length + 8);
    for (byte b : SIGNATURE) {
      if (buffer[position++] != b) {
        throw new IOException(
            "Expected PostgreSQL's binary COPY signature, but the data starts differently");
      }
    }
    position += 4; // flags: bit 16 (OIDs included) is never set for COPY (SELECT ...)
    int extension = readInt();
    mark = position;
    need(extension);
    position += extension;
  }

  /** Reads a field's length, which must be {@code expected}, and returns where its value starts. */
  private int field(int expected, String name) throws SQLException, IOException {
    int length = fieldLength(name);
    if (length != expected) {
      throw new IOException(
          "Expected " + expected + " bytes of " + name + " from COPY, but got " + length);
    }
    need(length);
    int start = position;
    position += length;
    return start;
  }

  private int fieldLength(String name) throws SQLException, IOException {
    need(4);
    return readInt();
  }

  /**
   * Makes sure the next {@code count} bytes are in the buffer, keeping the current row's bytes from
   * {@link #mark} (offsets into the row stay valid relative to {@code mark}). The server sends one
   * message per row, so at a row's start the buffer is usually used up and simply becomes the next
   * message, without copying; otherwise the kept bytes and the message are joined.
   */
  private void need(int count) throws SQLException, IOException {
    while (limit - position < count) {
      byte[] message = copy.readFromCopy();
      if (message == null) {
        throw new IOException("Expected " + count + " more bytes from COPY, but it ended");
      }
      int kept = limit - mark;
      if (kept == 0) {
        buffer = message;
        position = 0;
        mark = 0;
        limit = message.length;
        continue;
      }
      byte[] joined = new byte[kept + message.length];
      System.arraycopy(buffer, mark, joined, 0, kept);
      System.arraycopy(message, 0, joined, kept, message.length);
      buffer = joined;
      position -= mark;
      mark = 0;
      limit = joined.length;
    }
  }

  private short readShort() {
    short value = (short) (((buffer[position] & 0xFF) << 8) | (buffer[position + 1] & 0xFF));
    position += 2;
    return value;
  }

  private int readInt() {
    int value =
        ((buffer[position] & 0xFF) << 24)
            | ((buffer[position + 1] & 0xFF) << 16)
            | ((buffer[position + 2] & 0xFF) << 8)
            | (buffer[position + 3] & 0xFF);
    position += 4;
    return value;
  }

  private long readLong(int offset) {
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | (buffer[offset + i] & 0xFF);
    }
    return value;
  }
}
