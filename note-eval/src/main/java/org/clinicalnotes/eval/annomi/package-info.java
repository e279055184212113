/**
 * AnnoMI (Wu et al., ICASSP 2022; Future Internet 2023): the trainer of the clinician-behaviour and client-talk-type
 * classifier shipped in note-core (trained only on transcripts whose id mod 5 is not 0) and the report on the test
 * split (id mod 5 = 0): macro-F1 per task and the AUC separating high- from low-quality sessions by the session
 * summaries. Reads {@code ../shared/data/annomi/AnnoMI-simple.csv}; no AnnoMI text is copied into the project.
 */
@InternalApi
package org.clinicalnotes.eval.annomi;

import org.clinicalnotes.InternalApi;
