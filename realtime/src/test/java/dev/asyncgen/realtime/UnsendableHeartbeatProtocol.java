package dev.asyncgen.realtime;

import dev.asyncgen.realtime.appwrite.AppwriteProtocol;
import java.util.Optional;

/** Appwrite legacy, except that its heartbeat is a lone surrogate, which the JDK cannot encode: every ping fails. */
final class UnsendableHeartbeatProtocol extends DelegatingProtocol {

    UnsendableHeartbeatProtocol() {
        super(AppwriteProtocol.legacy());
    }

    @Override
    public Optional<String> heartbeatFrame() {
        return Optional.of("\uD800");
    }
}
