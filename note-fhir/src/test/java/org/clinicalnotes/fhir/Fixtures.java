package org.clinicalnotes.fhir;

import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;

/** Synthetic transcripts and notes made from them by the offline pipeline. */
final class Fixtures {

    static final String VISIT = """
            [doctor] hi , good to see you . what brings you in today ?
            [patient] i keep waking up at night with heartburn , about four nights a week .
            [doctor] any chest pain or trouble swallowing ?
            [patient] no chest pain . no trouble swallowing . i take ibuprofen for my knee most days .
            [doctor] on exam your abdomen is soft and nontender .
            [doctor] i think this is gastroesophageal reflux disease .
            [doctor] i want you to start omeprazole 20 milligrams once a day and keep a food diary .
            [doctor] let's follow up in four weeks .
            """;

    static final String SESSION_VTT = """
            WEBVTT

            00:00:01.000 --> 00:00:05.000
            <v Therapist>How have you been since our last session?

            00:00:05.500 --> 00:00:11.000
            <v Client>Pretty anxious. I have had panic attacks at work three times this week.

            00:00:11.500 --> 00:00:16.000
            <v Therapist>We practiced box breathing today and you were able to slow your breathing.

            00:00:16.500 --> 00:00:20.000
            <v Client>It helped. I felt calmer after a few rounds. I have no thoughts of hurting myself.

            00:00:20.500 --> 00:00:26.000
            <v Therapist>For homework, practice box breathing twice a day and log each panic attack.
            """;

    private static final NoteGenerator GENERATOR = NoteGenerator.builder().build();

    private Fixtures() {
    }

    static Transcript visit() {
        return TranscriptReader.defaults().read(VISIT, "visit.txt");
    }

    static Transcript session() {
        return TranscriptReader.defaults().read(SESSION_VTT, "session.vtt");
    }

    static ClinicalNote note(String template) {
        Transcript t = template.equals("dap") || template.equals("birp") || template.equals("girp")
                || template.equals("intake") ? session() : visit();
        return GENERATOR.generate(t, NoteRequest.of(template));
    }
}
