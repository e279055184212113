package org.clinicalnotes.spark.batch;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/** Prints task progress to the console at most every two seconds: counts only. */
final class Progress extends SparkListener {

    private final PrintWriter out;
    private final AtomicInteger tasks = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong lastPrint = new AtomicLong();

    Progress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted e) {
        tasks.addAndGet(e.stageInfo().numTasks());
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd e) {
        int d = done.incrementAndGet();
        long now = System.currentTimeMillis();
        long last = lastPrint.get();
        if (now - last >= 2000 && lastPrint.compareAndSet(last, now)) {
            out.println("[batch] " + d + "/" + tasks.get() + " tasks done");
        }
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted e) {
        out.println("[batch] stage " + e.stageInfo().stageId() + " done (" + e.stageInfo().numTasks() + " tasks)");
    }
}
