package dev.asyncgen.core.naming;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.model.AsyncApi;

/** Model options accepted by the command line and the plugin whose generation is still being built. */
final class NotYetImplemented {
  private NotYetImplemented() {}

  static void check(AsyncApi api, ModelOptions model, Diagnostics diagnostics) {
    SourcePosition start = new SourcePosition(api.rootFile(), 1, 1);
    if (model.beanValidation()) {
      diagnostics.error(start, "--bean-validation is not implemented yet");
    }
    if (model.builders()) {
      diagnostics.error(start, "--builders is not implemented yet");
    }
  }
}
