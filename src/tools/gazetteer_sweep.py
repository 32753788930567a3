#!/usr/bin/env python3
"""Gazetteer sweep: the project's own place and organisation lists in ordinary card sentences.

Writes four probe files (the blind sets' format: id, expect, category, spans, sentence) into the folder given as the
only argument (default: src/test/resources/screening/sweep):
  places-with-place-word.tsv   ALLOW PLACE: 150 random entries of each place list after a place word ("woont in X")
  places-without-place-word.tsv ALLOW PLACE: the same lists where nothing before X says "place" ("X heeft geen ...")
  places-as-names.tsv          BLOCK NAME: one-word entries of places-villages/places-also-names in person slots
  organisations.tsv            ALLOW INSTITUTION: 300 random entries of organisations.txt in eight sentence shapes
Seeds are fixed, so a run on the same word lists reproduces the files byte for byte. The sentence shapes are written
by the project (not blind): the sweep measures how a rule generalises over every listed name, not over wording. Run
the report on a file with
  java -cp ... nl.vhkgateway.benchmark.ScreeningQualityReport --failures-all <file>
Standard library only. Licence of the output: the lists' own (see wordlists/README.md).
"""
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORDLISTS = os.path.join(ROOT, 'src/main/resources/nl/vhkgateway/screening/wordlists')

WITH_PLACE_WORD = [
    "Oma woont in {p}.", "Het gezin is vorig jaar van {p} naar {q} verhuisd.", "Vader werkt in {p} bij een kwekerij.",
    "De basisschool in {p} heeft contact opgenomen met het wijkteam.", "Moeder komt oorspronkelijk uit {p}.",
    "In {p} is de politie twee keer langs geweest.", "Ze gaan elk weekend naar de camping in {p}.",
    "J. zit op voetbal in {p}, twee keer per week."]
WITHOUT_PLACE_WORD = [
    "{p} heeft geen middelbare school, dus J. gaat met de bus.", "{p} ligt voor het gezin te ver weg.",
    "Het ziekenhuis ({p}) heeft de melding gedaan.", "{p} en {q} vallen onder hetzelfde wijkteam.",
    "Vader vist graag bij {p}.", "{p}: huisbezoek gedaan, moeder was thuis.", "Gesprek op het gemeentehuis van {p}.",
    "De familie van vader woont verspreid over {q}, {p} en omgeving."]
PERSON_SLOTS = [
    "Opa {p} belde gisteren met de school.", "Meneer {p} is de nieuwe partner van moeder.",
    "Volgens mevrouw {p} slaat vader de kinderen.", "{p} zei tegen de wijkagent dat hij niets gedaan had.",
    "Het gesprek met {p} (vader) verliep rommelig.", "De ex van moeder, Sander {p}, komt nog langs.",
    "Moeder en haar vriend {p} wonen samen.", "Buurman {p} heeft de politie gebeld."]
ORGANISATION_SHAPES = [
    "{o} heeft de melding gedaan.", "Via {o} is er contact geweest met moeder.",
    "Moeder is sinds de zomer bij {o} in behandeling.", "{o}: intake gepland, vader komt mee.",
    "Gesprek gehad met iemand van {o} over de thuissituatie.", "J. gaat na de zomer naar {o}.",
    "De hulpverlening loopt via {o} en het wijkteam.", "Volgens {o} is de situatie thuis verbeterd."]


def load(name):
    with open(os.path.join(WORDLISTS, name), encoding='utf-8') as f:
        return [line.strip() for line in f if line.strip() and not line.startswith('#')]


def write(folder, name, rows):
    with open(os.path.join(folder, name), 'w', encoding='utf-8', newline='\n') as f:
        f.write('id\texpect\tcategory\tspans\tsentence\n')
        for row in rows:
            f.write('\t'.join(row) + '\n')
    print('%s: %d rows' % (name, len(rows)))


def place_rows(prefix, shapes, pools, seed):
    rng = random.Random(seed)
    rows = []
    for list_name, pool in pools.items():
        for i, place in enumerate(rng.sample(pool, min(150, len(pool)))):
            other = rng.choice(pools['places.txt'])
            for j, shape in enumerate(shapes):
                rows.append(('%s-%s-%03d-%d' % (prefix, list_name.split('.')[0], i, j), 'ALLOW', 'PLACE', '-',
                             shape.format(p=place, q=other)))
    return rows


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'src/test/resources/screening/sweep')
    os.makedirs(folder, exist_ok=True)
    pools = {name: load(name) for name in ('places.txt', 'places-villages.txt', 'places-also-names.txt')}
    write(folder, 'places-with-place-word.tsv', place_rows('SW', WITH_PLACE_WORD, pools, 22))
    write(folder, 'places-without-place-word.tsv', place_rows('SN', WITHOUT_PLACE_WORD, pools, 23))
    rng = random.Random(24)
    rows = []
    for list_name in ('places-villages.txt', 'places-also-names.txt'):
        words = [p for p in rng.sample(pools[list_name], 150) if ' ' not in p and p[0].isupper()]
        for i, word in enumerate(words):
            for j, shape in enumerate(PERSON_SLOTS):
                rows.append(('SP-%s-%03d-%d' % (list_name.split('.')[0], i, j), 'BLOCK', 'NAME', word,
                             shape.format(p=word)))
    write(folder, 'places-as-names.tsv', rows)
    rng = random.Random(25)
    rows = []
    for i, org in enumerate(rng.sample(load('organisations.txt'), 300)):
        for j, shape in enumerate(ORGANISATION_SHAPES):
            text = shape.format(o=org)
            rows.append(('SO-%03d-%d' % (i, j), 'ALLOW', 'INSTITUTION', '-', text[0].upper() + text[1:]))
    write(folder, 'organisations.tsv', rows)


if __name__ == '__main__':
    main()
