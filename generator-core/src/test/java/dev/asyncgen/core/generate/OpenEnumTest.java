package dev.asyncgen.core.generate;

import static dev.asyncgen.core.generate.GeneratedCode.call;
import static dev.asyncgen.core.generate.GeneratedCode.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Schema enums are open by default: the frames live Appwrite servers send decode, although the spec
 * lists fewer execution statuses than the servers use ({@code scheduled}).
 */
class OpenEnumTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
  private static final String USAGE = "io.appwrite.realtime.AppwriteUsage";
  private static ClassLoader loader;

  @BeforeAll
  static void compileGeneratedCode() {
    loader = GeneratedCode.compile(GeneratedCode.appwrite().files(), "probes/io/appwrite/realtime/AppwriteUsage.java");
  }

  /** The data of an event frame a live server sends for a scheduled execution. */
  private static final String SCHEDULED_EXECUTION = """
      {"events": ["functions.fn1.executions.ex1.create", "functions.*.executions.*.create"],
       "channels": ["executions", "executions.ex1", "functions.fn1"],
       "timestamp": "2026-05-29T12:34:56.000+00:00",
       "payload": {"$id": "ex1", "functionId": "fn1", "$createdAt": "2026-05-29T12:34:56.000+00:00",
                   "$updatedAt": "2026-05-29T12:34:56.000+00:00", "trigger": "schedule", "status": "scheduled",
                   "scheduledAt": "2026-05-30T08:00:00.000+00:00"}}
      """;

  private static Class<?> type(String simpleName) throws ClassNotFoundException {
    return loader.loadClass(GeneratedCode.APPWRITE_PACKAGE + "." + simpleName);
  }

  private static Object status(String wire) throws Throwable {
    return call(loader, GeneratedCode.APPWRITE_PACKAGE + ".Execution$Status", "of", wire);
  }

  private static Object constant(String name) throws Exception {
    return type("Execution$Status").getField(name).get(null);
  }

  private static Object statusOf(String executionEnvelope) throws Exception {
    Object envelope = MAPPER.readValue(executionEnvelope, type("ExecutionEnvelope"));
    return get(get(envelope, "payload"), "status");
  }

  @Test
  void aScheduledExecutionEventDecodesKeepingTheStatus() throws Exception {
    Object status = statusOf(SCHEDULED_EXECUTION);
    assertEquals("scheduled", get(status, "value"));
    assertEquals("scheduled", status.toString());
    assertEquals(false, get(status, "isKnown"));
    assertEquals("UNKNOWN", get(status, "known").toString());
  }

  @Test
  void knownValuesDecodeToTheirConstants() throws Throwable {
    Object completed = statusOf(SCHEDULED_EXECUTION.replace("\"scheduled\"", "\"completed\""));
    assertSame(constant("COMPLETED"), completed);
    assertSame(constant("COMPLETED"), status("completed"));
    assertEquals(true, get(completed, "isKnown"));
    assertEquals("COMPLETED", get(completed, "known").toString());
    assertEquals(true, call(loader, USAGE, "isCompleted", completed));
    assertEquals(List.of(constant("WAITING"), constant("PROCESSING"), constant("COMPLETED"), constant("FAILED")),
        call(loader, GeneratedCode.APPWRITE_PACKAGE + ".Execution$Status", "values"));
  }

  @Test
  void anUnknownValueIsWrittenBackUnchanged() throws Exception {
    Object envelope = MAPPER.readValue(SCHEDULED_EXECUTION, type("ExecutionEnvelope"));
    JsonNode written = MAPPER.valueToTree(envelope);
    assertEquals("scheduled", written.get("payload").get("status").asText());
    assertEquals(MAPPER.readTree(SCHEDULED_EXECUTION).get("payload").get("status"), written.get("payload").get("status"));
    assertEquals("\"scheduled\"", MAPPER.writeValueAsString(statusOf(SCHEDULED_EXECUTION)));
  }

  @Test
  void anUnknownValueEqualsTheSameValueAndNoConstant() throws Throwable {
    Object decoded = statusOf(SCHEDULED_EXECUTION);
    Object made = status("scheduled");
    assertEquals(made, decoded);
    assertEquals(made.hashCode(), decoded.hashCode());
    for (Object known : (List<?>) call(loader, GeneratedCode.APPWRITE_PACKAGE + ".Execution$Status", "values")) {
      assertNotEquals(known, decoded);
    }
    assertFalse(status("Completed").equals(constant("COMPLETED")), "values compare exactly, case included");
  }

  @Test
  void usersSwitchOverTheKnownValues() throws Throwable {
    assertEquals("done", call(loader, USAGE, "describe", constant("COMPLETED")));
    assertEquals("running", call(loader, USAGE, "describe", status("waiting")));
    assertEquals("not in the spec: scheduled", call(loader, USAGE, "describe", statusOf(SCHEDULED_EXECUTION)));
  }

  @Test
  void eventNamesTheSpecDoesNotListStillDecode() throws Throwable {
    Object envelope = MAPPER.readValue(SCHEDULED_EXECUTION.replace("functions.*.executions.*.create",
        "functions.*.executions.*.reschedule"), type("ExecutionEnvelope"));
    assertTrue(((List<?>) get(envelope, "events")).contains("functions.*.executions.*.reschedule"));
  }

  @Test
  void newEnvelopePropertiesAreIgnored() throws Exception {
    String withSubscriptions = SCHEDULED_EXECUTION.replaceFirst("\\{", "{\"subscriptions\": [\"s1\"], ");
    assertEquals("scheduled", get(statusOf(withSubscriptions), "value"));
  }
}
