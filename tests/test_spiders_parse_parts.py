"""The parse stage's parts on their own: walls read from the parsed page, the language sample, near-duplicate signatures."""
from __future__ import annotations

import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from spiders.archive import WarcArchive
from spiders.extract import parse_html
from spiders.parse import language_sample
from spiders.parse.blocked import READABLE_CHARS, block_kind
from spiders.parse.related import NUM_PERM, related_groups, relate, signature, similarity

ROOT = Path(__file__).resolve().parent.parent

_ARTICLE = "<p>" + "Die Verbraucherschützer kritisieren die neuen Nutzungsbedingungen des Messengers. " * 3 + "</p>"


def _page(head: str = "", body: str = "") -> str:
    return f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(("html", "kind"), [
    (_page("<title>Just a moment...</title>"), "bot_challenge"),
    (_page(body="<noscript>Please enable JavaScript and cookies to continue.</noscript>"), "bot_challenge"),
    (_page(body="<script src='/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1'></script>"), "bot_challenge"),
    (_page(body="<script>window._cf_chl_opt = {cvId: '3'};</script>"), "bot_challenge"),
    (_page("<title>Ihre Zustimmung zu Werbung und Tracking</title>"), "consent_wall"),
    (_page(body="<div id='sp_message_container_1234'><p>Akzeptieren</p></div>"), "consent_wall"),
    (_page('<script type="application/ld+json">{"@type": "NewsArticle", "isAccessibleForFree": "False"}</script>',
           _ARTICLE), "paywall"),
    (_page(body=f"<div class='article paywall'>{_ARTICLE}</div>"), "paywall"),
    (_page("<title>WhatsApp ändert die Regeln</title>", _ARTICLE), None),
    # A consent banner's class names that are not a wall, and a teaser class that merely starts like one.
    (_page(body=f"<div class='consent-banner'>Cookies?</div><div class='paywall-hint-box'>{_ARTICLE}</div>"), None),
])
def test_walls_are_told_from_the_parsed_page(html: str, kind: str | None) -> None:
    assert block_kind(parse_html(html), text_chars=0) == kind
    assert block_kind(html, text_chars=0) == kind  # the HTML is parsed when no tree is given


def test_a_readable_article_is_never_blocked_whatever_markers_it_carries() -> None:
    # Metered paywalls, consent banners over the text and Cloudflare's script on ordinary pages.
    html = _page("<title>Bitte warten: WhatsApp</title>",
                 "<script src='/cdn-cgi/challenge-platform/scripts/jsd/main.js'></script>"
                 f"<div class='paywall'>{_ARTICLE}</div>")
    assert block_kind(html, text_chars=READABLE_CHARS - 1) == "bot_challenge"
    assert block_kind(html, text_chars=READABLE_CHARS) is None


def test_the_language_sample_takes_the_opening_and_the_middle() -> None:
    text = "A" * 1000 + "B" * 1000 + "C" * 1000
    sample = language_sample(text, chars=600)
    assert sample.startswith("A" * 300) and sample.endswith("B" * 300) and len(sample) == 601
    assert language_sample("kurz") == "kurz"


_AGENCY = (
    "Die Verbraucherzentrale Bundesverband hat WhatsApp abgemahnt. Der Messenger verlange von seinen Nutzern "
    "die Zustimmung zu neuen Bedingungen, ohne verständlich zu erklären, welche Daten an den Mutterkonzern "
    "fließen. Die Verbraucherschützer fordern, dass die Nutzer der Weitergabe widersprechen können. "
    "Ein Sprecher des Unternehmens sagte, man prüfe das Schreiben und halte die Bedingungen für rechtmäßig. "
    "Nach Angaben der Verbraucherzentrale haben sich seit Jahresbeginn zahlreiche Nutzer beschwert. "
    "Die Frist für eine Unterlassungserklärung läuft Ende des Monats ab, danach droht eine Klage vor Gericht."
)


def test_agency_copy_with_a_changed_intro_is_related_other_texts_are_not() -> None:
    copy_with_intro = "Berlin (dpa) - " + _AGENCY + " Mehr dazu lesen Sie in unserem Dossier."
    other = ("Der Messenger hat eine neue Funktion für Gruppenanrufe vorgestellt. Bis zu zweiunddreißig Personen "
             "können nun gleichzeitig telefonieren, die Verbindung sei Ende zu Ende verschlüsselt, hieß es.")
    signatures = {"a": signature(_AGENCY), "b": signature(copy_with_intro), "c": signature(other)}
    assert all(len(s) == NUM_PERM and all(0 <= v < 2**32 for v in s) for s in signatures.values())
    assert similarity(signatures["a"], signatures["b"]) >= 0.8 > similarity(signatures["a"], signatures["c"])
    assert related_groups(signatures) == {"a": ["b"], "b": ["a"]}


def test_signatures_are_the_same_in_every_process() -> None:
    # Stored in the warehouse and compared in later runs: no per-process hash seed may enter them.
    code = "from spiders.parse.related import signature; import sys; print(signature(sys.argv[1]))"
    outputs = {
        subprocess.run([sys.executable, "-c", code, _AGENCY], capture_output=True, text=True, check=True, cwd=ROOT,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2")
    }
    assert outputs == {f"{signature(_AGENCY)}\n"}


def test_relate_links_a_run_to_stored_articles_both_ways() -> None:
    run = [{"article_id": "new1", "text": "Hamburg (AFP) - " + _AGENCY},
           {"article_id": "new2", "text": "Ein ganz anderer Text über das Wetter an der Küste. " * 5}]
    stored = [("old1", signature(_AGENCY)), ("old2", signature("Noch ein Text, der nichts damit zu tun hat. " * 5)),
              ("new2", signature("Ein ganz anderer Text über das Wetter an der Küste. " * 5))]
    back = relate(run, stored)
    assert run[0]["related"] == ["old1"] and run[1]["related"] == []
    assert back == {"old1": ["new1"]}
    assert len(run[0]["minhash"]) == NUM_PERM  # computed from the text when missing


def test_each_warc_record_is_its_own_gzip_member(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path / "raw.warc.gz")
    for n in range(2):
        archive.write_exchange(url=f"http://127.0.0.1/{n}.html", method="GET", request_headers=[], status=200,
                               response_headers=[("Content-Type", "text/html")], body=_ARTICLE.encode(), meta={})
    archive.close()
    data = (tmp_path / "raw.warc.gz").read_bytes()
    members = []
    while data:
        member = zlib.decompressobj(wbits=31)
        members.append(member.decompress(data))
        data = member.unused_data
    assert len(members) == 4  # request + response per page, each compressed alone
    assert all(m.startswith(b"WARC/1.") for m in members)


def test_stored_candidates_are_checked_on_their_texts_when_given() -> None:
    asked: list[list[str]] = []
    texts = {"old1": _AGENCY, "old2": "Noch ein Text, der nichts damit zu tun hat. " * 5}

    def stored_texts(ids: list[str]) -> dict[str, str]:
        asked.append(ids)
        return {i: texts[i] for i in ids}

    run = [{"article_id": "new1", "text": "Hamburg (AFP) - " + _AGENCY}]
    back = relate(run, [(k, signature(v)) for k, v in texts.items()], stored_texts=stored_texts)
    assert back == {"old1": ["new1"]} and run[0]["related"] == ["old1"]
    assert asked == [["old1"]]  # only LSH candidates are read, once


def test_one_template_with_different_numbers_is_not_agency_copy() -> None:
    # Shingle Jaccard about 0.6: the signatures' estimate alone would now and then call such a pair related.
    texts = {f"t{n}": f"Meldung {n}: Facebook hat WhatsApp übernommen. In Folge {n} geht es um die Frage, welche "
                      f"Daten seitdem zwischen den Diensten fließen. Für Teil {n} sprach die Redaktion mit "
                      f"Datenschützern, die mehr Transparenz verlangen. Ausgabe {n} erklärt die Einstellungen."
             for n in range(300)}
    articles = [{"article_id": k, "text": v} for k, v in texts.items()]
    relate(articles)
    assert all(a["related"] == [] for a in articles)


def test_every_pair_just_above_the_threshold_is_found() -> None:
    # LSH proposes candidates by chance; tuned at the threshold itself it would miss about half of these.
    import random

    from spiders.parse.related import THRESHOLD, shingles

    rng = random.Random(7)
    vocabulary = [f"wort{n}" for n in range(5000)]
    texts: dict[str, str] = {}
    for n in range(40):
        words = rng.sample(vocabulary, 400)
        changed = list(words)
        for position in range(20, 400, 55):  # 7 words changed, 5 shingles each: Jaccard 361/431 = 0.84
            changed[position] = f"anders{position}"
        texts[f"a{n}"], texts[f"b{n}"] = " ".join(words), " ".join(changed)
    for n in range(40):
        a, b = set(shingles(texts[f"a{n}"]).tolist()), set(shingles(texts[f"b{n}"]).tolist())
        assert len(a & b) / len(a | b) >= THRESHOLD
    groups = related_groups({k: signature(v) for k, v in texts.items()}, texts=texts)
    assert groups == {**{f"a{n}": [f"b{n}"] for n in range(40)}, **{f"b{n}": [f"a{n}"] for n in range(40)}}
