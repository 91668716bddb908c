"""The repository stands alone: every `§` citation names a document in it, and that
document has the section cited.

A citation is `docs/NAME.md §N[.M]`; further sections may follow on the same line
(`docs/protocol.md §5.3, §5.4`, `§8.1/§8.2`, `§6-§8`) and belong to the last
document named before them. Inside docs/NAME.md a bare `§N` means that same page.
Citations of RFCs (`RFC 1951 §3.2.7`) are outside this check.
"""
import os
import re
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_NAME = re.compile(r"(?:docs/)?([a-z0-9-]+\.md)")
SECTION = re.compile(r"§\s?(\d+(?:\.\d+)*)")
RFC = re.compile(r"RFC ?\d{3,4}\s*$")
HEADING = re.compile(r"^#{1,6}\s+(\d+(?:\.\d+)*)[.\s]", re.M)


def tracked_text_files():
    names = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.split()
    for name in names:
        if name == "test/test_docs.py":     # names the old spec files on purpose
            continue
        path = os.path.join(ROOT, name)
        try:
            with open(path, encoding="utf-8") as f:
                yield name, f.read()
        except (UnicodeDecodeError, OSError):
            continue


def sections_of(doc):
    path = os.path.join(ROOT, "docs", doc)
    if not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as f:
        return set(HEADING.findall(f.read()))


def citations(name, text):
    """-> [(line number, doc name or None, section)] for every § in `text`."""
    own = os.path.basename(name) if name.startswith("docs/") else None
    found = []
    for number, line in enumerate(text.split("\n"), 1):
        for m in SECTION.finditer(line):
            before = line[:m.start()]
            if RFC.search(before):
                continue
            docs = [d for d in DOC_NAME.findall(before) if d != "README.md" or own]
            found.append((number, docs[-1] if docs else own, m.group(1)))
    return found


def all_citations():
    for name, text in tracked_text_files():
        if "§" in text:
            for line, doc, section in citations(name, text):
                yield name, line, doc, section


def test_every_section_citation_resolves_inside_the_repository():
    cache, bad = {}, []
    for name, line, doc, section in all_citations():
        if doc is None:
            bad.append("%s:%d: §%s names no document" % (name, line, section))
            continue
        if doc not in cache:
            cache[doc] = sections_of(doc)
        if cache[doc] is None:
            bad.append("%s:%d: docs/%s does not exist" % (name, line, doc))
        elif section not in cache[doc]:
            bad.append("%s:%d: docs/%s has no section %s" % (name, line, doc, section))
    assert not bad, "\n".join(bad)


def test_citations_were_found_at_all():
    # The check above must have something to check: the code cites the docs.
    assert sum(1 for _ in all_citations()) > 300


@pytest.mark.parametrize("outside", ["../shared", "shared/spec", "PROTOCOL.md", "IMAGE_FORMAT.md",
                                     "SECURE.md", "EFUSE_ESP32.md", "STYLE.md"])
def test_no_file_points_outside_the_repository(outside):
    hits = ["%s:%d" % (name, n) for name, text in tracked_text_files()
            for n, line in enumerate(text.split("\n"), 1) if outside in line]
    assert not hits, "%s named in %s" % (outside, ", ".join(hits))
