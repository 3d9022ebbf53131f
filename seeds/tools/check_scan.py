#!/usr/bin/env python3
"""Checks seeds/samenwerkingsscan/scan.json (see its README): shape, codes, statement length,
plain text only, and every `gids` link against the ##/### headings of the chapters in seeds/gids/.

Run from the repository root: python3 seeds/tools/check_scan.py
"""
import glob
import json
import re
import sys
import unicodedata

SCAN = "seeds/samenwerkingsscan/scan.json"
CODE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
FASEN = {"beginnend", "groeiend", "sterk"}


def anchor(heading):
    """Lowercase, accents removed, other runs of characters one hyphen, trimmed (as Slugs.From)."""
    folded = "".join(c for c in unicodedata.normalize("NFD", heading) if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def chapters():
    result = {}
    for path in sorted(glob.glob("seeds/gids/*.md")):
        text = open(path, encoding="utf-8").read()
        slug = re.search(r"^slug:\s*(\S+)", text, re.M).group(1)
        result[slug] = {anchor(h) for h in re.findall(r"^#{2,3} (.+?)\s*$", text, re.M)}
    return result


def main():
    scan = json.load(open(SCAN, encoding="utf-8"))
    known = chapters()
    errors = []
    codes = []
    texts = [scan["titel"], scan["inleiding"]]
    for thema in scan["themas"]:
        codes.append(thema["code"])
        texts += [thema["titel"], thema["uitleg"], *thema["fasen"].values()]
        if set(thema["fasen"]) != FASEN:
            errors.append(f"{thema['code']}: fasen must be exactly {sorted(FASEN)}")
        slug, _, anc = thema["gids"].partition("#")
        if slug not in known:
            errors.append(f"{thema['code']}: no chapter with slug '{slug}'")
        elif anc not in known[slug]:
            errors.append(f"{thema['code']}: chapter '{slug}' has no ##/### heading with anchor '{anc}'")
        if not thema["stellingen"]:
            errors.append(f"{thema['code']}: no statements")
        for stelling in thema["stellingen"]:
            codes.append(stelling["code"])
            texts += [stelling["tekst"], stelling["uitleg"]]
            if len(stelling["tekst"]) > 140:
                errors.append(f"{stelling['code']}: statement has {len(stelling['tekst'])} characters (max 140)")
            if not isinstance(stelling.get("vervallen", False), bool):
                errors.append(f"{stelling['code']}: vervallen must be true or false")
        actief = sum(not s.get("vervallen", False) for s in thema["stellingen"])
        print(f"{thema['code']:26} {actief} statements  {thema['gids']}")
    for code in codes:
        if not CODE.fullmatch(code):
            errors.append(f"code '{code}': only lowercase a-z, digits and single hyphens")
    dubbel = sorted({c for c in codes if codes.count(c) > 1})
    if dubbel:
        errors.append(f"codes used more than once: {', '.join(dubbel)}")
    for text in texts:
        if not text.strip():
            errors.append("empty text")
        elif re.search(r"[*_#`\[\]<>]", text):
            errors.append(f"Markdown or HTML character in: {text[:60]}")
    for error in errors:
        print("ERROR:", error)
    print(f"{len(scan['themas'])} themes, {len(codes) - len(scan['themas'])} statements:", "not OK" if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
