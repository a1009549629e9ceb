/**
 * The realtime client engine: {@link dev.asyncgen.realtime.RealtimeClient} (one WebSocket, typed subscriptions,
 * heartbeats, a watchdog, reconnects with {@link dev.asyncgen.realtime.Backoff}), its
 * {@link dev.asyncgen.realtime.ConnectionState}s, and the {@link dev.asyncgen.realtime.WireProtocol} plug-in that
 * says how a server frames subscriptions and events ({@link dev.asyncgen.realtime.WireProtocol#raw()} here, Appwrite
 * in {@code dev.asyncgen.realtime.appwrite}). Generated {@code Realtime} facades wrap it.
 */
package dev.asyncgen.realtime;
