package dev.asyncgen.core.resolve;

import dev.asyncgen.core.load.MapNode;

/**
 * A message as built, its traits merged: what its examples are checked against.
 *
 * @param name how messages name it
 * @param node the message object with every trait applied
 */
public record MergedMessage(String name, MapNode node) {}
