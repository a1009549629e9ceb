package dev.asyncgen.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Which offsets of each partition may be committed: everything before the oldest delivered record not yet settled.
 * A record settled out of order (manual acknowledgement on another thread) holds the commit back until the older
 * ones are settled too, so a crash never skips an unsettled record. Thread-safe: settlements may come from any
 * thread, the rest from the consumer's thread.
 */
final class OffsetTracker {
    private static final class Progress {
        final UnsettledOffsets unsettled = new UnsettledOffsets();
        long next = -1;
        long committed = -1;

        long committable() {
            return unsettled.isEmpty() ? next : Math.min(unsettled.first(), next);
        }
    }

    private final Map<TopicPartition, Progress> partitions = new HashMap<>();

    synchronized void delivered(TopicPartition partition, long offset) {
        Progress progress = partitions.computeIfAbsent(partition, ignored -> new Progress());
        progress.unsettled.add(offset);
        progress.next = Math.max(progress.next, offset + 1);
    }

    synchronized void settled(TopicPartition partition, long offset) {
        Progress progress = partitions.get(partition);
        if (progress != null) {
            progress.unsettled.remove(offset);
        }
    }

    /** The record at {@code offset} comes again (a seek back): nothing from it on counts as done. */
    synchronized void rewound(TopicPartition partition, long offset) {
        Progress progress = partitions.get(partition);
        if (progress != null) {
            progress.unsettled.removeFrom(offset);
            progress.next = Math.min(progress.next, offset);
        }
    }

    /**
     * The offsets to commit now, marked as committed.
     *
     * @param again whether to include offsets already handed out for a commit (after an asynchronous commit
     *     that may have failed, before the partition is given up)
     */
    synchronized Map<TopicPartition, OffsetAndMetadata> toCommit(Predicate<TopicPartition> which, boolean again) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        partitions.forEach((partition, progress) -> {
            long committable = progress.committable();
            if (which.test(partition) && committable >= 0 && (again ? committable >= progress.committed : committable > progress.committed)) {
                offsets.put(partition, new OffsetAndMetadata(committable));
                progress.committed = committable;
            }
        });
        return offsets;
    }

    /** A commit of these partitions failed: the next {@link #toCommit} offers them again. */
    synchronized void notCommitted(Iterable<TopicPartition> failed) {
        failed.forEach(partition -> {
            Progress progress = partitions.get(partition);
            if (progress != null) {
                progress.committed = -1;
            }
        });
    }

    /** Forgets partitions this consumer no longer owns. */
    synchronized void forget(Iterable<TopicPartition> gone) {
        gone.forEach(partitions::remove);
    }
}
