#!/usr/bin/env python3
"""Builds note-core's offline-model sentence segmenter from ACI-Bench's TRAIN split only.

Part of ACI-Bench (the "aci" subset) comes as unpunctuated, lower-case speech: a whole turn is one run of
words. The punctuated TRAIN dialogues (virtassist, virtscribe) teach two small logistic regressions:

  B  whether a sentence ends between two words, from the words around the gap (previous word, next word,
     the pair, the next pair, the previous pair);
  Q  whether a sentence is a question, from its first words and its last word.

Text is normalised the way the Java TextCleaner.normalise does (lower case, "do n't" joined to "don't"),
commas and ellipses are dropped (the unpunctuated subset has none), and the terminal mark after a word is
the label. Weights of features seen fewer than 2 times are not written.

ACI-Bench: Yim et al., Scientific Data 10:586 (2023), doi 10.1038/s41597-023-02487-3, CC BY 4.0.
Never run this on valid/test1/test2.

usage: build_offline_segmenter.py ../shared/data/aci-bench/challenge_data/train.csv OUT.tsv
"""
import collections, csv, re, sys

import numpy as np

csv.field_size_limit(10**9)
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))

DETOK = [
    (re.compile(r"\b(ca|wo|do|does|did|is|are|was|were|have|has|had|could|should|would|need|must|ai)\s+n't\b"), r"\1n't"),
    (re.compile(r"\s+('s|'re|'ve|'ll|'d|'m)\b"), r"\1"),
    (re.compile(r"\bwan na\b"), "want to"),
    (re.compile(r"\bgon na\b"), "going to"),
    (re.compile(r"\bgot ta\b"), "got to"),
]


def turns(dialogue):
    for line in dialogue.split("\n"):
        m = re.match(r"\s*\[[a-z_ ]+\]\s*(.*)", line)
        text = m.group(1) if m else line
        t = text.lower().replace("\u2019", "'")
        t = re.sub(r"\[[^\]]*\]", " ", t)
        for p, r in DETOK:
            t = p.sub(r, t)
        t = re.sub(r"\.\s*\.(\s*\.)*|…", " ", t)  # ellipses: disfluency, not a boundary
        yield t


def words_and_marks(t):
    """Words with the terminal mark ('.', '?', '!' or '') that follows each."""
    out = []
    for tok in re.findall(r"[a-z0-9'$%/-]+|[.?!]", t):
        if tok in ".?!":
            if out:
                out[-1][1] = "?" if tok == "?" else "."
        else:
            out.append([tok, ""])
    return out


def gap_features(w, i):
    """Features of the gap after w[i]; w are words of one turn."""
    nxt = w[i + 1] if i + 1 < len(w) else "</s>"
    nxt2 = w[i + 2] if i + 2 < len(w) else "</s>"
    prv = w[i - 1] if i > 0 else "<s>"
    return ["p=" + w[i], "n=" + nxt, "pn=" + w[i] + "|" + nxt, "nn=" + nxt + "|" + nxt2, "pp=" + prv + "|" + w[i]]


def question_features(seg):
    f = ["f=" + seg[0], "l=" + seg[-1]]
    if len(seg) > 1:
        f.append("ff=" + seg[0] + "|" + seg[1])
    if len(seg) > 2:
        f.append("fff=" + seg[0] + "|" + seg[1] + "|" + seg[2])
    return f


def train(examples, l2=1.0, iters=300, lr=0.5):
    counts = collections.Counter(f for fs, _ in examples for f in fs)
    feats = sorted(f for f, c in counts.items() if c >= 2)
    index = {f: k for k, f in enumerate(feats)}
    rows_, cols, ys = [], [], []
    for r, (fs, y) in enumerate(examples):
        for f in fs:
            if f in index:
                rows_.append(r)
                cols.append(index[f])
        ys.append(y)
    import scipy.sparse as sp
    X = sp.csr_matrix((np.ones(len(rows_)), (rows_, cols)), shape=(len(examples), len(feats)))
    y = np.array(ys, dtype=float)
    w = np.zeros(len(feats))
    b = 0.0
    n = len(examples)
    # plain full-batch gradient descent with Adagrad steps; small data, converges in a few hundred steps
    gw2 = np.full(len(feats), 1e-8)
    gb2 = 1e-8
    for _ in range(iters):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        g = X.T @ (p - y) / n + l2 * w / n
        gb = float(np.mean(p - y))
        gw2 += g * g
        gb2 += gb * gb
        w -= lr * g / np.sqrt(gw2)
        b -= lr * gb / np.sqrt(gb2)
    p = 1 / (1 + np.exp(-(X @ w + b)))
    acc = float(np.mean((p > 0.5) == (y > 0.5)))
    return feats, w, b, acc


boundary, question = [], []
for r in rows:
    d = r["dialogue"]
    if d.count(".") + d.count("?") < 20:  # unpunctuated dialogue: nothing to learn from
        continue
    for t in turns(d):
        wm = words_and_marks(t)
        w = [x[0] for x in wm]
        for i in range(len(w) - 1):
            boundary.append((gap_features(w, i), 1 if wm[i][1] else 0))
        seg = []
        for word, mark in wm:
            seg.append(word)
            if mark:
                question.append((question_features(seg), 1 if mark == "?" else 0))
                seg = []

with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write("# offline-model sentence segmenter: logistic-regression weights, kind<TAB>feature<TAB>weight\n")
    out.write("# B: sentence boundary after a word; Q: sentence is a question. BIAS is the intercept.\n")
    out.write("# built by note-eval/scripts/build_offline_segmenter.py from ACI-Bench TRAIN (train.csv, punctuated dialogues)\n")
    out.write("# ACI-Bench: Yim et al., Scientific Data 10:586 (2023), CC BY 4.0\n")
    for kind, ex in (("B", boundary), ("Q", question)):
        feats, w, b, acc = train(ex)
        print(kind, len(ex), "examples", len(feats), "features", "train accuracy %.3f" % acc,
              "positive rate %.3f" % (sum(y for _, y in ex) / len(ex)))
        out.write("%s\tBIAS\t%.4f\n" % (kind, b))
        for f, x in zip(feats, w):
            if abs(x) >= 0.01:
                out.write("%s\t%s\t%.4f\n" % (kind, f, x))
