"""Every relative link in the repository's Markdown resolves: to a file that exists and, with a
#fragment, to a heading of that file (GitHub's anchor rules).

The README points into docs/ for the measurement history (extraction quality, benchmarks, crawling);
a renamed heading or a moved file would otherwise leave a dead link that nobody notices.
"""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: [text](target) and ![alt](target), with an optional "title" after the target.
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
INLINE_CODE = re.compile(r"`[^`]*`")


def markdown_files(root: Path = ROOT) -> list[Path]:
    """The Markdown files we write: top level, docs/ and models/ (never .venv or data/)."""
    files = sorted(root.glob("*.md"))
    for sub in ("docs", "models"):
        files += sorted((root / sub).rglob("*.md"))
    return files


def prose_lines(text: str, strip_code: bool = True) -> list[tuple[int, str]]:
    """(line number, line) outside fenced and indented code blocks; inline code removed unless told."""
    out: list[tuple[int, str]] = []
    fenced = in_indented = False
    previous_blank = True
    for number, line in enumerate(text.split("\n"), start=1):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            previous_blank = False
            continue
        blank = not line.strip()
        if line.startswith("    ") and (previous_blank or in_indented):
            in_indented = True  # an indented code block starts after a blank line
        elif not blank:
            in_indented = False
        if not fenced and not in_indented and not blank:
            out.append((number, INLINE_CODE.sub("", line) if strip_code else line))
        previous_blank = blank
    return out


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link in a heading keeps its text
    text = re.sub(r"[^\w\- ]", "", text.strip().lower())
    return text.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    """Every heading anchor of a Markdown file, duplicates numbered as GitHub numbers them."""
    seen: dict[str, int] = {}
    found: set[str] = set()
    for _, line in prose_lines(path.read_text(encoding="utf-8"), strip_code=False):
        match = HEADING.match(line)
        if not match:
            continue
        base = slug(match.group(2))
        count = seen.get(base, 0)
        seen[base] = count + 1
        found.add(base if count == 0 else f"{base}-{count}")
    return found


def broken_links(path: Path) -> list[str]:
    """The relative links of one file that point at no file or no heading, as 'file:line: target'."""
    problems: list[str] = []
    for number, line in prose_lines(path.read_text(encoding="utf-8")):
        for target in LINK.findall(line):
            if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE):
                continue  # http:, https:, mailto: ... are not checked (no network)
            file_part, _, fragment = target.partition("#")
            resolved = (path.parent / file_part).resolve() if file_part else path
            where = f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}:{number}: {target}"
            if not resolved.exists():
                problems.append(where + " (no such file)")
            elif fragment and resolved.suffix == ".md" and fragment not in anchors(resolved):
                problems.append(where + " (no such heading)")
    return problems


def test_every_relative_link_resolves() -> None:
    files = markdown_files()
    assert ROOT / "README.md" in files and ROOT / "docs" / "extraction-quality.md" in files
    problems = [problem for path in files for problem in broken_links(path)]
    assert problems == []


def test_the_readme_links_its_history_files() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("extraction-quality.md", "benchmarks.md", "crawling.md"):
        assert f"](docs/{name}" in readme


def test_docs_cited_in_code_exist() -> None:
    # Comments and docstrings cite docs/<name>.md for measured figures; the file must be there.
    cited = set()
    for sub in ("models", "tests", "reports", "spiders", "warehouse", "pipelines", "bench"):
        for source in (ROOT / sub).rglob("*.py"):
            cited |= set(re.findall(r"docs/[\w.-]+\.md", source.read_text(encoding="utf-8")))
    missing = sorted(name for name in cited if not (ROOT / name).exists())
    assert missing == []


def test_a_broken_link_and_a_broken_anchor_are_found(tmp_path: Path) -> None:
    (tmp_path / "other.md").write_text("# Other\n\n## Speed, session 9 (`x`)\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        "# Page\n\n"
        "[fine](other.md#speed-session-9-x) [self](#page) [web](https://example.org/x)\n"
        "[gone](missing.md) [bad anchor](other.md#speed)\n"
        "`[in code](nowhere.md)`\n\n"
        "    [indented code](nowhere.md)\n",
        encoding="utf-8",
    )
    problems = broken_links(page)
    assert len(problems) == 2
    assert problems[0].endswith("missing.md (no such file)")
    assert problems[1].endswith("other.md#speed (no such heading)")


def test_duplicate_headings_are_numbered(tmp_path: Path) -> None:
    page = tmp_path / "dup.md"
    page.write_text("# Runs\n\n## Runs\n\n```\n# not a heading\n```\n", encoding="utf-8")
    assert anchors(page) == {"runs", "runs-1"}


#: One Contents entry: "- [Title](#anchor)", two spaces of indent per level below "##".
CONTENTS_ENTRY = re.compile(r"^( *)- \[(.*)\]\(#([^)\s]+)\)\s*$")


def contents_and_headings(path: Path) -> tuple[list[tuple[int, str, str]], list[tuple[int, str, str]]]:
    """(level, title, anchor) of a page's "## Contents" list and of its "##"/"###" headings after it.

    The Contents of docs/extraction-quality.md is written by hand; code24 found it 21 sections
    behind its headings (session 17), so a test compares the two in order.
    """
    listed: list[tuple[int, str, str]] = []
    headings: list[tuple[int, str, str]] = []
    in_contents = False
    for _, line in prose_lines(path.read_text(encoding="utf-8"), strip_code=False):
        heading = HEADING.match(line)
        if heading:
            level, title = len(heading.group(1)), heading.group(2)
            in_contents = level == 2 and title == "Contents"
            if not in_contents and listed and level in (2, 3):
                headings.append((level, title, slug(title)))
            continue
        entry = CONTENTS_ENTRY.match(line) if in_contents else None
        if entry:
            listed.append((2 + len(entry.group(1)) // 2, entry.group(2), entry.group(3)))
    return listed, headings


def test_the_extraction_quality_contents_matches_its_headings() -> None:
    listed, headings = contents_and_headings(ROOT / "docs" / "extraction-quality.md")
    assert len(listed) > 70
    missing = [title for _, title, _ in headings if title not in {t for _, t, _ in listed}]
    assert missing == [], "headings the Contents does not list"
    assert listed == headings


def test_a_contents_behind_its_headings_is_found(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "# Page\n\n## Contents\n\n- [Gold](#gold)\n  - [Speed, round 2](#speed-round-2)\n\n"
        "## Gold\n\n### Speed, round 2\n\n### New round\n",
        encoding="utf-8",
    )
    listed, headings = contents_and_headings(page)
    assert listed == [(2, "Gold", "gold"), (3, "Speed, round 2", "speed-round-2")]
    assert headings[:2] == listed and headings[2] == (3, "New round", "new-round")
