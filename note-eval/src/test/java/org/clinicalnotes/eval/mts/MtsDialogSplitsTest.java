package org.clinicalnotes.eval.mts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.eval.run.EvalSplit;
import org.clinicalnotes.template.NoteTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MtsDialogSplitsTest {

    @TempDir
    Path tmp;

    @Test
    void maps_every_section_header_to_a_template_section() {
        var template = MtsDialogSplits.template();
        String[] headers = {"fam/sochx", "genhx", "pastmedicalhx", "cc", "pastsurgical", "allergy", "ros",
            "medications", "assessment", "exam", "diagnosis", "disposition", "plan", "edcourse", "immunizations",
            "imaging", "gynhx", "procedures", "other_history", "labs"};
        for (String h : headers) {
            assertThat(template.sectionFor(MtsDialogSplits.kindsFor(h).get(0))).as(h).isPresent();
        }
        assertThat(MtsDialogSplits.kindsFor("FAM/SOCHX")).containsExactly(NoteTemplate.ContentKind.HISTORY);
        assertThat(MtsDialogSplits.kindsFor("labs")).containsExactly(NoteTemplate.ContentKind.RESULTS);
        assertThatThrownBy(() -> MtsDialogSplits.kindsFor("billing"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("CN-1905");
    }

    @Test
    void loads_a_split_with_a_byte_order_mark() throws Exception {
        Files.writeString(tmp.resolve("MTS-Dialog-TestSet-1-MEDIQA-Chat-2023.csv"),
                "\uFEFFID,section_header,section_text,dialogue\n"
                        + "0,GENHX,\"Knee pain for two weeks.\",\"Doctor: What brings you in?\nPatient: My knee hurts.\"\n"
                        + "1,ALLERGY,None.,\"Doctor: Any allergies?\nPatient: No.\"\n");

        EvalSplit split = MtsDialogSplits.load(tmp, "test1");

        assertThat(split.name()).isEqualTo("mts-dialog/TestSet-1");
        assertThat(split.cases()).hasSize(2);
        assertThat(split.cases().get(0).id()).isEqualTo("0");
        assertThat(split.cases().get(0).subset()).isEqualTo("genhx");
        assertThat(split.cases().get(1).targetKinds()).containsExactly(NoteTemplate.ContentKind.MEDICATIONS);
        assertThat(split.cases().get(1).fullNote()).isFalse();
    }

    @Test
    void rejects_unknown_splits_and_missing_files() {
        assertThatThrownBy(() -> MtsDialogSplits.load(tmp, "test7"))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("CN-1902");
        assertThatThrownBy(() -> MtsDialogSplits.load(tmp, "TestSet-1"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("CN-1901");
    }
}
