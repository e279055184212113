#!/usr/bin/env python3
"""Nest note-core's value types into the types they describe (issue 19, round 4). Re-runnable and idempotent.

    python3 scripts/api/nest-note-enums.py            # rewrite the tree (run from anywhere inside it)
    python3 scripts/api/nest-note-enums.py --check    # change nothing; list what a run would change, exit 1 if any

What one run does, for every move in MOVES (old top-level type -> a member type of another type, same package):

1. Declaration. While the old file ``<pkg>/<Old>.java`` exists, its type (Javadoc, annotations, body) is indented
   and placed at the end of ``<pkg>/<Outer>.java`` as a member named ``New``; a member of that name already there
   is replaced (so a branch merged later that changed the old file brings its change along), the old file's
   imports are added to the outer file's, and the old file is deleted.
2. Usages, in every module's ``src/*/java`` (main, test, any other source set):
   - ``import <pkg>.<Old>;`` is removed; ``import <pkg>.<Outer>;`` takes its place where the file needs it;
   - fully qualified names ``<pkg>.<Old>`` (code, static imports, Javadoc) become ``<pkg>.<Outer>.<New>``;
   - the simple name ``Old`` becomes ``Outer.New`` in code and Javadoc wherever it meant the moved type (same
     package, or imported): inside the outer type it becomes just ``New``; where ``Outer`` would clash with
     another type of that name (imported, declared, or in the file's package) the fully qualified name is used;
   - string and character literals are never changed (messages, toString() text and file formats stay as they are);
   - comments in other files that name an old type that is renamed (``RiskKind``) name the new one.
3. Resources (``src/*/resources``): fully qualified names are rewritten; in Markdown also `Old` in backticks.

Only Python 3's standard library. The lead re-runs it after merging other branches; the second run on the result
changes nothing (``--check`` exits 0).
"""

import os
import re
import sys

# (package, old simple name, outer simple name, new simple name)
MOVES = [
    # the note's value vocabulary, nested in the record it describes
    ("org.clinicalnotes.note", "RiskKind", "RiskFlag", "Kind"),
    ("org.clinicalnotes.note", "RiskSeverity", "RiskFlag", "Severity"),
    ("org.clinicalnotes.note", "RiskStatus", "RiskFlag", "Status"),
    ("org.clinicalnotes.note", "CssrsLevel", "RiskFlag", "CssrsLevel"),
    ("org.clinicalnotes.note", "Perpetrator", "RiskFlag", "Perpetrator"),
    ("org.clinicalnotes.note", "MedicationStatus", "MedicationMention", "Status"),
    ("org.clinicalnotes.note", "SupportStatus", "NoteStatement", "Support"),
    ("org.clinicalnotes.note", "NoteStatus", "NoteMetadata", "Status"),
    ("org.clinicalnotes.note", "ReviewStep", "NoteMetadata", "ReviewStep"),
    # smaller nests
    ("org.clinicalnotes.template", "SectionSpec", "NoteTemplate", "SectionSpec"),
    ("org.clinicalnotes.template", "ContentKind", "NoteTemplate", "ContentKind"),
    ("org.clinicalnotes.check", "CheckContext", "NoteCheck", "Context"),
    ("org.clinicalnotes.check", "CheckResult", "NoteCheck", "Result"),
    ("org.clinicalnotes.model", "DraftNote", "NoteModel", "Draft"),
    ("org.clinicalnotes.privacy", "AuditRecord", "AuditListener", "Event"),
    ("org.clinicalnotes.generate", "DeidentificationPolicy", "NoteGenerator", "DeidentificationPolicy"),
]

MAIN_MODULE = "note-core"
RESOURCE_TEXT = (".tsv", ".txt", ".md", ".properties", ".csv", ".yaml", ".yml", ".json")
SKIP_DIRS = {"target", ".git", "node_modules", ".mvn"}


# ---------------------------------------------------------------------------------------------------- lexing

def segments(src):
    """Splits Java source into ('code'|'comment'|'string', text) pieces; concatenated they give src back."""
    out = []
    i, n, start = 0, len(src), 0

    def flush(upto):
        if upto > start:
            out.append(("code", src[start:upto]))

    while i < n:
        c = src[i]
        if c == "/" and i + 1 < n and src[i + 1] == "/":
            flush(i)
            j = src.find("\n", i)
            j = n if j < 0 else j
            out.append(("comment", src[i:j]))
            i = start = j
        elif c == "/" and i + 1 < n and src[i + 1] == "*":
            flush(i)
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(("comment", src[i:j]))
            i = start = j
        elif src.startswith('"""', i):
            flush(i)
            j = i + 3
            while j < n and not src.startswith('"""', j):
                j += 2 if src[j] == "\\" else 1
            j = min(n, j + 3)
            out.append(("string", src[i:j]))
            i = start = j
        elif c in "\"'":
            flush(i)
            j = i + 1
            while j < n and src[j] != c and src[j] != "\n":
                j += 2 if src[j] == "\\" else 1
            j = min(n, j + 1)
            out.append(("string", src[i:j]))
            i = start = j
        else:
            i += 1
    flush(n)
    return out


def code_only(src):
    """The source with comments and literals blanked (same length), for searching code."""
    return "".join(t if k == "code" else re.sub(r"[^\n]", " ", t) for k, t in segments(src))


def matching_brace(src, open_at):
    """Index just past the brace that closes the one at open_at, skipping comments and literals."""
    masked = code_only(src)
    depth = 0
    for i in range(open_at, len(masked)):
        if masked[i] == "{":
            depth += 1
        elif masked[i] == "}":
            depth -= 1
            if depth == 0:
                return i + 1
    raise ValueError("unbalanced braces")


IMPORT = re.compile(r"^import\s+(static\s+)?([\w.]+?)(\.\*)?\s*;[ \t]*\n?", re.M)
PACKAGE = re.compile(r"^package\s+([\w.]+)\s*;[ \t]*\n?", re.M)
TYPE_DECL = re.compile(r"\b(?:class|interface|enum|record)\s+([A-Z]\w*)")


def package_of(src):
    m = PACKAGE.search(code_only(src))
    return m.group(1) if m else ""


def header_end(src):
    """Offset just past the package line and the imports."""
    masked = code_only(src)
    end = 0
    for m in list(PACKAGE.finditer(masked)) + list(IMPORT.finditer(masked)):
        end = max(end, m.end())
    return end


# ---------------------------------------------------------------------------------------------------- step 1

def nested_declaration(old_src, old, new):
    """The old file's type as a member: imports, and the indented declaration (Javadoc and annotations kept)."""
    masked = code_only(old_src)
    imports = [m.group(0).strip() for m in IMPORT.finditer(masked)]
    decl = old_src[header_end(old_src):].strip("\n")
    if re.search(r"^public\s+(?:final\s+)?class\s+" + old + r"\b", code_only(decl), re.M):
        decl = re.sub(r"^public\s+(final\s+)?class\s+" + old + r"\b", r"public static \1class " + old, decl,
                      count=1, flags=re.M)
    body = "\n".join(("    " + line) if line.strip() else "" for line in decl.split("\n"))
    return imports, body


def find_member(outer_src, name):
    """(start, end) of a member type declaration called name in outer_src, Javadoc included; None if absent."""
    masked = code_only(outer_src)
    m = re.search(r"^[ \t]+(?:public\s+)?(?:static\s+)?(?:final\s+)?(?:enum|record|class|interface)\s+" + name
                  + r"\b", masked, re.M)
    if not m:
        return None
    start = m.start()
    while True:  # annotations and the Javadoc directly above
        prev = outer_src[:start].rstrip()
        line_at = prev.rfind("\n") + 1
        last = prev[line_at:].strip()
        if last.startswith("@"):
            start = line_at
        elif last.endswith("*/") and prev.rfind("/**") >= 0:
            j = prev.rfind("/**")
            start = prev.rfind("\n", 0, j) + 1
            break
        else:
            break
    open_at = masked.index("{", m.end())
    return start, matching_brace(outer_src, open_at)


def add_imports(src, wanted, own_pkg):
    present = {m.group(0).strip() for m in IMPORT.finditer(code_only(src))}
    add = []
    for imp in wanted:
        target = re.match(r"import\s+(?:static\s+)?([\w.]+?)(?:\.\*)?\s*;", imp).group(1)
        if imp in present or imp in add:
            continue
        if not imp.startswith("import static") and target.rsplit(".", 1)[0] == own_pkg:
            continue
        add.append(imp)
    if not add:
        return src
    at = header_end(src)
    block = "".join(i + "\n" for i in add)
    if not IMPORT.search(code_only(src)):
        block = "\n" + block
    return src[:at] + block + src[at:]


def move_declarations(root, changes):
    for pkg, old, outer, new in MOVES:
        base = os.path.join(root, MAIN_MODULE, "src", "main", "java", *pkg.split("."))
        old_path = os.path.join(base, old + ".java")
        outer_path = os.path.join(base, outer + ".java")
        if not os.path.exists(old_path):
            continue
        old_src = read(old_path)
        outer_src = changes.get(outer_path, read(outer_path))
        imports, body = nested_declaration(old_src, old, new)
        span = find_member(outer_src, new) or find_member(outer_src, old)
        if span:  # a member from an earlier run: the old file's (newer) declaration takes its place
            outer_src = outer_src[:span[0]] + body.lstrip("\n") + outer_src[span[1]:]
        else:
            close = code_only(outer_src).rstrip().rfind("}")
            outer_src = outer_src[:close].rstrip() + "\n\n" + body + "\n" + outer_src[close:]
        outer_src = add_imports(outer_src, imports, pkg)
        changes[outer_path] = outer_src
        changes[old_path] = None


# ---------------------------------------------------------------------------------------------------- step 2

def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def source_files(root, folder, accept):
    """Files under every module's src/<set>/<folder> (main, test, any other set) that accept(dir, name) takes."""
    for module in sorted(os.listdir(root)):
        src = os.path.join(root, module, "src")
        if not os.path.isdir(src) or module in SKIP_DIRS:
            continue
        for set_name in sorted(os.listdir(src)):
            for d, dirs, files in os.walk(os.path.join(src, set_name, folder)):
                dirs[:] = sorted(x for x in dirs if x not in SKIP_DIRS)
                for f in sorted(files):
                    if accept(d, f):
                        yield os.path.join(d, f)


def java_files(root):
    return source_files(root, "java", lambda d, f: f.endswith(".java"))


def resource_files(root):
    return source_files(root, "resources",
                        lambda d, f: f.endswith(RESOURCE_TEXT) or os.path.basename(d) == "services")


def package_types(paths):
    """package -> simple names of its top-level types (by file name), over every source set."""
    types = {}
    for p in paths:
        try:
            pkg = package_of(read(p))
        except (OSError, UnicodeDecodeError):
            continue
        types.setdefault(pkg, set()).add(os.path.basename(p)[:-5])
    return types


def fqn_pattern(pkg, old):
    return re.compile(r"(?<![\w$])" + re.escape(pkg + "." + old) + r"\b")


def simple_pattern(name):
    return re.compile(r"(?<![\w$.])" + name + r"\b")


def javadoc_ref_pattern(name):
    return re.compile(r"((?:\{@link(?:plain)?|@see|@throws|@exception)\s+)" + name + r"\b")


def rewrite_java(path, src, pkg_types):
    file_pkg = package_of(src)
    stem = os.path.basename(path)[:-5]
    masked = code_only(src)
    declared = {m.group(1) for m in TYPE_DECL.finditer(masked)}
    singles = {}
    wildcards = set()
    for m in IMPORT.finditer(masked):
        if m.group(1):
            continue
        if m.group(3):
            wildcards.add(m.group(2))
        else:
            singles[m.group(2).rsplit(".", 1)[-1]] = m.group(2)

    new_imports = []
    marker = "\x00import-here\x00\n"
    out = src
    for pkg, old, outer, new in MOVES:
        old_fqn, outer_fqn = pkg + "." + old, pkg + "." + outer
        in_outer = file_pkg == pkg and stem == outer
        imported = singles.get(old) == old_fqn
        visible = in_outer or imported or (
            old not in singles and (file_pkg == pkg or pkg in wildcards) and old not in declared)
        if old == new and singles.get(old) == outer_fqn + "." + new:
            visible = False  # the file already imports the member type itself
        if imported:
            imp = re.compile(r"^import\s+" + re.escape(old_fqn) + r"\s*;[ \t]*\n", re.M)
            m = imp.search(out)
            if m:
                out = out[:m.start()] + ("" if marker in out else marker) + out[m.end():]
        ref = None
        if visible:
            if in_outer:
                ref = new
            else:
                outer_free = (outer not in declared or stem == outer) and singles.get(outer, outer_fqn) == outer_fqn
                if file_pkg != pkg and outer in pkg_types.get(file_pkg, set()):
                    outer_free = False
                if outer_free:
                    if file_pkg != pkg and pkg not in wildcards and singles.get(outer) != outer_fqn:
                        new_imports.append("import " + outer_fqn + ";")
                        singles[outer] = outer_fqn
                    ref = outer + "." + new
                else:
                    ref = outer_fqn + "." + new
        fq = fqn_pattern(pkg, old)
        simple = simple_pattern(old)
        jdoc = javadoc_ref_pattern(old)
        pieces = []
        for kind, text in segments(out):
            if kind == "string":
                pieces.append(text)
                continue
            text = fq.sub(outer_fqn + "." + new, text)
            if kind == "code" and ref is not None:
                text = simple.sub(ref, text)
            elif kind == "comment":
                if ref is not None and old != new:
                    text = simple.sub(ref, text)
                elif ref is not None:
                    text = jdoc.sub(lambda m: m.group(1) + ref, text)
                elif old != new:
                    text = simple.sub(outer + "." + new, text)
            pieces.append(text)
        out = "".join(pieces)

    block = ""
    if new_imports:
        present = {m.group(0).strip() for m in IMPORT.finditer(code_only(out.replace(marker, "")))}
        block = "".join(i + "\n" for i in dict.fromkeys(new_imports) if i not in present)
    if marker in out:
        return out.replace(marker, block)
    if block:
        at = header_end(out)
        out = out[:at] + block + out[at:]
    return out


def rewrite_resource(path, text):
    out = text
    for pkg, old, outer, new in MOVES:
        out = fqn_pattern(pkg, old).sub(pkg + "." + outer + "." + new, out)
        if path.endswith(".md"):
            out = re.sub(r"`" + old + r"`", "`" + outer + "." + new + "`", out)
    return out


# ---------------------------------------------------------------------------------------------------- main

def repo_root():
    d = os.path.abspath(os.path.dirname(__file__))
    while d != os.path.dirname(d):
        if os.path.exists(os.path.join(d, MAIN_MODULE, "pom.xml")):
            return d
        d = os.path.dirname(d)
    sys.exit("cannot find the repository root (a folder holding " + MAIN_MODULE + "/pom.xml)")


def main(argv):
    check = "--check" in argv
    root = repo_root()
    changes = {}
    move_declarations(root, changes)
    paths = [p for p in java_files(root) if changes.get(p, "") is not None]
    pkg_types = package_types(paths)
    for p in paths:
        src = changes.get(p) or read(p)
        new = rewrite_java(p, src, pkg_types)
        if new != read(p) or p in changes:
            changes[p] = new
    for p in resource_files(root):
        try:
            text = read(p)
        except UnicodeDecodeError:
            continue
        new = rewrite_resource(p, text)
        if new != text:
            changes[p] = new

    changed = []
    for p, text in sorted(changes.items()):
        if text is None:
            changed.append("deleted  " + os.path.relpath(p, root))
            if not check:
                os.remove(p)
        elif text != read(p):
            changed.append("rewrote  " + os.path.relpath(p, root))
            if not check:
                with open(p, "w", encoding="utf-8", newline="") as f:
                    f.write(text)
    for line in changed:
        print(line)
    print(("would change " if check else "changed ") + str(len(changed)) + " files")
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
