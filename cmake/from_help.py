#!/usr/bin/env python3
"""Man pages and shell completion generated from `plan-adjust --help` and each
`plan-adjust COMMAND --help`: the help text is the one source (docs/install.md).

usage: from_help.py man BINARY OUTDIR | bash BINARY OUTFILE | zsh BINARY OUTFILE
"""
import re
import subprocess
import sys

TOOL = "plan-adjust"
# Value placeholders that name no file: nothing to complete (DIR completes folders).
NOT_FILES = {"DATE", "N", "K/N"}


def run(binary, *args):
    return subprocess.run([binary, *args], check=True, capture_output=True,
                          text=True).stdout


def rows(lines):
    """`  LEFT   help` rows; a line indented past LEFT continues the help above."""
    out = []
    for line in lines:
        text = line.strip()
        parts = re.split(r"\s{2,}", text, maxsplit=1)
        if out and out[-1][1] == "" and len(line) - len(line.lstrip()) > 4:
            out[-1] = (out[-1][0], text)
        else:
            out.append((parts[0], parts[1] if len(parts) == 2 else ""))
    return out


def parse_help(text):
    """The help as {usage, summary, paragraphs, sections: {name: rows}, exit}."""
    page = {"usage": "", "summary": "", "paragraphs": [], "sections": {}, "exit": ""}
    for block in re.split(r"\n\s*\n", text.strip("\n")):
        lines = block.split("\n")
        head = lines[0]
        if head.startswith("usage: "):
            page["usage"] = head[len("usage: "):]
        elif head.startswith("exit status: "):
            page["exit"] = " ".join(l.strip() for l in lines)[len("exit status: "):]
        elif re.fullmatch(r"[a-z ]+:", head) and len(lines) > 1:
            page["sections"][head[:-1]] = rows(lines[1:])
        elif not page["summary"]:
            page["summary"] = " ".join(lines)
        else:
            page["paragraphs"].append(" ".join(lines))
    return page


def option_of(left, help_text):
    """`-i, --injuries LOG` -> (letter, name, value)."""
    m = re.fullmatch(r"(?:-(\w), )?--([\w-]+)(?: (\S+))?", left)
    if not m:
        raise SystemExit(f"from_help.py: cannot read the option row '{left}'")
    return {"letter": m.group(1), "name": m.group(2), "value": m.group(3) or "",
            "help": help_text}


def commands(binary):
    """[(name, summary, page, options)] for each command the overview lists."""
    overview = parse_help(run(binary, "--help"))
    out = []
    for left, summary in overview["sections"]["commands"]:
        name = left.split()[0]
        page = parse_help(run(binary, name, "--help"))
        options = [option_of(l, h) for l, h in page["sections"].get("options", [])]
        out.append((name, summary, page, options))
    return overview, out


# ---- man ----------------------------------------------------------------------------

def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text[:1] in (".", "'") else text


def man_page(title, name, summary, page, version, see_also):
    out = [f'.TH {title.upper()} 1 "" "{TOOL} {version}" "User Commands"',
           ".SH NAME", f"{roff(name)} \\- {roff(summary)}",
           ".SH SYNOPSIS", f".B {roff(' '.join(page['usage'].split()[:2]))}"]
    rest = " ".join(page["usage"].split()[2:])
    if rest:
        out.append(roff(rest))
    out += [".SH DESCRIPTION", roff(page["summary"][:1].upper() + page["summary"][1:]) + "."]
    for p in page["paragraphs"]:
        out += [".PP", roff(p)]
    for section, entries in page["sections"].items():
        out.append(f".SH {section.upper()}")
        for left, help_text in entries:
            out += [".TP", f".B {roff(left)}", roff(help_text)]
    if page["exit"]:
        out += [".SH EXIT STATUS", roff(page["exit"])]
    out += [".SH SEE ALSO", ",\n".join(f".BR {roff(s)} (1)" for s in see_also)]
    return "\n".join(out) + "\n"


def write_man(binary, outdir):
    version = run(binary, "--version").split()[-1]
    overview, cmds = commands(binary)
    pages = [f"{TOOL}-{name}" for name, *_ in cmds]
    with open(f"{outdir}/{TOOL}.1", "w", encoding="utf-8") as f:
        f.write(man_page(TOOL, TOOL, overview["summary"], overview, version, pages))
    for name, summary, page, _ in cmds:
        with open(f"{outdir}/{TOOL}-{name}.1", "w", encoding="utf-8") as f:
            f.write(man_page(f"{TOOL}-{name}", f"{TOOL}-{name}", summary, page, version,
                             [TOOL]))


# ---- bash ---------------------------------------------------------------------------

def value_action_bash(value):
    if "|" in value:
        return f'mapfile -t COMPREPLY < <(compgen -W "{" ".join(value.split("|"))}" -- "$cur")'
    if value in NOT_FILES:
        return "COMPREPLY=()"
    if value == "DIR":
        return 'compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$cur")'
    return 'compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$cur")'


def write_bash(binary, outfile):
    overview, cmds = commands(binary)
    names = " ".join(name for name, *_ in cmds)
    globals_ = " ".join(option_of(l, h)["name"] for l, h in overview["sections"]["options"])
    lines = [f"# bash completion for {TOOL}, generated from its --help (docs/install.md)",
             "_plan_adjust() {",
             "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd= i",
             '  if [[ $prev == "=" ]]; then prev=${COMP_WORDS[COMP_CWORD-2]}; fi',
             "  for ((i = 1; i < COMP_CWORD; i++)); do",
             "    case ${COMP_WORDS[i]} in -*) ;; *) cmd=${COMP_WORDS[i]}; break ;; esac",
             "  done",
             "  if [[ -z $cmd ]]; then",
             f'    mapfile -t COMPREPLY < <(compgen -W "{names} '
             + " ".join(f"--{g}" for g in globals_.split()) + '" -- "$cur")',
             "    return",
             "  fi",
             '  case "$cmd $prev" in']
    for name, _, _, options in cmds:
        for o in options:
            if not o["value"]:
                continue
            pats = [f'"{name} --{o["name"]}"'] + ([f'"{name} -{o["letter"]}"'] if o["letter"] else [])
            lines.append(f'    {"|".join(pats)}) {value_action_bash(o["value"])}; return ;;')
    lines += ["  esac", "  if [[ $cur == -* ]]; then", '    case $cmd in']
    for name, _, _, options in cmds:
        words = " ".join(f"--{o['name']}" for o in options)
        lines.append(f'      {name}) mapfile -t COMPREPLY < <(compgen -W "{words}" -- "$cur") ;;')
    lines += ["    esac", "    return", "  fi",
              '  compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$cur")',
              "}", f"complete -F _plan_adjust {TOOL}"]
    with open(outfile, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---- zsh ----------------------------------------------------------------------------

def zsh_quote(text, colons=False):
    """`text` inside a single-quoted _arguments spec: brackets would end a description,
    colons (`colons`) a message."""
    text = text.replace("[", "(").replace("]", ")")
    if colons:
        text = text.replace(":", "\\:")
    return text.replace("'", "'\\''")


def zsh_option(o):
    desc = zsh_quote(o["help"])
    action = ""
    if o["value"]:
        v = o["value"]
        act = (f"({' '.join(v.split('|'))})" if "|" in v else " " if v in NOT_FILES
               else "_files -/" if v == "DIR" else "_files")
        action = f":{zsh_quote(v, True)}:{act}"
    if o["letter"]:
        suffix_l, suffix = ("+", "=") if o["value"] else ("", "")
        names = f"{{-{o['letter']}{suffix_l},--{o['name']}{suffix}}}"
        return f"'(-{o['letter']} --{o['name']})'{names}'[{desc}]{action}'"
    return f"'--{o['name']}{'=' if o['value'] else ''}[{desc}]{action}'"


def write_zsh(binary, outfile):
    overview, cmds = commands(binary)
    lines = [f"#compdef {TOOL}",
             f"# zsh completion for {TOOL}, generated from its --help (docs/install.md)",
             "_plan-adjust() {",
             "  local -a commands",
             "  commands=("]
    lines += [f"    '{name}:{zsh_quote(summary, True)}'" for name, summary, *_ in cmds]
    lines += ["  )",
              "  if (( CURRENT == 2 )); then",
              "    _describe -t commands command commands",
              "    compadd -- --help --version",
              "    return",
              "  fi",
              "  local cmd=$words[2]",
              "  shift words",
              "  (( CURRENT-- ))",
              "  case $cmd in"]
    for name, _, page, options in cmds:
        specs = [zsh_option(o) for o in options]
        for left, help_text in page["sections"].get("arguments", []):
            many = left.endswith("...")
            arg = left.rstrip(".")
            specs.append(f"'{'*' if many else ''}:{zsh_quote(arg, True)}:_files'")
        lines.append(f"    {name}) _arguments -s \\")
        lines += [f"        {s} \\" for s in specs[:-1]] + [f"        {specs[-1]} ;;"]
    lines += ["  esac", "}", '_plan-adjust "$@"']
    with open(outfile, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main(argv):
    if len(argv) != 4 or argv[1] not in ("man", "bash", "zsh"):
        raise SystemExit(__doc__)
    {"man": write_man, "bash": write_bash, "zsh": write_zsh}[argv[1]](argv[2], argv[3])


if __name__ == "__main__":
    main(sys.argv)
