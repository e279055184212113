package org.clinicalnotes.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import org.clinicalnotes.note.RiskFlag;
import org.junit.jupiter.api.Test;

/** The bundled bank follows its README's rules; the parser rejects what breaks them. No model needed. */
class ExemplarBankTest {

    private final List<Exemplar> bank = ExemplarBank.load();

    @Test
    void everyLevelAndKindHasEnoughExemplars() {
        Map<String, Long> counts = bank.stream().collect(Collectors.groupingBy(
                e -> e.isNone() ? "NONE" : e.level() != null ? e.level().name() : e.kind().name(),
                Collectors.counting()));
        for (RiskFlag.CssrsLevel level : RiskFlag.CssrsLevel.values()) {
            assertThat(counts.get(level.name())).as(level.name()).isBetween(25L, 100L);
        }
        for (RiskFlag.Kind kind : RiskFlag.Kind.values()) {
            if (kind != RiskFlag.Kind.SUICIDAL_IDEATION && kind != RiskFlag.Kind.SUICIDE_ATTEMPT) {
                assertThat(counts.get(kind.name())).as(kind.name()).isBetween(30L, 140L);
            }
        }
        assertThat(counts.get("NONE")).isGreaterThanOrEqualTo(120L);
    }

    @Test
    void idsFollowTheKind() {
        Map<String, Exemplar> byId = bank.stream().collect(Collectors.toMap(Exemplar::id, Function.identity()));
        assertThat(byId).hasSize(bank.size());
        for (Exemplar e : bank) {
            String prefix = e.isNone() ? "none-" : switch (e.kind()) {
                case SUICIDAL_IDEATION -> "si-";
                case SUICIDE_ATTEMPT -> "sa-";
                case SELF_HARM -> "sh-";
                case HOMICIDAL_IDEATION -> "hi-";
                case CHILD_ABUSE -> "ca-";
                case ELDER_ABUSE -> "ea-";
                case INTIMATE_PARTNER_VIOLENCE -> "ipv-";
                case DANGEROUS_SUBSTANCE_USE -> "dsu-";
            };
            if (!e.id().startsWith("xa-") && !e.id().startsWith("xb-")) { // version 4's two blind-written batches
                assertThat(e.id()).startsWith(prefix);
            }
        }
    }

    /**
     * Changing the bank changes what the matcher reads: raise {@link ExemplarRiskMatcher#BANK_VERSION}
     * (and re-run the dev harness) whenever this pin has to move.
     */
    @Test
    void theBankIsPinnedToItsVersion() {
        CRC32 crc = new CRC32();
        for (Exemplar e : bank) {   // the parsed rows, so that line endings do not count
            String row = e.id() + '\t' + e.kind() + '\t' + e.level() + '\t' + e.text() + '\n';
            crc.update(row.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Long.toHexString(crc.getValue()) + "@" + ExemplarRiskMatcher.BANK_VERSION)
                .isEqualTo(PIN);
    }

    private static final String PIN = "25ad7fe7@4";

    @Test
    void rejectsMalformedBanks() {
        assertBad("text\tkind\n", "header");
        assertBad(ExemplarBank.HEADER + "\n", "empty");
        assertBad(ExemplarBank.HEADER + "\nx-1\tSELF_HARM\t-\ti cut\n", "NONE");
        assertBad(ExemplarBank.HEADER + "\nx-1\tSELF_HARM\t-\n", "4 tab-separated");
        assertBad(ExemplarBank.HEADER + "\nx-1\tSELF_HURT\t-\ti cut\n", "unknown kind");
        assertBad(ExemplarBank.HEADER + "\nx-1\tSUICIDAL_IDEATION\t-\ti want to die\n", "needs a C-SSRS level");
        assertBad(ExemplarBank.HEADER + "\nx-1\tSUICIDAL_IDEATION\tATTEMPT\ti tried\n", "ATTEMPT");
        assertBad(ExemplarBank.HEADER + "\nx-1\tSELF_HARM\tPLAN\ti cut\n", "must be '-'");
        assertBad(ExemplarBank.HEADER + "\nx-1\tSELF_HARM\t-\tI cut\n", "lower case");
        assertBad(ExemplarBank.HEADER + "\nX 1\tSELF_HARM\t-\ti cut\n", "id must");
        assertBad(ExemplarBank.HEADER + "\nx-1\tSELF_HARM\t-\ti cut\nx-1\tNONE\t-\ti cut onions\n", "duplicate id");
        assertBad(ExemplarBank.HEADER + "\nx-1\tSELF_HARM\t-\ti cut\nx-2\tNONE\t-\ti cut\n", "duplicate text");
    }

    @Test
    void errorsNameTheLineAndIdButNeverTheText() {
        assertThatThrownBy(() -> parse(ExemplarBank.HEADER + "\n\nx-1\tSELF_HARM\t-\tSecret Words\n"))
                .hasMessageContaining("line 3")
                .hasMessageContaining("x-1")
                .hasMessageNotContaining("Secret");
    }

    private static void assertBad(String tsv, String why) {
        assertThatThrownBy(() -> parse(tsv)).isInstanceOf(IllegalStateException.class).hasMessageContaining(why);
    }

    private static List<Exemplar> parse(String tsv) throws IOException {
        return ExemplarBank.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    }
}
