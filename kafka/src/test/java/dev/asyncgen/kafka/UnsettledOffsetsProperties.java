package dev.asyncgen.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The array of unsettled offsets answers as a sorted set of them would, whatever the order of the calls. */
class UnsettledOffsetsProperties {

    /** An operation: 0 add, 1 remove, 2 remove from; with an offset near the others, so that they hit. */
    record Op(int kind, long offset) {}

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Arbitraries.integers().between(0, 2)
                .flatMap(kind -> Arbitraries.longs().between(0, 80).map(offset -> new Op(kind, offset)));
        Arbitrary<Op> mostlyAdds = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 80).map(offset -> new Op(0, offset))),
                net.jqwik.api.Tuple.of(2, op));
        return mostlyAdds.list().ofMaxSize(300);
    }

    @Property(tries = 1000)
    void behavesAsASortedSet(@ForAll("operations") List<Op> operations) {
        UnsettledOffsets offsets = new UnsettledOffsets();
        TreeSet<Long> model = new TreeSet<>();
        for (Op op : operations) {
            switch (op.kind()) {
                case 0 -> {
                    offsets.add(op.offset());
                    model.add(op.offset());
                }
                case 1 -> {
                    offsets.remove(op.offset());
                    model.remove(op.offset());
                }
                default -> {
                    offsets.removeFrom(op.offset());
                    model.tailSet(op.offset(), true).clear();
                }
            }
            assertThat(offsets.isEmpty()).isEqualTo(model.isEmpty());
            if (!model.isEmpty()) {
                assertThat(offsets.first()).as("after %s", op).isEqualTo(model.first());
            }
        }
        for (long offset : model) {
            assertThat(offsets.first()).isEqualTo(offset);
            offsets.remove(offset);
        }
        assertThat(offsets.isEmpty()).isTrue();
    }

    /** A window of the last five records unsettled, sliding over many: the array is reused, not grown. */
    @Property(tries = 200)
    void slidingWindowOfUnsettledRecords(@ForAll("sizes") int records) {
        UnsettledOffsets offsets = new UnsettledOffsets();
        for (long offset = 0; offset < records; offset++) {
            offsets.add(offset);
            if (offset >= 5) {
                offsets.remove(offset - 5);
            }
        }
        assertThat(offsets.isEmpty()).isEqualTo(records == 0);
        if (records > 0) {
            assertThat(offsets.first()).isEqualTo(Math.max(0, records - 5));
        }
    }

    @Provide
    Arbitrary<Integer> sizes() {
        return Arbitraries.integers().between(0, 5_000);
    }
}
