package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.Specs;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Channels} from 3.x channels: one method per address, none for a channel without one. */
class V3ChannelsGenerationTest {
  private static final String DOCUMENT = """
      asyncapi: 3.0.0
      info: {title: Rooms, version: 1.0.0}
      channels:
        roomEvents:
          address: rooms/{roomId}
          parameters: {roomId: {}}
          messages:
            joined: {name: Joined, payload: {type: object, properties: {user: {type: string}}}}
        roomCommands:
          address: rooms/{roomId}
          parameters: {roomId: {}}
          messages:
            kick: {name: Kick, payload: {type: object, properties: {user: {type: string}}}}
        privateInbox:
          address: null
          messages:
            note: {name: Note, payload: {type: object, properties: {text: {type: string}}}}
      operations:
        onJoined:
          action: send
          channel: {$ref: '#/channels/roomEvents'}
        kick:
          action: receive
          channel: {$ref: '#/channels/roomCommands'}
      """;

  @TempDir
  Path dir;

  @Test
  void channelsSharingAnAddressShareOneMethodAndAChannelWithoutAnAddressGetsNone() {
    Map<String, String> files =
        GeneratedCode.generate(Specs.write(dir.resolve("rooms.yaml"), DOCUMENT), "com.example.rooms").files();
    GeneratedCode.compile(files);

    String channels = files.get("com/example/rooms/Channels.java");
    assertThat(channels).containsOnlyOnce("public static Channel<Object> rooms(String roomId)");
    assertThat(channels).doesNotContain("privateInbox").doesNotContain("inbox");
    assertThat(files).containsKeys("com/example/rooms/JoinedPayload.java", "com/example/rooms/KickPayload.java",
        "com/example/rooms/NotePayload.java");
  }
}
