package dev.asyncgen.core.diff;

/** A channel a schema or message travels on, and which way. */
record Use(String channel, Direction direction) {}
