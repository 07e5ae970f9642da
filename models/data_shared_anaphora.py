"""data_shared claims for data named in one sentence and passed on in the next by "diese Daten".

"Gemeint sind die Kontoinformationen: vor allem die Mobilnummer, dazu das Datum der
Registrierung. Diese Kontoinformationen reicht WhatsApp an Facebook weiter.": the second
sentence says what happens, the first which data; one statement over two sentences.

The referring sentence opens with a demonstrative noun phrase for data ("Diese Daten",
"Die genannten Informationen", "Solche Angaben", "All diese Kontoinformationen"); its
transfer, protection or negation (read as the layout rules read an introduction) is the
polarity of the data the sentence before names. That sentence must say nothing of its own
about a transfer or protection (then the sentence rules decided it), and data it names that
the sentence rules already claimed stay as they are.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from models.claims import claims_of
from models.data_shared_phrases import PHRASES, introduces_list
from models.layer.structure import Block
from models.negation import has_negation, is_question

if TYPE_CHECKING:  # pragma: no cover
    from models.data_shared import DataSharedComponent, DocState

# A sentence opening with a noun phrase that points back to data: "Diese Kontoinformationen", "Die genannten Daten"
# (the phrasings of this module: models/patterns/data_shared_phrasings.json, with comments and examples).
ANAPHOR = PHRASES["anaphor"]
_STAYS_WITH_SENDER = PHRASES["stays_with_sender"]
_ENCRYPTED_IDENTIFIER = PHRASES["encrypted_identifier"]
_IDENTIFIER_WORDS = ("nummer", "kontakt", "adressb", "telefonb")  # "Diese Nummern", "Diese Kontaktlisten"
MAX_ANAPHOR_REACH = 3  # sentences of one paragraph that "diese Daten" may sum up


def anaphor_sentences(text: str, sents: list[tuple[int, int]]) -> list[int]:
    """The sentences after the first (indices into `sents`, spans of the lowered `text`) that open with ANAPHOR.

    A sentence ending in a colon points forward, not back: "Diese Daten bleiben bei WhatsApp:" introduces the
    list after it (the layout rules read it), not the last item of the list before it."""
    return [
        si for si in range(1, len(sents))
        if ANAPHOR.match(text, *sents[si]) and not introduces_list(text[sents[si][0] : sents[si][1]])
    ]


def anaphora_claims(component: "DataSharedComponent", doc: Doc, state: "DocState", title_names_facebook: bool) -> None:
    """Claim the data of a sentence that the next sentence passes on (or keeps back) by "diese Daten"."""
    from models.data_shared_layout import context_polarity, doubts, emit_block  # the layout rules read introductions alike

    taken = [(c.start, c.end) for c in claims_of(doc) if c.type == "data_shared"]
    anaphors = state.anaphors if state.anaphors is not None else anaphor_sentences(state.text, state.sents)
    for si in anaphors:
        lo, hi = state.sents[si]
        if not state.may_hold_terms(si - 1):
            continue  # (the claims are the data of the sentence before: none without a data term)
        text = state.text[lo:hi]
        if is_question(text) or component.v.exists["purpose"](text) or doubts(component, state.text, lo, hi):
            # "Und diese Daten gehen an Facebook?" asks; "... werden diese Informationen nicht verwendet, um Werbung
            # zu personalisieren" limits a use; "Ob diese Nummern auch an Facebook gehen, sagt das Unternehmen nicht"
            # leaves it open: none says whether the data is passed on
            continue
        polarity = context_polarity(component, state, [Block(-1, lo, hi, "paragraph", None)], title_names_facebook)
        if polarity is None and state.facebook_before(si) and _STAYS_WITH_SENDER.search(text) is not None:
            # "Laut Unternehmen bleiben diese Daten bei WhatsApp." deep in an FAQ about the exchange: data kept
            # back needs Facebook only named before, as in the sentence rules
            polarity = False
        if polarity is None:
            continue
        if polarity is False and _encrypted_identifiers(text, ANAPHOR.match(state.text, lo, hi)):
            continue  # "Diese Nummern werden verschlüsselt verarbeitet": how WhatsApp matches them, no item
        for j in _antecedents(component, state, si, taken):
            plo, phi = state.sents[j]
            emit_block(component, doc, state, Block(-1, plo, phi, "paragraph", None), polarity, only_without_cue=True)


def _encrypted_identifiers(text: str, anaphor) -> bool:
    """The anaphor names numbers or contacts ("Diese Nummern") and the sentence only says they are encrypted or
    hashed, negating nothing: how WhatsApp matches them, not that Facebook is kept from them (session 32, ds56)."""
    if anaphor is None or not any(word in anaphor.group() for word in _IDENTIFIER_WORDS):
        return False
    return _ENCRYPTED_IDENTIFIER.search(text) is not None and not has_negation(text)


def _antecedents(component: "DataSharedComponent", state: "DocState", si: int, taken: list[tuple[int, int]]) -> list[int]:
    """The sentences whose data "diese Daten" in sentence `si` sums up: the sentence before it, and the sentences
    before that one in its paragraph that also name data and say nothing of it themselves (a description over
    several sentences: "WhatsApp kennt Ihre Nummer und Ihr Adressbuch. Es weiß, mit wem Sie schreiben. Das sind
    Metadaten." + "Diese Daten gehen nicht an Facebook."). The run ends at a sentence without a data term, one the
    sentence rules read, a question, one with a transfer or protection of its own, or the paragraph's start."""
    found: list[int] = []
    j = si - 1
    while j >= 0 and len(found) < MAX_ANAPHOR_REACH:
        lo, hi = state.sents[j]
        text = state.text[lo:hi]
        if (
            not state.may_hold_terms(j) or any(lo <= s < hi for s, _ in taken) or is_question(text)
            or (found and (component.v.exists["transfer_strong"](text) or component.v.exists["protection"](text)))
        ):
            break
        found.append(j)
        if j == 0 or "\n" in state.text[state.sents[j - 1][1] : lo]:
            break  # the paragraph (a speaker's turn) starts here
        j -= 1
    return found


# "Stimmt das?", "Ist das wahr?", "Trifft das zu?", "Ist da was dran?": the sentence before is put in doubt.
QUESTIONED = PHRASES["questioned"]
_CONFIRMED = PHRASES["confirmed"]


def drop_questioned(doc: Doc, state: "DocState") -> None:
    """Remove the data_shared claims of a statement the next sentence questions.

    "Meine Tochter sagt, WhatsApp schickt mein Adressbuch an Facebook. Stimmt das?": a rumour
    put as a question, not a statement of the article; unless the answer confirms it ("Ja, ...").
    """
    claims = claims_of(doc)
    if not any(c.type == "data_shared" for c in claims):
        return
    for si in range(1, len(state.sents)):
        lo, hi = state.sents[si]
        if not QUESTIONED.match(state.text, lo, hi):
            continue
        if si + 1 < len(state.sents) and _CONFIRMED.match(state.text, *state.sents[si + 1]):
            continue
        plo, phi = state.sents[si - 1]
        claims[:] = [c for c in claims if not (c.type == "data_shared" and plo <= c.start < phi)]
