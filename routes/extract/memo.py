"""A gazetteer index and a resolver that remember their answers across the articles of a process.

Articles repeat the same names and hints: :class:`MemoIndex` remembers exact lookups and :func:`memo_resolver`
remembers resolutions, keyed by the story's focus projected on the name's own namesakes.  Both give the
answers of the index and resolver they wrap.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache


class MemoIndex:
    """A gazetteer index whose exact lookups are remembered (articles repeat names)."""

    def __init__(self, index) -> None:
        self._index = index
        self.lookup = lru_cache(maxsize=100_000)(index.lookup)

    def __getattr__(self, name: str):
        return getattr(self._index, name)


def memo_resolver(index):
    """A :class:`geo.Resolver` that remembers its answers (articles repeat the same names and hints).

    A story's focus changes a name's answer only through the countries and
    divisions of that name's own namesakes (and whether a focus country
    borders one of them: :data:`geo.focus.FAR_FOCUS_WEIGHT`), so it is
    remembered projected on those: articles about different stretches of the
    route share the answers for names whose namesakes they judge alike.
    """
    from geo.neighbours import region
    from geo.resolve import Context, Focus, Resolver

    class MemoResolver(Resolver):
        def __init__(self, idx) -> None:
            super().__init__(idx)
            self._answers: dict = {}
            self._asked: dict = {}  # the same answers by the focus as asked (not projected)
            self._countries: dict[str, frozenset[str]] = {}
            self._projections: dict = {}
            self._by_countries: dict = {}

        def _projected(self, query: str, focus):
            key = (query, focus)
            if key not in self._projections:
                if len(self._projections) > 200_000:
                    self._projections.clear()
                self._projections[key] = self._project(query, focus)
            return self._projections[key]

        def _project(self, query: str, focus):
            if query not in self._countries:  # the countries of its candidates ("municipio de Escuintla": the towns')
                self._countries[query] = frozenset(c for p in self.candidates(query)[0] for c in (*p.countries, p.country) if c)
            # The projection reads the name only through its namesakes' countries: names in the same countries share it.
            key = (self._countries[query], focus)
            if key not in self._by_countries:
                if len(self._by_countries) > 200_000:
                    self._by_countries.clear()
                self._by_countries[key] = self._project_on(*key)
            return self._by_countries[key]

        def _project_on(self, near: frozenset[str], focus):
            codes = self.focus_codes(focus)
            countries = [c for c in codes.countries if c in near or not region(frozenset((c,))).isdisjoint(near)]
            divisions = [tuple(d.split(".", 1)) for d in codes.divisions if d.split(".", 1)[0] in near]
            named = sorted(c for c in map(self.country_code, focus.named) if c in near and c not in codes.countries)
            if not countries and not divisions:
                if not codes.countries:
                    return None
                # Every namesake is outside the focus and its neighbours alike: any one focus country says the same.
                countries = [min(codes.countries)]
            return Focus(countries=countries, divisions=divisions, named=named)

        def resolve(self, query: str, ctx: Context = Context(), *, where=None):
            if where is not None:
                return super().resolve(query, ctx, where=where)
            asked = (query, ctx)
            answer = self._asked.get(asked)
            if answer is None:
                if ctx.focus:
                    ctx = replace(ctx, focus=self._projected(query, ctx.focus))
                key = (query, ctx)
                if key not in self._answers:
                    if len(self._answers) > 200_000:
                        self._answers.clear()
                    self._answers[key] = super().resolve(query, ctx)
                if len(self._asked) > 200_000:
                    self._asked.clear()
                answer = self._asked[asked] = self._answers[key]
            return answer

    return MemoResolver(index)
