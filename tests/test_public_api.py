"""The public API is what newsclaims/__init__.py exports, and all of it is documented."""

from __future__ import annotations

import inspect

import newsclaims


def test_all_names_exist() -> None:
    assert sorted(newsclaims.__all__) == sorted(set(newsclaims.__all__))
    for name in newsclaims.__all__:
        assert hasattr(newsclaims, name), name


def test_every_public_name_has_a_docstring() -> None:
    undocumented = [
        name
        for name in newsclaims.__all__
        if (inspect.isclass(obj := getattr(newsclaims, name)) or inspect.isfunction(obj))
        and not (obj.__doc__ or "").strip()
    ]
    assert undocumented == []


def test_public_methods_and_properties_have_docstrings() -> None:
    missing = []
    for name in newsclaims.__all__:
        obj = getattr(newsclaims, name)
        if not inspect.isclass(obj) or issubclass(obj, BaseException):
            continue
        for attr, member in vars(obj).items():
            if attr.startswith("_"):
                continue
            if isinstance(member, property | classmethod | staticmethod) or inspect.isfunction(
                member
            ):
                target = member.fget if isinstance(member, property) else member
                if not (getattr(target, "__doc__", None) or "").strip():
                    missing.append(f"{name}.{attr}")
    assert missing == []


def test_private_modules_stay_private() -> None:
    public_modules = {"newsclaims", "newsclaims.strategies", "newsclaims.lexicon"}
    for name in newsclaims.__all__:
        module = getattr(getattr(newsclaims, name), "__module__", "newsclaims") or "newsclaims"
        # Defined in the package itself, a public module, or below a private one.
        private = any(part.startswith("_") for part in module.split(".")[1:])
        assert module in public_modules or private, name
