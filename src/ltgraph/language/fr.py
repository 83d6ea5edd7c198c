"""French: the words the extractor reads, one table per kind of word (see ``de``)."""

from __future__ import annotations

CODE = "fr"

FUNCTION_WORDS = frozenset(
    "le la les et est sont avec de du des un une sur pour pas aussi a ont été sera dans au aux "
    "par qui que ce cette leur ils elle il l d".split())

# ------------------------------------------------------------------ dates
MONTHS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
          "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
          "décembre": 12, "decembre": 12}
MONTH_ABBREVIATIONS = {"janv": 1, "févr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10,
                       "nov": 11, "déc": 12}
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
            "dimanche": 6}
ORDINALS = {1: "premier première premiere 1er 1re 1ère",
            2: "deuxième deuxieme second seconde 2e 2ème 2eme",
            3: "troisième troisieme 3e 3ème 3eme", 4: "quatrième quatrieme 4e 4ème 4eme",
            5: "cinquième cinquieme 5e 5ème 5eme", 6: "sixième sixieme 6e 6ème",
            7: "septième septieme 7e 7ème", 8: "huitième huitieme 8e 8ème",
            9: "neuvième neuvieme 9e 9ème", 10: "dixième dixieme 10e 10ème"}
# Spoken years ("deux mille quinze", "deux mille vingt et un"): the number words of 1 to 39
# and the ways a year is built from them.
NUMBER_WORDS = ("un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
                "quinze seize dix-sept dix-huit dix-neuf vingt").split() + [
    "vingt et un"] + [f"vingt-{u}" for u in "deux trois quatre cinq six sept huit neuf".split()] + [
    "trente", "trente et un"] + [f"trente-{u}" for u in
                                 "deux trois quatre cinq six sept huit neuf".split()]
SPOKEN_YEAR_FORMS = ("deux mille {n}", "deux-mille-{n}")
CARDINALS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
             "sept": 7}
DURATIONS = (r"\b(?P<n>deux|trois|quatre|cinq|six|sept|\d) jours\b",)
EVENT_DAYS = (r"\b(?:le|la|au cours du|au cours de la|lors du|lors de la)\s+(?P<ord>\w+)\s+"
              r"(?:jour|journée|soir|soirée)\b",)
CLOSING_CUES = (r"\bà la clôture\b", r"\ben clôture\b", r"\bà la fin d", r"\bau terme d",
                r"\b(?:la\s+)?dernière\s+journée\s+d", r"\bla\s+journée\s+de\s+clôture\b",
                r"\ble\s+(?:dernier\s+)?jour\s+de\s+(?:la\s+)?clôture\b",
                r"\ble\s+dernier\s+jour\s+d",
                # "adoptée le dernier jour", "signée au dernier jour"
                r"\b(?:le|au|du)\s+dernier\s+jour\b")
START_CUES = (r"\bs'est ouvert", r"\bs’est ouvert", r"\ba débuté\b", r"\bdébute\b",
              r"\bcommence\b", r"\ba commencé\b", r"\bouverture\b", r"\bs'ouvre\b",
              r"\bs’ouvre\b", r"\b(?:avai(?:en)?t|ont)\s+commencé\b",
              # "un sommet ouvert vendredi"
              r"\bouverte?(?=\s+(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)")
# the guests welcomed: the first day of an event whose last day is told ("a accueilli les
# délégations le vendredi 30 août" ... "le sommet se poursuit jusqu'au dimanche")
WELCOME_CUES = (r"\baccueilli\w*", r"\baccueille\w*")
END_VERBS = (r"s'est terminée?", r"s’est terminée?", r"se sont terminés", r"se termine",
             r"s'achève", r"s’achève", r"s'est achevée?", r"s’est achevée?", r"a pris fin",
             r"ont pris fin", r"s'est clôturée?", r"s’est clôturée?", r"a clôturé")
# an end still to come, read forward from the text's day where the event has begun
END_AHEAD = (r"s['’]achève", r"s['’]achèvera", r"se\s+termine", r"se\s+terminera",
             r"prend\s+fin", r"prendra\s+fin")
TIME_RELATIONS = (r"après(?!-)", r"avant", r"veille", r"lendemain")
TODAY_WORDS = (r"aujourd['’]hui", r"ce\s+(?:matin|midi|soir)", r"cet\s+après-midi")
YEAR_ADVERBIALS = (r"(?:en|au\s+cours\s+de)\s+(?:(?:l['’])?année\s+|mois\s+de\s+)?",
                   # "au début de 2015", "fin 2015", "jusqu'en 2019"
                   r"(?:au\s+|à\s+la\s+)?(?:début|fin|printemps|milieu)\s+(?:de\s+(?:l['’]année\s+)?)?",
                   r"jusqu['’](?:en|à)\s+",
                   r"déjà\s+", r"dès\s+")
ARCHIVE_WORDS = (r"photo\s+d['’]archives?", r"image\s+d['’]archives?")

# ------------------------------------------------------------------ events
EVENT_WORDS = (r"sommet", r"conférence", r"rencontre")
EVENT_PLACE_VERBS = (r"a eu lieu", r"s'est tenu\w*", r"s’est tenu\w*", r"se tiendra",
                     r"se tient", r"accueill\w*", r"organisé\w*", r"réuni\w*")
DECLARATION_WORDS = (r"déclaration",)
SIGN_VERBS = (r"signé\w*", r"signèrent", r"signent", r"signe", r"signature", r"signataires?",
              r"adopté\w*", r"paraphé\w*", r"paraphent", r"paraphe",  # "parapher": to sign
              r"apposé\s+(?:sa|leur|leurs)\s+signatures?", r"ratifié\w*", r"entériné\w*",
              r"souscrit\s+à",
              # "a apposé son nom au bas de la Déclaration": the name as the signature
              r"apposé\s+(?:son|leur|leurs)\s+noms?")
SIGNATORY_WORDS = (r"signataires?", r"signée?s? par", r"signatures\s+d(?:e|es|u|['’])",
                   # "parmi ses signatures figurent celles des maires de ..."
                   r"signatures\s+(?:figurent|sont|se\s+trouvent)\s+celles\s+d(?:e|es|u|['’])")
ANNOUNCEMENT_CUES = (r"doit être", r"doivent être", r"sera", r"seront", r"signeront",
                     r"signera", r"devrait être", r"prévue?s?",
                     # une demande, un projet ou une promesse de signer n'est pas une signature
                     r"signerons", r"signerai", r"signerait", r"signeraient", r"signerez",
                     r"(?:demande\w*|invite\w*|exhorte\w*|appelle\w*|enjoint)\s+"
                     r"(?:[\w'’-]+\s+){0,5}(?:à|de)\s+signer",
                     r"(?:souhaite\w*|veut|veulent|voudrai\w*|entend\w*|compte\w*|prévoi\w*"
                     r"|promet\w*\s+de|s['’]engage\w*\s+à|décid\w*\s+de)\s+signer",
                     # "X doit signer", "X va signer": a signing to come
                     r"(?:doit|doivent|devra|devront|va|vont)\s+(?:[\w'’-]+\s+){0,2}?signer")
FUTURE_CUES = (r"sera", r"seront", r"attendu\w*")
# Un nom et un acte à venir : "X doit signer la déclaration", "X va se rendre à Y"
PLANNED_ACT_CUES = (r"(?:(?-i:[A-ZÉ][\w'’.-]*)\s+){1,5}(?:doit|doivent|devra|devront|va|vont)\s+"
                    r"(?:[\w'’-]+\s+){0,2}?(?:signer|visiter|se\s+rendre|participer|assister)\b",)
ANNOUNCED_CUES = (r"annoncée?s?", r"prévue?s?", r"invitée?s?")
# "les maires invités ont signé": the participle after a group's noun, with no "à" of what
# they were invited to do ("les maires invités à signer" is an invitation).
ANNOUNCED_ATTRIBUTIVE = (r"(?:maires|mairesses|délégations|villes|élus|hôtes|orateurs)\s+"
                         r"invitée?s(?!\s+(?:à|au|aux)\b)",)
PARTICIPANT_GROUPS = (r"délégations?", r"représentant(?:e)?s", r"villes\s+représentées",
                      r"villes\s+participantes",
                      r"élus", r"maires\s+(?=d)",
                      # "les hôtes venus de A et de B": the summit's guests, by their city
                      r"hôtes\s+(?=venue?s\s+d)")
CITY_GROUPS = (r"villes", r"municipalités")
# The heading of a table's column of cities ('| city | signed |').
CITY_COLUMNS = (r"ville", r"villes", r"commune", r"municipalité")
# The headings of a table's column of people's names and of their offices ("Nom | Fonction |
# Ville"): a row of such a table is a record of a person holding an office for a city.
NAME_COLUMNS = (r"nom", r"nom\s+et\s+prénom", r"prénom\s+et\s+nom", r"signataire",
                r"participant(?:e)?")
ROLE_COLUMNS = (r"fonction", r"titre", r"qualité", r"poste", r"rôle")
ORG_COLUMNS = (r"organisation", r"organisme", r"institution", r"structure")
# A row's cell that says its person is at the event for no part of it (a registration type of
# the press or the staff): a person, but no attendee.
UNPLACED_ROWS = (r"presse", r"médias", r"personnel", r"photographe")
# "cities in X", "villes du X": X is a region holding cities, not a city
REGION_PREPOSITIONS = (r"du", r"au")
LIST_OPENERS = (r"de", r"d['’]", r"comme", r"notamment", r"parmi\s+(?:elles|eux)")
LIST_CONTINUATIONS = (r"parmi\s+(?:elles|eux|celles-ci|ceux-ci)", r"elles\s+comptent",
                      r"ce\s+sont")
LIST_JOINERS = (r"et", r"de", r"notamment")
# Openers of a sentence that adds items to the list of the sentence before ("S'y ajoutent X
# et Y", "À celles-ci s'ajoutent X").
LIST_ADDITIONS = (r"s['’]y\s+ajoutent", r"s['’]y\s+ajoute", r"s['’]y\s+sont\s+ajoutées?",
                  r"(?:à\s+(?:celles|ceux)-ci\s+)?s['’]ajoutent",
                  r"viennent\s+s['’]y\s+ajouter",
                  r"la\s+liste\s+(?:va|allait|s['’]étend)\s+d(?:e\b|['’])",
                  # the signers one after another: "Suivent X et Y", "Puis ce fut le tour de X"
                  r"(?:puis\s+)?(?:suivent|suivirent|ont\s+suivi)",
                  r"puis\s+(?:ce\s+fut|c['’]est|c['’]était)\s+(?:au|le)\s+tour\s+"
                  r"d(?:e\b|['’])")
# "plus petite que X", "moins peuplée que X"
# L'étape d'un trajet avant une ville (« vols via X », « en passant par X », « escale à X »).
ROUTE_CUES = (r"via", r"en\s+passant\s+par", r"escale\s+à", r"transit\s+par")
COMPARISON_WORDS = (r"(?:plus|moins)\s+(?:[\w-]+\s+){0,2}?que", r"comparée?s?\s+à",
                    # "comparer X à Y": both cities
                    r"compar(?:er|e|ent|ons|ez)", r"compar(?:er|e|ent|ons|ez)\s+"
                    r"(?:[\w'’-]+\s+){1,2}?(?:à|avec)",
                    r"par\s+rapport\s+à", r"(?:de\s+)?la\s+taille\s+de")
# The tag of a record's place of publication in a reference manager's export ("CY  - X"):
# its value is a city. (A labelled field, "Lieu d'édition: X", is a line of a list, not yet read.)
PUBLICATION_PLACE_LABELS = (r"CY",)
CITY_CUES = (r"de", r"d['’]", r"des villes de", r"villes? de", r"comme", r"notamment", r"vers")
# A member of a parliament and the word before their electoral district ("la députée de X",
# "le député de la circonscription de X"): X is a district, never a city.
MEMBER_DISTRICT_LEADS = (r"députée?s?\s+(?:de\s+la\s+circonscription\s+)?(?:de|d['’])",
                         r"circonscription\s+(?:électorale\s+)?(?:de|d['’])")
# Articles a city's name does not take: after them the name is the province or country
# that shares it ("villes du Québec", "au Québec").
REGION_ARTICLES = (r"du", r"au",
                   # "X et Y pour le Québec": a city's name takes no article
                   r"pour\s+l[ea]")
# Nouns of a region or its government: after them a name a city shares is the region's
# ("la province de Québec", "l'État de New York").
# Nouns of a part of a city: after them a name is the borough's or district's, no city's
# ("l'arrondissement de Y"; "un arrondissement de X" names the whole city).
DISTRICT_HEADS = (r"l['’]arrondissement\s+(?:de\s+|d['’])", r"le\s+quartier\s+(?:de\s+|d['’])?")
# Les mêmes noms en tête d'une apposition ou d'une parenthèse après le nom (« X, un quartier de
# Y », « X, arrondissement de Y », « X (quartier de Y) ») : X est une partie d'une ville.
DISTRICT_TAILS = (r"\s*(?:,|\()\s*(?:un\s+(?:[a-zéèêàô][\w-]*\s+)?)?"
                  r"(?:quartier|arrondissement|faubourg)s?\s+(?:de\b|d['’]|du\b|des\b)",)
# Un embarcadère, un quai ou une plage nommés par un lieu ("l'embarcadère de X", "la plage
# d'Y") : un lieu du répertoire mondial ainsi nommé est le quartier de l'ouvrage, pas une ville.
FACILITY_AFTER = ()
FACILITY_BEFORE = (r"(?:l['’]embarcadère|le\s+ponton|le\s+quai|la\s+jetée|la\s+plage|la\s+marina)"
                   r"\s+(?:de\s+|d['’])",)
# Words of a compass point that, joined to a city's name, name a part of it ("X-Nord")
COMPASS_WORDS = (r"Nord", r"Sud", r"Est", r"Ouest", r"Centre")
# Words of funding before a bare name: a funder named alone is a government ("financé par
# Québec"); a city funding is "la Ville de X", so the name is the region that shares it.
FUNDER_CUES = (r"financ[ée]e?s?\s+(?:en\s+(?:grande\s+)?partie\s+|entièrement\s+)?par",
               r"subventionn[ée]e?s?\s+(?:en\s+partie\s+)?par",
               r"cofinanc[ée]e?s?\s+par")
# Nouns of the cities a city is twinned with: "les villes jumelles de X" names X as their
# owner, not as one of a list of signers.
TWIN_GROUPS = (r"villes\s+(?:partenaires|jumelles|jumelées|sœurs)",)
REGION_HEADS = (r"provinces? de", r"[ée]tat de", r"premiers? ministres? du",
                r"gouvernement de la province de")
CAPITAL_APPOSITIONS = (r"(?:la\s+)?capitale",)
EVENT_PLACE_PREPOSITIONS = (r"à", r"en")
PLACE_PREPOSITIONS = (r"à",)
# Les mots qui ouvrent un complément de lieu placé avant le sujet (« dans une salle de
# concert de X, le maire a signé ») : la ville qu'il nomme est le lieu, non le signataire.
PLACE_PHRASE_OPENERS = (r"à", r"au", r"dans", r"sur")
# L'étiquette au-dessus de la fiche d'une ville ("FICHE VILLE X (Pays)", "Portrait :
# X") : les lignes de champs qui suivent parlent de cette ville.
RECORD_HEADING_LABELS = (r"fiche(?:\s+(?:ville|signalétique|pays))?", r"portrait",
                         r"profil(?:\s+de\s+ville)?", r"ville\s+jumelle",
                         r"ville\s+partenaire")
AFTER_WORDS = (r"après",)
# Les mots avant le nom d'un événement qui désignent celui à venir (« le prochain Sommet ») :
# pas le sommet dont un texte rend compte.
NEXT_EVENT_WORDS = (r"prochaine?s?",)
OF_WORDS = (r"de", r"du", r"d['’]")
CONJUNCTIONS = (r"et", r"ainsi que")
DISJUNCTIONS = (r"ou",)
DELEGATE_STEMS = ()
NOUN_ARTICLES = frozenset()
PERSON_NOUN_ENDINGS = ()
ARTICLES = (r"la", r"le", r"les", r"l['’]")
INDEFINITE_ARTICLES = (r"un", r"une")
ORIGIN_WORDS = (r"venue?s?\s+de",)
FOR_WORDS = (r"pour",)
ADJECTIVE_ENDINGS = ()
LINK_WORDS = (r"ou", r"avec")
ORG_NAME_WORDS = (r"de\s+la", r"de\s+l['’]", r"d['’]", r"de", r"du", r"des")
# Lower-case adjectives inside an organisation's name ("Centre islamique de l'X"), and the
# words that follow them there.
ORG_ADJECTIVE_ENDINGS = (r"ique", r"ienne", r"ien", r"aise", r"ais", r"ale", r"al", r"aux",
                         r"oise", r"ois", r"aine", r"ain", r"elle", r"el", r"ive", r"if",
                         r"ière", r"ier", r"aire", r"iste")
ORG_ADJECTIVE_FOLLOWERS = (r"de", r"du", r"des", r"d['’]", r"pour", r"sur")
COPULA_FILLERS = (r"aussi",)
OCCASION_WORDS = ()
PARTNER_COMPOUND_NOUNS = (r"villes?", r"institutions?")
PARTNER_STEMS = (r"partenaire", r"commandit", r"mécène", r"mécénat")
PARTNER_FILLERS = frozenset("le la les l' l’ de plus en outre et ainsi que un une parmi notamment "
                            "dont".split())
PARTNER_NAME_LINKS = frozenset("de des du d' d’ la".split())
ORGANISE_VERBS = ()
DAY_WORDS = (r"jour", r"journée")
PRESS_EVENT_WORDS = (r"conférence de presse",)
# Verbs of a founding ("le réseau, fondé à X en 2015", "créé en 2015"): the place
# and year of the clause they stand in tell when and where something began, not a summit's.
FOUNDING_VERBS = (r"fondée?s?", r"créée?s?")
DESTINATION_WORDS = ()
INVITED_WORDS = ()
HOST_VERBS = (r"accueille", r"accueillera", r"a accueilli")
FROM_DATE_WORDS = (r"depuis", r"dès")
UNTIL_WORDS = (r"jusqu['’]au",)
# Two weekdays that frame an event's days ("du vendredi au dimanche", "mercredi et
# jeudi"): the word before the first, the words between them.
WEEKDAY_SPAN_OPENERS = (r"du", r"de")
WEEKDAY_SPAN_LINKS = (r"au", r"à", r"et", r"jusqu['’]au")
SUBJECT_VERBS = (r"est", r"a")
NAME_INFLECTIONS = ()
# Words before a city that name it only as a measure or a relation of another city ('aussi
# loin que X', 'la population de X', 'loin derrière X'): the city takes part in nothing.
# ("venus d'aussi loin que X" says where people came from)
PASSING_CUES = (r"(?<![dD]['’])aussi\s+\w+\s+que",
                r"(?:la\s+)?(?:population|taille)\s+de",
                r"loin\s+derrière", r"comparée?s?\s+à", r"par\s+rapport\s+à",
                r"compar(?:er|e|ent|ons|ez)\s+(?:[\w'’-]+\s+){1,2}?(?:à|avec)",
                r"(?:jumelée?|jumelle)\s+avec")
# Sentences about other ties of a city (twin cities): the cities they name take part in
# nothing the text reports.
PASSING_SENTENCES = (r"jumel\w+", r"villes?\s+partenaires")

# Between a place and its country: 'X en Irlande', 'X au Nicaragua', 'X à la Barbade'.
COUNTRY_PREPOSITIONS = (r"en", r"au", r"aux", r"à\s+la", r"à\s+l['’]", r"à")
# Heads of institutions' names that a city completes ('Université de X', 'École de X').
INSTITUTION_HEADS = (r"Université", r"Universite", r"Institut", r"[ÉE]cole", r"Académie",
                     r"Musée", r"Collège", r"Lycée", r"Banque",
                     # une juridiction ou une préfecture nommée par son siège ("tribunal
                     # administratif de X", "Sous-Préfet d'Y") : le siège nomme son ressort
                     r"[Tt]ribunal(?:\s+(?:administratif|judiciaire|de\s+grande\s+instance))?",
                     r"[Cc]our\s+(?:administrative\s+)?d['’]appel",
                     r"(?:[Ss]ous-)?[Pp]réfe(?:t|cture)")
# Le nom d'une école ou d'une université ("École des X", "Lycée Y") : l'éditeur ainsi nommé ne
# parle pas au nom de la ville, et son « le maire » peut être celui d'une autre.
# Une mission diplomatique nommée avec la ville où elle siège ("Consulat général de X à
# Y", "Ambassade de X") : ses rapports parlent des maires d'autres villes.
MISSION_NOUNS = (r"Consulat(?:\s+général)?", r"Ambassade", r"Mission\s+permanente",
                 r"Délégation\s+générale", r"Haut-[Cc]ommissariat")
SCHOOL_NOUNS = (r"[ÉE]cole", r"Lycée", r"Collège", r"Université", r"Cégep")
# Continents and world regions: never a city.
CONTINENTS = (r"Afrique", r"Amériques?(?:\s+(?:du\s+Nord|du\s+Sud|latine|centrale))?", r"Asie",
              r"Europe", r"Océanie", r"Antarctique", r"Arctique")
PLACE_NOUNS = (r"ville", r"capitale", r"métropole", r"commune", r"municipalité")

# ------------------------------------------------------------------ network membership
MEMBERSHIP_CUES = (r"membre\w*", r"a rejoint", r"rejoint", r"adhéré", r"adhère", r"adhésion",
                   r"devien(?:t|nent)\s+membres?", r"devenue?s?\s+membres?",
                   r"fait\s+partie\s+d(?:u|e\s+l['’])")
JOINING_CUES = (r"a rejoint", r"rejoint", r"adhéré", r"adhésion", r"devien(?:t|nent)\s+membres?",
                r"devenue?s?\s+membres?")
FOUNDING_MEMBERS = (r"membres?\s+fondat(?:eur|rice)s?",)
MEMBER_WORDS = (r"membre",)  # the member noun alone, without its complement
MEMBER_CITIES = (r"ville\s+membre",)
MEMBERSHIP_INTENTS = (r"envisage\w*", r"souhaite\w*", r"veut", r"veulent", r"voudrai\w*",
                      r"compte\w*", r"prévoi\w*", r"candidat\w*", r"demande\w*", r"projet\w*")
NETWORK_WORDS = (r"observatoire", r"réseau")
SINCE_WORDS = (r"depuis", r"en")

# ------------------------------------------------------------------ people
# Academic titles kept as honorifics.
# French writes them also without the full stop, the abbreviation ending as the word does
ACADEMIC_TITLES = (r"Pr\.", r"Dr\.", r"Pr\b", r"Dr\b",
                   # a retired professor, an honorary doctorate: "professeur émérite", "Dr h.c."
                   r"(?<![\w.])[Éé]mérite\b", r"(?<![\w.])h\.\s?c\.")
# A particle opening a predicate after a name (French writes none with a capital after it).
PARTICLE_PREDICATES = ()
STYLES = (r"Me", r"Maître", r"Mgr", r"(?:Son|Sa)\s+Excellence", r"S\.\s?E\.",
          r"Cheikh\b",  # "Cheikh X Y": a religious style written before the name
          # a cleric's title written before the name: "l'abbé X Y", "la pasteure X Y"
          r"[Aa]bbé\b", r"[Pp]asteure?\b")
ORGANISATION_NOUNS = frozenset("""
Alliance Réseau Union Coalition Fondation Association Fédération Institut Organisation
Initiative Forum Société Ligue Commission Comité Agence
Ministère Observatoire Bureau Office
Presse Courrier Dépêche Journal Gazette
""".split())
# Noms qui font le titre d'un document ou d'un relevé ("Itinéraire Officiel", "Programme
# Général", "Menu"): une suite de mots qui en contient un est un titre, jamais une personne.
DOCUMENT_NOUNS = frozenset("""
Itinéraire Programme Agenda Calendrier Menu Procès-verbal
""".split())
# Mots qui situent un moment du mois ("Début septembre", "Fin Août", "Mi-août"): avec le mois,
# une date, jamais un nom.
MONTH_PART_WORDS = frozenset("Début Fin Mi".split())
# Noms qui font d'une suite de mots une unité ou une maison de production, jamais une personne
# ("Direction des communications", "Productions X", "Service des relations").
UNIT_NOUNS = frozenset("""
Service Services Département Division Productions Films Studio Studios Communications Gestion
Responsabilité Équipe Equipe Secrétariat
Orchestre Ensemble Quatuor Chœur Choeur
""".split())
# Nouns heading the name of a place or an office: "Place X", "Centre Y", "Affaires publiques".
PLACE_HEAD_NOUNS = frozenset("""
Place Rue Avenue Boulevard Quai Centre Salle Parc Palais Musée Gare Aéroport Pont Cathédrale
Affaires Relations
""".split())
# Nouns heading a phrase "N de X" whose "de" reads as a name's particle ("Présidence de X").
NAME_PHRASE_HEADS = frozenset("""
Présidence Invitation Direction Coordination Animation Modération Initiative
""".split())
COURTESY = frozenset("M. Mme Mme. Madame Monsieur Me Maître Mgr Monseigneur Excellence".split())
NAME_PARTICLES = frozenset("de del della di da du des la le".split())
NOT_NAME_WORDS = frozenset("""
Le La Les Un Une Et Ou Avec De Du Des Au Aux Pour Par Sur Dans Il Elle Ils Elles Nous Comment
Quel Quelle Qui Quand Où Pourquoi Sommet Déclaration Ces Ce Cette Tous Toutes Plusieurs
Deux Trois Certains Certaines Autres
Que Quoi Dont Cela Ceci
# un adverbe, jamais un nom (« Vivre Ensemble » dans un titre)
Ensemble
# a possessive determiner opening a sign-off ("Votre Ville")
Votre Vos Notre Nos
""".split())
INSTITUTION_WORDS = frozenset("ville presse service bureau municipalité images photographie "
                              "photos radio télé journal".split())
CONTACT_LABELS = (r"Renseignements", r"Organisat(?:eur|rice)s?", r"Contacts?", r"Source",
                  r"Relations\s+(?:avec\s+les\s+)?médias", r"Auteure?", r"Information",
                  r"Texte", r"Rédaction", r"Photos?", r"Crédit\s+photo", r"Rapporteure?",
                  r"Infographie", r"Illustrations?", r"Graphisme", r"Traduction",
                  r"Coordination", r"Entrevue", r"Entretien", r"Animation", r"Animat(?:eur|rice)s?",
                  r"(?:Préparée?|Rédigée?)\s+par", r"Rédaction\s+du\s+rapport",
                  r"Accréditations?", r"Attachée?\s+de\s+presse", r"Porte-parole",
                  # the recipients of a note or a letter
                  r"Destinataires?", r"Copie\s+à", r"Diffusion",
                  # who handles the file of a letter ("Affaire suivie par : M. X")
                  r"(?:Affaire|Dossier)\s+suivie?\s+par", r"Personne\s+à\s+contacter",
                  # l'équipe d'un script ou d'un générique ("RÉALISATION : X  MONTAGE : Y")
                  r"Réalisat(?:eur|rice)", r"Product(?:eur|rice)", r"Caméra", r"Montage",
                  r"Journalistes?", r"Présentat(?:eur|rice)", r"Rédact(?:eur|rice)",
                  r"Correspondante?",
                  # qui répond d'une campagne ou d'une publication ("Mandataire financier : X")
                  r"Responsable\s+(?:de\s+(?:la\s+)?)?(?:campagne|publication)",
                  r"Mandataire(?:\s+financi(?:er|ère))?",
                  r"Direct(?:eur|rice)\s+de\s+(?:la\s+)?publication",
                  # qui a approuvé ou validé une note ("Approuvé par : X")
                  r"(?:Approuvée?|Validée?|Visée?|Vérifiée?)\s+par",
                  # qui a demandé un achat ou un service dans un relevé ("Demandé par : X"),
                  # qui conduit une délégation ("chauffeur : X")
                  r"(?:Demandée?|Commandée?|Requise?)\s+par", r"Requérant(?:e)?",
                  r"Chauffeur(?:e|se)?", r"Conduct(?:eur|rice)",
                  # qui assure l'intérim pendant le voyage du maire ("Maire suppléant pendant
                  # l'absence : X")
                  r"Intérim", r"Maire\s+suppléante?\s+(?:pendant|durant)",
                  # who curated a show, supervised a thesis
                  r"Commissaires?", r"Commissariat", r"Directeur\s+de\s+recherche",
                  r"Directrice\s+de\s+recherche", r"Direction\s+de\s+recherche",
                  # qui un relevé ou un livre nomme dans un champ : qui a voyagé, qui assiste un
                  # cours, qui a révisé ou indexé un livre
                  r"Chargée?\s+de\s+(?:TD|travaux\s+dirigés)",
                  r"Assistance\s+éditoriale", r"Index")
# Le champ d'un relevé qui nomme la personne dont il traite (« Voyageur : X » d'un relevé de
# frais de déplacement) : une personne, que d'autres champs peuvent placer à un événement.
PERSON_FIELD_LABELS = (r"Voyageu(?:r|se)s?", r"Demandeu(?:r|se)", r"Nom\s+de\s+l['’]élue?")
# Le champ qui donne le nom d'une personne (« Nom : X », « Intervenante : X ») et celui qui
# donne la fonction de la personne nommée juste au-dessus (« Fonction : maire de Y ») : la
# façon d'un relevé d'écrire « X, maire de Y ».
NAME_FIELD_LABELS = (r"Nom(?:\s+et\s+prénom|\s+complet)?", r"Prénom\s+et\s+nom",
                     r"Intervenant(?:e|s|es)?", r"Participant(?:e|s|es)?", r"Délégué(?:e|s|es)?")
ROLE_FIELD_LABELS = (r"Fonctions?", r"Qualité", r"Titre", r"Poste", r"Rôle", r"Mandat")
# L'étiquette du champ d'une notice qui énumère des personnes : celles que montre une photo,
# les intervenants d'une séance (« Personnes représentées : Nom, Prénom (fonction ville) ;
# ... », « Intervenants : A B, C D ») : chaque entrée est une personne ; le champ ne dit où.
PEOPLE_FIELD_LABELS = (r"Personnes\s+représentées", r"Personnes\s+photographiées",
                       r"Sur\s+la\s+photo", r"Intervenant(?:\(?e\)?)?s?",
                       r"Conférencier(?:\(?ère\)?)?s?", r"Orat(?:eur|rice)s?")
# L'étiquette du champ d'une notice qui nomme l'auteur de la photo (« Photographe : Nom,
# Prénom ») : une personne, jamais un participant.
RECORD_CREDIT_LABELS = (r"Photographe", r"Auteur(?:\s+de\s+la\s+photo)?", r"Crédit\s+photo")
# The label of a photo's line ("Photo : légende. X / Journal").
PHOTO_LABELS = (r"Photos?", r"Photographies?", r"Crédits?(?:\s+photos?)?", r"Illustrations?")
# The label of a transcript's own speaker, the name in parentheses ("QUESTION (Mme X, outlet) :",
# "ANIMATRICE (X) :"): the one who asks or leads the recorded event is no attendee.
TRANSCRIPT_LABELS = (r"Questions?", r"Journalistes?", r"Intervention\s+de\s+la\s+salle",
                     r"Ma[iî]tre(?:sse)?\s+de\s+cérémonies?", r"Animat(?:eur|rice)",
                     r"Modérat(?:eur|rice)", r"Présidente?\s+de\s+séance")
# Headings of a contact block, each a line of its own ("Contact presse", "Renseignements").
# A city listed with the one who represented it ('Y mit Vizebürgermeister X').
WITH_WORDS = (r"avec",)
# The salutation of a speech or a letter before the name of the one addressed.
# (only the singular: "Chers Amis Européens" greets a group)
SALUTATIONS = (r"[Cc]h(?:er|ère)", r"[Tt]rès\s+ch(?:er|ère)")
# A clause after a place telling the role held there ('..., where she is mayor').
PLACE_ROLE_CLAUSES = (r",\s*(?:dont|où)\s+(?:il|elle)\s+(?:est|était|a\s+été)"
                      r"(?:\s+(?:l[ea]|l['’]))?",)
CONTACT_HEADINGS = (r"Contacts?", r"Renseignements", r"Relations\s+(?:avec\s+les\s+)?médias",
                    r"Service\s+de\s+presse",
                    # the recipients of a letter's copies, one a line under the heading
                    r"Copies?\s+à", r"Destinataires?", r"Diffusion")
BYLINE_WORDS = (r"Par",)
# The words of a signature before the one the writer signs for
# ("Cordialement / X / pour Y, directrice"):
# the one signed for neither writes nor is told of.
SIGNED_FOR_WORDS = (r"pour", r"au\s+nom\s+de", r"p\.\s*o\.")
CLOSING_FORMULAS = (r"(?:Bien\s+|Très\s+)?(?:cordialement|amicalement)",
                    r"(?:Avec\s+)?(?:mes|nos)\s+(?:sincères\s+|cordiales\s+|meilleures\s+)?salutations"
                    r"(?:\s+(?:distinguées|cordiales))?")
# A credit opening a line or a sentence ("Produit par X. Montage : Y").
CREDIT_WORDS = (r"(?:Produite?|Réalisée?|Montée?|Enregistrée?|Filmée?)\s+par",
                r"(?:Production|Réalisation|Montage|Son|Caméra|Musique|Animation)\s*:",
                # le générique d'une émission ou d'un film ("Recherche : X. Narration : Y")
                r"(?:Recherche|Narration|Scénario|Direction\s+photo|Distribution|Avec)\s*:",
                # les métiers d'un générique et qui a fait un relevé ou une page : qui a composé
                # la musique ou tenu la caméra, vérifié des comptes, préparé un jeu, tient des
                # données (« Musique originale : X », « Vérificateurs : A, B », « Quiz : Y »)
                r"(?:Musique\s+originale|Direction\s+de\s+la\s+photographie|Compositi(?:on|"
                r"eur|rice)|Vérificat(?:eur|rice)s?|Quiz|Responsable\s+des\s+données)\s*:",
                r"(?:[Jj]eu|[Qq]uiz|[Éé]mission)\s+(?:animée?|préparée?|conçue?)\s+par",
                r"(?:Narrée?|Racontée?|Recherchée?)\s+par",
                r"[Pp]ropos\s+recueillis\s+par", r"[Aa]vec\s+la\s+collaboration\s+de",
                r"(?:[Ee]ntrevue|[Ee]ntretien|[Ii]nfographie|[Tt]raduction)\s+(?:réalisée?\s+)?par",
                # who prepared, compiled, presented or posted a page or a programme
                r"(?:Préparée?s?|Compilée?s?|Rédigée?s?|Présentée?s?|Publiée?s?|Animée?s?)\s+par",
                # who supervised a thesis, curated a show, signed a copy of a document
                r"[Ss]ous\s+la\s+(?:co-?)?direction\s+(?:de|du)", r"[Dd]irigée?\s+par",
                r"(?:Commissariat|Direction(?:\s+de\s+(?:recherche|mémoire|thèse))?|"
                r"Codirection)\s*:", r"\(?[Ss]igné\)?",
                r"(?:[Mm]émoire|[Tt]hèse|[Rr]apport|[Éé]tude)(?:\s+de\s+(?:maîtrise|doctorat|"
                r"master))?(?:\s+(?:présentée?|déposée?|soutenue?|rédigée?))?\s+(?:de|par)",
                r"(?:Publiée?|Mise?\s+en\s+ligne|Mise?\s+à\s+jour)(?:\s+le)?\s+[^\n|:]{0,30}?\d"
                r"[^\n|:]{0,12}?\s+par",
                r"(?:Secrétariat|Procès-verbal|Compilation|Présentation)\s*:")
REPRESENTING = (r"représent(?:ait|e|ent|aient|é|ée)", r"au\s+nom\s+de")
# The agent of a passive ('represented by X'): X stands in, and is there.
PASSIVE_AGENTS = (r"par",)
QUOTE_VERBS = (r"a\s+déclaré", r"a\s+dit", r"a\s+souligné", r"a\s+ajouté", r"a\s+expliqué",
               r"a\s+salué", r"déclare", r"souligne", r"ajoute", r"explique", r"selon")
PHOTO_POSITIONS = (r"g", r"d", r"à gauche", r"à droite", r"au centre", r"gauche", r"droite",
                   r"centre")
CAPTION_LIST_OPENERS = (r"De gauche à droite", r"De g\. à d\.")
# La distribution d'un film, d'une émission, phrase sans verbe ("Avec A B, C D et E F.")
CAST_OPENERS = (r"Avec",)
PROFESSIONS = (r"[Ss]ociologue", r"[Jj]ournaliste", r"[Aa]rchitecte", r"[Pp]rofesseure?",
               r"[Cc]hercheu(?:r|se)", r"[ÉéEe]conomiste", r"[Hh]istorien(?:ne)?",
               r"[Uu]rbaniste", r"[Aa]nthropologue", r"[Pp]olitologue", r"[Aa]rtiste",
               r"[ÉéEe]crivaine?", r"[Aa]uteure?", r"[Mm]édecin", r"[Aa]vocate?",
               r"[Mm]odérat(?:eur|rice)", r"[Aa]nimat(?:eur|rice)", r"[Cc]onsultante?",
               r"[Pp]sychiatre", r"[Pp]sychologue",
               r"[Ee]xperte?", r"[Dd]iplomate",
               # métiers d'un bloc de contact, d'une liste d'invités ou d'un discours
               r"[Cc]hargée?\s+(?:de\s+(?:communication|mission|projets?)|des\s+relations)",
               r"[Aa]gente?\s+de\s+(?:communication|développement|liaison)",
               r"[Aa]ttachée?\s+de\s+presse", r"[Ee]nseignante?", r"[Mm]ilitante?", r"[Ii]mam",
               r"[Rr]abbin", r"[Pp]asteure?",
               # membres d'un parlement ("la députée X Y")
               r"[Dd]éputée?", r"[Aa]rchiviste", r"[Gg]éographe",
               # positions qu'une notice de contributeur donne ("X est doctorante à Y")
               r"[Dd]octorante?",
               # la rédaction d'un journal ou d'un éditeur ("Rédactrice en chef, Le Devoir")
               r"[Rr]édact(?:eur|rice)(?:\s+en\s+chef)?")
# La copule d'une notice qui s'ouvre sur le nom d'une personne et dit ce qu'elle est ("X est
# chercheuse à Y", "X a été maire de Y").
NOTE_COPULAS = (r"est", r"était", r"a\s+été")
# Pronoms qui désignent une personne ("elle", "lui"; "il" hors de ses tours impersonnels : "il
# y a", "il faut", "il s'agit"), et un âge ("âgée de 57 ans", "le jeune homme de 17 ans").
PERSON_REFERENCES = (r"[Ee]lle", r"[Ll]ui",
                     r"[Ii]l(?![ \t]+(?:y|faut|s['’]agit|est\s+(?:temps|possible))\b)",
                     r"âgée?\s+de\s+\d{1,3}\s+ans")
# Un texte nommé par son genre, puis qui l'a fait, au milieu d'une phrase ("Une
# rétrospective de X", "Notes compilées par X"): le nom est celui de l'auteur.
AUTHORED_BY = (r"(?:Un|Une)\s+(?:rétrospective|chronique|retour\s+en\s+arrière|billet|"
               r"éditorial)\s+(?:de|par)",
               # un texte publié ou cité, puis qui l'a écrit ("a publié un rapport de X")
               r"(?:publié|publie|cité|cite)\s+(?:un|une|le|la)\s+"
               r"(?:rapport|article|étude|essai|chronique)\s+(?:de|par)",
               r"(?:[Nn]otes?|[Dd]escription|[Tt]exte|[Rr]ésumé|[Cc]ompte\s+rendu|[Ll]iste|"
               r"[Cc]hronique|[Ii]nventaire|[Rr]épertoire|[Ff]iche(?:\s+pédagogique)?)\s+"
               r"(?:compilée?s?|préparée?s?|rédigée?s?|établie?s?|dressée?s?|"
               r"conçue?s?)\s+par",
               # les parties d'un livre ou d'un rapport et qui les a faites ("Préface de X",
               # "mise en page par X")
               r"(?:[Pp]réface|[Pp]ostface|[Aa]vant-propos)\s+(?:de|par)",
               r"(?:[Mm]ise\s+en\s+page|[Tt]raduction)\s+(?:de|par)")
# Le titre des nouvelles d'une promotion ("1968", "Promotion 1968", "Promo 1968").
CLASS_HEADINGS = (r"Promo(?:tion)?", r"PROMO(?:TION)?", r"Classe\s+de")
# Un texte qui se nomme nouvelles des promotions ou des anciens.
CLASS_NOTES_TITLES = (r"[Nn]ouvelles\s+des\s+(?:promotions|promos|anciens|diplômés)",
                      r"NOUVELLES\s+DES\s+(?:PROMOTIONS|ANCIENS)", r"[Cc]arnet\s+des\s+anciens")
# Un avis d'une société ou d'une promotion avant le nom dont il parle : des félicitations,
# un anniversaire, un décès ("Félicitations à X", "90e anniversaire : X", "Nous avons
# appris le décès de X").
NOTICE_CUES = (r"[Ff]élicitations\s+à", r"[Nn]ous\s+félicitons")
# Les anniversaires et les décès ne placent la personne à aucun événement.
UNPLACING_NOTICES = (r"\d{1,3}\s*(?:e|ème)s?\s+anniversaire\s*:", r"[Aa]nniversaires?\s*:",
               r"[Nn]écrologie\s*:?", r"[Ii]n\s+memoriam\s*:?",
               r"(?:[Nn]ous\s+avons\s+appris\s+)?le\s+décès\s+de",
               r"[Nn]ous\s+pleurons")
# Qui est nommé par un lien qui ne le place à aucun événement raconté : qui en fait le
# reportage ou le photographie, un camarade de promotion, un membre d'une société ("le
# photographe X", "notre membre d'honneur X"). La personne est nommée, sans participation.
UNPLACED_PERSON_NOUNS = (r"[Rr]eporters?", r"[Cc]orrespondante?s?", r"[Pp]hotographes?",
                         r"[Cc]amarades?\s+de\s+promotion", r"[Mm]embres?\s+d['’]honneur")
COUNTERPART_WORDS = (r"[Hh]omologues?", r"[Cc]ollègues?")

# Words that put an office or a person in another time ("l'ancien maire X", "X, ancienne
# ministre"): the person so named is no attendee, the office no mandate held now.
OTHER_TIME_WORDS = (r"ancien(?:ne)?s?", r"ex-", r"futur(?:e)?s?", r"précédente?s?",
                    r"retraitée?s?")
# Adverbs of another time, read only at the head of an apposition ("X, alors maire de Y").
OTHER_TIME_ADVERBS = (r"alors", r"à\s+l['’]époque", r"de\s+l['’]époque")
# A span of time before or after the point a sentence tells from ("dix jours avant l'arrivée
# des délégations", "deux semaines plus tard").
# The nouns of a body or a relation a person is named as owner of ("le comité exécutif de
# la mairesse X", "le prédécesseur de M. X"): the mention places the owner nowhere.
OWNED_BY_PERSON = (r"cabinet", r"comité\s+exécutif", r"équipe", r"bureau",
                   r"prédécesseure?", r"successeure?", r"conseill(?:er|ère)s?")
# The words around a span of years ("de 2015 à 2019", "entre 2015 et 2019"):
# a period, not one event's days.
YEAR_SPAN_OPENERS = (r"de", r"entre")
YEAR_SPAN_LINKS = (r"à", r"au", r"et")
# une affirmation que le texte dit retirée : ce qui suit ne place personne
RETRACTED_CLAIMS = (r"(?:supprimé|retiré|retranché|effacé)\s+(?:l['’]|une\s+|cette\s+)"
                    r"(?:affirmation|allégation|assertion|mention)",
                    r"(?:affirmation|allégation|assertion)\s+(?:a\s+été|est)\s+(?:supprimée|retirée)")
# le mot qui lie la lettre d'un abécédaire à son entrée (« Z comme X. »)
ALPHABET_ENTRY_LINKS = (r"comme",)
TIME_OFFSETS = (r"(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques)"
                r"\s+(?:jours?|semaines?|mois)\s+(?:avant|après|plus\s+tôt|plus\s+tard)",
                # "a déclaré X en amont du sommet": dit avant l'événement, non pendant
                r"en\s+amont\s+(?:du|de\s+la|de\s+ce|de\s+cette)\s+(?:\w+\s+){0,3}?"
                r"(?:sommet|conférence|rencontre|réunion|congrès)",
                # "X avait promis un message au préalable": avant l'événement, seul
                r"au\s+préalable", r"en\s+amont(?!\s+d)")
# A relative pronoun of possession: "Y, dont le maire, M. X": the role is held for the
# city named before it.
RELATIVE_POSSESSIVES = (r"dont",)
# A relative clause about the predecessor or successor of the person named before ("X, dont le
# prédécesseur a accueilli le deuxième Sommet"): what it tells is that other person's.
SUCCESSION_RELATIVES = (r"dont\s+(?:le|la|les)\s+"
                        r"(?:prédécesseur|successeur|successeure|prédécesseure)s?",
                        # "..., lorsque son prédécesseur Y a invité les maires au premier sommet"
                        r"(?:lorsque|quand|après\s+que)\s+(?:son|sa)\s+"
                        r"(?:prédécesseur|successeur|successeure|prédécesseure)")
# Endings of the adjective of a city's people ("son homologue lyonnais", "la maire
# nantaise"): the stem names the city.
DEMONYM_ENDINGS = (r"aise?s?", r"oise?s?", r"ienne?s?", r"aine?s?")

# Endings of a capitalised city adjective before a role; French writes it lower case after
# the role ("la maire lyonnaise", DEMONYM_ENDINGS).
CITY_ADJECTIVE_ENDINGS = ()

# A relative pronoun and a copula opening an apposition ("X, qui est maire de Y").
RELATIVE_COPULAS = (r"qui\s+(?:est|était|a\s+été)(?:\s+(?:aussi|également|désormais))?",)
# A pronoun standing for the role of the person named before ("le maire de Y, X, et celui de
# Z, W").
ROLE_PRONOUNS = (r"[Cc]elui", r"[Cc]elle")
# A possessive and the word of a deputy before a name ("et son adjoint X").
DEPUTY_WORDS = (r"(?:son|sa)\s+(?:premi(?:er|ère)\s+)?adjointe?",)
# A possessive and a predecessor or successor before a name ("son prédécesseur X").
SUCCESSION_WORDS = (r"(?:[Ss]on|[Ss]a)\s+(?:prédécesseur|successeur|successeure|prédécesseure)",)
# A relative pronoun and a verb of heading ("X, qui dirige le bureau de Y"), and the units
# headed with the role of their head.
HEAD_VERBS = (r"qui\s+(?:dirige|dirigeait|préside|présidait|pilote)",)
HEADED_UNITS = ((r"conseil\s+municipal|conseil\s+de\s+ville", "council-chair"),
                (r"bureau", "head-of-office"), (r"département", "head-of-department"),
                (r"délégation", "head-of-delegation"))

# Participles of coming between a name and where the person comes from ("X, venu de
# Y").
COME_PARTICIPLES = (r"venue?s?", r"arrivée?s?")
# French "X de Y" after a name is too often a name's particle: no word of belonging.
PERSON_OF_CITY_WORDS = ()
# An auxiliary before "venu de" ("X était venue de Y", "X, qui était venu de Y"); the city
# fronted ("De Y était venue X", "D'Y étaient arrivés X et Z").
ARRIVAL_VERBS = (r"(?:qui\s+)?(?:était|est|étaient|sont)(?:\s+(?:spécialement|aussi|également))?",)
ARRIVAL_FROM = (r"de\s+", r"d['’]")
EVENT_SEQUELS = (r"[Dd]élégations?", r"y\s+(?:accueill|reç|arriv|pren|particip)\w*", r"l['’]hôte",
                 r"accueill(?:e|ait|it|ent)", r"venue?s?\s+d(?:e|['’])")
DELEGATION_NOUNS = (r"[Dd]élégations?",)
# La délégation d'une ville dans une relative ("X, dont la délégation était conduite
# par Y").
DELEGATION_OWNERS = (r",\s+dont\s+(?:la|les)",)
# Le sommet, nommé de nouveau par son seul nom ("Le Sommet s'est ouvert par un accueil de X") :
# dans un texte qui ne rend compte d'aucun sommet, celui que le texte a nommé en dernier.
SUMMIT_ANAPHORS = (r"(?:[Ll]e|[Dd]u|[Aa]u)\s+[Ss]ommet",)
ARRIVAL_FRONTED_VERBS = (r"(?:était|est|étaient|sont)\s+(?:venue?s?|arrivée?s?)", r"venai(?:t|ent)")

# Cues that a person named was not there ("n'a pas pu assister", "était absente"):
# the person the cue speaks of is no attendee from that sentence.
# Ce qui lie un événement au sommet à côté duquel il se tient, en tête d'une ligne de titre
# (« en marge du Sommet », « organisée à l'occasion du premier Sommet »)
SIDE_EVENT_TIES = (r"(?:(?:organisée?s?|tenue?s?|offerte?s?)\s+)?(?:en\s+marge|"
                   r"à\s+l['’]occasion)\s+d(?:u|es|e\s+la)",)
# L'aide à la préparation d'un événement, ce pour quoi on remercie (« pour son soutien à
# l'organisation du Sommet »)
PREPARATION_SUPPORT = (r"(?:soutien|aide|appui|concours)\s+(?:à|dans|pour)\s+(?:l['’]|la\s+)"
                       r"(?:organisation|préparation|planification)",)
# Un remerciement à la troisième personne, de l'organisme qui l'adresse (« Le Bureau
# remercie M. X »)
THANKS_VERBS = (r"remercie(?:nt)?",)
ABSENCE_CUES = (r"n['’]a\s+pas\s+pu\s+(?:assister|participer|venir|être\s+présente?)",
                r"absente?s?", r"excusée?s?", r"pas\s+présente?s?", r"pas\s+représentée?s?",
                # a presence denied ("n'y est pas allé", "n'a pas assisté", "n'y était pas")
                r"n['’](?:y\s+)?(?:est|sont)\s+pas\s+allée?s?",
                r"n['’]a(?:vait)?\s+pas\s+(?:assisté|participé|fait\s+le\s+(?:voyage|déplacement))",
                r"n['’]y\s+(?:était|étaient)\s+pas", r"n['’](?:était|étaient)\s+pas\s+(?:présente?s?|là)",
                r"est\s+restée?\s+(?:à\s+la\s+maison|chez\s+(?:elle|lui))",
                # only said to be coming ("serait aussi du voyage", "devrait participer"):
                # the text does not say the person came
                r"(?:serai(?:t|ent)|devrai(?:t|ent)|devai(?:t|ent)|pourrai(?:t|ent))\s+(?:\w+\s+){0,2}?"
                r"(?:du\s+voyage|de\s+la\s+partie|présente?s?|assister|participer|venir|"
                r"être\s+(?:présente?s?|là|du\s+voyage|de\s+la\s+partie))")
# The label over the names that sign a statement, before its colon ("Signé par les conseillères
# et conseillers de l'opposition :"): the people listed sign the text; they are its authors.
SIGNED_BY_LABELS = (r"Signée?s?\s+par",)
# The label of a meeting's list of those present or excused, before its colon ("Présences :"):
# people at the meeting the minutes record. The numbering words of an agenda ("Point 2 :").
PRESENCE_LABELS = (r"Présences?", r"Présente?s", r"(?:Étai|Etai)ent\s+présente?s",
                   r"Absences?", r"Absente?s", r"Excusée?s", r"Secrétaire\s+de\s+séance",
                   r"Présidence")
AGENDA_LABELS = (r"Point", r"Article")
# The labels of an e-mail's header lines naming people ("De :", "À :"), and of its subject
MAIL_HEADER_LABELS = (r"De", r"À", r"A", r"Cc", r"Cci", r"Répondre\s+à", r"Expéditeur",
                      r"Destinataires?")
MAIL_SUBJECT_LABELS = (r"Objet",)
SLIDE_LABELS = (r"Diapositive", r"Diapo")
# The parts and backers of a summit: a passage under a heading that speaks of these goes on
# with the summit the passage before it names
EVENT_PARTS = (r"conférences?\s+d['’]ouverture", r"conférenciers?", r"conférencières?",
               r"intervenants?", r"intervenantes?", r"commanditaires?", r"partenaires\s+médias",
               r"ateliers?", r"tables?\s+rondes?", r"plénières?",
               r"séances?\s+(?:d['’]ouverture|de\s+clôture|de\s+travail)", r"délégations?")
# Relative pronouns of a subject: a cue after one speaks of the word right before it.
RELATIVE_PRONOUNS = (r"qui",)

# Words that name the host right before its role ('hosted by Mayor X', 'L'hôte, le
# maire X'): a city role without a city is held for the summit's host city.
HOST_CUES = (r"hôte(?:sse)?", r"organisée?\s+par")

# Words of an invitation right before the inviting host's role ("à l'invitation du maire
# de l'époque"): the role is held for the city the clause names, else the summit's host city.
INVITATION_CUES = (r"à\s+l['’]invitation\s+(?:de|du|des)", r"invitée?s?\s+par")

# ------------------------------------------------------------------ roles
ROLES = (
    (r"(?:[Pp]remi(?:er|ère)\s+)?[Aa]djointe?\s+au\s+maire", "deputy-mayor", "adjointe au maire"),
    (r"[Mm]aire\s+adjointe?", "deputy-mayor", "maire adjoint"),
    # the council member named to stand in for the mayor (Quebec's "maire suppléant")
    (r"[Mm]aire\s+suppléante?", "deputy-mayor", "maire suppléant"),
    (r"[Pp]remi(?:er|ère)\s+adjointe?", "deputy-mayor", "première adjointe"),
    (r"[Vv]ice-?[Mm]aire", "deputy-mayor", "vice-maire"),
    (r"[Vv]ice-?présidente?\s+du\s+conseil(?:\s+municipal)?", "council-vice-chair",
     "vice-présidente du conseil municipal"),
    (r"[Vv]ice-?présidente?\s+du\s+comité\s+exécutif", "executive-committee-vice-chair",
     "vice-présidente du comité exécutif"),
    (r"[Pp]résidente?\s+du\s+conseil(?:\s+municipal)?", "council-chair",
     "président du conseil"),
    (r"[Mm]airesse|[Mm]aire\b|[Bb]ourgmestre", "mayor", "mairesse"),
    (r"[Cc]onseill(?:er|ère)\s+(?:municipale?|de\s+ville|d'arrondissement|"
     r"d’arrondissement)|[Cc]onseill(?:er|ère)\b", "councillor", "conseillère municipale"),
    (r"[Mm]inistre\s+d'[ÉE]tat|[Mm]inistre\s+d’[ÉE]tat", "minister-of-state",
     "ministre d'État"),
    (r"[Mm]inistre", "minister", "ministre"),
    (r"[Ss]énat(?:eur|rice)", "senator", "sénatrice"),
    (r"[Gg]ouverneure?", "governor", "gouverneure"),
    (r"[Aa]mbassad(?:eur|rice)", "ambassador", "ambassadrice"),
    (r"[Cc]hef(?:fe)?\s+(?:de|du)\s+(?:la\s+)?division", "head-of-division",
     "cheffe de la division"),
    (r"[Cc]hef(?:fe)?\s+(?:de|du)\s+(?:la\s+)?(?:département|service)", "head-of-department",
     "chef du service"),
    (r"[Cc]hef(?:fe)?\s+(?:de|du)\s+bureau|[Dd]irect(?:eur|rice)\s+du\s+bureau",
     "head-of-office", "directrice du bureau"),
    (r"[Cc]hef(?:fe)?\s+de\s+(?:la\s+)?délégation", "head-of-delegation", "chef de délégation"),
    (r"[Ss]ecrétaire\s+générale?", "secretary-general", "secrétaire générale"),
    (r"[Vv]ice-?présidente?", "vice-president", "vice-présidente"),
    (r"[Pp]résidente?", "president", "présidente"),
    (r"[Cc]oordinat(?:eur|rice)|[Cc]oordonnat(?:eur|rice)", "coordinator", "coordonnateur"),
    (r"[Dd]irect(?:eur|rice)\s+général(?:e)?", "managing-director", "directrice générale"),
    (r"[Dd]irect(?:eur|rice)\s+exécuti(?:f|ve)", "executive-director", "directeur exécutif"),
    (r"[Dd]irect(?:eur|rice)", "director", "directrice"),
    (r"[Pp]orte-parole", "spokesperson", "porte-parole"),
    (r"[Aa]ssociée?\b", "partner", "associée"),
)
AMBIGUOUS_MAYOR = ()
# No title of a city's head makes another mayor's title a deputy's (a deputy is called so).
HEAD_MAYOR_TITLES = ()
PREDICATE_MARKERS = (r"en\s+tant\s+que", r"comme")
PRONOUN_COPULAS = (r"(?:Il|Elle)\s+(?:est|était)",)
POSSESSIVES = (r"son", r"sa", r"ses", r"leurs?")
DEFINITE_ARTICLES = (r"la", r"le", r"les", r"l['’]")
# Des titulaires au pluriel après un nom et une virgule (« Mme X, les maires selon leur rang,
# les adjoints ») : l'élément suivant d'une liste, pas une apposition.
PLURAL_ROLE_GROUPS = (r"les\s+(?:autres\s+)?(?:maires|adjoints|adjointes|ministres|"
                      r"conseill(?:er|ère)s|présidente?s|directeurs|directrices)",)
AGENT_PREPOSITIONS = (r"de", r"du", r"des", r"d'", r"d’", r"à", r"au", r"auprès", r"chez")

# ------------------------------------------------------------------ partner roles
PARTNER_ROLES = (
    (r"[Cc]ommanditaires?\s+principa(?:l|ux)|[Pp]artenaires?\s+principa(?:l|ux)",
     "main-sponsor"),
    (r"[Pp]artenaires?\s+de\s+soutien|[Pp]artenaires?\s+institutionnels?",
     "supporting-partner"),
    (r"[Pp]artenaires?\s+médias?", "media-partner"),
    # a co-organiser is read to keep its names apart, and stated as lt:coOrganiser, no partner
    (r"[Cc]o-?organisat(?:eur|rice)s?", "co-organiser"),
    (r"[Cc]ommanditaires?|[Mm]écènes?", "sponsor"),
    (r"[Pp]artenaires?(?:\s+d[ue]\s+projet)?", "partner"),
)
COPULAS = (r"est", r"sont", r"était", r"étaient", r"a\s+été", r"ont\s+été", r"figurent",
           r"figuraient")
LIST_LEADS = (r"parmi\s+les",)
# "Comme partenaires s'engagent X et Y": the verb of a clause opening on "comme" or "en tant
# que" and a role, its subjects after it
PARTNER_AS_VERBS = (r"s['’]engag(?:ent|eaient|èrent)", r"s['’]associ(?:ent|aient|èrent)",
                    r"particip(?:ent|aient|èrent)")
PARTNER_PHRASES = (
    (r"\b[Ee]n\s+(?:collaboration|partenariat|coopération)\s+avec"
     r"(?:\s+(?:le|la|les)\b|\s+l['’])?", "co-organiser"),
    (r"\b[Cc]o-?organisée?s?\s+(?:par|avec)(?:\s+(?:le|la|les)\b|\s+l['’])?", "co-organiser"),
    (r"\b(?:[Cc]ommanditée?s?|[Pp]arrainée?s?)\s+par(?:\s+(?:le|la|les)\b|\s+l['’])?",
     "sponsor"),
    (r"\b(?:[Aa]vec\s+le|[Gg]râce\s+au|[Bb]énéficié\s+du|[Bb]énéficie\s+du|[Rr]eçu\s+le)"
     r"\s+(?:soutien|concours|financement)(?:\s+financier)?\s+(?:(?:de|du|des)(?:\s+la\b|\s+l['’])?|d['’])",
     "supporting-partner"),
    (r"\b(?:[Cc]o-?)?[Ff]inancée?s?\s+par(?:\s+(?:le|la|les)\b|\s+l['’])?", "supporting-partner"),
    (r"\b[Ss]outenue?s?\s+par(?:\s+(?:le|la|les)\b|\s+l['’])?", "supporting-partner"),
    (r"\b[Pp]armi\s+les\s+partenaires\s+(?:du\s+[Ss]ommet\s+|de\s+la\s+conférence\s+)?"
     r"(?:figurent|figuraient|on\s+compte|se\s+trouvent)(?:\s+(?:le|la|les)\b|\s+l['’])?",
     "partner"),
)
PARTNER_PASSIVES = ()
# "X et Y ont soutenu le Sommet", "X soutient la conférence"
NEGATIONS = (r"pas", r"jamais", r"ne", r"n['’]")
PARTNER_ACTIVES = (
    (r"(?P<items>[^.;:]{2,160}?)\s+(?P<verb>(?:ont|a)\s+(?:aussi\s+|également\s+)?soutenu|"
     r"soutiennent|soutient|soutenaient|soutenait)\s+(?:le|la|l['’])\s*(?:[\w-]+\s+){0,2}?"
     r"(?:[Ss]ommet|conférence)\b", "supporting-partner"),
    (r"(?P<items>[^.;:]{2,160}?)\s+(?P<verb>(?:ont|a)\s+(?:aussi\s+|également\s+)?"
     r"co-?organisé)\s+(?:le|la|l['’])\s*(?:[\w-]+\s+){0,2}?(?:[Ss]ommet|conférence)\b",
     "co-organiser"),
    # "X et Y ont apporté leur soutien au Sommet"
    (r"(?P<items>[^.;:]{2,160}?)\s+(?P<verb>(?:ont|a)\s+(?:aussi\s+|également\s+)?apporté\s+"
     r"(?:leur|son)\s+soutien)\s+(?:au|à\s+la)\s+(?:[\w-]+\s+){0,2}?(?:[Ss]ommet|conférence)\b",
     "supporting-partner"),
)
ORG_MODIFIERS = (r"\b(?:piloté|dirigé|lancé)e?\s+par\s+[^,.;]{1,60}",)
# Words after a partner clause that add one more organisation to it ("X et Y étaient
# partenaires de soutien, tout comme Z").
PARTNER_ADDITIONS = (r"tout\s+comme", r"de\s+même\s+que", r"au\s+même\s+titre\s+que",
                     r"aux\s+côtés\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’])")
# Possessives before a partner role that a list of names follows ("nos partenaires X et
# Y"), and the words of an apposition that names one partner ("X, l'un des partenaires
# du Sommet").
PARTNER_OWNERS = (r"nos", r"notre", r"ses", r"son", r"leurs?")
PARTNER_APPOSITIONS = (r"l['’]une?\s+des", r"une?\s+des", r"une?")
# Words before a partner role that make its holders the others of a list ("avec nos autres
# partenaires de soutien X et Y").
# Le génitif qui fait d'un rôle de partenaire le possesseur du nom qui précède ("les
# prestations en nature des partenaires médias") : ce qui précède n'est pas un partenaire.
PARTNER_POSSESSOR_LEADS = (r"des", r"du", r"de\s+la", r"de\s+l['’]")
PARTNER_FELLOWS = (r"autres",)
# What a thanks may be for that is a part in an event ("pour son accueil", "pour son
# discours"): a person thanked for none of these, in a sentence that names no summit, is
# thanked for something else ("pour les cafés", "pour leur engagement") and is placed nowhere.
THANKED_FOR_A_PART = (r"accueil\w*", r"hospitalité", r"discours", r"allocution", r"intervention",
                      r"présence", r"participation", r"organisation", r"animation",
                      r"présentation", r"invitation", r"venue", r"visite", r"contribution",
                      r"reçu\w*", r"hôte\w*")
# Thanks before a partner role: the holders it thanks follow ("merci à nos partenaires X et
# Y", "nous remercions les partenaires médias X et Y").
PARTNER_THANKS = (r"(?:un\s+(?:grand|immense|chaleureux)\s+)?merci\s+"
                  r"(?:(?:également|aussi|encore)\s+)?(?:à|aux)",
                  r"(?:nos|mes)\s+(?:(?:sincères|chaleureux)\s+)?remerciements\s+"
                  r"(?:(?:vont|s['’]adressent)\s+)?(?:(?:également|aussi)\s+)?(?:à|aux)",
                  r"(?:nous|je)\s+(?:tenons\s+à\s+)?remerci\w*")
# The agent of a passive, before a partner role that heads the names right after it ("les
# frais ont été pris en charge par les commanditaires principaux X et Y").
PARTNER_HEAD_LEADS = (r"par\s+(?:les|le|ses|nos|leurs)",)
# A role its holders share: the subject before these words and the list after the role and
# the tail ("X partageait le rôle de partenaire de soutien avec Y et Z").
PARTNER_SHARES = (r"partag\w+\s+(?:le\s+)?(?:rôle|statut)\s+(?:de|d['’])",)
PARTNER_SHARE_TAILS = (r"avec(?:\s+(?:le|la|les|l['’]))?",)
GROUP_REFERENCES = (r"(?:(?:les|ces)\s+(?:deux|trois|quatre)|ces)\s+(?:\w+\s+)?"
                    r"(?:réseaux|organisations|organismes|institutions|partenaires)",)

# ------------------------------------------------------------------ figures
FIGURES = (
    (r"(?P<n>\d+)\s+(?:\w+-?)?(?:représentant\w*|délégués)", "representativeCount"),
    (r"(?P<n>\d+)\s+(?:délégations|chefs\s+de\s+délégation)", "delegationCount"),
    (r"(?P<n>\d+)\s+pays", "countryCount"),
)
# Words just before a figure that say how exact it is ("environ 35"), with the qualifier the
# graph states (the words of lt:qualifier in the ontology).
FIGURE_QUALIFIERS = (
    (r"environ", "approximately"), (r"quelque", "approximately"),
    (r"à\s+peu\s+près", "approximately"), (r"près\s+de", "nearly"), (r"presque", "nearly"),
    (r"plus\s+de", "more than"), (r"moins\s+de", "fewer than"), (r"au\s+moins", "at least"),
    (r"jusqu['’]à", "up to"),
)
# Numbers written out in a figure ("quarante délégations", "une trentaine de pays"); a round
# number makes the figure approximate.
FIGURE_NUMBER_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
                       "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
                       "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30,
                       "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100}
FIGURE_ROUND_NUMBERS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
                        "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
                        "soixantaine": 60, "centaine": 100}

# ------------------------------------------------------------------ terms of office
# Words that state a term of office right before or after a role ("maire depuis 2014",
# "président de 2015 à 2019"): before its start alone, before its first date and before its
# last (read by ``ltgraph.extract.terms_of_office``).
TERM_SINCE = (r"depuis", r"depuis\s+le")
TERM_FROM = (r"de", r"du", r"d['’]")
TERM_TO = (r"à", r"au", r"jusqu['’](?:en|au)")

# ------------------------------------------------------------------ words in dates
# (read per language by ``ltgraph.extract.dates``)
DATE_WEEKDAY_COMPOUNDS = ()
DAY_SUFFIXES = ("er", "ème", "eme", "e")
DAY_ARTICLES = ("le",)
# before a day and month in figures without the year ("am 31.8."): what makes it a date
NUMERIC_DAY_LEADS = ()  # written with slashes and a year
RANGE_WORDS = ("jusqu'au", "jusqu’au", "au", "–", "—", "-", "/")
DATE_AND_WORDS = ("et le", "et")
DATE_OF_WORDS = ()
SAME_YEAR_WORDS = ("la même année", "cette même année", "la même annee")
YEARS_AGO_WORDS = ("il y a {n} ans", "il y a {n} an")
RELATIVE_YEARS = {"l'an dernier": -1, "l’an dernier": -1, "l'année dernière": -1,
                  "l’année dernière": -1, "l'an prochain": 1, "l’an prochain": 1,
                  "l'année prochaine": 1, "l’année prochaine": 1, "cette année": 0}
RELATIVE_DAYS = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0,
                 "demain": 1}
# A day told from the day the text named last (the event's day): "le soir même" (0), "le
# lendemain" (+1), "la veille" (-1).
CONTEXT_DAYS = {"le soir même": 0, "le jour même": 0, "le même jour": 0, "le même soir": 0,
                "ce soir-là": 0, "ce jour-là": 0, "en soirée": 0, "dans la soirée": 0,
                "le lendemain": 1, "le jour suivant": 1, "la veille": -1,
                "le jour précédent": -1, "la veille au soir": -1, "le soir précédent": -1}
LOWER_CASE_ONLY_IN_DATES = frozenset()

# ------------------------------------------------------------------ the text layer
ABBREVIATIONS = ("Dr", "Prof", "St", "Mme", "h. c", "h.c")  # "Dr h.c. X": an honorary doctorate
ORDINAL_SUFFIXES = ("e", "er", "ème", "eme", "re", "ère")


# ------------------------------------------------------------------ events told over sentences
# Sentence openers that speak of the event just named ("C'était le premier Sommet").
# The first summits of the series counted together ("les deux premières éditions se sont
# tenues à A et à B"), and its start ("la série a débuté à A"): the hosts follow in order.
SERIES_WORDS = (r"(?:les|ses)\s+(deux|trois|\d)\s+premi(?:ères\s+éditions|ers\s+sommets)",
                r"(?:la\s+série|le\s+cycle)\s+(?:a\s+(?:débuté|commencé)|avait\s+(?:débuté|"
                r"commencé))\s+à")
# An ordinal standing alone for a summit of the series ("Le premier avait eu lieu à A en
# 2015", "la deuxième s'est tenue à B"): the words that may follow
# it, and the nouns of a series' numbered instances ("cette troisième édition").
ORDINAL_TAILS = (r"a", r"avait", r"s['’]est", r"se", r"fut", r"était", r"eut", r"aura", r"à",
                 r"en", r"suivit", r"tenue?", r"organisée?")
EDITION_WORDS = (r"édition",)
DEMONSTRATIVES = (r"ce", r"cet", r"cette")
EVENT_PRONOUNS = (r"C['’]était", r"C['’]est", r"Il\s+s['’]agissait", r"La\s+rencontre",
                  r"Le\s+rendez-vous", r"Les\s+travaux", r"Les\s+discussions")
# Verbs of delegations meeting: a sentence with one next to the event's tells its days.
MEETING_CUES = (r"se\s+sont\s+réunie?s", r"se\s+sont\s+retrouvée?s", r"ont\s+siégé",
                r"ont\s+délibéré", r"ont\s+débattu", r"se\s+réunissaient",
                # or its first days ("les deux premières journées, les 7 et 8 décembre")
                r"(?:les|ses)\s+(?:deux|trois)\s+premi(?:ères\s+journées|ers\s+jours)")
# Who signs, by reference to the sentence before: the people it names ("Tous ont signé"),
# its last person ("Il a signé lui aussi"), its last city ("La ville a également signé").
SIGNER_GROUPS = (r"tous", r"toutes", r"tous\s+les\s+(?:deux|trois|quatre)", r"les\s+deux",
                 r"chacun\s+d['’]entre\s+eux", r"tous\s+(?:les\s+)?(?:\w+\s+)?(?:maires|invités)")
# Signers named as everyone at the summit ("signée par les maires présents", "tous les maires
# réunis ont signé"): the cities that take part sign.
# The first person plural as the signer ("nous avons signé"): the city the text speaks for,
# named just before. After the signing verb, words that add signers ("..., ainsi que X").
SIGNER_WE = (r"nous",)
SIGNER_ADDITIONS = (r"ainsi\s+que", r"de\s+même\s+que", r"tout\s+comme", r"plus", r"notamment",
                    r"comme\s+l['’]ont\s+fait",
                    r"dont", r"parmi\s+(?:eux|elles|lesquel(?:le)?s)")
# A journey's end ("s'est rendu à X et a signé"): the city is where the signing happened.
TRAVEL_WORDS = (r"rendue?s?\s+à", r"voyagé\s+à", r"(?:visite|voyage|séjour)\s+à", r"visité")
PRESENT_SIGNERS = (r"(?:tous\s+)?les\s+(?:maires|élus|délégations|participants)\s+"
                   r"(?:présente?s|réunis|rassemblés|participants)",
                   r"(?:chacun|chacune)\s+des\s+(?:maires|délégations)\s+présente?s",
                   r"toutes\s+les\s+(?:villes|délégations)\s+(?:présentes|participantes|"
                   r"représentées)",
                   r"l['’]ensemble\s+des\s+(?:maires|participants|délégations)"
                   r"(?:\s+présente?s)?",
                   # "les 23 maires présents", "X et les autres maires", "X et ses homologues":
                   # everyone there, or the signer named and everyone else there
                   r"(?:tous\s+)?les\s+\d+\s+(?:maires|élus|délégations|participants)\s+"
                   r"(?:présente?s|réunis|rassemblés)",
                   # (as one subject: "aux côtés des autres délégations" signs no one else)
                   r"et\s+(?:tous\s+)?les\s+autres\s+(?:maires|élus|délégations|participants)",
                   r"et\s+(?:ses|leurs)\s+homologues")
SIGNER_PRONOUNS = (r"[Ii]l", r"[Ee]lle", r"[Ll]ui-même", r"[Ee]lle-même")
CITY_REFERENCES = (r"la\s+ville", r"la\s+municipalité", r"la\s+commune")
# A signed text not named as a declaration ("ont signé un texte commun").
DOCUMENT_WORDS = (r"document", r"texte")
# "signé au nom de X": X signs.
SIGNING_FOR = (r"au\s+nom\s+(?:de\s+la\s+ville\s+de|des\s+habitants\s+de|de|d['’])",
               r"pour\s+la\s+ville\s+de")
# A clause of its own between a city and the signing: "..., où avait été adoptée la Déclaration".
CLAUSE_BREAKS = (r"où", r"lorsque")
# Signers written after a signing verb: a passive agent ("signée, entre autres, par A et B").
# French puts no subject after its verb in these reports: no inversion fillers.
SIGNER_AGENTS = (r"par",)
SIGNER_INVERSION_FILLERS = ()
# The host named by its standing, not its name ("la ville hôte", "la ville d'accueil"): in a
# signing it is the host city of the declaration's summit.
# Signers counted back to the cities named before ("dont les trois villes citées", "les deux
# villes mentionnées"): the last that many cities the text named.
# "tous trois ont signé": every one of the cities named before, counted
COUNTED_ALL = (r"tous", r"toutes", r"tous\s+les", r"toutes\s+les")
NAMED_BEFORE_WORDS = (r"(?:villes\s+)?citée?s(?:\s+plus\s+haut)?", r"(?:villes\s+)?mentionnée?s",
                      r"(?:villes\s+)?précitée?s", r"(?:villes\s+)?nommée?s")
# Signing as one ("signée à l'unanimité"): everyone at the summit signs.
UNANIMITY_WORDS = (r"à\s+l['’]unanimité", r"unanimement")
# The mayors counted as the signing's subject ("Les 23 maires ont signé") or as what "ils"
# refers back to: everyone there signs.
SIGNER_GROUP_NOUNS = (r"maires", r"élus", r"élues")
# Adopting a text, which is no signature of everyone who voted for it.
ADOPTION_VERBS = (r"adopt\w*",)
SIGNER_THEY = (r"ils", r"elles")
# A part of the mayors, not all of them ("Des maires de quatre continents signent").
SIGNER_GROUP_PARTS = (r"des", r"plusieurs", r"certains", r"quelques", r"de\s+nombreux",
                      r"nombreux")
# Signing "too" with no object ("X a également signé", "X a signé à son tour"): the declaration
# the text told of signing before.
SIGNED_TOO = (r"également", r"aussi", r"à\s+son\s+tour", r"de\s+même")
# a question asking who signed, its answer the signers ("Who signed the Declaration?")
SIGNER_QUESTIONS = (r"qui", r"quelles\s+villes")
# a numbered question of a quiz or an FAQ ("Question 7: ...?") and the line answering it
# ("Answer 7: ..."), the label before the number
QUIZ_QUESTION_LABELS = (r"question", r"q")
QUIZ_ANSWER_LABELS = (r"réponse", r"r")
# the first of signers told one after another ("the host signed first")
SIGNED_FIRST = (r"en\s+premier", r"(?:le|la)\s+premi(?:er|ère)")
# the auxiliary between a signer and its signing verb ("la ville hôte a signé")
SIGNER_AUXILIARIES = (r"a", r"avait", r"ont", r"avaient", r"aussi")
# A signing after the summit, told without its date ("a signé ultérieurement"): the signer
# did not take part.
SIGNED_LATER = (r"ultérieurement", r"après\s+coup", r"a\s+posteriori")
# A signing told as done on a visit or a trip ("l'a signée lors d'une visite en X"):
# apart from the summit, unless the same clause names the summit.
SIGNED_ON_VISIT = (r"(?:lors|au\s+cours)\s+(?:d['’]une?|de\s+(?:sa|son|leur))\s+"
                   r"(?:[\w-]+\s+){0,2}?(?:visite|voyage|séjour|déplacement)",
                   r"en\s+(?:visite|voyage|déplacement)")
# L'agent d'un accueil ou d'une organisation ("organisé par la ville de X", "accueilli par
# le maire Y") : qui suit a accueilli, et ne signe pas pour autant.
HOSTING_AGENT_CUES = (r"organis[ée]e?s?\b[^,;:.\n]{0,80}?\bpar",
                      r"accueilli(?:e|s|es)?\b[^,;:.\n]{0,80}?\bpar",
                      r"convoqu[ée]e?s?\b[^,;:.\n]{0,80}?\bpar")

# Verbes dont l'hôte est le sujet ("X a convoqué le premier sommet", "X accueillait") : la
# ville juste avant a accueilli, et ne signe pas pour autant.
HOSTING_SUBJECT_VERBS = (r"accueill\w*", r"organis\w*", r"convoqu\w*", r"invit\w*",
                         r"reçu", r"recevait")

HOST_REFERENCES = (r"la\s+ville\s+hôte", r"la\s+ville\s+d['’]accueil",
                   r"la\s+ville\s+organisatrice", r"l['’]hôte")

# les mots qui ouvrent une question (« Quand donc ... ? »)
QUESTION_WORDS = ("qui", "que", "quoi", "quand", "où", "pourquoi", "comment", "quel", "quelle",
                  "quels", "quelles", "combien", "est-ce")

# un sommet rappelé lors d'un autre événement : « a rappelé le premier Sommet de 2015 »,
# « évoquant le Sommet de 2015 », « le souvenir du premier Sommet »
RECALL_CUES = (r"rappel(?:é|ée|ant|le|lent|ait|er)", r"évoqu(?:é|ée|ant|e|ait|er)",
               r"souvenirs?\s+(?:de|du|des|d['’])", r"souven(?:ant|u|ue)\s+(?:de|du|des|d['’])",
               r"remémor\w*")
RECALL_TAIL_LEADS: tuple[str, ...] = ()
RECALL_TAIL_CUES: tuple[str, ...] = ()

# A city taking part with no person named ("A, B et C ont pris part",
# "Lyon a envoyé une délégation", "Lyon était représentée par son adjoint"): the verbs, in a
# tense that tells it happened; the words that may stand between them and the list of cities;
# the words between the list and the verb; the word between the ends of a range ("de X à Y").
TAKING_PART_VERBS = (r"(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,2}?pris\s+part",
                     r"(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,2}?participé",
                     r"participai(?:t|ent)",
                     r"(?:était|étaient|a\s+été|ont\s+été)\s+(?:\w+\s+){0,2}?représentée?s?",
                     r"(?:était|étaient|a\s+été|ont\s+été)\s+(?:\w+\s+){0,2}?présente?s?",
                     r"(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,2}?(?:envoyé|dépêché)\s+"
                     r"(?:une|des|sa|leurs?)\s+délégations?",
                     r"(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,2}?présenté",
                     r"(?:a|ont)\s+(?:\w+\s+){0,2}?pris\s+la\s+parole",
                     r"parmi\s+les\s+villes\s+(?:présentes|représentées|participantes)"
                     r"(?:\s[^.;]{0,60}?)?\s+(?:figuraient|figurent|se\s+trouvaient|étaient)",
                     r"(?:les\s+)?villes\s+(?:présentes|représentées|participantes)\s+"
                     r"(?:étaient|comptaient)",
                     # a session that gave the floor to cities ("avec des voix de A, B et C",
                     # "le dialogue a réuni A et B")
                     r"(?:voix|interventions|témoignages|contributions|intervenants)\s+"
                     r"(?:de|d['’]|venue?s?\s+de)",
                     r"(?:voix|interventions|témoignages|contributions)\s+(?:[^\W\d]+\s+){0,2}?"
                     r"(?:sont|étaient)\s+venue?s\s+(?:de|d['’])",
                     r"(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,2}?réuni",
                     # une séance tenue avec des villes, des villes qui y ont partagé leur
                     # expérience, en ont rejoint d'autres ou figuraient parmi les invitées ("le
                     # dialogue des maires avec A et B", "A et B avaient partagé leurs
                     # expériences", "X a rejoint les représentants de A lors du dialogue", "une
                     # des villes invitées au Dialogue, aux côtés de A et de B")
                     r"(?:dialogue|table\s+ronde|panel)\s+"
                     r"(?:des\s+maires|d['’]ouverture|de\s+clôture)"
                     # son titre entre guillemets ("le dialogue des maires « La cohésion
                     # sociale dans les villes » avec A et B")
                     r"(?:\s+[«\"“][^»\"”]{1,80}[»\"”])?\s+avec",
                     r"(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,2}?partagé\s+"
                     r"(?:leurs?|son|sa|ses)\s+(?:\w+\s+)?(?:expériences?|pratiques)",
                     r"(?:a|ont|avait|avaient)\s+rejoint(?=[^.;]{0,80}?\s"
                     r"(?:lors\s+du|au|dans\s+le)\s+(?:[\w'’-]+\s+){0,3}?"
                     r"(?:dialogue|panel|atelier|table\s+ronde)(?![\w-]))",
                     # ("des maires de A et de B se sont joints aux travaux en ligne")
                     r"se\s+sont\s+jointe?s(?=\s+(?:[\w'’-]+\s+){0,3}?"
                     r"(?:en\s+ligne|à\s+distance|par\s+vidéo)(?![\w-]))",
                     r"(?:villes|maires)\s+invitée?s\s+(?:au|à\s+la|aux)\s+"
                     r"(?:[\w'’-]+\s+){0,3}?(?:dialogue|panel|atelier|table\s+ronde)",
                     # une des villes d'une séance ("Québec était l'une des quatre villes de
                     # cette séance, avec A, B et C")
                     r"(?:était|étaient|a\s+été|ont\s+été)\s+(?:l['’]une|parmi)\s+des\s+"
                     r"(?:\w+\s+)?villes\s+(?:de|du|à)\s+(?:cette|ce|la|le)\s+"
                     r"(?:dialogue|panel|séance|atelier|table\s+ronde)(?![\w-])",
                     # le nom de la participation avant une liste de villes et le sommet
                     # ("la participation de A, de B et de C au deuxième Sommet")
                     r"participation\s+(?:de|d['’])(?=\s*[^.;]{0,160}?\s(?:au|aux|à\s+la)\s+"
                     r"(?:[\w'’-]+\s+){0,4}?(?:sommet|conférence|rencontre)\b)",)
TAKING_PART_LEADS = (r"la", r"le", r"les", r"l['’]", r"aussi", r"également", r"notamment",
                     r"(?:ville|commune|municipalité)s?\s+(?:de|d['’])",
                     r"(?:maires?|mairesses?|bourgmestres?)\s+(?:de|d['’]|du)",
                     r"(?:délégations?|représentants?|élus)\s+(?:de|d['’]|venue?s?\s+de)",
                     r"de", r"d['’]", r"par", r"des",
                     # "des maires venus d'aussi loin que A et B"
                     r"(?:participants|invités|collègues|maires)\s+venue?s?(?=\s+d)",
                     r"(?:d['’])?aussi\s+loin\s+que", r"(?:villes\s+)?(?:comme|telles\s+que)")
TAKING_PART_TAILS = (r"aussi", r"également", r"déjà", r"y", r"elles?\s+aussi")
CITY_RANGE_WORDS = (r"à",)
# The words before a list of cities that took part beside the subject of a verb of taking
# part ("X a pris la parole aux côtés de A, de B et de C", "Aux côtés de A, trois villes ont
# présenté leurs pratiques"), and the words by which a city's own text names the city as the
# one that took part ("la Ville a pris la parole", "notre ville était représentée"; "Ville"
# with a capital and no "de" after it is the publishing administration, as a city's notes to
# its council call it).
TAKING_PART_COMPANIONS = (r"aux\s+côtés\s+(?:de|d['’]|du|des)",
                          r"à\s+côté\s+(?:de|d['’]|du|des)",
                          r"en\s+compagnie\s+(?:de|d['’]|du|des)", r"de\s+concert\s+avec",
                          # après une virgule, dans une proposition de participation ("X était
                          # l'une des quatre villes de cette séance, avec A, B et C")
                          r"(?<=,)\s*avec")
OWN_CITY_WORDS = (r"(?<=\b[Ll]a\s)Ville(?!\s+(?:de|d['’]|du)(?![\w-]))", r"[Nn]otre\s+ville")
# A word that may follow a city's name as part of it (none in French: "la ville de X").
CITY_NAME_TAILS = ()
# Words of an office held at the time told ("the then mayor", "der damalige Bürgermeister",
# "alors maire"): at an earlier summit the sentence names, its holder was there.
AT_THAT_TIME_WORDS = (r"alors", r"à\s+l['’]époque", r"de\s+l['’]époque")
# Relative words of a place (", where the first summit was held", ", wo der erste Gipfel
# stattfand", ", où s'est tenu le premier sommet"): the summit they name describes the place.
# A clause that tells what a place or the network is known for ("la ville qui avait
# accueilli le deuxième sommet", "le réseau fondé lors du premier sommet"): a summit it names
# is not where the people were.
PLACE_CLAUSES = (r"(?:ville|capitale|métropole|commune|municipalité)\s*,?\s*(?:qui|où|dont)",
                 r"(?:réseau|observatoi\w*)\s*,?\s*(?:qui|où|dont|(?:fondé|créé|né|lancé)e?)")
# Une ville en apposition comme hôte d'un sommet ("X, hôte du deuxième sommet, n'était
# pas représentée") : le sommet dit ce qui fait connaître la ville, non où l'on était.
HOST_APPOSITIONS = (r"(?:la\s+|une\s+)?(?:ville\s+)?(?:hôte(?:sse)?|organisatrice)\s+(?:du|de\s+la|des)",)
PLACE_RELATIVES = (r"où", r"dans\s+laquelle", r"dans\s+lequel")
# A verb in the pluperfect ("Son prédécesseur avait accueilli le deuxième sommet"): the
# sentence looks back to an earlier summit from the story told.
FLASHBACK_VERBS = (r"(?:avait|avaient)\s+(?:(?:déjà|aussi|alors|d['’]abord)\s+)?"
                   r"\w+(?:é|i|u|is|it|ert|int)e?s?",)
# Une incise qui nomme un sommet antérieur en passant (« comme lors du premier Sommet »,
# « après ceux de X en 2015 », « dans la continuité de la Déclaration de X »,
# « à l'instar du premier Sommet ») : ce que la phrase raconte par ailleurs n'y a pas eu lieu.
SUMMIT_ASIDE_CUES = (r"comme\s+(?:lors|à|au|aux|en|pour|déjà|avant)",
                     r"à\s+l['’](?:image|instar)", r"après\s+(?:ceux|celui|celles?)",
                     r"dans\s+(?:la\s+)?(?:continuité|lignée|foulée|suite)",
                     r"sur\s+le\s+modèle")

# un ajout plus tard à la page : « MISE À JOUR – 13 décembre 2021 »
UPDATE_LABELS = (r"mise\s+à\s+jour", r"mis\s+à\s+jour", r"actualisation", r"addenda")

# un rectificatif : « RECTIFICATIF », « Correction : », « Erratum – » en tête de ligne
CORRECTION_LABELS = (r"rectificatifs?", r"rectification", r"correction", r"erratum",
                     r"précision")
# une phrase qui dit que le texte corrige un texte antérieur
CORRECTION_CUES = (r"contrairement\s+à\s+ce\s+que\s+nous\s+(?:avons\s+écrit|écrivions|"
                   r"avons\s+indiqué|indiquions|avons\s+rapporté)",
                   r"nous\s+(?:écrivions|avons\s+écrit|indiquions|avons\s+indiqué)\s+"
                   r"(?:à\s+tort|par\s+erreur)",
                   r"ces\s+affirmations\s+sont\s+(?:inexactes|erronées)",
                   r"nos\s+excuses\s+(?:à\s+nos\s+lecteurs|pour\s+cette\s+erreur)")
# « nous écrivions : « ... » », « il était écrit : « ... » » : le texte antérieur cité
QUOTED_ERROR_CUES = (r"nous\s+écrivions", r"nous\s+avons\s+écrit", r"nous\s+indiquions",
                     r"il\s+était\s+écrit", r"on\s+pouvait\s+lire")
# « nous écrivions à tort que ... », « il était indiqué par erreur que ... »
WRONGLY_STATED_CUES = (
    r"nous\s+(?:écrivions|avons\s+écrit|indiquions|avons\s+indiqué|affirmions)\s+"
    r"(?:à\s+tort|par\s+erreur|erronément)",
    r"il\s+(?:était|a\s+été)\s+(?:écrit|indiqué)\s+(?:à\s+tort|par\s+erreur|erronément)")

# « signée par A et B, mais aussi par C » : une seconde liste d'agents du verbe de signature
AGENT_CONTINUATIONS = (r"mais\s+aussi", r"mais\s+également", r"et\s+aussi", r"et\s+également")
# « j'ai signé au nom de notre commune » : qui écrit ou parle signe pour la ville qui publie
SIGNER_I = (r"j['’]ai", r"je")
SIGNER_MY = (r"notre", r"nos", r"ma", r"mon")
# « a signé aux côtés du maire X » : X signe aussi
SIGNING_WITH = (r"aux\s+côtés\s+(?:de|du|des|d['’])", r"avec", r"en\s+compagnie\s+de",
                r"conjointement\s+avec")
SIGNING_WITH_THEM = (r"(?:avec|aux\s+côtés\s+d['’])\s*(?:eux|elles)", r"à\s+leurs\s+côtés",
                     r"en\s+leur\s+compagnie")
VERB_FINAL_TAILS = ()  # (French puts no verb last in its clause)
LATER_CLAUSES = (r",?\s+(?:et\s+)?puis", r",?\s+(?:et\s+)?ensuite", r",?\s+avant\s+d['’e]",
                 r",\s+après\s+quoi")
SIGNING_NOUNS = (r"signature",)
# the name of a mark that a list's note explains: "an asterisk marks the cities that signed"
MARK_WORDS = (r"astérisques?",)
# the opening of a sentence that names some of the signers just told: "Among them, Mayor X"
SIGNER_MEMBERS = (r"parmi\s+(?:eux|elles)", r"parmi\s+les\s+signataires")
