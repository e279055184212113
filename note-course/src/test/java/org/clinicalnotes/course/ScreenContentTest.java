package org.clinicalnotes.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest of what the risk screen reads: it moves with a vocabulary's content, not with unrelated files. */
class ScreenContentTest {

    private static final List<String> PREFIXES = List.of("org/clinicalnotes/risk/", "org/clinicalnotes/semantic/");

    @TempDir
    Path dir;

    private Path folderRoot(String cues) throws Exception {
        Path root = dir.resolve("classes");
        Files.createDirectories(root.resolve("org/clinicalnotes/risk"));
        Files.createDirectories(root.resolve("org/clinicalnotes/other"));
        Files.writeString(root.resolve("org/clinicalnotes/risk/cues.tsv"), cues);
        Files.writeString(root.resolve("org/clinicalnotes/risk/frames.tsv"), "frame\tx\n");
        return root;
    }

    @Test
    void a_changed_vocabulary_in_a_folder_changes_the_digest_and_an_unrelated_file_does_not() throws Exception {
        Path root = folderRoot("suicid\tSUICIDAL_IDEATION\n");
        String before = ScreenContent.digest(List.of(root), PREFIXES, List.of());

        Files.writeString(root.resolve("org/clinicalnotes/other/words.tsv"), "unrelated\n");
        assertThat(ScreenContent.digest(List.of(root), PREFIXES, List.of())).isEqualTo(before);

        Files.writeString(root.resolve("org/clinicalnotes/risk/cues.tsv"), "suicid\tSUICIDAL_IDEATION\nend it\tX\n");
        assertThat(ScreenContent.digest(List.of(root), PREFIXES, List.of())).isNotEqualTo(before).hasSize(16);
    }

    @Test
    void a_changed_exemplar_inside_a_jar_changes_the_digest() throws Exception {
        Path a = jar("a.jar", "I want to die\tSI\n");
        Path b = jar("b.jar", "I want to die\tSI\nno reason to go on\tSI\n");
        Path c = jar("c.jar", "I want to die\tSI\n");

        assertThat(ScreenContent.digest(List.of(a), PREFIXES, List.of()))
                .isNotEqualTo(ScreenContent.digest(List.of(b), PREFIXES, List.of()))
                .isEqualTo(ScreenContent.digest(List.of(c), PREFIXES, List.of()));
    }

    @Test
    void the_class_path_digest_is_stable_and_covers_the_shipped_vocabularies() {
        String d = ScreenContent.digest();
        assertThat(d).matches("[0-9a-f]{16}").isEqualTo(ScreenContent.digest());
        assertThat(d).isNotEqualTo(ScreenContent.digest(List.of(), PREFIXES, List.of()));
    }

    @Test
    void a_provider_in_an_internal_package_brings_the_tables_of_the_package_above() {
        assertThat(ScreenContent.folderOf("org.clinicalnotes.semantic.internal.ExemplarRiskMatcher"))
                .isEqualTo("org/clinicalnotes/semantic/");
        assertThat(ScreenContent.folderOf("com.vendor.risk.MyMatcher")).isEqualTo("com/vendor/risk/");
    }

    private Path jar(String name, String exemplars) throws Exception {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("org/clinicalnotes/semantic/risk-exemplars.tsv"));
            jar.write(exemplars.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
            jar.putNextEntry(new JarEntry("org/clinicalnotes/other/x.tsv"));
            jar.write(exemplars.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return p;
    }
}
