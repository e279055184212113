/**
 * Measures the between-session monitor ({@code org.clinicalnotes.between}): a seeded synthetic series
 * generator whose entry texts come from journal texts written blind ({@code /journal-blind/}), with planted
 * spikes, trends and risk entries, and the report of spike recall, false alerts per client-month, lead time,
 * URGENT recall on risk entries and the text classifier's F1 against the writer's labels.
 *
 * @since 0.2.0
 */
@InternalApi
package org.clinicalnotes.eval.between;

import org.clinicalnotes.InternalApi;
