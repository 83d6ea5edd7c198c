"""The gazetteer as kept beside the dataset: its world's cities as rows, made into entries
only when a release looks one up.

A build that reads one new release reads the gazetteer kept by the build before. Most of it is
GeoNames: some 80,000 names of 32,000 cities, and unpickling one frozen ``CityEntry`` per city
(an object with a dictionary of eight attributes) was most of the 0.15-0.2 s that reading
took, while a release looks up a few dozen names. Kept as plain rows (one tuple of the entry's
fields per city) with each name pointing at its row, the same tables read in well under half
the time, and an entry is made from its row the first time it is asked for, then kept, so a
name found twice gives the same entry. Lookups answer exactly as the dictionaries did.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterator, Mapping

from ltgraph.gazetteer import CityEntry, Gazetteer

_FIELDS = tuple(field.name for field in dataclasses.fields(CityEntry))


class CityRows:
    """City entries as rows of their fields; each entry made once, on first use."""

    def __init__(self, rows: list[tuple]) -> None:
        self.rows = rows
        self._made: dict[int, CityEntry] = {}

    def entry(self, row: int) -> CityEntry:
        made = self._made.get(row)
        if made is None:
            made = self._made[row] = CityEntry(*self.rows[row])
        return made

    def __reduce__(self) -> tuple:
        return CityRows, (self.rows,)


class KeptCities(Mapping):
    """A gazetteer table of cities (name key or slug -> entry) whose entries are rows of one
    :class:`CityRows`, shared by the tables that name the same cities."""

    def __init__(self, rows: CityRows, index: dict[str, int]) -> None:
        self._rows = rows
        self._index = index

    def __getitem__(self, key: str) -> CityEntry:
        return self._rows.entry(self._index[key])

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def __reduce__(self) -> tuple:
        return KeptCities, (self._rows, self._index)


def gazetteer_to_keep(gazetteer: Gazetteer) -> Gazetteer:
    """A copy of ``gazetteer`` whose GeoNames tables are :class:`KeptCities` over one table of
    rows: what the build keeps. The gazetteer itself is left as it is."""
    tables = ("geonames_cities", "geonames_by_slug")
    rows: list[tuple] = []
    row_of: dict[int, int] = {}  # id of an entry -> its row
    indexes: dict[str, dict[str, int]] = {}
    for name in tables:
        index = indexes[name] = {}
        for key, entry in getattr(gazetteer, name).items():
            if id(entry) not in row_of:
                row_of[id(entry)] = len(rows)
                rows.append(tuple(getattr(entry, field) for field in _FIELDS))
            index[key] = row_of[id(entry)]
    kept = copy.copy(gazetteer)  # a shallow copy keeps the lookups' own tables (_org_keys)
    shared = CityRows(rows)
    for name in tables:
        setattr(kept, name, KeptCities(shared, indexes[name]))
    return kept
