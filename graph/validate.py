"""SHACL validation of a built dataset with pySHACL against ``ontology/shapes.ttl``.

Input: a dataset; output: ``(conforms, report text)``. The caller's dataset is not changed:
pySHACL validates the union graph copy, without inference (the emitter types every node).
"""

from __future__ import annotations

from pyshacl import validate as shacl_validate
from rdflib import Dataset

from ontology import load_shapes

from .exports import union_graph


def validate_dataset(ds: Dataset) -> tuple[bool, str]:
    conforms, _report_graph, text = shacl_validate(
        union_graph(ds), shacl_graph=load_shapes(), inference="none", advanced=True,
        allow_warnings=True)
    return bool(conforms), text
