"""Built-in context rules for the hedge, booster and stance lexicons.

Each rule is a plain function of a :class:`~analysis.matching.RuleContext`, registered by name
with :func:`~analysis.matching.register_rule`; a lexicon row names the rule in its ``rule``
column and ``analysis/lexicons/README.md`` documents what each one checks. Importing
:mod:`analysis.matching` imports this package, so every built-in rule is registered before any
lexicon is loaded.

- ``_shared``: rules several lexicons use ("May" the month, quantities, negated boosters,
  attributed belief) and the helpers every rule reads the sentence with (tags when
  `analysis.tagging` is installed, lexical context otherwise);
- ``_modal``: modal verbs and conditions (would, could, may, possible, if, until, will);
- ``_epistemic``: epistemic verbs, adjectives and nouns (literal senses, belief and report cues,
  technical terms, investigation verbs);
- ``_boosters``: certainty adjectives, factive "know", asserting "prove", "not really".
"""

from . import _boosters, _epistemic, _modal  # noqa: F401  (registers the rules)
from ._shared import NEGATION_SKIP_WORDS

__all__ = ["NEGATION_SKIP_WORDS"]
