"""The report's two languages: human labels (German and English) and Babel formatting.

Vocabulary ids come from `models/schema.py`; this module only names them for
readers. Dates, numbers and amounts are formatted by Babel in the reader's
convention ("19. Februar 2014", "19 Mrd. US-Dollar", "13,8 Mrd. €"), plural
forms follow the locale's CLDR rules.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from datetime import date, datetime
from typing import Any

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_compact_currency, format_compact_decimal, format_decimal, get_currency_name

from models import schema

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"  # the coverage is German

# The currency a reader of each language writes as a symbol; others are spelled out ("US-Dollar").
_HOME_CURRENCY = {"de": "EUR", "en": "USD"}

_LABELS: dict[str, tuple[str, str]] = {
    # vocabularies (models/schema.py)
    "scope.ads": ("Werbung", "advertising"),
    "scope.friend_suggestions": ("Freundesvorschläge", "friend suggestions"),
    "scope.phone_number": ("Weitergabe der Telefonnummer", "passing on the phone number"),
    "scope.all_sharing": ("Datenweitergabe insgesamt", "data sharing as a whole"),
    "scope.unspecified": ("ohne genannten Zweck", "purpose not stated"),
    "data_type.phone_number": ("Telefonnummer", "phone number"),
    "data_type.usage_data": ("Nutzungsdaten", "usage data"),
    "data_type.metadata": ("Metadaten", "metadata"),
    "data_type.device_data": ("Gerätedaten", "device data"),
    "data_type.contacts": ("Kontakte", "contacts"),
    "data_type.profile_data": ("Profildaten", "profile data"),
    "data_type.message_content": ("Nachrichteninhalte", "message content"),
    "data_type.location": ("Standort", "location"),
    "data_type.account_info": ("Kontoinformationen", "account information"),
    "data_type.other": ("sonstige Daten", "other data"),
    "stance.possible": ("möglich", "possible"),
    "stance.not_possible": ("nicht möglich", "not possible"),
    "shared.true": ("weitergegeben", "shared"),
    "shared.false": ("nicht weitergegeben", "not shared"),
    "silent": ("keine Angabe", "not mentioned"),
    "mixed": ("beides berichtet", "both reported"),
    "moment.announced": ("bei Ankündigung", "at announcement"),
    "moment.closing": ("bei Abschluss", "at closing"),
    "moment.unspecified": ("Zeitpunkt nicht genannt", "moment not stated"),
    "qualifier.exact": ("genau", "exact"),
    "qualifier.approx": ("etwa", "about"),
    "qualifier.at_most": ("höchstens", "at most"),
    "qualifier.at_least": ("mindestens", "at least"),
    "currency.none": ("Währung nicht genannt", "currency not stated"),
    "explanation.reference_date": (
        "Die Seiten beziehen sich auf verschiedene Zeitpunkte (Ankündigung, Abschluss).",
        "The sides refer to different moments (announcement, closing).",
    ),
    "explanation.currency": (
        "Die Seiten nennen den Preis in verschiedenen Währungen.",
        "The sides state the price in different currencies.",
    ),
    "explanation.rounding": (
        "Die Seiten runden verschieden genau.",
        "The sides round to different precisions.",
    ),
    # questions
    "question.price": ("Kaufpreis", "Purchase price"),
    "question.price.long": ("Wie viel hat Facebook für WhatsApp bezahlt?", "How much did Facebook pay for WhatsApp?"),
    "question.opt_out": ("Widerspruch: {subject}", "Opt-out: {subject}"),
    "question.opt_out.long": (
        "Können Nutzer widersprechen ({subject})?", "Can users opt out ({subject})?"),
    "question.data_shared": ("Weitergabe: {subject}", "Sharing: {subject}"),
    "question.data_shared.long": (
        "Wird „{subject}“ an Facebook weitergegeben?", "Is “{subject}” passed on to Facebook?"),
    # page furniture
    "site.title": ("Facebook kauft WhatsApp: was die Presse berichtet",
                   "Facebook buys WhatsApp: what the press reports"),
    "site.tagline": (
        "Aussagen deutschsprachiger Medien zum Kaufpreis, zur Datenweitergabe und zum Widerspruch, "
        "jede bis zum Satz zurückverfolgbar.",
        "Claims of German-language outlets on the price, the data sharing and the opt-out, "
        "each traceable to its sentence."),
    "nav.home": ("Übersicht", "Overview"),
    "nav.questions": ("Fragen", "Questions"),
    "nav.outlets": ("Medien", "Outlets"),
    "nav.runs": ("Läufe", "Runs"),
    "summary": ("Auf einen Blick", "At a glance"),
    "summary.articles": ("Artikel", "articles"),
    "summary.outlets": ("Medien", "outlets"),
    "summary.claims": ("Aussagen", "claims"),
    "summary.span": ("Zeitraum", "Time span"),
    "summary.updated": ("Daten zuletzt aktualisiert", "Data last updated"),
    "summary.generated": ("Bericht erstellt", "Report built"),
    "open": ("Wo die Presse sich widerspricht", "Where the press disagrees"),
    "open.none": ("Keine offenen Widersprüche zwischen den Medien.", "No open contradictions between outlets."),
    "explained": ("Scheinbare Widersprüche mit Erklärung", "Apparent contradictions with an explanation"),
    "consensus": ("Mehrheitsmeinung je Frage", "Consensus per question"),
    "consensus.col.question": ("Frage", "Question"),
    "consensus.col.answer": ("meistgenannte Antwort", "most reported answer"),
    "consensus.col.outlets": ("Medien dafür", "outlets for it"),
    "consensus.col.claims": ("Aussagen", "claims"),
    "consensus.col.status": ("Stand", "status"),
    "status.disputed": ("umstritten", "disputed"),
    "status.explained": ("erklärt", "explained"),
    "status.agreed": ("einig", "agreed"),
    "status.none": ("keine Aussagen", "no claims"),
    "status.compatible": ("vereinbar", "compatible"),
    "status.uncompared": ("nicht verglichen (zu vage)", "not compared (too vague)"),
    "side": ("Seite", "Side"),
    "quotes.more": ("und {n} weitere Aussagen auf der Seite der Frage", "and {n} more claims on the question's page"),
    "scopes.note": (
        "Widerspruch für einen Zweck und Widerspruch gegen die ganze Weitergabe sind verschiedene Fragen: "
        "2016 konnte man etwa der Nutzung für Werbung widersprechen, der Weitergabe der Telefonnummer aber nicht. "
        "Medien, die im Diagramm verschieden gefärbt sind, widersprechen sich nur, wenn sie denselben Zweck meinen.",
        "Opting out for one purpose and opting out of the sharing as a whole are different questions: in 2016 "
        "one could refuse the use for advertising but not the passing on of the phone number. Outlets coloured "
        "differently in the chart contradict each other only where they mean the same purpose."),
    "charts": ("Diagramme", "Charts"),
    "chart.table": ("Die Zahlen im Diagramm", "The numbers in the chart"),
    "table.more": ("{n} weitere Zeilen in der Datei:", "{n} more rows in the file:"),
    "questions.title": ("Alle Fragen", "All questions"),
    "outlets.title": ("Alle Medien", "All outlets"),
    "outlet.articles": ("Artikel mit Aussagen", "Articles with claims"),
    "runs.title": ("Läufe der Pipeline", "Pipeline runs"),
    "runs.none": ("Noch keine Läufe aufgezeichnet.", "No runs recorded yet."),
    "claims.all": ("Alle Aussagen zu dieser Frage", "Every claim on this question"),
    "claims.none": ("Noch keine Aussagen zu dieser Frage.", "No claims on this question yet."),
    "empty.title": ("Noch keine Daten", "No data yet"),
    "empty.text": (
        "Das Warehouse enthält noch keine Artikel. Mit „dealwatch run“ werden Artikel gesammelt und geladen.",
        "The warehouse holds no articles yet. Run “dealwatch run” to crawl and load articles."),
    "page": ("Seite {n} von {total}", "Page {n} of {total}"),
    "page.prev": ("← vorige", "← previous"),
    "page.next": ("nächste →", "next →"),
    "archived": ("archivierte Kopie", "archived copy"),
    "archived.of": ("Archivkopie vom {date}", "archived copy of {date}"),
    "no_date": ("ohne Datum", "no date"),
    "no_link": ("kein Link", "no link"),
    "untitled": ("(ohne Titel)", "(untitled)"),
    "col.outlet": ("Medium", "Outlet"),
    "col.date": ("Datum", "Date"),
    "col.claim": ("Aussage", "Claim"),
    "col.quote": ("Satz", "Sentence"),
    "col.articles": ("Artikel", "Articles"),
    "col.claims": ("Aussagen", "Claims"),
    "col.country": ("Land", "Country"),
    "col.count": ("Anzahl", "Count"),
    "col.month": ("Monat", "Month"),
    "col.quarter": ("Quartal", "Quarter"),
    "col.year": ("Jahr", "Year"),
    "col.value": ("Wert", "Value"),
    "col.range": ("Spanne", "Range"),
    "col.moment": ("Zeitpunkt", "Moment"),
    "col.run": ("Lauf", "Run"),
    "col.state": ("Status", "State"),
    "col.started": ("Beginn", "Started"),
    "col.pages": ("Seiten", "Pages"),
    "col.loaded": ("geladen (Artikel/Aussagen)", "loaded (articles/claims)"),
    "col.error": ("Fehler", "Error"),
    "lang.switch": ("English", "Deutsch"),
    # charts
    "chart.price.title": ("Genannter Kaufpreis, jede Aussage ein Punkt", "Purchase price claimed, one dot per claim"),
    "chart.price.x": ("genannter Preis (Mrd., in der genannten Währung)", "price claimed (billions, in the stated currency)"),
    "chart.price.consensus": ("Mehrheit", "consensus"),
    "chart.price.range": ("Spanne laut Formulierung", "range the wording allows"),
    "chart.matrix.title": ("Welche Daten gehen an Facebook? Medien × Datenarten",
                           "Which data goes to Facebook? Outlets × data types"),
    "chart.matrix.x": ("Datenart", "data type"),
    "chart.matrix.y": ("Medium", "outlet"),
    "chart.optout.title": ("Kann man widersprechen? Aussagen je Medium im Zeitverlauf",
                           "Can users opt out? Claims per outlet over time"),
    "chart.optout.x": ("Erscheinungsdatum des Artikels", "article published"),
    "chart.optout.y": ("Medium", "outlet"),
    "chart.coverage.title": ("Berichterstattung je Medium und Monat", "Coverage per outlet and month"),
    "chart.coverage.x": ("Monat", "month"),
    "chart.coverage.y": ("Medium", "outlet"),
    "chart.claims.size": ("Fläche: Zahl der Aussagen", "area: number of claims"),
    "chart.coverage.size": ("Artikel im Monat", "articles in the month"),
    "chart.alt.price": ("Punktdiagramm der genannten Kaufpreise: {items}.", "Dot plot of the claimed purchase prices: {items}."),
    "chart.alt.matrix": ("Matrix Medien mal Datenarten: {items}.", "Matrix of outlets by data types: {items}."),
    "chart.alt.timeline": ("{title}. Zeitleiste: {items}.", "{title}. Timeline: {items}."),
    "chart.shared.title": ("„{subject}“ weitergegeben? Aussagen je Medium im Zeitverlauf",
                           "“{subject}” shared? Claims per outlet over time"),
    "chart.scope.title": ("Widerspruch ({subject})? Aussagen je Medium im Zeitverlauf",
                          "Opt-out ({subject})? Claims per outlet over time"),
    "col.scope": ("Zweck", "Purpose"),
    "col.answer": ("Antwort", "Answer"),
    "chart.alt.coverage": ("Zeitleiste der Artikel je Medium und Monat: {items}.",
                           "Timeline of articles per outlet and month: {items}."),
    "chart.more": ("und {n} weitere", "and {n} more"),
    # key events on the coverage timeline
    "event.announcement": ("Kauf angekündigt", "purchase announced"),
    "event.closing": ("Kauf abgeschlossen", "purchase closed"),
    "event.data_sharing_2016": ("Datenweitergabe angekündigt", "data sharing announced"),
    "event.hamburg_order": ("Hamburger Anordnung", "Hamburg order"),
    "event.eu_fine": ("EU-Bußgeld", "EU fine"),
    "event.policy_2021": ("neue Nutzungsbedingungen", "new privacy policy"),
}

# Words that change with a count: (one, other) per language.
_PLURALS: dict[str, dict[str, tuple[str, str]]] = {
    "outlet": {"de": ("Medium", "Medien"), "en": ("outlet", "outlets")},
    "article": {"de": ("Artikel", "Artikel"), "en": ("article", "articles")},
    "claim": {"de": ("Aussage", "Aussagen"), "en": ("claim", "claims")},
    "says": {"de": ("sagt", "sagen"), "en": ("says", "say")},
    "names": {"de": ("nennt", "nennen"), "en": ("says", "say")},
}


@dataclass(frozen=True)
class Translator:
    """Labels and formatting for one language (`de` or `en`)."""

    lang: str

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(f"unknown language {self.lang!r} (one of {', '.join(LANGUAGES)})")

    @property
    def locale(self) -> Locale:
        return _locale(self.lang)

    def __call__(self, key: str, **values: Any) -> str:
        """The label `key` in this language, with `{name}` placeholders filled in."""
        de, en = _LABELS[key]
        text = de if self.lang == "de" else en
        return text.format(**values) if values else text

    def vocab(self, field: str, value: Any) -> str:
        """A human label for a vocabulary value (`scope`, `data_type`, `stance`, `moment`, ...)."""
        if field == "shared":
            value = "true" if value else "false"
        key = f"{field}.{value}"
        return self(key) if key in _LABELS else str(value)

    def plural(self, word: str, n: int) -> str:
        """`word` in the form CLDR's plural rule picks for `n` in this language."""
        one, other = _PLURALS[word][self.lang]
        return one if self.locale.plural_form(n) == "one" else other

    def count(self, n: int, word: str) -> str:
        """'3 Medien', '1 outlet'."""
        return f"{self.number(n)} {self.plural(word, n)}"

    def number(self, n: float) -> str:
        return format_decimal(n, locale=self.lang)

    def date(self, value: date | datetime | None, form: str = "long") -> str:
        """'19. Februar 2014' / 'February 19, 2014'; '' for None."""
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = value.date()
        return _format_date(value, form, self.lang)

    def month(self, value: date) -> str:
        """'Feb. 2014' / 'Feb 2014'."""
        return format_date(value, format="MMM y", locale=self.lang)

    def quarter(self, value: date) -> str:
        """'Q1 2014' / 'Q1 2014' (Babel's abbreviated quarter)."""
        return format_date(value, format="QQQ y", locale=self.lang)

    def timestamp(self, value: datetime | None) -> str:
        """A moment with its time, in UTC as stored ('30. November 2026, 12:00 UTC')."""
        if value is None:
            return ""
        return f"{self.date(value)}, {format_time(value, 'HH:mm', locale=self.lang)} UTC"

    def amount(self, value: float | None, currency: str | None) -> str:
        """'19 Mrd. US-Dollar', '13,8 Mrd. €' in German; '$19B', '€13.8B' in English."""
        if value is None:
            return "?"
        return _format_amount(value, currency, self)

    def _amount(self, value: float, currency: str | None) -> str:
        if not currency:
            number = format_compact_decimal(value, format_type="short", locale=self.lang, fraction_digits=2)
            return f"{number} ({self('currency.none')})"
        if self.lang == "de" and currency != "EUR":
            # German press spells foreign currencies out: "19 Mrd. US-Dollar", not "19 Mrd. $".
            number = format_compact_decimal(value, format_type="short", locale=self.lang, fraction_digits=2)
            return f"{number} {get_currency_name(currency, count=value, locale=self.lang)}"
        return format_compact_currency(value, currency, format_type="short", locale=self.lang, fraction_digits=2)

    def amount_range(self, low: float | None, high: float | None, currency: str | None) -> str:
        """One amount, or 'low – high' when the range is wider than rounding."""
        if low is None or high is None or round(low) == round(high):
            return self.amount(low if low is not None else high, currency)
        return f"{self.amount(low, currency)} – {self.amount(high, currency)}"

    def event(self, event_id: str, fallback: str) -> str:
        """The label of a key event; the warehouse's own name for an event the report does not know."""
        key = f"event.{event_id}"
        return self(key) if key in _LABELS else fallback

    def question(self, question_type: str, subject: str | None, long: bool = False) -> str:
        """The human name of a question ('Kaufpreis', 'Widerspruch: Werbung')."""
        key = f"question.{question_type}" + (".long" if long else "")
        field = "scope" if question_type == "opt_out" else "data_type"
        return self(key, subject=self.vocab(field, subject)) if subject else self(key)


# Babel formats are slow next to a dict lookup, and 10,000 articles repeat the same few dates and amounts.
@lru_cache(maxsize=None)
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


@lru_cache(maxsize=65536)
def _format_date(value: date, form: str, lang: str) -> str:
    return format_date(value, format=form, locale=lang)


@lru_cache(maxsize=65536)
def _format_amount(value: float, currency: str | None, t: Translator) -> str:
    return t._amount(value, currency)


def translator(lang: str | None) -> Translator:
    """The Translator for `lang` (German when None)."""
    return Translator(lang or DEFAULT_LANGUAGE)


def _check_labels() -> None:
    """Every vocabulary value of the schema has a label (a new scope or data type must be named)."""
    for field in ("scope", "data_type", "stance", "moment", "qualifier"):
        for value in schema.VOCABULARIES[field]:
            if f"{field}.{value}" not in _LABELS:
                raise RuntimeError(f"reports/i18n.py: no label for {field} {value!r} (models/schema.py has it)")


_check_labels()
