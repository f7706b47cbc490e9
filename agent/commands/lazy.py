"""Commands imported when they are used, not when the program starts.

Every command module pulls in its own part of the agent (the store, the pipeline, the
review page, the understanding step); importing all of them cost ``classify`` a fifth of
its start-up. The root group knows each command's name and module; running a command
imports only its module, while ``--help`` (which shows every command's help text) and a
mistyped name's suggestions still see every command.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping, MutableMapping
from typing import Any

import typer
from typer.core import TyperGroup


class LazyCommands(MutableMapping[str, Any]):
    """The root group's commands by name, in ``--help`` order; a command's module is
    imported (and its ``register(app)`` converted to click commands) on first access."""

    def __init__(self, modules: Mapping[str, str], settings: Mapping[str, Any]) -> None:
        self._modules = dict(modules)  # command name -> module under agent.commands
        self._settings = dict(settings)  # the root Typer's settings, for the conversion
        self._loaded: dict[str, Any] = {}

    def _load(self, module: str) -> None:
        scratch = typer.Typer(**self._settings)
        importlib.import_module(f"agent.commands.{module}").register(scratch)
        commands = typer.main.get_group(scratch).commands
        expected = {name for name, mod in self._modules.items() if mod == module}
        if set(commands) != expected:
            raise RuntimeError(
                f"agent.commands.{module} registers {sorted(commands)}, "
                f"the command table says {sorted(expected)}"
            )
        self._loaded.update(commands)

    def __getitem__(self, name: str) -> Any:
        if name not in self._loaded:
            if name not in self._modules:
                raise KeyError(name)
            self._load(self._modules[name])
        return self._loaded[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._loaded[name] = command
        self._modules.setdefault(name, "")

    def __delitem__(self, name: str) -> None:
        self._loaded.pop(name, None)
        del self._modules[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)


def lazy_group(modules: Mapping[str, str], **settings: Any) -> type[TyperGroup]:
    """A root group class for ``typer.Typer(cls=...)`` whose commands come from
    ``modules`` (command name -> module, in ``--help`` order); ``settings`` are the root
    Typer's own (markup mode, exceptions), so each command converts as it would there."""

    class LazyGroup(TyperGroup):
        def __init__(self, **attrs: Any) -> None:
            super().__init__(**attrs)
            self.commands = LazyCommands(modules, settings)

    return LazyGroup


__all__ = ["LazyCommands", "lazy_group"]
