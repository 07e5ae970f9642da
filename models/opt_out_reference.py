"""`dealwatch_opt_out_reference`: an opt-out impossibility that refers back takes its antecedent's scope (issue 7).

"Wohl aber wird Ihre Handynummer an Facebook übermittelt. Verhindern können Sie das nicht." The
second sentence names nothing; the opt-out rules read it as `all_sharing`, but what cannot be
prevented is what the sentence before passes on: the phone number. This step runs once after the
opt-out rules (and before the learned stage) and rescopes a `not_possible` / `all_sharing` claim
when

- its own span names no data, no use and no phone number (the scope vocabulary of
  ``patterns/opt_out.json``, read through `models.opt_out.Cues`), and says nothing of the transfer
  as a whole ("die Weitergabe selbst", "an sich", "als solche", "komplett": that IS `all_sharing`,
  CONTRACT.md);
- it refers back: a demonstrative pronoun object or pronominal adverb ("das", "dies", "dem",
  "dagegen", "davon", "daran") refers to the sentence right before it; a definite transfer noun
  ("die Übermittlung", "dieser Datenaustausch") to the nearest earlier sentence stating a transfer,
  up to `MAX_BACK` sentences back, not above the heading (or question) that opens its passage;
- that antecedent passes on the phone number and nothing else, as the data_shared claims of the
  sentence say (shared, type `phone_number` only): `phone_number`. A list of data ("die Nummer,
  Geräte-IDs und Nutzungszeiten") leaves `all_sharing`: the objection concerns the transfer as a
  whole. For a pronoun, an antecedent that passes nothing on and holds no opt-out claim of its own
  but names one use of the data ("Facebook will die Daten für Werbung nutzen. Dagegen kann man nichts
  tun.") gives that use (`ads` first, as for any not_possible claim naming both).

A pronoun in a sentence that only comments on the one before ("Das ist ärgerlich.") passes the
reference on to that one; a sentence about something else (a feature, a price) ends the search, so
"dagegen" after it keeps the rules' scope.

Measured (docs/extraction-quality.md, "Opt-out scope by reference"): no change on dev and own to own8 (the design
sets: today's opt-out rules already resolve the phrasings they hold); blind-rules folds pooled
stance + scope F1 0.702 -> 0.713.

Why it is not a step of the opt-out resolver (`OptOutComponent._resolve_scopes`): it reads the component's final
claims (after its filters, dedup and `_demand_denied`); run on the statements found there it changed two studied
texts (own15-051, own16-054; the resolver's docstring says how).

`rescoped(text, blocks, sentences, claims)` is the decision on plain claim records, so the same step can
be measured on top of older rules' claims (`python -m models.learned.scope_confusion --reference`).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from models.claims import Claim, claims_of
from models.component import DocComponent
from models.context import Sentences, doc_text
from models.layer.leads import body_start, opens_turn
from models.layer.structure import Block, blocks_of
from models.negation import has_negation, is_question
# The opt-out component's cues and phrasings file, each read once (the reference_* phrasings are this module's).
from models.opt_out import PHRASES, default_cues, told_before_question
from models.opt_out_restated import restated

MAX_BACK = 3  # sentences a definite transfer noun may reach back for its antecedent


def _cues() -> Any:
    """The opt-out cue file's compiled cues (its scope and data vocabulary): the opt-out component's own."""
    return default_cues()


def names_object(span: str) -> bool:
    """`span` names data, a use or the phone number itself (the opt-out cue file's vocabulary)."""
    c, lowered = _cues(), span.lower()
    return c.has("data", lowered) or any(c.has(f"scope_{s}", lowered) for s in ("ads", "friend_suggestions", "phone_number"))


def costless_refusal(claim: Mapping[str, Any]) -> bool:
    """`claim` refuses the terms and says it costs nothing ("Wer nicht zustimmte, durfte die App weiter
    uneingeschränkt nutzen"): a statement about the terms, not a restated option (`models.opt_out_restated`)."""
    c, lowered = _cues(), claim["text"].lower()
    return claim["stance"] == "possible" and c.has("refuse_terms", lowered) and c.has("no_loss", lowered)


def number_borrowed(claim: Mapping[str, Any]) -> bool:
    """`claim`'s own words do not name the phone number its scope says ("so widersprechen Sie" after "WhatsApp teilt
    Telefonnummer mit Facebook -"): the scope came from beside it (`models.opt_out_restated`)."""
    return not _cues().has("scope_phone_number", claim["text"].lower())


def reference_kind(span: str) -> str | None:
    """How `span` refers back: "pronoun" (to the sentence before), "noun" (to the last transfer named), or None."""
    if names_object(span) or PHRASES["reference_whole"].search(span):
        return None
    if PHRASES["reference_transfer_noun"].search(span):
        return "noun"
    correlative = PHRASES["reference_correlative"].search(span)
    if correlative is not None:
        # "Wer ... entgehen will, dem bleibt nur ...": the pronoun resumes the wer-clause's person (session 48, ds48)
        span = span[: correlative.start(1)] + " " * len(correlative.group(1)) + span[correlative.end(1):]
    if PHRASES["reference_pronoun"].search(span) or PHRASES["reference_adverb"].search(span):
        return "pronoun"
    if PHRASES["fronted_pronoun_object"].search(span.lower()):
        return "pronoun"  # "Verhindern ließ sie sich nicht": the personal pronoun after the fronted verb (session 58, opt58)
    return None


def _shared_types(claims: Sequence[dict[str, Any]], start: int, end: int) -> set[str]:
    """The data types the data_shared claims inside [start, end) say are passed on."""
    return {c["data_type"] for c in claims if c["type"] == "data_shared" and c["shared"] and start <= c["start"] < end}


def _reachable(blocks: Sequence[Block], sentences: Sentences, si: int, text: str) -> range:
    """The sentence indices an antecedent may sit in, nearest first: up to MAX_BACK before `si`, not above
    the heading (or question, or "...:" line) that introduces the claim's block, nor across a paragraph break: a
    bare noun takes its scope by reference only right after the transfer it refers to (the lead's decision D3);
    a new paragraph (a live blog's next entry) names its own object."""
    first = max(0, si - MAX_BACK)
    start = sentences.starts[si]
    here = next((b for b in blocks if b.start <= start < b.end), None)
    if here is not None and here.intro is not None:
        first = max(first, sentences.index_at(blocks[here.intro].end))
    for sj in range(si - 1, first - 1, -1):
        between = text[sentences.starts[sj]:sentences.starts[sj + 1]]
        tail = between[len(between.rstrip()):]  # the sentence spans hold their trailing whitespace
        # a speaker's next turn on the next line is no paragraph break (session 30, opt51, own51-029)
        if "\n" in tail and not (tail.count("\n") == 1 and opens_turn(text, sentences.starts[sj + 1])):
            first = sj + 1
            break
    return range(si - 1, first - 1, -1)


def _chain(text: str, sentences: Sentences, si: int) -> list[int]:
    """The sentences a pronoun in sentence `si` may stand for: the one before, and the one before that when
    the one between only comments on it by a pronoun of its own ("... wird übermittelt. Das ist ärgerlich.
    Dagegen kann man nichts tun.") or restates it by one (`_restates`: "Die geht trotzdem rüber.")."""
    out = [si - 1] if si > 0 else []
    if si > 1 and (reference_kind(before := text[slice(*sentences.span(si - 1))]) == "pronoun" or _restates(before)):
        out.append(si - 2)
    return out


def _restates(sentence: str) -> bool:
    """Does `sentence` restate the one before it by a demonstrative pronoun opening it and name nothing itself ("Die
    Nummer geht an Facebook. Die geht trotzdem rüber. Das kannst du nicht verhindern", own11-007; phrasing
    `reference_restating_pronoun`)? Then a pronoun after it reaches through it (issue 7, session 28, scope28). Not a
    negated or asked sentence ("Die geht nicht rüber"), nor one naming data, a use or the number."""
    return (
        PHRASES["reference_restating_pronoun"].match(sentence) is not None
        and not names_object(sentence) and not has_negation(sentence) and not is_question(sentence)
    )


def rescoped(text: str, blocks: Sequence[Block], sentences: Sentences, claims: Sequence[dict[str, Any]]) -> dict[int, str]:
    """Index into `claims` (records with type, text, start and their fields) -> the new scope, for the
    not_possible / all_sharing claims whose reference resolves to a sentence passing on the phone number
    alone (see the module docstring). `blocks`: the document's layout (`models.layer.structure`)."""
    out: dict[int, str] = {}
    for i, claim in enumerate(claims):
        if claim["type"] != "opt_out" or claim["stance"] != "not_possible" or claim["scope"] != "all_sharing":
            continue
        kind = reference_kind(claim["text"])
        if kind is None:
            scope = _answer_told(text, sentences, claims, i) or _asked_use(text, sentences, claims, i)
            if scope is not None:
                out[i] = scope
            continue
        si = sentences.index_at(claim["start"])
        # The clauses before the claim in its own sentence come first ("Die Nummer geht an Facebook, dagegen
        # kann man nichts tun"); then the sentence before (a pronoun) or the sentences reachable (a noun).
        earlier = [(sentences.starts[si], claim["start"])]
        earlier += [sentences.span(b) for b in (_reachable(blocks, sentences, si, text) if kind == "noun" else _chain(text, sentences, si))]
        for start, end in earlier:
            scope = _antecedent_scope(text, claims, start, end, kind)
            if scope == "phone_number" and _added_to(text, sentences, end, claim["start"]):
                scope = "all_sharing"  # "... eure Handynummer an Facebook. 2/ Dazu: wann ihr zuletzt online wart"
            if scope is not None:
                if scope != "all_sharing":
                    out[i] = scope
                break
        else:
            # the ellipsis "nicht der Weitergabe", or the noun set against the use by "selbst"/"als solche" (D22;
            # session 52, opt52: own95-021, own96-020)
            if kind == "noun" and (PHRASES["reference_contrast_ellipsis"].match(claim["text"])
                                   or PHRASES["reference_transfer_itself"].search(claim["text"])) and \
                    (scope := _transfer_set_against_use(text, sentences, claims, i, si)) is not None:
                out[i] = scope
    return out


def _transfer_set_against_use(
    text: str, sentences: Sentences, claims: Sequence[dict[str, Any]], i: int, si: int
) -> str | None:
    """A transfer noun denied by an ellipsis (phrasing `reference_contrast_ellipsis`: "nicht der Weitergabe") against a
    use the text offers an objection to, in the same sentence before it or
    in the sentence right before ("Einspruch gibt es nur gegen die Reklame, nicht gegen die Weitergabe!"; a heckle
    "Aber nicht der Weitergabe!" right after an ads option):
    CONTRACT's pair "one can object for ads, but the data is passed on anyway", whose transfer is the one the
    dialogue is about, not one told right before it (a protocol's heckles and replies stand in paragraphs of their
    own, across turns, so `_reachable` finds none). The last transfer stated before it in the document gives the
    scope: `phone_number` where it passes on the number alone (D3, D22), else None (the rules' `all_sharing`).
    Not without that use option beside it: a bare "der Weitergabe" far after a number-only transfer keeps
    `all_sharing` (own26-029, D3's "right after"); nor a clause with a verb of its own ("Die Weitergabe selbst
    bleibt", "Gegen die Weitergabe an sich ist kein Kraut gewachsen" after another outlet's quote): those keep
    `_reachable`'s limits (own8-014, own13-037, own19-017, own21-033 are all_sharing); nor does the search cross a
    question (an interview's next passage: own11-017's "nur die Werbung abwählen, nicht die Datenübertragung"). Issue 7, session 48, opt48
    (own87-028, -036; own73-028)."""
    claim = claims[i]
    lo = sentences.starts[si - 1] if si > 0 else sentences.starts[si]
    # the use option as a claim, or named in the ellipsis's own sentence before it ("Nur gegen die Werbenutzung,
    # Herr Kollege, nicht gegen die Weitergabe": the answer's remnant names the use without a verb of its own)
    before = text[sentences.starts[si]:claim["start"]].lower()
    named = any(_cues().has(f"scope_{s}", before) for s in ("ads", "friend_suggestions"))
    # the option may follow in the denial's own sentence ("Der Weitergabe als solcher können Sie nicht widersprechen, nur
    # der Nutzung für Werbung"; session 52, opt52)
    hi = sentences.span(si)[1]
    if not named and not any(
        c["type"] == "opt_out" and c["stance"] == "possible" and c["scope"] in ("ads", "friend_suggestions")
        and lo <= c["start"] < hi and c["start"] != claim["start"] for c in claims
    ):
        return None
    quoted = _quotation_open(text, claim["start"])
    for sj in range(si - 1, -1, -1):
        start, end = sentences.span(sj)
        if is_question(text[start:end]):
            return None  # an interview's or FAQ's question opens a passage of its own (own11-017: all_sharing)
        if quoted is not None and start < quoted:
            return None  # a quotation's noun refers inside the quotation (a press review's next paper, own21-033)
        if _shared_types(claims, start, end):
            scope = _antecedent_scope(text, claims, start, end, "noun")
            if scope == "phone_number" and _added_to(text, sentences, end, claim["start"]):
                return None
            return scope if scope == "phone_number" else None
    return None


_OPENING_QUOTES, _CLOSING_QUOTES = "„»", "“«"


def _quotation_open(text: str, at: int) -> int | None:
    """Where the quotation `at` stands in opens ("„" or "»" with no closing mark between it and `at`), or None."""
    opened = max(text.rfind(q, 0, at) for q in _OPENING_QUOTES)
    if opened < 0 or any(text.find(q, opened + 1, at) >= 0 for q in _CLOSING_QUOTES):
        return None
    return opened


def _added_to(text: str, sentences: Sentences, end: int, stop: int) -> bool:
    """A sentence between the antecedent ending at `end` and the claim at `stop` adds to its transfer ("Dazu: ...",
    "Außerdem ...", phrasing `additive_opening`): the transfer passes on more than the number (D3)."""
    first, last = sentences.index_at(end), sentences.index_at(stop)
    for sk in range(first, last):
        lo, hi = sentences.span(sk)
        if lo >= end and PHRASES["additive_opening"].match(text.lower(), lo, hi):
            return True
    return False


def _answer_told(text: str, sentences: Sentences, claims: Sequence[dict[str, Any]], i: int) -> str | None:
    """A bare "Nein." to a question naming no data, use or transfer ("Kann ich widersprechen? Nein. Eine Möglichkeit, nur Teile
    der Bedingungen abzulehnen, gibt es nicht.") says what the sentence after it says: the scope of that
    sentence's not_possible claim when it names one other than all_sharing, else None. Another no ("Nö.") or a bare
    objectless denial of objecting ("Widersprechen kann man nicht.") to such a question does so only for a use
    (`ads`, `friend_suggestions`): the earlier option the sentence after denies."""
    claim = claims[i]
    si = sentences.index_at(claim["start"])
    own, c = claim["text"].lower(), _cues()
    own = own[body_start(own, 0, len(own)):]  # the answer after its layout lead ("Sommer: Nicht mehr.", session 29)
    plain = PHRASES["answer"].fullmatch(own) is not None
    # Another no to the same question ("Nö.", "Widersprechen kann man nicht."): the sentence after it may deny the
    # earlier option by its use ("Anders als 2016 gibt es diesmal kein Häkchen, mit dem man die Werbenutzung
    # ausschließen konnte"): a bare denial with the earlier option named right after it takes that option's use (the
    # lead's answer of session 18; session 24, opt24, own39-044 and own40-033).
    bare = not plain and (c.has("answer_no", own) or (c.has("objection", own) and not names_object(own)))
    if not (plain or bare) or si == 0 or si + 1 >= len(sentences.starts):
        return None
    question = text[slice(*sentences.span(si - 1))]
    if not is_question(question) or names_object(question) or c.has("transfer_object", question.lower()):
        return None
    if _takes_up_transfer(text, sentences, si - 1):
        return None  # its pronoun names the transfer told before the question: D23's object, not the option after
    start, end = sentences.span(si + 1)
    told = {c["scope"] for c in claims if c["type"] == "opt_out" and c["stance"] == "not_possible" and start <= c["start"] < end}
    if bare and "all_sharing" in told:
        # the sentence after denies objecting now beside the earlier option told in it (the lead's D63 (c): "Anders als
        # 2016 gibt es diesmal kein Häkchen, mit dem man ... konnte" is all_sharing, the told option possible/ads): the
        # bare denial before it takes the told option's use, as before D63 (own40-033; session 44, opt44)
        # (only an option told inside the denial's own claim, after its start: the denied noun's relative clause; an
        # als- or da-clause before the denial is compared with, own39-044's "Nö." stays all_sharing)
        denials = [c for c in claims if c["type"] == "opt_out" and c["stance"] == "not_possible"
                   and c["scope"] == "all_sharing" and start <= c["start"] < end]
        told = (told - {"all_sharing"}) | {
            c["scope"] for c in claims if c["type"] == "opt_out" and c["stance"] == "possible"
            and c["scope"] in ("ads", "friend_suggestions")
            and any(d["start"] < c["start"] and c["start"] + len(c["text"]) <= d["start"] + len(d["text"]) for d in denials)
        }
    if bare and not told <= {"ads", "friend_suggestions"}:
        return None
    return next(iter(told)) if len(told) == 1 and "all_sharing" not in told else None


def _takes_up_transfer(text: str, sentences: Sentences, sq: int) -> bool:
    """Does question `sq` name its object by a pronoun ("Kann ich das abstellen?", "Lässt sich dagegen etwas tun?")
    that takes up a transfer told in the sentence right before it ("Was Facebook bekommt, ist Ihre Nummer, dazu ...")?
    Then a "Nein" to it denies objecting to that transfer (D23, with D30's pronoun; issue 7, session 35, scope35)."""
    if sq == 0:
        return False
    question = text[slice(*sentences.span(sq))].lower()
    # (an answer with the question it answers, `told_before_question`: session 57, opt57)
    before = told_before_question(text, [sentences.span(k) for k in range(sq + 1)], sq).lower()
    c = _cues()
    pronoun = PHRASES["pronoun_object"].search(question) is not None or c.has("anaphor", question)
    return pronoun and c.has("transfer", before) and not is_question(before) and not has_negation(before)


MAX_ASKED_BACK = 4  # sentences before a follow-up question in which the question it follows may stand


def _asked_use(text: str, sentences: Sentences, claims: Sequence[dict[str, Any]], i: int) -> str | None:
    """A denial answering a follow-up question whose object is a pronoun ("Kann ich das abschalten?") denies what the
    question before it asked about: in an FAQ or an interview the "das" takes up the topic of the last question
    ("Nutzt Facebook meine WhatsApp-Daten für Werbung? In Europa nicht. Kann ich das selbst ausschalten? Nein, eine
    entsprechende Einstellung gibt es nicht."). That use (`ads`, `friend_suggestions`; `_use_asked`) when the last
    question and its answer name one use and pass no data on (a transfer keeps the rules' `all_sharing`; told in the
    answer, "Geteilt werden sie trotzdem", the follow-up's pronoun may take that up), else None (issue 7, session 31,
    optprec31)."""
    si = sentences.index_at(claims[i]["start"])
    if si < 2 or _cues().has("transfer_object", claims[i]["text"].lower()):
        return None  # "Eine Einstellung, die das Teilen verhindert, gibt es nicht": the denial names the transfer
    follow_up = text[slice(*sentences.span(si - 1))]
    if not is_question(follow_up) or names_object(follow_up) or _cues().has("transfer_object", follow_up.lower()):
        return None
    if not (PHRASES["reference_pronoun"].search(follow_up) or PHRASES["reference_adverb"].search(follow_up)):
        return None
    for sq in range(si - 2, max(-1, si - 2 - MAX_ASKED_BACK), -1):
        asked = text[slice(*sentences.span(sq))]
        if is_question(asked):
            lo, hi = sentences.starts[sq], sentences.starts[si - 1]
            if _shared_types(claims, lo, hi) or any(c["type"] == "opt_out" and lo <= c["start"] < hi for c in claims):
                return None
            answer = text[sentences.starts[sq + 1]:hi].lower()
            return None if _cues().has("transfer", answer) else _use_asked(text[lo:hi].lower())
    return None


def _use_asked(span: str) -> str | None:
    """The one use (`ads` or `friend_suggestions`) a question and its answer name, where they also name data or
    Facebook (what Facebook does with the data) and no transfer noun; else None."""
    c = _cues()
    if c.has("transfer_object", span) or not (c.has("data", span) or c.has("facebook", span)):
        return None
    uses = [s for s in ("ads", "friend_suggestions") if c.has(f"scope_{s}", span)]
    return uses[0] if len(uses) == 1 else None


def _antecedent_scope(text: str, claims: Sequence[dict[str, Any]], start: int, end: int, kind: str) -> str | None:
    """The scope `text[start:end]` gives a reference to it: the phone number when it passes on that alone,
    `all_sharing` when it passes on more; for a pronoun also the one use a statement without a transfer and
    without an opt-out claim of its own names ("Facebook nutzt die Nummern für Werbung. Dagegen ..."; ads
    first, as for any not_possible claim naming both); None when it is no antecedent."""
    types = _shared_types(claims, start, end)
    if types:
        # "teilt Daten mit ihm, etwa die Telefonnummer": data in general, the number an example (D3: all_sharing)
        example = PHRASES["reference_data_example"].search(text[start:end].lower()) if types == {"phone_number"} else None
        return "phone_number" if types == {"phone_number"} and example is None else "all_sharing"
    if kind != "pronoun" or any(c["type"] == "opt_out" and start <= c["start"] < end for c in claims):
        return None
    c, span = _cues(), text[start:end].lower()
    if has_negation(span) or not (c.has("data", span) or c.has("facebook", span)):
        return None
    return next((s for s in ("ads", "friend_suggestions") if c.has(f"scope_{s}", span)), None)


class OptOutReference(DocComponent):
    """Rescopes the opt-out claims that refer back to a transfer of the phone number alone, and drops a
    restated option (`models.opt_out_restated`: possible/unspecified beside a scoped possibility): the
    document-level steps after the opt-out rules."""

    def __call__(self, doc: Doc) -> Doc:
        claims = claims_of(doc)
        if not any(c.type == "opt_out" for c in claims):
            return doc
        records = [{"type": c.type, "text": c.text, "start": c.start, **c.fields} for c in claims]
        changes = rescoped(doc_text(doc), doc._.blocks or blocks_of(doc_text(doc)), Sentences.of(doc), records)
        # never a rescoped claim: those are not_possible
        dropped = restated(records, keep=costless_refusal, borrowed=number_borrowed)
        if dropped:
            kept = [i for i in range(len(claims)) if i not in dropped]
            at = {old: new for new, old in enumerate(kept)}
            claims, changes = [claims[i] for i in kept], {at[i]: scope for i, scope in changes.items()}
        if changes or dropped:
            doc._.claims = _applied(claims, changes)
        return doc


def _applied(claims: list[Claim], changes: dict[int, str]) -> list[Claim]:
    """`claims` with the new scopes; a rescoped claim that repeats one of its sentence is dropped."""
    seen = {(c.sentence, c.fields.get("stance"), c.fields.get("scope")) for i, c in enumerate(claims) if c.type == "opt_out" and i not in changes}
    out = []
    for i, claim in enumerate(claims):
        if i in changes:
            key = (claim.sentence, claim.fields["stance"], changes[i])
            if key in seen:
                continue
            seen.add(key)
            claim = replace(claim, fields={**claim.fields, "scope": changes[i]})
        out.append(claim)
    return out


@Language.factory("dealwatch_opt_out_reference")
def make_component(nlp: Language, name: str) -> OptOutReference:
    """spaCy factory: the opt-out reference step."""
    return OptOutReference()
