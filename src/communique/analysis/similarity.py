"""How close two sentences of readouts are: TF-IDF cosine (scikit-learn), and the counterpart rule.

Why TF-IDF and not a character ratio: readouts of one dyad repeat the same frame words ("China is
willing to work with Vietnam to ...", "the two sides should ..."), so every pair of sentences shares
much of its characters. On the dev pair (China MFA on China-Vietnam, 2021-09-11 and 2022-04-14),
rapidfuzz's token_set_ratio gave paraphrases 54-66 and unrelated sentences up to 67 (82 for "Both
China and Vietnam are socialist countries.", whose words all occur in a longer sentence), so no
threshold separated them. TF-IDF fitted on the statements being compared weighs down the frame words
and weighs up the rare ones (Code of Conduct, pandemic, Indo-Pacific).

>>> scores = similarity(["China will provide vaccines to Vietnam."],
...                     ["China will continue to provide COVID-19 vaccines for Vietnam.", "The Ukraine issue."])
>>> [round(float(x), 2) for x in scores[0]]
[0.66, 0.0]
"""
from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np

# A statement has a counterpart when some statement of the other readout scores at least this.
# Chosen on the dev pair (000_b7187f0f73eb9129 vs 004_4ed7dbded0f9f16b): the 2022 sentences that say
# what a 2021 one said score 0.29-0.56 (the lead sentences 0.56; "the two sides exchanged views"
# 0.50; the Code of Conduct "early agreement", Wang Yi's 0.40 and Bui Thanh Son's 0.31 against Wang
# Yi's; Vietnam's thanks for help against the pandemic 0.29), the new ones at most 0.24 ("avoid
# unilateral actions", one clause of a long new sentence on boundary talks, 0.24; the vaccine
# donation to ASEAN 0.23; the "Indo-Pacific Strategy" sentence 0.14; "Cold War mentality" 0.00).
# The gap is narrow: a loose paraphrase ("top priority of its foreign policy" vs "top diplomatic
# priority", 0.22) shows as new wording, which the analyst judges from the evidence beside it.
THRESHOLD = 0.25


def similarity(left: Sequence[str], right: Sequence[str]) -> np.ndarray:
    """Cosine of TF-IDF vectors, shape `(len(left), len(right))`, fitted on both lists together.

    English stop words are dropped and term counts are damped (`sublinear_tf`), so a long paragraph
    that repeats "cooperation" does not outweigh the one rare word two sentences share.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer  # slow to import; only when comparing

    if not left or not right:
        return np.zeros((len(left), len(right)))
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform([*left, *right])
    except ValueError:  # no word left at all ("###", "The two."): nothing can be similar
        return np.zeros((len(left), len(right)))
    # Rows are L2-normalised by TfidfVectorizer, so the dot product is the cosine.
    return (matrix[: len(left)] @ matrix[len(left):].T).toarray()


def counterparts(scores: np.ndarray, left_groups: Sequence[Hashable], right_groups: Sequence[Hashable], *,
                 threshold: float = THRESHOLD) -> list[int | None]:
    """For each left item, the index of its closest right item scoring >= `threshold`, or None.

    The same group first (a statement of the same speaker country), then any: one government may
    report as "the two sides agreed" what the other reports as its own minister's words.

    >>> counterparts(np.array([[0.3, 0.5], [0.1, 0.2]]), ["CHN", "VNM"], ["CHN", "VNM"])
    [0, None]
    """
    out: list[int | None] = []
    for i, row in enumerate(scores):
        same = [j for j, g in enumerate(right_groups) if g == left_groups[i]]
        best = max(same, key=lambda j: row[j], default=None)
        if best is None or row[best] < threshold:
            best = int(np.argmax(row)) if len(row) else None
            best = best if best is not None and row[best] >= threshold else None
        out.append(best)
    return out
