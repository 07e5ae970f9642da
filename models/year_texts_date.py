"""The text's own date on a header line, the point a later count in the text is told from (issue 7, session 45,
year45).

A header line of its own that dates the text (D44: a publication stamp, a status, a piece's issue number) is the
"now" of the text under it: a count back told further down ("Als Facebook WhatsApp vor elf Jahren kaufte, ...",
"Zwei Jahre nach dem 19-Milliarden-Kauf – hat sich WhatsApp gerechnet?") lands on the stamp's year minus the count
(D57 (c)). Lines: "Veröffentlicht: Fr, 02.09.2016 · Dauer: 64:40", "Stand: 3. März 2024", "Erschienen am 19.02.2019",
and a written piece's issue number "Arbeitspapier 4/2025: Werbung im Messenger", "Heft 2/2016". Not a date inside
prose ("Seit Juni 2025 zeigt WhatsApp ..." tells an event), not a line that holds more than one year.
Vocabulary: patterns/year_grammar.json (text_date_labels, issue_pieces), read by year_denied.py.
"""
from __future__ import annotations

import re

from models import year_denied
from models.dates import FOUR_DIGIT_YEAR, FULL_DATE, OPENING_DATELINE, YEAR_DIGITS
from models.months import MONTH_INDEX, MONTH_WORDS
from models.sentences import never_final_abbreviations

_LABELS, _PIECES = year_denied.words('text_date_labels'), year_denied.words('issue_pieces')
_FOUR_DIGITS = YEAR_DIGITS + r"(?!\d)"
# A label, its colon or "am"/"vom"/"im", a weekday's short form, then a numeric or written date or a month and year.
_LABELLED = re.compile(
    rf"(?i)^[ \t•·*-]*(?:{_LABELS})[ \t]*(?::|(?:am|vom|im|in)(?![\wäöüß]))[ \t]*(?:[A-Za-zäöü]{{2,10}}\.?,?[ \t]+)?"
    rf"(?:(?P<day>\d{{1,2}})\.[ \t]*(?:(?P<month>\d{{1,2}})\.|(?P<name>{MONTH_WORDS})[ \t]+)[ \t]*|(?:{MONTH_WORDS})[ \t]+)?"
    rf"{_FOUR_DIGITS}"
)
# A written piece, its number, a slash and the year: "Arbeitspapier 4/2025", "Heft Nr. 2/2016".
_ISSUE = re.compile(rf"(?i)^[ \t]*(?:[\wäöüß-]+[ \t]+)?(?:{_PIECES})[ \t]+(?:nr\.[ \t]*)?\d{{1,3}}[ \t]*/[ \t]*{_FOUR_DIGITS}")
_LINE_REACH = 90  # a header line is short; a longer line is prose
_ANY_YEAR = re.compile(r"(?<!\d)" + FOUR_DIGIT_YEAR + r"(?!\d)")
_LINE = re.compile(r"(?m)^[^\n]*")


def texts_date_at(text: str, line_start: int) -> tuple[int, int, int] | None:
    """(year, start, end) of the text's own date where the line that begins at `line_start` is a header line that
    dates the text; None otherwise."""
    line_end = text.find("\n", line_start)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    if len(line) > _LINE_REACH:
        return None
    found = _LABELLED.match(line) or _ISSUE.match(line)
    if found is None:
        return None
    if len(set(_ANY_YEAR.findall(line))) > 1:
        return None  # two years on one line: no one "now" of the text
    return int(found.group("year")), line_start + found.start("year"), line_start + found.end("year")


def header_dates(text: str) -> list[tuple[int, int, int]]:
    """(year, start, end) of every header line's date of the text (`texts_date_at`), in text order."""
    return [(year, start, end) for year, start, end, _ in header_full_dates(text)]


def header_full_dates(text: str) -> list[tuple[int, int, int, tuple[int, int] | None]]:
    """(year, start, end, (month 1-12, day) or None) of every header line's date of the text (`texts_date_at`), in text
    order: a full date ("Datum: 26.03.2014 19:48", "Stand: 3. März 2024") gives its month and day, the day a count of
    days, weeks or months is told back from (D66 (a); issue 7, session 53, year53, own97-014); a month and year or a
    bare year none."""
    found = []
    for line in _LINE.finditer(text):
        if _ANY_YEAR.search(line.group()) is not None:
            dated = texts_date_at(text, line.start())
            if dated is not None:
                found.append((*dated, _month_day(line.group())))
    return found


def _month_day(line: str) -> tuple[int, int] | None:
    """(month 1-12, day) of a header line's full date (`_LABELLED`), None where it gives no day or no valid date."""
    found = _LABELLED.match(line)
    if found is None or found.group("day") is None:
        return None
    month = int(found.group("month")) if found.group("month") else MONTH_INDEX.get(found.group("name").lower(), -1) + 1
    day = int(found.group("day"))
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


# A date line at the head of a text: a line of its own that ends with a full date, after a short lead of words (a
# piece's or a ticker's name, a weekday, "vom"), and at most a time or a few words of a time zone after it ("Ticker vom
# 25.08.2016", "Liveblog, Mittwoch, 19.02.2020", "Donnerstag, 25.08.2016", "Kindernachrichten, 26. August 2016, 17
# Uhr"; issue 7, session 46, year46). The caller checks that the line holds no finite verb ("Es ist der 19. Februar
# 2014" is a sentence).
# A number of one to three digits may stand in the lead as a word of its own, a chamber's or a section's number
# ("Beschwerdeausschuss 2, Entscheidung vom 3. Juni 2014"; issue 7, session 54, year54, own99-010), not a date's part.
# An ordinal of one to three digits may stand there too, a sitting's or an issue's number ("Kurzprotokoll der 5. Sitzung,
# Mittwoch, 26. Februar 2014"; issue 7, session 55, year55): its full stop and a space, no month after it.
# The lead may name its body and the kind of record at length, as a minutes' or a newsletter's head does ("Stadt Bernau
# - Niederschrift über die Sitzung des Ausschusses für Digitales und Bürgerdienste vom 21. März 2018"), and hold
# abbreviations whose full stop ends no sentence ("Pfarrbrief St. Laurentius", "Elternbrief Nr. 3", "Digitalrechte e.V.";
# the splitter's list, `sentences.never_final_abbreviations`, read by `_masked_abbreviations`; issue 7, session 58,
# year58).
# An issue's number and year may stand in the lead too, a trade letter's "Branchenbrief 41/2014 · 9. Oktober 2014"
# (`_ISSUE_NUMBER`; issue 7, session 59, year59, own110-014).
_ISSUE_NUMBER = r"(?<![\d/.])\d{1,3}[ \t]*/[ \t]*" + FOUR_DIGIT_YEAR + r"(?![\d/])"
_LEAD = (r"(?:[^\n\d.!?:]|(?<![\d])\d{1,3}(?=[ \t,])|(?<![\d.])\d{1,3}\.(?=[ \t])|" + _ISSUE_NUMBER + r"(?=[ \t,·|])"
         + r")" + r"{0,120}?")
_TOP_LINE_REACH = 130  # a head line with a long lead (a line of prose holds a finite verb, which the caller checks)
_ABBREVIATED = re.compile(r"(?<![\w.])(?:[A-Za-zÄÖÜäöüß]{1,5}\.)+")
# (a sitting's time span after the date too: "Klinikum Nord, 12.03.2014, 14:00–15:30 Uhr"; issue 7, session 57, year57)
# (or a place after a dash, as a record of a sitting names it: "Mittwoch, 20. Januar 2021 – Brüssel"; issue 7, session 48,
# year48)
_DATE_TAIL = re.compile(r"(?i)[ \t]*(?:,[ \t]*(?:\d{1,2}[:.]\d{2}(?:[ \t]*[–—-][ \t]*\d{1,2}[:.]\d{2})?(?:[ \t]*uhr)?|\d{1,2}[ \t]+uhr|alle[ \t]+zeiten[ \t]+\w+)"
                        # (or the place of a sitting after "im"/"in": "am 7. März 2014 im Gasthaus „Zur Krone“"; year58)
                        r"|[ \t]+(?:im|in|auf|bei)[ \t]+[^\n\d.!?:;]{1,40}"
                        r"|[ \t]*[|·][^\n]*|[ \t]+[–—-][ \t]+(?-i:[A-ZÄÖÜ][a-zäöüß.-]+)(?:[ \t]+(?-i:[A-ZÄÖÜ][a-zäöüß.-]+))?)?[ \t]*$")
_TOP_LINES = 4  # the head of a text: its first lines (a headline, a masthead, a date line)


def top_date_lines(text: str) -> list[tuple[int, int, int, int, int]]:
    """(year, month 1-12, day, start, end of the year) of each date line among the text's first lines (`_TOP_LINES`
    non-empty ones): a short line that ends with a full date (dates.FULL_DATE) and a lead of words before it."""
    found = []
    lines = [m for m in _LINE.finditer(text) if m.group().strip()][:_TOP_LINES]
    for line in lines:
        words = line.group()
        if len(words) > _TOP_LINE_REACH:
            continue
        for date in FULL_DATE.finditer(words.lower()):  # (the month names are written in lower case)
            if _DATE_TAIL.match(words, date.end()) is None or re.fullmatch(
                    _LEAD + r"(?:\s|,)?", _masked_abbreviations(words[: date.start()])) is None:
                continue
            month = int(date.group("month")) if date.group("month") else MONTH_INDEX[date.group("name").lower()] + 1
            found.append((int(date.group("year")), month, int(date.group("day")),
                          line.start() + date.start("year"), line.start() + date.end("year")))
    return found


# A month and year that end a head line, the issue a newsletter, a parish letter or a club's bulletin names ("Gemeindebrief
# der Kirchengemeinde Talheim – Ausgabe April 2014", "Vereinsnachrichten Januar 2015", "Newsletter Mai 2021"): a noun
# written with its capital right before the month, no preposition ("im Februar 2014" in a headline tells an event).
# (or a field separator of a meta line before the month, "Newsletter für unsere Kursteilnehmer · Februar 2014"; issue 7,
# session 59, year59, own110-041: a middle dot, a bar or a spaced dash)
_ISSUE_MONTH = re.compile(r"(?:(?<![\wäöüß-])(?-i:[A-ZÄÖÜ][\wäöüß-]+)|[·|]|(?<=[ \t])[–—-])[ \t]+(?i:" + MONTH_WORDS + r")[ \t]+"
                          + _FOUR_DIGITS + r"[ \t]*$")


def top_month_lines(text: str) -> list[tuple[int, int, int]]:
    """(year, start, end of the year) of each head line among the text's first lines (`_TOP_LINES` non-empty ones) that
    ends with an issue's month and year (`_ISSUE_MONTH`) after a lead of words (`_LEAD`, abbreviations masked): the
    month the text was issued in, its own date without a day (D44, D79 (b); issue 7, session 58, year58). The caller
    checks that the line holds no finite verb."""
    found = []
    for line in [m for m in _LINE.finditer(text) if m.group().strip()][:_TOP_LINES]:
        words = line.group()
        issue = _ISSUE_MONTH.search(words) if len(words) <= _TOP_LINE_REACH else None
        if issue is None or re.fullmatch(_LEAD, _masked_abbreviations(words[: issue.start()])) is None:
            continue
        found.append((int(issue.group("year")), line.start() + issue.start("year"), line.start() + issue.end("year")))
    return found


# An issue's number and year that end a head line, the way a practice's, a club's or a trade magazine's issue is named
# ("Praxis-Info 2/2014", "PFLEGE & BILDUNG 3/2014", "Grüne Ortsverband Eppstein – Mitgliederbrief 2/2014"): the issue
# dates its text to that year (D44; the lead's D81 (b) names 'Mitgliederbrief 2/2014'). Not a file number ("Az. 5 U
# 12/2014", "Drucksache 18/2014": year_grammar.json file_number_labels), which dates a case or a print, not the text.
# (a day and month of the issue may follow after a separator, "Amtsblatt ... · Ausgabe 08/2014 · 21. Februar": the
# issue's full date; year59, challenge_gen36-032)
_ISSUE_NUMBER_END = re.compile(r"(?<![\d/.])(?P<number>\d{1,3})[ \t]*/[ \t]*" + _FOUR_DIGITS
                               + r"(?:[ \t]*[·|,–—-][ \t]*(?P<day>\d{1,2})\.[ \t]*(?P<name>(?i:" + MONTH_WORDS + r")))?[ \t]*$")
_FILE_NUMBER_LABEL = re.compile(r"(?i)(?<![\wäöüß])(?:" + year_denied.words('file_number_labels') + r")(?![\wäöüß])")


def top_issue_lines(text: str) -> list[tuple[int, int, int, int, tuple[int, int] | None]]:
    """(year, the issue's number, start, end of the year, (month, day) or None) of each head line among the text's
    first lines (`_TOP_LINES` non-empty ones) that ends with an issue's number and year (`_ISSUE_NUMBER_END`) after a
    lead of words (`_LEAD`, abbreviations masked; no file number's label): the issue that dates the text, its year
    without a month or day unless a day and month follow it (issue 7, session 59, year59). The caller checks that the
    line holds no finite verb."""
    if "/" not in text:
        return []  # speed: an issue's number has its slash
    found = []
    for line in [m for m in _LINE.finditer(text) if m.group().strip()][:_TOP_LINES]:
        words = line.group()
        issue = _ISSUE_NUMBER_END.search(words) if "/" in words and len(words) <= _TOP_LINE_REACH else None
        if issue is None or _FILE_NUMBER_LABEL.search(words) is not None or len(set(_ANY_YEAR.findall(words))) > 1 \
                or re.fullmatch(_LEAD, _masked_abbreviations(words[: issue.start()])) is None:
            continue
        month_day = None
        if issue.group("day"):
            month, day = MONTH_INDEX[issue.group("name").lower()] + 1, int(issue.group("day"))
            month_day = (month, day) if 1 <= day <= 31 else None
        found.append((int(issue.group("year")), int(issue.group("number")), line.start() + issue.start("year"),
                      line.start() + issue.end("year"), month_day))
    return found


def _masked_abbreviations(lead: str) -> str:
    """`lead` with the full stops of its abbreviations blanked ("St. Laurentius" -> "St  Laurentius", "e.V." -> "e V ");
    a full stop of any other word is kept (it may end a sentence)."""
    if "." not in lead:
        return lead
    never_final = never_final_abbreviations()
    return _ABBREVIATED.sub(lambda m: m.group().replace(".", " ") if m.group().lower() in never_final else m.group(), lead)


def opening_dateline(text: str) -> tuple[int, int, int, int, int] | None:
    """(year, month 1-12, day, start, end of the year) of the dateline that opens the text's first paragraph of prose, a
    place, a full date and the dash of the lead ("Düsseldorf, 28. Februar 2014 – Die E-Plus Gruppe bringt ...", "MENLO
    PARK, Kalifornien, 19. Februar 2014 – ..."; `dates.OPENING_DATELINE`) among the text's first lines (`_TOP_LINES`
    non-empty ones, a headline above it): the date the release or the agency report was issued, the "now" of the text
    (D44), from which a count told in it goes back (D66 (a); issue 7, session 49, year49, own89-017). None where no such
    line opens the text."""
    lines = [m for m in _LINE.finditer(text) if m.group().strip()][:_TOP_LINES + 2]
    for line in lines:
        found = OPENING_DATELINE.match(text, line.start())
        if found is None:
            continue
        date = FULL_DATE.search(found.group("date").lower())  # (the month names are written in lower case)
        if date is None:
            return None  # (a numeric date without its day or month: no day to count from)
        month = int(date.group("month")) if date.group("month") else MONTH_INDEX[date.group("name").lower()] + 1
        at = found.start("date")
        return (int(date.group("year")), month, int(date.group("day")), at + date.start("year"), at + date.end("year"))
    return None


# A message's time stamp that opens its line in a chat export: the date (day, month, a year in two or four digits), a
# time, in square brackets or before a dash, then the sender's name and a colon ("[19.02.24, 08:03] Cem: ...",
# "19.02.24, 08:03 - Cem: ..."). It dates the message on its line, not the purchase (D71 (a)); a count back in that
# message ("Heute vor zehn Jahren ...") lands on the year it counts to (D66 (a); issue 7, session 53, year53).
_MESSAGE_STAMP = re.compile(
    r"(?m)^[ \t]*(?P<open>\[)?(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)?\d\d),?[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?(open)\]|[ \t]+[-–])[ \t]*[^\n:\[\]]{1,40}:[ \t]")


# A forum post's or a comment's head line: the poster's name, a middle dot, a bar, a comma or a spaced dash, the date and
# a time, and
# nothing after them ("Mallorquiner_seit_98 · 19.02.2014 23:14", "Kalle | 26.08.2016, 08:14 Uhr"): the post's stamp,
# which dates the post under it up to the next such line (D71 (a): a count back in the post lands on the year it counts
# to, D79 (b); issue 7, session 59, year59, own110-018).
_POST_STAMP = re.compile(
    r"(?m)^[ \t]*[^\W\d][^\n·|,:–—]{0,38}?[ \t]*(?:[·|,]|[ \t][–—-])[ \t]*(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d),?"
    r"[ \t]+(?:um[ \t]+)?\d{1,2}:\d{2}(?:[ \t]*[Uu]hr)?[ \t]*$")


def post_stamps(text: str) -> list[tuple[int, int, int, int, int, int, int]]:
    """(year, month 1-12, day, start, end of the year, where the post begins, where it ends) of every post's head line
    (`_POST_STAMP`), in text order: the post runs from the line after its stamp to the next stamp's line (or the text's
    end)."""
    if ":" not in text:
        return []  # speed: a stamp has its time
    stamps = [m for m in _POST_STAMP.finditer(text) if 1 <= int(m.group("month")) <= 12 and 1 <= int(m.group("day")) <= 31]
    found = []
    for at, stamp in enumerate(stamps):
        post_end = stamps[at + 1].start() if at + 1 < len(stamps) else len(text)
        found.append((int(stamp.group("year")), int(stamp.group("month")), int(stamp.group("day")), stamp.start("year"),
                      stamp.end("year"), min(stamp.end() + 1, post_end), post_end))
    return found


def message_stamps(text: str) -> list[tuple[int, int, int, int, int, int, int]]:
    """(year, month 1-12, day, start, end of the year, where the message begins, where its line ends) of every chat
    message's time stamp that opens a line (`_MESSAGE_STAMP`), in text order."""
    if ":" not in text:
        return []  # speed: a stamp has its time and the sender's colon
    found = []
    for stamp in _MESSAGE_STAMP.finditer(text):
        month, day, digits = int(stamp.group("month")), int(stamp.group("day")), stamp.group("year")
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        year = int(digits) if len(digits) == 4 else 2000 + int(digits)
        line_end = text.find("\n", stamp.end())
        found.append((year, month, day, stamp.start("year"), stamp.end("year"), stamp.end(),
                      len(text) if line_end == -1 else line_end))
    return found
