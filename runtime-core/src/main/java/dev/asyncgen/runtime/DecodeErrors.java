package dev.asyncgen.runtime;

/**
 * Says where a message failed to decode without quoting it: Jackson's own messages repeat the offending value,
 * which may be a secret, so only the property path and position are kept.
 *
 * <p>Jackson 2 and Jackson 3 are each optional: their exceptions are told apart by class name, and only the helper
 * of the one that threw is loaded.
 */
final class DecodeErrors {
    private DecodeErrors() {}

    static String where(Exception undecodable) {
        Throwable failure = undecodable;
        if (failure.getCause() != null && is(failure.getCause(), Jackson3Errors.EXCEPTION)) {
            failure = failure.getCause(); // Jackson3Codec wraps Jackson 3's unchecked exceptions in IOException
        }
        if (is(failure, Jackson2Errors.EXCEPTION)) {
            return Jackson2Errors.where(failure);
        }
        if (is(failure, Jackson3Errors.EXCEPTION)) {
            return Jackson3Errors.where(failure);
        }
        return ": " + failure.getClass().getSimpleName();
    }

    private static boolean is(Throwable failure, String className) {
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }
}
