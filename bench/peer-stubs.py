#!/usr/bin/env python3
"""The peers' stubs, generated from WireMock's: one source of truth for what every peer answers.

    peer-stubs.py           writes bench/mockserver/expectations.json and bench/hoverfly/simulation.json
    peer-stubs.py --check   exits 1 (naming the file) when either differs from what the mappings give

Reads bench/wiremock/mappings/*.json (the emulator's answers captured once from its demo world) and writes the
same requests and responses in MockServer's expectation format (its -Dmockserver.initializationJsonPath file)
and in a Hoverfly v5 simulation (its -import file). Only what those mappings use is translated: method, urlPath,
queryParameters {equalTo}, headers {matches}, bodyPatterns [{contains}]; status, headers, body.
"""
import glob
import json
import os
import sys

BENCH = os.path.dirname(os.path.abspath(__file__))
MAPPINGS = os.path.join(BENCH, "wiremock", "mappings")
MOCKSERVER = os.path.join(BENCH, "mockserver", "expectations.json")
HOVERFLY = os.path.join(BENCH, "hoverfly", "simulation.json")


def mappings():
    for path in sorted(glob.glob(os.path.join(MAPPINGS, "*.json"))):
        with open(path, encoding="utf-8") as f:
            yield os.path.basename(path), json.load(f)


def only(pattern, keys, where):
    unknown = set(pattern) - set(keys)
    if unknown:
        sys.exit(f"peer-stubs: {where} uses {sorted(unknown)}, which this generator does not translate")


def mockserver_expectation(name, m):
    req, res = m["request"], m["response"]
    only(req, {"method", "urlPath", "queryParameters", "headers", "bodyPatterns"}, name)
    # Literal values, as MockServer's users write them: it compares a path, a query or a header value as a
    # string first and only then as a regular expression (so a dot could match any character, which these stubs'
    # three distinct paths never meet; escaping it would send every request down the slower regex path).
    out = {"method": req["method"], "path": req["urlPath"]}
    if "queryParameters" in req:
        out["queryStringParameters"] = {k: [v["equalTo"]] for k, v in req["queryParameters"].items()}
    if "headers" in req:
        out["headers"] = {k: [v["matches"]] for k, v in req["headers"].items()}
    for body in req.get("bodyPatterns", []):
        out["body"] = {"type": "STRING", "string": body["contains"], "subString": True}
    return {
        "id": os.path.splitext(name)[0],
        "httpRequest": out,
        "httpResponse": {
            "statusCode": res["status"],
            "headers": {k: [v] for k, v in res.get("headers", {}).items()},
            "body": res["body"],
        },
    }


def hoverfly_pair(name, m):
    req, res = m["request"], m["response"]
    only(req, {"method", "urlPath", "queryParameters", "headers", "bodyPatterns"}, name)
    exact = lambda v: [{"matcher": "exact", "value": v}]
    out = {"method": exact(req["method"]), "path": exact(req["urlPath"])}
    if "queryParameters" in req:
        out["query"] = {k: exact(v["equalTo"]) for k, v in req["queryParameters"].items()}
    if "headers" in req:
        out["headers"] = {k: [{"matcher": "regex", "value": v["matches"]}] for k, v in req["headers"].items()}
    for body in req.get("bodyPatterns", []):
        out["body"] = [{"matcher": "glob", "value": "*" + body["contains"] + "*"}]
    return {
        "request": out,
        "response": {
            "status": res["status"],
            "body": res["body"],
            "encodedBody": False,
            "headers": {k: [v] for k, v in res.get("headers", {}).items()},
            "templated": False,
        },
    }


def generated():
    ms, hf = [], []
    for name, m in mappings():
        ms.append(mockserver_expectation(name, m))
        hf.append(hoverfly_pair(name, m))
    simulation = {"data": {"pairs": hf, "globalActions": {"delays": []}}, "meta": {"schemaVersion": "v5"}}
    dump = lambda doc: json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    return {MOCKSERVER: dump(ms), HOVERFLY: dump(simulation)}


def main():
    check = sys.argv[1:] == ["--check"]
    stale = []
    for path, text in generated().items():
        current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if current == text:
            continue
        if check:
            stale.append(os.path.relpath(path, os.path.dirname(BENCH)))
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"peer-stubs: wrote {os.path.relpath(path, os.path.dirname(BENCH))}")
    if stale:
        sys.exit(f"peer-stubs: {', '.join(stale)} differ from bench/wiremock/mappings: run bench/peer-stubs.py")


if __name__ == "__main__":
    main()
