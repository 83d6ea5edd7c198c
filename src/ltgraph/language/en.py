"""English: the words the extractor reads, one table per kind of word (see ``de``)."""

from __future__ import annotations

CODE = "en"

FUNCTION_WORDS = frozenset(
    "the and is are with of to in a an on for not also has have was were will at from after as "
    "by which who this that their they he she".split())

# ------------------------------------------------------------------ dates
MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
          "august": 8, "september": 9, "october": 10, "november": 11, "december": 12}
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                       "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
ORDINALS = {1: "first 1st", 2: "second 2nd", 3: "third 3rd", 4: "fourth 4th", 5: "fifth 5th",
            6: "sixth 6th", 7: "seventh 7th", 8: "eighth 8th", 9: "ninth 9th", 10: "tenth 10th"}
# Spoken years ("twenty fifteen", "two thousand and nineteen", "twenty twenty-one"): the
# number words of 1 to 39 and the ways a year is built from them ({n} the number after 2000).
NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen "
                "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split() + [
    f"{t}-{u}" for t in ("twenty",) for u in "one two three four five six seven eight nine".split()
] + ["thirty"] + [f"thirty-{u}" for u in "one two three four five six seven eight nine".split()]
SPOKEN_YEAR_FORMS = ("two thousand {n}", "two thousand and {n}", "twenty {n}")
CARDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
DURATIONS = (r"\b(?P<n>one|two|three|four|five|six|seven|\d)[- ]day\b",
             r"\b(?P<n>two|three|four|five|six|seven|\d)\s+days\s+of\b")
EVENT_DAYS = (r"\bthe\s+(?P<ord>\w+)\s+(?:conference\s+|summit\s+)?(?:day|evening)\b",
              # "on the summit's second day", "on the summit's second evening"
              r"\bthe\s+(?:summit|conference|meeting|gathering)['’]s\s+(?P<ord>\w+)\s+"
              r"(?:day|evening)\b")
CLOSING_CUES = (r"\bat the end of\b", r"\bat the close of\b", r"\bto close\b",
                r"\b(?:final|last|closing)\s+day\s+of\b",
                # "adopted on the last day", "signed on its closing day"
                r"\bon\s+(?:the|its)\s+(?:final|last|closing)\s+day\b",
                # "on the summit's closing day"
                r"\b(?:summit|conference|meeting|gathering)['’]s\s+"
                r"(?:final|last|closing)\s+day\b")
START_CUES = (r"\bopened\b", r"\bopens\b", r"\bbegan\b", r"\bbegins\b", r"\bstarted\b",
              r"\bstarts\b", r"\bkicked off\b", r"\bgot under way\b")
# the guests welcomed: the first day of an event whose last day is told ("welcomed the
# delegations on Friday, 30 August" ... "the conference runs until Sunday")
WELCOME_CUES = (r"\bwelcomed\b", r"\bwelcomes\b", r"\bgreeted\b")
END_VERBS = (r"closed", r"closes", r"ended", r"ends", r"concluded", r"wrapped up",
             r"c(?:a|o)me\s+to\s+an\s+end", r"comes\s+to\s+an\s+end", r"drew\s+to\s+a\s+close")
# an end still to come, read forward from the text's day where the event has begun
END_AHEAD = (r"ends", r"will\s+end", r"runs\s+(?:through|until)", r"wraps\s+up",
             r"will\s+close")
TIME_RELATIONS = (r"after", r"before")
TODAY_WORDS = (r"today", r"this\s+(?:morning|afternoon|evening)", r"tonight")
YEAR_ADVERBIALS = (r"(?:in|during)\s+(?:(?:the\s+)?year\s+)?", r"back\s+in\s+",
                   # "in the early months of 2015", "at the end of 2015", "until 2019"
                   r"(?:in|at|during|by)\s+the\s+(?:\w+\s+)?(?:months?|weeks?|spring|summer|"
                   r"autumn|fall|winter|end|beginning|start|middle|course)\s+of\s+",
                   r"(?:until|till)\s+",
                   r"as\s+early\s+as\s+")
ARCHIVE_WORDS = (r"archive\s+(?:photo|picture|image)", r"file\s+photo")

# ------------------------------------------------------------------ events
EVENT_WORDS = (r"summit", r"conference", r"meeting")
EVENT_PLACE_VERBS = (r"took place", r"was held", r"were held", r"is held", r"will be held",
                     r"held", r"hosted", r"hosts", r"hosting", r"host", r"takes place",
                     r"will take place", r"met", r"gathered")
DECLARATION_WORDS = (r"declaration",)
SIGN_VERBS = (r"signed", r"signing", r"signs", r"sign", r"signature", r"signatories",
              r"signatory", r"adopt\w*", r"endorsed",
              r"put\s+(?:their|his|her)\s+names?\s+to", r"inked", r"ratified",
              r"(?:added|put)\s+(?:their|his|her|its)\s+(?:names?|signatures?)\s+to",
              # "mayors from A, B and C also added their signatures": the signature itself
              # says what was added, so no object need follow
              r"(?:added|affixed|appended)\s+(?:their|his|her|its)\s+signatures?",
              # "put the town's name to the declaration": the city's own name as the signature
              r"(?:added|put)\s+the\s+(?:city|town|municipality)['’]s\s+name\s+to",
              # "Reading's name is on that declaration": a city's name standing on the text
              # (on the text itself, not "on the list of speakers")
              r"names?\s+(?:is|are|was|were|stands|stood)\s+on\s+(?:that|the|this)\s+"
              r"(?:\S+\s+){0,2}?(?:declaration|document|text)")
SIGNATORY_WORDS = (r"signator\w*", r"signed by", r"signatures\s+of",
                   # "among its signatures are those of the mayors of ..."
                   r"signatures\s+(?:are|include|included|were)\s+those\s+of")
ANNOUNCEMENT_CUES = (r"is to be", r"are to be", r"will be", r"will sign", r"shall be",
                     r"is expected to", r"are expected to", r"planned",
                     # a request, a plan or a promise to sign is no signature
                     r"(?:asked|asks|ask|urged|urges|urge|called\s+on|calls\s+on|invited|invites"
                     r"|petition\w*)\s+(?:[\w'’-]+\s+){0,5}to\s+sign",
                     r"(?:plans?|planning|intends?|intending|wants?|hopes?|pledged|pledges|"
                     r"promised|promises|vowed|vows|decided|decides)\s+to\s+sign",
                     r"would\s+sign", r"we['’]ll\s+sign",
                     # a headline's or a note's future: a name and "to sign", with no verb
                     # before ("Mayor X to sign the declaration in Y")
                     r"^\W*(?:(?-i:[A-Z][\w'’.-]*)\s+){1,5}to\s+sign")
FUTURE_CUES = (r"will", r"expected", r"are to", r"is to")
# A name and an act to come, with no verb before: "Mayor X to sign the declaration"
PLANNED_ACT_CUES = (r"(?:(?-i:[A-Z][\w'’.-]*)\s+){1,5}to\s+(?:sign|visit|attend|travel|join)\b",)
ANNOUNCED_CUES = (r"announced", r"invited")
# "accommodation of invited mayors": the participle before a group's noun after an article,
# a determiner or a preposition names the group (a verb would have a subject before it).
ANNOUNCED_ATTRIBUTIVE = (r"(?:the|of|for|all|our|their|its|with|and)\s+invited\s+"
                         r"(?:mayors|guests|delegations|delegates|cities|speakers|officials)",)
PARTICIPANT_GROUPS = (r"delegations?", r"representatives", r"cities\s+represented",
                      r"represented\s+cities",
                      r"participating\s+cities",
                      r"(?:elected|local)\s+officials", r"mayors\s+of",
                      # "the guests from A and B": the summit's guests, by the city they came from
                      r"guests\s+(?=from\s)")
CITY_GROUPS = (r"cities", r"municipalities")
# The heading of a table's column of cities ('| city | signed |').
CITY_COLUMNS = (r"city", r"cities", r"municipality", r"town")
# The headings of a table's column of people's names and of their offices ("Name | Title |
# City"): a row of such a table is a record of a person holding an office for a city.
NAME_COLUMNS = (r"name", r"full\s+name", r"signatory", r"signer", r"participant", r"delegate")
ROLE_COLUMNS = (r"title", r"job\s+title", r"position", r"role", r"function", r"office")
ORG_COLUMNS = (r"organi[sz]ation", r"institution", r"affiliation", r"employer")
# A row's cell that says its person is at the event for no part of it (a registration type of
# the press or the staff): a person, but no attendee.
UNPLACED_ROWS = (r"press", r"media", r"staff", r"crew", r"photographers?")
# "cities in X", "villes du X": X is a region holding cities, not a city
REGION_PREPOSITIONS = (r"in",)
LIST_OPENERS = (r"from", r"such\s+as", r"including", r"among\s+them", r"mayors\s+of")
LIST_CONTINUATIONS = (r"they\s+include", r"among\s+them", r"these\s+include")
LIST_JOINERS = (r"and", r"from", r"of", r"including")
# Openers of a sentence that adds items to the list of the sentence before ("Also signing
# were X and Y", "They were joined by X").
LIST_ADDITIONS = (r"also\s+\w+ing\s+(?:were|are)",
                  r"(?:they\s+)?were\s+joined\s+by", r"joining\s+them\s+(?:were|are)",
                  r"also\s+on\s+the\s+list\s+(?:were|are)", r"added\s+to\s+(?:these|them)\s+"
                  r"(?:were|are)", r"to\s+these\s+(?:were\s+added|add)",
                  r"the\s+list\s+(?:ran|runs|went|goes|stretche[sd]|reache[sd])\s+from",
                  # the signers one after another: "Mayor X followed, then ..."
                  r"(?:next|then)\s+came",
                  r"(?:(?-i:[A-ZÀ-Ý])[\w'’.-]*\s+){1,5}followed(?=\s*(?:,\s*then\b|\.|;|$))")
# The stop of a journey before a city ("flights via X", "every routing goes through X").
ROUTE_CUES = (r"via", r"(?:go|goes|went|going|routed|routing|connect\w*|flew|fly|flying|"
              r"travel\w*|transit\w*|change\s+planes?)\s+through", r"stopover\s+in")
COMPARISON_WORDS = (r"than", r"compared\s+(?:with|to)", r"unlike", r"the\s+size\s+of",
                    r"as\s+(?:big|large|small|dense|populous)\s+as",
                    # "compare X with Y": both cities
                    r"compar(?:e|es|ed|ing)", r"compar(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){1,2}?"
                    r"(?:with|to)")
# The tag of a record's place of publication in a reference manager's export ("CY  - X"):
# its value is a city. (A labelled field, "Place of publication: X", is not read yet.)
PUBLICATION_PLACE_LABELS = (r"CY",)
CITY_CUES = (r"from", r"representatives of", r"delegations from", r"including",
             r"among them", r"city of", r"twin city", r"sister city", r"such as")
# A member of a parliament and the word before their electoral district ("the MP for X",
# "the member for X", "the riding of X"): X is a district, never a city.
MEMBER_DISTRICT_LEADS = (r"(?:MP|MPP|MLA|MNA|member|Member\s+of\s+Parliament)\s+for",
                         r"(?:riding|constituency|electoral\s+district)\s+of")
# Articles a city's name does not take: after them the name is the province or country
# that shares it ("villes du Québec", "au Québec").
REGION_ARTICLES = ()
# Nouns of a region or its government: after them a name a city shares is the region's
# ("the province of Quebec", "Premier of Quebec", "the State of New York").
# Nouns of a part of a city: after them a name is the borough's or district's, no city's
# ("the borough of Y"; "a borough of X" names the whole city).
DISTRICT_HEADS = (r"the\s+borough\s+of", r"the\s+district\s+of", r"the\s+neighbou?rhood\s+of")
# The same nouns after a name, or heading its apposition: the name is a part of a city ("in
# Y district", "X, a district of Y", "A, B district of Y", "X, a borough in Y"). A district's
# council or office ("X District Council") is a town's own government, so never read here.
# "the X district of Y" names X as the whole city, Y as its district.
DISTRICT_TAILS = (r"\s+(?:district|borough|neighbou?rhood)(?!\s+(?:[Cc]ouncil|[Oo]ffice|of)\b)",
                  # after a comma: an article and an adjective, or the larger district's name
                  r",\s*(?:(?:an?|one\s+of\s+the)\s+(?:[a-z][\w-]*\s+)?|"
                  r"(?:[^\W\d_a-z][\w'’-]*\s+){1,2})?"
                  r"(?:district|borough|quarter|neighbou?rhood)s?\s+(?:of|in)\b")
# A landing stage, a station or a beach named by a place ("X pier", "the quay of Y"): a
# town of the world's gazetteer so named is the facility's quarter, not a city of the text.
FACILITY_AFTER = (r"pier", r"quay", r"jetty", r"ferry\s+terminal", r"harbou?r", r"marina",
                  r"beach", r"promenade")
FACILITY_BEFORE = (r"(?:pier|quay|jetty|ferry\s+terminal|harbou?r|marina|beach)\s+(?:of|at)",)
# Words of a compass point that, joined to a city's name, name a part of it ("X-North")
COMPASS_WORDS = (r"North", r"South", r"East", r"West", r"Central", r"Centre", r"Center")
# Words of funding before a bare name: a funder named alone is a government ("funded by
# Quebec"); a city funding is "the City of X", so the name is the region that shares it.
FUNDER_CUES = (r"(?:co-?)?(?:funded|financed|subsidi[sz]ed)\s+"
               r"(?:in\s+part\s+|partly\s+|largely\s+|jointly\s+)?by",)
# Nouns of the cities a city is twinned with: "X's partner cities" names X as their
# owner, not as one of a list of signers.
TWIN_GROUPS = (r"partner\s+(?:cities|towns)", r"twin\s+(?:cities|towns)", r"sister\s+cities")
REGION_HEADS = (r"provinces? of", r"state of", r"premiers? of", r"provincial government of",
                r"government of the province of")
CAPITAL_APPOSITIONS = (r"(?:the\s+)?capital",)
EVENT_PLACE_PREPOSITIONS = (r"in",)
PLACE_PREPOSITIONS = (r"in", r"at")
# The words that open a phrase of place set before the subject ("In a concert hall in X,
# the mayors signed"): a city inside it is where the signing was.
PLACE_PHRASE_OPENERS = (r"in", r"at", r"inside")
# The label over a record about one city ("CITY PROFILE X (Country)", "Fact sheet:
# X"): the field lines below it speak of that city.
RECORD_HEADING_LABELS = (r"(?:city\s+)?profile", r"fact\s*sheet", r"city\s+card",
                         r"partner\s+city", r"twin\s+town")
AFTER_WORDS = (r"after",)
# The words before an event noun that point to the one still to come ("the next summit",
# "the upcoming summit"): not the summit a text reports on, and no summit of a number.
NEXT_EVENT_WORDS = (r"next", r"upcoming", r"forthcoming")
OF_WORDS = (r"of",)
CONJUNCTIONS = (r"and", r"as well as")
DISJUNCTIONS = (r"or",)
DELEGATE_STEMS = (r"deleg",)
NOUN_ARTICLES = frozenset()
PERSON_NOUN_ENDINGS = ()
ARTICLES = (r"the",)
INDEFINITE_ARTICLES = (r"a", r"an")
ORIGIN_WORDS = (r"from",)
FOR_WORDS = (r"for",)
ADJECTIVE_ENDINGS = (r"an", r"ish")
LINK_WORDS = (r"or", r"with")
ORG_NAME_WORDS = (r"of", r"for", r"and", r"the", r"on")
ORG_ADJECTIVE_ENDINGS = ()
ORG_ADJECTIVE_FOLLOWERS = ()
COPULA_FILLERS = (r"also", r"one of the")
OCCASION_WORDS = (r"event",)
PARTNER_COMPOUND_NOUNS = (r"cities", r"city", r"countries", r"organi[sz]ations?",
                          r"institutions?")
PARTNER_STEMS = (r"sponsor", r"partner", r"organi[sz]", r"co-?host")
PARTNER_FILLERS = frozenset("the in addition also as will and furthermore moreover further "
                            "other a an among amongst including acting serving".split())
PARTNER_NAME_LINKS = frozenset("of for".split())
ORGANISE_VERBS = (r"organi[sz]\w*",)
DAY_WORDS = (r"day", r"days")
PRESS_EVENT_WORDS = (r"press conference",)
# Verbs of a founding ("the network, founded in X in 2015"): the place and year of
# the clause they stand in tell when and where something began, not where a summit was held.
FOUNDING_VERBS = (r"founded", r"established", r"set\s+up")
DESTINATION_WORDS = ()
INVITED_WORDS = (r"invited",)
HOST_VERBS = (r"hosts", r"hosted", r"is hosting", r"will host")
FROM_DATE_WORDS = (r"since", r"from")
UNTIL_WORDS = (r"until", r"till", r"through")
# Two weekdays that frame an event's days ("from Friday to Sunday", "Wednesday and
# Thursday"): the word before the first, the words between them.
WEEKDAY_SPAN_OPENERS = (r"from",)
WEEKDAY_SPAN_LINKS = (r"to", r"through", r"until", r"and", r"[–-]")
SUBJECT_VERBS = (r"is", r"has", r"was", r"joined")
NAME_INFLECTIONS = ()
# Words before a city that name it only as a measure or a relation of another city ('as far as
# X', 'the size of X', 'far behind X'): the city takes part in nothing.
PASSING_CUES = (r"(?<!from\s)as\s+\w+\s+as",  # "from as far as X" is where people came from
                r"the\s+size\s+of", r"the\s+population\s+of",
                r"far\s+behind", r"compared\s+(?:with|to)", r"unlike",
                r"compar(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){1,2}?(?:with|to)",
                r"(?:twin|sister|partner)\s+(?:city|town)\s+(?:of\s+)?")
# Sentences about other ties of a city (twin cities): the cities they name take part in
# nothing the text reports.
PASSING_SENTENCES = (r"twin(?:ned)?\s+(?:cities|towns)", r"twinned", r"sister\s+cities",
                     r"partner\s+cities")

# Between a place and its country: 'X in Ireland'.
COUNTRY_PREPOSITIONS = (r"in",)
# Heads of institutions' names that a city completes ('University of X').
INSTITUTION_HEADS = (r"University", r"College", r"Institute", r"Academy", r"Museum", r"School",
                     r"Bank",
                     # a court or a prefect's office named by its seat ("the Administrative
                     # Court of X", "the Sub-Prefect of X"): the seat names the office's area
                     r"(?:[Dd]istrict\s+|[Aa]dministrative\s+|[Cc]ounty\s+)?Court(?:\s+of\s+Appeal)?",
                     r"(?:Sub-)?Prefect(?:ure)?")
# A school's or a university's name ("Riverside High School", "X College"): a publisher so
# named is no city's voice, and its bare "the mayor" may be another city's.
# A diplomatic mission named with the city it stands in ("Consulate General in X",
# "Embassy of X to Y"): its reports speak of other cities' mayors.
MISSION_NOUNS = (r"Consulate(?:\s+General)?", r"Consul\s+General", r"Embassy",
                 r"High\s+Commission", r"Permanent\s+Mission", r"Honorary\s+Consul(?:ate)?")
SCHOOL_NOUNS = (r"[\w-]*School", r"College", r"University", r"Academy")
# Continents and world regions: never a city, though GeoNames gives some as a city's old name
# ("Africa" for Mahdia).
CONTINENTS = (r"Africa", r"(?:North\s+|South\s+|Latin\s+|Central\s+)?Americas?", r"Asia",
              r"Europe", r"Oceania", r"Antarctica", r"the\s+Arctic", r"Arctic")
PLACE_NOUNS = (r"city", r"capital", r"metropolis", r"municipality", r"town")

# ------------------------------------------------------------------ network membership
MEMBERSHIP_CUES = (r"member\w*", r"joined", r"joins", r"bec(?:a|o)mes?\s+a\s+member")
JOINING_CUES = (r"joined", r"joins", r"bec(?:a|o)mes?\s+a\s+member")
FOUNDING_MEMBERS = (r"founding\s+members?", r"founder\s+members?")
MEMBER_WORDS = (r"member",)  # the member noun alone, without its complement
MEMBER_CITIES = (r"member\s+city",)
MEMBERSHIP_INTENTS = (r"wants?\s+to", r"plans?\s+to", r"planning\s+to", r"intends?\s+to",
                      r"hopes?\s+to", r"would\s+like\s+to", r"will", r"applied\s+for",
                      r"applies\s+for", r"application", r"considers?", r"considering")
NETWORK_WORDS = (r"network", r"observator\w*")
SINCE_WORDS = (r"since", r"in")

# ------------------------------------------------------------------ people
# Academic titles kept as honorifics.
# British usage writes them without the full stop: "Dr Jane Doe", "Prof John Roe"
ACADEMIC_TITLES = (r"Prof\.", r"Dr\.", r"Prof\b", r"Dr\b",
                   # a retired professor: "Professor Emeritus X Y", "Emerita X Y"
                   r"(?<![\w.])[Ee]merit(?:us|a)\b")
# A particle opening a predicate after a name (English writes none with a capital after it).
PARTICLE_PREDICATES = ()
STYLES = (r"(?:His|Her)\s+Excellency", r"H\.\s?E\.",
          # styles of office of the Commonwealth and the United States, written before the
          # name: "Cr Jo Roe" (councillor), "Cllr", "The Hon.", "Rt Hon", "Sen.", "Rep.", "Gov."
          r"(?:The\s+)?(?:Rt\.?\s+|Right\s+)?Hon(?:\.|ourable\b|\b)", r"Cr\b", r"Cllr\b\.?",
          r"Clr\b\.?", r"Sen\.", r"Rep\.", r"Gov\.",
          # a religious style written before the name: "Sheikh X Y"
          r"Sheikh\b", r"Shaykh\b",
          # a cleric's title written before the name: "Rev. X Y", "Pastor X Y"
          r"Rev\.", r"(?:The\s+)?Reverend\b", r"Pastor\b")
# Nouns that head an organisation's name: a run of capitalised words holding one names a
# body, never a person ("United Nations Alliance of ...").
ORGANISATION_NOUNS = frozenset("""
Alliance Network Union Coalition Foundation Association Federation Institute Organisation
Organization Initiative Forum Society League Commission Committee Agency
Office Ministry Observatory Bureau
Times Post Herald Tribune Gazette Journal Chronicle Courier
""".split())
# Nouns heading the title of a document or a record ("Official Travel Itinerary", "Conference
# Programme", "Dinner Menu"): a run of capitalised words holding one is the document's title.
DOCUMENT_NOUNS = frozenset("""
Itinerary Programme Program Agenda Schedule Timetable Menu Minutes Brochure Newsletter
""".split())
# Words that put a month at a point of its course ("Early September", "Late August"): with the
# month they make a date, never a name.
MONTH_PART_WORDS = frozenset("Early Mid Late".split())
# Nouns heading the name of a department, a function or a production company ("Corporate
# Responsibility", "Sustainability Management", "X Films"), or the musicians of a credit
# ("Original Music: The Harbour Quartet"): a run holding one names a unit.
UNIT_NOUNS = frozenset("""
Management Responsibility Communications Department Division Productions Films Pictures Studio
Studios Entertainment Marketing Team Secretariat
Orchestra Ensemble Quartet Quintet Choir
""".split())
# Nouns heading the name of a place or an office: "X Art Center", "Y Square", "Public Affairs".
PLACE_HEAD_NOUNS = frozenset("""
Center Centre Square Plaza Avenue Boulevard Street Road Stadium Arena Theatre Theater Gallery
Library Airport Station Building Cathedral Palace Affairs Relations
""".split())
# Capitalised nouns before a preposition read as a name's particle: none in English ("of").
NAME_PHRASE_HEADS: frozenset[str] = frozenset()
COURTESY = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Sir Dame Excellency".split())
NAME_PARTICLES = frozenset("van".split())
NOT_NAME_WORDS = frozenset("""
The A An And Or Also With Of From To In On At By For After Before As He She They We It Its
His Her Their Mayor Mayors Lord Deputy City Council Minister Head President Director Partner
Background Photo Monday Tuesday Wednesday Thursday Friday Saturday Sunday What Which Who When
Where Why How Host Summit Conference Declaration Workshop Panel Both All These Those Each
Several Many Some Other Others They Them
Chair Chairman Chairwoman Chairperson Secretary Members
That This Than Then There
# an adverb of manner, never a name's ("Living Together" in a title)
Together
# a possessive determiner opening a sign-off ("Your City Council")
Your Our My
""".split())
INSTITUTION_WORDS = frozenset("city press office service agency photo archive ltd inc "
                              "municipality media relations communications desk images "
                              "pictures photography photos stock radio tv news".split())
CONTACT_LABELS = (r"(?:Media|Press)\s+contacts?", r"Contacts?", r"(?:For\s+more\s+)?[Ii]nformation",
                  r"Source", r"Author", r"Enquiries", r"Text", r"Words", r"Photos?",
                  # an event's organiser field in a record (a calendar's "ORGANIZER;CN=X")
                  r"Organi[sz]ers?",
                  r"Photo\s+credit", r"Rapporteur", r"Hosts?", r"Presenters?", r"Interviewers?",
                  r"Editors?", r"Guest\s+editors?", r"Reporters?", r"(?:Prepared|Compiled|Drafted)\s+by",
                  r"Drafter",
                  r"Graphics?", r"Illustrations?", r"Infographic",
                  r"Accreditation", r"Press\s+office", r"Spokes(?:person|woman|man)",
                  # who curated a show, supervised or examined a thesis
                  r"Curators?", r"Supervisors?", r"Examiners?",
                  # the recipients of a note or a letter
                  r"Recipients?", r"Distribution", r"Cc", r"Cop(?:y|ies)\s+to",
                  # who handles the file of a letter ("Handled by: X")
                  r"(?:Handled|Dealt\s+with)\s+by", r"Case\s+officer",
                  # the crew of a broadcast's script or credits ("PRODUCER: X  WRITER: Y")
                  r"Producers?", r"Writers?", r"Anchors?", r"Camera(?:man|woman|person)?",
                  r"Correspondents?",
                  # who answers for a campaign or a publication ("Financial agent: X")
                  r"Campaign\s+(?:manager|director|coordinator)", r"Financial\s+agent",
                  r"Publisher", r"Treasurer",
                  # who approved or signed off a note ("Approved by: X")
                  r"(?:Approved|Reviewed|Authori[sz]ed|Cleared)\s+by",
                  # who asked for or ordered a purchase or a service in a record ("Requested
                  # by: X"), and who drives or serves a delegation ("driver: X")
                  r"(?:Requested|Ordered|Purchased)\s+by", r"Drivers?", r"Chauffeurs?",
                  # who stands in at home while the mayor travels ("Acting mayor during the
                  # absence: X")
                  r"(?:Acting|Interim)\s+mayor\s+(?:during|in)", r"Stand-?in\s+during",
                  # the people a record or a book names in a field of their own: who travelled
                  # on a claim, who assists a course, who edited or indexed a book
                  r"(?:Teaching|Research|Editorial)\s+assistants?",
                  r"Editorial\s+assistance", r"Tutors?", r"Index(?:er)?")
# The label of a record's field that names the person the record is about ("Traveller: X" on
# a travel-expense claim): a person, whom the record's other fields may place at an event.
PERSON_FIELD_LABELS = (r"Travell?ers?", r"(?:Name\s+of\s+)?(?:employee|official|claimant)")
# The label of a record's field that gives a person's name ("Name: X", "Speaker: X"), and the
# label of the field that gives the office of the person named just above ("Title: Mayor of
# Y", "Position: Deputy Mayor"): a record's way of writing "X, Mayor of Y".
NAME_FIELD_LABELS = (r"(?:Full\s+)?Name", r"Speakers?", r"Participants?", r"Delegates?",
                     r"Panell?ists?")
ROLE_FIELD_LABELS = (r"(?:Job\s+|Official\s+)?Title", r"Position", r"Role", r"Function",
                     r"Office", r"Capacity")
# The label of a record's field listing people: those a photograph shows, the speakers of
# a session ("Persons shown: Surname, Given (office city); ...", "Speakers: A B, C D"): each
# entry is a person; the field does not say where.
PEOPLE_FIELD_LABELS = (r"Persons\s+shown", r"People\s+shown", r"Pictured",
                       r"Depicted(?:\s+persons)?", r"In\s+the\s+(?:photo|picture)", r"Speakers?", r"Presenters?",
                       r"Panell?ists?")
# The label of a record's field naming who took the picture ("Photographer: Surname,
# Given"): a person, never an attendee.
RECORD_CREDIT_LABELS = (r"Photographer", r"Photo\s+by", r"Creator", r"Author")
# The label of a photo's line ("Photo: caption. X / Outlet").
PHOTO_LABELS = (r"Photos?", r"Photographs?", r"Pictures?", r"Images?",
                r"(?:Photo\s+|Image\s+)?credits?")
# The label of a transcript's own speaker, the name in parentheses ("QUESTION (Ms X, outlet):",
# "MASTER OF CEREMONIES (X):"): the one who asks or leads the recorded event is no attendee.
TRANSCRIPT_LABELS = (r"Questions?", r"Q", r"Journalists?", r"Reporters?", r"Audience\s+member",
                     r"Master\s+of\s+ceremonies", r"MC", r"Emcee", r"Hosts?", r"Presenters?",
                     r"Moderators?", r"Interviewers?", r"Chair(?:man|woman|person)?")
# Headings of a contact block, each a line of its own ("Press contact", "Media enquiries").
# A city listed with the one who represented it ('Y mit Vizebürgermeister X').
WITH_WORDS = (r"with",)
# The salutation of a speech or a letter before the name of the one addressed.
# (not "Dear" alone: "Dear European Friends" greets a group)
SALUTATIONS = (r"My\s+dear",)
# A clause after a place telling the role held there ('..., where she is mayor').
PLACE_ROLE_CLAUSES = (r",\s*(?:where|of\s+which)\s+(?:he|she)\s+(?:is|was|has\s+been)(?:\s+the)?",)
CONTACT_HEADINGS = (r"(?:Media|Press)\s+(?:contacts?|enquiries|inquiries|office)", r"Contacts?",
                    r"Enquiries", r"For\s+(?:more|further)\s+information",
                    # the recipients of a letter's copies, one a line under the heading
                    r"Cc", r"Cop(?:y|ies)\s+to", r"Distribution(?:\s+list)?", r"Recipients?")
BYLINE_WORDS = (r"By",)
# The words of a signature before the one the writer signs for
# ("Kind regards / X / for Y, Head of Office"):
# the one signed for neither writes nor is told of.
SIGNED_FOR_WORDS = (r"for", r"on\s+behalf\s+of", r"pp\.?")
CLOSING_FORMULAS = (r"(?:Yours\s+)?(?:sincerely|faithfully|truly)(?:\s+yours)?",
                    r"(?:(?:With\s+)?(?:kind|best|warm)(?:est)?\s+)?regards",
                    r"(?:With\s+)?(?:best|warm)\s+wishes")
# A credit opening a line or a sentence ("Produced by X. Sound editing by Y."): the person
# made the piece, and is no attendee.
CREDIT_WORDS = (r"(?:Produced|Edited|Mixed|Recorded|Filmed|Photographed|Written|Directed)\s+by",
                r"(?:Sound|Audio|Video)\s+(?:editing|engineering|design|production)\s+by",
                r"Music\s+by",
                # (not "hosted by", "moderated by": a session's host or moderator was there)
                r"(?:[Rr]eporting|[Aa]dditional\s+reporting|[Ee]diting|[Cc]ompiled|"
                r"[Tt]ranslated|[Gg]raphics?|[Ii]llustrations?|[Ww]ords)\s+by",
                # a podcast's or programme's host before the name ("Host X Y looks back")
                r"(?:Your\s+)?(?:Host|Presenter|Interviewer)",
                # labels of who made a programme, a page or a record ("Camera: X | Editing: Y",
                # "Minutes: X"), and the participles of a posting or a compilation
                r"(?:Camera|Editing|Production|Producer|Sound|Music|Minutes|"
                r"Transcript(?:ion)?|Compiled\s+by|Prepared\s+by|Translation)\s*:",
                # a programme's or a film's credits in a listing ("Research: X. Narration: Y")
                r"(?:Research|Narration|Narrator|Cinematography|Screenplay|Starring|Cast)\s*:",
                # the crafts of a film's credits and the makers of a record or a page: who
                # directed, scored or shot it, audited an account, set a quiz, keeps a data set
                # ("Director: X", "Original Music: Y", "Auditors: A, B", "Data steward: Z")
                r"(?:Director(?:\s+of\s+[Pp]hotography)?|Original\s+(?:[Mm]usic|[Ss]core)|"
                r"Composer|Auditors?|Quiz|Quizmaster|Data\s+(?:steward|owner|officer))\s*:",
                r"(?:Narrated|Researched)\s+by",
                r"(?:Presented|Prepared|Compiled|Posted|Published)\s+by",
                # who supervised or curated a work, who signed a copy of a document
                r"(?:[Ss]upervised|[Cc]o-supervised|[Cc]urated)\s+by", r"\(?[Ss]igned\)?:?",
                r"(?:[\w'’]+\s+){0,2}?(?:[Tt]hesis|[Dd]issertation|[Rr]eport|[Ss]tudy|[Ee]ssay)"
                r"(?:\s+(?:submitted|presented|written))?\s+by",
                # "Posted 15 December 2021 by X", "Published on 3 June by X"
                r"(?:Posted|Published|Updated)(?:\s+on)?\s+[^\n|:]{0,30}?\d[^\n|:]{0,12}?\s+by")
REPRESENTING = (r"represent(?:ed|s|ing)", r"on\s+behalf\s+of", r"standing\s+in\s+for")
# The agent of a passive ('represented by X'): X stands in, and is there.
PASSIVE_AGENTS = (r"by",)
QUOTE_VERBS = (r"said", r"says", r"added", r"explained", r"emphasi[sz]ed", r"stressed",
               r"praised", r"noted", r"appealed", r"stated", r"remarked", r"commented",
               r"declared", r"pointed\s+out", r"concluded")
PHOTO_POSITIONS = (r"left", r"right", r"centre", r"center", r"middle", r"front", r"back")
CAPTION_LIST_OPENERS = (r"From left(?: to right)?", r"L(?:eft)? to r(?:ight)?")
# The cast of a film or a programme, a sentence with no verb ("With A B, C D and E F.")
CAST_OPENERS = (r"With", r"Starring")
PROFESSIONS = (r"[Ss]ociologist", r"[Jj]ournalist", r"[Aa]rchitect", r"[Pp]rofessor",
               r"[Rr]esearcher", r"[Ee]conomist", r"[Hh]istorian", r"[Uu]rbanist",
               r"[Aa]nthropologist", r"[Aa]rtist", r"[Ww]riter", r"[Aa]uthor", r"[Pp]hysician",
               r"[Ll]awyer", r"[Mm]oderator", r"[Cc]onsultant", r"[Ee]xpert",
               r"[Dd]iplomat", r"[Pp]sychiatrist", r"[Pp]sychologist",
               # staff, teaching and faith professions of contact lines, guest lists and
               # speeches ("X, communications officer", "Imam X")
               r"[Ll]ecturer", r"[Oo]fficer", r"[Tt]eacher", r"[Ll]ibrarian", r"[Aa]ctivist",
               r"[Ii]mam", r"[Rr]abbi",
               r"[Pp]astor", r"[Pp]riest",
               # members of a parliament ("lawmaker X Y")
               r"[Ll]awmaker", r"[Cc]ongress(?:wo)?man", r"[Aa]ssemblymember",
               r"[Aa]rchivist", r"[Gg]eographer",
               # positions a contributor's note gives ("X is Senior Adviser at Y", "a PhD
               # candidate at")
               r"[Aa]dvis[eo]r", r"(?:PhD|[Dd]octoral)\s+candidate",
               # a newspaper's or a publisher's staff ("Editor, Evening Herald")
               r"(?:[Cc]hief\s+|[Mm]anaging\s+)?[Ee]ditor(?:-in-[Cc]hief)?")
# The copula of a note that opens on a person's name and says what they are ("X is a researcher
# at Y", "X was Deputy Mayor of Y"): the note on a contributor, a speaker, an author.
NOTE_COPULAS = (r"is", r"was", r"has\s+been")
# Pronouns that stand for one person ("he", "her", "his"), and an age ("the 17-year-old").
PERSON_REFERENCES = (r"[Hh]e", r"[Hh]im", r"[Hh]is", r"[Ss]he", r"[Hh]er", r"\d{1,3}-year-old")
# A text named by its kind, then who made it, inside a sentence ("Class notes compiled by X",
# "Description prepared by X, archivist", "A look back by X"): the name is the author's.
AUTHORED_BY = (r"(?:[Nn]otes?|[Dd]escription|[Tt]ext|[Ss]ummary|[Rr]eport|[Aa]rticle|[Pp]age|"
               r"[Mm]inutes|[Ll]ist|[Rr]eview|[Ff]inding\s+aid|[Cc]hronicle|[Ii]ndex|"
               r"[Ww]orksheet|[Ff]act\s+sheet|[Ll]esson\s+plan|[Hh]andout)\s+"
               r"(?:(?:was|were|is|are|has\s+been)\s+)?(?:compiled|prepared|written|edited|drafted|put\s+together|arranged|"
               r"designed)\s+by",
               r"(?:A|An)\s+(?:look\s+back|review|chronicle|commentary|essay)\s+by",
               # a piece published or cited, then who wrote it ("published a report by X")
               r"(?:published|publishes|cited|cites|quoted|quotes)\s+(?:a|an|the)\s+"
               r"(?:report|article|study|paper|book|column)\s+by",
               # the parts of a book or a report and who made them ("Foreword by X", "layout
               # by X")
               r"(?:[Ff]oreword|[Pp]reface|[Aa]fterword)\s+by",
               r"(?:[Ll]ayout|[Tt]ypesetting|[Tt]ranslation)\s+by")
# The heading of a class's notes, a line of its own before the notes of its members ("1968",
# "Class of 1968", "'09").
CLASS_HEADINGS = (r"Class\s+of", r"CLASS\s+OF")
# A text that calls itself a class's or alumni notes: its headings of a bare year are classes.
CLASS_NOTES_TITLES = (r"[Cc]lass\s+[Nn]otes", r"CLASS\s+NOTES", r"[Aa]lumn(?:i|ae)\s+[Nn]ews",
                      r"ALUMN(?:I|AE)\s+NEWS", r"[Aa]lumn(?:i|ae)\s+[Nn]otes")
# A society's or a class's notice before the name it is about: a greeting ("Congratulations
# to X"); then the notices of a birthday, an anniversary or a death, which place the person
# at no event ("90th birthday: X", "In memoriam: X").
NOTICE_CUES = (r"[Cc]ongratulations\s+to", r"[Ww]e\s+congratulate")
UNPLACING_NOTICES = (r"\d{1,3}(?:st|nd|rd|th)(?:\s+birthday)?\s*:", r"[Bb]irthdays?\s*:",
               r"[Aa]nniversar(?:y|ies)\s*:", r"[Ii]n\s+memoriam\s*:?", r"[Oo]bituar(?:y|ies)\s*:",
               r"[Ww]e\s+mourn(?:\s+the\s+(?:death|loss)\s+of)?", r"[Dd]ied\s*:")
# Nouns that name a person by a tie that places them at no event told of: who reports on it
# or photographs it, a classmate, a member of a society ("reporter X", "Classmates X and Y",
# "fellow member X"). The person is named; the mention is no attendance.
UNPLACED_PERSON_NOUNS = (r"[Rr]eporters?", r"[Cc]orrespondents?", r"[Pp]hotographers?",
                         r"[Cc]lassmates?", r"[Aa]lumn(?:us|a|i|ae)",
                         r"(?:[Ff]ellow|[Hh]onorary|[Ll]ife|[Cc]lub)\s+members?")
COUNTERPART_WORDS = (r"[Cc]ounterparts?", r"[Cc]olleagues?")

# Words that put an office or a person in another time ("former mayor X", "X, a former
# ambassador"): the person so named is no attendee, the office no mandate held now.
OTHER_TIME_WORDS = (r"former", r"ex-", r"future", r"one-?time", r"erstwhile", r"retired")
# Adverbs of another time, read only at the head of an apposition ("X, then mayor of Y") or
# after an article ("the then mayor").
OTHER_TIME_ADVERBS = (r"then", r"at\s+the\s+time")
# A span of time before or after the point a sentence tells from ("ten days before the
# delegations arrived", "two weeks later"): what it tells happened on another day.
# The nouns of a body or a relation a person is named as owner of ("Mayor X's executive
# committee", "the predecessor of Mayor X"): the mention places the owner nowhere.
OWNED_BY_PERSON = (r"(?:executive\s+)?committee", r"cabinet", r"team", r"office", r"staff",
                   r"administration", r"predecessors?", r"successors?", r"city",
                   r"advis[eo]rs?", r"spokes(?:person|man|woman)")
# The words around a span of years ("from 2015 to 2019", "between 2015 and 2019"):
# a period, not one event's days.
YEAR_SPAN_OPENERS = (r"from", r"between")
YEAR_SPAN_LINKS = (r"to", r"until", r"and")
# a claim the text says was removed or withdrawn: what follows places nobody
RETRACTED_CLAIMS = (r"(?:removed|deleted|struck|withdrew|retracted|dropped)\s+(?:the|a|that|this)\s+"
                    r"(?:(?:false|unsourced|disputed|erroneous)\s+)?(?:claim|statement|assertion)",
                    r"(?:claim|statement|assertion)\s+(?:was|has\s+been)\s+(?:removed|deleted|"
                    r"withdrawn|retracted)")
# the link word of an alphabet book's entry label ("Z is for X.")
ALPHABET_ENTRY_LINKS = (r"is\s+for", r"as\s+in")
TIME_OFFSETS = (r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)"
                r"\s+(?:days?|weeks?|months?)\s+(?:before|after|earlier|later)",
                # "X said ahead of the conference": said before the event, not at it
                r"(?:ahead|in\s+advance)\s+of\s+(?:the|this|next\s+week's)\s+(?:\w+\s+){0,3}?"
                r"(?:summit|conference|meeting|congress)",
                r"in\s+the\s+run-up\s+to\s+the\s+(?:\w+\s+){0,3}?"
                r"(?:summit|conference|meeting|congress)",
                # "X had promised a greeting beforehand": before the event, alone
                r"beforehand", r"in\s+the\s+run-up(?!\s+to\b)")
# A relative pronoun of possession: "Y, whose mayor, X": the role is held for the city
# named before it.
RELATIVE_POSSESSIVES = (r"whose",)
# A relative clause about the predecessor or successor of the person named before ("X, whose
# predecessor hosted the second summit"): what it tells is that other person's.
SUCCESSION_RELATIVES = (r"whose\s+(?:immediate\s+)?(?:predecessor|successor)s?",
                        # "X's city launched it in 2015, when her predecessor Y invited ..."
                        r"(?:when|as|after)\s+(?:his|her|their)\s+(?:immediate\s+)?"
                        r"(?:predecessor|successor)s?")
# Endings of adjectives of a city's people ("son homologue montréalais"); English writes
# them capitalised and as nouns, which the city matcher reads.
DEMONYM_ENDINGS = ()

# Endings of a capitalised city adjective before a role; English writes the city itself
# ("Lyon mayor X").
CITY_ADJECTIVE_ENDINGS = ()

# A relative pronoun and a copula opening an apposition ("X, who has been mayor of Y").
RELATIVE_COPULAS = (r"who\s+(?:is|was|has\s+been|had\s+been|(?:now\s+)?serves\s+as)"
                    r"(?:\s+(?:also|now))?",)
# A pronoun standing for the role of the person named before ("the mayor of Y, X, and that
# of Z, W").
ROLE_PRONOUNS = (r"[Tt]hat",)
# A possessive and the word of a deputy before a name ("and her deputy X").
DEPUTY_WORDS = (r"(?:his|her)\s+(?:first\s+)?deputy",)
# A possessive and a predecessor or successor before a name ("his predecessor X").
SUCCESSION_WORDS = (r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:immediate\s+)?(?:predecessor|successor)",)
# A relative pronoun and a verb of heading ("X, who heads Y's office"), and the units headed
# with the role of their head.
HEAD_VERBS = (r"who\s+(?:heads|headed|leads|led|runs|ran|directs|chairs|presides\s+over)",)
HEADED_UNITS = ((r"(?:city\s+)?council", "council-chair"), (r"office|bureau", "head-of-office"),
                (r"department", "head-of-department"), (r"division", "head-of-division"),
                (r"delegation", "head-of-delegation"))

# Participles of coming between a name and where the person comes from ("X, venu de
# Y").
COME_PARTICIPLES = ()
# "X of Y": the word between a person's name and the city they come from.
PERSON_OF_CITY_WORDS = (r"of",)
# A verb of coming between an attendee's name and "from" ("X, who had come from Y"); the
# city fronted ("From Y came X"): see ARRIVAL_VERBS in language/__init__.py.
ARRIVAL_VERBS = (r"(?:who\s+)?(?:had\s+|has\s+)?(?:come|came|travell?ed|flown|flew)"
                 r"(?:\s+(?:in|over|all\s+the\s+way))?",)
ARRIVAL_FROM = (r"from\s+",)
EVENT_SEQUELS = (r"[Dd]elegations?", r"hosted", r"welcomed", r"there", r"came\s+from", r"host",
                 r"had\s+come\s+from", r"spoke\s+at\s+the\s+(?:summit|opening|closing)")
DELEGATION_NOUNS = (r"[Dd]elegations?",)
# A city's delegation told by a genitive or a relative ("X's delegation", "X, whose
# delegation was led by Y").
DELEGATION_OWNERS = (r"['’]s", r"(?<=s)['’]", r",\s+whose")
# The summit named again by its bare noun ("The summit began on Friday with a reception by X"):
# in a text that reports on no summit, it is the one the text named last.
SUMMIT_ANAPHORS = (r"[Tt]he\s+(?:[Ss]ummit|[Cc]onference)",)
ARRIVAL_FRONTED_VERBS = (r"came", r"had\s+come", r"travell?ed", r"flew\s+in")

# Cues that a person named was not there ("could not attend", "was absent"):
# the person the cue speaks of is no attendee from that sentence.
# What ties an event to the summit it is held beside, opening a heading's line ("held on the
# occasion of the first Summit", "In the margins of the Summit")
SIDE_EVENT_TIES = (r"(?:(?:held|organi[sz]ed|given)\s+)?(?:on\s+the\s+occasion\s+of|"
                   r"in\s+the\s+margins?\s+of|on\s+the\s+(?:sidelines|fringes?)\s+of|"
                   r"alongside)\s+the",)
# Help given to prepare an event, what a thanks is for ("for his support in organising the
# Summit")
PREPARATION_SUPPORT = (r"(?:support|help|assistance)\s+(?:in|with|for|to)\s+(?:the\s+)?"
                       r"(?:organi[sz]ation|organi[sz]ing|preparation|preparing|planning)",)
# A thanks in the third person, of the body that gives it ("The Office thanks X")
THANKS_VERBS = (r"thanks(?!\s+to\b)",)
ABSENCE_CUES = (r"could\s+not\s+(?:attend|come|be\s+there|be\s+present)",
                r"(?:was|were)\s+unable\s+to\s+(?:attend|come)", r"absent",
                r"not\s+present", r"not\s+represented",
                # a presence denied ("did not attend", "wasn't there", "stayed at home")
                r"(?:did\s+not|didn['’]t)\s+(?:attend|go|come|travel|make\s+the\s+trip|"
                r"take\s+part)",
                r"(?:was|were)(?:\s+not|n['’]t)\s+(?:there|present|among\s+them)",
                r"stayed\s+(?:at\s+)?home",
                # only said to be coming ("was expected to attend", "would also attend"): the
                # text does not say the person came
                r"(?:is|are|was|were)\s+(?:also\s+)?(?:expected|due|scheduled|slated)\s+to\s+"
                r"(?:attend|take\s+part|join|come|be\s+(?:there|present))",
                r"(?:would|might|may)\s+(?:also\s+)?(?:attend|take\s+part|come|"
                r"be\s+(?:there|present|among))")
# The label over the names that sign a statement, before its colon ("Signed by the councillors
# of the opposition:"): the people listed sign the text; they are its authors.
SIGNED_BY_LABELS = (r"Signed\s+by",)
# The label of a meeting's list of those present or excused, before its colon ("Present:"):
# people at the meeting the minutes record. The numbering words of an agenda ("Item 2:").
PRESENCE_LABELS = (r"Present", r"Also\s+present", r"In\s+attendance", r"Apologies",
                   r"Absent", r"Excused", r"Regrets", r"Minutes(?:\s+taken\s+by)?", r"Chair")
AGENDA_LABELS = (r"Item", r"Agenda\s+item", r"Point")
# The labels of an e-mail's header lines naming people ("From:", "Cc:"), and of its subject
MAIL_HEADER_LABELS = (r"From", r"To", r"Cc", r"Bcc", r"Reply-To", r"Sender")
MAIL_SUBJECT_LABELS = (r"Subject",)
SLIDE_LABELS = (r"Slide",)
# The parts and backers of a summit: a passage under a heading that speaks of these goes on
# with the summit the passage before it names
EVENT_PARTS = (r"keynotes?(?:\s+speakers?)?", r"speakers?", r"sponsors?", r"sponsored",
               r"media\s+partners?", r"workshops?", r"panels?", r"panell?ists?",
               r"(?:opening|closing|working|plenary)\s+sessions?", r"plenary",
               r"delegations?", r"heads\s+of\s+delegation")
# Relative pronouns of a subject: a cue after one speaks of the word right before it.
RELATIVE_PRONOUNS = (r"who", r"which", r"that")

# Words that name the host right before its role ('hosted by Mayor X', 'L'hôte, le
# maire X'): a city role without a city is held for the summit's host city.
HOST_CUES = (r"hosted\s+by", r"host")

# Words of an invitation right before the inviting host's role ('at the invitation of
# then-mayor X'): the role is held for the city the clause names, else the summit's host city.
INVITATION_CUES = (r"at\s+the\s+invitation\s+of", r"invited\s+by")

# ------------------------------------------------------------------ roles
ROLES = (
    (r"(?:First\s+)?(?:[Dd]eputy|Vice)[- ][Mm]ayor(?:ess)?", "deputy-mayor", "Deputy Mayor"),
    # the council member who stands in for the mayor in many American cities: "Pro Tem" is
    # part of the title, never of the name that follows
    (r"Mayor\s+[Pp]ro\s+[Tt]em(?:pore)?\.?", "deputy-mayor", "Mayor Pro Tem"),
    (r"(?:Vice[- ]?(?:Chair(?:wo)?man|Chair(?:person)?|President)|Deputy\s+Chair(?:wo)?man)"
     r"\s+of\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:City\s+)?Council",
     "council-vice-chair", "Vice-Chairwoman of the City Council"),
    (r"[Vv]ice[- ]?(?:[Cc]hair(?:wo)?man|[Cc]hair|[Pp]resident)\s+of\s+(?:the\s+)?(?:\S+\s+){0,3}?"
     r"[Ee]xecutive\s+[Cc]ommittee", "executive-committee-vice-chair",
     "Vice-Chair of the Executive Committee"),
    (r"(?:Chair(?:wo)?man|Chair|President|Speaker)\s+of\s+(?:the\s+)?(?:\S+\s+){0,3}?"
     r"(?:City\s+)?Council", "council-chair", "Speaker of the City Council"),
    (r"Lord\s+Mayor|Lady\s+Mayoress|Lord\s+Provost|Provost|Mayor(?:ess)?|mayor(?:ess)?",
     "mayor", "Lord Mayor"),
    (r"(?:City\s+)?Council(?:l)?or|council(?:l)?or|(?:City\s+)?Council\s+[Mm]ember",
     "councillor", "City Councillor"),
    (r"Minister\s+of\s+State|Minister\s+for\s+State|State\s+Minister", "minister-of-state",
     "Minister of State"),
    (r"[Mm]inister", "minister", "Minister"),
    (r"[Ss]enator", "senator", "Senator"),
    (r"[Gg]overnor", "governor", "Governor"),
    (r"[Aa]mbassador", "ambassador", "Ambassador"),
    (r"[Hh]ead\s+of\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[^.;:]{0,100}?\s+)?"
     r"Division\b|Division\s+Head", "head-of-division", "head of its Division"),
    (r"[Hh]ead\s+of\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[^,.;:]+?\s+)?"
     r"Department\b|Department\s+Head", "head-of-department", "head of its Department"),
    (r"[Hh]ead\s+of\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[^,.;:]+?\s+)?Office\b|"
     r"Office\s+Head|Bureau\s+Chief", "head-of-office", "Head of the Liaison Office"),
    (r"[Hh]ead\s+of\s+(?:the\s+)?[Dd]elegation", "head-of-delegation", "Head of Delegation"),
    (r"Secretary[- ]General", "secretary-general", "Secretary General"),
    (r"Vice[- ]President", "vice-president", "Vice President"),
    (r"President", "president", "President"),
    (r"[Cc]oordinator", "coordinator", "Coordinator"),
    (r"[Mm]anaging\s+[Dd]irector", "managing-director", "managing director"),
    (r"Executive\s+Director", "executive-director", "Executive Director"),
    (r"Director", "director", "Director"),
    (r"Spokes(?:person|man|woman)", "spokesperson", "Spokeswoman"),
    (r"[Pp]artner\b", "partner", "partner"),
)
AMBIGUOUS_MAYOR = ()
# No title of a city's head makes another mayor's title a deputy's (a deputy is called so).
HEAD_MAYOR_TITLES = ()
PREDICATE_MARKERS = (r"as",)
PRONOUN_COPULAS = (r"(?:He|She)\s+(?:is|was)",)
POSSESSIVES = (r"its", r"his", r"her", r"their")
DEFINITE_ARTICLES = (r"the",)
# A group of office holders in the plural, opening what follows a name and a comma ("X, the
# mayors by rank, the deputies"): the next item of a list, no apposition.
PLURAL_ROLE_GROUPS = (r"the\s+(?:other\s+|(?:deputy|lord|vice)[\s-]+)?(?:mayors|ministers|"
                      r"councillors|councilors|heads\s+of\s+delegation|presidents|directors)",)
AGENT_PREPOSITIONS = (r"of", r"at", r"in", r"for", r"with")

# ------------------------------------------------------------------ partner roles
PARTNER_ROLES = (
    (r"[Mm]ain\s+sponsors?|[Ll]ead\s+sponsors?|[Pp]rincipal\s+sponsors?", "main-sponsor"),
    (r"[Ii]deal\s+partners?|[Ss]upporting\s+partners?", "supporting-partner"),
    (r"[Mm]edia\s+partners?", "media-partner"),
    # a co-organiser is read to keep its names apart, and stated as lt:coOrganiser, no partner
    (r"Co-?[Oo]rgani[sz]ers?|co-?organi[sz]ers?|[Cc]o-?hosts?", "co-organiser"),
    (r"[Ss]ponsors?", "sponsor"),
    (r"(?:[Pp]roject\s+)?[Pp]artners?", "partner"),
)
COPULAS = (r"is", r"are", r"was", r"were", r"include", r"included")
LIST_LEADS = (r"among\s+the",)
# "Acting as supporting partners are X and Y" goes by the copula; "As supporting partners
# came on board X and Y": the verb of a clause opening on "as" and a role, its subjects after
PARTNER_AS_VERBS = (r"(?:came|come|comes)\s+on\s+board", r"(?:took|take|takes)\s+part")
PARTNER_PHRASES = (
    (r"\b[Ii]n\s+(?:cooperation|co-operation|collaboration|partnership)\s+with(?:\s+the)?",
     "co-organiser"),
    (r"\b(?:[Cc]o-?organi[sz]ed|[Oo]rgani[sz]ed\s+(?:jointly|together))\s+(?:by|with)"
     r"(?:\s+the)?", "co-organiser"),
    (r"\b[Ss]ponsored\s+by(?:\s+the)?", "sponsor"),
    (r"\b(?:[Ww]ith|[Bb]y)\s+(?:the\s+)?(?:kind\s+|generous\s+|financial\s+)?support\s+(?:of|from)"
     r"(?:\s+the)?", "supporting-partner"),
    (r"\b(?:received|receives|had|enjoyed)\s+(?:the\s+)?(?:kind\s+|generous\s+|financial\s+)?"
     r"support\s+(?:of|from)(?:\s+the)?", "supporting-partner"),
    (r"\b[Ss]upported\s+by(?:\s+the)?", "supporting-partner"),
    # "funded by X", "co-financed by X", "with funding from X", "with a grant from X"
    (r"\b(?:[Cc]o-?)?(?:[Ff]unded|[Ff]inanced)\s+by(?:\s+the)?", "supporting-partner"),
    (r"\b[Ww]ith\s+(?:(?:the\s+)?(?:generous\s+)?(?:financial\s+)?(?:funding|financing)|"
     r"(?:a\s+)?grants?)\s+(?:of|from)(?:\s+the)?", "supporting-partner"),
    (r"\b[Tt]hanks\s+to\s+the\s+support\s+of(?:\s+the)?", "supporting-partner"),
    (r"\b[Pp]artners\s+(?:of\s+the\s+(?:summit|conference)\s+)?(?:include|included)"
     r"(?:\s+the)?", "partner"),
)
PARTNER_PASSIVES = ()
# "X and Y supported the summit", "X sponsored the conference": the event is the object (not
# "the summit's declaration")
_the_event = r"\s+the\s+(?:[\w-]+\s+){0,2}?(?:summit|conference)\b(?!['’]|\s+declaration)"
NEGATIONS = (r"not", r"\w+n['’]t", r"never", r"no\s+longer")
PARTNER_ACTIVES = (
    (r"(?P<items>[^.;:]{2,160}?)\s+(?:(?:also|both|all)\s+)?(?P<verb>supported|support|supports)"
     + _the_event, "supporting-partner"),
    (r"(?P<items>[^.;:]{2,160}?)\s+(?:(?:also|both|all)\s+)?(?P<verb>sponsored|sponsors)"
     + _the_event, "sponsor"),
    (r"(?P<items>[^.;:]{2,160}?)\s+(?:(?:also|both|all)\s+)?(?P<verb>co-?organi[sz]ed)"
     + _the_event, "co-organiser"),
    # "X and Y lent their support to the summit"
    (r"(?P<items>[^.;:]{2,160}?)\s+(?:(?:also|both|all)\s+)?(?P<verb>(?:lent|gave|lend|give)"
     r"\s+(?:their|its)\s+(?:full\s+)?support)\s+to" + _the_event, "supporting-partner"),
)
ORG_MODIFIERS = (r"\b(?:led|run|founded|initiated|launched)\s+by\s+(?:the\s+)?[^,.;]{1,60}",)
# Words after a partner clause that add one more organisation to it ("X and Y were
# supporting partners, as was Z").
PARTNER_ADDITIONS = (r"as\s+(?:was|were|is|are|did)(?:\s+the)?", r"as\s+well\s+as(?:\s+the)?",
                     r"next\s+to(?:\s+the)?", r"alongside(?:\s+the)?",
                     r"along\s+with(?:\s+the)?", r"together\s+with(?:\s+the)?")
# Possessives before a partner role that a list of names follows ("our media partners X
# and Y"), and the words of an apposition that names one partner ("X, one of the
# summit's supporting partners").
PARTNER_OWNERS = (r"our", r"its", r"their")
PARTNER_APPOSITIONS = (r"one\s+of\s+the", r"one\s+of\s+its", r"an?")
# Words before a partner role that make its holders the others of a list ("together with our
# fellow supporting partners X and Y").
# The genitive that makes a partner role the owner of the noun before it ("the in-kind
# contributions of the media partners"): what stands before is no partner.
PARTNER_POSSESSOR_LEADS = (r"of\s+the", r"of\s+(?:its|their|our)", r"from\s+the")
PARTNER_FELLOWS = (r"fellow", r"other")
# What a thanks may be for that is a part in an event ("for their hospitality", "for her
# speech"): a person thanked for none of these, in a sentence that names no summit, is thanked
# for something else ("for the coffee", "for their commitment") and is placed nowhere.
THANKED_FOR_A_PART = (r"hospitality", r"welcom\w*", r"speech\w*", r"remarks", r"keynote",
                      r"address", r"presence", r"participation", r"attend\w*", r"coming",
                      r"organi[sz]\w*", r"chair\w*", r"moderat\w*", r"present\w*",
                      r"invitation", r"contribution\w*", r"host\w*", r"taking\s+part",
                      r"join\w*", r"visit\w*")
# Thanks before a partner role: the holders it thanks follow ("with thanks to our sponsors X
# and Y", "we thank the summit's media partners X and Y").
PARTNER_THANKS = (r"(?:with\s+|many\s+|special\s+|big\s+|huge\s+)*thanks\s+(?:(?:also|again)\s+)?"
                  r"(?:go(?:es)?\s+(?:out\s+)?)?to",
                  r"(?:an?\s+)?(?:(?:big|huge|special|warm|heartfelt)\s+)*thank[\s-]you\s+"
                  r"(?:(?:also|again)\s+)?to",
                  r"(?:we\s+are\s+|I\s+am\s+)?(?:(?:very|most|deeply|so)\s+)?grateful\s+"
                  r"(?:(?:also|again)\s+)?to",
                  r"(?:we|I)\s+(?:(?:would\s+like|want|wish)\s+to\s+)?(?:also\s+)?thank")
# The agent of a passive, before a partner role that heads the names right after it ("the
# costs were borne by the main sponsors X and Y").
PARTNER_HEAD_LEADS = (r"by\s+(?:the|its|our|their)",)
# A role its holders share: the subject before these words and the list after the role and
# the tail ("X shared the role of supporting partner with Y and Z").
PARTNER_SHARES = (r"(?:shared|shares|share)\s+(?:the\s+)?(?:role|status|title)\s+(?:of|as)",)
PARTNER_SHARE_TAILS = (r"with(?:\s+the)?",)
GROUP_REFERENCES = (r"(?:both|these|all\s+(?:three|four))\s+(?:\w+\s+)?"
                    r"(?:networks|organi[sz]ations|institutions|partners)",)

# ------------------------------------------------------------------ figures
FIGURES = (
    (r"(?P<n>\d+)\s+(?:\w+-?)?(?:representatives|delegates)", "representativeCount"),
    (r"(?P<n>\d+)\s+(?:heads\s+of\s+delegations?|delegations)", "delegationCount"),
    (r"(?P<n>\d+)\s+(?:countries|nations)", "countryCount"),
)
# Words just before a figure that say how exact it is ("about 35"), with the qualifier the
# graph states (the words of lt:qualifier in the ontology).
FIGURE_QUALIFIERS = (
    (r"approximately", "approximately"), (r"about", "approximately"),
    (r"around", "approximately"), (r"some", "approximately"), (r"roughly", "approximately"),
    (r"nearly", "nearly"), (r"almost", "nearly"), (r"more\s+than", "more than"),
    (r"over", "more than"), (r"(?:fewer|less)\s+than", "fewer than"),
    (r"at\s+least", "at least"), (r"up\s+to", "up to"),
)
# Numbers written out in a figure ("forty delegations", "a dozen countries"); a round number
# makes the figure approximate.
FIGURE_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                       "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                       "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                       "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
                       "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                       "eighty": 80, "ninety": 90, "hundred": 100}
FIGURE_ROUND_NUMBERS = {"dozen": 12, "score": 20}

# ------------------------------------------------------------------ terms of office
# Words that state a term of office right before or after a role ("mayor since 2017", "from
# 2015 to 2019 president of"): before its start alone, before its first date and before its
# last (read by ``ltgraph.extract.terms_of_office``).
TERM_SINCE = (r"since",)
TERM_FROM = (r"from", r"between")
TERM_TO = (r"to", r"until", r"till", r"and")

# ------------------------------------------------------------------ words in dates
# (read per language by ``ltgraph.extract.dates``)
DATE_WEEKDAY_COMPOUNDS = ()
DAY_SUFFIXES = ("st", "nd", "rd", "th")
DAY_ARTICLES = ("the",)
# before a day and month in figures without the year ("am 31.8."): what makes it a date
NUMERIC_DAY_LEADS = ()  # written with slashes and a year
RANGE_WORDS = ("through", "until", "till", "thru", "to", "–", "—", "-", "/")
DATE_AND_WORDS = ("and the", "and")
DATE_OF_WORDS = ("of",)
SAME_YEAR_WORDS = ("in the same year", "that same year", "the same year", "later that year")
YEARS_AGO_WORDS = ("{n} years ago", "{n} year ago")
RELATIVE_YEARS = {"last year": -1, "next year": 1, "this year": 0}
RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1}
# A day told from the day the text named last (the event's day): "that evening" (0), "the
# next day" (+1), "the day before" (-1).
CONTEXT_DAYS = {"that evening": 0, "that afternoon": 0, "that morning": 0, "that night": 0,
                "that day": 0, "that same day": 0, "the same day": 0, "the same evening": 0,
                "later that day": 0, "in the evening": 0, "the next day": 1,
                "the following day": 1, "the day after": 1, "a day later": 1,
                "the next morning": 1, "the day before": -1, "the previous day": -1,
                "the evening before": -1, "a day earlier": -1, "the night before": -1,
                "the previous evening": -1}
LOWER_CASE_ONLY_IN_DATES = frozenset({"may", "march", "mar", "jun", "sat", "sun"})

# ------------------------------------------------------------------ the text layer
ABBREVIATIONS = ("Dr", "Prof", "St", "Mr", "Mrs", "Ms", "Jr", "Sr", "No", "Hon", "Rt", "Cllr",
                 "Clr", "Sen", "Rep", "Gov",
                 # abbreviated given names ("Mayor Md. X Y")
                 "Md", "Mohd", "Muhd",
                 # "signed, i.a. by X", "e.g. Y": a Latin abbreviation inside a sentence
                 "i.a", "e.g", "i.e", "incl")
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")


# ------------------------------------------------------------------ events told over sentences
# Sentence openers that speak of the event just named ("It was billed as the first summit").
# The first summits of the series counted together ("the first two editions were held in A
# and B"), and its start ("the series started in A"): the hosts follow in order.
SERIES_WORDS = (r"(?:the|its)\s+first\s+(two|three|\d)\s+(?:editions|summits|meetings)",
                r"(?:summit\s+)?series\s+(?:started|began|had\s+begun|was\s+launched)\s+in")
# An ordinal standing alone for a summit of the series ("The first one, A, 2015", "the second
# was B", "a third, held in C"): the words that may follow it, and the nouns
# of a series' numbered instances ("the third edition").
ORDINAL_TAILS = (r"one", r"was", r"were", r"took", r"had", r"came", r"followed", r"is", r"will",
                 r"in", r"held")
EDITION_WORDS = (r"edition",)
DEMONSTRATIVES = (r"this", r"that")
EVENT_PRONOUNS = (r"It\s+was", r"It\s+is", r"It", r"The\s+meeting", r"The\s+gathering",
                  r"The\s+talks", r"The\s+proceedings")
# Verbs of delegations meeting: a sentence with one next to the event's tells its days.
MEETING_CUES = (r"met", r"gathered", r"convened", r"came\s+together", r"deliberated",
                r"(?:had\s+)?been\s+meeting",
                # or its first days ("the first two days, Dec. 7 and 8, were held online")
                r"(?:the|its)\s+first\s+(?:two|three)\s+days")
# Who signs, by reference to the sentence before: the people it names ("All of them signed"),
# its last person ("He signed too"), its last city ("The city also signed").
SIGNER_GROUPS = (r"all\s+of\s+them", r"they\s+all", r"each\s+of\s+them", r"both\s+of\s+them",
                 r"all\s+(?:three|four|five)", r"all\s+(?:the\s+)?(?:\w+\s+)?(?:mayors|guests)")
# Signers named as everyone at the summit ("every mayor in the room signed", "signed by the
# mayors present"): the cities that take part sign.
# The first person plural as the signer ("we signed"): the city the text speaks for, named
# just before. After the signing verb, words that add signers ("..., as well as X and Y").
SIGNER_WE = (r"we",)
SIGNER_ADDITIONS = (r"as\s+well\s+as", r"along\s+with", r"plus", r"and\s+also", r"including",
                    r"as\s+did", r"and\s+so\s+did",
                    r"among\s+them", r"alongside")
# A journey's end ("travelled to X and signed"): the city is where the signing happened.
TRAVEL_WORDS = (r"travell?ed\s+to", r"went\s+to", r"flew\s+to", r"(?:visit|trip|journey)\s+to",
                r"visited")
PRESENT_SIGNERS = (r"every\s+(?:mayor|delegation|participant)\s+(?:in\s+the\s+room|present)",
                   r"(?:all\s+)?(?:of\s+)?the\s+(?:mayors|delegations|participants)\s+"
                   r"(?:present|in\s+attendance|in\s+the\s+room|attending)",
                   r"all\s+(?:the\s+)?(?:participating|attending)\s+(?:mayors|cities|delegations)",
                   r"all\s+(?:of\s+)?the\s+participants",
                   r"the\s+mayors\s+of\s+all\s+(?:\d+|\w+)\s+(?:participating\s+)?cities",
                   # "X and the other mayors", "X and his fellow mayors": the signer named and
                   # everyone else there, as one subject ("alongside the other delegations"
                   # signs no one else)
                   r"and\s+(?:all\s+)?the\s+other\s+(?:mayors|delegations|participants|delegates)",
                   r"and\s+(?:his|her|their)\s+(?:fellow\s+mayors|counterparts|peers)",
                   # "the 23 mayors present"
                   r"the\s+\d+\s+(?:mayors|delegations)\s+(?:present|in\s+attendance|attending)")
SIGNER_PRONOUNS = (r"[Hh]e", r"[Ss]he", r"[Hh]e\s+himself", r"[Ss]he\s+herself")
CITY_REFERENCES = (r"the\s+city", r"the\s+municipality", r"the\s+town")
# A signed text not named as a declaration ("signed a joint text").
DOCUMENT_WORDS = (r"document", r"text", r"paper", r"pledge")
# "signed on behalf of X": X signs.
SIGNING_FOR = (r"on\s+behalf\s+of(?:\s+the\s+(?:people|city|citizens|residents)\s+of)?",
               r"in\s+the\s+name\s+of(?:\s+the\s+(?:people|city)\s+of)?", r"for\s+the\s+city\s+of")
# A clause of its own between a city and the signing: "..., where the declaration was adopted".
CLAUSE_BREAKS = (r"where", r"when")
# Signers written after a signing verb: a passive agent ("signed, among others, by A and B").
# English puts no subject after its verb: no inversion fillers.
SIGNER_AGENTS = (r"by",)
SIGNER_INVERSION_FILLERS = ()
# The host named by its standing, not its name ("the host city"): in a signing it is the host
# city of the declaration's summit.
# Signers counted back to the cities named before ("including all three mentioned", "the two
# cities named above"): the last that many cities the text named.
# "all three cities signed": every one of the cities named before, counted
COUNTED_ALL = (r"all",)
NAMED_BEFORE_WORDS = (r"(?:cities\s+)?mentioned(?:\s+above)?", r"(?:cities\s+)?named\s+above",
                      r"(?:cities\s+)?listed\s+above", r"aforementioned")
# Signing as one ("unanimously signed"): everyone at the summit signs.
UNANIMITY_WORDS = (r"unanimously",)
# The mayors counted as the signing's subject ("Twenty-three mayors signed") or as what "they"
# refers back to: everyone there signs.
SIGNER_GROUP_NOUNS = (r"mayors",)
# Adopting a text, which is no signature of everyone who voted for it.
ADOPTION_VERBS = (r"adopt\w*",)
SIGNER_THEY = (r"they",)
# A part of the mayors, not all of them ("Some mayors signed").
SIGNER_GROUP_PARTS = (r"some", r"several", r"many", r"a\s+few", r"most")
# Signing "too" with no object ("X signed as well", "X also signed"): the declaration the text
# told of signing before.
SIGNED_TOO = (r"as\s+well", r"too", r"also")
# a question asking who signed, its answer the signers ("Who signed the Declaration?")
SIGNER_QUESTIONS = (r"who", r"which\s+cities", r"what\s+cities")
# a numbered question of a quiz or an FAQ ("Question 7: ...?") and the line answering it
# ("Answer 7: ..."), the label before the number
QUIZ_QUESTION_LABELS = (r"question", r"q")
QUIZ_ANSWER_LABELS = (r"answer", r"a")
# the first of signers told one after another ("the host signed first")
SIGNED_FIRST = (r"first",)
# the auxiliary between a signer and its signing verb ("the host has signed")
SIGNER_AUXILIARIES = (r"has", r"had", r"have", r"also", r"then")
# A signing after the summit, told without its date ("subsequently signed"): the signer did
# not take part.
SIGNED_LATER = (r"subsequently", r"afterwards", r"at\s+a\s+later\s+date")
# A signing told as done on a visit or a trip ("signed it on a visit to X"): apart from
# the summit, unless the same clause names the summit.
SIGNED_ON_VISIT = (r"(?:on|during)\s+(?:a|an|his|her|their|its|one)\s+(?:[\w-]+\s+){0,2}?"
                   r"(?:visit|trip|journey|stay)", r"while\s+(?:visiting|travelling|traveling)")
# The agent of a hosting or an organising ("hosted in X from ... by Lord Mayor Y", "organised
# by the city of X"): whoever follows hosted, and is no signer for that.
HOSTING_AGENT_CUES = (r"hosted\b[^,;:.\n]{0,80}?\bby", r"organi[sz]ed\b[^,;:.\n]{0,80}?\bby",
                      r"convened\b[^,;:.\n]{0,80}?\bby")

# Verbs a host is the subject of ("X convened the first summit", "X hosted"): a city right
# before one hosted, and does not sign by that.
HOSTING_SUBJECT_VERBS = (r"hosted", r"convened", r"organi[sz]ed", r"welcomed", r"invited")

HOST_REFERENCES = (r"the\s+host\s+city", r"the\s+host", r"the\s+hosting\s+city")

# the words that open a question ("When else do ... ?")
QUESTION_WORDS = ("who", "whom", "whose", "what", "when", "where", "why", "how", "which")

# a summit recalled at another event: "recalled the first summit", "remembering the summit
# in 2015", "looked back on the first summit", "memories of the 2015 summit"
RECALL_CUES = (r"recall(?:s|ed|ing)?", r"remember(?:s|ed|ing)?", r"evok(?:es|ed|ing)",
               r"look(?:s|ed|ing)?\s+back\s+(?:on|at|to)", r"memor(?:y|ies)\s+of",
               r"reminisc(?:es|ed|ing)\s+about")
RECALL_TAIL_LEADS: tuple[str, ...] = ()
RECALL_TAIL_CUES: tuple[str, ...] = ()

# A city taking part with no person named ("A, B and C took part", "A
# sent a delegation", "Lyon's mayor spoke", "Also represented were X and Y"): the verbs, in a
# tense that tells it happened; the words that may stand between them and the list of cities
# (before it: "the mayors of", "delegations from"; after the verb: "by", "from"); the words
# between the list and the verb ("Lyon's mayor", "Lyon too"); the word between the ends of a
# range of cities ("from X and Y to Z").
TAKING_PART_VERBS = (r"took\s+part", r"participated", r"attended",
                     r"(?:was|were)\s+(?:\w+\s+){0,2}?represented",
                     r"(?:was|were)\s+(?:\w+\s+){0,2}?present(?!\w)",
                     r"represented\s+(?:were|was)", r"present\s+(?:were|was)",
                     r"sent\s+(?:\w+\s+){0,2}?delegations?", r"presented", r"showcased",
                     r"spoke", r"took\s+the\s+floor",
                     r"(?:cities|municipalities)\s+(?:present|represented|taking\s+part|"
                     r"participating)(?:\s[^.;]{0,60}?)?\s+(?:included|were)",
                     r"among\s+the\s+(?:cities|participants)\s+(?:(?:present|represented)\s+)?"
                     r"(?:were|was)",
                     # a session that gave the floor to cities ("a dialogue then brought in A
                     # and B", "with voices from A, B and C")
                     r"brought\s+in", r"brought\s+together", r"heard\s+from",
                     r"(?:voices|speakers|contributions|testimonies)(?:\s+came)?\s+from",
                     # a session held with cities, cities that shared their experience in it,
                     # joined others in it or were among those invited to it ("a mayors'
                     # dialogue with A and B", "A and B shared their experiences", "X joined
                     # representatives of A and B in the opening dialogue", "one of the cities
                     # invited to the dialogue, alongside A and B")
                     r"(?:mayors['’]?|opening|closing)\s+"
                     r"(?:dialogue|panel|roundtable|round\s+table)"
                     # its title between ("a Mayors' Dialogue on Social Cohesion in Cities
                     # with the cities of A and B"): capitalised or quoted, as a named session
                     # is written ("a mayors' dialogue on cooperation with A" is a topic)
                     r"(?:\s+(?:on|about)\s+(?-i:[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|in|of|"
                     r"and|for|the|on|&))*?)|\s+[\"“][^\"”]{1,80}[\"”])?\s+with",
                     r"shared\s+(?:their|its|her|his)\s+(?:\w+\s+)?(?:experiences?|practices?)",
                     r"joined(?=[^.;]{0,80}?\sin\s+the\s+(?:[\w'’-]+\s+){0,4}?"
                     r"(?:dialogue|panel|session|roundtable|workshop)s?(?![\w-]))",
                     # ("mayors from A and B joined online": not "A joined", a member's joining)
                     r"joined(?=\s+(?:online|remotely|virtually|by\s+video)(?![\w-]))",
                     r"(?:cities|mayors)\s+invited\s+to\s+the\s+(?:[\w'’-]+\s+){0,3}?"
                     r"(?:dialogue|panel|session|roundtable)",
                     # one of the cities of a session ("Québec was one of four cities in that
                     # session, with A, B and C")
                     r"(?:was|were)\s+(?:one\s+of|among)\s+(?:the\s+)?(?:\w+\s+)?cities\s+"
                     r"(?:in|at|of)\s+(?:the|that|this)\s+(?:[\w'’-]+\s+){0,2}?"
                     r"(?:dialogue|panel|session|roundtable|workshop)(?![\w-])",
                     # the noun of taking part before a list of cities and the summit they
                     # took part in ("the participation of A, B and C in the second summit")
                     r"participation\s+of(?=\s[^.;]{0,160}?\s(?:in|at)\s+(?:[\w'’-]+\s+){0,4}?"
                     r"(?:summit|conference)\b)",)
TAKING_PART_LEADS = (r"the", r"also", r"both", r"(?:cit(?:y|ies)|towns?|municipalit(?:y|ies))\s+of",
                     r"(?:(?:first|deputy|lord|vice)[\s-])?mayors?\s+of",
                     r"(?:delegations?|representatives|officials)\s+(?:from|of)", r"from",
                     r"including", r"such\s+as", r"among\s+them", r"by",
                     # "Mayors from as near as A and B took part", "from places as far apart as"
                     r"(?:mayors|colleagues|participants|guests|speakers)(?=\s+from)",
                     r"as\s+(?:near|close|far(?:\s+away)?)\s+as")
TAKING_PART_TAILS = (r"['’]s\s+(?:(?:first|deputy|lord|vice)[\s-])?mayor",
                     r"['’]s\s+delegation", r"delegations?", r"also", r"too", r"both", r"all")
CITY_RANGE_WORDS = (r"to",)
# The words before a list of cities that took part beside the subject of a verb of taking
# part ("X spoke alongside A, B and C", "Alongside A, three cities presented their work"),
# and the words by which a city's own text names the city as the one that took part ("the
# City spoke in the dialogue", "our city took part"; capitalised "City" with no "of" after it
# is the publishing administration, as a city's own notes to its council call it).
TAKING_PART_COMPANIONS = (r"alongside", r"(?:together|along)\s+with", r"side\s+by\s+side\s+with",
                          # after a comma, in a clause of taking part ("X was one of four cities
                          # in that session, with A, B and C")
                          r"(?<=,)\s*with")
OWN_CITY_WORDS = (r"(?<=\b[Tt]he\s)City(?!\s+(?:of|[Cc]ouncil|[Hh]all)\b)", r"[Oo]ur\s+city")
# A word that may follow a city's name as part of it ("Québec City", "Mexico City").
CITY_NAME_TAILS = (r"City",)
# Words of an office held at the time told ("the then mayor", "der damalige Bürgermeister",
# "alors maire"): at an earlier summit the sentence names, its holder was there.
AT_THAT_TIME_WORDS = (r"then",)
# Relative words of a place (", where the first summit was held", ", wo der erste Gipfel
# stattfand", ", où s'est tenu le premier sommet"): the summit they name describes the place.
# A clause that tells what a place or the network is known for ("the city that hosted the
# first summit", "the network founded at the first summit"): a summit it names is not where
# the people were.
PLACE_CLAUSES = (r"(?:city|town|capital|metropolis|municipality)\s*,?\s*(?:that|which|where)",
                 r"(?:network|observator\w*)\s*,?\s*(?:that|which|where|(?:that\s+was\s+|"
                 r"which\s+was\s+)?(?:founded|created|launched|born|set\s+up))")
# A city's apposition as host of a summit ("X, host of the second summit, sent no
# one"): the summit says what the city is known for, not where anyone was.
HOST_APPOSITIONS = (r"(?:the\s+|a\s+)?(?:host(?:\s+city)?|hosts)\s+of",)
PLACE_RELATIVES = (r"where", r"in\s+which")
# A verb in the pluperfect ("His predecessor had hosted the second summit"): the sentence
# looks back to an earlier summit from the story told.
FLASHBACK_VERBS = (r"had\s+(?:(?:already|also|once|previously|earlier|first)\s+)?"
                   r"(?!to\b|a\b|an\b|the\b|no\b|not\b|some\b|been\s+(?:to|in|at)\b)[a-z]+"
                   r"(?:ed|en|wn|ne|ld|lt|ght|un|st|ft|ad)",)
# A clause that names an earlier summit in passing ("like the first summit", "as at the
# first summit in 2015", "after those of X in 2015", "in the continuity of the X
# Declaration"): what the sentence goes on to tell is not at that summit.
SUMMIT_ASIDE_CUES = (r"(?:just\s+|much\s+)?like",
                     r"(?:just\s+|much\s+)?as\s+(?:at|in|with|during|for)",
                     r"after\s+(?:those|that|the\s+ones?)\s+(?:of|in|at)",
                     r"in\s+(?:the\s+)?(?:continuity|line|tradition)\s+(?:of|with)",
                     r"building\s+on", r"modell?ed\s+on")

# a later addition at the head or foot of the page: "UPDATE – 13 December 2021"
UPDATE_LABELS = (r"update[ds]?", r"editor's\s+note", r"postscript", r"addendum")

# a correction notice: "CORRECTION", "Erratum:", "Clarification –" opening the line
CORRECTION_LABELS = (r"corrections?", r"erratum", r"corrigendum", r"clarification")
# a sentence that says the text corrects an earlier one
CORRECTION_CUES = (r"contrary\s+to\s+what\s+we\s+(?:wrote|reported|stated)",
                   r"an\s+earlier\s+version\s+of\s+this\s+(?:article|story|report|page)",
                   r"we\s+(?:wrongly|incorrectly|mistakenly|erroneously)\s+"
                   r"(?:stated|reported|wrote|said)",
                   r"we\s+regret\s+the\s+error")
# "we wrote: '...'", "the article said: '...'": the earlier text quoted
QUOTED_ERROR_CUES = (r"we\s+wrote", r"we\s+reported", r"we\s+stated",
                     r"(?:the|our|that)\s+(?:article|story|report)\s+(?:said|read|stated)")
# "we wrongly stated that ...", "an earlier version of this article incorrectly said ..."
WRONGLY_STATED_CUES = (
    r"(?:we|it)\s+(?:wrongly|incorrectly|mistakenly|erroneously)\s+"
    r"(?:stated|reported|wrote|said|listed|named|described)",
    r"(?:article|story|report|version)\s+(?:wrongly|incorrectly|mistakenly|erroneously)\s+"
    r"(?:stated|reported|said|listed|named|described)")

# "signed by A and B, but also by C": a second list of the signing's agents
AGENT_CONTINUATIONS = (r"but\s+also", r"and\s+also", r"as\s+well\s+as")
# "I signed on behalf of our residents": who writes or speaks signs for the publishing city
SIGNER_I = (r"I",)
SIGNER_MY = (r"our", r"my")
SIGNING_WITH = (r"together\s+with", r"jointly\s+with", r"with", r"alongside")
SIGNING_WITH_THEM = (r"(?:together\s+|jointly\s+|along\s+)?with\s+them",)
VERB_FINAL_TAILS = ()  # (English puts no verb last in its clause)
LATER_CLAUSES = (r"\s+and\s+(?:\w+\s+)?(?:later|then|afterwards|subsequently)",
                 r",\s+(?:and\s+)?then", r",\s+(?:and\s+)?afterwards", r"\s+before\s+\w+ing")
SIGNING_NOUNS = (r"signing", r"signature")
# the name of a mark that a list's note explains: "an asterisk marks the cities that signed"
MARK_WORDS = (r"asterisks?",)
# the opening of a sentence that names some of the signers just told: "Among them, Mayor X"
SIGNER_MEMBERS = (r"among\s+them", r"among\s+the\s+signatories")
