package org.clinicalnotes.internal;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs work on an executor so that cancelling the returned future ({@code cancel(true)} or
 * {@code cancel(false)}) interrupts the thread doing it, which aborts a blocking HTTP exchange or a
 * back-off wait in flight. The future completes on a thread of the executor. Not API.
 *
 * @since 0.1.0
 */
public final class Interruptible {

    private Interruptible() {
    }

    /**
     * @param work the work; not null
     * @param executor where to run it; not null
     * @param <T> the result type
     * @return a future completed with the work's result or exception, or cancelled
     */
    public static <T> CompletableFuture<T> supply(Supplier<T> work, Executor executor) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(executor, "executor");
        Object lock = new Object();
        Thread[] runner = new Thread[1];
        CompletableFuture<T> future = new CompletableFuture<>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                boolean cancelled = super.cancel(mayInterruptIfRunning);
                synchronized (lock) {
                    if (runner[0] != null) {
                        runner[0].interrupt();
                    }
                }
                return cancelled;
            }
        };
        executor.execute(() -> {
            synchronized (lock) {
                if (future.isDone()) {
                    return;
                }
                runner[0] = Thread.currentThread();
            }
            try {
                future.complete(work.get());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            } finally {
                synchronized (lock) {
                    runner[0] = null;
                    Thread.interrupted();
                }
            }
        });
        return future;
    }
}
