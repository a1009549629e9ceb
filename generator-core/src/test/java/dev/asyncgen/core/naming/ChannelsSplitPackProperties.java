package dev.asyncgen.core.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Packing units into helper classes keeps their order, fills each helper, and never passes the limit. */
class ChannelsSplitPackProperties {
  private static final int LIMIT = 1_000;

  @Property(tries = 500)
  void binsKeepTheOrderAndStayWithinTheLimit(
      @ForAll @Size(max = 60) List<@IntRange(min = 1, max = LIMIT - ChannelsSplit.HELPER_FIXED) Integer> costs) {
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < costs.size(); i++) {
      units.add(new Unit(i, costs.get(i)));
    }
    List<List<Unit>> bins = ChannelsSplit.pack(units, Unit::cost, LIMIT);

    assertThat(bins.stream().flatMap(List::stream).toList()).isEqualTo(units);
    for (int i = 0; i < bins.size(); i++) {
      assertThat(bins.get(i)).isNotEmpty();
      assertThat(ChannelsSplit.HELPER_FIXED + total(bins.get(i))).isLessThanOrEqualTo(LIMIT);
      if (i + 1 < bins.size()) {
        // A new helper only when the next unit does not fit the one before.
        int next = bins.get(i + 1).get(0).cost();
        assertThat(ChannelsSplit.HELPER_FIXED + total(bins.get(i)) + next).isGreaterThan(LIMIT);
      }
    }
  }

  private static int total(List<Unit> bin) {
    return bin.stream().mapToInt(Unit::cost).sum();
  }

  /** The index keeps equal costs apart. */
  private record Unit(int index, int cost) {}
}
