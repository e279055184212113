package org.clinicalnotes.semantic;

import org.clinicalnotes.risk.SemanticRiskMatcher;
import org.clinicalnotes.semantic.internal.ExemplarRiskMatcher;

/**
 * Entry point of {@code note-semantic}: the semantic risk matcher without going through
 * {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * SemanticRiskMatcher matcher = SemanticRisk.matcher();
 * List<List<SemanticHit>> hits = matcher.match(List.of("i just want to go to sleep and not wake up"));
 * }</pre>
 *
 * <p>{@link org.clinicalnotes.risk.RiskScreen#create()} finds the same matcher by itself when this module
 * is on the class path.
 *
 * @since 0.2.0
 */
public final class SemanticRisk {

    private SemanticRisk() {
    }

    /**
     * @return the shared matcher: thread-safe, local, deterministic; its model (about 23 MB) loads on the
     *     first {@link SemanticRiskMatcher#match(java.util.List)}, not here
     */
    public static SemanticRiskMatcher matcher() {
        return Holder.MATCHER;
    }

    private static final class Holder {
        static final SemanticRiskMatcher MATCHER = new ExemplarRiskMatcher();
    }
}
