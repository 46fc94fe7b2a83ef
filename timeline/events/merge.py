"""Merging: the candidates of all documents that tell of one event become one entry with all its sources.

Candidates are compared only with those whose dates lie within a few days (the list is sorted by
date, so this is linear in practice, not quadratic). Two candidates match when their content words
(tf-idf over the candidates, cosine) are alike enough; clusters grow by average linkage, so that
one loose pair does not chain two different events of the same day together. Sources that tell
the same event with different days are kept in one entry that says so (`conflict`), but only
when the match is strong, the sources are different documents and they share an actor or place.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable
from datetime import timedelta

from ..model import DateClaim, Event
from .dates import When, when
from .extract import event_id

SAME_TIME = 0.3
"""Least average similarity of two clusters whose dates are compatible (8 January and January 2022)."""
COARSE = 0.45
"""Least average similarity when one of them gives only a month, a quarter or a year, which hold many events."""
OTHER_DAY = 0.55
"""Least average similarity of two clusters that give different days: then it is a conflict."""
WINDOW = timedelta(days=3)
"""How far apart two days may be and still be one event told with a wrong date."""
NAME_WEIGHT = 2.0
"""A shared actor or place says more than a shared word."""
MOST_NAMES = 8
_MONTH_DETAIL = when("2000-01").detail()  # type: ignore[union-attr]
"""Candidates no more detailed than a month hold many events, so they must match more strongly."""


@dataclass(frozen=True)
class _Candidate:
    event: Event
    when: When
    vector: dict[str, float]
    names: frozenset[str]
    coarse: bool
    """No more detailed than a month: such a date holds many events, so a match must be stronger."""

    @property
    def document(self) -> str:
        return self.event.mentions[0].document


def chronological(event: Event) -> tuple[tuple[str, int, str], str]:
    """The order of the timeline: by date (a period before the days inside it, morning before evening), then id."""
    place = when(event.date)
    assert place is not None, event.date
    return replace(place, time_of_day=event.time_of_day).sort_key(), event.id


def merge(events: list[Event]) -> tuple[Event, ...]:
    """One event per cluster of matching candidates, in chronological order."""
    candidates = _candidates(events)
    order = sorted(range(len(candidates)), key=lambda i: (candidates[i].when.first, i))
    similarity: dict[tuple[int, int], float] = {}

    def score(i: int, j: int) -> float:
        a, b = candidates[i].vector, candidates[j].vector
        return sum(a[t] * b[t] for t in a.keys() & b.keys())

    def sim(i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        if key not in similarity:
            similarity[key] = score(i, j)
        return similarity[key]

    edges = []
    for i, j in _pairs(candidates, order):
        if not _may_join(candidates[i], candidates[j]):
            continue
        value = score(i, j)
        if value >= _threshold(candidates[i], candidates[j]):
            similarity[(min(i, j), max(i, j))] = value
            edges.append((-value, min(i, j), max(i, j)))
    clusters = {i: [i] for i in range(len(candidates))}
    owner = list(range(len(candidates)))
    for _, i, j in sorted(edges):
        a, b = owner[i], owner[j]
        if a == b:
            continue
        pairs = [(x, y) for x in clusters[a] for y in clusters[b]]
        if not all(_may_join(candidates[x], candidates[y]) for x, y in pairs):
            continue
        if sum(sim(x, y) for x, y in pairs) / len(pairs) < max(_threshold(candidates[x], candidates[y]) for x, y in pairs):
            continue
        for x in clusters[b]:
            owner[x] = a
        clusters[a].extend(clusters.pop(b))
    merged = [_event([candidates[i] for i in sorted(members)], sim, sorted(members)) for members in clusters.values()]
    return tuple(sorted(merged, key=chronological))


def _pairs(candidates: list[_Candidate], order: list[int]) -> list[tuple[int, int]]:
    """The pairs worth scoring: dates that overlap or lie a few days apart.

    A month or a year overlaps every day inside it; comparing it with all of them made merging
    quadratic in the size of a year. Such a coarse candidate is paired with the coarse ones near
    it and with the days that share one of its names, which is what a match needs anyway.
    """
    position = {i: k for k, i in enumerate(order)}
    by_name: dict[str, list[int]] = {}
    for i in order:
        for name in sorted(candidates[i].names):
            by_name.setdefault(name, []).append(i)
    coarse = [i for i in order if candidates[i].coarse]
    coarse_at = {i: k for k, i in enumerate(coarse)}
    pairs: list[tuple[int, int]] = []
    for k, i in enumerate(order):
        horizon = candidates[i].when.last + WINDOW
        if candidates[i].coarse:
            near = set()
            for j in coarse[coarse_at[i] + 1:]:
                if candidates[j].when.first > horizon:
                    break
                near.add(j)
            near |= {j for name in candidates[i].names for j in by_name[name]
                     if position[j] > k and candidates[j].when.first <= horizon}
            pairs.extend((i, j) for j in sorted(near, key=position.__getitem__))
            continue
        for j in order[k + 1:]:
            if candidates[j].when.first > horizon:
                break
            pairs.append((i, j))
    return pairs


def _candidates(events: list[Event]) -> list[_Candidate]:
    """Each event with its calendar place and its unit tf-idf vector of content words."""
    features = [_features(e) for e in events]
    frequency = Counter(f for fs in features for f in fs)
    total = len(events)
    out = []
    for event, fs in zip(events, features):
        weights = {f: (math.log((1 + total) / (1 + frequency[f])) + 1) * w for f, w in fs.items()}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        place = when(event.date)
        assert place is not None, event.date
        names = frozenset(n.lower() for n in event.actors + event.places)
        out.append(_Candidate(event, place, {w: v / norm for w, v in weights.items()}, names, place.detail() <= _MONTH_DETAIL))
    return out


def _features(event: Event) -> dict[str, float]:
    """Content words, and the names of actors and places, which count for more."""
    features = dict.fromkeys(event.mentions[0].words, 1.0)
    features.update((f"@{n.lower()}", NAME_WEIGHT) for n in event.actors + event.places)
    return features


def _threshold(a: _Candidate, b: _Candidate) -> float:
    """How alike two candidates must be: more when they give different days or only a month or a year."""
    if not a.when.compatible(b.when):
        return OTHER_DAY
    if a.coarse or b.coarse:
        return COARSE
    return SAME_TIME


def _may_join(a: _Candidate, b: _Candidate) -> bool:
    """Compatible dates; or, from two documents that share a name, two days close together."""
    if a.when.compatible(b.when):
        return True
    return (
        a.document != b.document
        and a.when.precision == b.when.precision == "day"
        and abs(a.when.first - b.when.first) <= WINDOW
        and bool(a.names & b.names)
    )


def _lateness(event: Event) -> int:
    """How far into its sentence the time comes: a lead that starts with its time (`Ngày 3/1, ...`) reads best."""
    mention = event.mentions[0]
    return mention.timex.start - mention.start


def _event(members: list[_Candidate], sim: Callable[[int, int], float], indices: list[int]) -> Event:
    """The entry of one cluster: the central mention's headline, every source, the dates they give."""
    if len(members) == 1:
        return members[0].event
    centrality = [sum(sim(i, j) for j in indices if j != i) for i in indices]
    central = members[max(range(len(members)), key=lambda k: (centrality[k], -_lateness(members[k].event), -k))]
    claims: dict[str, set[str]] = {}
    for m in members:
        if m.when.precision == "day":
            claims.setdefault(m.when.date, set()).add(m.document)
    conflict = None
    if len(claims) > 1:
        date = max(sorted(claims), key=lambda d: (len(claims[d]), d == central.when.date))
        chosen = next(m for m in members if m.when.date == date)
        conflict = tuple(DateClaim(d, tuple(sorted(claims[d]))) for d in sorted(claims))
    else:
        chosen = max(members, key=lambda m: (m.when.detail(), m is central))
    ordered = [central] + [m for m in members if m is not central]
    actor = Counter(n for m in ordered for n in m.event.actors)
    place = Counter(n for m in ordered for n in m.event.places)
    first = {n: i for i, n in enumerate(reversed([n for m in ordered for n in m.event.actors + m.event.places]))}
    names = sorted(first, key=lambda n: (-(actor[n] + place[n]), -first[n]))
    actors = tuple(n for n in names if actor[n] >= place[n])[:MOST_NAMES]
    places = tuple(n for n in names if actor[n] < place[n])[:MOST_NAMES]
    mentions = tuple(sorted((m.event.mentions[0] for m in members), key=lambda x: (x.document, x.start, x.timex.start)))
    return Event(
        id=event_id(chosen.when.date, central.event.mentions[0]),
        date=chosen.when.date,
        precision=chosen.when.precision,
        headline=central.event.headline,
        status="happened" if any(m.event.status == "happened" for m in members) else "expected",
        mentions=mentions,
        end=central.event.end or next((m.event.end for m in members if m.event.end), None),
        time_of_day=chosen.event.time_of_day or next(
            (m.event.time_of_day for m in members if m.when.date == chosen.when.date and m.event.time_of_day), None
        ),
        actors=actors,
        places=places,
        conflict=conflict,
    )
