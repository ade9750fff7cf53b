"""Typed literals for dates and decimals, in the lexical forms that survive a round trip through
every export (Turtle, TriG, JSON-LD).

Input: a :class:`~graph.facts.Date` or a number; output: an rdflib ``Literal``.
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import XSD, Literal

from . import facts as F


def date_literal(date: F.Date) -> Literal:
    """A :class:`~graph.facts.Date` as xsd:date, xsd:gYearMonth or xsd:gYear."""
    datatype = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}[date.precision]
    return Literal(date.iso, datatype=datatype)


def decimal_literal(value: float) -> Literal:
    """An xsd:decimal in the lexical form Turtle writes back unchanged: 106.0, 7300000.0, 1.5.

    (rdflib's Turtle serializer writes ``106``^^xsd:decimal as ``106.0``; emitting that form keeps
    a graph isomorphic to itself after a round trip through any export.)
    """
    d = Decimal(str(value))
    if d == d.to_integral_value():
        d = d.quantize(Decimal("0.1"))
    return Literal(d, datatype=XSD.decimal)
