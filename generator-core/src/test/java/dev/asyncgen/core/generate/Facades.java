package dev.asyncgen.core.generate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Calls methods of generated facade objects loaded from in-memory class files. */
final class Facades {
  private Facades() {}

  /** Calls the public method {@code name} taking {@code arguments.length} parameters; rethrows what it throws. */
  static Object invoke(Object target, String name, Object... arguments) throws Throwable {
    for (Method method : target.getClass().getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
        try {
          return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    }
    throw new NoSuchMethodException(target.getClass().getName() + "." + name);
  }
}
