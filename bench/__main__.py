"""`python -m bench [options]` runs the benchmark; `compare [A B]` compares two runs; `markdown [R]` quotes one;
`measure STAGE [bench.stage options]` runs one stage in its own measured process (wall time, peak memory);
`components` shows extraction's CPU per pipeline component and what the gates let through."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["compare"]:
        from bench.compare import main as compare

        return compare(argv[1:])
    if argv[:1] == ["measure"]:
        from bench.measure import main as measure

        return measure(argv[1:])
    if argv[:1] == ["markdown"]:
        from bench.markdown import main as markdown

        return markdown(argv[1:])
    if argv[:1] == ["components"]:
        from bench.components import main as components

        return components(argv[1:])
    from bench.run import main as run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
