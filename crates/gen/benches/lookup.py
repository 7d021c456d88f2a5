"""Lookup by code (symbol and message) in the generated Python package for the synthetic catalog,
timed with timeit. Prints the median ns per lookup. Usage: python lookup.py (package on PYTHONPATH).
"""

import statistics
import timeit

from synthetic_errors import service_000

ALL = [int(c) for c in service_000.Service000Code]
STATE = [0x2545F491]


def probe(i: int) -> int:
    STATE[0] = (STATE[0] * 6364136223846793005 + 1442695040888963407) % 2**64
    return -7 if i % 16 == 0 else ALL[STATE[0] % len(ALL)]


PROBES = [probe(i) for i in range(1024)]


def lookups() -> None:
    for code in PROBES:
        service_000.symbol_of(code)
        service_000.message_of(code, "zh")


runs = timeit.repeat(lookups, number=20, repeat=7)
print(f"{statistics.median(runs) / (20 * len(PROBES)) * 1e9:.1f}")
