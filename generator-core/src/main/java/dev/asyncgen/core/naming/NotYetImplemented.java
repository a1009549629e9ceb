package dev.asyncgen.core.naming;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.model.AsyncApi;

/** Model options accepted by the command line and the plugin whose generation is still being built. */
final class NotYetImplemented {
  private NotYetImplemented() {}

  static void check(AsyncApi api, ModelOptions model, Diagnostics diagnostics) {
    SourcePosition start = new SourcePosition(api.rootFile(), 1, 1);
    if (!model.schemaMappings().isEmpty()) {
      diagnostics.error(start, "--schema-mapping is not implemented yet");
    }
    if (!model.typeMappings().isEmpty()) {
      diagnostics.error(start, "--type-mapping is not implemented yet");
    }
    if (!model.modelNamePrefix().isEmpty() || !model.modelNameSuffix().isEmpty()) {
      diagnostics.error(start, "--model-name-prefix and --model-name-suffix are not implemented yet");
    }
    if (!model.modelAnnotations().isEmpty()) {
      diagnostics.error(start, "--model-annotation is not implemented yet");
    }
    if (model.beanValidation()) {
      diagnostics.error(start, "--bean-validation is not implemented yet");
    }
    if (model.builders()) {
      diagnostics.error(start, "--builders is not implemented yet");
    }
    if (model.channelNaming() != ModelOptions.ChannelNaming.ADDRESS) {
      diagnostics.error(start, "--channel-names id is not implemented yet");
    }
  }
}
