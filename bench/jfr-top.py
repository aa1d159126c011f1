#!/usr/bin/env python3
"""Summarises the CPU samples (jdk.ExecutionSample) of a JFR recording.

    jfr-top.py FILE.jfr [N]

Prints the N hottest frames by self time (top of stack), the hottest frames by inclusive time among the
emulator's own code (dev.storeemulator.*), and inclusive time per package prefix.
"""
import collections
import re
import subprocess
import sys

path = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 15
text = subprocess.run(["jfr", "print", "--stack-depth", "128", "--events", "jdk.ExecutionSample", path],
                      capture_output=True, text=True, check=True).stdout

frame_re = re.compile(r"^\s+([\w$.<>/]+)\(.*\)\s+line:")
stacks, current = [], None
for line in text.splitlines():
    if "stackTrace = [" in line:
        current = []
    elif current is not None:
        if line.strip() == "]":
            stacks.append(current)
            current = None
        else:
            m = frame_re.match(line)
            if m:
                current.append(m.group(1))

total = len(stacks)
if not total:
    print("no execution samples")
    sys.exit(0)
self_count = collections.Counter(s[0] for s in stacks if s)
own = collections.Counter()
pkg = collections.Counter()


def prefix(frame):
    parts = frame.split(".")
    for depth, root in ((3, "dev.storeemulator.emulator"), (3, "org.eclipse.jetty"), (2, "io.javalin"),
                        (3, "tools.jackson.databind"), (3, "tools.jackson.core"), (2, "org.slf4j"),
                        (2, "java.util"), (2, "java.lang"), (2, "java.time"), (2, "java.io"), (2, "sun.nio"),
                        (2, "java.nio")):
        if frame.startswith(root):
            return ".".join(parts[:depth + 1]) if depth + 1 < len(parts) - 1 else ".".join(parts[:-2])
    return ".".join(parts[:2])


for s in stacks:
    for f in set(s):
        if f.startswith("dev.storeemulator"):
            own[f] += 1
    for p in {prefix(f) for f in s}:
        pkg[p] += 1

print(f"{total} CPU samples")
print(f"\ntop {n} frames by self time (share of samples where the frame is on top):")
for f, c in self_count.most_common(n):
    print(f"  {100 * c / total:5.1f}%  {f}")
print(f"\ntop {n} emulator frames by inclusive time:")
for f, c in own.most_common(n):
    print(f"  {100 * c / total:5.1f}%  {f}")
print(f"\ntop {n} packages by inclusive time:")
for f, c in pkg.most_common(n):
    print(f"  {100 * c / total:5.1f}%  {f}")
