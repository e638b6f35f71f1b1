"""Attribute every sentence to who said or did it: a participant, `both`, or nobody.

Find, then write (spaCy's span ruler): `find_cue(sentence, ...)` is pure and reads only the
sentence's subject (after an introductory phrase such as "On Taiwan," or "Building on ...—");
`attribute(doc)` walks the sentences and keeps the current speaker, because readouts report a
speaker's remarks as a paragraph that names them once ("Wang Yi said, ... China is willing ...
Efforts should be made ...").

Cue strengths, each taught by a readout:
- strong: a participant's name or role ("President Biden", "The Vice President", "He", "The
  Vietnamese side"), a joint subject ("The two leaders agreed", "They discussed", "President Biden
  and President Xi reiterated"), or narration ("The meeting was ...", "###"). Always decides.
- weak: a country as subject ("Vietnam will continue to support ..."). Decides only where no one
  is speaking yet or a new paragraph starts; inside a paragraph it is the speaker's own words
  ("China hopes ..." in Wang Yi's paragraph; "The United States tries to ..." reported by China).
- A joint subject followed by "should", "need to", "must" inside a speaker's paragraph is that
  speaker's prescription, not a joint act ("Both sides should advocate genuine multilateralism").
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache, partial

from communique.lexicons.actors import actors, leader_country, office_word
from communique.model import BOTH, Document, Participant, Sentence, Span, Statement
from communique.patterns import Alternatives, gated, split_alternatives
from communique.stages.participants import (HEADS_OF_STATE, ISSUED_THE_FOLLOWING, JOINT_TEXT_TITLE, LED_BY, MONTH_NAMES,
                                            PRESS_OFFICER, SIMILAR_MESSAGE, SPEECH_IN_IT, SPOKESPERSON, STYLE, abbreviations,
                                            aliases, attendance, heads_a_delegation, name_spans, names_in,
                                            opens_another_encounter, without_honorifics)
from communique.stages.encounter import IN_THE_FIRST_PERSON, classify, closes_a_quotation
from communique.stages.segment import CAPITALS, DATELINE_OPENING, first_body_sentence, is_heading
from communique.stages.turns import is_question, label_of
from communique.stages.when_where import is_place, is_place_line

# A verb in the past tense after a group noun, what the group did: "discussed", and the irregular ones readouts use ("The
# two personalities took stock", "The two statesmen held talks", "The officials met": DRC, Azerbaijan, State)
_DID = (r"(?=\s+(?:(?:also|later|then|subsequently|further|again)\s+|[a-z]+ly\s+)?"
        r"(?:[a-z]+ed|took|held(?!\s+(?:in|at|by|hostage|captive|since|for|under)\b)"
        r"|had(?!\s+been\b)|met|spoke|made|gave|saw|felt|found|paid|sought|brought)\b)")  # not a participle: "The three held
# in Evin prison must be released", "The two had been scheduled to meet"; after an adverb of time: "The two officials later
# addressed a joint press conference" (JIS, State, White House)
_JOINT = re.compile(  # case-sensitive on purpose: "[A-Z]" means a capitalised word
    r"(?:(?:[Tt]he|[Bb]oth|[Aa]ll)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:top\s+)?(?:[A-Z][\w\-]*\s+){0,3}"
    r"(?:[Ss]ides|[Ll]eaders|[Pp]residents|[Mm]inisters|[Pp]arties|[Dd]elegations|"
    r"Advisors|Advisers|[Cc]ounterparts|Secretaries|[Hh]eads of (?:[Ss]tate|[Gg]overnment|[Dd]iplomacy)|[Ii]nterlocutors|[Pp]articipants"
    r"|(?:top|chief) diplomats"  # "The heads of diplomacy discussed", "the two top diplomats" (Poland, Ukraine, Spain)
    r"|PMs|FMs)\b"
    r"|(?:[Bb]oth|[Tt]he\s+(?:two|three))\s+(?:Speakers|Chairs|Chairmen|Chairpersons|Premiers|Chancellors|Governors|Mayors"
    r"|Chiefs|Commanders|Attorneys[\s-]+General)\b"  # defence and justice ministries: "The two Chiefs of Defence agreed"
    # (parliaments, cities): "Both Speakers agreed", "The two Speakers agreed", "both" or a count and a plural office;
    # not "The Chairpersons of both Houses ... were in the capital"
    r"|(?:[Tt]he|[Bb]oth|[Aa]ll)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[A-Za-z][\w\-]*\s+){0,2}"  # "the
    # two foreign ministers", "The six Partnership countries" (State's Mekong-U.S. ministerials)
    r"(?:sides|leaders|presidents|ministers|parties|delegations|countries|governments|teams|heads|counterparts|diplomats|envoys|"
    r"politicians|men|women|chiefs|[A-Z]{2,4}s)\b"  # "The two diplomats", "the two chiefs of diplomacy" (European
    # ministries), "The three NSAs reaffirmed" (the White House's trilateral calls), "the two FMs"
    r"|[Tt]he\s+(?:(?:foreign|prime|defen[cs]e|trade|finance|economy|interior)\s+)(?:ministers|secretaries)\b"  # "The foreign ministers of Iran and Qatar"
    # two styles for the two officials: "His Highness and Her Excellency reviewed the relations" (SPA, KUNA, QNA, WAM)
    r"|(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)\s+and\s+(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)\b"
    # "The national security advisors discussed", "The diplomatic advisers discussed" (White House, Ukraine's presidency)
    r"|[Tt]he\s+(?:(?:two|three|four)\s+)?(?:[a-z][\w\-]*\s+){1,2}(?:advisers|advisors|envoys|negotiators|sherpas)\b"
    # "The pair discussed", "The officials reviewed" (UK, Australia, Baltic MFAs, State, White House),
    # "The two statesmen" (Kazakhstan, Azerbaijan), "the two chancellors" (Latin American foreign ministers)
    r"|[Tt]he\s+(?:(?:two|three|four)\s+)?(?:pair|officials|statesmen|dignitaries|chancellors|personalities|diplomats)\b" + _DID +
    # "Both Governments welcomed", "The two Governments agreed", "The Governments of Mexico and Guatemala",
    # "The Chancellors addressed" (White House, State, Latin American ministries); not "Governments are hesitant"
    r"|(?:[Bb]oth|[Tt]he\s+two|[Tt]he)\s+(?:Governments|Chancellors)\b|(?:[Bb]oth|[Tt]he\s+two)\s+governments\b"
    # not "Both the United States and Japan are", nor "both to promote the economy and to ..."
    r"|[Tt]hey\b(?!\s+(?:of\b|[A-Z]|the\s+[A-Z]))"
    r"|[Bb]oth\b(?!\s+(?:(?:of|to|in|for|at|on|with|as|by|from)\b|[A-Z]|the\s+[A-Z]))"
    r"|[Tt]he (?:two|three|four)\b" + _DID +  # "The two (jointly) discussed ..."
    # the two states' top officials by their adjectives: "The top U.S. and Russian diplomats agreed Friday" (AP, Reuters)
    r"|[Tt]he\s+(?:top|senior|chief)\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?\s+and\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?\s+"
    r"(?:diplomats|officials|envoys|leaders|negotiators)\b"
)
_PASSIVE_JOINT = gated(re.compile(  # an agentless passive reports what the sides did together (the hard cases)
    # "Certain bilateral agenda items were touched upon", "The Cyprus issue was also taken up" (Kremlin, Ukraine, State)
    r"(?:the\s+)?(?:discussions?|talks)\s+(?:was|were)\b(?!\s+(?:also\s+)?(?:part\s+of|the\s+(?:first|second|third|latest)\b))"
    # (not "The discussion was part of a joint call of European leaders": which encounter it was, the narrator's)
    r"|[^.]{0,160}\b(?:was|were|(?:has|have)\s+been)\s+(?:also\s+)?(?:discussed|exchanged)\b"  # "... have been discussed"
    # not "was raised by X", nor inside what someone said ("He noted that the issue was raised at the UN")
    r"|(?:(?!\b(?:that|said|says|noted|stressed|added|stated|told)\b)[^.]){0,160}\b(?:was|were)\s+(?:also\s+)?"
    r"(?:touched\s+(?:up)?on|taken\s+up|raised|reviewed|examined|explored)\b(?!\s+by\b)"
    # "Issues of cooperation in energy were considered" (Kremlin, Montsame, UzA); not "the army, which was considered
    # one of the strongest"
    r"|(?:(?!\b(?:that|said|says|noted|stressed|added|stated|told)\b)[^.]){0,160}\b(?:issues|questions|matters|topics|"
    r"prospects|proposals|possibilities|options)\b[^.]{0,160}\bwere\s+(?:also\s+)?considered\b(?!\s+(?:one|as|to|by)\b)"
    # "An agreement was reached to ...", "Agreements were reached on ..." (Kremlin, Ukraine's presidency, Montsame, UzA)
    r"|(?:an?\s+|the\s+)?(?:\w+\s+)?(?:agreement|understanding|consensus)s?\s+(?:was|were)\s+(?:also\s+)?reached\b"
    r"|(?:the|this)\s+invitation\s+was\s+(?:also\s+)?(?:[a-z]+ly\s+)?accepted\b"  # "The invitation was accepted with gratitude." (Kremlin)
    # "An emphasis was made on ...", "The key attention during the meeting was paid to ...", "It has been agreed to ..."
    # (Ukraine's presidency)
    r"|(?:it|(?:(?:an?|the)\s+(?:[a-z]+\s+)?)?(?:particular\s+|special\s+|great\s+|much\s+|key\s+|considerable\s+|close\s+"
    r"|significant\s+)?(?:attention|emphasis)"
    r"(?:\s+(?:during|at|in)\s+the\s+(?:meeting|talks|conversation|call))?|reference|(?:mutual\s+)?satisfaction"
    # "Hope was expressed that ...", "Gratitude was conveyed for ...", "Mention was made of ..." (Kremlin, Ukraine's
    # presidency, Itamaraty, Holy See, Gulf agencies)
    r"|(?:(?:deep|great|strong|full|sincere|firm|mutual)\s+)?(?:hope|gratitude|concern|appreciation|confidence|readiness"
    r"|interest|mention|support|solidarity|condolences))"
    r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+|then\s+|further\s+)?(?:jointly\s+|unanimously\s+|mutually\s+)?"
    # "It was jointly stated that ..." (Ukraine's presidency)
    r"(?:agreed|emphasi[sz]ed|stressed|noted|underlined|underscored|highlighted|paid|made|given|placed|expressed|(?:re)?affirmed"
    r"|reiterated|confirmed|decided|pointed out|welcomed|stated|mentioned|recalled|acknowledged|voiced|conveyed)\b"
    r"(?![^.]{0,20}\bby\s+(?-i:[A-Z]))"  # not "Support was voiced by Volodymyr Zelenskyy for ...": one side's
    r"|(?:an?\s+)?(?:[\w-]+\s+)?exchanges?\s+of\s+(?:views|opinions)\s+(?:also\s+)?took\s+place\b"  # "An exchange of views
    # took place on ..." (Ukraine's presidency)
    r"|there\s+(?:was|were)\s+(?:also\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}exchanges?\s+of\s+(?:views|opinions)\b"  # "There
    # was also a substantive exchange of views on ..." (Ukraine's presidency, Itamaraty, Kremlin)

    # "... the successful development of relations of alliance ... was highlighted" (Azerbaijan, Ukraine's presidency, Kremlin)
    r"|(?:[A-Z][^,.]{0,60},\s+)?the\s+(?:[a-z]+\s+)?(?:importance|need|necessity|significance|development|strengthening|expansion|"
    r"progress|role)\s+of\s+[^.]{0,200}?\b(?:was|were)\s+(?:also\s+)?"
    r"(?:emphasi[sz]ed|stressed|noted|underlined|underscored|highlighted|discussed|affirmed|reaffirmed|confirmed)\b"
    r"(?![^.]{0,20}\bby\s+(?:the\s+)?(?-i:[A-Z]))",  # not "The role of X was emphasized by Attaf": one side's
    re.I,
))
# Documents signed or adopted at the encounter: "Following the talks, a package of documents was adopted", "Several
# agreements were signed after the meeting" (Kremlin, Ukraine's presidency, State, Czechia, Mexico): both sides' act,
# that sentence only (what follows tells of the documents, in the publisher's voice); not their history ("The Abraham
# Accords were signed in September 2020", ", which was signed in 1992": a year), nor one signed by someone
_SIGNED_THERE = re.compile(  # the documents as the subject, after an opening phrase at most ("Following the talks, ...")
    r"(?:[A-Z][^,;]{0,80},\s+)?(?:(?:an?|the|several|two|three|four|five|six|\d+|a\s+(?:number|package|series|set)\s+of)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:agreements?|memorand(?:um|a)|documents?|protocols?|declarations?|treaty|treaties|contracts?"
    r"|MoUs?|accords?|(?:joint\s+)?statements?|communiqu[eé]s?|programmes?|programs?|roadmaps?|action\s+plans?)\b"
    r"(?:\s+(?:on|of|for|between|in)\s+[^,;.]{2,80}?)?\s+(?:was|were)\s+(?:also\s+)?"
    # "A Joint Statement on the Green Strategic Partnership was adopted at the end of the Summit" (MEA), "A comprehensive
    # programme for Russian-Armenian cooperation ... was also approved" (Kremlin)
    r"(?:signed|adopted|approved|exchanged|initialled|inked)\b(?!\s+by\b)(?![^.]*\b(?:19|20)\d\d\b)", re.I)
_ENDED_WITH_BOTH = re.compile(  # "The meeting ended with both sides agreeing ...", "The talks concluded with the two
    # ministers pledging ...", "The meeting concluded with the signing of a memorandum" (White House, Kenya, Nigeria,
    # South Africa, Colombia): what both did
    r"(?:the\s+)?(?:meeting|talks|call|conversation|discussions?|visit)\s+(?:ended|concluded|closed)\s+with\s+"
    r"(?:(?:both|the\s+two)\s+(?:sides|leaders|ministers|presidents|parties|delegations)\b|the\s+signing\s+of\b)", re.I)
_ITS_CLAUSE = r"(?:,\s+(?:which|that|held|attended\s+by)\s+[^;.]{3,120}?,)?"  # a clause after the encounter's noun ("The
# talks, attended by His Royal Highness Crown Prince X, also addressed ...": Petra)
_TALK_CONTENT = re.compile(  # "The call dealt with ...", "Their discussions focussed on ...": what both said
    # "Topics discussed included ...", "Discussions also touched on ...", "On the agenda were ..." (EEAS,
    # Farnesina, Australia, Gulf agencies)
    r"(?:(?:the\s+)?(?:topics|issues|matters|subjects)\s+(?:discussed|covered|raised|reviewed)\s+(?:also\s+)?(?:included|were|ranged)"
    r"|discussions\s+(?:also\s+)?(?:focused|focussed|touched|covered|centred|centered|addressed)|on the agenda (?:were|was)"
    # "Talks during the meeting dealt with ..." (SANA, Gulf agencies)
    r"|(?:talks|discussions)\s+(?:during|at|in)\s+the\s+(?:meeting|call|visit|audience)\s+(?:also\s+)?(?:dealt|focused|focussed"
    r"|covered|touched|addressed|tackled|centred|centered)"
    # "The main topic of the meeting was ...", "The meeting was an opportunity to take stock ..." (Ukraine, State)
    r"|the\s+(?:main\s+|key\s+|central\s+|primary\s+)?(?:topic|focus|subject|theme)s?\s+of\s+(?:the|their|this|today[’']s)\s+"
    r"(?:[\w-]+\s+)?(?:call|conversation|meeting|talks|discussions?)\s+(?:was|were)"
    # ... a clause between ("The meeting, which took place in a cordial atmosphere, was an opportunity to": Italy, Gulf)
    r"|(?:the|this)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|visit|call)" + _ITS_CLAUSE + r"\s+was\s+(?:also\s+)?an?\s+"
    r"(?:[a-z]+\s+)?opportunity\s+to)\b|"
    r"the\s+(?:main\s+|key\s+)?focus\s+(?:was|were)\s+on\b|"  # "In both conversations, the focus was on ..." (Kremlin)
    # "The main topic was energy security." (Ukraine's presidency)
    r"the\s+(?:main|key|central|primary)\s+(?:topic|subject|theme)s?\s+(?:was|were)\b|"
    # "The discussion of developments around Ukraine continued.", "The exchange of views on ... was continued.", "Another
    # issue on the agenda concerned ..." (Kremlin)
    r"(?:the|an?)\s+(?:[a-z]+\s+)?(?:discussion|exchange\s+of\s+(?:views|opinions)|conversation|dialogue)\s+(?:of|on|about)"
    r"\s+[^.;]{2,200}?\s+(?:was\s+)?continued\b|(?:another|one\s+more|a\s+further)\s+(?:issue|topic|subject|item)\s+"
    r"(?:on\s+the\s+agenda|discussed|raised)\b|"
    r"(?:the|their|this|today[’']s|the\s+two|both)\s+(?:[\w\-]+\s+){0,2}(?:calls?|conversations?|meetings?|talks|discussions?"
    r"|agenda|exchange|dialogue|negotiations|audience)" + _ITS_CLAUSE + r"\s+(?:also\s+)?(?:focus(?:ed|sed|es)?|dealt|deals|included|includes|covered|covers|centred"
    r"|centered|touched|addressed|concentrated|revolved|discussed|reviewed|explored|tackled"  # "The meeting (also) discussed" (SPA,
    # Petra, White House); "the call tackled ..." (MENA)
    # "This first meeting enabled the two Heads of State to ...", "The meeting made it possible to ..." (Élysée, Kremlin,
    # State); not "concerned", which a speech's "the negotiations concerned, in particular, ..." reports
    r"|enabled|made\s+it\s+possible|(?:provided|offered|served\s+as)\s+an\s+opportunity"
    r"|(?:(?:was|were)\s+(?:held|conducted)|took\s+place)\s+in\s+an?\s+[^.]{0,60}?"
    r"(?:atmosphere|manner|spirit))\b",
    re.I,
)
# What the encounter itself is said to have stressed: "The meeting also noted the importance of ...", "The discussion
# emphasized ...", "The talks reaffirmed ..." (White House, State, Kremlin, Gulf agencies): both sides', that sentence
# only (what follows is often the publisher's: "To view the full discussion, click here")
_THE_MEETING_NOTED = re.compile(r"(?:the|their|this|today[’']s)\s+(?-i:[a-z][\w\-]*\s+){0,2}(?:call|conversation|meeting|talks"
                                r"|discussions?)\s+(?:also\s+)?(?:noted|stressed|emphasi[sz]ed|underlined|underscored"
                                r"|highlighted|affirmed|reaffirmed|welcomed|expressed|agreed)\b", re.I)
_NARRATION = re.compile(
    r"(?:(?:the|this|that|today[’']s)\s+(?:(?:\w+\s+){0,2})(?:meeting|call(?!\s+(?:on|for|upon)\b)|conversation|visit|summit|trip|engagement|"
    r"readout|statement|engagements)\b(?!\s+(?:agreed|discussed))"
    r"|(?:the|this|that)\s+(?:discussions?|talks)\s+(?:was|were)\s+(?:also\s+)?part\s+of\b)"
    # which of their encounters this was: "This was the second meeting between the two leaders since August",
    # "It is the first meeting of the three ministers" (MEA, State, Ukraine's presidency, White House)
    r"|(?:this|it|that)\s+(?:was|is|marked|marks)\s+(?:the|their)\s+(?:first|second|third|fourth|fifth|sixth|\w+th|latest|"
    r"next|\d+\w*)\s+(?:[\w-]+\s+)?(?:meeting|call|conversation|visit|contact|talks|summit|round|engagement|interaction)s?\b"
    r"|(?:the|a)\s+representatives?\s+(?:from|of)\b|(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}spokes(?:person|man|woman)\b"
    # an institution speaking for itself (Xinhua, Yonhap): "The White House said on Monday that ...",
    # "The foreign ministry said ...": the publisher reports it, no participant says it
    r"|(?:the\s+)?(?:White House|Kremlin|State Department|Pentagon|Elysee|Élysée|Downing Street|(?:[A-Z]\w+\s+)?"
    r"(?:Foreign|Defen[cs]e|Commerce|Trade)\s+Ministry|ministry|foreign ministry)\s+(?:said|says|announced|stated)\b"
    # where the report comes from: "This is according to a statement issued by State House Chief Communications
    # Specialist X", "This is contained in a statement by Mr X, Special Adviser ..." (Zambia's State House, NAN)
    r"|this\s+(?:is|was)\s+(?:according\s+to|contained\s+in)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:statement|release|readout"
    r"|communiqu[eé])\b",
    re.I,
)
# A thing's history, told in the publisher's voice ("The forum was launched in September last year ...",
# Yonhap; "The relevant protocol was signed in 1992.", Ukraine; "The economic zone was launched last
# August.", Kremlin): nobody's words, whoever spoke before it; the time comes right after the verb, so
# one with its agent ("was opened by President X on Monday") is left to the agent
_BACKGROUND_PASSIVE = re.compile(
    r"(?:The|This|That|These)\s+(?:[\w-]+\s+){0,4}?(?:was|were|had\s+been)\s+(?:first\s+|originally\s+|officially\s+)?"
    r"(?:launched|established|founded|created|signed|adopted|set\s+up|inaugurated|formed|built|opened|concluded"
    r"|(?<=first\s)held)\s+"  # "The annual Leaders' Retreat was first held in 2007" (Bernama, Singapore MFA)
    r"(?:in\s+(?:\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"|last\s+(?:year|month|week|January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|on\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)")
_NO_WORDS = re.compile(r"^[\W\d_]*$")
# A spokesperson's reporting clause before what a participant said: "Spokesman for the Presidency Ambassador
# Ahmed Fahmy said that", "the Spokesperson of the Ministry of Foreign Affairs, said that" (Egypt, KUNA, WAM)
# Where a teller says it: "said in a statement that", "said in a press release that" (Arab League, MENA)
_IN_A_STATEMENT = r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|press\s+release|briefing)"
_SPOKESPERSON_SAID = re.compile(r"[^.;:“\"]{0,120}?\b(?:said|stated|added|explained|noted|announced|pointed\s+out)"
                                r"(?:\s+(?:in|on)\s+" + _IN_A_STATEMENT + r")?"
                                r"\s+(?:that\s+)?(?=[A-Z]|the\s)")  # "... said in a statement that Aboul Gheit expressed" (Arab League)
_A_NAME = re.compile(r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}")  # "Fahmy", "Tiago Antunes": no office, no "The"
# Facts the publisher adds in its own voice, whoever spoke before: figures of trade ("Bilateral trade reached $171.9
# billion in 2023", "According to Chinese customs data, ..."), a state's rank as a partner ("China has been Viet Nam's
# largest trading partner"), what happened before ("Earlier, X had a meeting with ...", "Last night, Russia launched
# ..."; not "Last year, the region signed ...", a governor's report told in the third person), a visit under way
# ("X is paying an official visit to China at the invitation of Y"), an earlier contact ("X had last spoken to Y in
# March") (VNA, Xinhua, MEA, Ukraine's presidency, Gulf agencies); not when it tells of speech
_BACKGROUND_FACTS = (
    r"(?:Earlier(?:\s+(?:this|last)\s+(?:week|month|year))?|Previously|Last\s+(?:night|week|month)|Overnight"
    r"|Prior\s+to\s+th(?:is|e)\s+\w+)\s*,\s"  # "Earlier this week, Aliyev held a phone call with Putin" (Anadolu)
    r"|(?:(?:In|During)\s+(?:19|20)\d\d,\s+|Last\s+year,\s+|Over\s+the\s+(?:past|last)\s+(?:[\w-]+\s+){1,3}?years,\s+)?"
    r"(?:(?:[Bb]ilateral|[Tt]wo-way|[Mm]utual|[Tt]otal)\s+"
    r"(?:trade|trade\s+turnover|investments?)\b"  # "In 2023, bilateral trade reached US$ 5.9 billion" (Itamaraty, VNA)
    r"|(?:[Tt]rade|[Tt]rade\s+turnover)\s+between\b)"  # "Last year, trade turnover between the two countries amounted to"
    r"|According\s+to\s+(?:[\w-]+\s+){0,3}(?:data|statistics|figures)\b"
    # the agency's own earlier story: "As Ukrinform reported, on April 13, ..." (Ukrinform, Kazinform, Trend, TASS)
    r"|As\s+(?:[A-Z][\w.-]*\s+){1,3}(?:has\s+|had\s+|earlier\s+|previously\s+)?(?:reported|wrote|informed),\s"
    r"|(?:[A-Z][\w.-]+\s+){1,4}(?:is|was|has\s+been|remains|became|has\s+become)\s+(?:currently\s+|now\s+|also\s+)?(?:the\s+)?"
    r"(?:[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2}(?:['’]s)?\s+)?(?:[\w-]+\s+){0,2}?(?:(?:second|third|fourth|fifth)[\s-])?"
    r"(?:largest|biggest|main|leading|top)\s+(?:[\w-]+\s+)?"  # "Germany is the second largest provider of military
    # assistance to Ukraine", "Japan is Vietnam's largest provider of ODA" (Ukraine's presidency, VNA, Yonhap)
    r"(?:partner|investor|contributor|market|supplier|source|provider|donor|destination|exporter|importer)\b"
    # "Ishiba is visiting the Philippines through Wednesday" (Kyodo, wires)
    r"|(?:[A-Z][\w.-]+\s+){1,3}is\s+visiting\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:through|until|till|from)\b"
    # a record or an anniversary: "New Zealand was the first developed country to sign ...", "The visit is the
    # first by a Japanese Prime Minister in ...", "Yellen's visit is her second trip ...", "This year marks the 50th
    # anniversary of ..." (Xinhua, VNA, Yonhap, Kyodo, State)
    r"|(?:[A-Z][\w.-]+\s+){1,4}(?:is|was|became)\s+the\s+(?:first|only)\s+(?:[\w-]+\s+){0,2}(?:country|nation|state|leader)\s+to\b"
    r"|(?:The|This|(?:[A-Z][\w.-]+\s+){0,2}[A-Z][\w.-]*['’]s)\s+(?:visit|trip|meeting|call|talks)\s+(?:to\s+[A-Z][\w-]*\s+)?"
    r"(?:is|was|were|marks|marked)\s+(?:the|his|her|their)\s+(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\b"
    r"|This\s+year\s+marks\s+the\s+\d+(?:st|nd|rd|th)\s+anniversary\b"
    # what the encounter fell together with: "The Greek Prime Minister's visit coincided with the signing of ...", "This
    # round of USASD discussions coincided with the 30th anniversary of ..." (Kremlin, State, APS)
    r"|(?:The|This|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s)\s+(?:(?!that\b)[\w-]+\s+){0,4}?(?:visit|trip|meeting|call|talks"
    r"|discussions?|consultations?|dialogue|summit)\s+(?:coincides|coincided)\s+with\b"  # not "The President observed that
    # the visit coincided with ...": his words
    # the same told ahead or of a person: "India and Oman will mark 70 years of diplomatic relations next year", "This
    # is Wong's first leaders' retreat as Prime Minister" (PTI, Yonhap, Bernama, wires)
    r"|(?:[A-Z][\w.-]+\s+){1,3}and\s+(?:the\s+)?(?:[A-Z][\w.-]+\s+){1,3}(?:will\s+|are\s+)?(?:mark|celebrate)(?:s|ing)?\s+"
    r"(?:the\s+)?\d+(?:st|nd|rd|th)?\s+(?:years|anniversary)\b"  # "India and Singapore are marking 60 years of ..." (PTI)
    r"|(?:This|It)\s+(?:is|was)\s+(?:his|her|their|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s)\s+(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|maiden|\d+(?:st|nd|rd|th))\s+"
    r"(?:[\w'’-]+\s+){0,2}(?:visit|trip|meeting|retreat|summit|talks|call)\b"  # "It was Cho's first trip to Japan since ..."
    # (Yonhap, dpa); what two states are to each other: "Bulgaria and Greece are strategic partners and allies" (BTA)
    r"|(?:[A-Z][\w.-]+\s+){1,3}and\s+(?:the\s+)?(?:[A-Z][\w.-]+\s+){1,3}are\s+(?:[\w-]+\s+){0,2}(?:partners|allies|neighbou?rs)\b"
    # an earlier encounter, dated before this one: "Fico met Russian President Vladimir Putin in the Kremlin in December",
    # "Erdogan last visited Azerbaijan in July 2024", "... held preliminary talks in Washington last week" (wires); not one
    # ahead: "They also discussed preparations for the ASEAN-India Summit to be held in Jakarta in September" (ASEAN, MOFAs)
    r"|[A-Z][^.;:“\"]{0,80}?\b(?:last\s+)?(?<!\bbe\s)(?:met|visited|held|spoke|travell?ed)\b[^.;:“\"]{0,100}?\b(?:last\s+(?:week|month|year)"
    r"|in\s+(?:early\s+|mid-?|late\s+)?" + MONTH_NAMES + r"(?:\s+(?:19|20)\d\d)?)(?:,\s+(?:his|her|their|the)\s+[^.;]{0,60})?\.?$"
    # ... with what it was after a comma: "Erdogan visited Baghdad in April, his first visit to Iraq in 12 years" (AA)
    # an earlier contact, a visit under way ("Jaishankar is on a four-day visit to Spain": PTI; not in a clause about its
    # subject: "X, who is on a visit to Y, thanked ..."),
    # what a participant is to do next, and when the meeting came: "X had last spoken to Y in March",
    # "The Venezuelan diplomat is also scheduled to meet ...", "Biden's meeting with Herzog came a day before he was due
    # to meet ..." (wires); one scan of the words before them for the three
    r"|[^;]{0,80}\b"  # (one sentence: its periods are a name's initials and style, "Dr. S. Jaishankar is on a visit to")
    r"(?:(?:had\s+)?(?:last|previously|earlier)\s+(?:spoken|met|visited|held|talked)"
    r"|(?<!who )is\s+(?:currently\s+)?(?:paying|on|in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:on|for))\s+an?\s+(?:[\w-]+-day\s+)?"
    r"(?:(?i:official|state|working|friendship)\s+)?(?i:visit|trip)"  # "... is in Russia on a working visit" (Kremlin,
    # Ukraine's presidency), "Yoon is on a three-day trip to Lithuania", "X is on a State Visit to India from 6-10 October"
    # (Yonhap, MEA); the traveller's arrival and a new leader's oath: "Xi arrived in Nur-Sultan earlier on Wednesday for a
    # state visit", "Prabowo was sworn in as Indonesia's eighth president on Sunday" (Xinhua, CGTN, wires)
    r"|arrived\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:earlier\s+)?(?:(?:on\s+)?[A-Z][a-z]+day\s+|today\s+|yesterday\s+)?"
    r"(?:(?:for|on)\s+an?\s+(?:[\w-]+\s+){0,2}(?i:visit|trip)"
    r"|on\s+(?:" + MONTH_NAMES + r"\s+\d{1,2}|\d{1,2}\s+" + MONTH_NAMES + r")(?=\.?$))"  # "Choe Son Hui arrived in Moscow on
    # October 31." (TASS, wires)
    r"|was\s+sworn\s+in\s+as"
    r"|(?:is|are)\s+(?:also\s+)?(?:scheduled|due|expected)\s+to\s+(?:meet|visit|travel|attend|hold|address|call\s+on|pay)"
    r"|(?:meeting|visit|call|talks|trip)\s+(?:with\s+[A-Z][\w.-]+\s+)?came\s+(?:a|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|\d+)\s+(?:days?|weeks?|months?)\s+"
    r"(?:before|after))\b"
    # the visitor's further programme: "Mr Wang will also meet Prime Minister Christopher Luxon during his visit", "Putin
    # will also attend the opening ceremony", "Duda will also meet with media representatives", "President Xi will
    # co-chair the ... Dialogue" (Kremlin, Ukraine's presidency, State, wires); not "We will also ...", the speaker's
    r"|(?!(?:We|I|They|He|She|It)\s)(?:[A-Z][\w.'’-]+\s+){1,4}will\s+(?:also\s+(?:meet|visit|travel|attend|hold|call\s+on"
    r"|co-chair|chair)|co-chair)\b"
    # what two states share or did long ago: "Paraguay and Brazil share a border of 1,365 kilometres", "Viet Nam and
    # Mongolia established diplomatic relations in 1954" (Itamaraty, Paraguay, VNA, Montsame, Kremlin)
    r"|(?:[A-Z][\w.-]+\s+){1,3}and\s+(?:[A-Z][\w.-]+\s+){1,3}(?:share|shared)\s+(?:a|an|the)\s+(?:[\w,.-]+\s+){0,2}"
    r"(?:border|frontier|history|coastline)\b"
    # ... or have long done, or do as a rule: "Iran and Oman, which share ..., have maintained close relations for
    # decades", "Türkiye and Qatar have held the committee meetings annually since 2015", "Jordan and Egypt hold regular
    # coordination meetings" (IRNA, Anadolu, Petra, Kremlin, State)
    r"|(?:[A-Z][\w.-]+\s+){1,3}and\s+(?:[A-Z][\w.-]+\s*){1,3}(?:,[^,.;]{3,80},\s+)?(?:have|had)\s+(?:long\s+)?"
    r"(?:maintained|enjoyed|held|had|cooperated)\b[^.;]{0,80}\b(?:for\s+(?:decades|years|centuries)|since\s+(?:19|20)\d\d)\b"
    r"|(?:[A-Z][\w.-]+\s+){1,3}and\s+(?:[A-Z][\w.-]+\s+){1,3}(?:hold|have\s+held)\s+(?:regular|annual|periodic)\b"
    r"|(?:[A-Z][\w.-]+\s+){1,3}and\s+(?:[A-Z][\w.-]+\s+){1,3}established\s+diplomatic\s+relations\s+(?:in|on)\s"
    # a state's people, share or place in figures, told by the agency: "Saudi Arabia is home to more than 2.5 million
    # Pakistani expatriates", "About 200,000 Filipinos live and work in Singapore", "Ethiopia conducts about 90 percent of
    # its trade via Djibouti" (APP, PNA, ENA, Reuters-style copy; White House, State)
    # ... or counted among others: "Paraguay is one of the twelve countries that maintain diplomatic relations with
    # Taiwan", "the United States is one of 173 states that are parties to the Convention" (Paraguay, Taiwan, State)
    r"|(?:[A-Z][\w.-]+\s+){1,3}(?:is|remains)\s+(?:now\s+)?one\s+of\s+(?:the\s+)?(?:only\s+)?(?:\d+|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|a\s+few|few|a\s+handful\s+of)\s+"
    r"(?:[\w-]+\s+)?(?:countries|states|nations)\b"
    r"|(?:[A-Z][\w.-]+\s+){1,3}(?:is|remains)\s+(?:a|an)\s+(?:major|key|leading|significant|important)\s+(?:trading|trade"
    r"|economic|investment)\s+partner\s+(?:of|for)\b"  # "The GCC is a major trading partner of India, with ..." (MEA, PIB)
    r"|(?:[A-Z][\w.-]+\s+){1,3}(?:is|remains)\s+home\s+to\s+(?:about\s+|some\s+|nearly\s+|around\s+|over\s+|more\s+than\s+)?\d"
    r"|(?:About|Some|More\s+than|Nearly|Around|Over|An\s+estimated)\s+[\d,.]+\s+(?:million\s+)?(?:[A-Z][\w-]+\s+)?(?:[A-Z][\w-]+s"
    r"|citizens|nationals|expatriates)\s+(?:live|work|reside)\b"  # "More than 400,000 Brazilian citizens reside in Portugal"
    # a rank among others: "Azerbaijan is one of the largest investors in the Georgian economy", "Kuwait is among the
    # largest Arab investors in Egypt", "Switzerland was one of the first Western countries to recognise ..." (Azertac,
    # KUNA, Swiss FDFA, Gulf agencies, wires)
    r"|(?:[A-Z][\w.-]+\s+){1,3}(?:is|was|became|remains|has\s+become)\s+(?:one\s+of|among)\s+the\s+(?:largest|biggest|main"
    r"|leading|top|major|first)\s+(?:[\w-]+\s+){0,3}?(?:investors?|partners?|suppliers?|sources?|markets?|contributors?"
    r"|countries|states|nations|donors?|economies|destinations?|providers?|exporters?|importers?)\b"
    # a state among another's partners, a project told, a war's duration, a rotating chair (Dirco, AA, Bernama, MENA,
    # Kenya's State House, Kyodo): "Iran is one of South Africa's trading partners in the Middle East", "The Development
    # Road is a $17 billion project of railways", "The LAPSSET corridor, launched in 2012, ...", "Sudan has been gripped
    # by war since April 2023", "Japan currently holds the rotating chair of the framework"
    r"|(?:[A-Z][\w.-]+\s+){1,3}(?:is|remains)\s+one\s+of\s+(?:[A-Z][\w.-]*\s+){0,2}?[A-Z][\w.-]*['’]s\s+(?:[\w-]+\s+){0,2}"
    r"(?:trading\s+partners|partners|investors|suppliers|markets|donors)\b"
    r"|The\s+(?:[\w.$,-]+\s+){1,5}(?:is|was)\s+(?:a|an)\s+(?:[\w$.,-]+\s+){0,3}(?:project|corridor|initiative|programme|program"
    r"|scheme)\s+(?:of|that|which|linking|connecting|stretching|worth|under|in)\b"
    r"|The\s+(?:[\w-]+\s+){1,4}(?:project|corridor|railway|pipeline|port|dam|road|line),\s+(?:launched|built|opened|inaugurated"
    r"|completed|started)\s+in\s+(?:19|20)\d\d\b"
    r"|(?:[A-Z][\w.-]+\s+){1,3}has\s+been\s+(?:gripped|engulfed|embroiled|mired|wracked|ravaged|torn)\s+(?:by|in)\b"
    r"|(?:[A-Z][\w.-]+\s+){1,3}(?:currently\s+)?holds\s+the\s+(?:rotating\s+)?(?:chair|chairmanship|presidency)\s+of\b"
    r"|(?:[A-Z][\w.-]+\s+){1,3}(?:conducts|accounts\s+for|handles)\s+(?:about\s+|some\s+|nearly\s+|around\s+|over\s+|more\s+than\s+)?"
    r"[\d,.]+\s?(?:percent|per\s+cent|%)")
_BACKGROUND_FACT = Alternatives([
    r"[(\[]Reference[)\]]\s*|Reference:\s",  # the publisher's note on the relations: "(Reference) Japan and Mongolia
    # established diplomatic relations in 1972." (Japan's and Korea's MOFA)
    # "4. The ROK is Viet Nam's largest foreign investor" (numbered paragraphs: Korea, Viet Nam)
    *(r"(?:\(?\d{1,2}[.)]\s+)?(?:" + fact + ")" for fact in split_alternatives(_BACKGROUND_FACTS))])
# what was reported before the release, its words too: "Earlier, Kazinform reported that Kazakhstan and Hungary signed a
# roadmap" (Kazinform, TASS, Trend, Ukrinform)
_AN_EARLIER_REPORT = re.compile(r"(?:Earlier|Previously)(?:\s+\w+){0,2},\s+(?P<who>(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+){1,4})"
                                r"(?:reported|announced|said|wrote)\s+that\b")  # not a participant's ("Earlier, Vladimir
# Putin said that ...": theirs)


# a sentence someone speaks: a verb of saying or a quotation mark; not `SPEECH_IN_IT`'s "that", which may be a relative
# after a noun ("one of the twelve countries that maintain relations")
_SPOKEN = gated(re.compile(r"\b(?:said|says|stated|noted|stressed|underlined|underscored|emphasi[sz]ed|expressed|told|added|affirmed|recalled"
                           r"|reaffirmed|reiterated|highlighted|assured|pointed\s+out)\b|[“\"]"))


# What a participant's continued remarks have and the publisher's closing note lacks: a stance, a wish, a future
_A_STANCE = gated(re.compile(r"\b(?:will|would|shall|should|must|can|could|may|might|need|needs|willing|ready|hopes?|hoped|"
                             r"opposes|rejects|condemns|pursues|upholds|adheres|always|never|firmly|consistently|"
                             r"looks?\s+forward|intends?|plans?|wants?|wish(?:es)?|calls?\s+(?:on|for)|urges?|welcomes?|"
                             r"supports?|commitment|committed|determined|resolved)\b", re.I))


def _announces_another_encounter(sent: Sentence, below: list[Participant], people: list[Participant]) -> bool:
    """Whether a sentence below the lead tells a further encounter with an official it names for the first time
    ("... also received a phone call from President Emmanuel Macron of the French Republic", "On the same day, X
    spoke by phone with President of Azerbaijan Ilham Aliyev"): an announcement, as the lead is."""
    named = [p for p in below if sent.span.start <= p.span.start < sent.span.end]
    if not named:
        return False
    first = min(named, key=lambda p: p.span.start)
    title = first.title_span if first.title_span is not None and sent.span.contains(first.title_span) else first.span
    official = (min(title.start, first.span.start) - sent.span.start, first.span.end - sent.span.start)  # a title after
    # the name is an apposition the verb may follow ("X, Chief of the Royal Court, also sent ...")
    counterparts = (name for p in people if p is not first for name in (p.name, *p.aliases))
    return (opening := opens_another_encounter(sent.text, official, counterparts)) is not None \
        and not _ABOUT.match(sent.text, opening) and not SPEECH_IN_IT.search(sent.text) \
        and not _AN_ACT_AFTER.search(sent.text, max(p.span.end for p in named) - sent.span.start) \
        and classify(sent.text, strong_only=True) is not None


# What the sentence goes on to tell after the official it names: "... and thanked him for ...", "..., whom he urged
# to ...", "..., conveying Indonesia's concern", "... and both agreed to ...": an act of theirs, not only an encounter
_AN_ACT_AFTER = re.compile(r"\b(?:and|who|whom|which|where|during\s+which)\s+(?:[\w-]+\s+){0,3}?[a-z]+(?:ed|ght)\b"
                           r"|,\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b")


_ABOUT = re.compile(r"\s+(?:about|of|on(?!\s+the\s+(?:tele)?phone\b)|at)\b")  # "X spoke about the measures ...": a speech,
# not a call ("Wang Yi also spoke on the phone with ...": Xinhua, CGTN, China's MFA)


def _a_closing_note(doc: Document, index: int, narrated: dict[int, bool]) -> bool:
    """A readout's last paragraph of one sentence that tells a fact in the publisher's voice: "Montenegro is expected
    to close all negotiating chapters by the end of 2026." (Croatia, of a state that took no part), "The United States is
    hosting the Summit of the Americas for the first time since ... 1994." (State), "S. Peace Corps Volunteers, active
    in Thailand since 1962, focus on ..." Set apart from the report, with no one of its own to say it, no stance and
    no speech: nobody's words, not the last speaker's. A closing paragraph that goes on with a speaker's positions
    ("China is willing to ...", "We look forward to ...", "China firmly opposes ...") has its stance, its first person
    or a participant's state as its subject, which the contract gives to its speaker."""
    sent = doc.sentences[index]
    if any(not doc.sentences[k].credit for k in range(index + 1, len(doc.sentences))) or index == doc.lead or index == 0:
        return False
    if doc.sentences[index - 1].paragraph == sent.paragraph or doc.sentences[index - 1].credit:
        return False
    if (first := next(iter(actors().find(sent.text, 0, 60)), None)) is not None and first.span.start == 0 \
            and any(p.country == first.code for p in doc.participants):
        return False  # "China firmly opposes ...", "Spain is ...": a participant's state as the subject is its speaker's
    return not _SPOKEN.search(sent.text) and not _A_STANCE.search(sent.text) and not _PEOPLE.search(sent.text) \
        and not any(names_in(sent.text, (p.name, *p.aliases)) for p in doc.participants) \
        and _narrated(doc, sent.paragraph, narrated)


_OPENING_MARKS = frozenset("“\"‘'")
_CLOSING_MARKS = frozenset("”\"’'")


def _closing_lines(doc: Document) -> int:
    """Where the text's closing lines begin (`len(doc.sentences)` when it has none): lines of their own below the last
    sentence, none of which ends a sentence, a publisher's credit or note ("Non official translation", "Communication
    Group of the Office of the President of the Republic of Lithuania", "# # #": State, White House, European
    governments), or the signatures under a joint statement or a letter ("X / Minister of Foreign Affairs of the Republic
    of Estonia / Y / ...", "X, / President of the Republic of ...": the Baltic ministries, Korea's, Japan's and State's
    trilateral statements, Central Asian presidencies), whatever credit list they are missing from. Not a letter's
    "Sincerely,", nor "... between the two friendly countries. --ONA", a sentence the agency's credit closes."""
    start = len(doc.sentences)
    while start > 1 and _a_closing_lines_words(doc.sentences[start - 1].text):
        start -= 1
    while start < len(doc.sentences) and doc.sentences[start - 1].paragraph == doc.sentences[start].paragraph:
        start += 1  # the block begins a paragraph of its own: not the tail of the sentence above it
    return start


def _a_closing_lines_words(text: str) -> bool:
    """Whether a line reads as a name, an office or a note, not a clause: short, ending no sentence (a signature's name
    may end in a comma), its words capitalised but for function words and an office's nouns ("... of the Office of the
    President ...", "Press office - General Secretariat of the Council"), or three words at most; not "The leaders agreed
    to continue contacts", "Thank you"."""
    text = text.strip()
    if not text or len(text) >= 120 or _A_SENTENCE_ENDS_INSIDE.search(text):
        return False  # two sentences; not an initial's point ("Antony J. Blinken, Secretary of State")
    words = text.split()
    if text[-1] in _A_SENTENCES_END and not (text[-1] == "," and len(words) >= 2 and _A_NAME_AND_A_COMMA.fullmatch(text)):
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() or w in _LOWER_IN_A_CREDIT for w in words) \
        or len(words) <= 3 and not _THANKS.match(text) and not find_cue(text, Cast(()))


_A_SENTENCE_ENDS_INSIDE = re.compile(r"[a-z\d)]{2}[.!?]\s")
_A_NAME_AND_A_COMMA = re.compile(r"[A-Z][\w.’'\-]*(?:\s+(?:[A-Z][\w.’'\-]*|bin|al|de|van|von|der|da)){1,5},")


_LOWER_IN_A_CREDIT = frozenset("of the and for to in on at de du des la le di del da do dos das y e et und "
                                "office service secretariat unit department directorate division official translation".split())
_THANKS = re.compile(r"\W*(?:thank|thanks|merci|gracias|obrigad)", re.I)


_A_SENTENCES_END = frozenset('.!?"”’\'),;:…')


# People who act: "the foreign leaders extended their greetings", "Administration officials closed the meeting by ...",
# "The three NSAs decided to ...": an act of theirs, not a fact the publisher adds
_PEOPLE = re.compile(r"\b(?:[Ll]eaders?|[Oo]fficials?|[Ss]ides|[Mm]inisters|[Dd]elegations?|[Pp]articipants|[Cc]ounterparts?|"
                     r"[Pp]residents|[Ss]ecretaries|[Rr]epresentatives|NSAs|[Bb]oth|[Tt]hey|[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Tt]heir|"
                     r"President|Minister|Secretary|Ambassador|Chancellor|Premier|King|Emir|Amir)\b")  # or an office


def _narrated(doc: Document, paragraph: int, narrated: dict[int, bool]) -> bool:
    """Whether a paragraph is told in the third person (no "I", "we", "our" outside quotations): a readout's,
    not someone's speech, whose figures and history are the speaker's own."""
    if paragraph not in narrated:
        told = " ".join(sent.text for sent in doc.sentences if sent.paragraph == paragraph)  # a quotation may run over
        # several of its sentences: '"... human rights. Our relationship is stronger than ever," said Minister X.'
        narrated[paragraph] = not IN_THE_FIRST_PERSON.search(_QUOTED.sub("", told))
    return narrated[paragraph]


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# Someone's report of what followed "that": "Ambassador X, the Official Spokesperson, stated that ..." (Egypt, Gulf agencies)
_RELAYED = re.compile(r"(?:In\s+(?:a|its|the)\s+(?:[a-z]+\s+)?(?:statement|readout|press\s+(?:release|briefing|conference)|briefing)"
                      r"[^,]{0,40},\s+"  # "In a statement, the PMO said", "In a press briefing, Palace Press Officer X said"
                      r"|(?:Later|Meanwhile|Separately)(?:\s+(?:on|in)\s+\w+|\s+today)?,\s+"  # "Later, the Russian Foreign
                      # Ministry reported that the two ministers had agreed ..." (TASS, wires); "Earlier, Kazinform reported that
                      # ...": the agency's earlier story, background
                      r"|(?:A|The)\s+(?:[a-z]+\s+)?statement\s+(?:from|by|issued\s+by|released\s+by)\s+)?"  # "A statement from
                      # the Prime Minister's Media Office said that X renewed ..." (INA, NAN, Gulf agencies): its body tells
                      r"(?P<who>(?:the\s+)?[A-Z][^,;:“\"]{1,60}?(?:,[^,;:“\"]{2,100},)?)\s+(?:also\s+|further\s+)?(?:stated|said|added|noted|explained|pointed\s+out|concluded|"
                      r"indicated|confirmed|announced|reported|told\s+(?:reporters|journalists|the\s+media|the\s+press|"
                      r"(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2}))"
                      r"(?:\s+(?:after|following|at|during)\s+the\s+(?:meeting|talks|call|visit|audience)"
                      r"|\s+in\s+" + _IN_A_STATEMENT + r")?\s+(?:that\s+)?")  # "told
# the Global Times that", "told reporters after the meeting that" (ANTARA, PNA)
# A body that tells of its official's encounter: "the Prime Minister's Office", "the ministry", "the PMO" (agencies)
_A_TELLING_BODY = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w’'\-]*\s+){0,4}(?:[Mm]inistry|[Oo]ffice|PMO|MOFA|[Pp]residency|[Pp]ress\s+[Ss]ervice|"
                             r"[Ss]ecretariat|[Dd]epartment|[Gg]overnment|[Pp]alace|[Ss]tatement|[Rr]eadout)"
                             r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})?"  # "The Ministry of External Affairs"
                             r"(?:\s+\([A-Z]{2,6}\))?")  # "the Prime Minister's Office (PMO)"
_AS_FOLLOWS = gated(re.compile(r"\bas follows[.:]?$|^.{0,60}:$"))  # "A Downing Street spokesman said:"
_MODAL = re.compile(r"\s*(?:also\s+|further\s+|both\s+|jointly\s+|all\s+)?(?:should|must|need|needs|ought|could|shall)\b", re.I)
_WE = re.compile(r"We\b(?=\s+(?:also\s+|further\s+|jointly\s+|[a-z]+ly\s+)?[a-z])")
_FIRST_PERSON = re.compile(r"(?:I|We)\b(?=\s+[a-z])")
# A first-person post's sentences without their "I" ("Thanked him for ...", "Grateful for ...", "Looking forward to
# ...": Ukraine's presidency, India, the EU's presidents on social media, State): the author's
_SUBJECTLESS = re.compile(r"(?:Discussed|Informed|Thanked|Congratulated|Spoke|Met|Agreed|Expressed|Emphasi[sz]ed|Noted|"
                          r"Invited|Reaffirmed|Briefed|Raised|Shared|Stressed|Conveyed|Exchanged|Reviewed|Talked|"
                          r"Grateful|Look(?:ing)?\s+forward|Appreciate)\b(?=\s+[a-z])")
_PRONOUN = re.compile(r"(?:[Hh]e|[Ss]he)\b(?=\s+[a-z])")  # lower case after an opening phrase: "During the talks, he noted"
_SIDE = re.compile(r"(?:the\s+)?(?P<who>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)\s+side\b", re.I)
_INTRO = re.compile(
    r"(?:On|In|Regarding|Concerning|As|Finally|Furthermore|Moreover|Also|Additionally|Separately|Building|"
    r"Against|During|At|After|Before|Following|Meanwhile|However|Further|Turning|With|Speaking|Noting|"
    r"Referring|Touching|For|Given|Under|Within|Amid|Besides|Likewise|Similarly|Lastly|First|Second|Third|"
    r"Together|Today|Yesterday|Earlier|Later|Then|Last|This|Recognizing|Recognising|Acknowledging|To|"
    r"Welcoming|Reaffirming|Underscoring|Highlighting|Apart|Aside|Beyond|More|Overall|Notably|Specifically|"
    r"Importantly|Prior|Ahead|Upon|Once|While|When|"
    # a past participle's phrase: "Based on the outcome of the meeting ..., the parties reaffirmed ..." (Kremlin, State,
    # Ukraine's presidency, White House), "Guided by ...", "Mindful of ..."
    r"Based|Guided|Encouraged|Inspired|Driven|Mindful|Convinced|Pursuant)\b"  # "Prior to the talks, X laid a wreath",
    # "Ahead of the meeting, ..." (Xinhua, Montsame)
)
_WHEN_IN_THE_MEETING = re.compile(r"(?:At|In|During|Following|After|Towards?) the (?:start|beginning|outset|onset|end|course|"
                                  r"conclusion|opening) of (?:the|their|this) \w+,?\s+(?=[A-Z])")
_PARTICIPLE = re.compile(r"(?:Having|[A-Z][a-z]{2,}ing)\b(?!\s+(?:is|was|are|were|has|will)\b)")  # "Recalling that ..., the PM"
_PARTICLE = r"(?:al|el|bin|ibn|abu)-[A-Z][\w.’'\-]*|von|van|der|den|de|da|dos|del|la|las|los|bin"  # "von der Leyen",
# "el-Sisi", "Secretary de la Fuente"; a subject's words, an abbreviated title of two offices among them ("HR/VP Borrell
# and Minister X also discussed": the EEAS)
_SUBJECT_RUN = re.compile(r"(?:[" + CAPITALS + r"][\w.’'\-]*(?:/[A-Z][\w.\-]*)?|(?:" + _PARTICLE + r"|and|of|the|for|his|her|their|counterparts?)\b|[,()“”\"]|\s)+")
_AUTHOR_IN_SUBJECT = re.compile(r"(?P<and>\band\s+I)\s*$|,\s*(?:I|[Ww]e)\s*$")
_AND_AN_OFFICE = re.compile(r"\band\s+the\s+(?:[A-Z][\w\-]*\s+){0,3}(?:Minister|Secretary|President|Premier|Chancellor)\b")
# ... or several, in the plural: "The Deputy Secretary and Vice Foreign Ministers also spoke about ...", "The Secretary and
# the ASEAN foreign ministers pledged ..." (State): the others, whatever their number
_AND_THE_OFFICES = re.compile(r"\band\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,3}(?:[Ff]oreign\s+)?(?:[Mm]inisters|Secretaries|[Pp]residents"
                              r"|Premiers|Chancellors|[Cc]ounterparts)\b")
_PASSIVE_AGENT = re.compile(r"\s*(?:was|were)\s+(?:\w+ly\s+)?(?:briefed|informed|updated|told|thanked|congratulated|"
                            r"invited|received|welcomed)\b[^.;]{0,80}?\bby\s+(?P<agent>(?:the\s+)?[A-Z][^,.;]{2,60})")
# "X (also) held consultations with his Qatari counterpart over ...", "discussed with the United States
# delegation", "X reviewed with his Brazilian counterpart the progress" (Tasnim, Paraguay, Itamaraty): what they did
# with the other side is both's, as "They discussed ..." is; so is a second encounter of the release ("Earlier today, X
# also met with the President of the African Development Bank, Y", "X also spoke by phone several times with Y":
# Rwanda, Kremlin, Ukraine's presidency, White House), not what one said of others ("X talked about his contacts with")
_WITH_THE_OTHER = re.compile(r"\s*(?:also\s+|further\s+|then\s+|separately\s+)?(?:(?:held|had|discussed|exchanged|conferred"
                             r"|reviewed|examined|analy[sz]ed)\b[^.;,]{0,60}?"
                             r"|(?:met|spoke|talked)(?:\s+(?:by\s+(?:tele)?phone|over\s+the\s+phone|separately|again|briefly|"
                             r"today|yesterday|this\s+\w+|several\s+times|[a-z]+ly))*+\s+)"  # possessive: "briefly" is also
                             # "[a-z]+ly", and a run of them would be tried every way
                             r"\bwith\s+(?P<other>(?:his|her|their|the)\s+[^,.;]{2,60}|[A-Z][^,.;]{2,60})")
# ... unless the meeting was the subject's means to an end of their own: "Mr. Sullivan met with President Abbas to
# reaffirm the U.S. commitment ..." (White House, State)
_ONES_PURPOSE = re.compile(r"\bto\s+(?:highlight|reaffirm|underscore|express|convey|reiterate|emphasi[sz]e|stress|thank|urge|"
                           r"press|deliver|offer|announce|brief|raise|encourage|demonstrate|show)\b")
# a subject that is a person's name alone, which `leaders.tsv` knows and the cast does not, in the
# present perfect of background: an official a news report mentions for context ("Moon has invited
# North Korea to join the forum."), where an act of the talks is told in the simple past
_NAMED_SUBJECT = re.compile(r"(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})\s*$")
_A_CAREER = re.compile(r"\s+(?:(?:previously|formerly|once)\s+(?:served|held|worked|headed|led|was)\b"  # a participant's career
                       r"|has\s+(?:led|headed|chaired|served\s+as)\b[^.;]{0,80}\bsince\s+(?:" + MONTH_NAMES + r"\s+)?(?:19|20)\d\d\b)")
# ... and how long they have held office: "Director General Grossi has led the Agency since December 2019" (IAEA, Kyodo,
# Yonhap, wires)
_BACKGROUND_VERB = re.compile(r"(?:has|have)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|un|ught)\b")
# The guest named as such, as the subject: "The visiting minister thanked ...", "The guest said ...", "The visitor
# conveyed ..." (BSS, Bernama, PNA, AKP, the Kenyan and Nigerian State Houses)
_GUEST = re.compile(r"(?:[Tt]he|[Oo]ur|[Hh]is|[Hh]er)\s+(?:distinguished\s+)?(?:visiting\s+(?:[A-Z][\w\-]*\s+){0,2}(?:[a-z]+\s+)?[\w\-]+"
                    r"|(?:[A-Z][\w\-]*\s+)?(?:guest|visitor))"  # "The Kenyan guest informed his host" (Czechia, Slovakia)
                    r"(?=(?:,\s+(?:in\s+turn|for\s+(?:his|her)\s+part|on\s+(?:his|her)\s+part),)?"  # "The guest, in turn, expressed"
                    r"\s+(?:also\s+|[a-z]+ly\s+)?(?:[a-z]+(?:ed|ght)|said)\b)")
# and the host so: "The host welcomed ...", "His host recalled ..." (VNA, Xinhua, Bernama)
_HOST = re.compile(r"(?:[Tt]he|[Oo]ur|[Hh]is|[Hh]er)\s+(?:[A-Z][\w\-]*\s+)?host(?=(?:,\s+(?:in\s+turn|for\s+(?:his|her)\s+part|on\s+(?:his|her)\s+part),)?"
                   r"\s+(?:also\s+|[a-z]+ly\s+)?(?:[a-z]+(?:ed|ght)|said)\b)")
# One side and the other in words for the other side, as the subject: "Mr. Sullivan and his counterparts discussed",
# "The Head of State and his guest discussed", "the Foreign Secretary and the Canadian minister reviewed", "He and
# his counterpart agreed" (White House, State, Senegal, Mexico, agencies)
_WITH_THE_OTHER_AS_SUBJECT = re.compile(
    # "The Secretary and the two Foreign Ministers condemned", "The Secretary-General and the Ambassadors discussed"
    r"(?:(?:[Tt]he\s+)?[A-Z][\w.’'\-]*\s+(?:(?:of\s+)?[A-Z][\w.’'\-]*\s+){0,5}?|He\s+|She\s+)and\s+(?:his|her|their|the)\s+"
    r"(?:(?:two|three|four|other)\s+)?(?:[A-Z][\w\-]*\s+){0,2}"
    r"(?:[a-z]+\s+)?(?i:counterparts?|guests?|hosts?|interlocutors?|visitors?|ministers?|presidents?|premiers?|chancellors?|"
    r"leaders?|secretar(?:y|ies)|ambassadors?|representatives?|envoys?)\s+(?:also\s+|[a-z]+ly\s+)?"
    r"[a-z]+(?:ed|ght)\b")
# The meeting's group as the subject of what it did: "The group discussed progress ..." (White House, State), both sides
# when its officials are of several states (`_cue_at`)
_A_GROUP = re.compile(r"[Tt]he\s+group\b" + _DID)
# A group that speaks or acts as one: the visiting delegation, its lawmakers, the ambassadors received (Ukraine's
# presidency, White House, State, Gulf agencies, Kremlin); not "the delegations", both sides
_GROUP = (r"(?:(?P<delegation>delegation|delegates|senators|congressmen|congresswomen|lawmakers|legislators|parliamentarians|"
          r"MPs|MEPs|members\s+of\s+(?:the\s+)?(?:delegation|Congress|Parliament)|guests|visitors)|ambassadors|diplomats|envoys)")
_GROUP_SUBJECT = re.compile(r"[Tt]he\s+(?!(?:two|both|three|four|all|top|chief)\b)(?:(?P<who>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})\s+)?"
                            r"(?:[a-z\-]+\s+)?" + _GROUP  # not "The two diplomats", "The top diplomats": both
                            + r"(?=\s+(?:also\s+|[a-z]+ly\s+)?(?!(?:included|consisted|comprised|led|headed|co-led)\b)"
                              r"[a-z]+ed\b)")  # what they did, not who they were ("The delegation included ...")
_AND_THE_GROUP = re.compile(r"and\s+(?:the|his|her|their)\s+(?:(?P<who>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})\s+)?"
                            r"(?:[a-z\-]+\s+)?" + _GROUP + r"\b(?=\s+(?:also\s+)?[a-z]+ed\b)")
# "The Mongolian side and the Uzbek side agreed ..." (Montsame, UzA, Xinhua): each side named, both act
_TWO_SIDES = re.compile(r"(?:[Tt]he\s+)?(?P<one>[A-Z][\w.\-]*)\s+side\s+and\s+(?:the\s+)?(?P<other>[A-Z][\w.\-]*)\s+side\b")
_SIDE_PASSIVE = re.compile(r"\s+(?:was|were|is|has\s+been)\s+(?:also\s+)?(?:" + LED_BY + r"|composed)\b")
_OTHER_SIDE = re.compile(r"\b(?:counterparts?|delegation|side|interlocutors?)\b")
_SECOND_ACTOR = re.compile(r"(?:,|;)\s+(?:and|while|whereas|to\s+which|which)\s+")  # "..., to which Ruto responded that" (Yonhap),
# "... the virtual meeting he will host tomorrow, which Prime Minister Carney agreed to join" (No. 10)
_THE_LATTER = re.compile(r"(?:,|;)\s+(?:and|while|whereas)\s+the\s+latter\s+(?:also\s+)?[a-z]+ed\b")  # "X welcomed the
# Ukrainian President, while the latter expressed his pleasure ..." (SPA, Gulf agencies): the other one's act
_THEN_BOTH = re.compile(r"\band\s+(?:they|both(?:\s+(?i:leaders|sides|ministers|presidents))?|the\s+(?:two\s+)?"
                        r"(?i:leaders|sides|(?:foreign\s+|prime\s+)?ministers|presidents|counterparts|parties|two))\s+"
                        r"(?:also\s+)?[a-z]+(?:ed|ght)\b")  # starts on a word: linear in runs of spaces; "the two Ministers
# agreed", as formal readouts capitalise them (Japan's, Korea's, Canada's, West African ministries)
# An invitation and its acceptance in one sentence: "PM Chinh invited PM Kishida to visit Vietnam, and the Japanese leader
# accepted the invitation", "... invited Nikol Pashinyan to pay an official visit, which he accepted with gratitude", "...,
# and the invitation was accepted" (Kremlin, White House, VNA, MEA, PIB, Pakistan's MOFA): each side's act, whoever the
# acceptor is called
_INVITATION_ACCEPTED = re.compile(r"\binvit(?:ed|ation)\b[^.;]*?(?:,\s+(?:an\s+invitation\s+)?which\s+(?:[\w.'’-]+\s+){1,3}"
                                  r"|\band\s+(?:[\w.'’-]+\s+){1,4}"
                                  r"|\band\s+the\s+invitation\s+was\s+(?:[a-z]+ly\s+)?)accepted\b")
_FUNCTION_WORDS = frozenset("The He She It We They An As At In On Do No So To Us Be By Or Of Up If Me My Go".split())
_LESSER = ("Vice ", "Deputy ", "Assistant ", "Under ", "Acting ", "First Vice ")


@dataclass(frozen=True, slots=True)
class Cue:
    """Who a sentence's subject designates, and how sure that is."""

    speaker: str | None  # participant name, BOTH, or None for narration
    strength: str  # "strong" | "weak"
    span: tuple[int, int]  # offsets in the sentence
    modal: bool = False  # the subject is followed by should/must/need to
    once: bool = False  # the speaker of this sentence only: the next without a cue goes on as narration
    subject: str | None = None  # the participant the subject names when the act is both's ("X also met with Y"): "He" next


@dataclass(frozen=True, slots=True)
class Cast:
    """The participants as the cue finder needs them: names, roles and countries."""

    people: tuple[Participant, ...]
    publisher: str | None = None  # the code of the state whose release it is: its "the President" is its own
    author: str | None = None  # the participant who writes in the first person: "I", and "we" as in a transcript
    joint_voice: bool = False  # the title calls the text a joint statement: its "we" are all its parties
    delegation_heads: tuple[str, ...] = ()  # who lead the delegations the text names ("X led the U.S. delegation")
    year: int | None = None  # of the release: an act "in 2022" told in a release of 2025 is the narrator's history
    venue: str | None = None  # the state the encounter took place in: its official is the host
    tellers: frozenset[str] = frozenset()  # surnames of the spokespersons and press officers the text names
    _aliases: tuple[tuple[str, ...], ...] = ()  # one per participant, function words aside
    # the participants a subject's words name, by those words: a readout names its officials in the same few words
    # again ("The President", "The two leaders"), and the lookup was a third of finding the cues
    _named: dict[str, tuple[Participant, ...]] = field(default_factory=dict, compare=False, hash=False)
    _offices: tuple[str | None, ...] = ()  # one per participant: the title, a counterpart's the other's
    # the participants named by an office that begins another's longer one ("President", "President of the European
    # Commission"): `_office_inside_anothers` has something to look at only for them, found once for the document
    _short_offices: tuple[Participant, ...] = ()

    def __post_init__(self) -> None:
        # a surname that is a function word counts after the office only: "Vice Premier He expressed ..." of He Lifeng
        # (readouts of U.S.-China economic talks), not "He expressed ..."
        aliases = (tuple(a if a not in _FUNCTION_WORDS else f"{p.title.split()[-1]} {a}" for a in p.aliases
                         if a not in _FUNCTION_WORDS or p.title and a in p.name.split()) for p in self.people)
        object.__setattr__(self, "_aliases", tuple(aliases))
        # "Prime Minister X held talks with his Lao counterpart Y ... The Lao PM affirmed" (VNA, Xinhua, wires): a
        # counterpart holds the office of the one whose counterpart they are, the titled official named just before
        object.__setattr__(self, "_offices", tuple(self._counterparts_office(p) if p.title and p.title.endswith("counterpart")
                                                   else p.title for p in self.people))
        object.__setattr__(self, "_short_offices", tuple(
            p for p in self.people if p.title and p.title in p.aliases and any(
                q is not p and q.title and q.title != p.title and q.title.startswith(p.title) for q in self.people)))

    def _counterparts_office(self, counterpart: Participant) -> str | None:
        before = [p for p in self.people if p.title and not p.title.endswith("counterpart")
                  and p.span.start < counterpart.span.start]
        return max(before, key=lambda p: p.span.start).title if before else None

    def by_alias(self, text: str) -> list[Participant]:
        found = [p for p, aliases in zip(self.people, self._aliases) if p.name in text or names_in(text, aliases)]
        if self._short_offices and any(p in self._short_offices for p in found):
            found = [p for p in found if not self._office_inside_anothers(text, p)]
        if len(found) > 1 and any(p.name in text for p in found):
            # another's name inside a longer full one: "Mohammed bin Salman bin Abdulaziz Al Saud" holds the
            # King's "Salman bin Abdulaziz Al Saud", "Mikhail Murashko" and "Mikhail Mishustin" share "Mikhail"
            masked, named = text, set()
            for p in sorted(found, key=lambda p: -len(p.name)):
                if p.name in masked:
                    named.add(p.name)
                    masked = masked.replace(p.name, " " * len(p.name))
            found = [p for p, aliases in zip(self.people, self._aliases) if p in found
                     and (p.name in named or names_in(masked, aliases))]
        if len(found) > 1:  # "President Sall thanked France": the office before a name is that person's,
            # not the official the lead names by office alone ("The President of the Republic spoke with ..."), nor the
            # one whose office became an alias when the text named him ("President Samia" is not President Ruto's)
            found = [p for p in found if not self._office_of_another(text, p)]
        if len(found) > 1 and not any(p.name in text for p in found):
            found = self._of_a_shared_name(text, found)
        return found

    def _of_a_shared_name(self, text: str, found: list[Participant]) -> list[Participant]:
        """ "Vice Minister Kim noted ..." where Kim Jina and Ambassador Kim Dong-jin took part: a word their names share
        is the one's whose office stands before it, or whose other name stands beside it; both when nothing tells
        (Korea, Cambodia's Hun Manet and Hun Sen, Sri Lanka's Rajapaksas)."""
        shared = set.intersection(*(set(aliases) for p, aliases in zip(self.people, self._aliases) if p in found))
        at = min((span for word in shared for span in name_spans(text, word)), default=None)  # the first in the text
        if at is None:
            return found  # named by different words: two people
        beside = set(re.findall(r"[A-Z][\w'’\-]*", text[max(0, at[0] - 20):at[0]])[-1:]) | \
            set(re.findall(r"^\s+([A-Z][\w'’\-]*)", text[at[1]:at[1] + 20]))
        if len(own := [p for p in found if beside & (set(p.name.split()) - shared)]) == 1:
            return own  # "Hun Sen recalled" beside "Hun Manet"
        office = text[:at[0]].rstrip()
        if len(fit := [p for p in found if p.title and office.endswith(tuple(_parts(p.title)))]) == 1:
            return fit
        if len(fit := [p for p in found if p.title and office and office_word(p.title) == office.split()[-1]]) == 1:
            return fit  # "Vice Minister Kim" of the "Second Vice Minister of Foreign Affairs", not the Ambassador
        return found

    def by_holder(self, name: str) -> list[Participant]:
        """The participant named by office alone ("Head of State", KAZ) whose office a name the leaders dictionary
        knows holds: the lead's "The Head of State held talks" is the "Kassym-Jomart Tokayev" of a later sentence."""
        offices = [p for p in self.people if p.name == p.title and p.country]
        if not offices or not (code := leader_country(name)):
            return []
        return [p for p in offices if p.country == code][:1] if len({p.country for p in offices}) == len(offices) else []

    def holds_office(self, name: str) -> bool:
        """Whether a name the leaders dictionary knows is the holder of an office a participant is
        named by alone ("The Head of State", UKR, and "..., Volodymyr Zelenskyy said")."""
        offices = {p.country for p in self.people if p.name == p.title and p.country}
        return bool(offices) and leader_country(name) in offices

    def _office_inside_anothers(self, text: str, office: Participant) -> bool:
        """Whether `office` is in `text` only by its office, which the text writes only as the start of another's longer
        one: "The President of the European Commission also noted ..." where the President named by office in the lead
        ("The President made this statement ...", then named) took part beside her (Ukraine's presidency)."""
        if not office.title or office.title not in office.aliases or office.name != office.title and office.name in text \
                or names_in(text, tuple(a for a in office.aliases if a != office.title)):
            return False
        longer = sorted((p.title for p in self.people if p is not office and p.title and p.title != office.title
                         and p.title.startswith(office.title)), key=len, reverse=True)
        for title in longer:
            text = text.replace(title, " " * len(title))
        return bool(longer) and not names_in(text, (office.title,))

    def _office_of_another(self, text: str, office: Participant) -> bool:
        """Whether `office` is in `text` only by its office's word, and that word stands before another's name."""
        if not office.title or office.title not in office.aliases and office.name != office.title:
            return False
        own = [a for a in office.aliases if a != office.title and a not in _FUNCTION_WORDS]
        if office.name != office.title and (office.name in text or names_in(text, tuple(own))):
            return False  # named by a name of theirs too
        others = [a for p, aliases in zip(self.people, self._aliases) if p is not office for a in aliases]
        return bool(others) and re.search(rf"\b{re.escape(office.title)}\s+(?:{'|'.join(map(re.escape, others))})\b",
                                          text) is not None

    def by_role(self, text: str) -> list[Participant]:
        """ "The President" -> the participant titled President (the publisher's own, else the first,
        when two share it: Ukraine's "the President" in a Zelenskyy-Biden call is Zelenskyy); "the
        President of the European Council" -> the one of that body; "the Foreign Minister" matches
        "State Councilor and Foreign Minister"."""
        found: list[Participant] = self.by_generic_office(text)
        covered = [m.span() for m in _AN_OFFICE_IN_GENERAL_WORDS.finditer(text)] if found else []  # words already read as an office
        # "The President", or a bare title opening the subject ("Prime Minister conveyed ...", MEA) or
        # joined to another ("The Secretary and Foreign Minister discussed ...")
        for m in _ROLE.finditer(text):  # with the name, if one follows: "President el-Sisi"
            if any(s <= m.start(1) < e for s, e in covered):
                continue  # "The Head of State": not the "Head of the Office"; "the President" inside "the
                # Head of the Office of the President" is a word of that office, not the President
            role = m.group(1).strip()
            if text.startswith(("'s ", "’s "), m.start(1) + len(role)):
                continue  # "The Head of the President's Office noted ...": what the office owns, not its holder
            core = _without_a_state(role)  # "The Myanmar Deputy Prime Minister briefed ..." (Thailand's MFA): the office
            # after its state's name, which qualifies it below
            exact = [p for p, title in zip(self.people, self._offices) if title and (
                title == core or core in _parts(title)
                or title.startswith(("First ", "Senior ")) and title.split(" ", 1)[1] == core)]  # "the Vice Foreign
            # Minister" of the "First Vice Foreign Minister" (State, Korea's MOFA, Japan's MOFA): the same office
            if whole := [p for p in self.people if p.title and p.title.startswith(role + " of ")
                         and text.startswith(p.title, m.start(1))]:
                exact = whole  # '"...," said the President of the Bundestag.' beside the lead's President: the office
                # written out in full is that participant's (a delegation's head: Ukraine's presidency, Kremlin, Yonhap)
            head = [p for p, title in zip(self.people, self._offices) if title and office_word(title) == office_word(role)
                    and not title.startswith(_LESSER) and not role.startswith(_LESSER)
                    and (not _a_top_office(role) or _a_top_office(title))]  # "the Prime Minister" is no
            # "Minister of the Interior"
            pick = exact or head or ([p for p in self.people if p.title and office_word(p.title) == "Minister"
                                      and p.title.startswith("Prime")] if role == "Premier" else [])
            # "the Premier said" of a Prime Minister (ENA, Australia, Canada's provinces, wires)
            if len(pick) > 1 and (named := [p for p, aliases in zip(self.people, self._aliases)
                                            if p in pick and names_in(role, aliases)]):
                pick = named  # "President Sall thanked France" beside "the President of the Republic"
            if of_a_state := _OF_A_BODY.match(text, m.end(1) - (text[m.end(1) - 1:m.end(1)] == " ")):
                qualified = role + of_a_state.group()  # "the President of Russia"; "The Minister for Foreign Affairs of
                # Indonesia invited the Deputy Prime Minister ..." (Thailand's MFA, Japan's MOFA); not a state the
                # sentence goes on to name ("The President of France noted that Mongolia ...": Montsame)
            elif text.startswith(" of ", m.end(1) - 1) or text.startswith("of ", m.end(1)):
                qualified = role + text[m.end(1):m.end(1) + 40]  # "of the Russian Federation": the words after
            else:
                qualified = role
            states = {x.code for x in actors().find(qualified)} if pick or _A_STATES_TOP_OFFICE.fullmatch(role) else set()  # a state or a body (EU, NATO)
            if states and not any(p.country in states for p in pick):
                # "The President of Russia", "The Russian President": the state's participant, who
                # may be named without a title ("Vladimir Putin had a conversation with ...") or
                # under another ("The Kazakh President" is the "Head of State" of the lead, "The
                # Italian Prime Minister" the "President of the Council of Ministers")
                own = [p for p in self.people if p.country in states]
                ranked = [p for p in own if p.title and _same_rank(role, p.title)]
                if len(ranked) > 1 and _a_top_office(role):  # "The Italian Prime Minister": the President of the
                    # Council of Ministers, not the Minister of the Interior who came with her
                    ranked = [p for p in ranked if _a_top_office(p.title or "")] or ranked
                pick = [p for p in own if p.title is None] or (ranked if len(ranked) == 1 else []) \
                    or [p for p in pick if p.country is None]  # "the President of Russia" is no Chinese president
            elif len({p.country for p in pick}) > 1:  # "the Saudi Foreign Minister": the role's country decides
                pick = [p for p in pick if p.country in states] or self._publishers(pick) or pick
            if not pick and core != role and (role_states := {x.code for x in actors().find(role) if actors().is_state(x.code)}) \
                    and len(same := [p for p in self.people if p.title and p.country in role_states
                                     and office_word(p.title) == office_word(core)]) == 1:
                pick = same  # "The Lao Deputy Prime Minister agreed ..." of the lead's "Deputy Prime Minister, Minister of
                # Foreign Affairs of Laos X", titled by the second office (VNA, Viet Nam's and Thailand's MFA): the one
                # minister of that state
            if not pick and role in HEADS_OF_STATE | _HEADS_OF_GOVERNMENT and role != "Minister":
                # "the President noted ..." where the lead names the publisher's own leader without a title
                # ("Vladimir Putin met with Governor ..."): the one participant with no title
                said_of = {x.code for x in actors().find(qualified)}  # "the President of Russia": of that state only
                untitled = [p for p in self.people if p.title is None and (not said_of or p.country in said_of)]
                # or the one the lead calls by the office in general words: "The Head of State received ...
                # The President noted ..." (Akorda, Uzbekistan, Ukraine's presidency)
                heads = [p for p in self.people if role == "President" and p.title and "Head of State" in p.title]
                pick = untitled if len(untitled) == 1 else heads if len(heads) == 1 else []
            if not pick and role in ("Chancellor", "Vice Chancellor", "Deputy Chancellor") and (foreign := [
                    p for p in self.people if p.title and ("Foreign" in p.title or "Exterior" in p.title or "External" in p.title)]):
                # the Spanish- and Portuguese-speaking world's "Canciller" in English: "The Chancellor thanked ..." of
                # the Minister of Foreign Affairs (Argentina, Chile, Mexico, Peru, Brazil), where no Chancellor took
                # part; of that world's minister when another state's took part too (Chile's with Germany's); its "Vice
                # Chancellor" is a vice minister; of two alike, the release's own (Bolivia's, Argentina's Cancillería)
                vice = role != "Chancellor"
                canciller = [p for p in foreign if p.country in _CANCILLER_STATES and p.title.startswith(_LESSER) == vice]
                canciller = canciller if len(canciller) < 2 else self._publishers(canciller)
                pick = foreign if len(foreign) == 1 and not vice else canciller if len(canciller) == 1 else []
            if not pick and office_word(role) == "Minister" and not role.startswith(_LESSER) and len(cancilleres := [
                    p for p in self.people if p.title == "Chancellor" and p.country in _CANCILLER_STATES]) == 1:
                pick = cancilleres  # ... and the other way: "The Chancellor Alberto van Klaveren met ... At the meeting, the
                # Minister thanked ..." (Chile, Colombia, Peru: the English of a Cancillería calls its minister both)
            if pick and pick[0] not in found:
                found.append(pick[0])
                if pick[0].title and text.startswith(pick[0].title, m.start(1)):
                    covered.append((m.start(1), m.start(1) + len(pick[0].title)))
        for m in _abbreviated_titles().finditer(text):  # "EAM thanked ...", "Lyonchhen congratulated ...": a title the
            # titles' data writes short
            if (full := abbreviations().get(m.group(1))) is None or _NAME_AFTER.match(text, m.end()):
                continue  # a short word no title ("The"), or "PM Medvedev, for his part, said": the name says who
            pick = [p for p, title in zip(self.people, self._offices)
                    if title and full and (title == m.group(1) or full in _parts(title) or title.endswith(full))]
            if len(pick) > 1 and (states := {x.code for x in actors().find(text[max(0, m.start() - 30):m.start()])
                                             if actors().is_state(x.code)}):
                pick = [p for p in pick if p.country in states]  # "The Lao PM affirmed" beside Viet Nam's (VNA, wires)
            if pick and pick[0] not in found:
                found.append(pick[0])
        return found

    def by_generic_office(self, text: str) -> list[Participant]:
        """ "The Head of State noted ...", "the Ukrainian leader", "the head of the Turkish state":
        an office said in general words names the participant of the state they qualify, or the
        one whose title is a head of state's (of government's)."""
        found: list[Participant] = []
        for m in _AN_OFFICE_IN_GENERAL_WORDS.finditer(text):
            said = re.sub(r"^[Tt]he\s+", "", m.group()).casefold()
            if len(named := [p for p in self.people if p.title and p.title.casefold() == said]) == 1:
                if named[0] not in found:  # "The Head of State" of the lead's "The Head of State held talks with ..."
                    found.append(named[0])
                continue
            if (style := m.group().split()[-1]) in _STYLES_ALONE:  # a style any official bears: the release's own, when one
                if any(" ".join(m.group().split()[-2:]) in aliases for aliases in self._aliases):
                    continue  # the style the text gave one participant alone: theirs, by alias (`_styled`)
                # took part; "His Majesty" the one monarch among them ("His Majesty thanked the UAE", WAM, Petra)
                monarchs = [p for p in self.people if p.title and office_word(p.title) in _MONARCHS] if style == "Majesty" else []
                own = monarchs if len(monarchs) == 1 else self._publishers(list(self.people))
                if style != "Excellency":  # a royal style among several of the publisher's: the first named, the lead's
                    own = own[:1]  # principal ("President His Highness Sheikh X received ...; the meeting was attended by
                    # His Highness Sheikh Y": "His Highness welcomed the minister" is X's; WAM, QNA, KUNA), not "His
                    # Excellency", which every minister of the release bears
                if len(own) == 1 and own[0] not in found:
                    found.append(own[0])
                continue
            states = {x.code for x in actors().find(m.group()) if actors().is_state(x.code)}
            heads = _HEADS_OF_GOVERNMENT if "overnment" in m.group() or "xecutive" in m.group() else HEADS_OF_STATE
            pick = [p for p in self.people if p.country in states] if states else \
                [p for p in self.people if p.title and office_word(p.title) in heads]
            if len(pick) > 1:  # "the Spanish king" where the King and the Prime Minister of Spain took part
                office = m.group().split()[-1].casefold()
                pick = [p for p in pick if p.title and office_word(p.title).casefold() == office] or pick
            if len(pick) > 1 and states and m.group().split()[-1] == "leader":  # "In the message, the Vietnamese leader
                # expressed ..." where the State President and the Prime Minister both wrote (VNA, Kremlin, Ukraine's
                # presidency): the head of state, else the first of them, the lead's
                pick = ([p for p in pick if p.title and office_word(p.title) in HEADS_OF_STATE] or pick)[:1]
            if len(pick) > 1 and not states:  # "The Head of State informed his interlocutor": of a state, the
                # publisher's own before the President of the European Commission (Ukraine's presidency)
                pick = self._publishers(pick) or [p for p in pick if p.country and actors().is_state(p.country)]
                pick = pick[:1]  # failing those, the lead's subject: a release's "Head of State" is its own
            if len(pick) == 1 and not states and "ead of" in m.group() and "overnment" not in m.group() \
                    and self.people[0].title is None and pick[0] is not self.people[0] and not self._publishers(pick):
                pick = [self.people[0]]  # "Kassym-Jomart Tokayev sent a telegram of condolences to President of Türkiye
                # Recep Tayyip Erdoğan ... The Head of State expressed his deep condolences" (Akorda, Kremlin, Ukraine's
                # presidency): the lead's subject, untitled as a publisher names its own leader, not the guest's office
            if not pick and not states and "xecutive" not in m.group() and "overnment" not in m.group():  # a head of state
                # "Kassym-Jomart Tokayev held talks with ... the Head of State emphasized" (Akorda, Kremlin, Ukraine's
                # presidency): the leader the lead names without a title, the publisher's own if several
                untitled = [p for p in self.people if p.title is None]
                pick = self._publishers(untitled) if len(untitled) > 1 else untitled
            if not pick and states and _DIPLOMACY.search(m.group()) and not any(p.country in states for p in self.people):
                # "Minister of Foreign Affairs Bogdan Aurescu had a telephone conversation with ... The head of Romanian
                # diplomacy highlighted ..." (Romania, Poland, Czechia, the Baltic MFAs): the publisher's own foreign
                # minister, whose state the text gave nowhere else, when one is
                pick = [p for p in self.people if p.country is None and p.title and _FOREIGN_OFFICE.search(p.title)]
            if len(pick) == 1 and pick[0] not in found:
                found.append(pick[0])
        return found

    def _publishers(self, people: list[Participant]) -> list[Participant]:
        """Of officials an office fits alike, the publisher's own: a release's "the President" is its own."""
        return [p for p in people if p.country == self.publisher] if self.publisher else []

    def guest(self) -> Participant | None:
        """Of two participants, the one who is not the host: not the official of the state the meeting was in (a wire
        reporting its minister's visit: Xinhua from Abuja), else not the publisher's own, else not the lead's subject
        (whom the release names first)."""
        if len(self.people) != 2:
            return None
        hosts = [p for p in self.people if p.country == self.venue] if self.venue else []
        hosts = hosts if len(hosts) == 1 else self._publishers(list(self.people))
        if len(hosts) == 1:
            return next(p for p in self.people if p is not hosts[0])
        return self.people[1] if not hosts else None

    def by_country(self, code: str) -> list[Participant]:
        return [p for p in self.people if p.country == code]

    def of_the_group(self, state: str | None, delegation: bool = True) -> Participant | None:
        """Who speaks for a group ("The U.S. delegation", "The senators"): the first participant of the state it
        names, else the one who leads a delegation; None when nobody of it is one, or the text does not say."""
        heads = [p for p in self.people if p.name in self.delegation_heads]
        if state and (code := actors().code_for(state)):
            return next(iter(self.by_country(code) or [p for p in heads if p.country is None]), None)
        return heads[0] if len(heads) == 1 and delegation else None  # "The Congressional delegation"; "The ambassadors":
        # none of a delegation


_STYLES_ALONE = frozenset({"Excellency", "Highness", "Majesty"})
_MONARCHS = frozenset({"King", "Queen", "Sultan", "Emperor", "Emir", "Amir"})
_DIPLOMACY = re.compile(r"diplomacy|diplomat|foreign minist|MFA")  # a foreign minister said in other words
_FOREIGN_OFFICE = re.compile(r"Foreign|External|Exterior")
# the states whose foreign minister is their "Canciller" ("Chanceler"): Latin America's, Spain's and Portugal's
_CANCILLER_STATES = frozenset("ARG BOL BRA CHL COL CRI CUB DOM ECU ESP GTM HND MEX NIC PAN PER PRT PRY SLV URY VEN".split())
_GENERIC_OFFICE = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[A-Z][\w\-]+\s+)?(?:[Hh]ead of (?:(?:our\s+)?[Ss]tate|[Gg]overnment|the [Ee]xecutive)"
    r"(?: of (?:the )?[A-Z][\w\-]+(?: (?:of )?[A-Z][\w\-]+){0,3})?"  # "The head of state of Kazakhstan extended ..." (Azerbaijan)
    r"|[Hh]ead of (?:the )?[A-Z][\w\-]+ (?:[Ss]tate|[Gg]overnment)"  # "the head of the Turkish state", "the head of Turkmen State"
    r"|Sovereign|Monarch"  # "The Sovereign expressed ..." (Morocco, Jordan), "The Head of the Executive assured ..." (Romania)
    r"|(?:His|Her)\s+(?:Excellency|Highness|Majesty)(?!\s+(?:Mr|Mrs|Ms|Dr|Sheikh|Sheikha|Prince|Princess|King|Queen|Sultan|Emir|Amir"
    r"|[A-Z][a-z]+\s+[A-Z]))"  # "His Excellency affirmed ...", "His Highness affirmed ..." (WAM, QNA, KUNA): the
    # publisher's own (Iraq, Gulf), not the style before a name ("His Excellency Mr. X", "His Excellency Hakan Fidan")
    r"|leader(?: of (?:the )?[A-Z][\w\-]+(?: (?:of )?[A-Z][\w\-]+){0,3})?)\b"  # "the leader of the Republic of Turkey"
    # "the Spanish king", "the Russian president", "the Lao minister": an office in lower case after its
    # state (news agencies: Xinhua, VNA, TASS); "His Greek counterpart", "the Omani top diplomat" (Italy,
    # Egypt, IRNA, Anadolu)
    r"|\b(?:[Tt]he|[Hh]is|[Hh]er)\s+[A-Z][\w\-]+\s+(?:king|queen|emir|amir|sultan|crown prince|president|premier|prime minister"
    r"|foreign minister|minister|chancellor|counterpart|top diplomat|chief diplomat|envoy|ambassador|official|monarch)\b"
    # "The Mauritanian envoy reaffirmed" (Senegal, Gulf agencies, Xinhua), "the Polish official appreciated" (Romania,
    # Moldova), "The Moroccan monarch stressed" (EFE, MAP)
    r"|\b(?:[Tt]he|[Hh]is|[Hh]er)\s+(?:top|chief)\s+[A-Z][\w.\-]+\s+diplomat\b"  # "the top Iranian diplomat" (wires, IRNA)
    # "The head of Czech diplomacy", "the head of Polish diplomacy" (Poland, Czechia, the Baltic MFAs), "The head of the
    # Uzbek foreign ministry" (UzA, Kazinform, TASS)
    r"|\b(?:[Tt]he\s+)?[Hh]ead of (?:the\s+)?[A-Z][\w\-]+\s+(?:diplomacy|[Ff]oreign\s+(?:[Mm]inistry|[Oo]ffice)|MFA)\b"
    r"(?![’']s\b|\s+(?:press|consular|department|service|office|spokes\w*|website|delegation)\b)")  # not the head of one of its
    # departments ("the head of the Uzbek foreign ministry's consular department", "... Foreign Ministry press service")
_AN_OFFICE_IN_GENERAL_WORDS = gated(_GENERIC_OFFICE)  # the same looked for anywhere in a subject, behind its literal gate
# (at the subject's start `_GENERIC_OFFICE` itself, whose match fails sooner than a look through the rest)
# An office in lower case opening the subject before its verb: "The prime minister thanked ...", "The minister
# stressed ..." (APP, Bernama, Yonhap, KUNA write offices so)
_LOWER_OFFICE = re.compile(r"[Tt]he\s+(?P<office>prime minister|foreign minister|minister|president|premier|chancellor|"
                           r"secretary|crown prince|amir|emir|king|sultan|governor|ambassador|envoy|mayor)\s+(?=(?:also\s+|[a-z]+ly\s+)?[a-z]+ed\b|said\b)")
_HEADS_OF_GOVERNMENT = frozenset({"Prime Minister", "Minister", "Premier", "Chancellor", "Taoiseach"})
_ROLE = re.compile(r"(?:\b(?:The|the)\s+|^|\band\s+)([A-Z][\w\-]*\s?(?:(?:[A-Z][\w\-]*|" + _PARTICLE + r")\s?){0,4})")


@cache
def _abbreviated_titles() -> re.Pattern[str]:
    """A short title ("EAM", "PM"), or a word of another language that `titles.yaml` gives for an office ("Lyonchhen":
    Bhutan's Prime Minister), where a subject may write it alone."""
    longer = sorted((k for k in abbreviations() if k.isalpha() and len(k) > 4), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join([*map(re.escape, longer), r"[A-Z][A-Za-z]{1,3}"]) + r")\b")


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


_TOP_OFFICE = re.compile(r"\b(?:Prime Minister|Premier|Chancellor|Taoiseach|Head of (?:State|Government)|King|Queen|Emir|Amir|"
                         r"Sultan|(?<!Vice )(?<!Vice-)President)\b")


def _without_a_state(role: str) -> str:
    """An office less the state's name or adjective before it ("Myanmar Deputy Prime Minister", "South African
    Deputy President"), when an office is left."""
    words = role.split()
    for k in (2, 1):
        if len(words) > k + 1 and actors().is_state(actors().code_for(" ".join(words[:k])) or ""):
            return " ".join(words[k:])
    return role


def _same_rank(role: str, title: str) -> bool:
    """Whether an office said one way may be a title said another: the same head word, or both a state's
    leader ("The Kazakh President" for the lead's "Head of State"; "the Italian Prime Minister" for
    the "President of the Council of Ministers"); a participant the lead calls a "counterpart" holds the
    office a text gives him later ("his Vietnamese counterpart Bui Thanh Son ... The Vietnamese Foreign
    Minister said"). A lesser office is not its head's ("The Cuban Foreign Minister" is no "Deputy Foreign Minister"),
    and a title of several offices holds each ("Member of the Political Bureau ... and Minister of Foreign Affairs")."""
    lesser = role.startswith(_LESSER)
    return any(office_word(role) == office_word(part) and (lesser or not part.startswith(_LESSER)) for part in _parts(title)) \
        or _a_top_office(role) and _a_top_office(title) or office_word(title) in ("counterpart", "counterparts")


# A state's adjective and its top office: "Italian Prime Minister", "Kazakh President" (not "President of Ukraine
# Volodymyr Zelenskyy", a name that takes no part)
_A_STATES_TOP_OFFICE = re.compile(r"[A-Z][\w\-]+\s+(?:Prime\s+Minister|President|Chancellor|Premier)")


def _a_top_office(title: str) -> bool:
    """Whether a title is a state's top office: "President of the Council of Ministers", "Federal Chancellor", "Head of
    State"; not "Head of the Office of the President", whose office is its head's."""
    return bool(_TOP_OFFICE.match(title) or _TOP_OFFICE.search(title.split(" of ")[0]))


@lru_cache(maxsize=4096)  # asked of every participant's title for every office word a sentence names
def _parts(title: str) -> tuple[str, ...]:
    parts = [p.strip() for p in re.split(r" and |/| [-–—] ", title)]  # "High Representative/Vice-President",
    # "Deputy Prime Minister - Minister of Digital Transformation"
    parts += [abbreviations()[p] for p in parts if p in abbreviations()]  # "HR/VP": "The High Representative said"
    # the office before its state or portfolio: "Minister of ...", "Minister for Foreign Affairs, European Union"
    return tuple(parts + [re.split(r" (?:of|for) |, ", p)[0] for p in parts])


# A whole sentence in quotation marks, none closing inside it: a spokesperson's quoted account, not a remark that a
# reporting clause gives its speaker ("“We are ready,” he said")
_QUOTED_NARRATION = re.compile(r"[“\"‘](?=The )[^”\"’]*[”\"’]?\s*$")


def _subject_starts(sentence: str) -> list[int]:
    """Where the grammatical subject may start: at 0, and after an introductory phrase."""
    dateline = DATELINE_OPENING.match(sentence)
    starts = [dateline.end() if dateline else 0]  # "TEHRAN (Tasnim) – The foreign ministers ...": not the city's
    if _QUOTED_NARRATION.match(sentence):  # "A Downing Street Spokesperson said: / “The leaders discussed ...”": a
        starts = [1]  # sentence of the spokesperson's quoted account, whose subject follows the quotation mark (No. 10)
    if sentence[starts[0]:starts[0] + 1] in "DMEYLCF" and (vocative := _VOCATIVE.match(sentence, starts[0])) \
            and len(sentence[vocative.end():].split()) >= 3:  # not "Dear ladies and gentlemen, ministers!": all vocative
        starts = [vocative.end()]  # "Dear President, dear António, it is a great pleasure ...": whom the speaker
        # addresses is no subject (statements, speeches and letters of Greece, Ukraine's presidency, State, White House)
    if (number := _LIST_NUMBER.match(sentence)) and not _ANOTHER_BULLET.search(sentence, number.end()) \
            and _A_LOWER_WORD.search(sentence, number.end(), number.end() + 80):
        starts.append(number.end())  # "1. The United States will ...", one point with words in it (a list of names,
        # "• Maria Goyanes, Artistic Director, ...", is no one's words)
    if honorific := _HONORIFIC_OPENING.match(sentence, starts[-1]):  # "H.E. Deputy Prime Minister thanked ...", "The
        starts.append(honorific.end())  # Hon. Minister thanked ..." (Cambodia, Nepal, Sri Lanka): the office after it
    if when := _WHEN_IN_THE_MEETING.match(sentence, starts[-1]):  # "At the beginning of the meeting Vladimir Putin noted"
        starts.append(when.end())
    if _INTRO.match(sentence, starts[-1]) or _PARTICIPLE.match(sentence, starts[-1]):
        # also after a list number: "1. At the outset, Prime Minister ..."; "Having noted that ..., Putin said"
        if sentence.startswith("Together ", starts[-1]):
            starts.append(starts[-1] + len("Together "))
        starts += [m.end() for m in _PHRASE_END.finditer(sentence, 0, 320)]
        if _ADDRESSING.match(sentence, starts[0]) and len(starts) > 1:
            starts.remove(starts[0])  # "Addressing President Borut Pahor, Vladimir Putin underscored ...": the one
            # addressed is no subject (Kremlin, Ukraine's presidency, VNA)
        if bare := _BARE_INTRO.match(sentence, starts[0]):
            starts.append(bare.end())  # "More broadly the Secretary-General thanked ...": no comma
        starts += [honorific.end() for start in starts[1:] if (honorific := _HONORIFIC_OPENING.match(sentence, start))]
        # "In her message, the Rt. Hon. President expressed ..." (Nepal, Sri Lanka, Cambodia): after the phrase too
    if len(starts) == 1 and (with_whom := _WITH_WHOM_PRONOUN.match(sentence, starts[0])):
        starts = [with_whom.end()]  # "With President Erdoğan he also discussed ..." (Netherlands, Latin America): no comma
    return starts


# Whom a speech or letter addresses, opening a sentence: "Dear President,", "Mr. President,", "Your Excellency,", "Ladies
# and gentlemen,", "Dear friends,"; an office after "Mr."/"Madam", never a surname ("Mr. Sullivan, the Advisor, said")
_ADDRESSEE = r"(?:(?:[Mm]y\s+)?[Dd]ear|Esteemed)\s+[^,;:!?]{2,60}|(?:[Yy]our\s+)?(?:[Ee]xcellenc(?:y|ies)|Majesty|(?:Royal\s+)?Highness)" \
    r"(?:\s+(?:[A-Z][\w.’'\-]*\s+){0,4}[A-Z][\w.’'\-]*)?"  # "Excellency Prime Minister Modi, members of the media, ..." (the
# Maldives, South Asian and African presidencies' speeches)
_VOCATIVE = re.compile(r"(?:(?:" + _ADDRESSEE + r"|(?:Mr\.?|Madam|Madame)\s+(?:President|Prime\s+Minister|"
                       r"Chair(?:man|woman|person)?|Secretary(?:[- ]General)?|Minister|Speaker|Ambassador|High\s+Representative)"
                       r"|[Ll]adies\s+and\s+gentlemen|[Cc]olleagues|[Ff]riends)[,!]\s+)+"
                       r"(?=[a-z]|(?:I|We|It|Let|Thank|Allow|Welcome|Today|Your)\b)")  # then the speaker's own clause
# a news agency's dateline opening a sentence: "TEHRAN (Tasnim) – ", "SEOUL, May 12 (Yonhap) -- ",
# "BEIJING - ", "Hanoi (VNA) – "; the agency's bracket or a dash after a capitalised place is the sign
# (a place in capitals before a dash, or any place before the agency's bracket)
# "With President Erdoğan he also discussed ..." (Netherlands, Latin American ministries): with whom first and no comma,
# the pronoun after the name the subject (`_ADDRESSING` reads the same opening with its comma)
_WITH_WHOM_PRONOUN = re.compile(r"With\s+(?:the\s+|his\s+|her\s+)?(?:[" + CAPITALS + r"][\w’'.\-]*\s+){1,5}(?=(?:he|she)\s)")
_BARE_INTRO = re.compile(r"(?:(?:More|Most)\s+[a-z]+ly|Separately|Additionally|Also|Finally|Meanwhile|Moreover|"
                         r"Furthermore|Lastly|Later|Earlier|Then)\s+(?=the\s|[A-Z])")
_ADDRESSING = re.compile(r"(?:Addressing|Thanking|Congratulating|Welcoming|Receiving|Greeting|Hosting|Meeting\s+with|With|"
                         r"(?:Speaking|Talking)\s+(?:with|to))\s+(?:the\s+|his\s+|her\s+)?[A-Z]")  # "With President Aoun, he ..."
# "1. The United States will ...", "-   Both leaders welcome ...", "ENHANCING COMMERCIAL TIES:  The two leaders welcomed
# ..." (numbered and bulleted points, a section's heading in capitals before its first sentence: fact sheets, joint
# statements of the White House, State, MOFAs)
_A_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_ANOTHER_BULLET = re.compile(r"\s[-–•*]\s{2,}|\s[-–•*]\s+(?=[A-Z])")
_LIST_NUMBER = re.compile(r"\(?\d{1,2}[.)]\s+|[-–•*]\s+|(?-i:[A-Z][A-Z’'.\-]*(?:\s+(?:[A-Z][A-Z’'.\-]*|[A-Z]{1,3}-[A-Z]+)){1,8}):\s+")
_HONORIFIC_OPENING = re.compile(r"(?:[Tt]he\s+)?(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency|(?:Rt\.?\s+)?Hon(?:ourable|orable|\.)?)\s+"
                                r"(?=[A-Z])")
_PHRASE_END = re.compile(r",\s+|—|–\s*")
_SAID = (r"(?:said|says|noted|added|stressed|emphasi[sz]ed|underlined|stated|continued|concluded|remarked|"
         r"pointed out|explained|was\s+quoted\s+as\s+saying)")  # the verbs that report speech after the words they report
# ('"...," Yoon was quoted as saying.': Yonhap, Kyodo, wires)
# what a reporting clause may go on with after its speaker: '..., he said, adding that ...', '..., said X, who thanked ...'
# what the teller went on to do in the same breath: '"...," Volodymyr Zelenskyy said, thanking Justin Trudeau for ...',
# '"...," the President said, urging not to wait ...' (Ukraine's presidency, wires): still the teller's sentence
_GOING_ON = (r",\s+(?:adding|noting|saying|stressing|underlining|emphasi[sz]ing|recalling|who|thanking|urging|expressing"
             r"|congratulating|assuring|explaining|referring|commenting|praising|welcoming|describing|calling|warning)\b")
_REPORTED_AFTER = re.compile(  # a reporting clause that ends the sentence, after a comma (and a closing quote)
    r"[,?!][”\"’']?\s+(?P<who>(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[\w.’'\-]+){0,4}?)\s+(?:" + _SAID +
    r"|told\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)?)(?:[.!]?[”\"]?$|" + _GOING_ON + r"[^\"“”]*$)"
    # after a closing quote, its speaker (an office in lower case too) and where, when or to whom they said it:
    # '"...," the Mexican President said at his morning press conference.', '"...," Fiala told reporters after
    # the meeting.', '"...," the head of state said.', '"...," Vucic wrote on Instagram.' (Ukraine's presidency,
    # news agencies, Latin American and European governments)
    r"|[,?!][”\"’']\s+(?P<quoted>(?:the\s+[\w’'\-]+|[A-Z][\w.’'\-]*)(?:\s+[\w.’'\-]+){0,4}?)\s+(?:" + _SAID +
    r"|wrote|told\s+(?:reporters|journalists|the\s+(?:press|media)|(?:a|the)\s+(?:joint\s+)?(?:press|news)\s+(?:conference|briefing)"
    r"|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)?))"
    # the day, as wires give it: '"...," Lavrov told reporters late Tuesday.' (RIA Novosti, Reuters, AP, Yonhap)
    r"(?:\s+(?:(?:late|early)\s+)?(?:today|yesterday|tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"(?:\s+(?:at|after|during|on|in|before|following|when|while|to|from|via)\b[^\"“”]{0,120}?)?(?:[.!]?$|" + _GOING_ON +
    r"[^\"“”]*$)"
    # or its verb first, as news agencies write it: '"... cooperation," said Foreign Minister Retno.'
    r"|[,?!][”\"’']?\s+" + _SAID + r"\s+(?P<inverted>(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[\w.’'\-]+){0,5}?)"
    r"(?:[.!]?$|" + _GOING_ON + r")")


def find_cue(sentence: str, cast: Cast) -> Cue | None:
    """The cue that decides who a sentence belongs to, or None when it continues the speaker.

    >>> from communique.model import Participant, Span
    >>> cast = Cast((Participant("Wang Yi", "Foreign Minister", "CHN", Span(0, 7), aliases=("Wang", "Yi")),))
    >>> find_cue("Wang Yi said, China is ready to help.", cast).speaker
    'Wang Yi'
    >>> find_cue("The two sides should deepen cooperation.", cast).modal
    True
    """
    if _NO_WORDS.match(sentence) or attendance(sentence) \
            or "following" in sentence and ISSUED_THE_FOLLOWING.search(sentence):  # the line that introduces a statement's
        # text ("X and Y, meeting in Luanda ..., adopt the following Joint Statement:": Itamaraty, CGTN, the White House,
        # State): the publisher's, as "The letter reads:" is; the text is its parties'
        return Cue(None, "strong", (0, len(sentence)))
    # both alternatives of _AS_FOLLOWS end the sentence within 62 characters: its tail alone is searched
    # ("^" still means the sentence's start)
    if _AS_FOLLOWS.search(sentence, max(0, len(sentence) - 62)):
        if _SAID_COLON.search(sentence) and (told := find_cue(sentence.rstrip()[:-1].rstrip() + ".", cast)) is not None \
                and told.strength == "strong" and told.speaker is not None and told.speaker != BOTH:
            return told  # "Foreign Secretary David Lammy said:" above his words reports what a participant said (UK,
            # Ireland, Czechia, Israel); "A Downing Street spokesperson said:" is the publisher's line, nobody's words
        return Cue(None, "strong", (0, len(sentence)))
    if (said := _REPORTED_AFTER.search(sentence)) and (who := next(g for g in _REPORTERS if said[g])) \
            and not _POSSESSIVE.search(said[who]):
        cue = _cue_at(sentence, said.start(who), cast)
        head = sentence[:said.start()]
        opened = max(head.rfind("“"), head.rfind('"'))
        quoted = said.group()[1:2] in ("”", '"', "’", "'") and not (opened > 0 and head[:opened].strip())  # not a
        # phrase quoted inside the sentence: 'Putin said any agreements must proceed from the "new territorial
        # realities," the Kremlin said.' (wires) tells what the subject said, as it would unquoted
        body_quoted = quoted and _A_TELLING_BODY.fullmatch(said[who]) is not None
        # ... or a spokesperson's quotation of what a participant did: '"President El-Sisi affirmed that Egypt will not
        # allow ...," the Spokesman said.' (Egypt's presidency, Gulf agencies): the participant named, not "we"
        teller_quoted = quoted and not body_quoted and _a_teller(said[who], cast)
        if who != "inverted" and (not quoted or body_quoted or teller_quoted) \
                and (cue is None or cue.strength == "weak" or cue.speaker is None) \
                and (cue is not None and cue.speaker is None or _a_teller(said[who], cast)) \
                and (own := _subject_cue(sentence[(opened := len(sentence) - len(sentence.lstrip("“\"‘'"))):said.start()], cast)) \
                and (not teller_quoted or any(p.name == own.speaker for p in cast.people)):
            return replace(own, span=(own.span[0] + opened, own.span[1] + opened))  # "The Sri Lankan President thanked
            # Modi for India's assistance, the PMO said.", "The two leaders will meet again, the ministry said." (PTI, BSS,
            # wires), '"The ministers exchanged views on Syria," the ministry said.' (TASS): a body tells what the clause's
            # own subject did, in its words or in quotation marks
        if cue and cue.strength == "strong" and (cue.speaker not in (None, BOTH) or cue.speaker is None and who != "inverted"):
            return cue  # "..., the U.S. president noted.", "..., Xi told Trump.": the speaker comes last; '"...," the
            # President of Russia said.' in a call he took no part in: nobody's
        if who != "inverted" and (cue is None or cue.strength == "weak") and (
                quoted and _PERSONAL_NAME.fullmatch(said[who]) and not cast.holds_office(said[who])
                or _a_teller(said[who], cast)):
            # '"Japan is a reliable partner ...," Kassym-Jomart Tokayev said.' with Tokayev no participant:
            # someone else's words, not the participant of the state the quotation names first; "..., the Kremlin press
            # service said.", '"...," Li said.' (an expert the report quoted)
            return Cue(None, "strong", (said.start(who), said.end(who)))
    if (" said" in sentence or " told " in sentence or " stated" in sentence or " that " in sentence) \
            and (relay := _RELAYED.match(sentence)) and _a_teller(relay["who"], cast):
        if (relayed := _cue_at(sentence, relay.end(), cast)) and relayed.strength == "strong" \
                and (relayed.speaker == BOTH or relayed.speaker not in (None, *PRONOUNS)
                     and (SPOKESPERSON.search(relay["who"]) or PRESS_OFFICER.search(relay["who"])
                          or _A_TELLING_BODY.fullmatch(relay["who"])
                          or _RANK.sub("", without_honorifics(relay["who"])) in cast.tellers)):
            return relayed  # "Ambassador X, the Official Spokesperson, stated that the two ministers reviewed ...",
            # "Fahmy added that the two presidents discussed ...": a teller who takes no part relays the participants' act
        if " said" in sentence or " told " in sentence or " stated" in sentence:
            return Cue(None, "strong", relay.span("who"))  # "Peskov said earlier that the leaders would ...", "Analysts
            # said the visit shows ...": the words of someone who takes no part
    if _CLOSED_BY_A_PRONOUN.search(sentence):
        return None  # '"Australia and Indonesia are close neighbours," he remarked.' (Antara, Bernama, Ukraine's
        # presidency): the speaker goes on, as after a quotation with no tag; the subject inside the quotation
        # ("Australia and Indonesia") is not the sentence's. (Resolving "he" afresh was tried: in 2 of the 12 bulk
        # releases it changed, it named another story's official, and the error ran on for paragraphs.)
    weak = None
    starts = _subject_starts(sentence)
    if len(starts) > 1 and starts[0] == 0 and _SOMEONES_REQUEST.match(sentence):
        starts = starts[1:]  # "At Joko Widodo's request, Vladimir Putin outlined ...", "At the invitation of President X,
        # President Y paid ...": whom the opening phrase names asked; the main clause's subject acts (Kremlin, Gulf agencies)
    elif told := _THEN_ACCORDING_TO_HIM.match(sentence):
        starts = [told.end()]  # "In addition, according to him, a wide range of issues was discussed" (Ukraine's
        # presidency, 31 in the bulk): the one it is according to tells it, not the passive after it
    for start in starts:
        cue = _cue_at(sentence, start, cast)
        if cue and cue.strength == "strong":
            return cue
        weak = weak or cue
    return weak


_THEN_ACCORDING_TO_HIM = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+)?,\s+(?=according\s+to\s+(?:him|her)\b)")
_SOMEONES_REQUEST = re.compile(r"(?:At|Upon|On)\s+(?:the\s+(?:request|invitation|initiative|suggestion|proposal)\s+of\s+[^,]{3,80}"
                               r"|[^,]{3,60}?['’]s?\s+(?:request|invitation|initiative|suggestion|proposal)),\s")


_CLOSED_BY_A_PRONOUN = re.compile(r"^[“\"][^“”\"]{10,}[,?!][”\"]\s+(?P<pronoun>[Hh]e|[Ss]he)\s+(?:also\s+|further\s+)?" + _SAID
                                  # ... and what they went on to say: '..., he said, noting that the Russian military left
                                  # thousands of mines' (Ukraine's presidency, Gulf agencies, wires)
                                  + r"(?:" + _GOING_ON + r"[^“”\"]*)?\s*[.!]?$")


def _subject_cue(clause: str, cast: Cast) -> Cue | None:
    """The strong cue a clause's own subject gives, when it names a participant or both sides."""
    for start in _subject_starts(clause):
        cue = _cue_at(clause, start, cast)
        if cue and cue.strength == "strong":
            return cue if cue.speaker is not None and cue.speaker not in PRONOUNS else None
    return None


def _a_teller(who: str, cast: Cast) -> bool:
    """Whether the subject of "... stated that" is someone who tells of the encounter and takes no part in it: a
    spokesperson, an aide, an official or an expert the report quotes, or a name alone (no office, no "The") that no
    participant has and no place is ("Peskov said earlier", "Li Haidong, a professor at ..., told the Global Times";
    not "Moscow said")."""
    if not who.startswith(("His ", "Her ")):  # "His Royal Highness said ...": a style that stands for the official
        who = without_honorifics(who)  # "Mr. Hamasaka said President X emphasised ..." (Zambia's State House)
    if _A_TELLING_BODY.fullmatch(who) or who in cast.tellers:
        return True  # "the Prime Minister's Office": a body, whatever office its name holds; "Castro" of the "Palace
        # Press Officer Claire Castro" above
    if _JOINT.fullmatch(who.split(",")[0].strip()):
        return False  # "The two leaders, who were later joined by ministers and senior officials ..., said": the sides
    name = _APPOSITION.sub("", who).strip()  # "Li Haidong, a professor at China Foreign Affairs University,"
    told = SPOKESPERSON.search(who) or _OUTSIDE_VOICE.search(who) or _A_NAME.fullmatch(name) \
        and name.split()[0] not in (*_FUNCTION_WORDS, *_NO_NAMES) and not actors().find(name) and not is_place(name)
    return bool(told) and (not _people_in(name, cast) or _SOMEONES_OFFICER.search(who) is not None)  # "Chief Adviser's
    # Press Secretary X told BSS that ...": a participant's press officer, no participant


_SOMEONES_OFFICER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:[Pp]ress\s+(?:[Ss]ecretary|[Oo]fficer|[Ss]ervice|[Oo]ffice)|[Ss]pokes\w+"
                               r"|[Cc]ommunications)")


# A spokesperson or press officer named in full, whose surname alone relays later: "Palace Press Officer Claire Castro"
# ... "Castro said the President thanked ..." (PNA, Gulf agencies, MENA)
_A_TELLERS_NAME = re.compile(r"(?i:\bspokes(?:man|woman|person)|\bpress\s+(?:secretary|officer|attach[eé])"
                             r"|\bcommunications\s+(?:director|specialist|officer))(?:\s+(?:for|of|at|to)\s+"
                             r"(?:the\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})?,?\s+(?:(?:Ambassador|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)?"
                             r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})")
_TELLERS_WORDS = ("spokes", "press secretary", "press officer", "press attach", "communications")
# Who else a news report quotes: "Kremlin aide Yury Ushakov", "White House Press Secretary X", "A senior administration
# official", "Analysts", "Experts" (TASS, Xinhua, Global Times, Kyodo, Reuters-style copy)
_OUTSIDE_VOICE = re.compile(r"\b(?:aide|[Pp]ress\s+[Ss]ecretary|[Pp]ress\s+(?:[Ss]ervice|[Oo]ffice|[Oo]fficer)|[Cc]ommunications?\s+"
                            r"(?:[Oo]ffice|[Dd]irector|[Ss]pecialist|[Oo]fficer)|officials?|[Aa]nalysts|"
                            r"[Ee]xperts|[Oo]bservers|[Ss]ources|[Dd]iplomats|[Pp]rofessor|[Rr]esearcher|[Ss]cholar)\b")
_NO_NAMES = frozenset("The This That These Those It You We They I He She There Here Both All Each".split())  # "You said ...", "That said"
_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+[^,]{3,80},?$")


# "According to Chinh, the two countries should ..." (VNA, Xinhua), "According to the President, it was
# agreed ..." (Ukraine, Kremlin): the words are the source's, whatever the subject after the comma; the
# source is a name or an office (capitalised words, "of", "the"), not "the agreement signed by X"
_ACCORDING = re.compile(r"(?:[Aa]ccording to|In the words of|In the view of|As (?:noted|stressed|said|emphasi[sz]ed) by)\s+"
                        # "According to the head of state, ..." (Lithuania, Ukraine's presidency): an office in general words
                        r"(?P<who>him|her|the\s+head\s+of\s+(?:state|government)"
                        r"|(?:the\s+)?(?-i:[A-Z])[\w.’'\-]*(?:\s+(?:of\s+|the\s+)*(?-i:[A-Z])[\w.’'\-]*){0,7}"
                        # "According to the Egyptian minister, ..." (MENA, Xinhua, wires): an office in lower case
                        r"(?:\s+(?-i:foreign\s+minister|prime\s+minister|minister|president|premier|leader|top\s+diplomat"
                        r"|counterpart))?),\s+")
_PERSONAL_NAME = re.compile(r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3}")  # "Kassym-Jomart Tokayev", not "the minister"
_REPORTERS = ("who", "quoted", "inverted")  # the groups of _REPORTED_AFTER that name who speaks
_POSSESSIVE = re.compile(r"\w['’]s\s")  # "Putin's aide Yuri Ushakov": someone else's


_PRESS_SECRETARY_FIRST = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[A-Z][\w.-]*\s+){0,3}[Pp]ress\s+[Ss]ecretary\b")  # the
# subject's own words, capitalised: not "President Biden and Press Secretary X visited", "The President told Press ..."


def _cue_at(sentence: str, start: int, cast: Cast) -> Cue | None:
    rest = sentence[start:]
    if rest.startswith(("According", "according", "In the", "As ")) and (m := _ACCORDING.match(rest)):
        # "Also, according to him, the meeting reviewed ...": after an opening word too
        if m["who"] in ("him", "her"):
            return Cue("he" if m["who"] == "him" else "she", "strong", (start, start + m.end()))
        if len(people := _people_in(m["who"], cast)) == 1:
            return Cue(people[0].name, "strong", (start, start + m.end()))
        if not people and cast.people and not cast.joint_voice:  # "According to Statistics Austria, trade reached ...", "According
            # to the ministry, the two ministers discussed ..." (Austria, Gulf agencies, wires): what the clause's own
            # subject says, else nobody's
            rest = _cue_at(sentence, start + m.end(), cast)
            return rest if rest is not None and rest.strength == "strong" else Cue(None, "strong", (start, start + m.end()))
    if (m := _TALK_CONTENT.match(rest)) or (m := _ENDED_WITH_BOTH.match(rest)):
        return Cue(BOTH, "strong", (start, start + m.end()))
    if len(cast.people) >= 2 and (m := _THE_MEETING_NOTED.match(rest)):
        return Cue(BOTH, "strong", (start, start + m.end()), once=True)
    low = rest.lower()  # the regexes below ignore case; so do the looks before them
    if ("was" in low or "were" in low or "been" in low or "took place" in low) and (m := _PASSIVE_JOINT.match(rest)):  # a
        # look before the costly regex
        return Cue(BOTH, "strong", (start, start + m.end()))
    if len(cast.people) >= 2 and ("signed" in low or "adopted" in low or "approved" in low or "exchanged" in low
                                  or "inked" in low or "initialled" in low) and (m := _SIGNED_THERE.match(rest)):
        return Cue(BOTH, "strong", (start, start + m.end()), once=True)
    if "side and" in rest[:60] and (m := _TWO_SIDES.match(rest)) and len(
            {p.name for who in (m["one"], m["other"]) if (code := actors().code_for(who)) for p in cast.by_country(code)[:1]}) == 2:
        return Cue(BOTH, "strong", (start, start + m.end()))
    if start == 0 and (m := _PRESS_SECRETARY_FIRST.match(rest)):
        return Cue(None, "strong", (0, m.end()))  # "Pentagon Press Secretary Maj. Gen. Pat Ryder provided the following
        # readout:" (DoD, White House): the publisher's officer, whatever office word follows (not "Quoting the premier,
        # the press secretary said", BSS: whom he quotes)
    if m := _NARRATION.match(rest):
        if "spokes" in m.group().lower() and (said := _SPOKESPERSON_SAID.match(rest, m.end())) and \
                (relayed := _cue_at(sentence, start + said.end(), cast)) and relayed.speaker is not None \
                and relayed.strength == "strong":  # a person or both sides, not a state ("China has noted")
            return relayed  # "Spokesman for the Presidency X said that President El-Sisi stressed ..." (Egypt, Gulf agencies)
        return Cue(None, "strong", (start, start + m.end()))
    if ("was" in low or "were" in low or "been" in low) and (m := _BACKGROUND_PASSIVE.match(rest)):
        return Cue(None, "strong", (start, start + m.end()))
    if len(cast.people) >= 2 and " and " in rest[:80] and (m := _WITH_THE_OTHER_AS_SUBJECT.match(rest)):
        return Cue(BOTH, "strong", (start, start + m.end()))
    if ("visit" in low[:20] or "guest" in low[:30]) and (m := _GUEST.match(rest)) and (guest := cast.guest()):
        return Cue(guest.name, "strong", (start, start + m.end()))  # "The visiting minister thanked ..."
    if "host" in low[:30] and (m := _HOST.match(rest)) and (guest := cast.guest()):
        host = next(p for p in cast.people if p is not guest)
        return Cue(host.name, "strong", (start, start + m.end()))
    if rest.startswith(("The ", "the ")) and (group := _GROUP_SUBJECT.match(rest)) is not None \
            and not (group["who"] is None and group.group().endswith("diplomats") and len(cast.people) >= 2):  # "The
        # diplomats also discussed ..." of two foreign ministers (Venezuela's MPPRE, Latin American ministries): both
        member = cast.of_the_group(group["who"], bool(group["delegation"]))
        if member or not cast.joint_voice:  # a group none of whom takes part says nothing of a participant's
            return Cue(member.name if member else None, "strong", (start, start + group.end()))
    run = _SUBJECT_RUN.match(rest)
    subject = run.group() if run else ""
    if ("'s " in subject or "’s " in subject) and _SOMEONES_OFFICER.search(subject):
        return Cue(None, "strong", (start, start + len(subject.rstrip())))  # "Chief Adviser's Press Secretary X briefed
        # reporters": the official's press officer, who takes no part (BSS, PNA, White House)
    people = _people_in(subject, cast)
    if len(people) == 1 and len(cast.people) >= 2 and " and " in subject \
            and (group := _AND_THE_GROUP.match(rest, subject.rfind(" and ") + 1)) \
            and (member := cast.of_the_group(group["who"], bool(group["delegation"]))) \
            and member.country != people[0].country:
        return Cue(BOTH, "strong", (start, start + group.end()))  # "His Highness and the US delegation reviewed ...",
        # "The President and the delegation discussed ...": the host and the guests
    if len(people) >= 2:
        return Cue(BOTH, "strong", (start, start + len(subject.rstrip())))
    if (m := _A_GROUP.match(rest)) and len({person.country for person in cast.people} - {None}) >= 2:
        return Cue(BOTH, "strong", (start, start + m.end()))  # "The group discussed progress ..." of a meeting of several
        # states' officials (White House, State); a domestic convening's group is its guests
    if (m := _JOINT.match(rest)) and (cast.people or not rest.startswith(("They", "they"))):
        # with nobody taking part (an address, a statement) "They" are whoever the text last named
        # ("They say civilian objects are not a target"), not two sides
        if _FOUNDED.match(rest, m.end()) and _in_a_past_year(rest, cast, m.end(), m.end() + 80):
            return Cue(None, "strong", (start, start + m.end()))  # "The two countries established diplomatic
            # relations in 1950": the narrator's background
        modal = bool(_MODAL.match(rest[m.end():]))
        return Cue(BOTH, "strong", (start, start + m.end()), modal)
    if cast.author and (m := _FIRST_PERSON.match(rest) or _SUBJECTLESS.match(rest)):
        return Cue(cast.author, "strong", (start, start + m.end()))  # "I informed President Zelenskyy", "We also discussed"
    if cast.joint_voice and len(cast.people) >= 2 and (m := _WE.match(rest)):
        return Cue(BOTH, "strong", (start, start + m.end()))  # a joint statement's "We reaffirm ..." about its meeting
    if m := _PRONOUN.match(rest):
        if len(cast.people) >= 2 and (_THEN_BOTH.search(rest) or _THE_LATTER.search(rest)):
            return Cue(BOTH, "strong", (start, start + m.end()))  # "He also briefed Foreign Minister Mahuta on ..., and the
            # two discussed their shared commitment" (State): the second act is both's, as after a name
        return Cue(m.group().lower(), "strong", (start, start + m.end()))  # "he" or "she": see `_referent`
    if len(people) == 1 and cast.author and people[0].name != cast.author and (i := _AUTHOR_IN_SUBJECT.search(subject)):
        # "Prime Minister Kishida and I agreed ...": both; "With President Lula, I discussed ...": the author's (first-person
        # releases and posts of the White House, Ukraine's presidency, India, Canada)
        return Cue(BOTH if i["and"] else cast.author, "strong", (start, start + len(subject.rstrip())))
    if len(people) == 1:
        speaker = people[0].name
        if _A_CAREER.match(rest, len(subject.rstrip())):
            return Cue(None, "strong", (start, start + len(subject.rstrip())))  # "President Mahama previously served as
            # President of Ghana from 2012 to 2017" (Maldives, State's biographies): the narrator's background
        if _second_actor(sentence, speaker, cast) or _AND_AN_OFFICE.search(subject) and len(cast.people) == 2 \
                or len(cast.people) >= 2 and _AND_THE_OFFICES.search(subject):
            # "The Secretary and the Foreign Minister also discussed ...": the other office, in other
            # words than the participant's title ("Cabinet Secretary for Foreign Affairs"), is the other side
            return Cue(BOTH, "strong", (start, start + len(subject.rstrip())))
        if (other := _WITH_THE_OTHER.match(rest, len(subject))) and _is_the_other_side(other["other"], speaker, cast) \
                and not _ONES_PURPOSE.search(rest, other.start("other"), other.start("other") + 120):
            return Cue(BOTH, "strong", (start, start + other.end()), subject=speaker)  # "X also held consultations with his
            # counterpart"
        if (agent := _PASSIVE_AGENT.match(rest, len(subject))) and \
                len(by := [p for p in _people_in(agent["agent"], cast) if p.name != speaker]) == 1:
            return Cue(by[0].name, "strong", (start, start + agent.end()))  # "X was briefed by Secretary Y"
        return Cue(speaker, "strong", (start, start + len(subject.rstrip())))
    if (m := _GENERIC_OFFICE.match(rest)) and len(office := cast.by_generic_office(m.group())) == 1:
        if (joined := re.match(r"\s+and\s+", rest[m.end():])) and \
                any(p.name != office[0].name for p in _subject_people(rest[m.end() + joined.end():], cast)):
            return Cue(BOTH, "strong", (start, start + m.end()))  # "The head of state and the NATO Secretary General discussed"
        return Cue(BOTH if _second_actor(rest, office[0].name, cast) else office[0].name, "strong", (start, start + m.end()))
        # "The Polish leader thanked ..."; "The Saudi minister affirmed ..., while the Qatari Prime Minister underscored"
    if (m := _LOWER_OFFICE.match(rest)) and len(office := cast.by_role("The " + m["office"].title())
                                                or (cast.by_role("The Ambassador") if m["office"] == "envoy" else [])) == 1:
        # "The envoy said ..." of the ambassador (BSS, Xinhua, Gulf agencies)
        return Cue(BOTH if _second_actor(rest, office[0].name, cast) else office[0].name, "strong",
                   (start, start + m.end()))  # "The prime minister thanked ..." (APP, Bernama)
    if "side" in low and (m := _SIDE.match(rest)) and not _SIDE_PASSIVE.match(rest, m.end()) \
            and (code := actors().code_for(m["who"])) and (cast.by_country(code) or not cast.joint_voice):
        side = cast.by_country(code)  # "The EU side reiterated ...": its first participant, who heads it (the High
        # Representative, not the Special Representative accompanying her); a side none of whom takes part says
        # nothing of a participant's; "The Israeli side was led by ..." tells who took part
        return Cue(side[0].name if side else None, "strong", (start, start + m.end()))
    if (third := _NAMED_SUBJECT.match(subject)) and _BACKGROUND_VERB.match(rest, len(subject)) \
            and leader_country(third["name"].strip()):
        return Cue(None, "strong", (start, start + third.end()))  # "Moon has invited North Korea ...": a third party
    if len(cast.people) >= 2 and all(p.country for p in cast.people) and _TOP_OFFICE.search(subject) \
            and (states := {x.code for x in actors().find(subject) if actors().is_state(x.code)}) \
            and not any(p.country in states for p in cast.people):
        return Cue(None, "strong", (start, start + len(subject.rstrip())))  # "The President of Russia stressed ...": a
        # leader who takes no part in this encounter
    return _country_cue(rest, start, subject, cast)


def _subject_people(text: str, cast: Cast) -> list[Participant]:
    """The participants a subject opening `text` names, by name, title or office in general words
    ("the NATO Secretary General", "the Italian prime minister")."""
    run = _SUBJECT_RUN.match(text)
    people = _people_in(run.group(), cast) if run else []
    if office := _GENERIC_OFFICE.match(text):
        people += [p for p in cast.by_generic_office(office.group()) if p not in people]
    return people


def _is_the_other_side(words: str, speaker: str, cast: Cast) -> bool:
    """ "his counterpart", "the United States delegation", "Secretary Blinken": the object of "held
    consultations with" is the other participant, not an official of a third state ("his Korean
    counterpart Park Jin" in a US-Japan call)."""
    if any(p.name != speaker for p in _people_in(words, cast)):
        return True
    states = {m.code for m in actors().find(words) if actors().is_state(m.code)}
    others = {p.country for p in cast.people if p.name != speaker}
    return bool(_OTHER_SIDE.search(words)) and (not states or bool(states & others))


def _people_in(subject: str, cast: Cast) -> list[Participant]:
    """The participants `subject` names, by name, alias, office or a holder the leaders dictionary knows."""
    if (known := cast._named.get(subject)) is None:
        cast._named[subject] = known = tuple(_look_up_people(subject, cast))
    return list(known)


def _look_up_people(subject: str, cast: Cast) -> list[Participant]:
    if not subject.strip():
        return []
    if styled := _STYLE_THEN_OFFICE.match(subject):
        subject = subject[styled.end():]  # "His Excellency the Secretary of State expressed ..." (Oman, Gulf agencies): the
        # office says who, the style any official bears
    found = cast.by_alias(subject)
    if len(found) == 1 and " and " not in subject and "," not in subject and subject.split()[-1] in aliases(found[0].name):
        return found  # "Minister of State Al-Khulaifi appreciated ...": the office before a name is that person's, not
        # every participant whose office has its words (the other side's "Minister for Foreign Affairs")
    for p in cast.by_role(subject):
        if p not in found:
            found.append(p)
    if len(found) > 1 and " and " not in subject and "," not in subject \
            and (states := {m.code for m in actors().find(subject)}) and (theirs := [p for p in found if p.country in states]):
        found = theirs  # "The President of France noted ..." beside the lead's "The President of Mongolia", whose office
        # is also the name it goes by (Montsame, Gulf agencies): the subject's state decides
    if not found and (name := _PERSONAL_NAME.search(subject)):
        found = cast.by_holder(name.group())  # "Kassym-Jomart Tokayev welcomed ..." of the lead's "The Head of State"
    return found


_STYLE_THEN_OFFICE = re.compile(STYLE + r"\s+the\s+(?=[A-Z])")


def _second_actor(sentence: str, speaker: str, cast: Cast) -> bool:
    """ "President Biden invited President Lula to visit ..., and President Lula accepted the
    invitation": an act of each side in one sentence is a joint act."""
    if _THEN_BOTH.search(sentence) or _THE_LATTER.search(sentence) or "accepted" in sentence and _INVITATION_ACCEPTED.search(sentence):
        return True  # "X updated the Prime Minister on ... and they discussed ...": the second act is both's
    for m in _SECOND_ACTOR.finditer(sentence):
        run = _SUBJECT_RUN.match(sentence, m.end())
        if run and any(p.name != speaker for p in _people_in(run.group(), cast)) \
                and _A_PAST_VERB.match(sentence, run.end()):
            return True
    return False


# the second actor's verb: regular, or one of the irregular pasts readouts use ("..., and Mr Ishiba said he looked
# forward to ...": New Zealand, Japan, Gulf agencies)
_A_PAST_VERB = re.compile(r"\s*(?:also\s+|\w+ly\s+)?(?:[a-z]+ed|said|told|spoke|gave|made|took|held|met|sent|felt|saw)\b")


_FOUNDED = re.compile(r"\s+(?:first\s+|formally\s+|officially\s+)?(?:established|signed|launched|set\s+up|opened|created|founded|"
                      r"concluded|normalized|normalised|restored)\b")
_IN_A_YEAR = re.compile(r"\b(?:in|since|back\s+in|on\s+(?:" + MONTH_NAMES + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}(?:st|nd|rd|th)?\s+"
                        + MONTH_NAMES + r",?))\s+"  # "on March 26, 1990", "on 19th March 2019"
                        r"(?:(?:early|mid-?|late)\s+|[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b"
                        r"|\b(?:in\s+[A-Z][a-z]+\s+)?last\s+year\b")


def _in_a_past_year(text: str, cast: Cast, start: int = 0, end: int | None = None) -> bool:
    """Whether `text` (a clause after its verb) dates its act to a year before the release's ("in 2022", "in October
    last year"), or, undated, to a year before 2020 (the corpora's oldest releases are of 2011); the year of the
    clause's own act, not of a thing it names ("thanked China for the vaccines it donated in 2021", "agreed to
    implement the consensus reached in 2023": this year's acts)."""
    verb = _VERB_FIRST.match(text, start)  # the clause's own verb ("signed an agreement in October last year")
    for m in _IN_A_YEAR.finditer(text, start, len(text) if end is None else end):
        if _ANOTHER_ACT.search(text, verb.end() if verb else start, m.start()):
            return False
        if m["year"] is None:
            return cast.year is not None
        if int(m["year"]) < (cast.year or 2020):
            return True
    return False


_VERB_FIRST = re.compile(r"\s*(?:(?:also|jointly|further|first|formally|officially)\s+)?\S+")
_ANOTHER_ACT = re.compile(r"\b(?:it|they|which|that|who|whom|reached|signed|adopted|concluded|agreed|made|provided|"
                          r"donated|held|launched|announced)\b")


_ACTED = re.compile(r"\s*(?:also\s+|jointly\s+|further\s+)?(?:[a-z]+ed|signed|gave|sent|built|made|paid|held|took)\b")  # not
# "are", "have been": an act, told in the past


def _country_cue(rest: str, start: int, subject: str, cast: Cast) -> Cue | None:
    if not subject.strip():
        return None
    codes, bodies = [], []
    for mention in actors().find(subject):
        if mention.code in codes or mention.code in bodies:
            continue
        if actors().is_state(mention.code):
            codes.append(mention.code)
        elif cast.by_country(mention.code):
            bodies.append(mention.code)  # a body a participant speaks for, as the other of a pair: "the United States and
            # the EU commit to ..." (the White House's and the Commission's joint readouts, State)
    speakers = [p for code in codes for p in cast.by_country(code)]
    names = {p.name for p in speakers}
    if codes and bodies:
        codes, names = codes + bodies, names | {p.name for code in bodies for p in cast.by_country(code)}
    if len(codes) >= 2 and len(names) >= 2:
        # "The United States and North Macedonia reaffirmed ...": both sides act; "China and the United
        # States should ..." inside a speaker's paragraph is that speaker's prescription
        after = rest[len(subject.rstrip()):]
        acted = _ACTED.match(after) is not None
        if acted and _in_a_past_year(after, cast):
            return Cue(None, "strong", (start, start + len(subject.rstrip())))  # "Brazil and Angola established
            # diplomatic relations in 1975": the narrator's background, not this meeting's act
        modal = bool(_MODAL.match(after))
        return Cue(BOTH, "strong" if acted else "weak", (start, start + len(subject.rstrip())), modal)
    if len(codes) == 1 and len(names) == 1:
        after = rest[len(subject.rstrip()):]
        if _ACTED.match(after) and _in_a_past_year(after, cast) and not IN_THE_FIRST_PERSON.search(after):
            return Cue(None, "strong", (start, start + len(subject.rstrip())))  # "India extended assistance of around
            # USD 4 billion to Sri Lanka in 2022" (PTI, BSS, Xinhua, State): a state's past act, the narrator's background
            # (not a speaker's "Russia started this war in 2014, and since then we have been ready")
        strength = "strong" if _A_PERSON_OF_A_STATE.match(rest) else "weak"  # "The Malaysian diplomat
        # noted ..." is that state's one participant, a person, whoever spoke before (Kazinform, Kyrgyzstan's presidency,
        # Ukraine's presidency); "Malaysia considers ..." inside a speaker's paragraph may be the speaker's words
        return Cue(speakers[0].name, strength, (start, start + len(subject.rstrip())))
    return None


_A_PERSON_OF_A_STATE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w-]+\s+(?:diplomat|envoy|guest|visitor|interlocutor|delegate|colleague)\b")


def attribute(doc: Document) -> Document:
    cast = Cast(tuple(doc.participants), doc.publisher, doc.author, bool(JOINT_TEXT_TITLE.search(doc.title or "")),
                tuple(p.name for p in doc.participants if heads_a_delegation(doc.text, p)),
                int(year[0]) if (year := re.match(r"\d{4}", doc.published or doc.date and doc.date.value or "")) else None,
                doc.location.country if doc.location else None,
                _tellers(doc))
    # the text of a joint statement with no narrated lead speaks for all its parties; one that tells
    # of the meeting it follows ("X met Y in Kyiv ... The Prime Minister emphasised ...") is read as a readout
    joint_text = doc.encounter is not None and doc.encounter.label == "joint_statement" and doc.lead is None
    # the people among a joint text's parties, not the states ("the Presidents of Ukraine, the Republic of Lithuania and
    # ...": participants named by their state); None for any other text
    joint_officials = frozenset(p.name for p in doc.participants if p.title and not actors().is_state(
        actors().code_for(p.name) or "")) if joint_text else None
    countries = {p.name: p.country for p in doc.participants}
    current: str | None = BOTH if joint_text else None
    # who "He" may be before anyone speaks: the first participant; in a first-person release, whose "I" is never "He",
    # the first other one
    first = [p.name for p in doc.participants if p.name != doc.author][:1] if doc.author else \
        [p.name for p in doc.participants[:1]]
    recent = _Referents(first, partial(_genders, doc))
    paragraph = -1
    turn: str | None = None  # inside a transcript, the speaker of the current turn
    in_turn = False
    quoted_turn: int | None = None  # the paragraph of a turn whose words open with a quotation mark
    letter: str | None = None  # the sender of a message given in full after "The letter reads:", up to its sign-off
    saluted = False  # the letter began with its salutation, below the lead, no line introducing it
    statements: list[Statement] = []
    closing = _closing_lines(doc)  # the credits and signatures below the text: nobody's
    quoted = _quotations(doc, cast)
    sender = _sender(doc) if doc.participants and doc.encounter is not None and doc.encounter.label == "message" else None
    narrated: dict[int, bool] = {}  # paragraph -> told in the third person (no "I", "we", "our" outside quotations)
    opening = _opening_narration(doc, cast)
    last_body = max((k for k, sent in enumerate(doc.sentences) if not sent.credit), default=0)  # a closing note's place
    below = [p for p in doc.participants[1:] if doc.lead is None
             or p.span.start >= doc.sentences[doc.lead].span.end]  # officials first named below the lead
    for index, sent in enumerate(doc.sentences):
        new_paragraph = sent.paragraph != paragraph
        paragraph = sent.paragraph
        if sent.turn is not None:  # "SG: Thank you ...": every sentence up to the next label is theirs
            in_turn, turn = True, _turn_speaker(sent.text, cast)
            quoted_turn = paragraph if sent.text[sent.turn.end - sent.span.start:].lstrip(" :")[:1] in _OPENING_MARKS else None
        elif in_turn and new_paragraph and quoted_turn is not None and doc.sentences[index - 1].text.rstrip()[-1:] in \
                _CLOSING_MARKS and sent.text.lstrip()[:1] not in _OPENING_MARKS:
            in_turn = False  # "Prime Minister Rutte: ‘Ukraine must be able to defend itself. ...’ / President Zelensky
            # thanked ...": a label before a quotation in a readout gives that quotation, which its paragraph closes
            # (the Netherlands, White House roundtables), not the text below it
        if saluted and letter is not None and new_paragraph and _narrated(doc, paragraph, narrated) \
                and not _SECOND_PERSON.search(sent.text) and (_THE_LETTER.search(sent.text) or (
                    (told := find_cue(sent.text, cast)) is not None and told.strength == "strong"
                    and told.speaker not in (None, BOTH, letter, *PRONOUNS))):
            letter = current = None  # a letter its salutation opened ends, when no sign-off ends it first, at a paragraph
            # in the third person that tells of the letter or of another participant: "The letter was handed over by the
            # Ambassador of France in Pretoria.", "President Ramaphosa thanked President Macron ..."
        if index == doc.lead or index == opening:
            cue = _act_in_the_encounters_frame(doc, sent, cast) if index == doc.lead else None
        elif sent.credit or is_heading(doc, index):  # a byline, credit, headline or dateline: the publisher's
            if joint_text and index > 0:  # a joint text's section heading ("<u>Expanding Cooperation on Critical
                # Minerals</u>": the White House's joint statements): the parties' voice goes on below it
                statements.append(_nobodys(sent))
                continue
            cue = Cue(None, "strong", (0, len(sent.text)))
        elif joint_text and _INTRODUCES_THE_TEXT.search(sent.text):
            # "The text of the following statement was released by the G7 ministers of Canada, France, ...", "The
            # following joint statement was released by ..." (State, the White House, DFAT): the publisher's line; the
            # statement's text below it is its parties', whatever it opens with ("Recognizing that ...")
            statements.append(_nobodys(sent))
            current = BOTH
            continue
        elif letter is not None and not in_turn:  # "Dear Mr. President, ... China and Azerbaijan are good friends ...
            # Sincerely,": the sender's, whatever each sentence's subject (Trend, Kremlin, Japan's MOFA, Xinhua)
            cue = Cue(letter, "strong", (0, 0))
            if _SIGN_OFF.match(sent.text):
                letter = None
        elif letter is None and not in_turn and doc.encounter is not None and doc.encounter.label == "message" \
                and doc.participants and _SALUTATION.fullmatch(sent.text) and _opens_the_letter(doc, index):
            # "X has sent a letter of congratulations to Y. / "Dear Mr. President, / ... / Sincerely,": the letter given in
            # full below the lead that announces it, from its salutation to its sign-off, is its sender's (Trend, Élysée)
            cue = Cue(_sender(doc), "strong", (0, 0))
            current = letter = cue.speaker
            saluted = True
        elif not in_turn and "similar" in sent.text and (similar := SIMILAR_MESSAGE.search(sent.text)) \
                and not SPEECH_IN_IT.search(sent.text, 0, similar.start()):
            cue = Cue(None, "strong", (0, len(sent.text)))  # "The Crown Prince also sent a similar cable to ...": a second
            # message announced as the lead announces the first (SPA, QNA, KUNA, BNA), narration; not "Lavrov said
            # Russia had sent similar messages to ...
        elif index > (doc.lead or 0) and not doc.author and _announces_another_encounter(sent, below, doc.participants):
            # "Sugiono then met with Chinese Foreign Minister Wang Yi": a further encounter announced as the lead announces
            # the first (ANTARA, SPA, Akorda, Mexico's SRE, wires): narration; its subject goes on in what follows
            statements.append(_nobodys(sent))
            if (subject := find_cue(sent.text, cast)) is not None and subject.speaker is not None:
                current = _apply(subject, current, recent, new_paragraph, joint_officials, sent.text)
                if current not in (None, BOTH):
                    recent.add(current)
            continue
        elif in_turn:
            cue = Cue(turn, "strong", (0, sent.turn.end - sent.span.start) if sent.turn else (0, 0))
        elif is_place_line(sent.text) or index >= closing:
            cue = Cue(None, "strong", (0, len(sent.text)))
        elif index in quoted:
            cue = quoted[index]
        elif index and (relayed := _relayed_on(sent.text, doc.sentences[max(0, index - 4):index], cast)):
            cue = relayed  # "X, the Amiri Diwan Minister, said that the talks dealt with ... He added that the two leaders
            # also reviewed ...": the teller's "He" relays again (KUNA, MENA, PNA)
        elif doc.participants and (said := _MESSAGE_SUBJECT.match(sent.text)):
            if _AS_FOLLOWS.search(sent.text.rstrip()):
                # "The message reads, in part:" on a line of its own (Kremlin, Japan's MOFA): the publisher's line, as
                # "The overview of the talk is as follows." is; the words below it are the sender's
                statements.append(_nobodys(sent))
                current = letter = _sender(doc)
                continue
            cue = Cue(_sender(doc), "strong", said.span())  # "The message wished the Lao people ..." (VNA, KUNA)
        else:
            cue = find_cue(sent.text, cast)
            if cue is None and ((current is None and doc.lead is not None and index == doc.lead + 1) or current == BOTH) \
                    and (closed := _CLOSED_BY_A_PRONOUN.search(sent.text)):
                # '"Poland is an important gateway ...," he said.' right after the lead, which is narration ("He spoke
                # on Tuesday at State House, when he held bilateral talks with ...": Kenya's and Nigeria's State House,
                # wires): no speaker goes on, so the pronoun names whom the text last had speak; nor after what both sides
                # did ("The parties also discussed ... / '... I asked to provide our state with ...,' he said": Ukraine's
                # presidency, Gulf agencies), which one pronoun cannot go on with
                cue = Cue(closed["pronoun"].lower(), "strong", (0, 0))
            if doc.author and (cue is None or cue.strength == "weak" or len(sent.text) < 100 and sent.text.endswith(",")
                               or _A_SALUTATION.match(sent.text)):
                cue = Cue(doc.author, "strong", (0, 0))  # a release in its official's first person: theirs, as a turn,
                # its salutation's lines too ("Your Excellency, Federal Chancellor Olaf Scholz, / Ministers and Deputy
                # Ministers,"), whomever they name
        if index and doc.encounter is not None and _A_SPOKESPERSONS_LINE.match(doc.sentences[index - 1].text) \
                and (told := classify(sent.text, strong_only=True)) is not None and told[0] == doc.encounter.label:
            # "The Prime Minister spoke to the Prime Minister of Canada, Mark Carney, this evening. / A Downing Street
            # Spokesperson said: / The Prime Minister spoke to Prime Minister Mark Carney this evening to congratulate him
            # ...": the spokesperson's readout opens with the encounter again, narration as the lead is (No. 10)
            statements.append(_nobodys(sent))
            current = None
            continue
        if len(doc.participants) >= 2 and index != doc.lead and not in_turn and not sent.credit and index not in quoted \
                and (cue is None or cue.speaker is not None) \
                and (not _SPOKEN.search(sent.text) or (earlier := _AN_EARLIER_REPORT.match(sent.text)) is not None
                     and not _people_in(earlier["who"], cast)) \
                and _BACKGROUND_FACT.match(sent.text) and _narrated(doc, paragraph, narrated):  # the costly look last
            # a fact in the publisher's voice ("Bilateral trade reached $171.9 billion in 2023."): nobody's, and the
            # speaker before it goes on after it
            statements.append(_nobodys(sent))
            continue
        if (cue is None or cue.strength == "weak" and cue.speaker is not None) and index >= last_body:
            if not joint_text and not doc.author and not in_turn and _a_closing_note(doc, index, narrated):
                statements.append(_nobodys(sent))
                continue
        if (index == doc.lead or index == opening) and cue is None:
            current = None
            recent.add_later(partial(_leads_subject, sent.text, cast, countries))  # "In his audience with Pope Francis
            # today, President Biden thanked His Holiness ... He lauded ...": "He" is the lead's subject
        elif in_turn and cue is not None:
            current = cue.speaker
        elif joint_text and _A_VISIT_PAID.search(sent.text):
            current = None  # "At the invitation of President X, President Y paid a state visit to Z": the joint text's
            # telling of the encounter itself, narration as a readout's lead is
        elif cue is not None:
            current = _apply(cue, current, recent, new_paragraph, joint_officials, sent.text)
            if cue.speaker in PRONOUNS and current not in (None, BOTH) and not _OBJECT_PRONOUN.search(sent.text):
                # "Frederiksen briefed the Chancellor ... She thanked Germany ... He assured her ...": the sex
                # a pronoun gave its referent holds for the rest of the text, so the other pronoun is the other one
                recent.genders.setdefault(current, cue.speaker)
            elif current == cue.speaker and current not in (None, BOTH, *PRONOUNS) and cue.strength == "strong" \
                    and (own := _ONES_OWN.search(sent.text)):
                # "For her part, the Danish Prime Minister stressed ...", "Minister Odobescu expressed her gratitude ...":
                # the subject's own possessive says their sex, so that of two women "She" is the one who spoke last
                # (Nordic, Balkan and African governments' readouts)
                recent.tell(current, "she" if own["whose"] == "her" else "he")
        if current not in (None, BOTH):
            recent.add(current)
        elif cue is not None and cue.subject:
            recent.add(cue.subject)  # "Mr. Sullivan also met with President Abbas. He reaffirmed ...": the subject
        cue_span = Span(sent.span.start + cue.span[0], sent.span.start + cue.span[1]) if cue else None
        statements.append(Statement(sent.span, sent.text, current, countries.get(current or ""), cue_span))
        if cue is not None and cue.once and not joint_text:
            current = None
        elif sender is not None and current == sender and letter is None and closes_a_quotation(sent.text) \
                and sent.text.rstrip()[-1:] in _CLOSING_MARKS:
            current = None  # the message's text ends, no one named after its mark: what follows is the publisher's again
            # ('The message reads, in part: "... helped save tens of thousands of lives." Member of the Russian Academy of
            # Sciences X died in Moscow aged 92.': the Kremlin's condolences and greetings, Akorda, VNA)
        elif joint_text and current not in (None, BOTH):
            current = BOTH  # a joint text's line of one party's official is theirs alone (a pronoun after it too); the
            # text goes on in both voices ("Authorities from Mexico and the United States will meet again ...")
    _said_before(doc, statements, cast)
    # "both" needs two sides: with no participant ("The national security advisors discussed ..." in a trip's round-up,
    # a domestic convening) the words are the narrator's; in one official's remarks, interview or message, no other
    # side named, "they" and an agentless "It was noted" are what that one reports ("According to him, some people in
    # Europe ... They believe ...")
    if not doc.participants or len(doc.participants) == 1 and doc.encounter is not None \
            and doc.encounter.label in _ONE_VOICE:
        voice = doc.participants[0].name if doc.participants else None
        statements = [replace(s, speaker=voice) if s.speaker == BOTH else s for s in statements]
    doc.statements = statements
    _fill_countries(doc)
    return doc


def _nobodys(sent: Sentence) -> Statement:
    """A sentence nobody says (the publisher's line, a heading, a background fact), the whole of it its cue's evidence."""
    return Statement(sent.span, sent.text, None, None, Span(sent.span.start, sent.span.end))


# the publisher's line above a statement's text, by its words for that text
_INTRODUCES_THE_TEXT = re.compile(r"\bthe\s+following\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé]|text)\b", re.I)
_ONE_VOICE = frozenset({"press_remarks", "message"})  # one official's remarks or message (an "other" release's lone
# participant may be someone its speaker met: "They targeted the warehouses" in an address that tells of a meeting)


def _act_in_the_encounters_frame(doc: Document, sent: Sentence, cast: Cast) -> Cue | None:
    """A lead whose encounter is only the opening frame of what one participant said or did: "During their talks in
    Manila, Kishida also told Marcos that Japan will provide ...", "During the call, the President thanked ..." (wires,
    PNA, Bernama, when the lede above names no encounter). The sentence tells that participant's act, as the contract's
    rule for such sentences says; the encounter it names is the frame's."""
    frame = _ENCOUNTERS_FRAME.match(sent.text)
    if frame is None or doc.encounter is None or doc.encounter.span is None \
            or not sent.span.start <= doc.encounter.span.start < sent.span.start + frame.end():
        return None
    cue = _cue_at(sent.text, frame.end(), cast)
    return cue if cue is not None and cue.strength == "strong" and any(p.name == cue.speaker for p in cast.people) else None


_ENCOUNTERS_FRAME = re.compile(r"(?:During|In\s+the\s+course\s+of|At)\s+(?:their|the|his|her|an?|today's|yesterday's)\s+"
                               r"[^,;:“\"]{0,60},\s+")


# Who tells in the sentence before "He added that ...": `_RELAYED`'s subject, its verb followed by anything ("said in a
# statement to KUNA that", "noted that"), as only the subject is read here
_TELLS = re.compile(r"(?:(?:In\s+(?:a|its|the)|After\s+the|Following\s+the|Later)\b[^,]{0,60},\s+)?"
                    r"(?P<who>(?:the\s+)?[A-Z][^,;:“\"]{1,80}?(?:,[^,;:“\"]{2,80},)?)\s+"
                    r"(?:also\s+)?(?:stated|said|added|noted|explained|told|announced|confirmed|reported|indicated"
                    # "After the meeting, PM's Press Secretary X briefed reporters." (BSS, APP, PTI)
                    r"|briefed\s+(?:the\s+)?(?:reporters|journalists|newsmen|press|media))\b")
_HE_ADDED = re.compile(r"(?:He|She)\s+(?:also\s+|further\s+)?(?:added|said|noted|stated|explained|pointed\s+out)\s+(?:that\s+)?")


def _relayed_on(sentence: str, above: list[Sentence], cast: Cast) -> Cue | None:
    """What "He added that ..." relays when the sentence before (past other "He added" sentences) was a teller's who
    takes no part: the participants' act its clause names, else nobody's."""
    if not (he := _HE_ADDED.match(sentence)):
        return None
    before = next((sent.text for sent in reversed(above) if not _HE_ADDED.match(sent.text)), "")
    if not (told := _TELLS.match(before)) or not (
            _a_teller(told["who"], cast) or _PERSONAL_NAME.match(told["who"]) and not told["who"].startswith("The ")
            and not _people_in(told["who"], cast)
            and not any(actors().is_state(m.code) for m in actors().find(told["who"]))):
        return None  # a teller is a named official who takes no part: "Andriy Yermak noted that ... He also noted that
        # ..." (Ukraine's presidency), a spokesperson, a body
    relayed = _cue_at(sentence, he.end(), cast)
    if relayed is not None and relayed.strength == "strong" and relayed.speaker not in PRONOUNS:
        return relayed
    return Cue(None, "strong", he.span())


def _tellers(doc: Document) -> frozenset[str]:
    """The surnames of the spokespersons and press officers the text names in full, none a participant's."""
    low = doc.text.lower()
    if not any(word in low for word in _TELLERS_WORDS):
        return frozenset()  # most texts name none: a look before the regex over the whole text
    names = [m["name"].split() for m in _A_TELLERS_NAME.finditer(doc.text)]
    if _TELLERS_OFFICE_AFTER.search(doc.text):  # the office after a name, looked for before a pattern tried at every capital
        names += [m["name"].split() for m in _A_NAMED_TELLER.finditer(doc.text)]
    surnames = {" ".join(words[-k:]) for words in names for k in (1, 2) if len(words) > k}  # "Zeid", "Abu Zeid"
    return frozenset(surnames - {alias for p in doc.participants for alias in (p.name, *p.aliases)})


_RANK = re.compile(r"^(?:Ambassador|Counsell?or|Minister\s+Plenipotentiary)\s+")  # a diplomat's rank before a teller's name


# ... or named first, the office in apposition: "Ambassador Ahmed Abu Zeid, Official Spokesperson and Director of Public
# Diplomacy at the Ministry of Foreign Affairs, stated that ..." (Egypt's MFA, MENA, Gulf agencies)
_TELLERS_OFFICE_AFTER = re.compile(r",\s+(?:the\s+)?(?:Official\s+|Chief\s+)?(?:[Ss]pokes(?:person|man|woman)|Press\s+Secretary)\b")
_A_NAMED_TELLER = re.compile(r"(?:(?:Ambassador|Mr\.?|Ms\.?|Dr\.?|Counsellor|Counselor)\s+)?(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})"
                             + _TELLERS_OFFICE_AFTER.pattern)


def _opening_narration(doc: Document, cast: Cast) -> int | None:
    """The body's opening sentence above the lead when it tells who met whom, not what they said: "Prague Castle, 24 April
    2025 – President Petr Pavel today welcomed the President of Latvia, Edgars Rinkēvičs, ... / Following the welcoming
    ceremony, the two presidents held a tête-à-tête meeting" (the lead). It is the opening line's narration, nobody's."""
    if doc.lead is None or len(cast.people) < 2:
        return None
    first = first_body_sentence(doc)
    if first is None or first >= doc.lead:
        return None
    text = doc.sentences[first].text
    main = _RELATIVE.split(text, 1)[0]  # its main clause, not ", who arrived in ..."
    if doc.sentences[first].turn or SPEECH_IN_IT.search(text) or not _CAME_OR_WELCOMED.search(main) \
            or _AN_ACT_TOWARDS.search(main):
        return None
    named = cast.by_alias(text)
    if len(named) == 1 and (paid := _A_VISIT_PAID.search(main)):
        # "His Royal Highness Prince X, Crown Prince ... of Saudi Arabia, paid a State Visit to India from 10 to 11
        # September" (MEA, Gulf agencies, Kremlin): the guest named, the host by the state visited
        states = {x.code for x in actors().find(main[paid.end():paid.end() + 60])}
        return first if any(p.country in states for p in cast.people if p is not named[0]) else None
    return first if len(named) >= 2 else None


_RELATIVE = re.compile(r",\s+(?:who|which|where)\s")
_AN_ACT_TOWARDS = re.compile(r"\b(?:thanked|congratulated|praised|urged|invited|assured|briefed|informed)\b")
_CAME_OR_WELCOMED = re.compile(r"\b(?:welcome[sd]?|receive[sd]|host(?:s|ed)|visit(?:s|ed)|travell?ed|arrive[sd]|greeted|met"
                               r"|paid\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}[Vv]isit)\b")


# The speaker named after the words, in a sentence of its own: "Ukraine and Poland will ... checkpoints. This was stated
# by President of Ukraine Volodymyr Zelenskyy during a meeting with ...", "... He said this at a briefing." (Ukraine's
# presidency, Ukrinform, TASS, BelTA, Kazinform)
_SAID_THIS_VERB = r"(?:stated|said|announced|noted|emphasi[sz]ed|declared|underlined|stressed)"
_SAID_THIS = re.compile(r"(?:(?:This|That|It)\s+was\s+(?:also\s+)?" + _SAID_THIS_VERB + r"\s+by\s+(?P<by>[^,.;:]{2,140}?)"
                        r"|(?P<subject>[^,.;:]{2,140}?)\s+" + _SAID_THIS_VERB + r"\s+this\b)"  # not "said that ...": what follows
                        r"(?=\s+(?:during|at|in|on|after|following|when|while|to|via|before|earlier|today|yesterday)\b|[,.;]|$)"
                        r"(?![^.]*\bthat\b)")  # not "X said this:" nor "It was emphasized by X that ...", which point ahead


def _said_before(doc: Document, statements: list[Statement], cast: Cast) -> None:
    """The sentence before one that names who said it ("This was stated by X during ...", "X said this ...") is
    X's, when its own subject names no participant ("Ukraine and Poland will ...": both or nobody's on its own)."""
    for k in range(1, len(statements)):
        text = statements[k].text
        if "this" not in text[:160].lower():  # a look before the regex
            continue
        m = _SAID_THIS.match(text)
        if m is None or k - 1 == doc.lead or doc.sentences[k - 1].credit or doc.sentences[k - 1].turn \
                or is_heading(doc, k - 1):
            continue  # the lead is narration, whoever is said to have spoken after it
        who = find_cue(f"{m['by'] or m['subject']} said", cast)
        if who is None or who.strength != "strong":
            continue
        speaker = statements[k].speaker if who.speaker in PRONOUNS else who.speaker  # "He said this": whom it named
        own = find_cue(statements[k - 1].text, cast)  # its own subject, if it names a participant, keeps it
        if speaker not in (None, BOTH) and not (own and own.strength == "strong" and own.speaker not in (None, BOTH)):
            before = statements[k - 1]
            statements[k - 1] = Statement(before.span, before.text, speaker,
                                          next((p.country for p in cast.people if p.name == speaker), None),
                                          Span(doc.sentences[k].span.start + m.start(), doc.sentences[k].span.start + m.end()))


_SECOND_PERSON = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours)\b")
_THE_LETTER = re.compile(r"\b(?:[Tt]he|[Tt]his|[Hh]is|[Hh]er)\s+(?:\w+\s+)?(?:letter|message|cable|telegram)\b")
# A letter's salutation on a line of its own: "Dear Mr. President,", "“Dear Friend,", "Your Majesty,", "Your Excellency,"
_SALUTATION = re.compile(r"[“\"]?(?:" + _ADDRESSEE + r")[,!:]?\s*")  # whom the letter addresses (`_VOCATIVE`'s), alone


def _opens_the_letter(doc: Document, index: int) -> bool:
    """Whether a salutation at `index` opens the letter the lead announces: right below the lead, or below a line of
    the publisher's that names the letter ("AZERTAC presents the letter.", "Below is the text of the message.")."""
    below = _below(doc, doc.lead)
    return index == below or below is not None and index == _below(doc, below) \
        and _THE_LETTER.search(doc.sentences[below].text) is not None and not SPEECH_IN_IT.search(doc.sentences[below].text)


def _below(doc: Document, index: int | None) -> int | None:
    """The first sentence after `index` that is no credit line: what comes right below the lead."""
    if index is None:
        return None
    return next((k for k in range(index + 1, len(doc.sentences)) if not doc.sentences[k].credit), None)


# A letter's sign-off, its last line before the signature: "Sincerely,", "Yours sincerely,", "With respect," (letters
# given in full: Trend, Xinhua, Japan's MOFA, the Kremlin)
_SIGN_OFF = re.compile(r"(?:Yours\s+)?(?:Sincerely|Faithfully|Respectfully|Cordially)(?:\s+yours)?,?\s*$|(?:With\s+(?:best\s+|warm\s+|kind\s+)?"
                       r"(?:regards|respect|wishes)|Best\s+regards|Kind\s+regards),?\s*$", re.I)


_OPENING_QUOTE = re.compile(r"[“\"]")
_CLOSING_TAIL = gated(re.compile(r"[”\"](?P<tail>[^“”\"]{0,200})$"))
_SAYS_AFTER = re.compile(r",?\s*(?P<verb>" + _SAID + r"|told [^,.]{1,40})\s+(?P<who>(?:\w\.\s?){0,2}[^,.]{2,80})", re.I)
# ("said K. Budrys", "said Þ. K. Gunnarsdóttir": the Baltic ministries name a minister by initials and surname)
_MESSAGE_READS = re.compile(r"\b(?:message|letter|telegram|greetings|address|note)s?\b[^“\":]{0,40}"
                            r"\b(?:reads?|says|said|states|stated|noted)\b[^“\"]{0,20}:?\s*[“\"]", re.I)
_QUOTE_SPAN = 12  # sentences a quotation may run over before its closing mark is looked for no more
# '"I was deeply saddened ...," the message reads.' (Kazakhstan, Kremlin, Xinhua): a message's words
# named after them are its sender's
_MESSAGE_SAYS = re.compile(r"^[\s,]*(?:the|his|her|their|this)\s+(?:\w+\s+)?(?:message|letter|telegram|note|greetings)\s+"
                           r"(?:reads|read|says|said|states|stated|noted|continues|added|emphasi[sz]es)\b", re.I)


# A message's words reported with the message as subject: its sender's (VNA, VOV, Gulf agencies, Azerbaijan)
_MESSAGE_SUBJECT = re.compile(r"(?:In\s+(?:the|his|her|this)\s+(?:\w+\s+)?(?:message|letter|cable|telegram),\s+it\s+|"
                              r"(?:The|His|Her|This)\s+(?:\w+\s+)?(?:message|letter|cable|telegram)\s+(?:also\s+)?)"
                              r"(?:wished|expressed|noted|stressed|affirmed|conveyed|congratulated|emphasi[sz]ed|underlined"
                              r"|hoped|voiced|extended|praised|reiterated|said|says|reads|states|stated"
                              # told in the present: "The message expresses confidence that ..." (UzA, Azertac, Akorda)
                              r"|wishes|expresses|notes|stresses|affirms|conveys|congratulates|emphasi[sz]es|underlines"
                              r"|hopes|voices|extends|praises|reiterates)\b")


def _quotations(doc: Document, cast: Cast) -> dict[int, Cue]:
    """The speaker of every sentence of a quotation that runs over several sentences, from the
    words after its closing mark ('"... Europe. EU states must get rid of this dependence," the
    President of Ukraine stressed.') or before its opening one ("The message reads, in part:
    \"Russia shares the grief ... injured.\"": a message's words are its sender's). A quotation
    inside one sentence is left to the cue finder: its subject is outside the quotation."""
    found: dict[int, Cue] = {}
    sentences = doc.sentences
    index = 0
    while index < len(sentences):
        text = sentences[index].text
        opening = _open_quote(text)
        if opening is None:
            if doc.participants and (tail := _CLOSING_TAIL.search(text)) and _MESSAGE_SAYS.match(tail["tail"]):
                found[index] = Cue(_sender(doc), "strong", (0, 0))  # a quotation inside one sentence
            elif text.lstrip()[:1] in ("“", '"') and (cue := _said_line_above(doc, index, cast)
                                                      or _quotation_goes_on(doc, index, found, cast)):
                found[index] = Cue(cue.speaker, "strong", (0, 0))  # "Andrey Rudenko stated the following:" above a
                # quotation of one sentence (Russia's MFA, Korea, UK), and its next paragraph
            elif index and sentences[index - 1].paragraph != sentences[index].paragraph \
                    and sentences[index - 1].text.rstrip().endswith(":") and _SAID_COLON.search(sentences[index - 1].text) \
                    and (cue := _said_line_above(doc, index, cast)) \
                    and any(p.name == cue.speaker for p in cast.people):
                # "Defence Secretary Ben Wallace said: / Poland is one of our closest Allies ..." (gov.uk, White House
                # joint statements: the words set apart as a block, without quotation marks): the paragraph is theirs
                paragraph = sentences[index].paragraph
                while index < len(sentences) and sentences[index].paragraph == paragraph:
                    found[index] = Cue(cue.speaker, "strong", (0, 0))
                    index += 1
                continue
            index += 1
            continue
        close = next((k for k in range(index + 1, min(len(sentences), index + _QUOTE_SPAN))
                      if closes_a_quotation(sentences[k].text) and not _reopened(sentences, k) or _reopened_and_closed(sentences, k)
                      or sentences[k].turn
                      or sentences[k].credit), None)
        cue = _before_quote(doc, text[:opening], cast)
        if cue is None and not text[:opening].strip():
            cue = _said_line_above(doc, index, cast)
        if cue is None and close is not None and (tail := _CLOSING_TAIL.search(sentences[close].text)):
            cue = Cue(_sender(doc), "strong", (0, 0)) if doc.participants and _MESSAGE_SAYS.match(tail["tail"]) \
                else _after_quote(tail["tail"], cast)
            if cue is not None and cue.speaker in PRONOUNS and (index - 1) not in found \
                    and not _said_just_before(doc, index, cue.speaker, cast):
                cue = None  # '"...," she added.' after a line of someone who takes no part (the First Lady): theirs; after
                # a quotation of a participant's the pronoun is theirs ('"...," the President is convinced. / "They took a
                # lot from us. ...," he added.': Ukraine's presidency)
        if cue is None and close is not None and not text[:opening].strip():
            cue = _quotation_goes_on(doc, index, found, cast)
        if cue is not None and close is not None:
            for k in range(index, close + 1):
                found[k] = Cue(cue.speaker, "strong", (0, 0))
            index = close + 1
        else:
            index += 1
    return found


_WHOSE_WORDS_FOLLOW = re.compile(r"['’]s\s+(?:\w+\s+)?(?:remarks|statement|speech|address)\s+(?:follows?|(?:is|are)\s+as\s+follows)"
                                 r"\s*:\s*$")  # "A translation of the President's remarks follows:" (Taiwan's presidency)
_SAID_COLON = re.compile(r"\b(?:" + _SAID + r"|states|declared)(?:\s+the\s+following)?\s*:\s*$|" + _WHOSE_WORDS_FOLLOW.pattern)


def _said_just_before(doc: Document, index: int, pronoun: str, cast: Cast) -> bool:
    """Whether the sentence before a quotation closed by "she remarked" has a participant, or "she", as its subject:
    "Meanwhile, Wong said Australia was committed ... / "Indonesia's success ... build on that," she remarked."
    (Antara, Ukraine's presidency, wires): the quotation is the same speaker's, as the pronoun says in reading order; so
    too after a sentence that tells no one's words but names one participant only ("This was stated by the President in
    an interview with CNN and Reuters. / "I do not expect great results ...," he said.": Ukraine's presidency)."""
    if index == 0 or doc.sentences[index - 1].credit:
        return False
    above = doc.sentences[index - 1].text
    if (cue := find_cue(above, cast)) is None:
        return len(_people_in(above, cast)) == 1
    return cue.strength == "strong" and (cue.speaker == pronoun or any(p.name == cue.speaker for p in cast.people))


def _quotation_goes_on(doc: Document, index: int, found: dict[int, Cue], cast: Cast) -> Cue | None:
    """A paragraph that opens with a quotation mark and names no speaker, right after a paragraph quoting someone:
    the same quotation going on (a quotation over several paragraphs opens each of them with its mark), after one of
    several sentences or of one ('"The relationship ... is one of our most important," Mr Luxon says. / "Premier Li and
    I had a frank discussion ..."': New Zealand, Australia, the UK)."""
    if index == 0 or doc.sentences[index].paragraph == doc.sentences[index - 1].paragraph:
        return None
    whole = _CLOSING_TAIL.search(doc.sentences[index].text)
    if whole is not None and whole["tail"].strip(" ."):
        return None
    if (index - 1) in found:
        return found[index - 1]
    above = doc.sentences[index - 1].text
    if above.lstrip()[:1] in ("“", '"') and (tail := _CLOSING_TAIL.search(above)) and tail["tail"].strip(" ."):
        return _after_quote(tail["tail"], cast)  # a quotation of one sentence and its speaker
    return None


def _said_line_above(doc: Document, index: int, cast: Cast) -> Cue | None:
    """The speaker of a quotation opening its sentence, from the line above it ending in a colon: "The Foreign
    Secretary said:", "Andrey Rudenko stated the following:" on its own line (UK, Ireland, Australia, Russia's MFA)."""
    above = doc.sentences[index - 1].text.rstrip() if index > 0 else ""
    if not above.endswith(":") and not _AS_FOLLOWS.search(above):  # "The message reads as follows." (Japan's MOFA)
        return None
    if _PRONOUN_SAID.match(above):  # "He said:" (Akorda, Kremlin): whom the pronoun names is told in reading order
        return Cue(above.split()[0].lower(), "strong", (0, 0))
    if issued := _ISSUED_THE_WORDS_BELOW.search(above):
        # "X met today with Y ... and issued the following statement:" (IMF, World Bank, White House, State): the
        # statement is its issuer's, whom the sentence names first, though the meeting was both's; "the leaders"
        # issue a joint one
        before = _OPENING_CLAUSE.sub("", above[:issued.start()], count=1)  # "Following her meeting with Minister X, Ms. Y
        # issued ...": the main clause's subject issues it
        if issued["joint"]:
            return Cue(BOTH, "strong", (0, 0))
        named = sorted((at, p.name) for p in cast.people if (at := _first_named_at(before, p)) is not None)
        verb = _ISSUERS_VERB.search(before)
        if len([at for at, _ in named if verb is None or at < verb.start()]) >= 2:
            return Cue(BOTH, "strong", (0, 0))  # "The President of the European Commission, X, and the Prime Minister of
            # New Zealand, Y, met in Brussels today ... and issued the following statement:" (EU, Australia): both its
            # subjects issue it; not "Ms. X met today with Mr. Y ... and issued", whose subject is one
        if named:
            return Cue(named[0][1], "strong", (0, 0))
        return Cue(BOTH, "strong", (0, 0)) if _JOINT.search(before) else None
    if (whose := _WHOSE_WORDS_FOLLOW.search(above)) and len(people := _people_in(above[:whose.start()], cast)) == 1:
        return Cue(people[0].name, "strong", (0, 0))  # "A translation of the President's remarks follows:": whose
    return _before_quote(doc, above.rstrip(" :"), cast)


_OPENING_CLAUSE = re.compile(r"^(?:Following|After|Upon|At\s+the\s+(?:end|close|conclusion)\s+of)\b[^,]{0,160},\s+")


def _first_named_at(text: str, person: Participant) -> int | None:
    """Where `text` first names `person`, by full name or by one of their names, if it does."""
    found = (next(name_spans(text, alias), None) for alias in (person.name, *person.aliases) if alias not in _FUNCTION_WORDS)
    return min((span[0] for span in found if span), default=None)


_A_SPOKESPERSONS_LINE = re.compile(r"(?:An?|The)\s+(?:[\w-]+\s+){0,3}[Ss]pokes(?:person|man|woman)\s+said:\s*$")
_ISSUERS_VERB = re.compile(r"\b(?:met|held|spoke|issued|released|made|delivered|gave)\b")
_ISSUED_THE_WORDS_BELOW = re.compile(r"\b(?:issued|released|made|delivered|gave)\s+the\s+following\s+"
                                   r"(?P<joint>joint\s+)?(?:statement|remarks|declaration)s?"
                                   r"(?:\s+(?:today|this\s+\w+|after|following|at|on)\b[^:]{0,200})?\s*:\s*$")  # "... the
# following statement today after her meeting with Mr. X, President of Ecuador, at IMF headquarters:" (IMF, World Bank)


_PRONOUN_SAID = re.compile(r"(?:He|She)\s+(?:also\s+|further\s+)?(?:said|stated|noted|added|stressed|emphasi[sz]ed|remarked)"
                          r"(?:\s+the\s+following)?\s*:\s*$")


def _open_quote(text: str) -> int | None:
    """Where a quotation opens in `text` that `text` does not close, if one does."""
    curly_open, curly_close, straight = text.count("“"), text.count("”"), text.count('"')
    if curly_open > curly_close:
        return text.rfind("“")
    if straight % 2 == 1 and not (curly_open or curly_close):
        m = list(_OPENING_QUOTE.finditer(text))
        return m[-1].start() if m and (m[-1].start() == 0 or not text[m[-1].start() - 1].isalnum()) else None
    return None


def _reopened(sentences: list[Sentence], k: int) -> bool:
    """ '"I am grateful ... / "The humanitarian situation ...': a paragraph that reopens a quotation with a straight mark
    and does not close it (Ireland, UK, Australia): its one mark is no close, as a curly one could not be."""
    text = sentences[k].text.lstrip()
    return text[:1] == '"' and text.count('"') == 1 and sentences[k].paragraph != sentences[k - 1].paragraph


def _reopened_and_closed(sentences: list[Sentence], k: int) -> bool:
    """ "“I was honoured ... agenda. / “We also discussed Gaza.”": a quotation over paragraphs reopens its mark at
    each one, and a sentence opening a paragraph that reopens it and closes it ends it (Ireland, UK, Australia, IMF)."""
    text = sentences[k].text.strip()
    return sentences[k].paragraph != sentences[k - 1].paragraph and text[:1] in ("“", '"') \
        and text.rstrip(".")[-1:] in ("”", '"') and text.count("“") == text.count("”")


def _before_quote(doc: Document, before: str, cast: Cast) -> Cue | None:
    """Who speaks a quotation from the words before it: the sender, for a message's text; a
    speaker's own cue ("Zelenskyy said: \"...")."""
    if not before.strip():
        return None
    if _MESSAGE_READS.search(before + '"') and doc.participants:
        return Cue(_sender(doc), "strong", (0, 0))
    cue = find_cue(before, cast)
    return cue if cue is not None and cue.strength == "strong" and cue.speaker not in (None, *PRONOUNS) else None


def _sender(doc: Document) -> str:
    """A message's sender: the participant the lead names first (its subject), or the one it names
    after "from" when the subject received it ("Zelenskyy received a letter from President Biden")."""
    if doc.lead is not None:
        lead = doc.sentences[doc.lead].span
        inside = sorted((p for p in doc.participants if lead.contains(p.span)), key=lambda p: p.span.start)
        received = _RECEIVED_FROM.search(doc.text, lead.start, lead.end)
        if received and (senders := [p for p in inside if p.span.start >= received.end()]):
            return senders[0].name
        if inside:
            return inside[0].name
    return doc.participants[0].name


_RECEIVED_FROM = re.compile(r"\breceived\b[^.]{0,80}?\b(?:message|letter|telegram|note|greetings|call)s?\b[^.]{0,60}?\bfrom\b")


def _after_quote(tail: str, cast: Cast) -> Cue | None:
    """Who speaks a quotation from the words after it: ', the President said.', ' said Zelenskyy'; ', she remarked.'
    is whom "she" names in reading order (`_apply`), for every sentence of the quotation, as for a quotation of one."""
    tail = tail.strip(" ,")  # the quotation's last closing mark, then at most 200 characters
    if m := _SAYS_AFTER.match(tail):  # "said Volodymyr Zelenskyy": the subject after its verb
        tail = f"{m['who']} {m['verb']}"
    cue = find_cue(tail, cast)
    return cue if cue is not None and cue.strength == "strong" and cue.speaker is not None else None


def _turn_speaker(sentence: str, cast: Cast) -> str | None:
    """The participant a transcript's label names ("President of Russia Vladimir Putin", "The
    President", "SG"); None for a journalist, a moderator or anyone not taking part."""
    label = label_of(sentence)
    if label is None or is_question(label[0]):
        return None
    people = _people_in(label[0], cast)
    return people[0].name if people else None


# a state or body after an office's first word and its portfolio: "(Minister) for Foreign Affairs of Indonesia"
_OF_A_BODY = re.compile(r"\s*(?:for\s+[A-Z][\w’'\-]*(?:\s+(?:and\s+)?[A-Z][\w’'\-]*){0,4}\s+)?of\s+(?:the\s+)?[A-Z][\w’'\-]*"
                        r"(?:\s+(?:of\s+)?[A-Z][\w’'\-]*){0,4}")
_A_VISIT_PAID = re.compile(r"\b(?:paid|made)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}[Vv]isit\s+to\b")


def _apply(cue: Cue, current: str | None, recent: _Referents, new_paragraph: bool,
           joint_officials: frozenset[str] | None, text: str) -> str | None:
    """The speaker a sentence's cue gives, in the sentence `text`. `joint_officials`: in a joint statement's text (None
    elsewhere), its parties who are officials, not states, by name."""
    if cue.speaker is None:
        return None
    if joint_officials is not None:  # in a joint statement every party speaks every line but the publisher's notes (a
        # declaration that narrates its meeting is read as a readout), and a line whose subject is one party's official, or
        # "He" after it: "5. President Lacalle Pou expressed Uruguay's interest in ...", "President Biden reaffirms ..."
        # (joint communiqués of Latin American ministries, the White House, State)
        if len(joint_officials) < 2:
            return BOTH  # one party found by name: the others' may be this one's words too ("President Joseph R. Biden, Jr.
            # and Prime Minister Narendra Modi today affirmed ...")
        if cue.speaker in joint_officials and (cue.strength == "strong" or _a_state_alone_opens(text, cue.span[1])):
            return cue.speaker  # ... or one party's state alone: "Denmark is ready to share its experience ...", "7. The
            # Philippines expressed appreciation to Viet Nam ..." (Denmark's and Viet Nam's, the Philippines', Romania's,
            # New Zealand's joint statements, as the contract's rule for a state as subject has it; the dev gold's one
            # joint text alone gives "2. China will continue to ..." to both, 2 of its sentences)
        if cue.speaker in PRONOUNS and (who := _referent(cue.speaker, recent)) in joint_officials:
            return who
        return BOTH
    if cue.speaker in PRONOUNS:
        return _referent(cue.speaker, recent)
    if cue.speaker == BOTH and cue.modal and current not in (None, BOTH):
        return current
    if cue.strength == "weak" and current not in (None, BOTH) and not new_paragraph:
        return current  # "China hopes ..." in Wang Yi's paragraph; after a joint sentence the country speaks
    return cue.speaker


def _a_state_alone_opens(text: str, end: int) -> bool:
    """Whether `text` opens with a state's name, ending at `end`, as its subject, alone: "Viet Nam appreciates ...", "7.
    The Philippines expressed ...", "The U.S. will ..."; not "The United States and the European Commission announce",
    "The U.S. Bipartisan Infrastructure Law provided", "Indian students are ...", "Given Ecuador's commitments, ..."."""
    start = _A_LINES_OPENING.match(text).end()  # type: ignore[union-attr]  # it matches the empty string
    name = text[start:end]
    return any(a.span.start == 0 and a.span.end == len(name) and a.kind != "demonym" for a in actors().find(name)) \
        and _ITS_VERB.match(text, end) is not None


_A_LINES_OPENING = re.compile(r"\s*(?:(?:\d{1,2}|[a-z])[.)]\s*|[-•*]\s*)?(?:[Tt]he\s+)?")  # a list's marker, "The"
_ITS_VERB = re.compile(r"\s+(?!and\b|or\b|as\s+well\b|together\b)[a-z]")  # the next word, a verb or an adverb


# the opening of remarks that greets the room, however long its list ("Your Excellency Aleksandr Lukashenko, President of
# the Republic of Belarus; Members of the ... Delegations; ... Ladies and Gentlemen.": Zimbabwe, Kenya, AU, India)
_A_SALUTATION = re.compile(r"(?:Your\s+(?:Excellency|Excellencies|Majesty|Highness|Holiness)|Excellenc(?:y|ies)|Distinguished\s"
                           r"|Ladies\s+and\s+Gentlemen)\b")


PRONOUNS = ("he", "she")
# A subject's own possessive, which says their sex: after its verb ("X expressed her gratitude", "X informed her host"),
# not an object pronoun ("briefed her on", "told her that"); or "For her part, ..." opening the sentence
_OWN_VERBS = ("expressed", "conveyed", "extended", "reiterated", "reaffirmed", "voiced", "offered", "informed", "briefed",
              "presented", "outlined", "shared", "received", "hosted", "met", "invited", "told", "updated")
_NO_OBJECT_AFTER = r"\s+(?!(?:on|for|that|about|to|with|of|in|and|as|at)\b)[a-z]"
_ITS_VERB_BEFORE = re.compile(r"\s+(?:also\s+|further\s+)?(?:" + "|".join(_OWN_VERBS) + r")\s+$")  # the verb right before
# a possessive `_ONES_OWN` found, its subject's name before it
# (the possessive first, the words before it looked behind: tried only at "his" and "her", not at every word)
_ONES_OWN = re.compile(r"\b(?P<whose>his|her)(?:" + "|".join(
    rf"(?<=^{opening} {whose})" for opening in ("For", "On") for whose in ("his", "her")) + "|" + "|".join(
    rf"(?<=\b{verb} {whose})" for verb in _OWN_VERBS for whose in ("his", "her")) + ")" + _NO_OBJECT_AFTER)
# "He thanked her", "She told him": a sentence with both sexes in it says nothing sure of its subject's
_OBJECT_PRONOUN = re.compile(r"\b(?:her|him)\b")


class _Referents:
    """Whom "He" and "She" may name: who spoke or acted, the last last, and the sex the text gives each (`_genders`).
    Both are read only when a pronoun asks, which most readouts never do, so both are found then: the sexes by their
    reading of the text, and a name that costs a search of its own (the lead's subject: a long sentence read again by
    `find_cue`), given as a function, in its turn among the others."""

    __slots__ = ("_names", "_pending", "_genders", "_find_genders", "_told")

    def __init__(self, names: list[str], genders: Callable[[], dict[str, str]]) -> None:
        self._names: list[str | Callable[[], str | None]] = list(names)
        self._pending = False
        self._genders: dict[str, str] | None = None
        self._find_genders = genders
        self._told: dict[str, str] = {}  # sexes told along the way, kept until a pronoun asks for the others

    @property
    def genders(self) -> dict[str, str]:
        """Participant -> "he", "she" (or "I", a first-person release's author), as the text says; more as pronouns say."""
        if self._genders is None:
            self._genders = self._find_genders()
            for name, sex in self._told.items():
                self._genders.setdefault(name, sex)
        return self._genders

    def tell(self, name: str, sex: str) -> None:
        """The text says `name` is of `sex` ("For her part, ..."), unless it said otherwise before; the reading of the
        whole text (`_genders`) waits until a pronoun asks."""
        (self._genders if self._genders is not None else self._told).setdefault(name, sex)

    def add(self, name: str) -> None:
        """`name` spoke or acted last."""
        if self._pending:
            self._names.append(name)  # in its turn, after the names still to be found
        elif not self._names or self._names[-1] != name:
            if name in self._names:
                self._names.remove(name)
            self._names.append(name)

    def add_later(self, find: Callable[[], str | None]) -> None:
        """Whom `find` names (if anyone) acted last, found when a pronoun first asks."""
        self._names.append(find)
        self._pending = True

    def names(self) -> list[str]:
        """The names, the last last."""
        if self._pending:
            told, self._names, self._pending = self._names, [], False
            for name in told:
                if (found := name() if callable(name) else name) is not None:
                    self.add(found)
        return self._names  # type: ignore[return-value]  # every function called above


def _leads_subject(text: str, cast: Cast, countries: dict[str, str | None]) -> str | None:
    """The participant the lead's subject names first, if any."""
    if (subject := find_cue(text, cast)) and (subject.subject or subject.speaker) in countries:
        return subject.subject or subject.speaker
    return None


def _referent(pronoun: str, recent: _Referents) -> str | None:
    """Who "He" or "She" is: the participant who spoke or acted last, unless the text says that one is of the
    other sex ("The Foreign Secretary thanked the Foreign Minister for her leadership. She welcomed ...": the one
    before); a participant whose sex the text does not say fits either, after the one the text says is of the
    pronoun's ("Ms. KAMIKAWA Yoko ... Secretary Blinken stated that ... She welcomed this statement"). The sex an
    earlier pronoun gave its referent holds too ("Baerbock ... She added ... Wang Yi said ... She also highlighted":
    Baerbock), though two women unmarked then read as one (tried: the other way round breaks the mixed pair, which
    the genre holds far more often)."""
    genders = recent.genders
    known = [name for name, sex in genders.items() if sex == pronoun]
    named = recent.names()
    if pronoun == "she" and len(known) == 1 and known[0] in named:
        return known[0]  # the texts mark a woman ("Ms.", "Madam") far more often than a man: "She" is the one marked
    for name in reversed(named):
        if genders.get(name, pronoun) == pronoun:
            return name
    return known[0] if len(known) == 1 else None  # not one of the other sex: someone the text names as no participant


# What says a participant is a man or a woman: a courtesy or a royal office before the name, or the lead's "his" /
# "her counterpart" after its subject
_MALE = re.compile(r"\b(?:Mr|Sir|King|Prince|Emir|Amir|Sultan|Sheikh|His)\b\.?\s*(?:[A-Z][\w.’'\-]*\s+){0,3}$")
_FEMALE = re.compile(r"\b(?:Mrs|Ms|Madam|Madame|Queen|Princess|Sheikha|Dame|Lady|Her)\b\.?\s*(?:[A-Z][\w.’'\-]*\s+){0,3}$")
_A_PERSONAL_STYLE = re.compile(r"(?<![a-z] )(?<![a-z],\s)\b(?P<style>Mr|Mrs|Ms)\b\.?\s+(?=[A-Z])")  # a subject's, not
# an object's ("She also thanked Mrs. X" leaves "She" open)
_SUBJECTS_PRONOUN = re.compile(r"\b(?:he|she)\b")  # not "his" or "her": "met with journalist X to discuss her work"
_FOR_THEIR_PART = re.compile(r",\s+(?:for|on)\s+(?P<whose>his|her)\s+part\b")
_COUNTERPART_OF = re.compile(r"\b(?P<whose>his|her)\s+(?:[A-Z][\w\-]*\s+)?counterparts?\b")


def _the_one_unsexed(doc: Document, genders: dict[str, str], named_at: Callable[[str], bool]) -> str | None:
    """The one participant whose sex `genders` does not yet know and whose name or an alias (of three letters or more)
    `named_at` finds where a word told a sex; None when none is, or more than one."""
    named = {p.name for p in doc.participants if p.name not in genders
             and any(len(alias) > 2 and named_at(alias) for alias in (p.name, *p.aliases))}
    return named.pop() if len(named) == 1 else None


def _genders(doc: Document) -> dict[str, str]:
    genders: dict[str, str] = {}
    for p in doc.participants:
        start = p.title_span.start if p.title_span and p.title_span.start < p.span.start else p.span.start
        before = doc.text[max(0, start - 40):p.span.start]
        if _MALE.search(before):
            genders[p.name] = "he"
        elif _FEMALE.search(before):
            genders[p.name] = "she"
    for styled in _A_PERSONAL_STYLE.finditer(doc.text):  # "Mr Peters said ...", "Ms. Kallas noted" further on (New Zealand,
        # the UK, Ireland, Singapore, the UN, Japan's MOFA): the courtesy before a participant's name says their sex
        if who := _the_one_unsexed(doc, genders, lambda alias: doc.text.startswith(alias, styled.end())):
            genders[who] = "he" if styled["style"] == "Mr" else "she"
    for part in _FOR_THEIR_PART.finditer(doc.text):  # "Minister Joly, for her part, underscored ..." (Mexico's SRE, VNA,
        # Kremlin, Ukraine's presidency): the possessive says the sex of the participant named right before the comma (not
        # "The Spanish minister, for his part," after another's name)
        if who := _the_one_unsexed(doc, genders, lambda alias: any(
                end == part.start() for _, end in name_spans(doc.text, alias, max(0, part.start() - len(alias)), part.start()))):
            genders[who] = "he" if part["whose"] == "his" else "she"
    for own in _ONES_OWN.finditer(doc.text):  # "Minister Fajon informed her host ...", "Minister Odobescu expressed her
        # gratitude" (Nordic, Balkan, African and Gulf readouts): a named subject's own possessive after its verb says its
        # sex; not an object pronoun ("briefed her on") nor the other's ("thanked X for her call", "welcomed her visit")
        if (verb := _ITS_VERB_BEFORE.search(doc.text, max(0, own.start() - 40), own.start())) is not None \
                and (who := _the_one_unsexed(doc, genders, lambda alias: doc.text.endswith(alias, 0, verb.start()))):
            genders[who] = "he" if own["whose"] == "his" else "she"
    if doc.author:
        genders[doc.author] = "I"  # a first-person release's author is "I", never "He" or "She"
    if doc.lead is not None and doc.participants and doc.participants[0].name not in genders:
        lead, subject = doc.sentences[doc.lead], doc.participants[0]
        if m := _COUNTERPART_OF.search(doc.text, lead.span.start, lead.span.end):  # "X met his Indian counterpart"
            if subject.span.end <= m.start():
                genders[subject.name] = "he" if m["whose"] == "his" else "she"
        elif lead.span.start <= subject.span.start < lead.span.end:  # "Elina Valtonen visited Vilnius, where she held
            # talks with ..." (Finland, Sweden, State): a pronoun between the subject and the next official is the subject's
            others = [(p.title_span or p.span).start for p in doc.participants[1:]
                      if subject.span.end <= (p.title_span or p.span).start < lead.span.end]
            end = min(others, default=lead.span.end)
            if (who := doc.text.find(" who ", subject.span.end, end)) >= 0:
                end = who  # "met with the mother of a detained journalist, who said she ...": someone else's pronoun
            if m := _SUBJECTS_PRONOUN.search(doc.text, subject.span.end, end):
                genders[subject.name] = m.group()
    return genders


# a state that is what the words are about: "presented the latest developments regarding the security situation in the
# Republic of Moldova" (Romania's MAE), "the war in Ukraine", "the crisis in Sudan": no one's own state for saying so
_A_TOPICS_PLACE = re.compile(r"\b(?:situation|developments?|crisis|war|conflict|events|tensions|fighting)\s+(?:[a-z]+\s+){0,2}?"
                             r"(?:in|on|around|inside)\s+(?:the\s+)?$")
_TO_A_PLACE = re.compile(r"\b(?:to|in|at|from|via)\s+$")  # "his recent visit to Washington": a place, not who he speaks for


# The offices two states meet at, whose holder in a readout is as often the guest as the host: heads of state and
# government and their deputies, monarchs and heirs, foreign and defence ministers. Any other office a text leaves
# without its state (a portfolio, an ambassador, a secretary, an adviser, a governor), in a release where no other
# state takes part, is the publisher's own: what its holder speaks of is their portfolio's business, not their side
# (Kremlin, Ukraine's presidency, State: "Minister of Transport Vitaly Savelyev" reporting on freight to China)
_A_COUNTERPARTS_OFFICE = re.compile(
    r"\b(?:President|Premier|Prime\s+Minister|Chancellor|Taoiseach|King|Queen|Emir|Amir|Sultan|Monarch|Crown\s+Prince|"
    r"Prince|Sheikh|Leader|Head\s+of\s+State|Head\s+of\s+Government)\b"
    r"|" + _FOREIGN_OFFICE.pattern + r"|Defen[cs]e|Secretary[- ]General")
_AN_ORGANISATIONS_HEAD = re.compile(r"(?:Deputy\s+|Assistant\s+|Under-)?Secretary[- ]General", re.I)  # not a Director
# General, whom many states' agencies have
_ROYAL_HOUSE = re.compile(r"\bAl[- ][A-Z][\w-]+$")  # "Al-Thani", "Al Khalifa", "Al Nahyan", "Al-Sabah", "Al Saud"


def _another_sides_encounter(doc: Document) -> bool:
    """Whether another state than the publisher's takes part, or the headline or lead names one outside a topic's
    place, or an organisation none of the participants is of ("met with Emirati National Security Advisor ...",
    "... Chief Diplomatic Advisor to the President of Spain", "European Commission President Ursula von der Leyen’s
    Head of Cabinet"): its officials may be the ones the text leaves without their state. A government's own meeting,
    or one with an organisation's known official, has no other side to belong to."""
    held = {p.country for p in doc.participants if p.country}
    if any(code != doc.publisher and actors().is_state(code) for code in held):
        return True
    spans = [(doc.title or "", 0, len(doc.title or ""))]
    if doc.lead is not None:
        spans.append((doc.text, doc.sentences[doc.lead].span.start, doc.sentences[doc.lead].span.end))
    return any(m.code != doc.publisher and (actors().is_state(m.code) or m.code not in held)
               and not _A_TOPICS_PLACE.search(text, max(0, m.span.start - 40), m.span.start)
               for text, start, end in spans for m in actors().find(text, start, end))


_MET = re.compile(r"\b(?:met|meets|meet|meeting|with|called\s+on|received\s+by|hosted\s+by)\s+(?:the\s+)?"
                  r"(?:[^.;:]{3,160},\s+(?:and\s+)?(?:the\s+)?)?$")  # or a later one of those listed: "He met with Deputy
# Foreign Minister X, Secretary of State for ... Y, and Marshal of the Senate Z" (State)


def _fill_countries(doc: Document) -> None:
    """A participant whose country the title did not give: an organisation's head is of the one body the sentence
    naming them names; in a government's own meeting, a portfolio's holder is the publisher's; otherwise they represent
    the state they speak for most ("Wang Yi said, ... China is willing ..."), other participants' states aside, or a
    ruling house's member their kin's."""
    if all(p.country for p in doc.participants):
        return
    taken = {p.country for p in doc.participants if p.country}
    own_state = doc.publisher if doc.publisher and actors().is_state(doc.publisher) \
        and not _another_sides_encounter(doc) else None
    lead = doc.sentences[doc.lead].span if doc.lead is not None else None
    for person in doc.participants:
        if person.country:
            continue
        if person.title and _AN_ORGANISATIONS_HEAD.fullmatch(person.title):
            # "The Secretary-General met President Ali ... expressed concern over the tensions between Guyana and
            # Venezuela" (the UN spokesperson): an organisation's head speaks of states, for none of them; the one
            # organisation the sentence naming them names is theirs
            named = next((sent.span for sent in doc.sentences if sent.span.start <= person.span.start < sent.span.end), None)
            bodies = {m.code for m in actors().find(doc.text, named.start, named.end) if not actors().is_state(m.code)} \
                - taken if named else set()
            person.country = bodies.pop() if len(bodies) == 1 else None
            continue
        said: Counter[str] = Counter()  # the states the person's statements name
        for st in doc.statements:
            if st.speaker == person.name:
                for m in actors().find(doc.text, st.span.start, st.span.end):
                    if actors().is_state(m.code) and \
                            not (m.kind == "metonym" and _TO_A_PLACE.search(doc.text, max(0, m.span.start - 12), m.span.start)) \
                            and not _A_TOPICS_PLACE.search(doc.text, max(0, m.span.start - 40), m.span.start):
                        said[m.code] += 1
        votes = Counter({code: n for code, n in said.items() if code not in taken})  # other participants' states aside
        in_lead = bool(lead and lead.start <= person.span.start < lead.end)
        met_abroad = doc.location is not None and doc.location.country and doc.publisher \
                and doc.location.country != doc.publisher and actors().is_state(doc.location.country) \
                and not (person.title and _AN_ORGANISATIONS_HEAD.match(person.title)) \
                and _MET.search(doc.text, max(0, (named := (person.title_span or person.span).start) - 200), named)
        if met_abroad:
            person.country = doc.location.country  # "EAM called on President X and met Foreign Minister H.E. Mr. Y in
            # Nicosia", "... met with Defense Minister Y" (India's MEA, State, the White House): the official met abroad,
            # whose state nothing else gives, is the host's (at home, a guest, whose state is unknown; not one who came
            # with the visitor: "X, joined by Ambassador Y, ...", nor a body's head: "Secretary General of the Muslim
            # World League X", met in Riyadh)
        elif own_state and person.title and not _A_COUNTERPARTS_OFFICE.search(person.title) \
                and not (person.title == "Minister" and in_lead) \
                and not (in_lead and said and said.most_common(1)[0][0] != own_state):
            # not the lead's "Minister Kono", whose office tells no portfolio, nor the lead's "Minister of Economy X" who
            # says "Japan will expand ...": a counterpart, whose own words name their state first
            person.country = own_state
        elif votes:
            person.country = votes.most_common(1)[0][0]
            taken.add(person.country)
        elif (house := _ROYAL_HOUSE.search(person.name)) and len(kin := {p.country for p in doc.participants if p.country
                                                                         and p.name.endswith(house.group())}) == 1:
            person.country = kin.pop()  # "the Deputy Amir Sheikh Abdullah bin Hamad Al-Thani" beside the Amir "Tamim bin
            # Hamad Al-Thani" (QNA, KUNA, BNA, WAM): a ruling house is its state's
        if person.country:
            for st in doc.statements:
                if st.speaker == person.name:
                    st.country = person.country

