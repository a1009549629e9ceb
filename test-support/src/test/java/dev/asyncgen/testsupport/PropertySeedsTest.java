package dev.asyncgen.testsupport;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * {@link PropertySeeds} is in force for every property of a module that has this module on its test
 * class path, this one included without naming it: the fixed seed in a plain build, a replayed one, or a fresh one with ten times the
 * tries when exploring.
 */
class PropertySeedsTest {
  private static final int TRIES = 7;

  @Property(tries = TRIES)
  @AddLifecycleHook(ChecksSeedAndTries.class)
  void anyNumberIsANumber(@ForAll int number) {
    // Nothing to check in the property itself: the hook checks how it was run.
  }

  static final class ChecksSeedAndTries implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
      PropertyExecutionResult result = property.execute();
      String seed = result.seed().orElse("none");
      String replayed = System.getProperty("jqwik.seed", "").trim();
      boolean seedAsAsked = !replayed.isEmpty() ? seed.equals(replayed)
          : PropertySeeds.exploring() ? !seed.equals(PropertySeeds.FIXED_SEED)
          : seed.equals(PropertySeeds.FIXED_SEED);
      int tries = TRIES * (PropertySeeds.exploring() ? PropertySeeds.EXPLORE_TRIES_FACTOR : 1);
      if (!seedAsAsked || result.countTries() != tries) {
        return result.mapToFailed("ran with seed " + seed + " and " + result.countTries() + " tries, expected "
            + (replayed.isEmpty() ? "the " + (PropertySeeds.exploring() ? "random" : "fixed") : "the replayed")
            + " seed and " + tries + " tries");
      }
      return result;
    }
  }
}
