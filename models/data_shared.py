"""The dealwatch_data_shared spaCy component: which data WhatsApp passes to Facebook, and which not.

Design notes
------------
* Vocabulary and cues live in ``patterns/data_shared.json`` (German stems,
  compounds, multiword phrases -> CONTRACT data types); code only interprets
  them. A new spelling belongs there, not here.
* Cheap first: one precompiled regex finds every data term in ``doc.text``;
  only sentences that contain one are looked at further, with regexes over
  the sentence text (no per-token Python loops).
* A mention becomes a claim only where the text speaks about a transfer
  between WhatsApp and Facebook/Meta: a transfer cue in its clause (or in
  another clause of its sentence, or in the previous sentence when this one
  continues it: "Dazu gehören ..."), Facebook/Meta/"Mutterkonzern" in the
  sentence or a neighbour, and WhatsApp (or "Messenger", ...) within two
  sentences. Receiving/using verbs ("erhält", "nutzt", "Zugriff") must have
  Facebook in the same clause. WhatsApp merely collecting or storing data
  ("speichert", "sammelt") yields no claim; neither do questions or
  conditional clauses ("Wenn ...", "Sollte ...").
* Polarity: shared=false when the mention's clause (see ``models.negation``
  for the clause cut) carries a negation ("keine weiteren Daten, wie z.B.
  Gesprächsinhalte und Profildaten, ..." negates the whole enumeration), or
  says the data stays protected ("bleiben ... verschlüsselt/geschützt", "nur
  für die Beteiligten"). A negation next to an opt-out cue ("kannst du wählen,
  ... nicht mit Facebook zu teilen", "Widerspruch ... nicht möglich") is about
  the choice, not the transfer: the gold annotates such data as shared=true.
  A clause without its own cue takes the polarity of the nearest transfer
  clause of its sentence. Protection in a clause outweighs reading there
  ("bleiben privat, und niemand sonst kann sie lesen"). Exceptions turn the
  polarity of what they except ("mit Ausnahme der Nachrichten", "außer den
  Chats", "sind von der Weitergabe ausgenommen", "nicht Teil des Pakets");
  data in the 'mit'-phrase of a matching verb is what is matched against,
  not what is passed on ("gleicht sie mit den Telefonbüchern anderer
  Mitglieder ab"); a transfer that is "nicht erwähnt" or "weniger eindeutig"
  says nothing.
* Claims: one per data type and polarity per sentence; adjacent same-type
  items of an enumeration share one span ("Gerätemodell, Betriebssystem,
  Mobilfunkanbieter"); a truncated compound continuation is included
  ("Nutzungshäufigkeit und -zeitpunkt"). Weak words ("Name", "Status") count
  only inside an enumeration with another data term; a bare "Nachrichten"
  counts only where it is said to be protected or not accessible. Plain
  "Daten" gives no claim: it names no data type, and a vague 2014 promise
  ("keine Daten weiterzugeben") would otherwise contradict every later claim
  of type ``other``. Named other data ("Zahlungsdaten") is ``other``.
"""
from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from models.claims import add_claim, claims_of, rejected_sentences
from models.data_shared_anaphora import anaphor_sentences, drop_questioned
# The reading across a sentence's clauses (cutting it into clauses, which clause decides a mention's polarity,
# rumours, worries and hypotheticals): models/data_shared_clauses.py. _PRONOUN_CLAUSE(_WORDS) stay importable here.
from models.data_shared_clauses import (  # noqa: F401
    _HOSTING_USE, _MASKED_RUN, _PRONOUN_CLAUSE, _PRONOUN_CLAUSE_WORDS, _STORING_PURPOSE, _after_worry, _clause_of,
    _hosted_by_purpose, _hypothetical,
    _nearest_transfer, _predicate_protects, negated_antecedent, _refuted_before_colon, _rumour_label, _statement_before_tail,
    _states_transfer, _without_contrary_asides, _without_that_fronted, clauses_of, denied_guarantee, semicolon_parts,
)
from models.data_shared_layout import drop_unkeyed_choices, layout_claims, table_row
from models.data_shared_worry import warned_possibility, warning_only, worry_fulfilled, worry_in_own_conjunct
from models.doc_extensions import doc_value
from models.layer.cues import token_cues
from models.layer.deal_context import mention_spans
from models.layer.leads import body_start
from models.layer.families import family_sentences
from models.layer.tagger import FINITE, may_tag, may_tag_any, must_tag, proper_noun, tag_words, tags_any
from models.component import DocComponent
from models.context import RELATIVE_START, Sentences, doc_text
from models.layer.text import LOWER_KEY, lower_text, sentences_with  # noqa: F401 (re-exported: opt_out reads them here)
from models.negation import (
    has_negation,
    is_conditional,
    is_question,
    literal_alternation,
)
from models.layer.spelling import swiss_file
from models.patterns import load_compiled
from models.data_shared_phrases import PHRASES, PHRASINGS_FILE, bare_message_word, blank_item_relatives, introduces_list, refuted_by_note, refutes, setting_labels, unclaimed_spans, verdict_of, without_item_relatives  # noqa: F401 (PHRASINGS_FILE: the file's path, for tests)
from models.regex_tools import (
    ExistenceTest, PossibleCues, PresentAlternatives, first_letter_led, gate_words, literal_first, may_hold,
)

PATTERNS_FILE = Path(__file__).parent / "patterns" / "data_shared.json"
# The rules' word lists and phrase shapes, as data (models/data_shared_phrases.py): the entries this module reads.
_INDIRECT_QUESTION = PHRASES["indirect_question"]
_WH_QUESTION = PHRASES["wh_question"]
_VERDICT_WORD = PHRASES["verdict_word"]
_WHICH_DATA = PHRASES["which_data"]
_LIST_OPENING = PHRASES["list_opening"]
_TWO_SIDED = PHRASES["two_sided_question"]  # "Was geht an Facebook - und was nicht?": asks both sides
_SUBORDINATE_START = PHRASES["subordinate_start"]
_PRONOUN_ANSWER = PHRASES["pronoun_answer"]
_NOT_KNOWING_ANSWER = PHRASES["not_knowing_answer"]  # "Das weiß derzeit niemand.": neither yes nor no
_VERDICT = PHRASES["verdict"]
_UNKNOWN_CELL = PHRASES["unknown_cell"]  # "Kontakte an Facebook: keine Angabe": a row's cell that says nothing
_ADDRESSEES = PHRASES["addressees"]
_YES_NO_ANSWER = PHRASES["yes_no_answer"]
_HOLDING_SOURCE = PHRASES["holding_source"]  # "..., weil ich dort ein Konto habe": Facebook has it from elsewhere
_FACEBOOK_HOLDS = PHRASES["facebook_holds"]  # "Meine Nummer hat Facebook trotzdem": Facebook beside a finite "haben"
_MASKED_RUN_AT = re.compile(r"(?<=\S)\s{3,}|^\s{3,}|(?<=\s)\s{3,}")  # where a masked data term stands
_WORDS = re.compile(r"[a-zäöüß][\w-]*")
#: What may stand between Facebook's "hat" and the data it holds: articles, possessives, adverbs, no noun of its own
#: ("hat naturgemäß großes Interesse an Telefonnummern" holds one).
_HOLDER_OBJECT_WORDS = frozenset({
    "die", "den", "der", "das", "dem", "des", "meine", "meinen", "deine", "deinen", "ihre", "ihren", "seine", "seinen",
    "unsere", "unseren", "eure", "euren", "alle", "sämtliche", "natürlich", "trotzdem", "dann", "jetzt", "nun", "längst",
    "schon", "bereits", "doch", "ja", "auch", "ohnehin", "sowieso", "eh", "wohl", "nicht", "noch", "immer", "dennoch",
})
_HOLDER_TAIL_WORDS = frozenset({"trotzdem", "längst", "schon", "bereits", "ohnehin", "sowieso", "jetzt", "nun", "doch"})
_VOCATIVE_TAIL = PHRASES["vocative_tail"]  # "Das stimmt nicht, Gisela.": the one addressed, no part of the verdict
_VERDICT_OPENING_COMMA = PHRASES["verdict_opening_comma"]  # "Quatsch, der Standort geht nicht an FB": the verdict first
_DENIAL_OWN_OBJECT = PHRASES["denial_own_object"]  # "bestreiten die Rechtmäßigkeit, ...": the denial has its object
_REPORTED_YES_NO = PHRASES["reported_yes_no_question"]  # "Er fragte, ob ...": the ob clause is asked
_IMPOSSIBLE_ANSWER = PHRASES["impossible_answer"]  # "Das ist technisch ausgeschlossen.": it cannot happen at all
_REPORTED_VERDICT = PHRASES["reported_verdict"]  # "Koum verneint.", "Das bestätigt ein Sprecher.": a reported yes or no
_ONLY = PHRASES["only"]
_REFUTATION = PHRASES["refutation"]
_THAT_CLAUSE = PHRASES["that_clause"]
_FEELING_VERB = PHRASES["feeling_verb"]  # "Dass ..., | wundert mich nicht": a feeling after a fronted that-clause
_CALLED_UNTRUE = PHRASES["called_untrue"]  # "– es ist aber nur ein Gerücht": the sentence calls it untrue
_ITSELF = re.compile(r"\s+selbst\b", re.IGNORECASE)  # "der Chat selbst": the intensifier after the noun
_STANDING_CLAIM_VERB = PHRASES["standing_claim_verb"]  # "Der Kläger behauptet, ...": an unrefuted claim stands
_STANDING_CLAIM_BLOCKER = PHRASES["standing_claim_blocker"]  # "angeblich", "Gerücht", "glauben": it stays hearsay
_STANDING_CLAIM_CONTENT = PHRASES["standing_claim_content"]  # ", die Beklagte habe ...": indirect speech, not "dass" + indicative
_SUBMISSION_REFUTED = PHRASES["submission_refuted"]  # "Diese Behauptung hat die Beklagte widerlegt."
_REJECTED_SUBMISSION_HEAD = PHRASES["rejected_submission_head"]  # "Soweit der Kläger beanstandet, ..."
_REJECTED_SUBMISSION_VERDICT = PHRASES["rejected_submission_verdict"]  # "..., ist die Klage unbegründet"
_UNSAID_HEAD = PHRASES["unsaid_head"]  # "Niemand sagte, | dass ...": a negated verb of saying heads the that-clause
_CONCESSIVE_IF = PHRASES["concessive_if"]
_WISH_VERB_END = PHRASES["wish_verb_end"]  # "Wenn du nicht möchtest, | dass Facebook ... verwendet": the wished event
_ZU_INFINITIVE_CLAUSE = PHRASES["zu_infinitive_clause"]  # "Wir wollen niemanden zwingen, seine Nummer ... zu geben"
_WITH_PHRASE = PHRASES["with_phrase"]
_EXAMPLE_OF = PHRASES["example_of"]
_REPORTING = PHRASES["reporting"]
_CONTRAST_ELLIPSIS = PHRASES["contrast_ellipsis"]
_CONTRAST_TAIL = PHRASES["contrast_tail"]
_TRAILING_NEGATION = PHRASES["trailing_negation"]
_HEDGED_PROTECTION = PHRASES["hedged_protection"]
_PLANNED_PROTECTION = PHRASES["planned_protection"]
_BY_THE_PURCHASE = PHRASES["by_the_purchase"]  # "Mit der Übernahme sichert sich Facebook den Zugang zu ...": the deal's gain
_CONJUNCT_BREAK = PHRASES["verb_final_conjunct_break"]  # "... nicht zugestimmt hätten und trotzdem ..."
_SUBORDINATE_OPENING = PHRASES["subordinate_opening"]
_KEPT_ENCRYPTED = PHRASES["kept_encrypted"]  # "Die Chats bleiben verschlüsselt." before "Alles andere wandert zu Facebook."
_BUYING_VERB = PHRASES["buying_verb"]  # "Bei WhatsApp aber kauft er vor allem Telefonnummern": what the deal buys
# "verwendet sie nicht, um ein Profil anzulegen": a negated use for a purpose, not a negated transfer
_PURPOSE_INFINITIVE = PHRASES["purpose_infinitive"]
_SPEAKER_HEAD = PHRASES["speaker_head"]
_RETORT_HEAD = PHRASES["retort_head"]  # "Der Gutachter widersprach: ...": a verb of saying, no user's choice
_BEFORE_CLAUSE = PHRASES["before_clause"]  # "Bevor auch nur eine Nummer zu Facebook wandert, müssen ...": no fact  # "Ich vermute, irgendwann wird man ...": a guess's object is the clause after it
_QUOTED_CLAIM = PHRASES["quoted_claim"]  # "2. „WhatsApp gibt mein Adressbuch an Facebook.“": a fact-check's claim
_QUOTED_QUESTION = PHRASES["quoted_question"]
_ASKED_PART_EDGE = PHRASES["asked_part_edge"]  # "Was passiert, wenn ... – hat Facebook ... trotzdem?": the last part asks
_CONCESSIVE_MAIN = PHRASES["concessive_main"]  # "Hat Facebook meine Nummer dann trotzdem, wenn ...?": whatever happens
_ENCRYPTED_IDENTIFIER = PHRASES["encrypted_identifier"]  # "Diese Nummern werden verschlüsselt verarbeitet": no item
_IDENTIFIER_TYPES = ("phone_number", "contacts")  # numbers and contact lists: their encryption is how they are matched
_CONCESSIVE_CONDITION = PHRASES["concessive_condition"]  # "Auch wenn Sie den Haken entfernen, erhält Facebook ..."  # "„Wer garantiert, dass ...?“, fragt er.": who asks, no more
_STAYING_PUT = PHRASES["staying_put"]  # D35: "bleiben, wo sie sind", "bleibt auf dem Telefon": no transfer named
_WHY_CLAUSE = PHRASES["why_clause"]  # "..., warum sie den Messenger nicht nutzt": an indirect question states nothing
_ONLY_IF = PHRASES["only_if"]
_SEPARATED_MITTEILEN = PHRASES["separated_mitteilen"]  # "teilt eine Sprecherin schriftlich mit:": announcing
_VERDICT_FOCUS = PHRASES["verdict_focus"]  # "dass nur / erst / einfach / für Werbung ...": the verdict's target
_VERDICT_OPINION = PHRASES["verdict_opinion"]  # "..., kritisiert die Verbraucherzentrale": a moral "falsch"
_FALSE_VERDICT = PHRASES["false_verdict"]  # "Es stimmt nicht" before ", dass ...": the that-clause is denied
_FACTIVE_QUESTION_HEAD = PHRASES["factive_question_head"]  # "Wie bewertet die Regierung, | dass ...?": presupposed (D66 (d))
_REPORTED_CAN = re.compile(r"\bkönnten\b")  # reported speech's plural "könnten" for "können" (`_reported_can`)
_NOMINAL_TRANSFER = PHRASES["nominal_transfer"]
_EXCLUDED_TRANSFER = PHRASES["excluded_transfer"]  # "Eine Weitergabe der Chats an Facebook ist ausgeschlossen"
_REPORTING_AFTER_DENIAL = PHRASES["reporting_after_denial"]  # "weist den Bericht zurück und betont, ..."
_DEMAND_HEAD = PHRASES["demand_head"]  # "Der Bundesverband fordert, der Messenger dürfe ...": the demanded clause after it
_PROHIBITED_TRANSFER = PHRASES["prohibited_transfer"]  # "ein Antrag, der die Weitergabe von X verbietet": no fact
_NOBODY = re.compile(r"\bniemand(?:em|en)?\b")  # "Niemand bestreitet, dass ...": a negative subject admits
_NEGATED_SAYER = re.compile(rf"{_NOBODY.pattern}|\bkaum\b")  # a reported verdict's negated or near-negated sayer
_TOPIC_TRANSFER = PHRASES["topic_transfer"]
# "Der Weitergabe der Nummer kann man nicht widersprechen": the objection's object, no transfer stated (D25)
_OBJECTED_TRANSFER = PHRASES["objected_transfer"]
# speed28: asked branch by branch behind its literals (a 6,865-character alternation tried at every position of each
# clause before): the same answer; over the studied texts' 2,513 clauses 11.4 -> 3.8 ms
_OBJECTED_TRANSFER_TEST = ExistenceTest(_OBJECTED_TRANSFER.pattern)
_OBJECTED_TRANSFER_NOUN = PHRASES["objected_transfer_noun"]
_PROVIDED_FOR = PHRASES["provided_for"]  # "sieht ... nicht vor": vorsehen, no seeing
_REFUTED_READING = PHRASES["refuted_reading"]  # "Meta liest die Nachrichten mit. Das stimmt nicht.": D39 (a) (prec43)
_OBJECTLESS_READING = PHRASES["objectless_reading"]  # "Weder WhatsApp noch Facebook können mitlesen."
_OBJECTLESS_READING_TEST = ExistenceTest(_OBJECTLESS_READING.pattern)
_RELATIVE_WISH = PHRASES["relative_wish"]  # "..., die ihre Nummer nicht bei Facebook sehen wollen": a wish
_NEGATED_CONSENT = PHRASES["negated_consent"]
_NEGATED_ROLE = PHRASES["negated_role"]
_NEGATED_TOTALITY = PHRASES["negated_totality"]  # "papa nicht alles 🙄 die telefonnummer ... gehen an facebook"
_NEGATED_PROTECTION = PHRASES["negated_protection"]  # "nicht Ende-zu-Ende-verschlüsselt": the encryption is negated
_NEGATED_CONSTITUENT_CONTRAST = PHRASES["negated_constituent_contrast"]  # "nicht im Klartext, aber als ..."
_ALREADY_PASSED_RELATIVE = PHRASES["already_passed_relative"]
_ALREADY_PASSED_ATTRIBUTIVE = PHRASES["already_passed_attributive"]  # "die längst übertragenen Gerätedaten"
_NEGATED_RECIPIENT = PHRASES["negated_recipient"]
_CORRECTING_CLAUSE = PHRASES["correcting_clause"]
_SHIELDING = PHRASES["shielding"]
_HIDDEN_FROM = PHRASES["hidden_from"]  # "bleiben vor den Betreibern verborgen": whom the data is kept from
# a prying or transfer noun, or a third party in general, as what data is kept from: the protection reaches Facebook too
_PRYING = re.compile(r"\b(?:zugriff\w*|weitergabe|übermittlung|übertragung|dritt\w*|blick\w*|einblick\w*|fremd\w*|unbefugt\w*|neugierig\w*|mitles\w*|werbung|werbe\w*|konzern\w*|netzwerk)\b")
# "Vor Facebook bleiben die Nummern nicht verborgen": the protection itself negated, the data not kept back
_NEGATED_HIDING = re.compile(r"\bnicht\s+(?:mehr\s+)?(?:verborgen|versteckt|geheim)\b")
_NEGATED_RETENTION = PHRASES["negated_retention"]
_SHARING_TOPIC = PHRASES["sharing_topic"]
_FACEBOOK_VOICE_SUBJECT = PHRASES["facebook_voice_subject"]  # "Ein Facebook-Sprecher dementierte, ...": the subject (ds58)
# "Dort bleiben alle Chats verschlüsselt", "bei diesem Dienst": a place or service taken up from before (review58, ds58)
_PLACE_BACK_REFERENCE = re.compile(r"\bdort\b|\bbei\s+(?:diesem|dem|jenem)\s+(?:dienst|messenger|anbieter)\b|\bbei\s+ihm\b")
_FACEBOOK_QUOTE_ATTRIBUTION = PHRASES["facebook_quote_attribution"]  # "„...“, sagte ein Facebook-Sprecher" (ds58)
_NEW_TERMS_TOPIC = PHRASES["new_terms_topic"]
_UNCHANGED_BY_TERMS = PHRASES["unchanged_by_terms"]  # "daran ändert das Update nichts", "so oder so" (ds58)  # "die neuen Nutzungsbedingungen": a text about the 2021 terms (ds58)
_TITLE_RECIPIENT = PHRASES["title_recipient"]
_DATED_ENTRY = PHRASES["dated_entry"]
_PROTECTED_FROM_ADS = PHRASES["protected_from_ads"]  # "Persönliche Chats sollen von der Werbung unberührt bleiben"
_ENCRYPTION_SINCE = PHRASES["encryption_since"]  # "Seit April 2016 sind alle Nachrichten ... verschlüsselt" (D39 (c))
_HOSTED = PHRASES["hosted_at_facebook"]
_TURN = PHRASES["turn"]
_PURCHASE_RETURN = PHRASES["purchase_return"]
_PREVENTION = PHRASES["prevention"]
_OWN_DEPOSIT = PHRASES["own_deposit"]
_ELIDED_DESTINATION = PHRASES["elided_destination_label"]
_DESTINATION_LABEL = PHRASES["destination_label"]
# "Die Chats aber nicht.", "Die Gerätedaten ebenfalls.": a verbless continuation of the statement before (session 36)
_ELLIPTIC_CONTINUATION = PHRASES["elliptic_continuation"]
# Speed, the same answers: most sentences hold none of the words every match of these holds (`may_hold`).
_OWN_DEPOSIT_WORDS = gate_words(_OWN_DEPOSIT)
_HOSTING_USE_WORDS, _STORING_PURPOSE_WORDS = gate_words(_HOSTING_USE), gate_words(_STORING_PURPOSE)
# The phrasing behind the literals each of its branches needs (a hand list of words drifts from the pattern:
# "bei  facebook" with two spaces, or a branch added later, would be gated out)
_HOSTED_TEST = ExistenceTest(_HOSTED.pattern)
_PREVENTION_TEST = ExistenceTest(_PREVENTION.pattern)
_DEMONSTRATIVE_SUMMARY = PHRASES["demonstrative_summary"]
_LIST_ANAPHOR = PHRASES["list_anaphor"]  # "Facebook erhält diese Liste nicht": the contact list named before
_NEGATED_PURPOSE_USE = PHRASES["negated_purpose_use"]
_PLACE_OF_ITEM = PHRASES["place_of_item"]
_ADDITIVE_EXCEPT = PHRASES["additive_except"]
_SENT_IN_CHAT = PHRASES["sent_in_chat"]
_FRAGMENT_PART_OPENING = PHRASES["fragment_part_opening"]  # "welches Handy man hat", "außerdem wie oft ..."
_HELD_IN_CONTACTS = PHRASES["held_in_contacts"]
_ENGLISH_WORD = PHRASES["english_function_word"]  # "we", "your", "not": an English sentence or quote
_GERMAN_WORD = PHRASES["german_function_word"]
_STRETCH_EDGE = re.compile(r"[„“”\"«»:]|(?<!\w)['‚‘’]|['‚‘’](?!\w)")  # quotes and colons bound an English stretch
MIN_ENGLISH_WORDS = 3  # fewer English function words than this make no English stretch ("die 'last seen' Information")
_EXAMPLES_OPENING = PHRASES["examples_opening"]  # "Daten wie ": the examples of a data noun, no indirect question
_FACEBOOK_AS_RECIPIENT = PHRASES["facebook_as_recipient"]  # "an Facebook", "bei Facebook landen"
_MESSAGE_RUMOUR_MARK = PHRASES["message_rumour_mark"]  # "Außerdem lese Facebook ab sofort alle Chats mit"
_REFUTATION_OPENING = PHRASES["refutation_opening"]  # "Das stimmt so allerdings nicht: ...", "Beides ist falsch."
_RECEIVING_SUBJECT = PHRASES["receiving_subject"]  # "Facebook erhält ...", "Ab Mai bekommt Facebook ..."
_MESSAGE_IN_PHRASE = PHRASES["message_in_phrase"]  # "per Nachricht", "über alle Chats": a channel or place
_CHAT_AS_PLACE = PHRASES["chat_as_place"]  # "in Klassenchats": where users share
_USERS_SHARING_VERB = PHRASES["users_sharing_verb"]  # "teilen", "verschicken", "posten"
_FACEBOOK_KEEPS = PHRASES["facebook_keeps"]  # "Weder WhatsApp noch Facebook führen Protokolle ...": keeping denied (D67 (c))
_KEEPING_BOUND = PHRASES["keeping_bound"]  # "nicht länger als 90 Tage": a bound of the keeping, no denial of it
_FAMILY_RECIPIENTS = PHRASES["family_recipients"]  # "an Facebook und Instagram": one recipient, no other sender
_PUBLISHED_ON_FACEBOOK = PHRASES["published_on_facebook"]  # "nicht auf Facebook veröffentlichen": a place, no recipient  # "das Adressbuch mit den Nummern anderer Eltern": its content
# A pronoun the deal context reads as Facebook ("es", "ihnen"): no recipient named in the clause itself
_PARTY_PRONOUN = re.compile(r"(?:er|es|sie|ihm|ihn|ihr|ihnen|dessen|deren|dieser|diese|dieses)")
# "Geräte- und Verbindungsdaten": the head a truncated first part shares with the next conjunct
_JOINED_HEAD = re.compile(r"\s+(?:und|oder|sowie|bzw\.?)\s+")

_WORD_EDGE = r"(?<![\w-])"  # a data term that must start a word: no word character or hyphen before it
_WORD_EDGE_AFTER_FIRST = r"(?<![\w-].)"  # the same test, placed after the term's first letter
TERM_COMPILE_AFTER = 512  # sightings of a set of data terms before its alternation is compiled (Vocabulary)
WHATSAPP_WINDOW = 5  # sentences back in which WhatsApp must be named
OTHER_SERVICE_WINDOW = 2  # sentences back in which another named service (Instagram, Signal, ...) takes the statement
FACEBOOK_WINDOW = 3  # sentences back in which Facebook (or Meta, the parent company) must be named
MAX_FACT_BOX_ROWS = 8  # rows of a fact box ("Label: value", one a line) between its title naming Facebook and a row
# One line "Label: value": a few words of label (no sentence before the colon), a colon, a value on the same line.
# Not a value that is a sentence of its own, closed by a full stop after a word in lower case ("Status 3: WhatsApp kann
# den Standort nicht sehen.", "Tipp: nur mit Freunden teilen."): in its own case, so "etwa 35 Mio." stays a value.
# A row's value that is the company itself ("Empfänger: Facebook", "an: Meta Platforms"): the recipient row of a box.
_COMPANY_VALUE = re.compile(r":\s*(?:facebook|meta)\b")
# Another addressee named in a row ("(an den Dachverband)", "an die Krankenkasse"): not the transfer to Facebook.
_OTHER_ADDRESSEE = re.compile(
    r"\ban\s+(?:den|die|das|dem|ihren?|seinen?|unseren?)\s+(?!(?:facebook|meta|mutter\w*|konzern\w*|netzwerk)\b)[\w-]+"
)
_FACT_BOX_ROW = re.compile(
    r"[^\W\d][\w./()-]*(?:[ \t]+[\w./()-]+){0,4}[ \t]*:[ \t]+(?![^\n]*(?<![\w-])[a-zäöüß][\w-]*[.!?][\s\"“”«»‹›']*$)[^\n]{1,100}"
)
MAX_ELLIPTIC_QUESTION_WORDS = 6
# A reference to all the data the sentence before names ("Beides geht nicht an Facebook", "Facebook bekommt davon
# nichts", "Nichts davon ..."); lowercased text. "beide" only alone (not "beide Konzerne").
_COLLECTIVE_REFERENCE = re.compile(r"\b(?:beides|(?:nichts|keins|keines|alles)\s+davon|davon\s+(?:nichts|keins|keines))\b|\bbeide\b(?!\s+\w+\s)")
MAX_VERDICT_QUESTION_WORDS = 4  # "Und die Chats?" answered by a bare "Nein."
VERDICT_TOPIC_WINDOW = 6  # sentences back to the question that sets the topic ("Was bekommt Facebook?")
# A bare verdict as the whole answer: "Ja.", "Nein!", "A: Nein."
_BARE_VERDICT = re.compile(r"\W*(?:(?:antwort|a)\s*:\s*)?(ja|nein)\W*")
MAX_INDIRECT_QUESTION_WORDS = 10  # "Was mit den Nachrichten sei, will eine Teilnehmerin wissen."
MAX_PRONOUN_STATEMENT_WORDS = 10  # "An Facebook geht sie trotzdem." / "Weitergegeben wird sie dennoch."
# A sentence opened by a past participle and a form of 'werden': "Übermittelt werden ...", "Weitergegeben wurde ..."
# (after a lead ending in a colon: "Der Beauftragte stellt klar: Übermittelt werden ...")
_PASSIVE_OPENING = re.compile(r"(?:[^:.!?]{0,80}:\s*)?\W*([A-ZÄÖÜ][a-zäöüß]+)\s+(?:werden|wird|wurden|wurde|würden|würde)\b")
MAX_ELLIPTIC_WORDS = 12  # "Eure Fotos und eure Kontakte dagegen vorerst nicht": an elided statement is short
# The words of an elliptic continuation's side (phrasing elliptic_continuation, groups "lead" and "tail", spaces
# made single): a denial keeps the data back; an affirmation takes the other side of a denial before; any other
# ("auch", "ebenfalls") the side of the statement before (`_elliptic_side`).
_ELLIPTIC_NEGATIONS = frozenset({
    "nicht", "auch nicht", "ebenfalls nicht", "nicht mehr", "nicht aber", "nicht jedoch", "aber nicht",
    "ebenso wenig", "ebensowenig", "genauso wenig", "genausowenig",
})
_ELLIPTIC_AFFIRMATIONS = frozenset({"schon", "wohl", "durchaus"})  # after a denial: "Die Nummer aber schon."
MAX_LIST_ANAPHOR_WORDS = 16  # "Diese Liste leitet der Dienst nach eigener Darstellung jedoch nicht an Facebook weiter."
# The verbs of an expletive "es" ("es gibt", "gebe es", "heißt es"), before or after it: it stands for nothing there.
_GIVING_VERBS = ("gibt", "gebe", "gäbe", "gab")  # "es gibt": an existential verb, no transfer
_EXPLETIVE_VERBS = (*_GIVING_VERBS, "heißt")
# A pronoun standing for data: a lowercase personal pronoun inside the sentence (a capitalised "Sie" there
# addresses the reader), or a pronoun opening it before a lowercase word (German nouns are capitalised:
# "Die landet bei Facebook", not "Die Daten ...").
# (and "keiner von beiden", "jedes von ihnen": a quantifier over what the sentence before names)
_REFERRING_PRONOUN = re.compile(
    # (a masculine demonstrative too, "Den sieht Facebook nicht", but not an article before an adjective and
    # its noun: "Den neuen Standort ...")
    # (behind a focus particle too: "Genau die landen ...", "Eben diese reicht WhatsApp ... weiter"; ds58)
    r"^\W*(?:Sie|Er|Es|Die|Diese|Das|Dies|(?:Genau|Eben|Gerade|Ausgerechnet|Just)\s+(?:die|diese|das|dies))\s+[a-zäöüß]"
    r"|^\W*(?:Den|Der|Dem|(?:Genau|Eben|Gerade|Ausgerechnet|Just)\s+(?:den|der|dem))\s+(?![a-zäöüß]+(?:e|en|er|em|es)\s+[A-ZÄÖÜ])[a-zäöüß]"
    # (after a coordinating "Und"/"Aber": "Und die läuft über Facebooks Server", not "Und die neuen Regeln ...")
    r"|^\W*(?:Und|Aber|Doch)\s+(?:die|der|das|diese|dies)\s+(?![a-zäöüß]+(?:e|en|er|em|es)\s+[A-ZÄÖÜ])[a-zäöüß]"
    # (an expletive "es" of "es gibt"/"gebe es", "heißt es" stands for nothing: "Einen Stopp der Übermittlung gebe es nicht")
    r"|\b(?:sie|er)\b|" + "".join(f"(?<!{verb} )" for verb in _EXPLETIVE_VERBS)
    + r"\bes\b(?!\s+(?:" + "|".join(_EXPLETIVE_VERBS) + r")\b)|\b[KkJj](?:ein|ed)e[rsn]?\s+von\s+(?:beiden|ihnen)\b"
    # a demonstrative standing alone after the verb ("An den Mutterkonzern gehen diese nicht"): no noun
    # follows it, nor an adjective and a noun ("diese neuen Regeln")
    # ("genau diese an Facebook": a preposition and its noun after it are no adjective and noun; ds58)
    r"|\bdiese[ns]?\b(?!\s+(?!(?:an|zu|nach|mit|von|bei|für|über|aus|auf|in|ins|zum|zur)\s)[a-zäöüß]+\s+[A-ZÄÖÜ])(?=\s+[a-zäöüß]|\s*[.,;!])"
)
_WHATSAPP_NAME = re.compile(r"whats\s?app")  # the name itself ("die App", "der Messenger" may be another service)


def _names_whatsapp(low: str) -> bool:
    """Does lower-cased `low` spell WhatsApp's own name ("whatsapp", "whats app")? The one test of the name: the
    component's checks for it used three spacing rules before session 15."""
    return _WHATSAPP_NAME.search(low) is not None


# A sentence whose subject, first, refers back to a service without naming it: a masculine or neuter pronoun and its
# verb ("Er kostet ...", "Es verschlüsselt ..."), or a definite generic name of a service ("Die App kostet ...", "Der
# Messenger verschlüsselt ..."): it speaks of the service the sentence before names (lowered text; "sie" may be the
# reader or the data). Named `_SERVICE_PRONOUN` until session 20 (ds27): it takes the generic names too.
_SERVICE_REFERENCE_FIRST = re.compile(r"\W*(?:er|es|die\s+app|der\s+(?:messenger|dienst))\s+[a-zäöüß]+(?:t|et)\b")
# The Konjunktiv I "könne" ("warnte, Facebook könne die Telefonbücher verknüpfen", "begründete damit, dass Facebook
# Daten nutzen könne"): a possibility reported, not a transfer (the speculation cue of the vocabulary, which the
# learned stage reads too, holds only the Konjunktiv II "könnte(n)")
_REPORTED_FORM = r"\bkönne\b"
_REPORTED_ABILITY = re.compile(_REPORTED_FORM)
# Both moods of "können" ("könne", "könnte(n)"): an ability, or a guess when not negated. One pattern built from the
# reported form above, so the two lists cannot drift apart (session 18, ds25: they overlapped as two literals).
_ABILITY = re.compile(rf"{_REPORTED_FORM}|\bkönnten?\b")
# "ohne dass man dies verhindern könne": the manner of what the main clause states, no guess about it
_WITHOUT_CLAUSE = re.compile(r"\bohne\s+dass\b[^,;:]*")
# "dürfte(n)" measured by a named norm: the terms' permission, no guess (session 39, ds39; `_norm_permits`)
_PERMISSION_MODAL = PHRASES["permission_modal"]
_NORM_SOURCE = PHRASES["norm_source"]
_NORM_AFTER_PERMISSION = re.compile(r"\bdanach\b")  # "danach" = "according to them" only after the terms' permission
_GUARANTEE_WORDS = gate_words(PHRASES["guarantee_head"])  # (most sentences hold none: `may_hold` tells so first)
_RECOMMENDED_MODAL = PHRASES["recommended_modal"]  # "sollte ... erfolgen dürfen": what should be allowed, a proposal
_FUTURE_OF_PLAN = PHRASES["future_of_plan"]  # "sollten künftig ... dürfen": the preterite of a plan
_HELPLESS_IDIOM = PHRASES["helpless_idiom"]  # "dagegen nichts unternehmen können": the users', not the transfer's negation
MAX_SERVICE_LABEL_WORDS = 3  # "Threema:", "Signal (kostenlos):" open a paragraph about that service
_FIRST_PART = re.compile(r"[^,;:–]*")  # a sentence up to its first comma, colon, semicolon or dash


@dataclass(frozen=True)
class _Term:
    type: str
    kind: str  # strong | weak | message | generic
    compound: str  # any | hyphen | none


@dataclass
class Mention:
    """A data term found in a (lowered) sentence: its span there and its vocabulary entry."""

    start: int  # offsets into the sentence text
    end: int
    term: _Term


class Vocabulary:
    """The compiled patterns of ``data_shared.json``.

    Patterns are lowercase and run, case-sensitively, over the lowered text
    (``lower_text``): markedly faster than IGNORECASE in Python's regex engine.
    """

    def __init__(self, spec: dict[str, Any]) -> None:
        spec = swiss_file(spec)  # term and cue patterns, gate words read the Swiss "ss" for "ß" (the file's "_spelling")
        # Two vocabularies built from the same spec find the same mentions (they share a cache of them).
        self.identity = json.dumps(spec, sort_keys=True)
        infl = spec["inflection"]
        self.terms: list[_Term] = []
        self.term_res: list[re.Pattern[str]] = []
        bodies: list[str] = []
        for entry in spec["terms"]:
            term = _Term(entry["type"], entry["kind"], entry["compound"])
            body = entry["pattern"].replace("{I}", infl)
            left = r"(?<![\w-])" if term.compound == "none" else ""
            self.terms.append(term)
            self.term_res.append(re.compile(f"{left}(?:{body})(?![\\w])"))
            bodies.append(f"(?:{body})")

        # Speed only, same matches: a word-start entry led by its first letter (the edge test placed after it).
        led = [first_letter_led(body, _WORD_EDGE_AFTER_FIRST) for body in bodies]

        def term_pattern(indices: tuple[int, ...], plain: bool = False) -> str:
            """The alternation of the entries at `indices` (in file order). Unnamed groups: named ones
            double the scan time; the matching entry is found afterwards. Terms that must start a word
            are led by their first letter (the engine skips to where one stands; `plain`: not); those that
            cannot be share one lookbehind per run, so most positions fail after one check (a third faster
            than a lookbehind per alternative, same matches)."""
            word_start: list[str] = []
            edge_run: list[str] = []  # consecutive entries not led by a letter: one shared lookbehind
            for i in indices:
                if self.terms[i].compound != "none":
                    continue
                if led[i] is not None and not plain:
                    if edge_run:
                        word_start.append(_WORD_EDGE + "(?:" + "|".join(edge_run) + ")")
                        edge_run = []
                    word_start.append(led[i])
                else:
                    edge_run.append(bodies[i])
            if edge_run:
                word_start.append(_WORD_EDGE + "(?:" + "|".join(edge_run) + ")")
            anywhere = [bodies[i] for i in indices if self.terms[i].compound != "none"]
            groups = (["(?:" + "|".join(word_start) + ")"] if word_start else []) + (
                ["(?:" + "|".join(anywhere) + ")"] if anywhere else [])
            return "(?:" + "|".join(groups) + r")(?![\w])"

        # The whole alternation as written (the reference the cut scans are tested against).
        self.term_re = re.compile(term_pattern(tuple(range(len(bodies))), plain=True))
        # Speed only, same matches: per sentence, the alternation of the entries whose words occur in it.
        # (term_pattern tries the word-start entries first, then the others: that is the order at a position)
        order = sorted(range(len(bodies)), key=lambda i: (self.terms[i].compound != "none", i))
        # Compiling one cut alternation costs 0.4-1.5 ms and saves about 3 µs per scan against the entry-by-entry
        # scan (measured on the real texts, 458 distinct cuts in 1,376 sentences): worth it only for a cut seen
        # hundreds of times; at 16 sightings most compiles on unseen text never paid for themselves.
        self.term_finder = PresentAlternatives(bodies, term_pattern, order=tuple(order), compile_after=TERM_COMPILE_AFTER)
        # literal_first: the same matches, scanned about twice as fast (see models/regex_tools.py)
        self.cue = {name: re.compile(literal_first(rx)) for name, rx in spec["cues"].items()}
        # Speed only, same answers: "does cue X occur?" asked branch by branch behind substring tests.
        self.exists = {name: ExistenceTest(rx) for name, rx in spec["cues"].items()}
        # Speed only, same answers: the clause cues a (masked) sentence can hold at all, from one scan.
        self.clause_cues = PossibleCues({name: self.exists[name] for name in (*_CLAUSE_CUES, *_CLAUSE_TESTS)})
        # Literal gates (plain substring alternations scan fast, no backtracking).
        self.gate_facebook = literal_alternation(spec["gate_facebook"])
        self.gate_whatsapp = literal_alternation(spec["gate_whatsapp"])
        self.gate_cues = literal_alternation(spec["gate_cues"])
        self.gate_terms = literal_alternation(spec["gate_terms"])

    @classmethod
    def load(cls, path: Path = PATTERNS_FILE) -> "Vocabulary":
        """Read and compile a vocabulary file; raise ValueError when it is malformed."""
        return load_compiled(path, "data_shared vocabulary", cls)

    def search_between(self, name: str, text: str, lo: int, hi: int) -> re.Match[str] | None:
        """`self.cue[name].search(text, lo, hi)`; not run where none of the literals of the cue's branches occurs in
        text[lo:hi] (`ExistenceTest.possible`): a match there consumes only characters of that stretch."""
        if not self.exists[name].possible(text[lo:hi]):
            return None
        return self.cue[name].search(text, lo, hi)

    def term_at(self, text: str, start: int, end: int, mask: int = -1) -> _Term:
        """The first vocabulary entry that matches text[start:end] exactly (the alternation's choice).

        `mask` (bit i: entry i may match in `text`, `term_finder.mask`) skips entries that cannot match.
        """
        for i, (term, rx) in enumerate(zip(self.terms, self.term_res)):
            if not mask >> i & 1:
                continue
            m = rx.match(text, start)
            if m is not None and m.end() == end:
                return term
        return self.terms[-1]


_PARENTHESIS = re.compile(r"\([^()]*\)")
_TRUNCATED_CONTINUATION = re.compile(r"(?:\s*,\s*|\s+(?:und|oder|sowie|bzw\.?)\s+)-\w+")
# The first part of a compound whose head the next conjunct gives ("Geräte- und Verbindungsdaten" is "Gerätedaten
# und Verbindungsdaten"): the word with the head it shares (group 2) is read as a term of its own.
_TRUNCATED_FIRST = re.compile(
    r"(?<![\w-])([a-zäöüß]{3,})-(?=\s+(?:und|oder|sowie|bzw\.?)\s+[\w-]*?(daten|informationen|infos|angaben)\b)"
)


_CLAUSE_CUES = (
    "transfer_strong", "transfer_weak", "facebook", "protection", "collection", "optout_choice",
    "hearsay", "other_recipient", "unchanged", "also_not",
)
_CLAUSE_TESTS = ("speculation", "demand", "denial")  # asked of every clause by their existence test alone


_SILENCE_PREDICATE = PHRASES["silence_predicate"]  # "Über die Telefonnummer ... stehe dort nichts"
_SILENCE_TOPIC = PHRASES["silence_topic"]  # "über die" / "zur" right before the mention
_SILENCE_TRANSFER_RELATIVE = PHRASES["silence_transfer_relative"]  # ", die schon seit 2016 an Facebook geht"
#: "(Jonas W., per Facebook)" after a reader's question: no words of the answer (opt_out.py reads it too)
ASKER_LINE = PHRASES["asker_line"]


def _answer_after(text: str, bounds: list[tuple[int, int]], si: int) -> int | None:
    """The sentence that answers question `si`: the next one, or the one after the asker's bracket that follows the
    question ("„Bekommt Facebook meine Nummer?“ (Uwe S., per Mail)" / "Ja."); None at the text's end."""
    nxt = si + 1
    if nxt < len(bounds) and ASKER_LINE.match(text, *bounds[nxt]) is not None:
        nxt += 1
    return nxt if nxt < len(bounds) else None


def _asked_yes_no(sent: str) -> tuple[int, str] | None:
    """Where in sentence `sent` its yes/no question starts, and the question: the whole sentence when it is a
    question, a quoted question closed by the one who asks ("„Bekommt Facebook meine Nummer?“, wollte er wissen"),
    and of either only its last part after a dash or a colon ("Was passiert, wenn ich lösche – hat Facebook meine
    Nummer dann trotzdem?": the part the "Ja" answers); a reported question's "ob" clause ("Er fragte, ob Facebook
    die Chats auswerten könnte."; issue 7, session 57, ds57). None for no question."""
    if is_question(sent):
        end = len(sent)
    elif (quoted := _QUOTED_QUESTION.search(sent)) is not None:
        end = quoted.start() + 1
    elif (reported := _REPORTED_YES_NO.search(sent)) is not None:
        return reported.end(), sent[reported.end():]  # "Er fragte, ob Facebook die Chats auswerten könnte."
    else:
        return None
    start = max((found.end() for found in _ASKED_PART_EDGE.finditer(sent, 0, end)), default=0)
    return start, sent[start:end]


#: `_answer_particle`'s answer that a thing asked about cannot happen at all ("Das ist technisch ausgeschlossen.")
IMPOSSIBLE = "impossible"


def _answer_particle(low: str, lo: int, hi: int) -> str | None:
    """The yes or no that the (lowered) sentence `low[lo:hi]` answers a yes/no question with: "ja", "nein" or "doch"
    from its particle ("Nein, ...", an elliptic "Vorerst nicht." is a no), or the reported verdict of a short
    sentence whose verb says no or yes for someone ("Koum verneint.", "Das bestätigt ein Sprecher."); None when it
    is no such answer."""
    found = _YES_NO_ANSWER.match(low, lo, hi)
    if found is not None:
        return found.group(1) or "nein"
    impossible = _IMPOSSIBLE_ANSWER.match(low, lo, hi)
    if impossible is not None and not has_negation(low[lo:impossible.start("predicate")]):
        return IMPOSSIBLE  # "Die Juristin: Das sei wegen der Verschlüsselung technisch ausgeschlossen." (ds57)
    reported = _REPORTED_VERDICT.match(low, lo, hi)
    if reported is None or has_negation(low[lo:hi]) or _NEGATED_SAYER.search(low, lo, hi) is not None:
        return None  # "Niemand bestreitet das.", "Kaum jemand bestreitet das.": the negated sayer turns the verdict
    return "ja" if reported.group(2) or reported.group(4) else "nein"


@dataclass
class DocState:
    """Per-document facts the sentence analysis needs."""

    text: str  # lowered
    sents: list[tuple[int, int]]
    # Sentences naming Facebook/Meta, by name or by an epithet or pronoun the layer resolved to it (built from the
    # same `facebook_at` and layer "facebook" spans that `names_facebook` reads), and a sentence the next one
    # continues with Facebook ("... keiner lesen. Auch Facebook nicht."; the component adds those).
    fb: set[int] = field(init=False)
    wa: set[int]  # sentences naming WhatsApp (or "Messenger", ...)
    # Cue spans from the linguistic layer (absolute offsets), by clause cue name:
    # token cues over lemmas, and "facebook" for Facebook referred to by epithet or pronoun.
    layer_cues: dict[str, list[tuple[int, int]]]
    # The title or teaser (first two blocks) names WhatsApp: the whole article is about it (the deal context's
    # TARGET names), so "WhatsApp" need not be repeated near every statement.
    whatsapp_titled: bool = False
    # The text names WhatsApp somewhere, and the sentences that name another service (Instagram, Signal, ...):
    # a statement far from the name still speaks of WhatsApp unless another service was named just before.
    whatsapp_named: bool = False
    # (a function: the scan for other services runs only when a statement far from WhatsApp's name asks)
    other_services: Callable[[], frozenset[int]] = frozenset
    # The sentences in which a data-term gate word starts (None: not known). A sentence outside it holds no
    # data term (every term contains a gate word), so the rules that need one can pass it by unread.
    with_terms: frozenset[int] | None = None
    # The sentences that open with "Diese Daten ..." (`data_shared_anaphora.anaphor_sentences`; None: not known).
    anaphors: list[int] | None = None
    # The title opens with another service's name ("Threema profitiert vom WhatsApp-Schock"): the article is about
    # that service, and a protection in a sentence naming neither WhatsApp nor Facebook describes it.
    other_titled: bool = False
    # Where Facebook's (or Meta's) name starts, in order: the one scan of the full cue that `fb` was built from.
    facebook_at: tuple[int, ...] = ()
    # The text never names Facebook but tells WhatsApp's new terms (`_about_new_terms`): the terms' recipient is
    # Facebook for what the text says stays protected, and for nothing else (ds58, session 58).
    terms_recipient: bool = False
    # The text tells WhatsApp's new terms (`_about_new_terms`, Facebook named or not): data said to stay protected are
    # kept from the terms' recipient however far back Facebook was named (D39 (b); ds58, session 58).
    terms_topic: bool = False
    # The document's text in its own case (`doc_text`): the tagger reads a verb opening a sentence only there.
    cased: str = ""

    _by_sentence: dict[int, dict[str, list[tuple[int, int]]]] | None = None
    _near: frozenset[int] | None = None  # see whatsapp_near
    _near_other: frozenset[int] | None = None
    # DataSharedComponent._reading by (sentence, text): read once, consulted again (never changed)
    readings: dict[tuple[int, str], Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.fb = {self.sentence_at(start) for start in self.facebook_at}
        self.fb |= {self.sentence_at(start) for start, _ in self.layer_cues.get("facebook", ())}

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence holding character `offset` (`context.Sentences.index_at` over `sents`)."""
        return max(0, bisect.bisect_right(self.sents, (offset, len(self.text) + 1)) - 1)

    def layer_cues_in(self, si: int) -> dict[str, list[tuple[int, int]]]:
        """The layer's cue spans inside sentence `si`, relative to it (indexed once per document)."""
        if self._by_sentence is None:
            starts = [lo for lo, _ in self.sents]
            self._by_sentence = {}
            for name, spans in self.layer_cues.items():
                for s, e in spans:
                    i = bisect.bisect_right(starts, s) - 1
                    if i >= 0 and e <= self.sents[i][1]:
                        lo = self.sents[i][0]
                        self._by_sentence.setdefault(i, {}).setdefault(name, []).append((s - lo, e - lo))
        return self._by_sentence.get(si, {})

    def may_hold_terms(self, si: int) -> bool:
        """False only when sentence `si` holds no data term (no gate word of one starts in it)."""
        return self.with_terms is None or si in self.with_terms

    def may_hold_terms_between(self, lo: int, hi: int) -> bool:
        """False only when text[lo:hi] holds no data term: no gate word starts in a sentence that starts at or
        before a position of it (the gate scan gives a word to the last sentence starting at or before it)."""
        if self.with_terms is None:
            return True
        first = bisect.bisect_right(self.sents, (lo, len(self.text) + 1)) - 1
        last = bisect.bisect_left(self.sents, (hi, -1))
        return any(si in self.with_terms for si in range(first, last))

    def sentence(self, si: int) -> str:
        """The text of sentence `si`."""
        return self.text[self.sents[si][0]:self.sents[si][1]]

    def layer_cues_between(self, lo: int, hi: int) -> dict[str, list[tuple[int, int]]]:
        """The layer's cue spans inside text[lo:hi], relative to `lo`."""
        return {
            name: [(s - lo, e - lo) for s, e in spans if lo <= s and e <= hi]
            for name, spans in self.layer_cues.items()
        }

    def names_facebook(self, lo: int, hi: int, resolved: bool = False) -> bool:
        """Does text[lo:hi] name Facebook (or Meta, the parent company) itself? With `resolved`, an epithet or
        pronoun the layer resolved to the company ("an das Netzwerk", "der Konzern") counts as well; without it,
        not ("sie" may stand for the data)."""
        at = bisect.bisect_left(self.facebook_at, lo)
        if at < len(self.facebook_at) and self.facebook_at[at] < hi:
            return True
        return resolved and any(lo <= s and e <= hi for s, e in self.layer_cues.get("facebook", ()))

    def facebook_before(self, si: int) -> bool:
        """Facebook was named in this sentence or any before it."""
        return bool(self.fb) and min(self.fb) <= si

    def facebook_near(self, si: int, across_short: bool = False) -> bool:
        """Facebook is named in sentence `si` or one of the FACEBOOK_WINDOW sentences before it; with
        `across_short`, a short sentence in between (`short_sentence`: "Stimmt das?", "Und die Fotos?", "Nein.")
        does not count."""
        # This sentence or the few before: the recipient is named before it is referred to
        # (an FAQ answer can stand three sentences after the question that names Facebook).
        if any(j in self.fb for j in range(si - FACEBOOK_WINDOW, si + 1)):
            return True
        if self.fb and self._fact_box_row(si) and self._rows_up_to_facebook(si):
            return True
        if not across_short or not self.facebook_before(si):
            return False
        # Further back only across short sentences, for data kept back (which needs Facebook only named before):
        # "WhatsApp schickt meine Kontakte an Facebook. Stimmt das? Und meine Fotos? Beides stimmt nicht. Die
        # Kontakte bleiben bei WhatsApp." (a verdict or an elliptic question carries no topic of its own; the answer
        # still speaks of the recipient the question named). Not for transfers: "Zum Teil ja. Sie können das Teilen
        # Ihrer Account-Informationen ausschalten" is a choice (own16-054).
        between = 0
        for j in range(si - 1, -1, -1):
            if j in self.fb:
                return True
            if not short_sentence(self.sentence(j)):
                between += 1
                if between >= FACEBOOK_WINDOW:
                    return False
        return False

    def _fact_box_row(self, si: int) -> bool:
        """Is sentence `si` one line of the form "Label: value" (a fact box's row: "Frist: 30 Tage")?"""
        lo, hi = self.sents[si]
        text = self.cased or self.text
        line = text[lo:hi].strip()
        if not line or "\n" in line or text[max(0, lo - 200) : lo].rstrip(" \t")[-1:] not in ("", "\n"):
            return False  # a row is a line of its own, not a sentence inside a paragraph
        return _FACT_BOX_ROW.fullmatch(line) is not None

    def _rows_up_to_facebook(self, si: int) -> bool:
        """Does a fact box name Facebook as the recipient of row `si`: a one-line title above it whose Facebook is
        not only the messenger's owner ("Messenger und Facebook: das Wichtigste"), with only rows between (at most
        MAX_FACT_BOX_ROWS), or a row of the same box below it whose value is the company ("Empfänger: Facebook")?
        Each row is a line of its own, no new topic, however many rows come between. Not a row that names another
        addressee ("Übermittelte Daten: Name, Nummer (an den Dachverband)"): an organisation's own register
        (review56's finding; ds56, session 56)."""
        lo, hi = self.sents[si]
        if _OTHER_ADDRESSEE.search(self.text, lo, hi) is not None:
            return False
        for j in range(si - 1, max(-1, si - 1 - MAX_FACT_BOX_ROWS), -1):
            if j in self.fb:
                title = self.sentence(j).strip()
                return "\n" not in title and _OWNER_ATTRIBUTE.search(title) is None
            if not self._fact_box_row(j):
                break
        # ... or a row of the same box below it names the recipient ("Empfänger: Facebook")
        for j in range(si + 1, min(len(self.sents), si + 1 + MAX_FACT_BOX_ROWS)):
            if not self._fact_box_row(j):
                return False
            if j in self.fb:
                return _COMPANY_VALUE.search(self.sentence(j)) is not None
        return False

    def whatsapp_near(self, si: int) -> bool:
        """WhatsApp is named in the title or within the window around sentence `si`; failing that, the document
        names WhatsApp somewhere and no other service is named in the few sentences up to `si`."""
        # Within a few sentences: an FAQ answer ("Nein. Die Inhalte ...") can stand well after the
        # question that named WhatsApp, and articles reach us only when they are about WhatsApp.
        # The sentences within the windows, once per document (WhatsApp at si-5..si+2, another service at
        # si-2..si): a set lookup per sentence instead of a scan of its window.
        if self._near is None:
            self._near = frozenset(j + d for j in self.wa for d in range(-2, WHATSAPP_WINDOW + 1))
        if self.whatsapp_titled or si in self._near:
            return True
        if not self.whatsapp_named:
            return False
        if self._near_other is None:
            self._near_other = frozenset(j + d for j in self.other_services() for d in range(OTHER_SERVICE_WINDOW + 1))
        return si not in self._near_other


MAX_SHORT_SENTENCE_WORDS = 3  # "Stimmt das?", "Und meine Fotos?", "Beides stimmt nicht.": no topic of their own


def short_sentence(sent: str) -> bool:
    """A sentence of at most MAX_SHORT_SENTENCE_WORDS words: a verdict, an elliptic question, an answer particle."""
    return len(sent.split()) <= MAX_SHORT_SENTENCE_WORDS


_PART_EDGE = re.compile(r"[,;:–—]")
_TOKEN = re.compile(r"\w[\w-]*|[^\w\s]")
_ARTICLE_OPENING = re.compile(r"\W*(?:[a-zäöüß]+\s+)?(?:der|die|das|dem|den)\s")


def verbless_fragment(text: str) -> bool:
    """A sentence (its own case) with no main clause: no word the layer's tagger (HanTa, `tag_sent`) reads as a
    finite verb outside the comma parts that open as subordinate clauses (`fragment_part_opening`; the first part
    only with a wh-word or subordinator, not an article). "Dazu die Angabe, welches Handy man hat.", "Außerdem
    wie oft man die App öffnet.", "Plus die Zeit, zu der man zuletzt aktiv war." are fragments; "Mehr soll es
    nicht sein." and "Die Nummer, die Facebook bekommt, ist ..." are not. A question is none."""
    if text.rstrip().endswith("?"):
        return False
    tokens = list(_TOKEN.finditer(text))
    main = [False] * len(tokens)  # the token stands in a part that is no subordinate clause
    pos, ti = 0, 0
    for part_no, edge in enumerate([*_PART_EDGE.finditer(text), None]):
        end = edge.start() if edge is not None else len(text)
        low = text[pos:end].lower()
        subordinate = _FRAGMENT_PART_OPENING.match(low) is not None and (part_no > 0 or _ARTICLE_OPENING.match(low) is None)
        while ti < len(tokens) and tokens[ti].start() < end:
            main[ti] = not subordinate
            ti += 1
        pos = end + 1
    # (the word analyses first, the sentence tagged only where they leave the answer open: `tagger.tags_any`)
    return not tags_any([t.group() for t in tokens], FINITE, main)


_VERB_FIRST = ("VVFIN", "VAFIN", "VMFIN")  # the finite verbs that open a verb-first clause (an imperative does not)


def verb_first_condition_end(text: str) -> int | None:
    """The offset of the comma that ends a verb-first conditional clause opening the sentence `text` (its own
    case): the sentence opens with a finite verb and the part after its first comma with another, the main clause's
    verb first after a fronted subordinate clause ("Leitet WhatsApp die Kontaktdaten an Facebook weiter, müssten die
    Nutzer einwilligen", "Bekäme Facebook die Standortdaten, wäre das ein Verstoß"). What that clause names is a
    condition, no statement of what happens. None otherwise; a question ("Gibt WhatsApp, wie behauptet, ...?") is none."""
    comma = text.find(",")
    if comma < 0 or is_question(text):
        return None
    tokens = list(_TOKEN.finditer(text))
    first = next((i for i, t in enumerate(tokens) if t.group()[0].isalpha()), None)
    after = next((i for i, t in enumerate(tokens) if t.start() > comma), None)
    if first is None or after is None or tokens[first].start() > comma or not tokens[after].group()[0].isalpha():
        return None
    # Cheap first: both words offered a finite verb's tag at all (one remembered word analysis each)
    if not (any(may_tag(tokens[first].group(), tag, first=True) for tag in _VERB_FIRST)
            and any(may_tag(tokens[after].group(), tag, first=False) for tag in _VERB_FIRST)):
        return None
    tags = tag_words([t.group() for t in tokens])
    return comma if tags[first] in _VERB_FIRST and tags[after] in _VERB_FIRST else None


_BARE_CLAUSE_OPENING = PHRASES["bare_clause_opening"]
_REPORTING_WORD = re.compile(r"\b" + _REPORTING.pattern.removeprefix(r"\W*"))  # a verb of saying anywhere before a comma
_BRACKET_OPENERS = frozenset({"VAFIN", "VMFIN"})  # a finite auxiliary or modal, its infinitive or participle to come


def asyndetic_clause_starts(cased: str, masked: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """The commas of the (masked) sentence `masked` (`cased`: its own case) after which a main clause of its own
    opens with a bare noun phrase of data (`bare_clause_opening`: masked terms with no article, then a word the
    layer's tagger reads as a finite verb), where the clause that holds (or ends at) the comma has a finite verb of
    its own before it: two main clauses side by side with no conjunction ("Die Nummer ging an Facebook,
    Gesprächsinhalte blieben verschlüsselt"; "Facebook bekommt die Nummer, Fotos und Chats werden nicht
    übertragen"). The terms are that clause's subject or fronted object (German V2), not an item of an enumeration
    before the comma ("WhatsApp gibt die Nummer, Gerätedaten und Standort an Facebook weiter": no verb after them;
    "Telefonnummer, Kontakte und Standort gibt WhatsApp weiter": no finite verb before the comma). Each as (the
    start of the clause before the comma, the comma, the verb after the terms). (ds40, session 40)"""
    commas = [i for i, ch in enumerate(masked) if ch == ","]
    candidates = [
        (comma, found.start(2)) for comma in commas
        if (found := _BARE_CLAUSE_OPENING.match(masked, comma + 1)) is not None
        and any(may_tag(cased[found.start(2):found.end(2)], tag, first=False) for tag in FINITE)
    ]
    # ... or with a noun phrase the shared cut opens no clause at: one led by an indefinite, negative or possessive
    # determiner, or any determiner after "und" (`_determiner_clause_verb`; ds59, session 59)
    led = [(comma, verb) for comma in commas for verb in _determiner_clause_verbs(cased, masked, comma)]
    candidates += led
    if not candidates:
        return []
    tokens = list(_TOKEN.finditer(cased))
    opened = [(max((a for a, _ in clauses if a <= comma), default=0), comma, verb) for comma, verb in candidates]
    if not _finite_may_precede(tokens, opened):
        return []  # speed (speed47): no comma can count, and the sentence is not tagged
    known = [_comma_counts_untagged(tokens, one) for one in opened]
    if None not in known:  # speed (speed50): every comma answered from the word analyses, the sentence not tagged
        return [one for one, counts in zip(opened, known) if counts]
    tags = dict(zip((t.start() for t in tokens), tag_words([t.group() for t in tokens])))
    starts: list[tuple[int, int, int]] = []
    for clause_start, comma, verb in opened:
        before = [tag for at, tag in tags.items() if clause_start <= at < comma and tag.startswith("V")]
        finite = [i for i, tag in enumerate(before) if tag in FINITE]
        if not finite:
            continue  # no main clause before the comma: an enumeration before its verb
        # The tagger reads a finite verb after the terms, or reads it as an infinitive where none can stand: the
        # clause before the comma closed its verbal bracket (a full verb, or an auxiliary or modal with its
        # participle or infinitive before the comma). An open bracket ("Facebook hat die Nummer, Kontakte und Fotos
        # erhalten") takes the verb after the terms as its own.
        closed = before[finite[-1]] not in _BRACKET_OPENERS or finite[-1] < len(before) - 1
        if (comma, verb) in led:
            # (the first word of the phrase the tagger reads as a finite verb: "..., eine eigene Verfügung ... gibt")
            if tags.get(verb) in FINITE and all(c != comma for _, c, _ in starts):
                starts.append((clause_start, comma, verb))
        elif tags.get(verb) in FINITE or closed:
            starts.append((clause_start, comma, verb))
    return starts


# After a comma: "und" perhaps, then a determiner that opens the subject or fronted object of a main clause of its own
# (group 1: "und"; group 2: the determiner). The shared cut (models/negation.py) opens a clause at a bare definite
# article (a relative pronoun's form) but not at these.
_DETERMINER_OPENING = re.compile(
    r"\s*(und\s+)?(ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|keines|"
    r"(?:mein|dein|sein|ihr|unser|euer|eur)(?:e|en|em|er|es)?|der|die|das|den|dem|des)\s"
)
_DEFINITE = frozenset({"der", "die", "das", "den", "dem", "des"})
_PHRASE_WORD = re.compile(r"\s{3,}|[\w-]+|[^\w\s]")  # a masked data term, a word or a mark, in order
MAX_DETERMINER_PHRASE_WORDS = 6  # "eine eigene Verfügung der Wiener Datenschutzbehörde gibt es nicht"


def _determiner_clause_verbs(cased: str, masked: str, comma: int) -> list[int]:
    """Where the finite verb may stand of a main clause that opens after the comma at `comma` with a noun phrase led by a
    determiner (German V2: the phrase, then the finite verb, then more of the clause): "Die Nummern gehen weiterhin an
    Facebook, eine eigene Verfügung der Behörde gibt es nicht"; "..., und die Kontakte im Adressbuch werden nicht
    übertragen". A bare definite article after the comma is a relative pronoun's form ("..., die WhatsApp an Facebook
    gibt"): only after "und", and never where the verb closes the clause (a relative clause's verb stands last: "...,
    und die Facebook braucht,"); an enumeration ("..., eine Kennung des Geräts und den Standort") has no finite verb.
    The phrase holds at most MAX_DETERMINER_PHRASE_WORDS words, masked terms, nouns (capitalised in `cased`) and the
    lower-case words of attributes and prepositional phrases before the verb. Each lower-case word there that the
    tagger may read as a finite verb and that some word follows in the clause (`asyndetic_clause_starts` keeps the
    first it tags so); none where a mark comes first."""
    opening = _DETERMINER_OPENING.match(masked, comma + 1)
    if opening is None or (opening.group(1) is None and opening.group(2) in _DEFINITE):
        return []
    words = list(_PHRASE_WORD.finditer(masked, opening.end()))
    found: list[int] = []
    for k, word in enumerate(words[:MAX_DETERMINER_PHRASE_WORDS]):
        if not word.group().strip():
            continue  # a masked data term: a noun of the phrase
        if not word.group()[0].isalpha():
            break  # a comma or another mark: the clause (or the phrase) ends
        if k == 0 or cased[word.start()].isupper():
            continue  # the phrase's first word, or a noun
        after = words[k + 1] if k + 1 < len(words) else None
        if after is not None and (not after.group().strip() or after.group()[0].isalpha()) and may_tag_any(
            cased[word.start():word.end()], frozenset(FINITE), first=False
        ):
            found.append(word.start())
    return found


_FRONTED_ADVERBIAL = PHRASES["fronted_adverbial_clause"]


def fronted_clause_end(cased: str, masked: str) -> int | None:
    """The comma that ends an adverbial subordinate clause opening the sentence (`fronted_adverbial_clause`: "Seit",
    "Weil", "Nachdem", "Obwohl", ...), the first comma right after which the tagger reads a finite verb (German V2:
    the main clause's verb follows the fronted clause): "Seit WhatsApp ... begonnen hat, die Handynummer ... an
    Facebook zu übermitteln, bekommt Signal viel Zulauf". The main clause is a clause of its own there, though the
    shared cut (models/negation.py) opens one only at the verbs it lists; its other service or its negation is not the
    subordinate clause's (own68-030; issue 7, session 59, ds59). None where the sentence opens otherwise or no comma
    is followed by a finite verb (`cased`: the sentence in its own case, `masked`: the same, lowered and masked)."""
    if _FRONTED_ADVERBIAL.match(masked) is None:
        return None
    tokens = list(_TOKEN.finditer(cased))
    after_comma = [k + 1 for k, t in enumerate(tokens[:-1]) if t.group() == ","]
    if not any(may_tag_any(tokens[k].group(), frozenset(FINITE), first=False) for k in after_comma):
        return None  # (most such sentences: no comma before a word that may be a finite verb, and none tagged)
    tags = tag_words([t.group() for t in tokens])
    for k in after_comma:
        if tags[k] in FINITE:
            return tokens[k - 1].start()
    return None


def _finite_may_precede(tokens: list[re.Match[str]], opened: list[tuple[int, int, int]]) -> bool:
    """Could the tagger read a finite verb in the clause before one of the commas `opened` ((clause start, comma,
    verb) of `asyndetic_clause_starts`), `tokens` being the sentence's words as it tags them? Speed (speed47, issue
    10), the same answer: a comma counts only where a word before it in its clause is tagged a finite verb, and
    HanTa gives a word only a tag its own analysis offers (`may_tag`, remembered per word): where no word there may
    be one, the sentence need not be tagged (on the real texts about one in four sentences asked)."""
    return any(
        clause_start <= t.start() < comma and may_tag(t.group(), tag, first=i == 0)
        for clause_start, comma, _verb in opened for i, t in enumerate(tokens) for tag in FINITE
    )


def _comma_counts_untagged(tokens: list[re.Match[str]], opened: tuple[int, int, int]) -> bool | None:
    """Does the comma of `opened` ((clause start, comma, verb) of `asyndetic_clause_starts`) count, from the word
    analyses alone (`tokens`: the sentence's words as it tags them), or None where they leave it open? Speed
    (speed50, issue 10), the same answer: HanTa gives a word only a tag its own analysis offers (`may_tag`,
    `must_tag`). It counts where a word before it in its clause must be a finite verb and the verb after the terms
    must be one too (the bracket before then does not matter); it does not where no word before it may be one."""
    clause_start, comma, verb = opened
    before = [(i, t.group()) for i, t in enumerate(tokens) if clause_start <= t.start() < comma]
    if not any(may_tag(word, tag, first=i == 0) for i, word in before for tag in FINITE):
        return False
    after = next(((i, t.group()) for i, t in enumerate(tokens) if t.start() == verb), None)
    wanted = frozenset(FINITE)
    if after is not None and must_tag(after[1], wanted, first=after[0] == 0) and any(
            must_tag(word, wanted, first=i == 0) for i, word in before):
        return True
    return None


_UNMENTIONED = PHRASES["unmentioned_predicate"]
_CLAIM_REASON_CLAUSE = PHRASES["claim_reason_clause"]  # "..., weil der Dienst Chats an Meta gegeben habe": a claim's reason


_CONSEQUENCE_OPENING = PHRASES["consequence_opening"]  # "Damit könnten ...": the sentence before's consequence
_CONCEDED = re.compile(r"(?<!\bund )\bzwar\b")  # "Zwar sind die Chats verschlüsselt, doch ...": granted, the point is another
_CONTINUED_PROTECTION = PHRASES["continued_protection"]  # "bleiben verschlüsselt", "weiterhin": D39 (b)'s limit
_OWNER_ATTRIBUTE = PHRASES["owner_attribute"]  # "der seit 2014 zu Facebook gehört": Facebook as the owner only
_ANNOUNCING_TAIL = PHRASES["announcing_tail"]  # "..., teilte der Dienst mit.": who reports it
_NECESSITY_MODAL = PHRASES["necessity_modal"]  # "müsse": a refuted claim of what is required
_RECIPIENT_DENIED_REMNANT = PHRASES["recipient_denied_remnant"]  # ", aber nicht zu Facebook": the destination denied
_THIRD_PARTY_RECIPIENT = PHRASES["third_party_recipient"]  # "nicht an Facebook-Werbekunden": not Facebook itself
_FACEBOOK_NP_END = re.compile(r"(?:-[\w-]+|s)?")  # what may follow Facebook's name at the end of a destination


def _english_stretches(sent: str) -> list[tuple[int, int]]:
    """The stretches of a (lowered) sentence between quotes and colons that are English: three or more English
    function words and more than German ones (phrasings `english_function_word`, `german_function_word`): "#102 EN: We
    will share your phone number with ...", "'We won't sell, share, or give your phone number to advertisers.'". The
    rules read German negation and mood only, so the data terms there are not read; English data nouns in a German
    sentence ("WhatsApp teilt die Usage Data mit Facebook") are."""
    edges = [0, *(m.start() for m in _STRETCH_EDGE.finditer(sent)), len(sent)]
    out = []
    for lo, hi in zip(edges, edges[1:]):
        english = len(_ENGLISH_WORD.findall(sent, lo, hi))
        if english >= MIN_ENGLISH_WORDS and english > len(_GERMAN_WORD.findall(sent, lo, hi)):
            out.append((lo, hi))
    return out


def _recipient_denied_after(
    v: "Vocabulary", masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]], ci: int
) -> bool:
    """Is clause `ci` followed by a verbless conjunct that denies Facebook as the destination ("Seine Kontaktliste legt
    der Messenger auf eigenen Rechnern ab, aber nicht bei Facebook", "Die Nummer geht an WhatsApp, nicht an Meta")? The
    conjunct keeps only the negation and the destination (phrasing `recipient_denied_remnant`), so the predicate and
    the data of the clause before are elided in it: they do not go to Facebook. The first such conjunct after the
    clause decides, and no clause between names Facebook (then the denial is set against that clause's own Facebook);
    a destination that is not Facebook ("aber nicht an Instagram") says nothing."""
    for ri in range(ci + 1, len(clauses)):
        remnant = _RECIPIENT_DENIED_REMNANT.fullmatch(masked, *clauses[ri])
        if remnant is None:
            if info[ri]["fb_clause"]:
                return False
            continue
        who = remnant.group("who")
        if _THIRD_PARTY_RECIPIENT.search(who) is not None:
            return False  # "nicht an Facebook-Werbekunden", "nicht aber an die Werbepartner von Facebook": a party beside it
        if v.cue["facebook_recipient"].fullmatch(who):
            return True
        # the destination's noun phrase ends in Facebook's name, its compound or its owner's genitive ("zu Facebook",
        # "zum Mutterkonzern Facebook", "mit denen von Facebook", "auf die Facebook-Server"): a verb after the name
        # would make the conjunct a clause of its own ("aber nicht an Facebook gehen")
        last = None
        for last in v.cue["facebook"].finditer(who):
            pass
        return last is not None and _FACEBOOK_NP_END.fullmatch(who, last.end()) is not None
    return False


def _unmentioned(masked: str, clauses: list[tuple[int, int]], ci: int, mention: "Mention") -> bool:
    """Is the mention (in clause `ci` of the masked sentence) what a source is said not to mention
    (`unmentioned_predicate`: "Von einer Weitergabe der Chats an Facebook ist in der Entscheidung keine Rede", "Der
    Bescheid erwähnt die Weitergabe der Kontakte nicht")? The predicate stands in its clause with no comma between
    them, or in the clause beside a that-clause the mention stands in, after it ("Dass WhatsApp Chats an Facebook
    weitergab, wird im Urteil nicht erwähnt") or before it ("Im Urteil ist mit keinem Wort davon die Rede, dass
    ..."). What is left unsaid is neither passed on nor kept back. (ds40, session 40)"""
    start, end = clauses[ci]
    found = _UNMENTIONED.search(masked, start, end)
    if found is not None and "," not in masked[min(mention.end, found.start()):max(mention.start, found.end())]:
        return True
    if _THAT_CLAUSE.match(masked, start) is None:
        return False
    # a that-clause fronted before the predicate, or right after it ("Im Urteil ist davon keine Rede, dass ...")
    return any(
        0 <= other < len(clauses) and _UNMENTIONED.search(masked, *clauses[other]) is not None for other in (ci + 1, ci - 1)
    )


def _reason_of_claim(
    masked: str, clauses: list[tuple[int, int]], ci: int, info: list[dict[str, bool]], mention: "Mention"
) -> bool:
    """Does the mention (in clause `ci` of a claim) stand in a reason, time or concession clause
    (`claim_reason_clause`) of the claim's main clause: clause `ci` opens with it after a main clause of the claim
    ("..., weil der Dienst Chats an Meta gegeben habe", not right after the claim's label), or it opens after a comma
    before the mention that the shared cut leaves inside the clause ("WhatsApp musste zahlen, nachdem der Dienst
    Kontakte ... übertragen hatte")?"""
    start = clauses[ci][0]
    if ci > 0 and not info[ci - 1]["hearsay"] and _CLAIM_REASON_CLAUSE.match(masked, start) is not None:
        return True
    return any(_CLAIM_REASON_CLAUSE.match(masked, i + 1) is not None for i in range(start, mention.start) if masked[i] == ",")


def _open_at(clauses: list[tuple[int, int]], comma: int, verb: int) -> list[tuple[int, int]]:
    """The clauses with a clause opened right after the comma at `comma`, whose verb stands at `verb`: the clause
    holding the comma cut there, or the clause that opens at the verb (a verb the shared cut opens at, the terms
    left in the gap before it) moved to begin after the comma, so the terms belong to it. (The verb stands at least
    two characters past the comma, `bare_clause_opening`, so no part `_cut_at` makes opens at it.)"""
    return [(comma + 1, end) if start == verb else (start, end) for start, end in _cut_at(clauses, comma)]


# Data mentions by (lowered) sentence text, for the document at hand: a sentence is read again as the previous
# one of the next, by the layout rules, for summaries, and by the learned stage after the rules
# (models/learned/features.py). The mentions are a function of the text and the vocabulary, so every instance
# with the same vocabulary shares them (keyed by `Vocabulary.identity`); the rules component starts them anew
# for each document.
_MENTIONS: dict[str, dict[str, list[Mention]]] = {}
MAX_CACHED_SENTENCES = 4096
MENTIONS_KEY = "dealwatch_data_mentions"  # doc.user_data: the document's mentions by lowered sentence text


_RETOLD_REPORT = PHRASES["retold_report"]  # "In der Meldung hieß es, ...", "Dort stand: „...“", "schreiben Sie, ..."
_OTHER_TIME_DENIAL = PHRASES["other_time_denial"]  # "2014 hatte Koum versprochen, ...": not the same time
_UPHELD_ACCOUNT = PHRASES["upheld_account"]  # "Die Redaktion bleibt bei ihrer Darstellung.": a dispute (D73 (b))
_PARTY_IN_HEAD = PHRASES["party_in_head"]  # "WhatsApp widerspricht: ...": the accused side's own counter-statement
_VOICED_STATEMENT = PHRASES["voiced_statement"]  # a verb of saying, a quotation mark or a colon: another voice's words


def drop_contradicted_reports(doc: Doc, state: DocState) -> None:
    """Remove the data_shared claims (shared true) of a retold report that a later sentence of the same text
    contradicts: the same data type said not to be passed on there, outside a report frame of its own ("Im Artikel
    hieß es, alle Chats würden künftig bei Facebook ausgewertet." ... "Nach allem, was bekannt ist, gelangen die
    Chats nicht zu Facebook."). The lead's D62 and D66 (b), D74 (c): a statement refuted by a contrary fact, whoever
    tells it, gives no item; the correction keeps its own. Not where the text marks the matter as disputed, the
    editors upholding their account (`upheld_account`, D73 (b): each statement keeps its item). A report frame
    (`retold_report`) stands before the claim in its sentence, or before the quotation the claim's sentence is part
    of (issue 7, session 54, ds54)."""
    claims = claims_of(doc)
    denied = [c for c in claims if c.type == "data_shared" and c.fields.get("shared") is False]
    if not denied:
        return  # (speed: most texts deny nothing; the claims first, the text's patterns only then)
    last_denial = {}
    for d in denied:
        last_denial[d.fields.get("data_type")] = max(d.start, last_denial.get(d.fields.get("data_type"), -1))
    reports = [
        c for c in claims
        if c.type == "data_shared" and c.fields.get("shared") is True and last_denial.get(c.fields.get("data_type"), -1) > c.end
    ]
    if not reports or _UPHELD_ACCOUNT.search(state.text):
        return
    retorts = [d for d in denied if _third_voice_retort(state, d.start)]
    turns = _refuting_turns(state, denied)
    if turns:
        dropped_turns = {
            id(claim) for claim in reports
            if _voiced(state, state.sentence_at(claim.start)) and any(
                d.fields.get("data_type") == claim.fields.get("data_type")
                and 0 < verdict - state.sentence_at(claim.start) <= MAX_TURN_DISTANCE
                for d, verdict in turns
            )
        }
        if dropped_turns:
            for claim in reports:
                if id(claim) in dropped_turns:
                    rejected_sentences(doc, "data_shared").add(state.sentence_at(claim.start))
            claims[:] = [c for c in claims if id(c) not in dropped_turns]
            reports = [c for c in reports if id(c) not in dropped_turns]
            if not reports:
                return
    if not retorts and not _RETOLD_REPORT.search(state.text):
        return
    # (a denial of another time or place contradicts nothing: "2014 hatte Koum versprochen, die Nummer werde nicht
    # weitergegeben", "In der EU gehen seit 2018 keine Nutzungsdaten mehr an Facebook"; review54's finding)
    denied = [
        d for d in denied
        if not _retold(state, d.start) and _OTHER_TIME_DENIAL.search(state.sentence(state.sentence_at(d.start))) is None
    ]
    retorts = [d for d in retorts if any(d is k for k in denied)]
    dropped = set()
    for claim in reports:
        si = state.sentence_at(claim.start)
        if (any(
            d.fields.get("data_type") == claim.fields.get("data_type") and state.sentence_at(d.start) > si for d in denied
        ) and _retold(state, claim.start)) or any(
            # another voice's retort with the contrary fact ("Ihr Kollege widersprach: Die Nutzungsdauer werde nicht
            # übermittelt"): D66 (b) and D74 (c), where the transfer stands in another voice's words, not the writer's
            # own plain statement (a dispute at most; review55's finding) (issue 7, session 55, ds55)
            d.fields.get("data_type") == claim.fields.get("data_type") and state.sentence_at(d.start) > si for d in retorts
        ) and _voiced(state, si):
            dropped.add(id(claim))
            rejected_sentences(doc, "data_shared").add(si)  # (read: the learned stage leaves the sentence alone)
    if dropped:
        claims[:] = [c for c in claims if id(c) not in dropped]


_NON_FINITE_VERB = frozenset({"VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VMINF", "VVIZU"})


def _held_by_facebook(text: str) -> bool:
    """Does the (masked) clause say that Facebook has the data, "haben" as a full verb of holding: Facebook (or Meta,
    "FB") as the subject right beside a finite "hat/habe/hätte/hatte" ("Meine Nummer hat Facebook natürlich
    trotzdem", "Hat Facebook meine Nummer dann trotzdem?", "Facebook hat deine Nummer längst"), a masked data term
    as its object right before the verb ("Meine Nummer hat Facebook") or after it with only articles, possessives and
    adverbs between (`_HOLDER_OBJECT_WORDS`: "hat ein Interesse an den Nummern", "hat kein Recht auf ..." hold a noun
    of their own; "WhatsApp hat die Nummer, und Facebook hat die Profile": a comma between), and no participle or
    infinitive closing the clause ("hat ... weitergegeben", "hat ... gekauft": the
    auxiliary of another verb)? Issue 7, session 57, ds57 (own106-024, own102-035, challenge_gen32-056)."""
    holder = _FACEBOOK_HOLDS.search(text)
    if holder is None:
        return False
    words = _WORDS.findall(text)
    if not words or may_tag_any(words[-1], _NON_FINITE_VERB, first=False) and words[-1] not in _HOLDER_TAIL_WORDS:
        return False
    for run in _MASKED_RUN_AT.finditer(text):
        if run.end() <= holder.start():
            if not text[run.end() : holder.start()].strip():
                return True  # "Meine Nummer hat Facebook ...": the object fronted right before the verb
        elif run.start() >= holder.end():
            between = _WORDS.findall(text[holder.end() : run.start()])
            if all(word in _HOLDER_OBJECT_WORDS for word in between) and not re.search(r"[,;:]", text[holder.end() : run.start()]):
                return True  # "Hat Facebook meine Nummer ...", "Facebook hat deine Nummer längst"
    return False


#: Sentences back from a refuting turn's verdict to the statement it refutes ("ERNA: Jetzt kriegt Facebook unser
#: Telefonbuch. Hab ich im Radio gehört." / "GERDA: Quatsch. Dein Adressbuch bleibt bei WhatsApp.").
MAX_TURN_DISTANCE = 3


def _refuting_turns(state: DocState, denied: list[Any]) -> list[tuple[Any, int]]:
    """The denials (shared false) told right after a bare verdict of falsehood - in the verdict's own sentence after
    it ("Quatsch, der Standort geht nicht an FB") or in the sentence after it ("GERDA: Quatsch. Dein Adressbuch bleibt
    bei WhatsApp.", "„Das stimmt nicht, Gisela. Die Chats sind verschlüsselt ...“") - each with its verdict's
    sentence: another voice's turn that refutes the statement before it with the contrary fact (D62, D66 (b)); the
    verdict may follow a frame of saying and its colon ("antwortete der Chorleiter: „Das stimmt nicht, ..."). Not a
    verdict spoken by a party of the dispute (`party_in_head` before the colon, in the speaker's label or frame: "Ein
    WhatsApp-Sprecher: Das stimmt nicht." is a dispute between voices, both items stay). A vocative after the
    verdict's comma ("Das stimmt nicht, Gisela.") is no part of it. Issue 7, session 57, ds57 (own106-033,
    own106-056)."""
    out = []
    for d in denied:
        si = state.sentence_at(d.start)
        for verdict in (si, si - 1):
            if verdict < 0:
                continue
            sent = state.sentence(verdict)
            lo = state.sents[verdict][0]
            if verdict == si:
                sent = sent[: d.start - lo]  # the verdict opens the denial's own sentence: only the words before it
            colon = sent.rfind(":")
            # (the verdict after a frame of saying and its colon: "antwortete der Chorleiter: „Das stimmt nicht, ...")
            spoken = sent[colon + 1:] if colon >= 0 else sent
            bare = _VOCATIVE_TAIL.sub(r"\1", spoken.rstrip().rstrip("\"“”»«").rstrip())
            if verdict == si:
                if _VERDICT_OPENING_COMMA.match(spoken.lstrip(" \"„“»«")) is None:
                    continue  # "„Quatsch, die Chats sind verschlüsselt ...": the verdict opens the denial's sentence
            elif not (refutes(bare) or refutes(sent)):
                continue
            if colon >= 0 and _PARTY_IN_HEAD.search(sent, 0, colon) is not None:
                break  # "Ein WhatsApp-Sprecher: Das stimmt nicht.": the accused side's answer, a dispute
            out.append((d, verdict))
            break
    return out


def _voiced(state: DocState, si: int) -> bool:
    """Does sentence `si`, or the one before it, tell its statement in another voice's words (`_VOICED_STATEMENT`: a
    verb of saying, a quotation mark, a colon)?"""
    return any(_VOICED_STATEMENT.search(state.sentence(sj)) is not None for sj in (si - 1, si) if sj >= 0)


def _third_voice_retort(state: DocState, at: int) -> bool:
    """Does the sentence of offset `at` open with a retort (`_RETORT_HEAD`, "Der Gutachter widersprach:") whose colon
    stands before `at`, spoken by a third voice, not by a party of the dispute (`_PARTY_IN_HEAD`: "WhatsApp
    widerspricht:" is the accused side's counter-statement, a dispute between voices, D66 (b))?"""
    lo, hi = state.sents[state.sentence_at(at)]
    colon = state.text.find(":", lo, at)
    if colon < 0:
        return False
    head = state.text[lo:colon]
    return _RETORT_HEAD.fullmatch(head) is not None and _PARTY_IN_HEAD.search(head) is None


def _retold(state: DocState, at: int) -> bool:
    """Does a report frame (`retold_report`) stand before offset `at` in its sentence, or before the quotation that
    holds `at` in its paragraph ("Dort stand: „..." + "... die Nummern ...“")?"""
    si = state.sentence_at(at)
    lo = state.sents[si][0]
    para = max(0, state.text.rfind("\n", 0, lo))
    if _quote_balance(state.text[para:at]) > 0:
        lo = min(lo, state.text.rfind("„", para, at))
    found = _RETOLD_REPORT.search(state.text, lo if lo >= 0 else para, at)
    return found is not None


#: How many sentences a quotation left open may still run on before the verdict after it is looked for.
MAX_QUOTED_SENTENCES = 4


def _after_quotation(state: DocState, si: int) -> int:
    """The index of the sentence that answers sentence `si`: the next one, or, where `si` leaves a German quotation
    open („ without its “: "In einem Beitrag heißt es: „Ab Mai liest Facebook mit." + "Wer nicht zustimmt, fliegt
    raus.“"), the one after the sentence that closes it, at most MAX_QUOTED_SENTENCES on (a verdict after a quoted
    post of several sentences judges all of them: the lead's D62, D68 (a); issue 7, session 54, ds54). The marks
    are counted from the start of `si`'s paragraph, so a sentence inside the quotation is read as one."""
    nxt = si + 1
    lo, hi = state.sents[si]
    para = max(0, state.text.rfind("\n", 0, lo))
    if "„" not in state.text[para:hi]:
        return nxt  # (no opening mark in the paragraph up to here: most sentences)
    depth = _quote_balance(state.text[para:hi])
    while depth > 0 and nxt < len(state.sents) and nxt <= si + MAX_QUOTED_SENTENCES:
        depth += _quote_balance(state.sentence(nxt))
        nxt += 1
    return nxt if depth <= 0 else si + 1


def _colon_quotation_start(state: DocState, si: int) -> int | None:
    """Where in sentence `si` a German quotation introduced by a colon stands ("Im Netz heißt es: „..."): the offset
    of its opening mark in the sentence, 0 where the sentence lies inside one opened before it in its paragraph
    ("... kursiert: „Ab Juni ..." + "Teilt das!“"), None where it holds none."""
    lo, hi = state.sents[si]
    para = max(0, state.text.rfind("\n", 0, lo))
    if "„" not in state.text[para:hi]:
        return None
    depth, opened = 0, -1
    for at in range(para, hi):
        ch = state.text[at]
        if ch == "„":
            if depth == 0:
                opened = at
            depth += 1
        elif ch == "“" and depth > 0:
            depth -= 1
        if at == lo - 1 and depth > 0 and state.text[para:opened].rstrip().endswith(":"):
            return 0
    for at in range(lo, hi):  # (else the first quotation in the sentence that a colon introduces)
        if state.text[at] == "„" and state.text[para:at].rstrip().endswith(":"):
            return at - lo
    return None


def _quote_balance(text: str) -> int:
    """German opening marks less closing ones in `text` („ and “)."""
    return text.count("„") - text.count("“")


class DataSharedComponent(DocComponent):
    """Adds ``data_shared`` claims (data_type, shared) to ``doc._.claims``."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.v = vocab
        self._mentions_of_doc = _MENTIONS.setdefault(vocab.identity, {})

    # ------------------------------------------------------------------ spaCy
    def __call__(self, doc: Doc) -> Doc:
        low = lower_text(doc)
        self._mentions_of_doc.clear()  # a new document
        implicit = None
        terms_only = False
        if self.v.gate_facebook.search(low) is None:
            # A text that never names Facebook but whose title is about WhatsApp's data sharing
            # ("Fragen und Antworten zur WhatsApp-Datenweitergabe"): the sharing with Facebook, its only topic here.
            implicit = _implicit_recipient(doc, low, self.v)
            if implicit is None:
                if not _about_new_terms(low, self.v.cue["other_sender"]):
                    return doc
                terms_only = True  # ... or one that tells the new terms: protection only (`DocState.terms_recipient`)
        sents = Sentences.of(doc)
        bounds = list(zip(sents.starts, sents.ends))
        # Every literal gate of every component in one scan per document, by sentence (models/layer/literals.py).
        with_terms = family_sentences(doc, "data")
        if not with_terms:
            # No data term anywhere (every term contains a gate word), and every claim names one: nothing to read.
            doc.user_data[MENTIONS_KEY] = {}
            return doc
        state = self._doc_state(doc, low, sents, bounds, with_terms, implicit)
        state.terms_topic = terms_only or _about_new_terms(low, self.v.cue["other_sender"])
        if terms_only:
            state.terms_recipient = True
            before = len(claims_of(doc))
            self._read_sentences(doc, state, low, bounds, with_terms)
            _keep_protection_only(doc, before)
            doc.user_data[MENTIONS_KEY] = {}  # (the learned stage reads no text that names no recipient)
            return doc
        self._read_sentences(doc, state, low, bounds, with_terms)
        # Kept with the Doc: the learned stage runs after a whole batch, when the shared cache holds another document's.
        doc.user_data[MENTIONS_KEY] = dict(self._mentions_of_doc)
        return doc

    def _doc_state(
        self, doc: Doc, low: str, sents: Sentences, bounds: list[tuple[int, int]], with_terms: set[int],
        implicit: tuple[int, int] | None,
    ) -> DocState:
        """What every sentence's reading needs of the document (`__call__`'s first job; clean28, issue 7, session 28:
        split from it as it was): the layer's cues where a data term, a list or answer introduction, the paragraph
        above a question or an anaphoric sentence stands, where Facebook and WhatsApp are named, and the sentences
        that continue one naming Facebook."""
        # The Matcher only where a data term stands (the sentences this component can read at all)
        # and in the introductions of lists and answers ("Was gibt WhatsApp an Meta weiter?").
        regions = [bounds[si] for si in sorted(with_terms)]
        blocks = doc_value(doc, "blocks") or []
        regions += [(b.start, b.end) for b in blocks if b.kind in ("question", "heading") or low[b.end - 1] == ":"]
        # and the paragraph above a question, which can set its topic ("..., dass Informationen zum
        # Mutterkonzern wandern." + "Welche Daten sind betroffen?"; models/data_shared_layout.py)
        regions += [(a.start, a.end) for a, q in zip(blocks, blocks[1:]) if q.kind == "question" and a.kind in ("paragraph", "answer")]
        # and a sentence that passes on the data of the one before by "Diese Daten ..." (models/data_shared_anaphora.py)
        anaphors = anaphor_sentences(low, bounds)  # (read again by the anaphora rules)
        regions += [bounds[si] for si in anaphors]
        layer = layer_cues(doc, regions, self.v.cue["whatsapp"])
        if implicit is not None:
            layer["facebook"].append(implicit)  # the title stands for the recipient it implies
        facebook_named = [m.start() for m in self.v.cue["facebook"].finditer(low)]  # one scan: `fb` and `names_facebook`
        if facebook_named:
            # "„Wir bekommen keine Chatinhalte“, sagte ein Facebook-Sprecher": the first person of a quotation Facebook
            # speaks is Facebook (`_facebook_first_person`; ds58, session 58)
            layer["facebook"] += _facebook_first_person(low, self.v.cue["facebook"])
        named = facebook_named + [s for s, _ in layer["facebook"]]
        if named:
            # "reicht ... an das Netzwerk weiter" where the text names Facebook (or "den Mutterkonzern"),
            # before or after: the recipient is Facebook
            layer["facebook"] += [m.span() for m in self._scan(low, "facebook_recipient")]
        wa = family_sentences(doc, "whatsapp")
        state = DocState(
            low,
            bounds,
            wa,
            layer,
            # A text that names no messenger or other service at all (a gloss: "Zwei Jahre später wanderte
            # die Telefonnummer doch zu Facebook") reached us as coverage of the deal: its sender is WhatsApp.
            _title_names_whatsapp(doc) or (not wa and self.v.cue["other_service"].search(low) is None),
            _target_names_whatsapp(doc),
            lambda: frozenset(sents.index_at(m.start()) for m in self._scan(low, "other_sender")),
            frozenset(with_terms),
            anaphors,
            _title_opens_with_other_service(doc, low, self.v),
            tuple(facebook_named),  # the full cue, not the literal gate: "Metadaten" must not count as Meta
        )
        state.cased = doc_text(doc)
        # The next sentence continues this one and names Facebook ("Ihre Nachrichten kann keiner lesen. Auch
        # Facebook nicht.", "... Das heißt: Weder WhatsApp noch Facebook können mitlesen."): as if this one named it.
        state.fb |= {si - 1 for si in state.fb if si > 0 and self.v.cue["facebook_continues"].match(low, *bounds[si])}
        # A verbless fragment naming data right after a sentence that names Facebook continues its statement and
        # carries its recipient ("Künftig erhält Meta die Telefonnummer. Dazu die Angabe, welches Handy man hat.
        # Außerdem wie oft man die App öffnet."), as the sentence before a continuation carries it back (ds25b).
        for si in sorted(set(with_terms)):
            if si - 1 in state.fb and si not in state.fb and self._mentions(state.sentence(si)) and verbless_fragment(
                doc_text(doc)[slice(*bounds[si])]
            ):
                state.fb.add(si)
        # A passive transfer opened by its participle, told before its recipient is named, the next sentence naming
        # Facebook with nothing of it in the window before ("Weitergegeben werden die Rufnummer und die Gerätedaten.
        # ... erfährt Facebook ..."): the recipient of that transfer, as a sentence carries its recipient to a
        # verbless one after it (session 36). Not a transfer with a recipient of its own ("auf seine Server").
        state.fb |= {
            si for si in with_terms
            if si + 1 in state.fb and not state.facebook_near(si)
            and self._recipientless_passive(state.cased[slice(*bounds[si])], state.sentence(si))
        }
        return state

    def _recipientless_passive(self, cased: str, low: str) -> bool:
        """Does the sentence open with the participle of a transfer verb and a form of 'werden' ("Übermittelt werden
        ...", "Weitergereicht wurden ..."), the passive that leaves its recipient out, and name no other recipient?"""
        opening = _PASSIVE_OPENING.match(cased)
        if opening is None or not self.v.exists["transfer_strong"](low[: opening.end()]):
            return False
        if self.v.exists["other_recipient"](low):
            return False
        return tag_words([opening.group(1)])[0] == "VVPP"

    def _read_sentences(
        self, doc: Doc, state: DocState, low: str, bounds: list[tuple[int, int]], with_terms: set[int]
    ) -> None:
        """The claims of the document's sentences (`__call__`'s second job, split from it as it was): each sentence
        with a data term, or right after one, read by its shape (a pronoun, an answer, a list, a statement), then the
        layout's claims, the objectless readings, the yes/no questions, and the questioned claims dropped."""
        with_cues = family_sentences(doc, "data_cue")
        yes_no: list[int] = []
        # Facebook named here or before (no sentence before its first naming is read), WhatsApp close by, a data
        # word, and a transfer/protection/continuation cue here (or a list introduced by the previous sentence's colon).
        first = 0 if state.terms_recipient else min(state.fb, default=len(bounds))
        if first < len(bounds) and first - 1 in with_terms and self._transfer_told_next(state, first - 1):
            first -= 1  # "Die Chats bleiben verschlüsselt. Alles andere wandert zu Facebook.": the limit before it
        if 0 < first < len(bounds) and state._fact_box_row(first):
            # a fact box whose row names the recipient below the data rows ("Übertragen: Nummer" / "Empfänger:
            # Facebook"): its rows above are read too (`DocState._rows_up_to_facebook`; ds56, session 56)
            row = first
            while row > 0 and first - row < MAX_FACT_BOX_ROWS and state._fact_box_row(row - 1):
                row -= 1
            first = row
        # A text that tells WhatsApp's new terms implies their recipient before it names Facebook too (D84 (d)): its
        # sentences before the first naming are read as those of a text that never names it, their claims kept only
        # for the messages kept back ("Das Unternehmen betonte, dass es die privaten Nachrichten nicht lesen könne.
        # Die Facebook-Aktie schloss tiefer."; ds59, session 59)
        named_from = first
        if state.terms_topic and 0 < first < len(bounds):
            first = 0
        before_named = len(claims_of(doc))
        for si in range(min(named_from, len(bounds))):
            if si in with_terms and not _names_whatsapp(state.sentence(si)) and (
                state.other_services() & _same_paragraph(state, si, None)
            ):
                # before Facebook's first naming, another service named earlier in the paragraph may be what the
                # sentence speaks of ("Signal ändert seine Nutzungsbedingungen. Das Unternehmen kann die Nachrichten
                # nicht lesen."): neither the rules below nor the learned stage read it (review59's finding; ds59)
                rejected_sentences(doc, "data_shared").add(si)
        # (the learned stage reads the mentions the rules found: none of those sentences', as before)
        mentions_before = dict(self._mentions_of_doc) if first < named_from else None
        # Only a sentence with a data term, or the one after it, can give a claim here: the rules below need a
        # data term in the sentence, or (a pronoun or an answer standing for data) in the sentence before.
        for si in sorted({i for t in with_terms for i in (t, t + 1) if first <= i < len(bounds)}):
            if si >= named_from and before_named is not None:
                self._protection_only_before(doc, state, before_named, mentions_before)
                before_named = None
            start = bounds[si][0]
            if not state.whatsapp_near(si):
                continue  # (transfers want Facebook near; data kept back needs it only named before)
            if si < named_from and si in rejected_sentences(doc, "data_shared"):
                continue  # (another service before it in the paragraph, above)
            has_cue = si in with_cues or any(name != "reason" for name in state.layer_cues_in(si))
            answer = _answer_after(low, bounds, si)
            if si in with_terms and has_cue and answer is not None and _answer_particle(low, *bounds[answer]) is not None:
                yes_no.append(si)  # "Bekommt Facebook meine Nummer? Ja. ...": read after the answers' own claims
            # No data term (a gate word alone is none: "Das bleibt auf dem Handy."): a pronoun may stand for one.
            if si not in with_terms or (has_cue and not self._mentions(state.sentence(si))):
                # (an answer with no cue of its own says nothing: "Bekommt das Netzwerk meine Nummer? Die wichtigsten
                # Fragen und Antworten." is a teaser, and the question asserts no transfer)
                if has_cue and self._answers_question(state, si):
                    self._sentence(doc, state, si, with_question=True)
                elif has_cue:
                    self._pronoun_statement(doc, state, si)
                continue
            if self._verdict_answer(doc, state, si) or table_row(self, doc, state, si):
                continue
            # (a gate word is no cue of its own: "Angaben" holds "gab")
            answered = (
                self._lists_answer(state, si)
                if self._after_wh_question(state, si) and (not has_cue or not self._says_itself(state.sentence(si)))
                else None
            )
            if answered == "question":
                # "Welche Daten gehen an den Konzern? Die Handynummer, ...": the question's transfer, the answer's data
                self._sentence(doc, state, si, with_question=True)
                continue
            if isinstance(answered, bool):
                # "... an Facebook weiter. Welche Daten sind betroffen? Die Telefonnummer und ...": the statement's
                self._list_items(doc, state, si, answered)
                continue
            if self._elliptic_continuation(doc, state, si):
                continue  # "Die Nummer geht an Facebook. Die Chats aber nicht.": the statement before, its verb elided
            if (
                has_cue
                or (si > 0 and introduces_list(state.sentence(si - 1)))
                or low.startswith("und ", start)  # "Und mit ihr die Information, wann ...": continues the last sentence
            ):
                self._sentence(doc, state, si)
        if before_named is not None:
            self._protection_only_before(doc, state, before_named, mentions_before)  # (none read from the naming on)
        layout_claims(self, doc, state)
        self._objectless_reading(doc, state)
        for si in yes_no:
            self._yes_no_question(doc, state, si)
        drop_questioned(doc, state)
        drop_contradicted_reports(doc, state)
        drop_unkeyed_choices(doc, state)

    def _protection_only_before(
        self, doc: Doc, state: DocState, before: int, mentions: dict[str, list[Mention]] | None
    ) -> None:
        """The claims of a new-terms text's sentences before Facebook's first naming, kept for the messages kept back
        only (`_keep_protection_only`), and their mentions forgotten again (`mentions`: the document's mentions before
        those sentences were read, None when none were): the learned stage reads them only where the rules read a
        recipient, as before, and leaves a sentence that kept a claim alone, as it leaves a text that never names
        Facebook (ds59, session 59)."""
        _keep_protection_only(doc, before)
        for claim in claims_of(doc)[before:]:
            if claim.type == "data_shared":
                rejected_sentences(doc, "data_shared").add(state.sentence_at(claim.start))
        if mentions is not None:
            self._mentions_of_doc.clear()
            self._mentions_of_doc.update(mentions)

    # ------------------------------------------------------------ internals
    def _scan(self, low: str, name: str) -> Iterator[re.Match[str]]:
        """Every match of cue `name` in the whole (lowered) text; no regex pass over it when one Aho-Corasick
        scan finds none of the literals every match of the cue holds (most texts name no other sender)."""
        if not self.v.exists[name].possible(low):
            return iter(())
        return self.v.cue[name].finditer(low)

    def _answers_question(self, state: DocState, si: int) -> bool:
        """Sentence `si` answers a short question naming the data with a pronoun:
        "Und die Nachrichten? Die bekommt Facebook nicht." (read as one statement)."""
        answer = state.sentence(si)
        # read after the sentence's layout lead ('Peters: ...', '09:14 Uhr: ...', '[12.02.21, 20:16] Ben: ...':
        # models/layer/leads.py, session 29, lead29), and the question's words counted after its own
        if si == 0 or not state.may_hold_terms(si - 1) or _PRONOUN_ANSWER.match(answer, body_start(answer, 0, len(answer))) is None:
            return False
        question = state.sentence(si - 1)
        if self.v.gate_terms.search(question) is None:
            return False
        if _NOT_KNOWING_ANSWER.search(answer) is not None:
            return False  # "Bekommt Facebook meine Nummer? Das weiß derzeit niemand.": the question stays open
        if is_question(question):
            return len(question[body_start(question, 0, len(question)):].split()) <= MAX_ELLIPTIC_QUESTION_WORDS
        # reported: "Was mit den Nachrichten sei, will eine Teilnehmerin wissen. „Die bekommt Facebook nicht."
        return len(question.split()) <= MAX_INDIRECT_QUESTION_WORDS and _INDIRECT_QUESTION.match(question) is not None

    @staticmethod
    def _after_wh_question(state: DocState, si: int) -> bool:
        """Sentence `si` follows a what/which question (the first condition of a list answer, and the cheapest)."""
        if si == 0:
            return False
        question = state.sentence(si - 1)
        return is_question(question) and _WH_QUESTION.search(question) is not None

    def _lists_answer(self, state: DocState, si: int) -> bool | str | None:
        """Does sentence `si` list data in answer to a what/which question about passing data to Facebook?

        "question": the question says what happens ("Was bekommt Facebook von WhatsApp? Die Nummer ja,
        die Chats nein."); True/False: the question only asks which data ("Welche Daten sind betroffen?")
        and the statement before it gives the polarity; None: no such answer.
        """
        if not self._after_wh_question(state, si):
            return None
        question = state.sentence(si - 1)
        sent = state.sentence(si)
        mentions = self._mentions(sent)
        # (after the answer's layout lead, "Antwort: Die Telefonnummer.", "BERATERIN: Ihre Handynummer.": ds47)
        if not mentions or _LIST_OPENING.fullmatch(sent, body_start(sent, 0, mentions[0].start), mentions[0].start) is None:
            return None
        # Only a list: data joined by commas and "und" (each item perhaps with its yes or no), then at most
        # a few words ("Die Telefonnummer ist ohnehin öffentlich, sagt Koum." states something else).
        # (an item may carry a relative clause: "die Telefonnummer, die mit dem Konto verknüpft ist, das Datum ...")
        glue = self.v.cue["enumeration_glue"]
        for a, b in zip(mentions, mentions[1:]):
            between = _VERDICT_WORD.sub(" ", without_item_relatives(sent[a.end:b.start]))
            if not glue.match(between):
                return None
        if len(_VERDICT_WORD.sub(" ", without_item_relatives(sent[mentions[-1].end:])).split()) > 3:
            return None
        if self.v.cue["elliptic_not"].match(question):
            # "Was bekommt Facebook? Die Nummer. Und was nicht? Die Chats.": the earlier question, negated
            asked = next((j for j in range(si - 2, max(-1, si - 5), -1) if is_question(state.sentence(j))), None)
            if asked is None or not self._asks_transfer(state, asked) or has_negation(state.sentence(asked)):
                return None
            return False if state.facebook_near(asked) else None
        if _TWO_SIDED.search(question) is not None:
            return None  # "Was geht an Facebook - und was nicht?": the items' own labels say their side (layout)
        if self._asks_transfer(state, si - 1):
            return "question" if state.facebook_near(si - 1) else None
        if si < 2 or _WHICH_DATA.search(question) is None:
            return None
        return self._polarity_of(state, si - 2, state.sentence(si - 2))

    def _yes_no_question(self, doc: Doc, state: DocState, si: int) -> None:
        """The data of a yes/no question about a transfer, answered by the next sentence's "Ja" or "Nein":
        "Liest Facebook meine Nachrichten? Nein, die sind verschlüsselt." -> not shared; "Bekommt Facebook
        meine Nummer? Ja." -> shared. A what/which question, a condition or speculation says nothing."""
        asked_at = _asked_yes_no(state.sentence(si))
        if asked_at is None:
            return
        lo_asked, sent = state.sents[si][0] + asked_at[0], asked_at[1]
        if _WH_QUESTION.search(sent) is not None:
            return
        # (an elliptic "Vorerst nicht." has no particle: it is a no)
        answer_si = _answer_after(state.text, state.sents, si)
        if answer_si is None:
            return
        answer = _answer_particle(state.text, *state.sents[answer_si])
        if answer is None:
            return
        mentions, masked, _clauses, info = self._reading(state, si, sent)
        impossible = answer == IMPOSSIBLE
        if impossible:
            # "Und wenn Facebook die Chats auswerten würde? – Das ist ausgeschlossen.": the answer denies even the
            # possibility, so a supposed or conditional transfer is denied as well (not a reported one, nor a negated)
            if any(c["hearsay"] or c["other_recipient"] for c in info) or has_negation(masked):
                return
            asked = True if any(c["transfer"] and c["fb_clause"] for c in info) else None
            answer = "nein"
        elif any(
            (c["conditional"] and _CONCESSIVE_MAIN.search(masked) is None) or c["speculation"] or c["hearsay"]
            or c["other_recipient"] for c in info
        ):
            # ("Hat Facebook meine Nummer dann trotzdem, wenn ich WhatsApp lösche?": the concessive main clause holds
            # whatever the condition says)
            return
        else:
            asked = self._polarity_of(state, si, sent)
        if asked is None:
            return
        if has_negation(masked):
            # "Gibt WhatsApp die Kontakte nicht weiter? Doch." -> shared; after "Ja"/"Nein" which way is unclear
            if answer != "doch":
                return
            shared = True
        elif asked is False:
            # "Sind meine Chats verschlüsselt? Ja." -> not shared; a "Nein" says only that they are not protected
            if answer != "ja":
                return
            shared = False
        else:
            shared = answer != "nein"
        lo, hi = state.sents[answer_si]
        # what the question or its answer already claims stays as it is ("Nein, die Chats bleiben verschlüsselt.")
        said = {c.fields.get("data_type") for c in claims_of(doc) if c.type == "data_shared" and state.sents[si][0] <= c.start < hi}
        self._emit(doc, lo_asked, sent, [
            (m, shared) for m in mentions
            if m.term.kind != "generic" and (m.term.kind != "message" or not shared) and m.term.type not in said
        ])
        if answer == "nein":
            # "Nein, nur die Telefonnummer.": what the no leaves is passed on
            answer_text = state.sentence(answer_si)
            only = _ONLY.search(answer_text)
            if only is not None:
                self._emit(doc, lo, answer_text, [
                    (m, True) for m in self._mentions(answer_text)
                    if m.start >= only.end() and m.term.kind == "strong" and m.term.type not in said
                ])

    def _verdict_answer(self, doc: Doc, state: DocState, si: int) -> bool:
        """A short question naming only data, answered by a bare "Ja." or "Nein.", under a question about the
        transfer: "Was bekommt Facebook? Die Telefonnummer? Ja. Die Chats? Nein." The topic question's polarity,
        turned by a "Nein". True when the sentence was read so."""
        sent = state.sentence(si)
        if si + 1 >= len(state.sents) or not is_question(sent) or len(sent.split()) > MAX_VERDICT_QUESTION_WORDS:
            return False
        verdict = _BARE_VERDICT.fullmatch(state.sentence(si + 1).strip())
        if verdict is None or self._says_itself(sent):
            return False
        # the nearest question before that asks what is passed on (a few short questions and verdicts between)
        for qi in range(si - 1, max(-1, si - 1 - VERDICT_TOPIC_WINDOW), -1):
            question = state.sentence(qi)
            if not is_question(question) or not self._asks_transfer(state, qi) or not state.facebook_near(qi):
                continue
            topic = self._polarity_of(state, qi, question)
            if topic is None:
                return False
            shared = topic if verdict.group(1) == "ja" else not topic
            self._emit(doc, state.sents[si][0], sent, [
                (m, shared) for m in self._mentions(sent) if m.term.kind != "generic" and (m.term.kind != "message" or not shared)
            ])
            return True
        return False

    def _asks_transfer(self, state: DocState, qi: int) -> bool:
        """Question `qi` speaks of passing data on, reading it, or keeping it protected."""
        question = state.sentence(qi)
        exists = self.v.exists
        if _PURCHASE_RETURN.search(question) is not None:
            return False  # "Was bekommt Facebook dafür?": what the deal buys, not what data is passed on
        return (
            exists["transfer_strong"](question) or exists["transfer_weak"](question) or exists["protection"](question)
            or bool(state.layer_cues_in(qi).get("transfer_strong"))
        )

    def _asks_what_passes(self, question: str) -> bool:
        """A what/which question that asks which data pass to Facebook: a transfer cue and Facebook in it, no negation
        ("Was bekommt Facebook nicht?") and no question of what the deal buys ("Was bekommt Facebook dafür?")."""
        exists = self.v.exists
        return (
            _WH_QUESTION.search(question) is not None and (exists["transfer_strong"](question) or exists["transfer_weak"](question))
            and self.v.cue["facebook"].search(question) is not None and not has_negation(question)
            and _PURCHASE_RETURN.search(question) is None
        )

    def _says_itself(self, sent: str) -> bool:
        """The sentence has a transfer, reading or protection cue of its own."""
        exists = self.v.exists
        mentions = self._mentions(sent)
        # "Angaben über das verwendete Betriebssystem" uses nothing, nor does a relative clause describing an item
        sent = blank_item_relatives(_mask(sent, mentions), mentions)
        return exists["transfer_strong"](sent) or exists["transfer_weak"](sent) or exists["protection"](sent)

    def _list_items(self, doc: Doc, state: DocState, si: int, polarity: bool) -> None:
        """Emit the data a list answer names, with the given polarity (a "ja"/"nein" after an item decides it)."""
        sent = state.sentence(si)
        decided = []
        for m in self._mentions(sent):
            verdict = _VERDICT.match(sent, m.end)
            shared = polarity if verdict is None else verdict.group(1) == "ja"
            if m.term.kind == "generic" or (m.term.kind == "message" and shared):
                continue
            decided.append((m, shared))
        self._emit(doc, state.sents[si][0], sent, decided)

    def _objectless_reading(self, doc: Doc, state: DocState) -> None:
        """Reading along denied with no object, Facebook named among those who cannot ("Weder WhatsApp noch Facebook
        können mitlesen oder mithören"): "mitlesen" alone means the messages, so message_content not shared, its span
        the verb phrase. Not in a question, a condition or a speculation, and not where the sentence already has a
        message_content claim."""
        low = state.text
        if not _OBJECTLESS_READING_TEST(low):
            return
        for found in _OBJECTLESS_READING.finditer(low):
            si = state.sentence_at(found.start())
            lo, hi = state.sents[si]
            sent = state.sentence(si)
            if is_question(sent) or not state.whatsapp_near(si) or not state.names_facebook(lo, hi, resolved=True):
                continue
            clause = next(((a, b) for a, b in clauses_of(sent) if a <= found.start() - lo < b), (0, len(sent)))
            text = sent[clause[0]:clause[1]]
            if is_conditional(text) or self.v.exists["speculation"](text) or self.v.exists["hearsay"](text):
                continue
            if any(c.type == "data_shared" and c.fields.get("data_type") == "message_content" and lo <= c.start < hi
                   for c in claims_of(doc)):
                continue
            add_claim(doc, "data_shared", found.start(), found.end(), data_type="message_content", shared=False)

    def _pronoun_statement(self, doc: Doc, state: DocState, si: int) -> None:
        """A short sentence saying with a pronoun what happens to the one data type of the sentence
        before: "... dass Facebook Ihre Telefonnummer nicht für Werbung verwendet. Weitergegeben wird sie trotzdem."
        """
        if si == 0 or not state.may_hold_terms(si - 1):
            return  # no data term before for the pronoun to stand for
        # the two sentences speak of Facebook, not of anyone's number or photos (the cheapest test first); data kept
        # back or protected need Facebook only within the window, as a sentence naming them does (session 36: "Viele
        # fürchten um ihre Chats. Die sind aber verschlüsselt." two sentences after the transfer to Facebook)
        close = si in state.fb or si - 1 in state.fb
        if not close and not state.facebook_near(si):
            return
        sent, prev = state.sentence(si), state.sentence(si - 1)
        lo, hi = state.sents[si]
        if is_question(sent) or is_question(prev):
            return
        if introduces_list(sent):
            return  # "Das geht nicht an Facebook:" points forward to the list it opens, not back (cataphora)
        if sent.rstrip()[-1:].isalnum():
            return  # a heading line with no stop ("Das bleibt bei WhatsApp" over its paragraph) points forward too
        # The statement is the first clause ("Der Konzern bekommt sie künftig geliefert, und zwar von jedem
        # Nutzer, der ..."): it is short, and its pronoun is the one that stands for the data.
        first = _FIRST_PART.match(sent).end()
        # (a noun naming the list is no pronoun: it needs no short sentence to be read as the data before)
        names_list = _LIST_ANAPHOR.search(sent, 0, first) is not None
        limit = MAX_LIST_ANAPHOR_WORDS if names_list else MAX_PRONOUN_STATEMENT_WORDS
        if len(sent[:first].split()) > limit or _SUBORDINATE_START.match(sent):
            return  # "Ob jemand einer Gruppe angehört und wie groß sie ist, ...": its pronoun is not the data
        # A third-person pronoun; a capitalised "Sie" inside the sentence addresses the reader.
        # "Beides", "nichts davon": every data type the sentence before names, not just one
        collective = _COLLECTIVE_REFERENCE.search(sent, 0, first) is not None or (
            # "Es geht um die Nummer, um Angaben zum Handy ... Das wird mit Facebook geteilt.": the data of a
            # sentence that says nothing of them itself
            _DEMONSTRATIVE_SUMMARY.match(sent) is not None and self._polarity_of(state, si - 1, prev) is None
        )
        # "Facebook erhält diese Liste nicht" after a sentence naming the address book: the noun stands for it
        listed = not collective and names_list
        if not (collective or listed) and _REFERRING_PRONOUN.search(doc_text(doc)[lo : lo + first]) is None:
            return
        # (else a bare "Chats": "Für private Chats ändert sich nichts. Die sind verschlüsselt, ...", but only as kept back)
        # (a setting's quoted name states nothing, and no pronoun after it stands for its words: "Wenn Sie den Haken bei
        # „Meine Account-Informationen teilen" entfernen, ... Übertragen werden sie trotzdem." means the user's data)
        labels = unclaimed_spans(prev)
        named = [m for m in self._mentions(prev) if not any(a <= m.start < b for a, b in labels)]
        earlier = [m for m in named if m.term.kind == "strong"] or [m for m in named if m.term.kind == "message"]
        if not earlier or (len({m.term.type for m in earlier}) != 1 and not collective):
            return  # none, or several the pronoun could stand for
        if listed and earlier[0].term.type != "contacts":
            return  # "die Liste" stands only for an address book or contact list
        polarity = self._polarity_of(state, si, sent[:first])
        if polarity is False and _PURPOSE_INFINITIVE.match(sent, first) is not None:
            return  # "Facebook verwendet sie aber nicht, um ein Profil anzulegen": the use for a purpose is negated
        if (
            polarity is False and all(m.term.type in _IDENTIFIER_TYPES for m in earlier)
            and _ENCRYPTED_IDENTIFIER.search(sent.lower(), 0, first) is not None and not has_negation(sent[:first].lower())
        ):
            return  # "Diese Nummern werden verschlüsselt verarbeitet": how WhatsApp matches them, no item
        if polarity is None or (polarity and not close) or (
            # (passed on, a message word only by the business-chats convention: "Neu sind die Regeln für Chats mit
            # Unternehmen. Diese können künftig über Facebook gespeichert werden.")
            polarity and any(m.term.kind == "message" for m in earlier) and not _HOSTED_TEST(sent[:first])
        ):
            return
        if polarity and self.only_matching(sent[:first]) and not state.names_facebook(lo, lo + first):
            return  # "Der Messenger gleicht sie zwar ab, ...": matching inside WhatsApp, as in _clause_info
        if polarity and _TRAILING_NEGATION.search(sent):
            polarity = False
        prev_lo = state.sents[si - 1][0]
        dtype = earlier[0].term.type
        if any(
            c.type == "data_shared" and c.fields.get("data_type") == dtype and c.fields.get("shared") is polarity
            and prev_lo <= c.start < hi
            for c in claims_of(doc)
        ):
            return  # the sentence before already said it
        self._emit(doc, prev_lo, prev, [(m, polarity) for m in earlier])

    def _sentence(self, doc: Doc, state: DocState, si: int, with_question: bool = False) -> None:
        if with_question:
            # The question's "?" read as a colon: its data term belongs to the answer's clause.
            lo, hi = state.sents[si - 1][0], state.sents[si][1]
            sent = state.text[lo:hi]
            mark = sent.rfind("?", 0, state.sents[si][0] - lo)
            if mark < 0:
                mark = sent.rfind(".", 0, state.sents[si][0] - lo)  # a reported question ends with a period
            sent = sent[:mark] + ":" + sent[mark + 1:]
            cues = state.layer_cues_between(lo, hi)
            topic_end = mark  # the question only names the topic: its "ob"/"wenn" is no speculation
        else:
            lo, sent, cues = state.sents[si][0], state.sentence(si), state.layer_cues_in(si)
            topic_end = 0
            if is_question(sent):
                sent = _statement_before_tail(sent)  # "... hat kaum jemanden bewegt - warum sollte es anders sein?"
        mentions = self._mentions(sent)
        if not mentions or _QUOTED_QUESTION.search(sent) or all(m.term.kind == "generic" for m in mentions):
            return  # (a bare "Daten" alone gives no claim, below: nothing to read)
        if not with_question and self._consequence_of_encryption(state, si, sent):
            return  # "Der Messenger verschlüsselt nun alle Chats. Dadurch kann niemand mehr mitlesen" (D39 (c))
        # A question asserts nothing, but a transfer it presupposes as done is stated: "Werden die Kontaktlisten,
        # die WhatsApp bereits an Facebook geschickt hat, gelöscht?" (read below for those mentions alone).
        presupposed_only = is_question(sent)
        # ... and so is the that-clause a verb of evaluating takes as its object ("Wie bewertet die Regierung, dass
        # WhatsApp die Nummern an Facebook gibt?", D66 (d)): read as a statement, its mentions alone
        factive = _FACTIVE_QUESTION_HEAD.search(sent) if presupposed_only and not with_question else None
        if factive is not None:
            presupposed_only = False
        elif presupposed_only and _ALREADY_PASSED_RELATIVE.search(sent) is None and _ALREADY_PASSED_ATTRIBUTIVE.search(sent) is None:
            return
        if with_question:
            masked = _without_contrary_asides(_mask(sent, mentions))
            clauses = clauses_of(masked)
            info = self._clause_infos(masked, clauses, _outside(cues, mentions))
        else:
            mentions, masked, clauses, info = self._reading(state, si, sent)
        labels = unclaimed_spans(sent)  # setting labels, what can be derived from the data: no statement
        choice_in_sentence = any(c["choice"] for c in info)
        fb_near = state.facebook_near(si)
        fb_before = state.facebook_before(si)
        inherited: bool | None | str = "unset"
        intro = self._colon_intro(masked, clauses, info, fb_near, fb_before)
        # the answer after a question's topic guesses ("Und die Nummer? Die könnte Facebook bekommen."): the topic's
        # data take that doubt, though the question's own "ob"/"wenn" is none (ds47; a condition of the answer, "...,
        # wenn man zustimmt", is the consent's and stays as the sentence rules read it)
        answer_doubts = with_question and any(c["speculation"] and lo_c >= topic_end for (lo_c, _), c in zip(clauses, info))
        decided: list[tuple[Mention, bool]] = []
        # "Die Weitergabe der Telefonnummer selbst lässt sich …": cut right after its finite verb, the last clause has
        # lost its deciding words (D61 (c)); its data items say nothing
        cut_clause = len(clauses) - 1 if _cut_after_finite(masked) else -1
        # a fact-check's quoted claim the next sentence refutes ("„...“ – Falsch."): a refuted rumour
        whole_quote_refuted = not with_question and _QUOTED_CLAIM.fullmatch(sent.lower()) is not None and self._refuted(state, si)
        # ... and a quotation a colon introduces, of one sentence or several ("Im Netz kursiert: „Ab Juni bekommt
        # Facebook alle Adressbücher. Teilt das!“ Fazit: Überwiegend falsch."): the verdict after its end (ds54)
        quoted_from = None if with_question else _colon_quotation_start(state, si)
        if quoted_from is not None and not (self._refuted(state, si) or self._refutation_follows(state, si)):
            quoted_from = None
        for mention in mentions:
            if mention.term.kind == "generic":
                continue  # a bare "Daten" names no data type: "keine Daten weitergeben" (2014) is no claim about any
            if mention.start < topic_end and _ADDITIVE_EXCEPT.search(masked, 0, topic_end) is not None:
                continue  # "Was sieht Facebook noch außer der Nummer?": the question presupposes it, excepts nothing
            ci = _clause_of(clauses, masked, mention.start, info)
            if any(a <= mention.start < b for a, b in labels) and not info[ci]["keeping_denied"]:
                continue  # the name of a setting ("Häkchen bei «Account-Informationen mit Facebook teilen»") states nothing
            if ci == cut_clause:
                continue
            if factive is not None and not clauses[ci][0] <= factive.end() < clauses[ci][1]:
                continue  # a factive question's other clauses are asked about, not presupposed
            c = info[ci]
            quoted_refuted = whole_quote_refuted or (quoted_from is not None and mention.start >= quoted_from)
            told = self._silence_topic(masked, clauses[ci], mention)
            if told is not None:
                # "Über die Telefonnummer, die schon seit 2016 an Facebook geht, stehe dort nichts, ebenso wenig über
                # Metadaten" (own59-048): nothing is said about them; only the relative clause tells a transfer
                if told:
                    decided.append((mention, True))
                continue
            if _unmentioned(masked, clauses, ci, mention):
                continue  # "Von einer Weitergabe der Chats ist in der Entscheidung keine Rede": nothing said of them
            if self._rejected_submission(masked, mention):
                continue  # "Soweit der Kläger beanstandet, die Beklagte gebe Kontakte weiter, ist die Klage unbegründet"
            # "Behauptung: Man kann verhindern, dass WhatsApp die Nummer an Facebook gibt. Bewertung: Falsch.": the
            # prevention is refuted, so what it would prevent happens (as after "kann nicht verhindern, dass ...")
            prevention_refuted = c["prevented"] and self._refuted(state, si)
            # ("Viele glauben, Facebook könne die Chats lesen. Das ist falsch.": a rumour's "könne" is its reported speech)
            speculative = c["speculation"] and not prevention_refuted and not (
                c["reported_ability"] and (c["hearsay"] or (ci > 0 and info[ci - 1]["hearsay"]) or _rumour_label(masked, clauses, info, ci))
            )
            # (the business-chats convention: chats hosted on Facebook's servers at the company's choice, "Wenn ...
            # diese Firma den Hosting-Dienst von Facebook nutzt, dann liegen Ihre Nachrichten auf Facebooks Servern")
            conditional = c["conditional"] and not (c["hosted"] and mention.term.kind == "message")
            # a prohibition of the transfer in the clause says what shall not be ("ein Gesetz, das die Weitergabe von X
            # verbietet"): read as a speculation, so only a relative clause telling the transfer as done still counts
            # (from the clause before: "untersagte dem Messenger, die Nummern an Facebook weiterzugeben")
            speculative = speculative or _PROHIBITED_TRANSFER.search(masked, clauses[max(ci - 1, 0)][0], clauses[ci][1]) is not None
            if speculative and c["hosted"] and mention.term.kind == "message" and self._reported_can(state, si, masked, clauses, info, ci):
                # "Der Vertreter erklärte, Chats mit Firmen könnten künftig bei Facebook gehostet werden": in reported
                # speech the plural "könnten" stands for the Konjunktiv I "können", the possibility stated (hosting
                # convention), not a guess (session 48, ds48)
                speculative = False
            # (The attributive participle tells the transfer whatever the clause around it negates or asks: "Facebook
            # dürfe die von WhatsApp übermittelten Nummern nicht verwenden", D49 (c); session 35, opt61.)
            if (
                # (a negated clause around the noun too: "Facebook darf die Nummern, die WhatsApp seit 2016
                # übermittelt, nicht verwenden" denies the use, the relative clause tells the transfer; ds54)
                (conditional or speculative or presupposed_only or c["negated"] or (ci + 1 < len(info) and info[ci + 1]["negated"]))
                and self._already_passed(masked, clauses, info, ci, fb_near, fb_before)
            ) or _passed_attributively(masked, mention, fb_near):
                # "Ob die Nummern, die bereits übermittelt wurden, gelöscht werden, ...": the question is the deletion's,
                # the relative clause states the transfer as done
                decided.append((mention, True))
                continue
            if presupposed_only:
                continue  # a question's other mentions: asked about, not stated
            if (
                not (conditional or speculative or c["hearsay"])
                # (a bare "Nachrichten" only where the messenger keeps them: "Fotos wandern auf die Rechner von
                # WhatsApp, keinesfalls aber zu Facebook"; another provider's servers say nothing of WhatsApp's)
                and (mention.term.kind != "message" or _names_whatsapp(masked[clauses[ci][0]:clauses[ci][1]]))
                and _recipient_denied_after(self.v, masked, clauses, info, ci)
                and not _hypothetical(masked, clauses, ci)
                and not (
                    self._other_sender(masked, clauses[ci]) or self._labelled_other(masked, clauses, ci)
                    or self._other_service_row(masked)
                )
            ):
                decided.append((mention, False))  # "..., aber nicht zu Facebook": the elided transfer is denied
                continue
            if ((conditional or speculative) and (mention.start >= topic_end or answer_doubts)) or (
                c["collection"] and not c["transfer"]
            ):
                continue
            if c["purpose_only"] or (c["purpose_use"] and ci > 0 and info[ci - 1]["choice"]):
                continue  # "Man kann ablehnen, dass Facebook die Gerätedaten für Werbung nutzt"
            # (a relative clause after the mention describes it: "Standortfreigaben, die im Chat verschickt werden")
            described = c["relative"] and mention.end <= clauses[ci][0]
            if (c["other_recipient"] and not described) or _shared_in_chat(masked, clauses, info, mentions, ci):
                continue  # (own43-012: "in Klassenchats keine Fotos ... zu teilen": shared with other users)
            if c["objected"] and not c["transfer"] and not _restated_by_pronoun(masked, clauses, info, ci, mentions):
                continue  # "Gegen die Weitergabe der Nummer gibt es keine Möglichkeit": the objection's object (D25)
            if c["role_negated"]:
                continue  # "Die Nummern gehen zwar nicht als Adressbuch zu Facebook": neither passed on nor kept back
            if c["posted_only"]:
                continue  # "Deine Telefonnummer wird nicht auf Facebook geteilt": posted there or not, no transfer (D67 (a))
            if c["relative"] and c["consent_negated"] and not c["transfer"]:
                continue  # "eine Weitergabe, der Ihre Kontakte nie zugestimmt haben": the data's owners did not consent
            if c["weak"] and not c["strong"] and _BY_THE_PURCHASE.search(masked, *clauses[ci]) is not None:
                continue  # "Mit der Übernahme sichert sich Facebook den Zugang zu ... Telefonnummern": what the deal buys
            if c["weak"] and not c["strong"] and _bought(masked, clauses[ci], mention):
                continue  # "Bei WhatsApp aber kauft er vor allem Telefonnummern und Adressbücher" (own58-008)
            refuted = False
            # ("Die Behauptung, ..., stimmt nicht: Die Inhalte sind verschlüsselt": after the refutation's colon, the
            # refuter's own statement)
            reported = ci > 0 and not _refuted_before_colon(masked, clauses, ci) and (
                info[ci - 1]["hearsay"] or _rumour_label(masked, clauses, info, ci)
            )
            # "In der Meldung hieß es, WhatsApp gebe die Chats an Facebook weiter. Das ist falsch.": a claim told by a
            # verb of saying (before it or after it, "..., hieß es in der Meldung") that the next sentence refutes
            said = not with_question and self._said_of(masked, clauses, ci, mention.start) and self._refutation_follows(
                state, si)
            # a reader's letter the editors' note after it refutes ("Anmerkung der Redaktion: Das trifft nicht zu.")
            noted = not with_question and refuted_by_note(state.text, state.sents[si][0])
            # (a bare verdict of an editors' note corrects nothing of its own: the letter's statements give no item at
            # all, not the refuted reading's message_content false; review47's finding on cb21d7da)
            noted_only = noted and not (c["hearsay"] or reported or quoted_refuted or said)
            if (c["hearsay"] or reported or quoted_refuted or said or noted) and not prevention_refuted:
                # "Viele glauben, Meta liest die Nachrichten mit. Das ist falsch.": a belief the next sentence
                # refutes says the data is not passed on; one left standing says nothing
                # "Der Kläger behauptet, die Beklagte habe seine Nummer an Facebook übermittelt.": a claim verb the
                # text does not refute reports its speaker's statement (D61 (a)), read as the sentence's own (ds51)
                # (not where the next sentence refutes or denies it: "Das Unternehmen hat diese Darstellung
                # zurückgewiesen", D62)
                standing = (
                    not (said or noted or quoted_refuted or self._refuted(state, si))
                    and self._claim_stands(masked, clauses, info, ci, reported)
                    and not self._refutation_follows(state, si)
                    and not self._submission_refuted(state, si, masked, clauses[ci][1])
                )
                if not standing:
                    if not (said or noted or self._refuted(state, si)):
                        continue
                    if _NECESSITY_MODAL.search(masked, *clauses[ci]) is not None:
                        continue  # "..., müsse seine Kontakte für Facebook freigeben. Das trifft nicht zu.": not required
                    if reported and _reason_of_claim(masked, clauses, ci, info, mention):
                        # "Behauptung: WhatsApp sei bestraft worden, weil der Dienst Chats an Meta gegeben habe.
                        # Bewertung: Falsch.": the verdict denies the claim, not the reason given with it (ds40)
                        continue
                    refuted = True
            if _hypothetical(masked, clauses, ci):
                continue  # "Das Naheliegende wäre, die Nummern mit den Profilen zu verknüpfen": a thought, no fact
            if (
                self._other_sender(masked, clauses[ci]) or self._labelled_other(masked, clauses, ci)
                or self._other_senders_that_clause(masked, clauses, ci) or self._other_service_row(masked)
            ):
                continue  # "Instagram teilt die Standortdaten seiner Nutzer mit Facebook": not WhatsApp's data
            if _deposited_by_users(masked, mention):
                continue  # "viele Nutzer hätten ihre Nummer längst bei Facebook hinterlegt": the users' own act
            negated = c["negated"] and not (choice_in_sentence and self._choice_near(info, ci))
            if negated and _negation_left_behind(self.v, masked, clauses[ci], mention.start, cues):
                negated = False  # "dass sie nicht eingewilligt hätten und trotzdem die Nummern an Facebook gegangen seien"
            if _EXCLUDED_TRANSFER.search(masked, *clauses[ci]) is not None:
                if c["negated"]:
                    continue  # "Eine Weitergabe an Facebook ist nicht ausgeschlossen": possible, no fact
                negated = True  # "Die Übermittlung von X an die Muttergesellschaft sei ausgeschlossen": denied
            if negated and _NOMINAL_TRANSFER.search(masked, *clauses[ci]) and (
                choice_in_sentence
                or (si > 0 and not with_question and self.v.exists["optout_choice"](state.sentence(si - 1)))
                # "hätten der Weitergabe der Nummern nicht zugestimmt": the consent is negated, the transfer took place
                or _NEGATED_CONSENT.search(masked, *clauses[ci]) is not None
            ):
                negated = False  # "Der Werbung kann man widersprechen. Der Übermittlung der Nummer dagegen nicht."
            if (
                negated and ci + 1 < len(clauses) and info[ci + 1]["transfer"] and info[ci + 1]["fb_clause"]
                and not info[ci + 1]["negated"] and _CORRECTING_CLAUSE.match(masked, clauses[ci + 1][0]) is not None
            ):
                # "Verkauft wird die Nummer nicht, aber WhatsApp gibt sie an Facebook weiter": passed on
                negated = False
            if (
                ci + 1 < len(clauses) and _THAT_CLAUSE.match(masked, clauses[ci][0])
                and _FEELING_VERB.match(masked, clauses[ci + 1][0]) is not None
                and (_CALLED_UNTRUE.search(masked, clauses[ci + 1][0]) is not None or self._called_untrue_next(state, si))
            ):
                continue  # "Dass die Chats an Facebook gehen, wundert mich nicht – es ist aber nur ein Gerücht" (D62)
            if (
                ci > 0 and ci + 1 == len(clauses) and _THAT_CLAUSE.match(masked, clauses[ci][0])
                and _UNSAID_HEAD.fullmatch(masked, *clauses[ci - 1])
            ):
                # "Niemand sagte, dass die Nummern an Facebook gehen": said by no one. Only where nothing follows in the
                # sentence ("..., doch genau das geschieht" asserts it after all; review47's finding on cb21d7da), and
                # not a fronted that-clause, the topic the writer presupposes ("Dass ihre Nummer trotzdem an Facebook
                # geht, sagt er nicht", own62-031)
                continue
            if _THAT_CLAUSE.match(masked, clauses[ci][0]) and (
                (ci > 0 and _FALSE_VERDICT.fullmatch(masked, *clauses[ci - 1]) is not None)
                or (ci + 1 < len(clauses) and _FALSE_VERDICT.fullmatch(masked, *clauses[ci + 1]) is not None)
            ):
                # "Es stimmt nicht, dass WhatsApp die Nummer an Facebook schickt", "Dass ..., ist falsch": a verdict of
                # falsehood on the that-clause denies its transfer, as "bestreiten" does (session 46, ds46)
                if c["protection"] and not c["transfer"]:
                    continue  # "Es ist falsch, dass die Chats verschlüsselt sind": unprotected, not passed on
                if (
                    c["transfer"] and _VERDICT_FOCUS.search(masked, *clauses[ci]) is None
                    and _VERDICT_OPINION.search(masked) is None
                ):
                    # (review46: not where a focus, manner, time or purpose word of the that-clause takes the denial,
                    # "dass nur die Nummer ...", "erst ab Mai", "einfach", "für Werbung"; not the moral "falsch" of an
                    # opinion, "..., kritisiert die Verbraucherzentrale"; not a transfer told in another clause)
                    negated = not negated
            elif ci > 0 and info[ci - 1]["denial"] and ":" not in masked[clauses[ci - 1][1] : clauses[ci][0]]:
                # "bestreiten, dass Telefonnummern ... fließen": the claim is denied (after a colon, "wies die
                # Vorwürfe zurück: ...", comes the denier's own statement)
                if self._denial_governs(masked, clauses, info, ci):
                    negated = not negated
            elif ci + 1 < len(clauses) and info[ci + 1]["denial"] and _THAT_CLAUSE.match(masked, clauses[ci][0]):
                # "Dass die Nummern zu Facebook gelangen, bestritt er": denied; "..., bestritt er nicht": admitted;
                # "..., bestreitet heute niemand mehr": a negative subject admits it too, as before the that-clause
                # ("Niemand bestreitet, dass ...": `_denial_governs`; session 49, ds49, own89-034)
                admitted = info[ci + 1]["negated"] or _NOBODY.search(masked, *clauses[ci + 1]) is not None
                negated = negated if admitted else not negated
            elif ci > 0 and (
                (info[ci - 1]["speculation"] and not self._warned_statement(masked, clauses, info, ci))
                or info[ci - 1]["demand"]
            ) and (
                _THAT_CLAUSE.match(masked, clauses[ci][0]) or _SPEAKER_HEAD.fullmatch(masked, *clauses[ci - 1])
                # (a 'dass'-less reported demand: "Der Verband fordert, der Messenger dürfe ... nicht ..."; a clause that
                # turns against it, "fordern ein Verbot, doch WhatsApp gibt ... weiter", is no demanded content)
                or (info[ci - 1]["demand"] and not c["turn"] and _DEMAND_HEAD.search(masked, *clauses[ci - 1]) is not None)
            ) or self._wanted_infinitive(masked, clauses, ci, info, mention):
                # "Datenschützer befürchten, dass die Telefonnummern an Facebook gehen": a fear, not a fact;
                # "Die Behörde verlangt, dass WhatsApp keine Nummern mehr an Facebook gibt": a demand;
                # "Ich vermute, irgendwann wird man die Nummern ... zusammenführen": a guess's main-clause object;
                # "Wir wollen niemanden zwingen, seine Nummer an Facebook zu geben": a wanted (or unwanted) act
                continue
            if _after_worry(masked, clauses, ci):
                continue  # "Bedenken hat er trotzdem: Facebook könne ... zugreifen": what is feared, not a fact
            shared: bool | None = None
            # Data said NOT to be passed on needs Facebook only named before (as data kept protected does):
            # "Und der Standort? Den überträgt der Messenger nicht." deep in an FAQ about the exchange.
            if _states_transfer(c, fb_near, fb_before, negated):
                shared = not negated
            elif c["protection"] and (
                fb_near or any(x["weak"] for x in info) or state.facebook_near(si, across_short=True)
                or (not negated and self._transfer_told_next(state, si))
                # (the new terms' recipient, however far back Facebook was named or where it is not named at all, for
                # the messages D39 speaks of - "Diese Metadaten verschlüsselt WhatsApp nicht" is no limit of it -, told
                # as a limit that stays ("bleiben verschlüsselt", "nicht lesen", "daran ändert das Update nichts"), not
                # a bare "sind verschlüsselt" of a comparison or of a server's storage; not
                # where this sentence or the one before names another service and this one does not name WhatsApp:
                # "... zu Threema. Dort bleiben alle Chats verschlüsselt"; D84 (d); ds58, session 58)
                or (
                    state.terms_topic and mention.term.type == "message_content"
                    and (_CONTINUED_PROTECTION.search(sent) is not None or _UNCHANGED_BY_TERMS.search(sent) is not None)
                    and (_names_whatsapp(sent) or not (state.other_services() & _same_paragraph(state, si)))
                    and not (_PLACE_BACK_REFERENCE.search(sent) and state.other_services() & _same_paragraph(state, si, None))
                )
            ):
                # Facebook far back: only where the sentence says who can read ("bleiben verschlüsselt,
                # niemand außer den Beteiligten kann sie lesen"), not a bare "sind verschlüsselt" in a chronicle
                if self._protection_elsewhere(state, si, sent) or (
                    _ENCRYPTION_SINCE.match(sent) is not None and self._owner_named_only(sent)
                ) or self._owner_only_around(state, si, sent):
                    continue
                if _PROTECTED_FROM_ADS.search(masked, *clauses[ci]) is not None:
                    continue  # kept from the ads, not from Facebook (D47): no item (ds38, session 38)
                if mention.term.type in _IDENTIFIER_TYPES and _ENCRYPTED_IDENTIFIER.search(masked, *clauses[ci]):
                    continue  # "Gruppen, Kontakte und Profile sind verschlüsselt": how they are matched, no item
                shared = False
            elif intro is not None and mention.start > intro[0] and not negated:
                shared = intro[1]  # an item of the list a colon introduces: "bleiben außen vor: A; B; C"
            elif negated_antecedent(masked, clauses, info, ci):
                continue  # "bekommt keine Vorschläge mehr, die auf seiner Nummer beruhen": only the noun is negated
            else:
                nearest = _nearest_transfer(info, ci, fb_near, fb_before, semicolon_parts(masked, clauses))
                if nearest is not None:
                    shared = False if negated else nearest
                elif fb_near and _predicate_protects(info, ci, masked, clauses):
                    shared = False  # a subject before its predicate: "Was die Nutzer einander schreiben, bleibt verschlüsselt"
                else:
                    if inherited == "unset":
                        inherited = self._inherited_polarity(state, si, sent)
                    if inherited is None:
                        inherited = self._summary_polarity(state, si)
                    if isinstance(inherited, bool):
                        shared = False if negated else inherited
            if shared is None:
                continue
            if refuted:
                if not shared or noted_only or mention.term.type != "message_content" or \
                        _REFUTED_READING.search(masked, *clauses[ci]) is None:
                    # the lead's D62 (session 42): a statement the same text refutes gives no item, whoever makes it
                    # ("In einem Blog hieß es, WhatsApp gebe die Kontakte an Facebook weiter. Das ist falsch.": no
                    # contacts item; the correction gives its own); a refuted belief that data is kept back leaves
                    # open whether it is passed on (issue 7, session 43, prec43)
                    continue
                shared = False  # "Viele glauben, Meta liest die Nachrichten mit. Das ist ... nicht der Fall.": a refuted
                # reading of the messages is D39 (a)'s reading denial, message_content false (own12-004); a refuted
                # transfer of them ("Chatinhalte gehen an Facebook. Das stimmt nicht.") gives none by D62
            if shared and ci + 1 < len(clauses) and info[ci + 1]["conditional"] and _ONLY_IF.search(masked, *clauses[ci]):
                continue  # "Den Standort teilt WhatsApp nur, wenn man ihn selbst verschickt": a transfer on a condition
            if (
                shared and c["transfer"] and not c["fb_clause"] and ci + 1 < len(clauses)
                and _NEGATED_RECIPIENT.match(masked, clauses[ci + 1][0]) is not None
            ):
                shared = False  # "wird an WhatsApp-Server übertragen, nicht aber an Meta"
            if self._matching_partner(masked, clauses[ci], mention):
                continue  # "gleicht sie mit den Telefonbüchern anderer Mitglieder ab": matched against, not passed on
            excluded = self._excluded(masked, clauses[ci], mention, mentions)
            if excluded is not None:
                shared = excluded
            elif (
                ci > 0 and info[ci - 1]["negated"] and not (c["transfer"] or c["protection"])
                and (_CONTRAST_ELLIPSIS.match(masked, clauses[ci][0]) or _CONTRAST_TAIL.fullmatch(masked, *clauses[ci]))
            ):
                shared = not shared  # "nicht den Standort, wohl aber die IP-Adresse", "..., die Nummer aber schon"
            verdict = _VERDICT.match(sent, mention.end)
            if verdict is not None:
                shared = verdict.group(1) == "ja"  # a fact box's "Telefonnummer ja, Nachrichteninhalte nein"
            elif ":" in sent and _UNKNOWN_CELL.match(sent, mention.end) is not None:
                continue  # a row's "Kontakte an Facebook: keine Angabe": nothing is said about them
            # A bare "Nachrichten" only where it is said not to be passed on: in its own clause, or by
            # the clause it belongs to when it has no cue of its own ("Und die Nachrichten? Die bekommt ... nicht").
            # ... or where its sentence says it is stored on Facebook's servers, in its own clause or one beside it
            # ("Firmen können Chats auf Servern von Facebook speichern lassen", "Chats mit Unternehmen, die über
            # Facebook-Server laufen", "Wenn Firmen ihre Chats über Facebook-Server abwickeln, kann Facebook diese
            # Chats auswerten": the business-chats convention).
            hosted = any(x["hosted"] for x in info)
            if mention.term.kind == "message" and bare_message_word(sent, mention.start) and not (shared and hosted):
                # a bare "die Kommunikation" said to stay private names no data type ("die Kommunikation bleibe
                # privat"); hosted on Facebook's servers it is the business chats' content
                continue
            if mention.term.kind == "message" and not (
                shared is False and (c["protection"] or negated or refuted or not c["transfer"] or excluded is False)
            ) and not (shared and (hosted or (
                _message_moved(masked, clauses[ci], mention, c) and not self._message_rumoured(state, si, masked, clauses[ci])
            ))):
                continue
            # "kann keine Nachrichten mehr lesen oder senden": the user's own messaging, not Facebook's reach
            if (
                mention.term.kind == "message"
                and not (c["protection"] or c["fb_clause"])
                and self.v.cue["messaging"].search(masked, *clauses[ci]) is not None
            ):
                continue
            decided.append((mention, shared))
        self._emit(doc, lo, sent, decided)

    def _reported_can(
        self, state: DocState, si: int, masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]], ci: int
    ) -> bool:
        """Is clause `ci`'s only speculation cue a plural "könnten" of reported speech: a verb of saying heads it in a clause
        before it ("Der Vertreter erklärte, Chats ... könnten ...") or in the sentence before, which then goes on with
        a comma ("Er erklärte, die Änderung betreffe nur Firmen. Nachrichten an Firmen könnten ...")? Then "könnten" is
        the Konjunktiv that German reported speech puts for "können" (its Konjunktiv I looks like the indicative), not a
        guess. Not where the head or the sentence before itself guesses, fears, warns or reports a rumour ("warnte,
        Chats könnten ...": D64's worry)."""
        lo, hi = clauses[ci]
        text = masked[lo:hi]
        can = _REPORTED_CAN.search(text)
        if can is None or self.v.exists["speculation"](_REPORTED_CAN.sub(lambda m: " " * len(m.group()), text)):
            return False
        if any(x["speculation"] or x["hearsay"] for x in info[:ci]):
            return False
        said = _REPORTING_WORD.search(masked, 0, lo + can.start())  # (a 'dass'-less head may share the clause)
        if said is not None and "," in masked[said.end():lo + can.start()]:
            return True
        if si == 0 or ci > 0:
            return False
        before = state.sentence(si - 1)
        said = _REPORTING_WORD.search(before)
        return said is not None and "," in before[said.end():] and not self.v.exists["speculation"](before)

    def _denial_governs(self, masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]], ci: int) -> bool:
        """Is clause `ci` what the denial of clause `ci - 1` denies? Not where the denial is itself negated ("bestreitet
        nicht, dass ...", "hat nie bestritten, dass ...": an admission), and not where a reporting verb after it takes
        the clause as its own content ("bestreitet das nicht, betont aber, X gelangten nie an Facebook", "weist den
        Bericht zurück und betont, ..."). (ds38, session 38, challenge_ds9-004)"""
        before = masked[slice(*clauses[ci - 1])]
        without_cue = self.v.cue["denial"].sub(" ", before)
        if (info[ci - 1]["negated"] and has_negation(without_cue)) or _NOBODY.search(without_cue) is not None:
            return False  # (the denial cue's own "kein ... muss fürchten" is the denial, not its negation)
        if _REPORTING.match(masked, clauses[ci][0]) is not None:
            return False
        return _REPORTING_AFTER_DENIAL.search(before) is None

    def _elliptic_side(self, state: DocState, si: int, depth: int = 0) -> tuple[list[Mention], bool] | None:
        """The data of sentence `si` and the side they take when it is a verbless continuation of the statement
        before it: a short sentence that names only data and a word of polarity ("Die Chats aber nicht.", "Nicht
        jedoch das Adressbuch.", "Die Gerätedaten ebenfalls.", "Die Nummer aber schon.", a reporting clause after
        a comma: "Eure Chats nicht, sagt WhatsApp"). "nicht" keeps the data back, "auch"/"ebenfalls" takes the
        side of the statement before, "schon" the other side of a denial before. The statement before is a transfer
        or protection sentence (`_polarity_of`) or such a continuation itself (up to two). None otherwise."""
        if si == 0 or depth > 2:
            return None
        sent = state.sentence(si)
        if is_question(sent) or is_question(state.sentence(si - 1)):
            return None
        comma = sent.find(",")
        head_end = len(sent)
        while comma >= 0:
            # a comma inside the list of data ("Fotos, Kontakte und Chats aber nicht") or before a reporting clause
            if _REPORTING.match(sent, comma + 1) is not None:
                head_end = comma
                break
            comma = sent.find(",", comma + 1)
        mentions = [m for m in self._mentions(sent) if m.end <= head_end]
        if not mentions or all(m.term.kind == "generic" for m in mentions) or len(sent[:head_end].split()) > MAX_ELLIPTIC_WORDS:
            return None
        shape = sent[:mentions[0].start]
        for a, b in zip(mentions, [*mentions[1:], None]):
            shape += "§" + sent[a.end : b.start if b is not None else head_end]
        found = _ELLIPTIC_CONTINUATION.fullmatch(shape)
        if found is None:
            return None
        words = {" ".join((found.group(g) or "").split()) for g in ("lead", "tail")} - {""}
        lo, _hi = state.sents[si]
        if not words or not verbless_fragment(state.cased[lo : lo + head_end]):
            return None  # no side named ("Die Nummer."), or a verb of its own: the sentence rules read it
        before = self._polarity_of(state, si - 1, state.sentence(si - 1))
        if before is None:
            earlier = self._elliptic_side(state, si - 1, depth + 1)
            before = earlier[1] if earlier is not None else None
        if before is None:
            return None
        if words & _ELLIPTIC_NEGATIONS:
            shared = False
        elif words & _ELLIPTIC_AFFIRMATIONS:
            if before:
                return None  # "Die Nummer geht an Facebook. Die Kontakte schon.": no contrast to read
            shared = True
        else:
            shared = before  # "auch", "ebenfalls": the same side
        return mentions, shared

    def _elliptic_continuation(self, doc: Doc, state: DocState, si: int) -> bool:
        """Read sentence `si` as a verbless continuation (`_elliptic_side`) and emit its data; True when it is one.
        A bare message word only as kept back, as everywhere."""
        side = self._elliptic_side(state, si)
        if side is None:
            return False
        mentions, shared = side
        self._emit(doc, state.sents[si][0], state.sentence(si), [
            (m, shared) for m in mentions if m.term.kind != "generic" and not (m.term.kind == "message" and shared)
        ])
        return True

    def _transfer_told_next(self, state: DocState, si: int) -> bool:
        """Does an encryption sentence stand right before one naming Facebook with a strong transfer cue ("Die Chats bleiben verschlüsselt. Alles
        andere - Nummer, Gerät, Nutzungszeiten - wandert zu Facebook.", own58-043)? Then the protection before it
        is the limit of that transfer (D21), though Facebook was not named before it."""
        nxt = si + 1
        return (
            nxt < len(state.sents) and nxt in state.fb and _KEPT_ENCRYPTED.search(state.sentence(si)) is not None
            and self.v.exists["transfer_strong"](state.sentence(nxt))
        )

    def _silence_topic(self, masked: str, clause: tuple[int, int], mention: Mention) -> bool | None:
        """Is the mention the topic of a silence ("Über die Telefonnummer stehe dort nichts", "Zur IP-Adresse sagt
        die Richtlinie nichts": phrasings `silence_predicate` in the sentence, `silence_topic` right before the
        mention in its clause)? None when not; True when a relative clause right after it tells its transfer to
        Facebook ("die Telefonnummer, die schon seit 2016 an Facebook geht": `silence_transfer_relative`, a strong
        transfer cue, Facebook, no negation); False when nothing is said of it."""
        if _SILENCE_PREDICATE.search(masked) is None or _SILENCE_TOPIC.search(masked, clause[0], mention.start) is None:
            return None
        relative = _SILENCE_TRANSFER_RELATIVE.match(masked, mention.end)
        if relative is None:
            return False
        told = relative.group(1)
        return (
            self.v.exists["transfer_strong"](told) and self.v.cue["facebook"].search(told) is not None
            and not has_negation(told)
        )

    def _denied_infinitives(self, masked: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The clauses with a zu-infinitive that a verb of denial governs cut off as a clause of its own: "WhatsApp
        bestreitet, | Chats an Facebook weiterzugeben", "Ein Sprecher dementierte, | Standortdaten ... zu übermitteln",
        "weist den Vorwurf zurück, | ... weiterzuleiten". The shared cut opens a clause after a comma only at a
        conjunction or pronoun, so the infinitive stayed in the denial's clause and its transfer read as stated; cut
        so, the denial of the clause before denies it, as it denies a that-clause ("bestreitet nicht, ... zu geben":
        an admission, `_denial_governs`). The segment right before the comma holds the denial, with no object of its
        own after the verb (`denial_own_object`: "bestreiten die Rechtmäßigkeit, ..." denies something else); the
        segment after it up to the next comma is a bare infinitive clause, no finite verb before its zu-infinitive
        ("..., WhatsApp hat aber begonnen, ... zu übermitteln" is a main clause of its own), and ends there ("...,
        bestätigt aber, sie zu erhalten" after it is not denied). Issue 7, session 57, ds57 (review57's finding)."""
        denial = self.v.cue["denial"]
        out: list[tuple[int, int]] = []
        for start, end in clauses:
            pos = start
            comma = masked.find(",", start, end)
            while comma >= 0:
                head = masked.rfind(",", pos, comma) + 1 or pos
                nxt = masked.find(",", comma + 1, end)
                tail_end = end if nxt < 0 else nxt
                cue = denial.search(masked, head, comma)
                infinitive = _ZU_INFINITIVE_CLAUSE.search(masked, comma + 1, tail_end) if cue is not None else None
                if (
                    infinitive is not None
                    and _DENIAL_OWN_OBJECT.search(masked, cue.end(), comma) is None
                    and not any(
                        must_tag(word, FINITE, first=False) for word in masked[comma + 1 : infinitive.start()].split()
                    )
                ):
                    out.append((pos, comma))
                    # (the blanks after the comma may be a masked mention: they open the infinitive)
                    if nxt < 0:
                        pos = comma + 1
                    else:
                        out.append((comma + 1, nxt))
                        pos = nxt + 1
                comma = nxt
            out.append((pos, end))
        return out

    def _wanted_infinitive(
        self, masked: str, clauses: list[tuple[int, int]], ci: int, info: list[dict[str, bool]], mention: Mention
    ) -> bool:
        """Is the mention (in clause `ci`) in a zu-infinitive that a wanting or demanding verb governs, what is wanted,
        or not wanted, being no fact? Two shapes, one reading: the demand in the clause before ("Die Behörde verlangt,
        keine Nummern an Facebook zu geben": `info[ci - 1]["demand"]`), or in the segment before a comma of the
        mention's own clause, where the clause cut keeps the infinitive with its head ("Wir wollen niemanden
        zwingen, seine Nummer an Facebook zu geben", own58-035)."""
        clause = clauses[ci]
        if ci > 0 and info[ci - 1]["demand"] and _ZU_INFINITIVE_CLAUSE.search(masked, *clause) is not None:
            return True
        comma = masked.rfind(",", clause[0], mention.start)
        head = masked.rfind(",", clause[0], max(comma, clause[0])) + 1 or clause[0]  # the segment right before it
        return (
            comma > clause[0] and self.v.cue["demand"].search(masked, head, comma) is not None
            and _ZU_INFINITIVE_CLAUSE.search(masked, comma + 1, clause[1]) is not None
        )

    @classmethod
    def _message_rumoured(cls, state: DocState, si: int, masked: str, clause: tuple[int, int]) -> bool:
        """Is a clause saying the messages go to Facebook a rumour told as such (the lead's ruling 03:27, session 28)?
        Its verb in Konjunktiv I, a hearsay adverb or a wish in the clause (phrasing `message_rumour_mark`: "Außerdem
        lese Facebook ab sofort alle Chats mit", "Angeblich liest Facebook alle Chats mit"; not "sollen", a plan as
        often as hearsay: "Künftig soll Facebook auch die Sprachnachrichten bekommen"), or the next sentence
        refuting it ("Das ist falsch.", "Das stimmt so allerdings nicht: ...", "Beides ist falsch."). A post that
        states it as fact makes the claim, however false, even where another post corrects it later (own47-027)."""
        if _MESSAGE_RUMOUR_MARK.search(masked, *clause) is not None:
            return True
        return cls._refutation_follows(state, si)

    @staticmethod
    def _said_of(masked: str, clauses: list[tuple[int, int]], ci: int, at: int) -> bool:
        """Is what clause `ci` says at `at` reported by a verb of saying: one stands before a comma before it ("In der
        Meldung hieß es, WhatsApp gebe ...", "Ein Sprecher erklärte, ...", "Im Netz heisst es, wer ..., müsse ..."), or
        a reporting clause follows ("..., hieß es dort")?"""
        frame = _REPORTING_WORD.search(masked, 0, at)
        if frame is not None and "," in masked[frame.end():at]:
            return True
        return any(_REPORTING.match(masked, clauses[k][0]) is not None for k in range(ci + 1, len(clauses)))

    @classmethod
    def _called_untrue_next(cls, state: DocState, si: int) -> bool:
        """The sentence after `si` refutes it or is a short one calling it a rumour or untrue ("Es ist aber nur ein
        Gerücht.")."""
        if si + 1 >= len(state.sents):
            return False
        nxt = state.sentence(si + 1)
        return refutes(nxt) or (len(nxt.split()) <= 8 and _CALLED_UNTRUE.search(nxt) is not None)

    def _claim_stands(
        self, masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]], ci: int, reported: bool
    ) -> bool:
        """Is the hearsay of clause `ci` (or of the clause before, which reports it) a verb of claiming or saying
        alone ("Der Kläger behauptet, ..."; data_shared_phrasings.json standing_claim_verb), in a clause that is not
        negated? Such a report, left unrefuted, keeps its items (D61 (a)); a rumour noun, a myth, a belief or a
        negated verb of saying ("..., behauptet die Autorin zu Recht nicht") still gives none."""
        head = ci - 1 if reported and not info[ci]["hearsay"] else ci
        lo, hi = clauses[head]
        verbs = list(_STANDING_CLAIM_VERB.finditer(masked, lo, hi))
        if info[head]["negated"] or not verbs:
            return False
        # indirect speech after it ("..., die Beklagte habe ..."), not a "dass" clause in the indicative
        if _STANDING_CLAIM_CONTENT.match(masked, verbs[-1].end(), clauses[ci][1]) is None:
            return False
        # (no other hearsay word in the sentence up to the claim's clause: "..., angeblich von einem Anwalt, der
        # behauptet, ..." is a rumour's)
        before = masked[: clauses[ci][1]]
        if _STANDING_CLAIM_BLOCKER.search(before) is not None:
            return False
        blanked = _STANDING_CLAIM_VERB.sub(lambda m: " " * len(m.group()), before)
        return not self.v.exists["hearsay"](blanked)

    def _submission_refuted(self, state: DocState, si: int, masked: str, after: int) -> bool:
        """Is a claim that ends at `after` in sentence `si` called untrue later in its sentence or in the two sentences
        after it, or denied by the next one ("Das Unternehmen hat diese Darstellung zurückgewiesen", "Diese Behauptung hat die
        Beklagte widerlegt"; data_shared_phrasings.json submission_refuted; review51's finding)?"""
        if _SUBMISSION_REFUTED.search(masked, after) is not None:
            return True
        if si + 1 < len(state.sents) and self.v.exists["denial"](state.sentence(si + 1)):
            return True  # (the other party's denial right after it; one further on may deny another point)
        return any(
            _SUBMISSION_REFUTED.search(state.sentence(sj)) is not None for sj in range(si + 1, min(si + 3, len(state.sents)))
        )

    @staticmethod
    def _rejected_submission(masked: str, mention: "Mention") -> bool:
        """Does `mention` stand in a party's submission that the same sentence's main clause rejects ("Soweit der
        Kläger beanstandet, die Beklagte gebe Kontakte weiter, ist die Klage unbegründet"; session 51, ds51)? Only
        before the rejection and before a colon: what follows a colon is the court's own statement."""
        head = _REJECTED_SUBMISSION_HEAD.match(masked)
        if head is None or mention.start < head.end():
            return False
        verdict = _REJECTED_SUBMISSION_VERDICT.search(masked, mention.end)
        return verdict is not None and ":" not in masked[head.end() : verdict.start()]

    @staticmethod
    def _refuted(state: DocState, si: int) -> bool:
        """The sentence after `si` refutes it ("Das ist falsch.", "Bewertung: Falsch."; not "Das ist nicht falsch."),
        the sentence after the quotation's end where `si` ends inside one (`_after_quotation`)."""
        nxt = _after_quotation(state, si)
        return nxt < len(state.sents) and verdict_of(_REFUTATION, state.sentence(nxt))

    @classmethod
    def _refutation_follows(cls, state: DocState, si: int) -> bool:
        """The sentence after `si` refutes it (models/data_shared_phrases.py `refutes`: a verdict that ends it, one
        that opens it and goes on, "Das stimmt so allerdings nicht: ...", "Beides ist falsch.", or another voice's
        verdict told by a verb of saying with the contrary fact after its colon); after a quotation that `si` leaves
        open, the sentence after its end (`_after_quotation`)."""
        nxt = _after_quotation(state, si)
        return nxt < len(state.sents) and refutes(state.sentence(nxt))

    def _colon_intro(
        self, masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]], fb_near: bool, fb_before: bool
    ) -> tuple[int, bool] | None:
        """The first clause ending in a colon that says what happens to the list after it: the colon's
        position and the polarity of the items without a cue of their own; None when there is none.

        "Nach Darstellung von WhatsApp bleiben außen vor: die Inhalte ...; Fotos und Sprachnachrichten;
        Standortfreigaben, die im Chat verschickt werden.": items split by semicolons and relative clauses
        still belong to the introduction. Taking data out of the sharing ("außen vor", "ausgenommen")
        needs Facebook only named before, as a transfer said not to happen does.
        """
        for ci, (lo, hi) in enumerate(clauses):
            nxt = clauses[ci + 1][0] if ci + 1 < len(clauses) else len(masked)
            if ":" not in masked[hi:nxt]:
                continue
            c = info[ci]
            if c["conditional"] or c["speculation"] or c["hearsay"] or c["other_recipient"]:
                return None
            if _states_transfer(c, fb_near, fb_before):
                return hi, not c["negated"]
            excluding = self.v.exists["exclusion_after"](masked[lo:hi])
            if c["protection"] and (fb_near or (excluding and fb_before)):
                return hi, False
            return None
        return None

    def _excluded(self, masked: str, clause: tuple[int, int], mention: Mention, mentions: list[Mention]) -> bool | None:
        """The polarity of a mention its clause takes out of what it says; None when it is not excepted.

        "mit Ausnahme der Nachrichten", "außer den Chats", "Ausgenommen sind ...": the enumeration right after
        the word is excepted from the clause's transfer (not shared), or from its protection ("Alle Daten außer
        der Telefonnummer bleiben bei WhatsApp": shared). "... sind von der Weitergabe ausgenommen", "bleibt
        außen vor", "ist nicht Teil des Pakets": the data before the predicate is not shared.
        """
        lo, hi = clause
        cue = self.v.cue
        if self.v.exists["contrast_item"](masked[lo:hi]):
            inside = [m for m in mentions if lo <= m.start < hi]
            for found in cue["contrast_item"].finditer(masked, lo, hi):
                if mention in self._run_after(masked, inside, found.end()) and has_negation(masked[lo:found.start()]):
                    return True  # "nicht den Standort, wohl aber die IP-Adresse"
        if not (self.v.exists["exclusion_before"](masked[lo:hi]) or self.v.exists["exclusion_after"](masked[lo:hi])):
            return None
        inside = [m for m in mentions if lo <= m.start < hi]
        for found in cue["exclusion_before"].finditer(masked, lo, hi):
            run = self._run_after(masked, inside, found.end())
            if mention in run:
                rest = cue["exclusion_after"].sub(" ", masked[lo:found.start()] + " " + masked[found.end():hi])
                # (existence only: the branch-by-branch tests, not a search of the whole alternation)
                exists = self.v.exists
                if exists["transfer_strong"](rest) or (exists["transfer_weak"](rest) and exists["facebook"](rest)):
                    return has_negation(rest)  # "gibt nichts außer der Nummer weiter": the exception is passed on
                # excepted from a protection that is not the exception itself ("alles außer der Nummer bleibt
                # bei WhatsApp"): the exception is passed on; excepted alone ("Ausgenommen sind ..."): not
                return exists["protection"](rest)
        for found in cue["exclusion_after"].finditer(masked, lo, hi):
            if mention.end <= found.start() and not self._run_after(masked, inside, found.end()):
                return False
        return None

    def _run_after(self, masked: str, mentions: list[Mention], pos: int) -> list[Mention]:
        """The enumeration of mentions that begins with the first mention after `pos`."""
        after = [m for m in mentions if m.start >= pos]
        run = after[:1]
        for m in after[1:]:
            if not self.v.cue["enumeration_glue"].match(masked[run[-1].end:m.start]):
                break
            run.append(m)
        return run

    def _other_sender(self, masked: str, clause: tuple[int, int]) -> bool:
        """The clause names another service and not WhatsApp (or the messenger). Instagram coordinated with Facebook
        as one recipient ("mit deinen Konten bei Facebook und Instagram verknüpft") is Facebook's sister receiving,
        not another sender (session 49, ds49; D47's Accounts Center linking)."""
        text = masked[clause[0]:clause[1]]
        if not self.v.exists["other_sender"](text):
            return False
        if (
            _FAMILY_RECIPIENTS.search(text) is not None
            and not self.v.exists["other_recipient"](text)  # "..., mit Werbekunden geteilt": another recipient
            and not self.v.exists["other_sender"](_FAMILY_RECIPIENTS.sub(lambda m: " " * len(m.group()), text))
        ):
            return False
        return self.v.cue["whatsapp"].search(masked, clause[0], clause[1]) is None

    def _other_senders_that_clause(self, masked: str, clauses: list[tuple[int, int]], ci: int) -> bool:
        """A that-clause governed by a clause naming another service ("Threema wirbt damit, dass Nachrichten
        verschlüsselt übertragen werden und keine Telefonnummer angegeben werden muss"): that service's data, unless
        the that-clause names WhatsApp or Facebook itself ("Apple verlangt, dass WhatsApp ... an Facebook ...")."""
        if ci == 0 or _THAT_CLAUSE.match(masked, clauses[ci][0]) is None or not self._other_sender(masked, clauses[ci - 1]):
            return False
        lo, hi = clauses[ci]
        return self.v.cue["whatsapp"].search(masked, lo, hi) is None and self.v.cue["facebook"].search(masked, lo, hi) is None

    @staticmethod
    def _reported_ability(text: str) -> bool:
        """The clause holds a "könne" outside an "ohne dass" clause ("Facebook könne die Nummern nutzen")."""
        return _REPORTED_ABILITY.search(_WITHOUT_CLAUSE.sub(" ", text) if "ohne" in text else text) is not None

    def _only_ability(self, text: str) -> bool:
        """The clause's only speculation cue is a "könnte(n)" (the Konjunktiv II of ability)."""
        return not self.v.exists["speculation"](_ABILITY.sub(" ", text))

    def _labelled_other(self, masked: str, clauses: list[tuple[int, int]], ci: int) -> bool:
        """The sentence opens with a short label naming another service ("Threema: Der Messenger aus der Schweiz
        verschlüsselt alle Nachrichten"): what follows the colon is about that service, not WhatsApp."""
        if ci == 0 or len(clauses) < 2 or ":" not in masked[clauses[0][1]:clauses[1][0]]:
            return False
        label = clauses[0]
        if len(masked[label[0]:label[1]].split()) > MAX_SERVICE_LABEL_WORDS:
            return False
        # (its "der Messenger", "die App" is the labelled service: only WhatsApp's own name turns back to it)
        return self._other_sender(masked, label) and not _names_whatsapp(masked[clauses[ci][0]:clauses[ci][1]])

    def _other_service_row(self, masked: str) -> bool:
        """The sentence is a text-table row whose first cell names another service and not WhatsApp ("Threema |
        keine Weitergabe; Telefonnummer optional | nein" in a comparison of messengers): the row reports that
        service's practice, as a label before a colon does (`_labelled_other`; session 45, ds45, own81-027)."""
        bar = masked.find("|")
        if bar <= 0 or len(masked[:bar].split()) > MAX_SERVICE_LABEL_WORDS:
            return False
        return self._other_sender(masked, (0, bar))

    def _consequence_of_encryption(self, state: DocState, si: int, sent: str) -> bool:
        """Does sentence `si` tell what the encryption introduced in the sentence before prevents ("Der Messenger
        verschlüsselt nun alle Chats. Dadurch kann keine Behörde die Inhalte mehr mitlesen, gab das Unternehmen
        bekannt")? An adverb of consequence opens it (phrasing `consequence_opening`), the sentence
        before tells the encryption as a fact of its time (`encryption_since`, D39 (c)), and Facebook is not named
        before a reporting clause ("..., teilte ein Sprecher des Facebook-Konzerns mit" only says who reports it)."""
        if si == 0 or _CONSEQUENCE_OPENING.match(sent) is None or _ENCRYPTION_SINCE.match(state.sentence(si - 1)) is None:
            return False
        tail = _ANNOUNCING_TAIL.search(sent)
        end = len(sent) if tail is None else tail.start()
        for comma in re.finditer(",", sent[:end]):
            if _REPORTING.match(sent, comma.end()) is not None:
                end = comma.start()
                break
        return self.v.cue["facebook"].search(sent, 0, end) is None

    def _owner_named_only(self, sent: str) -> bool:
        """Does the (lowered) sentence name Facebook only as the owner of the messenger, in an attribute ("Der Dienst,
        der seit 2014 zu Facebook gehört, verschlüsselt ab heute ...", "die App des Facebook-Konzerns"; phrasing
        `owner_attribute`)? Then it names no recipient: encryption introduced there is D39 (c)'s fact of its time."""
        owned = [m.span() for m in _OWNER_ATTRIBUTE.finditer(sent)]
        return bool(owned) and all(
            any(a <= m.start() < b for a, b in owned) for m in self.v.cue["facebook"].finditer(sent)
        )

    def _owner_only_around(self, state: DocState, si: int, sent: str) -> bool:
        """Is a plain protection in sentence `si` conceded ("zwar": "Zwar sind die Chats verschlüsselt, doch ..."; no
        word of continuing: not "bleiben", "weiterhin") told where Facebook is named, in this sentence and the FACEBOOK_WINDOW before it, only as the
        messenger's owner ("Der Dienst gehört seit 2014 zu Facebook") and none of those sentences (nor the next) holds a strong
        transfer cue? Then the text is not about what passes to Facebook: the encryption is D39 (c)'s fact of its own time
        (ds56, session 56)."""
        if _CONCEDED.search(sent) is None or _CONTINUED_PROTECTION.search(sent) is not None:
            return False
        window = [j for j in range(max(0, si - FACEBOOK_WINDOW), si + 1) if j in state.fb]
        if not window or not all(self._owner_named_only(state.sentence(j)) for j in window):
            return False
        # (a strong cue only: the weak "nutzen" is mostly the users' own use, "wird von Millionen genutzt")
        return not any(
            self.v.exists["transfer_strong"](state.sentence(j))
            for j in range(max(0, si - FACEBOOK_WINDOW), min(len(state.sents), si + 2))
        )

    @staticmethod
    def _protection_elsewhere(state: DocState, si: int, sent: str) -> bool:
        """A protection in sentence `si` that names neither Facebook nor WhatsApp says nothing of what Facebook
        gets when it is an event of a chronicle ("April 2016: Alle Chats werden Ende-zu-Ende verschlüsselt.") or
        stands in an article about another service (its title opens with that service's name: "Threema profitiert
        ...", then "Die Server stehen in der Schweiz, die Nachrichten sind Ende-zu-Ende verschlüsselt.") or in a
        sentence that names another service ("Die Schweizer App Threema, die Nachrichten verschlüsselt, ...") or
        opens with a pronoun for the service the sentence before names ("... den Messenger Threema heruntergeladen.
        Er kostet 1,79 Euro und verschlüsselt alle Nachrichten.")."""
        if si in state.fb:
            return False  # "2016 – Nachrichten sind seither verschlüsselt, Facebook kann sie nicht lesen."
        if _DATED_ENTRY.match(sent) is not None:
            return True
        if _ENCRYPTION_SINCE.match(sent) is not None:
            return True  # D39 (c): encryption told as a fact since its date, not as what is kept from Facebook
        if _names_whatsapp(sent):
            return False  # ("die App", "der Messenger" may be the other service: "Die Schweizer App Threema")
        if (
            si > 0 and _SERVICE_REFERENCE_FIRST.match(sent) is not None and si - 1 in state.other_services()
            and not _names_whatsapp(state.sentence(si - 1))
        ):
            return True  # "... den Messenger Threema heruntergeladen. Er kostet 1,79 Euro": the service named before
        # "Die Schweizer App Threema, die Nachrichten verschlüsselt, stand auf Platz eins": the named service's
        # protection, not WhatsApp's
        return state.other_titled or si in state.other_services()

    def _matching_partner(self, masked: str, clause: tuple[int, int], mention: Mention) -> bool:
        """The mention is what data is matched against ("mit den Telefonbüchern anderer Mitglieder abgleichen")."""
        before = masked[max(clause[0], mention.start - 40):mention.start]
        if _WITH_PHRASE.search(before) is None:
            return False
        return self.v.cue["matching"].search(masked, clause[0], clause[1]) is not None

    def _mentions(self, sent: str) -> list[Mention]:
        """Data-term mentions in a (lowered) sentence, with weak terms kept only inside enumerations."""
        cache = self._mentions_of_doc
        known = cache.get(sent)
        if known is None:
            if len(cache) >= MAX_CACHED_SENTENCES:
                cache.clear()  # a caller that never starts a new document (models/learned's tools): bounded
            known = cache[sent] = self._find_mentions(sent)
        return known

    def find_mentions(self, sent: str) -> list[Mention]:
        """The data-term mentions of a lowered sentence (models/learned reads the same vocabulary); those of
        the document at hand are found once, shared with the rules' own reading (read them, never change them)."""
        return self._mentions(sent)

    def _find_mentions(self, sent: str) -> list[Mention]:
        found: list[Mention] = []
        finder = self.v.term_finder
        mask = finder.mask(sent)  # computed once: the scan and the entry lookup read it
        for m, i in finder.finditer_indexed(sent, mask):
            start, end = m.start(), m.end()
            # the entry the scan knows matched exactly here (the lowest index: term_at's choice), else asked
            term = self.v.terms[i] if i >= 0 else self.v.term_at(sent, start, end, mask)
            if term.compound != "none":
                start = _word_start(sent, start, hyphen_only=term.compound == "hyphen")
                if start is None:
                    continue
            if term.type == "contacts" and _ADDRESSEES.search(sent, max(0, start - 30), end):
                continue
            if term.type == "contacts" and "," in sent[end:end + 3] and _SENT_IN_CHAT.match(sent, end):
                continue  # "Kontakte, die man in einem Chat verschickt": a contact sent as a message, not the address book
            tail = _TRUNCATED_CONTINUATION.match(sent, end)
            if tail:
                end = tail.end()
            found.append(Mention(start, end, term))
        if found and _ENGLISH_WORD.search(sent) is not None:
            english = _english_stretches(sent)
            found = [m for m in found if not any(a <= m.start < b for a, b in english)]
        if " wie " in sent:
            found = self._examples_not_question(sent, found)
        if "- " in sent:
            found = self._with_truncated_firsts(sent, found)
        # "Geteilte Standorte in privaten Chats": a bare message word right after another data term names where
        # that data stands, not data of its own (for the rules and the learned stage alike)
        found = [
            m for i, m in enumerate(found)
            if not (m.term.kind == "message" and i > 0 and found[i - 1].term.kind != "message"
                    and _PLACE_OF_ITEM.fullmatch(sent, found[i - 1].end, m.start))
        ]
        # "das Adressbuch des Handys", "der Standort des Smartphones": a device word in the genitive right after a
        # data term of another type says whose data that is, no device data of its own
        found = [
            m for i, m in enumerate(found)
            if not (m.term.kind == "weak" and m.term.type == "device_data" and i > 0
                    and found[i - 1].term.type not in ("device_data", "other") and found[i - 1].term.kind != "generic"
                    and sent.startswith("des ", m.start) and not sent[found[i - 1].end:m.start].strip())
        ]
        # "Das Adressbuch mit den Nummern anderer Eltern": the numbers an address book holds are its content
        # (contacts), no phone number of their own (own43-021)
        found = [
            m for i, m in enumerate(found)
            if not (m.term.type == "phone_number" and i > 0 and found[i - 1].term.type == "contacts"
                    and _HELD_IN_CONTACTS.fullmatch(sent, found[i - 1].end, m.start))
        ]
        if not any(m.term.kind == "weak" for m in found):
            return found
        keep: list[Mention] = []
        for run in self._enumeration_runs(sent, found):
            has_anchor = any(m.term.kind in ("strong", "generic", "message") for m in run) and len(run) > 1
            # "Angaben zu Ihrem Konto, etwa Ihren Namen und Ihre Nummer": a weak word given as an example
            # of the data type named just before belongs to that type ("Nutzerdaten wie ... Name" names no type)
            example = bool(keep) and keep[-1].term.kind == "strong" and _EXAMPLE_OF.fullmatch(sent, keep[-1].end, run[0].start) is not None
            keep.extend(m for m in run if m.term.kind != "weak" or (has_anchor and not example))
        return keep

    def _examples_not_question(self, sent: str, found: list[Mention]) -> list[Mention]:
        """`found` with each wh-clause mention that opens with a data noun and the comparison 'wie' ("Angaben wie die
        Handynummer und die IP-Adresse zu nutzen") replaced by the data terms after 'wie' when there are any:
        'wie' right after the noun gives its examples, and the verb the wh-pattern ran on to is the sentence's own
        (phrasing `examples_opening`; an indirect question of use names no data term of its own: "Daten darüber, wie
        oft man die App öffnet")."""
        out: list[Mention] = []
        for m in found:
            opening = _EXAMPLES_OPENING.match(sent, m.start, m.end)
            if opening is not None and m.term.compound == "none":
                inner = [Mention(opening.end() + x.start, opening.end() + x.end, x.term)
                         for x in self._find_mentions(sent[opening.end():m.end])]
                if any(x.term.kind == "strong" for x in inner):
                    out.extend(inner)
                    continue
            out.append(m)
        return out

    def _with_truncated_firsts(self, sent: str, found: list[Mention]) -> list[Mention]:
        """`found` with the first parts of shared-head compounds that name data ("Geräte- und Verbindungsdaten":
        "Geräte-" is device data), in sentence order."""
        extra = []
        for m in _TRUNCATED_FIRST.finditer(sent):
            if any(f.start <= m.start() < f.end for f in found):
                continue
            whole = m.group(1) + m.group(2)
            term = next((t.term for t in self._find_mentions(whole) if t.start == 0 and t.end == len(whole)), None)
            if term is not None and term.kind == "strong":
                extra.append(Mention(m.start(), m.end(), term))
                if term.type == "device_data":
                    # "Geräte- und Verbindungsdaten" (WhatsApp's "Geräte- und Verbindungsinformationen"): one heading
                    # of device data (the IP-address convention); a bare "Verbindungsdaten" stays metadata
                    found = [
                        Mention(f.start, f.end, term)
                        if f.term.type == "metadata" and sent.startswith("verbindungs", f.start)
                        and _JOINED_HEAD.fullmatch(sent, m.end(), f.start) else f
                        for f in found
                    ]
        return sorted(found + extra, key=lambda x: x.start) if extra else found

    def _enumeration_runs(self, sent: str, mentions: list[Mention]) -> list[list[Mention]]:
        """Group consecutive mentions separated only by enumeration glue (commas, 'und', articles)."""
        runs: list[list[Mention]] = []
        for m in mentions:
            if runs and self.v.cue["enumeration_glue"].match(sent[runs[-1][-1].end:m.start]):
                runs[-1].append(m)
            else:
                runs.append([m])
        return runs

    @staticmethod
    def _warned_statement(masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]], ci: int) -> bool:
        """Clause `ci` is the indicative that-clause of a warning ("Verbraucherschützer warnen, dass WhatsApp die
        Nummern an Facebook weitergibt"): the warner's reported statement (D64), not a fear. Not with a future or
        possibility of its own ("dass Facebook bald ... erhält"; a "könnte" is the clause's own speculation)."""
        # (session 46, ds46's review and review46's finding: not a warning that is itself a condition, "Wenn Experten
        # warnen, dass ..., hört keiner zu", nor a negated warning, "warnen nicht, dass ...", "Niemand warnte, dass
        # ...", nor a negated warned clause: none reports a transfer either way)
        return (
            info[ci - 1]["warning_only"] and not info[ci - 1]["conditional"] and not info[ci - 1]["negated"]
            and _NOBODY.search(masked, *clauses[ci - 1]) is None and not info[ci]["negated"]
            and _THAT_CLAUSE.match(masked, clauses[ci][0]) is not None
            and not warned_possibility(masked[clauses[ci][0]:clauses[ci][1]])
        )

    def _clause_info(
        self,
        masked: str,
        clause: tuple[int, int],
        present: dict[str, re.Match[str] | bool | None],
        layer: dict[str, list[tuple[int, int]]],
        possible: int = -1,
    ) -> dict[str, bool]:
        """Cue flags of one clause; `present` holds each cue's first match in the sentence (None: absent;
        True: present in a sentence of this one clause),
        `possible` the clause cues the sentence can hold (`Vocabulary.clause_cues`; -1: any)."""
        text = masked[clause[0]:clause[1]]
        cue = self.v.cue
        bit = self.v.clause_cues.bit

        def may(name: str) -> bool:
            return bool(possible & bit[name]) and self.v.exists[name](text)

        def has(name: str) -> bool:
            spans = layer.get(name)
            if spans and any(clause[0] <= s and e <= clause[1] for s, e in spans):
                return True  # a token cue of the linguistic layer ("gibt ... weiter", "an das Netzwerk")
            found = present[name]
            if found is None:
                return False
            if found is True:
                return True  # the sentence is this one clause, and it holds the cue
            if clause[0] < found.start() and found.end() < clause[1]:
                return True  # the sentence-wide match lies inside this clause: no second search
            return self.v.exists[name](text)

        strong = has("transfer_strong")
        if strong and (told := _SEPARATED_MITTEILEN.search(text)) is not None:
            # "teilt eine Sprecherin schriftlich mit: ...": the separable "mitteilen" introduces what is said, it
            # shares nothing; only another strong cue of the clause counts (session 46, ds46)
            lo, hi = clause[0] + told.start(), clause[0] + told.end()
            strong = self.v.exists["transfer_strong"](text[: told.start()] + " " * (hi - lo) + text[told.end():]) or any(
                clause[0] <= s and e <= clause[1] and not (lo <= s < hi) for s, e in layer.get("transfer_strong", ())
            )
        weak = has("transfer_weak")
        if weak and _PROVIDED_FOR.search(text) is not None:
            weak = self._weak_beyond_provided_for(text, clause, layer)
        fb_clause = has("facebook")
        if fb_clause and not weak and not strong and _held_by_facebook(text) and _HOLDING_SOURCE.search(masked) is None:
            # (not where the sentence names where else Facebook has it from or denies WhatsApp's part: "..., weil ich
            # dort ein Konto habe – WhatsApp muss sie gar nicht liefern", "nicht von WhatsApp, sondern ...")
            weak = True  # "Meine Nummer hat Facebook natürlich trotzdem": Facebook holds the data (ds57)
        published = _PUBLISHED_ON_FACEBOOK.search(text)
        if fb_clause and published is not None:
            # "... nicht auf Facebook veröffentlichen und auch nicht an andere weitergeben": Facebook only as the place
            # of publishing names no recipient (own44-019)
            fb_clause = len(list(self.v.cue["facebook"].finditer(text))) > 1
        posted_only = False
        if strong and published is not None:
            # the lead's D67 (a): "werden nicht auf Facebook geteilt": a verb of sharing with "auf Facebook" is
            # posting there (visible on Facebook), no passing to it; only another strong cue of the clause counts
            lo, hi = clause[0] + published.start(), clause[0] + published.end()
            strong = self.v.exists["transfer_strong"](text[: published.start()] + " " * (hi - lo) + text[published.end():]) or any(
                clause[0] <= s and e <= clause[1] and not (lo <= s < hi) for s, e in layer.get("transfer_strong", ())
            )
            posted_only = not strong
        # D37: a source's reason (a REASON token cue before this clause's end: "begründete das damit, dass Facebook
        # sich die Nummern verschaffen könne") makes a bare possibility the reported transfer itself
        reasoned = any(e <= clause[1] for _, e in layer.get("reason", ()))
        # the business-chats convention: data stored or hosted on Facebook's servers is passed to Facebook
        hosted = _HOSTED_TEST(text)
        strong = strong or hosted
        if strong and not fb_clause:
            strong = self._strong_beyond(text, clause, layer, "messaging")
        if strong:
            topic = _TOPIC_TRANSFER.search(text)
            if topic is not None and not self.v.exists["transfer_strong"](text[: topic.start()] + text[topic.end():]):
                strong = False  # "der Streit um die Weitergabe von Telefonnummern": a topic, not a statement
        objected = strong and self._only_objected_transfer(text, clause, layer)
        if objected and _NEGATED_CONSENT.search(text) is not None and has_negation(text):
            # "Die Nutzer hätten der Weitergabe ihrer Nummern nicht zugestimmt": a consent denied presupposes the
            # transfer it was not given for (own17-017); only a consent asked or given names what is consented to
            objected = False
        if objected:
            strong = False  # "Der Weitergabe der Nummer kann man nicht widersprechen": the opt-out's scope (D25)
        # (a parenthesis is an aside: "Zahlungsdaten (in Österreich gibt es die Bezahlfunktion nicht)")
        plain = _PARENTHESIS.sub(" ", text) if "(" in text else text
        if "nichts" in plain or "wenig" in plain or "nicht viel" in plain:
            # "..., und die Nutzer können dagegen nichts unternehmen": the users' helplessness, not the transfer's negation
            plain = _HELPLESS_IDIOM.sub(lambda m: " " * len(m.group()), plain)
        negated = has_negation(cue["unchanged"].sub(" ", plain)) if present["unchanged"] else has_negation(plain)
        negated = negated or (present["also_not"] is not None and cue["also_not"].search(text) is not None)
        # "Die Nummern gehen nicht als Adressbuch zu Facebook": the negation is the als-phrase's (a role), not the clause's
        contrast = _NEGATED_CONSTITUENT_CONTRAST.search(plain) if negated else None
        if contrast is not None and not has_negation(plain[: contrast.start()] + plain[contrast.start() + len("nicht"):]):
            # "wandert zwar nicht im Klartext, aber als verschlüsselter Wert zu Facebook": the negation is the phrase's,
            # its correction states the transfer
            negated = False
        if negated and _NEGATED_TOTALITY.search(plain) is not None:
            # "Nicht alles, die Telefonnummer geht an Facebook": an overstatement's "alles" is denied, not the transfer
            negated = has_negation(_NEGATED_TOTALITY.sub(" ", plain))
        role_negated = negated and _NEGATED_ROLE.search(plain) is not None and not has_negation(_NEGATED_ROLE.sub(" ", plain))
        if role_negated:
            negated = False
        if negated and _NEGATED_PROTECTION.search(plain) is not None and not has_negation(_NEGATED_PROTECTION.sub(" ", plain)):
            negated = False  # "weil die Nachrichten nicht Ende-zu-Ende-verschlüsselt sind": unprotected, not kept back
        if negated and strong and _NEGATED_PURPOSE_USE.search(plain) is not None:
            # "werden an Facebook übermittelt, in Europa aber nicht für Werbung genutzt": the negation is the
            # use's (what Facebook may not do with the data), not the transfer's
            negated = has_negation(_NEGATED_PURPOSE_USE.sub(" ", plain))
        if (
            strong and (not fb_clause or (negated and not self._facebook_partner(text)))
            and self.only_matching(text, clause, layer)
        ):
            # Matching or linking is Facebook's use of data it holds ("Facebook verknüpft die Nummer mit dem Profil":
            # passed on). Done by WhatsApp ("WhatsApp gleicht das Adressbuch ab") it is a use inside WhatsApp;
            # negated with Facebook as its doer ("Facebook kann sie nicht mit einem Profil verknüpfen") it says what
            # Facebook cannot do, not what it lacks (with Facebook as the partner, "nicht mit Facebook abgeglichen", it does).
            strong = False
        # (hedged: "nicht immer verschlüsselt"; planned: "sollen verschlüsselt werden": neither says what is protected)
        protection = has("protection") and _HEDGED_PROTECTION.search(text) is None and _PLANNED_PROTECTION.search(text) is None
        if _SHIELDING.search(text) is not None:
            if negated:
                negated, protection = False, False  # "schützt die Nummer nicht vor der Weitergabe": it is passed on
            else:
                protection = True
        if negated and protection and _NEGATED_HIDING.search(plain) is not None and not has_negation(_NEGATED_HIDING.sub(" ", plain)):
            negated, protection = False, False  # "Vor Facebook bleiben die Nummern nicht verborgen": not kept back
        hidden_from_other = protection and self._hidden_from_other(text)
        leaves = protection and negated and _NEGATED_RETENTION.search(text) is not None
        if leaves:
            # "Die Metadaten bleiben nicht bei WhatsApp": data that does not stay with the sender leaves it
            negated, protection, strong = False, False, True
        keeping_denied = (
            negated and fb_clause and not strong and _FACEBOOK_KEEPS.search(plain) is not None
            and _KEEPING_BOUND.search(plain) is None  # "bewahrt ... nicht länger als 90 Tage auf": kept, for a while
        )
        if keeping_denied:
            # the lead's D67 (c): "Weder WhatsApp noch Facebook führen Protokolle darüber, wer wem schreibt": what
            # Facebook does not keep it does not hold, a denial of the transfer for the data named (D47's reasoning)
            strong = True
        speculated = may("speculation")
        info = {
            # "bleiben privat, und niemand sonst kann sie lesen": protection says what reading cannot do
            "transfer": strong or (weak and fb_clause and not protection),
            "strong": strong,
            "weak": weak,
            "hosted": hosted,
            # the clause's only transfer word names what an objection is against (D25): no statement either way
            "objected": objected,
            # the transfer is a negated staying-with-the-sender: like a negated transfer, Facebook named before will do
            "leaves": leaves,
            # the that-clause of a prevention ("lässt sich verhindern, dass ..."), speculative for that reason alone
            # (set by _clause_infos)
            "prevented": False,
            "fb_clause": fb_clause,
            # Facebook's keeping of the data denied (D67 (c)): a record "darüber, wer ..." counts here, though the
            # messenger's own record is no statement (`unclaimed_spans`' collected wh-object)
            "keeping_denied": keeping_denied,
            # its only transfer word is posting "auf Facebook" (D67 (a)): the clause says nothing of a transfer, and
            # no polarity from elsewhere makes it say one ("werden ... nicht auf Facebook geteilt")
            "posted_only": posted_only and not weak,
            # Facebook the subject of a receiving verb ("Facebook erhält ab Mai sämtliche Nachrichten"): the recipient
            "fb_receives": weak and fb_clause and _facebook_receives(masked, clause, layer.get("receipt", [])),
            # "ändert sich nicht", "wie nie zuvor": a negation, but not of the transfer
            "negated": negated,
            # "wird nicht für Werbung verwendet": what Facebook may not do with data it has (no claim)
            # (the purpose may stand in the next clause: "nicht verwendet, um Anzeigen zu personalisieren")
            # (or an um-zu infinitive right after the clause: "nicht verwendet, um ein Profil anzulegen")
            "purpose_use": weak and not strong and (
                cue["purpose"].search(masked, clause[0], clause[1] + 60) is not None
                or _PURPOSE_INFINITIVE.match(masked, clause[1]) is not None
            ),
            "protection": protection,
            "collection": has("collection"),
            # on the clause with masked mentions read as words: "Auch Informationen zum Gerät sollten ..." is no "Sollten ..."
            # ("Wer seine Nummer nicht an Facebook weitergeben will, ...": the wish is a condition too)
            # ("..., die ihre Nummer nicht bei Facebook sehen wollen": a relative clause of a wish is one too)
            # ("Bevor eine Nummer zu Facebook wandert, müssen die Nutzer gefragt werden": the event is not asserted)
            # ("Meine Telefonnummer soll nicht in Kalifornien landen": the speaker's own wish, the wish cue)
            "conditional": is_conditional(_MASKED_RUN.sub(" x ", text)) or cue["wish"].match(text) is not None
            or _BEFORE_CLAUSE.match(text) is not None
            or (clause[0] > 0 and _RELATIVE_WISH.match(text) is not None),
            # "warnte, dass Facebook Zugriff erhalten könnte": a fear, not a statement of what is passed on
            # (a negated "könnte" states an inability, in reported speech above all: "dass weder WhatsApp
            # noch Facebook Nachrichten lesen könnten", "könnten sich nicht gegen die Weitergabe wehren")
            # (a protected "niemand außer den Beteiligten könne sie lesen" states an inability as well)
            # (a worry word whose own conjunct ends before a coordinated predicate, "sorgt sich um seine Einnahmen und
            # holt sich deshalb die Nummern", does not make the fact beside it a guess: models/data_shared_worry.py;
            # nor does a fear that came true, "..., wie Datenschützer befürchtet hatten": worry_fulfilled)
            "speculation": (
                (speculated and not worry_in_own_conjunct(text, cue["speculation"])
                 and not worry_fulfilled(text, cue["speculation"]))
                or self._reported_ability(text)
            ) and not ((negated or protection or reasoned) and self._only_ability(text))
            or (clause[0] > 0 and _WHY_CLAUSE.match(text) is not None)
            # "konnten wir keine Übertragung ... an Facebook feststellen": no evidence found, no fact either way
            or (negated and _NO_EVIDENCE.search(text) is not None),
            # its speculation words are all warnings ("Verbraucherschützer warnen, dass ..."): the that-clause after
            # it is the warner's reported statement (D64)
            "warning_only": speculated and warning_only(text, cue["speculation"]),
            # its only speculation is a "könne", which a rumour's reported speech has anyway
            "reported_ability": not speculated and self._reported_ability(text)
            and not (reasoned and self._only_ability(text)),
            "demand": may("demand"),
            "choice": has("optout_choice"),
            "denial": may("denial"),
            # "die Behauptung, WhatsApp schicke das Telefonbuch an Facebook": a rumour, not a statement
            # (an aside set against it, "..., anders als häufig behauptet, ...", is blanked before: _reading)
            "hearsay": has("hearsay"),
            # "weder verkauft noch an Werbekunden weitergereicht": passed on, but not to Facebook
            # (Facebook only by a pronoun the deal context resolves, "..., und es werde keine Werbung geben", is no
            # recipient beside "an Werbetreibende")
            "other_recipient": (has("other_recipient") and (not fb_clause or self._facebook_by_pronoun_only(masked, clause, layer)))
            # "ihre Telefonnummern bleiben vor den Betreibern verborgen": kept from another party, not from Facebook
            or hidden_from_other,
            # "Die Kontakte, die WhatsApp zum Abgleich ausliest, sollen ... nicht verlassen": a relative
            # clause describes its noun; the sentence's predicate comes after it
            # (a pronoun right before a finite verb opens a main clause: "Ihre Chats liest keiner, die sind verschlüsselt")
            # "..., aber ihre Kontakte seien nun Teil ...": a clause that turns against the one before it
            # (not an elliptic contrast, "..., aber die Telefonnummer schon", which turns the polarity itself)
            "turn": clause[0] > 0 and _TURN.match(text) is not None and not (
                _CONTRAST_ELLIPSIS.match(text) or _CONTRAST_TAIL.fullmatch(text)
            ),
            # a clause of one word ("Nachrichteninhalte? Fehlanzeige – die sind verschlüsselt"): a verdict, no predicate
            "bare": len(text.split()) <= 1,
            "relative": clause[0] > 0 and (
                (RELATIVE_START.match(text) is not None and cue["demonstrative_main"].match(text) is None)
                or _REPORTING.match(text) is not None
            ),
            # "..., die nie in eine Weitergabe eingewilligt haben": the negation is the consent's (of people, not data)
            "consent_negated": negated and _NEGATED_CONSENT.search(plain) is not None,
            # its only negation is of an als-phrase ("nicht als Adressbuch"): the clause states nothing either way
            "role_negated": role_negated,
        }
        # Negated or chosen, a use for a purpose is about the use: "wird nicht für Werbung verwendet",
        # "die Verwendung ihrer Kontoinformationen für Werbung abwählen" (see also _sentence: a choice just before).
        info["purpose_only"] = info["purpose_use"] and (negated or info["choice"])
        return info

    def _weak_beyond_provided_for(self, text: str, clause: tuple[int, int], layer: dict[str, list[tuple[int, int]]]) -> bool:
        """A weak transfer cue in the clause other than the "sieht" of a separable "sieht ... vor" (vorsehen: "Einen
        Widerspruch ... sieht der Messenger nicht vor" provides for nothing, it sees nothing)."""
        if self.v.exists["transfer_weak"](_PROVIDED_FOR.sub(lambda m: "x" * len(m.group()), text)):
            return True
        return _layer_cue_outside(layer, "transfer_weak", clause, _PROVIDED_FOR.finditer(text))

    def _hidden_from_other(self, text: str) -> bool:
        """The clause's protection keeps the data from a party named in a "vor"-phrase that is not Facebook (phrasing
        `hidden_from`): "bleiben vor den Betreibern verborgen", "geschützt vor anderen Mitgliedern". Facebook, an
        epithet of it, a prying or transfer noun ("vor dem Zugriff", "vor fremden Blicken") or third parties in
        general keep the protection as it is."""
        for found in _HIDDEN_FROM.finditer(text):
            who = found.group("who") or found.group("who2") or ""
            if self.v.cue["facebook"].search(who) is None and _PRYING.search(who) is None:
                return True
        return False

    def _only_objected_transfer(self, text: str, clause: tuple[int, int], layer: dict[str, list[tuple[int, int]]]) -> bool:
        """`only_objected_transfer` for a clause, with the layer's token cues in it: a lemma cue outside the
        transfer nouns ("gibt ... weiter") is a transfer of its own."""
        if not only_objected_transfer(text, self.v.exists["transfer_strong"]):
            return False
        return not _layer_cue_outside(layer, "transfer_strong", clause, _OBJECTED_TRANSFER_NOUN.finditer(text))

    def _facebook_by_pronoun_only(self, masked: str, clause: tuple[int, int], layer: dict[str, list[tuple[int, int]]]) -> bool:
        """Facebook stands in the clause only as a pronoun of the deal context ("es", "ihnen"), never by name."""
        if self.v.cue["facebook"].search(masked, clause[0], clause[1]) is not None:
            return False
        spans = [(s, e) for s, e in layer.get("facebook", ()) if clause[0] <= s and e <= clause[1]]
        return bool(spans) and all(_PARTY_PRONOUN.fullmatch(masked, s, e) is not None for s, e in spans)

    def _facebook_partner(self, text: str) -> bool:
        """Facebook stands in a with-phrase of the clause ("mit Facebook abgleichen", "mit den Facebook-Profilen"):
        the partner data is matched against, so the data goes to it."""
        return any(_WITH_PHRASE.search(text, 0, m.start()) for m in self.v.cue["facebook"].finditer(text))

    def only_matching(self, text: str, clause: tuple[int, int] | None = None,
                      layer: dict[str, list[tuple[int, int]]] | None = None) -> bool:
        """Every passing-on cue of `text` (a clause; `clause`: its span in the sentence, `layer`: the sentence's
        cue spans) is one of matching or linking ("WhatsApp gleicht das Adressbuch ab"): done by WhatsApp, a use
        inside WhatsApp, not a transfer (_clause_info; data_shared_layout reads whole answer sentences)."""
        return not self._strong_beyond(text, (0, len(text)) if clause is None else clause, layer or {}, "matching")

    def _strong_beyond(self, text: str, clause: tuple[int, int], layer: dict[str, list[tuple[int, int]]], cue: str) -> bool:
        """A passing-on cue other than those of `cue`: "messaging", the user's own sending ("Der Dienst verschickt
        mehr Kurznachrichten als alle Mobilfunkanbieter": with no Facebook in the clause, not a transfer), or
        "matching" (see _clause_info)."""
        sending = [m.span() for m in self.v.cue[cue].finditer(text)]
        if not sending:
            return True
        blanked = self.v.cue[cue].sub(lambda m: " " * len(m.group()), text)
        if self.v.exists["transfer_strong"](blanked):  # (existence only: no search of the whole alternation)
            return True
        return any(
            clause[0] <= s and e <= clause[1] and not any(a <= s - clause[0] < b for a, b in sending)
            for s, e in layer.get("transfer_strong", ())
        )

    def _clause_infos(
        self, masked: str, clauses: list[tuple[int, int]], layer: dict[str, list[tuple[int, int]]] | None = None
    ) -> list[dict[str, bool]]:
        """Cue flags of every clause of a (masked) sentence, searching only cues the sentence has.

        `layer` holds the linguistic layer's cue spans in the sentence (relative offsets) by cue name.
        """
        exists = self.v.exists
        possible = self.v.clause_cues.possible(masked)
        bit = self.v.clause_cues.bit
        # A sentence of one clause needs only whether it holds a cue, not where (True).
        whole = len(clauses) == 1 and clauses[0] == (0, len(masked))
        present = {
            # (the first match from the branches' own searches: the same match, without trying the whole alternation
            # at every position before it)
            name: (True if whole else exists[name].first(self.v.cue[name], masked)) if possible & bit[name] and exists[name](masked) else None
            for name in _CLAUSE_CUES
        }
        info = [self._clause_info(masked, c, present, layer or {}, possible) for c in clauses]
        if _PREVENTION_TEST(masked):  # speed: the clauses are walked only where the phrasing's word stands
            for ci in range(1, len(clauses)):
                if (
                    not info[ci - 1]["negated"] and _PREVENTION.search(masked, *clauses[ci - 1]) is not None
                    and _THAT_CLAUSE.match(masked, clauses[ci][0]) is not None
                ):
                    # "Es lässt sich verhindern, dass Facebook das Adressbuch ausliest": what can be stopped is
                    # no statement, for its own data or the sentence's ("kann nicht verhindern, dass ...": it happens)
                    info[ci]["prevented"] = not info[ci]["speculation"]  # (a refutation of the prevention undoes it)
                    info[ci]["speculation"] = True
        if may_hold(_HOSTING_USE_WORDS, masked) and may_hold(_STORING_PURPOSE_WORDS, masked):
            _hosted_by_purpose(masked, clauses, info)
        if len(clauses) > 1 and "ohne" in masked:
            _without_that_fronted(masked, clauses, info)
        if len(clauses) > 1 and may_hold(_GUARANTEE_WORDS, masked):
            denied_guarantee(masked, clauses, info)
        if len(clauses) > 1 and layer and layer.get("receipt"):
            _controlled_receipt(masked, clauses, info, layer["receipt"], self.v.cue["whatsapp"])
        if len(clauses) > 1 and layer and layer.get("permission"):
            _permitted_use(masked, clauses, info, layer["permission"],
                           lambda c: self._facebook_by_pronoun_only(masked, c, layer))
        if "dürfte" in masked:
            self._norm_permits(masked, clauses, info, (layer or {}).get("permission", []))
        if "sollte" in masked or "müsste" in masked:
            _proposals(masked, clauses, info)
        if len(clauses) > 1 and any(c["conditional"] for c in info):
            _wished_that(masked, clauses, info)
        if len(clauses) > 1 and ":" in masked and any(c["choice"] for c in info):
            _retort_heads(masked, clauses, info)
        return info

    def _norm_permits(
        self, masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]], permissions: list[tuple[int, int]]
    ) -> None:
        """A clause whose only speculation cue is "dürfte(n)" and that names the norm it is measured by (`norm_source`:
        "nach den neuen Bedingungen", "der Richtlinie zufolge", "demnach"; "danach" only after a permission of the terms
        earlier in the sentence, "erlauben die Bedingungen ... Übermittlungen: Daten ... dürften danach an Facebook
        gehen") states what the terms permit, D40's transfer, not a guess: no speculation. Not negated ("dürften nach
        den Regeln nicht an Facebook gehen": a prohibition) nor conditional (session 39, ds39, own70-033)."""
        for ci, c in enumerate(info):
            lo, hi = clauses[ci]
            if not c["speculation"] or c["negated"] or c["conditional"] or _PERMISSION_MODAL.search(masked, lo, hi) is None:
                continue
            if self.v.exists["speculation"](_PERMISSION_MODAL.sub(" ", masked[lo:hi])):
                continue  # another guess beside it ("dürften vermutlich", "könnte"): still a speculation
            if _NORM_SOURCE.search(masked, lo, hi) is not None or (
                _NORM_AFTER_PERMISSION.search(masked, lo, hi) is not None and any(end <= lo for _, end in permissions)
            ):
                c["speculation"] = False

    @staticmethod
    def _already_passed(
        masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]], ci: int, fb_near: bool, fb_before: bool
    ) -> bool:
        """The clause after mention clause `ci` is a relative clause saying the data has already been passed on to
        Facebook ("die bereits übermittelt wurden"; phrasing `already_passed_relative`), itself neither negated,
        conditional nor speculative."""
        if ci + 1 >= len(clauses):
            return False
        nxt = info[ci + 1]
        lo, hi = clauses[ci + 1]
        # (the relative clause ends at the comma after its verb, where the clause around the noun goes on: "die
        # Nummern, die WhatsApp seit 2016 übermittelt, nicht verwenden" is cut as one clause; its tail's negation
        # is the main clause's, ds54)
        cut = masked.find(",", lo, hi)
        negated = nxt["negated"] if cut < 0 else has_negation(masked[lo:cut])
        return (
            nxt["relative"] and not negated and not nxt["conditional"] and not nxt["speculation"]
            and _states_transfer(nxt, fb_near, fb_before)
            and _ALREADY_PASSED_RELATIVE.match(masked, lo, hi if cut < 0 else cut) is not None
        )

    @staticmethod
    def _choice_near(info: list[dict[str, bool]], ci: int) -> bool:
        """An opt-out/choice cue in the mention's clause or the one before it."""
        return info[ci]["choice"] or (ci > 0 and info[ci - 1]["choice"])

    def _inherited_polarity(self, state: DocState, si: int, sent: str, depth: int = 0) -> bool | None:
        """Polarity of the previous sentence's transfer when this sentence continues it (through up to two more
        continuing sentences: "... teilt X mit Facebook. Dazu kommen Y. Z gehört nicht dazu."; "... übermittelt
        Informationen an Facebook. Das ist vor allem X. Außerdem geht es um Y. Und es geht um Z.")."""
        if si == 0:
            return None
        prev = state.sentence(si - 1)
        contrast = self.v.exists["contrast"](sent)
        if not (contrast or self.v.exists["continuation"](sent) or introduces_list(prev)):
            return None
        if is_question(prev):
            # "Was teilt WhatsApp mit Facebook? Die Telefonnummer gehört dazu, die Chatinhalte nicht.": a continuation
            # answers a what-question that asks the transfer itself (ds38, session 38; its elliptic "..., X nicht"
            # takes the reverse in its own clause)
            return True if not contrast and self._asks_what_passes(prev) else None
        polarity = self._polarity_of(state, si - 1, prev)
        if polarity is None and self._after_wh_question(state, si - 1):
            # "Welche Angaben sind das? Ihre Handynummer. Dazu kommt, wann ...": the list answer's polarity
            answered = self._lists_answer(state, si - 1)
            if isinstance(answered, bool):
                polarity = answered
            elif answered == "question":
                polarity = self._polarity_of(state, si - 2, state.sentence(si - 2))
        if polarity is None and contrast and si >= 2 and _STAYING_PUT.search(prev) is not None and not is_question(state.sentence(si - 2)):
            # D35: "Auch Fotos und Videos bleiben, wo sie sind." is no item, but a contrast after it ("Anders sieht es bei
            # den Metadaten aus") sets itself against the statement before it ("Weder ... werden übertragen.")
            polarity = self._polarity_of(state, si - 2, state.sentence(si - 2))
        topic = self.v.cue["topic"].match(sent) is not None
        if polarity is None and depth < 2:
            if topic and si >= 2 and not self._mentions(prev) and not is_question(state.sentence(si - 2)):
                # "Betroffen sind ..." names what the last statement about data concerns, across a sentence
                # that says nothing about data ("Danach gelten die neuen Bedingungen ohne Einschränkung.")
                polarity = self._polarity_of(state, si - 2, state.sentence(si - 2))
            else:
                polarity = self._inherited_polarity(state, si - 1, prev, depth + 1)
        if polarity is False and topic and self.v.cue["also"].search(sent) is None and not (
            {m.term.type for m in self._mentions(sent)} & {m.term.type for m in self._mentions(prev)}
        ):
            # "Facebook bekommt die Chats nicht zu sehen. Es geht um die Nummer ...": other data than those
            # kept back is what the matter concerns (a continuation says "auch": "Es geht auch um die Fotos")
            return True
        # "Weder ... noch ... werden übertragen. Anders sieht es bei den Metadaten aus.": the reverse
        return (not polarity) if contrast and polarity is not None else polarity

    def _summary_polarity(self, state: DocState, si: int) -> bool | None:
        """Polarity of the next sentence when it sums this one up ("Dazu zählen ... All das fließt an Meta.")."""
        if si + 1 >= len(state.sents):
            return None
        nxt = state.sentence(si + 1)
        # a sentence ending in a colon introduces what follows it ("Diese Daten bleiben bei WhatsApp:"), it sums up nothing
        if self.v.cue["summary"].match(nxt) is None or is_question(nxt) or introduces_list(nxt):
            return None
        return self._polarity_of(state, si + 1, nxt)

    def _reading(
        self, state: DocState, si: int, sent: str
    ) -> tuple[list[Mention], str, list[tuple[int, int]], list[dict[str, bool]]]:
        """Sentence `si`'s text `sent` (or a part of it) read once per document: its mentions, the text with them
        masked, its clauses and their cue flags (a sentence is read again as the one before the next)."""
        key = (si, sent)
        known = state.readings.get(key)
        if known is None:
            mentions = self._mentions(sent)
            masked = _mask(sent, mentions)
            cues = state.layer_cues_in(si)
            full = state.sentence(si)
            if sent != full and full.endswith(sent):
                # the sentence's last part read alone (a question after its setting, `_asked_yes_no`): the layer's
                # spans counted from the part's start
                at = len(full) - len(sent)
                cues = {name: [(s - at, e - at) for s, e in spans if s >= at] for name, spans in cues.items()}
            layer = _outside(cues, mentions)
            labels = setting_labels(sent) if mentions else []
            if labels:
                masked, layer = self._without_label_transfers(masked, layer, labels)
            verb = self._elided_destination(state, si, sent, mentions) if mentions else None
            if verb is not None:
                # the destination restored on the label's verb: a transfer to Facebook (denied by the label's "nicht")
                layer = {**layer, **{name: [*layer.get(name, ()), verb] for name in ("transfer_strong", "facebook")}}
            if mentions and ("als" in masked or "entgegen" in masked):
                masked = _without_contrary_asides(masked)
            clauses = clauses_of(masked)
            condition_end = (
                verb_first_condition_end(state.cased[slice(*state.sents[si])])
                if mentions and state.cased and "," in sent and sent == state.sentence(si) else None
            )
            if condition_end is None and mentions and (concession := _CONCESSIVE_CONDITION.match(masked)) is not None:
                # a concessive clause ("Auch wenn Sie widersprechen, erhält Facebook ...") is a condition of its own:
                # the main clause after it is asserted whatever the clause says
                condition_end = concession.end() - 1
            if condition_end is not None:
                # a verb-first conditional clause is a clause of its own, and a condition
                clauses = _cut_at(clauses, condition_end)
            if mentions and state.cased and "," in sent and sent == state.sentence(si):
                main = fronted_clause_end(state.cased[slice(*state.sents[si])], masked)
                if main is not None and self._tells_transfer_before(masked, layer, main):
                    # "Seit ... an Facebook zu übermitteln, | bekommt Signal viel Zulauf"; a fronted clause with no
                    # transfer or protection of its own takes the main clause's reading as before ("Als eine Behörde
                    # Daten über zwei Telefonnummern anforderte, konnte Signal nur zwei Angaben herausgeben")
                    clauses = _cut_at(clauses, main)
                for _, comma, verb in asyndetic_clause_starts(state.cased[slice(*state.sents[si])], masked, clauses):
                    if not self._frames_what_follows(masked[: comma + 1]):
                        clauses = _open_at(clauses, comma, verb)
            if mentions and "," in masked and self.v.exists["denial"](masked):
                clauses = self._denied_infinitives(masked, clauses)
            info = self._clause_infos(masked, clauses, layer)
            if condition_end is not None:
                for ci, (_, end) in enumerate(clauses):
                    if end <= condition_end:
                        info[ci]["conditional"] = True
            known = state.readings[key] = (mentions, masked, clauses, info)
        return known

    def _tells_transfer_before(self, masked: str, layer: dict[str, list[tuple[int, int]]], end: int) -> bool:
        """Does the (masked) sentence tell a transfer or a protection before `end`: a transfer or protection cue of the
        vocabulary or of the layer's lemmas there?"""
        head = masked[:end]
        return any(self.v.exists[name](head) for name in ("transfer_strong", "transfer_weak", "protection")) or any(
            s < end for name in ("transfer_strong", "transfer_weak", "protection") for s, _ in layer.get(name, ())
        )

    def _frames_what_follows(self, head: str) -> bool:
        """Does the (masked) stretch `head` before a comma say, believe, fear, want, deny or judge something, so that a
        main clause after the comma may be what is said (German reported speech with no 'dass': "Viele glauben,
        Chats gehen an Facebook", "Papa meinte, das bringe nichts, Chats lese Facebook sowieso") or the correction
        after a verdict ("Stimmt nicht, Chatinhalte liest Meta nicht mit")? Such a clause is not set beside the one
        before it, and is not cut off it (`asyndetic_clause_starts`)."""
        cue = self.v.cue
        return (
            any(cue[name].search(head) is not None for name in ("denial", "hearsay", "speculation", "demand"))
            or _REPORTING_WORD.search(head) is not None or _REFUTATION.search(head) is not None
        )

    def _elided_destination(self, state: DocState, si: int, sent: str, mentions: list[Mention]) -> tuple[int, int] | None:
        """The verb span of a negated label that names no destination ("2/ Was NICHT geht: Nachrichteninhalte.")
        when a label of the same verb naming Facebook stands at most FACEBOOK_WINDOW sentences before ("1/ Was an
        Facebook geht: ..."), and only a list of data follows the colon; None otherwise. The two labels are parallel:
        the second elides the first's destination (own41-026)."""
        label = _ELIDED_DESTINATION.match(sent.lower())
        if label is None or mentions[0].start < label.end() or not self._only_a_list(sent, mentions, label.end()):
            return None
        for j in range(si - 1, max(-1, si - 1 - FACEBOOK_WINDOW), -1):
            before = _DESTINATION_LABEL.match(state.sentence(j).lower())
            if before is not None:
                return label.span(1) if before.group(1) == label.group(1) else None
        return None

    def _only_a_list(self, sent: str, mentions: list[Mention], start: int) -> bool:
        """Only data joined by commas and "und" stand from `start` on (each perhaps with its yes or no), then at most
        a few words: "Nachrichteninhalte und Fotos.", not "den Chatverlauf mit Fotos exportieren"."""
        glue = self.v.cue["enumeration_glue"]
        if sent[start:mentions[0].start].strip(" :\t\n").split().__len__() > 2:
            return False
        for a, b in zip(mentions, mentions[1:]):
            if not glue.match(_VERDICT_WORD.sub(" ", sent[a.end:b.start])):
                return False
        return len(_VERDICT_WORD.sub(" ", sent[mentions[-1].end:]).split()) <= 3

    _LABEL_TRANSFER_CUES = ("transfer_strong", "transfer_weak")

    def _without_label_transfers(
        self, masked: str, layer: dict[str, list[tuple[int, int]]], labels: list[tuple[int, int]]
    ) -> tuple[str, dict[str, list[tuple[int, int]]]]:
        """The masked sentence and its layer cues without the transfer words of setting labels: the "teilen" of
        "das Häkchen bei «Account-Info teilen» entfernen" names the setting, it says nothing is passed on (a
        negated use after it, "dem soll Facebook keine Vorschläge auf Basis seiner Nummer machen", took it as its
        transfer). Blanked with letters, not spaces: a run of spaces is a masked mention to the clause rules."""
        chars = list(masked)
        for a, b in labels:
            for name in self._LABEL_TRANSFER_CUES:
                for m in self.v.cue[name].finditer(masked, a, b):
                    chars[m.start():m.end()] = "x" * (m.end() - m.start())
        inside = lambda s, e: any(a <= s and e <= b for a, b in labels)  # noqa: E731
        kept = {
            name: [(s, e) for s, e in spans if not (name in self._LABEL_TRANSFER_CUES and inside(s, e))]
            for name, spans in layer.items()
        }
        return "".join(chars), kept

    def _polarity_of(self, state: DocState, si: int, sent: str) -> bool | None:
        """The polarity of sentence `si`'s last transfer (or protection) clause; None when it has none."""
        fb_near = state.facebook_near(si)
        _mentions, _masked, _clauses, info = self._reading(state, si, sent)
        for c in reversed(info):
            # (a transfer to another recipient, "übermittelt die Nummern auf ihre Server", passes nothing to Facebook:
            # "Dazu kommen Profilbild und Status." after it continues no transfer to Facebook; ds38, session 38)
            if c["conditional"] or c["purpose_only"] or c["role_negated"] or c["other_recipient"]:
                continue
            if c["transfer"] and (c["fb_clause"] or (c["strong"] and fb_near)):
                return not c["negated"]
            if c["protection"] and fb_near:
                return False
        return None

    def _emit(self, doc: Doc, offset: int, sent: str, decided: list[tuple[Mention, bool]]) -> None:
        """One claim per (type, shared) in the sentence; adjacent enumeration items share a span."""
        groups: dict[tuple[str, bool], list[Mention]] = {}
        for mention, shared in decided:
            if mention.term.type == "location" and business_site(doc_text(doc), offset + mention.end):
                continue
            if (
                not shared and mention.term.kind == "message" and sent[mention.start:mention.end].lower() == "chat"
                and _ITSELF.match(sent, mention.end) is None
            ):
                continue  # one conversation, "den Chat": claimed where it goes to Facebook, not from "den Chat nicht
                # nutzen" (the user's choice; session 46, ds46); "der Chat selbst" is the content as such (ds47)
            groups.setdefault((mention.term.type, shared), []).append(mention)
        for (dtype, shared), members in groups.items():
            start, end = members[0].start, members[0].end
            for nxt in members[1:]:
                if self.v.cue["enumeration_glue"].match(sent[end:nxt.start]):
                    end = nxt.end
                else:
                    break
            add_claim(doc, "data_shared", offset + start, offset + end, data_type=dtype, shared=shared)


_ATTRIBUTIVE_PARTICIPLE = re.compile(r"\w*ge\w+(?:t|en)(?:e|en|em|er|es)$", re.IGNORECASE)

# Token-cue labels of patterns/data_shared_tokens.jsonl -> the clause cue each one adds to.
_TOKEN_CUE_NAMES = {
    "TRANSFER_STRONG": "transfer_strong", "TRANSFER_WEAK": "transfer_weak", "PROTECTION": "protection",
    # a source's reason ("begründete das damit, dass ..."): lifts the speculation of a bare "könne/könnte" (D37)
    "REASON": "reason",
    # a receiving verb (erhalten, bekommen, empfangen; also TRANSFER_WEAK): Facebook as its subject receives (ds27b)
    "RECEIPT": "receipt",
    # terms, rules or an update allowing or enabling someone ("Die Regeln erlauben es Facebook, ..."; D40, d40)
    "PERMISSION": "permission",
}


def layer_cues(
    doc: Doc, regions: list[tuple[int, int]] | None = None, sender: re.Pattern[str] | None = None
) -> dict[str, list[tuple[int, int]]]:
    """The linguistic layer's cues for this component, by clause cue name (absolute offsets).

    Token cues over lemmas (patterns/data_shared_tokens.jsonl), and Facebook referred to
    by an epithet or pronoun the deal context resolved ("an das Netzwerk", "der Konzern");
    `sender`: the vocabulary's `whatsapp` cue (lowercase), for an "es" after the sender in its clause.
    """
    found: dict[str, list[tuple[int, int]]] = {name: [] for name in (*_TOKEN_CUE_NAMES.values(), "facebook")}
    text = doc_text(doc)  # kept by the tokenizer: `doc.text` rebuilds the string from every token
    for label, spans in token_cues(doc, "data_shared", regions).items():
        # "geteilte Standorte", "weitergegebene Daten": an inflected participle is an adjective, not a transfer
        found[_TOKEN_CUE_NAMES[label]].extend(sp for sp in spans if _ATTRIBUTIVE_PARTICIPLE.match(text, *sp) is None)
    found["facebook"] += [
        (s, e) for s, e, label in mention_spans(doc) or ()
        if label == "BUYER" and not _addresses_reader(text, s, e)
        and not (sender is not None and _sender_clause_es(lower_text(doc), s, e, sender))
    ]
    return found


_NEXT_WORD = re.compile(r"[ \t]+([A-ZÄÖÜ][\w-]*)")  # the word after a noun on its line, capitalised


def business_site(text: str, end: int) -> bool:
    """Is the "Standort" ending at `end` a business site, named by the proper noun after it ("den Standort Leipzig
    stärken")? Only a word HanTa knows as a proper noun alone counts: "den Standort Freunden zeigen" (a common noun)
    and "den Standort Facebook geben" (a name it must guess, here the recipient) stay location data."""
    if not text[max(0, end - 8):end].lower().endswith("standort"):
        return False
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and proper_noun(nxt.group(1))


def _addresses_reader(text: str, start: int, end: int) -> bool:
    """A capitalised "Sie"/"Ihnen" inside a sentence is the polite address of the reader ("..., damit Sie sehen,
    wer den Dienst nutzt"), never a pronoun for Facebook (which would be lowercase there)."""
    if text[start:end] not in ("Sie", "Ihnen", "Ihr", "Ihre"):
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?:\n\"„“»«"


# The sender named before an "es" in its clause ("Die App liest es zwar aus", "WhatsApp gibt es nicht weiter").
_CLAUSE_EDGE = re.compile(r"[,;:.!?\n]")


def _sender_clause_es(low: str, start: int, end: int, sender: re.Pattern[str]) -> bool:
    """An "es" after the sender named in its own clause is what the sender handles (the data named before:
    "Bekommt Facebook mein Adressbuch? Die App liest es zwar aus ..."), not Facebook, though the deal context
    resolves a pronoun to the party named last. `low`: the lowered text; `sender`: the vocabulary's `whatsapp`
    cue (one list of the sender's names: "WhatsApp", "die App", "der Messenger", "der Kurznachrichtendienst")."""
    if low[start:end] != "es":
        return False
    edge = max((m.end() for m in _CLAUSE_EDGE.finditer(low, max(0, start - 80), start)), default=max(0, start - 80))
    return sender.search(low, edge, start) is not None


def _title_names_whatsapp(doc: Doc) -> bool:
    """Do the document's first two blocks (its title and teaser) name WhatsApp (a TARGET name of the deal context)?"""
    blocks = doc_value(doc, "blocks") or ()
    if not blocks:
        return False
    return _target_names_whatsapp(doc, blocks[min(1, len(blocks) - 1)].end)


def _title_opens_with_other_service(doc: Doc, low: str, v: Vocabulary) -> bool:
    """Does the document's first block (its title) open with another service's name ("Threema profitiert vom
    WhatsApp-Schock", also behind opening quotes or dashes: "„Threema ...")? Then the article is about that service
    (`DocState.other_titled`)."""
    blocks = doc_value(doc, "blocks") or ()
    if not blocks:
        return False
    return v.cue["other_sender"].match(low, _first_alnum(low, blocks[0].start)) is not None


def _first_alnum(low: str, start: int) -> int:
    """The offset of the first letter or digit at or after `start` (len(low) when none): past a title's opening
    quotes, dashes and spaces."""
    pos = start
    while pos < len(low) and not low[pos].isalnum():
        pos += 1
    return pos


def _target_names_whatsapp(doc: Doc, before: int | None = None) -> bool:
    """A TARGET mention of the deal context (starting before offset `before`, when given) spells WhatsApp's name
    (not "der Messenger")."""
    text = doc_text(doc)
    return any(
        label == "TARGET" and (before is None or s < before) and _names_whatsapp(text[s:e].lower())
        for s, e, label in mention_spans(doc) or ()
    )


def _about_new_terms(low: str, other_sender: re.Pattern[str]) -> bool:
    """Does a text name WhatsApp and tell its new terms ("WhatsApp will neue Regeln einführen", "auch nach der neuen
    Richtlinie", "Neue Nutzungsbedingungen 2021"; phrasing `new_terms_topic`)? The new terms are the sharing with
    Facebook (the lead's D84 (d): a text that tells WhatsApp's new terms, of 2016 or 2021, is about data passing to
    Facebook for D39 (a)/(b) even where it does not name Facebook): what it says stays encrypted or unread ("Private
    Chats bleiben verschlüsselt", "WhatsApp kann eure Chats nicht lesen") is kept from that recipient. Only terms that
    are WhatsApp's: not where the terms' sentence names another service and not WhatsApp ("Telegram führt neue
    Nutzungsbedingungen ein"; review58's finding), nor the 2016 encryption news ("Mit dem neuesten Update verschlüsselt
    WhatsApp alle Nachrichten": no terms named; D39 (c)). ds58, session 58."""
    if not _names_whatsapp(low):
        return False
    for found in _NEW_TERMS_TOPIC.finditer(low):
        lo = max(low.rfind(mark, 0, found.start()) for mark in ".!?\n") + 1
        ends = [at for at in (low.find(mark, found.end()) for mark in ".!?\n") if at >= 0]
        sentence = low[lo:min(ends, default=len(low))]
        if _names_whatsapp(sentence) or other_sender.search(sentence) is None:
            return True
    return False


_QUOTATION = re.compile(r"[„»«\"]([^„“”»«\"\n]{1,400})[“”«»\"]")  # a quotation in double marks, on one line
_FIRST_PERSON_PLURAL = re.compile(r"\b(?:wir|uns)\b")
_WHATSAPP_VOICE = re.compile(r"whats\s?app|\bkoum\b|\bacton\b")  # the messenger or its founders speaking
MAX_QUOTE_HEAD_WORDS = 12  # "Ein Sprecher von Facebook sagte am Dienstag in Menlo Park:" before a quotation's colon


def _facebook_first_person(low: str, facebook: re.Pattern[str]) -> list[tuple[int, int]]:
    """The spans of "wir" and "uns" inside each quotation that Facebook speaks: its attribution after the closing mark
    (phrasing `facebook_quote_attribution`: "„Wir bekommen keine Chatinhalte von WhatsApp“, sagte ein
    Facebook-Sprecher") or its head before an opening colon ("Ein Meta-Sprecher sagte: „Wir erhalten ...“", at most
    MAX_QUOTE_HEAD_WORDS words from the sentence's start) names Facebook, Meta or Zuckerberg and not WhatsApp or its
    founders ("Koum, der neben Zuckerberg auf dem Podium sitzt: „Wir werden keine ... weiterreichen“" is WhatsApp's
    voice). The first person there is the recipient itself, as "Facebook" would be: "Wir bekommen keine Chatinhalte"
    denies the receipt (review57's and review58's open point; ds58, session 58)."""
    spans: list[tuple[int, int]] = []
    for quote in _QUOTATION.finditer(low):
        inner = quote.group(1)
        if _FIRST_PERSON_PLURAL.search(inner) is None:
            continue
        after = _FACEBOOK_QUOTE_ATTRIBUTION.match(low, quote.end())
        head = low[max(low.rfind(mark, 0, quote.start()) for mark in ".!?\n") + 1:quote.start()].strip()
        speaker = after.group(0) if after is not None else (
            head if head.endswith(":") and len(head.split()) <= MAX_QUOTE_HEAD_WORDS else "")
        if not speaker or facebook.search(speaker) is None or _WHATSAPP_VOICE.search(speaker) is not None:
            continue
        spans += [(quote.start(1) + m.start(), quote.start(1) + m.end()) for m in _FIRST_PERSON_PLURAL.finditer(inner)]
    return spans


def _same_paragraph(state: DocState, si: int, back: int | None = 2) -> set[int]:
    """Sentence `si` and the `back` sentences before it (every one back to the paragraph's start with None) where no
    line break parts them (a forum's next post or a new paragraph speaks of its own topic: "... meine Tochter ist zu
    Signal gewechselt." + "Antwort von X: Die persönlichen Chats bleiben ... verschlüsselt" does not speak of Signal)."""
    # (two sentences back within the paragraph: "... wechseln viele zu Threema. Die App kostet vier Franken. Dort
    # bleiben alle Chats verschlüsselt" - review58's finding)
    found = {si}
    for sj in range(si - 1, -1 if back is None else max(-1, si - 1 - back), -1):
        before = state.text[state.sents[sj][0]:state.sents[sj + 1][0]]
        if "\n" in before[len(before.rstrip()):]:  # (a sentence's span holds the blank after it)
            break
        found.add(sj)
    return found


def _keep_protection_only(doc: Doc, before: int) -> None:
    """Drop the data_shared claims added after the first `before` claims but those of data kept back: the recipient a
    text about the new terms implies (`_about_new_terms`) is the recipient of nothing the text says is passed on."""
    claims = claims_of(doc)
    claims[before:] = [
        c for c in claims[before:]
        if c.type != "data_shared" or (c.fields.get("data_type") == "message_content" and c.fields.get("shared") is False)
    ]


def _implicit_recipient(doc: Doc, low: str, v: Vocabulary) -> tuple[int, int] | None:
    """The span of the title when it makes WhatsApp's data sharing the topic of a text that names no Facebook.

    Only the first block, naming WhatsApp and a passing-on word, and no other recipient or service
    ("Datenweitergabe an Behörden", "Instagram teilt ..."); None otherwise.
    """
    blocks = doc_value(doc, "blocks") or ()
    if len(blocks) < 2 or blocks[0].kind != "heading":
        return None  # a title above a text, not a lone statement
    lo, hi = blocks[0].start, blocks[0].end
    title = low[lo:hi]
    if not _names_whatsapp(title) or _SHARING_TOPIC.search(title) is None:
        return None
    # "... an Mobilfunkanbieter", "... mit Partnern": the title names a recipient, and it is not Facebook
    if _TITLE_RECIPIENT.search(title) or v.cue["other_recipient"].search(title) or v.cue["other_sender"].search(title):
        return None
    return (lo, hi)


def _outside(layer: dict[str, list[tuple[int, int]]], mentions: list[Mention]) -> dict[str, list[tuple[int, int]]]:
    """Cue spans that do not overlap a data mention ("Weitergabe" in "Datenweitergabe" is no cue of its own).

    A cue of several tokens that holds a whole mention inside it, beginning and ending outside every mention, stays:
    its verb and preposition frame the data noun ("an die Adressbücher der Nutzer kommen", "Der Export der
    WhatsApp-Kontaktlisten zu Facebook"; gen25, session 25)."""
    if not layer or not mentions:
        return layer  # (read only)

    def inside(pos: int) -> bool:
        return any(m.start <= pos < m.end for m in mentions)

    return {
        name: [
            (s, e) for s, e in spans
            if not any(m.start < e and s < m.end for m in mentions) or not (inside(s) or inside(e - 1))
        ]
        for name, spans in layer.items()
    }


def _word_start(text: str, pos: int, hyphen_only: bool) -> int | None:
    """Start of the (compound) word containing `pos`; None if `hyphen_only` and glued to letters."""
    i = pos
    if hyphen_only and i > 0 and text[i - 1].isalnum():
        return None
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "-_"):
        i -= 1
    return i


def _cut_at(clauses: list[tuple[int, int]], offset: int) -> list[tuple[int, int]]:
    """The clauses with the one that holds the comma at `offset` cut there (the comma and the spaces after it
    belong to neither part)."""
    out: list[tuple[int, int]] = []
    for start, end in clauses:
        if start < offset < end:
            out.append((start, offset))
            out.append((offset + 1, end))
        else:
            out.append((start, end))
    return out


def _negation_left_behind(
    v: Vocabulary, masked: str, clause: tuple[int, int], at: int, layer: dict[str, list[tuple[int, int]]]
) -> bool:
    """Is the clause's negation left in the first of two coordinated verb-final clauses, the mention at `at` in the
    second? "dass die Nutzer nicht wirksam eingewilligt hätten und trotzdem die Nummern an Facebook gegangen seien":
    the finite verb before "und" closes the first conjunct (`verb_final_conjunct_break`), the second has a transfer
    word and a finite verb of its own at its end and no negation, so its transfer is stated (session 52, ds52); a
    second conjunct without a transfer word of its own ("..., und auch die Chats privat blieben") is left to the
    clause's reading. Only in a clause opened by a subordinating conjunction, where verbs close their clauses; cheap
    tests first. `layer`: the sentence's token cues, relative to it."""
    lo, hi = clause
    if " und " not in masked[lo:at] or _SUBORDINATE_OPENING.match(masked, lo) is None:
        return False
    last = None
    for last in _CONJUNCT_BREAK.finditer(masked, lo, at):
        pass
    if last is None:
        return False
    rest = masked[last.end():hi]
    if has_negation(rest):
        return False
    if not (
        any(last.end() <= a and b <= hi for name in ("transfer_strong", "transfer_weak") for a, b in layer.get(name, ()))
        or v.exists["transfer_strong"](rest) or v.exists["transfer_weak"](rest)
    ):
        return False
    words = re.findall(r"[a-zäöüß]+", rest)
    return bool(words) and tag_words(words)[-1] in FINITE  # (tagged in its clause: a lone "habe" is no word to HanTa)


def _retort_heads(masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]]) -> None:
    """A speaker's retort before a colon ("Die Gutachterin widersprach: ...", `_RETORT_HEAD`) says what follows it:
    its "widersprechen" is a verb of saying, not a user's objection, so its clause is no choice and leaves the
    negation of the clause after the colon alone (the choice reading lets an objection take a "nicht" near it).
    Only a clause with no transfer of its own and a colon right after it (issue 7, session 55, ds55)."""
    for ci in range(len(clauses) - 1):
        if (
            info[ci]["choice"] and not info[ci]["transfer"] and ":" in masked[clauses[ci][1]:clauses[ci + 1][0]]
            and _RETORT_HEAD.fullmatch(masked, *clauses[ci]) is not None
        ):
            info[ci]["choice"] = False


def _mask(sent: str, mentions: list[Mention]) -> str:
    """The sentence with mention spans blanked, so 'wie häufig ... genutzt' is no transfer cue."""
    if not mentions:
        return sent
    chars = list(sent)
    for m in mentions:
        chars[m.start:m.end] = " " * (m.end - m.start)
    return "".join(chars)


def _layer_cue_outside(layer: dict[str, list[tuple[int, int]]], kind: str, clause: tuple[int, int],
                       excluded: Iterable[re.Match[str]]) -> bool:
    """Has the layer a token cue of `kind` (document offsets) inside `clause` that starts in none of the `excluded`
    matches (clause offsets)? The words a clause pattern has set aside ("sieht ... vor", the objected transfer noun)
    state nothing, a lemma cue elsewhere in the clause does."""
    spans = [m.span() for m in excluded]
    return any(
        clause[0] <= s and e <= clause[1] and not any(a <= s - clause[0] < b for a, b in spans)
        for s, e in layer.get(kind, ())
    )


def _bought(masked: str, clause: tuple[int, int], mention: Mention) -> bool:
    """Is the mention the object of a buying verb of its clause, no comma between them ("kauft er vor allem
    Telefonnummern", "hat sich die Kontaktdaten eingekauft")?"""
    for verb in _BUYING_VERB.finditer(masked, *clause):
        lo, hi = sorted((verb.start(), mention.start))
        if "," not in masked[lo:hi]:
            return True
    return False


def _passed_attributively(masked: str, mention: Mention, fb_near: bool) -> bool:
    """The mention comes right after an attributive participle of a done transfer ("die längst übertragenen
    Gerätedaten", phrasing `already_passed_attributive`), Facebook named near: passed on, whatever the question,
    condition or negation of the clause around it ("Ob Facebook die längst übertragenen Gerätedaten löscht, wollte
    WhatsApp nicht sagen": the negation is the saying's; the participle has its adverb, so "nicht übertragenen" is out)."""
    return fb_near and _ALREADY_PASSED_ATTRIBUTIVE.search(masked, max(0, mention.start - 80), mention.start) is not None


def _deposited_by_users(masked: str, mention: Mention) -> bool:
    """The mention stands in a statement that users gave Facebook the data themselves (phrasing `own_deposit`)."""
    if not may_hold(_OWN_DEPOSIT_WORDS, masked):
        return False
    return any(m.start() <= mention.start < m.end() for m in _OWN_DEPOSIT.finditer(masked))


# The expletive "es" of "gibt es" ("Einen Widerspruch gegen die Weitergabe an den Konzern gibt es nicht"): its "gibt"
# gives nothing, though "an den Konzern gibt" reads like a transfer to the transfer cue
_EXPLETIVE_GIVING = re.compile(rf"\b(?:{'|'.join(_GIVING_VERBS)})\s+es\b|\bes\s+(?:{'|'.join(_GIVING_VERBS)})\b")


_RESTATING_PRONOUN = re.compile(r"\b(?:sie|ihn|diese|diesen|dieser)\b")  # not "es": mostly an expletive


def _restated_by_pronoun(
    masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]], ci: int, mentions: list[Mention]
) -> bool:
    """D25's exception: the data of clause `ci`'s objected transfer noun restated by a pronoun in a later clause of the
    sentence that states the transfer with a verb of its own ("Das Teilen der Nummer lässt sich nicht verhindern,
    denn WhatsApp übermittelt sie in jedem Fall"). That clause names no data of its own, is not negated, and neither
    conditional nor speculative."""
    for cj in range(ci + 1, len(clauses)):
        lo, hi = clauses[cj]
        c = info[cj]
        if not c["transfer"] or c["objected"] or c["conditional"] or c["speculation"] or c["hearsay"]:
            continue
        if any(lo <= m.start < hi for m in mentions) or has_negation(masked[lo:hi]):
            continue
        if _RESTATING_PRONOUN.search(masked, lo, hi) is not None:
            return True
    return False


def only_objected_transfer(low: str, transfer_strong: Callable[[str], bool]) -> bool:
    """The (lowered) text's only transfer word is a noun that an objection or deselection is against ("Der
    Weitergabe der Nummer kann niemand widersprechen", "Einen Widerspruch gegen die Übermittlung ... gibt es nicht",
    "Die Übermittlung ... lässt sich nicht abwählen"): the lead's decision D25 reads that noun as the opt-out's
    scope, not as a statement that the data is passed on. `transfer_strong` tests text for a strong transfer cue
    (the vocabulary's); a transfer word of its own beside the noun still states one. Read by the rules clause by
    clause and by the learned stage's guards sentence by sentence (models/learned/features.py)."""
    if not _OBJECTED_TRANSFER_TEST(low):
        return False
    blanked = _OBJECTED_TRANSFER_NOUN.sub(lambda m: "x" * len(m.group()), low)
    return not transfer_strong(_EXPLETIVE_GIVING.sub(lambda m: "x" * len(m.group()), blanked))


@Language.factory("dealwatch_data_shared")
def make_component(nlp: Language, name: str) -> DataSharedComponent:
    """spaCy factory: the component with the bundled vocabulary."""
    return DataSharedComponent(Vocabulary.load())


def _facebook_receives(masked: str, clause: tuple[int, int], receipts: list[tuple[int, int]]) -> bool:
    """Facebook is the subject of the clause's receiving verb (`receipts`: the layer's RECEIPT token cues, absolute
    offsets into the masked sentence): first in the clause with the verb or a finite auxiliary or modal after it
    ("Facebook erhält ab Mai sämtliche Nachrichten", "Facebook soll ... bekommen"), or right after the verb or such an
    auxiliary ("Ab dem Update bekommt Facebook alle Chats", "Künftig soll Facebook ... bekommen"); phrasing
    `receiving_subject`. After a preposition ("von Facebook", "über Facebook") or in a compound ("Facebook-Nutzer
    erhalten") Facebook is no subject."""
    lo, hi = clause
    verbs = [(s, e) for s, e in receipts if lo <= s and e <= hi]
    if not verbs:
        return False
    found = _RECEIVING_SUBJECT.match(masked, lo, hi)
    if found is None:
        return False
    word = "next" if found.group("vorfeld") is not None else "before"
    start, end = found.span(word)
    return any(s == start for s, _ in verbs) or any(
        may_tag(found.group(word), tag, first=False) for tag in ("VAFIN", "VMFIN")
    )


_ZU_INFINITIVE_END = re.compile(r"(?:\bzu\s+[a-zäöüß]+|[a-zäöüß]+zu[a-zäöüß]+en)\W*$")  # "zu nutzen", "auszuwerten"



_CUT_AFTER_FINITE = PHRASES["cut_after_finite"]
_NO_EVIDENCE = PHRASES["no_evidence_finding"]


def _cut_after_finite(masked: str) -> bool:
    """The (masked) sentence ends in a truncation mark right after a word that may be its finite verb ("... lässt
    sich …", "Die Nummer geht ..."): the clause's middle field and right bracket are cut off (D61 (c); session 45,
    ds45). Not when the finite verb's items stand before the cut ("Jetzt fließen Nummern, Geräteinfos und …")."""
    if "…" not in masked[-4:] and "..." not in masked[-6:]:
        return False
    found = _CUT_AFTER_FINITE.search(masked)
    return found is not None and any(may_tag(found.group("verb"), tag, first=False) for tag in FINITE)


def _wished_that(masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]]) -> None:
    """The that-clause of a conditional clause ending in a verb of wanting ("Wenn du nicht möchtest, | dass Facebook
    deine Account-Informationen verwendet, ..."; "Falls Sie nicht wollen, | dass ...") is part of the condition: the
    wanted or unwanted event, no statement (session 45, ds45; own81-025, own82-031). Not a that-clause after a main
    clause of wanting ("Facebook will, dass ..."), which the wish and demand cues read."""
    for ci in range(1, len(clauses)):
        if (
            info[ci - 1]["conditional"] and not info[ci]["conditional"]
            and _WISH_VERB_END.search(masked, *clauses[ci - 1]) is not None
            and _CONCESSIVE_IF.match(masked, clauses[ci - 1][0]) is None  # "Auch wenn du nicht willst, dass ...": it happens
            and _THAT_CLAUSE.match(masked, clauses[ci][0]) is not None
        ):
            info[ci]["conditional"] = True

def _proposals(masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]]) -> None:
    """A clause with a Konjunktiv II of "sollen"/"müssen" and a stacked "dürfen"/"können" (`recommended_modal`: "sollte
    nur mit Zustimmung erfolgen dürfen") says what should be allowed, a proposal: no fact (speculation); not with a
    future adverb ("sollten künftig ... lagern dürfen", `future_of_plan`: the preterite of a plan told as news, its
    transfer stated; session 39, ds39)."""
    for ci, (lo, hi) in enumerate(clauses):
        if _RECOMMENDED_MODAL.search(masked, lo, hi) is not None and _FUTURE_OF_PLAN.search(masked, lo, hi) is None:
            info[ci]["speculation"] = True


def _permitted_use(
    masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]], permissions: list[tuple[int, int]],
    pronoun_only: Callable[[tuple[int, int]], bool],
) -> None:
    """D40 (the lead's ruling 09:34, session 29; d40): terms, rules or an update that allow or enable Facebook to use,
    receive or evaluate data ("Die neuen Regeln erlauben es Facebook, Daten wie den Standort ... zu verwenden",
    "ermöglichen die neuen Nutzungsbedingungen es dem Konzern, die Telefonnummer ... zu nutzen") tell the transfer:
    the zu-infinitive clause right after the permission's clause, with a use or receiving verb (a weak cue) and no
    Facebook of its own, has Facebook, the permission's object, as its doer. Not where the permission's clause is
    negated ("erlauben es Facebook nicht"), speculative or conditional ("könnten es erlauben", "würde ermöglichen")
    or names Facebook only by a pronoun (`pronoun_only`: the expletive "es" of "erlauben es WhatsApp, die Nummer ...
    zu nutzen", WhatsApp's own use)."""
    for ci in range(1, len(clauses)):
        before, here = info[ci - 1], info[ci]
        lo, hi = clauses[ci - 1]
        if (
            here["weak"] and not here["fb_clause"] and before["fb_clause"]
            and any(lo <= s and e <= hi for s, e in permissions)
            and not (before["negated"] or before["speculation"] or before["conditional"] or before["denial"])
            and _ZU_INFINITIVE_END.search(masked, *clauses[ci]) is not None
            and not pronoun_only(clauses[ci - 1])
        ):
            here["fb_clause"] = True
            here["transfer"] = True


def _controlled_receipt(
    masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]], receipts: list[tuple[int, int]],
    whatsapp: re.Pattern[str],
) -> None:
    """Subject control: a zu-infinitive clause with a receiving verb (the layer's RECEIPT cue: erhalten, bekommen,
    empfangen) and no subject of its own, right after a clause whose subject is Facebook or its speaker (phrasing
    `facebook_voice_subject`: "Ein Facebook-Sprecher dementierte, Standortdaten ... zu erhalten", "Facebook hat stets
    bestritten, Telefonnummern ... zu bekommen"), has Facebook as its receiver: its data are said to reach Facebook,
    or, under the denial, not to (review57's finding 5; as `_permitted_use` gives a permission's object the
    infinitive). Not where the governing clause names WhatsApp ("Facebook wirft WhatsApp vor, ... zu erhalten"), nor
    an infinitive with a finite verb of its own. ds58, session 58."""
    for ci in range(1, len(clauses)):
        before, here = info[ci - 1], info[ci]
        lo, hi = clauses[ci]
        if (
            here["weak"] and not here["fb_clause"] and before["fb_clause"]
            and any(lo <= s and e <= hi for s, e in receipts)
            and _ZU_INFINITIVE_END.search(masked, lo, hi) is not None
            and _FACEBOOK_VOICE_SUBJECT.match(masked, *clauses[ci - 1]) is not None
            and whatsapp.search(masked, *clauses[ci - 1]) is None
        ):
            here["fb_clause"] = True
            here["transfer"] = True


def _message_moved(masked: str, clause: tuple[int, int], mention: Mention, c: dict[str, bool]) -> bool:
    """Is the message mention the subject or object of its clause's transfer to Facebook ("Ab Juni werden alle
    Nachrichten an Facebook geschickt", "Bald schickt WhatsApp unsere Chats an Facebook")? The clause states a
    transfer and names Facebook as its recipient (phrasing `facebook_as_recipient`: not "an Facebook-Freunde", not
    "über Facebook"), and the mention stands in no prepositional phrase ("per Nachricht", "über alle Chats": a
    channel or a place). The lead's ruling on own43-037 (session 26): a text that says the messages go to Facebook
    makes the claim, however false it is."""
    lo, hi = clause
    if not (c["transfer"] and c["fb_clause"]) or c["protection"]:
        return False  # "Die Nachrichten seien verschlüsselt, an Facebook übermittelt würden aber Metadaten" (one clause)
    if _MESSAGE_IN_PHRASE.search(masked[lo:mention.start]) is not None:
        return False
    if c["fb_receives"]:
        return True  # "Ab dem Update bekommt Facebook alle Chats": Facebook the subject of receiving (ds27b)
    # the recipient in the mention's own comma part: "Private Chats sind sicher, und zur Weitergabe an Facebook ..."
    return any(
        not any(mark in masked[min(found.start(), mention.end):max(found.end(), mention.start)] for mark in ",;:")
        for found in _FACEBOOK_AS_RECIPIENT.finditer(masked, lo, hi)
    )


def _shared_in_chat(
    masked: str, clauses: list[tuple[int, int]], info: list[dict[str, bool]], mentions: list[Mention], ci: int
) -> bool:
    """Does clause `ci` tell what users share in a chat ("Die Schule rät, in Klassenchats keine Fotos von Kindern, keine
    Adressen und keine Telefonnummern zu teilen", own43-012)? A message mention in it stands after "in"/"im" (phrasing
    `chat_as_place`: the chat as a place), a verb of the users' sharing is in the clause (`users_sharing_verb`) and
    Facebook is not: the users' sharing with each other, no transfer to Facebook (as other_recipient's "in den Gruppen
    ... teilen")."""
    if info[ci]["fb_clause"]:
        return False
    lo, hi = clauses[ci]
    if _USERS_SHARING_VERB.search(masked, lo, hi) is None:
        return False
    return any(
        m.term.kind == "message" and lo <= m.start < hi and _CHAT_AS_PLACE.search(masked[lo:m.start]) is not None
        for m in mentions
    )
