"""The one error the builder documents: a problem with an input article.

Everything the parser and the extractor reject surfaces as :class:`ArticleError`, which names the
file, the 1-based line and the problem; the CLI turns it into exit code 2 and a one-line message.
"""


class ArticleError(ValueError):
    """A malformed article. ``str(err)`` reads ``file:line: problem``."""

    def __init__(self, source: str, line: int, problem: str):
        self.source = source
        self.line = line
        self.problem = problem
        super().__init__(f"{source}:{line}: {problem}")


class BuildError(RuntimeError):
    """A build that cannot proceed for a reason other than a bad article (e.g. no input files)."""
