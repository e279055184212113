package org.clinicalnotes.eval.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a tiny, synthetic ACI-Bench-shaped folder (two made-up encounters; no real data). */
public final class SyntheticAciBench {

    static final String D1 = "[doctor] hi , how are you doing today ?\\n[patient] my knee has been hurting for two weeks .\\n"
            + "[doctor] are you taking anything for it ?\\n[patient] i take ibuprofen 400 mg twice a day .\\n"
            + "[doctor] on exam there is tenderness over the medial knee .\\n"
            + "[doctor] your x-ray shows no fracture .\\n"
            + "[doctor] i think this is a knee sprain . we will start physical therapy and follow up in two weeks .";
    static final String N1 = "CHIEF COMPLAINT\\n\\nRight knee pain.\\n\\nHISTORY OF PRESENT ILLNESS\\n\\n"
            + "The patient reports knee pain for two weeks. He takes ibuprofen 400 mg twice a day.\\n\\n"
            + "PHYSICAL EXAMINATION\\n\\nTenderness over the medial knee.\\n\\nRESULTS\\n\\nX-ray shows no fracture.\\n\\n"
            + "ASSESSMENT AND PLAN\\n\\nKnee sprain. Start physical therapy. Follow up in 2 weeks.";
    static final String D2 = "[doctor] what brings you in ?\\n[patient] i have had a cough and a fever since monday .\\n"
            + "[doctor] any shortness of breath ?\\n[patient] no .\\n"
            + "[doctor] your lungs sound clear and your oxygen saturation is ninety eight percent .\\n"
            + "[doctor] this looks like a viral upper respiratory infection . rest and fluids , and call if it gets worse .";
    static final String N2 = "CHIEF COMPLAINT\\n\\nCough and fever.\\n\\nHISTORY OF PRESENT ILLNESS\\n\\n"
            + "Cough and fever since Monday. Denies shortness of breath.\\n\\nPHYSICAL EXAMINATION\\n\\nLungs clear.\\n\\n"
            + "RESULTS\\n\\nOxygen saturation 98%.\\n\\nASSESSMENT AND PLAN\\n\\nViral upper respiratory infection. Rest and fluids.";

    private SyntheticAciBench() {
    }

    /**
     * Writes {@code dir/aci-bench/} with the given split (valid or test1).
     *
     * @param dir the data folder
     * @param split valid or test1
     * @return the aci-bench folder
     * @throws IOException on a write failure
     */
    public static Path write(Path dir, String split) throws IOException {
        Path aci = dir.resolve("aci-bench");
        String stem = split.equals("test1") ? "clinicalnlp_taskB_test1" : split;
        Files.createDirectories(aci.resolve("challenge_data"));
        Files.createDirectories(aci.resolve("challenge_data_sections"));
        Files.writeString(aci.resolve("challenge_data/" + stem + ".csv"), "dataset,encounter_id,dialogue,note\n"
                + "aci,X001,\"" + D1.replace("\\n", "\n") + "\",\"" + N1.replace("\\n", "\n") + "\"\n"
                + "virtassist,X002,\"" + D2.replace("\\n", "\n") + "\",\"" + N2.replace("\\n", "\n") + "\"\n");
        String[][] div = {
            {"subjective", "Right knee pain. The patient reports knee pain for two weeks. He takes ibuprofen 400 mg.",
                "Cough and fever since Monday. Denies shortness of breath."},
            {"objective_exam", "Tenderness over the medial knee.", "Lungs clear."},
            {"objective_results", "X-ray shows no fracture.", "Oxygen saturation 98%."},
            {"assessment_and_plan", "Knee sprain. Start physical therapy.", "Viral upper respiratory infection."}};
        for (String[] d : div) {
            Files.writeString(aci.resolve("challenge_data_sections/" + stem + "_" + d[0] + ".json"),
                    "{\"data\":[{\"src\":\"\",\"tgt\":\"" + d[1] + "\",\"file\":\"X001-aci-" + d[0] + "\"},"
                            + "{\"src\":\"\",\"tgt\":\"" + d[2] + "\",\"file\":\"X002-virtassist-" + d[0] + "\"}]}");
        }
        if (split.equals("test1")) {
            Files.createDirectories(aci.resolve("results_tables"));
            StringBuilder t = new StringBuilder("\nALL\nModel,ROUGE-1,ROUGE-2,ROUGE-L,BERTScore,BLEURT,Fact,average\n"
                    + "Transcript-based\ntranscript,32.84,12.53,30.61,54.10,31.94,55.65,41.76\n"
                    + "OpenAI (wo FT)\nGPT-4,51.76,22.58,45.97,66.57,40.86,57.78,51.33\n");
            for (String[] d : div) {
                t.append("\n\ndivision-").append(d[0]).append("\nModel,ROUGE-1,ROUGE-2,ROUGE-L,BERTScore,BLEURT,Fact,average\n")
                        .append("transcript,1.00,0.50,0.75,0,0,2.00,0\nGPT-4,40.00,20.00,30.00,0,0,44.00,0\n");
            }
            Files.writeString(aci.resolve("results_tables/test1.csv"), t.toString());
        }
        return aci;
    }
}
