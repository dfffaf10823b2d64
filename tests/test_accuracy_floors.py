"""Accuracy floors: the analyser scored on the project's gold set (always) and on PolNeAR dev
(when ../shared/data is present). Floors sit a little under the figures measured when they
were set (README, "Accuracy"), so a regression fails the suite while noise does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrace.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "gold" / "gold.jsonl"
DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev.jsonl"

# measured on data/gold (session 12): attribution F1 0.941, attribution+source 0.922, cue/source/
# content overlap F1 0.937/0.944/0.924, typing accuracy 0.979, anonymous F1 0.983, anonymous-share
# MAE 0.049
GOLD_FLOORS = {
    "attribution.match.f1": 0.92,
    "attribution.with_source_head.f1": 0.90,
    "span_set.cue.overlap.f1": 0.91,
    "span_set.source.overlap.f1": 0.92,
    "span_set.content.overlap.f1": 0.90,
    "typing.accuracy": 0.96,
    "typing.anonymous_class.f1": 0.97,
}
BLIND = ROOT / "data" / "gold" / "blind" / "blind.jsonl"
# measured on data/gold/blind (session 14, 14 articles written and annotated by a session that
# never read the code; the same session then fixed some of the errors they showed, so the set is
# no longer blind to these figures): attribution F1 0.918, attribution+source 0.905, cue/source/
# content overlap F1 0.914/0.916/0.917, typing 0.986, anonymous F1 0.992, MAE 0.019
BLIND_FLOORS = {
    "attribution.match.f1": 0.90,
    "attribution.with_source_head.f1": 0.88,
    "span_set.cue.overlap.f1": 0.89,
    "span_set.source.overlap.f1": 0.89,
    "span_set.content.overlap.f1": 0.89,
    "typing.accuracy": 0.95,
    "typing.anonymous_class.f1": 0.96,
}
BLIND2 = ROOT / "data" / "gold" / "blind2" / "blind2.jsonl"
# the second batch (16 articles of more kinds: Q&A, live blog, column, court, foreign policy),
# measured after the fixes it prompted (session 14): attribution F1 0.857, attribution+source
# 0.797, cue/source/content overlap 0.829/0.825/0.857, typing 0.942, anonymous F1 0.939, MAE 0.056
# (at the session's start, before it was read: 0.853, 0.796, -, 0.912, 0.887, 0.071)
BLIND2_FLOORS = {
    "attribution.match.f1": 0.84,
    "attribution.with_source_head.f1": 0.78,
    "span_set.cue.overlap.f1": 0.81,
    "span_set.source.overlap.f1": 0.80,
    "span_set.content.overlap.f1": 0.84,
    "typing.accuracy": 0.92,
    "typing.anonymous_class.f1": 0.92,
}
BLIND3 = ROOT / "data" / "gold" / "blind3" / "blind3.jsonl"
# the third batch (16 articles built on who the sources are; 124 of 326 anonymous), measured after
# the fixes it prompted (session 14): attribution F1 0.879, attribution+source 0.810, cue/source/
# content overlap 0.866/0.852/0.866, typing 0.943, anonymous F1 0.978, MAE 0.041 (on arrival,
# before it was read: 0.875, 0.803, -, 0.925, 0.959, 0.041; the session's start code 0.877,
# 0.802, -, 0.921, 0.954, 0.043)
BLIND3_FLOORS = {
    "attribution.match.f1": 0.86,
    "attribution.with_source_head.f1": 0.79,
    "span_set.cue.overlap.f1": 0.85,
    "span_set.source.overlap.f1": 0.83,
    "span_set.content.overlap.f1": 0.85,
    "typing.accuracy": 0.92,
    "typing.anonymous_class.f1": 0.95,
}
BLIND4 = ROOT / "data" / "gold" / "blind4" / "blind4.jsonl"
# the fourth batch (12 articles of pronoun and description chains), held out: no rule was changed
# after reading it. Session 14's final code: attribution F1 0.874, attribution+source 0.818, cue/
# source/content overlap 0.870/0.858/0.875, typing 0.918, anonymous F1 0.928, MAE 0.042 (the
# session's start code: 0.873, 0.813, -, 0.904, 0.902, 0.048)
BLIND4_FLOORS = {
    "attribution.match.f1": 0.85,
    "attribution.with_source_head.f1": 0.79,
    "span_set.cue.overlap.f1": 0.85,
    "span_set.source.overlap.f1": 0.83,
    "span_set.content.overlap.f1": 0.85,
    "typing.accuracy": 0.89,
    "typing.anonymous_class.f1": 0.89,
}
# the fifth to seventh batches (session 15; 14 articles each: role descriptions beside unnamed
# sources of the same shape; organisations, documents and groups; wire-style anonymous sourcing),
# measured after the fixes they prompted. Attribution F1, attribution+source, cue/source/content
# overlap, typing, anonymous F1, MAE: blind5 0.931, 0.927, 0.931/0.930/0.919, 0.991, 0.993, 0.029
# (on arrival 0.926, 0.913, 0.926/0.921/0.914, 0.962, 0.964, 0.037); blind6 0.958, 0.933,
# 0.953/0.949/0.953, 0.969, 0.970, 0.041 (on arrival 0.958, 0.933, -, 0.943, 0.949, 0.044);
# blind7 0.913, 0.909, 0.913/0.925/0.911, 0.995, 0.995, 0.038 (on arrival 0.914, 0.900, -,
# 0.979, 0.985, 0.050)
BLIND5 = ROOT / "data" / "gold" / "blind5" / "blind5.jsonl"
BLIND5_FLOORS = {
    "attribution.match.f1": 0.91,
    "attribution.with_source_head.f1": 0.90,
    "span_set.cue.overlap.f1": 0.91,
    "span_set.source.overlap.f1": 0.91,
    "span_set.content.overlap.f1": 0.90,
    "typing.accuracy": 0.96,
    "typing.anonymous_class.f1": 0.96,
}
BLIND6 = ROOT / "data" / "gold" / "blind6" / "blind6.jsonl"
BLIND6_FLOORS = {
    "attribution.match.f1": 0.94,
    "attribution.with_source_head.f1": 0.91,
    "span_set.cue.overlap.f1": 0.93,
    "span_set.source.overlap.f1": 0.93,
    "span_set.content.overlap.f1": 0.93,
    "typing.accuracy": 0.95,
    "typing.anonymous_class.f1": 0.95,
}
BLIND7 = ROOT / "data" / "gold" / "blind7" / "blind7.jsonl"
BLIND7_FLOORS = {
    "attribution.match.f1": 0.89,
    "attribution.with_source_head.f1": 0.89,
    "span_set.cue.overlap.f1": 0.89,
    "span_set.source.overlap.f1": 0.90,
    "span_set.content.overlap.f1": 0.89,
    "typing.accuracy": 0.97,
    "typing.anonymous_class.f1": 0.97,
}
# the eighth to tenth batches (session 15; opinion and feature pieces, investigation and court
# stories, campaign-trail colour), measured after the fixes they prompted: blind8 0.878, 0.873,
# 0.878/0.897/0.880, 1.000, 1.000, 0.032 (on arrival 0.870, -, -, 0.988, 0.989, 0.031);
# blind9 0.905, 0.905, 0.905/0.935/0.892, 0.994, 0.988, 0.030 (on arrival 0.905, -, -, 0.949,
# 0.920, 0.060); blind10 0.950, 0.939, 0.950/0.966/0.955, 0.971, 0.961, 0.044 (on arrival
# 0.944, -, -, 0.917, 0.894, 0.072)
BLIND8 = ROOT / "data" / "gold" / "blind8" / "blind8.jsonl"
BLIND8_FLOORS = {
    "attribution.match.f1": 0.86,
    "attribution.with_source_head.f1": 0.85,
    "span_set.cue.overlap.f1": 0.86,
    "span_set.source.overlap.f1": 0.88,
    "span_set.content.overlap.f1": 0.86,
    "typing.accuracy": 0.97,
    "typing.anonymous_class.f1": 0.97,
}
BLIND9 = ROOT / "data" / "gold" / "blind9" / "blind9.jsonl"
BLIND9_FLOORS = {
    "attribution.match.f1": 0.89,
    "attribution.with_source_head.f1": 0.89,
    "span_set.cue.overlap.f1": 0.89,
    "span_set.source.overlap.f1": 0.92,
    "span_set.content.overlap.f1": 0.87,
    "typing.accuracy": 0.97,
    "typing.anonymous_class.f1": 0.96,
}
BLIND10 = ROOT / "data" / "gold" / "blind10" / "blind10.jsonl"
BLIND10_FLOORS = {
    "attribution.match.f1": 0.93,
    "attribution.with_source_head.f1": 0.92,
    "span_set.cue.overlap.f1": 0.93,
    "span_set.source.overlap.f1": 0.95,
    "span_set.content.overlap.f1": 0.94,
    "typing.accuracy": 0.95,
    "typing.anonymous_class.f1": 0.94,
}
# the eleventh and twelfth batches (session 15; foreign policy, economy and budget), after the
# fixes they prompted: blind11 0.928, 0.923, 0.928/0.933/0.931, 0.989, 1.000, 0.021 (on arrival
# 0.928, -, -, 0.960, 0.971, 0.030); blind12 0.957, 0.952, 0.957/0.960/0.949, 0.986, 1.000,
# 0.027 (on arrival 0.957, -, -, 0.981, 1.000, 0.027). The thirteenth (two articles in the voice
# of each PolNeAR outlet) is held out, never read for errors: 0.906, 0.895, 0.901/0.915/0.896,
# 0.958, 0.952, 0.035, the same for the session's start code and its final code
BLIND11 = ROOT / "data" / "gold" / "blind11" / "blind11.jsonl"
BLIND11_FLOORS = {
    "attribution.match.f1": 0.91,
    "attribution.with_source_head.f1": 0.90,
    "span_set.cue.overlap.f1": 0.91,
    "span_set.source.overlap.f1": 0.91,
    "span_set.content.overlap.f1": 0.91,
    "typing.accuracy": 0.96,
    "typing.anonymous_class.f1": 0.97,
}
BLIND12 = ROOT / "data" / "gold" / "blind12" / "blind12.jsonl"
BLIND12_FLOORS = {
    "attribution.match.f1": 0.94,
    "attribution.with_source_head.f1": 0.93,
    "span_set.cue.overlap.f1": 0.94,
    "span_set.source.overlap.f1": 0.94,
    "span_set.content.overlap.f1": 0.93,
    "typing.accuracy": 0.96,
    "typing.anonymous_class.f1": 0.97,
}
BLIND13 = ROOT / "data" / "gold" / "blind13" / "blind13.jsonl"
BLIND13_FLOORS = {
    "attribution.match.f1": 0.89,
    "attribution.with_source_head.f1": 0.88,
    "span_set.cue.overlap.f1": 0.88,
    "span_set.source.overlap.f1": 0.90,
    "span_set.content.overlap.f1": 0.88,
    "typing.accuracy": 0.93,
    "typing.anonymous_class.f1": 0.93,
}
# the fourteenth and fifteenth batches (session 15; pronoun and description chains; long
# stories of 22-26 sources), after the fixes they prompted: blind14 0.907, 0.899,
# 0.903/0.925/0.910, 0.990, 0.988, 0.043 (on arrival 0.907, -, -, 0.932, 0.910, 0.091; the
# session's start code 0.922 typing, 0.896 anonymous F1, 0.107 MAE); blind15 0.911, 0.907,
# 0.911/0.935/0.913, 0.996, 1.000, 0.024 (on arrival 0.909, -, -, 0.991, 1.000, 0.023)
BLIND14 = ROOT / "data" / "gold" / "blind14" / "blind14.jsonl"
BLIND14_FLOORS = {
    "attribution.match.f1": 0.89,
    "attribution.with_source_head.f1": 0.88,
    "span_set.cue.overlap.f1": 0.88,
    "span_set.source.overlap.f1": 0.91,
    "span_set.content.overlap.f1": 0.89,
    "typing.accuracy": 0.97,
    "typing.anonymous_class.f1": 0.96,
}
BLIND15 = ROOT / "data" / "gold" / "blind15" / "blind15.jsonl"
BLIND15_FLOORS = {
    "attribution.match.f1": 0.89,
    "attribution.with_source_head.f1": 0.89,
    "span_set.cue.overlap.f1": 0.89,
    "span_set.source.overlap.f1": 0.92,
    "span_set.content.overlap.f1": 0.89,
    "typing.accuracy": 0.97,
    "typing.anonymous_class.f1": 0.97,
}
# the sixteenth batch (session 15; people speaking in turn), after the fixes it prompted: 0.900,
# 0.881, 0.900/0.910/0.911, 0.968, 0.950, 0.057 (on arrival and with the session's start code
# 0.900, -, -, 0.908, 0.863 and 0.871, 0.076 and 0.071)
BLIND16 = ROOT / "data" / "gold" / "blind16" / "blind16.jsonl"
BLIND16_FLOORS = {
    "attribution.match.f1": 0.88,
    "attribution.with_source_head.f1": 0.86,
    "span_set.cue.overlap.f1": 0.88,
    "span_set.source.overlap.f1": 0.89,
    "span_set.content.overlap.f1": 0.89,
    "typing.accuracy": 0.94,
    "typing.anonymous_class.f1": 0.92,
}
# the eighteenth and nineteenth batches (session 15; pronouns that do and do not take up the last
# speaker; long stories), after the fixes they prompted: blind18 0.940, 0.927, 0.931/0.950/0.930,
# 0.867, 0.887, 0.131 (on arrival 0.940, -, -, 0.834, 0.852, 0.164; the session's start code
# 0.796, 0.809, 0.180 for the last three); blind19 0.869, 0.841, 0.856/0.884/0.859, 0.972, 0.972,
# 0.013 (on arrival 0.869, -, -, 0.964, 0.952, 0.019)
BLIND18 = ROOT / "data" / "gold" / "blind18" / "blind18.jsonl"
BLIND18_FLOORS = {
    "attribution.match.f1": 0.92,
    "attribution.with_source_head.f1": 0.91,
    "span_set.cue.overlap.f1": 0.91,
    "span_set.source.overlap.f1": 0.93,
    "span_set.content.overlap.f1": 0.91,
    "typing.accuracy": 0.84,
    "typing.anonymous_class.f1": 0.86,
}
BLIND19 = ROOT / "data" / "gold" / "blind19" / "blind19.jsonl"
BLIND19_FLOORS = {
    "attribution.match.f1": 0.85,
    "attribution.with_source_head.f1": 0.82,
    "span_set.cue.overlap.f1": 0.84,
    "span_set.source.overlap.f1": 0.86,
    "span_set.content.overlap.f1": 0.84,
    "typing.accuracy": 0.95,
    "typing.anonymous_class.f1": 0.95,
}
# the seventeenth batch (session 15; everyday campaign and Congress news), held out, never read
# for errors: the session's start code 0.937, -, -, 0.971, 0.958, 0.032; its final code 0.937,
# 0.937, 0.937/0.955/0.941, 0.982, 0.971, 0.028
BLIND17 = ROOT / "data" / "gold" / "blind17" / "blind17.jsonl"
BLIND17_FLOORS = {
    "attribution.match.f1": 0.92,
    "attribution.with_source_head.f1": 0.91,
    "span_set.cue.overlap.f1": 0.92,
    "span_set.source.overlap.f1": 0.93,
    "span_set.content.overlap.f1": 0.91,
    "typing.accuracy": 0.96,
    "typing.anonymous_class.f1": 0.95,
}
# the twentieth to thirty-eighth batches (session 16), after the session's fixes; blind23, blind26,
# blind32, blind35 and blind38 are held out (scored in aggregate only, never read for errors). Each floor
# sits about 0.02 under the figure measured at the session's end (data/gold/README.md gives
# the figures with the session's start code, on arrival and at the end)
BLIND20 = ROOT / "data" / "gold" / "blind20" / "blind20.jsonl"
BLIND20_FLOORS = {
    "attribution.match.f1": 0.89,
    "attribution.with_source_head.f1": 0.88,
    "span_set.cue.overlap.f1": 0.88,
    "span_set.source.overlap.f1": 0.89,
    "span_set.content.overlap.f1": 0.88,
    "typing.accuracy": 0.98,
    "typing.anonymous_class.f1": 0.98,
}
BLIND21 = ROOT / "data" / "gold" / "blind21" / "blind21.jsonl"
BLIND21_FLOORS = {
    "attribution.match.f1": 0.92,
    "attribution.with_source_head.f1": 0.91,
    "span_set.cue.overlap.f1": 0.92,
    "span_set.source.overlap.f1": 0.93,
    "span_set.content.overlap.f1": 0.92,
    "typing.accuracy": 0.96,
    "typing.anonymous_class.f1": 0.96,
}
BLIND22 = ROOT / "data" / "gold" / "blind22" / "blind22.jsonl"
BLIND22_FLOORS = {
    "attribution.match.f1": 0.91,
    "attribution.with_source_head.f1": 0.91,
    "span_set.cue.overlap.f1": 0.91,
    "span_set.source.overlap.f1": 0.92,
    "span_set.content.overlap.f1": 0.91,
    "typing.accuracy": 0.98,
    "typing.anonymous_class.f1": 0.98,
}
BLIND23 = ROOT / "data" / "gold" / "blind23" / "blind23.jsonl"
BLIND23_FLOORS = {
    "attribution.match.f1": 0.90,
    "attribution.with_source_head.f1": 0.89,
    "span_set.cue.overlap.f1": 0.89,
    "span_set.source.overlap.f1": 0.92,
    "span_set.content.overlap.f1": 0.90,
    "typing.accuracy": 0.95,
    "typing.anonymous_class.f1": 0.95,
}
BLIND24 = ROOT / "data" / "gold" / "blind24" / "blind24.jsonl"
BLIND24_FLOORS = {
    "attribution.match.f1": 0.92,
    "attribution.with_source_head.f1": 0.91,
    "span_set.cue.overlap.f1": 0.91,
    "span_set.source.overlap.f1": 0.92,
    "span_set.content.overlap.f1": 0.91,
    "typing.accuracy": 0.98,
    "typing.anonymous_class.f1": 0.98,
}
BLIND25 = ROOT / "data" / "gold" / "blind25" / "blind25.jsonl"
BLIND25_FLOORS = {
    "attribution.match.f1": 0.93,
    "attribution.with_source_head.f1": 0.92,
    "span_set.cue.overlap.f1": 0.93,
    "span_set.source.overlap.f1": 0.93,
    "span_set.content.overlap.f1": 0.93,
    "typing.accuracy": 0.97,
    "typing.anonymous_class.f1": 0.96,
}
BLIND26 = ROOT / "data" / "gold" / "blind26" / "blind26.jsonl"
BLIND26_FLOORS = {
    "attribution.match.f1": 0.92,
    "attribution.with_source_head.f1": 0.91,
    "span_set.cue.overlap.f1": 0.92,
    "span_set.source.overlap.f1": 0.92,
    "span_set.content.overlap.f1": 0.92,
    "typing.accuracy": 0.96,
    "typing.anonymous_class.f1": 0.96,
}
BLIND27 = ROOT / "data" / "gold" / "blind27" / "blind27.jsonl"
BLIND27_FLOORS = {
    "attribution.match.f1": 0.90,
    "attribution.with_source_head.f1": 0.90,
    "span_set.cue.overlap.f1": 0.90,
    "span_set.source.overlap.f1": 0.91,
    "span_set.content.overlap.f1": 0.90,
    "typing.accuracy": 0.97,
    "typing.anonymous_class.f1": 0.98,
}
BLIND28 = ROOT / "data" / "gold" / "blind28" / "blind28.jsonl"
BLIND28_FLOORS = {
    "attribution.match.f1": 0.91,
    "attribution.with_source_head.f1": 0.90,
    "span_set.cue.overlap.f1": 0.90,
    "span_set.source.overlap.f1": 0.91,
    "span_set.content.overlap.f1": 0.90,
    "typing.accuracy": 0.97,
    "typing.anonymous_class.f1": 0.98,
}
BLIND29 = ROOT / "data" / "gold" / "blind29" / "blind29.jsonl"
BLIND29_FLOORS = {
    "attribution.match.f1": 0.94,
    "attribution.with_source_head.f1": 0.94,
    "span_set.cue.overlap.f1": 0.94,
    "span_set.source.overlap.f1": 0.94,
    "span_set.content.overlap.f1": 0.92,
    "typing.accuracy": 0.97,
    "typing.anonymous_class.f1": 0.97,
}
BLIND30 = ROOT / "data" / "gold" / "blind30" / "blind30.jsonl"
BLIND30_FLOORS = {
    "attribution.match.f1": 0.93,
    "attribution.with_source_head.f1": 0.93,
    "span_set.cue.overlap.f1": 0.93,
    "span_set.source.overlap.f1": 0.94,
    "span_set.content.overlap.f1": 0.93,
    "typing.accuracy": 0.98,
    "typing.anonymous_class.f1": 0.98,
}
BLIND31 = ROOT / "data" / "gold" / "blind31" / "blind31.jsonl"
BLIND31_FLOORS = {
    "attribution.match.f1": 0.95,
    "attribution.with_source_head.f1": 0.94,
    "span_set.cue.overlap.f1": 0.94,
    "span_set.source.overlap.f1": 0.94,
    "span_set.content.overlap.f1": 0.95,
    "typing.accuracy": 0.97,
    "typing.anonymous_class.f1": 0.98,
}
BLIND32 = ROOT / "data" / "gold" / "blind32" / "blind32.jsonl"
BLIND32_FLOORS = {
    "attribution.match.f1": 0.92,
    "attribution.with_source_head.f1": 0.92,
    "span_set.cue.overlap.f1": 0.92,
    "span_set.source.overlap.f1": 0.94,
    "span_set.content.overlap.f1": 0.92,
    "typing.accuracy": 0.96,
    "typing.anonymous_class.f1": 0.96,
}
BLIND33 = ROOT / "data" / "gold" / "blind33" / "blind33.jsonl"
BLIND33_FLOORS = {
    "attribution.match.f1": 0.92,
    "attribution.with_source_head.f1": 0.92,
    "span_set.cue.overlap.f1": 0.92,
    "span_set.source.overlap.f1": 0.93,
    "span_set.content.overlap.f1": 0.92,
    "typing.accuracy": 0.98,
    "typing.anonymous_class.f1": 0.98,
}
BLIND34 = ROOT / "data" / "gold" / "blind34" / "blind34.jsonl"
BLIND34_FLOORS = {
    "attribution.match.f1": 0.92,
    "attribution.with_source_head.f1": 0.92,
    "span_set.cue.overlap.f1": 0.92,
    "span_set.source.overlap.f1": 0.94,
    "span_set.content.overlap.f1": 0.92,
    "typing.accuracy": 0.96,
    "typing.anonymous_class.f1": 0.94,
}
BLIND35 = ROOT / "data" / "gold" / "blind35" / "blind35.jsonl"
BLIND35_FLOORS = {
    "attribution.match.f1": 0.92,
    "attribution.with_source_head.f1": 0.92,
    "span_set.cue.overlap.f1": 0.92,
    "span_set.source.overlap.f1": 0.93,
    "span_set.content.overlap.f1": 0.92,
    "typing.accuracy": 0.95,
    "typing.anonymous_class.f1": 0.95,
}
BLIND36 = ROOT / "data" / "gold" / "blind36" / "blind36.jsonl"
BLIND36_FLOORS = {
    "attribution.match.f1": 0.92,
    "attribution.with_source_head.f1": 0.90,
    "span_set.cue.overlap.f1": 0.92,
    "span_set.source.overlap.f1": 0.93,
    "span_set.content.overlap.f1": 0.92,
    "typing.accuracy": 0.96,
    "typing.anonymous_class.f1": 0.96,
}
BLIND37 = ROOT / "data" / "gold" / "blind37" / "blind37.jsonl"
BLIND37_FLOORS = {
    "attribution.match.f1": 0.93,
    "attribution.with_source_head.f1": 0.92,
    "span_set.cue.overlap.f1": 0.92,
    "span_set.source.overlap.f1": 0.93,
    "span_set.content.overlap.f1": 0.92,
    "typing.accuracy": 0.95,
    "typing.anonymous_class.f1": 0.96,
}
BLIND38 = ROOT / "data" / "gold" / "blind38" / "blind38.jsonl"
BLIND38_FLOORS = {
    "attribution.match.f1": 0.93,
    "attribution.with_source_head.f1": 0.92,
    "span_set.cue.overlap.f1": 0.92,
    "span_set.source.overlap.f1": 0.92,
    "span_set.content.overlap.f1": 0.93,
    "typing.accuracy": 0.96,
    "typing.anonymous_class.f1": 0.95,
}
# the thirty-ninth to fifty-seventh batches (session 17), after the session's fixes; blind41,
# blind45, blind49, blind53 and blind57 are held out (scored in aggregate only, never read for errors).
# Each floor sits about 0.02 under the figure measured when the batch was added
BLIND39 = ROOT / "data" / "gold" / "blind39" / "blind39.jsonl"
BLIND39_FLOORS = {
    "attribution.match.f1": 0.90,
    "attribution.with_source_head.f1": 0.89,
    "span_set.cue.overlap.f1": 0.90,
    "span_set.source.overlap.f1": 0.93,
    "span_set.content.overlap.f1": 0.90,
    "typing.accuracy": 0.95,
    "typing.anonymous_class.f1": 0.95,
}
BLIND40 = ROOT / "data" / "gold" / "blind40" / "blind40.jsonl"
BLIND40_FLOORS = {
    "attribution.match.f1": 0.90,
    "attribution.with_source_head.f1": 0.89,
    "span_set.cue.overlap.f1": 0.89,
    "span_set.source.overlap.f1": 0.89,
    "span_set.content.overlap.f1": 0.90,
    "typing.accuracy": 0.96,
    "typing.anonymous_class.f1": 0.95,
}
BLIND41 = ROOT / "data" / "gold" / "blind41" / "blind41.jsonl"
BLIND41_FLOORS = {
    "attribution.match.f1": 0.89,
    "attribution.with_source_head.f1": 0.89,
    "span_set.cue.overlap.f1": 0.89,
    "span_set.source.overlap.f1": 0.91,
    "span_set.content.overlap.f1": 0.89,
    "typing.accuracy": 0.96,
    "typing.anonymous_class.f1": 0.96,
}
BLIND42 = ROOT / "data" / "gold" / "blind42" / "blind42.jsonl"
BLIND42_FLOORS = {
    "attribution.match.f1": 0.92,
    "attribution.with_source_head.f1": 0.91,
    "span_set.cue.overlap.f1": 0.91,
    "span_set.source.overlap.f1": 0.93,
    "span_set.content.overlap.f1": 0.92,
    "typing.accuracy": 0.93,
    "typing.anonymous_class.f1": 0.91,
}
BLIND43 = ROOT / "data" / "gold" / "blind43" / "blind43.jsonl"
BLIND43_FLOORS = {
    "attribution.match.f1": 0.93,
    "attribution.with_source_head.f1": 0.93,
    "span_set.cue.overlap.f1": 0.93,
    "span_set.source.overlap.f1": 0.94,
    "span_set.content.overlap.f1": 0.93,
    "typing.accuracy": 0.95,
    "typing.anonymous_class.f1": 0.94,
}
BLIND44 = ROOT / "data" / "gold" / "blind44" / "blind44.jsonl"
BLIND44_FLOORS = {
    "attribution.match.f1": 0.94,
    "attribution.with_source_head.f1": 0.92,
    "span_set.cue.overlap.f1": 0.94,
    "span_set.source.overlap.f1": 0.95,
    "span_set.content.overlap.f1": 0.94,
    "typing.accuracy": 0.94,
    "typing.anonymous_class.f1": 0.93,
}
BLIND45 = ROOT / "data" / "gold" / "blind45" / "blind45.jsonl"
BLIND45_FLOORS = {
    "attribution.match.f1": 0.90,
    "attribution.with_source_head.f1": 0.90,
    "span_set.cue.overlap.f1": 0.90,
    "span_set.source.overlap.f1": 0.91,
    "span_set.content.overlap.f1": 0.90,
    "typing.accuracy": 0.96,
    "typing.anonymous_class.f1": 0.95,
}
BLIND46 = ROOT / "data" / "gold" / "blind46" / "blind46.jsonl"
BLIND46_FLOORS = {
    "attribution.match.f1": 0.91,
    "attribution.with_source_head.f1": 0.90,
    "span_set.cue.overlap.f1": 0.91,
    "span_set.source.overlap.f1": 0.93,
    "span_set.content.overlap.f1": 0.91,
    "typing.accuracy": 0.94,
    "typing.anonymous_class.f1": 0.94,
}
BLIND47 = ROOT / "data" / "gold" / "blind47" / "blind47.jsonl"
BLIND47_FLOORS = {
    "attribution.match.f1": 0.89,
    "attribution.with_source_head.f1": 0.88,
    "span_set.cue.overlap.f1": 0.89,
    "span_set.source.overlap.f1": 0.89,
    "span_set.content.overlap.f1": 0.88,
    "typing.accuracy": 0.97,
    "typing.anonymous_class.f1": 0.96,
}
BLIND48 = ROOT / "data" / "gold" / "blind48" / "blind48.jsonl"
BLIND48_FLOORS = {
    "attribution.match.f1": 0.94,
    "attribution.with_source_head.f1": 0.93,
    "span_set.cue.overlap.f1": 0.94,
    "span_set.source.overlap.f1": 0.94,
    "span_set.content.overlap.f1": 0.93,
    "typing.accuracy": 0.97,
    "typing.anonymous_class.f1": 0.98,
}
BLIND49 = ROOT / "data" / "gold" / "blind49" / "blind49.jsonl"
BLIND49_FLOORS = {
    "attribution.match.f1": 0.93,
    "attribution.with_source_head.f1": 0.92,
    "span_set.cue.overlap.f1": 0.93,
    "span_set.source.overlap.f1": 0.93,
    "span_set.content.overlap.f1": 0.94,
    "typing.accuracy": 0.95,
    "typing.anonymous_class.f1": 0.93,
}
BLIND50 = ROOT / "data" / "gold" / "blind50" / "blind50.jsonl"
BLIND50_FLOORS = {
    "attribution.match.f1": 0.91,
    "attribution.with_source_head.f1": 0.90,
    "span_set.cue.overlap.f1": 0.91,
    "span_set.source.overlap.f1": 0.92,
    "span_set.content.overlap.f1": 0.91,
    "typing.accuracy": 0.96,
    "typing.anonymous_class.f1": 0.96,
}
BLIND51 = ROOT / "data" / "gold" / "blind51" / "blind51.jsonl"
BLIND51_FLOORS = {
    "attribution.match.f1": 0.92,
    "attribution.with_source_head.f1": 0.91,
    "span_set.cue.overlap.f1": 0.92,
    "span_set.source.overlap.f1": 0.92,
    "span_set.content.overlap.f1": 0.92,
    "typing.accuracy": 0.94,
    "typing.anonymous_class.f1": 0.89,
}
BLIND52 = ROOT / "data" / "gold" / "blind52" / "blind52.jsonl"
BLIND52_FLOORS = {
    "attribution.match.f1": 0.91,
    "attribution.with_source_head.f1": 0.90,
    "span_set.cue.overlap.f1": 0.91,
    "span_set.source.overlap.f1": 0.92,
    "span_set.content.overlap.f1": 0.90,
    "typing.accuracy": 0.96,
    "typing.anonymous_class.f1": 0.96,
}
BLIND53 = ROOT / "data" / "gold" / "blind53" / "blind53.jsonl"
BLIND53_FLOORS = {
    "attribution.match.f1": 0.92,
    "attribution.with_source_head.f1": 0.92,
    "span_set.cue.overlap.f1": 0.92,
    "span_set.source.overlap.f1": 0.92,
    "span_set.content.overlap.f1": 0.91,
    "typing.accuracy": 0.95,
    "typing.anonymous_class.f1": 0.93,
}
BLIND54 = ROOT / "data" / "gold" / "blind54" / "blind54.jsonl"
BLIND54_FLOORS = {
    "attribution.match.f1": 0.91,
    "attribution.with_source_head.f1": 0.91,
    "span_set.cue.overlap.f1": 0.91,
    "span_set.source.overlap.f1": 0.93,
    "span_set.content.overlap.f1": 0.92,
    "typing.accuracy": 0.94,
    "typing.anonymous_class.f1": 0.89,
}
BLIND55 = ROOT / "data" / "gold" / "blind55" / "blind55.jsonl"
BLIND55_FLOORS = {
    "attribution.match.f1": 0.86,
    "attribution.with_source_head.f1": 0.86,
    "span_set.cue.overlap.f1": 0.86,
    "span_set.source.overlap.f1": 0.88,
    "span_set.content.overlap.f1": 0.86,
    "typing.accuracy": 0.91,
    "typing.anonymous_class.f1": 0.92,
}
BLIND56 = ROOT / "data" / "gold" / "blind56" / "blind56.jsonl"
BLIND56_FLOORS = {
    "attribution.match.f1": 0.88,
    "attribution.with_source_head.f1": 0.87,
    "span_set.cue.overlap.f1": 0.88,
    "span_set.source.overlap.f1": 0.89,
    "span_set.content.overlap.f1": 0.86,
    "typing.accuracy": 0.95,
    "typing.anonymous_class.f1": 0.94,
}
BLIND57 = ROOT / "data" / "gold" / "blind57" / "blind57.jsonl"
BLIND57_FLOORS = {
    "attribution.match.f1": 0.90,
    "attribution.with_source_head.f1": 0.89,
    "span_set.cue.overlap.f1": 0.90,
    "span_set.source.overlap.f1": 0.90,
    "span_set.content.overlap.f1": 0.89,
    "typing.accuracy": 0.96,
    "typing.anonymous_class.f1": 0.95,
}
# measured on PolNeAR dev (session 12): attribution F1 0.807, attribution+source 0.758,
# cue/source/content overlap F1 0.780/0.802/0.792, typing 0.909, anonymous F1 0.810 (the issue's
# targets are 0.78/0.70/0.78/0.78/0.75/0.90/0.80; the best spaCy peer has attribution F1 0.578)
DEV_FLOORS = {
    "attribution.match.f1": 0.79,
    "attribution.with_source_head.f1": 0.74,
    "span_set.cue.overlap.f1": 0.77,
    "span_set.source.overlap.f1": 0.79,
    "span_set.content.overlap.f1": 0.78,
    "typing.accuracy": 0.89,
    "typing.anonymous_class.f1": 0.79,
}


DEV_MAX_MAE = 0.05


def _get(results: dict, path: str) -> float:
    node = results
    for key in path.split("."):
        node = node[key]
    return float(node)


def _check(results: dict, floors: dict[str, float]) -> list[str]:
    return [f"{path} = {_get(results, path):.3f} < {floor}"
            for path, floor in floors.items() if _get(results, path) < floor]


@pytest.fixture(scope="module")
def gold_results() -> dict:
    return evaluate(GOLD)


@pytest.mark.parametrize("path", sorted(GOLD_FLOORS))
def test_gold_floor(gold_results: dict, path: str) -> None:
    assert _get(gold_results, path) >= GOLD_FLOORS[path], _check(gold_results, {path: GOLD_FLOORS[path]})


def test_gold_anonymous_share_error_is_small(gold_results: dict) -> None:
    assert gold_results["typing"]["anonymous_share"]["mae"] <= 0.06


def test_gold_set_is_fully_scored(gold_results: dict) -> None:
    assert gold_results["docs"]["prediction_errors"] == 0
    assert gold_results["attribution"]["match"]["n_gold"] >= 250


@pytest.mark.parametrize(("path", "floors", "max_mae"), [
    (BLIND, BLIND_FLOORS, 0.04), (BLIND2, BLIND2_FLOORS, 0.08), (BLIND3, BLIND3_FLOORS, 0.06),
    (BLIND4, BLIND4_FLOORS, 0.06), (BLIND5, BLIND5_FLOORS, 0.05), (BLIND6, BLIND6_FLOORS, 0.06),
    (BLIND7, BLIND7_FLOORS, 0.06), (BLIND8, BLIND8_FLOORS, 0.05), (BLIND9, BLIND9_FLOORS, 0.05),
    (BLIND10, BLIND10_FLOORS, 0.06), (BLIND11, BLIND11_FLOORS, 0.04), (BLIND12, BLIND12_FLOORS, 0.04),
    (BLIND13, BLIND13_FLOORS, 0.05), (BLIND14, BLIND14_FLOORS, 0.06), (BLIND15, BLIND15_FLOORS, 0.04),
    (BLIND16, BLIND16_FLOORS, 0.07), (BLIND17, BLIND17_FLOORS, 0.04), (BLIND18, BLIND18_FLOORS, 0.15),
    (BLIND19, BLIND19_FLOORS, 0.03),
    (BLIND20, BLIND20_FLOORS, 0.05), (BLIND21, BLIND21_FLOORS, 0.06),
    (BLIND22, BLIND22_FLOORS, 0.05), (BLIND23, BLIND23_FLOORS, 0.06),
    (BLIND24, BLIND24_FLOORS, 0.05), (BLIND25, BLIND25_FLOORS, 0.05),
    (BLIND26, BLIND26_FLOORS, 0.05), (BLIND27, BLIND27_FLOORS, 0.06),
    (BLIND28, BLIND28_FLOORS, 0.06), (BLIND29, BLIND29_FLOORS, 0.05),
    (BLIND30, BLIND30_FLOORS, 0.05), (BLIND31, BLIND31_FLOORS, 0.04),
    (BLIND32, BLIND32_FLOORS, 0.05), (BLIND33, BLIND33_FLOORS, 0.06),
    (BLIND34, BLIND34_FLOORS, 0.05), (BLIND35, BLIND35_FLOORS, 0.06),
    (BLIND36, BLIND36_FLOORS, 0.05), (BLIND37, BLIND37_FLOORS, 0.05), (BLIND38, BLIND38_FLOORS, 0.05),
    (BLIND39, BLIND39_FLOORS, 0.05), (BLIND40, BLIND40_FLOORS, 0.07),
    (BLIND41, BLIND41_FLOORS, 0.05), (BLIND42, BLIND42_FLOORS, 0.05),
    (BLIND43, BLIND43_FLOORS, 0.05), (BLIND44, BLIND44_FLOORS, 0.07),
    (BLIND45, BLIND45_FLOORS, 0.05), (BLIND46, BLIND46_FLOORS, 0.08),
    (BLIND47, BLIND47_FLOORS, 0.09), (BLIND48, BLIND48_FLOORS, 0.04),
    (BLIND49, BLIND49_FLOORS, 0.04), (BLIND50, BLIND50_FLOORS, 0.06),
    (BLIND51, BLIND51_FLOORS, 0.08), (BLIND52, BLIND52_FLOORS, 0.05),
    (BLIND53, BLIND53_FLOORS, 0.06), (BLIND54, BLIND54_FLOORS, 0.07),
    (BLIND55, BLIND55_FLOORS, 0.05), (BLIND56, BLIND56_FLOORS, 0.06),
    (BLIND57, BLIND57_FLOORS, 0.07)],
    ids=["blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
         "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17",
         "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25",
         "blind26", "blind27", "blind28", "blind29", "blind30", "blind31",
         "blind32", "blind33", "blind34", "blind35", "blind36", "blind37", "blind38",
         "blind39", "blind40", "blind41", "blind42", "blind43", "blind44", "blind45",
         "blind46", "blind47", "blind48", "blind49", "blind50", "blind51", "blind52", "blind53",
         "blind54", "blind55", "blind56", "blind57"])
def test_blind_set_floors(path: Path, floors: dict[str, float], max_mae: float) -> None:
    results = evaluate(path)
    assert not _check(results, floors), _check(results, floors)
    assert results["typing"]["anonymous_share"]["mae"] <= max_mae


@pytest.mark.skipif(not DEV.exists(), reason="../shared/data/polnear is not present")
def test_polnear_dev_floors() -> None:
    results = evaluate(DEV)
    assert not _check(results, DEV_FLOORS), _check(results, DEV_FLOORS)
    # session 18: the per-article anonymous share's MAE met the target (<= 0.05) at
    # 0.0497; the ceiling keeps it there
    assert results["typing"]["anonymous_share"]["mae"] <= DEV_MAX_MAE
