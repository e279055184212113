#!/usr/bin/env python3
"""Writes the semantic matcher's pre-filter weights (stem-weights.tsv) from its exemplar bank and ACI-Bench.

weight(stem) = log P(stem | risk exemplar) - log P(stem | sentence of an ordinary medical visit), over 5-letter
stems of words of 3+ letters; the visits are the ACI-Bench train and valid dialogues (../shared/data, CC BY 4.0).
A sentence is embedded only when one of its stems weighs at least the matcher's threshold: words that risk
statements use and ordinary visits do not. Run after every change to the bank:

    python3 note-semantic/tools/stem-weights.py ../shared/data/aci-bench/challenge_data
"""
import csv
import collections
import math
import re
import sys
from pathlib import Path

STEM = 5
HERE = Path(__file__).resolve().parent.parent / "src/main/resources/org/clinicalnotes/semantic"
csv.field_size_limit(10 ** 9)


def words(text):
    return [w for w in re.split(r"[^a-z']+", text.lower()) if len(w) >= 3]


def main(aci_dir):
    sentences = []
    for name in ("train.csv", "valid.csv"):
        with open(Path(aci_dir) / name, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                for line in (row.get("dialogue") or "").split("\n"):
                    line = re.sub(r"^\[[^\]]*\]\s*", "", line)
                    sentences.extend(s for s in re.split(r"(?<=[.?!])\s+", line) if len(s.split()) >= 2)
    df = collections.Counter()
    for s in sentences:
        df.update({w[:STEM] for w in words(s)})
    pos = collections.Counter()
    risk = 0
    for bank in sorted(HERE.glob("*exemplars*.tsv")):
        for line in bank.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if line.startswith("#") or len(cells) < 4 or cells[1] in ("NONE", "kind"):
                continue
            risk += 1
            pos.update({w[:STEM] for w in words(cells[3])})
    n = len(sentences)
    out = ["# stem\tweight (log-odds: risk exemplars vs ACI-Bench visit sentences); made by tools/stem-weights.py"]
    for stem in sorted(pos):
        weight = math.log((pos[stem] + 0.5) / risk) - math.log((df[stem] + 0.5) / n)
        out.append(f"{stem}\t{weight:.3f}")
    (HERE / "stem-weights.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(pos)} stems from {risk} risk exemplars against {n} visit sentences")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/aci-bench/challenge_data")
