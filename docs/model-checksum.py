#!/usr/bin/env python3
"""Independent check of a momentum4j model file's sha256 (format version 1), following
docs/model-format.md only: it rebuilds the canonical byte form of the "model" member and hashes it.

    python3 docs/model-checksum.py model.json     # prints OK or the mismatch, exit status 0 or 1
"""
import hashlib
import json
import struct
import sys

# Member order and types of format version 1 (docs/model-format.md, "Members").
D, DA, DAA, I, L, S = "double", "double[]", "double[][]", "int", "long", "string"
NORMALIZER = [("method", S), ("offset", DA), ("scale", DA), ("fill", DA)]
MODEL = [
    ("inputs", I), ("loss", S),
    ("layers", ("list", [("units", I), ("activation", S), ("weights", DAA), ("biases", DA)])),
    ("encoding", [("task", S), ("missing", S),
                  ("columns", ("list", [("name", S), ("role", S), ("kind", S), ("categories", ("list", S))]))]),
    ("featureNormalizer", NORMALIZER), ("targetNormalizer", NORMALIZER),
    ("training", [("optimizer", S), ("weightInit", S), ("epochs", I), ("batchSize", I), ("seed", L),
                  ("settings", ("map", S))]),
    ("provenance", [("data", S), ("dataSha256", S), ("rows", L), ("library", S)]),
]


def string(s):
    b = s.encode("utf-8")
    return b"\x01" + struct.pack(">i", len(b)) + b


def value(v, t):
    if v is None:
        return b"\x00"
    if t == S:
        return string(v)
    if t == I:
        return b"\x02" + struct.pack(">i", v)
    if t == L:
        return b"\x03" + struct.pack(">q", v)
    if t == D:
        return b"\x04" + struct.pack(">d", float(v))
    if t == DA:
        return b"\x06" + struct.pack(">i", len(v)) + b"".join(struct.pack(">d", float(x)) for x in v)
    if t == DAA:
        return b"\x07" + struct.pack(">i", len(v)) + b"".join(value(row, DA) for row in v)
    if isinstance(t, tuple) and t[0] == "list":
        return b"\x07" + struct.pack(">i", len(v)) + b"".join(value(x, t[1]) for x in v)
    if isinstance(t, tuple) and t[0] == "map":
        keys = sorted(v, key=lambda k: k.encode("utf-16-be"))  # Java String order: UTF-16 code units
        return b"\x08" + struct.pack(">i", len(v)) + b"".join(string(k) + value(v[k], t[1]) for k in keys)
    if isinstance(t, list):
        return b"\x09" + struct.pack(">i", len(t)) + b"".join(string(name) + value(v[name], tt) for name, tt in t)
    raise ValueError(t)


def main(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    actual = hashlib.sha256(value(doc["model"], MODEL)).hexdigest()
    if actual == doc["sha256"]:
        print("OK", actual)
        return 0
    print("MISMATCH: file says", doc["sha256"], "contents give", actual)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
