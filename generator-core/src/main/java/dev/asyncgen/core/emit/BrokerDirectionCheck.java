package dev.asyncgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import dev.asyncgen.core.naming.Role;
import javax.lang.model.element.Modifier;

/**
 * The broker facades' {@code refuseDirection(binding, publishing)}: a channel the role may not use in that direction
 * is refused with an {@code IllegalArgumentException} naming it and why. The facade's private binding record has
 * {@code channel()}, {@code publish()} and {@code subscribe()}.
 */
final class BrokerDirectionCheck {
  private BrokerDirectionCheck() {}

  static MethodSpec refuseDirection(ClassName binding, Role role) {
    return MethodSpec.methodBuilder("refuseDirection").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(binding, "binding")
        .addParameter(boolean.class, "publishing")
        .beginControlFlow("if (publishing ? !binding.publish() : !binding.subscribe())")
        .addStatement("throw new IllegalArgumentException($S + binding.channel() + $S$W+ (publishing ? $S : $S))",
            "channel '", "': the " + role.keyword() + " ",
            "does not publish on it (the spec's operations only let it subscribe)",
            "does not subscribe to it (the spec's operations only let it publish)")
        .endControlFlow()
        .build();
  }
}
