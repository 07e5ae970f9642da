"""The layer's one spelling fold: Swiss German writes "ss" wherever standard German writes "ß".

"ausschliessen", "schliesst", "heisst", "gross", "Strasse", "massgeblich" are the Swiss spellings of
"ausschließen", "schließt", "heißt", "groß", "Straße", "maßgeblich". The cue tables are written in the
standard spelling, once; this module makes every kind of lookup accept the Swiss one as well:

- lemmas (`swiss_lemmas`): a Swiss word form takes the lemma of its standard form ("schliesst" ->
  "schließen", "ausschliessen" -> "ausschließen"), so token cues over LEMMA and the rejoining of
  separable verbs ("schliesst ... aus") read it;
- regular expressions over the text (`swiss_pattern`): a literal "ß" of a cue matches "ß" or "ss";
- literal gates and word lists (`swiss_words`): a word with "ß" brings its "ss" form.

Which entries of a pattern file are regular expressions and which are literal words, each file declares
once, in its own key "_spelling" (`DECLARATION`), and `swiss_file` is the one reader of that declaration:
the components and the layer's gates fold a file by `swiss_file(spec)`, never key by key.

The text itself is never rewritten: "ss" is one character longer than "ß", and every rule reads offsets
into the document text (`text == doc[start:end]`), so the fold is on the lookup side, computed once
when the tables and patterns are loaded. The other direction ("ss" in a cue matching a "ß" in the text)
is not folded: the old spelling ("daß", "muß") is listed where it matters, as before.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

SWISS = "ss"

# A "ß" after a diphthong or "ie" is one in every inflected form ("heißt", "ließ", "schließen"); after a
# single vowel it is one only when the vowel is long, which the lemma table tells (`swiss_lemmas`).
_AFTER_LONG = re.compile(r"(?:ie|ei|ai|au|eu|äu)$", re.IGNORECASE)
# The old spelling's short vowels the table keeps in a lemma: "ß" before "t" ("bewußt", "beeinflußt", "gestreßt")
# and the prefix "miß" ("mißbrauchen"); written "ss" in standard German today, so not a Swiss spelling.
_SHORT_IN_LEMMA = re.compile(r"(?<![ei])ßt|(?i:^miß)")


def swiss_pattern(pattern: str) -> str:
    """`pattern` with every literal "ß" (not in a character class, not escaped, not in a lookbehind, whose width
    must stay fixed) turned into "(?:ß|ss)": the same regular expression, reading the Swiss spelling too."""
    if "ß" not in pattern:
        return pattern
    out: list[str] = []
    groups: list[bool] = []  # per open group: is it a lookbehind?
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            # a class that holds "ß" ("[\wäöüß]") already takes the "s" of "ss" ("\w"); left as written
            in_class = c != "]"
        elif c == "[":
            in_class = True
            out.append(c)
            i += 1
            # a "]" (after an optional "^") right after "[" is a literal, not the class's end
            if pattern[i:i + 1] == "^":
                out.append("^")
                i += 1
            if pattern[i:i + 1] == "]":
                out.append("]")
                i += 1
            continue
        elif c == "(":
            groups.append(pattern.startswith(("(?<=", "(?<!"), i))
        elif c == ")" and groups:
            groups.pop()
        elif c == "ß" and not any(groups):
            out.append("(?:ß|ss)")
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def swiss_words(words: Iterable[str]) -> list[str]:
    """`words` in their order, each followed by its Swiss spelling where it holds a "ß" (each word once): for
    literal gates and word lists, which match words as written."""
    out: dict[str, None] = {}
    for word in words:
        out[word] = None
        if "ß" in word:
            out[word.replace("ß", SWISS)] = None
    return list(out)


def _long_ss(form: str, lemma: str, short_stems: frozenset[str]) -> bool:
    """Is every "ß" of `form` one the standard spelling keeps: after a diphthong or "ie", or in a lemma whose
    forms never write "ss" in its place (a long vowel: "groß", "größte"; the old spelling's "läßt" -> "lassen",
    "Faß" -> "Fässer" are short vowels, written "ss" today in standard German as well)?"""
    for m in re.finditer("ß", form):
        if _AFTER_LONG.search(form[:m.start()]):
            continue
        if "ß" not in lemma or lemma in short_stems or _SHORT_IN_LEMMA.search(lemma):
            return False
    return True


def swiss_lemmas(table: Mapping[str, str]) -> dict[str, str]:
    """The entries to add to a lookup table of word forms -> lemmas so that Swiss forms take the standard lemma:
    the Swiss spelling of every form and of every lemma with a kept "ß" ("grösste" -> "groß", "gross" -> "groß",
    "ausschliessen" -> "ausschließen"), where the table does not already list that spelling."""
    # Lemmas one of whose forms writes "ss" (the old spelling's short vowels: "Fluß", "Flüsse"): not folded.
    with_sharp = [(form, lemma) for form, lemma in table.items() if "ß" in form or "ß" in lemma]
    short_stems = frozenset(lemma for form, lemma in with_sharp if "ß" in lemma and SWISS in form)
    added: dict[str, str] = {}
    pairs = with_sharp + [(lemma, lemma) for lemma in {lemma for _, lemma in with_sharp}]
    for form, lemma in pairs:
        if "ß" not in form or not _long_ss(form, lemma, short_stems):
            continue
        swiss = form.replace("ß", SWISS)
        if swiss not in table and swiss not in added:
            added[swiss] = lemma
    return added


_NOT_PATTERNS = frozenset(("comment", "examples", "near_misses"))


def swiss_spec(spec: object) -> object:
    """A pattern file's JSON whose every value is a regular expression (or a piece of one), folded by
    `swiss_pattern` throughout: lists and objects kept, their keys as written, comments and examples
    ("_..." keys, "comment", "examples", "near_misses") left as they are."""
    if isinstance(spec, str):
        return swiss_pattern(spec)
    if isinstance(spec, list):
        return [swiss_spec(value) for value in spec]
    if isinstance(spec, dict):
        return {key: value if key.startswith("_") or key in _NOT_PATTERNS else swiss_spec(value)
                for key, value in spec.items()}
    return spec


#: The key under which a pattern file declares the kinds of its entries for the fold (`swiss_file`).
DECLARATION = "_spelling"
#: Declared kinds -> their fold: a "patterns" entry holds regular expressions (or pieces of one) wherever it holds
#: a string; a "words" entry holds lists of literal words (or objects of such lists, or a table word -> value).
_KINDS = ("patterns", "words")


def _swiss_word_lists(value: object) -> object:
    """`value`, a list of literal words or an object of such lists ("_..." keys left as they are), each list by
    `swiss_words`; an object's key whose value is no list or object is a word of a table word -> value
    (number_words.json's "dreißig": 30), and its Swiss spelling takes the same value unless the table writes it."""
    if isinstance(value, list):
        return swiss_words(value)
    if isinstance(value, dict):
        out: dict[str, object] = {}
        for key, entry in value.items():
            if key.startswith("_"):
                out[key] = entry  # a comment
            elif isinstance(entry, (list, dict)):
                out[key] = _swiss_word_lists(entry)
            else:
                out[key] = entry  # a written spelling keeps its own value, wherever the table writes it
                out.setdefault(key.replace("ß", SWISS), entry)
        return out
    raise TypeError(f"a 'words' entry of the fold holds lists of words, not {type(value).__name__}")


def _folded_at(value: Any, keys: list[str], fold: Callable[[object], object]) -> Any:
    """`value` with `fold` applied at the path `keys` inside it (a list on the way: at that path in each item)."""
    if not keys:
        return fold(value)
    if isinstance(value, list):
        return [_folded_at(item, keys, fold) for item in value]
    return {**value, keys[0]: _folded_at(value[keys[0]], keys[1:], fold)}


def swiss_file(spec: dict[str, Any]) -> dict[str, Any]:
    """A pattern file's JSON with the entries its declaration (key `DECLARATION`) names folded for the Swiss
    spelling: "patterns" by `swiss_spec`, "words" by `swiss_words`. A path is a key of the file, "a.b" key b of
    entry a (of each item where a is a list), "*" the whole file (comments left as they are, `swiss_spec`); a
    file without the declaration comes back as it is; a path the file lacks raises KeyError."""
    declared = spec.get(DECLARATION, {})
    unknown = set(declared) - set(_KINDS) - {"_comment"}
    if unknown:
        raise KeyError(f"{DECLARATION}: unknown kinds {sorted(unknown)} (known: {', '.join(_KINDS)})")
    folded = spec
    for kind, fold in zip(_KINDS, (swiss_spec, _swiss_word_lists)):
        for path in declared.get(kind, ()):
            folded = fold(folded) if path == "*" else _folded_at(folded, path.split("."), fold)  # type: ignore[assignment]
    return folded
