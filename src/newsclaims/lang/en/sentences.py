"""Abbreviations, for the sentence splitter.

Part of the English lexicon (:mod:`newsclaims.lang.en`).
"""

from __future__ import annotations

from newsclaims.lang._tables import entries, split

#: Abbreviations whose period never ends a sentence (besides the titles): "Jan.", "No.".
ABBREVIATIONS = tuple(
    word
    for line in entries(
        """
        Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
        Mon. Tue. Tues. Wed. Thu. Thurs. Fri. Sat. Sun.
        No. Nos. Vol. vs. v. etc. e.g. i.e. approx. est. Ft. Mt. St. Ste.
        Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass.
        Mich. Minn. Miss. Mo. Mont. Neb. Nev. Okla. Ore. Pa. Penn. Tenn. Tex. Va. Vt.
        Wash. Wis. Wyo.
        """
    )
    for word in line.split()
)

#: Abbreviations whose period may end a sentence: "U.S.", "a.m.", "Jr.". One does only when a
#: word that opens sentences (``not_names``: "The", "He") follows.
FINAL_ABBREVIATIONS = split(
    "U.S. U.K. U.N. E.U. D.C. a.m. p.m. A.M. P.M. Jr. Sr. Inc. Co. Corp. Ltd. Bros."
)
