"""Language knowledge the extractor needs, in German, English and French: nothing else.

Everything here is about words, never about a particular city, person or organisation: role
words and titles, honorifics, month and weekday names, ordinals, partner-role phrases, the cues
that announce a signing, a membership, a start or an end, and the patterns of captions. Known
names come from the reference data and the geographic packages (see ``gazetteer``).

The role and partner-role tables complement the SKOS altLabels of the ontology, which the
gazetteer reads; both are turned into patterns by the extractor, longest label first.
"""

from __future__ import annotations

import re

LANGUAGES = ("de", "en", "fr")

# ------------------------------------------------------------------ language detection
# Frequent function words; a text's language is the one whose words occur most often.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset("der die das und ist sind mit von zu im den dem des ein eine einer auf "
                    "für nicht sich auch hat haben wurde wird bei aus nach als wie zum zur "
                    "über sie er es".split()),
    "en": frozenset("the and is are with of to in a an on for not also has have was were "
                    "will at from after as by which who this that their they he she".split()),
    "fr": frozenset("le la les et est sont avec de du des un une sur pour pas aussi a ont "
                    "été sera dans au aux par qui que ce cette leur ils elle il l d".split()),
}

# ------------------------------------------------------------------ dates
MONTHS: dict[str, int] = {
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5,
    "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
    "dezember": 12,
    # English
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "october": 10, "december": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12, "dez": 12, "déc": 12,
}

# Monday = 0, as datetime.date.weekday()
WEEKDAYS: dict[str, int] = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "samstag": 5, "sonnabend": 5, "sonntag": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
}

# ------------------------------------------------------------------ ordinals and numbers
# Stems: German ordinals inflect (zweite, zweiten, zweiter), so the tables hold the forms.
ORDINAL_WORDS: dict[str, int] = {}
for _n, _forms in {
    1: "erste erster ersten erstes first premier première premiere 1st 1er 1re 1ère",
    2: "zweite zweiter zweiten zweites second deuxième deuxieme second seconde 2nd 2e 2ème "
       "2eme",
    3: "dritte dritter dritten drittes third troisième troisieme 3rd 3e 3ème 3eme",
    4: "vierte vierter vierten viertes fourth quatrième quatrieme 4th 4e 4ème 4eme",
    5: "fünfte fünfter fünften fünftes fifth cinquième cinquieme 5th 5e 5ème 5eme",
    6: "sechste sechster sechsten sechstes sixth sixième sixieme 6th 6e 6ème",
    7: "siebte siebter siebten siebtes seventh septième septieme 7th 7e 7ème",
    8: "achte achter achten achtes eighth huitième huitieme 8th 8e 8ème",
    9: "neunte neunter neunten neuntes ninth neuvième neuvieme 9th 9e 9ème",
    10: "zehnte zehnter zehnten zehntes tenth dixième dixieme 10th 10e 10ème",
}.items():
    for _form in _forms.split():
        ORDINAL_WORDS[_form] = _n

# Cardinals for durations ("dreitägig", "three-day", "de trois jours").
CARDINAL_WORDS: dict[str, int] = {
    "ein": 1, "eine": 1, "one": 1, "un": 1, "une": 1,
    "zwei": 2, "two": 2, "deux": 2,
    "drei": 3, "three": 3, "trois": 3,
    "vier": 4, "four": 4, "quatre": 4,
    "fünf": 5, "five": 5, "cinq": 5,
    "sechs": 6, "six": 6,
    "sieben": 7, "seven": 7, "sept": 7,
}

# "dreitägig", "zweitägigen", "three-day", "3-day", "de trois jours", "trois jours"
DURATION_PATTERNS: tuple[str, ...] = (
    r"\b(?P<n>ein|zwei|drei|vier|fünf|sechs|sieben|\d)[- ]?tägig",
    r"\b(?P<n>one|two|three|four|five|six|seven|\d)[- ]day\b",
    r"\b(?P<n>deux|trois|quatre|cinq|six|sept|\d) jours\b",
)

# "am zweiten Konferenztag (Samstag, 31. August)", "on the second day, Saturday 31 August",
# "le deuxième jour, samedi 8 décembre"
DAY_OF_EVENT_PATTERNS: tuple[str, ...] = (
    r"\b(?:am|an dem|der|dem|des)\s+(?P<ord>\w+)\s+(?:Konferenz|Gipfel|Tagungs|Kongress)?"
    r"tag(?:e?s)?\b",
    r"\bthe\s+(?P<ord>\w+)\s+(?:conference\s+|summit\s+)?day\b",
    r"\b(?:le|la|au cours du|au cours de la|lors du|lors de la)\s+(?P<ord>\w+)\s+"
    r"(?:jour|journée)\b",
)

# The final day of an event: "Zum Abschluss ... am Sonntag", "At the end of the ... on Sunday"
CLOSING_CUES: tuple[str, ...] = (
    r"\bzum abschluss\b", r"\bam ende\b", r"\bat the end of\b", r"\bat the close of\b",
    r"\bto close\b", r"\bà la clôture\b", r"\ben clôture\b", r"\bà la fin d", r"\bau terme d",
)
# Verbs or phrases that put a date at the start or the end of an event.
START_CUES: tuple[str, ...] = (
    r"\bbegonnen\b", r"\bbeginnt\b", r"\bbegann\b", r"\beröffnet\b", r"\beröffnete\b",
    r"\bstartet\b", r"\bstartete\b", r"\bauftakt\b",
    r"\bopened\b", r"\bopens\b", r"\bbegan\b", r"\bbegins\b", r"\bstarted\b",
    r"\bstarts\b", r"\bkicked off\b", r"\bgot under way\b",
    r"\bs'est ouvert", r"\bs’est ouvert", r"\ba débuté\b", r"\bdébute\b", r"\bcommence\b",
    r"\ba commencé\b", r"\bouverture\b", r"\bs'ouvre\b", r"\bs’ouvre\b",
)
# Verbs that end an event ("closed on 11 June"); "bis", "until" are read next to the date.
END_VERBS = re.compile(
    r"(?i)\b(?:endete|endet|ging\b[^.]{0,60}\bzu ende|abgeschlossen|schloss|closed|closes|"
    r"ended|ends|concluded|wrapped up|s'est terminée?|s’est terminée?|se sont terminés|"
    r"se termine|s'achève|s’achève|s'est achevée?|s’est achevée?|a pris fin|ont pris fin|"
    r"s'est clôturée?|s’est clôturée?|a clôturé)")
END_CUES: tuple[str, ...] = (
    r"\bbis\b", r"\bendete\b", r"\bendet\b", r"\bdauert\b", r"\bging\b.*\bzu ende\b",
    r"\babgeschlossen\b", r"\buntil\b", r"\bclosed\b", r"\bcloses\b", r"\bended\b",
    r"\bends\b", r"\bconcluded\b", r"\bwrapped up\b", r"\bjusqu'au\b", r"\bjusqu’au\b",
    r"\bs'est terminé", r"\bs’est terminé", r"\bse termine\b", r"\bs'achève\b",
    r"\bs’achève\b", r"\bs'est achevé", r"\bs’est achevé", r"\bclôture\b",
)

# ------------------------------------------------------------------ events
# Words that name a summit or conference (matched case-insensitively, also inside compounds
# such as "Gipfeltreffen", "Living-Together-Konferenz", "Bürgermeistergipfel").
SUMMIT_WORDS = (r"summit|conference|gipfel\w*|\w*konferenz\w*|\w*gipfel\w*|sommet|conférence|"
                r"\w*treffen|treffens|meeting|rencontre")
SUMMIT_RE = re.compile(rf"(?i)\b(?:{SUMMIT_WORDS})\b")
# Verbs that place an event somewhere: the city after "in" is then a host city.
EVENT_PLACE_VERBS = (r"stattgefunden|stattfand|fand\b[^.]{0,80}?\bstatt|findet\b[^.]{0,80}?"
                     r"\bstatt|tagte|getagt|veranstaltet|ausgerichtet|richtet|gastgeber\w*|"
                     r"took place|was held|were held|is held|will be held|held|hosted|hosts|"
                     r"hosting|host|takes place|will take place|met|gathered|"
                     r"a eu lieu|s'est tenu\w*|s’est tenu\w*|se tiendra|se tient|accueill\w*|"
                     r"organisé\w*|réuni\w*")

DECLARATION_WORDS = r"declaration|erklärung|déclaration|deklaration"
DECLARATION_RE = re.compile(rf"(?i)\b(?:{DECLARATION_WORDS})\b")

# Signing, in the past or present: a fact. The announcement cues below overrule them.
SIGN_RE = re.compile(
    r"(?i)\b(?:unterzeichne\w*|unterschrieb\w*|unterschrieben|signed|signing|signs|sign|"
    r"sign\u00e9\w*|sign\u00e8rent|signent|signe|signature|signataires?|signatories|"
    r"signatory|adopt\w*|verabschiedet\w*|beim unterzeichnen)\b")
# Sentences that list who signed: "Zu den Unterzeichnern gehören ...", "signed by ...".
SIGNATORY_RE = re.compile(
    r"(?i)\b(?:unterzeichner\w*|signator\w*|signataires?|signed by|unterzeichnet von|"
    r"signée? par|unterschrieben von)")
# Announcements: the signing lies in the future, so no date, venue or signatory is recorded.
ANNOUNCEMENT_RE = re.compile(
    r"(?i)\b(?:soll\w*\b[^.]{0,120}?\bwerden|wird\b[^.]{0,120}?\bwerden|"
    r"wird\b[^.]{0,120}?\bunterzeichnet\b|"
    r"is to be|are to be|will be|will sign|shall be|is expected to|are expected to|"
    r"doit être|doivent être|sera|seront|signeront|signera|devrait être|"
    r"geplant|planned|prévue?s?)\b")

# Attending an event in the future ("erwartet", "expected", "will welcome").
FUTURE_RE = re.compile(
    r"(?i)\b(?:erwartet|werden|wird|will|expected|are to|is to|sera|seront|attendu\w*)\b")

# Groups that stand for the cities taking part: "Delegationen aus X", "the cities represented",
# "les villes participantes". Cities listed after them (or in the next sentence, after an
# opener such as "Unter ihnen") take part in the event.
PARTICIPANT_GROUP_RE = re.compile(
    r"(?i)\b(?:delegation\w*|délégations?|vertretenen\s+städte|teilnehmenden\s+städte|"
    r"beteiligten\s+städte|cities\s+represented|represented\s+cities|participating\s+cities|"
    r"villes\s+représentées|villes\s+participantes)\b")
# Words that open a list of the group's members.
PARTICIPANT_LIST_CUE_RE = re.compile(
    r"(?i)\b(?:aus|from|de|d['’]|wie|such\s+as|comme|darunter|including|notamment|"
    r"unter\s+anderem(?:\s+aus)?|among\s+them|parmi\s+(?:elles|eux))\s+|:\s*")
# Sentences that continue the previous one's group: "Unter ihnen sind ...", "They include".
ANAPHORIC_LIST_RE = re.compile(
    r"(?i)^(?:unter\s+ihnen|darunter|dazu\s+gehören|zu\s+ihnen\s+gehören|they\s+include|"
    r"among\s+them|these\s+include|parmi\s+(?:elles|eux|celles-ci|ceux-ci)|"
    r"elles\s+comptent|ce\s+sont)\b")
# A group only announced ("Delegationen aus X waren angekündigt", "had been announced"): no
# participation.
ANNOUNCED_RE = re.compile(r"(?i)\b(?:angekündigt\w*|announced|annoncée?s?|prévue?s?|"
                          r"eingeladen\w*|invited|invitée?s?)\b")
# A city named as a comparison ("mehr Einwohner als X", "larger than X") is a city, no
# participant.
COMPARISON_RE = re.compile(r"(?i)\b(?:als|than)\s+")

# ------------------------------------------------------------------ network membership
MEMBERSHIP_RE = re.compile(
    r"(?i)\b(?:mitglied\w*|member\w*|membre\w*|gehört\b[^.]{0,120}?\ban\b|angehört|"
    r"beigetreten|trat\b[^.]{0,120}?\bbei|joined|a rejoint|adhéré|adhère)\b")
# The membership cues that name the act of joining (its year needs no "seit"/"since").
JOINED_RE = re.compile(r"(?i)^(?:beigetreten|trat\b.*|joined|a rejoint|adhéré)$")
NETWORK_WORD_RE = re.compile(r"(?i)\b(?:observator\w*|observatoire|netzwerk\w*|network|"
                             r"réseau)\b")
SINCE_YEAR_RE = re.compile(r"(?i)\b(?:seit|since|depuis|in|im jahr|en)\s+(?P<year>(?:19|20)\d\d)\b")

# ------------------------------------------------------------------ people
HONORIFICS: tuple[str, ...] = ("Prof. Dr.", "Prof.", "Dr.", "Dr", "Dres.", "Mag.", "Dipl.-Ing.",
                               "Me", "Pr", "Maître", "Mgr", "Son Excellence", "His Excellency",
                               "Her Excellency", "Seine Exzellenz", "Ihre Exzellenz", "S.E.",
                               "H.E.")
# Styles of address kept as honorifics: "Me" (maître, a French lawyer), "Son Excellence",
# "His Excellency", "Seine Exzellenz", "S.E.", "Mgr".
STYLES = (r"Me|Maître|Mgr|(?:Son|Sa|His|Her|Seine|Ihre)\s+(?:Excellence|Excellency|Exzellenz)|"
          r"S\.\s?E\.|H\.\s?E\.")
STYLE_RE = re.compile(rf"(?:{STYLES})(?=\s+[A-ZÄÖÜÉ])")
HONORIFIC_RE = re.compile(r"(?:(?:Prof\.|Dr\.|Dres\.|Mag\.|Dipl\.-Ing\.)\s*)+")
# Courtesy titles dropped from names (they are neither honorifics nor roles).
COURTESY = frozenset("Herr Frau Mr Mr. Mrs Mrs. Ms Ms. M. Mme Mme. Madame Monsieur Sir "
                     "Dame Me Maître Mgr Monseigneur Excellence Excellency Exzellenz".split())
# Lower-case particles inside names: "Ursula von der Leyen", "Charles de Gaulle".
NAME_PARTICLES = frozenset("van von der den de del della di da du des la le ter ten zu bin ibn "
                           "al el dos das y".split())

# Words that start with a capital but never belong to a person's name.
NOT_NAME_WORDS = frozenset("""
Der Die Das Den Dem Des Ein Eine Einer Und Oder Auch Mit Von Vom Zum Zur Im In Am An Auf Aus
Bei Nach Für Über Unter Vor Wie Wir Sie Er Es Ihr Ich Dort Hier Dabei Zudem Bereits Heute
Rund Mehr Viele Zu
The A An And Or Also With Of From To In On At By For After Before As He She They We It Its
His Her Their Mayor Mayors Lord Deputy City Council Minister Head President Director Partner
Le La Les Un Une Et Ou Avec De Du Des Au Aux Pour Par Sur Dans Il Elle Ils Elles Nous
Hintergrund Background Bild Text Redaktion Foto Photo Montag Dienstag Mittwoch Donnerstag
Freitag Samstag Sonntag Monday Tuesday Wednesday Thursday Friday Saturday Sunday
Welche Welcher Welches Was Wer Wo Wann Warum Wieso What Which Who When Where Why How Comment
Quel Quelle Qui Quand Où Pourquoi
Gastgeber Gastgeberin Host V.l. Von Links Summit Gipfel Konferenz Conference Sommet Declaration
Erklärung Déclaration Workshop Panel
""".split())

# Words that make a photo credit an institution rather than a photographer.
INSTITUTION_WORDS = frozenset("""stadt landeshauptstadt city ville presseamt pressedienst press
presse amt office service bureau büro agentur agency photo foto archiv archive gmbh ag ltd inc
municipalité municipality""".split())

# Verbs that introduce or follow a quotation: "sagte X", "said X", "a déclaré X".
QUOTE_VERBS = (r"sagte|sagt|ergänzte|erklärte|betonte|lobte|meinte|unterstrich|appellierte|"
               r"bilanzierte|fügte\s+hinzu|so|resümierte|freute\s+sich|hob\s+hervor|"
               r"said|says|added|explained|emphasi[sz]ed|stressed|praised|noted|appealed|"
               r"stated|remarked|commented|declared|pointed\s+out|concluded|"
               r"a\s+déclaré|a\s+dit|a\s+souligné|a\s+ajouté|a\s+expliqué|a\s+salué|"
               r"déclare|souligne|ajoute|explique|selon")

# A time adverbial with a year: "im Mai 2016", "in 2016", "en mai 2016", "im Jahr 2016",
# "bereits 2016", "back in 2016" (the month names come from MONTHS).
YEAR_ADVERBIAL_RE = re.compile(
    r"(?i)\b(?:(?:im|in|en|au|during|während)\s+(?:(?:jahr|year|année|mois\s+de)\s+)?"
    r"(?:(?P<month>[^\W\d]+)\s+)?|bereits\s+|schon\s+|déjà\s+|back\s+in\s+)"
    r"(?P<year>(?:19|20)\d\d)\b")
# Captions of archive photos: what they show happened at another time.
ARCHIVE_RE = re.compile(r"(?i)\b(?:archiv\w*|archive\s+(?:photo|picture|image)|file\s+photo|"
                        r"photo\s+d['’]archives?|image\s+d['’]archives?)\b")

# Where someone stands in a photo: "(r.)", "(Mitte)", "(left)", "(au centre)" - never a place.
PHOTO_POSITION_RE = re.compile(
    r"(?i)^(?:l|r|m|li|re|links|rechts|mitte|vorne|hinten|left|right|centre|center|middle|"
    r"front|back|g|d|à gauche|à droite|au centre|gauche|droite|centre)\.?$")

# Group captions: "V.l.:", "Von links:", "From left:", "De gauche à droite :"
CAPTION_LIST_RE = re.compile(
    r"^(?:V\.\s?l\.|Von links|From left(?: to right)?|L(?:eft)? to r(?:ight)?|"
    r"De gauche à droite|De g\. à d\.)\s*:?\s*", re.IGNORECASE)

# ------------------------------------------------------------------ roles
# (pattern, role slug, language). Patterns are matched at the start of a role phrase, longest
# first, together with the SKOS altLabels of the ontology. "{CITY}" is never part of a pattern:
# the agent is found after the role words. Patterns are case-sensitive where German nouns are
# capitalised, so a lower-case "partner" in running English text is still found.
ROLE_PATTERNS: tuple[tuple[str, str, str], ...] = (
    # deputy mayor
    (r"(?:[Ss]tellvertretende[rn]?|[Ee]rste[rn]?\s+[Ss]tellvertretende[rn]?)\s+"
     r"(?:Ober)?[Bb]ürgermeister(?:in)?", "deputy-mayor", "de"),
    (r"Vize-?(?:OB|Oberbürgermeister(?:in)?|Bürgermeister(?:in)?)", "deputy-mayor", "de"),
    (r"Bürgermeister(?:in)?-?[Ss]tellvertret(?:er|erin)", "deputy-mayor", "de"),
    (r"(?:First\s+)?(?:Deputy|Vice)[- ][Mm]ayor(?:ess)?", "deputy-mayor", "en"),
    (r"(?:[Pp]remi(?:er|ère)\s+)?[Aa]djointe?\s+au\s+maire", "deputy-mayor", "fr"),
    (r"[Mm]aire\s+adjointe?", "deputy-mayor", "fr"),
    (r"[Pp]remi(?:er|ère)\s+adjointe?", "deputy-mayor", "fr"),
    (r"[Vv]ice-?[Mm]aire", "deputy-mayor", "fr"),
    # council chairs
    (r"(?:Vize-?|[Ss]tellvertretende[rn]?\s+)Vorsitzende[rn]?\s+(?:des\s+)?"
     r"(?:Stadtrat(?:e?s)?|Rat(?:e?s)?|Gemeinderat(?:e?s)?|Stadtverordnetenversammlung)",
     "council-vice-chair", "de"),
    (r"(?:Vice[- ]?(?:Chair(?:wo)?man|Chair(?:person)?|President)|Deputy\s+Chair(?:wo)?man)"
     r"\s+of\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:City\s+)?Council",
     "council-vice-chair", "en"),
    (r"[Vv]ice-?présidente?\s+du\s+conseil(?:\s+municipal)?", "council-vice-chair", "fr"),
    (r"[Vv]ice-?présidente?\s+du\s+comité\s+exécutif", "executive-committee-vice-chair", "fr"),
    (r"Vice[- ]?(?:Chair(?:wo)?man|Chair|President)\s+of\s+(?:the\s+)?(?:\S+\s+){0,3}?"
     r"Executive\s+Committee", "executive-committee-vice-chair", "en"),
    (r"Vorsitzende[rn]?\s+des\s+(?:Stadtrat(?:e?s)?|Rat(?:e?s)?|Gemeinderat(?:e?s)?)",
     "council-chair", "de"),
    (r"(?:Chair(?:wo)?man|Chair|President|Speaker)\s+of\s+(?:the\s+)?(?:\S+\s+){0,3}?"
     r"(?:City\s+)?Council", "council-chair", "en"),
    (r"[Pp]résidente?\s+du\s+conseil(?:\s+municipal)?", "council-chair", "fr"),
    # mayor
    (r"Oberbürgermeister(?:in)?|OB\b|Bürgermeister(?:in)?|Stadtpräsident(?:in)?",
     "mayor", "de"),
    (r"Lord\s+Mayor|Lady\s+Mayoress|Lord\s+Provost|Provost|Mayor(?:ess)?|mayor(?:ess)?",
     "mayor", "en"),
    (r"[Mm]airesse|[Mm]aire\b|[Bb]ourgmestre", "mayor", "fr"),
    # councillors
    (r"Ratsmitglied|Ratsherr|Ratsfrau|Stadtrat\b|Stadträtin|Stadtverordnete[rn]?|"
     r"Gemeinderat\b|Gemeinderätin", "councillor", "de"),
    (r"(?:City\s+)?Council(?:l)?or|council(?:l)?or|(?:City\s+)?Council\s+[Mm]ember",
     "councillor", "en"),
    (r"[Cc]onseill(?:er|ère)\s+(?:municipale?|de\s+ville|d'arrondissement|"
     r"d’arrondissement)|[Cc]onseill(?:er|ère)\b", "councillor", "fr"),
    # ministers
    (r"Staatsminister(?:in)?", "minister-of-state", "de"),
    (r"(?:Bundes|Landes|Europa|Innen|Außen|Kultur|Bau|Umwelt|Familien|Justiz|Finanz|"
     r"Wirtschafts|Verkehrs|Bildungs|Integrations)minister(?:in)?", "minister", "de"),
    (r"Minister\s+of\s+State|Minister\s+for\s+State|State\s+Minister", "minister-of-state",
     "en"),
    (r"[Mm]inistre\s+d'[ÉE]tat|[Mm]inistre\s+d’[ÉE]tat", "minister-of-state", "fr"),
    (r"Minister(?:in)?|Ministre|ministre|minister", "minister", "de"),
    (r"Senator(?:in)?|senator", "senator", "de"),
    (r"[Ss]énat(?:eur|rice)", "senator", "fr"),
    (r"Gouverneur(?:in)?|Governor|governor|[Gg]ouverneure?", "governor", "de"),
    (r"Botschafter(?:in)?|Ambassador|ambassador|[Aa]mbassad(?:eur|rice)", "ambassador", "de"),
    # heads
    (r"(?:Leiter(?:in)?|Chef(?:in)?)\s+(?:des|der)\s+(?:\S+\s+){0,2}?"
     r"(?:Departments?|Abteilung|Amt(?:e?s)?|Fachbereich(?:s|es)?)\b",
     "head-of-department", "de"),
    (r"(?:Leiter(?:in)?|Chef(?:in)?)\s+(?:des|der)\s+(?:\S+\s+){0,2}?"
     r"(?:Bereich(?:s|es)?|Referat(?:s|es)?|Division)\b", "head-of-division", "de"),
    (r"(?:Leiter(?:in)?|Chef(?:in)?)\s+(?:des\s+)?\S*[Bb]üros?\b", "head-of-office", "de"),
    (r"Büroleiter(?:in)?|\S+büroleiter(?:in)?|\S+büro-?[Cc]hef(?:in)?", "head-of-office", "de"),
    (r"Abteilungsleiter(?:in)?|Amtsleiter(?:in)?", "head-of-department", "de"),
    (r"Bereichsleiter(?:in)?|Referatsleiter(?:in)?", "head-of-division", "de"),
    (r"Head\s+of\s+(?:the\s+)?(?:[^.;:]{0,100}?\s+)?Division\b|Division\s+Head",
     "head-of-division", "en"),
    (r"Head\s+of\s+(?:the\s+)?(?:[^,.;:]+?\s+)?Department\b|Department\s+Head",
     "head-of-department", "en"),
    (r"Head\s+of\s+(?:the\s+)?(?:[^,.;:]+?\s+)?Office\b|Office\s+Head|Bureau\s+Chief",
     "head-of-office", "en"),
    (r"[Cc]he(?:f|fe)\s+(?:de|du)\s+(?:la\s+)?division", "head-of-division", "fr"),
    (r"[Cc]he(?:f|fe)\s+(?:de|du)\s+(?:la\s+)?(?:département|service)", "head-of-department",
     "fr"),
    (r"[Cc]he(?:f|fe)\s+(?:de|du)\s+bureau|[Dd]irect(?:eur|rice)\s+du\s+bureau",
     "head-of-office", "fr"),
    (r"Delegationsleiter(?:in)?|Delegationschef(?:in)?|Head\s+of\s+(?:the\s+)?Delegation|"
     r"[Cc]he(?:f|fe)\s+de\s+(?:la\s+)?délégation", "head-of-delegation", "de"),
    # organisations
    (r"Generalsekretär(?:in)?|Secretary[- ]General|[Ss]ecrétaire\s+générale?",
     "secretary-general", "de"),
    (r"Vize-?[Pp]räsident(?:in)?|Vice[- ]President|[Vv]ice-?présidente?", "vice-president",
     "de"),
    (r"Präsident(?:in)?|President|[Pp]résidente?", "president", "de"),
    (r"Koordinator(?:in)?|Coordinator|coordinator|[Cc]oordinat(?:eur|rice)|"
     r"[Cc]oordonnat(?:eur|rice)", "coordinator",
     "de"),
    (r"Geschäftsführer(?:in)?|Managing\s+Director|[Dd]irect(?:eur|rice)\s+général(?:e)?",
     "managing-director", "de"),
    (r"Executive\s+Director|[Dd]irect(?:eur|rice)\s+exécuti(?:f|ve)", "executive-director",
     "en"),
    (r"Direktor(?:in)?|Director|[Dd]irect(?:eur|rice)", "director", "de"),
    (r"Sprecher(?:in)?|Spokes(?:person|man|woman)|[Pp]orte-parole", "spokesperson", "de"),
    (r"Partner(?:in)?\b|[Aa]ssociée?\b", "partner", "de"),
)

# Professions that are no role in the scheme but announce the name that follows
# ("la sociologue X Y", "the architect X Y", "Chefärztin X Y"): a person, no mandate.
PROFESSION_WORDS = (
    r"(?:[Ss]ociologue|[Ss]ociologist|[Ss]oziolog(?:e|in)|[Jj]ournaliste?|[Jj]ournalistin|"
    r"[Aa]rchitecte?|[Aa]rchitekt(?:in)?|[Pp]rofesseure?|[Pp]rofessor(?:in)?|[Cc]hercheu(?:r|se)|"
    r"[Rr]esearcher|[Ff]orscher(?:in)?|[ÉéEe]conomiste|[Ee]conomist|[ÖöOo]konom(?:in)?|"
    r"[Hh]istorien(?:ne)?|[Hh]istorian|[Hh]istoriker(?:in)?|[Uu]rbaniste|[Uu]rbanist(?:in)?|"
    r"[Aa]nthropolog(?:ue|ist|e|in)|[Pp]olitolog(?:ue|e|in)|[Aa]rtiste|[Aa]rtist|"
    r"[Kk]ünstler(?:in)?|[ÉéEe]crivaine?|[Ww]riter|[Aa]uteure?|[Aa]uthor|[Aa]utor(?:in)?|"
    r"[Mm]édecin|[Pp]hysician|[Aa]rzt|Ärztin|[Cc]hefarzt|Chefärztin|[Aa]vocate?|[Ll]awyer|"
    r"[Rr]echtsanwalt|[Rr]echtsanwältin|[Mm]odérat(?:eur|rice)|[Mm]oderator(?:in)?|"
    r"[Aa]nimat(?:eur|rice)|[Cc]onsultante?|[Cc]onsultant|[Bb]erater(?:in)?|[Ee]xpert(?:e|in)?)")
PROFESSION_RE = re.compile(rf"\b{PROFESSION_WORDS}\s+$")
PROFESSION_WORD_RE = re.compile(PROFESSION_WORDS)

# The German title that names a mayor in some cities and a deputy in others (NRW).
AMBIGUOUS_MAYOR_RE = re.compile(r"[Bb]ürgermeister(?:in)?")

# Relative clauses that state a role: "X, die bei der Y den Bereich ... leitet",
# "X, who heads the ... division at the Y", "X, qui dirige la division ... de l'Y".
ROLE_CLAUSES: tuple[tuple[str, str, str], ...] = (
    (r"(?:die|der)\s+(?:bei|im|in)\s+(?:der|dem|den)?\s*(?P<agent>[^,.;]+?)\s+"
     r"(?:den\s+Bereich|das\s+Referat|die\s+Division)\s+[^.;]+?\s+leitet\b",
     "head-of-division", "de"),
    (r"(?:die|der)\s+(?:bei|im|in)\s+(?:der|dem|den)?\s*(?P<agent>[^,.;]+?)\s+"
     r"(?:die\s+Abteilung|das\s+Department|das\s+Amt)\s+[^.;]+?\s+leitet\b",
     "head-of-department", "de"),
    (r"(?:die|der)\s+(?:das|den)\s+\S*[Bb]üro\s+(?:der|des|von)?\s*(?P<agent>[^,.;]+?)\s+"
     r"leitet\b", "head-of-office", "de"),
    (r"who\s+(?:heads|leads)\s+the\s+[^.;]+?\s+[Dd]ivision\s+(?:at|of)\s+(?:the\s+)?"
     r"(?P<agent>[^,.;]+)", "head-of-division", "en"),
    (r"qui\s+dirige\s+la\s+division\s+[^.;]+?\s+(?:de\s+l'|de\s+l’|de\s+la\s+|du\s+)"
     r"(?P<agent>[^,.;]+)", "head-of-division", "fr"),
)

# Words between a role and its agent: "Mayor of", "Bürgermeister von", "maire de",
# "Staatsminister im", "Head of Division at the".
AGENT_PREPOSITIONS = (r"of|at|in|for|with|von|vom|der|des|im|in|bei|beim|am|für|de|du|des|"
                      r"d'|d’|à|au|auprès|chez")

# ------------------------------------------------------------------ partner roles
# (pattern, partner-role slug). Matched in sponsor paragraphs next to a list of organisations.
PARTNER_ROLE_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"Hauptsponsor(?:en|in)?|Haupt-Sponsor(?:en)?|[Mm]ain\s+sponsors?|[Ll]ead\s+sponsors?|"
     r"[Pp]rincipal\s+sponsors?|[Cc]ommanditaires?\s+principa(?:l|ux)|"
     r"[Pp]artenaires?\s+principa(?:l|ux)", "main-sponsor"),
    (r"ideelle[rn]?\s+Partner(?:in|innen)?|[Ii]deal\s+partners?|[Ss]upporting\s+partners?|"
     r"[Pp]artenaires?\s+de\s+soutien|[Pp]artenaires?\s+institutionnels?",
     "supporting-partner"),
    (r"Medienpartner(?:in|innen)?|[Mm]edia\s+partners?|[Pp]artenaires?\s+médias?",
     "media-partner"),
    (r"Mitveranstalter(?:in)?|Co-?[Oo]rgani[sz]ers?|[Cc]o-?organisat(?:eur|rice)s?",
     "co-organiser"),
    (r"Sponsor(?:en|in)?|sponsors?|[Cc]ommanditaires?|[Mm]écènes?", "sponsor"),
    (r"Partner(?:in|innen)?|partners?|[Pp]artenaires?", "partner"),
)
# Phrases that put the partner role first and the organisations after it: "in Zusammenarbeit
# mit X", "sponsored by X and Y", "avec le soutien de X". They count only in a sentence that
# names the event.
PARTNER_PHRASES: tuple[tuple[str, str], ...] = (
    (r"\b[Ii]n\s+Zusammenarbeit\s+mit(?:\s+(?:dem|der|den))?", "co-organiser"),
    (r"\b[Ii]n\s+(?:cooperation|co-operation|collaboration|partnership)\s+with(?:\s+the)?",
     "co-organiser"),
    (r"\b[Ee]n\s+(?:collaboration|partenariat|coopération)\s+avec"
     r"(?:\s+(?:le|la|les)\b|\s+l['’])?", "co-organiser"),
    (r"\b(?:[Cc]o-?organi[sz]ed|[Oo]rgani[sz]ed\s+jointly)\s+(?:by|with)(?:\s+the)?",
     "co-organiser"),
    (r"\b[Cc]o-?organisée?s?\s+(?:par|avec)(?:\s+(?:le|la|les)\b|\s+l['’])?", "co-organiser"),
    (r"\b[Gg]esponsert\s+(?:wird|werden|wurde|wurden)?\s*(?:\w+\s+){0,3}?(?:von|vom|durch)"
     r"(?:\s+(?:dem|der|den|die|das))?", "sponsor"),
    (r"\b[Ss]ponsored\s+by(?:\s+the)?", "sponsor"),
    (r"\b(?:[Cc]ommanditée?s?|[Pp]arrainée?s?)\s+par(?:\s+(?:le|la|les)\b|\s+l['’])?",
     "sponsor"),
    (r"\b[Mm]it\s+(?:der\s+)?(?:freundlichen\s+)?Unterstützung\s+(?:von|vom|des|der|durch)"
     r"(?:\s+(?:dem|der|den))?", "supporting-partner"),
    (r"\b[Uu]nterstützt\s+(?:wird|werden|wurde|wurden)?\s*(?:\w+\s+){0,3}?(?:von|vom|durch)"
     r"(?:\s+(?:dem|der|den|die|das))?", "supporting-partner"),
    (r"\b[Ww]ith\s+the\s+(?:kind\s+)?support\s+of(?:\s+the)?", "supporting-partner"),
    (r"\b[Ss]upported\s+by(?:\s+the)?", "supporting-partner"),
    (r"\b(?:[Aa]vec\s+le|[Gg]râce\s+au)\s+soutien\s+(?:de|du|des)(?:\s+la\b|\s+l['’])?",
     "supporting-partner"),
    (r"\b[Tt]hanks\s+to\s+the\s+support\s+of(?:\s+the)?", "supporting-partner"),
    (r"\b[Ss]outenue?s?\s+par(?:\s+(?:le|la|les)\b|\s+l['’])?", "supporting-partner"),
    # "Parmi les partenaires du Sommet figurent X et Y", "Zu den Partnern der Konferenz
    # gehören X und Y", "Partners of the summit include X and Y"
    (r"\b[Pp]armi\s+les\s+partenaires\s+(?:du\s+[Ss]ommet\s+|de\s+la\s+conférence\s+)?"
     r"(?:figurent|figuraient|on\s+compte|se\s+trouvent)(?:\s+(?:le|la|les)\b|\s+l['’])?",
     "partner"),
    (r"\b[Zz]u\s+den\s+Partnern\s+(?:der\s+Konferenz\s+|des\s+Gipfels\s+)?"
     r"(?:gehören|gehörten|zählen|zählten)(?:\s+(?:der|die|das))?", "partner"),
    (r"\b[Pp]artners\s+(?:of\s+the\s+(?:summit|conference)\s+)?(?:include|included)"
     r"(?:\s+the)?", "partner"),
)

# German passives with the verb last: "wird vom X und der Y gesponsert" (the organisations
# are the named group).
PARTNER_PASSIVES: tuple[tuple[str, str], ...] = (
    (r"\b(?:von|vom|durch)\s+(?:(?:dem|der|den|die|das)\s+)?(?P<items>[^.;:]{2,160}?)\s+"
     r"(?:gesponsert|gesponsort)\b", "sponsor"),
    (r"\b(?:von|vom|durch)\s+(?:(?:dem|der|den|die|das)\s+)?(?P<items>[^.;:]{2,160}?)\s+"
     r"(?:unterstützt|gefördert)\b", "supporting-partner"),
)

# A group named by reference to the organisations just named: "beide Netzwerke", "both
# networks", "ces deux réseaux", "these organisations". The partner role then holds for them.
GROUP_REFERENCE_RE = re.compile(
    r"(?i)\b(?:beide|diese|alle\s+(?:drei|vier)|both|these|all\s+(?:three|four)|"
    r"(?:les|ces)\s+(?:deux|trois|quatre)|ces)\s+(?:\w+\s+)?"
    r"(?:netzwerke|organisationen|institutionen|partner|networks|organi[sz]ations|institutions|"
    r"réseaux|organismes|institutions)\b")

# A partner-role word counts only in a clause that ties it to the event.
PARTNER_CONTEXT_RE = re.compile(
    r"(?i)\b(?:als|as|comme|en tant que|sind|ist|is|are|was|were|sont|est|der konferenz|"
    r"des gipfels|of the (?:conference|summit)|du sommet|de la conférence)\b")

# Modifiers naming an organisation that is not itself a partner: "das von der Y geführte
# Netzwerk", "a network led by the Y", "piloté par l'Y".
ORG_MODIFIER_RE = re.compile(
    r"(?i)(?:\bvon\s+(?:der|dem|den)\s+[^,.;]{1,60}?\s+(?:geführte\w*|gegründete\w*|"
    r"getragene\w*|initiierte\w*)|\b(?:led|run|founded|initiated|launched)\s+by\s+(?:the\s+)?"
    r"[^,.;]{1,60}|\b(?:piloté|dirigé|lancé)e?\s+par\s+[^,.;]{1,60})")

# ------------------------------------------------------------------ other words
ARTICLES = frozenset("der die das den dem des ein eine einen einem einer the a an le la les "
                     "l' l’ un une".split())
CONJUNCTIONS_RE = re.compile(r"\s*(?:,\s*(?:und|and|et|sowie|as well as)\s+|,\s*|\s+und\s+|"
                             r"\s+and\s+|\s+et\s+|\s+sowie\s+|\s+as well as\s+)\s*")
# "aus X, Y und Z", "from X, Y and Z", "de X, Y et Z"
CITY_LIST_CUES = r"aus|from|de|des villes de|représentants de|representatives of|Vertreter\w* aus"

# Figures: "38 Stadtrepräsentanten", "35 heads of delegation", "28 Ländern/countries/pays"
FIGURE_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"(?P<n>\d+)\s+(?:\w+-?)?(?:[Rr]epräsentant\w*|[Vv]ertreter\w*|representatives|"
     r"représentant\w*|[Dd]elegierte\w*|delegates|délégués)", "representativeCount"),
    (r"(?P<n>\d+)\s+(?:Delegationsch\w+|Delegationsleit\w+|Delegationen|heads\s+of\s+"
     r"delegations?|delegations|délégations|chefs\s+de\s+délégation)", "delegationCount"),
    (r"(?P<n>\d+)\s+(?:Ländern|Länder|Staaten|Nationen|countries|nations|pays)",
     "countryCount"),
)
