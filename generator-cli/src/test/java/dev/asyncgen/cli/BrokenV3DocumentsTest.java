package dev.asyncgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every mistake a user can make in an AsyncAPI 3.x document ends in positioned messages: the same from
 * validate and generate, exit code 1, and nothing written. Each case's text follows a four-line header,
 * so its first line is line 5.
 */
class BrokenV3DocumentsTest {
  private static final String HEADER = "asyncapi: 3.0.0\ninfo:\n  title: Broken\n  version: 1.0.0\n";

  @TempDir
  Path dir;

  static Stream<Arguments> documents() {
    return Stream.of(
        broken("an operation's channel outside 'channels'",
            """
            channels:
              a:
                address: a
            components:
              channels:
                b:
                  address: b
            operations:
              o:
                action: send
                channel:
                  $ref: "#/components/channels/b"
            """,
            "broken.yaml:16:13: error: the channel of operation 'o' must be a $ref to one of the document's "
                + "channels, such as '#/channels/userSignedUp'"),
        broken("an operation's message not of its channel",
            """
            channels:
              a:
                address: a
                messages:
                  m:
                    payload: {type: string}
              b:
                address: b
                messages:
                  n:
                    payload: {type: string}
            operations:
              o:
                action: send
                channel:
                  $ref: "#/channels/a"
                messages:
                  - $ref: "#/channels/b/messages/n"
            """,
            "broken.yaml:22:15: error: the messages of operation 'o' must be messages of its channel 'a', "
                + "each a $ref such as '#/channels/a/messages/<id>'"),
        broken("an operation's message that is a channel",
            """
            channels:
              a:
                address: a
            operations:
              o:
                action: send
                channel:
                  $ref: "#/channels/a"
                messages:
                  - $ref: "#/channels/a"
            """,
            "broken.yaml:14:15: error: the messages of operation 'o' must be messages of its channel 'a', "
                + "each a $ref such as '#/channels/a/messages/<id>'"),
        broken("an operation's channel that is a message",
            """
            channels:
              a:
                address: a
                messages:
                  m:
                    payload: {type: string}
            operations:
              o:
                action: send
                channel:
                  $ref: "#/channels/a/messages/m"
            """,
            "broken.yaml:15:13: error: the channel of operation 'o' must be a $ref to one of the document's "
                + "channels, such as '#/channels/userSignedUp'"),
        broken("reply messages without a reply channel",
            """
            channels:
              a:
                address: a
                messages:
                  m:
                    payload: {type: string}
            operations:
              o:
                action: send
                channel:
                  $ref: "#/channels/a"
                reply:
                  messages:
                    - $ref: "#/channels/a/messages/m"
            """,
            "broken.yaml:17:7: error: the reply of operation 'o' lists messages but names no channel they belong to"),
        broken("a reply channel outside 'channels'",
            """
            channels:
              a:
                address: a
            components:
              channels:
                r:
                  address: r
            operations:
              o:
                action: send
                channel:
                  $ref: "#/channels/a"
                reply:
                  channel:
                    $ref: "#/components/channels/r"
            """,
            "broken.yaml:19:15: error: the channel of the reply of operation 'o' must be a $ref to one of "
                + "the document's channels, such as '#/channels/userSignedUp'"),
        broken("a reply message not of the reply channel",
            """
            channels:
              a:
                address: a
                messages:
                  m:
                    payload: {type: string}
              r:
                address: r
            operations:
              o:
                action: send
                channel:
                  $ref: "#/channels/a"
                reply:
                  channel:
                    $ref: "#/channels/r"
                  messages:
                    - $ref: "#/channels/a/messages/m"
            """,
            "broken.yaml:22:17: error: the messages of the reply of operation 'o' must be messages of its "
                + "channel 'r', each a $ref such as '#/channels/r/messages/<id>'"),
        broken("an empty address",
            """
            channels:
              a:
                address: ""
            """,
            "broken.yaml:7:14: error: the address of channel 'a' cannot be empty: leave it out, or null, "
                + "for an address known only at run time"),
        broken("an address parameter its parameters do not declare",
            """
            channels:
              a:
                address: "a.{p}"
                parameters: {}
            """,
            "broken.yaml:7:14: error: the address of channel 'a' uses {p}, which its 'parameters' do not declare"),
        broken("a broken $ref as a channel",
            """
            channels:
              a:
                $ref: "#/components/channels/nope"
            """,
            "broken.yaml:7:11: error: $ref target broken.yaml#/components/channels/nope does not exist: no "
                + "'components' in broken.yaml#"),
        broken("a broken $ref to an operation's channel",
            """
            channels:
              a:
                address: a
            operations:
              o:
                action: send
                channel:
                  $ref: "#/channels/nope"
            """,
            "broken.yaml:12:13: error: $ref target broken.yaml#/channels/nope does not exist: no 'nope' in "
                + "broken.yaml#/channels"),
        broken("a broken $ref to an operation's message",
            """
            channels:
              a:
                address: a
            operations:
              o:
                action: send
                channel:
                  $ref: "#/channels/a"
                messages:
                  - $ref: "#/channels/a/messages/nope"
            """,
            "broken.yaml:14:15: error: $ref target broken.yaml#/channels/a/messages/nope does not exist: no "
                + "'messages' in broken.yaml#/channels/a"),
        broken("a broken $ref as a channel message",
            """
            channels:
              a:
                address: a
                messages:
                  m:
                    $ref: "#/components/messages/nope"
            """,
            "broken.yaml:10:15: error: $ref target broken.yaml#/components/messages/nope does not exist: no "
                + "'components' in broken.yaml#"),
        broken("a broken $ref as a reply",
            """
            channels:
              a:
                address: a
            operations:
              o:
                action: send
                channel:
                  $ref: "#/channels/a"
                reply:
                  $ref: "#/components/replies/nope"
            """,
            "broken.yaml:14:13: error: $ref target broken.yaml#/components/replies/nope does not exist: no "
                + "'components' in broken.yaml#"),
        broken("a broken $ref to a reply channel",
            """
            channels:
              a:
                address: a
            operations:
              o:
                action: send
                channel:
                  $ref: "#/channels/a"
                reply:
                  channel:
                    $ref: "#/channels/nope"
            """,
            "broken.yaml:15:15: error: $ref target broken.yaml#/channels/nope does not exist: no 'nope' in "
                + "broken.yaml#/channels"),
        broken("a broken $ref as a parameter",
            """
            channels:
              a:
                address: "a.{p}"
                parameters:
                  p:
                    $ref: "#/components/parameters/nope"
            """,
            "broken.yaml:10:15: error: $ref target broken.yaml#/components/parameters/nope does not exist: "
                + "no 'components' in broken.yaml#"),
        broken("a broken $ref as a reply address",
            """
            channels:
              a:
                address: a
            operations:
              o:
                action: send
                channel:
                  $ref: "#/channels/a"
                reply:
                  address:
                    $ref: "#/components/replyAddresses/nope"
            """,
            "broken.yaml:15:15: error: $ref target broken.yaml#/components/replyAddresses/nope does not "
                + "exist: no 'components' in broken.yaml#"),
        broken("a broken channel $ref an operation points through",
            """
            channels:
              a:
                $ref: "#/components/channels/nope"
            operations:
              o:
                action: send
                channel:
                  $ref: "#/channels/a"
            """,
            "broken.yaml:7:11: error: $ref target broken.yaml#/components/channels/nope does not exist: no "
                + "'components' in broken.yaml#"),
        broken("a parameter default not in its enum",
            """
            channels:
              a:
                address: "a.{p}"
                parameters:
                  p:
                    enum: [x, y]
                    default: z
            """,
            "broken.yaml:11:18: error: parameter 'p' has default 'z', which is not one of its enum values"),
        broken("parameter values that are not strings",
            """
            channels:
              a:
                address: "a.{p}"
                parameters:
                  p:
                    enum: [1, 2]
                    default: 1
            """,
            "broken.yaml:10:16: error: enum value #1 of parameter 'p' of channel 'a' must be a string, "
                + "found an integer (quote it to keep it text)",
            "broken.yaml:10:19: error: enum value #2 of parameter 'p' of channel 'a' must be a string, "
                + "found an integer (quote it to keep it text)",
            "broken.yaml:11:18: error: 'default' in parameter 'p' of channel 'a' must be a string, found an "
                + "integer (quote it to keep it text)"),
        broken("a $ref loop between channels",
            """
            channels:
              a:
                $ref: "#/channels/b"
              b:
                $ref: "#/channels/a"
            """,
                        "broken.yaml:7:11: error: $ref loop: #/channels/b -> #/channels/a -> #/channels/b",
            "broken.yaml:9:11: error: $ref loop: #/channels/a -> #/channels/b -> #/channels/a"),
        broken("a $ref loop between operations",
            """
            channels:
              a:
                address: a
            operations:
              o:
                $ref: "#/operations/p"
              p:
                $ref: "#/operations/o"
            """,
                        "broken.yaml:10:11: error: $ref loop: #/operations/p -> #/operations/o -> #/operations/p",
            "broken.yaml:12:11: error: $ref loop: #/operations/o -> #/operations/p -> #/operations/o"),
        broken("an inline operation channel",
            """
            channels:
              a:
                address: a
            operations:
              o:
                action: send
                channel:
                  address: a
            """,
            "broken.yaml:12:7: error: 'channel' in operation 'o' must be a Reference Object ({$ref: ...}), "
                + "found an object"),
        broken("an inline operation message",
            """
            channels:
              a:
                address: a
            operations:
              o:
                action: send
                channel:
                  $ref: "#/channels/a"
                messages:
                  - payload: {type: string}
            """,
            "broken.yaml:14:9: error: message #1 of operation 'o' must be a Reference Object ({$ref: ...}), "
                + "found an object"),
        broken("a multi-format schema without its schema",
            """
            channels:
              a:
                address: a
                messages:
                  m:
                    payload:
                      schemaFormat: application/vnd.aai.asyncapi+json;version=3.0.0
            """,
            "broken.yaml:11:11: error: payload of message 'm' of channel 'a' is missing 'schema'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void validateReportsExactlyTheseErrors(String body, List<String> errors) throws IOException {
    CliRun run = CliRun.of("validate", spec(body));

    assertEquals(1, run.exitCode(), run.out() + run.err());
    String summary = "broken.yaml: " + errors.size() + (errors.size() == 1 ? " error" : " errors") + ", 0 warnings";
    assertEquals(String.join("\n", errors) + "\n" + summary + "\n", run.out());
    assertEquals("", run.err());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void generateReportsTheSameErrorsAndWritesNothing(String body, List<String> errors) throws IOException {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("generate", spec(body), "-o", out.toString(), "-p", "com.example");

    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertEquals(String.join("\n", errors) + "\n", run.out() + run.err());
    assertFalse(Files.exists(out), "no output folder");
  }

  /** A schema format asyncgen cannot read is a warning: the payload becomes Object and generation goes on. */
  @Test
  void aMultiFormatSchemaOfAnUnknownFormatIsAWarning() throws IOException {
    String spec = spec("""
        channels:
          a:
            address: a
            messages:
              m:
                payload:
                  schemaFormat: application/x-unknown;version=1
                  schema:
                    type: thing
        """);
    String warning = "broken.yaml:11:11: warning: schemaFormat 'application/x-unknown;version=1' is not supported:"
        + " the schema is typed as Object";
    Path out = dir.resolve("out");

    CliRun validate = CliRun.of("validate", spec);
    CliRun generate = CliRun.of("generate", spec, "-o", out.toString(), "-p", "com.example");

    assertEquals(0, validate.exitCode(), validate.out() + validate.err());
    assertEquals(warning + "\nbroken.yaml: 0 errors, 1 warning\n", validate.out());
    assertEquals(0, generate.exitCode(), generate.out() + generate.err());
    assertTrue((generate.out() + generate.err()).contains(warning + "\n"), generate.out() + generate.err());
    assertTrue(Files.readString(out.resolve("com/example/Channels.java")).contains("Channel<Object> a()"));
  }

  private static Arguments broken(String name, String body, String... errors) {
    return Arguments.of(Named.of(name, body), List.of(errors));
  }

  private String spec(String body) throws IOException {
    return Files.writeString(dir.resolve("broken.yaml"), HEADER + body).toString();
  }
}
