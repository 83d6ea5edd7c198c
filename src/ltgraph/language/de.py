"""German: the words the extractor reads, one table per kind of word.

Every table of this module has a counterpart of the same name in ``en`` and ``fr`` (a table a
language does not need is an empty tuple); ``ltgraph.language`` joins them. Patterns are
regular-expression fragments; German nouns are capitalised, so role patterns are
case-sensitive, and where German inflects (genitive "-s", adjective endings) the fragment
holds the forms.

The module is longer than the others of the package because it is the whole vocabulary of one
language; it is kept whole so that a language is one file, read table by table.
"""

from __future__ import annotations

CODE = "de"

# Frequent function words: a text's language is the one whose words occur most often.
FUNCTION_WORDS = frozenset(
    "der die das und ist sind mit von zu im den dem des ein eine einer auf für nicht sich auch "
    "hat haben wurde wird bei aus nach als wie zum zur über sie er es".split())

# ------------------------------------------------------------------ dates
MONTHS = {"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5,
          "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
          "dezember": 12}
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "febr": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7,
                       "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12}
# Monday = 0, as datetime.date.weekday()
WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
            "samstag": 5, "sonnabend": 5, "sonntag": 6}
# German ordinals inflect (zweite, zweiten, zweiter): the table holds the forms.
ORDINALS = {1: "erste erster ersten erstes", 2: "zweite zweiter zweiten zweites",
            3: "dritte dritter dritten drittes", 4: "vierte vierter vierten viertes",
            5: "fünfte fünfter fünften fünftes", 6: "sechste sechster sechsten sechstes",
            7: "siebte siebter siebten siebtes", 8: "achte achter achten achtes",
            9: "neunte neunter neunten neuntes", 10: "zehnte zehnter zehnten zehntes"}
# Spoken years ("zweitausendneunzehn", "zweitausendundfünfzehn", "zwanzig einundzwanzig"):
# the number words of 1 to 39 and the ways a year is built from them.
NUMBER_WORDS = ("eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn "
                "vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig").split() + [
    f"{u}und{t}" for t in ("zwanzig",) for u in "ein zwei drei vier fünf sechs sieben acht neun"
    .split()] + ["dreißig"] + [f"{u}unddreißig" for u in
                              "ein zwei drei vier fünf sechs sieben acht neun".split()]
SPOKEN_YEAR_FORMS = ("zweitausend{n}", "zweitausend {n}", "zweitausendund{n}", "zwanzig{n}",
                     "zwanzig {n}")
CARDINALS = {"ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
             "sieben": 7}
# "dreitägig", "zweitägigen"
DURATIONS = (r"\b(?P<n>ein|zwei|drei|vier|fünf|sechs|sieben|\d)[- ]?tägig",)
# "am zweiten Konferenztag", "der erste Tag des Gipfels": day k of the event
EVENT_DAYS = (r"\b(?:am|an dem|der|dem|des)\s+(?P<ord>\w+)\s+"
              r"(?:Konferenz|Gipfel|Tagungs|Kongress)?(?:tag(?:e?s)?|abend(?:s)?)\b",)
CLOSING_CUES = (r"\bzum abschluss\b", r"\bam ende\b",
                r"\bam\s+(?:letzten|abschließenden)\s+(?:konferenz|gipfel)?tag\b",
                r"\bzum\s+abschlusstag\b", r"\bam\s+(?:abschluss|schluss)tag\b")
START_CUES = (r"\bbegonnen\b", r"\bbeginnt\b", r"\bbegann\b", r"\beröffnet\b", r"\beröffnete\b",
              r"\bstartet\b", r"\bstartete\b", r"\bauftakt\b")
# the guests welcomed: the first day of an event whose last day is told ("am Freitag, 30.
# August, die Gäste der Konferenz begrüßt" ... "Die Konferenz dauert bis Sonntag")
WELCOME_CUES = (r"\bbegrüß(?:t|te|ten)\b", r"\bempf(?:ing|ingen|ängt|angen)\b")
END_VERBS = (r"endete", r"endet", r"ging\b[^.]{0,60}\bzu ende", r"zu ende gegangen",
             r"abgeschlossen", r"schloss")
# an end still to come, read forward from the text's day where the event has begun
END_AHEAD = (r"endet", r"enden", r"wird\s+(?:erst\s+)?enden")
# A time adverbial with a year: "im Mai 2016", "im Jahr 2016", "bereits 2016"
# Words that put an act before or after a day named ('a day after signing'): that day is
# not the act's date.
TIME_RELATIONS = (r"nach", r"vor", r"vorher", r"danach")
# Words that date an act on the day the text was written ('heute', 'this afternoon').
TODAY_WORDS = (r"heute", r"am\s+heutigen\s+\w+")
YEAR_ADVERBIALS = (r"(?:im|in|während)\s+(?:jahr\s+)?", r"bereits\s+", r"schon\s+",
                   # "Anfang 2015", "im Frühjahr 2015", "bis 2019"
                   r"(?:im\s+)?(?:Anfang|Ende|Mitte|Frühjahr|Frühling|Sommer|Herbst|Winter)\s+",
                   r"bis\s+(?:zum\s+Jahr\s+)?")
ARCHIVE_WORDS = (r"archiv\w*",)

# ------------------------------------------------------------------ events
# Words that name the event (also inside compounds: "Gipfeltreffen", "Living-Together-Konferenz")
EVENT_WORDS = (r"gipfel\w*", r"\w*konferenz\w*", r"\w*gipfel\w*", r"\w*treffen", r"treffens")
# Verbs that place an event somewhere: the city after "in" is then its host.
EVENT_PLACE_VERBS = (r"stattgefunden", r"stattfand", r"fand\b[^.]{0,80}?\bstatt",
                     r"findet\b[^.]{0,80}?\bstatt", r"tagte", r"getagt", r"veranstaltet",
                     r"ausgerichtet", r"richtet", r"gastgeber\w*")
DECLARATION_WORDS = (r"erklärung", r"deklaration")
SIGN_VERBS = (r"unterzeichne\w*", r"unterzeichnung\w*", r"unterschrieb\w*", r"unterschrieben",
              r"verabschiedet\w*",
              r"beim unterzeichnen", r"mitunterzeichne\w*", r"mitunterschrieben",
              r"mitgezeichnet",
              r"setz\w*\s+(?:\w+\s+){0,2}unterschrift(?:en)?",
              # "setzten A, B und C ihre Unterschrift unter den Text": the verb's second part
              r"(?:ihre|seine)\s+unterschrift(?:en)?\s+unter", r"ratifiziert\w*",
              # "fügten ihre Unterschriften hinzu", "haben ihre Unterschrift hinzugefügt"
              r"(?:ihre|seine)\s+unterschrift(?:en)?\s+(?:[\w-]+\s+){0,3}?hinzu\w*",
              # "setzte X seinen Namen unter das Papier": the name as the signature
              r"(?:ihren|seinen|den)\s+namen\s+(?:(?:ihrer|seiner|der)\s+stadt\s+)?unter")
SIGNATORY_WORDS = (r"unterzeichner\w*", r"unterzeichnet von", r"unterschrieben von",
                   r"unterschrift(?:en)?\s+(?:von|der|des)",
                   # "unter seinen Unterschriften sind die der Bürgermeister von ..."
                   r"unterschriften\s+(?:sind|finden\s+sich|stehen)\s+(?:die|jene)\s+(?:von|der|des)")
ANNOUNCEMENT_CUES = (r"soll\w*\b[^.]{0,120}?\bwerden", r"wird\b[^.]{0,120}?\bwerden",
                     r"wird\b[^.]{0,120}?\bunterzeichnet\b", r"geplant",
                     # eine Aufforderung, ein Plan oder ein Versprechen ist keine Unterschrift
                     r"(?:wird|werden|würde\w*|will|wollen|möchte\w*|soll|sollen|sollte\w*)"
                     r"\b[^.]{0,120}?\b(?:unterzeichnen|unterschreiben)\b",
                     r"(?:fordert|fordern|forderte\w*|aufgefordert|bittet|bitten|ersucht\w*|"
                     r"appelliert\w*)\b[^.]{0,120}?\b(?:unterzeichne\w*|unterschreib\w*)")
FUTURE_CUES = (r"erwartet", r"werden", r"wird")
# Ein Name und eine künftige Handlung: "X soll die Erklärung unterzeichnen"
PLANNED_ACT_CUES = (r"(?:(?-i:[A-ZÄÖÜ][\w'’.-]*)\s+){1,5}(?:soll|sollen|wird|werden)\s+"
                    r"(?:[\w'’.-]+\s+){0,6}?(?:unterzeichnen|unterschreiben|besuchen|reisen|"
                    r"teilnehmen)\b",)
ANNOUNCED_CUES = (r"angekündigt\w*", r"eingeladen\w*")
# "der eingeladenen Bürgermeister": the inflected participle before a group's noun.
ANNOUNCED_ATTRIBUTIVE = (r"eingeladene[nmrs]?\s+(?:ober)?(?:bürgermeister\w*|gäste\w*|"
                         r"delegation\w*|städte\w*|stadtoberhäupter\w*|vertreter\w*|"
                         r"redner\w*)",)
# Groups that stand for the cities taking part, and the words that open their list.
PARTICIPANT_GROUPS = (r"delegation\w*", r"vertreter(?:innen)?(?:\s+und\s+vertreter(?:innen)?)?",
                      r"vertretenen\s+städte", r"teilnehmenden\s+städte",
                      r"beteiligten\s+städte",
                      r"stadtoberhäupter", r"kommunalpolitiker\w*",
                      r"die\s+(?:ober)?bürgermeister(?:innen)?\s+(?:von|aus)",
                      # "die Gäste aus A und B": the summit's guests, by the city they came from
                      r"gäste\s+(?=aus\s)", r"gästen\s+(?=aus\s)")
# Plural city nouns that open a colon list of the cities taking part ('Städte im Dialog: A, B').
CITY_GROUPS = (r"Städte", r"Kommunen")
# The heading of a table's column of cities ('| city | signed |').
CITY_COLUMNS = (r"stadt", r"städte", r"kommune", r"gemeinde")
# The headings of a table's column of people's names and of their offices ("Name | Funktion |
# Stadt"): a row of such a table is a record of a person holding an office for a city.
NAME_COLUMNS = (r"name", r"vor-?\s*und\s+nachname", r"unterzeichner(?:in)?",
                r"teilnehmer(?:in)?")
ROLE_COLUMNS = (r"funktion", r"amt", r"position", r"titel", r"rolle")
ORG_COLUMNS = (r"organisation", r"institution", r"behörde", r"einrichtung")
# A row's cell that says its person is at the event for no part of it (a registration type of
# the press or the staff): a person, but no attendee.
UNPLACED_ROWS = (r"presse", r"medien", r"mitarbeitende", r"personal", r"fotograf(?:in)?")
# "cities in X", "villes du X": X is a region holding cities, not a city
REGION_PREPOSITIONS = (r"in", r"im")
LIST_OPENERS = (r"aus", r"wie", r"darunter", r"unter\s+anderem(?:\s+aus)?",
                r"die\s+(?:ober)?bürgermeister(?:innen)?\s+von",
                # the first end of a range ("Delegationen – von X bis Y – nahmen teil")
                r"von(?=\s[^.;:]{1,40}?\sbis\s)")
# Sentences that continue the previous one's group: "Unter ihnen sind ...".
LIST_CONTINUATIONS = (r"unter\s+ihnen", r"darunter", r"dazu\s+gehören", r"zu\s+ihnen\s+gehören")
# Words after which a capitalised word is an item of a list.
LIST_JOINERS = (r"und", r"sowie", r"aus", r"von", r"wie", r"anderem", r"darunter")
# Openers of a sentence that adds items to the list of the sentence before ("Dazu kommen X
# und Y", "Hinzu kamen X und Y").
LIST_ADDITIONS = (r"dazu\s+kommen", r"dazu\s+kamen", r"hinzu\s+kommen", r"hinzu\s+kamen",
                  r"außerdem\s+(?:sind|waren)\s+(?:auch\s+)?dabei",
                  r"ebenfalls\s+(?:dabei|darunter)\s+(?:sind|waren)",
                  r"die\s+liste\s+reicht\w*\s+von",
                  # the signers one after another: "Es folgten X und Y", "Danach folgte X"
                  r"es\s+folgten", r"(?:danach|dann|anschließend|ihm|ihr|ihnen)\s+folgten?")
# Die Station einer Reise vor einer Stadt ("Flüge via X", "Rückflug über X", "Umsteigen in
# X"); "über" nur nach einem Wort der Reise, denn "über Essen" spricht meist vom Essen.
ROUTE_CUES = (r"via", r"(?:\w*flug|\w*flüge|\w*verbindung(?:en)?|Anreise|Rückreise|Reise|"
              r"Umsteigen|Umstieg|Zwischenstopp|Zwischenlandung)\s+über",
              r"Zwischen(?:stopp|landung)\s+in", r"Umsteigen\s+in")
COMPARISON_WORDS = (r"als", r"im\s+Vergleich\s+zu[mr]?", r"verglichen\s+mit",
                    r"(?:so\s+)?groß\s+wie",
                    # "vergleichen X mit Y": both cities
                    r"vergleich(?:en|t|e|st)", r"vergleich(?:en|t|e|st)\s+(?:[\w'’-]+\s+){1,2}?mit")
# Words after which a capitalised word is a city ("Delegationen aus X", "Partnerstadt X").
# The tag of a record's place of publication in a reference manager's export ("CY  - X"):
# its value is a city. (A labelled field, "Verlagsort: X", is a line of a list, not yet read.)
PUBLICATION_PLACE_LABELS = (r"CY",)
CITY_CUES = (r"unter anderem aus", r"unter anderem", r"darunter", r"aus", r"Delegationen aus",
             r"Stadt", r"Nachbarstadt", r"Partnerstadt", r"wie", r"nach")
# "X, der Hauptstadt ...": the name before it is a city.
# A member of a parliament and the words before their electoral district ("die Abgeordnete
# für den Wahlkreis X", "Wahlkreis X"): X is a district, never a city.
MEMBER_DISTRICT_LEADS = (r"Abgeordnete[rn]?\s+(?:für|aus)(?:\s+den)?(?:\s+Wahlkreis)?",
                         r"Wahlkreis(?:es)?")
# Articles a city's name does not take: after them the name is the province or country
# that shares it ("villes du Québec", "au Québec").
REGION_ARTICLES = ()
# Nouns of a region or its government: after them a name a city shares is the region's
# ("die Provinz Québec", "der Premierminister von Québec", "der Bundesstaat New York").
# Nouns of a part of a city: after them a name is the borough's or district's, no city's
# ("im Stadtteil Flingern"; "ein Stadtteil von X" names the whole city).
DISTRICT_HEADS = (r"Stadtteils?", r"Stadtbezirks?", r"Ortsteils?", r"Stadtviertels?",
                  r"Bezirks?")
# Dieselben Nomen an der Spitze einer Apposition oder einer Klammer nach dem Namen ("X, ein
# Stadtteil von Y", "X, einem Stadtteil Ys", "X (Stadtbezirk 3)"): X ist ein Teil einer Stadt.
DISTRICT_TAILS = (r"\s*(?:,|\()\s*(?:ein(?:em|en)?\s+(?:[a-zäöü][\w-]*\s+)?)?"
                  r"(?:Stadtteil|Stadtbezirk|Ortsteil|Stadtviertel|Bezirk)(?:e?s)?"
                  # then the whole city: "von Y", "der Stadt Y", a genitive "Ys", a number
                  r"(?=\s+(?:von|der|des|in)\b|\s+[A-ZÄÖÜ][\w-]*s\b|\s*\d|\s*\))",)
# Ein Anleger, ein Hafen oder ein Strand, nach einem Ort benannt ("X-Anleger", "Fähranleger
# Y"): ein Ort des Weltverzeichnisses so genannt ist das Viertel der Anlage, keine Stadt.
FACILITY_AFTER = (r"-?(?:Fähr)?[Aa]nleger", r"-?Hafen", r"-?Strand", r"-?Promenade")
FACILITY_BEFORE = (r"(?:Fähr)?[Aa]nleger", r"Fährhafen", r"Jachthafen", r"Strand")
# Words of a compass point that, joined to a city's name, name a part of it ("X-Süd")
COMPASS_WORDS = (r"Nord", r"Süd", r"Ost", r"West", r"Mitte", r"Zentrum")
# Words of funding before a bare name: a funder named alone is a government ("finanziert
# von Québec"); a city funding is "die Stadt X", so the name is the region that shares it.
FUNDER_CUES = (r"(?:mit)?(?:finanziert|gefördert|bezuschusst)\s+"
               r"(?:teilweise\s+)?(?:von|vom|durch)",)
# Nouns of the cities a city is twinned with: "die Xer Partnerstädte" names X as their
# owner, not as one of a list of signers.
TWIN_GROUPS = (r"Partnerstädten?", r"Schwesterstädten?", r"Partnerkommunen")
REGION_HEADS = (r"Provinz", r"Provinz von", r"Bundesstaat", r"Bundesland",
                r"Premier(?:minister)?(?:in)? von")
CAPITAL_APPOSITIONS = (r"(?:der\s+)?Hauptstadt",)
# Where an event took place: "fand in X statt".
EVENT_PLACE_PREPOSITIONS = (r"in", r"im")
# A place where something happened, not a signatory ("in X"); "nach X" after a city before
# the signing verb.
PLACE_PREPOSITIONS = (r"in", r"im")
# Wörter, die eine vorangestellte Ortsangabe eröffnen ("In der Konzerthalle von X,
# ..."): eine Stadt darin ist der Ort, nicht wer unterzeichnet.
PLACE_PHRASE_OPENERS = (r"in", r"im", r"auf", r"vor")
# Das Etikett über dem Steckbrief einer Stadt ("STECKBRIEF X (Land)", "Stadtporträt:
# X"): die Feldzeilen darunter sprechen von dieser Stadt.
RECORD_HEADING_LABELS = (r"Steckbrief", r"Stadtporträt", r"Städteporträt", r"Stadtprofil",
                         r"Porträt", r"Profil", r"Partnerstadt")
AFTER_WORDS = (r"nach",)
# Die Wörter vor einem Ereignisnomen, die auf das nächste zeigen ("der nächste Gipfel",
# "beim kommenden Gipfel"): nicht der Gipfel, von dem ein Text berichtet.
NEXT_EVENT_WORDS = (r"nächste[nmrs]?", r"kommende[nmrs]?", r"bevorstehende[nmrs]?")
# "Erklärung von X": X names the declaration or the event.
OF_WORDS = (r"von",)
# Items of a list: "X, Y und Z", "X sowie Y".
CONJUNCTIONS = (r"und", r"sowie")
DISJUNCTIONS = (r"oder",)
# A caption that speaks of the delegates shows the summit.
DELEGATE_STEMS = (r"deleg",)
# Articles and contractions after which a capitalised word is a noun, not part of a name (the
# language capitalises nouns: "zum Beispiel X Y").
NOUN_ARTICLES = frozenset("der die das den dem des zum zur beim im am vom ein eine einem einer "
                          "eines".split())
# Endings of nouns of persons and professions (7 letters or more, so first names rarely end
# like this): a capitalised word of this shape before a two-word name is a title.
PERSON_NOUN_ENDINGS = (r"ekt", r"ent", r"ist", r"eur", r"ator", r"or", r"ant", r"er", r"erin",
                       r"istin", r"entin", r"antin", r"orin", r"eurin", r"ektin")
# Every form of the definite article (``DEFINITE_ARTICLES``: those that open a phrase naming a
# person or a role), and the indefinite article.
ARTICLES = (r"der", r"die", r"das", r"den", r"dem", r"des")
INDEFINITE_ARTICLES = (r"ein", r"eine")
# "X aus Y": where a person or a counterpart comes from.
ORIGIN_WORDS = (r"aus",)
# "für": what an office or an organisation is for.
FOR_WORDS = (r"für",)
# Endings of adjectives between a role and its agent ("Bürgermeister der kanadischen Stadt").
ADJECTIVE_ENDINGS = (r"en", r"er", r"es", r"e")
# Words that join a role to something other than its adjectives ("oder", "mit").
LINK_WORDS = (r"oder", r"mit")
# Lower-case words inside an organisation's name ("Büro für X und Y").
ORG_NAME_WORDS = (r"für", r"und")
ORG_ADJECTIVE_ENDINGS = ()
ORG_ADJECTIVE_FOLLOWERS = ()
# ------------------------------------------------------------------ partners, read around
# Words between a copula and a partner role ("sind auch die Hauptsponsoren").
COPULA_FILLERS = (r"auch", r"ebenfalls")
# Other words for an event a partner role is tied to ("Partner der Veranstaltung").
OCCASION_WORDS = (r"Veranstaltung", r"Tagung")
# Nouns after a partner word that make it no partner role ("Partnerstädte").
PARTNER_COMPOUND_NOUNS = (r"städte", r"stadt", r"organisationen")
# Every partner-role word holds one of these stems: a quick test before the patterns.
PARTNER_STEMS = (r"förder", r"veranstalt", r"ausricht", r"unterstütz")
# Words around a list of partners that are no part of a partner's name.
PARTNER_FILLERS = frozenset("zudem sind ist auch das die der den dem des ebenso mit dabei wie "
                            "und sowie außerdem weitere ein eine einer unter zu anderem".split())
# Lower-case words inside a partner's name ("Stiftung für X").
PARTNER_NAME_LINKS = frozenset("für der".split())
# Verbs of organising an event: a partner role near them is tied to the event.
ORGANISE_VERBS = (r"ausgerichtet", r"richtet\w*", r"veranstalte\w*")
# ------------------------------------------------------------------ events, read around
# Words for a day of an event and for a press conference: "Gipfeltag" and "Gipfel-
# Pressekonferenz" are no summits.
DAY_WORDS = (r"tag", r"tages", r"tagen")
PRESS_EVENT_WORDS = (r"pressekonferenz",)
# Verbs of a founding ("das 2015 in X gegründet wurde"): the place and year of the clause
# they stand in tell when and where something began, not where a summit was held.
FOUNDING_VERBS = (r"gegründet\w*", r"ins\s+Leben\s+gerufen\w*")
# "nach X eingeladen": where a host invited to; the invitation words.
DESTINATION_WORDS = (r"nach",)
INVITED_WORDS = (r"geladen", r"eingeladen")
# "X war Gastgeber": the city before them hosts.
HOST_VERBS = (r"wird Gastgeber\w*", r"war Gastgeber\w*")
# Before a date: from it on ("seit", "ab"), up to it ("bis zum").
FROM_DATE_WORDS = (r"seit", r"ab")
UNTIL_WORDS = (r"bis(?:\s+zum)?",)
# Two weekdays that frame an event's days ("von Freitag bis Sonntag", "Mittwoch und
# Donnerstag"): the word before the first, the words between them.
WEEKDAY_SPAN_OPENERS = (r"von",)
WEEKDAY_SPAN_LINKS = (r"bis(?:\s+zum)?", r"und")
# Verbs whose subject is the city written just before them ("X ist Mitglied").
SUBJECT_VERBS = (r"ist", r"war", r"gehört", r"trat", r"hat", r"wurde")
# Endings of inflected city names ("Kölner", "Düsseldorfes").
NAME_INFLECTIONS = (r"es", r"en", r"er", r"em", r"e")
# Words before a city that name it only as a measure or a relation of another city ('so weit
# wie X', 'weit hinter X', 'die Einwohnerzahl von X'): the city takes part in nothing.
PASSING_CUES = (r"(?:so|ebenso|genauso|etwa\s+so|halb\s+so|doppelt\s+so)\s+\w+\s+wie",
                r"weit\s+hinter", r"im\s+Vergleich\s+zu[mr]?", r"verglichen\s+mit",
                r"vergleich(?:en|t|e|st)\s+(?:[\w'’-]+\s+){1,2}?mit",
                r"(?:die\s+)?(?:Größe|Einwohnerzahl|Bevölkerung)(?:\s+von)?",
                r"Partnerstadt")
# Sentences about other ties of a city (twin cities): the cities they name take part in
# nothing the text reports.
PASSING_SENTENCES = (r"Partnerstädte\w*", r"Städtepartnerschaft\w*")

# Between a place and its country: 'X in Irland', 'X auf Barbados'.
COUNTRY_PREPOSITIONS = (r"in", r"auf")
# Heads of institutions' names that a city completes ('Universität X', 'Hochschule X').
INSTITUTION_HEADS = (r"Universität(?:\s+zu)?", r"(?:Fach)?[Hh]ochschule", r"Akademie", r"Institut",
                     r"Museum", r"Kunsthalle", r"Sparkasse",
                     # ein Gericht oder eine Behörde, nach ihrem Sitz benannt ("Verwaltungsgericht
                     # X", "Unterpräfektur Y"): der Sitz nennt den Bezirk der Behörde
                     r"(?:Amts|Land|Verwaltungs|Oberverwaltungs|Oberlandes|Sozial|Arbeits)gericht",
                     r"(?:Unter)?[Pp]räfe(?:kt|ktur)", r"Bezirksregierung", r"Regierungspräsidium")
# Der Name einer Schule oder Hochschule ("Rheinauen-Gymnasium", "X-Gesamtschule"): ein so
# genannter Herausgeber spricht nicht für die Stadt, sein „der Bürgermeister“ kann ein anderer sein.
# A diplomatic mission named with the city it stands in ("Generalkonsulat X", "Botschaft
# Y"): the city is its seat only, its reports speak of the host country's and their own
# country's mayors, so a bare "OB X" there is no sign of the seat's mayor.
MISSION_NOUNS = (r"(?:General)?[Kk]onsulat", r"Botschaft", r"Ständige\s+Vertretung",
                 r"Vertretung\s+der\s+\w+", r"Honorarkonsul(?:at)?")
SCHOOL_NOUNS = (r"[\w-]*(?:Gymnasium|[Ss]chule|[Kk]olleg)", r"Universität", r"(?:Fach)?[Hh]ochschule")
# Nouns that stand for a city ('die kanadische Metropole', 'Hauptstadt X').
# Continents and world regions: never a city.
CONTINENTS = (r"Afrika", r"(?:Nord|Süd|Latein|Mittel)?[Aa]merika", r"Asien", r"Europa",
              r"Ozeanien", r"Antarktis", r"Arktis")
PLACE_NOUNS = (r"\w*stadt", r"metropole", r"gemeinde", r"kommune")

# ------------------------------------------------------------------ network membership
MEMBERSHIP_CUES = (r"mitglied\w*", r"gründungsmitglied\w*", r"beitritt\w*",
                   r"(?:wird|wurde)\s+(?:\S+\s+)?mitglied", r"gehört\b[^.]{0,160}?\ban",
                   r"angehört", r"beigetreten",
                   r"trat\b(?:[^.]|(?<=\b[A-Z])\.){0,120}?\bbei",
                   # a chronicle's present: "X tritt bei dieser Gelegenheit ... bei"
                   r"tritt\b(?:[^.]|(?<=\b[A-Z])\.){0,120}?\bbei")
JOINING_CUES = (r"beigetreten", r"trat\b.*", r"tritt\b.*", r"beitritt\w*",
                r"(?:wird|wurde)\s+(?:\S+\s+)?mitglied")
NETWORK_WORDS = (r"(?:städte|bürgermeister)?netzwerk\w*",)
FOUNDING_MEMBERS = (r"gründungsmitglied\w*",)
MEMBER_WORDS = (r"mitglied",)  # the member noun alone, without its complement
MEMBER_CITIES = (r"mitgliedsstadt",)
MEMBERSHIP_INTENTS = (r"will", r"wollen", r"möchte\w*", r"plan\w*", r"beabsichtig\w*",
                      r"beantrag\w*", r"antrag\w*", r"erwäg\w*", r"prüf\w*", r"soll", r"sollen",
                      r"entscheiden", r"entscheidet")
SINCE_WORDS = (r"seit", r"im jahr", r"in")

# ------------------------------------------------------------------ people
# Academic titles kept as honorifics.
# (Austrian usage writes the feminine forms "Mag.a", "Dr.in")
ACADEMIC_TITLES = (r"Prof\.", r"Dr\.in\b", r"Dr\.", r"Dres\.", r"Mag\.a\b", r"Mag\.",
                   r"Dipl\.-Ing\.",
                   # a retired professor, an honorary doctorate: "Prof. em.", "Dr. h. c."
                   r"(?<![\w.])em\.", r"(?<![\w.])emer\.", r"(?<![\w.])h\.\s?c\.",
                   r"(?<![\w.])mult\.")
# Styles of address kept as honorifics.
STYLES = (r"(?:Seine|Ihre)\s+Exzellenz", r"Scheich\b",  # "Scheich X Y": a religious style
          # a cleric's title written before the name: "Pfarrer X Y", "Pastorin X Y"
          r"Pfarrer(?:in)?\b", r"Pastor(?:in)?\b", r"Pater\b")
ORGANISATION_NOUNS = frozenset("""
Allianz Netzwerk Union Koalition Stiftung Verband Verein Bündnis Institut Organisation
Initiative Forum Gesellschaft Liga Kommission Komitee Agentur
Amt Ministerium Observatorium Büro
Zeitung Post Rundschau Anzeiger Kurier Tagblatt Nachrichten Allgemeine
""".split())
# Nomen, die den Titel eines Dokuments oder einer Aufzeichnung bilden ("Offizieller Reiseplan",
# "Programm Konferenztag", "Speisekarte"): eine Wortfolge mit einem davon ist ein Titel.
DOCUMENT_NOUNS = frozenset("""
Reiseplan Reiseprogramm Programm Tagesordnung Ablaufplan Zeitplan Speisekarte Menü Protokoll
Pressespiegel
""".split())
# Wörter, die einen Zeitpunkt im Monat nennen ("Ende August", "Anfang Mai"): mit dem Monat ein
# Datum, nie ein Name.
MONTH_PART_WORDS = frozenset("Anfang Mitte Ende".split())
# Nomen, die eine Wortfolge zur Abteilung, Stabsstelle oder Produktionsfirma machen, nie zur
# Person ("Abteilung Kommunikation", "Referat Internationales", "X Filmproduktion").
UNIT_NOUNS = frozenset("""
Abteilung Referat Dezernat Stabsstelle Fachbereich Kommunikation Unternehmenskommunikation
Team Sekretariat
Nachhaltigkeitsmanagement Filmproduktion Produktionen Filmstudio
Orchester Ensemble Quartett Chor
""".split())
# Nouns heading the name of a place or an office: "Leipziger Platz", "X-Zentrum".
PLACE_HEAD_NOUNS = frozenset("""
Platz Straße Strasse Allee Gasse Markt Zentrum Bahnhof Flughafen Rathaus Saal Kirche Ufer
Angelegenheiten
""".split())
# Nouns heading a phrase "N von X" whose "von" reads as a name's particle ("unter Leitung von X").
NAME_PHRASE_HEADS = frozenset("""
Leitung Einladung Moderation Vorsitz Begleitung Schirmherrschaft Federführung Regie Führung
Anwesenheit Teilnahme Beteiligung Mitwirkung Vermittlung Betreuung Koordination
""".split())
# "Herrn" is the courtesy title in the dative and accusative ("Dank an Herrn X Y").
COURTESY = frozenset("Herr Herrn Frau Exzellenz".split())
NAME_PARTICLES = frozenset("von der den zu".split())
# A particle opening a predicate after a name, never the name's own particle: "X zu Gast im
# Rathaus", "X zu Besuch", "X kam zu Wort", "X von Anfang an dabei".
PARTICLE_PREDICATES = (r"zu\s+Gast", r"zu\s+Besuch", r"zu\s+Wort", r"zu\s+Beginn",
                       r"zu\s+Ehren", r"zu\s+Hause", r"zu\s+Fuß", r"zu\s+Recht",
                       r"von\s+Anfang", r"von\s+Beginn", r"von\s+Herzen",
                       # a particle before a common noun opens a phrase ("Prof. X Y zu
                       # Städtepartnerschaften": the talk's subject); a surname has none
                       # of these endings
                       r"(?:zu|von)\s+\w+(?:schaft(?:en)?|ungen|heit(?:en)?|keit(?:en)?|"
                       r"ionen|täten)")
# Capitalised words that never belong to a person's name.
NOT_NAME_WORDS = frozenset("""
Der Die Das Den Dem Des Ein Eine Einer Und Oder Auch Mit Von Vom Zum Zur Im In Am An Auf Aus
Bei Nach Für Über Unter Vor Wie Wir Sie Er Es Ihr Ich Dort Hier Dabei Zudem Bereits Heute
Rund Mehr Viele Zu Hintergrund Bild Text Redaktion Foto Montag Dienstag Mittwoch Donnerstag
Freitag Samstag Sonntag Welche Welcher Welches Was Wer Wo Wann Warum Wieso Gastgeber
Gastgeberin V.l. Links Gipfel Konferenz Erklärung Beide Alle Diese Dieser Jene Einige
Mehrere Andere Weitere
Dass Dies Denn Dann
# ein Adverb, nie ein Name ("Gemeinsam Zusammen" in einem Titel)
Zusammen Gemeinsam
# a possessive determiner, capitalised as a letter's address ("Ihre Stadtverwaltung X")
Ihre Ihren Ihrem Ihrer Unser Unsere Euer Eure Mein Meine Dein Deine
""".split())
# Words that make a photo credit an institution rather than a photographer.
INSTITUTION_WORDS = frozenset("stadt landeshauptstadt presseamt pressedienst presse amt büro "
                              "agentur foto archiv gmbh ag bilder fotografie fotos radio tv "
                              "zeitung".split())
# Labels of a contact or source block: the people named there are no attendees.
CONTACT_LABELS = (r"Pressekontakt", r"Organisator(?:in)?",
                  r"Kontakt", r"Rückfragen", r"Ansprechpartner(?:in)?",
                  r"Quelle", r"Autor(?:in)?", r"Text", r"Redaktion", r"Fotos?",
                  r"Rückfragehinweise?", r"Medienkontakt", r"Berichterstatter(?:in)?",
                  r"Interview", r"Grafik", r"Illustrationen?", r"Infografik",
                  r"Akkreditierung", r"Pressestelle", r"Pressesprecher(?:in)?",
                  r"Moderator(?:in|en|innen)?", r"(?:Erstellt|Verfasst)\s+von", r"Verfasser(?:in)?",
                  # who answers for a publication, reports on a grant, curates a show
                  r"Verantwortlich", r"V\.\s*i\.\s*S\.\s*d\.\s*P\.", r"Berichterstattung",
                  r"Kurator(?:in|en|innen)?", r"Betreuer(?:in)?", r"Gutachter(?:in)?",
                  # the recipients of a note or a letter
                  r"Empfänger(?:in|innen)?", r"Verteiler", r"Kopie\s+an",
                  # who handles the file of a letter ("Sachbearbeitung: Frau X")
                  r"Sachbearbeit(?:er|erin|ung)", r"Bearbeitet\s+von",
                  # the crew of a broadcast's script or credits ("KAMERA: X  SCHNITT: Y")
                  r"Produzent(?:in|en|innen)?", r"Redakteur(?:in|e|innen)?", r"Kamera",
                  r"Schnitt", r"Regie", r"Sprecher(?:in)?", r"Reporter(?:in)?",
                  r"Korrespondent(?:in)?",
                  # wer für eine Kampagne oder eine Veröffentlichung einsteht
                  r"Wahlkampfleit(?:er|erin|ung)", r"Kampagnenleit(?:er|erin|ung)",
                  r"Schatzmeister(?:in)?", r"Herausgeber(?:in)?",
                  # who approved or signed off a note ("Freigegeben von: X")
                  r"(?:Genehmigt|Freigegeben|Gezeichnet|Geprüft)\s+(?:von|durch)",
                  # wer einen Einkauf oder eine Leistung angefordert hat ("Angefordert von:
                  # X"), wer eine Delegation fährt ("Fahrer: X")
                  r"(?:Angefordert|Bestellt|Beantragt)\s+(?:von|durch)", r"Bedarfsträger(?:in)?",
                  r"Fahrer(?:in)?", r"Chauffeur(?:in)?",
                  # wer daheim vertritt, während der Bürgermeister reist ("Vertretung während
                  # der Abwesenheit: X")
                  r"Abwesenheitsvertretung", r"Vertretung\s+während",
                  # wer in einem Feld eines Belegs oder Buchs genannt ist: wer reiste, wer ein
                  # Seminar betreut, wer ein Buch lektoriert oder das Register erstellt hat
                  r"Tutor(?:in|en|innen)?", r"Lektorat",
                  r"Register")
# Das Feld eines Belegs, das die Person nennt, um die es geht ("Reisende: X" einer
# Reisekostenabrechnung): eine Person, die andere Felder an einem Ereignis verorten können.
PERSON_FIELD_LABELS = (r"(?:Dienst)?[Rr]eisende[rn]?", r"Antragsteller(?:in)?")
# Das Feld, das den Namen einer Person nennt ("Name: X", "Referentin: X"), und das Feld, das
# das Amt der gerade genannten Person nennt ("Funktion: Oberbürgermeister der Stadt Y"): die
# Art eines Belegs, "X, Oberbürgermeister von Y" zu schreiben.
NAME_FIELD_LABELS = (r"(?:Vor-\s+und\s+)?(?:Nach)?[Nn]ame", r"Referent(?:in|innen|en)?",
                     r"Teilnehmer(?:in|innen)?", r"Delegierte[rn]?")
ROLE_FIELD_LABELS = (r"Funktion(?:en)?", r"Amt", r"Amtsbezeichnung", r"Dienststellung",
                     r"Position", r"Titel", r"Rolle")
# The word of a byline on its own line ('Von X Y').
# Das Etikett eines Datensatzfelds, das Personen aufzählt: die abgebildeten Personen eines
# Bilds, die Vortragenden einer Sitzung ("Abgebildete Personen: Nachname, Vorname (Amt Stadt);
# ...", "Referent*innen: A B, C D"): jeder Eintrag ist eine Person; das Feld sagt nicht, wo.
PEOPLE_FIELD_LABELS = (r"Abgebildete\s+Personen", r"Abgebildet", r"Personen\s+im\s+Bild",
                       r"Dargestellte\s+Personen", r"Auf\s+dem\s+(?:Foto|Bild)",
                       r"Referent(?:[*:/\s]?innen|Innen|en|in)?",
                       r"Vortragende", r"Redner(?:[*:/\s]?innen|in)?")
# Das Etikett des Felds eines Datensatzes, das nennt, wer das Bild aufgenommen hat
# ("Fotograf/in: Nachname, Vorname"): eine Person, nie eine Teilnehmerin.
RECORD_CREDIT_LABELS = (r"Fotograf(?:[*:/\s]?in)?", r"Bildautor(?:[*:/\s]?in)?",
                        r"Urheber(?:[*:/\s]?in)?")
# The label of a photo's line ("Foto: caption (Institution/X)").
PHOTO_LABELS = (r"Fotos?", r"Bild(?:er)?", r"(?:Bild|Foto)nachweise?",
                r"Foto(?:grafie)?s?\s*(?:credits?|quelle)",
                r"Bildquellen?")
# The label of a transcript's own speaker, the name in parentheses ("FRAGE (X, Sender):",
# "MODERATION (X):"): the one who asks or leads the recorded event is no attendee.
TRANSCRIPT_LABELS = (r"Fragen?", r"Journalist(?:in)?", r"Reporter(?:in)?", r"Publikumsfrage",
                     r"Moderation", r"Moderator(?:in)?", r"Sitzungsleitung",
                     r"Vorsitz(?:ende[rn]?)?")
# Headings of a contact block, each a line of its own ("Pressekontakt", "Rückfragen an").
# A city listed with the one who represented it ('Y mit Vizebürgermeister X').
WITH_WORDS = (r"mit",)
# The salutation of a speech or a letter before the name of the one addressed.
# (only the masculine singular: "Liebe X Y" may greet a group, "Liebe Europäische Freunde")
SALUTATIONS = (r"[Ll]ieber", r"[Ss]ehr\s+geehrter")
# A clause after a place telling the role held there ('..., where she is mayor').
PLACE_ROLE_CLAUSES = (r",\s*(?:wo|dessen|deren)\s+(?:er|sie)(?:\s+(?:die|der))?",)
CONTACT_HEADINGS = (r"Pressekontakt", r"Medienkontakt", r"Kontakt", r"Rückfragen",
                    r"Ansprechpartner(?:in)?", r"Pressestelle", r"Rückfragehinweise?",
                    # the recipients of a letter's copies, one a line under the heading
                    r"Kopien?\s+an", r"Verteiler", r"Empfänger(?:in|innen)?")
BYLINE_WORDS = (r"Von",)
# The words of a signature before the one the writer signs for
# ("Mit freundlichen Grüßen / X / für Y, Leiterin des Büros"):
# the one signed for neither writes nor is told of.
SIGNED_FOR_WORDS = (r"für", r"im\s+Auftrag(?:\s+von)?", r"i\.\s*A\.", r"i\.\s*V\.")
CLOSING_FORMULAS = (r"(?:Mit\s+)?(?:freundlichen|herzlichen|besten|kollegialen|solidarischen)"
                    r"\s+Grüßen",
                    r"(?:Herzliche|Freundliche|Viele|Beste|Liebe)\s+Grüße")
# A credit opening a line or a sentence ("Produziert von X. Schnitt: Y").
CREDIT_WORDS = (r"(?:Produziert|Geschnitten|Aufgenommen|Gefilmt|Fotografiert)\s+von",
                r"(?:Produktion|Schnitt|Ton|Kamera|Musik|Moderation)\s*:",
                # der Abspann einer Sendung oder eines Films ("Recherche: X. Sprecherin: Y")
                r"(?:Recherche|Sprecher(?:in)?|Erzähler(?:in)?|Drehbuch|Regie|Bildgestaltung|"
                r"Besetzung|Mit)\s*:",
                # die Gewerke eines Abspanns und wer einen Beleg oder eine Seite gemacht hat:
                # wer Musik schrieb, Rechnungen prüfte, ein Quiz stellte, Daten betreut
                # ("Originalmusik: X", "Prüfer: A, B", "Quiz: Y")
                r"(?:Originalmusik|Komposition|Prüfer(?:in|innen)?|Rechnungsprüfer(?:in|innen)?|"
                r"Quiz|Rätsel|Datenverantwortliche[rn]?)\s*:",
                r"(?:Quiz|Rätsel|Sendung)\s+(?:zusammengestellt|erstellt|moderiert)\s+von",
                r"(?:Erzählt|Gesprochen)\s+von",
                r"(?:[Mm]it\s+)?[Mm]itarbeit\s+von", r"[Dd]as\s+Gespräch\s+führte",
                r"(?:[Bb]earbeitet|[Rr]echerchiert|[Üü]bersetzt)\s+von",
                # who compiled a page or kept a record ("Zusammenstellung: X", "Schriftführung:
                # X"), who presented a programme, who posted a page
                r"(?:Zusammenstellung|Schriftführung|Schriftführer(?:in)?|Protokoll|"
                r"Protokollführung|Bearbeitung|Übersetzung|Präsentation)\s*:",
                r"(?:Zusammengestellt|Erstellt|Präsentiert|Moderiert|Veröffentlicht|Verfasst)\s+von",
                # a signature in a copy of a signed document ("gez. X")
                r"gez\.",
                # who supervised a thesis or curated a show
                r"(?:[Bb]etreut|[Kk]uratiert|[Bb]egutachtet)\s+von",
                r"(?:Masterarbeit|Bachelorarbeit|Doktorarbeit|Dissertation|Studie|Bericht)"
                r"(?:\s+(?:vorgelegt|eingereicht|verfasst))?\s+von",
                r"(?:Veröffentlicht|Gepostet|Aktualisiert)(?:\s+am)?\s+[^\n|:]{0,30}?\d"
                r"[^\n|:]{0,12}?\s+von")
# Verbs of standing in for someone: the person represented is no attendee.
REPRESENTING = (r"vertr(?:at|itt|eten|aten)", r"in\s+Vertretung\s+(?:von|des|der)",
                r"im\s+(?:Namen|Auftrag)\s+(?:von|des|der)")
# The agent of a passive ('represented by X'): X stands in, and is there.
PASSIVE_AGENTS = (r"durch",)
QUOTE_VERBS = (r"sagte", r"sagt", r"ergänzte", r"erklärte", r"betonte", r"lobte", r"meinte",
               r"unterstrich", r"appellierte", r"bilanzierte", r"fügte\s+hinzu", r"so",
               r"resümierte", r"freute\s+sich", r"hob\s+hervor")
# Where someone stands in a photo: "(r.)", "(Mitte)" - never a place.
PHOTO_POSITIONS = (r"l", r"r", r"m", r"li", r"re", r"links", r"rechts", r"mitte", r"vorne",
                   r"hinten")
# Group captions: "V.l.:", "Von links:"
CAPTION_LIST_OPENERS = (r"V\.\s?l\.", r"Von links")
# Die Besetzung eines Films, einer Sendung, als Satz ohne Verb ("Mit A B, C D und E F.")
CAST_OPENERS = (r"Mit", r"In\s+den\s+Hauptrollen")
# Professions that announce a name and are never part of it ("Architekt X Y").
PROFESSIONS = (r"[Ss]oziolog(?:e|in)", r"[Jj]ournalist(?:in)?", r"[Aa]rchitekt(?:in)?",
               r"[Pp]rofessor(?:in)?", r"[Ff]orscher(?:in)?", r"[ÖöOo]konom(?:in)?",
               r"[Hh]istoriker(?:in)?", r"[Uu]rbanist(?:in)?", r"[Aa]nthropolog(?:e|in)",
               r"[Pp]olitolog(?:e|in)", r"[Kk]ünstler(?:in)?", r"[Aa]utor(?:in)?", r"[Aa]rzt",
               r"Ärztin", r"[Cc]hefarzt", r"Chefärztin", r"[Rr]echtsanwalt", r"[Rr]echtsanwältin",
               r"[Mm]oderator(?:in)?", r"[Bb]erater(?:in)?", r"[Ee]xpert(?:e|in)",
               r"[Dd]iplomat(?:in)?", r"Chef(?:in)?",
               r"[Pp]sychiater(?:in)?", r"[Pp]sycholog(?:e|in)",
               # Berufe eines Kontaktblocks, einer Gästeliste oder einer Rede
               r"[Rr]eferent(?:in)?", r"[Dd]ozent(?:in)?", r"[Ll]ehrer(?:in)?",
               r"[Aa]ktivist(?:in)?",
               r"[Ii]mam",
               r"[Rr]abbiner(?:in)?", r"[Pp]farrer(?:in)?", r"[Ss]achbearbeiter(?:in)?",
               # Mitglieder eines Parlaments ("der Abgeordneten X Y")
               r"(?:Landtags|Bundestags|Europa)?[Aa]bgeordnete[rn]?",
               r"[Aa]rchivar(?:in)?", r"[Gg]eograf(?:in)?",
               # Stellungen, die eine Notiz zu Beitragenden nennt ("X ist Doktorandin an Y")
               r"[Dd]oktorand(?:in)?",
               # die Mitarbeiter einer Zeitung oder eines Verlags ("Redakteurin, Rheinische Post")
               r"(?:Chef)?[Rr]edakteur(?:in)?")
# Die Kopula einer Notiz, die mit dem Namen einer Person beginnt und sagt, was sie ist ("X ist
# Professorin an Y", "X war Bürgermeister von Y").
NOTE_COPULAS = (r"ist", r"war")
# Pronouns that stand for one person ("er", "ihm", "seine"; "sie" and "ihr" are left out, as
# they stand for groups and things as often), and an age ("der 17-Jährige", "die 57-jährige
# Apothekerin").
PERSON_REFERENCES = (r"[Ee]r", r"ihm", r"ihn", r"[Ss]ein(?:e[mnrs]?)?",
                     r"\d{1,3}-[Jj]ährige[nr]?")
# Ein Text, nach seiner Art genannt, und wer ihn gemacht hat, mitten im Satz ("Ein
# Rückblick von X", "Chronik zusammengestellt von X"): der Name ist der des Autors.
AUTHORED_BY = (r"(?:Ein|Eine)\s+(?:Rückblick|Bericht|Kommentar|Essay|Glosse|Chronik|"
               r"Reportage|Beitrag)\s+von",
               # ein veröffentlichter oder zitierter Text, dann wer ihn schrieb
               r"(?:veröffentlichte|veröffentlicht|zitierte|zitiert)\s+(?:einen|eine|den|die)\s+"
               r"(?:Bericht|Artikel|Studie|Beitrag|Aufsatz)\s+von",
               r"(?:Text|Bericht|Beitrag|Beschreibung|Zusammenstellung|Übersicht|Chronik|"
               r"Protokoll|Findbuch|Liste|Arbeitsblatt|Steckbrief|Handreichung)\s+"
               r"(?:zusammengestellt|verfasst|erstellt|geschrieben|bearbeitet|konzipiert)\s+von",
               # die Teile eines Buchs oder Berichts und wer sie gemacht hat ("Vorwort von X",
               # "Satz und Layout von X")
               r"(?:[Vv]orwort|[Nn]achwort|[Gg]eleitwort)\s+von",
               r"(?:[Ll]ayout|[Ss]atz|[Üü]bersetzung)\s+von")
# Die Überschrift der Nachrichten eines Jahrgangs ("1968", "Jahrgang 1968", "Abitur 1968").
CLASS_HEADINGS = (r"(?:Abschluss)?[Jj]ahrgang", r"JAHRGANG", r"Abitur(?:jahrgang)?",
                  r"Abschluss")
# Ein Text, der sich Nachrichten eines Jahrgangs oder der Ehemaligen nennt.
CLASS_NOTES_TITLES = (r"Jahrgangsnachrichten", r"JAHRGANGSNACHRICHTEN",
                      r"(?:Nachrichten|Neues)\s+(?:von\s+den|der)\s+Ehemaligen",
                      r"Ehemaligen-?(?:nachrichten|brief|post)", r"Alumni-?(?:nachrichten|news)")
# Eine Vereins- oder Jahrgangsnachricht vor dem Namen, von dem sie handelt: ein
# Glückwunsch, ein Geburtstag oder Jubiläum, ein Todesfall ("Wir gratulieren X", "zum 90.
# Geburtstag: X", "Wir trauern um X").
NOTICE_CUES = (r"[Ww]ir\s+gratulieren(?:\s+(?:herzlich|sehr\s+herzlich))?",
               r"[Hh]erzlichen\s+Glückwunsch(?:\s+an)?", r"[Gg]lückwünsche\s+an")
# Geburtstage, Jubiläen und Todesfälle zeigen die Person bei keinem Ereignis.
UNPLACING_NOTICES = (r"zum\s+\d{1,3}\.(?:\s+Geburtstag)?\s*:", r"Geburtstage?\s*:",
               r"Jubiläen\s*:", r"Jubiläum\s*:",
               r"[Ww]ir\s+trauern\s+um(?:\s+(?:unser(?:e|en)?|das|den|die))?",
               r"[Vv]erstorben\s+ist", r"[Nn]achruf\s*:?", r"[Ii]n\s+memoriam\s*:?")
# Wer durch eine Beziehung genannt ist, die ihn bei keinem erzählten Ereignis zeigt: wer
# darüber berichtet oder es fotografiert, ein Mitschüler, ein Vereinsmitglied ("Fotograf X",
# "unser Vereinsmitglied X"). Die Person ist genannt, die Nennung keine Teilnahme.
UNPLACED_PERSON_NOUNS = (r"[Rr]eporter(?:in|innen)?", r"[Kk]orrespondent(?:in|en|innen)?",
                         r"[Ff]otograf(?:in|en|innen)?", r"(?:Vereins|Ehren|Gründungs)[Mm]itglied(?:er)?",
                         r"[Mm]itschüler(?:in)?", r"[Kk]ommiliton(?:e|in)")
# Words that refer back to a person of the same office ("seines Yer Amtskollegen X").
COUNTERPART_WORDS = (r"[Aa]mtskolleg(?:e|en|in)", r"[Aa]mtsträger(?:in)?",
                     r"[Kk]olleg(?:e|en|in)")

# Words that put an office or a person in another time ("der ehemalige Bürgermeister X",
# "X, ihr früherer Chef"): the person so named is no attendee, the office no mandate held now.
OTHER_TIME_WORDS = (r"ehemalig\w*", r"früher\w*", r"damalig\w*", r"einstig\w*",
                    r"pensioniert\w*",
                    r"(?:zu)?künftig\w*", r"Alt-", r"Ex-",
                    # written as one word: "Altoberbürgermeister", "Altbürgermeisterin"
                    r"Alt(?=(?:ober)?bürgermeister)")
# Adverbs of another time, read only at the head of an apposition ("X, damals Bürgermeister").
# (also the adjective "damalige": the office of then, held at the time the text tells of)
OTHER_TIME_ADVERBS = (r"damals", r"seinerzeit", r"damalig\w*")
# A span of time before or after the point a sentence tells from ("zehn Tage vor der Ankunft
# der Delegationen", "zwei Wochen später"); "drei Tage vor Ort" (on site) is none.
# The nouns of a body or a relation a person is named as owner of ("das Kabinett von
# Oberbürgermeister X", "der Vorgänger von X"): the mention places the owner nowhere.
OWNED_BY_PERSON = (r"Kabinett", r"Team", r"Büro", r"(?:Amts)?[Vv]orgänger(?:in)?",
                   r"(?:Amts)?[Nn]achfolger(?:in)?", r"Berater(?:in|innen)?")
# The words around a span of years ("von 2015 bis 2019", "zwischen 2015 und 2019"):
# a period, not one event's days.
YEAR_SPAN_OPENERS = (r"von", r"zwischen")
YEAR_SPAN_LINKS = (r"bis", r"und")
# eine Behauptung, die der Text entfernt nennt: was folgt, setzt niemanden vor Ort
RETRACTED_CLAIMS = (r"(?:entfernte|entfernt|strich|gestrichen|löschte|gelöscht)\s+(?:die|eine|diese)\s+"
                    r"(?:(?:falsche|unbelegte|strittige)\s+)?(?:Behauptung|Aussage|Angabe)",
                    r"(?:die|eine|diese)\s+(?:Behauptung|Aussage|Angabe)\s+(?:entfernt|gestrichen|"
                    r"gelöscht|zurückgenommen)")
# das Bindewort des Eintrags eines Abecedariums ("Z wie X.")
ALPHABET_ENTRY_LINKS = (r"wie", r"für")
TIME_OFFSETS = (r"(?:\d+|einen?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|wenige|einige)"
                r"\s+(?:Tage|Wochen|Monate)\s+(?:vor(?!\s+Ort\b)|nach|vorher|danach|früher|"
                r"später)",
                # "sagte X im Vorfeld der Konferenz": said before the event, not at it
                r"im\s+Vorfeld\s+(?:des|der|dieser|dieses)\s+(?:\w+\s+){0,3}?"
                r"(?:Gipfels|Konferenz|Tagung|Treffens|Kongresses)",
                # "X hatte im Vorfeld ein Grußwort in Aussicht gestellt": beforehand, alone
                r"im\s+Vorfeld(?!\s+(?:des|der|dieser|dieses)\b)")
# Relative pronouns of possession: "Warschau, dessen Bürgermeister X": the role is held for
# the city named before them.
RELATIVE_POSSESSIVES = (r"dessen", r"deren")
# A relative clause about the predecessor or successor of the person named before ("X, dessen
# Vorgänger den zweiten Gipfel ausrichtete"): what it tells is that other person's.
SUCCESSION_RELATIVES = (r"(?:dessen|deren)\s+(?:Amts)?(?:Vorgänger|Nachfolger)(?:in(?:nen)?)?",
                        # "..., als ihr Vorgänger Y zum ersten Gipfel einlud"
                        r"(?:als|nachdem)\s+(?:sein|ihr)e?\s+(?:Amts)?(?:Vorgänger|Nachfolger)"
                        r"(?:in(?:nen)?)?")
# Endings of lower-case adjectives of a city's people; German writes the city adjective
# capitalised ("Yer"), which the city matcher reads.
DEMONYM_ENDINGS = ()

# Endings of a capitalised city adjective and of the city's name it stands for: "Lyoner" for
# Lyon, "Dresdner" for Dresden (read before a role: "der Lyoner Bürgermeister").
CITY_ADJECTIVE_ENDINGS = (("er", ""), ("ner", "en"))

# A relative pronoun and a copula opening an apposition; German puts the copula last ("X,
# die seit 2014 Bürgermeisterin von Y ist"), which the article of the role phrase reads.
RELATIVE_COPULAS = ()
# A pronoun standing for the role of the person named before ("und der von Z, W").
ROLE_PRONOUNS = ()
# A possessive and the word of a deputy before a name ("und seine Stellvertreterin X").
DEPUTY_WORDS = (r"(?:sein|ihr)(?:e|en)?\s+(?:Erste[rn]?\s+)?Stellvertreter(?:in)?",)
# A possessive and a predecessor or successor before a name ("sein Vorgänger X").
SUCCESSION_WORDS = (r"(?:[Ss]ein|[Ii]hr)(?:e|em|en|er)?\s+(?:Vorgänger|Nachfolger)(?:in)?",)
# A relative pronoun and a verb of heading (German puts the verb last: not read yet), and the
# units headed with the role of their head.
HEAD_VERBS = ()
HEADED_UNITS = ()

# Participles of coming between a name and where the person comes from ("X, venu de
# Y").
COME_PARTICIPLES = ()
# German names a person's city with "aus" (ORIGIN_WORDS), not "von" after the name.
PERSON_OF_CITY_WORDS = ()
# A verb of coming between an attendee's name and "aus" ("X war aus Y angereist", "X kam
# aus Y", "X, die eigens aus Y angereist war"); the city fronted ("Aus Y war X gekommen").
ARRIVAL_VERBS = (r"(?:war|waren|ist|sind|kam|kamen|reiste|reisten)"
                 r"(?:\s+(?:eigens|extra|direkt|auch|ebenfalls))?",
                 r"(?:der|die)\s+(?:eigens|extra|direkt)")
ARRIVAL_FROM = (r"aus\s+",)
EVENT_SEQUELS = (r"Delegation(?:en)?", r"begrüßte", r"empfing", r"dort", r"gekommen", r"Gastgeber(?:in)?",
                 r"angereist")
DELEGATION_NOUNS = (r"Delegation(?:en)?",)
# Die Delegation einer Stadt im Genitiv oder im Relativsatz ("Xs Delegation",
# "die Stadt X, deren Delegation Y leitete").
DELEGATION_OWNERS = (r"(?<![sxzß])s", r",\s+(?:deren|dessen)")
# Der Gipfel, mit bloßem Nomen wieder genannt ("Der Gipfel begann am Freitag mit einem Empfang
# durch X"): in einem Text, der über keinen Gipfel berichtet, der zuletzt genannte.
SUMMIT_ANAPHORS = (r"(?:[Dd]er|[Dd]es|[Dd]em|[Dd]en)\s+Gipfels?",
                   r"(?:[Dd]ie|[Dd]er)\s+Konferenz",
                   r"(?:[Dd]as|[Dd]es|[Dd]em)\s+Gipfeltreffens?")
ARRIVAL_FRONTED_VERBS = (r"war(?:en)?", r"kam(?:en)?", r"reiste(?:n)?", r"ist", r"sind")

# Cues that a person named was not there ("konnte nicht teilnehmen", "war verhindert"):
# the person the cue speaks of is no attendee from that sentence.
# Was eine Veranstaltung an den Gipfel bindet, neben dem sie stattfindet, am Anfang einer
# Titelzeile ("am Rande des Gipfels", "anlässlich des ersten Gipfels")
SIDE_EVENT_TIES = (r"(?:(?:veranstaltet|ausgerichtet)\s+)?(?:am\s+Rande|anlässlich|"
                   r"aus\s+Anlass)\s+de[sr]", r"begleitend\s+zu[mr]")
# Hilfe bei der Vorbereitung einer Veranstaltung, wofür ein Dank gilt ("für ihre
# Unterstützung bei der Vorbereitung des Gipfels")
PREPARATION_SUPPORT = (r"(?:Unterstützung|Hilfe|Mithilfe)\s+(?:bei|in)\s+der\s+"
                       r"(?:Organisation|Vorbereitung|Planung)",)
# Ein Dank in der dritten Person, der Stelle, die ihn ausspricht ("Das Büro dankt X")
THANKS_VERBS = (r"dank(?:t|en)(?=\s+(?:Herrn?|Frau|de[mn]|der)\b)", r"bedankt\s+sich\s+bei")
ABSENCE_CUES = (r"konnte\s+nicht\s+(?:teilnehmen|kommen|dabei\s+sein|anwesend\s+sein)",
                r"verhindert", r"abwesend", r"nicht\s+anwesend", r"nicht\s+vertreten",
                r"ließ\s+sich\s+entschuldigen", r"entschuldigt",
                # "fehlten die Delegationen aus X" (but "fehlte nicht": was there)
                r"fehlten?(?!\s+nicht\b)",
                # a presence denied ("war nicht dabei", "nahm nicht teil", "blieb zu Hause")
                r"(?:war|waren)\s+nicht\s+(?:dabei|anwesend|vor\s+Ort|mitgereist)",
                r"(?:nahm|nahmen)\s+nicht\s+(?:\w+\s+){0,3}?teil",
                r"(?:hat|hatte|haben|hatten)\s+nicht\s+(?:\w+\s+){0,3}?teilgenommen",
                r"(?:reiste|reisten|fuhr|fuhren)\s+nicht\s+mit",
                r"blieb(?:en)?\s+zu\s+Hause",
                # only said to be coming ("soll ebenfalls teilnehmen", "wurde erwartet"): the
                # text does not say the person came
                r"(?:soll(?:en|te|ten)?|dürfte(?:n)?|würde(?:n)?|wollte(?:n)?)(?=[^.;]{0,80}"
                r"\s(?:teilnehmen|dabei\s+sein|kommen|anreisen|erscheinen)(?!\w))",
                r"(?:teilnehmen|dabei\s+sein|kommen|anreisen)\s+(?:soll(?:en|te|ten)?|"
                r"dürfte(?:n)?|würde(?:n)?|wollte(?:n)?)",
                r"(?:wurde|wurden|wird|werden)\s+(?:\w+\s+){0,3}?erwartet")
# The label over the names that sign a statement, before its colon ("Unterzeichnet von den
# Ratsmitgliedern der Opposition:"): the people listed sign the text; they are its authors.
SIGNED_BY_LABELS = (r"Unterzeichnet\s+von", r"Gezeichnet\s+von")
# The label of a meeting's list of those present or excused, before its colon ("Anwesend:"):
# people at the meeting the minutes record. The numbering words of an agenda ("TOP 2:").
PRESENCE_LABELS = (r"Anwesend(?:e)?", r"Entschuldigt", r"Abwesend", r"Sitzungsleitung",
                   r"Protokoll(?:führung)?", r"Gäste\s+der\s+Sitzung")
AGENDA_LABELS = (r"TOP", r"Tagesordnungspunkt", r"Punkt")
# The labels of an e-mail's header lines naming people ("Von:", "Cc:"), and of its subject
MAIL_HEADER_LABELS = (r"Von", r"An", r"Cc", r"Bcc", r"Kopie", r"Antwort\s+an", r"Absender")
MAIL_SUBJECT_LABELS = (r"Betreff",)
SLIDE_LABELS = (r"Folie", r"Chart")
# The parts and backers of a summit: a passage under a heading that speaks of these goes on
# with the summit the passage before it names
EVENT_PARTS = (r"Keynotes?", r"Impulsvortr(?:ag|äge)", r"Redner(?:in|innen)?", r"Sponsor(?:en)?",
               r"Hauptsponsor(?:en)?", r"Medienpartner(?:n)?", r"Workshops?", r"Podium",
               r"Podiumsdiskussion(?:en)?", r"Plenum",
               r"Eröffnungs(?:sitzung|veranstaltung|rede)",
               r"Abschluss(?:sitzung|veranstaltung|rede)", r"Delegation(?:en)?")
# Relative pronouns of a subject: a cue after one speaks of the word right before it.
RELATIVE_PRONOUNS = (r"der", r"die", r"welche[rs]?")

# Words that name the host right before its role ('hosted by Mayor X', 'L'hôte, le
# maire X'): a city role without a city is held for the summit's host city.
HOST_CUES = (r"Gastgeber(?:in)?", r"ausgerichtet\s+(?:von|durch)")

# Words of an invitation right before the inviting host's role ('auf Einladung des
# damaligen Oberbürgermeisters X'): the role is held for the city the clause names, else the
# summit's host city.
INVITATION_CUES = (r"auf\s+Einladung\s+(?:von|des|der)", r"eingeladen\s+(?:von|vom)")

# ------------------------------------------------------------------ roles
# (pattern, role slug, an example the pattern reads). "{CITY}" is never part of a pattern: the
# agent is found after the role words. A genitive "-s" is part of the form ("des
# Bürgermeisters Kalkuttas").
ROLES = (
    (r"(?:[Ss]tellvertretende[rn]?|[Ee]rste[rn]?\s+[Ss]tellvertretende[rn]?)\s+"
     r"(?:(?:Ober)?[Bb]ürgermeister(?:in|s)?|Stadtpräsident(?:in|en)?)", "deputy-mayor",
     "stellvertretenden Bürgermeisters"),
    (r"Vize-?(?:OB|Oberbürgermeister(?:in|s)?|Bürgermeister(?:in|s)?|[Bb]gm(?:in)?\.|"
     r"[Ss]tadtpräsident(?:in|en)?)",
     "deputy-mayor",
     "Vize-OB"),
    (r"Bürgermeister(?:in)?-?[Ss]tellvertret(?:er|erin)", "deputy-mayor",
     "Bürgermeister-Stellvertreterin"),
    (r"(?:Vize-?(?=V)|Vize(?=v)|[Ss]tellvertretende[rn]?\s+)[Vv]orsitzende[rn]?\s+(?:des\s+)?"
     r"(?:Stadtrat(?:e?s)?|Rat(?:e?s)?|Gemeinderat(?:e?s)?|Stadtverordnetenversammlung)",
     "council-vice-chair", "Vize-Vorsitzende des Stadtrates"),
    (r"Vorsitzende[rn]?\s+des\s+(?:Stadtrat(?:e?s)?|Rat(?:e?s)?|Gemeinderat(?:e?s)?)",
     "council-chair", "Vorsitzender des Stadtrats"),
    # "Bgm." / "Bgmin.": the Austrian abbreviation of Bürgermeister(in)
    (r"Oberbürgermeister(?:in|s)?|OB\b|Bürgermeister(?:in|s)?|Stadtpräsident(?:in|en)?|"
     r"Alt(?:ober)?bürgermeister(?:in|s)?|Bgm(?:in)?\.", "mayor", "Oberbürgermeisterin"),
    (r"Ratsmitglied|Ratsherr|Ratsfrau|Stadtrat\b|Stadträtin|Stadtverordnete[rn]?|"
     r"Gemeinderat\b|Gemeinderätin", "councillor", "Stadträtin"),
    (r"Staatsminister(?:in|s)?", "minister-of-state", "Staatsminister"),
    (r"(?:Bundes|Landes|Europa|Innen|Außen|Kultur|Bau|Umwelt|Familien|Justiz|Finanz|"
     r"Wirtschafts|Verkehrs|Bildungs|Integrations)minister(?:in|s)?", "minister",
     "Bundesministerin"),
    (r"Minister(?:in|s)?", "minister", "Ministerin"),
    (r"Senator(?:in|s)?", "senator", "Senatorin"),
    (r"Gouverneur(?:in|s)?", "governor", "Gouverneurin"),
    (r"Botschafter(?:in|s)?", "ambassador", "Botschafterin"),
    (r"(?:Leiter(?:in|s)?|Chef(?:in|s)?)\s+(?:des|der|seines|ihres|seiner|ihrer)\s+"
     r"(?:\S+\s+){0,2}?(?:Departments?|Abteilung|Amt(?:e?s)?|Fachbereich(?:s|es)?)\b",
     "head-of-department", "Leiter ihres Departments"),
    (r"(?:Leiter(?:in|s)?|Chef(?:in|s)?)\s+(?:des|der|seines|ihres|seiner|ihrer)\s+"
     r"(?:\S+\s+){0,2}?(?:Bereich(?:s|es)?|Referat(?:s|es)?|Division)\b", "head-of-division",
     "Leiterin des Referats"),
    (r"(?:Leiter(?:in|s)?|Chef(?:in|s)?)\s+(?:des\s+)?\S*[Bb]üros?\b", "head-of-office",
     "Leiter Hauptstadtbüro"),
    (r"Büroleiter(?:in)?|\S+büroleiter(?:in)?|\S+büro-?[Cc]hef(?:in)?", "head-of-office",
     "Büroleiterin"),
    (r"Abteilungsleiter(?:in)?|Amtsleiter(?:in)?", "head-of-department", "Amtsleiterin"),
    (r"Bereichsleiter(?:in)?|Referatsleiter(?:in)?", "head-of-division", "Referatsleiter"),
    (r"Delegationsleiter(?:in)?|Delegationschef(?:in)?", "head-of-delegation",
     "Delegationsleiterin"),
    (r"Generalsekretär(?:in|s)?", "secretary-general", "Generalsekretärin"),
    (r"Vize-?[Pp]räsident(?:in|en)?", "vice-president", "Vizepräsidentin"),
    (r"Präsident(?:in|en)?", "president", "Präsidentin"),
    (r"Koordinator(?:in)?", "coordinator", "Koordinatorin"),
    (r"Geschäftsführer(?:in|s)?", "managing-director", "Geschäftsführerin"),
    (r"Direktor(?:in|s)?", "director", "Direktorin"),
    (r"Sprecher(?:in|s)?", "spokesperson", "Sprecherin"),
    (r"Partner(?:in|s)?\b", "partner", "Partnerin"),
)
# The German title that names a mayor in some cities and a deputy in others.
AMBIGUOUS_MAYOR = (r"[Bb]ürgermeister(?:in)?",)
# The title of the head of a German city that has deputies called "Bürgermeister(in)": beside
# an Oberbürgermeister of the same city, a Bürgermeister(in) is a deputy.
HEAD_MAYOR_TITLES = (r"Oberbürgermeister(?:in|s)?", r"OB")
# A role given as a predicate: 'X nahm als Bürgermeister von Y teil'.
PREDICATE_MARKERS = (r"als",)
# A pronoun and a copula opening a sentence: 'Er ist Bürgermeister von Y'.
PRONOUN_COPULAS = (r"(?:Er|Sie)\s+(?:ist|war)",)
# A role written with a possessive ("Leiter ihres Departments") is held for the agent of
# the role before it.
POSSESSIVES = (r"seine[sr]?", r"ihre[sr]?")
# Definite articles that open a clause naming the role of the person just named.
DEFINITE_ARTICLES = (r"die", r"der")
# Amtsträger im Plural nach einem Namen und einem Komma ("Frau X, die Oberbürgermeister nach
# Rangliste, die Stellvertretungen"): "die" vor einer männlichen Form ist Plural, das nächste
# Glied einer Aufzählung, keine Apposition.
PLURAL_ROLE_GROUPS = (r"die\s+(?:übrigen\s+|anderen\s+)?[\w-]*(?:meister|minister|leiter|"
                      r"präsidenten|direktoren|senatoren|vorsteher|räte)",)
# Words between a role and its agent: "Bürgermeister von", "Staatsminister im".
AGENT_PREPOSITIONS = (r"von", r"vom", r"der", r"des", r"im", r"in", r"bei", r"beim", r"am",
                      r"für")

# ------------------------------------------------------------------ partner roles
PARTNER_ROLES = (
    # the genitive singular too: "die Rolle des ideellen Partners"
    (r"Hauptsponsor(?:en|in|s)?|Haupt-Sponsor(?:en|s)?", "main-sponsor"),
    # a sentence may open on the adjective: "Ideelle Partner waren ..."
    (r"[Ii]deelle[rn]?\s+Partner(?:in|innen|n|s)?", "supporting-partner"),
    (r"Medienpartner(?:in|innen|n|s)?", "media-partner"),
    # a co-organiser is read to keep its names apart, and stated as lt:coOrganiser, no partner
    (r"(?:Mitveranstalter|Mitausrichter|Ko-Veranstalter)(?:in|innen)?", "co-organiser"),
    (r"Sponsor(?:en|in)?", "sponsor"),
    (r"(?:Projekt)?[Pp]artner(?:in|innen|n)?", "partner"),
)
# Copulas and list leads that tie organisations to a partner role ('Zu den Partnern ... gehören
# X und Y', 'The main sponsors ... were X and Y').
COPULAS = (r"sind", r"ist", r"waren", r"war", r"gehören", r"gehörten", r"zählen", r"zählten",
           r"traten", r"trat", r"fungierten", r"fungierte")
LIST_LEADS = (r"zu\s+den", r"unter\s+den")
# "Als ideelle Partner beteiligen sich X und Y": the verb of a clause opening on "als" and a
# role, its subjects after it
PARTNER_AS_VERBS = (r"beteilig(?:en|t|te|ten)\s+sich", r"engagier(?:en|t|te|ten)\s+sich",
                    r"wirk(?:en|t|te|ten)\s+mit", r"stehen|steht|standen|stand")
# The role first, the organisations after it ("in Zusammenarbeit mit X").
PARTNER_PHRASES = (
    (r"\b[Ii]n\s+(?:Zusammenarbeit|Kooperation)\s+mit(?:\s+(?:dem|der|den))?", "co-organiser"),
    (r"\b[Gg]esponsert\s+(?:wird|werden|wurde|wurden)?\s*(?:\w+\s+){0,3}?(?:von|vom|durch)"
     r"(?:\s+(?:dem|der|den|die|das))?", "sponsor"),
    (r"\b[Mm]it\s+(?:der\s+)?(?:(?:freundliche[rn]|großzügige[rn]|finanzielle[rn])\s+)?"
     r"Unterstützung\s+(?:von|vom|des|der|durch)"
     r"(?:\s+(?:dem|der|den))?", "supporting-partner"),
    (r"\b(?:[Kk]o-?)?[Ff]inanziert\s+(?:wird|werden|wurde|wurden)?\s*(?:\w+\s+){0,3}?"
     r"(?:von|vom|durch)(?:\s+(?:dem|der|den|die|das))?", "supporting-partner"),
    (r"\b[Mm]it\s+(?:der\s+)?(?:finanziellen\s+)?(?:Förderung|Finanzierung|Fördermitteln)\s+"
     r"(?:von|vom|des|der|durch)(?:\s+(?:dem|der|den))?", "supporting-partner"),
    (r"\b(?:[Uu]nterstützt|[Gg]efördert)\s+(?:wird|werden|wurde|wurden)?\s*(?:\w+\s+){0,3}?"
     r"(?:von|vom|durch)(?:\s+(?:dem|der|den|die|das))?", "supporting-partner"),
    (r"\b[Zz]u\s+den\s+Partnern\s+(?:der\s+Konferenz\s+|des\s+Gipfels\s+)?"
     r"(?:gehören|gehörten|zählen|zählten)(?:\s+(?:der|die|das))?", "partner"),
)
# Passives with the verb last: "wird vom X und der Y gesponsert".
PARTNER_PASSIVES = (
    (r"\b(?:von|vom|durch)\s+(?:(?:dem|der|den|die|das)\s+)?(?P<items>[^.;:]{2,160}?)\s+"
     r"(?:gesponsert|gesponsort)\b", "sponsor"),
    (r"\b(?:von|vom|durch)\s+(?:(?:dem|der|den|die|das)\s+)?(?P<items>[^.;:]{2,160}?)\s+"
     r"(?:unterstützt|gefördert)\b", "supporting-partner"),
    (r"\b(?:von|vom|durch)\s+(?:(?:dem|der|den|die|das)\s+)?(?P<items>[^.;:]{2,160}?)\s+"
     r"(?:kofinanziert|finanziert)\b", "supporting-partner"),
)
# The organisations first, then a verb of support with the event as its object: "X und Y
# unterstützten den Gipfel", "X förderte die Konferenz".
PARTNER_ACTIVES = (
    (r"(?P<items>[^.;:]{2,160}?)\s+(?P<verb>unterstützt\w*|förderte\w*|fördert\w*)\s+"
     r"(?:(?:den|die|das)\s+)?(?:[\w-]+\s+){0,2}?\w*(?:[Gg]ipfel(?:treffen)?|[Kk]onferenz)\b",
     "supporting-partner"),
    (r"(?P<items>[^.;:]{2,160}?)\s+(?P<verb>sponserte\w*|sponsert\w*)\s+"
     r"(?:(?:den|die|das)\s+)?(?:[\w-]+\s+){0,2}?\w*(?:[Gg]ipfel(?:treffen)?|[Kk]onferenz)\b",
     "sponsor"),
)
NEGATIONS = (r"nicht", r"kein\w*", r"nie", r"niemals")
# Modifiers naming an organisation that is not itself a partner ("das von der Y geführte").
ORG_MODIFIERS = (r"\bvon\s+(?:der|dem|den)\s+[^,.;]{1,60}?\s+(?:geführte\w*|gegründete\w*|"
                 r"getragene\w*|initiierte\w*)",)
# A group named by reference to the organisations just named: "beide Netzwerke".
# Words after a partner clause that add one more organisation to it ("X und Y waren ideelle
# Partner, ebenso wie Z").
PARTNER_ADDITIONS = (r"ebenso\s+wie", r"genauso\s+wie", r"wie\s+auch",
                     r"neben(?:\s+(?:dem|der|den))?")
# Possessives before a partner role that a list of names follows ("unseren ideellen
# Partnern, dem X und Y"), and the words of an apposition that names one partner ("X,
# einer der Partner des Gipfels").
PARTNER_OWNERS = (r"unser(?:e[nmrs]?)?", r"ihre[nmrs]?", r"seine[nmrs]?")
PARTNER_APPOSITIONS = (r"eine[rs]?\s+der", r"eine[rs]?", r"ein")
# Words before a partner role that make its holders the others of a list ("gemeinsam mit
# unseren weiteren ideellen Partnern X und Y").
# The genitive that makes a partner role the owner of the noun before it ("die Sachleistungen
# der Medienpartner"): what stands before is the partners' contribution, not a partner.
PARTNER_POSSESSOR_LEADS = (r"der", r"des", r"von\s+den")
PARTNER_FELLOWS = (r"andere[mnrs]?", r"weitere[mnrs]?", r"übrige[mnrs]?")
# What a thanks may be for that is a part in an event ("für die Gastfreundschaft", "für ihre
# Rede"): a person thanked for none of these, in a sentence that names no summit, is thanked
# for something else ("für die Kaffeepausen", "für ihr Engagement") and is placed nowhere.
THANKED_FOR_A_PART = (r"Gastfreundschaft", r"Empfang\w*", r"Begrüßung", r"Rede", r"Grußwort\w*",
                      r"Vortr(?:a|ä)g\w*", r"Anwesenheit", r"Teilnahme", r"Kommen", r"Besuch\w*",
                      r"Organisation", r"Moderation", r"Einladung", r"Beitr(?:a|ä)g\w*",
                      r"Gastgeber\w*", r"ausgerichtet", r"teilgenommen", r"gesprochen")
# Thanks before a partner role: the holders it thanks follow ("wir danken unseren Sponsoren X
# und Y", "Dank an die Medienpartner X und Y").
PARTNER_THANKS = (r"(?:wir|ich)\s+(?:\w+\s+)?danken?",
                  r"(?:(?:ein|unser|großer|großes|herzlicher|herzliches|vielen|herzlichen|"
                  r"besonderer|besonderen)\s+)*(?:Dank(?:eschön)?|Danke)\s+(?:(?:auch|geht|"
                  r"gilt|nochmals)\s+)*an",
                  r"(?:(?:unser|ein|großer|herzlicher|besonderer)\s+)*Dank\s+gilt(?:\s+auch)?",
                  r"(?:wir\s+)?bedanken\s+(?:uns|mich)\s+bei")
# The agent of a passive, before a partner role that heads the names right after it ("die
# Kosten wurden von den Hauptsponsoren X und Y getragen").
PARTNER_HEAD_LEADS = (r"von\s+(?:den|dem|der|unseren|seinen|ihren)", r"durch\s+(?:die|den)")
# A role its holders share: the subject before these words and the list after the role and
# the tail ("X teilte sich die Rolle des ideellen Partners mit Y und Z").
PARTNER_SHARES = (r"teilte\w*\s+sich\s+(?:[\w-]+\s+){0,4}?(?:die\s+)?(?:Rolle|Aufgabe)\s+"
                  r"(?:des|der|als)",)
PARTNER_SHARE_TAILS = (r"mit(?:\s+(?:dem|der|den))?",)
GROUP_REFERENCES = (r"(?:beide|diese|alle\s+(?:drei|vier))\s+(?:\w+\s+)?"
                    r"(?:netzwerke|organisationen|institutionen|partner)",)

# ------------------------------------------------------------------ figures
FIGURES = (
    (r"(?P<n>\d+)\s+(?:\w+-?)?(?:[Rr]epräsentant\w*|[Vv]ertreter\w*|[Dd]elegierte\w*)",
     "representativeCount"),
    (r"(?P<n>\d+)\s+(?:Delegationsch\w+|Delegationsleit\w+|Delegationen)", "delegationCount"),
    (r"(?P<n>\d+)\s+(?:Ländern|Länder|Staaten|Nationen)", "countryCount"),
)
# Words just before a figure that say how exact it is ("rund 35"), with the qualifier the
# graph states (the words of lt:qualifier in the ontology).
FIGURE_QUALIFIERS = (
    (r"rund", "approximately"), (r"etwa", "approximately"), (r"ungefähr", "approximately"),
    (r"circa", "approximately"), (r"ca\.", "approximately"), (r"knapp", "nearly"),
    (r"fast", "nearly"), (r"beinahe", "nearly"), (r"mehr\s+als", "more than"),
    (r"über", "more than"), (r"weniger\s+als", "fewer than"), (r"mindestens", "at least"),
    (r"bis\s+zu", "up to"),
)
# Numbers written out in a figure ("vierzig Delegationen", "zwei Dutzend Länder"); a round
# number makes the figure approximate.
FIGURE_NUMBER_WORDS = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
                       "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13,
                       "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
                       "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30,
                       "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
                       "neunzig": 90, "hundert": 100}
FIGURE_ROUND_NUMBERS = {"dutzend": 12}

# ------------------------------------------------------------------ terms of office
# Words that state a term of office right before or after a role ("seit 2014
# Oberbürgermeister", "Präsident von 2015 bis 2019"): before its start alone, before its first
# date and before its last (read by ``ltgraph.extract.terms_of_office``).
TERM_SINCE = (r"seit", r"seit\s+dem")
TERM_FROM = (r"von", r"vom")
TERM_TO = (r"bis(?:\s+zum)?",)

# ------------------------------------------------------------------ words in dates
# (read per language by ``ltgraph.extract.dates``)
# Plain words in lower case (a space stands for any run of spaces).
DATE_WEEKDAY_COMPOUNDS = ("abend", "morgen", "vormittag", "mittag", "nachmittag", "nacht")
DAY_SUFFIXES = (".",)  # after a day number: "30."
DAY_ARTICLES = ("den", "dem")  # before a day number: "den 30."
# before a day and month in figures without the year ("am 31.8."): what makes it a date
NUMERIC_DAY_LEADS = ("am", "vom", "bis", "zum", "seit", "den", "dem")
RANGE_WORDS = ("bis einschließlich", "bis zum", "bis", "–", "—", "-", "/")
DATE_AND_WORDS = ("und dem", "und")  # days of one event: "am 10. und 11. Juni"
DATE_OF_WORDS = ()  # between day and month: "30th of August"
SAME_YEAR_WORDS = ("im selben jahr", "im gleichen jahr", "im selben jahr noch", "desselben jahres")
YEARS_AGO_WORDS = ("vor {n} jahren",)  # {n}: a number
RELATIVE_YEARS = {"letztes jahr": -1, "im letzten jahr": -1, "im vorjahr": -1,
                  "vergangenes jahr": -1, "im vergangenen jahr": -1, "nächstes jahr": 1,
                  "im nächsten jahr": 1, "dieses jahr": 0, "in diesem jahr": 0,
                  "im kommenden jahr": 1, "kommendes jahr": 1}
RELATIVE_DAYS = {"vorgestern": -2, "gestern": -1, "heute": 0}  # "morgen" is also "morning"
# A day told from the day the text named last (the event's day): "am selben Abend" (0),
# "tags darauf" (+1), "am Vortag" (-1).
CONTEXT_DAYS = {"am selben tag": 0, "am gleichen tag": 0, "am selben abend": 0,
                "am gleichen abend": 0, "noch am selben tag": 0, "am abend": 0,
                "am nachmittag": 0, "am vormittag": 0, "tags darauf": 1, "am tag darauf": 1,
                "am folgenden tag": 1, "am nächsten tag": 1, "am folgetag": 1, "tags zuvor": -1,
                "am tag zuvor": -1, "am vortag": -1, "am vorabend": -1, "am tag danach": 1,
                "tags danach": 1, "am abend davor": -1, "am abend zuvor": -1, "am tag davor": -1,
                "tags davor": -1}
LOWER_CASE_ONLY_IN_DATES = frozenset()  # a month or weekday only when capitalised

# ------------------------------------------------------------------ the text layer
# Abbreviations whose full stop ends no sentence (case as written), and the suffixes of
# ordinal numbers ("2.", "2nd", "2e"); plain words.
ABBREVIATIONS = ("Dr", "Prof", "St", "Nr", "Abs", "bzw", "ca", "etc", "vgl", "z.B", "u.a", "d.h",
                 "v.l", "V.l", "Str", "Dipl", "Bgm", "Bgmin",
                 # "Prof. em. Dr. h. c. X": a retired professor, an honorary doctorate
                 "em", "emer", "h. c", "h.c", "mult",
                 # "u. a. von X", "z. B. in X", "d. h.", "v. a.": the spaced abbreviations,
                 # cut at each of their full stops
                 "u", "z", "d", "v", "u. a", "z. B", "d. h", "v. a", "u. ä", "o. ä")
ORDINAL_SUFFIXES = (".",)


# ------------------------------------------------------------------ events told over sentences
# Sentence openers that speak of the event just named ("Es war das zweite Treffen dieser Art").
# The first summits of the series counted together ("die ersten beiden Ausgaben fanden in A
# und B statt"), and its start ("die Reihe begann in A"): the hosts follow in order.
SERIES_WORDS = (r"(?:die|seine|ihre)\s+ersten\s+(beiden|zwei|drei|\d)\s+(?:Ausgaben|Gipfel|"
                r"Konferenzen|Treffen)",
                r"(?:die\s+)?(?:Gipfel|Konferenz)?reihe\s+(?:begann|startete|hatte\s+\w+\s+"
                r"begonnen)\s+in")
# An ordinal standing alone for a summit of the series ("Die erste fand 2015 in A statt",
# "der zweite folgte in B"): the words that may follow it, and the nouns of a
# series' numbered instances ("die zweite Auflage").
ORDINAL_TAILS = (r"fand", r"war", r"folgte", r"wurde", r"ist", r"hatte", r"in", r"findet",
                 r"wird", r"richtete")
EDITION_WORDS = (r"Auflage", r"Ausgabe")
DEMONSTRATIVES = (r"diese[rsmn]?",)
EVENT_PRONOUNS = (r"Es\s+war", r"Es\s+ist", r"Er\s+war", r"Sie\s+war", r"Das\s+Treffen",
                  r"Die\s+Beratungen", r"Die\s+Gespräche")
# Verbs of delegations meeting: a sentence with one next to the event's tells its days.
MEETING_CUES = (r"berieten", r"beraten", r"tagten", r"getagt", r"trafen\s+sich",
                r"kamen\b[^.]{0,60}\bzusammen", r"versammelten\s+sich",
                # or its first days ("die ersten beiden Tage, der 7. und 8. Dezember")
                r"(?:die|seine|ihre)\s+ersten\s+(?:beiden|zwei|drei)\s+Tage")
# Who signs, by reference to the sentence before: the people it names ("Alle unterzeichneten"),
# its last person ("Auch er unterschrieb"), its last city ("Die Stadt unterzeichnete ebenfalls").
SIGNER_GROUPS = (r"alle", r"sie\s+alle", r"alle\s+(?:drei|vier|fünf)", r"jeder\s+von\s+ihnen",
                 r"beide", r"alle\s+(?:\w+\s+)?(?:bürgermeister\w*|gäste|amtskollegen)")
# Signers named as everyone at the summit ("alle anwesenden Bürgermeister unterzeichneten",
# "von den anwesenden Delegationen unterzeichnet"): the cities that take part sign.
# The first person plural as the signer ("haben wir unterzeichnet"): the city the text speaks
# for, named just before. After the signing verb, words that add signers ("..., dazu X und
# Y").
SIGNER_WE = (r"wir",)
SIGNER_ADDITIONS = (r"dazu", r"außerdem", r"ebenso", r"ferner", r"sowie", r"darunter",
                    r"genauso\s+wie", r"wie\s+auch",
                    r"unter\s+(?:anderem|ihnen)")
# A journey's end ("reiste nach X und unterzeichnete"): the city is where the signing happened.
TRAVEL_WORDS = (r"reiste\w*\s+nach", r"fuhr\w*\s+nach", r"flog\w*\s+nach",
                r"(?:Besuch|Reise|Aufenthalt)\s+in", r"besuchte\w*")
PRESENT_SIGNERS = (r"(?:alle\s+)?(?:die\s+|den\s+)?anwesenden\s+(?:ober)?(?:bürgermeister\w*|"
                   r"delegation\w*|städte|gäste|teilnehme\w*)",
                   r"alle\s+(?:teilnehmenden|vertretenen)\s+(?:städte|delegationen|"
                   r"(?:ober)?bürgermeister\w*)",
                   r"alle\s+teilnehmer\w*",
                   r"sämtliche\s+(?:anwesenden\s+)?(?:delegationen|städte|"
                   r"(?:ober)?bürgermeister\w*)",
                   r"jede[rs]?\s+anwesende[rn]?\s+(?:(?:ober)?bürgermeister\w*|delegation)",
                   # "X und die übrigen Delegationen", "X und seine Amtskolleginnen und
                   # -kollegen": the signer named and everyone else there, as one subject
                   # ("neben den übrigen Delegationen" signs no one else)
                   r"und\s+(?:die\s+)?(?:übrigen|anderen)\s+(?:delegation\w*|"
                   r"(?:ober)?bürgermeister\w*|teilnehme\w*|gäste|städte|amtskolleg\w*)",
                   r"und\s+(?:seine|ihre)\s+(?:amtskolleg\w*|kolleginnen\s+und\s+kollegen)",
                   # "die 23 anwesenden Bürgermeister"
                   r"die\s+\d+\s+anwesenden\s+(?:(?:ober)?bürgermeister\w*|delegation\w*|städte)")
SIGNER_PRONOUNS = (r"[Ee]r", r"[Ee]r\s+selbst")
CITY_REFERENCES = (r"die\s+stadt", r"die\s+kommune", r"die\s+gemeinde")
# A signed text not named as a declaration ("ein gemeinsames Papier unterzeichnet").
DOCUMENT_WORDS = (r"papier", r"dokument", r"text", r"abschlusserklärung")
# "im Namen der Stadt X unterzeichnet": X signs.
SIGNING_FOR = (r"im\s+namen\s+(?:der\s+stadt|von|der\s+bürger\w*\s+von|der\s+einwohner\w*\s+von)",
               r"für\s+die\s+stadt", r"im\s+namen")
# A clause of its own between a city and the signing: "..., wo die Erklärung verabschiedet wurde".
CLAUSE_BREAKS = (r"wo", r"wohin")
# Signers written after a signing verb: a passive agent ("unterzeichnet, unter anderem von A und
# B", "durch den Oberbürgermeister X"), and the words that may stand between a verb and its
# subject put after it ("unterzeichnete Oberbürgermeister X", "Unterschrieben hat auch X").
SIGNER_AGENTS = (r"von", r"durch")
SIGNER_INVERSION_FILLERS = (r"hat", r"haben", r"auch", r"ebenfalls", r"zudem", r"nun", r"dann",
                            r"nachträglich", r"einstimmig", r"schließlich", r"der", r"die",
                            r"den", r"damalige[n]?", r"(?:ober)?bürgermeister(?:in)?")
# The host named by its standing, not its name ("die Gastgeberstadt", "der Gastgeber"):
# in a signing it is the host city of the declaration's summit.
# Signers counted back to the cities named before ("darunter alle drei genannten", "die
# beiden erwähnten Städte"): the last that many cities the text named.
# "alle drei haben unterschrieben": every one of the cities named before, counted
COUNTED_ALL = (r"alle",)
NAMED_BEFORE_WORDS = (r"genannten", r"erwähnten", r"aufgeführten", r"aufgezählten")
# Signing as one ("einstimmig unterzeichnet"): everyone at the summit signs.
UNANIMITY_WORDS = (r"einstimmig",)
# The mayors counted as the signing's subject ("Die 23 Bürgermeister unterzeichneten") or as
# what "sie" refers back to: everyone there signs.
SIGNER_GROUP_NOUNS = (r"(?:ober)?bürgermeister(?:innen)?", r"stadtoberhäupter")
# Adopting a text, which is no signature of everyone who voted for it.
ADOPTION_VERBS = (r"verabschiede\w*",)
SIGNER_THEY = (r"sie",)
# A part of the mayors, not all of them ("Einige Bürgermeister unterzeichneten").
SIGNER_GROUP_PARTS = (r"einige", r"mehrere", r"viele", r"manche", r"zahlreiche")
# Signing "too" with no object ("Auch X unterschrieb", "X hat ebenfalls unterschrieben"): the
# declaration the text told of signing before.
SIGNED_TOO = (r"auch", r"ebenfalls", r"gleichfalls")
# a question asking who signed, its answer the signers ("Who signed the Declaration?")
SIGNER_QUESTIONS = (r"wer", r"welche\s+städte")
# a numbered question of a quiz or an FAQ ("Question 7: ...?") and the line answering it
# ("Answer 7: ..."), the label before the number
QUIZ_QUESTION_LABELS = (r"frage", r"f")
QUIZ_ANSWER_LABELS = (r"antwort", r"lösung", r"a")
# the first of signers told one after another ("the host signed first")
SIGNED_FIRST = (r"zuerst", r"als\s+erste[rn]?")
# the auxiliary between a signer and its signing verb ("der Gastgeber hat unterschrieben")
SIGNER_AUXILIARIES = (r"hat", r"hatte", r"haben", r"hatten", r"auch")
# A signing after the summit, told without its date ("setzt nachträglich seine Unterschrift"):
# the signer did not take part.
SIGNED_LATER = (r"nachträglich", r"im\s+nachhinein")
# A signing told as done on a visit or a trip ("bei einem Besuch in X unterzeichnet"):
# apart from the summit, unless the same clause names the summit.
SIGNED_ON_VISIT = (r"(?:bei|während)\s+(?:einem|einer|seinem|seiner|ihrem|ihrer|dem|der)\s+"
                   r"(?:[\w-]+\s+){0,2}?(?:Besuch|Reise|Aufenthalt|Visite)\w*",
                   r"auf\s+(?:einer|seiner|ihrer|der)\s+(?:[\w-]+\s+){0,2}?Reise\w*")
# Der Urheber einer Ausrichtung ("ausgerichtet von der Stadt X", "veranstaltet vom
# Oberbürgermeister Y"): wer danach steht, richtete aus und unterschrieb damit nicht.
HOSTING_AGENT_CUES = (r"ausgerichtet\b[^,;:.\n]{0,80}?\b(?:von|vom|durch)",
                      r"veranstaltet\b[^,;:.\n]{0,80}?\b(?:von|vom|durch)",
                      r"organisiert\b[^,;:.\n]{0,80}?\b(?:von|vom|durch)")

# Verben, deren Subjekt der Gastgeber ist ("X richtete den ersten Gipfel aus", "X lud
# ein"): die Stadt direkt davor richtete aus und unterschrieb damit nicht.
HOSTING_SUBJECT_VERBS = (r"richtete\w*", r"veranstaltete\w*", r"organisierte\w*", r"lud",
                         r"empfing")

HOST_REFERENCES = (r"die\s+gastgeberstadt", r"die\s+gastgebende\s+stadt", r"der\s+gastgeber")

# Fragewörter, die einen Fragesatz eröffnen ("Wann sonst sitzen ... ?")
QUESTION_WORDS = ("wer", "wen", "wem", "wessen", "was", "wann", "wo", "wohin", "woher", "warum",
                  "wieso", "weshalb", "weswegen", "wie", "welche", "welcher", "welches", "welchen")

# ein Gipfel, an den bei einem anderen Anlass erinnert wird: "erinnerte an die erste
# Konferenz 2015", "in Erinnerung an den ersten Gipfel", "blickte auf den Gipfel 2015 zurück"
RECALL_CUES = (r"erinner(?:t|te|ten|n|nd)?\s+(?:(?:sie|er|man|uns|sich|dabei|auch|noch)\s+){0,2}an",
               r"Erinnerung(?:en)?\s+an", r"zurückblick\w*\s+auf", r"Rückblick\s+auf")
# mit dem Verb am Ende des Satzteils: "dass sie an die erste Konferenz 2015 erinnert hat"
RECALL_TAIL_LEADS = (r"an",)
RECALL_TAIL_CUES = (r"erinner(?:t|te|ten|n)", r"zurückdenk\w*", r"zurückgedacht")

# A city taking part with no person named ("A, B und C nahmen teil", "A entsandte eine
# Delegation", "Vertreten waren A, B und C", "X hat sein Rathaus vorgestellt"): the
# verbs, in a tense that tells it happened; the words that may stand between them and the list
# of cities; the words between the list and the verb; the word between the ends of a range
# ("von X bis Y").
TAKING_PART_VERBS = (r"nahm(?:en)?(?=[^.;]{0,80}\steil(?!\w))",
                     r"(?:hat|haben|hatte|hatten)(?=[^.;]{0,80}\steilgenommen(?!\w))",
                     r"teilgenommen\s+(?:haben|hatten)",
                     r"(?:war|waren|ist|sind)(?=[^.;]{0,80}\svertreten(?!\w))",
                     r"vertreten\s+(?:waren|sind)",
                     r"(?:war|waren)(?=[^.;]{0,60}\sdabei(?!\w))",
                     r"(?:mit\s+)?dabei\s+waren",
                     r"(?:entsandte|entsandten|schickte|schickten)(?=[^.;]{0,60}\sDelegation)",
                     r"(?:hat|haben|hatte|hatten)(?=[^.;]{0,80}\s(?:vorgestellt|präsentiert|"
                     r"gezeigt)(?!\w))",
                     r"stellten?(?=[^.;]{0,80}\svor(?!\w))", r"präsentierten?",
                     r"sprach(?:en)?", r"ergriff(?:en)?(?=[^.;]{0,40}\sWort(?!\w))",
                     r"zu\s+den\s+(?:teilnehmenden|vertretenen|anwesenden)\s+Städten\s+"
                     r"(?:gehörten|zählten)",
                     r"(?:die\s+)?(?:teilnehmenden|vertretenen|anwesenden)\s+Städte\s+waren",
                     # a session that gave the floor to cities ("mit Stimmen aus A, B und C",
                     # "brachte A und B zusammen")
                     r"(?:Stimmen|Beiträgen|Redebeiträgen|Wortmeldungen|Erfahrungsberichten)\s+"
                     r"(?:aus|von)",
                     r"(?:Beiträge|Redebeiträge|Wortmeldungen|Erfahrungsberichte)\s+kamen\s+"
                     r"(?:\w+\s+){0,2}?(?:aus|von)",
                     r"kamen\s+(?:\w+\s+){0,2}?(?:Beiträge|Redebeiträge|Wortmeldungen|"
                     r"Erfahrungsberichte)\s+(?:aus|von)",
                     r"brachten?(?=[^.;]{0,80}\szusammen(?!\w))",
                     # eine Runde mit Städten, Städte, die dort ihre Erfahrungen teilten, dort
                     # mit anderen saßen oder zu ihr eingeladen waren ("ein Dialog der
                     # Bürgermeister mit A und B", "A und B teilten ihre Erfahrungen", "X saß im
                     # Dialog gemeinsam mit A und B", "eine der zum Dialog eingeladenen Städte")
                     r"(?:(?:Dialog|Panel|Podium|Gesprächsrunde)\s+der\s+"
                     r"(?:Ober)?[Bb]ürgermeister\w*|"
                     r"(?:Bürgermeister|Eröffnungs|Abschluss)\w*(?:dialog|panel|podium|runde))"
                     # sein Titel in Anführungszeichen ("ein Dialog der Bürgermeister „Sozialer
                     # Zusammenhalt in Städten“ mit A und B")
                     r"(?:\s+[„\"“»][^“\"”«]{1,80}[“\"”«])?\s+mit",
                     r"teilten(?=\s+[^.;]{0,80}?(?:ihre|seine)\s+(?:\w+\s+)?(?:Erfahrungen|Praxis)"
                     r"(?![\w-]))",
                     r"(?:saß|saßen)(?=[^.;]{0,80}?\s(?:auf\s+dem\s+Podium|im\s+(?:Dialog|Panel|"
                     r"Workshop))(?![\w-]))",
                     # ("Bürgermeister aus A und B waren online zugeschaltet")
                     r"(?:war|waren)(?=[^.;]{0,60}\szugeschaltet(?!\w))",
                     r"zu[mr]\s+(?:[\w-]+\s+){0,3}?(?:Dialog|Panel|Podium|Gesprächsrunde)\w*\s+"
                     r"eingeladenen\s+Städte",
                     # eine der Städte einer Runde ("X war eine von vier Städten in dieser
                     # Runde, neben A, B und C")
                     r"(?:war|waren)\s+(?:eine\s+(?:der|von)|unter\s+den)\s+(?:\w+\s+)?"
                     r"Städten?\s+(?:in|im|bei|beim)\s+(?:dieser|diesem|der|dem)?\s*"
                     r"(?:Dialog|Panel|Runde|Gesprächsrunde|Sitzung|Workshop)(?![\w-])",
                     # das Nomen der Teilnahme vor einer Liste von Städten und dem Gipfel
                     # ("die Teilnahme von A, B und C am zweiten Gipfel")
                     r"Teilnahme\s+(?:von|der\s+Städte)(?=\s[^.;]{0,160}?\s"
                     r"(?:am|an\s+der|an\s+dem|beim)\s+(?:[\w'’-]+\s+){0,4}?"
                     r"(?:Gipfel|Konferenz|Treffen)\w*)",)
TAKING_PART_LEADS = (r"die", r"der", r"das", r"auch", r"unter\s+anderem", r"darunter",
                     r"(?:Stadt|Städte|Gemeinde|Kommune|Landeshauptstadt|Metropole)",
                     r"(?:Ober)?[Bb]ürgermeister(?:in(?:nen)?)?\s+(?:von|aus)",
                     r"(?:Delegation(?:en)?|Vertreter(?:innen)?(?:\s+und\s+Vertreter)?)\s+"
                     r"(?:aus|von)",
                     r"aus", r"von", r"durch",
                     # "Bürgermeister aus so fernen Städten wie A und B"
                     r"(?:so\s+)?(?:fernen|weit\s+entfernten|nahen)\s+(?:Städten|Orten)\s+wie",
                     r"(?:Städten|Orten)\s+wie")
TAKING_PART_TAILS = (r"(?:Ober)?[Bb]ürgermeister(?:in)?", r"Delegation", r"auch", r"ebenfalls",
                     r"bereits", r"schon")
CITY_RANGE_WORDS = (r"bis",)
# The words before a list of cities that took part beside the subject of a verb of taking
# part ("X sprach gemeinsam mit A, B und C", "An der Seite von A stellten drei Städte ihre
# Arbeit vor"), and the words by which a city's own text names the city as the one that took
# part ("unsere Stadt war vertreten").
TAKING_PART_COMPANIONS = (r"gemeinsam\s+mit", r"zusammen\s+mit", r"an\s+der\s+Seite\s+von",
                          r"Seite\s+an\s+Seite\s+mit",
                          # nach einem Komma, in einem Satz der Teilnahme ("X war eine von vier
                          # Städten in dieser Runde, neben A, B und C")
                          r"(?<=,)\s*neben")
OWN_CITY_WORDS = (r"[Uu]nsere\s+Stadt",)
# A word that may follow a city's name as part of it (none in German: "die Stadt X").
CITY_NAME_TAILS = ()
# Words of an office held at the time told ("the then mayor", "der damalige Bürgermeister",
# "alors maire"): at an earlier summit the sentence names, its holder was there.
AT_THAT_TIME_WORDS = (r"damalig\w*", r"damals", r"seinerzeit")
# Relative words of a place (", where the first summit was held", ", wo der erste Gipfel
# stattfand", ", où s'est tenu le premier sommet"): the summit they name describes the place.
# A clause that tells what a place or the network is known for ("die Stadt, die 2019
# Gastgeberin des zweiten Gipfels war"): a summit it names is not where the people were.
PLACE_CLAUSES = (r"(?:\w*stadt|metropole|gemeinde|kommune)\s*,\s*(?:die|welche|wo|in\s+der)",
                 r"(?:netzwerk|observator)\w*\s*,\s*(?:das|welches|wo)")
# A city's apposition as host of a summit ("X, Gastgeberin des zweiten Gipfels, war
# nicht vertreten"): the summit says what the city is known for, not where anyone was.
HOST_APPOSITIONS = (r"(?:die\s+)?(?:Gastgeber(?:in|stadt)?|Ausrichter(?:in|stadt)?)\s+(?:des|der)",)
PLACE_RELATIVES = (r"wo", r"in\s+de[rm]")
# A verb in the pluperfect ("Sein Vorgänger hatte den zweiten Gipfel ausgerichtet"): the
# sentence looks back to an earlier summit from the story told.
FLASHBACK_VERBS = (r"(?:hatte|hatten)(?=[^.;]{0,80}\s\w*(?:ge\w+(?:t|en)|iert)(?![\w-]))",
                   # the pluperfect passive: "war im Juni verabschiedet worden"
                   r"(?:war|waren)(?=[^.;]{0,100}\s\w+(?:t|en)\s+worden(?![\w-]))")
# Ein Satzteil, der einen früheren Gipfel nur im Vorbeigehen nennt ("wie schon 2015 in X",
# "ähnlich wie beim ersten Gipfel", "nach denen von X 2015", "in der Tradition der X
# Erklärung"): was der Satz sonst erzählt, geschah nicht dort.
SUMMIT_ASIDE_CUES = (r"(?:ähnlich\s+|genauso\s+|ebenso\s+)?wie\s+"
                     r"(?:schon|bereits|zuvor|damals|beim|bei|im|in|auf)",
                     r"nach\s+(?:denen|jenem|jenen)\s+(?:von|in)",
                     r"in\s+(?:der\s+)?(?:Nachfolge|Tradition|Fortsetzung|Kontinuität)",
                     r"anknüpfend\s+an", r"nach\s+dem\s+Vorbild")

# ein späterer Zusatz auf der Seite: "Aktualisierung vom 13. Dezember 2021", "Nachtrag"
UPDATE_LABELS = (r"aktualisier(?:ung|t)", r"nachtrag", r"update", r"ergänzung")

# eine Berichtigung: "BERICHTIGUNG", "Korrektur:", "Richtigstellung –" als erstes Wort der Zeile
CORRECTION_LABELS = (r"berichtigung", r"korrektur", r"richtigstellung", r"erratum",
                     r"corrigendum")
# ein Satz, der sagt, dass der Text einen früheren berichtigt
CORRECTION_CUES = (r"anders\s+als\s+(?:zunächst\s+|von\s+uns\s+)?(?:berichtet|gemeldet|"
                   r"geschrieben)",
                   r"(?:irrtümlich|fälschlich)(?:erweise)?\s+(?:hieß|stand|berichtet|gemeldet|"
                   r"geschrieben)",
                   r"wir\s+bitten,?\s+(?:den|diesen)\s+fehler\s+zu\s+entschuldigen")
# "wir schrieben: „...“", "hieß es: „...“": der frühere Text wird zitiert
QUOTED_ERROR_CUES = (r"wir\s+schrieben", r"(?:hatten|haben)\s+wir\s+geschrieben",
                     r"hieß\s+es", r"stand\s+(?:dort\s+)?zu\s+lesen",
                     r"war\s+zu\s+lesen")
# "irrtümlich hieß es, ...", "haben wir fälschlicherweise berichtet, dass ..."
WRONGLY_STATED_CUES = (
    r"(?:irrtümlich|fälschlich)(?:erweise)?\s+(?:hieß|stand)\s+es(?:\s+in\s+[^,.:]{1,60})?",
    r"(?:hieß|stand)\s+es(?:\s+in\s+[^,.:]{1,60})?\s+(?:irrtümlich|fälschlich)(?:erweise)?",
    r"(?:haben|hatten)\s+wir(?:\s+[^,.:]{1,40})?\s+(?:irrtümlich|fälschlich)(?:erweise)?\s+"
    r"(?:berichtet|gemeldet|geschrieben)",
    r"wir\s+(?:haben|hatten)\s+(?:irrtümlich|fälschlich)(?:erweise)?\s+"
    r"(?:berichtet|gemeldet|geschrieben)")

# "unterzeichnet von A und B, aber auch von C": eine zweite Liste der Unterzeichner
AGENT_CONTINUATIONS = (r"aber\s+auch", r"sondern\s+auch", r"und\s+auch", r"wie\s+auch")
# "habe ich im Namen unserer Stadt unterzeichnet": wer schreibt oder spricht, unterzeichnet
# für die Stadt, die den Text herausgibt
SIGNER_I = (r"ich",)
SIGNER_MY = (r"unser(?:e[rsmn]?)?", r"mein(?:e[rsmn]?)?")
SIGNING_WITH = (r"gemeinsam\s+mit", r"zusammen\s+mit", r"mit", r"an\s+der\s+Seite\s+von")
SIGNING_WITH_THEM = (r"(?:gemeinsam\s+|zusammen\s+)?mit\s+ihnen",)
# The auxiliary that may follow a verb put last in its clause ("... unterzeichnet hat.")
VERB_FINAL_TAILS = (r"hat", r"hatte", r"haben", r"hatten", r"habe", r"ist", r"sind", r"war",
                    r"waren", r"wurde", r"wurden", r"worden")
LATER_CLAUSES = (r"\s+und\s+(?:\w+\s+){0,2}(?:danach|anschließend|später|dann|hinterher)",
                 r",\s+(?:danach|anschließend|später|dann)", r",\s+bevor")
SIGNING_NOUNS = (r"unterzeichnung", r"unterschrift")
# the name of a mark that a list's note explains: "an asterisk marks the cities that signed"
MARK_WORDS = (r"sternchen", r"asterisk(?:en|e)?")
# the opening of a sentence that names some of the signers just told: "Among them, Mayor X"
SIGNER_MEMBERS = (r"darunter", r"unter\s+ihnen", r"unter\s+den\s+unterzeichnern")
