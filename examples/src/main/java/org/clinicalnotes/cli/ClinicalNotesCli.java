package org.clinicalnotes.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.clinicalnotes.ClinicalNotesException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code clinical-notes} command line. Exit codes: 0 success, 2 usage error, 3 bad input, 4 model
 * or network failure, 5 a check failed in strict mode, 1 anything unexpected. Errors are one or two
 * plain lines on stderr; {@code --debug} adds the stack trace (which never holds transcript text).
 */
@Command(name = "clinical-notes", mixinStandardHelpOptions = true, versionProvider = ClinicalNotesCli.Version.class,
        description = "Turns a clinician-patient conversation into a structured, evidence-linked clinical note.",
        subcommands = {GenerateCommand.class, AnalyzeCommand.class, SignCommand.class, AmendCommand.class, VerifyCommand.class,
            TranscribeCommand.class, DeidCommand.class, CourseCommand.class, PlanCommand.class,
            EvalCommand.class, JournalCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:usage error", "3:bad input (file, format, size)",
                "4:model or network failure", "5:a check failed in strict mode"})
public final class ClinicalNotesCli implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces for errors (they never contain transcript text).")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The environment and de-identifier of this run (tests pass their own). */
    final CliContext context;

    /** A command line on the process's environment. */
    public ClinicalNotesCli() {
        this(CliContext.system());
    }

    ClinicalNotesCli(CliContext context) {
        this.context = java.util.Objects.requireNonNull(context, "context");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: use one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * Entry point.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the CLI without exiting the JVM: what the tests call.
     *
     * @param args arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        return run(args, rawOut, rawErr, CliContext.system());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with the environment and de-identifier of {@code context}. */
    static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr, CliContext context) {
        PrintWriter out = new PrintWriter(new DisplayWriter(rawOut), true);
        PrintWriter err = new PrintWriter(new DisplayWriter(rawErr), true);
        CommandLine cl = new CommandLine(new ClinicalNotesCli(context));
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("error: " + ex.getMessage());
            e.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            boolean dbg = parseResult.hasMatchedOption("--debug")
                    || (parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug"));
            int code;
            if (ex instanceof ClinicalNotesException cne) {
                e.println("error: " + CliErrors.message(cne));
                code = CliErrors.exitCode(cne);
            } else {
                e.println("error: unexpected failure (" + ex.getClass().getSimpleName()
                        + "); rerun with --debug and report it");
                code = 1;
            }
            if (dbg) {
                ex.printStackTrace(e);
            }
            e.flush();
            return code;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (StackOverflowError ex) {
            // Safety net: every pattern the SDK runs is bounded; should one still recurse without bound
            // (in a stage that does not convert it), one plain line, never a 1,024-frame trace.
            err.println("error: CN-3301: the text matcher ran out of stack on this input (a very long run of one "
                    + "repeated word or symbol); split the longest turn or remove the repetition, and report it");
            code = 3;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ClinicalNotesCli.class.getPackage().getImplementationVersion();
            return new String[] {"clinical-notes " + (v != null ? v : "0.1.0-SNAPSHOT"),
                "Java " + System.getProperty("java.version")};
        }
    }
}
