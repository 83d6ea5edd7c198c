"""Corrected errors in a text: a correction notice quotes the passage it corrects
("RECTIFICATIF ... nous écrivions : « ... »", "we wrongly stated that ..."). Such a passage
states nothing; the corrected text after it does. So the text readers blank the passage (to
spaces of the same length, line breaks and offsets kept) before extraction sees it.

Two forms, the cue words in the language tables:
- a quotation after a "we wrote" cue ("nous écrivions", "we wrote", "hieß es"), read as an
  error only in a text that says it corrects (a correction label opening a line,
  "RECTIFICATIF", "Berichtigung:", or a sentence such as "we regret the error");
- what follows a "wrongly stated" cue ("nous écrivions à tort que", "we wrongly stated that",
  "irrtümlich hieß es"), to the end of its sentence (or the quotation it opens).
"""

from __future__ import annotations

import re

from ltgraph import language
from ltgraph.model import Part

# opening quotation mark -> the marks that close it
_CLOSERS = {"«": "»", "“": "”\"", "„": "“”\"", "\"": "\"”", "‹": "›", "‚": "‘’"}
_GAP = 80  # at most this far (no sentence end) from the cue to the quotation it introduces
_QUOTE_LENGTH = 2000
_FULL_STOP = re.compile(r"[.!?](?=[\s\"”»“]|$)")
_SENTENCE_END = re.compile(rf"{_FULL_STOP.pattern}|\n[ \t]*\n")


def says_it_corrects(text: str) -> bool:
    """Whether the text is, or carries, a correction of an earlier text."""
    return bool(language.CORRECTION_LABEL_RE.search(text)
                or language.CORRECTION_CUE_RE.search(text))


def _quotation_after(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the quotation that opens within a short gap after ``pos`` (before any
    full stop: "nous écrivions :" may stand a paragraph above it), marks included; None when
    there is none or it never closes."""
    gap = text[pos:pos + _GAP]
    ended = _FULL_STOP.search(gap)
    opening = re.search("[" + re.escape("".join(_CLOSERS)) + "]",
                        gap[:ended.start()] if ended else gap)
    if opening is None:
        return None
    start = pos + opening.start()
    closers = _CLOSERS[opening.group(0)]
    end = next((n for n in range(start + 1, min(len(text), start + _QUOTE_LENGTH))
                if text[n] in closers), None)
    return (start, end + 1) if end is not None else None


def _sentence_rest(text: str, pos: int) -> tuple[int, int]:
    """From ``pos`` to the end of its sentence."""
    ended = _SENTENCE_END.search(text, pos)
    return pos, ended.start() if ended else len(text)


def retracted_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the text that it marks as errors it corrects."""
    spans = []
    for cue in language.WRONGLY_STATED_RE.finditer(text):
        spans.append(_quotation_after(text, cue.end()) or _sentence_rest(text, cue.end()))
    if says_it_corrects(text):
        for cue in language.QUOTED_ERROR_RE.finditer(text):
            quoted = _quotation_after(text, cue.end())
            if quoted is not None:
                spans.append(quoted)
    return spans


def without_retracted(part: Part | None) -> Part | None:
    """The part with every passage it marks as a corrected error blanked (same length, line
    breaks kept, so offsets stay those of the file)."""
    if part is None:
        return None
    spans = retracted_spans(part.text)
    if not spans:
        return part
    chars = list(part.text)
    for start, end in spans:
        for n in range(start, end):
            if chars[n] != "\n":
                chars[n] = " "
    return Part("".join(chars), part.span)
