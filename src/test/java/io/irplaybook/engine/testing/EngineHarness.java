package io.irplaybook.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientBuilder;
import io.camunda.client.CredentialsProvider;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Process;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.irplaybook.engine.EmbeddedEngine;
import io.irplaybook.engine.EngineSettings;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One engine per test, reached only through the Camunda Java client over real gRPC.
 *
 * <p>Register it as an instance field, so every test method gets its own database, clock, engine
 * and client:
 *
 * <pre>{@code @RegisterExtension final EngineHarness engine = new EngineHarness();}</pre>
 *
 * <p>Nothing here sleeps. Waiting for the engine is always a long-polling {@code ActivateJobs} (the
 * engine answers as soon as a job exists, or empty when the request times out), and a short long
 * poll that comes back empty is how a test shows that a job is <em>not</em> activatable.
 */
public final class EngineHarness implements BeforeEachCallback, AfterEachCallback, AutoCloseable {

  /** How often the engine looks at due work; small, so a test never waits on it noticeably. */
  public static final Duration TICK = Duration.ofMillis(10);

  /** Job timeout used by the activation helpers: long on purpose, tests reach it with the clock. */
  public static final Duration JOB_TIMEOUT = Duration.ofMinutes(5);

  /** One long poll while waiting for something that should happen. */
  public static final Duration LONG_POLL = Duration.ofSeconds(5);

  /** How many long polls a test waits for an expected job before giving up. */
  private static final int MAX_LONG_POLLS = 4;

  /**
   * How long a test listens before concluding that no job is activatable. The engine checks due
   * work every {@link #TICK}, so this is dozens of chances for a wrongly activatable job to show.
   */
  public static final Duration QUIET_PERIOD = Duration.ofMillis(500);

  /** Bound for calls that wait for a process instance to finish. */
  public static final Duration RESULT_TIMEOUT = Duration.ofSeconds(20);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String host;
  private final Optional<String> token;
  private TestDatabase database;
  private ControlledClock clock;
  private EmbeddedEngine engine;
  private CamundaClient client;

  /** An engine on loopback without a credential, as most tests need. */
  public EngineHarness() {
    this("localhost", Optional.empty());
  }

  private EngineHarness(String host, Optional<String> token) {
    this.host = host;
    this.token = token;
  }

  /**
   * An engine bound to {@code host} that requires {@code token}; {@link #client()} presents it,
   * {@link #newClient(Optional)} makes clients that present something else or nothing.
   */
  public static EngineHarness requiringToken(String host, String token) {
    return new EngineHarness(host, Optional.of(token));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  /** Creates the database and the clock, then starts an engine and a client on them. */
  public void start() {
    database = TestDatabase.create();
    clock = new ControlledClock();
    startEngineAndClient();
  }

  private void startEngineAndClient() {
    EngineSettings settings =
        new EngineSettings(database.dataSource(), clock, host, 0, TICK, 0, token, Optional.empty());
    engine = EmbeddedEngine.start(settings);
    client = newClient(token.map(EngineHarness::bearer));
  }

  /** A client of this engine that presents {@code credentials}, or nothing when empty. */
  public CamundaClient newClient(Optional<CredentialsProvider> credentials) {
    CamundaClientBuilder builder =
        CamundaClient.newClientBuilder()
            .grpcAddress(URI.create("http://localhost:" + engine.port()))
            .restAddress(URI.create("http://localhost:" + engine.restPort()))
            .preferRestOverGrpc(false)
            .applyEnvironmentVariableOverrides(false)
            .defaultJobWorkerStreamEnabled(false)
            .defaultRequestTimeout(Duration.ofSeconds(20));
    credentials.ifPresent(builder::credentialsProvider);
    return builder.build();
  }

  /** Credentials sending {@code Authorization: Bearer <token>}, as a Camunda client would. */
  public static CredentialsProvider bearer(String token) {
    return new CredentialsProvider() {
      @Override
      public void applyCredentials(CredentialsApplier applier) {
        applier.put("Authorization", "Bearer " + token);
      }

      @Override
      public boolean shouldRetryRequest(StatusCode statusCode) {
        return false;
      }
    };
  }

  /**
   * Simulates {@code kill -9} and a restart: halts the engine without any orderly shutdown, ends
   * its database sessions the way the operating system would, and starts a new engine and client on
   * the same database and the same clock.
   */
  public void crashAndRestart() {
    engine.halt();
    engine = null;
    client.close();
    client = null;
    database.severEngineConnections();
    startEngineAndClient();
  }

  @Override
  public void close() {
    RuntimeException failure = null;
    try {
      if (client != null) {
        client.close();
      }
    } catch (RuntimeException e) {
      failure = e;
    }
    try {
      if (engine != null) {
        engine.close();
      }
    } catch (RuntimeException e) {
      failure = failure == null ? e : failure;
    }
    try {
      if (database != null) {
        database.close();
      }
    } catch (RuntimeException e) {
      failure = failure == null ? e : failure;
    }
    client = null;
    engine = null;
    database = null;
    if (failure != null) {
      throw failure;
    }
  }

  public CamundaClient client() {
    return client;
  }

  public ControlledClock clock() {
    return clock;
  }

  public int port() {
    return engine.port();
  }

  public int restPort() {
    return engine.restPort();
  }

  /** A job type no other test uses, so a test only ever sees its own jobs. */
  public static String newJobType() {
    return "svc-" + UUID.randomUUID();
  }

  // ---------------------------------------------------------------- deployments and instances

  /** Deploys fixtures from {@code src/test/resources/bpmn/} in one deployment. */
  public DeploymentEvent deploy(String... fixtureNames) {
    var command =
        client.newDeployResourceCommand().addResourceFromClasspath(fixture(fixtureNames[0]));
    for (int i = 1; i < fixtureNames.length; i++) {
      command = command.addResourceFromClasspath(fixture(fixtureNames[i]));
    }
    return command.send().join();
  }

  /** Deploys a fixture holding exactly one process and returns that process. */
  public Process deployProcess(String fixtureName) {
    DeploymentEvent deployment = deploy(fixtureName);
    assertThat(deployment.getProcesses()).as("processes deployed from %s", fixtureName).hasSize(1);
    return deployment.getProcesses().get(0);
  }

  public static String fixture(String fixtureName) {
    return "bpmn/" + fixtureName;
  }

  /** Starts the latest version of a process with the given variables. */
  public ProcessInstanceEvent createInstance(String bpmnProcessId, Map<String, Object> variables) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(bpmnProcessId)
        .latestVersion()
        .variables(variables)
        .send()
        .join();
  }

  /**
   * Starts the latest version and returns at once; the future completes when the instance has
   * completed, with all its variables.
   */
  public CamundaFuture<ProcessInstanceResult> createInstanceAwaitingResult(
      String bpmnProcessId, Map<String, Object> variables) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(bpmnProcessId)
        .latestVersion()
        .variables(variables)
        .withResult()
        .requestTimeout(RESULT_TIMEOUT)
        .send();
  }

  /** Variables map builder that keeps insertion order and accepts nulls. */
  public static Map<String, Object> variables(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "Expected key/value pairs, but got an odd number of arguments");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  // ---------------------------------------------------------------- jobs

  /** One ActivateJobs call, exactly as a worker would send it. */
  public List<ActivatedJob> activateJobs(
      String jobType, int maxJobs, Duration requestTimeout, Duration jobTimeout) {
    return client
        .newActivateJobsCommand()
        .jobType(jobType)
        .maxJobsToActivate(maxJobs)
        .timeout(jobTimeout)
        .workerName("conformance-test")
        .requestTimeout(requestTimeout)
        .send()
        .join()
        .getJobs();
  }

  /** Waits (by long polling) for one job of the type and activates it with {@link #JOB_TIMEOUT}. */
  public ActivatedJob awaitJob(String jobType) {
    return awaitJobs(jobType, 1).get(0);
  }

  /** Waits (by long polling) until {@code count} jobs of the type have been activated. */
  public List<ActivatedJob> awaitJobs(String jobType, int count) {
    return awaitJobs(jobType, count, JOB_TIMEOUT);
  }

  public List<ActivatedJob> awaitJobs(String jobType, int count, Duration jobTimeout) {
    List<ActivatedJob> jobs = new ArrayList<>();
    for (int poll = 0; poll < MAX_LONG_POLLS && jobs.size() < count; poll++) {
      jobs.addAll(activateJobs(jobType, count - jobs.size(), LONG_POLL, jobTimeout));
    }
    assertThat(jobs)
        .as(
            "jobs of type %s activated within %d long polls of %s",
            jobType, MAX_LONG_POLLS, LONG_POLL)
        .hasSize(count);
    return jobs;
  }

  /** Asserts that no job of the type becomes activatable during {@link #QUIET_PERIOD}. */
  public void assertNoActivatableJob(String jobType) {
    List<ActivatedJob> jobs = activateJobs(jobType, 10, QUIET_PERIOD, JOB_TIMEOUT);
    assertThat(jobs)
        .as("jobs of type %s that should not be activatable", jobType)
        .extracting(ActivatedJob::getElementId)
        .isEmpty();
  }

  /**
   * Lets a little real time pass while the engine works, without sleeping in the test: a long poll
   * for a job type nobody creates, which the engine itself answers when its request timeout ends.
   */
  public void pause(Duration duration) {
    activateJobs(newJobType(), 1, duration, JOB_TIMEOUT);
  }

  // ---------------------------------------------------------------- incidents (under the hood)

  /** An incident as the engine recorded it in its event log. */
  public record Incident(
      long key,
      long processInstanceKey,
      String errorType,
      String errorMessage,
      String elementId,
      Long jobKey) {}

  /**
   * The unresolved incidents of a process instance.
   *
   * <p>THE ONLY PLACE THE SUITE LOOKS UNDER THE HOOD. The gateway gRPC API has no query RPC, yet
   * ResolveIncident needs an incident key, so this reads the engine's own event log ({@code
   * engine_event}: {@code IncidentCreated} minus {@code IncidentResolved}) over JDBC. Everything
   * else in the suite goes through the Camunda client only.
   */
  public List<Incident> openIncidents(long processInstanceKey) {
    Map<Long, Incident> open = new LinkedHashMap<>();
    String sql =
        "SELECT event_type, payload FROM engine_event"
            + " WHERE event_type IN ('IncidentCreated', 'IncidentResolved') ORDER BY position";
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        String type = rows.getString(1);
        JsonNode payload = JSON.readTree(rows.getString(2));
        long key = payload.path("key").asLong();
        if ("IncidentResolved".equals(type)) {
          open.remove(key);
        } else if (payload.path("processInstanceKey").asLong() == processInstanceKey) {
          JsonNode jobKey = payload.path("jobKey");
          open.put(
              key,
              new Incident(
                  key,
                  processInstanceKey,
                  payload.path("errorType").asText(null),
                  payload.path("errorMessage").asText(null),
                  payload.path("elementId").asText(null),
                  jobKey.isNumber() && jobKey.asLong() > 0 ? jobKey.asLong() : null));
        }
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Could not read incidents from the engine's event log", e);
    }
    return List.copyOf(open.values());
  }

  /**
   * Waits until the process instance has at least one unresolved incident and returns them. The
   * wait is a bounded series of short long polls (see {@link #pause(Duration)}), never a sleep.
   */
  public List<Incident> awaitIncidents(long processInstanceKey) {
    for (int attempt = 0; attempt < 60; attempt++) {
      List<Incident> incidents = openIncidents(processInstanceKey);
      if (!incidents.isEmpty()) {
        return incidents;
      }
      pause(Duration.ofMillis(100));
    }
    assertThat(openIncidents(processInstanceKey))
        .as("unresolved incidents of process instance %d", processInstanceKey)
        .isNotEmpty();
    return openIncidents(processInstanceKey);
  }

  /** Waits for exactly one unresolved incident on the process instance and returns it. */
  public Incident awaitIncident(long processInstanceKey) {
    List<Incident> incidents = awaitIncidents(processInstanceKey);
    assertThat(incidents)
        .as("unresolved incidents of process instance %d", processInstanceKey)
        .hasSize(1);
    return incidents.get(0);
  }
}
