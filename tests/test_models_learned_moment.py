"""The learned price moment (models/learned/moment_*.py): its words, its decision, the shipped stage."""
from __future__ import annotations

import pytest

from models.claims import claims_of
from models.learned import classifier
from models.learned import moment_stage
from models.learned.moment_loso import gold_moments, has_moments
from models.learned.dataset import DocRecord
from models.learned.moment_stage import LearnedMoment, decide_moment, settings
from models.learned.moment_words import AMOUNT, MOMENTS, NEAR, TextView, moment_words, value_band, years
from models.money import find_money
from models.pipeline import RULE_COMPONENTS, build_pipeline, load_pipeline

TEXT = ("Rückblick auf den Deal\n\nFacebook kündigte im Februar 2014 an, WhatsApp zu kaufen. Der Preis lag bei "
        "19 Milliarden Dollar. Im Oktober 2014 waren es wegen des Aktienkurses rund 22 Milliarden Dollar.")


@pytest.fixture(scope="module")
def pipelines():
    """(the rule components only, the whole pipeline with the learned stages: the process-wide one, read only here)."""
    return build_pipeline(RULE_COMPONENTS), load_pipeline()


def _words(variant: str, index: int, rule: str | None = "announced") -> tuple[str, ...]:
    mentions = find_money(TEXT)
    return moment_words(TextView.of(TEXT), mentions[index], mentions, variant, rule)


def test_value_band_and_years() -> None:
    assert value_band(19_000_000_000, "USD") == "band:USD:19"
    assert value_band(21_800_000_000, "USD") == "band:USD:22"
    assert value_band(5_000_000, None) == "band:none:other"
    assert years("Im Februar 2014, nicht 20145 oder 1850.", 0, 40) == ["y:2014"]


def test_words_hide_the_amount_and_keep_years_heading_and_previous_sentence() -> None:
    first, second = _words("M1", 0), _words("M1", 1)
    assert AMOUNT in first and "band:USD:19" in first and "p:y:2014" in first
    assert {"h:rückblick", "h:deal"} <= set(first)
    assert "y:2014" in second and "oktober" in second and "p:__money__" in second  # the 19 billion, hidden
    assert not any(w.startswith("rule:") for w in first)  # M1 never reads the rules' moment


def test_rule_variants_read_the_rules_moment_and_m3_only_near_words() -> None:
    assert _words("M2", 1, "closing")[-1] == "rule:closing"
    near = _words("M3", 1, None)
    assert near[-1] == "rule:none" and not any(w.startswith(("p:", "h:")) for w in near)
    at = near.index(AMOUNT)
    assert at <= NEAR and "oktober" in near


def test_heading_is_the_nearest_short_line_without_a_final_stop() -> None:
    text = "Der Titel\nEin langer Vorspann, der mit einem Punkt endet.\n\nZwischentitel\nHier steht der Betrag."
    view = TextView.of(text)
    assert view.heading(text.index("Betrag")) == "Zwischentitel"
    assert view.heading(text.index("Vorspann")) == "Der Titel"


@pytest.mark.parametrize(
    ("rule", "probs", "threshold", "expected"),
    [
        ("announced", {"announced": 0.1, "closing": 0.85, "unspecified": 0.2}, 0.8, "closing"),
        ("announced", {"announced": 0.1, "closing": 0.75, "unspecified": 0.2}, 0.8, "announced"),  # not sure enough
        ("closing", {"announced": 0.1, "closing": 0.95, "unspecified": 0.2}, 0.8, "closing"),
        ("unspecified", {"announced": 0.9, "closing": 0.9, "unspecified": 0.1}, 0.8, "announced"),  # tie: first in MOMENTS
        ("closing", {"announced": 0.9, "closing": 0.9, "unspecified": 0.1}, 0.8, "closing"),  # tie with the rules': theirs
    ],
)
def test_decide_moment(rule: str, probs: dict[str, float], threshold: float, expected: str) -> None:
    assert decide_moment(rule, probs, threshold) == expected


# TEXT without the dates: the closing cue "Beim Abschluss" is context the classifier may read otherwise.
UNDATED = TEXT.replace("im Februar 2014 ", "").replace("Im Oktober 2014", "Beim Abschluss")
# The closing told by the sentence before, none in the amount's own sentence: a moment the stage may overrule (a cue of
# the amount's sentence that dates it keeps the rules' moment, `moment_stage.stated_in`, session 21).
CLOSED_BEFORE = UNDATED.replace("Beim Abschluss waren es wegen des Aktienkurses rund 22",
                                "Der Kauf wurde später abgeschlossen. Damit waren es rund 22")


def _unspecified_for_22(model, sentences):
    """A fake classifier: `unspecified` at 0.9 for the 22-billion amount, at 0.6 for the others."""
    return [{"announced": 0.05, "closing": 0.05, "unspecified": 0.9 if "band:USD:22" in words else 0.6} for words in sentences]


def test_stage_keeps_a_moment_the_amounts_date_states(pipelines, monkeypatch) -> None:
    # "Im Oktober 2014 waren es ... rund 22 Milliarden Dollar": the date of the closing says it (issue 7, point 6)
    monkeypatch.setattr(classifier, "predict", _unspecified_for_22)
    doc = pipelines[0](TEXT)
    LearnedMoment(model=object(), variant="M2", threshold=0.8, enabled=True)(doc)
    assert [c.fields["moment"] for c in claims_of(doc) if c.type == "price"][-1] == "closing"


def test_stage_replaces_only_the_moment_when_confident(pipelines, monkeypatch) -> None:
    rules = pipelines[0]
    monkeypatch.setattr(classifier, "predict", _unspecified_for_22)
    doc = rules(CLOSED_BEFORE)
    before = [(c.start, c.end, c.fields["value"], c.fields["moment"]) for c in claims_of(doc) if c.type == "price"]
    LearnedMoment(model=object(), variant="M2", threshold=0.8, enabled=True)(doc)
    after = [(c.start, c.end, c.fields["value"], c.fields["moment"]) for c in claims_of(doc) if c.type == "price"]
    assert [b[:3] for b in before] == [a[:3] for a in after]  # no price added, dropped or moved
    assert after[0][3] == before[0][3]  # 0.6 < 0.8: the rules' moment stays
    assert before[1][3] == "closing" and after[1][3] == "unspecified"
    LearnedMoment(model=None, variant="M2", threshold=0.0, enabled=True)(doc)  # no weights: off (the fake would move both)
    assert [(c.start, c.end, c.fields["value"], c.fields["moment"]) for c in claims_of(doc) if c.type == "price"] == after


def test_shipped_stage_is_built_from_its_settings_and_keeps_every_price(pipelines) -> None:
    rules, full = pipelines
    config = settings()
    assert "moment_loso" in config["why"]  # the setting says how it was chosen
    stage = full.get_pipe("dealwatch_learned_moment")
    assert (stage.enabled, stage.variant, stage.threshold) == (config["enabled"], config["variant"], config["threshold"])
    assert (stage.model is not None) == stage.enabled and moment_stage.WEIGHTS_FILE.is_file()
    texts = [TEXT, "WhatsApp gehört seit 2014 zu Facebook. Damals zahlte der Konzern 19 Milliarden Dollar für den Messenger."]
    for text in texts:
        a = [(c.start, c.end, c.fields["value"], c.fields["currency"]) for c in claims_of(rules(text)) if c.type == "price"]
        b = [(c.start, c.end, c.fields["value"], c.fields["currency"]) for c in claims_of(full(text)) if c.type == "price"]
        assert a == b and a
        assert all(c.fields["moment"] in MOMENTS for c in claims_of(full(text)) if c.type == "price")


def test_gold_moments_per_price() -> None:
    gold = {"price": [{"value": 19e9, "currency": "USD", "moment": "announced"}, {"value": 19e9, "currency": "USD", "moment": "unspecified"},
                      {"value": 22e9, "currency": "USD", "moment": "closing"}]}
    record = DocRecord("s", "t", "", gold, [], [])
    assert has_moments(record)
    assert gold_moments(record) == {(19_000_000_000, "USD"): {"announced", "unspecified"}, (22_000_000_000, "USD"): {"closing"}}
    assert not has_moments(DocRecord("s", "t", "", {"price": [{"value": 1, "currency": None}]}, [], []))


def test_run_time_words_are_the_measured_ones(pipelines) -> None:
    # The stage must read a claim exactly as moment_loso measured it (no skew between training and run time).
    from models.context import doc_text
    from models.learned.moment_loso import units
    from models.learned.moment_stage import price_words

    rules = pipelines[0]
    doc = rules(TEXT)
    claims = list(claims_of(doc))
    record = DocRecord("s", "t", doc_text(doc), {"price": [{"value": 1, "currency": None, "moment": "announced"}]},
                       [c.to_record() for c in claims], [])
    for variant in ("M1", "M2", "M3"):
        measured = [u.words for u, _ in units(record, variant)]
        assert measured and [words for _, words in price_words(doc, variant)] == measured


def test_folds_read_the_stages_run_time_check(pipelines, monkeypatch) -> None:
    # moment_loso must measure the stage as shipped: the moment the amount's own words state keeps the rules'
    # moment in the folds as at run time ("Im Oktober 2014 waren es ... 22 Milliarden": closing stays).
    from models.context import doc_text
    from models.learned.moment_loso import units
    from models.learned.moment_stage import _stated, keeps_rule

    doc = pipelines[0](TEXT)
    claims = [c for c in claims_of(doc) if c.type == "price"]
    record = DocRecord("s", "t", doc_text(doc), {"price": [{"value": 1, "currency": None, "moment": "announced"}]},
                       [c.to_record() for c in claims_of(doc)], [])
    measured = [u.stated for u, _ in units(record, "M1")]
    assert measured == [_stated(doc, c) for c in claims] and measured[-1] == "closing"
    assert keeps_rule("closing", "unspecified", lambda: measured[-1]) == "closing"
    assert keeps_rule("announced", "unspecified", lambda: None) == "unspecified"


def test_the_stage_keeps_a_rule_moment_the_sentence_dates() -> None:
    # session 21 (moment28): a cue of the amount's sentence that dates it ("bis zum Abschluss"), not only a date or an
    # attribute, keeps the rules' moment against the stage (own9-059, own10-038); the tense of news does not
    from models.learned.moment_stage import stated_in
    from models.moment import stated_moment

    rise = "Der Preis, zunächst mit 19 Milliarden Dollar genannt, wuchs bis zum Abschluss auf knapp 22 Milliarden Dollar."
    start = rise.index("knapp 22")
    end = rise.index(" Dollar.", start) + len(" Dollar")
    assert stated_moment(rise, start, end) is None
    assert stated_in(rise, (0, len(rise)), start, end) == "closing"
    news = "Facebook kauft WhatsApp für 19 Milliarden Dollar."
    start = news.index("19")
    assert stated_in(news, (0, len(news)), start, start + len("19 Milliarden Dollar")) is None


def test_rule_table_rows_as_moment_training_pairs(pipelines) -> None:
    # session 26 (learn26b): the rule table's price-moment rows may train the stage (learn26's variant A). A row the
    # rules pass gives one pair per rule price claim, labelled with the rules' moment; a row they fail gives none;
    # the learned moment stage of the pipeline is off while the rows are read and restored after.
    from models.learned.moment_loso import CASES, MOMENT_STAGE, examples, fold_commit, moment_rows, names_moment, row_examples

    news = "Facebook kauft WhatsApp für 19 Milliarden Dollar."
    rows = [{"text": news, "expect": [{"type": "price", "moment": "announced"}]},
            {"text": "Facebook zahlt 19 Milliarden Dollar für WhatsApp.", "expect": [{"type": "price", "moment": "closing"},
                                                                              {"type": "price", "moment": "announced"}]}]
    assert all(names_moment(row) for row in rows)
    assert not names_moment({"text": news, "expect": [{"type": "price", "value": 19e9}]})
    full = build_pipeline()
    stage = full.get_pipe(MOMENT_STAGE)
    assert stage.enabled
    pairs = row_examples(full, rows, "M1")
    assert stage.enabled
    mentions = find_money(news)
    assert pairs == [(moment_words(TextView.of(news), mentions[0], mentions, "M1", "announced"),
                      {moment: moment == "announced" for moment in MOMENTS})]
    # a text enters once, and only when every row of it passes (here a second row forbids the rules' moment)
    read: dict = {}
    assert row_examples(full, [rows[0], rows[0]], "M1", read) == pairs and news in read
    assert row_examples(full, [rows[0], {"text": news, "absent": [{"type": "price", "moment": "announced"}]}], "M1", read) == []
    record = DocRecord("s", "t", TEXT, {"price": [{"value": 19e9, "currency": "USD", "moment": "announced"}]}, [], [])
    plain = examples([record], "M1")
    assert plain and examples([record], "M1", pairs) == plain + pairs
    table = moment_rows()
    assert table and all(names_moment(row) and not row.get("rules_only") for row in table)
    assert CASES.endswith("test_models_cases.jsonl")
    # a fold learns from the table as it was at its set's blind commit (fewer rows then), today's for older sets
    assert fold_commit("heldout12") == "8abe359" and fold_commit("dev") is None
    assert 0 < len(moment_rows("8abe359")) < len(table)


LOOK_BACKS = [  # session 27 (learn27): our own sentences of D38's look-backs the amount's own clause or line tells
    "Für seinerzeit 19 Milliarden Dollar ging der Messenger an Facebook.",
    "Vor sechs Jahren legte Facebook 19 Milliarden Dollar für WhatsApp hin.",
    "Der Preis von damals – 19 Milliarden Dollar – gilt heute als Schnäppchen.",
    "WhatsApp wurde 2014 für 19 Milliarden Dollar an Facebook verkauft.",
    "Facebook hat WhatsApp 2014 für 19 Milliarden Dollar gekauft.",
    "Übernahmepreis 2014: 19 Mrd. US-Dollar",
    "Eine kleine Chronik:\n2014 – WhatsApp geht an Facebook. Kaufpreis: 19 Milliarden Dollar.",
    "Viele fragen sich, was aus dem Versprechen wurde, das es gab, als Mark Zuckerberg WhatsApp für 19 Milliarden Dollar übernahm.",
    "Für welche Summe erwarb Facebook 2014 den Messenger?\na) 190 Millionen Dollar b) 19 Milliarden Dollar",
    "Zum Vergleich: Einst hatte Facebook für den Messenger 19 Milliarden Dollar ausgegeben.",
    "Der Konzern hatte den Dienst für 19 Milliarden Dollar übernommen, bevor die Kartellwächter aufwachten.",
    # a time since the deal's year tells the sentence from later (D38; moment27b's since_deal_year, read by the guard
    # since session 28, year28: learn27 had this one as a near miss while the rules did not read "seit 2014")
    "Seit 2014 stieg der Wert der Aktien, die Facebook für 19 Milliarden Dollar hergab, deutlich.",
    "Seit 2014 gehört WhatsApp zu Facebook, das 19 Milliarden Dollar für den Messenger bezahlt hat.",
    # a list row's bare year in brackets after the amount (session 29, moment29: the stage overruled own49-050's
    # "9. Facebook/WhatsApp: 19 Mrd. Dollar (2014) …" in a list of record deals to `announced`)
    "Die größten Übernahmen der Tech-Branche\n3. Facebook/WhatsApp: 19 Mrd. Dollar (2014)",
    "Die teuersten Zukäufe von Facebook: WhatsApp für 19 Milliarden Dollar (2014), Oculus für zwei Milliarden Dollar.",
    # the preterite of paying in the relative clause right after the amount (session 29, moment29: the stage overruled
    # challenge_price4-011's "Von den 19 Mrd. Dollar, die Facebook für WhatsApp zahlte, ..." to `announced`)
    "Die 19 Milliarden Dollar, die Zuckerberg für den Messenger bezahlte, bestanden zum größten Teil aus Aktien.",
    "Nur ein Teil der 19 Milliarden Dollar, welche der Konzern für WhatsApp zahlte, floss in bar.",
]
NOT_LOOK_BACKS = [  # near misses: news of the deal, a bare preterite, "als" of a comparison, "seit heute"
    "Facebook übernimmt WhatsApp für 19 Milliarden Dollar.",
    "Facebook zahlte für einen Dienst mit 55 Mitarbeitern 19 Milliarden Dollar.",
    "Facebook zahlt mehr als 19 Milliarden Dollar für WhatsApp.",
    "Wie viel zahlt Facebook für WhatsApp? 19 Milliarden Dollar.",
    "Seit heute gehört WhatsApp zu Facebook, das 19 Milliarden Dollar bezahlt hat.",
    "Die Telekom hatte zuletzt rund 19 Milliarden Euro Umsatz im Jahr.",
    # a bracket that names more than a year, or a year in brackets past the amount's sentence (session 29, moment29)
    "Facebook zahlt 19 Milliarden Dollar für WhatsApp (gegründet 2009).",
    "Facebook übernimmt WhatsApp für 19 Milliarden Dollar. Instagram (2012) kostete eine Milliarde.",
    "Die 19 Milliarden Dollar, die Facebook für WhatsApp zahlt, bestehen großteils aus Aktien.",
]


@pytest.mark.parametrize("text", LOOK_BACKS + NOT_LOOK_BACKS)
def test_the_stage_keeps_unspecified_where_the_amounts_clause_looks_back(text: str) -> None:
    # session 27 (learn27): learn26b's retrain with the rule table's rows flipped look-backs the amount's own clause
    # dates ("für damals 19 Milliarden", "vor zwei Jahren", "Kaufpreis 2014:", "Wie viel zahlte Facebook 2014 ...",
    # a chronicle's "2014 – ...", "Als Facebook ... kaufte") to `announced`; `stated_in` now states `unspecified` there
    from models.learned.moment_loso import sentence_of
    from models.learned.moment_stage import keeps_rule, stated_in

    start = text.index("19 M")
    end = start + len("19 Milliarden") if text.startswith("19 Milliarden", start) else start + len("19 Mrd.")
    stated = stated_in(text, sentence_of(text, start), start, end)
    if text in LOOK_BACKS:
        assert stated == "unspecified" and keeps_rule("unspecified", "announced", lambda: stated) == "unspecified"
    else:
        assert stated is None


SET_AGAINST_THE_CLOSING = [  # session 29 (moment29): D8 across a reply, read from the text alone (the stage overruled
    # challenge_gen10-019's rule `announced` to `unspecified`, its "Damals" read by the look-back guard)
    "Kommentar von Udo (3. März 2018)\nSeinerzeit hat Facebook 19 Milliarden Dollar für WhatsApp gezahlt.\n\n"
    "Antwort von Petra (3. März 2018)\nBeim Abschluss des Kaufs waren es dann rund 22 Milliarden Dollar.",
    "Damals hat Zuckerberg für WhatsApp 19 Milliarden Dollar ausgegeben. Nach dem Vollzug waren es knapp 22 Milliarden "
    "Dollar.",
]
NOT_SET_AGAINST_THE_CLOSING = [  # near misses: a larger figure of something else, a larger sum with no closing cue
    "Damals hat Facebook für WhatsApp 19 Milliarden Dollar ausgegeben. Heute stieg der Umsatz auf 40 Milliarden Dollar.",
    "Damals hat Facebook für WhatsApp 19 Milliarden Dollar ausgegeben. Google bot angeblich 20 Milliarden Dollar.",
]


@pytest.mark.parametrize("text", SET_AGAINST_THE_CLOSING + NOT_SET_AGAINST_THE_CLOSING)
def test_the_stage_keeps_a_sum_set_against_the_closing(text: str) -> None:
    from models.learned.moment_loso import sentence_of
    from models.learned.moment_stage import keeps_rule, stated_in

    start = text.index("19 Milliarden Dollar")
    end = start + len("19 Milliarden Dollar")
    stated = stated_in(text, sentence_of(text, start), start, end)
    if text in SET_AGAINST_THE_CLOSING:
        assert stated == "announced" and keeps_rule("announced", "unspecified", lambda: stated) == "announced"
    else:
        assert stated != "announced"
