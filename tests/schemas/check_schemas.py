"""Validate YAML and JSON documents against plan-adjust's JSON Schemas.

usage: check_schemas.py SCHEMA_DIR (good|bad) KIND FILE...

`good`: every FILE must be valid; `bad`: every FILE must be rejected (a YAML syntax
error counts as rejected). KIND is plan, injury-log, policy or roster. YAML is loaded
with YAML 1.2 core-schema types, as plan-adjust reads it: `yes`/`on` and `1:30:00`
stay strings, dates stay strings, merge keys (`<<: *easy`) are resolved.
Exit 0 when every file behaved, 1 otherwise.
"""
import json
import re
import sys

import jsonschema
import yaml


class CoreLoader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core-schema implicit types instead of YAML 1.1's."""


CoreLoader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$",
     list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
     r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", list("-+.0123456789")),
    ("tag:yaml.org,2002:merge", r"^(?:<<)$", ["<"]),
]:
    CoreLoader.add_implicit_resolver(tag, re.compile(pattern), first)


def construct_core_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)  # YAML 1.2: 010 is ten, not eight


def construct_core_bool(loader, node):
    return loader.construct_scalar(node).lower() == "true"


CoreLoader.add_constructor("tag:yaml.org,2002:int", construct_core_int)
CoreLoader.add_constructor("tag:yaml.org,2002:bool", construct_core_bool)


class TooBig(ValueError):
    """The document expands to more nodes than any real plan (an alias bomb)."""


def to_json_types(value, budget):
    """Mapping keys become strings, as JSON has no other keys. Aliases are expanded,
    so a node budget stops alias bombs; cycles end in RecursionError."""
    budget[0] -= 1
    if budget[0] < 0:
        raise TooBig("more than a million nodes once aliases are expanded")
    if isinstance(value, dict):
        return {str(k): to_json_types(v, budget) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json_types(v, budget) for v in value]
    return value


def load(path):
    with open(path, "rb") as f:
        text = f.read().decode("utf-8")
    if path.endswith(".json"):
        return json.loads(text)
    return to_json_types(yaml.load(text, Loader=CoreLoader), [1_000_000])


def main(argv):
    if len(argv) < 4 or argv[2] not in ("good", "bad"):
        print(__doc__, file=sys.stderr)
        return 2
    schema_dir, mode, kind, files = argv[1], argv[2], argv[3], argv[4:]
    with open(f"{schema_dir}/{kind}.schema.json", encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = 0
    for path in files:
        try:
            doc = load(path)
        except (yaml.YAMLError, ValueError, UnicodeDecodeError, RecursionError) as e:
            errors = [f"not loadable: {str(e).splitlines()[0]}"]
        else:
            errors = [
                f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}"
                for e in sorted(validator.iter_errors(doc), key=lambda e: str(list(e.absolute_path)))
            ]
        if mode == "good" and errors:
            failures += 1
            print(f"FAIL {path}: expected valid {kind}, got:")
            for e in errors[:10]:
                print(f"    {e}")
        elif mode == "bad" and not errors:
            failures += 1
            print(f"FAIL {path}: expected the {kind} schema to reject it")
        else:
            print(f"ok   {path} ({'valid' if mode == 'good' else errors[0]})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
