"""The benchmark corpus' own German sentences: claim templates with their gold, distractors, filler.

Written for this benchmark (no sentence is taken from real coverage). Each
claim template carries the claim(s) it states in the CONTRACT vocabulary, so
the generator can write the gold file from what it put on the page.
Placeholders: {price} a price phrase, {dt} a data-type phrase, {Dt} the same
capitalised, {verb_pl}/{verb_sg} chosen by the phrase's number.
"""
from __future__ import annotations

# ----------------------------------------------------------------- outlets (fictional)

#: (outlet_id, name, host, title separator) -- hosts under the reserved .example TLD.
OUTLETS: tuple[tuple[str, str, str, str], ...] = (
    ("rheinbote", "Rheinischer Bote", "www.rheinbote.example", " | "),
    ("elbkurier", "Elbkurier", "www.elbkurier.example", " - "),
    ("alpenpost", "Alpenpost", "www.alpenpost.example", " | "),
    ("netzspiegel", "Netzspiegel", "www.netzspiegel.example", " – "),
    ("wirtschaftsblatt", "Das Wirtschaftsblatt", "www.wirtschaftsblatt.example", " | "),
    ("donauzeitung", "Donau-Zeitung", "www.donauzeitung.example", " - "),
    ("technikwoche", "Technikwoche", "www.technikwoche.example", " | "),
    ("limmatanzeiger", "Limmat-Anzeiger", "www.limmatanzeiger.example", " | "),
    ("hansemorgen", "Hanse Morgen", "www.hansemorgen.example", " – "),
    ("mainecho", "Main-Echo Digital", "www.mainecho.example", " | "),
    ("saarblick", "Saarblick", "www.saarblick.example", " - "),
    ("wienerabend", "Wiener Abendblatt", "www.wienerabend.example", " | "),
)

SECTIONS = ("Digital", "Wirtschaft", "Netzwelt", "Verbraucher", "Technik", "Medien", "Politik")
AUTHORS = ("Anna Berger", "Jonas Keller", "Mira Hoffmann", "Lukas Brandt", "Sabine Roth", "Tobias Winter",
           "Clara Neumann", "Felix Hartmann", "Lena Vogt", "Paul Schröder", "Nina Albrecht", "David Krüger")
COMMENTERS = ("datenfreund", "MüllerHH", "skeptiker_42", "Rolf aus Kassel", "Nachtschwärmerin", "pixelpeter",
              "Gabi_K", "der_echte_Jens", "Kaffeetrinker", "bergluft", "Heike W.", "user7731")

# ----------------------------------------------------------------- events

#: event id -> (first day, last day) of its coverage, and the headline stems used for it.
EVENTS: dict[str, tuple[str, str]] = {
    "purchase": ("2014-02-19", "2014-12-31"),
    "sharing2016": ("2016-08-25", "2017-06-30"),
    "policy2021": ("2021-01-06", "2021-07-31"),
}

HEADLINES: dict[str, tuple[str, ...]] = {
    "purchase": (
        "Facebook kauft WhatsApp", "Milliardendeal: Zuckerberg schnappt sich WhatsApp",
        "Was die WhatsApp-Übernahme für Nutzer bedeutet", "Facebook zahlt Milliarden für einen Messenger",
        "Der teuerste Messenger der Welt", "WhatsApp gehört jetzt zu Facebook",
    ),
    "sharing2016": (
        "WhatsApp teilt Daten mit Facebook", "Neue Nutzungsbedingungen: Was WhatsApp an Facebook weitergibt",
        "Datenschützer gegen WhatsApp-Datenaustausch", "So reagieren Sie auf die neuen WhatsApp-Regeln",
        "Facebook bekommt Zugriff auf WhatsApp-Nummern", "WhatsApp und Facebook rücken zusammen",
    ),
    "policy2021": (
        "Neue WhatsApp-Datenschutzrichtlinie: Zustimmen oder gehen?", "WhatsApp verschiebt neue Regeln",
        "Was die neuen WhatsApp-Bedingungen wirklich ändern", "Nutzer wandern zu anderen Messengern ab",
        "WhatsApp und Facebook: Die Frist läuft", "Streit um WhatsApps neue Datenschutzregeln",
    ),
}

QUESTION_HEADINGS = (
    "Was bekommt Facebook künftig zu sehen?", "Welche Daten landen bei Facebook?",
    "Was erfährt Facebook über die Nutzer?", "Welche Informationen fließen zu Facebook?",
)

SUBHEADINGS = (
    "Was sich für Nutzer ändert", "Die Reaktion der Datenschützer", "Wie es weitergeht",
    "Kritik von Verbraucherschützern", "Der Hintergrund", "Was Experten raten", "Die Zahlen hinter dem Deal",
)

# ----------------------------------------------------------------- prices

#: (value, currency, moment, German amount phrases) -- the figures coverage used for the deal.
PRICE_FIGURES: tuple[tuple[float, str, str, tuple[str, ...]], ...] = (
    (19e9, "USD", "announced", ("19 Milliarden US-Dollar", "19 Milliarden Dollar", "19 Mrd. Dollar")),
    (16e9, "USD", "announced", ("16 Milliarden Dollar", "16 Milliarden US-Dollar", "16 Mrd. US-Dollar")),
    (22e9, "USD", "closing", ("22 Milliarden Dollar", "22 Mrd. US-Dollar")),
    (21.8e9, "USD", "closing", ("21,8 Milliarden Dollar", "21,8 Milliarden US-Dollar")),
    (13.8e9, "EUR", "announced", ("13,8 Milliarden Euro", "13,8 Mrd. Euro")),
    (20e9, "USD", "unspecified", ("20 Milliarden Dollar", "20 Milliarden US-Dollar")),
)

#: qualifier -> words before the amount.
QUALIFIER_WORDS: dict[str, tuple[str, ...]] = {
    "exact": ("",),
    "approx": ("rund ", "etwa ", "ungefähr "),
    "at_most": ("knapp ", "fast ", "beinahe "),
    "at_least": ("mehr als ", "über "),
}

#: Sentences stating the purchase price; {price} is the qualified amount.
PRICE_TEMPLATES: tuple[str, ...] = (
    "Facebook übernimmt den Messenger WhatsApp für {price}.",
    "Der Kaufpreis für WhatsApp beträgt {price}.",
    "Mark Zuckerberg lässt sich die Übernahme von WhatsApp {price} kosten.",
    "Für WhatsApp zahlt Facebook {price}.",
    "Facebook hatte den Kurznachrichtendienst WhatsApp für {price} gekauft.",
    "Die Übernahme von WhatsApp durch Facebook war {price} schwer.",
    "Facebook blätterte für WhatsApp {price} hin.",
)
#: The same, stating the year too (gold: price and acquisition_year 2014).
PRICE_YEAR_TEMPLATES: tuple[str, ...] = (
    "Facebook hatte WhatsApp im Jahr 2014 für {price} übernommen.",
    "Im Februar 2014 kaufte Facebook den Messenger WhatsApp für {price}.",
    "Für {price} hatte Facebook WhatsApp 2014 gekauft.",
)
#: Sentences stating only the year of the purchase.
YEAR_TEMPLATES: tuple[str, ...] = (
    "Facebook hatte WhatsApp im Jahr 2014 übernommen.",
    "Seit 2014 gehört WhatsApp zu Facebook.",
    "WhatsApp war 2014 von Facebook gekauft worden.",
)

# ----------------------------------------------------------------- data types

#: data type -> (phrase, grammatical number "sg"|"pl").
DATA_PHRASES: dict[str, tuple[tuple[str, str], ...]] = {
    "phone_number": (("die Telefonnummer", "sg"), ("die Handynummer", "sg"), ("die Mobilfunknummer", "sg")),
    "usage_data": (("Nutzungsdaten", "pl"), ("Informationen zur Nutzungsdauer", "pl")),
    "metadata": (("Metadaten", "pl"),),
    "device_data": (("Gerätedaten", "pl"), ("Informationen über das Smartphone", "pl")),
    "contacts": (("das Adressbuch", "sg"), ("die gespeicherten Kontakte", "pl")),
    "profile_data": (("das Profilbild", "sg"), ("Profilinformationen", "pl")),
    "message_content": (("die Inhalte der Chats", "pl"), ("Chatnachrichten", "pl")),
    "location": (("Standortdaten", "pl"),),
    "account_info": (("Kontoinformationen", "pl"),),
}

#: Sentences saying a data type IS passed to Facebook. {be} agrees with {dt}.
SHARED_TEMPLATES: tuple[str, ...] = (
    "WhatsApp gibt künftig {dt} seiner Nutzer an Facebook weiter.",
    "Künftig teilt WhatsApp {dt} mit dem Mutterkonzern Facebook.",
    "Facebook erhält von WhatsApp künftig auch {dt}.",
    "{Dt} {be} nach den neuen Regeln an Facebook übermittelt.",
    "Auch {dt} {be} an Facebook weitergegeben.",
)
#: Sentences saying a data type is NOT passed to Facebook.
NOT_SHARED_TEMPLATES: tuple[str, ...] = (
    "{Dt} {be} nach Angaben von WhatsApp nicht an Facebook weitergegeben.",
    "Facebook bekommt {dt} nicht zu sehen.",
    "WhatsApp betont, dass {dt} nicht mit Facebook geteilt {be}.",
    "{Dt} {be} weiterhin nicht an Facebook übermittelt.",
)

# ----------------------------------------------------------------- opt-out

#: ((stance, scope), sentences) -- each sentence states exactly this one opt-out claim.
OPT_OUT_TEMPLATES: tuple[tuple[tuple[str, str], tuple[str, ...]], ...] = (
    (("possible", "ads"), (
        "Nutzer können der Verwendung ihrer Daten für Werbung bei Facebook widersprechen.",
        "Wer keine auf WhatsApp-Daten gestützte Werbung auf Facebook möchte, kann dem in den Einstellungen widersprechen.",
    )),
    (("not_possible", "all_sharing"), (
        "Der Weitergabe der Daten an Facebook können die Nutzer nicht widersprechen.",
        "Eine Möglichkeit, die Datenweitergabe an Facebook ganz abzulehnen, gibt es nicht.",
    )),
    (("possible", "friend_suggestions"), (
        "Auch die Nutzung der Daten für Freundschaftsvorschläge auf Facebook können Nutzer ablehnen.",
    )),
    (("not_possible", "phone_number"), (
        "Die Weitergabe der Telefonnummer an Facebook lässt sich nicht verhindern.",
    )),
    (("not_possible", "unspecified"), (
        "Wer den neuen Bedingungen nicht zustimmt, kann WhatsApp nach Ablauf der Frist nicht mehr nutzen.",
        "Ein Widerspruch ist nicht vorgesehen: Wer nicht zustimmt, muss auf den Messenger verzichten.",
    )),
)

#: Opt-out statements that also say a data type is passed on: (stance, scope) -> (data_type, shared).
OPT_OUT_IMPLIES: dict[tuple[str, str], tuple[str, bool]] = {
    ("not_possible", "phone_number"): ("phone_number", True),  # "die Weitergabe der Telefonnummer ..."
}

# ----------------------------------------------------------------- distractors and filler

#: Sentences with numbers that are no claim (user counts, fines, revenue, founding year, staff).
DISTRACTORS: tuple[str, ...] = (
    "Zum Zeitpunkt der Übernahme hatte WhatsApp rund {n} Millionen Nutzer.",
    "Das Unternehmen aus Kalifornien beschäftigte damals nur {small} Mitarbeiter.",
    "Täglich werden über den Dienst mehr als {big} Milliarden Nachrichten verschickt.",
    "Die EU-Kommission verhängte 2017 eine Strafe von 110 Millionen Euro gegen Facebook wegen falscher Angaben.",
    "Facebook setzte im vergangenen Quartal {rev} Milliarden Dollar um.",
    "Die Aktie von Facebook legte an diesem Tag um {pct} Prozent zu.",
    "In Deutschland nutzen nach Schätzungen mehr als {de} Millionen Menschen den Messenger.",
    "Ein Jahresabo kostete damals 89 Cent.",
    "Die Gründer Jan Koum und Brian Acton hatten WhatsApp im Jahr 2009 gegründet.",
    "Der Hamburger Datenschutzbeauftragte erließ im September 2016 eine Anordnung gegen Facebook.",
    "Die Frist für die Zustimmung lief zunächst bis zum 8. Februar und wurde dann auf den 15. Mai verschoben.",
    "Der Konkurrent Signal meldete in einer Woche {sig} Millionen Neuanmeldungen.",
    "Facebook beschäftigt weltweit mehr als {staff}.000 Menschen.",
    "Der Börsenwert des Konzerns lag zuletzt bei rund {cap} Milliarden Dollar.",
)

#: Neutral sentences about the subject (no claim, no number that could be one).
FILLER: tuple[str, ...] = (
    "Datenschützer sehen die Entwicklung seit Langem kritisch.",
    "Der Messenger gehört zu den beliebtesten Apps in Deutschland.",
    "Viele Nutzer fragen sich, was mit ihren Informationen geschieht.",
    "Verbraucherschützer raten, die Einstellungen der App genau zu prüfen.",
    "Das Unternehmen äußerte sich auf Anfrage zunächst nicht.",
    "Kritiker werfen dem Konzern vor, seine Versprechen nicht zu halten.",
    "Die Gründer hatten stets betont, Werbung in ihrer App abzulehnen.",
    "In den sozialen Netzwerken wurde die Nachricht lebhaft diskutiert.",
    "Beobachter rechnen damit, dass sich die Aufsichtsbehörden mit dem Fall befassen.",
    "Ein Sprecher verwies auf die Informationen im Hilfebereich der App.",
    "Die Ende-zu-Ende-Verschlüsselung der Nachrichten bleibt nach Angaben des Dienstes bestehen.",
    "Für Unternehmenskunden plant der Dienst zusätzliche Funktionen.",
    "Die Konkurrenz versucht, enttäuschte Nutzer für sich zu gewinnen.",
    "Politiker aus mehreren Parteien forderten strengere Regeln für große Plattformen.",
    "Der Konzern aus Menlo Park verweist auf seine Datenschutzrichtlinie.",
    "Branchenkenner halten den Schritt für wirtschaftlich folgerichtig.",
    "Viele Menschen nutzen den Dienst täglich, um mit Familie und Freunden in Kontakt zu bleiben.",
    "Die Verbraucherzentrale hat einen Ratgeber zu dem Thema veröffentlicht.",
    "Ob sich die Nutzer von den Änderungen abschrecken lassen, ist offen.",
    "Juristen bezweifeln, dass das Vorgehen mit europäischem Recht vereinbar ist.",
    "Zuckerberg hatte den Messenger als wichtigen Baustein seiner Strategie bezeichnet.",
    "Die Diskussion über die Marktmacht großer Plattformen hat dadurch neuen Schwung bekommen.",
    "Der Dienst war ursprünglich als einfache Statusanzeige für Smartphones gestartet.",
    "Eine Sprecherin betonte, man nehme die Privatsphäre der Nutzer ernst.",
    "Wie viele Menschen tatsächlich wechseln, lässt sich nur schwer abschätzen.",
    "Auf Nachfrage verwies das Unternehmen auf einen Beitrag in seinem Blog.",
    "Die Debatte zeigt, wie sehr sich viele Menschen an den Messenger gewöhnt haben.",
    "Gerade ältere Nutzer sind mit den Einstellungen oft überfordert.",
    "Schulen und Vereine organisieren sich seit Jahren über Gruppen in der App.",
    "Fachleute empfehlen, die eigenen Datenschutzeinstellungen regelmäßig zu überprüfen.",
    "Die Aufsichtsbehörden in Europa stimmen sich in solchen Fällen untereinander ab.",
    "Manche Firmen haben die Nutzung des Dienstes auf Diensthandys inzwischen untersagt.",
    "Die Mitteilung an die Nutzer erschien als Hinweis beim Öffnen der App.",
    "Viele Nutzer klickten den Hinweis weg, ohne ihn zu lesen.",
    "Der Text der neuen Bedingungen ist lang und für Laien schwer verständlich.",
    "Wer Fragen hat, findet in den Einstellungen einen Abschnitt zum Datenschutz.",
    "Verbraucherverbände kündigten an, die Bedingungen rechtlich prüfen zu lassen.",
    "Die Konzernspitze hält an ihren Plänen fest.",
    "Der Wettbewerb unter den Messengern ist in den vergangenen Jahren härter geworden.",
    "Für Werbekunden sind die Informationen über die Nutzer besonders wertvoll.",
)

QUOTES: tuple[str, ...] = (
    "„Das ist ein schlechter Tag für den Datenschutz“, sagte {author} von der Verbraucherzentrale.",
    "„Die Nutzer müssen genau verstehen, worauf sie sich einlassen“, sagte {author} von einer Bürgerrechtsorganisation.",
    "„Wir verändern nichts an der Verschlüsselung“, versicherte ein Sprecher des Unternehmens.",
    "„Der Schritt kommt nicht überraschend“, meint {author}, Fachleute für Medienrecht sehen es ähnlich.",
)

#: Sentences of off-topic articles (no WhatsApp, no Facebook): the topic filter must drop them.
OFF_TOPIC: tuple[str, ...] = (
    "Die Stadt plant zusätzliche Radwege entlang der Hauptstraße.",
    "Der Gemeinderat hat den Haushalt für das kommende Jahr beschlossen.",
    "Am Wochenende wird mit sonnigem Wetter und milden Temperaturen gerechnet.",
    "Die Bauarbeiten an der Brücke sollen im Frühjahr abgeschlossen sein.",
    "Der Verein feiert in diesem Sommer sein hundertjähriges Bestehen.",
    "Anwohner hatten sich über den Lärm der Baustelle beschwert.",
    "Die Bibliothek verlängert ihre Öffnungszeiten an den Wochenenden.",
    "Im Stadion werden zum Saisonauftakt zahlreiche Zuschauer erwartet.",
    "Die Preise für Obst und Gemüse sind auf dem Wochenmarkt gestiegen.",
    "Ein neues Gesundheitszentrum soll die Versorgung im Umland verbessern.",
)
OFF_TOPIC_HEADLINES = ("Neue Radwege für die Innenstadt", "Haushalt beschlossen", "Sommer auf dem Wochenmarkt",
                       "Brückensanierung kommt voran")

#: Comment texts below the article (not part of it: the parse stage must leave them out).
COMMENTS: tuple[str, ...] = (
    "Ich habe den Messenger schon lange gelöscht und vermisse nichts.",
    "Wer glaubt denn noch an Versprechen von Konzernen?",
    "Meine ganze Familie ist dort, ich kann gar nicht wechseln.",
    "Für {n} Euro im Monat würde ich sofort für einen werbefreien Dienst zahlen.",
    "Das war doch von Anfang an klar, spätestens seit dem Verkauf.",
    "Hat jemand schon die Alternative ausprobiert? Bei mir sind {n} Kontakte dort.",
    "Guter Artikel, danke für die Übersicht!",
    "Ich frage mich, was die Aufsichtsbehörden eigentlich machen.",
)

TEASER_TITLES: tuple[str, ...] = (
    "Die besten Messenger-Alternativen im Test", "So schützen Sie Ihre Daten im Netz",
    "Zehn Tipps für mehr Privatsphäre auf dem Smartphone", "Wie Plattformen mit Daten Geld verdienen",
    "Kommentar: Die Macht der großen Netzwerke", "Was die neue Datenschutzverordnung bringt",
    "Smartphone-Akku: Mythen und Fakten", "Wetter: Der Herbst kommt mit Macht",
    "Bundesliga: Alle Ergebnisse des Spieltags", "Rezept der Woche: Kürbissuppe",
    "Immobilienpreise steigen weiter", "Bahn kündigt neuen Fahrplan an",
)
NAV_ITEMS: tuple[str, ...] = (
    "Startseite", "Politik", "Wirtschaft", "Digital", "Netzwelt", "Kultur", "Sport", "Wissen", "Gesundheit",
    "Reise", "Auto", "Panorama", "Meinung", "Regional", "Video", "Podcast", "Newsletter", "Abo", "Archiv",
    "Karriere", "Immobilien", "Familie", "Wetter", "Spiele", "E-Paper",
)

# ----------------------------------------------------------------- variety
# Real coverage is lexically rich and full of abbreviations ("u. a.", "z. B.", "Dr.") that cost
# the tokenizer far more than plain words; these slots and templates keep the synthetic text
# from being an unrealistically cheap, tiny-vocabulary corpus.

#: First names by the grammatical gender of the role they go with ("die Juristin Katrin ...").
FIRST_NAMES_F = ("Katrin", "Ayşe", "Julia", "Elif", "Sandra", "Petra", "Martina", "Ursula", "Franziska", "Özlem",
                 "Svenja", "Claudia", "Birgit", "Lea", "Mareike")
FIRST_NAMES_M = ("Michael", "Stefan", "Thomas", "Matthias", "Jörg", "Andreas", "Björn", "Dominik", "Reinhard",
                 "Henrik", "Maximilian", "Sebastian", "Günther")
FIRST_NAMES = FIRST_NAMES_F + FIRST_NAMES_M
LAST_NAMES = ("Schmidt", "Wagner", "Yılmaz", "Becker", "Schulz", "Kowalski", "Zimmermann", "Fischer", "Lehmann",
              "Schwarz", "Köhler", "Weiß", "Hofmann", "Bauer", "Lorenz", "Kaya", "Richter", "Schäfer", "Jung",
              "Maier", "Huber", "Baumgartner", "Gruber", "Steiner", "Meier", "Brunner", "Frei", "Graf")
CITIES = ("Hamburg", "München", "Köln", "Leipzig", "Dresden", "Stuttgart", "Bremen", "Hannover", "Nürnberg",
          "Wien", "Graz", "Linz", "Zürich", "Basel", "Bern", "Freiburg", "Münster", "Kiel", "Rostock", "Mainz",
          "Saarbrücken", "Erfurt", "Potsdam", "Innsbruck", "Salzburg", "Luzern", "St. Gallen", "Bielefeld")
#: (nominative, dative, gender) of each role.
ROLES = (("die Datenschutzexpertin", "der Datenschutzexpertin", "f"),
         ("der IT-Sicherheitsforscher", "dem IT-Sicherheitsforscher", "m"),
         ("die Juristin", "der Juristin", "f"), ("der Verbraucheranwalt", "dem Verbraucheranwalt", "m"),
         ("die Medienwissenschaftlerin", "der Medienwissenschaftlerin", "f"),
         ("der Wirtschaftsinformatiker", "dem Wirtschaftsinformatiker", "m"),
         ("die Netzaktivistin", "der Netzaktivistin", "f"), ("der Kartellrechtler", "dem Kartellrechtler", "m"),
         ("die Landesdatenschutzbeauftragte", "der Landesdatenschutzbeauftragten", "f"),
         ("der Branchenanalyst", "dem Branchenanalysten", "m"))
FIELDS = ("Medienrecht", "Informatik", "Wirtschaftsethik", "Kommunikationswissenschaft", "Datenschutzrecht",
          "Verbraucherforschung", "Internetökonomie", "Sozialpsychologie")
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember")
COMPOUND_HEADS = ("Daten", "Nutzer", "Chat", "Konto", "Werbe", "Schutz", "Markt", "Kunden", "Sicherheits", "Netz",
                  "Plattform", "Verbraucher", "Nachrichten", "Gruppen", "Profil", "Kontakt", "Geräte", "Dienst")
#: Plural tails only, so every template agrees with whatever compound it gets.
COMPOUND_TAILS = ("regeln", "verbände", "debatten", "konzepte", "strategien", "behörden", "fragen", "modelle",
                  "richtlinien", "einstellungen", "kontrollen", "hinweise", "vorgaben")

VARIED_FILLER = (
    "Laut {role_dat} {first} {last} aus {city} betrifft das u. a. Gruppenchats, Statusmeldungen bzw. Sprachnachrichten.",
    "Dr. {last} vom Institut für {field} in {city} spricht von einem Test für die Aufsicht.",
    "Prof. {first} {last} von der Universität {city} hält die {compound} für unzureichend.",
    "Die Verbraucherzentrale rät z. B. dazu, die {compound} vor dem {day}. {month} in Ruhe zu prüfen.",
    "In {city} und {city2} diskutierten am {day}. {month} Fachleute über die {compound} großer Plattformen.",
    "Nach Ansicht von {first} {last} sind die {compound} vor allem eine Frage des Vertrauens, d. h. der Aufsicht.",
    "{role_cap} {first} {last} verweist auf die {compound}, die seit Jahren umstritten sind.",
    "Ein Sprecher der Behörde in {city} kündigte eine Stellungnahme bis spätestens {day}. {month} an.",
    "Die {compound} sorgen auch in {city} seit Wochen für Gesprächsstoff, etwa in Schulen, Vereinen usw.",
    "Die App ist nach eigenen Angaben inkl. aller Zusatzfunktionen weiterhin kostenlos, so {first} {last}.",
    "{first} {last} (Name geändert) aus {city} hat den Messenger testweise deinstalliert.",
    "Wie {role} {first} {last} betont, sind bzgl. der {compound} noch viele Fragen offen.",
)
