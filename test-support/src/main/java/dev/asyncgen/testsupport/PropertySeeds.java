package dev.asyncgen.testsupport;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The seed of every property of each module that has this module on its test class path: its
 * {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook} registers it for all of them. A
 * build draws the same samples on every machine, so a red build is always caused by a commit. {@code -Dasyncgen.explore=true}
 * (the {@code explore} profile) draws fresh seeds with ten times the tries; {@code -Djqwik.seed=N}
 * replays seed N, with the same profile as the run that printed it. A failure's message names its
 * seed and how to replay it.
 */
public final class PropertySeeds implements AroundPropertyHook {
  /** Used unless a seed is given or the run explores. */
  public static final String FIXED_SEED = "20261206";
  public static final int EXPLORE_TRIES_FACTOR = 10;
  /** jqwik's own default, for properties that do not set their tries (jqwik.tries.default is not set). */
  private static final int JQWIK_DEFAULT_TRIES = 1000;

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    PropertyAttributes attributes = context.attributes();
    String replayed = System.getProperty("jqwik.seed", "").trim();
    if (!replayed.isEmpty()) {
      attributes.setSeed(replayed);
    } else if (!exploring() && attributes.seed().isEmpty()) {
      attributes.setSeed(FIXED_SEED);
    }
    if (exploring()) {
      // The size of the generated values grows with the tries: a replay explores too, or it draws others.
      attributes.setTries(EXPLORE_TRIES_FACTOR * attributes.tries().orElse(JQWIK_DEFAULT_TRIES));
    }
    PropertyExecutionResult result = property.execute();
    if (result.status() != PropertyExecutionResult.Status.FAILED || result.seed().isEmpty()) {
      return result;
    }
    String seed = result.seed().get();
    Throwable cause = result.throwable().orElse(null);
    String replay = "-Djqwik.seed=" + seed + (exploring() ? " -Pexplore" : "");
    return result.mapToFailed(new AssertionError("seed " + seed + " (replay: " + replay + "): "
        + (cause == null ? "failed" : cause.getMessage()), cause));
  }

  public static boolean exploring() {
    return Boolean.getBoolean("asyncgen.explore");
  }
}
