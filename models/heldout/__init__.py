"""The team's own gold sets (`ownN.jsonl`): which are studied and which are still blind.

One list for every reader (make eval's `all`, the learned stages' training data, the snapshot of
claims, the benchmark's real-text reference), so a blind set joins all of them at once, on the day
its blind score is recorded in BLIND_SCORES.md.
"""
from __future__ import annotations

#: Studied sets in make eval's order: `--set` name -> file in this folder (None: dev, in ../shared).
STUDIED_SETS: dict[str, str | None] = {
    "dev": None,
    "heldout": "own.jsonl",
    "heldout2": "own2.jsonl",
    "heldout3": "own3.jsonl",
    "heldout4": "own4.jsonl",
    "heldout5": "own5.jsonl",
    "heldout6": "own6.jsonl",
    "heldout7": "own7.jsonl",
    "heldout8": "own8.jsonl",
    "heldout9": "own9.jsonl",
    "heldout10": "own10.jsonl",
    "heldout11": "own11.jsonl",  # scored blind twice, studied from 2026-12-01 10:30 UTC
    "heldout12": "own12.jsonl",  # scored blind in sessions 7 to 9, studied from 2026-12-01 15:07 UTC
    "heldout13": "own13.jsonl",  # scored blind in sessions 8 and 9, studied from 2026-12-01 15:07 UTC
    "heldout14": "own14.jsonl",  # scored blind in sessions 9 to 11 (five times), studied from 2026-12-01 17:30 UTC
    "heldout15": "own15.jsonl",  # scored blind in sessions 10 and 11 (three times), studied from 2026-12-01 18:44 UTC
    "heldout16": "own16.jsonl",  # scored blind in sessions 11 and 12 (four times), studied from 2026-12-01 20:20 UTC
    "heldout17": "own17.jsonl",  # scored blind in sessions 11 and 12 (four times), studied from 2026-12-01 21:25 UTC
    "heldout18": "own18.jsonl",  # scored blind in sessions 12 and 13 (four times), studied from 2026-12-01 23:07 UTC
    "heldout19": "own19.jsonl",  # scored blind in sessions 12 and 13 (five times), studied from 2026-12-02 00:12 UTC
    "heldout20": "own20.jsonl",  # scored blind in sessions 13 and 14 (four times), studied from 2026-12-02 02:08 UTC
    "heldout21": "own21.jsonl",  # scored blind in sessions 13 and 14 (five times), studied from 2026-12-02 03:12 UTC
    "heldout22": "own22.jsonl",  # scored blind in sessions 14 and 15 (four times), studied from 2026-12-02 05:04 UTC
    "heldout23": "own23.jsonl",  # scored blind in sessions 14 and 15 (four times), studied from 2026-12-02 05:04 UTC
    "heldout24": "own24.jsonl",  # scored blind in sessions 15 and 16 (four times), studied from 2026-12-02 07:53 UTC
    "heldout25": "own25.jsonl",  # scored blind in sessions 15 and 16 (four times), studied from 2026-12-02 07:53 UTC
    "heldout26": "own26.jsonl",  # scored blind in sessions 15 to 17 (six times), studied from 2026-12-02 10:42 UTC
    "heldout27": "own27.jsonl",  # scored blind in sessions 16 to 18 (seven times), studied from 2026-12-02 13:31 UTC
    "heldout28": "own28.jsonl",  # scored blind in sessions 16 to 18 (seven times), studied from 2026-12-02 13:31 UTC
    "heldout29": "own29.jsonl",  # scored blind in sessions 17 to 19 (eight times), studied from 2026-12-02 16:15 UTC
    "heldout30": "own30.jsonl",  # scored blind in sessions 17 to 19 (eight times), studied from 2026-12-02 16:15 UTC
    "heldout31": "own31.jsonl",  # scored blind in sessions 18 to 20 (seven times), studied from 2026-12-02 22:35 UTC
    "heldout32": "own32.jsonl",  # scored blind in sessions 18 to 20 (seven times), studied from 2026-12-02 22:35 UTC
    "heldout33": "own33.jsonl",  # scored blind in sessions 19 to 21 (six times), studied from 2026-12-03 05:00 UTC
    "heldout34": "own34.jsonl",  # scored blind in sessions 19 to 21 (six times), studied from 2026-12-03 05:00 UTC
    "heldout35": "own35.jsonl",  # scored blind in sessions 20 to 22 (five times), studied from 2026-12-03 07:37 UTC
    "heldout36": "own36.jsonl",  # scored blind in sessions 20 to 22 (five times), studied from 2026-12-03 07:37 UTC
    "heldout37": "own37.jsonl",  # scored blind in sessions 21 to 23 (six times), studied from 2026-12-03 10:25 UTC
    "heldout38": "own38.jsonl",  # scored blind in sessions 21 to 23 (six times), studied from 2026-12-03 10:25 UTC
    "heldout39": "own39.jsonl",  # scored blind in sessions 22 to 24 (six times), studied from 2026-12-03 13:30 UTC
    "heldout40": "own40.jsonl",  # scored blind in sessions 22 to 24 (six times), studied from 2026-12-03 13:30 UTC
    "heldout41": "own41.jsonl",  # scored blind in sessions 23 to 25 (six times), studied from 2026-12-03 16:24 UTC
    "heldout42": "own42.jsonl",  # scored blind in sessions 23 to 25 (six times), studied from 2026-12-03 16:24 UTC
    "heldout43": "own43.jsonl",  # scored blind in sessions 24 to 26 (eight times), studied from 2026-12-03 20:30 UTC
    "heldout44": "own44.jsonl",  # scored blind in sessions 24 to 26 (eight times), studied from 2026-12-03 20:30 UTC
    "heldout45": "own45.jsonl",  # scored blind in sessions 25 to 27 (eleven times), studied from 2026-12-03 23:30 UTC
    "heldout46": "own46.jsonl",  # scored blind in sessions 25 to 27 (eleven times), studied from 2026-12-03 23:30 UTC
    "heldout47": "own47.jsonl",  # scored blind in sessions 26 to 28 (ten times), studied from 2026-12-04 03:09 UTC
    "heldout48": "own48.jsonl",  # scored blind in sessions 26 to 28 (ten times), studied from 2026-12-04 03:09 UTC
    "heldout49": "own49.jsonl",  # scored blind in sessions 27 to 29 (eight times), studied from 2026-12-04 08:38 UTC
    "heldout50": "own50.jsonl",  # scored blind in sessions 27 to 29 (eight times), studied from 2026-12-04 08:38 UTC
    "heldout51": "own51.jsonl",  # scored blind in sessions 28 and 29 (six times), studied from 2026-12-04 11:20 UTC
    "heldout52": "own52.jsonl",  # scored blind in sessions 28 and 29 (six times), studied from 2026-12-04 11:20 UTC
    "heldout53": "own53.jsonl",  # scored blind in sessions 29 to 31 (five times), studied from 2026-12-04 14:10 UTC
    "heldout54": "own54.jsonl",  # scored blind in sessions 29 to 31 (five times), studied from 2026-12-04 14:10 UTC
    "heldout55": "own55.jsonl",  # scored blind in sessions 30 and 31 (four times), studied from 2026-12-04 17:12 UTC
    "heldout56": "own56.jsonl",  # scored blind in sessions 30 and 31 (four times), studied from 2026-12-04 17:12 UTC
    "heldout57": "own57.jsonl",  # scored blind in sessions 31 to 33 (four times), studied from 2026-12-04 20:20 UTC
    "heldout58": "own58.jsonl",  # scored blind in sessions 31 to 33 (four times), studied from 2026-12-04 20:20 UTC
    "heldout59": "own59.jsonl",  # scored blind in sessions 32 to 34 (four times), studied from 2026-12-04 23:30 UTC
    "heldout60": "own60.jsonl",  # scored blind in sessions 32 to 34 (four times), studied from 2026-12-04 23:30 UTC
    "heldout61": "own61.jsonl",  # scored blind in sessions 33 and 34 (four times), studied from 2026-12-05 02:06 UTC
    "heldout62": "own62.jsonl",  # scored blind in sessions 33 and 34 (four times), studied from 2026-12-05 02:06 UTC
    "heldout63": "own63.jsonl",  # scored blind in sessions 34 and 35 (three times), studied from 2026-12-05 05:45 UTC
    "heldout64": "own64.jsonl",  # scored blind in sessions 34 and 35 (three times), studied from 2026-12-05 05:45 UTC
    "heldout65": "own65.jsonl",  # scored blind in sessions 35 and 36 (three times), studied from 2026-12-05 08:26 UTC
    "heldout66": "own66.jsonl",  # scored blind in sessions 35 and 36 (three times), studied from 2026-12-05 08:26 UTC
    "heldout67": "own67.jsonl",  # scored blind in sessions 36 and 37 (three times), studied from 2026-12-05 11:08 UTC
    "heldout68": "own68.jsonl",  # scored blind in sessions 36 and 37 (three times), studied from 2026-12-05 11:08 UTC
    "heldout69": "own69.jsonl",  # scored blind in sessions 37 and 38 (three times), studied from 2026-12-05 13:50 UTC
    "heldout70": "own70.jsonl",  # scored blind in sessions 37 and 38 (three times), studied from 2026-12-05 13:50 UTC
    "heldout71": "own71.jsonl",  # scored blind in sessions 38 and 39 (three times), studied from 2026-12-05 16:39 UTC
    "heldout72": "own72.jsonl",  # scored blind in sessions 38 and 39 (three times), studied from 2026-12-05 16:39 UTC
    "heldout73": "own73.jsonl",  # scored blind in sessions 39 and 40 (three times), studied from 2026-12-05 19:29 UTC
    "heldout74": "own74.jsonl",  # scored blind in sessions 39 and 40 (three times), studied from 2026-12-05 19:29 UTC
    "heldout75": "own75.jsonl",  # scored blind in sessions 40 and 41 (three times), studied from 2026-12-05 22:21 UTC
    "heldout76": "own76.jsonl",  # scored blind in sessions 40 and 41 (three times), studied from 2026-12-05 22:21 UTC
    "heldout77": "own77.jsonl",  # scored blind in sessions 41 and 42 (three times), studied from 2026-12-06 01:14 UTC
    "heldout78": "own78.jsonl",  # scored blind in sessions 41 and 42 (three times), studied from 2026-12-06 01:14 UTC
}

#: Blind sets: scored only when named, with --scores-only; never trained on, never in `all`.
BLIND_SETS: dict[str, str] = {
    "heldout79": "own79.jsonl",  # written blind in session 42 (blind79), 60 texts; scored only by the lead
    "heldout80": "own80.jsonl",  # written blind in session 42 (blind80), 60 texts; scored only by the lead
    "heldout81": "own81.jsonl",  # written blind in session 43 (blind81), 60 texts; scored only by the lead
    "heldout82": "own82.jsonl",  # written blind in session 43 (blind82), 60 texts; scored only by the lead
}

#: Challenge sets: written by one engineer for one question (not a blind set of coverage), scored once before
#: study (BLIND_SCORES.md), then studied; scored only when named, never in `all` nor in the learned stages' data.
CHALLENGE_SETS: dict[str, str] = {
    "challenge_price": "challenge_price.jsonl",  # "whose price, which deal" (issue 7, session 10, pricewhose)
    "challenge_year": "challenge_year.jsonl",  # the acquisition year in ordinary phrasings (issue 7, session 10, yearfix)
    "challenge_year2": "challenge_year2.jsonl",  # the same, written after yearfix's third round (scored once, then studied)
    "challenge_price2": "challenge_price2.jsonl",  # the same question, written after the rules' round 3
    "challenge_year3": "challenge_year3.jsonl",  # the same, written after yearfix's fourth round (scored once, then studied)
    "challenge_price3": "challenge_price3.jsonl",  # the same question, written after the rules' round 4
    "challenge_price4": "challenge_price4.jsonl",  # the same question, written after the rules' round 5
    "challenge_ds": "challenge_ds.jsonl",  # data_shared kinds on unseen phrasings (issue 7, session 11, dsrecall)
    "challenge_ds2": "challenge_ds2.jsonl",  # the same, written after the session-11 rules (scored once with both)
    "challenge_opt": "challenge_opt.jsonl",  # opt-out stance and scope by the causes of own14's misses (issue 7, session 11, optscope)
    "challenge_opt2": "challenge_opt2.jsonl",  # the same, written after the session's opt-out rules (scored once, then studied)
    "challenge_price5": "challenge_price5.jsonl",  # own14's causes: moment and attributive/reported prices (session 11, pricefalse)
    "challenge_price6": "challenge_price6.jsonl",  # the same causes in other phrasings, written after round 1 (session 11, pricefalse)
    "challenge_price7": "challenge_price7.jsonl",  # hard negatives: in-range amounts that are no price, written after round 3 (session 11, pricefalse)
    "challenge_price8": "challenge_price8.jsonl",  # more hard negatives, written after round 4 (session 11, pricefalse)
    "challenge_price9": "challenge_price9.jsonl",  # own15's price/moment/year causes in other words, with near misses (session 11, price15)
    "challenge_price10": "challenge_price10.jsonl",  # own16's price/moment/year causes in other words, near misses, hard negatives (session 12, price16)
    "challenge_opt3": "challenge_opt3.jsonl",  # own16's opt-out causes in other words, with near misses (session 12, opt16)
    "challenge_ds3": "challenge_ds3.jsonl",  # own16's data_shared causes in other words, with near misses (session 12, ds16)
    "challenge_ds4": "challenge_ds4.jsonl",  # own18's data_shared causes in other words, with near misses (session 13, ds18)
    "challenge_ds5": "challenge_ds5.jsonl",  # data_shared in ordinary German grammar classes, with near misses (issue 7, session 13, dsgram)
    "challenge_price11": "challenge_price11.jsonl",  # own20's biggest missed-price cause (a known price restated bare) in other words, near misses (session 14, price20)
    "challenge_price12": "challenge_price12.jsonl",  # own21's biggest price cause: a word of the parts list in another sense (session 14 round 2, price21)
    "challenge_opt4": "challenge_opt4.jsonl",  # the superseded option restated as absent now, own22/own23's largest opt-out cause, near misses (session 15, opt22)
    "challenge_price13": "challenge_price13.jsonl",  # own22/own23's biggest price cause: the sum stated with no paying verb (session 15, price22)
    "challenge_opt5": "challenge_opt5.jsonl",  # the ended option in own24/own25's shapes (asked for, elliptic, by anaphor, verbless), near misses (session 16, opt23)
    "challenge_price14": "challenge_price14.jsonl",  # own24/own25's biggest moment cause: fresh-deal coverage with no cue of its own (session 16, price23)
    "challenge_price15": "challenge_price15.jsonl",  # own26's price and year causes in other words (session 17, price24)
    "challenge_price16": "challenge_price16.jsonl",  # price and year precision on German classes: hard negatives in deal context, true prices in unusual shapes (session 18, price25)
    "challenge_conv": "challenge_conv.jsonl",  # the overstated option: objecting to the passing on of the data as a whole, a convention of 8 studied sets; near misses (session 16, conv23)
    "challenge_ds6": "challenge_ds6.jsonl",  # own24/own25's largest data_shared cause: data held, read or shown by others than Facebook, near misses (session 16, ds23)
    "challenge_moment": "challenge_moment.jsonl",  # own26's price-moment causes: verb-final buying/selling, news tense in a look-back, "unterm Strich", "seinerzeit beziffert", near misses (session 17, moment24)
    "challenge_opt6": "challenge_opt6.jsonl",  # opt-out SCOPE with an easy stance: carried from a heading, a question or the sentence before, restricted ("nur", "lediglich"), 2016 vs 2021, D1, D16, near misses (session 19, opt26)
    "challenge_year4": "challenge_year4.jsonl",  # years that are not the purchase year in deal context, true years in unusual shapes (session 19, price26)
    "challenge_gen": "challenge_gen.jsonl",  # session 22's causes (price35, ds35, opt35, opt22b) in other German, near misses (session 23, gen23)
    "challenge_moment2": "challenge_moment2.jsonl",  # moment cues in ordinary German: dates in every format, announcing/closing verbs and nouns in any tense, voice and word order, undated look-backs, D8/D9/D14/D17/D28 shapes, near misses (session 23, moment23)
    "challenge_gen2": "challenge_gen2.jsonl",  # session 23's causes (price37, price23b, moment23, opt37 with D34, opt23b, ds37, ds23b) in other German, near misses (session 24, gen24)
    "challenge_price17": "challenge_price17.jsonl",  # precision probe: distractor sums near the deal (fines, revenue, other purchases, user counts, later values, Instagram, parts) and true prices beside them (session 24, price24)
    "challenge_moment3": "challenge_moment3.jsonl",  # the whole text's time: later texts looking back with no later year (tense, "damals", "seinerzeit", "einst", forum/comment/FAQ register, later topics), fresh news of the announcement with no cue word (present/perfect, "heute", "am Mittwoch", "überraschend"), near misses (session 24, moment24b)
    "challenge_gen3": "challenge_gen3.jsonl",  # session 24's causes (opt24 with D36, moment24, price24, ds24) in other German, near misses (session 24, gen24b)
    "challenge_gen4": "challenge_gen4.jsonl",  # session 24's round-2 causes (layer24b, moment24b, gen24b, ds24b, opt24b, price24b) in other German, near misses (session 25, gen25)
    "challenge_scope": "challenge_scope.jsonl",  # opt-out SCOPE with an easy stance: the object of the verb or noun, heading/list/question scope, pronouns, Nominalstil, 2016 told in 2021, D1 with/without data, Swiss/Austrian, near misses (session 25, scope25)
    "challenge_gen5": "challenge_gen5.jsonl",  # session 25's round-1 causes (opt25, moment25, price25, ds25, scope25, gen25, layer25) in other German, near misses (session 25, gen25b)
    "challenge_gen6": "challenge_gen6.jsonl",  # session 25's round-2 causes (opt25b, moment25b, price25b, ds25b, gen25b) in other German, near misses (session 26, gen26)
    "challenge_gen7": "challenge_gen7.jsonl",  # session 26's round-1 causes (opt26, price26, moment26, ds26) in other German, near misses (session 26, gen26b)
    "challenge_gen8": "challenge_gen8.jsonl",  # session 26's round-2 causes (opt26b, scope26, layer26, ds26b, price26b, moment26b with D38, clause26) in other German, near misses (session 27, gen27)
    "challenge_gen9": "challenge_gen9.jsonl",  # session 27's round-1 causes (opt27, price27, moment27, ds27, scope27's D33/D36) and the lead's rulings (D34 'sollen', attributive 'vollzogene Übernahme') in other German, near misses (session 27, gen27b)
    "challenge_gen10": "challenge_gen10.jsonl",  # session 28's round-1 causes (price28, moment28, ds28, opt28 with D26-vorerst, year28 and its learned-guard rows) in other German, near misses (session 28, gen28)
    "challenge_gen11": "challenge_gen11.jsonl",  # session 29's round-1 causes (price29, moment29, year29, ds29, dsprec29 with D40, opt29, scope29 with D33 'right before') in other German, near misses (session 29, gen29)
    "challenge_gen12": "challenge_gen12.jsonl",  # session 32's causes (scope32's ended option, conv32's whole exit, Konjunktiv I exits, D46 'sollen'/demands and exits answering a question, opt56's purchase/cookie objections, belief frames, 'Entweder ... oder' and 'ausschließen, dass', ds56's vocabulary, price56's 'teuer', 'plus weitere', 'seit dem Deal' and far bare sums) in other German, near misses (session 32, gen32)
    "challenge_gen13": "challenge_gen13.jsonl",  # session 33's causes (scope33's option end with any verb of ending, conv33's D46 demands/'dieser Art'/exits answering a question, D47 ads inside WhatsApp, D48 qualifiers and the option only named, D49's open cases, opt57's 'weder ... noch', 'kriegen', postposed demands, 'einziger Ausweg') in other German, near misses (session 33, gen33)
    "challenge_gen14": "challenge_gen14.jsonl",  # session 34's causes (opt59's colon anaphor after the number and D32's one statement, bare use noun after a 'wer' clause, the founder's company as recipient, D33 beside the terms, losses in other words and words before 'keine', a loss asked; ds59's asker in brackets, refuter's answer, setting relative clauses; price34's figure nouns, forecasts, later values, totals in both parts, 'allein', break-up words, another purchase's pluperfect; conv34's relabel causes) in other German, near misses (session 34, gen34)
    "challenge_gen15": "challenge_gen15.jsonl",  # session 35's causes (price35's share parts told as partitives, after a colon, grown, after 'bestehend aus' and in a fact box's lower-cased lines, a relative clause's amount owned by its antecedent, numeric datelines; ds35's hyphenated status compounds, quoted names before 'von WhatsApp', 'diese/die Liste' for the address book; opt61's deadline before the consent verb, Konjunktiv I exits, colon and verbless restrictions, epistemic 'ausschließen', D50 (a); scope35's option that does not stop the transfer) in other German, near misses (session 35, gen35)
    "challenge_gen16": "challenge_gen16.jsonl",  # own69's and own70's causes by grammar (C01-C27: the bought company as the founders' possessive epithet, a definite restatement as an evaluative subject, titles' bare sums in figurative and counterfactual frames, verbless interview lines, gapping, a counterfactual naming the base, slash-pair rows and other deals' boxes, fractions with 'also', counts back and forward, participial appositions, years without a buying clause; permissions in reported Konjunktiv, encryption as a noun, hosting with an anaphoric recipient, denied guarantees, ads inside WhatsApp; 'ob ... oder nicht', 'daran nichts ändern', 'niemand ..., der nicht zustimmt', forced consent in findings, proposals, institutions' objections, the company's own suspension, predicate 'kein Widerspruch gegen', a step's scope in its consequence) in other German, near misses (session 39, gen39c)
    "challenge_gen17": "challenge_gen17.jsonl",  # own71's and own72's causes by grammar (C01-C30: base-price nouns, a share of the price told after a colon, the base after 'wovon'/'davon', currency carried to partitive heads and next-sentence values, quoted claims and myths the text confirms, offers in the preterite and as nouns, slash-pair ranking rows, gapped bare numerals, 'Die Zahl X' identified as another quantity, ranges of quotes, other deals with their years; moments of February 'als' clauses, approval news, look-back comparisons, year-only timeline lines; apostrophe years, clefts, nominal approvals and negotiations, chronicle headings, exact and approximate counts, years in refuted myths; free relatives as data, asyndetic opposite polarity, encryption as a fact of its time, quiz options and keys, refutations on another point; hearsay 'es hieß' plans and rumours, the 2016 option in a relative clause, must-consent in a relative clause) in other German, near misses (session 40, gen40c)
    "challenge_gen18": "challenge_gen18.jsonl",  # own73's and own74's causes by grammar (P01-O34: English scale abbreviations and currency signs ('USD 19 bn', 'US$19bn', '$19 billion', '€13.8 billion'), relative clauses between the bought object and the sum, the false friend 'Billionen'; a ranking's basis in its heading or method line, the base price in a look-back's relative clause, counts back in months and fractions, early rounded figures dated later, paying idioms in other deals' news; expected closings with prepositions, datelines over passive purchases, date appositions 'der Tag, an dem', anaphoric 'damals', the calque 'in 2014'; borrowed verbs ('geforwardet', 'gesharet', 'gepusht'), switch and field labels, denied logs, reported permissions, elliptic 'nicht aber an Facebook', encryption news, corrections, regulators' findings; uses that go on despite an objection, 'ganz' denials with a colon or dash clause, window ends as conditions and finality, semicolon-joined option and end, 'nicht der Weitergabe an sich' far after the number, options named by noun + zu-infinitive, authorities' bans and requirements, technical exits, retold plans beside a reversal, objections extended to friend suggestions, fronted that-clauses of prevention) in other German and formats, near misses (session 41, gen41a)
    "challenge_gen19": "challenge_gen19.jsonl",  # own75's and own76's causes by grammar (P01-O45: hedged verbless 'für X' fragments, arithmetic totals, bare 'Mia.' in elliptic 'waren es', the price as a definite subject of a negated predicate, verbless fact-box rows, solution keys and ranking rows, closing values in replies under quote lines, organisational verbs and nouns ('aufwenden', 'veranschlagen', 'Transaktionsvolumen'), closing forecasts; survey and quiz guesses, retracted misquotes, the price as an operand of a calculation; D19 brackets in dated lines, rhetorical questions with a bare year, semicolon and als-clauses of the closing, accounting dates; dated chronicle lines, 'seit 2014 Teil', counts back, header dates and report years; qualified 'Nein' answers in another post, 'keine/keinerlei' passives, label rows with 'FB'/'WA' and 'NICHT', source-led lists, 'nicht berührt' and bare encryption in replies, relative clauses inside negated lists, refuted user claims, uploads to the provider's own servers, denied ob-questions, fronted dass-clauses under a negated main clause, device identifiers, D59 encryption limits, other services; colloquial concessives ('auch ohne Haken'), window ends, imperatives with 'sonst', Swiss and Austrian dialect, costless refusals with other subjects, 'niemand, der nicht zustimmt', dash and arrow layouts, D36 denials, Konjunktiv I must-consent) in other German and registers, near misses (session 42, gen42a)
    "challenge_spoken": "challenge_spoken.jsonl",  # amounts, years and dates as German writes and speaks them: number words with 'und' and capitals, spoken decimals ('einundzwanzig Komma acht'), 'Milliarden ... Millionen', 'Dollar-Milliarden', 'X schwer', full digits with dots or spaces, '$19bn', 'Mia.', 'Mrd USD', compounds; spoken moment cues ('damals', 'als der Deal verkündet wurde', 'unter Dach und Fach', 'beim Abschluss im Herbst', 'nach dem Kursanstieg'); years in words and two digits ('zweitausendvierzehn', 'im Jahr vierzehn', "'14", 'zwanzigvierzehn'), counts back from a dated frame, numeric dates and datelines; a third near misses (counts, fines, other deals, percentages, phone numbers, other years in words) (session 36, gen36a)
    "challenge_opt7": "challenge_opt7.jsonl",  # opt-out stance and scope in other German (2016 ads option and the number passed anyway, 2021 accept-or-leave, deadline, reversal, business chats, later; steps, FAQ, Konjunktiv I, passive, 'wer ..., der', conditionals, 'nur ... nicht', 'zwar ... aber', 2016 against 2021 in one sentence, pronouns, epithets, Swiss/Austrian), a third near misses (session 36, gen36b)
    "challenge_ds7": "challenge_ds7.jsonl",  # data_shared in other German (bare lists under headings and questions, the number's transfer in other words, denials and encryption in context, wh-clauses as data, hosting), near misses (metadata as a topic, questions, wishes, other companies) (session 36, gen36b)
    "challenge_ds8": "challenge_ds8.jsonl",  # data_shared PRECISION on digital/consumer coverage (tech sites, consumer advice, FAQs, guides, newsletters, messenger tests, fact-checks): half traps (data types as a topic, WhatsApp's own storage and backups, other services, open questions, wishes, demands, hypotheticals, settings and features, security advice, list headlines, user counts), half controls (session 36, gen36c)
    "challenge_price18": "challenge_price18.jsonl",  # price precision on business and financial press: market, analyst, results, league-table, share-price, investor-FAQ, ticker, Swiss and Austrian items with in-range distractors (market values, share prices and targets, EPS, revenue, profit, buybacks, other buyers' prices, break fees, fortunes, per-share prices, conversions, later values, fines) beside true prices in 26 of 54 texts (session 34, price34)
    "challenge_price19": "challenge_price19.jsonl",  # price precision and recall in the grammar of analysis, opinion and legal text: true prices in Konjunktiv I and reported speech, relative and appositive clauses, as subject or genitive, nominal style ('zum Preis von', 'Kaufsumme in Höhe von'), self-answered questions, two sentences, pronouns and epithets, moments in passing; near misses in the same grammar (counterfactuals, today's valuations, sums per user, cash/share/RSU parts, break fees, other deals, fines and damages, market values, fortunes, revenue, merger-control thresholds, demands and estimates, unanswered questions, francs) (session 37, gen37a)
    "challenge_ds9": "challenge_ds9.jsonl",  # data_shared in long, nominal and legal German (findings and orders of courts and authorities, allegations in Konjunktiv I and denials, data lists in relative clauses and appositions, recipients as Muttergesellschaft/Mutterkonzern/Meta/Konzernfamilie, statements over two sentences), a third near misses (WhatsApp's own processing, Facebook's own platform, demands and hypotheticals, other companies, the topic named) (session 37, gen37b)
    "challenge_opt8": "challenge_opt8.jsonl",  # opt-out stance and scope in long, nominal and legal German (Widerspruchsmöglichkeit, Einwilligung, berechtigtes Interesse, keine echte Wahl, consent as a condition of use, court and authority findings, the 2016 window and the 2021 accept-or-leave in nominal style, Konjunktiv I, passive with modals, 2016 against 2021, statements over two sentences), a third near misses (options about other things, demands and wishes, other apps) (session 37, gen37b)
    "challenge_price20": "challenge_price20.jsonl",  # PRECISION on sums of the deal's own size (15 to 22.5 bn) that are not its price: counterfactuals and hypotheticals in Konjunktiv II, expectations and estimates, rival bids and rumours, demands, later valuations, other deals (LinkedIn, Nuance, Figma, Slack, Activision/King, Motorola), Facebook's revenue, profit, cash, buybacks, fortunes and staff stock, market-value moves, franc/rupee/euro sums, unanswered questions, corrected and negated sums, comparisons; a third true prices in the same grammar (session 37, gen37c)
    "challenge_price21": "challenge_price21.jsonl",  # PRECISION on sums of the deal's own size (15 to 22.5 bn) in other German than the earlier sets: Konjunktiv II in every person ('hättest du', 'würdet ihr', 'an Facebooks Stelle', 'ohne', 'im besten Fall', 'selbst wenn'), founders' and investors' demands, rival, withdrawn and rejected offers (Google, Tencent, a consortium's Austrian 'Offert'), denied rumours, questions answered 'Nein'/'Nicht ganz', corrections 'nicht X, sondern Y', caps, floors and thresholds, products and per-employee quotients, later valuations, market-value swings, revenue, profit, cash, other deals with their years, damages and fines, other rows of lists and fact boxes, francs; a third true prices in the same grammar (session 38, gen38a)
    "challenge_price22": "challenge_price22.jsonl",  # PRECISION on figures of the deal that a text refutes, corrects, doubts, restates or quotes as a myth: fact checks ('Behauptung ... Bewertung: falsch/richtig'), corrections and errata ('In einer früheren Fassung hieß es ...'), myths and misquotes, wrong currencies (euros, francs, pounds) and units, figures of another deal, event or year, quiz questions with wrong options in range and the right answer, timelines and chronologies, glossary, lexicon and info-box entries, restated figures ('die bereits erwähnten 19 Milliarden'); about a third true prices in the same grammar (session 38, gen38c)
    "challenge_price23": "challenge_price23.jsonl",  # PRECISION on sums of the deal's own size (15 to 22.5 bn) that are not its price, in grammar the rules have not been shown: unreal sums without a plain 'hätte ... gezahlt' ('wäre ... fällig geworden', 'dürfte ... kosten', 'käme auf', verb-first conditionals, 'gesetzt den Fall', 'rein rechnerisch', nouns of possibility), demands and hopes ('Forderung', 'Wunschpreis', 'peilten ... an', 'schwebte ... vor'), rival offers as nouns and genitives, analysts' valuations ('taxierte', 'Fair Value', 'Kursziel'), questions rejected in another turn, bounds in reported speech, arithmetic, other buyers and years, the buyer's revenue, profit and cash, damages, other rows of tables; a third true prices in the same grammar (session 39, gen39a)
    "challenge_price24": "challenge_price24.jsonl",  # the purchase price and the sums of its size that are not its price, in grammar and vocabulary no set has shown the rules: colourful verbs ('ließ sich ... kosten', 'blätterte ... hin', 'legte ... auf den Tisch', 'griff tief in die Tasche', 'war ... wert'), nominal style and compounds ('19-Milliarden-Deal', 'Preisschild', 'Transaktionsvolumen', 'Gegenwert', genitives), the target as subject ('ging an', 'wechselte den Besitzer'), relative clauses, appositions, parentheses, verbless headlines and lists, Konjunktiv I with hedges and approximations, questions answered and corrections; near misses: conditionals without 'wenn', unanswered and rhetorical questions, denied rumours, other quantities of the deal, other deals in the same words, arithmetic and totals (session 40, gen40a)
    "challenge_ds10": "challenge_ds10.jsonl",  # data_shared PRECISION in consumer, explainer and advice German (contrasts in one clause and elliptic halves, nur/außer/weder-noch/statt, WhatsApp-only storage, Facebook's own apps, other recipients: backups, authorities, payment partners, businesses; contacts, demands and hypotheticals, FAQ steps, settings and screen texts, partial lists, metadata vs contents, encryption), about half true transfers (session 38, gen38b)
    "challenge_year5": "challenge_year5.jsonl",  # the acquisition year and a price's moment in chronologies, retrospectives and anniversary German (relative years, ranges and slashes, short years, years in words, datelines and headings, timelines, anniversaries, announcement vs closing), a third near misses (founding, Instagram, 2016 policy, Meta rename, fines, lawsuit, rival bid, promise, stamps) (session 38, gen38b)
    "challenge_year6": "challenge_year6.jsonl",  # the acquisition year counted, paired and listed in texts full of other years: counts from another year of the text ('im Folgejahr', 'ein Jahr zuvor', 'schon seit sieben Jahren gehörte', ages, 'es ist zehn Jahre her' under 'Heute, 2024'), anniversaries (ordinal years, 'feiert zehn Jahre unter dem Dach'), pairs and ranges ('beziehungsweise', 'der eine ..., der andere', 'erst ..., dann'), timelines, rankings, tables, CVs, quizzes and short years (an apostrophe year, 'Jg. 2014', '(2014)'), the purchase told by other words ('kam unter das Dach', 'wechselte den Besitzer', 'der Deal von 2014', idioms); a quarter near misses (founding, Instagram, Oculus, 2016 policy, Meta rename, fine, lawsuit, exits, counts with no anchor or from another event) and prices whose moment is told by a date or a count (session 39, gen39b)
    "challenge_opt9": "challenge_opt9.jsonl",  # opt-out stance and scope in vocabulary and grammar no set has shown the rules (einwilligen, akzeptieren, bestätigen, ablehnen, verweigern, abwählen, ausschließen, sich austragen, den Regler umlegen, deaktivieren, ohne Zustimmung, wer nicht einwilligt), consequences that decide the stance, the 2016 window and the 2021 terms and reversal told in new ways, regions and who can refuse, statements over two sentences or turns, negation and scope traps (nicht nur ... sondern, kaum, nur noch, nicht mehr, keineswegs, double negation), Swiss and Austrian usage; about a third near misses (cookies, backups, read receipts, newsletters, other apps, demands, wishes, hypotheticals) (session 40, gen40b)
    "challenge_opt10": "challenge_opt10.jsonl",  # opt-out stance and scope in the TEXT SHAPES where it is missed: parties named only in the headline or first paragraph (die App, der Messenger, der Dienst, der Mutterkonzern, du), imperative steps and menu paths with and without a result sentence, verbless and subjectless answers after a question (Nein., Leider nicht., Bedingt., Nur teilweise., Komplett? Nein.), legal and formal wording (Art. 21 DSGVO, Einwilligung widerrufen, berechtigtes Interesse, opt-in/opt-out) and English-mixed wording (ausopten, disablen, Settings), user-generated text, Konjunktiv I, hedges and corrections; scope told by what the refusal covers in each shape; about a third near misses in the same shapes (read receipts, backups, last seen, notifications, Facebook's and Instagram's own settings, other messengers, demands, hypotheticals, answers to other questions, a refusal that only ends the user's own use) (session 41, gen41b)
    "challenge_page": "challenge_page.jsonl",  # page text as the crawler hands it over (D61): bylines, datelines and stamps glued to the first sentence, headlines and intertitles glued without a stop, duplicated teasers, photo captions and credits, 'Lesen Sie auch' / 'Mehr zum Thema' teasers (the deal's claims; Figma, Nuance, LinkedIn in range), consent banners and walls (data, partners, Facebook, IP addresses, objecting, withdrawing), share buttons, newsletter/app/subscription boxes, 'Anzeige' blocks and tickers, paywall cuts before and after the deciding word, reader comments (true, false, own consent), lists without bullets, flattened tables, hard line breaks, Swiss and Austrian pages; about a third near misses (session 42, gen42b)
}

#: The studied own files (dev excluded), in order.
STUDIED_FILES: tuple[str, ...] = tuple(file for file in STUDIED_SETS.values() if file)
