#!/usr/bin/env python3
"""The repository's documents stand alone and their citations resolve.

Checks, from the source tree given as the only argument:
1. every relative Markdown link in the repository's .md files names an existing file,
   and, for a link to a .md file with '#anchor', a heading that makes that anchor;
2. every `docs/NAME.md#anchor` cited in lib/, tool/, tests/, CMakeLists.txt, Makefile
   resolves the same way;
3. every repository path written in backquotes in docs/*.md (`lib/adjust/timeline.cpp`)
   exists, so the documents follow the code when files move;
4. docs/rules.md has a heading for every rule id the tool writes (every `rule:` value in
   the adjust goldens) and for each topic maintainers cite (REQUIRED_RULE_ANCHORS);
5. with --standalone: nothing in lib/, tool/, tests/, CMakeLists.txt, Makefile or
   README.md names a document outside the repository (the product contract or the style
   guide the project started from, or the folder they lived in).
Prints one line per problem and exits 1 when there is any.
"""
import os
import re
import sys

REQUIRED_RULE_ANCHORS = [
    "bone-stop", "acute-rest", "reduced-load", "return-ramp", "race-conflict",
    "referrals", "care-advice", "doubles", "weekly-rest-days", "growth-cap", "rounding",
    "several-episodes-at-once", "episodes", "follow-ups", "invariants", "policy-defaults",
    "sources",
]
SKIP_DIRS = {".git", "build", "node_modules"}
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
CODE_PATH = re.compile(r"`((?:lib|tests|tool|schemas|samples|bench|cmake|examples|docs)/[^`\s]*)`")
CITATION = re.compile(r"docs/([A-Za-z0-9_.-]+\.md)(#[A-Za-z0-9_-]+)?")
# Spelled in pieces so that this file does not match its own pattern.
OUTSIDE = re.compile(r"\bS" r"PEC\b|STY" r"LE\.md|shar" r"ed/")


def anchor_of(heading):
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to '-'."""
    text = re.sub(r"`|\*\*|\*", "", heading.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(path, cache={}):
    if path not in cache:
        found, seen, fenced = set(), {}, False
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("```"):
                    fenced = not fenced
                m = None if fenced else re.match(r"#{1,6}\s+(.*)", line)
                if m:
                    a = anchor_of(m.group(1))
                    n = seen.get(a, 0)
                    found.add(a if n == 0 else f"{a}-{n}")
                    seen[a] = n + 1
        cache[path] = found
    return cache[path]


def walk(root, top, exts):
    for d, dirs, files in os.walk(os.path.join(root, top)):
        dirs[:] = [x for x in dirs if x not in SKIP_DIRS]
        for name in files:
            if name.endswith(exts):
                yield os.path.join(d, name)


def check_target(problems, where, base_dir, target, root):
    target = target.split("?")[0]
    path, _, anchor = target.partition("#")
    full = os.path.normpath(os.path.join(base_dir, path)) if path else None
    if full and not full.startswith(root):
        problems.append(f"{where}: link '{target}' leaves the repository")
        return
    if full and not os.path.exists(full):
        problems.append(f"{where}: link '{target}': no such file")
        return
    md = full if full else None
    if anchor and md and md.endswith(".md") and anchor not in anchors(md):
        problems.append(f"{where}: link '{target}': no heading makes '#{anchor}'")


def main(root, standalone):
    root = os.path.abspath(root)
    problems = []
    for md in walk(root, "", (".md",)):
        fenced = False
        with open(md, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.startswith("```"):
                    fenced = not fenced
                if fenced:
                    continue
                for target in LINK.findall(line):
                    if re.match(r"[a-z]+:", target):
                        continue  # http:, https:, mailto:
                    if target.startswith("#"):
                        target = os.path.basename(md) + target
                    check_target(problems, f"{os.path.relpath(md, root)}:{n}",
                                 os.path.dirname(md), target, root)
    for md in walk(root, "docs", (".md",)):
        fenced = False
        with open(md, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.startswith("```"):
                    fenced = not fenced
                if fenced:
                    continue
                for token in CODE_PATH.findall(line):
                    if any(c in token for c in "*{<"):
                        continue  # a pattern, not a path
                    where = f"{os.path.relpath(md, root)}:{n}"
                    path = token.split(":")[0].split("#")[0].rstrip("/")
                    if "#" in token:
                        check_target(problems, where, root, token, root)
                    elif not os.path.exists(os.path.join(root, path)):
                        problems.append(f"{where}: `{token}`: no such file in the repository")
    sources = [os.path.join(root, p) for p in ("CMakeLists.txt", "Makefile")]
    for top in ("lib", "tool", "tests"):
        sources += walk(root, top, (".cpp", ".h", ".txt", ".sh", ".py", ".md", ".cmake"))
    for path in sources:
        if not os.path.exists(path) or os.path.abspath(path) == os.path.abspath(__file__):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            for n, line in enumerate(f, 1):
                where = f"{os.path.relpath(path, root)}:{n}"
                for name, anchor in CITATION.findall(line):
                    check_target(problems, where, root, f"docs/{name}{anchor}", root)
                if standalone and OUTSIDE.search(line):
                    problems.append(f"{where}: points outside the repository: {line.strip()}")
    readme = os.path.join(root, "README.md")
    with open(readme, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if standalone and OUTSIDE.search(line):
                problems.append(f"README.md:{n}: points outside the repository: {line.strip()}")
    rules = os.path.join(root, "docs", "rules.md")
    have = anchors(rules)
    wanted = set(REQUIRED_RULE_ANCHORS)
    golden = os.path.join(root, "tests", "golden", "adjust")
    for name in sorted(os.listdir(golden)):
        with open(os.path.join(golden, name), encoding="utf-8") as f:
            wanted |= set(re.findall(r"\brule: ([a-z]+(?:-[a-z]+)+)", f.read()))
    for a in sorted(wanted - have):
        problems.append(f"docs/rules.md: no heading for '{a}' (cited as docs/rules.md#{a})")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--standalone"]
    sys.exit(main(args[0] if args else ".", "--standalone" in sys.argv[1:]))
