package io.irplaybook.engine.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.irplaybook.engine.state.event.CalledProcessStarted;
import io.irplaybook.engine.state.event.DecisionDeployed;
import io.irplaybook.engine.state.event.DecisionRequirementsDeployed;
import io.irplaybook.engine.state.event.ElementActivated;
import io.irplaybook.engine.state.event.ElementActivating;
import io.irplaybook.engine.state.event.ElementCompleted;
import io.irplaybook.engine.state.event.ElementCompleting;
import io.irplaybook.engine.state.event.ElementTerminated;
import io.irplaybook.engine.state.event.ElementTerminating;
import io.irplaybook.engine.state.event.EngineEvent;
import io.irplaybook.engine.state.event.IncidentCreated;
import io.irplaybook.engine.state.event.IncidentResolved;
import io.irplaybook.engine.state.event.JobActivated;
import io.irplaybook.engine.state.event.JobCanceled;
import io.irplaybook.engine.state.event.JobCompleted;
import io.irplaybook.engine.state.event.JobCreated;
import io.irplaybook.engine.state.event.JobErrorThrown;
import io.irplaybook.engine.state.event.JobFailed;
import io.irplaybook.engine.state.event.JobRecurred;
import io.irplaybook.engine.state.event.JobRetriesUpdated;
import io.irplaybook.engine.state.event.JobTimedOut;
import io.irplaybook.engine.state.event.JobTimeoutUpdated;
import io.irplaybook.engine.state.event.JoinFired;
import io.irplaybook.engine.state.event.JoinTokenArrived;
import io.irplaybook.engine.state.event.MessageCorrelated;
import io.irplaybook.engine.state.event.MessageExpired;
import io.irplaybook.engine.state.event.MessagePublished;
import io.irplaybook.engine.state.event.MessageStartCorrelated;
import io.irplaybook.engine.state.event.MessageStartReleased;
import io.irplaybook.engine.state.event.MessageSubscriptionClosed;
import io.irplaybook.engine.state.event.MessageSubscriptionOpened;
import io.irplaybook.engine.state.event.ProcessDeployed;
import io.irplaybook.engine.state.event.SignalSubscriptionClosed;
import io.irplaybook.engine.state.event.SignalSubscriptionOpened;
import io.irplaybook.engine.state.event.TimerCanceled;
import io.irplaybook.engine.state.event.TimerCreated;
import io.irplaybook.engine.state.event.TimerTriggered;
import io.irplaybook.engine.state.event.UserTaskAssigned;
import io.irplaybook.engine.state.event.UserTaskCanceled;
import io.irplaybook.engine.state.event.UserTaskCompleted;
import io.irplaybook.engine.state.event.UserTaskCreated;
import io.irplaybook.engine.state.event.UserTaskUpdated;
import io.irplaybook.engine.state.event.VariableSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes events as JSON and reads them back. The stored type name is the record's simple name, so
 * renaming an event record is a schema change.
 */
public final class EventCodec {

  /**
   * Shared by the engine for variables too: whole numbers read back as Long, whatever their size.
   */
  public static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_LONG_FOR_INTS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final List<Class<? extends EngineEvent>> TYPES =
      List.of(
          ProcessDeployed.class,
          ElementActivating.class,
          ElementActivated.class,
          ElementCompleting.class,
          ElementCompleted.class,
          ElementTerminating.class,
          ElementTerminated.class,
          VariableSet.class,
          JoinTokenArrived.class,
          JoinFired.class,
          JobCreated.class,
          JobActivated.class,
          JobCompleted.class,
          JobFailed.class,
          JobTimedOut.class,
          JobRecurred.class,
          JobRetriesUpdated.class,
          JobTimeoutUpdated.class,
          JobErrorThrown.class,
          JobCanceled.class,
          IncidentCreated.class,
          IncidentResolved.class,
          CalledProcessStarted.class,
          TimerCreated.class,
          TimerTriggered.class,
          TimerCanceled.class,
          MessageSubscriptionOpened.class,
          MessageSubscriptionClosed.class,
          MessagePublished.class,
          MessageCorrelated.class,
          MessageExpired.class,
          MessageStartCorrelated.class,
          MessageStartReleased.class,
          SignalSubscriptionOpened.class,
          SignalSubscriptionClosed.class,
          DecisionRequirementsDeployed.class,
          DecisionDeployed.class,
          UserTaskCreated.class,
          UserTaskAssigned.class,
          UserTaskUpdated.class,
          UserTaskCompleted.class,
          UserTaskCanceled.class);

  private final Map<String, Class<? extends EngineEvent>> byName = new HashMap<>();

  public EventCodec() {
    TYPES.forEach(type -> byName.put(type.getSimpleName(), type));
  }

  public String typeName(EngineEvent event) {
    return event.getClass().getSimpleName();
  }

  public String encode(EngineEvent event) {
    try {
      return JSON.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Expected to write event " + typeName(event) + " as JSON, but " + e.getMessage(), e);
    }
  }

  public EngineEvent decode(String typeName, String payload) {
    Class<? extends EngineEvent> type = byName.get(typeName);
    if (type == null) {
      throw new IllegalStateException(
          "Expected a known event type in the engine log, but found '"
              + typeName
              + "'; was the database written by a newer version?");
    }
    try {
      return JSON.readValue(payload, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Expected a readable " + typeName + " event, but " + e.getOriginalMessage(), e);
    }
  }
}
