package org.clinicalnotes.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the command line, for tests: the exit code and what went to stdout and stderr.
 *
 * @param code the exit code
 * @param out standard output
 * @param err standard error
 */
record CliRun(int code, String out, String err) {

    /**
     * @param args the command line
     * @return the run's outcome
     */
    static CliRun of(String... args) {
        return of(CliContext.system(), args);
    }

    /**
     * @param context the environment and de-identifier the run sees
     * @param args the command line
     * @return the run's outcome
     */
    static CliRun of(CliContext context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ClinicalNotesCli.run(args, new PrintWriter(out), new PrintWriter(err), context);
        return new CliRun(code, out.toString(), err.toString());
    }
}
