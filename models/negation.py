"""German clause splitting and negation cues shared by the data_shared and opt_out components.

There is no parser in the pipeline (`spacy.blank("de")`), so scope is
approximated by clauses: a sentence is cut at semicolons, colons, spaced
dashes, and at commas that open a new clause (a conjunction, a subordinator,
a relative pronoun, a finite auxiliary or a fronted negation follows the
comma). A comma inside an enumeration ("Telefonnummer, Name, Kontakte") or
before an apposition ("keine Daten, wie z.B. Chat-Inhalte, ...") does not cut,
so a negation covers the enumeration it governs. Everything here is
precompiled regex over the clause text; no per-token loops.

All functions expect LOWERCASED text (the components lower the document once):
the patterns are lowercase and case-sensitive, which is markedly faster.
"""
from __future__ import annotations

import re

from models import mood, negation_words
from models.quote_marks import QUOTE_MARKS, SINGLE_GUILLEMETS
from models.regex_tools import gate_words, may_hold, pattern_literals, split_at


# Words that open a new clause after a comma ("aber"/"jedoch" without a comma are
# particles: "bleiben aber geschützt" is one clause). Relative pronouns are included:
# a negation inside a relative clause ("die nicht verschlüsselt ist") should
# not flip the main clause's object.
# ("lediglich"/"bloß" cut like "nur": "Chatinhalte bekommt Facebook nicht, lediglich die Rufnummer", ds27b session 27)
_CLAUSE_OPENERS = (
    r"aber|doch|jedoch|sondern|sonst|andernfalls|ansonsten|während|dass|daß|weil|da|denn|wenn|falls|sofern|solange|obwohl|obgleich|"
    r"allerdings|zwar|nur|lediglich|bloß|so|um|ob|wobei|womit|wodurch|weshalb|weswegen|warum|wieso|was|wer|wie\s+es|"
    r"auch\s+wenn|selbst\s+wenn|nicht|nichts|nix|kein\w*|"
    r"der|die|das|dem|den|deren|dessen|welche[rsmn]?|"
    r"ist|sind|war|waren|wird|werden|wurde|wurden|bleib\w*|kann\w*|könn\w*|soll\w*|darf|dürf\w*|"
    r"muss\w*|müss\w*|hat|haben|hatte\w*|gibt|gab|geht|heißt|hieß|erklärt\w*|sagt\w*|betont\w*|schreibt|"
    r"teilte?|versichert\w*|versprach|verspricht|"
    # "..., und dagegen kann ich nichts machen": "und" with a pronominal adverb opens a main clause of its own (an
    # enumeration's "und" joins nouns: "die Nummer, und die Geräte-Infos"), so its negation stays there (ds27)
    r"und\s+(?:dagegen|dafür|damit|daran|darauf|darüber|davon|dazu|dabei|dadurch|daher|deshalb|deswegen|trotzdem|dennoch)"
)
_CLAUSE_BREAK_PLAIN = (
    r"\s*[;:]\s*|\s+[–—-]\s+|,\s*(?=(?:" + _CLAUSE_OPENERS + r")\b)|\s+(?=sondern\b)"
)
# The same matches as _CLAUSE_BREAK_PLAIN (tests/test_models_speed_paths.py), written to open with the
# class of every character a break can start with: the engine then skips all other positions in C
# instead of trying the four branches at each of them. The lookbehinds pick the branch by that character.
_CLAUSE_BREAK = re.compile(
    r"[\s;:,](?:(?<=[;:])\s*|(?<=\s)\s*[;:]\s*|(?<=\s)\s*[–—-]\s+|(?<=,)\s*(?=(?:" + _CLAUSE_OPENERS
    + r")\b)|(?<=\s)\s*(?=sondern\b))"
)

# Negation cues: the negation classes (models/negation_words.py: "nicht", "nie", "keineswegs", "auf keinen Fall", ...;
# the determiner "kein" in every form; the negating pronouns of things, "nichts", "nix": not the person's "niemand",
# as before) and the conjunction and adverb this reader counts besides ("weder", "nirgends").
# A bare "ohne" is left out on purpose ("ohne Zustimmung weitergegeben" is still passed on).
_NEGATION = re.compile(
    r"\b(?:" + negation_words.negation() + "|" + negation_words.negative_determiner() + "|"
    + negation_words.negating_thing_pronoun() + r"|weder|nirgends)\b|"
    # "ohne" negates only a transfer noun right after it ("ohne Übertragung von ...")
    r"\bohne\s+(?:\w+\s+){0,2}?(?:übertragung|weitergabe|übermittlung|austausch|zugriff|zugang)"
)

# The words of which every negation cue holds one: most texts asked hold none, and a few substring scans tell so
# cheaper than the search (speed22, the same answers).
_NEGATION_WORDS = gate_words(_NEGATION)

# Negations that do not negate the transfer itself: "nicht nur ... sondern auch",
# judgements ("es sei nicht rechtens, dass ..."), idioms.
_NEUTRALISED = re.compile(
    r"\bnicht\s+(?:mehr\s+)?nur\b|\bnicht\s+zuletzt\b|"
    # "nicht erst seit diesem Update": already before, not a negation (session 14, ds20)
    # ... but "gar nicht erst" is a negation ("hat das Unternehmen gar nicht erst angeboten", session 21, opt28)
    r"(?<!\bgar\s)\bnicht\s+erst\b|\bnicht\s+ganz\b|\bnicht\s+wirklich\b|"
    r"\bnicht\s+(?:\w+\s+){0,2}?(?:rechtens|zulässig|erlaubt|legal|rechtmäßig|akzeptabel|hinnehmbar|"
    r"hingenommen|transparent|klar|bekannt|neu|überraschend|verwunderlich|öffentlich)\b|"
    r"\bkein(?:e|en)?\s+(?:wunder|geheimnis|frage|zufall|sorgen?|problem)\b|"
    # a finding of no violation judges the transfer, it does not deny it: "sah in der Weitergabe der Nummern an Facebook
    # keinen Wettbewerbsverstoß" (ds38, session 38, challenge_ds9-040)
    r"\bkein(?:e|en)?\s+(?:[\w-]*verstoß|rechtsbruch|gesetzesbruch)\b|"
    # a comment on the news value, not on the transfer: "..., daran ist nichts Neues", "Das ist nichts Ungewöhnliches"
    r"\bnichts\s+(?:\w+\s+)?(?:neues|ungewöhnliches|besonderes|überraschendes|außergewöhnliches)\b|"
    # rhetorical comparative: "Nichts ist naheliegender, als ..."
    r"\bnichts\b[^,.;]{0,40}?\b\w+er\b,?\s+als\b"
)

# The start of a condition ("wenn", "falls", "sofern", a verb-first "sollte", "angenommen"; "wenn" in any mood): the one
# reader of models/mood.py (`mood.condition_start`, patterns/mood.json; issue 7, session 43, merge43).
_CONDITIONAL_START = mood.CONDITION_START["any"]
_CONDITION_WORDS = pattern_literals(_CONDITIONAL_START.pattern)


def split_clauses(text: str) -> list[tuple[int, int]]:
    """Character ranges [start, end) of the clauses of `text` (offsets into `text`)."""
    return split_at(_CLAUSE_BREAK, text)


def has_negation(text: str) -> bool:
    """True when `text` contains a negation cue that is not an idiom or a judgement."""
    if not may_hold(_NEGATION_WORDS, text) or not _NEGATION.search(text):
        return False
    return bool(_NEGATION.search(_NEUTRALISED.sub(" ", text)))


# A Konjunktiv II head and its zu-infinitive: "Das Naheliegende wäre, die Nummern ... zu verknüpfen", "Für den
# Konzern wäre es lohnend, ... weiterzugeben": a thought about what could be done, no statement of what is done.
_HYPOTHETICAL_HEAD = re.compile(r"\bwären?\b(?:\s+[\w-]+){0,3}?\s*,")
_ZU_INFINITIVE = re.compile(r"(?:\bzu\s+[a-zäöüß]+|\b[a-zäöüß]+zu[a-zäöüß]+)(?:en|ern|eln)\b")


def is_hypothetical(text: str, lo: int = 0, hi: int | None = None, infinitive_from: int = 0) -> bool:
    """True when text[lo:hi] holds a Konjunktiv II head ("wäre,") whose zu-infinitive stands after it and at
    or after `infinitive_from` (the clause a caller asks about)."""
    end = len(text) if hi is None else hi
    head = _HYPOTHETICAL_HEAD.search(text, lo, end)
    return head is not None and _ZU_INFINITIVE.search(text, max(head.end(), infinitive_from), end) is not None


def is_conditional(clause: str) -> bool:
    """True when the clause (lower-cased) opens a condition ("wenn ...", "falls ...", "sollte ...", "angenommen, ...";
    `mood.condition_start` with "wenn" in any mood)."""
    return mood.condition_start(clause) is not None


def has_conditional_clause(text: str) -> bool:
    """True when a clause of `text` (`split_clauses`) opens a condition (`is_conditional`).

    The clauses are cut only where one of the words every condition holds occurs at all (most sentences
    hold none): the same answer as testing every clause."""
    if _CONDITION_WORDS is None or any(word in text for word in _CONDITION_WORDS):
        return any(is_conditional(text[a:b]) for a, b in split_clauses(text))
    return False


# What may stand after a question's "?" (`is_question`): every quotation mark, brackets, Markdown's bold marks.
_QUESTION_CLOSERS = QUOTE_MARKS + SINGLE_GUILLEMETS + ")*"


def is_question(sentence: str) -> bool:
    """True for a question: it asserts nothing. Closing quotes and brackets after the "?" and the bold marks of a
    page's Markdown ("**Kann man ... widersprechen?**", an interview's question line) do not hide it (opt49); nor do the
    single marks, ‚…‘ and the single guillemets ("›Kann ich widersprechen?‹"; issue 7, session 58, opt58)."""
    return sentence.rstrip().rstrip(_QUESTION_CLOSERS).endswith("?")


def clause_index(clauses: list[tuple[int, int]], offset: int) -> int:
    """Index of the clause containing character `offset` (nearest preceding clause in a gap)."""
    best = 0
    for i, (start, _end) in enumerate(clauses):
        if start <= offset:
            best = i
        else:
            break
    return best


def literal_alternation(words: list[str]) -> re.Pattern[str]:
    """A regex matching any of `words` literally, factored into a prefix trie.

    Python's regex engine tries alternatives one by one at every position; a
    trie-shaped pattern ("ab(?:lehn|meld|schalt)") fails fast on the first
    characters, so gates over whole documents stay cheap.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = []
        optional = False
        for ch in sorted(node):
            if ch == "":
                optional = True
                continue
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if optional:
            # A word ends here; longer words are optional continuations.
            return "(?:" + body + ")?" if len(alts) == 1 else body + "?"
        return body

    return re.compile(build(trie))
