package dev.asyncgen.mqtt;

import io.reactivex.schedulers.Schedulers;

/**
 * RxJava's scheduler threads ({@code RxSchedulerPurge}, {@code RxCachedWorkerPoolEvictor}) start with its
 * {@code Schedulers} class, which HiveMQ's client loads, and run until shut down. They are JVM-wide, so they are
 * shut down when the last open {@link MqttClient} closes and started again when a client is built after that.
 * Another RxJava 2 user in the same JVM would see them stop too.
 */
final class RxSchedulers {
    private static int openClients;

    private RxSchedulers() {}

    static synchronized void acquire() {
        if (openClients++ == 0) {
            Schedulers.start();
        }
    }

    static synchronized void release() {
        if (--openClients == 0) {
            Schedulers.shutdown();
        }
    }
}
