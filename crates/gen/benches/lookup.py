"""Lookup by code (symbol and message), then an error's message formatted with two arguments, in
the generated Python package for the synthetic catalog, timed with timeit. Prints the median ns of
each: "LOOKUP FORMAT". Usage: python lookup.py (package on PYTHONPATH).
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


WITH_PARAMS = [c for c in ALL if service_000.params_of(c)]


def formats() -> None:
    for code in WITH_PARAMS:
        service_000.Service000Error(code, {"name": "disk-7", "count": 3}).message("zh")


runs = timeit.repeat(lookups, number=20, repeat=7)
format_runs = timeit.repeat(formats, number=20, repeat=7)
lookup_ns = statistics.median(runs) / (20 * len(PROBES)) * 1e9
format_ns = statistics.median(format_runs) / (20 * len(WITH_PARAMS)) * 1e9
print(f"{lookup_ns:.1f} {format_ns:.1f}")
