"""04_within_without_data.py -- writes the fixed data of the within/without reference (run once; the
CSV files it writes are committed, and 04_within_without.py computes the reference values from them).

    python3 04_within_without_data.py      (numpy 2.4; writes within_staff.csv and within_outsiders.csv)

within_staff.csv: id, unit (1..8), then the 41 items of surveys/selving.yaml as answered (1..5, the
outcome recommend_workplace 0..10; negatively worded items stored as answered, not turned round), empty
when not answered. within_outsiders.csv: id, unit (1..8, the team they deal with most), segment (1 customer,
2 partner), then the 15 items of surveys/selving_mirror.yaml as answered. About 3% of answers are missing.
Units 1-4 and 5-8 are the teams of two divisions in the API test that stores these answers.
"""
import numpy as np

rng = np.random.default_rng(20261204)

from within_without_keys import MIRROR, MIRROR_REVERSED, SELVING, SELVING_REVERSED

STAFF_SIZES = [24, 18, 15, 12, 20, 9, 14, 16]
OUTSIDER_SIZES = [10, 8, 6, 7, 12, 5, 9, 6]
# segment 2 (partner) for these many outsiders of a unit; the others are customers (1)
PARTNERS = {1: 5, 5: 5}


def clamp(x, lo, hi):
    return np.clip(np.rint(x), lo, hi).astype(int)


def as_answered(y, reversed_, lo=1, hi=5):
    return lo + hi - y if reversed_ else y


def write(name, header, rows):
    with open(name, "w") as out:
        out.write(",".join(header) + "\n")
        for row in rows:
            out.write(",".join("" if v is None else str(v) for v in row) + "\n")


unit_climate = rng.normal(0, 0.5, len(STAFF_SIZES))

staff = []
for unit, size in enumerate(STAFF_SIZES, start=1):
    for _ in range(size):
        g = unit_climate[unit - 1] + rng.normal()
        theta = {d: 0.7 * g + 0.7 * rng.normal() for d in SELVING if d != "relating_outward"}
        theta["relating_outward"] = (0.4 * theta["relating_communication"] + 0.3 * theta["wins_and_losses"]
                                     + 0.2 * theta["staying_connected"] + 0.6 * rng.normal())
        answers = []
        for d, items in SELVING.items():
            for item in items:
                y = clamp(3.3 + 0.8 * theta[d] + rng.normal(0, 0.8), 1, 5)
                answers.append(int(as_answered(y, item in SELVING_REVERSED)))
        answers.append(int(clamp(6.5 + 1.5 * g + rng.normal(0, 1.6), 0, 10)))
        answers = [None if rng.random() < 0.03 else a for a in answers]
        staff.append([len(staff) + 1, unit] + answers)

outside_means = {"relating_outward": 3.0, "listening": 3.3, "working_as_one": 2.9, "openness": 2.6, "learning": 3.0}
outsiders = []
for unit, size in enumerate(OUTSIDER_SIZES, start=1):
    for r in range(size):
        h = 0.9 * unit_climate[unit - 1] + rng.normal()
        answers = []
        for d, items in MIRROR.items():
            phi = 0.7 * h + 0.7 * rng.normal()
            for item in items:
                y = clamp(outside_means[d] + 0.8 * phi + rng.normal(0, 0.8), 1, 5)
                answers.append(int(as_answered(y, item in MIRROR_REVERSED)))
        answers.append(int(clamp(6.0 + 1.8 * h + rng.normal(0, 1.6), 0, 10)))
        answers = [None if rng.random() < 0.03 else a for a in answers]
        segment = 2 if r < PARTNERS.get(unit, 0) else 1
        outsiders.append([len(outsiders) + 1, unit, segment] + answers)

selving_items = [i for items in SELVING.values() for i in items] + ["recommend_workplace"]
mirror_items = [i for items in MIRROR.values() for i in items] + ["recommend_them"]
write("within_staff.csv", ["id", "unit"] + selving_items, staff)
write("within_outsiders.csv", ["id", "unit", "segment"] + mirror_items, outsiders)
