package org.clinicalnotes.course;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A digest of what the risk screen reads and runs, so that the findings kept on disk ({@link CacheFiles}) are keyed
 * by the screen's content and not only by its declared id: every file (vocabularies, rules, model tables and the
 * compiled rule classes) under the package of {@code org.clinicalnotes.risk.RiskScreen} and under the packages of
 * the risk SPI implementations registered in {@code META-INF/services} (the semantic matcher, the learned model),
 * in every class-path root (a folder or a jar) that holds them. Files over {@value #MAX_FILE} bytes count by name and
 * size only: ONNX weights (named by the embedder's id) and the exemplar vectors (derived from the exemplar table and the
 * model, both covered). A changed vocabulary, rule or exemplar gives
 * another digest, and so a miss. Computed once per class loader (tens of milliseconds of CPU); thread-safe.
 */
final class ScreenContent {

    static final long MAX_FILE = 1L << 20;
    static final String RISK_PACKAGE = "org/clinicalnotes/risk/";
    static final List<String> SERVICES = List.of("META-INF/services/org.clinicalnotes.risk.SemanticRiskMatcher",
            "META-INF/services/org.clinicalnotes.risk.RiskModel");
    private static final Logger LOG = LoggerFactory.getLogger(ScreenContent.class);
    private static volatile String digest;

    private ScreenContent() {
    }

    /** @return the hex SHA-256 (first 16 digits) of the risk screen's packages as found on the class path */
    static String digest() {
        String d = digest;
        if (d == null) {
            synchronized (ScreenContent.class) {
                d = digest;
                if (d == null) {
                    d = compute(ScreenContent.class.getClassLoader());
                    digest = d;
                }
            }
        }
        return d;
    }

    private static String compute(ClassLoader loader) {
        Set<String> prefixes = new LinkedHashSet<>(List.of(RISK_PACKAGE));
        Set<Path> roots = new LinkedHashSet<>();
        List<String> unreadable = new ArrayList<>();
        try {
            roots(loader, RISK_PACKAGE + "RiskScreen.class", roots, unreadable);
            for (String service : SERVICES) {
                for (URL u : Collections.list(loader.getResources(service))) {
                    try (InputStream in = u.openStream()) {
                        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                            String name = line.replaceAll("#.*", "").strip();
                            if (name.lastIndexOf('.') > 0) {
                                prefixes.add(folderOf(name));
                            }
                        }
                    }
                }
                roots(loader, service, roots, unreadable);
            }
        } catch (IOException e) {
            unreadable.add(e.getClass().getSimpleName());
        }
        String d = digest(roots, prefixes, unreadable);
        LOG.debug("course: risk screen content digest {} over {} class-path roots", d, roots.size());
        return d;
    }

    /**
     * @param className a provider class, such as {@code org.clinicalnotes.semantic.internal.ExemplarRiskMatcher}
     * @return the folder of its package, or of the package above when that is an {@code internal} one (where the
     *     provider's tables sit: {@code org/clinicalnotes/semantic/})
     */
    static String folderOf(String className) {
        String pkg = className.substring(0, className.lastIndexOf('.'));
        if (pkg.endsWith(".internal") && pkg.indexOf('.') < pkg.length() - ".internal".length()) {
            pkg = pkg.substring(0, pkg.length() - ".internal".length());
        }
        return pkg.replace('.', '/') + "/";
    }

    private static void roots(ClassLoader loader, String resource, Set<Path> roots, List<String> unreadable)
            throws IOException {
        for (URL u : Collections.list(loader.getResources(resource))) {
            String s = u.toString();
            try {
                if (s.startsWith("jar:file:") && s.indexOf("!/") == s.lastIndexOf("!/")) {
                    roots.add(Path.of(new URL(s.substring(4, s.indexOf("!/"))).toURI()));
                } else if (s.startsWith("file:")) {
                    Path p = Path.of(u.toURI());
                    for (int i = resource.split("/").length; i > 0; i--) {
                        p = p.getParent();
                    }
                    roots.add(p);
                } else {
                    unreadable.add(s);
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                unreadable.add(s);
            }
        }
    }

    /**
     * @param roots class-path folders or jars
     * @param prefixes the package folders to digest, such as {@code org/clinicalnotes/risk/}
     * @param extra anything else to mix in (resources that could not be listed, by URL)
     * @return the first 16 hex digits of the SHA-256 over every file's name and bytes, in name order
     */
    static String digest(Collection<Path> roots, Collection<String> prefixes, Collection<String> extra) {
        MessageDigest md = sha256();
        for (Path root : roots) {
            TreeMap<String, byte[]> files = new TreeMap<>();
            try {
                if (Files.isDirectory(root)) {
                    folder(root, prefixes, files);
                } else if (Files.isRegularFile(root)) {
                    jar(root, prefixes, files);
                }
            } catch (IOException e) {
                files.put("unreadable:" + root.getFileName(), new byte[0]);
            }
            files.forEach((name, bytes) -> {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(bytes);
                md.update((byte) 0);
            });
        }
        extra.forEach(x -> md.update(("extra:" + x + "\0").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    }

    private static void folder(Path root, Collection<String> prefixes, TreeMap<String, byte[]> files)
            throws IOException {
        for (String prefix : prefixes) {
            Path dir = root.resolve(prefix);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = root.relativize(p).toString().replace('\\', '/');
                    long size = Files.size(p);
                    files.put(name, size > MAX_FILE ? ("size:" + size).getBytes(StandardCharsets.UTF_8)
                            : Files.readAllBytes(p));
                }
            }
        }
    }

    private static void jar(Path root, Collection<String> prefixes, TreeMap<String, byte[]> files)
            throws IOException {
        try (JarFile jar = new JarFile(root.toFile())) {
            for (JarEntry e : Collections.list(jar.entries())) {
                if (e.isDirectory() || prefixes.stream().noneMatch(e.getName()::startsWith)) {
                    continue;
                }
                if (e.getSize() > MAX_FILE) {
                    files.put(e.getName(), ("size:" + e.getSize()).getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream in = jar.getInputStream(e)) {
                        files.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }
}
