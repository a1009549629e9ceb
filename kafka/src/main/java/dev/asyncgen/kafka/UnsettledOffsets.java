package dev.asyncgen.kafka;

import java.util.Arrays;

/**
 * The delivered, not yet settled offsets of one partition, in ascending order, in a growing array: records arrive in
 * offset order and are mostly settled oldest first, so adding appends and settling removes the head, with no boxed
 * offset or tree node per record. Not thread-safe ({@link OffsetTracker} guards it).
 */
final class UnsettledOffsets {
    private long[] offsets = new long[16];
    private int head;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    /** The oldest unsettled offset. */
    long first() {
        if (size == 0) {
            throw new IllegalStateException("no unsettled offset");
        }
        return offsets[head];
    }

    void add(long offset) {
        if (size > 0 && offset <= offsets[head + size - 1]) {
            insert(offset); // not after the newest: kept sorted (Kafka delivers in order, so this is a safety net)
            return;
        }
        makeRoom();
        offsets[head + size++] = offset;
    }

    void remove(long offset) {
        if (size == 0) {
            return;
        }
        if (offsets[head] == offset) {
            head++;
            size--;
            if (size == 0) {
                head = 0;
            }
            return;
        }
        int at = Arrays.binarySearch(offsets, head, head + size, offset);
        if (at >= 0) {
            System.arraycopy(offsets, at + 1, offsets, at, head + size - at - 1);
            size--;
        }
    }

    /** Removes {@code offset} and every later one. */
    void removeFrom(long offset) {
        int at = Arrays.binarySearch(offsets, head, head + size, offset);
        int from = at >= 0 ? at : -at - 1;
        size = from - head;
        if (size == 0) {
            head = 0;
        }
    }

    private void insert(long offset) {
        int at = Arrays.binarySearch(offsets, head, head + size, offset);
        if (at >= 0) {
            return; // already there
        }
        int position = -at - 1 - head;
        makeRoom();
        System.arraycopy(offsets, head + position, offsets, head + position + 1, size - position);
        offsets[head + position] = offset;
        size++;
    }

    /** Room for one more at the end: the live part moved to the front, or the array doubled. */
    private void makeRoom() {
        if (head + size < offsets.length) {
            return;
        }
        if (size < offsets.length / 2) {
            System.arraycopy(offsets, head, offsets, 0, size);
        } else {
            offsets = Arrays.copyOfRange(offsets, head, head + Math.max(16, offsets.length * 2));
        }
        head = 0;
    }
}
