"""The token scan that lets Oxigraph parse: query form, dataset clause, forbidden keywords."""

import pytest

from server.scan import scan

CASES = [
    # text, kind, forbidden, dataset clause, confident
    ("SELECT ?s WHERE { ?s ?p ?o }", "SELECT", None, False, True),
    ("PREFIX ask: <urn:x#>\nselect * { ?s ask:construct ?o }", "SELECT", None, False, True),
    ("BASE <http://e/> ASK { <a> ?p 'SELECT' }", "ASK", None, False, True),
    ("# CONSTRUCT in a comment\nDESCRIBE <urn:x>", "DESCRIBE", None, False, True),
    ("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 3", "CONSTRUCT", None, False, True),
    ("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }", "SELECT", None, True, True),
    ("SELECT ?from WHERE { ?from ?p 'FROM' }", "SELECT", None, False, True),
    ("SELECT * { ?s ?p '''a ' SERVICE '' b''' }", "SELECT", None, False, True),
    ("SELECT * { ?s ?p \"x\"@en-GB, 1.5e3, -2, \"d\"^^<urn:t> ; a _:b1 }", "SELECT", None, False, True),
    ("SELECT * { ?s <urn:p>/^<urn:q>* ?o FILTER(?o != 3 && ?o >= 1 || !BOUND(?o)) }", "SELECT", None, False, True),
    ("SELECT * { SERVICE <urn:s> { ?s ?p ?o } }", "SELECT", "SERVICE", False, True),
    ("LOAD <http://example.org/x>", None, "LOAD", False, True),
    ("INSERT DATA { <a> <b> <c> }", None, None, False, True),
    ("SELECT * { ?s ?p \"\\u0041\" }", None, None, False, False),
    ("SELECT * { ?s ?p ?o } ~", None, None, False, False),
]


@pytest.mark.parametrize("text,kind,forbidden,dataset,confident", CASES)
def test_scan(text, kind, forbidden, dataset, confident):
    found = scan(text)
    assert (found.kind, found.forbidden, found.has_dataset_clause, found.confident) == (
        kind, forbidden, dataset, confident)
