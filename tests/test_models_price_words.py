"""The learned price veto's measurement (models/learned/price_words.py, price_loso.py), on sentences of our own."""
from __future__ import annotations

import re

from models.evaluate import Score
from models.learned.dataset import DocRecord
from models.learned.price_loso import labelled, price_score, vetoed_claims
from models.learned.price_words import AMOUNT, NUMBER, OTHER_AMOUNT, candidates, sentence_bounds

TEXT = (
    "Der Konzern zahlt für den Chatdienst 16 Mrd. Dollar, der 450 Millionen Nutzer hat. "
    "Am 3. März folgte das Bußgeld. Die Behörde verlangt 110 Millionen Euro Strafe.\n"
    "Zuvor hatte er Instagram für eine Milliarde Dollar gekauft."
)


def test_a_sentence_ends_neither_after_a_scale_abbreviation_nor_after_a_day() -> None:
    sentences = [TEXT[a:b] for a, b in sentence_bounds(TEXT)]
    assert sentences[0].endswith("450 Millionen Nutzer hat.")
    assert sentences[1] == "Am 3. März folgte das Bußgeld."
    assert len(sentences) == 4


def test_the_amount_is_hidden_and_a_user_count_next_to_it_is_another_amount() -> None:
    price, users, fine, other_deal = candidates(TEXT)
    assert price.currency == "USD" and users.currency is None
    assert price.words[:6] == ("der", "konzern", "zahlt", "für", "den", "chatdienst")
    assert price.words.count(AMOUNT) == 1 and OTHER_AMOUNT in price.words and "nutzer" in price.words
    assert "16" not in price.words and "dollar" not in price.words  # the amount itself is never read
    assert fine.words == ("die", "behörde", "verlangt", AMOUNT, "strafe", ".")
    assert "instagram" in other_deal.words


def test_the_previous_variant_adds_the_sentence_before_marked_and_the_window_variant_cuts() -> None:
    fine = candidates(TEXT, "previous")[2]
    assert fine.words[:3] == ("p:am", "p:" + NUMBER, "p:.")
    assert fine.words[-6:] == ("die", "behörde", "verlangt", AMOUNT, "strafe", ".")
    price = candidates(TEXT, "window")[0]
    assert price.words.index(AMOUNT) == 6 and len(price.words) == 13


def _record(claims: list[dict]) -> DocRecord:
    gold = {"price": [{"value": 16000000000, "currency": "USD"}]}
    return DocRecord("heldoutX", "x-1", TEXT, gold, claims, [])


def test_gold_labels_and_the_veto_drop_only_claims_below_the_threshold() -> None:
    record = _record([])
    assert [y for _, y in labelled(record, "sentence")] == [True, False, False, False]
    price, _, fine, _ = candidates(TEXT)
    claims = [
        {"type": "price", "value": 16000000000, "currency": "USD", "start": price.start, "end": price.end},
        {"type": "price", "value": 110000000, "currency": "EUR", "start": fine.start, "end": fine.end},
        {"type": "acquisition_year", "year": 2014, "start": 0, "end": 3},
    ]
    record = _record(claims)
    probs = {("heldoutX", "x-1", price.start): 0.9, ("heldoutX", "x-1", fine.start): 0.04}
    kept = vetoed_claims(record, probs, 0.1, candidates(TEXT))
    assert [c.get("currency") for c in kept] == ["USD", None]
    amounts = {("heldoutX", "x-1"): candidates(TEXT)}
    without, with_veto = price_score([record], None, 0.1, amounts), price_score([record], probs, 0.1, amounts)
    assert (without.true_positives, without.false_positives) == (1, 1)
    assert (with_veto.true_positives, with_veto.false_positives) == (1, 0)
    assert isinstance(with_veto, Score)


def _random_texts(seed: int, alphabet: str, count: int) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 150))) for _ in range(count)]


def test_the_word_before_a_stop_read_backwards_is_the_searched_one() -> None:
    import re

    from models.learned.price_words import word_before_stop

    plain = re.compile(r"(\w+)[.!?]$")  # (a `.!?` at `stop`: the quote the pattern allows after it cannot follow)
    long_word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichensammlung" * 2
    texts = [TEXT, f"Er nannte sie {long_word}. Dann", "Am 19. Februar", "x" * 70 + ".", " " * 80 + "ab.“"]
    texts += _random_texts(7, "ab1ä² _-.!?“)\n", 300)
    for text in texts:
        for stop in (i for i, c in enumerate(text) if c in ".!?"):
            for start in range(0, stop + 1):
                want = plain.search(text[start:stop + 1])
                assert word_before_stop(text, start, stop) == (want.group(1) if want else ""), (text, start, stop)


def test_the_sentence_split_led_by_its_end_splits_like_the_plain_one() -> None:
    """`sentence_bounds` scans `_END_LED` (led by the `.!?` or line end it decides on) and reads the word before a
    stop backwards; the plain split scans `_END` and searches that word: the same sentences."""
    import re

    from models.learned.price_words import _ABBREVIATIONS, _END

    def plain_bounds(text: str) -> list[tuple[int, int]]:
        bounds, start = [], 0
        for match in _END.finditer(text):
            if match.group().strip() == "" and "\n" not in match.group():
                before = re.search(r"(\w+)[.!?][\"“”»)]?$", text[start:match.start()])
                if before and (before.group(1).isdigit() or before.group(1).lower() in _ABBREVIATIONS):
                    continue
            bounds.append((start, match.start()))
            start = match.end()
        bounds.append((start, len(text)))
        return [(a, b) for a, b in bounds if b > a]

    texts = [TEXT, "Am 19. Februar kaufte er. Dann Mrd. Dollar! „Ja.“ Er? (Nein.) »So.« Ende.\n\nNeu z. B. hier."]
    texts += _random_texts(11, "aZÄ1 .!?\n\"“”»)„«(", 2000)
    for text in texts:
        assert sentence_bounds(text) == plain_bounds(text), text


def test_the_sentence_index_by_binary_search_is_the_first_sentence_holding_the_offset() -> None:
    from models.learned.price_words import sentence_index

    text = "Erster Satz.  Zweiter Satz!\nDritter 19. Mai Satz. "
    bounds = sentence_bounds(text)
    for at in range(-1, len(text) + 3):
        want = next((i for i, (a, b) in enumerate(bounds) if a <= at < b), len(bounds) - 1)
        assert sentence_index(bounds, at) == want, at


def test_a_word_with_a_digit_is_a_number_by_the_fast_test_as_by_the_plain_one() -> None:
    from models.learned.price_words import _plain_words

    words = _plain_words("Die 2. Runde, Kauf Nr. 3a_b, ² und ٣ Mal: über 19,5 Mrd. für Übernahme_2014 ...")
    assert words == [w if not any(ch.isdigit() for ch in w) else NUMBER
                     for w in re.findall(r"\w+|[^\w\s]", "Die 2. Runde, Kauf Nr. 3a_b, ² und ٣ Mal: über 19,5 Mrd. für Übernahme_2014 ...".lower())]
    assert NUMBER in words and "runde" in words
