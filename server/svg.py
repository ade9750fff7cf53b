"""Small self-contained SVG pictures for entity pages (no scripts, no external resources).

``neighbourhood(label, neighbours, link)`` draws the entity in the middle with its neighbours on a
circle, each a link; ``timeline(events)`` draws dated events on a horizontal axis. Input: plain
strings; output: SVG markup as a string, every text escaped.
"""

from __future__ import annotations

import math
from html import escape

W, H = 720, 460


def _short(text: str, n: int = 28) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def neighbourhood(label: str, neighbours: list[tuple[str, str, str, bool]], link) -> str:
    """``neighbours`` are ``(iri, label, relation, outgoing)``; ``link(iri)`` gives the href."""
    cx, cy, r = W / 2, H / 2, min(W, H) / 2 - 60
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" role="img" '
             f'aria-label="Neighbourhood of {escape(label)}" class="neighbourhood">']
    n = max(len(neighbours), 1)
    for i, (iri, name, relation, outgoing) in enumerate(neighbours):
        angle = 2 * math.pi * i / n - math.pi / 2
        x, y = cx + r * math.cos(angle), cy + r * math.sin(angle)
        mx, my = (cx + x) / 2, (cy + y) / 2
        cls = "out" if outgoing else "in"
        parts.append(f'<line x1="{cx:.1f}" y1="{cy:.1f}" x2="{x:.1f}" y2="{y:.1f}" class="edge {cls}"/>')
        parts.append(f'<text x="{mx:.1f}" y="{my:.1f}" class="relation">{escape(_short(relation, 22))}</text>')
        parts.append(f'<a href="{escape(link(iri))}"><circle cx="{x:.1f}" cy="{y:.1f}" r="6" class="node"/>'
                     f'<text x="{x:.1f}" y="{y - 10:.1f}" class="label">{escape(_short(name))}</text></a>')
    parts.append(f'<circle cx="{cx}" cy="{cy}" r="10" class="centre"/>')
    parts.append(f'<text x="{cx}" y="{cy + 28}" class="label centre-label">{escape(_short(label, 40))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _year_fraction(date: str) -> float | None:
    try:
        year = int(date[:4])
    except ValueError:
        return None
    month = int(date[5:7]) if len(date) >= 7 and date[5:7].isdigit() else 6
    day = int(date[8:10]) if len(date) >= 10 and date[8:10].isdigit() else 15
    return year + (month - 1) / 12 + (day - 1) / 365


def timeline(events: list[tuple[str, str, str]]) -> str:
    """``events`` are ``(date, kind, label)`` with ISO dates or years; empty string when none."""
    dated = [(t, d, k, lab) for d, k, lab in events if (t := _year_fraction(d)) is not None]
    if not dated:
        return ""
    dated.sort()
    lo, hi = dated[0][0], dated[-1][0]
    span = max(hi - lo, 1.0)
    height = 60 + 22 * len(dated)
    left, right = 40, W - 40
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {height}" role="img" '
             f'aria-label="Timeline" class="timeline">',
             f'<line x1="{left}" y1="30" x2="{right}" y2="30" class="axis"/>',
             f'<text x="{left}" y="20" class="tick">{int(lo)}</text>',
             f'<text x="{right}" y="20" class="tick" text-anchor="end">{int(hi)}</text>']
    for i, (t, date, kind, label) in enumerate(dated):
        x = left + (right - left) * (t - lo) / span
        y = 56 + 22 * i
        parts.append(f'<line x1="{x:.1f}" y1="30" x2="{x:.1f}" y2="{y - 4}" class="stem {escape(kind)}"/>')
        parts.append(f'<circle cx="{x:.1f}" cy="30" r="4" class="dot {escape(kind)}"/>')
        anchor = "end" if x > W / 2 else "start"
        parts.append(f'<text x="{x:.1f}" y="{y}" text-anchor="{anchor}" class="event {escape(kind)}">'
                     f'{escape(date)} · {escape(_short(label, 60))}</text>')
    parts.append("</svg>")
    return "".join(parts)


__all__ = ["neighbourhood", "timeline"]
