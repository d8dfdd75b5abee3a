#!/usr/bin/env python3
"""Generate the gateway's quota plan from the RongCloud API catalog.

Reads the `quota:` block of every endpoint in ../shared/rongcloud-api/<area>.yaml and the shared pools of
common.yaml (rate_limits.shared_pools), and writes one committed table,
domain/src/main/resources/rongcloud/gateway/domain/quota/quota-plan.tsv, that the runtime loads
(rongcloud.gateway.domain.quota.QuotaPlan). The runtime never reads the catalog: it is absent in deployments.

One row per catalog entry (path + op: /push.json serves three ops, /message/recall.json two):
    path  op  area  budget  adjustable  rules
budget  = the pool name when the entry spends a shared pool, else "-" (the path is its own budget)
rules   = ';'-separated LIMIT/WINDOW/UNIT[/calendar][/scope=NAME], e.g. 2/1h/request;3/1d/request/calendar
          For a pooled entry these are the pool's rules from common.yaml.

Python 3 standard library only (no PyYAML): the catalog is a simple YAML subset parsed with regexes, as
../shared/tools/api-coverage does. Fails (exit 1) on anything it cannot read rather than guessing.
Usage: tools/gen-quota-plan.py [--catalog DIR] [--out FILE] [--check]
  --check: exit 1 if FILE differs from what would be generated (for CI), write nothing.
"""
import glob
import os
import re
import sys

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = sys.argv[1:]


def opt(name, default):
    return args[args.index(name) + 1] if name in args else default


catalog_dir = opt("--catalog", os.path.join(os.path.dirname(repo), "shared", "rongcloud-api"))
out = opt("--out", os.path.join(repo, "domain", "src", "main", "resources", "rongcloud", "gateway", "domain",
                                "quota", "quota-plan.tsv"))
check = "--check" in args

WINDOWS = {"1s", "1m", "1h", "1d"}
UNITS = {"request", "recipient", "target", "user", "attribute"}
RULE = re.compile(r"^\s*-\s*\{(.*)\}\s*(#.*)?$")


def fail(msg):
    sys.stderr.write("gen-quota-plan: " + msg + "\n")
    sys.exit(1)


def parse_rule(body, where):
    fields = {}
    for part in body.split(","):
        if not part.strip():
            continue
        k, _, v = part.partition(":")
        fields[k.strip()] = v.strip().strip('"')
    try:
        limit = int(fields["limit"])
    except (KeyError, ValueError):
        fail(f"{where}: rule without an integer limit: {body}")
    window, unit = fields.get("window"), fields.get("unit")
    if window not in WINDOWS:
        fail(f"{where}: unknown window {window!r}")
    if unit not in UNITS:
        fail(f"{where}: unknown unit {unit!r}")
    calendar = fields.get("calendar", "false") == "true"
    if calendar and window != "1d":
        fail(f"{where}: calendar: true is only known for 1d windows")
    text = f"{limit}/{window}/{unit}" + ("/calendar" if calendar else "")
    if fields.get("scope"):
        text += "/scope=" + fields["scope"]
    unknown = set(fields) - {"limit", "window", "unit", "calendar", "scope"}
    if unknown:
        fail(f"{where}: unknown rule fields {sorted(unknown)}")
    return text


def read_pools(path):
    pools, pool, in_rules = {}, None, False
    lines = open(path, encoding="utf-8").read().split("\n")
    in_shared = False
    for line in lines:
        if re.match(r"^  shared_pools:", line):
            in_shared = True
            continue
        if in_shared and re.match(r"^  \S", line):
            in_shared = False
        if not in_shared:
            continue
        m = re.match(r"^    - name:\s*(\S+)", line)
        if m:
            pool = m.group(1)
            pools[pool] = {"rules": [], "adjustable": None}
            in_rules = False
            continue
        if re.match(r"^      rules:", line):
            in_rules = True
            continue
        m = RULE.match(line)
        if in_rules and m and pool:
            pools[pool]["rules"].append(parse_rule(m.group(1), f"common.yaml pool {pool}"))
            continue
        if re.match(r"^      \w", line):
            in_rules = False
    if not pools:
        fail("no rate_limits.shared_pools found in common.yaml")
    return pools


def read_area(path):
    area, entries, cur, in_quota, in_rules = None, [], None, False, False
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        m = re.match(r"^area:\s*(\S+)", line)
        if m:
            area = m.group(1)
        m = re.match(r"^  - path:\s*(\S+)", line)
        if m:
            cur = {"path": m.group(1), "op": None, "rules": [], "pool": None, "adjustable": None,
                   "where": f"{os.path.basename(path)}:{n}", "quota": False}
            entries.append(cur)
            in_quota = in_rules = False
            continue
        if cur is None:
            continue
        m = re.match(r"^    op:\s*(\S+)", line)
        if m:
            cur["op"] = m.group(1)
        if re.match(r"^    quota:", line):
            in_quota, cur["quota"] = True, True
            continue
        if in_quota and re.match(r"^    \S", line):
            in_quota = in_rules = False
        if not in_quota:
            continue
        if re.match(r"^      rules:", line):
            in_rules = True
            continue
        m = RULE.match(line)
        if in_rules and m:
            cur["rules"].append(parse_rule(m.group(1), cur["where"]))
            continue
        if re.match(r"^\s*#", line):
            continue
        m = re.match(r"^      pool:\s*(\S+)", line)
        if m:
            in_rules = False
            cur["pool"] = None if m.group(1) == "null" else m.group(1)
        m = re.match(r"^      adjustable:\s*(\S+)", line)
        if m:
            in_rules = False
            if m.group(1) not in ("true", "false"):
                fail(f"{cur['where']}: adjustable must be true or false")
            cur["adjustable"] = m.group(1) == "true"
    for e in entries:
        if not e["op"]:
            fail(f"{e['where']}: entry without op")
        if not e["quota"] or not e["rules"]:
            fail(f"{e['where']} {e['path']}: no quota rules")
        if e["adjustable"] is None:
            fail(f"{e['where']} {e['path']}: quota without adjustable")
    if not area:
        fail(f"{path}: no area")
    return area, entries


# Where the catalog is wrong, the public docs win (common.yaml rate_limits.per_item_counting_in_detail_pages):
# the detail pages of these endpoints count a batch call once per id although the overview says "requests".
PER_ID_COUNTING = {"/friend/delete.json", "/friend/check.json", "/friend/permission/set.json",
                   "/friend/permission/get.json"}


def main():
    if not os.path.isdir(catalog_dir):
        fail(f"catalog not found at {catalog_dir} (use --catalog DIR)")
    pools = read_pools(os.path.join(catalog_dir, "common.yaml"))
    rows, ops = [], set()
    for f in sorted(glob.glob(os.path.join(catalog_dir, "*.yaml"))):
        if f.endswith("common.yaml"):
            continue
        area, entries = read_area(f)
        for e in entries:
            if e["op"] in ops:
                fail(f"{e['where']}: op {e['op']} is not unique")
            ops.add(e["op"])
            rules = e["rules"]
            if e["path"] in PER_ID_COUNTING:
                rules = [r.replace("/request", "/user", 1) for r in rules]
            if e["pool"]:
                if e["pool"] not in pools:
                    fail(f"{e['where']}: pool {e['pool']} is not in common.yaml")
                pool_rules = pools[e["pool"]]["rules"]
                if sorted(r.split("/scope=")[0] for r in rules if "/scope=" not in r) != sorted(pool_rules):
                    sys.stderr.write(f"gen-quota-plan: note: {e['path']} {e['op']} lists {rules}, pool "
                                     f"{e['pool']} says {pool_rules}; the pool's rules are used\n")
                rules = pool_rules + [r for r in rules if "/scope=" in r]
            rows.append((e["path"], e["op"], area, e["pool"] or "-", "true" if e["adjustable"] else "false",
                         ";".join(rules)))
    # Every entry of one budget (path or pool) must carry the same rules: they spend one budget.
    budgets = {}
    for path, op, area, pool, adj, rules in rows:
        key = pool if pool != "-" else path
        if budgets.setdefault(key, rules) != rules:
            fail(f"budget {key}: entries disagree on rules ({budgets[key]} vs {rules} at {op})")
    rows.sort(key=lambda r: (r[0], r[1]))
    lines = [
        "# RongCloud quota plan: one row per catalog entry. GENERATED by tools/gen-quota-plan.py from the",
        "# catalog (../shared/rongcloud-api); do not edit by hand, regenerate. Columns (tab-separated):",
        "# path, op, area, budget (shared pool name, or - when the path is its own budget), adjustable,",
        "# rules (';'-separated LIMIT/WINDOW/UNIT[/calendar][/scope=NAME]; every rule must hold).",
        f"# {len(rows)} entries over {len({r[0] for r in rows})} paths; pools: "
        + ", ".join(f"{p}={';'.join(v['rules'])}" for p, v in sorted(pools.items())),
    ]
    lines += ["\t".join(r) for r in rows]
    text = "\n".join(lines) + "\n"
    if check:
        current = open(out, encoding="utf-8").read() if os.path.exists(out) else ""
        if current != text:
            fail(f"{out} is stale: run tools/gen-quota-plan.py")
        print(f"gen-quota-plan: {out} is up to date ({len(rows)} entries)")
        return
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(f"gen-quota-plan: wrote {len(rows)} entries over {len({r[0] for r in rows})} paths to "
          f"{os.path.relpath(out, repo)}")


main()
