"""Writes the hostile inputs `run.sh` times the generator on, into the folder given.

- alias-bomb.yaml: a 1 MiB anchored string referenced by 400 entries (expanded, 400 MiB);
- deep.yaml: `namespaces:` nested 300,000 brackets deep;
- large.yaml: 10 MB of ordinary entries, the size the bound is promised for;
- largest.yaml: ordinary entries up to just under the 32 MiB size limit.
"""

import sys

bench = sys.argv[1]
head = (
    "package: bomb\nversion: 1.0.0\ntargets: {java: {package: org.example.bomb}}\n"
    "default_locale: en\nlocales: [en]\n"
)

with open(f"{bench}/alias-bomb.yaml", "w") as f:
    f.write(head + "namespaces:\n  - name: api\n    entries:\n")
    f.write('      - code: 0\n        symbol: C0\n        message: {en: &big "' + "x" * (1 << 20) + '"}\n')
    for code in range(1, 400):
        f.write(f"      - code: {code}\n        symbol: C{code}\n        message: {{en: *big}}\n")

with open(f"{bench}/deep.yaml", "w") as f:
    f.write(head + "namespaces: " + "[" * 300_000 + "]" * 300_000 + "\n")

def plain(name, limit):
    with open(f"{bench}/{name}", "w") as f:
        write_plain(f, limit)


def write_plain(f, limit):
    f.write(head + "namespaces:\n")
    code, size = 0, 0
    while size < limit:
        lines = f"  - name: ns{code // 1000}\n    entries:\n" if code % 1000 == 0 else ""
        lines += (
            f"      - {{code: {code}, symbol: CODE_{code}, message: "
            f'{{en: "message number {code} of a large catalog, long enough to be realistic"}}}}\n'
        )
        f.write(lines)
        size += len(lines)
        code += 1


plain("large.yaml", 10_000_000)
plain("largest.yaml", 32 * 1024 * 1024 - 200_000)
