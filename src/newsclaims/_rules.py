"""A registry of named rules: each stage lists its rules, in the order it tries them.

Every record names the rule that produced it (``Quote.rule``, ``Dispute.rule``,
``DisputeCue.rule``); the registry is where those names, and one line saying what each
recognizes, are written once. Documentation tables are generated from it
(:func:`markdown_table`), never kept beside it by hand.

>>> from collections.abc import Callable
>>> registry: Registry[Callable[[str], bool]] = Registry("example")
>>> @registry.register("greeting", "a word of greeting: 'hello'")
... def greeting(word: str) -> bool:
...     return word == "hello"
>>> registry.names(), [rule("hello") for rule in registry.functions()]
(('greeting',), [True])
>>> print(registry.markdown_table("rule", "recognizes"))
| rule | recognizes |
| --- | --- |
| `greeting` | a word of greeting: 'hello' |
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import attrs

__all__ = ["Registry", "Rule"]

_F = TypeVar("_F", bound=Callable[..., object])


@attrs.frozen
class Rule:
    """A rule as records name it: its ``name``, its ``stage`` and what it recognizes."""

    name: str
    stage: str
    description: str
    #: The rule names a step of a decision list can give its records, where they differ
    #: from its own name (a judge's steps name the records' rules they yield).
    produces: tuple[str, ...] = ()


class Registry(Generic[_F]):
    """The rules of one stage, in the order the stage tries them, with their functions."""

    def __init__(self, stage: str) -> None:
        self.stage = stage
        self._rules: dict[str, Rule] = {}
        self._functions: list[_F] = []

    def add(self, name: str, description: str, produces: tuple[str, ...] = ()) -> Rule:
        """Register the rule ``name``; a name is registered once."""
        if name in self._rules:
            raise ValueError(f"rule {name!r} is registered twice in stage {self.stage!r}")
        rule = Rule(name, self.stage, description, produces)
        self._rules[name] = rule
        return rule

    def register(
        self, name: str, description: str, produces: tuple[str, ...] = ()
    ) -> Callable[[_F], _F]:
        """A decorator registering the function it decorates as the rule ``name``, tried
        after those registered before it.
        """

        def decorate(function: _F) -> _F:
            self.add(name, description, produces)
            self._functions.append(function)
            return function

        return decorate

    def functions(self) -> tuple[_F, ...]:
        """The registered functions, in the order they are tried."""
        return tuple(self._functions)

    def rules(self) -> tuple[Rule, ...]:
        """The rules, in the order they are tried."""
        return tuple(self._rules.values())

    def names(self) -> tuple[str, ...]:
        """The rules' names, in the order they are tried."""
        return tuple(self._rules)

    def __contains__(self, name: object) -> bool:
        return name in self._rules

    def markdown_table(self, name_header: str, description_header: str) -> str:
        """The rules as a Markdown table, one row a rule: for the documentation."""
        rows = [f"| {name_header} | {description_header} |", "| --- | --- |"]
        rows += [f"| `{rule.name}` | {rule.description} |" for rule in self.rules()]
        return "\n".join(rows)
