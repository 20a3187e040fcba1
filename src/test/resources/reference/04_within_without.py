"""04_within_without.py -- what numpy 2.4 and scipy 1.17 compute for the within/without section on the
fixed data of 04_within_without_data.py; written independently of the Java code, from the formulas below.

    python3 04_within_without.py           (reads within_staff.csv and within_outsiders.csv,
                                            writes expected_within_without.json)

Keying: negatively worded items are turned round, 6 - x (both scales are 1..5). A person's score on a set
of items is the mean of their answered items (NaN when none). Index = (mean - 1) / 4 x 100.

items.<mirror item>: the staff's answers to the internal item it pairs with ("inside") against the
  outsiders' answers to it ("outside"). dimensions.<mirror dimension>: inside = each staff member's score on
  the internal items its items pair with; outside = each outsider's score on its items.
  For both: n, mean, index of each side; Welch's t-test inside - outside (scipy.stats.ttest_ind,
  equal_var=False): difference, t, df, p and its 95% interval (confidence_interval()); the same difference
  in index points (x 100/4) with its interval; Hedges' g as Borenstein et al. (2009) ch. 4 (pooled SD,
  J = 1 - 3/(4 df - 1), df = n1 + n2 - 2, 95% interval g +/- z(.975) J sqrt(V_d), V_d = (n1 + n2)/(n1 n2)
  + d^2/(2 (n1 + n2))); p_holm: Holm's adjustment over the items, and over the dimensions (each a family).
units.<unit>: the staff's internal-health index (the mean of the ten dimensions' indices, each the index of
  the mean person score) and the outsiders' index (the mean of the five mirror dimensions' indices), with
  their counts; units.pearson: scipy.stats.pearsonr of the two over the eight units.
spread: numpy.percentile (linear, R's type 7) at 25, 50 and 75 of the eight teams' internal-health indices:
  the quartiles of the consultant's view of clients side by side.
drivers: the relating_outward person score of the staff explained by their nine other dimension scores,
  over the rows with all ten scores: R^2 and Johnson's (2000) relative weights (eigendecomposition of the
  predictors' correlation matrix), raw and as percent of R^2; r: each predictor's Pearson r with the
  outcome over the rows that have both.
"""
import json

import numpy as np
from scipy import stats

from within_without_keys import MIRROR, MIRROR_REVERSED, PAIRS, SELVING, SELVING_REVERSED

OUTWARD = "relating_outward"
Z = stats.norm.ppf(0.975)


def read(name, reversed_):
    with open(name) as f:
        header = f.readline().strip().split(",")
        rows = [line.rstrip("\n").split(",") for line in f]
    data = {}
    for c, column in enumerate(header):
        values = np.array([np.nan if r[c] == "" else float(r[c]) for r in rows])
        data[column] = 6 - values if column in reversed_ else values
    return data


def person_score(data, items):
    block = np.column_stack([data[i] for i in items])
    answered = (~np.isnan(block)).sum(axis=1)
    sums = np.nansum(block, axis=1)
    return np.where(answered > 0, sums / np.maximum(answered, 1), np.nan)


def index(mean):
    return (mean - 1) / 4 * 100


def side(values):
    v = values[~np.isnan(values)]
    return {"n": int(v.size), "mean": float(v.mean()), "index": float(index(v.mean()))}


def compare(inside, outside):
    a = inside[~np.isnan(inside)]
    b = outside[~np.isnan(outside)]
    test = stats.ttest_ind(a, b, equal_var=False)
    ci = test.confidence_interval(0.95)
    n1, n2 = a.size, b.size
    df = n1 + n2 - 2
    pooled = np.sqrt(((n1 - 1) * a.var(ddof=1) + (n2 - 1) * b.var(ddof=1)) / df)
    d = (a.mean() - b.mean()) / pooled
    j = 1 - 3 / (4 * df - 1)
    half = Z * j * np.sqrt((n1 + n2) / (n1 * n2) + d * d / (2 * (n1 + n2)))
    return {"inside": side(inside), "outside": side(outside), "difference": float(a.mean() - b.mean()),
            "ci_lower": float(ci.low), "ci_upper": float(ci.high), "t": float(test.statistic),
            "df": float(test.df), "p": float(test.pvalue), "hedges_g": float(j * d),
            "g_ci_lower": float(j * d - half), "g_ci_upper": float(j * d + half),
            "gap_points": float((a.mean() - b.mean()) * 25), "gap_ci_lower": float(ci.low * 25),
            "gap_ci_upper": float(ci.high * 25)}


def holm(results):
    keys = list(results)
    p = np.array([results[k]["p"] for k in keys])
    order = np.argsort(p, kind="stable")
    m = len(p)
    adjusted = np.empty(m)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[i]))
        adjusted[i] = running
    for k, a in zip(keys, adjusted):
        results[k]["p_holm"] = float(a)


def relative_weights(predictors, outcome):
    x = np.column_stack(predictors)
    complete = ~np.isnan(x).any(axis=1) & ~np.isnan(outcome)
    x, y = x[complete], outcome[complete]
    r = np.corrcoef(np.column_stack([x, y]), rowvar=False)
    rxx, rxy = r[:-1, :-1], r[:-1, -1]
    eigenvalues, q = np.linalg.eigh(rxx)
    lam = q @ np.diag(np.sqrt(eigenvalues)) @ q.T
    beta = np.linalg.solve(lam, rxy)
    raw = (lam ** 2) @ (beta ** 2)
    r_squared = float(rxy @ np.linalg.solve(rxx, rxy))
    return int(complete.sum()), r_squared, raw


staff = read("within_staff.csv", SELVING_REVERSED)
outsiders = read("within_outsiders.csv", MIRROR_REVERSED)

items = {m: compare(staff[i], outsiders[m]) for m, i in PAIRS.items()}
holm(items)
dimensions = {d: compare(person_score(staff, [PAIRS[m] for m in ms]), person_score(outsiders, ms))
              for d, ms in MIRROR.items()}
holm(dimensions)

staff_scores = {d: person_score(staff, items_) for d, items_ in SELVING.items()}
outsider_scores = {d: person_score(outsiders, items_) for d, items_ in MIRROR.items()}
units = {}
inside_by_unit, outside_by_unit = [], []
for unit in range(1, 9):
    s = staff["unit"] == unit
    o = outsiders["unit"] == unit
    inside = np.mean([index(np.nanmean(staff_scores[d][s])) for d in SELVING])
    outside = np.mean([index(np.nanmean(outsider_scores[d][o])) for d in MIRROR])
    units[str(unit)] = {"staff": int(s.sum()), "inside_index": float(inside), "outsiders": int(o.sum()),
                        "outside_index": float(outside)}
    inside_by_unit.append(inside)
    outside_by_unit.append(outside)
pearson = stats.pearsonr(inside_by_unit, outside_by_unit)
units["pearson"] = {"n": 8, "r": float(pearson.statistic), "p": float(pearson.pvalue)}

others = [d for d in SELVING if d != OUTWARD]
n, r_squared, raw = relative_weights([staff_scores[d] for d in others], staff_scores[OUTWARD])
correlations = {}
for d in others:
    both = ~np.isnan(staff_scores[d]) & ~np.isnan(staff_scores[OUTWARD])
    correlations[d] = float(stats.pearsonr(staff_scores[d][both], staff_scores[OUTWARD][both]).statistic)
drivers = {"n": n, "r_squared": r_squared, "weights": dict(zip(others, map(float, raw))),
           "percent": dict(zip(others, map(float, 100 * raw / raw.sum()))), "r": correlations}

# The spread of a figure across organizations, as the consultant's view of clients gives it: the quartiles of
# numpy.percentile (linear interpolation, R's type 7), here of the teams' internal-health indices.
indices = [units[str(u)]["inside_index"] for u in range(1, 9)]
q1, median, q3 = np.percentile(indices, [25, 50, 75])
spread = {"values": indices, "lower_quartile": float(q1), "median": float(median), "upper_quartile": float(q3)}

overall = {"inside_index": float(np.mean([dimensions[d]["inside"]["index"] for d in MIRROR])),
           "outside_index": float(np.mean([dimensions[d]["outside"]["index"] for d in MIRROR]))}

with open("expected_within_without.json", "w") as out:
    json.dump({"items": items, "dimensions": dimensions, "units": units, "drivers": drivers, "overall": overall,
               "spread": spread},
              out, indent=1, sort_keys=True)
    out.write("\n")
