/**
 * Appwrite Realtime's wire protocol: {@link dev.asyncgen.realtime.appwrite.AppwriteProtocol#legacy()} for every
 * server version, {@link dev.asyncgen.realtime.appwrite.AppwriteProtocol#messages()} for servers 1.9 and later.
 */
package dev.asyncgen.realtime.appwrite;
