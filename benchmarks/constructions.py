"""Reported speech on PolNeAR by construction: recall per construction, precision per rule.

    python benchmarks/constructions.py SPLIT_DIR... [--only FILE | --exclude FILE]
                                       [--scorer PATH] [--partial] [--subset NAME]

Runs ``newsclaims.analyze`` over the articles (chosen as ``benchmarks/polnear.py`` chooses
them: several splits, ``--only``/``--exclude`` a list such as ``benchmarks/blind/round1.txt``),
writes the same relations, and pairs them with the gold as the shared scorer does, with the
scorer's own functions (imported from ``--scorer``, by default ``../shared/eval/score.py``):
relations classed direct, mixed or indirect by their quoted characters, and the INDIRECT+MIXED
predictions matched one to one to the INDIRECT+MIXED gold at a content Jaccard of 0.5 or more.
So the totals are the scorer's INDIRECT+MIXED row. ``--subset ALL`` (or ``DIRECT``) counts
that row of the scorer instead, to see a construction's direct quotes too.

Then it prints two tables and a final JSON line with the same counts.

**Recall by construction.** Each INDIRECT or MIXED gold relation is given the constructions
that these tests, on its annotated source, cue and content and on the article's text, find.
A relation can show several (``..., said many economists`` is inverted and common-noun), so
the rows overlap; ``plain`` holds the relations that show none. Columns: gold relations,
matched (content found), attribution-correct (content found, source right), and the recalls.

- ``inverted``: content, then the cue, then the source (``..., said Maria Lopez``); "according
  to X" is not counted here, whichever side its content stands on.
- ``gap``: the source ends before the cue and is no possessive (``Lee's repeated claims``),
  and a word that is no auxiliary, modal or "not" stands between them, with no content there:
  a time or place phrase (``Clinton on Tuesday said``), an adverb (``he also said``), an
  apposition or a relative clause (``The senator, who ..., said``).
- ``common-noun``: the source is no document and begins with a quantifier or number
  (``many economists``, ``two officials``), with a determiner and a lowercase word (``a
  spokeswoman for X``, ``the two``), with a lowercase word that is no pronoun (``officials``),
  or, at a sentence's start, with a capitalised word the article also writes in lowercase
  (``Officials at the agency``). A name (``Clinton``, ``the FBI``) is none of these.
- ``document``: a lowercase word of the source names a document or evidence (report, poll,
  study, survey, data, records, memo, analysis, ...; ``DOCUMENT_NOUNS``).
- ``belief``: a cue word is a verb or adjective of belief, attitude or knowledge (believe,
  think, hope, fear, expect, convinced, want, know, ...; ``BELIEF_WORDS``).
- ``nominal``: a cue word is a noun of saying (``assertion``, ``remarks``; ``SAYING_NOUNS``),
  or a word that is a noun or a verb (``claim``, ``promise``, ``warning``; ``SAYING_NOUN_VERBS``)
  after a determiner or a possessive among the two words before it (``his claim that``).
- ``passive``: a cue word is a participle (``-ed``, or ``said``, ``told``, ``known``, ...) with
  a form of "be" among the two words before it (``it was reported that``, ``is said to``,
  ``is widely believed to``). ``is convinced`` is a passive form and a belief: both.
- ``no-source``: the gold relation has no source (``It is feared that ...``).
- ``plain``: none of the above (``Clinton said that ...``, ``according to X``).

**Precision by rule.** Each INDIRECT or MIXED prediction is counted under the record and rule
that produced it (``claim:reported``, ``quote:sentence``: see ``labelled_relations`` in
``benchmarks/polnear.py``): predictions, matched, attribution-correct, the precisions and the
spurious ones (predicted, not matched), to find the rules that produce spurious relations.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import regex

# Run as a script, this folder is on the path already; imported (tests, docs), it is added.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.append(str(Path(__file__).resolve().parent))
import polnear  # the benchmark beside this file
from newsclaims import analyze

Ranges = list[tuple[int, int]]
GoldRelation = dict[str, Ranges | None]

CONSTRUCTIONS = (
    "inverted",
    "gap",
    "common-noun",
    "document",
    "belief",
    "nominal",
    "passive",
    "no-source",
    "plain",
)
DEFAULT_SUBSET = "INDIRECT+MIXED"

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*(?<![.])")
_CLAUSE_BREAK = regex.compile(r"[.,;:!?“”\"()\[\]—–\n]")
_SENTENCE_START = regex.compile(r"(?:\A|[.!?][”’\"')\]]*\s+|\n)[\s“‘\"'(\[]*\Z")


def _word_set(words: str) -> frozenset[str]:
    """A table of words written as one string, split at spaces."""
    return frozenset(words.split())


# Words that may stand between a source and its cue without being a gap: "he has said".
AUXILIARIES = _word_set(
    "has have had is are was were be been being will would shall should can could may might "
    "must do does did not n't"
)
PRONOUNS = _word_set(
    "i you he she it we they me him her us them my your his its our their who whom whose "
    "which that this these those one someone somebody everyone everybody anyone nobody "
    "himself herself itself themselves ourselves myself"
)
QUANTIFIERS = _word_set(
    "many some several most few both all two three four five six seven eight nine ten "
    "dozens hundreds thousands millions numerous various other others multiple"
)
DETERMINERS = _word_set("a an the this that these those another each every such")
POSSESSIVES = _word_set("his her their its our my your")
DOCUMENT_NOUNS = _word_set(
    "report reports poll polls polling study studies survey surveys data record records "
    "document documents analysis analyses memo memos letter letters filing filings research "
    "figures numbers statistics estimate estimates audit audits investigation findings census "
    "statement statements release transcript email emails e-mail e-mails book article "
    "story paper video film documentary ad ads advertisement tweet tweets website "
    "forecast forecasts projection projections model index tally count chart complaint "
    "lawsuit ruling indictment"
)
BELIEF_WORDS = _word_set(
    "believe believes believed believing belief beliefs think thinks thought thinking "
    "hope hopes hoped hoping fear fears feared fearing expect expects expected expecting "
    "convinced convince feel feels felt feeling worry worries worried worrying suspect "
    "suspects suspected doubt doubts doubted assume assumes assumed suppose supposed "
    "imagine imagines imagined want wants wanted wish wishes wished know knows knew "
    "understand understands understood confident sure certain afraid optimistic "
    "pessimistic skeptical sceptical concerned intend intends intended"
)
SAYING_NOUNS = _word_set(
    "assertion assertions statement statements remarks allegation allegations accusation "
    "accusations suggestion suggestions argument arguments insistence announcement "
    "announcements admission admissions prediction predictions contention testimony "
    "assurance assurances notion idea message explanation characterization criticism "
    "declaration"
)
SAYING_NOUN_VERBS = _word_set(
    "claim claims promise promises warning warnings pledge pledges vow vows charge charges "
    "call calls demand demands comment comments report reports threat threats word words "
    "view views hope hopes fear fears response"
)
BE_FORMS = _word_set("is are was were be been being")
IRREGULAR_PARTICIPLES = _word_set(
    "said told known thought shown seen written heard understood held felt found given taken"
)


def _words(text: str) -> list[str]:
    return [m.group() for m in _WORD.finditer(text)]


def _first(ranges: Ranges | None) -> tuple[int, int] | None:
    return min(ranges) if ranges else None


def is_inverted(text: str, relation: GoldRelation) -> bool:
    """Content, then the cue, then the source: ``..., said Maria Lopez``.

    "According to X" is a construction of its own, whichever side its content stands on.

    >>> text = "Prices will rise, says Ortiz."
    >>> is_inverted(text, {"content": [(0, 16)], "source": [(23, 28)], "cue": [(18, 22)]})
    True
    >>> text = "Prices will rise, according to Ortiz."
    >>> is_inverted(text, {"content": [(0, 16)], "source": [(31, 36)], "cue": [(18, 30)]})
    False
    """
    source, cue = _first(relation["source"]), _first(relation["cue"])
    if source is None or cue is None or source[0] < cue[0]:
        return False
    if text[cue[0] : cue[1]].lower().startswith("according"):
        return False
    return any(end <= cue[0] for _, end in relation["content"] or ())


def has_gap(text: str, relation: GoldRelation) -> bool:
    """A word that is no auxiliary stands between the source and the cue, and no content.

    >>> text = "Clinton on Tuesday said taxes would rise."
    >>> has_gap(text, {"source": [(0, 7)], "cue": [(19, 23)], "content": [(24, 40)]})
    True
    >>> text = "Clinton has said taxes would rise."
    >>> has_gap(text, {"source": [(0, 7)], "cue": [(12, 16)], "content": [(17, 33)]})
    False
    """
    source, cue = _first(relation["source"]), _first(relation["cue"])
    if source is None or cue is None or source[1] > cue[0]:
        return False
    if any(source[1] < end and start < cue[0] for start, end in relation["content"] or ()):
        return False
    source_words = _words(text[source[0] : source[1]])
    if source_words and _is_determiner(source_words[-1]):
        return False  # "Lee's repeated claims": a possessive before a noun, not a subject
    between = _words(text[source[1] : cue[0]])
    return not all(_is_auxiliary(word) for word in between)


def _is_auxiliary(word: str) -> bool:
    """An auxiliary, a modal or a negation, which "he has not said" holds and is no gap."""
    lower = word.lower().replace("’", "'")
    return lower in AUXILIARIES or lower.endswith("n't")


def _at_sentence_start(text: str, position: int) -> bool:
    return _SENTENCE_START.search(text[max(0, position - 20) : position]) is not None


def has_document_source(text: str, relation: GoldRelation) -> bool:
    """A lowercase word of the source names a document or evidence: ``a new poll``."""
    source = _first(relation["source"])
    return source is not None and any(
        word in DOCUMENT_NOUNS for word in _words(text[source[0] : source[1]])
    )


def has_common_noun_source(text: str, relation: GoldRelation) -> bool:
    """The source is a common noun phrase or a quantified one, not a name or a pronoun.

    >>> def test(text: str, source: str) -> bool:
    ...     start = text.index(source)
    ...     return has_common_noun_source(text, {"source": [(start, start + len(source))]})
    >>> test("Many economists say so.", "Many economists")
    True
    >>> test("Prices rose, a spokeswoman for Ford said.", "a spokeswoman for Ford")
    True
    >>> test("Officials at the agency said so. Other officials agreed.", "Officials at the agency")
    True
    >>> [test("The Clinton campaign said so.", "The Clinton campaign"), test("He said so.", "He")]
    [False, False]
    """
    source = _first(relation["source"])
    if source is None or has_document_source(text, relation):
        return False
    words = _words(text[source[0] : source[1]])
    if not words:
        return False
    first, lower = words[0], words[0].lower()
    if lower in PRONOUNS:
        return False
    if lower in QUANTIFIERS or first[0].isdigit():
        return True
    if lower in DETERMINERS:
        return len(words) > 1 and words[1][0].islower()
    if first[0].islower():
        return True
    # "Officials said." opens a sentence: a common noun if the article writes it in lowercase.
    if len(words) > 1 and not words[1][0].islower():
        return False  # "Bin Laden", "Officials Say" in a title
    return _at_sentence_start(text, source[0]) and regex.search(rf"\b{lower}\b", text) is not None


def _cue_words(text: str, relation: GoldRelation) -> list[tuple[int, str]]:
    """The words of the cue, each with its start."""
    return [
        (start + m.start(), m.group())
        for start, end in relation["cue"] or ()
        for m in _WORD.finditer(text[start:end])
    ]


def _words_before(text: str, position: int, count: int) -> list[str]:
    """Up to ``count`` words before ``position`` in its clause: punctuation ends the search."""
    clause = _CLAUSE_BREAK.split(text[max(0, position - 60) : position])[-1]
    return _words(clause)[-count:]


def has_belief_cue(text: str, relation: GoldRelation) -> bool:
    """A cue word of belief, attitude or knowledge: ``believes``, ``is convinced``."""
    return any(word.lower() in BELIEF_WORDS for _, word in _cue_words(text, relation))


def _is_determiner(word: str) -> bool:
    lower = word.lower()
    return lower in DETERMINERS or lower in POSSESSIVES or lower.endswith(("'s", "’s"))


def has_nominal_cue(text: str, relation: GoldRelation) -> bool:
    """A noun of saying as cue: ``the assertion that``, ``his claim that``, ``Trump's promise``.

    >>> text = "His claim that taxes rose was false. They claim that it fell."
    >>> [has_nominal_cue(text, {"cue": [(4, 9)]}), has_nominal_cue(text, {"cue": [(42, 47)]})]
    [True, False]
    """
    for start, word in _cue_words(text, relation):
        lower = word.lower()
        if lower in SAYING_NOUNS:
            return True
        if lower in SAYING_NOUN_VERBS:
            # "his claim", "Trump's claim", "his repeated claims"; not "that Trump claims".
            before = _words_before(text, start, 2)
            if before and _is_determiner(before[-1]):
                return True
            if len(before) == 2 and before[1][0].islower() and _is_determiner(before[0]):
                return True
    return False


def has_passive_cue(text: str, relation: GoldRelation) -> bool:
    """A participle cue after a form of "be": ``it was reported that``, ``is said to``.

    >>> text = "It is widely believed to be true."
    >>> has_passive_cue(text, {"cue": [(13, 21)]})
    True
    """
    for start, word in _cue_words(text, relation):
        lower = word.lower()
        participle = lower.endswith("ed") or lower in IRREGULAR_PARTICIPLES
        if participle and any(w.lower() in BE_FORMS for w in _words_before(text, start, 2)):
            return True
    return False


def constructions(text: str, relation: GoldRelation) -> list[str]:
    """The constructions a gold relation shows, in the order of ``CONSTRUCTIONS``.

    >>> text = "Prices will rise, said Maria Lopez, a professor."
    >>> constructions(text, {"content": [(0, 16)], "source": [(23, 34)], "cue": [(18, 22)]})
    ['inverted']
    >>> text = "It is feared that prices will rise."
    >>> constructions(text, {"content": [(13, 34)], "source": None, "cue": [(6, 12)]})
    ['belief', 'passive', 'no-source']
    """
    found = []
    if is_inverted(text, relation):
        found.append("inverted")
    if has_gap(text, relation):
        found.append("gap")
    if has_common_noun_source(text, relation):
        found.append("common-noun")
    if has_document_source(text, relation):
        found.append("document")
    if has_belief_cue(text, relation):
        found.append("belief")
    if has_nominal_cue(text, relation):
        found.append("nominal")
    if has_passive_cue(text, relation):
        found.append("passive")
    if not relation["source"]:
        found.append("no-source")
    return found or ["plain"]


def load_scorer(path: Path) -> ModuleType:
    """The shared scorer as a module, so its reading, classing and matching are reused."""
    spec = importlib.util.spec_from_file_location("polnear_score", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load the scorer from {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["polnear_score"] = module
    spec.loader.exec_module(module)
    return module


Outcome = tuple[bool, bool]  # matched, attribution correct


def measure_article(
    score: ModuleType,
    text: str,
    gold: list[GoldRelation],
    predicted: list[tuple[str, polnear.Relation]],
    subset: str = DEFAULT_SUBSET,
) -> tuple[list[tuple[GoldRelation, Outcome]], list[tuple[str, Outcome]]]:
    """One article's gold and predictions of a subset of the scorer, each with its outcome.

    Classed and matched with the scorer's functions, as ``score.score_document`` does for
    that subset (``score.SUBSETS``: ALL, DIRECT or INDIRECT+MIXED).
    """
    kinds = score.SUBSETS[subset]
    quoted = score.quoted_positions(text)
    notes: Counter[str] = Counter()
    golds: list[tuple[GoldRelation, dict[str, Any]]] = []
    for relation in gold:
        # _prepare one relation at a time keeps each prepared relation beside its annotation.
        for prepared in score._prepare(text, quoted, [relation], notes, "gold"):
            if prepared["kind"] in kinds:
                golds.append((relation, prepared))
    preds: list[tuple[str, dict[str, Any]]] = []
    for label, relation in predicted:
        for prepared in score._prepare(text, quoted, [relation], notes, "pred"):
            if prepared["kind"] in kinds:
                preds.append((label, prepared))
    gold_hits: dict[int, bool] = {}
    pred_hits: dict[int, bool] = {}
    for i, j, _ in score.match([p for _, p in preds], [g for _, g in golds]):
        correct = bool(score.source_correct(preds[i][1], golds[j][1]))
        gold_hits[j] = pred_hits[i] = correct
    return (
        [(rel, (j in gold_hits, gold_hits.get(j, False))) for j, (rel, _) in enumerate(golds)],
        [(label, (i in pred_hits, pred_hits.get(i, False))) for i, (label, _) in enumerate(preds)],
    )


def _add(counts: Counter[str], outcome: Outcome, key: str) -> None:
    counts[key] += 1
    counts["matched"] += outcome[0]
    counts["source_correct"] += outcome[1]


def measure(
    score: ModuleType, paths: list[Path], *, subset: str = DEFAULT_SUBSET, partial: bool = False
) -> dict[str, Any]:
    """Analyse the articles and count: the report the tables and the JSON line show."""
    by_construction: dict[str, Counter[str]] = {name: Counter() for name in CONSTRUCTIONS}
    by_rule: dict[str, Counter[str]] = {}
    total: Counter[str] = Counter()
    for path in paths:
        text = polnear.read_text(path)
        ann = polnear.annotation_files(path)
        gold = score.parse_ann(str(ann[0])) if ann else []  # the first is the gold, as scored
        predicted = polnear.labelled_relations(analyze(text), partial=partial)
        golds, preds = measure_article(score, text, gold, predicted, subset)
        for relation, outcome in golds:
            _add(total, outcome, "gold")
            for name in constructions(text, relation):
                _add(by_construction[name], outcome, "gold")
        for label, outcome in preds:
            total["pred"] += 1
            _add(by_rule.setdefault(label, Counter()), outcome, "pred")
    keys = ("gold", "pred", "matched", "source_correct")
    rules = sorted(by_rule.items(), key=lambda item: (-item[1]["pred"], item[0]))
    return {
        "articles": len(paths),
        "subset": subset,
        "total": {key: total[key] for key in keys},
        "constructions": {
            name: {key: counts[key] for key in ("gold", "matched", "source_correct")}
            for name, counts in by_construction.items()
        },
        "rules": {
            label: {key: counts[key] for key in ("pred", "matched", "source_correct")}
            for label, counts in rules
        },
    }


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def format_tables(report: dict[str, Any]) -> str:
    """The two tables, recall by construction then precision by rule, with their totals."""
    total = report["total"]
    lines = [
        f"{report['articles']} articles; {report['subset']}: {total['gold']} gold, "
        f"{total['pred']} predicted, {total['matched']} matched, "
        f"{total['source_correct']} attribution-correct "
        f"(attribution P/R {_ratio(total['source_correct'], total['pred']):.3f}"
        f"/{_ratio(total['source_correct'], total['gold']):.3f})",
        "",
        "Recall by construction of the gold (rows overlap)",
        f"{'construction':<14}{'gold':>7}{'share':>7}{'match':>7}{'attr':>7}"
        f"{'R cont':>8}{'R attr':>8}{'missed':>8}",
    ]
    for name, c in report["constructions"].items():
        lines.append(
            f"{name:<14}{c['gold']:>7}{_ratio(c['gold'], total['gold']):>7.1%}"
            f"{c['matched']:>7}{c['source_correct']:>7}"
            f"{_ratio(c['matched'], c['gold']):>8.3f}"
            f"{_ratio(c['source_correct'], c['gold']):>8.3f}"
            f"{c['gold'] - c['source_correct']:>8}"
        )
    lines += [
        "",
        "Precision by rule of the predictions",
        f"{'rule':<28}{'pred':>7}{'match':>7}{'attr':>7}{'P cont':>8}{'P attr':>8}{'spurious':>9}",
    ]
    for label, c in report["rules"].items():
        lines.append(
            f"{label:<28}{c['pred']:>7}{c['matched']:>7}{c['source_correct']:>7}"
            f"{_ratio(c['matched'], c['pred']):>8.3f}"
            f"{_ratio(c['source_correct'], c['pred']):>8.3f}"
            f"{c['pred'] - c['matched']:>9}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    polnear.add_subset_arguments(parser)
    parser.add_argument("--scorer", type=Path, default=polnear.DEFAULT_SCORER, help="score.py")
    parser.add_argument("--partial", action="store_true", help="write partial quotes too")
    parser.add_argument(
        "--subset",
        choices=("INDIRECT+MIXED", "ALL", "DIRECT"),
        default=DEFAULT_SUBSET,
        help="the scorer's subset to count (default INDIRECT+MIXED)",
    )
    args = parser.parse_args(argv)
    try:
        paths = polnear.selected_articles(args)
        score = load_scorer(args.scorer)
    except (ValueError, OSError, ImportError) as exc:
        parser.error(str(exc))
    report = measure(score, paths, subset=args.subset, partial=args.partial)
    report["splits"] = [str(split) for split in args.splits]
    report["only"] = str(args.only) if args.only else None
    report["exclude"] = str(args.exclude) if args.exclude else None
    print(format_tables(report))
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
