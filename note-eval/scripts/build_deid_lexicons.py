#!/usr/bin/env python3
"""Builds the de-identification word lists shipped in note-core (run from the repository root).

Inputs: datafaker 2.4.2's en/name.yml (Apache 2.0) unpacked to /tmp/df/en, and the ACI-Bench and
MTS-Dialog dialogues (CC BY 4.0) under ../shared/data. Outputs (note-core/src/main/resources/org/clinicalnotes/deid):
  first-names.txt, last-names.txt  names from datafaker, lower case
  common-words.txt                 words used in at least 4 different dialogues: the safe list that keeps
                                   ordinary and clinical words from being taken for names
                                   that are not dictionary names.
  name-words.txt                   dictionary names that are also ordinary words ("will", "hope", "brown"):
                                   names only with a cue (capital letter in cased text, "Dr.", "my son").
"""
import csv, re, sys, collections, pathlib
csv.field_size_limit(10**9)
OUT = pathlib.Path('note-core/src/main/resources/org/clinicalnotes/deid')
DATA = pathlib.Path('../shared/data')

def yaml_list(path, key):
    out, on = [], False
    for line in open(path, encoding='utf-8'):
        if re.match(r'^      [a-z_]+:', line):
            on = line.strip().rstrip(':') == key
            continue
        m = re.match(r'^      - "(.*)"', line)
        if on and m and '#' not in m.group(1):
            out.append(m.group(1).lower())
    return out

first = sorted(set(yaml_list('/tmp/df/en/name.yml', 'male_first_name') + yaml_list('/tmp/df/en/name.yml', 'female_first_name')))
last = sorted(set(yaml_list('/tmp/df/en/name.yml', 'last_name')))
names = set(first) | set(last)

dialogues = []
for f in sorted((DATA / 'aci-bench/challenge_data').glob('*.csv')):
    if 'metadata' in f.name: continue
    for row in csv.DictReader(open(f, encoding='utf-8')):
        dialogues.append(row['dialogue'])
for row in csv.DictReader(open(DATA / 'mts-dialog/MTS-Dialog-TestSet-1-MEDIQA-Chat-2023.csv', encoding='utf-8')):
    dialogues.append(row['dialogue'])
df = collections.Counter()
for d in dialogues:
    df.update(set(re.findall(r"[a-z]+", d.lower())))
# names that are also ordinary words: frequent in the dialogues, or on this hand list
HAND = """will may mark june april august summer winter autumn dawn hope faith grace joy bill pat sue rose ray
major king page young long white green black brown gray grey bell hill lane hall wood rich price frank sunny
pearl ruby amber ivy holly iris olive jack don art gene guy drew chase miles sage carry chance lady lean block
buddy sun beer son man miss love hand tiny brain season spring numbers soon many else little see my so in an
na wan ma ta ha ok cash hunter mason carter cook baker fisher porter tanner turner walker ward rice ford
case bond bush day may early golden house joy lake low marsh moon nice north park pope reed rivers rock
rush short small snow stone storm strong swift waters west wolf woods christian harmony heaven melody
patience precious sharon destiny trinity unique star sky river""".split()
ambiguous = sorted((set(w for w in names if df[w] >= 5) - {'miller'}) | set(HAND))
common = sorted(w for w, n in df.items() if len(w) > 1 and n >= 4 and w not in names)
for name, items in (('first-names.txt', first), ('last-names.txt', last), ('common-words.txt', common),
                    ('name-words.txt', ambiguous)):
    (OUT / name).write_text('\n'.join(items) + '\n', encoding='utf-8')
    print(name, len(items), file=sys.stderr)
