package io.irplaybook.bench;

import io.irplaybook.audit.config.AuditConfig;
import io.irplaybook.audit.service.AuditExporter;
import io.irplaybook.audit.service.AuditHash;
import io.irplaybook.audit.service.AuditStore;
import io.irplaybook.audit.service.ChainedRecord;
import io.irplaybook.audit.service.ExportFormat;
import io.irplaybook.audit.service.ExportRequest;
import io.irplaybook.audit.service.ManifestSigner;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Audit export benchmark (issue 8), not a test: loads N chained records into a fresh PostgreSQL
 * schema, then exports them as JSONL through the service's own export code ({@link AuditExporter},
 * cursor, formatting, manifest signing) into a counting sink, next to PostgreSQL's {@code COPY
 * (SELECT ...) TO STDOUT} of the same rows in the same run. Reports records/s and the peak heap
 * sampled during the export. Run it with a bounded heap to prove the bound:
 *
 * <pre>
 * MAVEN_OPTS=-Xmx256m ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=io.irplaybook.bench.AuditExportBenchmark
 * </pre>
 *
 * Properties: {@code bench.records} (1000000), {@code bench.jdbcUrl} ({@code
 * jdbc:postgresql://127.0.0.1:5432/irp_audit}), {@code bench.pgUser} (postgres), {@code
 * bench.rounds} (2; the last round is reported, the first warms the JIT and the page cache), {@code
 * bench.lines} (true: rows carry their stored export line, as rows appended since migration V20_3
 * do; false: rows as appended before it, so the export formats every line from the columns).
 */
public final class AuditExportBenchmark {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private static final String COLUMNS =
      "seq, recorded_at, actor, source_ip, action, object_type, object_id, result,"
          + " incident_id, process_instance_key, job_key, details, prev_hash, hash, key_format";

  public static void main(String[] args) throws Exception {
    long records = Long.getLong("bench.records", 1_000_000L);
    int rounds = Integer.getInteger("bench.rounds", 2);
    String url = System.getProperty("bench.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/irp_audit");
    String user = System.getProperty("bench.pgUser", "postgres");
    boolean lines = Boolean.parseBoolean(System.getProperty("bench.lines", "true"));
    String schema = "bench_audit_" + System.currentTimeMillis();
    System.out.printf(
        "Audit export benchmark: %,d records%s, schema %s, max heap %d MB, load average %.2f%n",
        records,
        lines ? " with stored lines" : " without stored lines (rows from before V20_3)",
        schema,
        Runtime.getRuntime().maxMemory() >> 20,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    try (Connection admin = DriverManager.getConnection(url, user, "")) {
      admin.createStatement().execute("CREATE SCHEMA " + schema);
    }
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    try {
      var dataSource = new PGSimpleDataSource();
      dataSource.setURL(schemaUrl);
      dataSource.setUser(user);
      String version;
      try (Connection connection = dataSource.getConnection()) {
        version = connection.getMetaData().getDatabaseProductVersion();
        createTable(connection);
        long start = System.nanoTime();
        load(connection, records, lines);
        connection.createStatement().execute("ANALYZE audit_record");
        System.out.printf(
            "Loaded %,d records with COPY FROM in %.1f s%n",
            records, (System.nanoTime() - start) / 1e9);
        try (var size =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT pg_table_size('audit_record'), pg_indexes_size('audit_record')")) {
          size.next();
          System.out.printf(
              "audit_record: table %,d MB, indexes %,d MB%n",
              size.getLong(1) >> 20, size.getLong(2) >> 20);
        }
      }
      var exporter =
          new AuditExporter(
              dataSource,
              new AuditStore(),
              new ManifestSigner(config()),
              config(),
              Clock.systemUTC());
      Result copy = null;
      Result export = null;
      double[] shares = new double[rounds];
      for (int round = 1; round <= rounds; round++) {
        copy = copyOut(dataSource);
        export = export(exporter);
        shares[round - 1] = 100.0 * export.perSecond() / copy.perSecond();
        System.out.printf(
            "round %d: COPY %,.0f rows/s (%.2f s, client CPU %.2f s), export %,.0f records/s (%.2f s,"
                + " client CPU %.2f s, peak heap %d MB), export / COPY %.0f %%, load average %.2f%n",
            round,
            copy.perSecond(),
            copy.seconds(),
            copy.cpuSeconds(),
            export.perSecond(),
            export.seconds(),
            export.cpuSeconds(),
            export.peakHeapMb(),
            shares[round - 1],
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      }
      double share = 100.0 * export.perSecond() / copy.perSecond();
      // Rounds after the first (which warms the JIT and the caches); load from other builds moves
      // single rounds.
      double[] warm = Arrays.copyOfRange(shares, rounds > 1 ? 1 : 0, rounds);
      Arrays.sort(warm);
      System.out.printf(
          "median export / COPY over rounds %d..%d: %.0f %%%n",
          rounds > 1 ? 2 : 1,
          rounds,
          warm.length % 2 == 1
              ? warm[warm.length / 2]
              : (warm[warm.length / 2 - 1] + warm[warm.length / 2]) / 2);
      System.out.println();
      System.out.printf(
          "PostgreSQL %s, %,d records, JSONL %,d bytes, COPY text %,d bytes%n",
          version, records, export.bytes(), copy.bytes());
      System.out.printf(
          "| COPY (SELECT ...) TO STDOUT | %,.0f rows/s | %.2f s |%n",
          copy.perSecond(), copy.seconds());
      System.out.printf(
          "| export JSONL (AuditExporter) | %,.0f records/s | %.2f s | peak heap %d MB (max heap %d MB) |%n",
          export.perSecond(),
          export.seconds(),
          export.peakHeapMb(),
          Runtime.getRuntime().maxMemory() >> 20);
      System.out.printf(
          "export rate = %.0f%% of COPY (target >= 50%%): %s; peak heap < 256 MB: %s%n",
          share, share >= 50 ? "PASS" : "FAIL", export.peakHeapMb() < 256 ? "PASS" : "FAIL");
      if (export.count() != records) {
        System.out.println("WARNING: exported " + export.count() + " records, expected " + records);
      }
    } finally {
      try (Connection admin = DriverManager.getConnection(url, user, "")) {
        admin.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  /**
   * {@code cpuSeconds}: CPU time of this (the client's) thread, which other builds' load hardly
   * changes.
   */
  record Result(long count, long bytes, double seconds, double cpuSeconds, long peakHeapMb) {
    double perSecond() {
      return count / seconds;
    }
  }

  private static Result export(AuditExporter exporter) throws Exception {
    System.gc();
    var sink = new CountingSink();
    var heap = new HeapSampler();
    heap.start();
    long cpu = CPU.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    var manifest =
        exporter.export(new ExportRequest(ExportFormat.named("jsonl"), null, null, null), sink);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpu) / 1e9;
    heap.stop();
    System.out.printf(
        "  (sum of heap pools' peak usage during the export: %d MB, an upper bound)%n",
        heap.poolPeaks >> 20);
    return new Result(
        (Long) manifest.get("count"), sink.bytes.get(), seconds, cpuSeconds, heap.peak >> 20);
  }

  private static Result copyOut(PGSimpleDataSource dataSource) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      var sink = new CountingSink();
      long cpu = CPU.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      long rows =
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyOut(
                  "COPY (SELECT " + COLUMNS + " FROM audit_record ORDER BY seq) TO STDOUT", sink);
      return new Result(
          rows,
          sink.bytes.get(),
          (System.nanoTime() - start) / 1e9,
          (CPU.getCurrentThreadCpuTime() - cpu) / 1e9,
          0);
    }
  }

  /** The table as the service's migrations leave it (the append-only trigger of V20_2 aside). */
  private static void createTable(Connection connection) throws Exception {
    for (String migration :
        new String[] {
          "/db/migration/V20_1__audit_record.sql",
          "/db/migration/V20_3__audit_record_line.sql",
          "/db/vendor/postgresql/V20_4__audit_record_without_line.sql"
        }) {
      try (InputStream in = AuditExportBenchmark.class.getResourceAsStream(migration)) {
        String sql =
            new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        for (String statement : sql.split(";")) {
          if (!statement.isBlank()) {
            connection.createStatement().execute(statement);
          }
        }
      }
    }
  }

  /**
   * Records shaped like the service's (task events with details), chained as the service chains
   * them.
   */
  private static void load(Connection connection, long records, boolean lines) throws Exception {
    var in = new PipedInputStream(1 << 20);
    var out = new PipedOutputStream(in);
    var failure = new Exception[1];
    Thread producer =
        new Thread(
            () -> {
              try (var writer =
                  new BufferedWriter(
                      new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                String prev = AuditHash.GENESIS;
                Instant base = Instant.parse("2026-01-01T00:00:00Z");
                var line = new StringBuilder(1024);
                for (long seq = 1; seq <= records; seq++) {
                  String incident = "INC-2026-" + (seq % 500);
                  String details =
                      "{\"checklist\":[\"isolate host\",\"rotate credentials\"],\"comment\":\"step "
                          + seq
                          + " done, evidence in case folder \\\""
                          + incident
                          + "\\\"\",\"n\":"
                          + seq
                          + "}";
                  var record =
                      new ChainedRecord(
                              seq,
                              base.plusMillis(seq * 7),
                              seq % 3 == 0 ? "system:inbox" : "responder-" + (seq % 40),
                              "192.0.2." + (seq % 250),
                              seq % 2 == 0 ? "task.claimed" : "task.completed",
                              "task",
                              "task-" + seq,
                              "success",
                              incident,
                              2251799813685000L + seq / 10,
                              4503599627370000L + seq,
                              details,
                              prev,
                              null,
                              ChainedRecord.KEYS_AS_STRINGS)
                          .sealed();
                  prev = record.hash();
                  line.setLength(0);
                  csv(line, Long.toString(seq)).append(',');
                  csv(line, record.timeText()).append(',');
                  csv(line, record.actor()).append(',');
                  csv(line, record.sourceIp()).append(',');
                  csv(line, record.action()).append(',');
                  csv(line, record.objectType()).append(',');
                  csv(line, record.objectId()).append(',');
                  csv(line, record.result()).append(',');
                  csv(line, record.incidentId()).append(',');
                  csv(line, String.valueOf(record.processInstanceKey())).append(',');
                  csv(line, String.valueOf(record.jobKey())).append(',');
                  csv(line, record.details()).append(',');
                  csv(line, record.prevHash()).append(',');
                  csv(line, record.hash()).append(',');
                  csv(line, Integer.toString(record.keyFormat())).append(',');
                  if (lines) {
                    csv(line, record.canonical(true)); // else an unquoted empty field: NULL
                  }
                  line.append('\n');
                  writer.append(line);
                }
              } catch (IOException e) {
                failure[0] = e;
              }
            });
    producer.start();
    connection
        .unwrap(PGConnection.class)
        .getCopyAPI()
        .copyIn("COPY audit_record (" + COLUMNS + ", line) FROM STDIN WITH (FORMAT csv)", in);
    producer.join();
    if (failure[0] != null) {
      throw failure[0];
    }
  }

  private static StringBuilder csv(StringBuilder line, String value) {
    return line.append('"').append(value.replace("\"", "\"\"")).append('"');
  }

  private static AuditConfig config() {
    return new AuditConfig() {
      @Override
      public Optional<String> signingKey() {
        return Optional.empty();
      }

      @Override
      public String secretPattern() {
        return "secret";
      }

      @Override
      public int fetchSize() {
        return Integer.getInteger("bench.fetchSize", 1000);
      }

      // Checkpoints came after this harness; the export it measures takes none.
      @Override
      public Checkpoint checkpoint() {
        return new Checkpoint() {
          @Override
          public Optional<java.nio.file.Path> directory() {
            return Optional.empty();
          }

          @Override
          public String interval() {
            return "off";
          }
        };
      }
    };
  }

  /** Counts bytes and throws them away, so neither disk nor network sets the pace. */
  static final class CountingSink extends OutputStream {
    final AtomicLong bytes = new AtomicLong();

    @Override
    public void write(int b) {
      bytes.incrementAndGet();
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes.addAndGet(len);
    }
  }

  /** Samples used heap every 5 ms and also reads the pools' peak usage (reset at start). */
  static final class HeapSampler {
    private final Thread thread = new Thread(this::run, "heap-sampler");
    private volatile boolean running = true;
    volatile long peak;
    long poolPeaks;

    void start() {
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      thread.setDaemon(true);
      thread.start();
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
      long pools =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(p -> p.getType() == MemoryType.HEAP)
              .mapToLong(p -> p.getPeakUsage().getUsed())
              .sum();
      // Per-pool peaks come from different moments, so their sum overstates; printed for comparison
      // only.
      poolPeaks = pools;
    }

    private void run() {
      var memory = ManagementFactory.getMemoryMXBean();
      while (running) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}
