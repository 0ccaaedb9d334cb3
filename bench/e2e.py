#!/usr/bin/env python3
"""End-to-end comparison of `b2brules check` with the hand-tuned checker (docs/performance.md).

Runs the two alternately on generated batches, measures wall time and peak memory (the child's maxrss from wait4),
and prints medians, rows/s and ratios measured in the same run. Also measures the cost of declarative YAML rules
(a slope over 0, 10 and 20 rules), the speed-up of checking many files on two cores over one, and what a tenant
snapshot of 200,000 users adds to a check (docs/tenant.md).
Called by bench/run.sh, which builds everything first; see docs/performance.md.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def measure(argv, cwd, cpus=None):
    """Runs argv once; returns (wall seconds, peak RSS in MB, exit code)."""
    devnull = subprocess.DEVNULL
    start = time.perf_counter()
    preexec = (lambda: os.sched_setaffinity(0, cpus)) if cpus else None
    proc = subprocess.Popen(argv, cwd=cwd, stdout=devnull, stderr=subprocess.PIPE, preexec_fn=preexec)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024.0, code, err


def checked(argv, cwd, ok_codes, cpus=None):
    wall, rss, code, err = measure(argv, cwd, cpus)
    if code not in ok_codes:
        sys.exit(f"{' '.join(argv)} exited {code}:\n{err}")
    return wall, rss


def fresh(*paths):
    """Removes earlier outputs (outside the timed runs)."""
    for path in paths:
        if os.path.exists(path):
            os.remove(path)


def generate(tools, rows, seed, path):
    if not os.path.exists(path):
        subprocess.run(tools["generator"] + [str(rows), str(seed), path], check=True)
    return path


def declarative_rules(count):
    """A rules.yaml with `count` declarative rules, each a realistic check on a different cell."""
    lines = ["extends: ./rules.yaml", "rules:" if count else "rules: {}"]
    shapes = [
        ("email", "{ notPattern: '^(test|noreply)[.@]' }"),
        ("email", "{ maxLength: 254 }"),
        ("email", "{ domainNotIn: [example.com, example.org, invalid.test] }"),
        ("redirectUrl", "{ pattern: '^ *https?://[A-Za-z0-9.-]+(/.*)?$' }"),
        ("message", "{ maxLength: 2000 }"),
    ]
    for i in range(count):
        field, then = shapes[i % len(shapes)]
        lines += [
            f"  BENCH{1000 + i}:",
            f"    title: Bench rule {i}",
            f"    message: \"'{{{field}}}' fails bench rule {i}\"",
            "    severity: note",
            f"    field: {field}",
            f"    then: {then}",
        ]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="work folder (data, logs)")
    parser.add_argument("--cli", required=True, help="the installed b2brules tool")
    parser.add_argument("--handtuned", required=True, help="the hand-tuned checker's dll")
    parser.add_argument("--generator", required=True, help="the generator's dll")
    parser.add_argument("--sizes", default="2000,100000,1000000")
    parser.add_argument("--runs", default="21,7,5", help="alternating runs per size")
    parser.add_argument("--rule-rows", type=int, default=100000, help="rows for the declarative-rule slope")
    parser.add_argument("--files", type=int, default=50, help="files for the two-core speed-up")
    parser.add_argument("--file-rows", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=5, help="runs for the slope and the speed-up")
    parser.add_argument("--tenant-users", type=int, default=200000, help="directory users in the tenant snapshot")
    parser.add_argument("--tenant-runs", type=int, default=11, help="alternating checks with and without the snapshot")
    parser.add_argument("--startup-runs", type=int, default=21, help="alternating runs of the start-up measurements")
    args = parser.parse_args()

    out = os.path.abspath(args.out)
    data = os.path.join(out, "data")
    os.makedirs(data, exist_ok=True)
    tools = {"generator": ["dotnet", args.generator]}
    if args.tenant_users <= 0:
        parser.error("--tenant-users must be positive")
    consumer = os.path.join(HERE, "..", "plugins", "B2BRules.Plugins.ConsumerDomains", "data", "consumer-domains.txt")
    roles = os.path.join(HERE, "..", "plugins", "B2BRules.Plugins.DistributionLists", "data", "role-addresses.txt")
    rules = os.path.join(HERE, "rules.yaml")
    b2b_ok = {0, 1}  # findings are expected

    def b2brules(batch_args, rules_file, sarif):
        return [args.cli, "check", *batch_args, "--rules", rules_file, "--format", "sarif", "--output", sarif, "--source-root", data]

    def hand(batch):
        return ["dotnet", args.handtuned, batch, consumer, roles, os.path.join(out, "hand.txt")]

    startup(args, tools, out, data, rules, b2brules, hand)

    print("| rows | hand-tuned wall (s) | b2brules wall (s) | wall ratio | hand-tuned rows/s | b2brules rows/s | hand-tuned peak MB | b2brules peak MB | memory ratio |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    sizes = [int(s) for s in args.sizes.split(",")]
    runs = [int(r) for r in args.runs.split(",")]
    for rows, count in zip(sizes, runs):
        batch = generate(tools, rows, 42, os.path.join(data, f"rows-{rows}.csv"))
        sarif = os.path.join(out, f"rows-{rows}.sarif")
        checked(hand(batch), out, {0})  # warm the file cache for both
        hw, hm, bw, bm = [], [], [], []
        for _ in range(count):
            # Each run writes its output afresh, as a CI job does: overwriting the last run's 476 MB log would time
            # the file system truncating it, not the tool.
            fresh(os.path.join(out, "hand.txt"), sarif)
            w, m = checked(hand(batch), out, {0})
            hw.append(w), hm.append(m)
            w, m = checked(b2brules([batch], rules, sarif), out, b2b_ok)
            bw.append(w), bm.append(m)
        h, b = statistics.median(hw), statistics.median(bw)
        hmem, bmem = statistics.median(hm), statistics.median(bm)
        print(f"| {rows:,} | {h:.3f} | {b:.3f} | {b / h:.2f}× | {rows / h:,.0f} | {rows / b:,.0f} | {hmem:.0f} | {bmem:.0f} | {bmem / hmem:.2f}× |", flush=True)

    # Declarative rules: throughput with 0, 10 and 20 rules; the slope is the cost of one more rule.
    batch = generate(tools, args.rule_rows, 42, os.path.join(data, f"rows-{args.rule_rows}.csv"))
    rates = {}
    for n in (0, 10, 20):
        path = os.path.join(HERE, f".rules-{n}.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(declarative_rules(n))
        rates[n] = path
    walls = {n: [] for n in rates}
    for _ in range(args.repeat):
        for n, path in rates.items():
            fresh(os.path.join(out, "rules.sarif"))
            walls[n].append(checked(b2brules([batch], path, os.path.join(out, "rules.sarif")), out, b2b_ok)[0])
    for path in rates.values():
        os.remove(path)
    per_second = {n: args.rule_rows / statistics.median(w) for n, w in walls.items()}
    slope = (per_second[0] - per_second[20]) / per_second[0] / 20
    print()
    print(f"Declarative rules ({args.rule_rows:,} rows): " + ", ".join(f"{n} rules {r:,.0f} rows/s" for n, r in per_second.items())
          + f"; each extra rule costs {slope:.1%} throughput")

    # Many files: one core against two, alternating.
    folder = os.path.join(data, f"files-{args.files}x{args.file_rows}")
    os.makedirs(folder, exist_ok=True)
    for i in range(args.files):
        generate(tools, args.file_rows, 1000 + i, os.path.join(folder, f"batch-{i:03}.csv"))
    one, two = [], []
    files_sarif = os.path.join(out, "files.sarif")
    argv = b2brules([folder], rules, files_sarif)
    for _ in range(args.repeat):
        fresh(files_sarif)
        one.append(checked(argv, out, b2b_ok, cpus={0})[0])
        fresh(files_sarif)
        two.append(checked(argv, out, b2b_ok, cpus={0, 1})[0])
    o, t = statistics.median(one), statistics.median(two)
    print(f"{args.files} files × {args.file_rows:,} rows: one core {o:.3f} s, two cores {t:.3f} s, speed-up {o / t:.2f}×")

    tenant_snapshot(args, tools, out, data, rules, b2brules, b2b_ok)


def startup(args, tools, out, data, rules, b2brules, hand):
    """What b2brules costs before it reads a row: `--version`, and a batch with headings and no rows, against the
    hand-tuned checker's whole 2,000-row run (the targets of docs/performance.md)."""
    batch = generate(tools, 2000, 42, os.path.join(data, "rows-2000.csv"))
    empty = os.path.join(data, "headings-only.csv")
    with open(batch, encoding="utf-8") as source, open(empty, "w", encoding="utf-8") as target:
        target.write(source.readline() + source.readline())  # the version line and the column headings
    sarif = os.path.join(out, "headings-only.sarif")
    walls = {"version": [], "empty": [], "hand": []}
    for _ in range(args.startup_runs):
        walls["version"].append(checked([args.cli, "--version"], out, {0})[0])
        fresh(sarif)
        walls["empty"].append(checked(b2brules([empty], rules, sarif), out, {0, 1})[0])
        fresh(os.path.join(out, "hand.txt"))
        walls["hand"].append(checked(hand(batch), out, {0})[0])
    v, e, h = (statistics.median(walls[k]) * 1000 for k in ("version", "empty", "hand"))
    print(f"Start-up ({args.startup_runs} alternating runs, medians): b2brules --version {v:.0f} ms, "
          f"check of a batch with no rows {e:.0f} ms; the hand-tuned checker's whole 2,000-row run {h:.0f} ms "
          f"({e / h:.2f}× before b2brules reads a row)")
    print()


def tenant_snapshot(args, tools, out, data, rules, b2brules, b2b_ok):
    """A check of 2,000 rows with and without a snapshot of --tenant-users users (and the directory rules on), alternating."""
    users = os.path.join(data, f"users-{args.tenant_users}.csv")
    if not os.path.exists(users):
        subprocess.run(tools["generator"] + ["users", str(args.tenant_users), "7", users], check=True)
    snapshot = os.path.join(out, f"tenant-{args.tenant_users}.snapshot.json")
    fresh(snapshot)
    imported = checked([args.cli, "tenant", "import", "--users", users, "--tenant-id", "11111111-2222-3333-4444-555555555555",
                        "--domain", "contoso.com", "--allow-invites-from", "everyone", "--output", snapshot], out, {0})[0]
    directory_rules = "".join(f"  B2B00{n:02}: warning\n" for n in range(8, 14))
    without_path, with_path = os.path.join(HERE, ".tenant-without.yaml"), os.path.join(HERE, ".tenant-with.yaml")
    with open(without_path, "w", encoding="utf-8") as f:
        f.write("extends: ./rules.yaml\nrules:\n" + directory_rules)
    with open(with_path, "w", encoding="utf-8") as f:
        f.write(f"extends: ./rules.yaml\ntenant: {json.dumps(snapshot)}\nrules:\n" + directory_rules)
    batch = generate(tools, 2000, 42, os.path.join(data, "rows-2000.csv"))
    sarif = os.path.join(out, "tenant.sarif")
    walls, peaks = {"without": [], "with": []}, {"without": [], "with": []}
    try:
        for _ in range(args.tenant_runs):
            for name, path in (("without", without_path), ("with", with_path)):
                fresh(sarif)
                wall, peak = checked(b2brules([batch], path, sarif), out, b2b_ok)
                walls[name].append(wall), peaks[name].append(peak)
    finally:
        os.remove(without_path), os.remove(with_path)
    w0, w1 = statistics.median(walls["without"]), statistics.median(walls["with"])
    m0, m1 = statistics.median(peaks["without"]), statistics.median(peaks["with"])
    print()
    print(f"Tenant snapshot ({args.tenant_users:,} users, {os.path.getsize(snapshot) / 1e6:.1f} MB file, imported in {imported:.2f} s), "
          f"2,000 rows, directory rules on: without {w0:.3f} s / {m0:.0f} MB, with {w1:.3f} s / {m1:.0f} MB: "
          f"+{w1 - w0:.3f} s, +{m1 - m0:.0f} MB peak")


if __name__ == "__main__":
    main()
