"""A backtracking dependency resolver for the Pyodide platform.

Depth-first search over pins: pick the unpinned distribution with the fewest candidates left
(so conflicts surface early), try its candidates in order of preference, add the chosen
candidate's dependencies, and undo the pin when a later choice runs out of candidates. The
first conflict met is kept for the error message, since it involves the newest versions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name

from appwasm_compiler.errors import BuildError, PackageUnavailable
from appwasm_compiler.provider import Candidate, Dependency, Provider

MAX_ATTEMPTS = 20_000


class ResolutionImpossible(BuildError):
    """No set of versions satisfies every requirement."""


@dataclass
class _State:
    pins: dict[str, Candidate] = field(default_factory=dict)
    wanted: dict[str, list[Dependency]] = field(default_factory=dict)
    extras: dict[str, frozenset[str]] = field(default_factory=dict)

    def copy(self) -> _State:
        return _State(dict(self.pins), {k: list(v) for k, v in self.wanted.items()}, dict(self.extras))


@dataclass
class Resolution:
    """The chosen candidates and, for each, the distributions it depends on."""

    pins: dict[str, Candidate]
    depends: dict[str, list[str]]
    wanted_by: dict[str, list[str]]

    def ordered(self) -> list[Candidate]:
        """Dependencies before the packages that need them (by name otherwise)."""
        return [self.pins[name] for name in dependency_order(self.depends, self.pins)]


def dependency_order(depends: dict[str, list[str]], names: object) -> list[str]:
    """`names` sorted so that each comes after what it depends on (by name otherwise)."""
    known = set(names)  # type: ignore[call-overload]
    ordered: list[str] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        if name in seen or name not in known:
            return
        seen.add(name)
        for dep in sorted(depends.get(name, [])):
            visit(dep)
        ordered.append(name)

    for name in sorted(known):
        visit(name)
    return ordered


def _specifier(dependencies: list[Dependency]) -> SpecifierSet:
    combined = SpecifierSet()
    for dependency in dependencies:
        combined &= dependency.requirement.specifier
    return combined


def _allows(dependencies: list[Dependency], candidate: Candidate, provider: Provider) -> bool:
    specifier = _specifier(dependencies)
    if not specifier.contains(candidate.version, prereleases=True):
        return False
    # Yanked files are used only when pinned exactly (PEP 592).
    if provider.yanked(candidate):
        return any(s.operator in ("==", "===") for d in dependencies for s in d.requirement.specifier)
    return True


class Resolver:
    def __init__(self, provider: Provider) -> None:
        self.provider = provider
        self.attempts = 0
        self.first_conflict: BuildError | None = None

    def resolve(self, roots: list[Dependency]) -> Resolution:
        state = _State()
        for root in roots:
            self._want(state, root)
        solved = self._solve(state)
        if solved is None:
            assert self.first_conflict is not None
            raise self.first_conflict
        depends: dict[str, list[str]] = {}
        wanted_by: dict[str, list[str]] = {}
        for name, candidate in solved.pins.items():
            deps = self.provider.dependencies(candidate, solved.extras.get(name, frozenset()))
            depends[name] = sorted({d.name for d in deps if d.name in solved.pins and d.name != name})
        for name, dependencies in solved.wanted.items():
            wanted_by[name] = sorted({d.parent for d in dependencies})
        return Resolution(solved.pins, depends, wanted_by)

    def _want(self, state: _State, dependency: Dependency) -> bool:
        """Record a requirement; False when it contradicts a pin (a conflict)."""
        name = dependency.name
        state.wanted.setdefault(name, []).append(dependency)
        new_extras = frozenset(canonicalize_name(e) for e in dependency.requirement.extras)
        old_extras = state.extras.get(name, frozenset())
        state.extras[name] = old_extras | new_extras
        pinned = state.pins.get(name)
        if pinned is None:
            return True
        if not _allows(state.wanted[name], pinned, self.provider):
            self._conflict(name, state.wanted[name])
            return False
        if new_extras - old_extras:
            # An extra asked for after the pin: its dependencies join in now.
            for extra_dep in self.provider.dependencies(pinned, new_extras - old_extras):
                if not self._want(state, extra_dep):
                    return False
        return True

    def _choices(self, state: _State, name: str) -> list[Candidate]:
        wanted = state.wanted[name]
        try:
            allowed = [c for c in self.provider.candidates(name) if _allows(wanted, c, self.provider)]
            if not allowed and self.provider.can_widen(name):
                allowed = [c for c in self.provider.candidates(name, widened=True) if _allows(wanted, c, self.provider)]
        except PackageUnavailable as exc:
            if self.first_conflict is None:
                chain = ", ".join(sorted({d.parent for d in wanted}))
                exc.message = f"{exc.message} (needed by {chain})"
                self.first_conflict = exc
            return []
        # Pre-releases only when a requirement names one, or when nothing else fits (as pip does).
        if not _specifier(wanted).prereleases:
            allowed = [c for c in allowed if not c.version.is_prerelease] or allowed
        return allowed

    def _solve(self, state: _State) -> _State | None:
        open_names = [n for n in state.wanted if n not in state.pins]
        if not open_names:
            return state
        choices = {name: self._choices(state, name) for name in open_names}
        name = min(open_names, key=lambda n: (len(choices[n]), n))
        if not choices[name]:
            self._conflict(name, state.wanted[name])
            return None
        for candidate in choices[name]:
            self.attempts += 1
            if self.attempts > MAX_ATTEMPTS:
                raise ResolutionImpossible(
                    f"gave up resolving after trying {MAX_ATTEMPTS} versions",
                    "pin the versions of the app's main packages in requirements.txt to narrow the search",
                )
            trial = state.copy()
            trial.pins[name] = candidate
            dependencies = self.provider.dependencies(candidate, trial.extras.get(name, frozenset()))
            if all(self._want(trial, dependency) for dependency in dependencies):
                solved = self._solve(trial)
                if solved is not None:
                    return solved
        return None

    def _conflict(self, name: str, dependencies: list[Dependency]) -> None:
        if self.first_conflict is not None:
            return
        asked = "\n".join(f"    {d.requirement} (from {d.parent})" for d in dependencies)
        available = self.provider.explain_versions(name)
        self.first_conflict = ResolutionImpossible(
            f"no version of '{name}' satisfies every requirement:\n{asked}\n  available for Pyodide: {available}",
            "relax one of these requirements (or pin a version of the package that asks for it)",
        )
