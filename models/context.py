"""Cues shared by the claim components: is a passage about Facebook buying WhatsApp?

The cue words are regular expressions in `patterns/deal.json`; this module
compiles them once and offers small predicates over a piece of text, plus
the sentence and clause geometry the components reason with.
"""
from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from models.last_call import last_call_by_identity
from models.layer.spelling import swiss_file
from models.months import MONTH_WORDS, SEASON_WORDS
from models.pattern_marks import expand_file
from models.regex_tools import ExistenceTest, grouped


@lru_cache(maxsize=None)
def cue(name: str) -> re.Pattern[str]:
    """The compiled alternation of cue list `name` from deal.json.

    Lists whose name ends in `_cs` are matched against the text as it is (case matters:
    "Wert" the noun, "wert" the adjective); all others are written in lower case and
    matched against the lower-cased text (`has`, `finditer`, `match`), which is much
    faster in Python's regex engine than IGNORECASE.
    """
    entry = _deal_entry(name)
    if isinstance(entry, str):
        return re.compile(entry)
    return re.compile(rf"(?<![\wäöüß]){cue_words(name)}(?![\wäöüß])")


def cue_words(name: str, *, bare: bool = False) -> str:
    """The alternation of cue list `name` from deal.json without word edges, `(?:(?:a)|(?:b))`: for a pattern
    that puts the list inside a phrase (price.py: "der zunächst genannten" before an amount, "für die
    Mitarbeiter" after it) and compiles it with its own flags. `bare`: the words joined as written, "a|b|c", for a
    pattern that puts them inside a group of its own where the compiled pattern's literals matter (year.py's phrase
    shapes; models/caseless.py reads the literals for its fast tests)."""
    if bare:
        return "|".join(cue_list(name))
    return grouped(cue_list(name))


def weekday_words() -> str:
    """The names of the days of the week (deal.json "weekdays"), joined bare: the placeholder "@weekday@" of the
    pattern files (models/pattern_marks.py; issue 7, session 59, opt59: 'ist am Sonntag abgelaufen')."""
    return cue_words("weekdays", bare=True)


def cue_list(name: str) -> list[str]:
    """Cue list `name` of deal.json as written (a copy): for a pattern that joins the words bare, "a|b|c", where the
    compiled pattern's literals matter (models/caseless.py reads them for its fast tests)."""
    entry = _deal_entry(name)
    if isinstance(entry, str):
        raise ValueError(f"deal.json {name!r} is one pattern, not a list of words")
    return list(entry)


def _deal_entry(name: str) -> str | list[str]:
    """Entry `name` of deal.json: a list of cue words, or one pattern."""
    return _deal_json()[name]


@lru_cache(maxsize=1)
def _deal_json() -> dict[str, str | list[str]]:
    """deal.json, read once (price.py asks it for some fifteen entries when it loads; callers never change them)."""
    table = _with_shared_words(json.loads(resources.files("models.patterns").joinpath("deal.json").read_text(encoding="utf-8")))
    for name, short in _shared_names().items():
        table[name] = [*table[name], *short]
    # Every entry is a pattern or a list of patterns: a "ß" reads the Swiss "ss" too (the file's "_spelling").
    return swiss_file(table)


# Word lists of deal.json that its patterns name as "@list@" (one vocabulary, spelled once): "@share_words@",
# "@paper_words@", "@coordinating_particles@", "@borrowed_deal_nouns@"; the shared vocabularies' placeholders ("@number_word@", "@month@") beside them.
_WORDS_NAMED_IN_PATTERNS = ("share_words", "paper_words", "coordinating_particles", "borrowed_deal_nouns")


def _with_shared_words(table: dict[str, str | list[str]]) -> dict[str, str | list[str]]:
    """deal.json with every "@list@" of `_WORDS_NAMED_IN_PATTERNS` in its patterns replaced by that list's
    alternation, "(?:aktien|anteile|...)" (issue 7, session 36, price36), and every placeholder of a shared vocabulary
    by its reader's pattern (models/pattern_marks.py; session 37, review37)."""
    return expand_file(table, {name: "|".join(table[name]) for name in _WORDS_NAMED_IN_PATTERNS})


_SHARED_LISTS = {"BUYER": "buyer", "TARGET": "target"}


def _shared_names() -> dict[str, list[str]]:
    """The parties' short names and nicknames ("fb", "zuck", "wa") of deal_context.jsonl's `shared` rows, by the
    deal.json list they join: one vocabulary for the deal context (models/layer/deal_context.py) and every cue list
    test `has("buyer", ...)` / `has("target", ...)` of the claim components."""
    shared: dict[str, list[str]] = {}
    text = resources.files("models.patterns").joinpath("deal_context.jsonl").read_text(encoding="utf-8")
    for line in text.splitlines():
        row = json.loads(line) if line.strip() else {}
        if row.get("shared") and row.get("label") in _SHARED_LISTS:
            shared.setdefault(_SHARED_LISTS[row["label"]], []).append(row["regex"])
    return shared


def _folded(name: str, text: str) -> str:
    """`text` as cue list `name` reads it: as is for *_cs lists, else lower-cased with offsets kept (the components
    ask several cue lists of one clause or sentence in a row - price_verdict up to a dozen - so the lowered form of
    the last text is kept: `_lowered_last`)."""
    if name.endswith("_cs"):
        return text
    return _lowered_last(text)


def lower_keeping_offsets(text: str) -> str:
    """`text.lower()`, except characters whose lower case is longer (e.g. "İ") stay as they are,
    so that offsets into the result are offsets into `text`."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered


# The lowered form of the last text `_folded` was asked for.
_lowered_last = last_call_by_identity(lower_keeping_offsets)


# The relative pronouns in every case and number ("der", "denen", "dessen", "welches"), one alternation for every
# reader of a relative clause (moment.py's closed relative clause reads it too; review41 item 11: it was spelled
# three times, "denen" in one and not another; issue 7, session 42, merge42).
RELATIVE_PRONOUN = r"(?:der|die|das|den|dem|denen|deren|dessen|welche[mnrs]?)"
# A clause opened by a relative pronoun ("..., der bei der Ankündigung ...").
RELATIVE_START = re.compile(r"(?i)^\s*" + RELATIVE_PRONOUN + r"\b")


@lru_cache(maxsize=None)
def _exists(name: str) -> ExistenceTest:
    """The existence test of cue list `name` (the same answer as a search, asked branch by branch)."""
    return ExistenceTest(cue(name).pattern)


# The deal.json lists whose existence test (`_exists`) the components ask by name (`has("...", ...)`, `context.has`):
# built when the pipeline is made (`prepare`, called by the price component's factory), not on its first documents.
# tests/test_models_speed_paths.py checks the list against every `has("...")` of the models package.
ASKED_BY_NAME = (
    "acquisition", "acquisition_cs", "base_of_price", "breakup", "buyer", "buyer_present_name_cs", "cash_words", "closing_nouns",
    "conversion_cue",
    "counted_deals", "counterfactual_finites", "deal_component", "deal_total", "denials", "denied_anaphors",
    "expected_figure", "first_person_buyer", "headline_figure", "hearsay_label", "hearsay_words", "later_value", "money_named_as",
    "naming_words",
    "deal_nouns", "not_price_nouns", "not_price_nouns_cs", "numeral_talk", "numeral_task", "other_buyers", "price_nouns",
    "other_events", "other_target_epithets", "other_targets", "penalty", "price_context", "price_context_cs",
    "price_hearsay", "price_label", "price_reference", "promise_words", "purchase_epithets", "refuting_predicates", "reported_finites", "retracted", "target", "target_deal", "target_price_told",
    "target_epithets", "todays_rate", "told_as_past", "unreal_auxiliaries", "unreal_conversion_finites", "value_words", "valued_deal",
    "valuing_words", "holding_verbs", "rival_services", "service_users", "service_words",
)


# The deal.json lists `finditer` is asked of by name beyond `ASKED_BY_NAME`: its literal pre-check (`_exists(name).possible`,
# speed45) reads their existence tests too, built with the pipeline like those (tests/test_models_speed_paths.py).
FOUND_BY_NAME = ("compared_standard", "counted_firms_together", "parts_bracket", "plural_deals_years")


def prepare() -> None:
    """Build now what this module otherwise builds on its first use: the existence tests of `ASKED_BY_NAME` (with
    their lists' patterns) and the present-name pattern. Speed only (speed30, issue 10): a process pays for them
    once when its pipeline is made (0.1 CPU s), and `models.extraction_process.ready_pipeline` freezes them with
    it, instead of paying inside its first documents' timing."""
    for name in (*ASKED_BY_NAME, *FOUND_BY_NAME):
        _exists(name)
    _present_name()
    time_reference()


def has(name: str, text: str, folded: str | None = None) -> bool:
    """Does `text` contain a cue of list `name`? `folded`: `lower_keeping_offsets(text)` where the caller holds
    it already (a whole Doc's `lower_text`), so a long text is not lower-cased once more per cue list."""
    if name.endswith("_cs"):
        folded = text
    elif folded is None:
        folded = _lowered_last(text)  # (`_folded` inlined: one frame less per call, about 56,000 calls a pass; speed34)
    return _exists(name)(folded)



def sold_once(text: str, scope: str, folded: str | None = None) -> bool:
    """WhatsApp was bought once, by Facebook: a purchase of it told without a buyer is that one, unless the text names
    another buyer (cue list `other_buyers`) or `scope` (the amount's clause, the year's sentence) another company
    bought (`other_targets`). `folded`: the text lowered, where the caller holds it (`has`). One convention for the
    price's and the year's buyerless readings (`price._the_targets_one_sale`, `year._the_targets_one_sale`)."""
    return not has("other_buyers", text, folded) and not has("other_targets", scope)

def finditer(name: str, text: str) -> Iterator[re.Match[str]]:
    """Every cue of list `name` in `text` (offsets into `text`). Speed (issue 10, session 45, speed45): a text holding
    none of the literals every match of the list needs (`ExistenceTest.possible`, one Aho-Corasick scan in C) has no
    match, so the search of the whole alternation at every position is skipped there: the same matches (none)."""
    folded = _folded(name, text)
    if not _exists(name).possible(folded):
        return iter(())
    return cue(name).finditer(folded)


def match(name: str, text: str) -> re.Match[str] | None:
    """A cue of list `name` at the very start of `text`."""
    return cue(name).match(_folded(name, text))


# A company's present name after an adverb of the present ("Facebook, heute Meta, hatte ...", "Facebook (inzwischen Meta
# Platforms)", "der Konzern, der mittlerweile Meta heißt", "wie Facebook heute heißt"): the adverb dates a name, not a
# value nor the moment of a sum (deal.json present_name_adverbs; the name is one to three capitalised words, then an
# apposition's end or a verb of naming, deal.json naming_words and present_name_verbs; "als" or "unter dem Namen" may
# stand before it, present_name_prefixes). Issue 7, session 23, price37. The name is a shape of capitalised words, no
# word list (so it stays here).
_NAME_WORDS = r"(?-i:[A-ZÄÖÜ][\wäöüß.&-]*)(?:\s+(?-i:[A-ZÄÖÜ][\wäöüß.&-]*)){0,2}"


@lru_cache(maxsize=1)
def _present_name() -> re.Pattern[str]:
    """The adverb of a present name (`without_present_names`), compiled once from deal.json's lists."""
    naming = rf"(?:{cue_words('naming_words')}|{cue_words('present_name_verbs')})(?![\wäöüß])"
    return re.compile(
        rf"(?i)(?<![\wäöüß]){cue_words('present_name_adverbs')}(?=\s+(?:sich\s+)?"
        rf"(?:(?:(?:{cue_words('present_name_prefixes', bare=True)})\s+)?(?P<name>{_NAME_WORDS})\s*(?:[,);–—]|\s-\s|$|\s+{naming})|{naming}))"
    )


def without_present_names(text: str) -> str:
    """`text` with the adverbs of the present that date a company's name blanked, offsets kept ("Facebook, heute Meta,
    zahlte 19 Mrd. Dollar", "..., das sich inzwischen Meta nennt"): they say what a company is called now, not what a
    sum is worth now (price.py `later_value`) nor when it was paid (moment.py's "inzwischen" of the closing)."""
    if not ("heut" in text or "inzwischen" in text or "mittlerweile" in text or "jetzt" in text or "nun" in text
            or "Heut" in text or "Inzwischen" in text or "Mittlerweile" in text or "Jetzt" in text or "Nun" in text):
        return text  # speed: most sentences have none of the adverbs
    return _present_name().sub(lambda match: " " * len(match.group()), text)


def names_the_buyers_present_name(text: str) -> bool:
    """Does `text` give the buyer's present name ("Facebook, heute Meta", "Facebook (inzwischen Meta Platforms)")? Its
    writer speaks from a later time than the deal (another present name, "Koum, heute Milliardär", may be told then)."""
    if without_present_names(text) == text:
        return False  # speed: no present name at all
    # (the buyer's later name, not the one it bought under: "WhatsApp jetzt Facebook – Gruppe weiter nutzen?" tells the
    # purchase as news, the app now Facebook's; issue 7, session 59, moment59)
    return any(match.group("name") and has("buyer", match.group("name")) and has("buyer_present_name_cs", match.group("name"))
               for match in _present_name().finditer(text))


def names_the_buyer_by_its_present_name(text: str) -> bool:
    """Does `text` name the buyer by the name it has had since October 2021, by itself ("Meta", "Meta Platforms", "der
    Meta-Konzern"; deal.json buyer_present_name_cs) or as a present name ("Facebook, heute Meta")? Its writer speaks
    from a later time than the deal (moment.py `_looks_back`)."""
    return names_the_buyers_present_name(text) or has("buyer_present_name_cs", text)


@lru_cache(maxsize=1)
def time_reference() -> re.Pattern[str]:
    """The WhatsApp deal named as a point in time ("nach dem WhatsApp-Deal", "seit der Übernahme von WhatsApp"): it
    dates what its clause tells and is no party of it (price.py, price_parties.py)."""
    return re.compile(
        r"(?i)(?<![\wäöüß])(?:nach|vor|seit)\s+(?:(?:dem|der|den)\s+)?"
        rf"(?:(?:{cue_words('deal_event_nouns', bare=True)})\s+(?:der|des)\s+)?"
        rf"(?:[\w-]*whats\s?app-[\wäöüß-]+|(?:{cue_words('deal_nouns')}|einstieg)\w*\s+(?:von\s+|bei\s+)?whats\s?app)"
        # "nach dem WhatsApp-Deal für 19 Mrd.": the amount is its own
        r"(?![\wäöüß-])(?!\s+(?:für|über|von|im\s+wert|zum\s+preis)\b)"
    )


def without_time_references(text: str) -> str:
    """`text` with its time references to the WhatsApp deal blanked out (offsets kept)."""
    if "hats" not in text and "HATS" not in text:
        return text  # speed: every reference names WhatsApp
    return time_reference().sub(lambda m: " " * len(m.group()), text)


def about_acquisition(text: str) -> bool:
    """Does `text` speak of buying or taking over (kaufen, übernehmen, Übernahme, erwerben, ...)?"""
    return has("acquisition", text) or has("acquisition_cs", text)


def about_paying(text: str) -> bool:
    """Does `text` tie money to the deal: buying words, or paying and announced sums (zahlen, kosten, Kaufpreis, ...)?"""
    return about_acquisition(text) or has("price_context", text) or has("price_context_cs", text)


# Where the founders are named, the text speaks of WhatsApp even when it never names it.
_TARGET_PEOPLE = re.compile(r"(?i)\b(?:jan\s+)?koum\b|\bbrian\s+acton\b")
# What a text calls WhatsApp when it never names it ("der Messenger", "eine App").
_TARGET_WORDS = re.compile(r"(?i)\b(?:messenger\w*|\w*app|kurznachrichtendienst\w*|chatdienst\w*)\b")


# What a sentence calls WhatsApp without naming it ("der Messenger", "die App", "das Start-up").
_TARGET_EPITHETS = re.compile(
    r"(?i)\b(?:messenger\w*|\w*app|kurznachrichtendienst\w*|chatdienst\w*|dienst|start-?up|tochter)\b"
)


def names_target_people(text: str) -> bool:
    """Does `text` name one of WhatsApp's founders (Jan Koum, Brian Acton)?"""
    return _TARGET_PEOPLE.search(text) is not None


def refers_to_target(text: str, folded: str | None = None) -> bool:
    """Does `text` name WhatsApp or call it by a word for it ("der Messenger", "eine App")? (`folded`: see `has`.)"""
    return has("target", text, folded) or _TARGET_EPITHETS.search(text) is not None


def speaks_of_target(text: str, folded: str | None = None) -> bool:
    """Does the document speak of WhatsApp: by name, by its founders, or (naming Facebook and no other
    company bought) as "der Messenger" / "eine App"? Commentaries often never name it. (`folded`: see `has`.)"""
    if has("target", text, folded) or _TARGET_PEOPLE.search(text):
        return True
    return (
        has("buyer", text, folded) and not has("other_targets", text, folded)
        and _TARGET_WORDS.search(text) is not None
    )


def last_named_company(text: str) -> str | None:
    """Which company `text` names last: "target" (WhatsApp), "other" (another company Facebook bought,
    by name or by an epithet such as "die Foto-App"), or None when it names neither."""
    last: tuple[int, str] | None = None
    for name, kind in (("target", "target"), ("other_targets", "other"), ("other_target_epithets", "other")):
        for found in finditer(name, text):
            if last is None or found.start() >= last[0]:
                last = (found.start(), kind)
    return None if last is None else last[1]


# The nouns of the sum paid ("Preis", "Kaufsumme", "Betrag"), and one with its article that the relative clause after it
# defines as what was paid ("Die Summe, die Facebook ... geboten hat"): how a sentence refers back to the amount just
# before it (price._REFERS_BACK; moment._POINTS_BACK reads the noun's own span, hence the lookahead). Lower case: each
# pattern gives its own case flag.
SUM_NOUNS = r"(?:kauf)?(?:preis|summe|betrag)"
SUM_NOUN_DEFINED = r"(?:die|der|den)\s+" + SUM_NOUNS + r"(?=\s*,\s*(?:die|den|der)\s)"


def names_only_another_target(text: str) -> bool:
    """Does `text` name a company Facebook bought other than WhatsApp, and not WhatsApp ("Für Instagram zahlte
    Facebook 2012 eine Milliarde")?"""
    return has("other_targets", text) and not has("target", text)


def names_only_another_buyer(text: str) -> bool:
    """Does `text` name another buyer than Facebook, and not Facebook ("Google zahlte 3,2 Milliarden für Nest")?"""
    return has("other_buyers", text) and not has("buyer", text)


def about_another_purchase(sentence: str, before: str) -> bool:
    """Does `sentence` speak of another company Facebook bought rather than WhatsApp? It does not name
    WhatsApp nor a word for it ("der Messenger"), and it names another company or calls it by its epithet
    ("Für den Brillenhersteller zahlte ..."), or, naming no company, follows text (`before`, the
    sentences just before it) that named another company last ("... im März folgte Oculus.")."""
    if has("target", sentence) or has("target_epithets", sentence):
        return False
    if has("other_target_epithets", sentence) or has("other_targets", sentence):
        return True  # "Bei Instagram lief es anders: Die Übernahme wurde 2012 genehmigt."
    if _TARGET_PEOPLE.search(sentence):
        # naming no company, WhatsApp's founder speaks of WhatsApp, whatever company the text named last ("Keine
        # Werbung war einst sein Versprechen, als er für 19 Milliarden Dollar verkaufte" after "Koum dürfte das nicht
        # gefallen:", own50-052; issue 7, session 29, price29)
        return False
    # "Verbraucher hätten mit Angeboten wie Viber, Line oder iMessage genug Alternativen": rivals listed as
    # examples of what users may choose are no purchase the next sentence goes on with
    # "WhatsApp hatte mehr Nutzer als Twitter.": the standard of a comparison is no company bought either
    # "„... Ich freue mich auf das nächste Abenteuer“, schrieb er damals auf Twitter.": the platform a post stood on is
    # its medium, no company bought (issue 7, session 39, recall39, own69-013)
    return last_named_company(without_platforms_posted_on(without_compared_standards(without_listed_rivals(before)))) == "other"


# "auf"/"via" before a company of the other-company list ("schrieb er auf Twitter", "via Instagram geteilt"): the platform
# something was said or posted on, a place, not a purchase (`without_platforms_posted_on`).
_POSTED_ON = re.compile(rf"(?i)(?<![\wäöüß])(?:auf|via)\s+{cue_words('other_targets')}(?![\wäöüß-])")


def without_platforms_posted_on(text: str) -> str:
    """`text` with each platform named as a medium ("auf Twitter", "via Instagram") blanked: a company named where
    something was written or posted is no company the text goes on about buying (`about_another_purchase`)."""
    return _POSTED_ON.sub(" ", text) if ("auf" in text or "via" in text) else text


def without_compared_standards(text: str) -> str:
    """`text` with the standard of each comparison blanked ("mehr Nutzer als Twitter", "so groß wie Snapchat", up to
    its clause's end; deal.json compared_standard): a company named there is measured against, not bought."""
    if " als " not in text and " wie " not in text:
        return text  # speed: no comparison
    return "".join(_blanked(text, [match.span() for match in finditer("compared_standard", text)]))


def _blanked(text: str, spans: list[tuple[int, int]]) -> Iterator[str]:
    """The pieces of `text` with each of `spans` (in order, not overlapping) replaced by a space."""
    at = 0
    for start, end in spans:
        yield text[at:start] + " "
        at = end
    yield text[at:]


def without_listed_rivals(text: str) -> str:
    """`text` without the rival services it lists as examples after "wie" ("Angeboten wie Viber, Line oder
    iMessage"): companies named as what users may choose instead, not as purchases."""
    return _RIVALS_LISTED.sub(" ", text) if "wie" in text else text


# A list of rival services after "wie" ("Angeboten wie Viber, Line oder iMessage", "Konkurrenten wie Telegram",
# "zu anderen Anbietern wie Viber, Line oder Google Hangouts"),
# up to the end of its clause.
_RIVALS_LISTED = re.compile(
    r"(?i)(?<![\wäöüß])(?:angebot|anbieter|alternative|konkurrent|konkurrenz|rivale|wettbewerber|dienst|messenger|app|plattform)\w*"
    r"\s+wie\s+[^.;:!?]*"
)


# The nouns of a purchase, also at the end of a compound ("WhatsApp-Kauf", "Verkauf", "Milliarden-Deal"): the one list
# of models/year_relative.py (_AFTER_PURCHASE) and models/price.py (_SINCE_THE_DEAL, which adds "einstieg"). A list,
# not one alternation: each pattern puts its own prefix before each noun (the order decides which noun of "Kauf-Deal" ends a match).
PURCHASE_NOUNS = ("übernahme", "kauf", "deal")

# A buying verb and right after it (a year or an adverb between) a bare name, without an article:
# its subject or object ("Intel übernahm Mobileye", "2016 kaufte Microsoft LinkedIn").
_BUYING_VERB_THEN_NAME = re.compile(
    r"(?<![\wäöüß])(?:kaufte|kauft|übernahm|übernimmt|erwarb|erwirbt|schluckte|schluckt)\s+"
    r"(?:(?:\d{4}|auch|zudem|dann|damals|schließlich|bereits|schon|noch|einst|nun|jetzt)\s+){0,2}"
    r"(?P<name>[A-ZÄÖÜ][\w.&-]*)(?P<second>[ \t]+[A-ZÄÖÜ][\w.&-]*)?"
)
# Capitalised words after a buying verb that name a time, not a party ("Facebook übernahm Anfang 2014 ...").
_TIME_NOUN = re.compile(r"(?i)^(?:anfang|ende|mitte|" + MONTH_WORDS + "|" + SEASON_WORDS + r")$")


def names_another_deal(sentence: str) -> bool:
    """Does `sentence` tell of a purchase between other companies? It names neither WhatsApp nor a word
    for it, and a buying verb has a bare name next to it that is not Facebook's ("Intel übernahm 2017
    Mobileye für 15,3 Milliarden Dollar"; "Der Konzern übernahm den Messenger" has an article)."""
    if has("target", sentence) or has("target_epithets", sentence):
        return False
    for found in _BUYING_VERB_THEN_NAME.finditer(sentence):
        name = found.group("name")
        # a first name with its surname after it is one person ("Nun kauft Mark Zuckerberg den beiden ihre Firma ab":
        # the buyer; issue 7, session 39, recall39, challenge_gen16-002)
        full = name + (found.group("second") or "")
        if not (has("buyer", full) or has("target", full) or _TARGET_PEOPLE.search(full) or _TIME_NOUN.match(name)):
            return True
    return False


# Clause edges inside a sentence: commas (not a decimal comma between digits, "21,8 Milliarden"), semicolons,
# colons, dashes, brackets.
_CLAUSE_EDGE = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]]|\s[–—-]\s|\s\+{2,}\s")  # "+++" separates a ticker's items
# A short bracket ("(2014)", "(Messenger)", "(heute Meta)"): inserted in a clause that goes on around it. One that
# holds a number other than a year ("(davon 4 Mrd. $ in bar)", "(ca. 13,9 Mrd. Euro)") says something of its own.
INSERTED_BRACKET = re.compile(r"\([^()\n]{1,40}\)")
_BRACKET_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A party's fact bracket, its year and one more fact ("WhatsApp (2014, 19 Milliarden Dollar)", "Instagram (2012, eine
# Milliarde Dollar)"): an amount in it belongs to the clause around the bracket (session 34, ds59, own60-002).
_FACT_BRACKET = re.compile(r"\(\s*(?:19|20)\d\d\s*,[^(),\n]{1,34}\)|\([^(),\n]{1,34},\s*(?:19|20)\d\d\s*\)")


def _insertions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The short brackets of `text` that do not hold [start, end) (nor part of it) and hold no number but a year:
    insertions, no clause edges."""
    if "(" not in text:
        return []
    return [
        (b0, b1) for b0, b1 in (m.span() for m in INSERTED_BRACKET.finditer(text))
        if (b1 <= start or end <= b0 or (start <= b0 and b1 <= end))
        and not any(c.isdigit() for c in _BRACKET_YEAR.sub("", text[b0:b1]))
    ]


@last_call_by_identity
def _clause_edges(text: str) -> tuple[list[int], list[int]]:
    """The starts and the ends of every `_CLAUSE_EDGE` match of `text`, in order (both ascending: the matches are
    non-empty and do not overlap), kept for the last text asked: a caller asks the clauses of several spans of one
    sentence or text in a row."""
    starts: list[int] = []
    ends: list[int] = []
    for match in _CLAUSE_EDGE.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
    return starts, ends


# The clauses found so far (`clause_around`), by text and by span: the rules ask the clause of one span of one sentence
# many times over (on the studied texts 8,297 calls for 1,798 distinct text and span). Kept for the texts of the last
# documents read; emptied whole when it holds `_CLAUSE_TEXTS` texts. (The answer depends on the arguments alone: a
# clause missing here, on another thread too, is computed again, the same.)
_CLAUSES: dict[str, dict[tuple[int, int], tuple[int, int]]] = {}
_CLAUSE_TEXTS = 256


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause of `text` that holds [start, end): between the nearest clause edges (a comma between two
    digits is a decimal comma, no edge: the clause of "auf rund 21,8 Mrd. gestiegen" goes on past it; a short bracket
    that does not hold the span is an insertion, no edge: the clause of "Meta hatte Instagram (2012) und WhatsApp
    (2014) für 20 Mrd. gekauft" goes on around both brackets, and holds them). Remembered per text and span (speed,
    code32: a pure function of its arguments, asked again and again)."""
    known = _CLAUSES.get(text)
    if known is None:
        if len(_CLAUSES) >= _CLAUSE_TEXTS:
            _CLAUSES.clear()
        known = _CLAUSES[text] = {}
    found = known.get((start, end))
    if found is None:
        found = known[(start, end)] = _clause_around(text, start, end)
    return found


def amount_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """`clause_around` for an amount at [start, end): where the amount stands in a party's fact bracket with a year
    ("..., WhatsApp (2014, 19 Milliarden Dollar) gekauft zu haben"), the clause around the bracket, whose purchase verb
    and party are the amount's; the bracket's comma is no edge of it. The year's own readings keep `clause_around`
    (a year alone in such a bracket is read as a list row's)."""
    if "(" in text:
        for bracket in _FACT_BRACKET.finditer(text):
            if bracket.start() < start and end < bracket.end():
                return clause_around(text, *bracket.span())
    return clause_around(text, start, end)


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """`clause_around` computed."""
    insertions = _insertions(text, start, end)
    # The left edge: the end of the last edge ending at or before `start` that lies in no insertion. (Speed, speed28:
    # from the text's edges, `_clause_edges`, by one bisection, not by a scan from the text's start per call. The
    # same edge: every match ending at or before `start` reads no character past `start`, so a scan of the whole
    # text finds the matches a scan bounded at start + 1 found; the first one ending past `start` ended that scan.)
    edge_starts, edge_ends = _clause_edges(text)
    left = 0
    k = bisect.bisect_right(edge_ends, start)
    while k:
        k -= 1
        if insertions and any(b0 <= edge_starts[k] < b1 for b0, b1 in insertions):
            continue
        left = edge_ends[k]
        break
    right = len(text)
    for match in _CLAUSE_EDGE.finditer(text, end):
        if insertions and any(b0 <= match.start() < b1 for b0, b1 in insertions):
            continue
        right = match.start()
        break
    return left, right


@dataclass(frozen=True)
class Sentences:
    """The sentences of a Doc as character spans, with lookup by offset."""

    starts: list[int]
    ends: list[int]
    text: str

    @classmethod
    def of(cls, doc: Doc) -> "Sentences":
        """Sentence spans of `doc`, computed once per Doc (the whole text as one sentence when unsegmented).

        Walking `doc.sents` creates a Python object per token; the components
        ask for sentences many times per document, so the spans are cached in
        `doc.user_data`, and `dealwatch_sentences` stores them there directly.
        """
        cached = doc.user_data.get(SENTENCE_STARTS_KEY)
        built = doc.user_data.get(_SENTENCES_KEY)
        if built is not None and built[0] is cached and cached is not None:
            return built[1]  # the same starts as last time: every component shares one object
        text = doc_text(doc)  # (only when building: the object above holds it)
        if cached is None:
            if doc.has_annotation("SENT_START"):
                cached = [s.start_char for s in doc.sents]
            else:
                cached = [0]
            doc.user_data[SENTENCE_STARTS_KEY] = cached
        starts = list(cached) if cached and cached[0] == 0 else [0, *cached]
        ends = [*starts[1:], len(text)]
        sentences = cls(starts, ends, text)
        doc.user_data[_SENTENCES_KEY] = (cached, sentences)
        return sentences

    def index_at(self, offset: int) -> int:
        """Index of the sentence holding character `offset`."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def span(self, index: int) -> tuple[int, int]:
        """(start, end) of sentence `index`."""
        return self.starts[index], self.ends[index]

    def covering(self, start: int, end: int) -> tuple[int, int]:
        """(start, end) of the sentence or sentences that hold [start, end)."""
        first = self.index_at(start)
        last = self.index_at(max(start, end - 1))
        return self.starts[first], self.ends[last]


# Where the sentence start offsets and the text of a Doc are kept (see Sentences.of, doc_text).
SENTENCE_STARTS_KEY = "dealwatch_sentence_starts"
TEXT_KEY = "dealwatch_text"
_SENTENCES_KEY = "dealwatch_sentences"  # (the starts list it was built from, the Sentences object)


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy rebuilds the string from the tokens on every access."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text
