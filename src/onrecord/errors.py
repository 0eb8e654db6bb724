"""Exceptions the library raises; the CLI and the API turn them into one line."""

from __future__ import annotations


class OnrecordError(Exception):
    """Base class of every error onrecord reports to a user."""


class InputError(OnrecordError):
    """An input that cannot be read: the message names the input and the problem."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem
