package org.clinicalnotes.spark.batch;

import java.io.PrintWriter;
import org.clinicalnotes.ClinicalNotesException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code clinical-notes-spark.jar}: {@code batch --input PATH --output PATH ...}. Run it with
 * {@code spark-submit} on a cluster, or locally with Spark's jars on the class path (see the README). Exit codes:
 * 0 success, 2 usage error, 3 bad input or output path, 1 unexpected failure. Errors are one or two plain lines
 * on stderr, never a stack trace, never patient text.
 */
@Command(name = "clinical-notes-spark", mixinStandardHelpOptions = true, versionProvider = BatchCli.Version.class,
        description = "Batch de-identification, notes, risk screening and session analysis on Apache Spark.",
        subcommands = {BatchCommand.class})
public final class BatchCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    /**
     * Runs the command line without exiting the JVM.
     *
     * @return the exit code
     */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new BatchCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ClinicalNotesException c) {
                err.println("error: " + c.getMessage());
                return exitCode(c);
            }
            err.println("error: unexpected " + ex.getClass().getSimpleName() + "; rerun with Spark's log at INFO "
                    + "to see which stage failed");
            return 1;
        });
        return cl.execute(args);
    }

    /** 2 for a setting, 4 for a service failure, 5 for a failed check, 3 for anything else (bad input). */
    static int exitCode(ClinicalNotesException c) {
        if (c instanceof org.clinicalnotes.ConfigurationException) {
            return 2;
        }
        if (c instanceof org.clinicalnotes.ModelCallException) {
            return 4;
        }
        if (c instanceof org.clinicalnotes.CheckFailedException) {
            return 5;
        }
        return 3;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The jar's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = BatchCli.class.getPackage().getImplementationVersion();
            return new String[] {"clinical-notes-spark " + (v == null ? "development" : v)};
        }
    }
}
