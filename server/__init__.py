"""filmkg's front end: the command line (``server.cli``); the SPARQL server lands here next."""
