package org.clinicalnotes.cli;

import java.util.Objects;
import java.util.function.Function;
import org.clinicalnotes.deid.Deidentifier;
import picocli.CommandLine;

/**
 * What the command line reads from outside its arguments: environment variables (model API keys, the PKCS#12
 * password) and, for tests of remote models, the de-identifier. Given to {@link ClinicalNotesCli}'s constructor;
 * a subcommand reads it from its command line's root ({@link #of(CommandLine)}). Replaces the static test hooks.
 *
 * @param environment reads an environment variable; null when unset
 * @param deidentifier the de-identifier before a remote model; null for the default {@code SafeHarborDeidentifier}
 */
record CliContext(Function<String, String> environment, Deidentifier deidentifier) {

    CliContext {
        Objects.requireNonNull(environment, "environment");
    }

    /** @return the process's environment and the default de-identifier */
    static CliContext system() {
        return new CliContext(System::getenv, null);
    }

    /** @return this context with another environment */
    CliContext withEnvironment(Function<String, String> env) {
        return new CliContext(env, deidentifier);
    }

    /** @return this context with another de-identifier (null: the default) */
    CliContext withDeidentifier(Deidentifier deid) {
        return new CliContext(environment, deid);
    }

    /** @return the context of the run that {@code cl} belongs to */
    static CliContext of(CommandLine cl) {
        Object root = cl.getCommandSpec().root().userObject();
        return root instanceof ClinicalNotesCli c ? c.context : system();
    }
}
