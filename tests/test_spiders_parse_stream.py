"""The parse stage streams: articles written one at a time, near-duplicates related without holding texts;
the language check counts German function words before it asks py3langid."""
from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from spiders.parse import ArticleWriter
from spiders.parse.language import is_clearly_german, language_of
from spiders.parse.related import NUM_PERM, RelatedIndex, signature

_AGENCY = (
    "Die Datenschutzbehörde hat dem Messenger untersagt, die Telefonnummern seiner Nutzer an den Mutterkonzern "
    "weiterzugeben. Die Anordnung gilt nach Angaben der Behörde zunächst für drei Monate und kann verlängert "
    "werden. Der Konzern habe nicht erklärt, wofür die Daten gebraucht würden, sagte der Landesbeauftragte bei "
    "der Vorstellung der Entscheidung. Das Unternehmen teilte mit, man halte die neuen Regeln für rechtmäßig "
    "und werde gegen die Anordnung vorgehen. Verbraucherschützer begrüßten den Schritt der Behörde ausdrücklich."
)
_OTHER = ("Der Messenger hat eine neue Funktion für Gruppenanrufe vorgestellt. Bis zu zweiunddreißig Personen "
          "können nun gleichzeitig telefonieren, die Verbindung sei durchgehend verschlüsselt, hieß es am Montag.")
_ENGLISH = ("The messaging service said on Wednesday that it would share the phone numbers of its users with the "
            "parent company from next month. Users who do not agree to the new terms will not be able to keep "
            "using the app, the company said, while regulators in several countries asked for more details. ")
_DUTCH = ("De berichtendienst zei woensdag dat hij de telefoonnummers van zijn gebruikers vanaf volgende maand met "
          "het moederbedrijf zal delen. Gebruikers die niet instemmen met de nieuwe voorwaarden kunnen de app niet "
          "langer gebruiken, zei het bedrijf, terwijl toezichthouders in meerdere landen om uitleg vroegen. ")


def _record(article_id: str, text: str) -> dict:
    return {"article_id": article_id, "text": text, "minhash": signature(text), "related": []}


def test_articles_are_written_as_they_come_and_earlier_copies_learn_of_later_ones(tmp_path: Path) -> None:
    target = tmp_path / "articles.jsonl"
    with ArticleWriter(target) as writer:
        writer.write(_record("a", _AGENCY))
        writer.write(_record("c", _OTHER))
        assert not target.exists()  # written under a temporary name until the parse ends
        writer.write(_record("b", "Berlin (dpa) - " + _AGENCY + " Mehr dazu im Dossier."))
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [r["article_id"] for r in rows] == ["a", "c", "b"]
    assert {r["article_id"]: r["related"] for r in rows} == {"a": ["b"], "c": [], "b": ["a"]}
    assert not list(tmp_path.glob("*.tmp*")) and not list(tmp_path.glob("*.related"))


def test_a_failed_parse_leaves_no_articles_file(tmp_path: Path) -> None:
    target = tmp_path / "articles.jsonl"
    with pytest.raises(RuntimeError), ArticleWriter(target) as writer:
        writer.write(_record("a", _AGENCY))
        raise RuntimeError("the WARC ended in the middle of a record")
    assert not target.exists() and not list(tmp_path.iterdir())


def test_the_related_index_holds_a_few_hundred_bytes_an_article(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RelatedIndex, "MERGE_EVERY", 14 * 100)  # merged into the sorted arrays every ~100 articles
    base = _AGENCY.split()
    texts = {f"t{n}": " ".join(f"{word}{n}" for word in base) for n in range(2500)}  # unrelated, same length
    signatures = {key: signature(text) for key, text in texts.items()}
    index = RelatedIndex(texts.__getitem__)
    for n in range(500):
        assert index.add(f"t{n}", signatures[f"t{n}"], texts[f"t{n}"]) == []
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for n in range(500, 2500):
        index.add(f"t{n}", signatures[f"t{n}"], texts[f"t{n}"])
    grown = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    # Bytes an article: 14 bands x 12 bytes and its signature (256 bytes) in arrays, the dict of the latest (<= 100).
    assert grown / 2000 < 600  # datasketch's MinHashLSH: about 5,000
    assert index.add("copy", signatures["t5"], texts["t5"]) == ["t5"]
    assert index.add("short", [1] * (NUM_PERM - 1), "x") == []  # a signature of another length is ignored


def test_german_text_is_told_by_its_function_words_without_py3langid(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_langid(_text: str) -> tuple[str, float]:
        raise AssertionError("py3langid asked about a clearly German text")

    import py3langid

    monkeypatch.setattr(py3langid, "classify", no_langid)
    assert is_clearly_german(_AGENCY + " " + _OTHER)
    assert language_of(_AGENCY + " " + _OTHER) == "de"


_FIGURES = ("Facebook, WhatsApp, Instagram: Milliarden Nachrichten täglich. Zuckerberg, Koum, Acton. "
            "Kaufpreis 19 Milliarden Dollar. Aktie minus 3 Prozent. Kartellamt Bonn, Kommission Brüssel, "
            "Datenschützer Hamburg. Nutzerzahlen 2014: 450 Millionen. Umsatz 2015: 17,9 Milliarden. ")


def test_a_german_text_opening_with_names_and_figures_is_counted_again_before_py3langid(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Few function words in the first 120 words: counted again on SECOND_WORDS, py3langid (and its model) spared."""
    import py3langid

    def no_langid(_text: str) -> tuple[str, float]:
        raise AssertionError("py3langid asked about a German text")

    text = _FIGURES * 4 + _AGENCY + " " + _OTHER
    assert not is_clearly_german(text)
    monkeypatch.setattr(py3langid, "classify", no_langid)
    assert language_of(text) == "de"


@pytest.mark.parametrize(("text", "expected"), [(_ENGLISH * 3, "en"), (_DUTCH * 3, "nl")])
def test_other_languages_are_not_clearly_german_and_go_to_py3langid(text: str, expected: str) -> None:
    assert not is_clearly_german(text)
    assert language_of(text) == expected


def test_a_german_opening_on_an_english_article_is_not_enough() -> None:
    # The words are counted in the opening and in the middle, as py3langid's sample is taken.
    text = "Berlin: Der Konzern und die Behörde haben sich nicht geeinigt. " + _ENGLISH * 6
    assert not is_clearly_german(text)
    assert language_of(text) != "de"


def test_near_duplicates_are_found_across_the_merge_into_sorted_arrays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RelatedIndex, "MERGE_EVERY", 40)  # a merge every few articles
    texts: dict[str, str] = {}
    index = RelatedIndex(texts.__getitem__)
    base = _AGENCY.split()
    for n in range(30):
        texts[f"t{n}"] = " ".join(f"{word}{n}" for word in base)
        assert index.add(f"t{n}", signature(texts[f"t{n}"]), texts[f"t{n}"]) == []
    copy = "Berlin (dpa) - " + texts["t3"]
    assert index.add("copy", signature(copy), copy) == ["t3"]  # t3's keys were merged long ago
