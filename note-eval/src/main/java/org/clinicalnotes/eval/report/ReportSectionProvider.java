package org.clinicalnotes.eval.report;

import java.nio.file.Path;
import java.util.Optional;

/**
 * SPI: contributes a section to the evaluation report, for example PHI recall by category from the
 * de-identification gold set, or risk-flag metrics from the safety gold set. Providers are found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.clinicalnotes.eval.report.ReportSectionProvider});
 * a provider's section replaces the report's "not yet measured" placeholder with the same {@link #id()}.
 *
 * <p>Implementations must not put patient text in the section (only counts, rates and category names).
 *
 * @since 0.1.0
 */
public interface ReportSectionProvider {

    /** @return the id of the section this provider fills, for example {@code phi} or {@code risk} */
    String id();

    /**
     * Measures and returns the section.
     *
     * @param dataDir the shared data folder ({@code ../shared/data} by default); not null
     * @return the section, or empty when the data it needs is not there
     */
    Optional<ReportSection> section(Path dataDir);
}
