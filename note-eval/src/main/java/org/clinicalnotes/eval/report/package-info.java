/**
 * The evaluation report: {@link org.clinicalnotes.eval.report.EvalReport} made of
 * {@link org.clinicalnotes.eval.report.ReportSection}s (tables and charts), rendered as Markdown and as one
 * self-contained HTML page (inline CSS and SVG, no external assets). Other modules add sections through
 * {@link org.clinicalnotes.eval.report.ReportSectionProvider}.
 *
 * @since 0.1.0
 */
@InternalApi
package org.clinicalnotes.eval.report;

import org.clinicalnotes.InternalApi;
