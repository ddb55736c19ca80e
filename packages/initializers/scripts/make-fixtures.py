"""Writes fixtures/qr.json: numpy's QR of fixed random matrices, normalised as
Keras's Orthogonal does (q * sign(diag(r))). Run: python3 scripts/make-fixtures.py
"""
import json
import pathlib

import numpy as np

rng = np.random.default_rng(20240601)
cases = []
for m, n in [(1, 1), (3, 3), (7, 4), (16, 16), (40, 9), (6, 1)]:
    a = rng.standard_normal((m, n))
    q, r = np.linalg.qr(a)
    q = q * np.sign(np.diag(r))
    cases.append({"m": m, "n": n, "a": a.ravel().tolist(), "q": q.ravel().tolist()})

out = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "qr.json"
out.write_text(json.dumps({"numpy": np.__version__, "cases": cases}, indent=None) + "\n")
print(f"wrote {out} with numpy {np.__version__}")
