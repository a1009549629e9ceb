package dev.asyncgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when the upstream spec changes and they generate again into the same folder. */
class RegenerationTest {
  private static final String V1 = """
      asyncapi: 2.6.0
      info: {title: Shop, version: '1'}
      channels:
        orders:
          subscribe: {message: {payload: {$ref: '#/components/schemas/Order'}}}
        refunds:
          subscribe: {message: {payload: {$ref: '#/components/schemas/Refund'}}}
      components:
        schemas:
          Order: {type: object, properties: {id: {type: string}}}
          Refund: {type: object, properties: {id: {type: string}}}
      """;
  private static final String V2 = """
      asyncapi: 2.6.0
      info: {title: Shop, version: '2'}
      channels:
        orders:
          subscribe: {message: {payload: {$ref: '#/components/schemas/Order'}}}
      components:
        schemas:
          Order: {type: object, properties: {id: {type: string}, total: {type: number}}}
      """;

  @Test
  void aRemovedSchemaAndChannelArePrunedAndUserFilesSurvive(@TempDir Path dir) throws IOException {
    Path spec = Files.writeString(dir.resolve("shop.yaml"), V1);
    Path out = dir.resolve("out");
    assertEquals(0, CliRun.of("generate", spec.toString(), "-o", out.toString(), "-p", "shop").exitCode());
    Path refund = out.resolve("shop/Refund.java");
    assertTrue(Files.exists(refund));
    Path userFile = Files.writeString(out.resolve("shop/OrderHelpers.java"), "package shop; class OrderHelpers {}");
    Path userNotes = Files.writeString(out.resolve("NOTES.txt"), "mine");
    Path channel = out.resolve("shop/Channel.java");
    FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
    Files.setLastModifiedTime(channel, old);

    Files.writeString(spec, V2);
    CliRun run = CliRun.of("generate", spec.toString(), "-o", out.toString(), "-p", "shop");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("asyncgen: 2 written, 1 unchanged, 1 removed"), run.out());
    assertFalse(Files.exists(refund), "the schema that went away is pruned");
    assertFalse(Files.readString(out.resolve("shop/Channels.java")).contains("refunds"));
    assertTrue(Files.readString(out.resolve("shop/Order.java")).contains("Double total"));
    assertEquals("package shop; class OrderHelpers {}", Files.readString(userFile));
    assertEquals("mine", Files.readString(userNotes));
    assertEquals(old, Files.getLastModifiedTime(channel), "an unchanged file is not rewritten");
  }

  @Test
  void aFileTheGeneratorDidNotWriteIsNeverOverwritten(@TempDir Path dir) throws IOException {
    Path spec = Files.writeString(dir.resolve("shop.yaml"), V2);
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("shop"));
    Files.writeString(out.resolve("shop/Order.java"), "// my own Order");
    CliRun run = CliRun.of("generate", spec.toString(), "-o", out.toString(), "-p", "shop");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("Order.java exists and was not written by asyncgen"), run.err());
    assertEquals("// my own Order", Files.readString(out.resolve("shop/Order.java")));
    assertFalse(Files.exists(out.resolve("shop/Channels.java")), "nothing is written when a run is refused");
  }

  @Test
  void anOutputFolderProblemIsOneErrorLineWithoutAStackTrace(@TempDir Path dir) throws IOException {
    Path spec = Files.writeString(dir.resolve("shop.yaml"), V2);
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createSymbolicLink(out.resolve("shop"), Files.createDirectories(dir.resolve("elsewhere")));

    CliRun run = CliRun.of("generate", spec.toString(), "-o", out.toString(), "-p", "shop");

    assertEquals(1, run.exitCode());
    assertEquals("error: " + out.resolve("shop") + " is a symbolic link, which asyncgen neither follows nor replaces"
        + " inside the output directory; remove it or choose another output directory\n",
        run.err().replace("\r\n", "\n"));
    assertEquals(0, Files.list(dir.resolve("elsewhere")).count(), "nothing written through the link");
  }
}
