package dev.asyncgen.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandshakeQueryTest {

    @Test
    void appendsAfterAnExistingQueryEncodesEverythingAndDropsTheFragment() {
        URI uri = HandshakeQuery.append(URI.create("wss://host/v1/realtime?region=eu#top"), List.of(
                new WireProtocol.QueryParameter("project", "p 1"),
                new WireProtocol.QueryParameter("channels[]", "files.é+&=#")));

        assertThat(uri).hasToString(
                "wss://host/v1/realtime?region=eu&project=p%201&channels%5B%5D=files.%C3%A9%2B%26%3D%23");
    }

    @Test
    void leavesAUriAloneWithoutParameters() {
        URI base = URI.create("ws://127.0.0.1:1/x");

        assertThat(HandshakeQuery.append(base, List.of())).isSameAs(base);
    }
}
