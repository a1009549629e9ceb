package dev.asyncgen.core.diff;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.naming.GenerationOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Small OLD/NEW spec pairs: a base spec with channels received and sent on, a shared schema and an
 * allOf; and the same with a union.
 */
final class DiffSpecs {
  static final String PACKAGE = "com.example.events";

  static final String BASE = """
      asyncapi: 2.6.0
      info: {title: t, version: '1'}
      servers:
        prod: {url: events.example.com, protocol: wss}
      channels:
        events.{id}:
          description: Events about one thing.
          parameters:
            id: {schema: {type: string}}
          subscribe:
            message: {$ref: '#/components/messages/Event'}
        commands:
          publish:
            message: {$ref: '#/components/messages/Command'}
        refunds:
          publish:
            message: {payload: {$ref: '#/components/schemas/Refund'}}
      components:
        messages:
          Event:
            payload: {$ref: '#/components/schemas/Event'}
          Command:
            payload: {$ref: '#/components/schemas/Command'}
        schemas:
          Event:
            type: object
            required: [id]
            properties:
              id: {type: string}
              count: {type: integer, format: int32}
              at: {type: string, format: date-time}
              status: {type: string, enum: [waiting, done]}
              note: {type: string, description: A note.}
              meta: {$ref: '#/components/schemas/Meta'}
          Command:
            type: object
            required: [name]
            properties:
              name: {type: string}
              mode: {type: string, enum: [fast, slow]}
              meta: {$ref: '#/components/schemas/Meta'}
              urgency: {$ref: '#/components/schemas/Urgency'}
          Meta:
            type: object
            properties:
              trace: {type: string}
          Urgency: {type: string, enum: [low, high]}
          Base:
            type: object
            required: [version]
            properties:
              version: {type: integer}
          Refund:
            allOf:
              - $ref: '#/components/schemas/Base'
              - type: object
                properties:
                  amount: {type: number}
      """;

  /**
   * The base with a union (a oneOf of records) instead of the allOf: naming cannot plan both in one spec
   * yet (JavaPlanner.implementsTransitively asks for the interface shape of a union, and fails).
   */
  static final String UNION = replace(BASE.substring(0, BASE.indexOf("    Base:\n")), "refunds:\n    publish:\n"
      + "      message: {payload: {$ref: '#/components/schemas/Refund'}}", "payments:\n    subscribe:\n"
      + "      message: {payload: {$ref: '#/components/schemas/Payment'}}") + """
          Payment:
            oneOf:
              - $ref: '#/components/schemas/Event'
              - $ref: '#/components/schemas/Command'
      """;

  private DiffSpecs() {}

  /** The spec with one text replaced; fails when the text is not there (a test that changes nothing proves nothing). */
  static String replace(String spec, String text, String replacement) {
    if (!spec.contains(text)) {
      throw new IllegalArgumentException("not in the spec: " + text);
    }
    return spec.replace(text, replacement);
  }

  static DiffReport diff(Path dir, String before, String after) {
    return diff(dir, before, after, true, true);
  }

  static DiffReport diff(Path dir, String before, String after, boolean openEnums, boolean enforceRequired) {
    Path old = write(dir.resolve("old.yaml"), before);
    Path now = write(dir.resolve("new.yaml"), after);
    return SpecDiff.diff(new DiffRequest(ReadRequest.of(old).withDisplayPath("old.yaml"),
        ReadRequest.of(now).withDisplayPath("new.yaml"),
        GenerationOptions.forPackage(PACKAGE).withEnforceRequired(enforceRequired)
            .withClosedEnums(!openEnums)));
  }

  /** The 1-based line of the first line holding {@code text}. */
  static int lineOf(String spec, String text) {
    List<String> lines = spec.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not in the spec: " + text);
  }

  static Path write(Path file, String text) {
    try {
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
