package org.clinicalnotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The size and shape of the public API, without ArchUnit: a scan of the source files counts the public
 * top-level types outside {@code internal} per module and fails above each module's ceiling (lower a
 * ceiling when a change makes types package-private; never raise one without saying why in the
 * CHANGELOG); every package has a {@code package-info.java} marked {@link PublicApi} or
 * {@link InternalApi}; and no public signature in note-core exposes a type from an {@code internal}
 * package.
 */
class ApiSurfaceTest {

    private static final Path ROOT = SourceTree.ROOT;

    /** Ceilings of public top-level types outside internal; the goal for note-core is 40. */
    private static final Map<String, Integer> CEILING = new LinkedHashMap<>();

    static {
        CEILING.put("note-core", 57); // issue 19 round 4: 16 value types nested (scripts/api/nest-note-enums.py)
        CEILING.put("note-speech", 10);
        CEILING.put("note-analysis", 15);
        CEILING.put("note-between", 24);
        CEILING.put("note-course", 24); // +2 (issue 16, round 3): PlanDocument (a plan stored, signed), PlanWriter (LLM wording)
        CEILING.put("note-fhir", 19); // +1 (issue 16, round 4): PlanSignatures (a plan JWS-signed as notes are)
        CEILING.put("note-llm-adapters", 9);
        CEILING.put("note-semantic", 1);
        CEILING.put("note-spark", 7); // the four stages, their two base classes (ClinicalTransformer, SingleOutputTransformer), BatchCli
    }

    private static final Pattern PUBLIC_TOP_LEVEL = Pattern.compile(
            "^public (?:(?:final|abstract|sealed|non-sealed|static) )*(?:class|interface|enum|record|@interface) (\\w+)",
            Pattern.MULTILINE);

    @Test
    void each_library_module_stays_under_its_ceiling_of_public_top_level_types() {
        Map<String, List<String>> found = new TreeMap<>();
        for (String module : CEILING.keySet()) {
            List<String> types = new ArrayList<>();
            for (Path file : SourceTree.javaFiles(ROOT.resolve(module).resolve("src/main/java"))) {
                String pkg = packageOf(SourceTree.read(file));
                if (isInternal(pkg) || file.getFileName().toString().equals("package-info.java")) {
                    continue;
                }
                Matcher m = PUBLIC_TOP_LEVEL.matcher(SourceTree.read(file));
                if (m.find()) {
                    types.add(pkg + "." + m.group(1));
                }
            }
            found.put(module, types);
        }
        for (Map.Entry<String, Integer> c : CEILING.entrySet()) {
            assertThat(found.get(c.getKey())).as("public top-level types outside internal in " + c.getKey()
                    + " (ceiling " + c.getValue() + ")").hasSizeLessThanOrEqualTo(c.getValue());
        }
    }

    @Test
    void every_package_has_a_package_info_marked_public_or_internal() {
        List<String> problems = new ArrayList<>();
        for (Path module : SourceTree.modules()) {
            for (Path dir : packageDirs(module.resolve("src/main/java"))) {
                Path info = dir.resolve("package-info.java");
                if (!Files.exists(info)) {
                    problems.add(dir + ": no package-info.java");
                    continue;
                }
                String text = SourceTree.read(info);
                String pkg = packageOf(text);
                boolean marksPublic = text.contains("@PublicApi");
                boolean marksInternal = text.contains("@InternalApi");
                if (marksPublic == marksInternal) {
                    problems.add(pkg + ": mark the package @PublicApi or @InternalApi (one of them)");
                } else if (isInternal(pkg) && !marksInternal) {
                    problems.add(pkg + ": a package named internal must be @InternalApi");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void no_public_signature_in_note_core_exposes_an_internal_type() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : noteCoreClasses()) {
            if (isInternal(c.getPackageName()) || !isExported(c)) {
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                if (exported(m.getModifiers()) && !m.isSynthetic()) {
                    check(leaks, c.getName() + "." + m.getName(), m.getGenericReturnType());
                    for (Type p : m.getGenericParameterTypes()) {
                        check(leaks, c.getName() + "." + m.getName(), p);
                    }
                }
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (exported(k.getModifiers()) && !k.isSynthetic()) {
                    for (Type p : k.getGenericParameterTypes()) {
                        check(leaks, c.getName() + ".<init>", p);
                    }
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (exported(f.getModifiers()) && !f.isSynthetic()) {
                    check(leaks, c.getName() + "." + f.getName(), f.getGenericType());
                }
            }
            if (c.getSuperclass() != null) {
                check(leaks, c.getName() + " extends", c.getGenericSuperclass());
            }
            for (Type i : c.getGenericInterfaces()) {
                check(leaks, c.getName() + " implements", i);
            }
        }
        assertThat(leaks).as("public signatures naming internal types").isEmpty();
    }

    private static boolean exported(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static boolean isExported(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return !c.isAnonymousClass() && !c.isLocalClass() && !c.isSynthetic();
    }

    private static void check(List<String> leaks, String where, Type type) {
        if (type instanceof Class<?> c) {
            Class<?> base = c;
            while (base.isArray()) {
                base = base.getComponentType();
            }
            if (isInternal(base.getPackageName()) && base.getName().startsWith("org.clinicalnotes.")) {
                leaks.add(where + " -> " + base.getName());
            }
        } else if (type instanceof ParameterizedType p) {
            check(leaks, where, p.getRawType());
            for (Type a : p.getActualTypeArguments()) {
                check(leaks, where, a);
            }
        } else if (type instanceof GenericArrayType g) {
            check(leaks, where, g.getGenericComponentType());
        } else if (type instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                check(leaks, where, b);
            }
            for (Type b : w.getLowerBounds()) {
                check(leaks, where, b);
            }
        }
    }

    private static List<Class<?>> noteCoreClasses() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(classes)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(p).toString().replace('/', '.').replace('\\', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (name.endsWith("package-info") || name.endsWith("module-info")) {
                    continue;
                }
                all.add(Class.forName(name, false, ApiSurfaceTest.class.getClassLoader()));
            }
        }
        assertThat(all).hasSizeGreaterThan(100);
        return all;
    }

    private static boolean isInternal(String pkg) {
        return (pkg + ".").contains(".internal.");
    }

    private static String packageOf(String source) {
        Matcher m = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE).matcher(source);
        return m.find() ? m.group(1) : "";
    }

    private static List<Path> packageDirs(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isDirectory).filter(d -> {
                try (Stream<Path> f = Files.list(d)) {
                    return f.anyMatch(p -> p.toString().endsWith(".java"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
