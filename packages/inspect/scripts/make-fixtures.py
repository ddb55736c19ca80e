#!/usr/bin/env python3
"""Writes the numpy reference fixtures for @lamina/inspect.

Run from anywhere: python3 packages/inspect/scripts/make-fixtures.py
Needs numpy >= 2.4 (the reference printer). Inputs are stored exactly:
float32 values as 8 hex digits of their bits each, int32 and bool as JSON
numbers. Outputs are numpy's own strings. Tests never run Python.
"""
import json
import os
import sys

import numpy as np

assert tuple(int(p) for p in np.__version__.split('.')[:2]) >= (2, 4), np.__version__

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fixtures')
rng = np.random.default_rng(20261204)


def f32_hex(a):
    return np.ascontiguousarray(a, dtype=np.float32).reshape(-1).astype('>f4').tobytes().hex()


def encode(a):
    if a.dtype == np.float32:
        return f32_hex(a)
    return [int(v) for v in a.reshape(-1)]


def rand_shape(rank, max_dim=6):
    return tuple(int(d) for d in rng.integers(1, max_dim + 1, size=rank))


def rand_float(shape, kind=None):
    kind = kind or rng.choice(['normal', 'decades', 'wide', 'ints', 'small', 'special', 'uniform', 'const', 'tiny', 'huge'])
    n = int(np.prod(shape))
    if kind == 'normal':
        x = rng.normal(0, 10.0 ** rng.integers(-3, 4), n)
    elif kind == 'decades':
        e = rng.integers(-12, 13)
        x = rng.uniform(-1, 1, n) * 10.0 ** e
    elif kind == 'wide':
        x = 10.0 ** rng.uniform(-12, 12, n) * rng.choice([-1, 1], n)
    elif kind == 'ints':
        x = rng.integers(-1000, 1000, n).astype(np.float64) * rng.choice([1, 1, 1000, 1e5])
    elif kind == 'small':
        x = rng.uniform(-1, 1, n) * 1e-4 * rng.choice([0.5, 1, 2, 10])
    elif kind == 'uniform':
        x = rng.uniform(0, 1, n)
    elif kind == 'const':
        x = np.full(n, rng.choice([0.0, 1.0, -2.5, 0.1, 1e7, 3e-6]))
    elif kind == 'tiny':
        x = rng.normal(0, 1, n) * 1e-38 * rng.choice([1, 1e-5])
    elif kind == 'huge':
        x = rng.normal(0, 1, n) * 10.0 ** rng.integers(5, 38)
    else:
        x = rng.normal(0, 3, n)
        specials = [np.nan, np.inf, -np.inf, -0.0, 0.0]
        for _ in range(max(1, n // 3)):
            x[rng.integers(0, n)] = rng.choice(specials)
    return np.asarray(x, dtype=np.float32).reshape(shape)


def rand_int(shape):
    lo, hi = [(-10, 10), (0, 100), (-(2 ** 31), 2 ** 31 - 1), (-5000, 5000), (0, 2)][rng.integers(0, 5)]
    return rng.integers(lo, hi, size=shape, endpoint=True, dtype=np.int64).astype(np.int32)


def rand_options():
    o = {}
    if rng.random() < 0.35:
        o['precision'] = int(rng.integers(0, 11))
    if rng.random() < 0.35:
        o['floatmode'] = str(rng.choice(['fixed', 'unique', 'maxprec', 'maxprec_equal']))
    if rng.random() < 0.25:
        o['suppress'] = True
    if rng.random() < 0.3:
        o['sign'] = str(rng.choice(['-', '+', ' ']))
    if rng.random() < 0.3:
        o['linewidth'] = int(rng.integers(10, 160))
    if rng.random() < 0.2:
        o['threshold'] = int(rng.integers(0, 60))
    if rng.random() < 0.2:
        o['edgeitems'] = int(rng.integers(0, 5))
    if rng.random() < 0.25:
        o['legacy'] = '2.1'
    return o


def np_repr(a, o):
    with np.printoptions(**o):
        return repr(a)


cases = []


def add(name, a, o=None):
    o = dict(o or {})
    cases.append({'name': name, 'dtype': str(a.dtype), 'shape': list(a.shape),
                  'data': encode(a), 'options': o, 'repr': np_repr(a, o)})


# Hand-picked cases first: the documented examples and the edge rules.
add('api example', np.array([[0.11525244, -0.13519563]], dtype=np.float32))
add('empty 1-d', np.zeros((0,), np.float32))
add('empty 2-d', np.zeros((0, 20), np.float32))
add('empty int', np.zeros((3, 0), np.int32))
add('empty bool', np.zeros((0,), bool))
add('0-d float', np.array(1.0, np.float32))
add('0-d nan', np.array(np.nan, np.float32))
add('0-d int', np.array(-7, np.int32))
add('0-d bool', np.array(True))
add('negative zero', np.array([-0.0, 0.0, 1.5], np.float32))
add('nan inf', np.array([np.nan, np.inf, -np.inf, 1.0], np.float32))
add('only specials', np.array([np.nan, -np.inf], np.float32))
add('only specials sign +', np.array([np.nan, np.inf], np.float32), {'sign': '+'})
add('1e-4 boundary', np.array([np.float32(1e-4), 0.001], np.float32))
add('1e6 boundary', np.array([999999.0, 1.0], np.float32))
add('1e6 boundary sci', np.array([1e6, 1.0], np.float32))
add('1e6 legacy', np.array([1e6, 2.0], np.float32), {'legacy': '2.1'})
add('ratio 1000', np.array([1000.0, 1.0], np.float32))
add('ratio above 1000', np.array([1000.5, 1.0], np.float32))
add('suppress small', np.array([1e-10, 1.0, 2.0], np.float32), {'suppress': True})
add('rounding to 1', np.array([0.999999999, 0.5], np.float32), {'precision': 3})
add('ties', np.array([0.125, 0.375, 2.5, 0.0625], np.float32), {'precision': 2})
add('ties fixed', np.array([0.125, 0.375, 2.5, 0.0625], np.float32), {'precision': 1, 'floatmode': 'fixed'})
add('bools', np.array([[True, False], [False, True]]))
add('ints sign space', np.array([1, 22, 333], np.int32), {'sign': ' '})
add('ints sign space neg', np.array([-1, 22, 333], np.int32), {'sign': ' '})
add('ints sign plus', np.array([0, -5, 12], np.int32), {'sign': '+'})
add('long row wraps', np.arange(40, dtype=np.float32) / 3)
add('powers of two', np.float32(2.0) ** np.arange(-20, 20, dtype=np.float32))
add('subnormals', np.array([1e-45, 1e-40, -3e-39, 1.17549435e-38], np.float32))
add('float32 extremes', np.array([3.4028235e38, -3.4028235e38, 1.0], np.float32))
add('edgeitems 0', np.arange(20, dtype=np.float32), {'threshold': 5, 'edgeitems': 0})
add('summarized 1-d', np.arange(2000, dtype=np.float32))
add('summarized 1-d legacy', np.arange(2000, dtype=np.float32), {'legacy': '2.1'})
add('summarized 2-d', rng.normal(size=(40, 50)).astype(np.float32))
add('summarized 2-d legacy', rng.normal(size=(40, 50)).astype(np.float32), {'legacy': '2.1'})
add('summarized 3-d', rng.normal(size=(9, 8, 20)).astype(np.float32))
add('summarized 4-d', rng.normal(size=(4, 7, 8, 9)).astype(np.float32))
add('summarized int', rng.integers(-99, 99, size=(30, 40)).astype(np.int32))
add('summarized bool', rng.random((50, 30)) < 0.5)
add('keras kernel 20x256', (rng.normal(size=(20, 256)) * 0.08).astype(np.float32))
add('narrow linewidth', rng.normal(size=(3, 4)).astype(np.float32), {'linewidth': 12})
add('suffix wraps', rng.normal(size=(1, 6)).astype(np.float32), {'linewidth': 80})

# Random cases: every dtype, rank 0-4, every option.
for i in range(420):
    rank = int(rng.integers(0, 5))
    shape = rand_shape(rank, max_dim=[1, 30, 9, 6, 4][rank])
    r = rng.random()
    if r < 0.7:
        a = rand_float(shape)
    elif r < 0.87:
        a = rand_int(shape)
    else:
        a = rng.random(shape) < 0.5
        a = np.asarray(a)
    add(f'random {i}', a, rand_options())

# Random summarized cases: small thresholds, every edgeitems, every dtype.
for i in range(80):
    rank = int(rng.integers(1, 5))
    shape = rand_shape(rank, max_dim=[0, 60, 20, 10, 8][rank])
    r = rng.random()
    a = rand_float(shape) if r < 0.7 else rand_int(shape) if r < 0.87 else np.asarray(rng.random(shape) < 0.5)
    o = rand_options()
    o['threshold'] = int(rng.integers(0, max(1, a.size)))
    o['edgeitems'] = int(rng.integers(0, 5)) if rng.random() < 0.8 else 1
    add(f'random summarized {i}', a, o)

# Per-value formatter cases: float32 digit generation in every mode.
values = np.concatenate([
    10.0 ** rng.uniform(-45, 38.5, 1500) * rng.choice([-1, 1], 1500),
    rng.integers(-100000, 100000, 200) / rng.choice([1, 2, 4, 8, 10, 100, 1000], 200),
    np.float32(2.0) ** np.arange(-149, 128, 7),
]).astype(np.float32)
values = values[np.isfinite(values)]
scalars = []
for v in values:
    p = int(rng.integers(0, 12))
    md = int(rng.integers(0, p + 1))
    scalars.append({
        'bits': f32_hex(np.array([v])),
        'precision': p,
        'minDigits': md,
        'positionalUnique': np.format_float_positional(v, unique=True, trim='-'),
        'positionalPrecision': np.format_float_positional(v, precision=p, unique=True, trim='k'),
        'positionalMinDigits': np.format_float_positional(v, precision=p, min_digits=md, unique=True, trim='k'),
        'positionalExact': np.format_float_positional(v, precision=p, unique=False, trim='.'),
        'scientificUnique': np.format_float_scientific(v, unique=True, trim='.'),
        'scientificPrecision': np.format_float_scientific(v, precision=p, min_digits=md, unique=True, trim='k'),
        'scientificExact': np.format_float_scientific(v, precision=p, unique=False, trim='0', exp_digits=3),
        'repr': repr(np.float32(v)),
    })

scalar_reprs = []
for v in list(values[:300]) + [np.float32(x) for x in [0, -0.0, 1, 1e-4, 1e6, 999999, 1e16, 123456789, np.nan, np.inf, -np.inf]]:
    with np.printoptions(legacy='1.25'):
        legacy = repr(np.float32(v))
    scalar_reprs.append({'dtype': 'float32', 'bits': f32_hex(np.array([v])), 'repr': repr(np.float32(v)), 'legacy': legacy})
for v in [0, 4, -17, 2 ** 31 - 1, -(2 ** 31)]:
    with np.printoptions(legacy='1.25'):
        legacy = repr(np.int32(v))
    scalar_reprs.append({'dtype': 'int32', 'value': v, 'repr': repr(np.int32(v)), 'legacy': legacy})
for v in [True, False]:
    with np.printoptions(legacy='1.25'):
        legacy = repr(np.bool_(v))
    scalar_reprs.append({'dtype': 'bool', 'value': int(v), 'repr': repr(np.bool_(v)), 'legacy': legacy})

# A big array whose items follow a formula, so tests can build it without storing it.
i, j = np.meshgrid(np.arange(1500), np.arange(1200), indexing='ij')
big = (((i * 31 + j * 17) % 2001 - 1000) / 64).astype(np.float32)
big_case = {'rows': 1500, 'cols': 1200, 'formula': '((i*31 + j*17) % 2001 - 1000) / 64',
            'repr': repr(big), 'legacy': np_repr(big, {'legacy': '2.1'})}

# describe and histogram.
stats = []
hists = []
for k in range(60):
    shape = rand_shape(int(rng.integers(1, 4)), 12)
    a = rand_int(shape) if k % 5 == 4 else rand_float(shape, str(rng.choice(['normal', 'decades', 'ints', 'uniform', 'const', 'small'])))
    d = a.astype(np.float64)
    stats.append({'dtype': str(a.dtype), 'shape': list(a.shape), 'data': encode(a),
                  'count': int(a.size), 'mean': float(d.mean()), 'std': float(d.std()),
                  'min': float(d.min()), 'max': float(d.max())})
    bins = int(rng.integers(1, 21))
    try:
        counts, edges = np.histogram(a, bins=bins)
        hists.append({'dtype': str(a.dtype), 'shape': list(a.shape), 'data': encode(a), 'bins': bins,
                      'edges': [float(e) for e in edges], 'counts': [int(c) for c in counts]})
    except ValueError:  # numpy refuses bins narrower than the float32 spacing
        hists.append({'dtype': str(a.dtype), 'shape': list(a.shape), 'data': encode(a), 'bins': bins,
                      'error': 'Too many bins for data range'})
for bins in [1, 3, 4, 7, 10]:
    a = np.arange(-20, 21, dtype=np.float32) / 4  # many items exactly on edges
    counts, edges = np.histogram(a, bins=bins)
    hists.append({'dtype': 'float32', 'shape': list(a.shape), 'data': encode(a), 'bins': bins,
                  'edges': [float(e) for e in edges], 'counts': [int(c) for c in counts]})

os.makedirs(OUT, exist_ok=True)
meta = {'numpy': np.__version__, 'generator': 'packages/inspect/scripts/make-fixtures.py'}
for name, payload in [('repr', {'meta': meta, 'cases': cases, 'big': big_case}),
                      ('format-float', {'meta': meta, 'values': scalars, 'scalarReprs': scalar_reprs}),
                      ('stats', {'meta': meta, 'describe': stats, 'histogram': hists})]:
    with open(os.path.join(OUT, f'{name}.json'), 'w') as f:
        json.dump(payload, f, indent=None, separators=(',', ':'))
        f.write('\n')
print(f'{len(cases)} repr cases, {len(scalars)} values, {len(scalar_reprs)} scalar reprs, '
      f'{len(stats)} describe, {len(hists)} histogram', file=sys.stderr)
