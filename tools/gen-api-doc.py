#!/usr/bin/env python3
"""Generates docs/api.md, the callers' reference of the gateway's gRPC contract, from the sources.

Reads (standard library only, no protoc):
  - proto/src/main/proto/**/*.proto: services, RPCs, messages, fields and enums with their comments, the
    `(rongcloud.gateway.v1.upstream)` paths, and each RPC's "Quota: ..." sentence;
  - domain/**/error/RongCloudCode.java: RongCloud code -> error kind;
  - adapters-grpc-in/**/GrpcErrors.java: error kind -> gRPC status code, and the gateway's own reasons.

    python3 tools/gen-api-doc.py            # writes docs/api.md
    python3 tools/gen-api-doc.py --check    # exits 1 when docs/api.md is not current (for CI)

Re-run it after changing a .proto file or the error tables, and commit the output.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROTO_ROOT = ROOT / "proto" / "src" / "main" / "proto"
OUTPUT = ROOT / "docs" / "api.md"

TOKEN = re.compile(r"""
    (?P<comment>//[^\n]*)
  | (?P<block>/\*.*?\*/)
  | (?P<string>"(?:[^"\\]|\\.)*")
  | (?P<blank>\n[ \t]*\n)
  | (?P<ws>\s+)
  | (?P<word>[A-Za-z_][\w.]*)
  | (?P<number>-?\d+)
  | (?P<sym>[{}()\[\];=<>,.])
""", re.S | re.X)


def tokens(text):
    """(kind, value, leading_comment) triples; a comment block directly above a token is attached to it."""
    pending = []
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        value = m.group()
        if kind == "comment":
            pending.append(value[2:].strip() if not value.startswith("// ") else value[3:].rstrip())
        elif kind == "block":
            pending.append(value[2:-2].strip())
        elif kind == "blank":
            pending = []  # a blank line detaches comments (file headers, section notes)
        elif kind == "ws":
            if value.count("\n") > 1:
                pending = []
        else:
            yield kind, value, "\n".join(pending).strip()
            pending = []


class Parser:
    def __init__(self, text, file_name):
        self.toks = list(tokens(text))
        self.i = 0
        self.file = file_name
        self.package = ""
        self.services, self.messages, self.enums = [], [], []
        self.header = self.file_header(text)

    @staticmethod
    def file_header(text):
        lines = []
        for line in text.splitlines():
            if line.startswith("//"):
                lines.append(line[3:] if line.startswith("// ") else line[2:])
            else:
                break
        return "\n".join(lines).strip()

    def peek(self, offset=0):
        j = self.i + offset
        return self.toks[j] if j < len(self.toks) else (None, None, "")

    def next(self):
        tok = self.peek()
        self.i += 1
        return tok

    def expect(self, value):
        tok = self.next()
        if tok[1] != value:
            raise SyntaxError(f"{self.file}: expected {value!r}, got {tok[1]!r}")
        return tok

    def skip_statement(self):
        depth = 0
        while True:
            _, value, _ = self.next()
            if value is None:
                return
            if value == "{":
                depth += 1
            elif value == "}":
                depth -= 1
                if depth <= 0:
                    if self.peek()[1] == ";":
                        self.next()
                    return
            elif value == ";" and depth == 0:
                return

    def parse(self):
        while self.peek()[1] is not None:
            _, value, comment = self.peek()
            if value == "package":
                self.next()
                self.package = self.next()[1]
                self.expect(";")
            elif value == "service":
                self.services.append(self.service())
            elif value == "message":
                self.message(prefix="")
            elif value == "enum":
                self.enums.append(self.enum(prefix=""))
            else:
                self.skip_statement()
        return self

    def service(self):
        _, _, comment = self.next()
        name = self.next()[1]
        self.expect("{")
        rpcs = []
        while self.peek()[1] != "}":
            if self.peek()[1] == "rpc":
                rpcs.append(self.rpc())
            else:
                self.skip_statement()
        self.expect("}")
        return {"name": name, "comment": comment, "rpcs": rpcs, "file": self.file}

    def rpc(self):
        _, _, comment = self.next()
        name = self.next()[1]
        self.expect("(")
        client_stream = self.peek()[1] == "stream" and self.next()
        request = self.next()[1]
        self.expect(")")
        self.expect("returns")
        self.expect("(")
        server_stream = self.peek()[1] == "stream" and self.next()
        response = self.next()[1]
        self.expect(")")
        upstream = []
        if self.peek()[1] == "{":
            self.next()
            while self.peek()[1] != "}":
                if self.peek()[1] == "option":
                    self.next()
                    option = []
                    while self.peek()[1] != ";":
                        option.append(self.next())
                    self.next()
                    names = "".join(v for _, v, _ in option if v not in ("(", ")"))
                    if names.startswith("rongcloud.gateway.v1.upstream") or names.startswith("upstream"):
                        upstream += [v[1:-1] for k, v, _ in option if k == "string"]
                else:
                    self.skip_statement()
            self.next()
        if self.peek()[1] == ";":
            self.next()
        return {"name": name, "comment": comment, "request": request, "response": response,
                "client_stream": bool(client_stream), "server_stream": bool(server_stream), "upstream": upstream}

    def message(self, prefix):
        _, _, comment = self.next()
        name = prefix + self.next()[1]
        self.expect("{")
        fields, oneof = [], None
        record = {"name": name, "comment": comment, "fields": fields, "file": self.file}
        self.messages.append(record)
        self.fields_until_close(fields, name, None)
        return record

    def fields_until_close(self, fields, owner, oneof):
        while self.peek()[1] != "}":
            _, value, comment = self.peek()
            if value == "message":
                self.message(prefix=owner + ".")
            elif value == "enum":
                self.enums.append(self.enum(prefix=owner + "."))
            elif value in ("option", "reserved", "extensions"):
                self.skip_statement()
            elif value == "oneof":
                self.next()
                group = self.next()[1]
                self.expect("{")
                self.fields_until_close(fields, owner, group)
            else:
                fields.append(self.field(oneof))
        self.expect("}")

    def field(self, oneof):
        _, first, comment = self.next()
        label = ""
        if first in ("repeated", "optional"):
            label = first
            first = self.next()[1]
        if first == "map":
            self.expect("<")
            key = self.next()[1]
            self.expect(",")
            value = self.next()[1]
            self.expect(">")
            type_name = f"map<{key}, {value}>"
        else:
            type_name = first
        name = self.next()[1]
        self.expect("=")
        number = self.next()[1]
        deprecated = False
        if self.peek()[1] == "[":
            while self.peek()[1] != "]":
                if self.next()[1] == "deprecated" and self.peek(1)[1] == "true":
                    deprecated = True
            self.next()
        self.expect(";")
        return {"name": name, "type": type_name, "label": label, "number": number, "comment": comment,
                "oneof": oneof, "deprecated": deprecated}

    def enum(self, prefix):
        _, _, comment = self.next()
        name = prefix + self.next()[1]
        self.expect("{")
        values = []
        while self.peek()[1] != "}":
            _, value, vcomment = self.peek()
            if value in ("option", "reserved"):
                self.skip_statement()
                continue
            self.next()
            self.expect("=")
            number = self.next()[1]
            while self.next()[1] != ";":
                pass
            values.append({"name": value, "number": number, "comment": vcomment})
        self.expect("}")
        return {"name": name, "comment": comment, "values": values, "file": self.file}


def quota_of(comment):
    m = re.search(r"Quota:\s*(.+?)(?:\.\s|\.$|$)", comment.replace("\n", " "))
    return m.group(1).strip() if m else ""


def without_quota(comment):
    return re.sub(r"\s*Quota:\s*.+?(?:\.(?=\s)|\.$|$)", "", comment.replace("\n", " ")).strip()


def anchor(text):
    return re.sub(r"[^a-z0-9-]", "", text.lower().replace(" ", "-").replace(".", ""))


def cell(text):
    return text.replace("\n", " ").replace("|", "\\|").strip()


def java_error_tables():
    """(code -> kind, kind -> gRPC code, gateway reasons) from the Java sources, when present."""
    codes, kinds, reasons = {}, {}, []
    for path in ROOT.glob("domain/**/error/RongCloudCode.java"):
        codes.update({int(c): k for c, k in re.findall(r"Map\.entry\((\d+),\s*UpstreamErrorKind\.(\w+)\)", path.read_text())})
    for path in ROOT.glob("adapters-grpc-in/**/GrpcErrors.java"):
        text = path.read_text()
        body = re.search(r"codeOf\(UpstreamErrorKind kind\)\s*\{(.*?)\n    \}", text, re.S)
        if body:
            for names, code in re.findall(r"case ([\w, ]+?) -> Code\.(\w+);", body.group(1)):
                for name in names.split(","):
                    kinds[name.strip()] = code
        reasons = re.findall(r'REASON_\w+\s*=\s*"(\w+)"', text)
    return codes, kinds, reasons


def render(parsers):
    services = [s for p in parsers for s in p.services]
    messages = {m["name"]: m for p in parsers for m in p.messages}
    enums = {e["name"]: e for p in parsers for e in p.enums}
    package = next((p.package for p in parsers if p.services), "rongcloud.gateway.v1")
    out = []
    w = out.append
    w("# API reference: `%s`\n" % package)
    w("<!-- Generated by tools/gen-api-doc.py from proto/src/main/proto and the error tables; do not edit by hand. -->\n")
    w("The gateway's gRPC contract for callers in any language. Address: `<host>:9000` (plaintext h2c inside "
      "the cluster; server reflection on, so `grpcurl -plaintext <host>:9000 list` works). The `.proto` files "
      "under `proto/src/main/proto` are the source of truth; clients in Node, Python and Go are in `examples/`.\n")
    w("## Contents\n")
    w("- [Conventions](#conventions)\n- [Errors](#errors)\n- [Compatibility of v1](#compatibility-of-v1)")
    for s in services:
        w(f"- [{s['name']}](#{anchor(s['name'])})")
    w("- [Messages](#messages)")
    if enums:
        w("- [Enums](#enums)")
    w("")

    w("## Conventions\n")
    w("- **Request id**: send `x-request-id` metadata (1-36 characters of `[A-Za-z0-9._-]`) to correlate; "
      "otherwise the gateway makes one. It is returned in the response headers (trailers on errors), sent to "
      "RongCloud as `X-Request-ID`, logged, put on the trace spans (`rongcloud.request_id`) and in every "
      "`ErrorInfo` as metadata `requestId`.")
    w("- **Deadlines**: set one on every call; the gateway stops waiting for RongCloud when it expires.")
    w("- **Required fields** are marked *Required.*; proto3 defaults (empty string, 0, empty list) count as unset.")
    w("- **Paging** (AIP-158): `page_size` 0 means the documented default, larger values are coerced to the "
      "maximum, negative is `INVALID_ARGUMENT`; pass `next_page_token` back as `page_token`; an empty "
      "`next_page_token` is the only end signal; tokens are opaque.")
    w("- **Time**: `google.protobuf.Timestamp` in UTC, whatever time zone RongCloud uses.")
    w("- **Quota**: each RPC consumes RongCloud's documented rate limit of its upstream path, per app and "
      "shared by every caller and every gateway instance (column *Quota*). Over the limit: `RESOURCE_EXHAUSTED` "
      "with `RetryInfo`.\n")

    w("## Errors\n")
    w("Every error is a `google.rpc.Status` (AIP-193) in the `grpc-status-details-bin` trailer, with exactly one "
      "`google.rpc.ErrorInfo` (domain `rongcloud.gateway`), plus `google.rpc.BadRequest` (one field violation per "
      "invalid field, no upstream call made) for invalid input and `google.rpc.RetryInfo` where waiting helps.\n")
    codes, kinds, reasons = java_error_tables()
    w("| reason | status | when | metadata |")
    w("|---|---|---|---|")
    described = {
        "INVALID_REQUEST": ("INVALID_ARGUMENT", "the request breaks a documented limit; see `BadRequest`", "`requestId`"),
        "UPSTREAM_UNAVAILABLE": ("UNAVAILABLE", "RongCloud could not be reached (every host tried) or answered "
                                 "without its envelope; `RetryInfo` given", "`upstreamPath`, `requestId`"),
        "INTERNAL_ERROR": ("INTERNAL", "a defect in the gateway", "`requestId`"),
    }
    for reason in reasons or described:
        status, when, meta = described.get(reason, ("", "", "`requestId`"))
        w(f"| `{reason}` | `{status}` | {when} | {meta} |")
    w("| `RONGCLOUD_<code>` | by code, below | RongCloud answered with a code other than 200 | `rongcloudCode`, "
      "`rongcloudMessage`, `httpStatus`, `upstreamPath`, `requestId` |\n")
    if codes and kinds:
        w("RongCloud codes and the status they map to (unknown codes: `UNKNOWN`):\n")
        w("| RongCloud code | kind | gRPC status |")
        w("|---|---|---|")
        for code in sorted(codes):
            w(f"| {code} | {codes[code]} | `{kinds.get(codes[code], 'UNKNOWN')}` |")
        w("")

    w("## Compatibility of v1\n")
    w("`rongcloud.gateway.v1` only grows. Allowed in v1: new services, new RPCs, new fields with new numbers, "
      "new enum values, new error reasons and metadata keys, looser validation. Never in v1: renumbering, "
      "renaming, retyping or removing a field, RPC, message or enum value (deprecate with "
      "`[deprecated = true]` and keep it), changing a field's meaning or default, tightening validation of an "
      "existing field, reusing a number (`reserved` it). Clients must ignore unknown fields and enum values. "
      "A change that cannot be made additively goes into a new package `rongcloud.gateway.v2`, served side by "
      "side with v1 until v1's callers have moved.\n")

    for s in services:
        w(f"## {s['name']}\n")
        w(f"`{package}.{s['name']}` (`{s['file']}`)\n")
        w(s["comment"] + "\n")
        w("| RPC | request → response | upstream | quota |")
        w("|---|---|---|---|")
        for r in s["rpcs"]:
            req = ("stream " if r["client_stream"] else "") + r["request"]
            res = ("stream " if r["server_stream"] else "") + r["response"]
            w(f"| [{r['name']}](#{anchor(s['name'] + r['name'])}) | [{req}](#{anchor(r['request'])}) → "
              f"[{res}](#{anchor(r['response'])}) | {', '.join('`%s`' % u for u in r['upstream'])} | "
              f"{cell(quota_of(r['comment']))} |")
        w("")
        for r in s["rpcs"]:
            w(f"<a id=\"{anchor(s['name'] + r['name'])}\"></a>")
            w(f"### {s['name']}.{r['name']}\n")
            w(without_quota(r["comment"]) + "\n")
            if quota_of(r["comment"]):
                w(f"- Quota: {quota_of(r['comment'])}.")
            if r["upstream"]:
                w(f"- Upstream: {', '.join('`POST %s`' % u for u in r['upstream'])}.")
            w(f"- Request: [{r['request']}](#{anchor(r['request'])}); response: [{r['response']}](#{anchor(r['response'])}).\n")

    w("## Messages\n")
    for name in sorted(messages, key=lambda n: (messages[n]["file"], n)):
        m = messages[name]
        w(f"<a id=\"{anchor(name)}\"></a>")
        w(f"### {name}\n")
        if m["comment"]:
            w(m["comment"] + "\n")
        if not m["fields"]:
            w("No fields.\n")
            continue
        w("| # | field | type | description |")
        w("|---|---|---|---|")
        for f in m["fields"]:
            t = f["type"]
            link = f"[{t}](#{anchor(t)})" if t in messages or t in enums else f"`{t}`"
            label = f"{f['label']} " if f["label"] else ""
            extra = (f" (oneof `{f['oneof']}`)" if f["oneof"] else "") + (" **Deprecated.**" if f["deprecated"] else "")
            w(f"| {f['number']} | `{f['name']}` | {label}{link} | {cell(f['comment'])}{extra} |")
        w("")
    if enums:
        w("## Enums\n")
        for name in sorted(enums):
            e = enums[name]
            w(f"<a id=\"{anchor(name)}\"></a>")
            w(f"### {name}\n")
            if e["comment"]:
                w(e["comment"] + "\n")
            w("| value | number | description |")
            w("|---|---|---|")
            for v in e["values"]:
                w(f"| `{v['name']}` | {v['number']} | {cell(v['comment'])} |")
            w("")
    return "\n".join(out).rstrip() + "\n"


def main():
    files = sorted(PROTO_ROOT.rglob("*.proto"))
    parsers = [Parser(p.read_text(encoding="utf-8"), str(p.relative_to(PROTO_ROOT))).parse() for p in files]
    text = render(parsers)
    if "--check" in sys.argv:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT.relative_to(ROOT)} is not current: run python3 tools/gen-api-doc.py", file=sys.stderr)
            sys.exit(1)
        print(f"{OUTPUT.relative_to(ROOT)} is current")
        return
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    services = sum(len(p.services) for p in parsers)
    rpcs = sum(len(s["rpcs"]) for p in parsers for s in p.services)
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {services} service(s), {rpcs} RPC(s), "
          f"{sum(len(p.messages) for p in parsers)} message(s) from {len(files)} file(s)")


if __name__ == "__main__":
    main()
