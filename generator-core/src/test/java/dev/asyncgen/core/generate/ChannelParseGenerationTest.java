package dev.asyncgen.core.generate;

import static dev.asyncgen.core.generate.GeneratedCode.call;
import static dev.asyncgen.core.generate.GeneratedCode.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.core.SourceGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code Channels.parse} on names of every shape (dotted, slashed, a leading separator, a leading
 * parameter), and on specs with more channels than one Java method can hold.
 */
class ChannelParseGenerationTest {
  private static final String PACKAGE = "com.example.parse";

  @TempDir
  static Path dir;

  private static ClassLoader shapes;

  private static final String SHAPES = """
      asyncapi: '2.6.0'
      info: {title: shapes, version: '1'}
      channels:
        orders: {subscribe: {message: {payload: {type: string}}}}
        orders.{orderId}:
          parameters: {orderId: {schema: {type: string}}}
          subscribe: {message: {payload: {type: string}}}
        /users:
          subscribe: {message: {payload: {type: string}}}
        /users/{userId}/signedup:
          parameters: {userId: {schema: {type: string}}}
          subscribe: {message: {payload: {type: string}}}
        '{tenant}.events':
          parameters: {tenant: {schema: {type: string}}}
          subscribe: {message: {payload: {type: string}}}
        item-{itemId}.changes:
          parameters: {itemId: {schema: {type: string}}}
          subscribe: {message: {payload: {type: string}}}
        users.{id}.users.{id}.users:
          parameters: {id: {schema: {type: string}}}
          subscribe: {message: {payload: {type: string}}}
      """;

  @BeforeAll
  static void compileShapes() throws IOException {
    shapes = compile(SHAPES);
  }

  /** A parameter named twice is one value: one method takes it once, and parse wants both equal. */
  @Test
  void aParameterNamedTwiceIsTakenOnce() throws Throwable {
    assertEquals("users.7.users.7.users",
        call(shapes, PACKAGE + ".Channels", "usersUsersUsers", "7").toString());
    assertEquals(Optional.empty(), parse(shapes, "users.7.users.8.users"));
  }

  /** A channel whose first segment is literal wins over one that starts with a parameter. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      orders                 | orders                   |
      orders.o1              | orders.{orderId}         | orderId=o1
      /users                 | /users                   |
      /users/u1/signedup     | /users/{userId}/signedup | userId=u1
      acme.events            | {tenant}.events          | tenant=acme
      orders.events          | orders.{orderId}         | orderId=events
      item-42.changes        | item-{itemId}.changes    | itemId=42
      users.7.users.7.users  | users.{id}.users.{id}.users | id=7
      """)
  void parsesEveryShapeOfName(String name, String template, String parameter) throws Throwable {
    Object channel = parse(shapes, name).orElseThrow(() -> new AssertionError("no channel for " + name));
    assertEquals(name, get(channel, "name"));
    Map<?, ?> parameters = (Map<?, ?>) get(channel, "parameters");
    assertEquals(parameter == null ? Map.of() : Map.of(parameter.split("=")[0], parameter.split("=")[1]),
        parameters, template);
  }

  @ParameterizedTest
  @CsvSource({"order", "orders.o1.x", "users", "/users/u1", "/users/u1/signedup/x", "acme.events.x", "''", "."})
  void findsNothingForOtherNames(String name) throws Throwable {
    assertEquals(Optional.empty(), parse(shapes, name));
  }

  @Test
  void aSpecWithoutChannelsParsesNothing() throws Throwable {
    ClassLoader loader = compile("""
        asyncapi: '2.6.0'
        info: {title: none, version: '1'}
        channels: {}
        """);
    assertEquals(Optional.empty(), parse(loader, "anything"));
  }

  /**
   * Sizes past what one method holds: 1,300 channels under one first segment (200 a method) and
   * 1,200 first segments (1,000 cases a switch); before the split, 1,100 channels did not compile.
   */
  @Test
  void compilesAndParsesMoreChannelsThanOneMethodHolds() throws Throwable {
    StringBuilder spec = new StringBuilder("""
        asyncapi: '2.6.0'
        info: {title: large, version: '1'}
        channels:
        """);
    String parameterised = """
          %s:
            parameters: {id: {schema: {type: string}}}
            subscribe: {message: {payload: {type: string}}}
        """;
    for (int i = 0; i < 1_300; i++) {
      spec.append(parameterised.formatted("shared.item" + i + ".{id}"));
    }
    for (int i = 0; i < 1_200; i++) {
      spec.append("  root%d: {subscribe: {message: {payload: {type: string}}}}\n".formatted(i));
    }
    ClassLoader loader = compile(spec.toString());

    for (String name : new String[] {"shared.item0.a", "shared.item1299.b", "root0", "root999", "root1000", "root1199"}) {
      Object channel = parse(loader, name).orElseThrow(() -> new AssertionError("no channel for " + name));
      assertEquals(name, get(channel, "name"));
    }
    assertEquals(Optional.empty(), parse(loader, "shared.item1300.a"));
    assertEquals(Optional.empty(), parse(loader, "root1200"));
  }

  private static ClassLoader compile(String spec) throws IOException {
    SourceGenerator.Sources sources = GeneratedCode.generate(write(spec), PACKAGE);
    return GeneratedCode.compile(sources.files());
  }

  private static Path write(String spec) throws IOException {
    Path file = dir.resolve("spec.yaml");
    Files.writeString(file, spec);
    return file;
  }

  private static Optional<?> parse(ClassLoader loader, String name) throws Throwable {
    return (Optional<?>) call(loader, PACKAGE + ".Channels", "parse", name);
  }
}
