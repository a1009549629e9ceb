package dev.asyncgen.core.output;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/**
 * What a run will do, decided before anything is changed.
 *
 * @param toWrite files to create or replace, with their new content
 * @param unchanged files that already have their content
 * @param toRemove files the previous run generated, this one does not, and still as generated
 * @param journal every content asyncgen may have left at each path while this run writes: the
 *     previous entries and the new ones
 * @param manifest the entries once the run has finished
 * @param warnings files left alone, and manifest entries ignored, with what the user can do
 */
record WritePlan(
    SortedMap<String, byte[]> toWrite,
    List<String> unchanged,
    List<String> toRemove,
    SortedMap<String, Set<String>> journal,
    SortedMap<String, Set<String>> manifest,
    List<String> warnings) {

  /** Whether the run changes any file besides asyncgen's own bookkeeping. */
  boolean changesFiles() {
    return !toWrite.isEmpty() || !toRemove.isEmpty();
  }
}
