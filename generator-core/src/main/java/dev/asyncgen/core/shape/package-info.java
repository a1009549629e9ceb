/**
 * What the AsyncAPI 2.x text says a value must look like, defined once for the stages that read
 * spec nodes: {@code validate} checks the root document against it, {@code resolve} reads every
 * document (also {@code $ref}'d ones) by it. Placed right after {@code load}: it may import only
 * {@code load} and {@code diagnostic}.
 */
package dev.asyncgen.core.shape;
