#!/usr/bin/env python3
"""Builds note-core's offline-model lexicon from ACI-Bench's TRAIN split only.

For every token (rouge_score tokenisation: lower case, [a-z0-9]+) the weight is the log ratio of its
smoothed frequency in the gold notes to its frequency in the dialogues: positive for words a clinical note
uses (findings, drugs, "denies"), negative for conversational words ("yeah", "gonna", "like").

ACI-Bench: Yim et al., Scientific Data 10:586 (2023), doi 10.1038/s41597-023-02487-3, CC BY 4.0.
Never run this on valid/test1/test2.

usage: build_offline_lexicon.py ../shared/data/aci-bench/challenge_data/train.csv OUT.tsv
"""
import collections, csv, math, re, sys

csv.field_size_limit(10**9)
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
tok = lambda t: re.findall(r"[a-z0-9]+", t.lower())
g, d = collections.Counter(), collections.Counter()
for r in rows:
    g.update(tok(r["note"]))
    d.update(tok(r["dialogue"]))
G, D = sum(g.values()), sum(d.values())
vocab = [w for w in set(g) | set(d) if g[w] + d[w] >= 3 and not w.isdigit()]
V = len(vocab)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("# offline-model lexicon: log((note+1)/(N+V)) - log((dialogue+1)/(D+V)) per token\n")
    f.write("# built by note-eval/scripts/build_offline_lexicon.py from ACI-Bench TRAIN (train.csv, 67 encounters)\n")
    f.write("# ACI-Bench: Yim et al., Scientific Data 10:586 (2023), CC BY 4.0\n")
    for w in sorted(vocab):
        wt = math.log((g[w] + 1) / (G + V)) - math.log((d[w] + 1) / (D + V))
        f.write("%s\t%.3f\n" % (w, wt))
print(V, "tokens")
