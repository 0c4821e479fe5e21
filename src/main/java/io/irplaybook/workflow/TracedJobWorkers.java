package io.irplaybook.workflow;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobHandler;
import io.camunda.client.api.worker.JobWorkerBuilderStep1;
import io.irplaybook.platform.IncidentContext;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The service's Camunda client with every job worker traced: {@code newWorker()} hands out a
 * builder whose handler runs inside {@link JobSpans}, and whose variable list always includes
 * {@code incidentId}, so a worker that fetches only what it needs still names its incident.
 *
 * <p>Why a proxy: the features open their workers through the client they are given and should not
 * have to remember to wrap each handler; the client has no hook of its own around handlers. Every
 * other method goes to the real client unchanged.
 */
final class TracedJobWorkers {

  private TracedJobWorkers() {}

  static CamundaClient wrap(CamundaClient client, JobSpans spans) {
    InvocationHandler onClient =
        (proxy, method, args) -> {
          Object result = call(client, method, args);
          if (method.getName().equals("newWorker") && (args == null || args.length == 0)) {
            return tracedBuilder(result, spans);
          }
          return result;
        };
    return (CamundaClient)
        Proxy.newProxyInstance(
            CamundaClient.class.getClassLoader(), new Class<?>[] {CamundaClient.class}, onClient);
  }

  private static Object tracedBuilder(Object builder, JobSpans spans) {
    Class<?>[] steps = {
      JobWorkerBuilderStep1.class,
      JobWorkerBuilderStep1.JobWorkerBuilderStep2.class,
      JobWorkerBuilderStep1.JobWorkerBuilderStep3.class
    };
    Object[] self = new Object[1];
    InvocationHandler onBuilder =
        (proxy, method, args) -> {
          Object[] actual = args;
          if (method.getName().equals("handler") && args != null && args.length == 1) {
            actual = new Object[] {spans.around((JobHandler) args[0])};
          } else if (method.getName().equals("fetchVariables") && args != null) {
            actual = new Object[] {withIncidentId(args[0])};
          }
          Object result = call(builder, method, actual);
          // The builder steps return the builder itself; keep handing out the proxy.
          return result == builder ? self[0] : result;
        };
    self[0] =
        Proxy.newProxyInstance(JobWorkerBuilderStep1.class.getClassLoader(), steps, onBuilder);
    return self[0];
  }

  private static Object withIncidentId(Object names) {
    if (names instanceof String[] array) {
      return List.of(array).contains(IncidentContext.MDC_KEY)
          ? array
          : append(Arrays.asList(array)).toArray(String[]::new);
    }
    if (names instanceof List<?> list) {
      return list.contains(IncidentContext.MDC_KEY) ? list : append(list);
    }
    return names;
  }

  private static List<String> append(List<?> names) {
    List<String> all = new ArrayList<>();
    names.forEach(name -> all.add(String.valueOf(name)));
    all.add(IncidentContext.MDC_KEY);
    return all;
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
