"""The NLP stages on real-style sentences from several governments' readouts.

Each case is written in the style of one publisher (China MFA, White House, State Department,
Japan MOFA, India MEA, UK No. 10, Russia MID, EU); none is copied from the dev corpus, so these
measure the genre, not the files.
"""
from __future__ import annotations

import re

import pytest

from communique import extract
from communique.pipeline import extract_document
from communique.lexicons import load_yaml
from communique.model import BOTH, Document
from communique.settings import Settings
from communique.stages.encounter import _rules, classify
from communique.stages.participants import find_mentions
from communique.stages.segment import split_sentences

from conftest import GOLD, dev_texts, needs_shared


@pytest.mark.parametrize("para, expected", [
    ("President Joseph R. Biden, Jr. met with Mr. Kishida. He said yes.", 2),
    ("The U.S. and the P.R.C. agreed. Both sides will meet.", 2),
    ("1. The United States will continue to (1) modify the rate.", 1),
    ("He visited Washington, D.C. on Monday. Talks followed.", 2),
    ("Szijjártó raised energy security. Đurić thanked Hungary for its support.", 2),  # a Latin Extended-A capital
    ("“We are partners,” Jaishankar said on X. Balakrishnan said Singapore agreed.", 2),  # the network, not an initial
    ("Civil rights leader Malcolm X. Little spoke.", 1),
    ("Wang Yi said, “We oppose this.” Bui Thanh Son agreed.", 2),
    ("Foreign Adviser Md. Touhid Hossain met Secretary Ma. Theresa Lazaro and Datuk Mohd. Alamin in Manila.", 1),
    ("Secretary Blinken will speak in College Park, MD. He will tour the lab.", 2),  # a state's code ends it
    ("Rt. Hon. Prime Minister Mr. KP Sharma Oli met the Prime Minister of India. They agreed.", 2),  # Nepal, UK
])
def test_sentences_split_on_ends_not_abbreviations(para, expected):
    assert len(split_sentences(para)) == expected


@pytest.mark.parametrize("sentence", [
    # "speaks to" a topic (White House, State, the Commonwealth)
    "This year's theme speaks to the urgency of the moment.",
    "The Secretary spoke to the historic nature of the agreement.",
    "Secretary Blinken and Foreign Minister Wong spoke to reporters after their meeting in Canberra.",
    "The Council called for an end to the fighting.",
    "The ministers called on all parties to exercise restraint.",
    "The so-called Islamic State claimed the attack.",
    "The President received a courtesy call from the Governor.",  # a visit, not a phone call
    "The Ambassador made a courtesy call on the Minister.",
    "The Prime Minister received a farewell call from the outgoing High Commissioner at his Office in Suva.",
    "He made a call for an immediate ceasefire.",
    "He condemned what he called Russia's war of aggression.",
    "The fighting continued in a region called Donbas.",
])
def test_call_words_that_announce_no_phone_call(sentence):
    found = classify(sentence)
    assert found is None or found[0] != "phone_call"


@pytest.mark.parametrize("sentence, label", [
    ("Some 3,000 farmers received PHP10,000 each under the assistance program.", None),  # a sum received (PNA)
    ("In the last two weeks, Ukraine has received more than 100,000 tons of humanitarian aid.", None),
    ("The President received the Ambassador of Japan at the Palace.", "meeting"),
    # a demand is no visit; a call on someone to discuss something is (Ukraine's presidency, White House; APP, BSS)
    ("President Zelenskyy called on NATO to provide Ukraine with military assistance.", None),
    ("The Ministry called on the UN Security Council to assume its responsibilities.", None),
    ("The Ambassador called on the Prime Minister to discuss bilateral ties.", "meeting"),
    ("Secretary Blinken called on the Ambassador to the United Nations at the mission.", "meeting"),
    # a news conference only announced or watched is no encounter (Kremlin)
    ("The list of journalists accredited to cover Vladimir Putin's news conference has been published.", None),
    # news received is no visitor (Itamaraty, Gulf agencies)
    ("The Brazilian Government received with consternation the news of the earthquake in Morocco.", None),
    ("The Ministry received information that two citizens were detained.", None),
    # what an act signals, a statement texted to reporters: no message between officials (KUNA, State, Yonhap)
    ("The summit sends a clear message to the international community on Gaza.", None),
    ("Member states sent a clear message of support for the people of Nicaragua.", None),
    ('"We are ready," the Joint Chiefs of Staff said in a text message sent to reporters.', None),
    ("The United States offers condolences on the death of former President Tom Reid.", None),  # to nobody (State)
    # a ministry's written press statement is no remarks; statements made to the press after talks are (Kenya; Kremlin)
    ("PRESS STATEMENT: SITUATION IN THE REPUBLIC OF SUDAN", None),
    ("Press statements following Russian-Mongolian talks", "press_remarks"),
    ("Vladimir Putin and Kassym-Jomart Tokayev made press statements.", "press_remarks"),
    ("Prime Minister Petr Fiala gave a press statement together with Prime Minister Donald Tusk.", "press_remarks"),
    ("In a press statement to journalists in Ankara, Foreign Minister Hakan Fidan said ...", "press_remarks"),
    ("Kassym-Jomart Tokayev received the report of Prime Minister Olzhas Bektenov.", "meeting"),  # a report is a visit
])
def test_receiving_a_sum_is_no_meeting(sentence, label):
    assert (classify(sentence) or (None,))[0] == label


@pytest.mark.parametrize("sentence, label", [
    ("On April 14, 2022, Wang Yi had a phone conversation with Vietnamese Foreign Minister Bui Thanh Son.", "phone_call"),
    ("President Biden held a secure video call today with President Putin of Russia.", "video_call"),
    ("President Joseph R. Biden, Jr. met virtually today with Taoiseach Micheál Martin of Ireland.", "video_call"),
    ("Prime Minister Keir Starmer spoke to President Zelenskyy this morning.", "phone_call"),
    ("President Emmanuel Macron spoke Sunday with Iranian President Ebrahim Raisi.", "phone_call"),  # wire style
    ("On 5 March 2024, Russian Foreign Minister Sergey Lavrov held talks in Moscow with Hakan Fidan.", "talks"),
    ("Secretary Blinken met with Indian External Affairs Minister Jaishankar in New Delhi.", "meeting"),
    # a joint news conference told as the encounter (Anadolu, wires); a conference only announced is none
    ("Türkiye's Foreign Minister Hakan Fidan and his Iranian counterpart Abbas Araghchi held a joint news conference in "
     "Istanbul on Friday.", "press_remarks"),
    # several calls in one sentence (Kremlin, White House, Ukraine's presidency)
    ("President Petro Poroshenko had phone conversations with Chancellor Angela Merkel and President François Hollande.",
     "phone_call"),
    # a dialogue or talks named by their parties, numbered or joined by a hyphen (India's MEA, Mongolia, Kremlin)
    ("Dr. S. Jaishankar held the 16th India-Japan Foreign Ministers' Strategic Dialogue with Yoko Kamikawa.", "talks"),
    ("First Vice Minister Kim Hong-kyun held the 10th ROK-China Vice Foreign Ministerial Strategic Dialogue with "
     "Executive Vice Minister Ma Zhaoxu.", "talks"),
    ("Vladimir Putin held Russian-Vietnamese talks with General Secretary To Lam in Hanoi.", "talks"),
    # talks told after another act, with their place (wires)
    ("Chile and Peru signed a border agreement on Monday after talks in Lima between Foreign Minister Alberto van "
     "Klaveren and his Peruvian counterpart Javier González-Olaechea.", "talks"),
    ("Minister Battsetseg held the 5th Foreign Ministers' Consultations with Murat Nurtleu.", "meeting"),
    ("Xi Jinping sent a congratulatory message to Vo Van Thuong on his election.", "message"),
    ("Prime Minister Kishida held a press conference after the G7 Summit.", "press_remarks"),
    ("Foreign Minister Wang Yi received Cambodian Deputy Prime Minister Prak Sokhonn in Beijing.", "meeting"),
    ("President Biden welcomed Prime Minister Lee Hsien Loong of Singapore to the White House today.", "meeting"),
    ("President Biden welcomed President Sauli Niinistö of Finland and Prime Minister Magdalena Andersson of Sweden "
     "to the White House today.", "meeting"),
    ("Prime Minister Edi Rama welcomed the President of Serbia, Aleksandar Vučić, today.", "meeting"),  # Albania, WH
    ("President William Ruto welcomed President Lula da Silva of the Federative Republic of Brazil (Brazil) for a "
     "State Visit.", "meeting"),  # Kenya, White House, India: a host welcomes a guest for a visit
    ("Prime Minister Modi welcomed Prime Minister Anthony Albanese on his first official visit.", "meeting"),
    # meetings with a day and date between the verb and "with" (Peru, Ukraine)
    ("The Minister held bilateral meetings on Wednesday 13 November with the Foreign Ministers of Chile and Japan.",
     "meeting"),
    # call forms of more governments (UN, Pakistan, India, Qatar, Xinhua)
    ("The Secretary-General called the Prime Minister of Nepal, Pushpa Kamal Dahal, this afternoon.", "phone_call"),
    ("Foreign Minister Ishaq Dar called his Turkish counterpart Hakan Fidan today.", "phone_call"),
    ("Prime Minister Shri Narendra Modi had a telephonic conversation today with President Lula.", "phone_call"),
    ("Emmanuel Macron, President of the French Republic, spoke this Sunday, 2 April 2023, with Justin Trudeau.",
     "phone_call"),  # a full date between the verb and "with" (Élysée)
    ("The Minister of State received today a phone call from the Foreign Minister of Oman.", "phone_call"),
    ("On March 3, the French side initiated a call between the two foreign ministers.", "phone_call"),
    ("Premier Li Qiang talked with Chancellor Olaf Scholz over phone on Monday.", "phone_call"),
    ("Secretary Rubio spoke over the phone with Foreign Minister Wong.", "phone_call"),
    # a message: congratulations and condolences when nothing else is said of the encounter
    ("Vietnamese President Vo Van Thuong on Tuesday congratulated Ferdinand Marcos on his election.", "message"),
    ("Vladimir Putin expressed his deep condolences to President of Iran Masoud Pezeshkian.", "message"),
    # thanks, replies and cables (KCNA, Xinhua, VNA, Gulf agencies)
    ("Kim Jong Un received a message of thanks from Vladimir Putin.", "message"),
    ("Prime Minister Pham Minh Chinh sent a letter of thanks to Prime Minister Sonexay Siphandone.", "message"),
    ("President Xi Jinping replied to a letter from students of a school in Iowa.", "message"),
    ("Premier Li Qiang cabled his condolences to Prime Minister Fumio Kishida.", "message"),
    ("The President called President-elect Sheinbaum to congratulate her on her victory.", "phone_call"),
    ("President Lula met Prime Minister Modi and congratulated him on the summit.", "meeting"),
    ("Press statements following Russian-Egyptian talks", "press_remarks"),
    ("Secretary Antony J. Blinken and Foreign Minister Penny Wong at a Joint Press Availability", "press_remarks"),
    ("Joint press point with NATO Secretary General Mark Rutte and Prime Minister Dick Schoof", "press_remarks"),
    # an announced meeting, in the opening sentence (Kremlin, White House, State)
    ("On 14 May, President Tokayev will meet with President Mirziyoyev in Tashkent.", "meeting"),
    ("On Monday, the President will meet virtually with Prime Minister Albanese of Australia.", "video_call"),
    ("Prime Minister Shri Narendra Modi spoke on phone today with President Vladimir Putin.", "phone_call"),  # PIB, MEA
    ("President Vladimir Putin has sent New Year greetings to President Kassym-Jomart Tokayev.", "message"),
    ("Ambassador Jan Novak presented his letters of credence to President Kassym-Jomart Tokayev.", "meeting"),
    ("President Zelenskyy held talks with Prime Minister Dick Schoof in video format.", "video_call"),
    ("Chancellor Olaf Scholz had a working lunch with President Emmanuel Macron in Paris.", "meeting"),
    # the two as the subject of a conversation (Kremlin, State)
    ("After the summit, Vladimir Putin and President of Belarus Alexander Lukashenko had a brief conversation.", "meeting"),
    ("Deputy Secretary Sherman and President Bongo Ondimba had a productive conversation on new avenues.", "meeting"),
    # several calls at once (White House, State, Canada's PMO)
    ("The Secretary convened calls with the foreign ministers of the Gulf states.", "phone_call"),
    ("President Biden today made separate calls to the mayors of Fort Myers and Naples.", "phone_call"),
    # an audience, a video consultation, a trip to meet (White House, Kremlin, Ukraine's presidency)
    ("In her audience with His Majesty King Charles III today, the Vice President conveyed greetings.", "meeting"),
    ("Deputy Head of the Office Ihor Zhovkva held a video consultation with the Adviser to the Chancellor.", "video_call"),
    ("Speaking to reporters after the meeting, Foreign Minister Marko Djuric said Serbia would present its case.",
     "press_remarks"),  # remarks to the press, as "told reporters" are (Tanjug, wires)
    ("The Head of State stated this, speaking with media representatives at the conference of ambassadors.",
     "press_remarks"),  # "with" the media as "to" them (Ukraine's presidency)
    ("Prime Minister ISHIBA Shigeru held a Japan-Philippines Summit Video Teleconference Meeting with President Marcos.",
     "video_call"),  # a video teleconference (Japan's MOFA, State), though it is called a meeting
    ("President Anura Kumara Dissanayake and Prime Minister Narendra Modi held bilateral discussions at Hyderabad House.",
     "talks"),
    ("The President of the Republic, João Lourenço, sent this Sunday a message of condolences to his Namibian "
     "counterpart, Nangolo Mbumba.", "message"),  # a translation's word order: the day before the object
    ("The Special Envoy traveled to Nairobi, Kenya on March 3, 2024 to meet with President William Ruto.", "meeting"),
    # a meeting one's official took part in, held somewhere (Mexico's SRE, Ukraine's presidency)
    ("Foreign Affairs Secretary Alicia Bárcena took part today in the meeting held at the National Palace between "
     "President Andrés Manuel López Obrador and Secretary of State Antony Blinken.", "meeting"),
    ("The Special Envoy traveled to Nairobi, Kenya on March 3, 2024\xa0to meet with President William Ruto.", "meeting"),  # a
    # no-break space between the words (the White House's pages)
    # a message of solidarity delivered at a meeting is the meeting's (State)
    ("Secretary Blinken met with Foreign Minister Kuleba in Kyiv today to deliver a message of solidarity.", "meeting"),
    # a named annual format (Bernama, Singapore, Australia; State)
    ("Prime Minister Anwar Ibrahim and his counterpart Lawrence Wong held the 11th Malaysia-Singapore Leaders' Retreat.",
     "meeting"),
    ("Deputy Secretary Kurt Campbell and Vice Minister Okano Masataka held the third U.S.-Japan Strategic Dialogue.", "talks"),
    # meetings in the plural, discussions with a word between (Ukraine, State, Pakistan, Ethiopia)
    ("Volodymyr Zelenskyy also had brief meetings with Lithuanian President Gitanas Nausėda.", "meeting"),
    ("State Minister Misganu Arega held discussions today with EU Special Representative Annette Weber.", "talks"),
    # told in the passive, or after what was said (KPL, Armenia; Kyodo, Yonhap)
    ("Political consultations between the Foreign Ministries of Armenia and Uzbekistan took place in Tashkent.", "meeting"),
    ("Japan and South Korea will cooperate, Prime Minister Shigeru Ishiba said Saturday after meeting President Lee Jae "
     "Myung in Tokyo.", "meeting"),
    # a summit one's own leader attended (Ukraine, White House); online, a video call
    ("President of Ukraine Volodymyr Zelenskyy took part in the plenary session of the sixth Eastern Partnership Summit "
     "in Brussels.", "meeting"),
    ("President Joseph R. Biden, Jr. today attended the annual East Asia Summit in Phnom Penh, Cambodia.", "meeting"),
    ("Prime Minister Narendra Modi took part in the virtual summit of the G20 leaders.", "video_call"),
    # a message the guest carried is no message of the encounter's (KUNA, QNA, WAM, Egypt)
    ("The Crown Prince received at Bayan Palace Qatar's Minister of State Mohammed Al-Khulaifi, who delivered a written "
     "message from the Amir of Qatar.", "meeting"),
    ("Foreign Minister Gedion Timothewos held discussion with Djiboutian Foreign Minister Abdoulkader Houssein Omar.",
     "talks"),  # Ethiopia: the singular, not "held a discussion with journalists"
    ("Minister Mauro Vieira will receive, on July 18, the Minister of Foreign Affairs of Paraguay, Rubén Ramírez Lezcano.",
     "meeting"),  # Itamaraty: the date between the verb and its object
    ("Foreign Minister Alexander Schallenberg welcomed the Minister for Foreign Affairs of the Republic of Singapore, "
     "Dr Vivian Balakrishnan, to Vienna today.", "meeting"),
    # the encounter as a passive's subject, its parties after it (Laos, Ukraine's presidency, State)
    ("Talks were held on Jan 9 in Vientiane between Prime Minister Sonexay Siphandone and Prime Minister of Vietnam Pham "
     "Minh Chinh.", "talks"),
    ("A meeting took place today between the Minister of Foreign Affairs and the Ambassador of Japan.", "meeting"),
    # calls received in the plural, told by their kind (SPA, Singapore MFA, Gulf agencies)
    ("The Crown Prince and Prime Minister received separate phone calls today from President Emmanuel Macron and Prime "
     "Minister Giorgia Meloni.", "phone_call"),
    ("Prime Minister Lawrence Wong received congratulatory phone calls from Prime Minister Anwar Ibrahim and Prime "
     "Minister Christopher Luxon.", "phone_call"),
    # a letter told in the perfect (Pacific Islands Forum, UK)
    ("Pacific Islands Forum Secretary General Henry Puna has written to the Prime Minister of Japan, Fumio Kishida.",
     "message"),
    # a letter the sentence opens with, and sympathies conveyed to a counterpart (PNG, Pacific, Gulf agencies)
    ("In a letter dated 3 May 2024, Prime Minister Sitiveni Rabuka thanked Prime Minister Siaosi Sovaleni for his "
     "support.", "message"),
    ("Prime Minister Sitiveni Rabuka conveyed to his Tongan counterpart, Hon. Siaosi Sovaleni, the deepest sympathies of "
     "Fiji.", "message"),
    # a statement's present, to someone (AU, UN, Commonwealth)
    ("The Chairperson of the Commission, H.E. Amina Diallo, extends her warm congratulations to H.E. Tom Reid on his "
     "election.", "message"),
    # a summit meeting is a meeting, a summit held is talks (Japan's MOFA and Kantei, Petra; Yonhap, Élysée)
    ("Mr. SATO Kenji, Prime Minister of Japan, held a summit meeting with H.E. Mr. Ramon Cruz, President of the "
     "Philippines.", "meeting"),
    ("The King and the Egyptian and French presidents held a trilateral summit meeting in Amman on Monday.", "meeting"),
    ("President Kim held a summit with President Aquino in Manila.", "talks"),
    # a meeting going on as the release is written (Ukraine's presidency, Kremlin)
    ("The Presidents of Ukraine, Lithuania and Poland are holding a trilateral meeting at the Syniohora residence.",
     "meeting"),
    ("The two ministers discussed holding the next meeting of the joint commission.", None),  # what they discussed
    # a guest hosted or welcomed for talks (New Zealand, Slovenia, Germany)
    ("Foreign Minister Jane Reid has today hosted Indonesian Foreign Minister Sari Putri for formal talks in Auckland.",
     "talks"),
    ("Prime Minister Ana Novak today hosted the Prime Minister of Austria, Karl Huber, in Ljubljana for official talks, "
     "which were followed by a plenary meeting of the two delegations.", "talks"),
    ("The Minister welcomed Kenya's support for a ceasefire in Sudan.", None),
    # a letter told by its writing, the day between (Commonwealth, UK)
    ("The Secretary-General has today written to the Prime Minister of Tuvalu to express her condolences.", "message"),
])
def test_encounter_label_from_lead(sentence, label):
    assert (classify(sentence) or (None,))[0] == label


@pytest.mark.parametrize("title, lead, label", [
    # a congratulation tells what was said; the title's strong words the encounter's form (State, Akorda)
    ("Secretary Blinken's Call with Israeli Foreign Minister Lapid",
     "Secretary of State Antony J. Blinken warmly congratulated Yair Lapid today on his appointment.", "phone_call"),
    ("Kassym-Jomart Tokayev had a telephone conversation with President of Uzbekistan Shavkat Mirziyoyev",
     "The Head of State warmly congratulated Shavkat Mirziyoyev on his birthday.", "phone_call"),
    # the title's cue is no stronger than the body's: the body's stays
    ("Congratulations to President of Uzbekistan Shavkat Mirziyoyev",
     "Kassym-Jomart Tokayev congratulated Shavkat Mirziyoyev on his birthday.", "message"),
    ("Meeting with Ilham Aliyev and Nikol Pashinyan",
     "Trilateral talks between Vladimir Putin, Ilham Aliyev and Nikol Pashinyan were held in Sochi.", "talks"),
    # a title that names another encounter, recalled or to come
    ("Tokayev congratulates Mirziyoyev, recalls talks with him in Samarkand",
     "Kassym-Jomart Tokayev congratulated Shavkat Mirziyoyev on his birthday.", "message"),
    ("Prime Minister congratulates President Trump ahead of phone call next week",
     "Prime Minister Mark Carney congratulated President Donald Trump on his inauguration.", "message"),
])
def test_a_congratulation_in_the_lead_takes_the_form_its_title_gives(title, lead, label):
    from communique.ingest.text import document_from_text

    doc = document_from_text(lead, doc_id="t", published="2024-07-24")
    doc.title = title
    assert extract_document(doc).encounter == label


@pytest.mark.parametrize("text, names, place", [
    # a wire's tag before its headline leaves it a headline: the body's sentence, with the officials' full names, is
    # the lead; a dateline in capitals places the meeting as the city is written (Yonhap, Kyodo)
    ("(2nd LD) Yoon, Biden hold summit at presidential office in Seoul\n2022-05-21 17:52\nSEOUL, May 21 (Yonhap) -- "
     "President Yoon Suk Yeol and U.S. President Joe Biden held their first summit at Yoon's office on Saturday.",
     ["Yoon Suk Yeol", "Joe Biden"], "Seoul"),
    ("(LEAD) FM Cho holds phone talks with Blinken\nSEOUL, Dec. 5 (Yonhap) -- Foreign Minister Cho Tae-yul held phone "
     "talks with U.S. Secretary of State Antony Blinken on Thursday.", ["Cho Tae-yul", "Antony Blinken"], None),
])
def test_a_wires_tagged_headline_is_no_lead(text, names, place):
    r = extract(text, doc_id="t")
    assert [p.name for p in r.participants] == names
    assert (r.location.name if r.location else None) == place


def test_the_bodys_lead_after_two_sentences_of_statement_wins_over_the_headline():
    """Kenya's and Nigeria's State House open with what the President said, then tell the meeting."""
    from communique.settings import Settings

    r = extract("President Ruto, Dutch PM Rutte hold bilateral talks in Nairobi\nState House, Nairobi\nMonday, April 3, "
                "2023\nPresident William Ruto has said Kenya will deepen trade ties with the Netherlands.\nHe said the two "
                "countries have agreed to work together in agriculture.\nThe President spoke on Monday at State House, "
                "Nairobi, when he held bilateral talks with Dutch Prime Minister Mark Rutte.\nMr Rutte said the "
                "Netherlands is keen on supporting Kenya.", doc_id="t", settings=Settings(publisher="KEN"))
    assert [(p.name, p.title) for p in r.participants] == [("William Ruto", "President"), ("Mark Rutte", "Prime Minister")]
    assert [s.speaker for s in r.statements][3:] == ["William Ruto", "William Ruto", None, "Mark Rutte"]


def test_the_body_opening_with_what_the_president_said_and_a_quotation_over_two_sentences_tells_the_meeting_next():
    """The page's title given apart, the body's first line the President's words, a quotation broken by its attribution
    and running over two sentences, then the talks (Kenya's, Nigeria's State House)."""
    from communique.ingest.text import document_from_text

    doc = document_from_text("President William Ruto has said Kenya and Tanzania will work together on trade.\nHe said the "
                             "two neighbours must deepen integration.\n\"We agreed,\" President Ruto said, \"to direct our "
                             "ministers to resolve all barriers. Our traders should not wait for days.\"\nThe President "
                             "spoke on Monday at State House, Dar es Salaam, where he held talks with President Samia Suluhu "
                             "Hassan.\nPresident Suluhu said Tanzania was ready to build the pipeline.", doc_id="t",
                             title="Kenya, Tanzania agree to eliminate trade barriers", published="2022-10-11")
    doc.publisher = "KEN"
    r = extract_document(doc)
    assert (r.encounter, r.date, r.location.name) == ("talks", "2022-10-10", "Dar es Salaam")
    assert [p.name for p in r.participants] == ["William Ruto", "Samia Suluhu Hassan"]
    assert r.statements[-1].speaker == "Samia Suluhu Hassan"


def test_a_quotation_of_the_president_fills_no_place_of_the_leads_window():
    """State House's opening: the President's words, a quotation of them, then the meeting, under a headline that names
    none (Kenya, Nigeria)."""
    from communique.settings import Settings

    r = extract("Kenya, Germany to deepen cooperation in green energy\nState House, Nairobi\nFriday, May 5, 2023\nPresident "
                "William Ruto has said Kenya and Germany will deepen their partnership.\nHe said Kenya is ready to supply "
                "skilled workers.\n\"We have agreed to expedite a labour mobility agreement,\" said the President.\nThe "
                "President spoke at State House, Nairobi, when he held bilateral talks with German Chancellor Olaf Scholz.",
                doc_id="t", published="2023-05-05", settings=Settings(publisher="KEN"))
    assert (r.encounter, [p.name for p in r.participants]) == ("talks", ["William Ruto", "Olaf Scholz"])


def test_the_body_opening_with_what_the_states_agreed_tells_the_meeting_after_the_presidents_words():
    """State House's other opening: what the two states agreed, the President's reported words, then the talks; the
    quotation right after the narrated lead, closed by "he said", is the President's (Kenya, Nigeria)."""
    from communique.settings import Settings

    r = extract("State House, Nairobi, Tuesday, February 13, 2024\nKenya and Poland have agreed to deepen cooperation in "
                "trade and security.\nThe two countries will also work together to expand air connectivity.\nPresident "
                "William Ruto said Kenya is keen to tap into the Polish market for its tea.\nHe spoke on Tuesday at State "
                "House, Nairobi, when he held bilateral talks with his Polish counterpart Andrzej Duda.\n\"Poland is an "
                "important gateway to the European Union market,\" he said.", doc_id="t", published="2024-02-13",
                settings=Settings(publisher="KEN"))
    assert (r.encounter, [p.name for p in r.participants]) == ("talks", ["William Ruto", "Andrzej Duda"])
    assert r.statements[-1].speaker == "William Ruto"


def test_a_long_byline_among_the_top_lines_is_no_lead():
    """Australia, New Zealand: "Senator the Hon Penny Wong, Minister for Foreign Affairs" above the date and body."""
    r = extract("Meeting with Indonesian and Malaysian Foreign Ministers\nMedia release\nSenator the Hon Penny Wong, "
                "Minister for Foreign Affairs\n14 February 2025\nToday I met with Indonesian Foreign Minister Sugiono "
                "and Malaysian Foreign Minister Mohamad Hasan in Kuala Lumpur.\nWe discussed Myanmar.", doc_id="t")
    assert [p.name for p in r.participants] == ["Penny Wong", "Sugiono", "Mohamad Hasan"]
    assert (r.location.name, r.statements[-1].speaker) == ("Kuala Lumpur", "Penny Wong")


def test_a_headlines_capitals_are_no_weak_cues_names():
    r = extract("Statement\nThe United States Welcomes the Truce Extension in Yemen\nThe United States welcomes the "
                "extension of the truce announced today.", doc_id="t")
    assert (r.encounter, r.participants) == ("other", [])


def test_encounter_cues_are_written_in_lower_case():
    """`classify` first looks at the lower-cased sentence for any cue: a capital written in a cue
    outside a part that asks for one ("(?-i:[A-Z])") would never be found there."""
    data = load_yaml("encounters.yaml")
    groups = [*data["labels"].values(), *data["weak_labels"].values(), data["joint_statement"]]
    for cue in (cue for cues in groups for cue in cues):
        bare = re.sub(r"\\.", "", _without_case_sensitive_parts(cue))
        assert bare == bare.lower(), cue


def _without_case_sensitive_parts(cue: str) -> str:
    """The cue less its "(?-i:...)" groups, however deep the groups inside them."""
    while (start := cue.find("(?-i:")) >= 0:
        depth, end = 0, start
        for end in range(start, len(cue)):
            if cue[end] == "\\":
                continue
            if cue[end] == "(" and cue[end - 1:end] != "\\":
                depth += 1
            elif cue[end] == ")" and cue[end - 1:end] != "\\":
                depth -= 1
                if depth == 0:
                    break
        cue = cue[:start] + cue[end + 1:]
    return cue


@needs_shared
def test_the_first_look_for_a_cue_misses_none():
    """The lower-cased look before the cues finds every sentence the cues find, whatever its case."""
    for text, _ in dev_texts().values():
        for sentence in (text[s:e] for s, e in split_sentences(" ".join(text.split()))):
            for variant in (sentence, sentence.upper(), sentence.title()):
                for strong_only in (False, True):
                    rules = _rules().strong if strong_only else _rules().labels
                    first_label = next(((label, m.span()) for label, p in rules if (m := p.search(variant))), None)
                    assert classify(variant, strong_only=strong_only) == first_label, variant


@pytest.mark.parametrize("sentence, expected", [
    ("State Councilor and Foreign Minister Wang Yi held talks with Vietnamese Foreign Minister Bui Thanh Son in Hanoi.",
     [("Wang Yi", "State Councilor and Foreign Minister", None), ("Bui Thanh Son", "Foreign Minister", "VNM")]),
    ("Mr. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. Antony Blinken, "
     "Secretary of State of the United States of America.",
     [("KAMIKAWA Yoko", "Minister for Foreign Affairs", "JPN"), ("Antony Blinken", "Secretary of State", "USA")]),
    ("National Security Advisor Jake Sullivan and the Secretary of the Russian Security Council Nikolay Patrushev met.",
     [("Jake Sullivan", "National Security Advisor", None), ("Nikolay Patrushev", "Secretary of the Security Council", "RUS")]),
    ("Prime Minister Narendra Modi held a telephone conversation with President Ferdinand Marcos, Jr. of the Philippines.",
     [("Narendra Modi", "Prime Minister", None), ("Ferdinand Marcos, Jr.", "President", "PHL")]),
    # a government's standing in lower case inside the office (Cyprus, Lebanon, Bangladesh)
    ("The Minister also met the Minister of Foreign Affairs of the interim Government, Mr Touhid Hossain.",
     [("Touhid Hossain", "Minister of Foreign Affairs of the interim Government", None)]),
    ("The Minister spoke with the Minister of Foreign Affairs of the Syrian caretaker government, Asaad al-Shaibani.",
     [("Asaad al-Shaibani", "Minister of Foreign Affairs of the caretaker government", "SYR")]),  # EEAS
    # an acronym of two offices in brackets closes the office before the name (EEAS)
    ("On Saturday, the High Representative/Vice-President (HR/VP), Kaja Kallas, spoke with Minister Hakan Fidan.",
     [("Kaja Kallas", "High Representative/Vice-President", None), ("Hakan Fidan", "Minister", None)]),
    # the office a name now holds, after "following his re-election as" (Madagascar, Gulf agencies)
    ("President Ismail Omar Guelleh sent a message to His Excellency Faustin-Archange Touadéra following his re-election "
     "as President of the Central African Republic.",
     [("Ismail Omar Guelleh", "President", None), ("Faustin-Archange Touadéra", "President", "CAF")]),
    # ... its day and the office's ordinal in words between ("on his inauguration today as the fifth President": Malawi)
    ("President Lazarus Chakwera has sent a message to His Excellency Daniel Francisco Chapo on his inauguration today as "
     "the fifth President of the Republic of Mozambique.",
     [("Lazarus Chakwera", "President", None), ("Daniel Francisco Chapo", "President", "MOZ")]),
    # a listed leader's name that opens with a title's word, with the middle name the list leaves out (Botswana)
    ("President Duma Gideon Boko held bilateral talks with President Emmerson Mnangagwa of Zimbabwe.",
     [("Duma Gideon Boko", "President", None), ("Emmerson Mnangagwa", "President", "ZWE")]),
    # a portfolio's last word, capitalised, is no name (Germany, Ukraine's presidency, Namibia)
    ("President Nangolo Mbumba received German Federal Minister for Economic Affairs and Climate Action Robert Habeck.",
     [("Nangolo Mbumba", "President", None),
      ("Robert Habeck", "Federal Minister for Economic Affairs and Climate Action", "DEU")]),
    ("External Affairs Minister Dr. S. Jaishankar met UN Secretary-General António Guterres in New York.",
     [("S. Jaishankar", "External Affairs Minister", None), ("António Guterres", "Secretary-General", "UN")]),
    ("The representative from the Chinese side was He Lifeng, Vice Premier of the State Council.",
     [("He Lifeng", "Vice Premier of the State Council", None)]),
    # Australia DFAT: a courtesy after the comma says a name follows the title
    ("On 14 February 2024, the Minister for Foreign Affairs, Senator the Hon Penny Wong, met Retno Marsudi.",
     [("Penny Wong", "Minister for Foreign Affairs", None)]),
    # names with particles and Arabic articles, whole
    ("President von der Leyen met with President of Egypt Abdel Fattah el-Sisi in Cairo.",
     [("von der Leyen", "President", None), ("Abdel Fattah el-Sisi", "President", "EGY")]),
    ("Prime Minister Shri Narendra Modi spoke with President of the French Republic, His Excellency Mr. Emmanuel "
     "Macron.", [("Narendra Modi", "Prime Minister", None), ("Emmanuel Macron", "President", "FRA")]),
    # a royal word is a courtesy after an office, part of a name inside it, the title itself alone
    ("President of the United Arab Emirates Sheikh Mohamed bin Zayed Al Nahyan received Crown Prince Mohammed bin "
     "Salman.", [("Mohamed bin Zayed Al Nahyan", "President", "ARE"), ("Mohammed bin Salman", "Crown Prince", None)]),
    ("President Biden spoke today with President Hassan Sheikh Mohamud of Somalia.",
     [("Biden", "President", None), ("Hassan Sheikh Mohamud", "President", "SOM")]),
    # a state's people inside a portfolio are words of the office, not an adjective cut from it; they give its state, as
    # a ministry of a state's own people abroad is that state's (Tunisia, Senegal, Algeria)
    ("The Minister of Foreign Affairs, Migration and Tunisians Abroad, Nabil Ammar, received Ambassador Ito.",
     [("Nabil Ammar", "Minister of Foreign Affairs, Migration and Tunisians Abroad", "TUN"), ("Ito", "Ambassador", None)]),
    ("Member of the Political Bureau and Chinese Foreign Minister Wang Yi met Minister of Foreign Affairs and "
     "Senegalese Abroad Yassine Fall.", [("Wang Yi", "Member of the Political Bureau and Foreign Minister", "CHN"),
                                          ("Yassine Fall", "Minister of Foreign Affairs and Senegalese Abroad", "SEN")]),
    # a portfolio of several parts, then the holder with no comma; or after a dash, two offices (Kremlin, Sri Lanka,
    # Ukraine, Kyrgyzstan, Egypt, Ecuador); a state after "of" inside the office stays
    ("Vladimir Putin met with Minister of Digital Development, Communications and Mass Media Maksut Shadayev.",
     [("Maksut Shadayev", "Minister of Digital Development, Communications and Mass Media", None)]),
    ("Minister of Foreign Affairs, Foreign Employment and Tourism Vijitha Herath called Minister Ali Sabry.",
     [("Vijitha Herath", "Minister of Foreign Affairs, Foreign Employment and Tourism", None), ("Ali Sabry", "Minister", None)]),
    ("He met Deputy Prime Minister - Minister for Reintegration of the Temporarily Occupied Territories Iryna "
     "Vereshchuk and Ambassador of Japan Kuninori Matsuda.",
     [("Iryna Vereshchuk", "Deputy Prime Minister - Minister for Reintegration of the Temporarily Occupied Territories",
       None), ("Kuninori Matsuda", "Ambassador", "JPN")]),
    # ... and in a list, the next official's state or body and office words after the "and", its comma too
    ("It was co-chaired by Deputy Prime Minister for Restoration of Ukraine Oleksandr Kubrakov, and European Commission "
     "Director-General Gert Jan Koopman.", [("Oleksandr Kubrakov", "Deputy Prime Minister for Restoration", "UKR"),
                                            ("Gert Jan Koopman", "Director-General", "EU")]),
    # an envoy's state after "on", as after "for" (State, UN)
    ("Deputy Secretary Wendy Sherman met with UN Special Envoy on Myanmar Noeleen Heyzer in Washington.",
     [("Wendy Sherman", "Deputy Secretary", None), ("Noeleen Heyzer", "Special Envoy on Myanmar", "UN")]),
    ("He met Minister for Reintegration of the Temporarily Occupied Territories Iryna Vereshchuk and Polish Foreign "
     "Minister Radoslaw Sikorski.", [("Iryna Vereshchuk", "Minister for Reintegration of the Temporarily Occupied "
                                      "Territories", None), ("Radoslaw Sikorski", "Foreign Minister", "POL")]),
    ("Chairman of the Cabinet of Ministers – Head of the Presidential Administration Adylbek Kasymaliev met Olzhas "
     "Bektenov.", [("Adylbek Kasymaliev", "Chairman of the Cabinet of Ministers – Head of the Presidential "
                                          "Administration", None)]),
    ("Minister of Foreign Affairs, Emigration and Egyptian Expatriates Dr. Badr Abdelatty received Foreign Minister "
     "Gerapetritis.", [("Badr Abdelatty", "Minister of Foreign Affairs, Emigration and Egyptian Expatriates", "EGY"),
                       ("Gerapetritis", "Foreign Minister", None)]),
    ("The Minister of Foreign Affairs and Human Mobility of Ecuador, Gabriela Sommerfeld, met Marco Rubio.",
     [("Gabriela Sommerfeld", "Minister of Foreign Affairs and Human Mobility", "ECU")]),
    ("He met the Minister of Foreign Affairs, African Integration and Guineans Abroad of the Republic of Guinea, Dr. "
     "Morissanda Kouyaté, in Conakry.",  # the parts listed with commas end with the office's state
     [("Morissanda Kouyaté", "Minister of Foreign Affairs, African Integration and Guineans Abroad", "GIN")]),
    ("Teresa Ribera, Vice-President of the Government of Spain and Minister for Foreign Affairs, met him.",
     [("Teresa Ribera", "Vice-President of the Government of Spain and Minister for Foreign Affairs", "ESP")]),
    ("Ishaq Dar, Deputy Prime Minister of Pakistan, Foreign Minister, met Wang Yi.",  # a state ending a part goes, its "of" too
     [("Ishaq Dar", "Deputy Prime Minister, Foreign Minister", "PAK")]),
    # not the holder of a state's office named with a comma ("..., Antony Blinken"), nor a list of people
    ("He met the Secretary of State of the United States, Antony Blinken, in Rome.",
     [("Antony Blinken", "Secretary of State", "USA")]),
    # offices one holds, listed after the name; Oman's and an engineer's styles are no part of a name (WAM, ONA, Petra)
    ("His Highness Sheikh Mohammed bin Rashid Al Maktoum, Vice President, Prime Minister and Ruler of Dubai, received "
     "Prime Minister Narendra Modi.", [("Mohammed bin Rashid Al Maktoum", "Vice President, Prime Minister and Ruler of "
                                        "Dubai", None), ("Narendra Modi", "Prime Minister", None)]),
    ("Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs, received Eng. Ahmed Al-Bawab, Minister of Transport.",
     [("Badr bin Hamad Al Busaidi", "Minister of Foreign Affairs", None), ("Ahmed Al-Bawab", "Minister of Transport", None)]),
    ("Defence Minister Dr Ng Eng Hen met US Secretary of Defense Lloyd Austin.",  # "Eng" without its dot is a name
     [("Ng Eng Hen", "Defence Minister", None), ("Lloyd Austin", "Secretary of Defense", "USA")]),
    # a plural office before two names is each one's (Australia, New Zealand, White House)
    ("Prime Ministers Anthony Albanese and Christopher Luxon met in Queenstown.",
     [("Anthony Albanese", "Prime Minister", None), ("Christopher Luxon", "Prime Minister", None)]),
    ("Foreign Ministers Penny Wong of Australia and Winston Peters of New Zealand met in Wellington.",
     [("Penny Wong", "Foreign Minister", "AUS"), ("Winston Peters", "Foreign Minister", "NZL")]),
    ("Australian and New Zealand Prime Ministers Anthony Albanese and Chris Hipkins met.",  # two states: whose is whose?
     [("Anthony Albanese", "Prime Minister", "AUS"), ("Chris Hipkins", "Prime Minister", None)]),
    # a caretaker's, an interim or an opposition office (Pakistan, Venezuela, Belarus; White House, State)
    ("He received Anwaar-ul-Haq Kakar, Caretaker Prime Minister of Pakistan, in Lahore.",
     [("Anwaar-ul-Haq Kakar", "Caretaker Prime Minister", "PAK")]),
    ("Secretary Blinken met with Belarusian Opposition Leader Svyatlana Tsikhanouskaya in Vilnius.",
     [("Blinken", "Secretary", None), ("Svyatlana Tsikhanouskaya", "Opposition Leader", "BLR")]),
    # a list of names and offices: each office is the name's before it (White House)
    ("Today, Antony Blinken, Secretary of State, Jake Sullivan, National Security Advisor, and Janet Yellen met.",
     [("Antony Blinken", "Secretary of State", None), ("Jake Sullivan", "National Security Advisor", None)]),
    # a royal style that is a given name: after "bin", and between a personal style and a name (WAM, State)
    ("The Envoy met Sheikh Hamdan bin Zayed bin Sultan Al Nahyan, Ruler's Representative, and Minister of Industry "
     "and Advanced Technology Dr. Sultan Al Jaber.",
     [("Hamdan bin Zayed bin Sultan Al Nahyan", "Ruler's Representative", None),
      ("Sultan Al Jaber", "Minister of Industry and Advanced Technology", None)]),
    ("She met the Special Envoy for Climate Change Dr. Amir Hosseini in Oslo.",
     [("Amir Hosseini", "Special Envoy for Climate Change", None)]),
    # a lawmaker's abbreviated title; a list's bullet joins no two offices (State, White House, wires)
    ("The delegation was led by Sen. Dan Sullivan and Rep. Joe Wilson.",
     [("Dan Sullivan", "Sen.", None), ("Joe Wilson", "Rep.", None)]),
    ("Speakers: -   Governor Roy Cooper, North Carolina Governor -   Rep. Julie von Haefen, State Representative",
     [("Roy Cooper", "Governor", None), ("Julie von Haefen", "Rep.", None)]),
    # Bangladesh's "Md." (Mohammad) is a word of the name, not a sentence's end
    ("Foreign Adviser Mr. Md. Touhid Hossain met Japanese Ambassador Saida Shinichi in Dhaka.",
     [("Md. Touhid Hossain", "Foreign Adviser", None), ("Saida Shinichi", "Ambassador", "JPN")]),
    # a rank the holder bears between office and name is no part of the office (White House, State, Pakistan)
    ("He met Secretary of the Navy Admiral José Rafael Ojeda and Foreign Minister Senator Mohammad Ishaq Dar.",
     [("José Rafael Ojeda", "Secretary of the Navy", None), ("Mohammad Ishaq Dar", "Foreign Minister", None)]),
    ("He met Chief of General Staff Major General Jane Roe and Deputy Attorney General Lisa Monaco.",
     [("Jane Roe", "Chief of General Staff", None), ("Lisa Monaco", "Deputy Attorney General", None)]),
    ("He met Chief of the General Staff Colonel General Valery Gerasimov and Minister of Justice and Attorney General "
     "Arif Virani.", [("Valery Gerasimov", "Chief of the General Staff", None),
                      ("Arif Virani", "Minister of Justice and Attorney General", None)]),
    # a body's acronym in brackets ends its name; its head's name follows (Kremlin, State)
    ("Putin met President of the International Federation of Red Cross and Red Crescent Societies (IFRC) Jagan Chapagain.",
     [("Jagan Chapagain", "President of the International Federation of Red Cross and Red Crescent Societies", "IFRC")]),
    # the state an envoy deals with or is posted to is a word of the office, the sender's state is not (gold: "Ambassador
    # to China", "Special Representative for the DPRK"); a region a portfolio names ends no title (EU, UN, State)
    ("He met Special Envoy for Yemen Tim Lenderking and Ambassador of Japan to China Kenji Kanasugi.",
     [("Tim Lenderking", "Special Envoy for Yemen", None), ("Kenji Kanasugi", "Ambassador to China", "JPN")]),
    ("She was joined by EU Special Representative for the South Caucasus Magdalena Grono.",
     [("Magdalena Grono", "Special Representative for the South Caucasus", "EU")]),
    ("The meeting was attended by Ambassador of the Custodian of the Two Holy Mosques to the United States Princess "
     "Reema bint Bandar.", [("Reema bint Bandar", "Ambassador of the Custodian of the Two Holy Mosques to the United States",
                             None)]),
    # a portfolio listed with commas, before or after its holder's name (State, Egypt, Morocco, Germany)
    ("He met Under Secretary for Civilian Security, Democracy, and Human Rights Uzra Zeya.",
     [("Uzra Zeya", "Under Secretary for Civilian Security, Democracy, and Human Rights", None)]),
    ("He met Dr. Badr Abdelatty, Minister of Foreign Affairs, Emigration and Egyptian Expatriates, in Cairo.",
     [("Badr Abdelatty", "Minister of Foreign Affairs, Emigration and Egyptian Expatriates", "EGY")]),
    # ... after "of", its last part joined by "and", before the holder's name (Tunisia, Mauritania, the Kremlin, Japan)
    ("Minister of Foreign Affairs, Migration and Tunisians Abroad Mohamed Ali Nafti called his Italian counterpart.",
     [("Mohamed Ali Nafti", "Minister of Foreign Affairs, Migration and Tunisians Abroad", "TUN")]),
    ("He met Minister of Economy, Trade and Industry Yoji Muto in Tokyo.",
     [("Yoji Muto", "Minister of Economy, Trade and Industry", None)]),
    # no portfolio "of" before the comma: the office ends there
    ("She thanked Brian Adams, Vice President, Service and Operations Management at Acme.",
     [("Brian Adams", "Vice President", None)]),
    ("He met Dr. Badr Abdelatty, Minister of Foreign Affairs, and Dr. Rania Al-Mashat, Minister of Planning, in Cairo.",
     [("Badr Abdelatty", "Minister of Foreign Affairs", None), ("Rania Al-Mashat", "Minister of Planning", None)]),
    ("He met Director General for Economic, Financial and Climate Policy in the Federal Chancellery Steffen Meyer.",
     [("Steffen Meyer", "Director General for Economic, Financial and Climate Policy in the Federal Chancellery", None)]),
    # region and format words end no name, and are none ("Horn", "Gulf", "Sena" are names too)
    ("He met Special Envoy for the Baltic Sea Region Anna Smith and Minister of Economy Sarah Horn.",
     [("Anna Smith", "Special Envoy for the Baltic Sea Region", None), ("Sarah Horn", "Minister of Economy", None)]),
    ("At the Raisina Dialogue External Affairs Minister S. Jaishankar met Ambassador Sena Kaya.",
     [("S. Jaishankar", "External Affairs Minister", None), ("Sena Kaya", "Ambassador", None)]),
    # two long offices joined by a slash are one person's (EEAS, State)
    ("The High Representative of the Union for Foreign Affairs and Security Policy/Vice-President of the European "
     "Commission, Josep Borrell, held a call with Wang Yi.",
     [("Josep Borrell", "High Representative of the Union for Foreign Affairs and Security Policy/Vice-President", "EU")]),
    # a portfolio closed by its comma, then the holder's style; an ambassador's "Amb." (Tunisia, Italy, Kenya, State)
    ("She was accompanied by the Minister of University and Research, Mrs. Anna Maria Bernini.",
     [("Anna Maria Bernini", "Minister of University and Research", None)]),
    ("He was accompanied by the Principal Secretary for Foreign Affairs, Amb. Dr. Korir Sing'oei.",
     [("Korir Sing'oei", "Principal Secretary for Foreign Affairs", None)]),
    # a name of one word in a closed apposition, not a portfolio's listed part (Indonesia, Australia)
    ("Senator Penny Wong met Indonesia's Minister for Foreign Affairs, Sugiono, in Jakarta today.",
     [("Penny Wong", "Senator", None), ("Sugiono", "Minister for Foreign Affairs", "IDN")]),
    # a venue's "of the Republic" is no office's word; the comma before the holder's style is no title's (Algeria)
    ("He received at the headquarters of the Presidency of the Republic the President of the Council of Ministers of the "
     "Italian Republic, Mrs. Giorgia Meloni.", [("Giorgia Meloni", "President of the Council of Ministers", "ITA")]),
    ("It was attended by the Director of the Cabinet of the Presidency of the Republic, Mr. Boualem Boualem.",
     [("Boualem Boualem", "Director of the Cabinet of the Presidency of the Republic", None)]),
    # a party's body before its member's name (Laos, Viet Nam, China)
    ("It was led by Standing Member of the LPRP Central Committee's Secretariat Bounthong Chitmany.",
     [("Bounthong Chitmany", "Standing Member of the LPRP Central Committee's Secretariat", None)]),
    # a closed apposition before ", and" another official (Brazil, Gulf agencies)
    ("The call was also attended by the Special Advisor to the President for International Affairs, Celso Amorim, and the "
     "Brazilian Ambassador to India, Kenneth Félix da Nóbrega.",
     [("Celso Amorim", "Special Advisor to the President for International Affairs", None),
      ("Kenneth Félix da Nóbrega", "Ambassador to India", "BRA")]),
    # a rank abbreviated before the name, a style, letters after it before the office (Uganda, State, White House,
    # Trinidad and Tobago, Bhutan)
    ("The Chairman of the Joint Chiefs of Staff Gen. Mark A. Milley met Minister of Defence Sr. Lt. Gen. Hoang Xuan Chien.",
     [("Mark A. Milley", "Chairman of the Joint Chiefs of Staff", None),
      ("Hoang Xuan Chien", "Minister of Defence", None)]),
    ("He met The Honourable Kamla Persad-Bissessar, SC, MP, Prime Minister of the Republic of Trinidad and Tobago.",
     [("Kamla Persad-Bissessar", "Prime Minister", "TTO")]),
    ("Prime Minister Narendra Modi met Lyonchhen Dasho Tshering Tobgay in New Delhi.",
     [("Narendra Modi", "Prime Minister", None), ("Tshering Tobgay", "Lyonchhen", None)]),
    # a liberation party's "comrade" before the doctor's style (Zimbabwe, Mozambique, Namibia)
    ("His Excellency the President of the Republic of Zimbabwe, Cde Dr Emmerson Mnangagwa, received President "
     "Nangolo Mbumba.", [("Emmerson Mnangagwa", "President", "ZWE"), ("Nangolo Mbumba", "President", None)]),
    # an organisation among a portfolio's words is not the minister's (Trinidad and Tobago, Sweden, France)
    ("The Minister of Foreign and CARICOM Affairs, Dr. Amery Browne, met Minister for EU Affairs Jessika Roswall.",
     [("Amery Browne", "Minister of Foreign and CARICOM Affairs", None), ("Jessika Roswall", "Minister for EU Affairs", None)]),
    # the Union's commissioners by "European" (Trend, State, White House)
    ("He met European Commissioner for Energy and Housing Dan Jorgensen in Baku.",
     [("Dan Jorgensen", "European Commissioner for Energy and Housing", "EU")]),
    # a region a governor heads ends the office (BelTA, Kremlin)
    ("He met Governor of Russia's Leningrad Oblast Aleksandr Drozdenko.",
     [("Aleksandr Drozdenko", "Governor of Russia's Leningrad Oblast", "RUS")]),
    # a newspaper's opening word in capitals (The Herald, Daily News); a transcript's label in capitals is no mention
    ("PRESIDENT Mnangagwa yesterday met Belarusian Deputy Prime Minister Viktor Karankevich in Harare.",
     [("Mnangagwa", "PRESIDENT", None), ("Viktor Karankevich", "Deputy Prime Minister", "BLR")]),
    ("SECRETARY BLINKEN: Good morning.", []),
    # attendees listed as "the <office>, <name>", closed by a semicolon or the sentence's end; a portfolio of two
    # parts, then its holder in a closed apposition (Argentina, Latin American and Gulf ministries, White House)
    ("Also taking part were the Secretary General of the Presidency, Karina Milei; the Chief of Cabinet, Guillermo "
     "Francos; and the Minister of Foreign Affairs, Gerardo Werthein.",
     [("Karina Milei", "Secretary General of the Presidency", None), ("Guillermo Francos", "Chief of Cabinet", None),
      ("Gerardo Werthein", "Minister of Foreign Affairs", None)]),
    ("On the Ecuadorian side, the Minister of Foreign Affairs and Human Mobility, Gabriela Sommerfeld, was present.",
     [("Gabriela Sommerfeld", "Minister of Foreign Affairs and Human Mobility", None)]),
    ("He also met with Chief of Staff Laura Sarabia, Minister of Justice and Law Nestor Osuna, and Deputy Finance "
     "Minister Gonzalo Hernandez Jimenez.", [("Laura Sarabia", "Chief of Staff", None),
                                             ("Nestor Osuna", "Minister of Justice and Law", None),
                                             ("Gonzalo Hernandez Jimenez", "Deputy Finance Minister", None)]),
    # a portfolio's parts, then the holder's personal style (Mauritius, Argentina)
    ("He was accompanied by the Minister of Foreign Affairs, Regional Integration and International Trade, Mr Dhananjay "
     "Ramful.", [("Dhananjay Ramful", "Minister of Foreign Affairs, Regional Integration and International Trade", None)]),
    # a body's name the title words do not make ends at its institution's word; the holder's name follows (Kremlin,
    # Ukraine's presidency)
    ("It was presented by Chairman of the Ronald Reagan Presidential Foundation Frederick Ryan.",
     [("Frederick Ryan", "Chairman of the Ronald Reagan Presidential Foundation", None)]),
    ("He met General Director of the Presidential Grants Foundation Ilya Chukalin.",
     [("Ilya Chukalin", "General Director of the Presidential Grants Foundation", None)]),
    # a name with no office beside it, then the office it now holds (Kremlin, Southern African presidencies)
    ("The President sent a congratulatory message to His Excellency Professor Arthur Peter Mutharika on his election as "
     "the 7th President of the Republic of Malawi.", [("Arthur Peter Mutharika", "President", "MWI")]),
    ("The Prime Minister congratulated Mark Carney on his appointment as Prime Minister of Canada.",
     [("Mark Carney", "Prime Minister", "CAN")]),
    # an organisation's head who once led a state keeps the organisation's code; the organisations beyond the spec's
    # list by their own acronym, the UN's funds and programmes too (NATO, IOM, FAO, Council of Europe, WFP)
    ("He met the Secretary-General of the North Atlantic Treaty Organization (NATO), Jens Stoltenberg.",
     [("Jens Stoltenberg", "Secretary-General", "NATO")]),
    ("She received the Director General of the International Organization for Migration, Antonio Vitorino.",
     [("Antonio Vitorino", "Director General", "IOM")]),
    ("He met the Secretary General of the Council of Europe, Alain Berset, in Strasbourg.",
     [("Alain Berset", "Secretary General", "COE")]),
    ("The minister met FAO Director-General Qu Dongyu and World Food Programme Executive Director Cindy McCain.",
     [("Qu Dongyu", "Director-General", "FAO"), ("Cindy McCain", "Executive Director", "WFP")]),
    # a body's acronym inside the office "of" it; a body before its office keeps its own (Xinhua, VNA, White House)
    ("General Secretary of the Communist Party of China (CPC) Central Committee Xi Jinping and General Secretary of the "
     "Communist Party of Viet Nam (CPV) Central Committee To Lam exchanged messages.",
     [("Xi Jinping", "General Secretary of the Communist Party of China (CPC) Central Committee", "CHN"),
      ("To Lam", "General Secretary of the Communist Party of Viet Nam (CPV) Central Committee", "VNM")]),
    ("He met Office of National Drug Control Policy (ONDCP) Director Rahul Gupta.", [("Rahul Gupta", "Director", None)]),
    # a chamber's name is its presiding officer's title, whatever the chamber is called (Morocco, Poland, Ukraine,
    # Norway, India); the Sejm's and Senate's "Marshal" is an office, not a rank
    ("Speaker of the House of Representatives, Rachid Talbi Alami, held talks with the delegation.",
     [("Rachid Talbi Alami", "Speaker of the House of Representatives", None)]),
    ("Marshal of the Sejm Szymon Hołownia met Chairman of the Verkhovna Rada Ruslan Stefanchuk and President of the "
     "Storting Masud Gharahkhani.", [("Szymon Hołownia", "Marshal of the Sejm", None),
                                     ("Ruslan Stefanchuk", "Chairman of the Verkhovna Rada", None),
                                     ("Masud Gharahkhani", "President of the Storting", None)]),
    # a military command is part of its commander's title; a Permanent Representative to an organisation is their
    # state's (Kenya, State, White House)
    ("He hosted the Commander of the United States Africa Command (AFRICOM), General Michael Langley.",
     [("Michael Langley", "Commander of the Africa Command", "USA")]),
    ("He met Permanent Representative of Ukraine to the United Nations Sergiy Kyslytsya.",
     [("Sergiy Kyslytsya", "Permanent Representative to the United Nations", "UKR")]),
    ("He met Permanent Representative to NATO Julianne Smith.", [("Julianne Smith", "Permanent Representative to NATO",
                                                                   None)]),  # not NATO's: the publisher's, by the text
    # a Cyrillic letter typed inside an English office word (Ukraine's presidency)
    ("He met Minister of National Defen\u0441e of the Portuguese Republic Helena Carreiras.",
     [("Helena Carreiras", "Minister of National Defen\u0441e", "PRT")]),
    # a possessive's apostrophe after a name in -s is no letter of it (UN, State); one inside a title or name stays
    ("UN Secretary-General António Guterres' message was read out.", [("António Guterres", "Secretary-General", "UN")]),
    ("He met Presidential Commissioner for Entrepreneurs' Rights Boris Titov.",
     [("Boris Titov", "Presidential Commissioner for Entrepreneurs' Rights", None)]),
    # a plural office of two states, then the two names: each the state in its place (Nordic and Baltic statements)
    ("We, the Foreign Ministers of Finland and Sweden, Pekka Haavisto and Tobias Billström, welcome the accession.",
     [("Pekka Haavisto", "Foreign Minister", "FIN"), ("Tobias Billström", "Foreign Minister", "SWE")]),
    # an organisation's "chief" in wire copy (Xinhua, Tasnim, Anadolu, Yonhap); not a rank without one
    ("Erdogan met NATO chief Jens Stoltenberg in Ankara.", [("Jens Stoltenberg", "chief", "NATO")]),
    ("Zarif and EU foreign policy chief Federica Mogherini discussed the deal.",
     [("Federica Mogherini", "foreign policy chief", "EU")]),
    # the place an office is "for", closing the apposition (Egypt's MFA, EU, UN)
    ("He received Ms. Sigrid Kaag, the UN Senior Humanitarian and Reconstruction Coordinator for Gaza, at the Ministry.",
     [("Sigrid Kaag", "Senior Humanitarian and Reconstruction Coordinator for Gaza", "UN")]),
    ("The UN High Commissioner for Refugees, Pedro Alves, met the Minister.",  # a portfolio's people (UNHCR, State)
     [("Pedro Alves", "High Commissioner for Refugees", "UN")]),
    # a UN body's own code for its listed head, though the office names the UN; a body's envoy "in" a state is the body's
    # (State, White House, Ukraine's presidency)
    ("The Secretary spoke with UN High Commissioner for Refugees Filippo Grandi about Sudan.",
     [("Filippo Grandi", "High Commissioner for Refugees", "UNHCR")]),
    ("The President met UNICEF Representative in Ukraine Munir Mammadzade and German Ambassador in Ukraine Martin Jäger.",
     [("Munir Mammadzade", "Representative in Ukraine", "UNICEF"), ("Martin Jäger", "Ambassador", "DEU")]),
    ("Jon Finer spoke with UN Relief and Works Agency for Palestine Refugees in the Near East (UNRWA) Commissioner General "
     "Philippe Lazzarini.", [("Philippe Lazzarini", "Commissioner General", "UNRWA")]),
    # a body's name as the portfolio's part listed after "of" (Spain's ministry), the office after the name
    ("Bruno Rodríguez held talks with José Manuel Albares, Minister of Foreign Affairs, European Union and Cooperation "
     "of the Kingdom of Spain.", [("José Manuel Albares", "Minister of Foreign Affairs, European Union and Cooperation",
                                  "ESP")]),
    # a court's capital "The" between a style and the office is the article (Bhutan, Thailand, Jordan)
    ("His Majesty The King Jigme Khesar Namgyel Wangchuck granted an Audience to the envoy.",
     [("Jigme Khesar Namgyel Wangchuck", "King", None)]),
    # an office in lower case after the full name, an "of" phrase completing it (Xinhua, Yonhap, State, wires); a Kyrgyz
    # patronymic ends the name; not a job of a lower-case place ("head of the pulmonary department")
    ("Premier Li Qiang met with Aigul Dzhaparova, chairwoman of Kyrgyzstan's Supreme Court, in Beijing.",
     [("Li Qiang", "Premier", None), ("Aigul Dzhaparova", "chairwoman of Kyrgyzstan's Supreme Court", "KGZ")]),
    ("Speaker Kanybek Tumonbaev uulu met Samir Aliyev, foreign minister of Azerbaijan.",
     [("Kanybek Tumonbaev uulu", "Speaker", None), ("Samir Aliyev", "foreign minister", "AZE")]),
    ("Deputy Secretary Wendy Sherman met Pierre Durand, head of cabinet of the President of the European Council.",
     [("Wendy Sherman", "Deputy Secretary", None), ("Pierre Durand", "head of cabinet of the President", "EU")]),
    ("President Putin met Anna Petrova, head of the surgery department at the city hospital.",
     [("Putin", "President", None)]),
])
def test_mentions_split_title_name_and_country(sentence, expected):
    got = [(m.name.of(sentence), m.title_text, m.country) for m in find_mentions(sentence, 0, len(sentence))]
    assert got == expected


@pytest.mark.parametrize("sentence", [
    "The President met in person today with his Chief Medical Advisor and members of his COVID Response Team.",
    "This week, the President’s National Infrastructure Advisory Council held its Quarterly Business Meeting.",
    "Jake Sullivan met the Secretary General of Japan’s National Security Secretariat to discuss the alliance.",
    # what an office owns, and a body's name before a comma
    "They discussed the importance of investment, including the President’s Investing in America agenda.",
    "On the sidelines of the Eastern Partnership Summit, the leaders met.",
    "Vladimir Putin congratulated the Full Member of the Russian Academy of Sciences on the anniversary.",
    "She was accompanied by the Resident Coordinator of the United Nations System in Kenya.",
    # a rank's word before an election's (Singapore, Malaysia, Kenya)
    "The leaders congratulated the Prime Minister on his party's victory in the 2025 General Election.",
    # a ship named after a marshal is no one (Kremlin)
    "Vladimir Putin took part in the flag-raising ceremony on the ferry Marshal Rokossovsky.",
])
def test_words_of_a_title_or_a_body_are_no_names(sentence):
    """"Chief Medical Advisor" goes on after "Medical"; "... Advisory Council" names a body."""
    assert find_mentions(sentence, 0, len(sentence)) == []


def test_possessive_is_not_a_participant():
    s = "President Biden's team met Foreign Minister Penny Wong."
    assert [m.name.of(s) for m in find_mentions(s, 0, len(s))] == ["Penny Wong"]


JAPAN = (
    "On March 5, from 6:30 p.m. for approximately 30 minutes, Mr. KAMIKAWA Yoko, Minister for Foreign Affairs "
    "of Japan, held a telephone talk with H.E. Mr. Antony Blinken, Secretary of State of the United States of "
    "America. The overview of the talk is as follows.\n"
    "Minister Kamikawa stated that Japan strongly condemns North Korea's ballistic missile launches. In response, "
    "Secretary Blinken stated that the United States remains firmly committed to the defense of Japan.\n"
    "The two ministers confirmed that they will continue to work closely together."
)
UK = (
    "Prime Minister Keir Starmer spoke to President Volodymyr Zelenskyy of Ukraine this morning.\n"
    "The Prime Minister reiterated the UK's steadfast support for Ukraine. President Zelenskyy thanked the Prime "
    "Minister for the UK's leadership. They agreed to stay in close contact."
)
CHINA = (
    "On June 3, 2024, Foreign Minister Wang Yi held talks with Pakistani Deputy Prime Minister and Foreign "
    "Minister Mohammad Ishaq Dar in Beijing.\n"
    "Wang Yi said that China and Pakistan are all-weather strategic cooperative partners. China is ready to "
    "work with Pakistan to advance the China-Pakistan Economic Corridor. The two sides should strengthen "
    "counter-terrorism cooperation.\n"
    "Ishaq Dar said that Pakistan firmly adheres to the one-China principle. Pakistan hopes to deepen trade.\n"
    "The two sides also exchanged views on the situation in Afghanistan."
)
STATE = (
    "Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba. The "
    "Secretary underscored the United States' support for Ukraine's sovereignty. Foreign Minister Kuleba "
    "thanked the Secretary for continued U.S. assistance. The two discussed efforts to hold Russia accountable."
)


@pytest.mark.parametrize("text, published, expected", [
    (JAPAN, "2024-03-05", {"date": "2024-03-05", "encounter": "phone_call", "location": None,
                           "speakers": [None, None, "KAMIKAWA Yoko", "Antony Blinken", BOTH]}),
    (UK, "2024-07-20", {"date": "2024-07-20", "encounter": "phone_call", "location": None,
                        "countries": ["GBR", "UKR"], "speakers": [None, "Keir Starmer", "Volodymyr Zelenskyy", BOTH]}),
    (CHINA, None, {"date": "2024-06-03", "encounter": "talks", "location": ("Beijing", "CHN"),
                   "countries": ["CHN", "PAK"],
                   "speakers": [None, "Wang Yi", "Wang Yi", "Wang Yi", "Mohammad Ishaq Dar", "Mohammad Ishaq Dar", BOTH]}),
    (STATE, "2023-02-01", {"date": "2023-02-01", "encounter": "phone_call", "countries": ["USA", "UKR"],
                           "speakers": [None, "Antony J. Blinken", "Dmytro Kuleba", BOTH]}),
])
def test_readouts_of_other_governments(text, published, expected):
    r = extract(text, doc_id="t", published=published)
    assert r.date == expected["date"]
    assert r.encounter == expected["encounter"]
    if "location" in expected:
        loc = expected["location"]
        assert (r.location.name, r.location.country) == loc if loc else r.location is None
    if "countries" in expected:
        assert [p.country for p in r.participants] == expected["countries"]
    assert [s.speaker for s in r.statements] == expected["speakers"]


def test_joint_prescription_stays_with_speaker_but_joint_act_is_both():
    r = extract(CHINA, doc_id="t")
    by_text = {s.text: s.speaker for s in r.statements}
    assert by_text["The two sides should strengthen counter-terrorism cooperation."] == "Wang Yi"
    assert by_text["The two sides also exchanged views on the situation in Afghanistan."] == BOTH


@pytest.mark.parametrize("lead, published, date", [
    ("On Friday, October 25, National Security Advisor Jake Sullivan met Shin Wonsik.", "2024-10-25", "2024-10-25"),
    ("Vice President Kamala Harris met with President Marcos yesterday in Jakarta.", "2023-09-07", "2023-09-06"),
    ("Foreign Minister Wang Yi held talks with Penny Wong on December 30.", "2025-01-02", "2024-12-30"),
    ("Prime Minister Modi spoke with President Macron on Tuesday.", "2024-02-15", "2024-02-13"),
    # the year after a slash in an agency's dateline, no publication date (Ethiopia's ENA)
    ("Addis Ababa, May 2/2024 (ENA) Prime Minister Abiy Ahmed held talks today with President William Ruto of Kenya.",
     None, "2024-05-02"),
    # an agency's dateline closed by three dashes (Gulf agencies)
    ("Muscat, May 4 (ONA) --- His Majesty the Sultan received a phone call yesterday from the President of Iran.",
     "2025-05-04", "2025-05-03"),
    ("On 3 March, Minister Lavrov held talks with Foreign Minister Wang Yi.", "2023-03-04", "2023-03-03"),
    ("On Tuesday March 29, President Biden will welcome Prime Minister Lee Hsien Loong of Singapore to the "
     "White House.", "2022-03-20", "2022-03-29"),
    # another event's date in the lead is not the encounter's (Xinhua, VNA, Kremlin, State)
    ("Following talks held in Moscow on February 22, Vladimir Putin and Ilham Aliyev had a telephone conversation.",
     "2022-02-26", "2022-02-26"),
    ("Yermak spoke with Robert De Niro, whose festival began after the September 11, 2001 attacks.", "2022-05-18",
     "2022-05-18"),
    # the dates in the order the text gives them ("met in Rome on 22 July 2021 ... after the talks on July 17-18")
    ("The envoys met in Rome on 22 July 2021 to discuss the talks in Doha on July 17-18, 2021.", "2021-07-23",
     "2021-07-22"),
    # a relative day with nothing to count it from dates nothing, not a later sentence's other event
    ("Secretary Blinken spoke today with Foreign Minister Penny Wong.\nThey marked the ANZUS Treaty signed on "
     "September 1, 1951.", None, None),
    # the text's own dateline outranks the page's date, for its day and for its "today" (GNLM, Latin American ministries)
    ("NAY PYI TAW, 6 March — Senior General Min Aung Hlaing received Ambassador Iskander Azizov of Russia.", "2025-03-07",
     "2025-03-06"),
    ("Bogotá, February 26, 2025 – Foreign Minister Laura Sarabia met today with the Ambassador of Spain, X Y.",
     "2025-02-27", "2025-02-26"),
    # the date of the letter that is the encounter, not of the event it is about (PNG, KPL, Pacific and Gulf agencies)
    ("SUVA: In a letter dated 3 May 2024, Prime Minister Sitiveni Rabuka conveyed to his Tongan counterpart, Hon. Siaosi "
     "Sovaleni, the deepest sympathies of Fiji following the cyclone that struck on Tuesday.", "2024-05-06", "2024-05-03"),
    ("President Thongloun Sisoulith has sent a message of congratulations, dated 22 October 2024, to Luong Cuong on his "
     "election as President by the National Assembly on 21 October.", "2024-10-23", "2024-10-22"),
    # a letter the other side thanks for in a call is not the call's date
    ("President Cyril Ramaphosa spoke by phone with President Luiz Inacio Lula da Silva, who thanked him for his letter "
     "dated 12 March 2024.", "2024-05-06", "2024-05-06"),
    # a dateline of a capital district above the lead, its year the page's (Colombia)
    ("Minister meets WFP chief\nBogotá D.C., September 19 (@CancilleriaCol). The Minister of Foreign Affairs, Luis "
     "Gilberto Murillo, met the Executive Director of the World Food Programme, Cindy McCain.", "2024-09-20",
     "2024-09-19"),
    # a Latin American ministry's dated dateline "City, date.-": its "this Tuesday" counts from it (Mexico's SRE)
    ("Mexico City, January 15, 2025.- Foreign Secretary Juan Ramón de la Fuente held a working meeting this Tuesday "
     "with the Foreign Minister of Honduras, Enrique Reina.", "2025-01-16", "2025-01-14"),
    # an undated lead, the day in the next sentence's opening phrase about the encounter (IRNA, Tasnim)
    ("TEHRAN (IRNA) -- Iranian Foreign Minister Abbas Araghchi and his Omani counterpart Badr Albusaidi have discussed "
     "the situation in the region.\nIn a phone call on Saturday evening, Araghchi thanked Oman for its mediation.",
     "2025-03-10", "2025-03-08"),
])
def test_date_strategies(lead, published, date):
    assert extract(lead, doc_id="t", published=published).date == date


@pytest.mark.parametrize("text, date", [
    # a dateline without its year takes the year of another event's date in the lead (Xinhua, VNA)
    ("BEIJING, April 3 (Xinhua) -- President Xi Jinping on Thursday sent a message of condolence to Min Aung Hlaing "
     "following the earthquake on 28 March 2025.", "2025-04-03"),
    ("HANOI, January 5 (VNA) – General Secretary To Lam has received a letter of thanks from Lao President "
     "Thongloun Sisoulith, in response to his message dated January 2, 2024.", "2024-01-05"),
])
def test_another_events_date_dates_the_dateline(text, date):
    assert extract(text, doc_id="t").date == date


@pytest.mark.parametrize("text, date", [
    # a trip's opening dates the meetings the lead below it tells undated (White House, State, Ukraine's presidency)
    ("Director of National Intelligence Avril Haines travelled to Rwanda and the DRC on 19-20 November. She was joined "
     "by Assistant Secretary Molly Phee.\n\nDNI Haines met with Rwandan President Paul Kagame in Kigali.", "2023-11-19"),
    ("Special Envoy Tim Lenderking returned on June 3 from travel to Saudi Arabia.\n\nDuring his trip, Special Envoy "
     "Lenderking met with Saudi Foreign Minister Prince Faisal bin Farhan.", "2023-06-03"),
    ("Yesterday, senior officials of the Administration convened governors in Washington.\n\nSecretary Mayorkas met "
     "with Governor Tim Walz and Governor Kay Ivey.", "2023-11-20"),  # a day word above the lead counts too
    # ... but not what was announced before, what began before, or a date in a link's address (the publication's)
    ("Today, the council convened, as President Biden announced on February 9.\n\nSecretary Mayorkas met with "
     "Governor Tim Walz.", "2023-11-21"),
    ("Senior officials met at the invitation of the White House (https://example.org/2023/07/19/story).\n\nSecretary "
     "Mayorkas met with Governor Tim Walz.", "2023-11-21"),
])
def test_a_date_above_an_undated_lead_dates_the_encounter(text, date):
    assert extract(text, doc_id="t", published="2023-11-21").date == date


@pytest.mark.parametrize("text, date", [
    # no encounter told, the body's opening words date what it reports (the White House's convenings, State's notes)
    ("Yesterday, President Biden convened the sixth meeting of the White House Competition Council to discuss new "
     "actions.", "2023-11-20"),
    ("On Monday, the White House convened a listening session with workers and researchers.", "2023-11-20"),
    ("Office of the Spokesperson\n\nOn November 9, the Department's advisory committee held its annual session.",
     "2023-11-09"),
    # a date further into the sentence may be another event's: the page's date stands
    ("The President signed the bill into law, as he announced on November 9.", "2023-11-21"),
    # ... but one that closes the phrase the sentence opens with is the body's, after a dateline that dates the release
    # (Liechtenstein, the Baltic and Nordic governments, Ukraine's presidency)
    ("Vaduz, 21 November 2023 – At its meeting of 20 November 2023, the Government adopted the new sanctions.",
     "2023-11-20"),
    ("During the session held on November 14, the Cabinet approved the aid package.", "2023-11-14"),
])
def test_a_text_with_no_lead_is_dated_by_its_bodys_opening_words(text, date):
    assert extract(text, doc_id="t", published="2023-11-21").date == date


def test_a_letter_given_in_full_is_dated_by_its_foot():
    text = ("Prime Minister Anwar Ibrahim has written to Mr Keir Starmer to congratulate him on his appointment.\n"
            "The letter is as follows.\nDear Prime Minister,\nI extend my warmest congratulations.\nYours sincerely,\n"
            "ANWAR IBRAHIM\n5 July 2024")
    assert extract(text, doc_id="t", published="2024-07-08").date == "2024-07-05"


@pytest.mark.parametrize("foot, date", [
    ("Paris, May 6, 2024", "2024-05-06"),  # the place it was signed, then the date (Élysée, joint declarations)
    ("New Delhi / May 6, 2024", "2024-05-06"),
    ("6 May 2024", "2024-05-06"),
    ("The statement will be published in both languages on May 9, 2024.", "2024-05-07"),  # a sentence, not a foot
])
def test_a_joint_statements_text_is_dated_by_its_foot(foot, date):
    text = ("The Republic of Chile and the Federative Republic of Brazil issue the following joint statement.\n"
            "1. The two countries condemn all violations of international law.\n\n" + foot)
    assert extract(text, doc_id="t", published="2024-05-07").date == date


@pytest.mark.parametrize("text, date", [
    ("Press release\n12.03.2024 - Article\n\nForeign Minister Annalena Baerbock met Israel Katz in Berlin today.",
     "2024-03-12"),  # Germany, Poland: day first, with dots
    ("Brussels, 14/03/2024\nPress release\nThe High Representative met the Foreign Minister of Armenia today.",
     "2024-03-14"),  # the EU: day first, with slashes
    ("Washington\n04/19/2022\nSecretary Blinken met Foreign Minister Kuleba today.", "2022-04-19"),  # a month first after all
    ("News item | 30-01-2025\nMinister Caspar Veldkamp spoke with Foreign Minister Andrii Sybiha on Thursday.",
     "2025-01-30"),  # the Netherlands, Belgium: day first, with hyphens
    ("Secretary Blinken met Foreign Minister Kuleba today (see https://example.org/2022/04/19/readout).", None),
])
def test_a_date_line_in_figures_dates_the_days_the_lead_names(text, date):
    assert extract(text, doc_id="t").date == date


@pytest.mark.parametrize("publisher, date", [("USA", "2024-03-12"), ("PHL", "2024-03-12"), ("FRA", "2024-12-03"), (None, "2024-12-03")])
def test_a_date_in_figures_is_read_in_its_publishers_order(publisher, date):
    from communique.settings import Settings

    text = "Washington, 03/12/2024\nSecretary Blinken met Foreign Minister Kuleba today."
    assert extract(text, doc_id="t", settings=Settings(publisher=publisher)).date == date


@pytest.mark.parametrize("text, date", [
    # a wire page's stamp in figures, read as its dateline names the month (MENA)
    ("Sisi, Sanchez discuss Gaza\n12/5/2024 5:42:10 PM\nCAIRO, Dec 5 (MENA) - President Abdel Fattah El Sisi received a "
     "phone call on Thursday from Spanish Prime Minister Pedro Sanchez.", "2024-12-05"),
    # the time before the date (CGTN), a stamp closing the page (RIA Novosti)
    ("Xi holds talks with Tokayev\nUpdated 23:10, 16-Jun-2025\nCGTN\nChinese President Xi Jinping held talks with Kazakh "
     "President Kassym-Jomart Tokayev in Astana on Monday.", "2025-06-16"),
    # a date with its month named is read as written (not as "5/12", May 12)
    ("Sisi, Sanchez discuss Gaza\n5 December 2024 5:42:10 PM\nCAIRO (MENA) - President Abdel Fattah El Sisi "
     "received a phone call from Spanish Prime Minister Pedro Sanchez.", "2024-12-05"),
    ("MOSCOW, October 9 (RIA Novosti) - Russian President Vladimir Putin held a phone conversation with Armenian Prime "
     "Minister Nikol Pashinyan on Wednesday.\nThe leaders discussed bilateral cooperation.\n09.10.2024 19:02 (updated: "
     "19:15)", "2024-10-09"),
])
def test_a_wire_pages_stamp_dates_the_days_its_lead_names(text, date):
    assert extract(text, doc_id="t").date == date


def test_the_state_an_office_is_of_wins_over_a_venue_named_before_it():
    """Italy, Morocco: "received at Palazzo Chigi the Prime Minister of Albania, Edi Rama"."""
    r = extract("President Giorgia Meloni received at Palazzo Chigi the Prime Minister of Albania, Edi Rama.", doc_id="t")
    assert ("Edi Rama", "ALB") in [(p.name, p.country) for p in r.participants]


def test_a_title_says_which_office_an_undated_official_held_and_a_given_name_may_be_a_states():
    r = extract("Foreign Minister Annalena Baerbock met her Israeli counterpart Israel Katz in Berlin.", doc_id="t")
    assert [(p.name, p.country) for p in r.participants] == [("Annalena Baerbock", "DEU"), ("Israel Katz", "ISR")]


@pytest.mark.parametrize("lead, place", [
    ("President Biden met on November 14 with President Xi Jinping of China, in Bali, Indonesia.", ("Bali", "IDN")),
    ("President Biden met Prime Minister Kishida on the margins of the G20 Summit in Bali.", ("Bali", "IDN")),  # no state
    # a city of two words joined by a particle, a spelling GeoNames keeps as another name, a name in another
    # case, a summit town too small for the gazetteer, a city-state (White House, Mongolia, Egypt, Ukraine)
    ("President Biden met President Lula in Rio de Janeiro.", ("Rio de Janeiro", "BRA")),
    ("President Khurelsukh received Foreign Minister Yoko Kamikawa in Ulaanbaatar.", ("Ulaanbaatar", "MNG")),
    ("President El-Sisi met Prime Minister Rishi Sunak in Sharm El-Sheikh.", ("Sharm El-Sheikh", "EGY")),
    ("President Zelenskyy met Prime Minister Alexander De Croo in Davos.", ("Davos", "CHE")),
    ("Foreign Minister Wang Yi met Foreign Minister Penny Wong in Singapore.", ("Singapore", "SGP")),
    ("President Putin met President Lukashenko at the Constantine Palace.", ("St Petersburg", "RUS")),
    # a state's name right after the counterpart's is where they met (White House, State); after a topic it is the topic
    ("National Security Advisor Jake Sullivan met today with Politburo Member Yang Jiechi in Luxembourg.",
     ("Luxembourg", "LUX")),
    # the current visit's city (Ukraine, State, Australia); Brussels is Belgium's city, though it also names the EU
    ("During his visit to Brussels, President Zelenskyy met with Secretary General Jens Stoltenberg.", ("Brussels", "BEL")),
    ("Foreign Minister Winston Peters has concluded a visit to Canberra, where he met with Foreign Minister Penny Wong.",
     ("Canberra", "AUS")),
    ("President Biden today held a Summit with President Xi Jinping in Woodside, California.", ("Woodside", "USA")),
    ("National Security Advisor Jake Sullivan met Shin Wonsik in Washington, D.C., for talks.", ("Washington", "USA")),
    ("Wang Yi held talks with Foreign Minister Bui Thanh Son in Hanoi.", ("Hanoi", "VNM")),
    ("Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with H.E. Mr. Narendra Modi, Prime Minister "
     "of the Republic of India, who was visiting Hiroshima.", ("Hiroshima", "JPN")),
    # no place in the lead: the dateline's city (UN, Yonhap) or the event's (Korea MOFA)
    ("New York\n\n2 October 2024\n\nThe Secretary-General met today with the Prime Minister of Nepal, "
     "K.P. Sharma Oli.", ("New York", "USA")),
    ("Geneva, 3 March 2024\n\nThe Secretary-General met today with President Alain Berset of Switzerland.",
     ("Geneva", "CHE")),
    ("SEOUL, June 3 (Yonhap) -- Foreign Minister Cho Tae-yul met with his Kenyan counterpart, Musalia Mudavadi, "
     "on Monday.", ("Seoul", "KOR")),  # as the gold writes it; the span holds the capitals
    ("NAY PYI TAW, 12 Feb — Chairman of the State Administration Council Senior General Min Aung Hlaing received "
     "Special Envoy of the Ministry of Foreign Affairs of China Mr Deng Xijun.", ("Nay Pyi Taw", "MMR")),  # three words
    ("Foreign Minister Cho Tae-yul met with Foreign Minister Annalena Baerbock on the sidelines of the 60th Munich "
     "Security Conference.", ("Munich", "DEU")),
    # the place an event is in, a country too (VOV, State, White House)
    ("Prime Minister Pham Minh Chinh met his Lao counterpart Sonexay Siphandone on the occasion of the 44th ASEAN "
     "Summit in the Lao PDR.", ("Lao PDR", "LAO")),
    ("Secretary Blinken met Foreign Minister Wang Yi on the margins of the ASEAN Regional Forum in Cambodia.",
     ("Cambodia", "KHM")),
    # a seat of government names its city (Kremlin, White House; `venues.tsv`)
    ("Vladimir Putin held talks in the Kremlin with President of Mongolia Ukhnaagiin Khurelsukh.", ("Moscow", "RUS")),
    ("President Biden met with Prime Minister Rutte of the Netherlands at the White House today.", ("Washington", "USA")),
    ("Prime Minister Pedro Sánchez received the Prime Minister of Portugal, Luís Montenegro, at the Moncloa Complex.",
     ("Madrid", "ESP")),
    ("President Biden met with King Charles III at Windsor Castle on Monday.", ("Windsor", "GBR")),
    ("Today, President Biden welcomed Prime Minister Petr Fiala of the Czech Republic to the White House.",
     ("Washington", "USA")),
    # a venue no list holds, then its city (Kenya, Ghana, Nigeria)
    ("President William Ruto held talks with President Samia Suluhu Hassan at State House, Nairobi.", ("Nairobi", "KEN")),
    ("President Bola Tinubu received President John Mahama at the State House, Abuja, on Monday.", ("Abuja", "NGA")),
    ("President Prabowo Subianto received Prime Minister Anwar Ibrahim at Merdeka Palace, Jakarta.", ("Jakarta", "IDN")),
    # the host's city a welcome names (White House, Élysée, Kremlin)
    ("President Emmanuel Macron welcomed Prime Minister Narendra Modi of India to Paris on July 13.", ("Paris", "FRA")),
    ("President Macron welcomed Prime Minister Modi and Foreign Minister Jaishankar of India to Paris.", ("Paris", "FRA")),
    ("Vice President Shettima met President Ajay Banga on the sidelines of the Spring Meetings in Washington DC.",
     ("Washington", "USA")),
    ("XI'AN, May 18 (Xinhua) -- President Xi Jinping met President Kassym-Jomart Tokayev in Xi'an.", ("Xi'an", "CHN")),
    # the lead's first place, a venue or a city, is the meeting's: a later one is another event's
    ("Today, National Security Advisor Jake Sullivan met with Secretary Gustavo Beliz of Argentina at the White House "
     "to advance a roadmap established at their August meeting in Buenos Aires.", ("Washington", "USA")),
    ("On Friday, National Security Advisor Jake Sullivan and Japanese National Security Advisor Akiba Takeo met in "
     "Washington, D.C., for their second meeting since their leaders met at Camp David.", ("Washington", "USA")),
    ("The President of the Government held a working meeting today at La Moncloa with NATO Secretary General Mark "
     "Rutte, ahead of the Alliance summit in The Hague.", ("Madrid", "ESP")),
    # heads' residences and offices of more governments (Jamaica, Denmark, Uganda, Rwanda)
    ("Prime Minister Andrew Holness met with President John Dramani Mahama of Ghana at Jamaica House on Tuesday.",
     ("Kingston", "JAM")),
    ("Prime Minister Mette Frederiksen met today with NATO Secretary General Mark Rutte at Marienborg.",
     ("Kongens Lyngby", "DNK")),
    ("President Yoweri Museveni received Foreign Minister Badr Abdelatty of Egypt at State House Entebbe.",
     ("Entebbe", "UGA")),
    # a place told by what it is (Ukraine's presidency, Kremlin, State, agencies)
    ("Foreign Minister Hakan Fidan met his Egyptian counterpart Sameh Shoukry in the Egyptian resort town of "
     "Sharm el-Sheikh on Saturday.", ("Sharm el-Sheikh", "EGY")),
    ("President Zelenskyy met with Prime Minister Mark Rutte in the city of Lviv.", ("Lviv", "UKR")),
    ("Secretary Blinken met Crown Prince Mohammed bin Salman in the Saudi city of Jeddah.", ("Jeddah", "SAU")),
    ("President Putin held talks with President Erdogan in the Turkish capital, Ankara.", ("Ankara", "TUR")),
    ("President Lukashenko met President Putin in the Russian capital on Friday.", ("Moscow", "RUS")),
    ("Chief Adviser Muhammad Yunus met Prime Minister Shehbaz Sharif on the sidelines of the D-8 Summit in the "
     "Egyptian capital.", ("Cairo", "EGY")),
    # the capital as the dateline names it, not as a gazetteer once did (APP, agencies)
    ("ASTANA, July 3 (APP) -- Prime Minister Shehbaz Sharif met President Kassym-Jomart Tokayev in the Kazakh capital.",
     ("Astana", "KAZ")),
    # a people's word is no place: the venue comes after it
    ("President Lee welcomed President Trump, the first time in Korean history that a state visit was hosted in "
     "Gyeongju.", ("Gyeongju", "KOR")),
    # a ministry named as the meeting's place, after "at"; a room of a venue (State, a wire, the Kremlin)
    ("Secretary Blinken met with Vice President Marta Lucía Ramírez today at the Department of State.", ("Washington", "USA")),
    ("Foreign Minister Sybiha met Secretary General Mark Rutte at NATO Headquarters.", ("Brussels", "BEL")),
    ("Under Secretary at the Department of State John Bass met Foreign Minister Kamikawa in Tokyo.", ("Tokyo", "JPN")),
    ("Vladimir Putin met with President Sadyr Japarov in the Kremlin's St Catherine Hall.", ("Moscow", "RUS")),
    # the city visited, where the meeting was (NATO, State)
    ("NATO Secretary General Mark Rutte visited Ankara on Monday (18 November 2024), where he met with President Recep "
     "Tayyip Erdoğan.", ("Ankara", "TUR")),
    # a city written with the letters of its own language, the gazetteer's without them (Moldova's comma below, Poland)
    ("Foreign Minister Elina Valtonen met today with President Maia Sandu in Chișinău.", ("Chișinău", "MDA")),
    ("Secretary Blinken met Foreign Minister Zbigniew Rau in Rzeszow.", ("Rzeszow", "POL")),
    # a ministry's palace that names no city (Peru, Colombia: the venue table)
    ("Foreign Minister Elmer Schialer met on Tuesday at the Torre Tagle Palace with the Minister of Foreign Affairs of "
     "Ecuador, María Gabriela Sommerfeld.", ("Lima", "PER")),
    # a saint's city however "Saint" is written, the most populous namesake (Caribbean, Kremlin)
    ("The Prime Minister held bilateral talks with the President of Guyana, Dr. Mohamed Irfaan Ali, in St. George's, "
     "Grenada.", ("St. George's", "GRD")),
    ("President Vladimir Putin met President Alexander Lukashenko in St. Petersburg.", ("St. Petersburg", "RUS")),
    # a Latin American ministry's dateline "City.-" (Dominican Republic)
    ("Santo Domingo.- Foreign Minister Roberto Álvarez received the Ambassador of Japan, Takeshi Nakayama, at the "
     "Ministry.", ("Santo Domingo", "DOM")),
    # a dateline naming the state whose capital is "<its name> City" (KUNA)
    ("KUWAIT, March 2 (KUNA) -- Foreign Minister Abdullah Al-Yahya met on Sunday with visiting Jordanian Foreign "
     "Minister Ayman Safadi.", ("Kuwait", "KWT")),
    # the place opening the sentence, capitalised (Ukraine's presidency, State)
    ("In Lisbon, President of Ukraine Volodymyr Zelenskyy met with Prime Minister of Portugal Luís Montenegro.",
     ("Lisbon", "PRT")),
    # a building no venues list holds, then its city, after other words (Nigeria, Guyana)
    ("The Minister of Foreign Affairs, Ambassador Yusuf Tuggar, received the Ambassador of Brazil, H.E. Carlos Lima, "
     "at the Ministry's offices, Tafawa Balewa House, Abuja.", ("Abuja", "NGA")),
    ("President Irfaan Ali welcomed Prime Minister Keith Rowley of Trinidad and Tobago to State House, Georgetown, "
     "where the two leaders held talks.", ("Georgetown", "GUY")),
    # a place line of a city whose name has a lowercase word, alone above the lead (Tanzania's State House)
    ("Dar es Salaam.\nPresident Samia Suluhu Hassan today held talks with President William Ruto of Kenya.",
     ("Dar es Salaam", "TZA")),
    # the date before the place (canada.ca news releases)
    ("March 4, 2024 - Brussels, Belgium - Global Affairs Canada\nToday, the Honourable Mélanie Joly, Minister of "
     "Foreign Affairs, met with Hadja Lahbib, Minister of Foreign Affairs of Belgium.", ("Brussels", "BEL")),
    # a city that names the forum, another word before its noun (Kyrgyzstan, Türkiye)
    ("Foreign Minister Jeenbek Kulubaev met with Foreign Minister Hakan Fidan on the sidelines of the Antalya "
     "Diplomacy Forum on Saturday.", ("Antalya", "TUR")),
    # a palace no venues list holds, then its city (Brazil's presidency, Latin American ministries)
    ("President Luiz Inácio Lula da Silva received the Federal Chancellor of Germany, Olaf Scholz, at Palácio do "
     "Planalto, in Brasília, this Monday.", ("Brasília", "BRA")),
    # the place of a topic after the encounter's words is not its venue: the dateline's city is (Petra, KUNA, WAM)
    ("Amman, Jan. 15 (Petra) -- His Majesty King Abdullah II and Cypriot President Nikos Christodoulides held talks "
     "at Al Husseiniya Palace on Monday, which addressed the dangerous escalation in Gaza.", ("Amman", "JOR")),
    # the discussions themselves are the encounter: their place is its venue (State)
    ("On June 29, Special Representative for Afghanistan Thomas West held discussions with Foreign Minister Amir Khan "
     "Muttaqi in Doha, Qatar.", ("Doha", "QAT")),
    # a topic's word before a place that is not the topic's: "for about three hours", a venue and its city after the
    # topic, the event's city after the topic's place (Kremlin, Thailand, State)
    ("President Vladimir Putin held talks with President of Türkiye Recep Tayyip Erdoğan for about three hours in Sochi.",
     ("Sochi", "RUS")),
    ("Prime Minister Srettha Thavisin held talks with Prime Minister Anwar Ibrahim regarding border trade at Government "
     "House in Bangkok.", ("Bangkok", "THA")),
    ("Secretary Blinken met with Foreign Minister Wang Yi on the sidelines of the conference on the war in Ukraine in "
     "Munich.", ("Munich", "DEU")),
    # a palace with no city after it: the palace, its state's
    ("President Lula met with Chancellor Olaf Scholz at Palácio do Planalto.", ("Palácio do Planalto", "BRA")),
    # the city before the guest's style, as Gulf agencies order them (ONA, KUNA)
    ("Foreign Minister Badr Albusaidi received today in Muscat His Excellency Bakhtiyor Saidov, Minister of Foreign "
     "Affairs of the Republic of Uzbekistan.", ("Muscat", "OMN")),
    # a city named after its state, on a place-and-date line above the lead (Sudan's MFA, Gulf and African ministries)
    ("Port Sudan – 10 March 2025\n\nThe Minister of Foreign Affairs, Ambassador Ali Youssef, received in his office "
     "today the Ambassador of Egypt, Hany Salah.", ("Port Sudan", "SDN")),
])
def test_venue_of_in_person_encounter(lead, place):
    loc = extract(lead, doc_id="t").location
    assert (loc.name, loc.country) == place


@pytest.mark.parametrize("lead", [
    # a summit the meeting was held to prepare, a bridge whose collapse it was about (White House, State)
    "President Joseph R. Biden, Jr. met today with Secretary General Jens Stoltenberg of NATO to discuss the June 14 "
    "NATO Summit in Brussels.",
    "National Security Advisor Jake Sullivan met with Prime Minister Mohammed bin Abdulrahman Al Thani of Qatar to "
    "discuss the situation in Gaza.",
    "Secretary Blinken met today with Foreign Minister Dmytro Kuleba to discuss the war in Ukraine.",
    # an earlier encounter's place (Yonhap, White House, State)
    "The two leaders met on the sidelines of the NATO summit, their second meeting in two months following their talks "
    "in Hiroshima.",
])
def test_a_place_the_encounter_was_about_is_no_venue(lead):
    assert extract(lead, doc_id="t").location is None


@pytest.mark.parametrize("text, place", [
    # the visit told beside the lead (Kremlin, Ukraine's presidency, Türkiye)
    ("Prime Minister Naftali Bennett made a brief working visit to Sochi.\nVladimir Putin held talks with Prime Minister "
     "of Israel Naftali Bennett.", "Sochi"),
    ("President Recep Tayyip Erdoğan received President Volodymyr Zelenskyy.\nThe meeting took place at the Vahdettin "
     "Pavilion in Istanbul.", "Istanbul"),
    ("Prime Minister Irakli Kobakhidze met with Prime Minister of Hungary Viktor Orbán.\nThe meeting of the heads of "
     "government was held in a tête-à-tête format at the Government Administration in Tbilisi.", "Tbilisi"),
    ("President Shavkat Mirziyoyev held talks with President of Korea Yoon Suk Yeol.\nThe official welcoming ceremony "
     "took place at the Kuksaroy residence in Tashkent.", "Tashkent"),
    # not a framework's or an earlier meeting's place
    ("Prime Minister Irakli Kobakhidze met with Prime Minister of Hungary Viktor Orbán.\nThe talks were held in the "
     "framework of the Strategic Dialogue launched in Budapest in 2023.", None),
    ("Prime Minister Irakli Kobakhidze met with Prime Minister of Hungary Viktor Orbán.\nTheir last meeting was held in "
     "Budapest.", None),
    # a city-state is its own capital (Singapore MFA, Thailand)
    ("Minister for Foreign Affairs Vivian Balakrishnan met Thai Foreign Minister Sihasak Phuangketkeow, who is on an "
     "introductory visit to Singapore, yesterday.", "Singapore"),
    # a visit still to come is no place of this meeting
    ("Jake Sullivan met Secretary General Akiba Takeo.\nAkiba welcomed the President's planned visit to Tokyo.", None),
    # the traveller's arrival for the visit (Israel's MFA); others arrived in a city is no visit ("migrants who arrived
    # in New York City": White House)
    ("Foreign Minister Eli Cohen arrived today (Monday, 4 September 2023) in Manama for the first official visit by an "
     "Israeli foreign minister. FM Cohen held talks with Bahraini Foreign Minister Abdullatif bin Rashid Al Zayani.",
     "Manama"),
    ("Officials met with Governor Kathy Hochul to discuss support for communities.\nMany of the migrants who arrived "
     "in New York City are eligible to work.", None),
    # the trip the lead's pronoun goes on from (State, White House)
    ("Deputy Secretary Kurt Campbell traveled to Vilnius to reaffirm the partnership with Lithuania. He met with Deputy "
     "Foreign Minister Ana Petraitė and Vice Minister of Energy Jonas Kazlauskas.", "Vilnius"),
    # the guest there on the visit (Singapore's MFA, Kremlin, Ukraine's presidency)
    ("Minister for Foreign Affairs Vivian Balakrishnan received a courtesy call by Foreign Minister Maria Ubach of "
     "Andorra today. Minister Ubach is in Singapore on a working visit from 3 to 5 March.", "Singapore"),
])
def test_the_place_of_the_visit_beside_the_lead(text, place):
    r = extract(text, doc_id="t")
    assert (r.location.name if r.location else None) == place


def test_officials_listed_as_met_abroad_are_of_the_host_state():
    """State, White House: "X traveled to Vilnius ... He met with A, B, and C": each one met there whose state the text
    never gives is the host's, the later ones of the list too."""
    from communique.settings import Settings

    r = extract("Deputy Secretary Kurt Campbell traveled to Vilnius to reaffirm the partnership with Lithuania. He met with "
                "Deputy Foreign Minister Ana Petraitė, Vice Minister of Energy Jonas Kazlauskas, and Speaker of the "
                "Seimas Saulius Jonaitis to discuss energy security.", doc_id="t", settings=Settings(publisher="USA"))
    assert [(p.name, p.country) for p in r.participants] == [
        ("Kurt Campbell", "USA"), ("Ana Petraitė", "LTU"), ("Jonas Kazlauskas", "LTU"), ("Saulius Jonaitis", "LTU")]


def test_they_who_met_are_the_delegation_the_official_above_led():
    """White House, State: "During the week of March 14, X led an interagency delegation to Paris, France, ... / They met
    with A and separately with B": X took part, in Paris, and those met there are France's."""
    from communique.settings import Settings

    r = extract("During the week of March 14, Assistant to the President for Homeland Security Dr. Jane Doe led an "
                "interagency delegation to Paris, France, with representatives from the Department of State.  They met "
                "with Chief of the Military Staff Admiral Pierre Martin and separately with National Intelligence "
                "Coordinator Paul Leroy to discuss counterterrorism cooperation.", doc_id="t", published="2022-03-19",
                settings=Settings(publisher="USA"))
    assert [(p.name, p.country) for p in r.participants] == [
        ("Jane Doe", "USA"), ("Pierre Martin", "FRA"), ("Paul Leroy", "FRA")]
    assert (r.location.name, r.date) == ("Paris", "2022-03-14")


@pytest.mark.parametrize("lead", [
    "President Biden met Foreign Minister Cafiero at the General Assembly of the Organization of American States.",
    "President Putin met Governor Beglov in the Mariinsky Palace in St Petersburg.",
])
def test_a_venue_name_that_two_cities_have_names_neither(lead):
    loc = extract(lead, doc_id="t").location
    assert loc is None or loc.name not in ("New York", "Kyiv")


def test_an_office_named_later_takes_its_own_holders_name_only():
    r = extract("The President spoke today with Prime Minister Abe of Japan.\nThe two leaders discussed the upcoming "
                "summit with President Xi Jinping in Beijing.\nThe President thanked the Prime Minister.",
                doc_id="t", published="2015-05-01")
    assert "Xi Jinping" not in [p.name for p in r.participants]
    assert r.statements[-1].speaker != "Xi Jinping"


@pytest.mark.parametrize("text, name, start, end, spans", [
    ("Biden said", "Biden", 0, None, [(0, 5)]),
    ("Biden-Harris", "Biden", 0, None, []),  # a word of a longer name
    ("Bidenomics", "Biden", 0, None, []),
    ("The Biden", "Biden", 0, 9, [(4, 9)]),
    ("Bidenx", "Biden", 0, 5, [(0, 5)]),  # the end given is the end of the text, as a regex's endpos
    ("Biden", "", 0, None, []),
])
def test_names_are_found_as_whole_words(text, name, start, end, spans):
    from communique.stages.participants import name_spans

    assert list(name_spans(text, name, start, end)) == spans


def test_a_venue_is_the_evidence_of_its_city():
    r = extract("Vladimir Putin held talks in the Kremlin with President of Mongolia Ukhnaagiin Khurelsukh.", doc_id="t")
    assert r.location.span.of(r.text) == "Kremlin"


def test_a_text_issued_in_two_capitals_is_placed_in_neither():
    """ "Oslo/Berlin, 5 January 2023" above a joint statement (Norway and Germany, Nordic and Baltic ministries): no
    single place; an agency's name in slashes after one city ("ULAANBAATAR /MONTSAME/") still places it."""
    from communique.ingest.text import document_from_text

    r = extract_document(document_from_text("Oslo/Berlin, 5 January 2023\n\nWe, the Foreign Ministers of Norway and "
                                            "Germany, reaffirm our support for Ukraine.", doc_id="t", published="2023-01-05",
                                            title="Joint statement by the foreign ministers of Norway and Germany"))
    assert r.location is None
    assert extract("ULAANBAATAR /MONTSAME/ The President received the Ambassador of Japan today.",
                   doc_id="t").location.name == "Ulaanbaatar"


@pytest.mark.parametrize("preamble, place", [
    # the line that introduces the text names the meeting it follows and its place (Australia's PM, State)
    ("Prime Minister Anna Reid and Prime Minister Tom Kerr issued the following joint statement after the annual "
     "Leaders' Meeting in Auckland on 16 August 2024:", ("Auckland", "NZL")),
    ("The following statement was released by the Foreign Ministers of the Coalition following today’s meeting in "
     "Marrakesh, Morocco.", ("Marrakesh", "MAR")),
    ("The following statement was released by the Foreign Ministers of the Coalition.", None),
])
def test_a_joint_statement_is_placed_by_the_meeting_its_preamble_names(preamble, place):
    from communique.ingest.text import document_from_text

    doc = document_from_text(f"{preamble}\n\nWe reaffirmed the deep relationship between our countries.",
                             doc_id="t", title="Joint Statement on the Leaders' Meeting")
    r = extract_document(doc)
    assert r.encounter == "joint_statement"
    assert ((r.location.name, r.location.country) if r.location else None) == place


@pytest.mark.parametrize("foot, place", [
    ("New Delhi, 4 November 2023", ("New Delhi", "IND")),  # India's MEA: the place and day under the text
    ("Done at Banjul, 20 April 2024", ("Banjul", "GMB")),  # a communiqué's signing formula
    ("Done in Luanda, on 30 July 2024.", ("Luanda", "AGO")),
])
def test_a_joint_statement_is_placed_by_the_line_it_is_signed_under(foot, place):
    """A joint statement with no narrated lead says where it was agreed in its last line, below the body."""
    from communique.ingest.text import document_from_text

    doc = document_from_text("1. The two sides reviewed their relations of friendship and cooperation.\n\n2. The "
                             "two sides agreed to expand trade and to hold the next round of consultations in 2025."
                             f"\n\n{foot}", doc_id="t", title="Joint Communiqué between Ruritania and Freedonia")
    r = extract_document(doc)
    assert r.encounter == "joint_statement"
    assert (r.location.name, r.location.country) == place
    assert r.statements[-1].speaker is None  # the signing line is nobody's words


@pytest.mark.parametrize("text, place", [
    # a transcript without narration: its dateline line (UN), or the venue its first speaker names (Kremlin)
    ("New York\n\n20 September 2021\n\nSG: Thank you very much, Mr. President, for receiving me.\n"
     "PRESIDENT BIDEN: Thank you.", ("New York", "USA")),
    ("President of Russia Vladimir Putin: Mr President, it is a pleasure to receive you in the Kremlin.\n"
     "President of Mongolia Ukhnaagiin Khurelsukh (retranslated): Thank you.", ("Moscow", "RUS")),
    # bylines, then the place and the venue, above the first turn (State, White House); "Washington D.C." without comma
    ("Antony J. Blinken, Secretary of State\n\nMohammed bin Abdulrahman Al-Thani, Qatari Deputy Prime Minister and "
     "Minister of Foreign Affairs\n\nMunich, Germany\n\nHotel Bayerischer Hof\n\nDEPUTY PRIME MINISTER AL-THANI: Well, "
     "I am very happy to meet with you.\n\nSECRETARY BLINKEN: Thank you.", ("Munich", "DEU")),
    ("Antony J. Blinken, Secretary of State\n\nWashington D.C.\n\nTreaty Room\n\nSECRETARY BLINKEN: Good morning, "
     "everyone. I am delighted to have the foreign minister here with us today.", ("Washington", "USA")),
    # a region with its article after the city (State)
    ("Antony J. Blinken, Secretary of State\n\nRamallah, the West Bank\n\nPRESIDENT ABBAS: It gives me great pleasure "
     "to welcome the Secretary.\n\nSECRETARY BLINKEN: Thank you, Mr. President.", ("Ramallah", "PSE")),
])
def test_place_of_a_transcript(text, place):
    from communique.ingest.text import document_from_text

    doc = document_from_text(text, doc_id="t")
    doc.title = "Press statements following talks"
    loc = extract_document(doc).location
    assert (loc.name, loc.country) == place


def test_a_lead_naming_one_official_when_the_title_announces_a_meeting():
    """State Department: the other side is a group, named by no title; the lead still dates and places it."""
    from communique.ingest.text import document_from_text

    doc = document_from_text("Office of the Spokesperson\n\nOn June 29 and 30, Special Envoy for Yemen Tim Lenderking "
                             "led a delegation to continue discussions with Houthi representatives in Muscat, Oman.\n"
                             "The two sides discussed the truce.", doc_id="t", published="2022-07-01")
    doc.title = "Special Envoy Lenderking's Meeting with Houthi Representatives"
    r = extract_document(doc)
    assert (r.encounter, r.date, r.location.name) == ("meeting", "2022-06-29", "Muscat")
    assert [p.name for p in r.participants] == ["Tim Lenderking"]


def test_the_headline_line_names_the_author_the_pages_title_gives_by_office_alone():
    """India's PIB: "English rendering of Prime Minister's Press Statement during ..." as the page's title, the same line
    with the name as the body's first: the author is named there, and every sentence below is theirs."""
    from communique.ingest.text import document_from_text

    title = "English rendering of Prime Minister's Press Statement during the Joint Press Statement with the Prime Minister of Fiji"
    text = ("English rendering of Prime Minister Shri Arun Mehta’s Press Statement during the Joint Press Statement with the "
            "Prime Minister of Fiji\n\nYour Excellency Prime Minister Sitiveni Rabuka, friends from the media, Namaskar!\n\n"
            "I warmly welcome Prime Minister Rabuka to New Delhi.\n\nToday we have decided to expand our cooperation.")
    r = extract_document(document_from_text(text, doc_id="t", title=title, settings=Settings(publisher="IND")))
    assert r.encounter == "press_remarks"
    assert r.participants[0].name == "Arun Mehta"
    assert [s.speaker for s in r.statements] == [None, "Arun Mehta", "Arun Mehta", "Arun Mehta"]


def test_an_html_comment_between_a_joint_texts_points_is_nobodys_and_keeps_their_voice():
    """White House pages keep "<!-- -->" between the bullets of a joint statement: markup, no one's words, and the
    parties' "we" goes on below it."""
    from communique.ingest.text import document_from_text

    doc = document_from_text("We, the governments of Canada, Norway and the United States, commit to:\n-   sharing "
                             "information on commercial spyware;\n<!-- -->\n-   working closely with industry partners.",
                             doc_id="t", title="Joint Statement on Efforts to Counter Commercial Spyware")
    r = extract_document(doc)
    assert r.encounter == "joint_statement"
    assert [(s.text[:8], s.speaker) for s in r.statements] == [("We, the ", "both"), ("-   shar", "both"),
                                                                ("<!-- -->", None), ("-   work", "both")]


def test_the_headline_gives_the_state_of_an_official_the_body_names_without_one():
    """White House, State: "Meeting with Foreign Minister X of Niger" above a lead that names him by office alone."""
    from communique.ingest.text import document_from_text

    doc = document_from_text("National Security Advisor Jake Sullivan met today with H.E. Foreign Minister Amadou Sani at "
                             "the White House. Mr. Sullivan commended its counterterrorism leadership.", doc_id="t",
                             published="2022-07-29", settings=Settings(publisher="USA"))
    doc.title = "Statement on National Security Advisor Jake Sullivan's Meeting with Foreign Minister Amadou Sani of Niger"
    assert [(p.name, p.country) for p in extract_document(doc).participants] == [("Jake Sullivan", "USA"), ("Amadou Sani", "NER")]
    doc.title = "Statement on National Security Advisor Jake Sullivan's Meeting"
    assert [(p.name, p.country) for p in extract_document(doc).participants] == [("Jake Sullivan", "USA"), ("Amadou Sani", None)]


def test_the_body_under_a_pages_credit_lines_date_and_headline_is_the_lead():
    """The White House's pages of 2009-2017: three credit lines, a date line and the headline above the body, whose own
    first sentence names the President by office."""
    from communique.ingest.text import document_from_text

    doc = document_from_text("THE WHITE HOUSE\nOffice of the Press Secretary\nFor Immediate Release\nMarch 06, 2014\n\n"
                             "Readout of the President's Call with Chancellor Merkel of Germany\n\nThe President spoke with "
                             "German Chancellor Angela Merkel today about the situation in Ukraine.\nThe two leaders "
                             "expressed grave concern.", doc_id="t", settings=Settings(publisher="USA"))
    r = extract_document(doc)
    assert (r.encounter, r.date) == ("phone_call", "2014-03-06")
    assert [(p.title, p.country) for p in r.participants] == [("President", "USA"), ("Chancellor", "DEU")]


def test_a_call_the_title_names_and_the_body_tells_with_an_untitled_leader():
    """Kremlin: "Telephone conversation with President of Kazakhstan ..." over "During the conversation, the President of
    Kazakhstan informed Vladimir Putin ...": that sentence is the lead; the office named alone keeps the office's name."""
    from communique.ingest.text import document_from_text

    doc = document_from_text("During the conversation, the President of Kazakhstan informed Vladimir Putin in detail about "
                             "the situation in the republic.\nVladimir Putin emphasised that Russia would continue to "
                             "provide support.", doc_id="t", published="2022-01-06", settings=Settings(publisher="RUS"))
    doc.title = "Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev"
    r = extract_document(doc)
    assert r.encounter == "phone_call"
    assert [(p.name, p.country) for p in r.participants] == [("Vladimir Putin", "RUS"), ("President of Kazakhstan", "KAZ")]


@pytest.mark.parametrize("text, parties", [
    ("The Republic of Chile, the Kingdom of Norway and New Zealand affirm their commitment to the high seas treaty.",
     [("Republic of Chile", "CHL"), ("Kingdom of Norway", "NOR"), ("New Zealand", "NZL")]),
    ("The United States strongly condemns the detention of civilian leaders in Mali.", []),  # one voice: no parties
    # "We, the ..." naming its officials: they are its parties (Poland, Greece, the Baltic and Nordic governments)
    ("We, the Prime Minister of the Republic of Poland, Donald Tusk, and the Prime Minister of the Hellenic Republic, "
     "Kyriakos Mitsotakis, believe that Europe must strengthen its defence.",
     [("Donald Tusk", "POL"), ("Kyriakos Mitsotakis", "GRC")]),
    # the officials a line names as issuing the text that follows; an office without its state is the publisher's
    ("Foreign Minister Senator the Hon Penny Wong and Fijian Deputy Prime Minister Biman Prasad issued the following "
     "statement:\nAustralia and Fiji welcome the ratification of the high seas treaty.",
     [("Penny Wong", "AUS"), ("Biman Prasad", "FJI")]),
    # a plural office, then each state and its official (trilateral statements: Israel, Greece, Cyprus, Egypt)
    ("We, the Foreign Ministers of the State of Israel, Eli Cohen, of the Hellenic Republic, Giorgos Gerapetritis, and of "
     "the Republic of Cyprus, Constantinos Kombos, reaffirm our shared commitment to the trilateral partnership.",
     [("Eli Cohen", "ISR"), ("Giorgos Gerapetritis", "GRC"), ("Constantinos Kombos", "CYP")]),
    ("We, Lars Løkke Rasmussen, Minister for Foreign Affairs of Denmark, and Elina Valtonen, Minister for Foreign Affairs "
     "of Finland, are deeply concerned by the situation in the Baltic Sea.",
     [("Lars Løkke Rasmussen", "DNK"), ("Elina Valtonen", "FIN")]),
    ("Foreign Minister Penny Wong issued the following statement:\nAustralia welcomes the ratification of the high "
     "seas treaty.", []),  # one official: one voice
    # the line above the text that says who released it (State): officials, else states
    ("The following joint statement was released by Foreign Minister Penny Wong and New Zealand Foreign Minister "
     "Winston Peters.\nBegin Text:\nWe welcome the ratification of the high seas treaty.",
     [("Penny Wong", "AUS"), ("Winston Peters", "NZL")]),
    ("The text of the following statement was released by the Governments of Australia and New Zealand.\nBegin Text:\n"
     "We welcome the ratification of the high seas treaty.", [("Australia", "AUS"), ("New Zealand", "NZL")]),
    # ... "issued" after its topic, a body among the states, not the group they issue it as (State)
    ("Following is a joint statement on the high seas treaty issued by Australia, Fiji, and the European Union as "
     "members of the Friends of the Ocean.\nBegin text:\nWe welcome the ratification of the treaty.",
     [("Australia", "AUS"), ("Fiji", "FJI"), ("European Union", "EU")]),
    ("The text of the following statement was adopted by the Governments of Australia and Fiji, on the occasion of the "
     "Pacific Ocean Conference.\nBegin Text:\nFurther to the Ocean Summit, held in Suva in March, we welcome the treaty.",
     [("Australia", "AUS"), ("Fiji", "FJI")]),  # a summit told below: the line above names the parties
    # each state with its short name in brackets (the White House's trade frameworks)
    ("The United States of America (United States, or U.S.) and the Republic of Fiji (Fiji) have agreed to a framework "
     "on the high seas treaty.\nFiji has committed to ratify the treaty.", [("United States of America", "USA"),
                                                                          ("Republic of Fiji", "FJI")]),
])
def test_the_parties_of_a_joint_statement_are_the_states_that_issue_it(text, parties):
    from communique.ingest.text import document_from_text

    doc = document_from_text(text, doc_id="t")
    doc.title = "Joint Statement on the High Seas Treaty"
    doc.publisher = "AUS"
    r = extract_document(doc)
    assert r.encounter == "joint_statement"
    assert [(p.name, p.country) for p in r.participants] == parties


def test_a_royal_style_alone_in_the_lead_is_the_official_named_with_it_above():
    """India's MEA, the Gulf agencies: "His Royal Highness Prince X, Crown Prince and Prime Minister of Saudi Arabia, paid
    a State Visit to India ... / Prime Minister Narendra Modi and His Royal Highness held talks ...": the style is the
    prince's; the opening line that tells of the visit is narration, as the lead is; "His Royal Highness congratulated"
    is his."""
    r = extract("1. His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister of "
                "the Kingdom of Saudi Arabia, paid a State Visit to India from 10 to 11 September 2023.\n2. Prime Minister "
                "Shri Narendra Modi and His Royal Highness held talks at Hyderabad House in New Delhi.\n3. His Royal "
                "Highness congratulated India on the successful hosting of the G20 Summit.", doc_id="t",
                published="2023-09-11")
    assert [(p.name, p.country) for p in r.participants] == [("Narendra Modi", "IND"),
                                                             ("Mohammed bin Salman bin Abdulaziz Al Saud", "SAU")]
    assert [s.speaker for s in r.statements] == [None, None, "Mohammed bin Salman bin Abdulaziz Al Saud"]


def test_the_preamble_that_announces_a_joint_statements_text_is_the_publishers():
    """ "X and Y, meeting in Luanda ..., adopt the following Joint Statement:" (Itamaraty, CGTN, the Auswärtiges Amt, the
    White House, State): the line that introduces the text is nobody's words; the text below it is both parties'."""
    from communique.ingest.text import document_from_text

    doc = document_from_text(
        "The President of the Federative Republic of Brazil, Luiz Inácio Lula da Silva, and the President of the "
        "Republic of Angola, João Lourenço, meeting in Luanda on 25 August 2023, adopt the following Joint Statement:\n"
        "1. They reaffirm the historical ties that unite the two peoples.\n"
        "2. They welcome the resumption of the Bilateral Commission.", doc_id="t", published="2023-08-25")
    doc.title = "Joint Statement between the Federative Republic of Brazil and the Republic of Angola"
    r = extract_document(doc)
    assert [s.speaker for s in r.statements] == [None, BOTH, BOTH]


def test_a_joint_texts_line_of_one_partys_official_is_theirs_and_the_text_goes_on_in_both_voices():
    """A joint communiqué speaks in both voices, but a line whose subject is one party's official, or "He" after it, or
    that party's state alone ("Chile will continue to ...": the contract's rule for a state as subject), is that
    official's; the line after goes back to both (joint communiqués of Latin American ministries, Denmark's and Viet
    Nam's, the White House, State); states joined ("Chile and Argentina will ...") are both."""
    from communique.ingest.text import document_from_text

    doc = document_from_text(
        "1. The President of the Republic of Chile, Gabriel Boric, and the President of the Argentine Republic, Javier "
        "Milei, reaffirmed the strategic alliance between their two nations.\n"
        "2. Chile will continue to support the integration of the two countries' electricity grids.\n"
        "3. President Milei expressed Argentina's interest in joining the Pacific Alliance. He also invited Chilean "
        "companies to invest in lithium.\n"
        "4. Cooperation in science and education should be deepened.\n"
        "5. President Boric thanked President Milei for his hospitality.\n"
        "6. Chile and Argentina will hold the next binational cabinet in Santiago.\n"
        "7. The Argentine Republic's delegation visited the Atacama Desert.", doc_id="t", published="2025-03-01")
    doc.title = "Joint Communiqué of the Presidents of Chile and Argentina"
    r = extract_document(doc)
    assert r.encounter == "joint_statement"
    assert [p.name for p in r.participants] == ["Gabriel Boric", "Javier Milei"]
    assert [s.speaker for s in r.statements] == [BOTH, "Gabriel Boric", "Javier Milei", "Javier Milei", BOTH,
                                                 "Gabriel Boric", BOTH, BOTH]


@pytest.mark.parametrize("title, body, parties", [
    # the title names its issuers, the text speaks as "we": the issuers, their evidence the text's voice
    ("Joint Statement by President Lula da Silva and Prime Minister Pedro Sánchez on the Amazon Fund",
     "Today we reaffirm our shared commitment to ending deforestation in the Amazon by 2030.",
     [("Lula da Silva", "BRA", "we"), ("Pedro Sánchez", "ESP", "we")]),
    # the text names them in full: there; a headline's verb run into the last name is no part of it; states after names
    ("Joint Statement from Foreign Minister Penny Wong of Australia and Foreign Minister Winston Peters of New Zealand "
     "Welcoming the Pacific Islands Forum Communiqué",
     "Penny Wong and Winston Peters welcome the leaders' communiqué. We stand with the Pacific.",
     [("Penny Wong", "AUS", "Penny Wong"), ("Winston Peters", "NZL", "Winston Peters")]),
    # a surname alone is no evidence of the full name (the record's span is the name or the voice); "our" is no voice
    ("Joint Statement by President Joseph R. Biden Jr. and President Ferdinand R. Marcos Jr. Marking the Alliance",
     "Our alliance is ironclad. President Marcos Jr. and the United States agree. We will work together.",
     [("Joseph R. Biden Jr.", "USA", "We"), ("Ferdinand R. Marcos Jr.", "PHL", "We")]),
    # words before an office that are no state's end the list
    ("Joint Statement by Chancellor Olaf Scholz, Welcoming President Volodymyr Zelenskyy", "We welcome the visit.", []),
    ("Joint Statement by Secretary of State Marco Rubio, Japanese Minister for Foreign Affairs Iwaya Takeshi, and "
     "Republic of Korea Minister of Foreign Affairs Cho Tae-yul",
     "We condemn the launch of an intercontinental ballistic missile.",
     [("Marco Rubio", "USA", "We"), ("Iwaya Takeshi", "JPN", "We"), ("Cho Tae-yul", "KOR", "We")]),
    # a joint statement's "we" is its issuers', both, not one author's (Canada, Ukraine's presidency)
    ("Joint Statement by Prime Minister Mark Carney and President Volodymyr Zelenskyy",
     "Today we met in Ottawa with our delegations.", [("Mark Carney", "CAN", "we"), ("Volodymyr Zelenskyy", "UKR", "we")]),
    # the text's "we" names the states, the title the officials: the officials (Germany, France, White House)
    ("Joint statement by Foreign Minister Annalena Baerbock and Foreign Minister Stéphane Séjourné on Moldova",
     "We, the Foreign Ministers of Germany and France, Annalena Baerbock and Stéphane Séjourné, reaffirm our support.",
     [("Annalena Baerbock", "DEU", "Annalena Baerbock"), ("Stéphane Séjourné", "FRA", "Stéphane Séjourné")]),
    # officials as the text's subject, each with their state: they, not the states of their offices
    ("Joint Declaration of the Ministers of Defence of the Republic of Chile and the Argentine Republic",
     "The Minister of National Defence of the Republic of Chile, Maya Fernández Allende, and the Minister of Defence of "
     "the Argentine Republic, Jorge Taiana, declare the following:\n1. They reaffirm the strategic alliance.",
     [("Maya Fernández Allende", "CHL", "Maya Fernández Allende"), ("Jorge Taiana", "ARG", "Jorge Taiana")]),
    # ... offices "for" their portfolio among them (DFAT, the Pacific)
    ("Joint Statement by the Foreign Ministers of Australia and Papua New Guinea",
     "Senator the Hon Penny Wong, Minister for Foreign Affairs of Australia, and the Hon Justin Tkatchenko MP, Minister "
     "for Foreign Affairs of Papua New Guinea, reaffirm the commitment of our two countries.",
     [("Penny Wong", "AUS", "Penny Wong"), ("Justin Tkatchenko", "PNG", "Justin Tkatchenko")]),
    # each issuer named first, the office after the name, a courtesy before it (WHO, UNICEF, the UN's agencies)
    ("Joint statement by Dr Tedros Adhanom Ghebreyesus, WHO Director-General, and Catherine Russell, UNICEF Executive "
     "Director, on the polio vaccination campaign", "We welcome the commitment of the parties.",
     [("Tedros Adhanom Ghebreyesus", "WHO", "We"), ("Catherine Russell", "UNICEF", "We")]),
    # issuers by their states' offices alone: each office a party, its holder where the text names them with that
    # office, else the office as the title writes it, its state's name in the text the evidence (Ukraine's presidency,
    # the Lublin Triangle, Commonwealth governments)
    ("Joint statement by the President of Ukraine, the President of the Republic of Lithuania and the President of the "
     "Republic of Poland", "On the anniversary, the Presidents of Ukraine, Lithuania and Poland acknowledged its meaning.",
     [("President of Ukraine", "UKR", "Ukraine"), ("President of the Republic of Lithuania", "LTU", "Lithuania"),
      ("President of the Republic of Poland", "POL", "Poland")]),
    ("Joint Statement by the Prime Minister of the Republic of Mauritius and the Prime Minister of the United Kingdom",
     "Today the Prime Minister of Mauritius, the Hon. Pravind Kumar Jugnauth, and the Prime Minister of the United "
     "Kingdom, Keir Starmer, reached an agreement.",
     [("Pravind Kumar Jugnauth", "MUS", "Pravind Kumar Jugnauth"), ("Keir Starmer", "GBR", "Keir Starmer")]),
    # issuers after "on": a topic's officials, not its issuers; one issuer is one voice
    ("Joint Statement on the Visit of President Lula da Silva to Madrid", "We welcome the visit.", []),
    ("Statement by President Lula da Silva and Prime Minister Pedro Sánchez", "We welcome the visit.", []),
])
def test_a_joint_statement_titled_by_its_issuers_takes_them_as_parties(title, body, parties):
    from communique.ingest.text import document_from_text

    doc = document_from_text(body, doc_id="t", published="2025-03-01")
    doc.title = title
    doc.publisher = parties[0][1] if parties else "USA"
    r = extract_document(doc)
    assert [(p.name, p.country, body[p.span.start:p.span.end]) for p in r.participants] == parties


def test_a_plain_texts_headline_names_a_joint_statements_issuers_as_a_title_does():
    """A plain text whose first line is its headline (OECD, WHO): "Joint Statement by OECD Secretary-General X and
    Coordinating Minister for Economic Affairs of the Republic of Indonesia Y" / "Today we welcome ..."."""
    r = extract("Joint Statement by OECD Secretary-General Mathias Cormann and Coordinating Minister for Economic Affairs "
                "of the Republic of Indonesia Airlangga Hartarto\n\n2 May 2024\n\nToday we welcome the adoption of the "
                "Roadmap for the OECD Accession Process of Indonesia.", doc_id="t")
    assert [(p.name, p.country) for p in r.participants] == [("Mathias Cormann", "OECD"), ("Airlangga Hartarto", "IDN")]


@pytest.mark.parametrize("foot, parties", [
    # signatures under the text: the parties by name, not the states its "We" names (Czechia, Austria, Slovakia)
    ("Prague, Vienna and Bratislava, 21 June 2022\nJan Lipavský, Minister of Foreign Affairs of the Czech Republic\n"
     "Alexander Schallenberg, Federal Minister for European and International Affairs of Austria",
     [("Jan Lipavský", "CZE"), ("Alexander Schallenberg", "AUT")]),
    # "For the Government of X" above a signature gives its state (Iceland, Ukraine's declarations)
    ("Done on 2 July 2024.\nFor the Government of Iceland\nBjarni Benediktsson, Prime Minister\nFor the Government of "
     "Ukraine\nVolodymyr Zelenskyy, President", [("Bjarni Benediktsson", "ISL"), ("Volodymyr Zelenskyy", "UKR")]),
    # signature blocks: a name line, an office line, maybe a state line (joint communiqués, Baltic, Caribbean, Pacific
    # ministries); a chiefly title before the personal style; a rank before the office
    ("Alexander Schallenberg\nFederal Minister for European and International Affairs of the Republic of Austria\n\n"
     "Dr. Jan Lipavský\nMinister of Foreign Affairs\nCzech Republic",
     [("Alexander Schallenberg", "AUT"), ("Jan Lipavský", "CZE")]),
    ("For the Government of the Czech Republic\nTui Atua III Dr Jan Lipavský\nAmbassador, Permanent Representative to the "
     "United Nations\nFor the Government of the Republic of Austria\nAlexander Schallenberg\nFederal Minister",
     [("Jan Lipavský", "CZE"), ("Alexander Schallenberg", "AUT")]),
    # a portfolio whose words no vocabulary holds, on the office's own line (Trinidad and Tobago, Venezuela, Caribbean
    # and Latin American ministries)
    ("Done at Vienna, on 21 June 2022.\nFor the Government of the Czech Republic\nJan Lipavský\nMinister of People’s "
     "Power for Petroleum\nFor the Government of the Republic of Austria\nAlexander Schallenberg\nMinister of Energy "
     "and Energy Industries", [("Jan Lipavský", "CZE"), ("Alexander Schallenberg", "AUT")]),
    # one signature, or a line that goes on after the office, is no list of parties
    ("Jan Lipavský, Minister of Foreign Affairs of the Czech Republic, said the talks went well.",
     [("Austria", "AUT"), ("Czech Republic", "CZE")]),
    ("Jan Lipavský\nMinister of Foreign Affairs of the Czech Republic", [("Austria", "AUT"), ("Czech Republic", "CZE")]),
])
def test_the_signatories_of_a_joint_statement_are_its_parties(foot, parties):
    from communique.ingest.text import document_from_text

    doc = document_from_text("We, the Foreign Ministers of Austria and the Czech Republic, reaffirm our support for the "
                             "Western Balkans.\nWe call on the European Council to act.\n" + foot, doc_id="t")
    doc.title = "Joint Statement of the Foreign Ministers on the Western Balkans"
    r = extract_document(doc)
    assert r.encounter == "joint_statement"
    assert [(p.name, p.country) for p in r.participants] == parties


@pytest.mark.parametrize("lead", [
    "Secretary Blinken met with Senior Advisor Amos Hochstein, who held senior positions in the State Department.",
    "Secretary Blinken met with Ambassador Molly Phee of the State Department's Bureau of African Affairs.",
])
def test_a_ministry_as_an_institution_is_no_place(lead):
    assert extract(lead, doc_id="t").location is None


@pytest.mark.parametrize("title, body, place", [
    ("Prime Minister meets Premier of Greenland in Reykjavík",
     "Kristrún Frostadóttir, Prime Minister, met today with Jens-Frederik Nielsen, Premier of Greenland.", "Reykjavík"),
    ("President of Ukraine met with the Prime Minister of Portugal in Kyiv",
     "Volodymyr Zelenskyy met with Prime Minister of Portugal António Costa.", "Kyiv"),
    # a topic's place, a region, a building: no venue
    ("President held a meeting on the security situation in the Donetsk and Luhansk regions",
     "President Volodymyr Zelenskyy held a meeting with the heads of the regional military administrations.", None),
    ("Readout of the Quad Investors Network Event at the White House",
     "National Security Advisor Jake Sullivan met with the Quad Investors Network.", None),
    ("Minister: the crimes committed in Bucha are genocide",
     "Foreign Minister Dmytro Kuleba met with the Ambassador of France Etienne de Poncins.", None),
    # another clause's or event's place
    ("President Zelenskyy meets Prime Minister of Poland, discusses rebuilding of schools destroyed in Kharkiv",
     "President Volodymyr Zelenskyy met with Prime Minister Donald Tusk.", None),
    ("Minister meets Ambassador of Japan after the earthquake in Kobe",
     "Foreign Minister Dmytro Kuleba met with the Ambassador of Japan Kuninori Matsuda.", None),
    # a relative clause's place; an encounter at a distance has none (White House)
    ("Remarks by the President in a Meeting with Athletes Who Competed in Tokyo",
     "THE PRESIDENT: Thank you all for being here.", None),
    ("Remarks by the President in a Virtual Meeting with Governors in Denver",
     "THE PRESIDENT: Thank you all for joining.", None),
    # the place and date in brackets after the encounter, above a transcript (Greece, Cyprus, Balkan ministries)
    ("Joint statements of Foreign Minister Nikos Dendias and Foreign Minister Sameh Shoukry following their meeting "
     "(Athens, 20.03.2022)", "N. DENDIAS: Good afternoon. It is a pleasure to welcome my friend Sameh Shoukry.\n"
     "S. SHOUKRY: Thank you for the warm hospitality.", "Athens"),
])
def test_a_headline_names_the_place_the_body_does_not(title, body, place):
    """Evidence stays exact: the span is into the title, and the location says so."""
    loc = extract_document(Document("t", body, title=title)).location
    assert (loc.name if loc else None) == place
    if loc:
        assert loc.source == "title" and title[loc.span.start:loc.span.end] == place


def test_a_heading_line_above_the_lead_names_the_place_with_a_span_into_the_text():
    text = ("Lao, Vietnamese Prime Ministers hold talks in Vientiane\nJanuary 10, 2025\nPrime Minister Sonexay "
            "Siphandone held talks with Prime Minister of Vietnam Pham Minh Chinh on January 9.")
    loc = extract(text, doc_id="t").location
    assert loc.name == "Vientiane" and loc.source == "text" and text[loc.span.start:loc.span.end] == "Vientiane"


def test_no_venue_for_a_call_or_a_topic():
    assert extract("President Biden spoke with President Zelenskyy in Kyiv.", doc_id="t").location is None
    assert extract("Wang Yi met Sergey Lavrov to discuss peace in Ukraine.", doc_id="t").location is None


# Floors, not exact scores: these are the readouts the rules were developed on (dev, 19) and checked
# against (world, 104 readouts of 22 publishers); an exact figure would reward fitting them. The
# floors are the issue's bars (0.98 on dev for every field; on world participants 0.95, speaker
# 0.93, date 0.98, encounter 0.95, issues 0.88), and for the fields it sets none a little under the
# figures of the day: a change that loses ground on either set fails here.
FLOORS = {
    "dev": {"date": 0.98, "encounter": 0.98, "location": 0.98, "speaker": 0.98, "participants": 0.98,
            "issues": 0.98, "events": 0.92},
    "world": {"date": 0.98, "encounter": 0.95, "location": 0.95, "speaker": 0.93, "participants": 0.95,
              "issues": 0.88, "events": 0.74},
}


@needs_shared
@pytest.mark.parametrize("corpus", ["dev", "world"])
def test_gold_figures_stay_above_their_floors(corpus):
    from communique.evaluate import evaluate_documents
    from communique.ingest import read_paths

    gold = GOLD if corpus == "dev" else GOLD / "world"
    source = GOLD.parent / "corpus" / ("dev" if corpus == "dev" else "world")
    scores = evaluate_documents(gold, read_paths([source])).scores()
    assert not scores["missing"]
    for field, floor in FLOORS[corpus].items():
        value = scores[field]["f1"] if isinstance(scores[field], dict) else scores[field]
        assert value >= floor, (corpus, field, value)


@pytest.mark.parametrize("lead, office", [
    ("The King received H.E. Mr. Vikram Misri, Foreign Secretary of India, in Thimphu.", "King"),
    ("His Majesty the King received H.E. Mr. Vikram Misri, Foreign Secretary of India, in Thimphu.", "King"),
    ("His Majesty The King received H.E. Mr. Vikram Misri, Foreign Secretary of India, in Thimphu.", "King"),
    ("His Highness the Amir received U.S. Secretary of State Antony Blinken in Doha today.", "Amir"),
])
def test_a_style_before_the_publishers_office_alone_keeps_it_a_participant(lead, office):
    """"His Majesty the King received ...": the style a court gives its sovereign changes nothing of the office-only
    rule; the official is the publisher's, and the sentences told of them are theirs."""
    from communique.ingest.text import document_from_text

    doc = document_from_text(lead + "\nThe guest conveyed greetings from his leader. His Majesty thanked him.",
                             doc_id="t", published="2024-08-17")
    doc.publisher = "QAT"
    r = extract_document(doc)
    assert [(p.title, p.country) for p in r.participants][0] == (office, "QAT")
    assert r.statements[-1].speaker == r.participants[0].name


@pytest.mark.parametrize("publisher, lead", [
    ("CHN", "AMMAN, May 1 (Xinhua) -- His Majesty the King received Chinese Foreign Minister Wang Yi on Wednesday."),
    ("USA", "His Majesty the King received Secretary of State Antony Blinken in Amman today."),
])
def test_an_office_alone_is_of_the_state_the_encounter_is_in_when_the_publishers_has_none(publisher, lead):
    """An agency abroad, or a ministry's envoy's visit: "His Majesty the King" in Amman is Jordan's, not the publisher's
    (Xinhua, State); the office holder that day names him."""
    from communique.ingest.text import document_from_text

    doc = document_from_text(lead, doc_id="t", published="2024-05-01")
    doc.publisher = publisher
    r = extract_document(doc)
    assert (r.participants[0].name, r.participants[0].country) == ("Abdullah II", "JOR")


@pytest.mark.parametrize("title", [
    "Statement by Prime Minister Anthony Albanese and Prime Minister Christopher Luxon following their meeting",
    "Statement of the Prime Ministers of Australia and New Zealand following their meeting",
])
def test_a_statement_two_officials_issue_is_no_ones_remarks(title):
    """A title that names two officials, or their plural office, heads a joint text: not one author's remarks."""
    from communique.ingest.text import document_from_text

    r = extract_document(document_from_text("The Government of Australia and the Government of New Zealand reaffirm their "
                                            "partnership.\nWe are committed to a peaceful Pacific.", doc_id="t", title=title))
    assert r.encounter != "press_remarks" and not any(p.name == "Anthony Albanese" and len(r.participants) == 1
                                                      for p in r.participants)


def test_an_encounter_of_an_earlier_time_below_what_an_official_said_is_no_lead():
    """ "Prime Minister X said on Tuesday ... / Last month, the Prime Minister held talks with President Y": no encounter
    of this news (APP, wires)."""
    r = extract("Prime Minister Shehbaz Sharif said on Tuesday that Pakistan wanted peaceful relations with its "
                "neighbours.\n\"We are committed to dialogue,\" he said.\n\"Our region needs stability, not conflict.\n"
                "We will not be deterred.\"\nLast month, the Prime Minister held talks with President Xi Jinping in Beijing.",
                doc_id="t", settings=Settings(publisher="PAK"))
    assert r.encounter == "other" and r.location is None


def test_a_quotation_inside_the_lead_is_no_quotations_end():
    """ "... when he held bilateral talks with President X, whom he described as "a dependable brother".": a quotation it
    opens and closes; the lead is still the lead (Kenya's State House)."""
    r = extract("Kenya, Uganda agree to fast-track railway\nState House, Nairobi\nMonday, April 29, 2024\nPresident William "
                "Ruto has said Kenya and Uganda will fast-track the railway.\nHe spoke at State House, Nairobi, when he held "
                "bilateral talks with President Yoweri Museveni, whom he described as \"a dependable brother\".",
                doc_id="t", settings=Settings(publisher="KEN"))
    assert r.encounter == "talks" and [p.name for p in r.participants] == ["William Ruto", "Yoweri Museveni"]


def test_own_official_named_by_office_only_is_found_from_publisher_and_date():
    from communique.ingest.text import document_from_text

    doc = document_from_text(
        "The Prime Minister spoke to President Macron this evening.\nThe Prime Minister updated him on "
        "support for Ukraine. The leaders agreed to speak again soon.", doc_id="t", published="2024-09-01")
    doc.publisher = "GBR"
    r = extract_document(doc)
    assert [(p.name, p.country, p.name_from) for p in r.participants] == [
        ("Keir Starmer", "GBR", "leaders.tsv"), ("Macron", "FRA", None)]
    assert [s.speaker for s in r.statements] == [None, "Keir Starmer", BOTH]


@pytest.mark.parametrize("text, subject_speaker", [
    ("On 12 March 2024, External Affairs Minister Dr. S. Jaishankar held talks with Foreign Minister Penny Wong "
     "of Australia in New Delhi.\nEAM thanked Australia for its support.", "S. Jaishankar"),
    ("On 5 June 2024, PM Modi held talks with PM Albanese of Australia in Delhi. PM Modi thanked Australia.", "Modi"),
    # an army's chief by his office's abbreviation (Pakistan's ISPR, APP)
    ("Rawalpindi - 10 October 2023: Australian High Commissioner Neil Hawkins called on General Syed Asim Munir, NI (M), "
     "Chief of Army Staff (COAS), at GHQ today.\nCOAS said that Pakistan values its relations with Australia.",
     "Syed Asim Munir"),
])
def test_abbreviated_titles_name_and_attribute(text, subject_speaker):
    """India MEA and others write "EAM", "PM": a title head before a name, and a subject alone."""
    from communique import extract

    r = extract(text)
    assert len(r.participants) == 2 and "AUS" in {p.country for p in r.participants}
    assert r.statements[-1].speaker == subject_speaker


@pytest.mark.parametrize("publisher, text, name", [
    # named later by a full name that leaders.tsv lists for that office, without the office's word (Akorda)
    ("KAZ", "The Head of State received Minister for Foreign Affairs of Japan Takeshi Iwaya in the Akorda.\n"
     "Kassym-Jomart Tokayev noted the importance of the strategic partnership.", "Kassym-Jomart Tokayev"),
    # or before the lead, in the opening that states the news (Ukraine's presidency)
    ("UKR", "President Volodymyr Zelenskyy believes the world will lose from an escalation.\nThe Head of State made this "
     "statement in a meeting with Prime Minister Mark Rutte of the Netherlands.", "Volodymyr Zelenskyy"),
    # ... and by the office and a name the dictionary does not list, in the opening above the lead (Guyana, Caribbean)
    ("GUY", "Vice President, Dr. Bharrat Jagdeo, on Thursday said the Government will not be distracted.\nSpeaking at "
     "his weekly press conference, the Vice President said the fund finances the new bridge.", "Bharrat Jagdeo"),
])
def test_an_office_named_alone_takes_the_name_its_holder_is_given_anywhere(publisher, text, name):
    r = extract(text, doc_id="t", published="2022-01-21", settings=Settings(publisher=publisher))
    assert name in [p.name for p in r.participants]


@pytest.mark.parametrize("publisher, text, name, office", [
    # the headline above the lead names the office's holder (Élysée, EEAS)
    ("FRA", "Call between President Emmanuel Macron and the Prime Minister of Japan, Shigeru Ishiba\nThe President of the "
     "Republic spoke this morning with the Prime Minister of Japan, Shigeru Ishiba.\nHe recalled France's commitment.",
     "Emmanuel Macron", "President of the Republic"),
    ("EU", "Japan: High Representative/Vice-President Kaja Kallas meets Foreign Minister Takeshi Iwaya\nThe High "
     "Representative met today with the Minister for Foreign Affairs of Japan, Takeshi Iwaya.\nShe welcomed the "
     "Security and Defence Partnership.", "Kaja Kallas", "High Representative"),
])
def test_an_office_named_alone_takes_the_name_the_headline_gives_its_holder(publisher, text, name, office):
    r = extract(text, doc_id="t", published="2025-02-10", settings=Settings(publisher=publisher))
    holder = next(p for p in r.participants if p.name == name)
    assert holder.title == office and holder.country == publisher  # the scorer matches an office-only gold by its title
    assert r.statements[2].speaker == name


def test_a_headline_naming_the_counterpart_names_no_office_holder():
    text = ("Call with Prime Minister Shigeru Ishiba\nThe President of the Republic spoke this morning with the Prime "
            "Minister of Japan, Shigeru Ishiba.")
    r = extract(text, doc_id="t", published="2025-02-10", settings=Settings(publisher="FRA"))
    assert [p.name for p in r.participants].count("Shigeru Ishiba") == 1


def test_a_spokespersons_quoted_account_names_the_publishers_official_and_joint_acts():
    text = ("PM call with President Christodoulides of Cyprus: 3 February 2025\nA Downing Street Spokesperson said:\n"
            "“The Prime Minister spoke to President Nikos Christodoulides of Cyprus this afternoon.\n“The leaders "
            "discussed the situation in the Middle East.\n“The Prime Minister thanked the President for his support.”")
    r = extract(text, doc_id="t", published="2025-02-03", settings=Settings(publisher="GBR"))
    assert {p.country for p in r.participants} == {"GBR", "CYP"}
    assert [s.speaker for s in r.statements][3] == BOTH
    assert r.statements[4].speaker not in (None, BOTH, "Nikos Christodoulides")


@pytest.mark.parametrize("publisher, published, text, name", [
    # another office of the same state, or a former holder, is not the office's holder named (review cases)
    ("KAZ", None, "The Head of State received Minister for Foreign Affairs of Japan Takeshi Iwaya in the Akorda.\n"
     "Murat Nurtleu noted the importance of the partnership.", "Murat Nurtleu"),
    ("RUS", None, "The Prime Minister held talks with Prime Minister of Vietnam Pham Minh Chinh.\nSergey Lavrov noted "
     "the progress.", "Sergey Lavrov"),
    ("USA", "2024-05-01", "The Head of State received President of Kenya William Ruto.\nVice President Kamala Harris "
     "sent greetings.", "Kamala Harris"),
    ("UKR", None, "The Head of State received Prime Minister Mark Rutte of the Netherlands.\nThe agreement was signed "
     "by Petro Poroshenko in 2014.", "Petro Poroshenko"),
])
def test_a_name_that_held_another_office_does_not_take_a_heads_office(publisher, published, text, name):
    r = extract(text, doc_id="t", published=published, settings=Settings(publisher=publisher))
    assert name not in [p.name for p in r.participants]


@pytest.mark.parametrize("text, name, title", [
    # the lead names the publisher's leader without an office, the transcript's label gives it (Kremlin)
    ("Vladimir Putin held talks with President of Vietnam To Lam in Hanoi.\nPresident of Russia Vladimir Putin: "
     "Comrade President, friends, thank you for the warm welcome.", "Vladimir Putin", "President"),
    # a closed apposition after a name of one word, which alone is too weak (European ministries, agencies)
    ("Foreign Minister Caspar Veldkamp met his Indian counterpart, Dr S. Jaishankar, in The Hague.\nJaishankar, "
     "India's Minister of External Affairs, thanked the Netherlands.", "S. Jaishankar", "Minister of External Affairs"),
    # the office one was elected or appointed to (Kremlin, Gulf agencies, New Zealand)
    ("Vladimir Putin sent a message of congratulations to Shehbaz Sharif on his election as Prime Minister of Pakistan.",
     "Shehbaz Sharif", "Prime Minister"),
    # a "counterpart" the text later gives an office (Bernama, Xinhua, State)
    ("Prime Minister Anwar Ibrahim and his Singaporean counterpart Lee Hsien Loong held a meeting in Putrajaya.\n"
     "Prime Minister Lee Hsien Loong welcomed the progress on the rail link.", "Lee Hsien Loong", "Prime Minister"),
])
def test_a_participant_holds_the_office_the_text_gives_them_elsewhere(text, name, title):
    r = extract(text, doc_id="t")
    assert {p.name: p.title for p in r.participants}[name] == title


def test_two_abbreviated_offices_joined_by_a_slash_are_one_title():
    """EEAS: "HR/VP Kaja Kallas", then "The HR/VP" as her office alone."""
    r = extract("HR/VP Kaja Kallas spoke today with the Minister of Foreign Affairs of Egypt, Badr Abdelatty.\n"
                "The HR/VP underlined the EU's support for the ceasefire in Gaza. Minister Abdelatty briefed her on "
                "the reconstruction plan. The High Representative expressed grave concern.", doc_id="t")
    assert [(p.name, p.title) for p in r.participants] == [("Kaja Kallas", "HR/VP"), ("Badr Abdelatty", "Minister of Foreign Affairs")]
    assert [s.speaker for s in r.statements][1:] == ["Kaja Kallas", "Badr Abdelatty", "Kaja Kallas"]  # the office in full


def test_title_of_country_then_name_after_a_comma():
    """NATO and EU readouts: "met with the Prime Minister of Sweden, Ulf Kristersson, in Brussels"."""
    from communique import extract

    r = extract("NATO Secretary General Jens Stoltenberg met with the Prime Minister of Sweden, Ulf Kristersson, "
                "in Brussels on Tuesday. The Secretary General welcomed Sweden's accession to the Alliance.")
    assert [(p.name, p.title, p.country) for p in r.participants][1] == ("Ulf Kristersson", "Prime Minister", "SWE")


# -- lines of the publisher's: headlines, datelines, section headings (plain-text readouts) ---------

MEA = (
    "Prime Minister's telephone conversation with the President of Brazil\n\n"
    "Prime Minister Shri Narendra Modi spoke on the phone today with President of the Federative Republic "
    "of Brazil, His Excellency Mr. Luiz Inacio Lula da Silva.\n\n"
    "The two leaders reviewed the progress in the India-Brazil Strategic Partnership. Prime Minister thanked "
    "President Lula for Brazil's support for India's candidature.\n\n"
    "New Delhi\nJune 4, 2024"
)
KREMLIN = (
    "Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev\n"
    "Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev.\n"
    "The two leaders discussed current issues of bilateral cooperation.\n"
    "Kassym-Jomart Tokayev congratulated Vladimir Putin on the holiday.\n"
    "12 June 2024"
)


def test_a_plain_text_readout_with_headline_and_dateline():
    """India MEA: the headline is no lead, "His Excellency Mr." no title, the closing date the date."""
    r = extract(MEA, doc_id="mea")
    assert (r.date, r.encounter) == ("2024-06-04", "phone_call")
    assert [(p.name, p.title, p.country) for p in r.participants] == [
        ("Narendra Modi", "Prime Minister", "IND"), ("Luiz Inacio Lula da Silva", "President", "BRA")]
    assert [s.speaker for s in r.statements] == [None, None, BOTH, "Narendra Modi", None, None]


def test_a_leader_named_without_title_opening_the_lead_is_a_participant():
    """The Kremlin writes "Vladimir Putin had a telephone conversation with ...": no title given."""
    r = extract(KREMLIN, doc_id="kremlin")
    assert [(p.name, p.title, p.country) for p in r.participants] == [
        ("Vladimir Putin", None, "RUS"), ("Kassym-Jomart Tokayev", "President", "KAZ")]
    assert r.date == "2024-06-12"
    assert [s.speaker for s in r.statements] == [None, None, BOTH, "Kassym-Jomart Tokayev", None]


def test_a_leader_who_took_part_named_above_the_lead_is_a_participant():
    """Kremlin: "Vladimir Putin took part in an emergency session of ... The Republic of Armenia chaired the
    videoconference meeting": the encounter's words come after the sentence that names the publisher's leader."""
    r = extract("Vladimir Putin took part in an emergency session of the Collective Security Council.\nThe Republic of "
                "Armenia chaired the videoconference meeting.\nTaking part in the meeting were Prime Minister of Armenia "
                "Nikol Pashinyan and President of Belarus Alexander Lukashenko.", doc_id="t")
    assert [(p.name, p.country) for p in r.participants][:1] == [("Vladimir Putin", "RUS")]


def test_the_publishers_office_that_took_part_above_the_lead_and_who_else_took_part():
    """Kremlin: "The President attended the plenary session of the ... Forum. President of Kazakhstan X also took part
    in the session. President of China Y ... addressed the session via videoconference.": the office above the lead
    is the publisher's leader's, and the attendee between them takes part too."""
    r = extract("The President attended the plenary session of the Eastern Economic Forum.\nPresident of Mongolia "
                "Ukhnaagiin Khurelsukh also took part in the session.\nPresident of the People's Republic of China Xi "
                "Jinping addressed the session via videoconference.", doc_id="t",
                settings=Settings(publisher="RUS"))
    assert {(p.title, p.country) for p in r.participants} == {("President", "RUS"), ("President", "MNG"),
                                                              ("President", "CHN")}


@pytest.mark.parametrize("sentence, official", [
    # a portfolio's "Relations with ..." (the Holy See, the Kremlin, European and African governments)
    ("Deputy Foreign Minister Sergei Ryabkov met Special Representative for Relations with International Organizations "
     "Anatoly Chubais.", ("Anatoly Chubais", "Special Representative for Relations with International Organizations")),
    ("Prime Minister Petr Fiala met Minister for Relations with Parliament Jana Novak.",
     ("Jana Novak", "Minister for Relations with Parliament")),
    # a rank after the office's comma is the holder's, neither title nor name (the Holy See, Sahel states)
    ("This morning, the Secretary for Relations with States, Archbishop Paul Richard Gallagher, met with Foreign Minister "
     "Radosław Sikorski.", ("Paul Richard Gallagher", "Secretary for Relations with States")),
    ("The Secretary met the President of Burkina Faso, Captain Ibrahim Traoré, in Ouagadougou.",
     ("Ibrahim Traoré", "President")),
    ("Secretary Blinken met Holy See Secretary of State Cardinal Pietro Parolin in Rome.",
     ("Pietro Parolin", "Secretary of State")),
    # a counterpart's state after "from" (Latin American ministries)
    ("Foreign Minister Diana Mondino met with her counterpart from the Republic of Ecuador, Gabriela Sommerfeld, in "
     "Buenos Aires.", ("Gabriela Sommerfeld", "counterpart")),
])
def test_offices_of_relations_ranks_after_the_office_and_counterparts_from_a_state(sentence, official):
    assert official in {(m.name.of(sentence), m.title_text) for m in find_mentions(sentence, 0, len(sentence))}


@pytest.mark.parametrize("text", [
    "The Chairperson of the African Union Commission, Moussa Faki Mahamat, received the Minister of Foreign Affairs of "
    "Burundi, Albert Shingiro.\nMinister Shingiro conveyed a message from President Évariste Ndayishimiye.",
    "The Chairperson of the African Union Commission, Moussa Faki Mahamat, received the Minister of Foreign Affairs of "
    "Burundi, Albert Shingiro, special envoy of President Évariste Ndayishimiye.",
])
def test_whose_message_or_envoy_a_guest_is_takes_no_part(text):
    r = extract(text, doc_id="t")
    assert [p.name for p in r.participants] == ["Moussa Faki Mahamat", "Albert Shingiro"]


def test_the_sender_of_a_message_a_guest_delivered_takes_no_part():
    """KUNA, QNA, WAM: "received X, who delivered a written message from His Highness the Amir of Qatar Sheikh Y"."""
    r = extract("His Highness the Crown Prince Sheikh Sabah Khalid Al-Hamad Al-Sabah received at Bayan Palace on Tuesday "
                "Qatar's Minister of State for Foreign Affairs Mohammed Al-Khulaifi, who delivered a written message from "
                "His Highness the Amir of Qatar Sheikh Tamim bin Hamad Al-Thani.", doc_id="t",
                settings=Settings(publisher="KWT"))
    assert [p.name for p in r.participants] == ["Sabah Khalid Al-Hamad Al-Sabah", "Mohammed Al-Khulaifi"]


def test_the_sender_of_a_message_named_before_their_office_takes_no_part():
    """Rwanda, Gulf agencies: "..., who delivered a message from His Highness Sheikh X, Amir of the State of Qatar"."""
    r = extract("President Kagame received Qatar's Minister of State at the Ministry of Foreign Affairs, Dr. Mohammed bin "
                "Abdulaziz Al-Khulaifi, who delivered a message from His Highness Sheikh Tamim bin Hamad Al Thani, Amir of "
                "the State of Qatar.", doc_id="t", settings=Settings(publisher="RWA"))
    assert [p.name for p in r.participants] == ["Kagame", "Mohammed bin Abdulaziz Al-Khulaifi"]


def test_participants_included_lists_who_else_took_part():
    """White House, State: "Participants included Secretary of State X and Czech Foreign Minister Y."; nobody's words."""
    r = extract("President Joseph R. Biden, Jr. met today with Prime Minister Petr Fiala of the Czech Republic at the "
                "White House.\nParticipants included Secretary of State Antony Blinken and Czech Foreign Minister Jan "
                "Lipavský.", doc_id="t", settings=Settings(publisher="USA"))
    assert [(p.name, p.country) for p in r.participants][2:] == [("Antony Blinken", "USA"), ("Jan Lipavský", "CZE")]
    assert r.statements[-1].speaker is None


@pytest.mark.parametrize("sentence, official", [
    # a body's mission or delegation posted to or in a state is the body's (OSCE, NATO, EU)
    ("He met the Head of the OSCE Mission to Skopje, Ambassador Kilian Wahl.", ("Kilian Wahl", "OSCE")),
    ("He met Head of the NATO Mission in Ukraine Karen McTear.", ("Karen McTear", "NATO")),
    # a portfolio's words are no name: "Climate Change", "ASEAN Political-Security Community" (Pacific, ASEAN)
    ("He met the Special Envoy for Climate Change and Environment Ralph Regenvanu.", ("Ralph Regenvanu", None)),
    ("He met Deputy Secretary-General for ASEAN Political-Security Community Astanah Abdul Aziz.",
     ("Astanah Abdul Aziz", None)),  # "for ASEAN ...": the portfolio, as "Special Representative for the DPRK"
])
def test_a_bodys_offices_and_portfolios_name_their_holder(sentence, official):
    assert [(m.name.of(sentence), m.country) for m in find_mentions(sentence, 0, len(sentence))] == [official]


def test_a_statement_that_reports_no_encounter_is_placed_nowhere():
    r = extract("Port Vila, 2 December 2024\nThe Government of Vanuatu welcomes the opening of the hearings of the "
                "International Court of Justice on climate change.", doc_id="t")
    assert (r.encounter, r.participants, r.location) == ("other", [], None)


def test_each_delegation_included_its_own_named_after_it():
    r = extract("On 4 March 2025, Mr. Maris Sangiampongsa, Minister of Foreign Affairs of Thailand, and Mr. Sok Chenda Sophea, "
                "Deputy Prime Minister and Minister of Foreign Affairs of Cambodia, met in Bangkok.\nThe Thai delegation "
                "included Mr. Russ Jalichandra, Deputy Minister of Foreign Affairs, while the Cambodian delegation included "
                "Mr. Kung Phoak, Secretary of State.", doc_id="t", settings=Settings(publisher="THA"))
    assert [(p.name, p.country) for p in r.participants][2:] == [("Russ Jalichandra", "THA"), ("Kung Phoak", "KHM")]


def test_a_surname_after_another_office_is_not_the_namesake_above():
    r = extract("Foreign Minister Wang Yi arrived in Moscow on Monday.\nCommerce Minister Wang met with Russian Minister of "
                "Economic Development Maxim Reshetnikov.", doc_id="t", settings=Settings(publisher="CHN"))
    assert ("Wang Yi", "Foreign Minister") not in {(p.name, p.title) for p in r.participants}


def test_a_travellers_surname_in_the_lead_takes_the_full_name_written_above():
    """White House, State: "Senior Advisor X Tom Perez travelled to ... During their meeting with President Y, Senior
    Advisor Perez reiterated ...": the lead's surname is the official named in full above, of the publisher."""
    r = extract("Special Envoy for Global Health Anna Kovacs travelled to Ghana on June 3.\nDuring their meeting with "
                "President Kwame Mensah, Special Envoy Kovacs reiterated U.S. support for the health partnership.",
                doc_id="t", settings=Settings(publisher="USA"))
    assert ("Anna Kovacs", "Special Envoy for Global Health", "USA") in {(p.name, p.title, p.country)
                                                                        for p in r.participants}


def test_an_unknown_name_opening_the_lead_is_not_made_a_participant():
    r = extract("Zorbian Quelle had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev.")
    assert [p.name for p in r.participants] == ["Kassym-Jomart Tokayev"]


@pytest.mark.parametrize("text, headings", [
    ("Japan-Philippines Foreign Ministers' Meeting\nOn March 7, the ministers met in Tokyo.", [True, False]),
    ("The two sides agreed:\nto deepen trade\nto expand exchanges", [False, False, False]),  # a joint list
    ("Wang Yi met Penny Wong.\nBilateral Relations\nThe two sides agreed to deepen ties.", [False, True, False]),
    ("Wang Yi met Penny Wong. They talked\nAugust 25, 2023", [False, False, True]),
    ("Wang Yi met Penny Wong.\nThe ministers also discussed the situation in the Middle East and Ukraine today",
     [False, False]),  # a long line without its full stop is still a sentence of the report
    ("Kishida met Modi.\n1. Opening remarks\nKishida welcomed Modi.\n(2) Regional situation", [False, True, False, True]),
    ("Kishida met Modi.\n1. The two leaders confirmed that they would further strengthen cooperation in every field",
     [False, False]),  # a numbered point of the report, not its heading
    # the release's lines above its body, however long, but a transcript's "Name, Title" speaker lines (EU, State)
    ("Press release\nStatement by the High Representative following his meeting with the Foreign Minister of Armenia\n"
     "The High Representative met today with the Foreign Minister.", [True, True, False]),
    ("Antony J. Blinken, Secretary of State\nMohammed bin Abdulrahman Al-Thani, Deputy Prime Minister of Qatar\n"
     "Munich, Germany\nSECRETARY BLINKEN: Good morning.", [True, False, True, False]),
    # a section heading the page underlined, its tags left in the text (White House joint statements)
    ("Biden met Kadhimi.\n<u>Strategic Framework Agreement</u>\nThe two leaders affirmed the agreement.", [False, True, False]),
])
def test_headings_are_lines_of_their_own_without_a_sentence_end(text, headings):
    from communique.ingest.text import document_from_text
    from communique.stages.segment import is_heading, segment

    doc = segment(document_from_text(text, doc_id="t"))
    assert [is_heading(doc, i) for i in range(len(doc.sentences))] == headings


@pytest.mark.parametrize("title, opening, heading", [
    # the page gives the headline apart; the body's first paragraph lost its full stop (Kremlin, scraped pages)
    ("Telephone conversation with President of Finland", "Vladimir Putin had a telephone conversation with President "
     "of Finland Sauli Niinisto, at the initiative of the Finnish side", False),
    ("Message to the President of Chile", "Xi Jinping sent a message of congratulations to Gabriel Boric", False),
    # a second headline line, or a dek, tells in the present
    ("Wang Yi talks to Blinken", "Wang Yi Holds Phone Talks with Antony Blinken", True),
    ("Marcos in Malaysia", "Marcos, Anwar vow to boost ties", True),
    ("China, US proceed with trade talks - Xinhua", "China, US proceed with trade talks", True),
])
def test_an_opening_line_that_narrates_in_the_past_is_the_body_not_a_headline(title, opening, heading):
    from communique.ingest.text import document_from_text
    from communique.stages.segment import is_heading, segment

    doc = segment(document_from_text(opening + "\nThe parties discussed the situation in Europe.", doc_id="t",
                                     title=title))
    assert is_heading(doc, 0) is heading


def test_the_opening_paragraph_without_its_full_stop_stays_the_lead_over_a_later_cue():
    from communique.ingest.text import document_from_text

    r = extract_document(document_from_text(
        "Vladimir Putin had a telephone conversation with Prime Minister of Israel Naftali Bennett, at the initiative "
        "of the Israeli side\nThe parties discussed the situation. Vladimir Putin shared his assessment of the third "
        "round of talks between the Russian and Ukrainian delegations.",
        doc_id="t", title="Telephone conversation with Prime Minister of Israel Naftali Bennett"))
    assert r.encounter == "phone_call" and [p.name for p in r.participants] == ["Vladimir Putin", "Naftali Bennett"]


@pytest.mark.parametrize("text, encounter, participants", [
    # headline, section, byline and a city alone above the body (agency copy, ministries' web pages)
    ("Kuleba, Sybiha discuss grain corridor\nPress release\nBy Olena Petrenko\nKyiv\nForeign Minister Andrii Sybiha "
     "held a phone call with Foreign Minister Radosław Sikorski on 5 August 2025.\nSybiha thanked Poland.",
     "phone_call", ["Andrii Sybiha", "Radosław Sikorski"]),
    ("Prime Minister\nMedia release\nEnglish\nWednesday, 5 June 2024\nPrime Minister Christopher Luxon has spoken with "
     "Prime Minister Anthony Albanese.", "phone_call", ["Christopher Luxon", "Anthony Albanese"]),
    # wire copy: the encounter told after what its parties did, under a page's lines (Yonhap, Reuters, PNA, Bernama)
    ("(LEAD) Yoon, Kishida agree to resume shuttle diplomacy\n2023-03-16 19:21\nBy Kim Eun-jung\nTOKYO, March 16 "
     "(Yonhap) -- President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed Thursday to resume shuttle "
     "diplomacy during their summit in Tokyo.", "meeting", ["Yoon Suk Yeol", "Fumio Kishida"]),
    ("Home / Foreign Affairs / Marcos, Anwar vow to boost ties\nMarcos, Anwar vow to boost ties\nBy Jane Cruz\n"
     "March 5, 2024, 7:40 pm\nMELBOURNE – President Ferdinand R. Marcos Jr. and Malaysian Prime Minister Anwar Ibrahim "
     "on Tuesday reaffirmed their ties in their first bilateral meeting.", "meeting",
     ["Ferdinand R. Marcos Jr.", "Anwar Ibrahim"]),
    ("Anwar, Jokowi hold Annual Consultation\nBOGOR, Jan 8 (Bernama) -- Prime Minister Anwar Ibrahim and Indonesian "
     "President Joko Widodo today held the 13th Annual Consultation between Malaysia and Indonesia.",
     "meeting", ["Anwar Ibrahim", "Joko Widodo"]),
    ("Indonesia, Singapore agree to boost cooperation\n16 June 2025 20:15 WIB\nJakarta (ANTARA) - Indonesian President "
     "Prabowo Subianto and Singapore Prime Minister Lawrence Wong agreed Monday to expand cooperation during their "
     "annual Leaders' Retreat in Singapore.", "meeting", ["Prabowo Subianto", "Lawrence Wong"]),
    # an agency's dateline split off as a sentence of its own ("ASTANA.", "YEREVAN, MARCH 3, ARMENPRESS.") is no body
    # sentence: the lead below it is still in the window (Kazinform, Armenpress, TASS)
    ("Armenian and Georgian Foreign Ministers meet in Tbilisi\n13:45, 3 March 2025\nYEREVAN, MARCH 3, ARMENPRESS. "
     "Foreign Minister of Armenia Ararat Mirzoyan, who is on a working visit to Tbilisi, held a meeting with Foreign "
     "Minister of Georgia Maka Botchorishvili.", "meeting", ["Ararat Mirzoyan", "Maka Botchorishvili"]),
    ("Tokayev, Szijjarto discuss energy\n12 February 2025 12:40\nASTANA. KAZINFORM – A meeting was held at Akorda "
     "between President Kassym-Jomart Tokayev and Minister of Foreign Affairs and Trade of Hungary Peter Szijjarto.",
     "meeting", ["Kassym-Jomart Tokayev", "Peter Szijjarto"]),
    # what the official said first, the encounter after: "The prime minister expressed these views during a meeting with
    # ..." (APP, PTI, Ukraine's presidency)
    ("PM for deepening ties\nMarch 12, 2025\nISLAMABAD, Mar 12 (APP): Prime Minister Muhammad Shehbaz Sharif on "
     "Wednesday said Pakistan attached the highest importance to its partnership with China.\nThe prime minister expressed "
     "these views during a meeting with Chinese Ambassador Jiang Zaidong, who called on him here.", "meeting",
     ["Muhammad Shehbaz Sharif", "Jiang Zaidong"]),
    ("DHAKA, April 28, 2022 (BSS) - Prime Minister Sheikh Hasina today said Bangladesh and India can work together.\n"
     "The premier made the remark when visiting Indian External Affairs Minister Subrahmanyam Jaishankar called on her "
     "here this afternoon.", "meeting", ["Sheikh Hasina", "Subrahmanyam Jaishankar"]),  # "the premier", "the remark"
    # a wire's stamp line ("KYODO NEWS - Apr 29, 2025 - 21:36 | World") is a credit; "During their talks" names the
    # encounter of the officials above (Kyodo, Yonhap)
    ("Japan, Philippines agree to start talks\nKYODO NEWS - Apr 29, 2025 - 21:36 | World, All\nMANILA - Japanese Prime "
     "Minister Shigeru Ishiba and Philippine President Ferdinand Marcos Jr. agreed Tuesday to launch negotiations on a "
     "pact.\nDuring their talks at the presidential palace in Manila, the leaders also agreed to begin discussions on "
     "intelligence sharing.", "talks", ["Shigeru Ishiba", "Ferdinand Marcos Jr."]),
    ("SEOUL, Jan. 12 (Yonhap) -- South Korean Foreign Minister Park Jin and his Japanese counterpart, Yoshimasa Hayashi, "
     "agreed Thursday to continue close communication.\nDuring the 30-minute phone talks, Park explained the results of "
     "a public debate.", "phone_call", ["Park Jin", "Yoshimasa Hayashi"]),  # "the" names it as well as "their"
])
def test_the_lead_is_found_below_a_stack_of_heading_lines(text, encounter, participants):
    r = extract(text, doc_id="t")
    assert r.encounter == encounter and [p.name for p in r.participants] == participants


@pytest.mark.parametrize("further, encounter, third", [
    # another encounter told as the lead tells one, of another form: several forms share no label (the contract)
    ("Later the same day she spoke by telephone with United States Trade Representative Katherine Tai.", "other",
     "Katherine Tai"),
    ("Later the same day, Okonjo-Iweala had a phone call with United States Trade Representative Katherine Tai.", "other",
     "Katherine Tai"),
    # talks and a meeting are both in person; a call only told about is no encounter of the release's
    ("Later the same day, she held talks with United States Trade Representative Katherine Tai.", "meeting",
     "Katherine Tai"),
    ("She briefed him on her recent call with United States Trade Representative Katherine Tai.", "meeting", None),
])
def test_a_release_of_several_encounters_takes_the_form_they_share(further, encounter, third):
    r = extract("WTO Director-General Ngozi Okonjo-Iweala met with European Commission Executive Vice-President Valdis "
                "Dombrovskis in Geneva on Monday.\nThey discussed WTO reform.\n" + further, doc_id="t")
    assert r.encounter == encounter
    assert [p.name for p in r.participants][2:] == ([third] if third else [])


@pytest.mark.parametrize("lead, encounter, consulted", [
    # the lead joins a second encounter of another form to its own, with an official of its own (Bernama, Yonhap)
    ("Peruvian Foreign Minister Ana Lopez yesterday held a telephone conversation with Chilean Foreign Minister Pedro Ruiz "
     "on the floods, and later received a courtesy call from Japanese Ambassador to Peru Kenji Sato at the Ministry.", "other",
     {("PER", "CHL"), ("PER", "JPN")}),
    ("SEOUL, March 4 (Yonhap) -- South Korean Foreign Minister Park Min-ho held phone talks with his Australian counterpart, Helen "
     "Gray, on Monday and met with Canadian Ambassador Luc Roy later in the day, the ministry said.", "other",
     {("KOR", "AUS"), ("KOR", "CAN")}),
    # ... not a verb that tells no encounter, nor a second encounter of the same form (whose sides are not told apart)
    ("Peruvian Foreign Minister Ana Lopez held a telephone conversation with Chilean Foreign Minister Pedro Ruiz and "
     "received an invitation to visit Santiago.", "phone_call", {("PER", "CHL")}),
    ("Peruvian Foreign Minister Ana Lopez met Chilean Foreign Minister Pedro Ruiz in Lima and later held talks with Japanese "
     "Foreign Minister Kenji Sato.", "talks", {("PER", "CHL"), ("PER", "JPN"), ("CHL", "JPN")}),
])
def test_a_lead_that_joins_another_encounter_of_another_form_is_other(lead, encounter, consulted):
    r = extract(lead + "\nThey discussed the floods.", doc_id="t", published="2024-03-05")
    assert r.encounter == encounter
    assert {(e.actor, e.target) for e in r.events if e.type == "CONSULT"} == consulted


@pytest.mark.parametrize("title, text, encounter", [
    # a transcript's speech names no encounter of the page's: not a question's "Why hold such a meeting?", not "we
    # adopted a joint statement"; the title says what the page is (State, Kremlin, White House)
    ("Secretary Blinken with a journalist of France 24", "Antony J. Blinken, Secretary of State\nWashington, D.C.\n"
     "QUESTION: Thank you for this interview.\nWhy hold such a meeting at this time?\nSECRETARY BLINKEN: Because it "
     "matters.", "press_remarks"),
    ("Press statements following Russian-Mongolian talks", "President of Russia Vladimir Putin: Mr President, friends, "
     "we have had good talks.\nWe have adopted a joint statement on our strategic partnership.\nPresident of Mongolia "
     "Ukhnaagiin Khurelsukh: Thank you.", "press_remarks"),
    ("Background Press Call by Senior Administration Officials on the President's Call with President Xi",
     "MODERATOR: Thanks, everyone, for joining.\nSENIOR ADMINISTRATION OFFICIAL: The call lasted two hours.",
     "press_remarks"),
])
def test_a_transcripts_speech_names_no_encounter_of_its_own(title, text, encounter):
    from communique.ingest.text import document_from_text

    assert extract_document(document_from_text(text, doc_id="t", title=title)).encounter == encounter


@pytest.mark.parametrize("text, encounter, participants", [
    # the lead reports what its official told the press after the encounter: the release is those remarks, the
    # encounter's officials its participants (Ukraine's presidency; the wires' "told reporters after talks with")
    ("Ukraine counts on new defence packages. This was stated by President of Ukraine Volodymyr Zelenskyy during a "
     "conversation with media representatives following the talks with Prime Minister of Norway Jonas Gahr Støre in "
     "Kyiv.", "press_remarks", ["Volodymyr Zelenskyy", "Jonas Gahr Støre"]),
    ("Energy security remains the priority. This was stated by President Volodymyr Zelenskyy in a statement to the media "
     "following a meeting with President of Finland Alexander Stubb.", "press_remarks",
     ["Volodymyr Zelenskyy", "Alexander Stubb"]),
    ("Foreign Minister Milan Novak told reporters after talks with German Foreign Minister Anna Berg in Berlin that the "
     "two countries would sign a defence pact.", "press_remarks", ["Milan Novak", "Anna Berg"]),
    # ... "told this to the media", "stated by X to the media", after "negotiations" (Ukraine's presidency)
    ("Ukraine counts on its partners. Volodymyr Zelenskyy told this to the media following the negotiations with NATO "
     "Secretary General Mark Rutte in Kyiv.", "press_remarks", ["Volodymyr Zelenskyy", "Mark Rutte"]),
    ("Ukraine counts on its partners. This was stated by President Volodymyr Zelenskyy to the media after negotiations "
     "with Chancellor of Austria Christian Stocker in Kyiv.", "press_remarks", ["Volodymyr Zelenskyy", "Christian Stocker"]),
    # ... the office in the lead, its holder named in full in the sentence above it
    ("President of Ukraine Volodymyr Zelenskyy and Prime Minister of Poland Donald Tusk discussed air defence. This was "
     "stated by the President of Ukraine during a conversation with media representatives following the negotiations "
     "with Donald Tusk in Kyiv.", "press_remarks", ["Volodymyr Zelenskyy", "Donald Tusk"]),
    # ... not a lead that tells the talks, whatever a later sentence says of the press conference after them (dpa)
    ("Chancellor Olaf Scholz held talks with President Kassym-Jomart Tokayev in Astana on Monday.\n\"We must make sure "
     "that the sanctions are not undermined,\" Scholz said at a joint press conference after the talks.", "talks",
     ["Olaf Scholz", "Kassym-Jomart Tokayev"]),
    # ... nor a meeting after remarks ("spoke to reporters before meeting X" tells both: the meeting is the encounter)
    ("President Emmanuel Macron met Prime Minister Keir Starmer in Paris after a press conference on the Ukraine talks.",
     "meeting", ["Emmanuel Macron", "Keir Starmer"]),
])
def test_a_lead_that_reports_remarks_to_the_press_after_the_encounter(text, encounter, participants):
    r = extract(text, doc_id="t", published="2024-03-05")
    assert r.encounter == encounter
    assert sorted(p.name for p in r.participants) == sorted(participants)


def test_a_headline_is_not_coded_as_a_second_encounter():
    """Russia MID: "Foreign Minister Sergey Lavrov's talks with ..." above the lead that reports them."""
    r = extract("Foreign Minister Sergey Lavrov's talks with Foreign Minister of Türkiye Hakan Fidan\n"
                "On June 5, 2024, Foreign Minister Sergey Lavrov held talks in Moscow with Foreign Minister of "
                "Türkiye Hakan Fidan.\nSergey Lavrov stressed that Russia is ready to continue cooperation.")
    consults = [e for e in r.events if e.type == "CONSULT"]
    assert len(consults) == 1 and consults[0].span == r.statements[1].span
    assert r.statements[0].speaker is None and r.location.name == "Moscow"


@pytest.mark.parametrize("text, date, place", [
    # a dateline written as a sentence (Indonesia, Kenya, Mongolia): the publisher's, with its place and date
    ("Jakarta, 5 April 2024. Foreign Minister Retno Marsudi met Foreign Minister Vivian Balakrishnan.",
     "2024-04-05", "Jakarta"),
    ("Nairobi, Kenya, 14th February 2024. President William Ruto held talks with Prime Minister Abiy Ahmed.",
     "2024-02-14", "Nairobi"),
    # an agency's slashes (Montsame, Kabar, Khovar)
    ("Bishkek, June 3, 2024 /Kabar/. President Sadyr Japarov held talks with President Shavkat Mirziyoyev.",
     "2024-06-03", "Bishkek"),
    # the state in brackets after the city (ANI, PTI)
    ("Muscat [Oman], May 15, 2025 (ANI): External Affairs Minister S. Jaishankar met Foreign Minister Sayyid Badr "
     "Albusaidi here on Thursday.", "2025-05-15", "Muscat"),
    # a dated dateline opening the lead dates the release; the lead's own date or day, the encounter (KPL, RSS)
    ("Vientiane, April 22, 2024 (KPL) -- Prime Minister Sonexay Siphandone received Ambassador Nguyen Minh Tam in "
     "Vientiane on April 20.", "2024-04-20", "Vientiane"),
    ("Kathmandu, Sept 26, 2023 (RSS): Prime Minister Pushpa Kamal Dahal met Premier Li Qiang in Hangzhou on Monday.",
     "2023-09-25", "Hangzhou"),
    # ... closed by a colon, the state after the city (Pakistan's MOFA, the AU Commission)
    ("Addis Ababa, Ethiopia, 14 March 2024: The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, "
     "received on Tuesday the Foreign Minister of Chad, H.E. Mahamat Saleh Annadif.", "2024-03-12", "Addis Ababa"),
    ("MANILA 13 July 2023 – Secretary of Foreign Affairs Enrique Manalo met with Foreign Minister Yoshimasa Hayashi of "
     "Japan in Jakarta, Indonesia, on 12 July 2023.", "2023-07-12", "Jakarta"),  # a city in capitals without its comma
    # a dateline with an ordinal or a weekday dates the release, the lead's day word the encounter (WAM, Ghana)
    ("ABU DHABI, 21st February, 2024 (WAM) -- President Mohamed bin Zayed received King Abdullah II of Jordan at "
     "Qasr Al Shati in Abu Dhabi yesterday evening.", "2024-02-20", "Abu Dhabi"),
    ("Accra, Saturday, 2nd December 2023 – President Nana Akufo-Addo on Friday held talks with President Joseph Boakai "
     "at the Jubilee House, Accra.", "2023-12-01", "Accra"),
    # the date in brackets after the city and its state (the UN's human rights office, the Pacific Islands Forum)
    ("GENEVA (14 June 2024) – High Commissioner for Human Rights Volker Türk met Foreign Minister Ahmed Attaf of Algeria "
     "in Geneva on Thursday.", "2024-06-13", "Geneva"),
    ("HONIARA, SOLOMON ISLANDS (8 May 2024) – Prime Minister Jeremiah Manele met Prime Minister James Marape of Papua "
     "New Guinea in Honiara yesterday.", "2024-05-07", "Honiara"),
    # the date in figures, day first (Switzerland's FDFA, the Council of Europe, Austria)
    ("Bern, 14.03.2024 - Federal Councillor Ignazio Cassis met Foreign Minister Ahmed Attaf of Algeria in Algiers "
     "yesterday.", "2024-03-13", "Algiers"),
    # a venue's line above the body, with its city, weekday and date (Kenya, Nigeria)
    ("State House, Nairobi, Tuesday, 13th February 2024\nPresident William Ruto held talks with President Filipe Nyusi "
     "of Mozambique at State House, Nairobi.", "2024-02-13", "Nairobi"),
    # a stack of heading lines above the body (New Zealand, Australia, Taiwan): the body's sentence is the lead
    ("Hon Winston Peters\nForeign Affairs\n12 March 2024\nPeters meets Chinese Foreign Minister\nForeign Minister "
     "Winston Peters has met with Chinese Foreign Minister Wang Yi in Wellington today.", "2024-03-12", "Wellington"),
    # a place line at the foot of the release, as India's MEA and South Asia's ministries close (the date line too)
    ("Prime Minister Shri Narendra Modi met President Joko Widodo on the sidelines of the G20 Summit.\nThe two leaders "
     "reviewed the partnership.\nBali\nNovember 15, 2022", "2022-11-15", "Bali"),
    # a date line without its period: a city with a particle, a city-state, a venue or a release number before the city
    # (Itamaraty, the Holy See, Spain's Royal House, Mexico's SRE)
    ("Rio de Janeiro, 18 November 2024\nOn the sidelines of the G20 Leaders' Summit, President Luiz Inácio Lula da Silva "
     "met with Prime Minister Narendra Modi.", "2024-11-18", "Rio de Janeiro"),
    ("Vatican City, 19 March 2024\nThis morning, Archbishop Paul Richard Gallagher met with Foreign Minister Radosław "
     "Sikorski.", "2024-03-19", "Vatican City"),
    ("Palacio de la Zarzuela, Madrid, 5 June 2024\nThis morning, His Majesty King Felipe VI received the President of "
     "the Republic of Chile, Gabriel Boric.", "2024-06-05", "Madrid"),
    ("Press Release 087 | Mexico City, February 23, 2024\nForeign Secretary Alicia Bárcena met with Guatemalan Foreign "
     "Minister Carlos Ramiro Martínez at the Foreign Ministry.", "2024-02-23", "Mexico City"),
    # a numeric date after the city, without the comma (Council of Europe, EU institutions)
    ("Strasbourg 22/03/2023\nCouncil of Europe Secretary General Marija Pejčinović Burić met today with the Prime "
     "Minister of Georgia, Irakli Garibashvili.", "2023-03-22", "Strasbourg"),
])
def test_a_dateline_sentence_is_the_publishers_and_dates_and_places_the_meeting(text, date, place):
    r = extract(text, doc_id="t")
    assert (r.date, r.location.name if r.location else None) == (date, place)
    assert r.statements[0].speaker is None


@pytest.mark.parametrize("text, place", [
    # a joint statement's text under its agency's dateline, no narrated lead (WAM, BTA, SPA)
    ("ABU DHABI, 14th January, 2025 (WAM) -- The United Arab Emirates and the Republic of Kenya today issued a joint "
     "statement on the occasion of the state visit of President William Ruto.\nThe two sides agreed to deepen trade.",
     "Abu Dhabi"),
    ("Sofia, February 20 (BTA) - BTA publishes below the full text of the Joint Declaration of Bulgaria and Greece.\n"
     "The two Governments reaffirm their commitment to energy security.", "Sofia"),
])
def test_a_joint_statements_dateline_places_it(text, place):
    r = extract(text, doc_id="t", published="2025-01-14")
    assert r.encounter == "joint_statement"
    assert r.location is not None and r.location.name == place


@pytest.mark.parametrize("text, place", [
    # where a statement in its parties' voice says they met (White House, State, Ukraine's presidency)
    ("We, the Foreign Ministers of Australia, India and Japan and the Secretary of State of the United States, met in "
     "Melbourne today to advance our shared vision.\nWe reaffirm our commitment to a free and open Indo-Pacific.",
     "Melbourne"),
    ("We, the Presidents of Ukraine, the Republic of Lithuania and the Republic of Poland, gathered in Kyiv on 23 "
     "February 2022, express our strongest condemnation of the decision.\nWe call on Russia to reverse it.", "Kyiv"),
    # ... not the spirit they convened in
    ("We, the leaders of Japan, the Republic of Korea and the United States, convened in the spirit of Camp David to "
     "commemorate our partnership.\nWe reaffirm our commitment.", None),
])
def test_where_a_joint_statement_in_its_parties_voice_says_they_met(text, place):
    r = extract(text, doc_id="t", published="2022-02-23")
    assert r.encounter == "joint_statement"
    assert (r.location.name if r.location else None) == place


def test_a_joint_statement_in_its_parties_voice_is_dated_by_the_day_they_met():
    """State: the publisher's line introduces the text; "We, ..., met in Bonn on 19 June 2022" dates it, not the page."""
    r = extract("Office of the Spokesperson\nThe following statement was released by the G7 Media Ministers following "
                "their meeting in Bonn:\nBegin text:\nWe, the Media Ministers of the G7, met in Bonn on 19 June 2022 to "
                "work more closely together.\nWe stand up for open, free and democratic societies.\nEnd text.",
                doc_id="t", published="2022-06-22")
    assert (r.encounter, r.date, r.location.name if r.location else None) == ("joint_statement", "2022-06-19", "Bonn")


def test_a_style_of_south_asias_releases_opens_a_counterparts_name():
    """ "Rt. Hon'ble K P Sharma Oli" (India's PIB and MEA, Nepal, Bangladesh): the style before the name, the office named
    after it ("Prime Minister Oli thanked ...")."""
    r = extract("Prime Minister Shri Narendra Modi had a telephonic conversation today with Rt. Hon'ble K P Sharma Oli and "
                "congratulated him on his appointment as Prime Minister of Nepal.\nPrime Minister Oli thanked Prime "
                "Minister Modi for the warm wishes.", doc_id="t")
    assert [p.name for p in r.participants] == ["Narendra Modi", "K P Sharma Oli"]
    assert r.statements[1].speaker == "K P Sharma Oli"


def test_a_name_with_its_fathers_initial_written_on_is_met_by_the_name_alone():
    """ "B.Battsetseg", "L.Oyun-Erdene" (Montsame, Mongolia's MFA): "Minister Battsetseg" later is hers."""
    r = extract("Foreign Minister B.Battsetseg held a phone conversation with Foreign Minister Mélanie Joly of Canada.\n"
                "Minister Battsetseg expressed Mongolia's interest in expanding cooperation in mining.", doc_id="t")
    assert r.statements[1].speaker == "B.Battsetseg"


def test_a_style_inside_one_name_refers_back_to_nobody():
    """ "Hassan Sheikh Mohamud" holds "Sheikh" as a word of his name: "Sheikh Tamim reaffirmed ..." is the Amir's alone
    (Villa Somalia, QNA, Gulf agencies)."""
    r = extract("President Hassan Sheikh Mohamud held a phone call with the Amir of Qatar, Sheikh Tamim bin Hamad Al Thani.\n"
                "Sheikh Tamim reaffirmed Qatar's support for Somalia's recovery.", doc_id="t")
    assert r.statements[1].speaker == "Tamim bin Hamad Al Thani"


def test_the_issuers_signature_at_the_foot_is_nobodys():
    """ "Ministry of Foreign Affairs / Kathmandu / 3 April 2025" under the last paragraph (Nepal, South Asia's and the Gulf's
    ministries): the issuer's lines, the place alone on its line too, not the last speaker's."""
    r = extract("Foreign Minister Arzu Rana Deuba met Foreign Minister Vivian Balakrishnan in Singapore today.\n"
                "Minister Balakrishnan welcomed the growth of tourism between the two countries.\n"
                "Ministry of Foreign Affairs\nKathmandu\n12 May 2025", doc_id="t")
    assert [s.speaker for s in r.statements][-4:] == ["Vivian Balakrishnan", None, None, None]


def test_a_captioned_photo_above_the_lead_is_the_publishers_and_a_leaders_short_name_is_the_same_participant():
    """A photo's caption over the lead, its credit "(Photo by: ...)" closing its paragraph, is no lead; the lead's "President
    Joko Widodo (Jokowi)" and the body's "President Jokowi" are one participant, the dictionary's other name for him; a
    venue with its acronym, then its city, places the meeting (Indonesia's Setkab, Antara)."""
    r = extract("President Jokowi and PM Anthony Albanese hold a bilateral meeting at Merdeka Palace, Tuesday (07/06). "
                "(Photo by: BPMI Setpres/Staff)\n\n"
                "President Joko Widodo (Jokowi) held a bilateral meeting with Prime Minister of Australia Anthony Albanese "
                "on Tuesday at the Bogor Presidential Palace (BPP), Bogor.\n\n"
                "President Jokowi welcomed Australia's investment in electric vehicle batteries.", doc_id="t",
                published="2022-06-07")
    assert [p.name for p in r.participants] == ["Joko Widodo", "Anthony Albanese"]
    assert [s.speaker for s in r.statements] == [None, None, None, "Joko Widodo"]
    assert r.location.name == "Bogor"


@pytest.mark.parametrize("publisher, text, expected", [
    # a dateline in capitals before a colon is no speaker's label (AKP, Fresh News, RSS, QNA)
    ("KHM", "PHNOM PENH: Samdech Techo Hun Sen, President of the Senate, received Chinese Ambassador Wang Wenbin.\n"
     "Samdech Techo Hun Sen thanked China for its support.",
     ([("Hun Sen", "KHM"), ("Wang Wenbin", "CHN")], [None, "Hun Sen"])),
    # the publisher's official named by office after a dateline, and called "the President" later (Akorda)
    (None, "Astana, 12 March 2024 – The Head of State received Minister for Foreign Affairs of Japan Yoko Kamikawa.\n"
     "The President noted the importance of Japan.",
     ([("Head of State", None), ("Yoko Kamikawa", "JPN")], [None, "Head of State"])),
    # "welcomed X in <place>" opening the body (Czechia, Poland, Nordic governments); a membership is no place
    ("CZE", "Prime Minister Petr Fiala welcomed Polish Prime Minister Donald Tusk in Prague on Monday.\n"
     "\u201cWe are allies in NATO,\u201d Fiala said.",
     ([("Petr Fiala", "CZE"), ("Donald Tusk", "POL")], [None, "Petr Fiala"])),
    # ... "his <people's> counterpart X at the <venue>" (Czechia, Slovakia, Baltic ministries)
    ("CZE", "Prague, 6 March 2023 – Minister of Foreign Affairs Jan Novak today welcomed his Ukrainian counterpart "
     "Dmytro Kuleba at the Czernin Palace.\nKuleba thanked the Czech Republic for its support.",
     ([("Jan Novak", "CZE"), ("Dmytro Kuleba", "UKR")], [None, "Dmytro Kuleba"])),
])
def test_datelines_and_welcomes_open_the_lead(publisher, text, expected):
    from communique.settings import Settings

    r = extract(text, doc_id="t", settings=Settings(publisher=publisher))
    assert ([(p.name, p.country) for p in r.participants], [s.speaker for s in r.statements]) == expected
    assert r.location is None or r.location.country != "NATO"


@pytest.mark.parametrize("line", ["Washington, D.C.", "ASTANA.", "YEREVAN, APRIL 24, ARMENPRESS.",
                                  "GENEVA, 12 Dec — RIA Novosti.", "MOSCOW, April 14. /TASS/."])  # Russian agencies
def test_a_line_that_is_only_a_place_is_a_dateline_not_its_states_words(line):
    """A State transcript's "Washington, D.C.", agencies' capitals: never the participant of that state."""
    r = extract("Secretary Blinken met with Kazakh Foreign Minister Murat Nurtleu and Armenian Foreign Minister Ararat "
                "Mirzoyan.\n" + line + "\nThe ministers discussed connectivity.", doc_id="t")
    assert [s.speaker for s in r.statements] == [None, None, BOTH]


def test_a_dateline_line_with_its_agency_after_a_dash_places_the_meeting():
    r = extract("Lavrov meets Guterres\nGENEVA, 12 Dec — RIA Novosti.\nRussian Foreign Minister Sergey Lavrov met UN "
                "Secretary-General Antonio Guterres on Monday.", doc_id="t")
    assert r.location is not None and r.location.name.title() == "Geneva"


def test_a_capital_one_visited_is_no_state_one_speaks_for():
    r = extract("The Amir received Minister of Foreign Affairs Abdullah Al-Yahya.\nThe Minister briefed the Amir on "
                "his recent visit to Washington.", doc_id="t")
    assert all(p.country != "USA" for p in r.participants)


@pytest.mark.parametrize("line", [
    "(END)", "ENDS", "(end) ah.gb", "#IRNA", "--AKP", "/BNA", "(PNA)", "Tags: Somalia, Kenya", "Share this:",
    "Follow us on Twitter @MOFA", "Posted on 12 March 2024", "Ulaanbaatar, April 16 (MONTSAME).",
    "Bogotá, May 28, 2025 (@CancilleriaCol).",
    "Vincent Magwenya, Spokesperson to the President.",  # South Africa, Nigeria, Kenya
    "Enquiries: Clayson Monyela, Head of Public Diplomacy.",
    "Press contacts: Barend Leyts, Spokesperson of the President of the European Council",
    # wire copy (Xinhua, Reuters-style, APP, BSS, Kyodo)
    "Enditem", "(Reporting by Jane Doe)", "Reporting by Jane Doe; Editing by John Roe", "(With inputs from agencies)", "APP/ahr/adm", "BSS/GMG/1730 hrs", "— Kyodo",
    # press offices and contact lines (State, Canada, Türkiye, Moldova, Jamaica, VNA)
    "For media inquiries, please contact press@example.gov.", "For further information, please contact the press team.",
    "Presidency of the Republic of Türkiye Directorate of Communications", "Press Office of the Prime Minister",
    "Press service of the President of the Republic of Moldova", "-END-", "-o0o-",
    "Media enquiries", "Minister's office: (02) 6277 7500",  # Australia, UK, Ireland
    "(BPMI Setpres/UN)", "(PND)", "(MEDIA DETERMINED BY THE WHITE HOUSE)",  # Indonesia, the Philippines, State
    "ta.sd", "arb/mem/nbc", "==Kyodo",  # agencies' desk initials and sign-offs (KUNA, WAM, Kyodo)
    # links to other stories, copyright, desk tags, editors, hashtags, embedded posts, captions (PNA, ANI, AFP, PIB)
    "Also read: Pakistan, China agree to upgrade CPEC", "Also Read | PM conferred with the Grand Cross", "PND",
    "© 2023 AFP", "bur-fz/jj", "Web editor: Zhang Kaiwei, Liang Jun", "#PCO #PBBM #BagongPilipinas",
    "— Narendra Modi (@narendramodi) May 24, 2023", "Caption: President Marcos reviews the honor guard in Manila.",
    # a web page's lines and a wire's byline and time stamp (PNA, Bernama, Yonhap, Reuters, WAM)
    "This website uses cookies to improve your experience.", "Accept", "Home / Foreign Affairs / Marcos meets Anwar",
    "Share: Facebook / X / Viber", "ejkim@yna.co.kr", "Related Stories", "By Trevor Hunnicutt and Jeff Mason",
    "March 5, 2024, 7:40 pm", "08/01/2024 04:15 PM", "2023-03-16 19:21", "November 15, 2023 11:52 PM UTC Updated ago",
    "[Editor: huaxia]", "(Edited by Mary Smith)",  # Xinhua, Reuters-style copy
    # pointers and delivery notes (State, Finland, Switzerland, UN, Council of Europe)
    "For more information, please contact OES-PA@state.gov.", "For more information on today’s action, please see the "
    "Department of the Treasury’s press release.", "Further information: Anna Virtanen, Press Officer",
    "Address for enquiries: FDFA Communication", "The full text of the letter is appended.", "Check against delivery",
    "[Provisional Translation]", "(Unofficial translation)",  # a translation's note (Japan's Kantei, Korea, the Kremlin)
    "Share this article:", "Print this page",  # a page's buttons (Cameroon's presidency, Gulf agencies)
    "(PL) mgt/lam",  # a wire's desk initials after its language code (PAP)
    # a stamp after the agency's or page's word, or after the byline (Kyodo, The Hindu/PTI, PNA)
    "KYODO NEWS - Apr 29, 2025 - 21:36 | World, All", "Published - November 19, 2024 10:45 pm IST",
    "By Darryl John Esguerra  May 20, 2025, 4:15 pm",
    "Issued by: Directorate of Presidential Communications, State House",  # Tanzania, Namibia, Zambia
    "Issued by the Press Office, Office of the President and Cabinet",  # Malawi
    "Issued by the Department of International Relations and Cooperation",  # South Africa's DIRCO
    # a pointer to the desk by its address, a long photo credit, a wire's reporters (State, Italy, Senegal, AP)
    "For any questions, please contact NEA-Press@state.gov and follow us on Twitter @StateDept_NEA.",
    "For updates, follow @State_IO on Twitter.", "The full report is available here: https://www.example.gov/report/",
    "Please submit any media inquiries via the web form located on the Information for Journalists page.",
    "(Photo: Farnesina/Ministry of Foreign Affairs and International Cooperation)",
    "(Source: Presidency of the Republic)", "Associated Press writer Jim Gomez in Manila contributed to this report.",
    "Office of the Prime Minister and Cabinet Press Secretariat", "Prime Minister Media Unit",  # Solomon Islands, PNG
    "(Applause.)", "(Laughter.)", "(Laughs.)",  # a transcript's stage directions for the room (White House, State, Kremlin)
])
def test_sign_offs_tags_and_share_lines_are_credits(line):
    from communique.stages.segment import is_credit

    assert is_credit(line)


@pytest.mark.parametrize("line, place", [
    ("Washington, D.C.", True), ("Washington D.C.", True), ("ASTANA.", True), ("MOSCOW, April 14. /TASS/.", True),
    ("San Cristóbal, Venezuela (Aug. 11/22).", True),  # the date in brackets (Colombia's Cancillería)
    ("Latvia.", False), ("Thank you.", False), ("President Biden (retranslated).", False),
])
def test_a_line_that_is_a_datelines_place(line, place):
    """A line that is only a place, with its region, date or agency: a dateline, nobody's words."""
    from communique.stages.when_where import is_place_line

    assert is_place_line(line) == place


def test_a_photo_caption_closed_by_an_agency_credit_is_nobodys_words():
    """ "Chinese Premier Li Qiang holds talks with ... (Xinhua/Zhai Jianlan)" (Xinhua, Antara): a picture described."""
    r = extract("BEIJING, June 7 (Xinhua) -- Chinese Premier Li Qiang held talks with Pakistani Prime Minister Shehbaz "
                "Sharif in Beijing on Friday.\nChinese Premier Li Qiang holds talks with Pakistani Prime Minister Shehbaz "
                "Sharif in Beijing, June 7, 2024. (Xinhua/Zhai Jianlan)\nLi said China values its ties with Pakistan.",
                doc_id="t")
    assert [s.speaker for s in r.statements][-3:] == [None, None, "Li Qiang"]


@pytest.mark.parametrize("sentence", [
    "Print media freedom was discussed.", "The end of the war is near.", "Terrible morning of December 7, 1941.",
    "Talks were held in Tokyo, May 5.", "The press office of the ministry will publish the agreement on Monday.",
    "For further information on the programme, the two ministers tasked their teams to meet in May.",
    "(Two delegations attended.)", "The talks (in Geneva) will resume.", "(Inaudible.)",  # a gap in the speaker's words
    "Media enquiries into the matter were answered by the Minister.",
    "e.g.", "Thanks.", "Reporting by the Ukrainian side on the talks was positive.",
    "Also, the leaders discussed the read-out of the summit.", "The editor of the newspaper was released.",
    "(c) To expand exchanges between young people.",
    "By then the talks had ended.", "We accept the offer.", "Home affairs were discussed.",
    "For more information sharing, the two ministers agreed to set up a hotline.",
    "The full text of the agreement was discussed by the ministers.",
    "The full text of the joint declaration is still being negotiated by the two ministries.",
    "Putin meets Xi, 5 June 2024",  # a headline with its date, not a date line
    "Issued by the Ministry in 2019, the decree requires visas for all visitors.",
    "The minister said the agreement would be available to investors from May.",
    "She invited her counterpart to visit the ministry's website launch in Rome.",
    # a web address in a participant's words, a photo described (State, MEA)
    "Secretary Blinken encouraged students to visit www.studyinthestates.gov and apply for visas.",
    "The minister said the full text of the agreement is available at www.mfa.gov.sg.",
    "The Prime Minister urged citizens to follow @PMOIndia for updates on the visit.",
    "Photo by the ministers of both countries shows the signing of the accord.",
])
def test_sentences_that_begin_like_a_credit_are_not_one(sentence):
    from communique.stages.segment import is_credit

    assert not is_credit(sentence)


def test_a_headline_under_the_kind_of_release_is_no_lead_either():
    """Nigeria's, Kenya's, Ghana's presidencies: "Press Statement", then a headline in title case whose
    verb a name would swallow ("President Bola Tinubu Receives ..."), then the lead."""
    r = extract("Press Statement\n\nPresident Bola Tinubu Receives Ghanaian Counterpart\n\nPresident Bola Ahmed "
                "Tinubu on Tuesday received President Nana Akufo-Addo of Ghana in Abuja.\n\nSpeaking after the meeting, "
                "President Tinubu said that the two countries are brothers.")
    assert [p.name for p in r.participants] == ["Bola Ahmed Tinubu", "Nana Akufo-Addo"]
    assert [s.speaker for s in r.statements] == [None, None, None, "Bola Ahmed Tinubu"]


@pytest.mark.parametrize("lead, expected", [
    ("On March 2, 2024, President Xi Jinping sent a congratulatory message to Shehbaz Sharif on his election as "
     "Prime Minister of Pakistan.", [("Xi Jinping", "President", "CHN"), ("Shehbaz Sharif", "Prime Minister", "PAK")]),
    # the office in a closed apposition after the name is the title
    ("President Joseph R. Biden, Jr. met today with Leo Varadkar, the Taoiseach of Ireland, in Dublin.",
     [("Joseph R. Biden, Jr.", "President", "USA"), ("Leo Varadkar", "Taoiseach", "IRL")]),
    # named only, as authors of an earlier text after a plural title: not participants
    ("On 3 November 2022, the Task Force met in Washington to discuss the Joint Statement by Presidents Biden and "
     "von der Leyen.", []),
    # a list that begins untitled goes on untitled after "and"
    ("On 14 May, Kassym-Jomart Tokayev, Shavkat Mirziyoyev and Recep Tayyip Erdoğan will meet in Astana.",
     [("Kassym-Jomart Tokayev", None, "KAZ"), ("Shavkat Mirziyoyev", None, "UZB"), ("Recep Tayyip Erdoğan", None, "TUR")]),
    # a comma ends the office's phrase when another state's leader follows it; the office is the one of its own
    # state's holder (leaders.tsv: Mirziyoyev is Uzbekistan's President now)
    ("In a telephone conversation requested by the President of the Republic of Uzbekistan, Kassym-Jomart Tokayev and "
     "Shavkat Mirziyoyev discussed the water agenda.",
     [("Kassym-Jomart Tokayev", None, "KAZ"), ("Shavkat Mirziyoyev", "President", "UZB")]),
])
def test_known_leaders_named_without_title_in_the_lead(lead, expected):
    r = extract(lead, doc_id="t")
    assert [(p.name, p.title, p.country) for p in r.participants] == expected


def test_a_message_is_its_act_and_the_exchange_a_consultation():
    r = extract("On March 2, 2024, President Xi Jinping sent a congratulatory message to Shehbaz Sharif on his "
                "election as Prime Minister of Pakistan.")
    assert [(e.type, e.actor, e.target) for e in r.events] == [("CONSULT", "CHN", "PAK"), ("SUPPORT", "CHN", "PAK")]


def test_an_article_prefixed_name_is_its_speaker():
    r = extract("On 15 March 2024, President von der Leyen met with President of Egypt Abdel Fattah el-Sisi in "
                "Cairo.\nPresident el-Sisi welcomed the support of the European Union.\nPresident von der Leyen "
                "announced new support for Egypt.")
    assert [s.speaker for s in r.statements] == [None, "Abdel Fattah el-Sisi", "von der Leyen"]


def test_a_royal_courtesy_after_the_office_and_a_role_with_its_country():
    """India MEA on Saudi Arabia: "Foreign Minister of Saudi Arabia, HH Prince Faisal ..." is the
    Foreign Minister; "EAM and the Saudi Foreign Minister" are both ministers, not one."""
    r = extract("External Affairs Minister Dr. S. Jaishankar met Foreign Minister of Saudi Arabia, HH Prince Faisal "
                "bin Farhan Al Saud, in Riyadh on 10 September 2024.\nEAM and the Saudi Foreign Minister co-chaired "
                "the meeting of the Committee.\nEAM thanked the Saudi leadership.")
    assert [(p.name, p.title, p.country) for p in r.participants] == [
        ("S. Jaishankar", "External Affairs Minister", "IND"), ("Faisal bin Farhan Al Saud", "Foreign Minister", "SAU")]
    assert [s.speaker for s in r.statements] == [None, BOTH, "S. Jaishankar"]


def test_a_rank_before_the_name_yields_to_the_office_after_it():
    r = extract("General Prayut Chan-o-cha, Prime Minister and Minister of Defence, received Japanese Ambassador Nashida "
                "Kazuya.\nThe Prime Minister congratulated the Ambassador.", doc_id="t")
    assert r.participants[0].title == "Prime Minister and Minister of Defence"
    assert r.statements[-1].speaker == "Prayut Chan-o-cha"


@pytest.mark.parametrize("lead, expected", [
    # without a style before it the courtesy still begins the name (State, White House, Gulf agencies)
    ("Secretary Blinken met with the Foreign Minister of the Kingdom of Saudi Arabia, Prince Faisal bin Farhan Al Saud, "
     "in Riyadh.", ("Faisal bin Farhan Al Saud", "Foreign Minister", "SAU")),
    ("Vice President Harris met with the President of the United Arab Emirates, Sheikh Mohamed bin Zayed Al Nahyan.",
     ("Mohamed bin Zayed Al Nahyan", "President", "ARE")),
    # a sovereign after an office's comma is an office of its own: another person
    ("Secretary Blinken met with the Foreign Minister of Jordan, King Abdullah II and Crown Prince Hussein.",
     ("Abdullah II", "King", "JOR")),
])
def test_a_courtesy_after_an_offices_comma_begins_the_holders_name(lead, expected):
    r = extract(lead, doc_id="t")
    assert (r.participants[1].name, r.participants[1].title, r.participants[1].country) == expected


def test_a_joint_statement_names_its_parties_where_it_tells_of_the_visit():
    r = extract("Joint Statement between the People's Republic of China and the Republic of Kazakhstan\n"
                "At the invitation of President Xi Jinping, President of the Republic of Kazakhstan Kassym-Jomart "
                "Tokayev paid a state visit to China from May 16 to 18, 2023.\n"
                "1. The two sides agreed to further deepen the comprehensive strategic partnership.")
    assert r.encounter == "joint_statement"
    assert [(p.name, p.country) for p in r.participants] == [("Xi Jinping", "CHN"), ("Kassym-Jomart Tokayev", "KAZ")]
    # the line that tells of the visit is narration, as a readout's lead is (the contract's first attribution rule)
    assert [s.speaker for s in r.statements] == [None, None, BOTH]


def test_a_multilateral_meeting_named_by_its_title():
    """"held the Quad Foreign Ministers' Meeting in Tokyo": a meeting, and every minister a party."""
    r = extract("On July 28, 2024, Minister for Foreign Affairs of Japan KAMIKAWA Yoko, Secretary of State of the "
                "United States Antony Blinken, External Affairs Minister of India S. Jaishankar and Minister for "
                "Foreign Affairs of Australia Penny Wong held the Quad Foreign Ministers' Meeting in Tokyo.\n"
                "Minister Kamikawa stated that Japan will host the Quad Leaders' Summit next year.")
    assert (r.encounter, r.location.name) == ("meeting", "Tokyo")
    assert [p.country for p in r.participants] == ["JPN", "USA", "IND", "AUS"]
    assert {e.mode for e in r.events if e.type == "CONSULT"} == {"multilateral"}
    assert r.statements[1].speaker == "KAMIKAWA Yoko"


def test_a_courtesy_call_a_nickname_and_a_long_passive_joint():
    """Indonesia's and Türkiye's presidencies: a courtesy call is a visit; "President Jokowi" is
    Joko Widodo (leaders.tsv's other names); "During the phone call, ... were discussed" is joint."""
    r = extract("President Joko Widodo received a courtesy call from the Prime Minister of Singapore, Lee Hsien Loong, "
                "at the Bogor Presidential Palace on 16 March 2023.\n"
                "During the meeting, bilateral relations between Indonesia and Singapore as well as regional and global "
                "issues were discussed.\nPresident Jokowi welcomed Singapore's plan to invest in the new capital city.")
    assert r.encounter == "meeting"
    assert [s.speaker for s in r.statements] == [None, BOTH, "Joko Widodo"]


# -- transcripts: a label and a colon open each speaker's turn --------------------------------------

KREMLIN_TRANSCRIPT = (
    "Vladimir Putin held talks with President of Egypt Abdel Fattah el-Sisi.\n"
    "President of Russia Vladimir Putin: Mr President, friends, I am glad to see you. We discussed trade and "
    "the President and I agreed on new projects.\n"
    "President of Egypt Abdel Fattah el-Sisi (retranslated): Thank you, Mr President. Egypt values this partnership.\n"
    "Vladimir Putin: Thank you. <…>"
)
US_TRANSCRIPT = (
    "THE PRESIDENT: Well, Mr. Prime Minister, welcome. We have a lot to discuss.\n"
    "PRIME MINISTER ALBANESE: Thank you, Mr. President. Australia is a proud ally.\n"
    "Q: Mr. President, will you visit Canberra?\n"
    "THE PRESIDENT: We will see."
)
UN_TRANSCRIPT = (
    "SG: Well, thank you very much, Mr. President. I am delighted to meet you.\n"
    "The United States is a fundamental pillar of our work. Thank you very much."
)


@pytest.mark.parametrize("text, speakers", [
    (KREMLIN_TRANSCRIPT, [None, "Vladimir Putin", "Vladimir Putin", "Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi",
                          "Vladimir Putin", None]),
    (US_TRANSCRIPT, ["President", "President", "Albanese", "Albanese", None, "President"]),
    (UN_TRANSCRIPT, ["SG"] * 4),
    (KREMLIN_TRANSCRIPT.replace("(retranslated)", "").replace("President of Egypt Abdel Fattah el-Sisi", "Oleg Ivanov")
     + "\nOleg Ivanov: We have agreed.",  # one label with an office, its name repeated: a transcript, whose other
     [None, "Vladimir Putin", "Vladimir Putin", None, None, "Vladimir Putin", None, None]),  # speaker is no participant
    (US_TRANSCRIPT.replace(": ", ":\xa0 "), ["President", "President", "Albanese", "Albanese", None, "President"]),  # the White House's pages
    (US_TRANSCRIPT.replace("Q: ", "Q    "), ["President", "President", "Albanese", "Albanese", None, "President"]),  # a question without its colon
    # labels by surname alone, one of them speaking twice among the others: a transcript (Germany's Foreign Office)
    ("Joint press conference by Foreign Minister Annalena Baerbock and Foreign Minister Radosław Sikorski in Berlin\n"
     "Baerbock: Dear Radek, welcome to Berlin.\nSikorski: Thank you, Annalena.\nPoland is grateful.\n"
     "Q: Minister, will you agree on reparations?\nBaerbock: We have discussed history with great seriousness.",
     [None, "Annalena Baerbock", "Radosław Sikorski", "Radosław Sikorski", None, "Annalena Baerbock"]),
    # each label alone on its line, the words in the paragraphs below (Germany's Chancellery)
    ("Press statements by Chancellor Friedrich Merz and Prime Minister Petr Fiala in Berlin\n\n"
     "Chancellor Friedrich Merz:\n\nDear Petr, welcome to Berlin.\n\nWe talked about energy and Ukraine.\n\n"
     "Prime Minister Petr Fiala:\n\nThank you, Friedrich. Czechia is a reliable partner.",
     [None, "Friedrich Merz", "Friedrich Merz", "Friedrich Merz", "Petr Fiala", "Petr Fiala", "Petr Fiala"]),
])
def test_a_transcript_turn_is_its_labels_speaker_up_to_the_next_label(text, speakers):
    r = extract(text, doc_id="t")
    assert [s.speaker for s in r.statements] == speakers


def test_a_section_heading_at_a_paragraphs_start_before_the_first_turn_is_nobodys():
    """The Kremlin's pages scraped without the heading's line break: "Beginning of Russian-Belarusian talks President of
    Russia Vladimir Putin: ..." opening a paragraph."""
    r = extract("Vladimir Putin met with President of the Republic of Belarus Alexander Lukashenko in Sochi.\n\nBeginning of "
                "Russian-Belarusian talks President of Russia Vladimir Putin: Mr Lukashenko, I am glad to see you. We have a "
                "lot to discuss.", doc_id="t")
    assert [s.speaker for s in r.statements] == [None, None, "Vladimir Putin", "Vladimir Putin"]


def test_a_leaders_labelled_turns_make_him_a_participant_beside_the_ministers_the_narration_lists():
    """A domestic meeting: the narration lists the ministers, the transcript's labels give the leader who chairs it;
    he took part, and the heading between the divider and his label is nobody's (Kremlin)."""
    r = extract("A new series of the President's meetings on the economy began in Sochi. The meeting was attended by Prime "
                "Minister Mikhail Mishustin and Minister of Finance Anton Siluanov.*** Beginning of the meeting on economic "
                "issues President of Russia Vladimir Putin: Good afternoon, colleagues. Let us begin.\n\nPresidential Press "
                "Secretary Dmitry Peskov: Thank you, colleagues.", doc_id="t")
    assert {p.name for p in r.participants} == {"Mikhail Mishustin", "Anton Siluanov", "Vladimir Putin"}  # not the press
    # secretary who hands the floor over
    speakers = {s.text: s.speaker for s in r.statements}
    assert speakers["Beginning of the meeting on economic issues"] is None
    assert speakers["Let us begin."] == "Vladimir Putin"


@pytest.mark.parametrize("text, speakers", [
    # a wire lede with no encounter's words, then the encounter as the frame of one leader's words (Kyodo, PNA, Bernama)
    ("MANILA - Japanese Prime Minister Kenji Sato and Philippine President Ramon Cruz agreed Friday to start negotiations "
     "on a defence pact.\n\nDuring their talks in Manila, Sato also told Cruz that Japan will provide coastal radars.",
     [BOTH, "Kenji Sato"]),
    # the title announces the call, the body opens inside it (Kremlin)
    ("During the telephone conversation, President Pavel Orlov warmly congratulated President of Uzbekistan Timur Karimov on his "
     "birthday.\nThe leaders discussed trade.", ["Pavel Orlov", BOTH]),
    # ... with "a" (Ukraine's presidency, Kremlin)
    ("During a meeting with European Commission President Ana Berg in Kyiv, President of Ukraine Petro Dovzhenko called "
     "for a seventh package of sanctions.\nThe leaders discussed trade.", ["Petro Dovzhenko", BOTH]),
    # not a lead that announces the encounter with its frame after the officials' names
    ("President Ramon Cruz held talks with Prime Minister Kenji Sato of Japan in Manila on Friday.\nSato thanked Cruz.",
     [None, "Kenji Sato"]),
])
def test_a_lead_opening_inside_the_encounter_tells_the_act_of_its_subject(text, speakers):
    """ "During their talks in Manila, X also told Y that ...": the encounter is only the frame of what X said."""
    r = extract(text, doc_id="t", published="2023-11-03", settings=Settings(publisher="RUS" if "Orlov" in text else None))
    assert [s.speaker for s in r.statements] == speakers


def test_an_official_a_spokesperson_tells_of_takes_no_part():
    r = extract("Spokesperson of the Ministry of Foreign Affairs Maria Zakharova held a press conference in Moscow on Wednesday."
                " She said that President Vladimir Putin would travel to Kazan for the summit.", doc_id="t")
    assert [p.name for p in r.participants] == ["Maria Zakharova"]


def test_a_transcript_without_narration_takes_its_participants_from_the_labels():
    r = extract(KREMLIN_TRANSCRIPT.split("\n", 1)[1], doc_id="t")
    assert [(p.name, p.title, p.country) for p in r.participants] == [
        ("Vladimir Putin", "President", "RUS"), ("Abdel Fattah el-Sisi", "President", "EGY")]


BRIEFING = (
    "Department Press Briefing\nMaria Lopez, Department Spokesperson\n2:05 p.m. EDT\n"
    "MS LOPEZ: Good afternoon. The delegation led by Special Envoy John Reyes is in Vienna this week.\n"
    "QUESTION: Will he meet the Iranian side?\n"
    "MS LOPEZ: I have nothing to announce."
)
JOINT_AVAILABILITY = (
    "Secretary and Foreign Minister at a Joint Press Availability\nAntony J. Blinken, Secretary of State\n"
    "SECRETARY BLINKEN: Thank you, Minister. We discussed the Red Sea.\n"
    "FOREIGN MINISTER MOTEGI: Thank you. Japan is a proud ally."
)


@pytest.mark.parametrize("text, participants, speakers", [
    # a briefer labelled by courtesy and surname is the spokesperson the line above the first turn names; an envoy
    # named in an answer takes no part (State Department, White House)
    (BRIEFING, [("Maria Lopez", "Department Spokesperson")],
     [None, None, None, "Maria Lopez", "Maria Lopez", None, "Maria Lopez"]),
    # a label's surname takes the full name and office the line above gives
    (JOINT_AVAILABILITY, [("Antony J. Blinken", "Secretary of State"), ("Motegi", "Foreign Minister")],
     [None, None, "Antony J. Blinken", "Antony J. Blinken", "Motegi", "Motegi"]),
])
def test_a_briefers_label_names_the_official_the_lines_above_give(text, participants, speakers):
    r = extract(text, doc_id="t")
    assert [(p.name, p.title) for p in r.participants] == participants
    assert [s.speaker for s in r.statements] == speakers


@pytest.mark.parametrize("label", ["Journalist", "Correspondent", "Reporter"])
def test_a_journalists_label_is_a_question_of_nobodys(label):
    """ "Journalist: Minister Aurescu, will Romania host more troops?" (Romania's MAE, Ukraine's presidency, Kazakhstan):
    the journalist's turn, not the last official's."""
    from communique.ingest.text import document_from_text
    from communique.pipeline import extract_document
    title = "Joint press statements by Foreign Minister Bogdan Aurescu and Foreign Minister of Poland Zbigniew Rau"
    doc = document_from_text(f"{title}\n\nBogdan Aurescu: Good afternoon. Thank you for your visit to Bucharest.\n\n"
                             "Zbigniew Rau: Thank you, Bogdan. Poland and Romania are close allies.\n\n"
                             f"{label}: Minister Aurescu, will Romania host additional NATO troops?\n\n"
                             "Bogdan Aurescu: We are ready to host them.", doc_id="t", title=title)
    assert [s.speaker for s in extract_document(doc).statements][-4:] == ["Zbigniew Rau", "Zbigniew Rau", None,
                                                                          "Bogdan Aurescu"]


@pytest.mark.parametrize("sentence", [
    "On Ukraine: the sides exchanged views.",
    "Note: all times are local.",
    "The Secretary said: we will stand with Ukraine.",
    "Namely: trade, energy and security.",
])
def test_a_colon_after_other_words_opens_no_turn(sentence):
    from communique.stages.turns import label_of

    assert label_of(sentence) is None


@pytest.mark.parametrize("sentence, label", [
    ("SECRETARY BLINKEN: Thank you.", "Secretary Blinken"),
    # an office's small words and a name's numeral as they are written in title case (DoD, State)
    ("SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Well, thank you.", "Secretary of Defense Lloyd J. Austin III"),
    ("MINISTER OF DEFENSE MINORU KIHARA: (through interpreter) Today I held a meeting.", "Minister of Defense Minoru Kihara"),
    ("PRESIDENT VON DER LEYEN: Thank you.", "President von der Leyen"),
    ("PRESIDENT TO LAM: Thank you.", "President To Lam"),  # a name's first word is no joining word
    ("POPE LEO XIV: Peace be with you.", "Pope Leo XIV"),
    # a name, then its office after a comma (Australia's, New Zealand's transcripts)
    ("CHRIS HIPKINS, PRIME MINISTER OF NEW ZEALAND: Thanks very much, Anthony.",
     "Chris Hipkins, Prime Minister of New Zealand"),
    # a note in square brackets before the colon (Kantei, NATO, State)
    ("PRIME MINISTER FUMIO KISHIDA [through an interpreter]: Thank you.", "Prime Minister Fumio Kishida"),
    ("Prime Minister Petteri Orpo [Prime Minister of Finland]: Thank you, Jens.", "Prime Minister Petteri Orpo"),
    # the Kremlin's scraped label: a long office, the name, the name again surname first with the office glued on
    ("Prime Minister of the Republic of Armenia Nikol Pashinyan Pashinyan NikolPrime Minister of the Republic of Armenia: "
     "Thank you.", "Prime Minister of the Republic of Armenia Nikol Pashinyan"),
])
def test_a_shouted_label_reads_as_an_office_and_a_name(sentence, label):
    from communique.stages.turns import label_of

    assert label_of(sentence)[0] == label


def test_a_transcript_labelled_by_the_names_its_title_gives_is_theirs():
    """Greece, Cyprus, the Kremlin: "Kyriakos Mitsotakis: ..." and "Nikos Christodoulides: ..." once each, under a title
    that names both with their offices."""
    from communique.ingest.text import document_from_text

    doc = document_from_text("Kyriakos Mitsotakis: Dear President, welcome back to Athens. We discussed the Cyprus issue."
                             "\nNikos Christodoulides: Thank you, Prime Minister. Cyprus will keep working with Greece.",
                             doc_id="t", published="2024-01-30")
    doc.title = ("Joint statements of Prime Minister Kyriakos Mitsotakis and President of the Republic of Cyprus Nikos "
                 "Christodoulides after their meeting")
    r = extract_document(doc)
    assert r.encounter == "press_remarks"
    assert [(p.name, p.title) for p in r.participants] == [("Kyriakos Mitsotakis", "Prime Minister"),
                                                          ("Nikos Christodoulides", "President")]
    assert [s.speaker for s in r.statements] == ["Kyriakos Mitsotakis"] * 2 + ["Nikos Christodoulides"] * 2


@pytest.mark.parametrize("title, label, official", [
    # the title names the official whose briefing or remarks the page is, possessively (China's MFA, State, MOFAs)
    ("Foreign Ministry Spokesperson Wang Lin's Regular Press Conference on March 4, 2024", "Wang Lin",
     ("Wang Lin", "Foreign Ministry Spokesperson")),
    ("Secretary Antony J. Blinken's Remarks to the Press", "Antony J. Blinken",
     ("Antony J. Blinken", "Secretary")),
])
def test_a_transcript_labelled_by_the_name_its_title_gives_possessively_is_theirs(title, label, official):
    from communique.ingest.text import document_from_text

    doc = document_from_text(f"Xinhua: The summit opens next week. What are your expectations?\n{label}: We hope the "
                             f"summit will deepen cooperation. We will release information in due course.\nReuters: "
                             f"What is your comment on the sanctions?\n{label}: We firmly oppose them.", doc_id="t",
                             published="2024-03-04")
    doc.title = title
    r = extract_document(doc)
    assert [(p.name, p.title) for p in r.participants] == [official]
    assert [s.speaker for s in r.statements] == [None, None, official[0], official[0], None, official[0]]


def test_a_transcript_labelled_in_capitals_by_office_and_name_gives_its_speakers():
    """DoD: "MINISTER OF DEFENSE MINORU KIHARA: ..." and "SECRETARY OF DEFENSE LLOYD J. AUSTIN III: ..." under the names."""
    r = extract("Secretary of Defense Lloyd J. Austin III; Japanese Minister of Defense Minoru Kihara\nTokyo, Japan\n"
                "MINISTER OF DEFENSE MINORU KIHARA: (through interpreter) Today I held a meeting with Secretary Austin.\n"
                "SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Well, thank you, Minister Kihara. Our alliance has never been "
                "stronger.", doc_id="t", settings=Settings(publisher="USA"))
    assert r.encounter == "press_remarks"
    assert {(p.name, p.country) for p in r.participants} == {("Minoru Kihara", "JPN"), ("Lloyd J. Austin III", "USA")}
    assert [s.speaker for s in r.statements][-3:] == ["Minoru Kihara", "Lloyd J. Austin III", "Lloyd J. Austin III"]


def test_a_sections_heading_in_capitals_is_no_speakers_label_and_its_sentence_is_read():
    """Joint fact sheets and statements (White House, State, MOFAs): "ENHANCING COMMERCIAL TIES:  The two leaders
    welcomed ..." heads a section; the sentence after it is both's, as a bulleted point of words is."""
    r = extract("President Lee Jae Myung welcomed President Donald J. Trump for a State Visit.\nENHANCING COMMERCIAL "
                "TIES:  The two leaders welcomed a series of commercial commitments.\n-   Both leaders welcome Korean "
                "investments in shipbuilding.", doc_id="t")
    assert [s.speaker for s in r.statements][1:] == [BOTH, BOTH]


# -- speakers: what both sides did, in the words of many governments -------------------------------

TWO_LEADERS = ("Prime Minister Nikol Pashinyan had a telephone conversation with Secretary of State Antony "
               "Blinken.\nPrime Minister Pashinyan thanked the Secretary for the invitation.\n")


@pytest.mark.parametrize("sentence", [
    "The interlocutors touched upon the regional agenda.",  # Armenia, Ukraine
    "The two foreign ministers shared the view that the sanctions must be enforced.",  # Japan
    "The two PMs expressed their delight at the results of the talks.",  # Vietnam
    "Participants discussed the outreach to Russia.",  # US State
    "The two countries restated their commitment to energy diversification.",
    "It was agreed to maintain contact at different levels.",  # Kremlin
    "Particular attention was paid to the security guarantees for Ukraine.",  # Ukraine
    "Reference was also made to the situation in the Middle East.",  # Armenia
    "The importance of coordinating the efforts of the partners was emphasized.",
    "The call dealt with reviewing the strong bilateral relations.",  # Qatar
    "The conversation focused on the implementation of the grain agreement.",  # Kremlin
    "Their discussions focussed on Afghanistan.",  # UN
    "The conversation was held in a traditionally warm and friendly atmosphere.",
    "Overall, the conversation took place in a frank and business-like atmosphere.",  # Kremlin
    "Apart from discussing the projects, they also talked about the anniversary.",  # VNA
    "The two jointly condemned the missile launch.",  # State
    "Prime Minister Pashinyan updated the Secretary on the talks and they discussed the next round.",  # UK
    "Secretary Blinken congratulated the Prime Minister and the leaders looked forward to meeting.",
    "Secretary Blinken thanked Armenia for its support, and the two Ministers agreed to meet again.",  # capitalised
    "The heads of diplomacy discussed the reconstruction of Ukraine.",  # Poland, Ukraine's MFA
    "The meeting also discussed the reconstruction of Gaza.",  # SPA, Petra, White House
    "Both Governments welcomed the new air services agreement.",  # White House, State
    "The Chancellors addressed the situation of migrants.",  # Latin American foreign ministries
    # one participant and the others by their office in the plural (State, White House, UN)
    "The Secretary and the two Foreign Ministers condemned the attack.",
    "The Prime Minister and the Ambassadors discussed the reform agenda.",
    # agentless passives of other verbs, and what the talks were about (Kremlin, Ukraine, State, Luxembourg)
    "Certain bilateral agenda items were touched upon.",
    "The Cyprus issue was also taken up during the meeting.",
    "The status of the settlement process was reviewed as well.",
    "It was stated that the grain initiative must continue.",
    "Mutual satisfaction was expressed with the level of trade.",
    "Reference was then made to the situation in the Middle East.",
    "The main topic of the meeting was defence cooperation.",
    "The meeting was an opportunity to take stock of bilateral relations.",
    "This first meeting enabled the two Heads of State to reaffirm their friendship.",  # Élysée
    "The meeting offered an opportunity to deepen discussions on forced labor.",  # White House, EU
    # agreements reached, questions considered, the meeting's end, each side named (Kremlin, Ukraine, Montsame, Kenya)
    "An agreement was reached to establish a joint business council.",
    "Issues of cooperation in energy and transport were considered.",
    "Issues related to the implementation of joint projects in the field of border management and the fight against "
    "transnational crime were also considered.",  # a long subject (Khovar, UzA)
    "The meeting ended with both sides agreeing to meet again next year.",
    "The meeting concluded with the signing of a memorandum of understanding on consular cooperation.",
    "The Armenian side and the American side agreed to open a direct flight.",
    "Both Leaders stated that the partnership had grown.",  # not a name that takes no part
    "Both Speakers agreed on the need for more frequent parliamentary exchanges.",  # parliaments' speakers, mayors
    "The two Speakers agreed to set up a working group of the parliamentary assembly.",
    # the two sides' top officials, as wires write them (KCNA, AP, Reuters)
    "The top leaders of the two countries exchanged broad views on regional issues.",
    "The top U.S. and Russian diplomats agreed to keep talking.",
    # a numbered list's "(c)" is no caption's "(C)"
    "The two agreed to (a) expand trade, (b) deepen defense ties, and (c) review progress annually.",
    # hopes, thanks and views the sides expressed, and documents signed there (Kremlin, Ukraine, Itamaraty, Czechia)
    "Hope was expressed that the talks would continue.", "Gratitude was conveyed for the humanitarian aid.",
    "Mutual interest was expressed in further developing trade.",
    "There was also a substantive exchange of views on European integration.",
    # "affirmed", the development of ties highlighted, an audience's content (WAM, Azerbaijan, ONA)
    "It was affirmed during the meeting that the two countries will work together.",
    "During the conversation, the successful development of relations of alliance in many fields was highlighted.",
    "The audience dealt with the fraternal relations between the two countries.",
    "Following the talks, a package of documents was adopted.", "Several agreements were signed after the meeting.",
    "A package of documents was approved following the meeting.",  # Kremlin
    # the passive in the perfect, an emphasis with its article, attention "during the meeting" (Ukraine's presidency)
    "The steps Ukraine is taking for its recovery have been discussed.", "It has been agreed to continue the dialogue.",
    "An emphasis was made on the importance of sanctions.", "The key attention during the meeting was paid to energy.",
    "A Joint Statement on the Green Strategic Partnership was adopted at the end of the Summit.",  # MEA
    "The meeting also noted the importance of cooperation in energy.",  # the encounter as the subject (White House, State)
    # after "Within the framework of ...,", the Latin American ministries' chancellors (Venezuela, Argentina)
    "Within the framework of the strategic partnership, the Chancellors reviewed the agenda.",
    "Secretary Blinken reviewed with the Prime Minister the progress of the joint projects.",  # Paraguay, Itamaraty
    # an exchange of views that took place; one side and the others' office in the plural; a pronoun's act, then both's
    # (Ukraine's presidency; State, White House)
    "An exchange of views took place on relevant initiatives in support of Armenia.",
    "The Prime Minister and Foreign Ministers condemned the attack.",
    "He also briefed the Secretary on the situation, and the two discussed their shared commitment.",
    # two styles for the two officials; each one's act, the second's verb irregular (SPA, KUNA; New Zealand)
    "During the call, His Excellency and Her Excellency reviewed the relations between the two countries.",
    "Prime Minister Pashinyan confirmed he would visit Washington, and Secretary Blinken said he looked forward to it.",
    # an invitation and its acceptance, whoever the acceptor is called (Kremlin, White House, VNA, MEA, Pakistan's MOFA)
    "Prime Minister Pashinyan invited the Secretary to visit Yerevan, and the American diplomat accepted the invitation.",
    "The Prime Minister extended an invitation to Secretary Blinken to visit Armenia, which he accepted.",
    "Prime Minister Pashinyan invited Secretary Blinken to Yerevan, and the invitation was gladly accepted.",
    "The invitation was accepted with gratitude.",
    "The Prime Minister invited the Secretary to pay a visit to Armenia, an invitation which he accepted.",  # Senegal
    "The diplomats also discussed the situation in the Middle East.",  # Venezuela's MPPRE, Ukraine's presidency
    # a summit ahead, "to be held" in a month, is no earlier encounter's (ASEAN, MOFAs)
    "They also discussed preparations for the summit to be held in Yerevan in September 2025.",
    # a count of the sides by any plural: an acronym's, a named partnership's (White House, State's ministerials)
    "The two NSAs reaffirmed their commitment to trilateral cooperation.",
    "The six Partnership countries discussed progress on health security.",
    "All seven Ministers welcomed the agreement.",
    # what a release's several calls or meetings dealt with (Kremlin, Gulf agencies, Ukraine's presidency)
    "The two calls dealt with the latest developments in the Gaza Strip.",
    "In both conversations, the focus was on the humanitarian situation.",
    "The main focus was on sanctions against the leadership of the aggressor state.",
    "The main topic was energy security.",
    # the talk going on, or its next topic (Kremlin)
    "The discussion of developments in the region continued.",
    "The exchange of views on the situation in the Middle East was continued.",
    "The substantive dialogue on the situation in the region and on security guarantees was continued.",
    "Another issue on the agenda concerned the border settlement.",
    # the meeting's group, its officials of several states (White House, State)
    "The group discussed progress to align donor assistance with Ukraine's priority needs.",
    # the other side's act in a relative clause (No. 10)
    "Prime Minister Pashinyan set out plans for the meeting he will host, which Secretary Blinken agreed to join.",
    # an agentless passive with its degree or manner (Ukraine's presidency)
    "During the meeting, considerable attention was paid to strengthening energy security.",
    "It was jointly stated that the use of the pipeline as a weapon will lead to tough response measures.",
    # the subject after a past participle's phrase (Kremlin, State, Ukraine's presidency, White House)
    "Based on the outcome of the meeting of the political advisers held in Paris on January 26, the parties reaffirmed "
    "their commitment to the format.",
])
def test_joint_and_agentless_sentences_are_both(sentence):
    r = extract(TWO_LEADERS + sentence, doc_id="t")
    assert r.statements[-1].speaker == BOTH


def test_a_domestic_meetings_group_is_not_two_sides():
    """ "The group" of one state's officials and guests (a convening of labour leaders) is no pair of sides."""
    r = extract("President Biden met with Secretary of Labor Marty Walsh and union leaders at the White House.\n"
                "The group discussed the strong jobs numbers.", doc_id="t", settings=Settings(publisher="USA"))
    assert r.statements[-1].speaker != BOTH


@pytest.mark.parametrize("sentence", [
    "The United States and the EU commit to step up their efforts to reduce methane emissions.",
    "Mindful of the environmental impact of LNG production, the European Union and the United States commit to act.",
])
def test_a_state_and_a_body_a_participant_speaks_for_act_jointly(sentence):
    """The White House's and State's readouts with the European Commission: "the United States and the EU" are the two
    sides, as two states are; a body nobody speaks for, or named alone, gives no side."""
    r = extract("Special Presidential Coordinator Amos Hochstein met with Head of Cabinet of the President of the European "
                "Commission Björn Seibert in Washington on 3 November 2022. " + sentence, doc_id="t",
                settings=Settings(publisher="USA"))
    assert {p.country for p in r.participants} == {"USA", "EU"}
    assert r.statements[-1].speaker == BOTH


@pytest.mark.parametrize("signed", [
    "Prime Minister Pashinyan welcomed the fact the agreements were signed on time.",  # a participant's subject
    "The Abraham Accords were signed in September 2020.",  # their history: the publisher's
    "The memorandum, which was signed in 1994, remains in force.",
    "The agreement was signed by the two foreign ministers.",  # by someone
    "The role of the Arab Maghreb Union was emphasized by the Prime Minister.",  # one side's, said so
])
def test_a_documents_history_or_signatories_is_no_joint_act(signed):
    r = extract(TWO_LEADERS + signed, doc_id="t")
    assert r.statements[-1].speaker != BOTH


def test_a_sentence_whose_own_subject_names_its_speaker_keeps_it_whoever_said_this_next():
    r = extract("Prime Minister Narendra Modi held talks with President Kassym-Jomart Tokayev in Astana.\nTokayev said "
                "trade reached one billion dollars. Modi said this at the press conference.", doc_id="t")
    assert [s.speaker for s in r.statements][1] == "Kassym-Jomart Tokayev"


def test_documents_signed_are_both_and_what_follows_is_the_publishers():
    """ "Several agreements were signed. The agreements cover trade and energy.": the signing is both sides' act; the
    sentence after it, without a subject of its own, tells of the documents in the publisher's voice."""
    r = extract(TWO_LEADERS + "Several agreements were signed after the talks. The documents cover trade and energy.",
                doc_id="t")
    assert [s.speaker for s in r.statements][-2:] == [BOTH, None]


@pytest.mark.parametrize("sentence, speaker", [
    ("According to Statistics Austria, trade reached EUR 1.2 billion last year.", None),  # a source that takes no part
    ("According to the ministry, the two ministers discussed trade.", BOTH),  # the clause's own subject
    ("According to the Secretary, the talks were useful.", "Antony Blinken"),  # a participant's office
    # after an opening word, over a passive that would be both's (Ukraine's presidency)
    ("Prime Minister Pashinyan thanked him. In addition, according to him, a wide range of issues was discussed.",
     "Nikol Pashinyan"),
])
def test_according_to_whom_the_words_are(sentence, speaker):
    """Austria, Gulf agencies, wires: "According to X, ..." is X's when X takes part; else the clause's own subject's,
    or nobody's."""
    r = extract(TWO_LEADERS + sentence, doc_id="t")
    assert r.statements[-1].speaker == speaker


def test_a_passive_that_describes_a_thing_is_no_joint_act():
    r = extract(TWO_LEADERS + "Russia was considered one of the strongest armies in the world.", doc_id="t")
    assert r.statements[-1].speaker != BOTH


@pytest.mark.parametrize("sentence", [
    "This meeting was part of ongoing efforts to keep lines of communication open.",
    "The discussion was part of a joint call of European leaders with the President.",  # Bundesregierung, Élysée
    "The meeting was a continuation of the talks held in Geneva.",
    # who else was there (Myanmar, Nepal, Sri Lanka, Gulf agencies, Kremlin, Ukraine, White House)
    "Also present at the call were the Deputy Foreign Minister and senior officials.",
    "Taking part in the meeting were Prime Minister Mikhail Mishustin and Minister of Defence Sergei Shoigu.",
    "Foreign Secretary Aruni Wijewardane and the Chief Secretary were also present during the meeting.",
    "Foreign Minister Mario Lubetkin and Minister of Industry, Energy and Mining Fernanda Cardona also took part in the "
    "meeting.",  # a portfolio's comma inside the list (Uruguay)
    "The talks were attended by senior officials of both countries.",
    "The Prime Minister was accompanied by Ambassador Nirupama Rao.",
    "Deputy Foreign Minister Bassam Sabbagh also attended the meeting.",
    "Ambassador Kim Hong-kyun also participated.",
    "Also at the meeting were the Minister of Foreign Affairs and the Chief of Staff.",  # Nigeria, Gulf agencies
    "The Minister of Defence, Yuriko Backes, also took part in the meeting.",  # an apposition before the verb
    # the narrator's background in the two states' names (Brazil, Kremlin, State)
    "Armenia and the United States established diplomatic relations in 1991.",
    # a caption told in the present, with who stands where (Xinhua, Anadolu, Yonhap)
    "Prime Minister Nikol Pashinyan (R) meets Secretary of State Antony Blinken in Washington, Jan. 9, 2025.",
    "Prime Minister Nikol Pashinyan (R) and Secretary of State Antony Blinken pose for a photo before their talks.",  # Yonhap
    "Photo credit: Kobi Gideon / GPO", "--ooOoo--",  # Israel's GPO, Mexico's SRE
])
def test_sentences_about_the_meeting_or_its_background_are_narration(sentence):
    r = extract(TWO_LEADERS + "\n" + sentence, doc_id="t")
    assert r.statements[-1].speaker is None


@pytest.mark.parametrize("sentence", [
    # a visit under way, a forum's history, told between a speaker's sentences (PTI, Kyodo, Bernama)
    "Pashinyan is on a four-day visit to the United States.",
    "Pashinyan is on a three-day trip to the United States to attend the UN General Assembly.",  # Yonhap
    "Pashinyan arrived in Washington earlier on Monday for an official visit.",  # Xinhua
    "Pashinyan is also scheduled to call on Vice President Harris.",  # China Daily, PTI
    "Pashinyan is visiting Washington through Wednesday.",
    "The annual Strategic Dialogue was first held in 2019.",
    # an anniversary ahead, a first visit, a schedule, when the meeting came (PTI, Yonhap, wires)
    "Armenia and the United States will mark 35 years of diplomatic relations next year.",
    "This is Pashinyan's first visit to Washington as Prime Minister.",
    "Pashinyan is also scheduled to meet members of Congress on Thursday.",
    "The meeting came a day before Pashinyan was due to address the General Assembly.",
    "This is Pashinyan's fourth visit to Washington this year.",  # Palazzo Chigi, wires
    # a rank among others, a state's becoming one, trade over years, citizens abroad (Azertac, KUNA, APS, UzA, Portugal)
    "Armenia is one of the largest investors in the Georgian economy.",
    "Armenia became Georgia's leading supplier of electricity in 2022.",
    "Over the past few years, mutual trade turnover has grown significantly.",
    "More than 200,000 Armenian citizens reside in the United States.",
    # a rank by an ordinal, as a provider or a destination (Ukraine's presidency, VNA, Yonhap, Tasnim)
    "Germany is the second largest provider of military assistance to Ukraine.",
    "Japan is Armenia's largest provider of official development assistance.",
    "Armenia is one of the main destinations of Georgia's exports.",
    "(Reference) The ROK has been a member of the IAEA since 1957.",  # the publisher's note (Japan's, Korea's MOFA)
    "The United States is a major trading partner of Armenia, with trade of over USD 1 billion.",  # MEA, PIB
    "Foreign Minister Dr. A. Mirzoyan is on a visit to Washington to attend the Strategic Dialogue.",  # initials, a style
    # an agency's background: a state among another's partners, a project, a war's duration, a chair, an arrival, a
    # programme ahead, an earlier visit with its apposition (Dirco, AA, Bernama, MENA, Kyodo, TASS, PTI)
    "Armenia is one of Georgia's trading partners in the region, with trade of USD 1 billion.",
    "The North-South Road is a $17 billion project of railways and highways.",
    "The Lapsset corridor, launched in 2012, is expected to link the port to the highlands.",
    "Sudan has been gripped by war since April 2023.",
    "Armenia currently holds the rotating chair of the Eurasian Economic Union.",
    "Mirzoyan arrived in Washington on October 31.",
    "Pashinyan is expected to travel to New York as part of his visit.",
    "Pashinyan's visit came six weeks after his trip to Moscow.",
    "President Biden visited Yerevan in April, his first visit to Armenia in 12 years.",
    "Prime Minister Pashinyan has led the government since May 2018.",  # a participant's time in office
    # the visitor's further programme (Kremlin, Ukraine's presidency, State, New Zealand, wires)
    "Pashinyan will also meet members of Congress during his visit.",
    "Prime Minister Pashinyan will co-chair the business forum on Thursday.",
])
def test_background_inside_a_speakers_paragraph_is_nobodys_and_the_speaker_goes_on(sentence):
    r = extract(TWO_LEADERS.rstrip("\n") + " " + sentence + " He also thanked the United States for its support.",
                doc_id="t", published="2024-05-06")
    assert [s.speaker for s in r.statements][-3:] == ["Nikol Pashinyan", None, "Nikol Pashinyan"]


@pytest.mark.parametrize("publisher, text, attendees", [
    # an official who also took part in an encounter between states is a participant, of the publisher's side
    # unless the text or the dictionary says otherwise (White House, Canada, Kremlin, Ukraine, Luxembourg)
    ("CAN", "Prime Minister Justin Trudeau spoke with Prime Minister Mia Mottley of Barbados today.\n"
     "Also participating in the call was Foreign Minister Mélanie Joly.", [("Mélanie Joly", "CAN")]),
    ("LUX", "Prime Minister Luc Frieden received Secretary General Mark Rutte in Luxembourg.\n"
     "The Minister of Defence, Yuriko Backes, also took part in the meeting.", [("Yuriko Backes", "LUX")]),
    ("UKR", "President Zelenskyy met with Prime Minister of Poland Donald Tusk in Kyiv.\nThe meeting was also attended "
     "by Head of the Office of the President Andriy Yermak.", [("Andriy Yermak", "UKR")]),
    # an aide, and who accompanied the host (Kremlin, Indonesia, Gulf agencies)
    ("RUS", "Vladimir Putin held talks with President of Indonesia Prabowo Subianto.\nAlso taking part were Aide to the "
     "President Yury Ushakov and Foreign Minister Sergei Lavrov.", [("Yury Ushakov", "RUS"), ("Sergei Lavrov", "RUS")]),
    ("IDN", "President Prabowo Subianto met with Prime Minister Anwar Ibrahim in Jakarta.\nAccompanying the President were "
     "Foreign Minister Sugiono and Cabinet Secretary Teddy Indra Wijaya.", [("Sugiono", "IDN"), ("Teddy Indra Wijaya", "IDN")]),
    ("USA", "President Biden met with President Sauli Niinistö of Finland at the White House today.\nSecretary of "
     "State Antony Blinken and National Security Advisor Jake Sullivan also participated in the meeting.",
     [("Antony Blinken", "USA"), ("Jake Sullivan", "USA")]),
    # a list of offices and names that "also joined the conversation" (Ukraine's presidency, White House, State)
    ("UKR", "President Volodymyr Zelenskyy held a video call with Prime Minister of the United Kingdom Keir Starmer.\n"
     "Federal Chancellor of Germany Friedrich Merz, President of the European Commission Ursula von der Leyen and NATO "
     "Secretary General Mark Rutte also joined the conversation.",
     [("Friedrich Merz", "DEU"), ("Ursula von der Leyen", "EU"), ("Mark Rutte", "NATO")]),
    # offices and names in closed appositions before "took part"; "in the presence of" (Costa Rica, Algeria, Morocco)
    ("CRI", "President Rodrigo Chaves received his Panamanian counterpart, José Raúl Mulino, in San José.\nThe Minister of "
     "Foreign Affairs, Arnoldo André Tinoco, and the Minister of Foreign Trade, Manuel Tovar, took part in the expanded "
     "meeting.", [("Arnoldo André Tinoco", "CRI"), ("Manuel Tovar", "CRI")]),
    ("DZA", "President Abdelmadjid Tebboune received the Prime Minister of Italy, Giorgia Meloni, in Algiers.\nThe "
     "audience took place in the presence of the Director of the Cabinet of the Presidency of the Republic, Mr. Boualem "
     "Boualem.", [("Boualem Boualem", "DZA")]),
    # a visiting delegation's members are of the state that sent it; its head's state the text tells (Ukraine, WAM)
    ("UKR", "President Zelenskyy met in Kyiv with a delegation of the US Congress led by Senator Jack Reed.\nThe delegation "
     "also included Senator Tammy Duckworth and Congressman Adam Smith.", [("Tammy Duckworth", "USA"), ("Adam Smith", "USA")]),
    ("ARE", "President Mohamed bin Zayed received a delegation of the United States Senate led by Senator Tim Kaine, "
     "Chairman of the Senate Subcommittee on the Near East, in Abu Dhabi.\nThe meeting was attended by Sheikh Khalid bin "
     "Mohamed bin Zayed, Crown Prince of Abu Dhabi.", [("Khalid bin Mohamed bin Zayed", "ARE")]),
    ("RUS", "Vladimir Putin met with a delegation of the Federal Assembly of the Republic of Serbia led by its Speaker "
     "Ana Brnabić.\nThe Russian side was also represented by Chairman of the State Duma Vyacheslav Volodin.",
     [("Vyacheslav Volodin", "RUS")]),
    # who joined the others for a part of the encounter, and what for (State, White House)
    ("USA", "Under Secretary Victoria Nuland met with Deputy Minister of Defense of Saudi Arabia Khalid bin Salman today in "
     "Washington.\nSecretary of State Antony Blinken joined the group for part of the meeting to discuss efforts to "
     "achieve a ceasefire in Yemen, and other key bilateral issues.", [("Antony Blinken", "USA")]),
    ("USA", "President Biden spoke with Prime Minister Fumio Kishida of Japan today.\nFEMA Administrator Deanne Criswell "
     "joined them on the call.", [("Deanne Criswell", "USA")]),
    # who led a side is of that side (White House, State)
    ("USA", "National Security Advisor Jake Sullivan and Secretary of State Antony Blinken convened a virtual meeting of "
     "the Strategic Consultative Group.\nThe Israeli side was chaired by National Security Advisor Tzachi Hanegbi.",
     [("Tzachi Hanegbi", "ISR")]),
])
def test_who_also_took_part_in_an_encounter_between_states_took_part(publisher, text, attendees):
    from communique.settings import Settings

    r = extract(text, doc_id="t", settings=Settings(publisher=publisher))
    assert [(p.name, p.country) for p in r.participants[2:]] == attendees
    assert r.statements[-1].speaker is None


@pytest.mark.parametrize("sentence", [
    "President Biden updated the leaders on his recent call with President Putin.",
    "The President briefed the Chancellor on Secretary Blinken's meeting with Foreign Minister Sergey Lavrov.",
    "The Prime Minister looked forward to her upcoming visit to President Ramaphosa.",
    # the encounter a participant tells about, by name (AZERTAC, Kremlin)
    "President Biden informed the leaders about the results of the recent meeting between Secretary Blinken and "
    "Foreign Minister Wang Yi in Beijing.",
    "President Macron spoke about his telephone conversation with President Volodymyr Zelenskyy on Sunday.",
    "They exchanged views on security, including the recent summit meeting between Russian President Vladimir Putin "
    "and DPRK leader Kim Jong Un.",
    # whom a condolence mourns (White House, State, Gulf agencies)
    "The President offered condolences on the passing of His Highness Sheikh Khalifa bin Zayed Al Nahyan.",
    "They discussed the situation following the assassination of President Jovenel Moïse.",
    "The President sent condolences following the passing of former Haitian President René Préval.",  # Namibia, Zambia
])
def test_the_partner_of_another_encounter_takes_no_part_in_this_one(sentence):
    r = extract("President Joseph R. Biden, Jr. convened a secure video call today with President Emmanuel Macron of "
                "France and Chancellor Olaf Scholz of Germany.\n" + sentence, doc_id="t")
    assert [p.name for p in r.participants][1:] == ["Emmanuel Macron", "Olaf Scholz"]


def test_a_counterpart_the_lead_meets_by_surname_is_the_official_named_in_full_above():
    """Tasnim, IRNA, wires that open with what was said: the lead's "met with Qalibaf" is the Speaker named above."""
    r = extract("TEHRAN (Tasnim) – Iranian Parliament Speaker Mohammad Baqer Qalibaf said the expansion of economic ties "
                "with Iraq is a priority.\nIraqi Parliament Speaker Mahmoud al-Mashhadani, who arrived in Tehran on Sunday "
                "at the head of a parliamentary delegation, met with Qalibaf on Monday.\nIn the meeting, Qalibaf said the "
                "two parliaments should deepen ties.", doc_id="t", published="2025-01-13")
    assert sorted(p.name for p in r.participants) == ["Mahmoud al-Mashhadani", "Mohammad Baqer Qalibaf"]
    assert r.statements[-1].speaker == "Mohammad Baqer Qalibaf"


_SHERMAN_MEETS_CHO = ("Deputy Secretary of State Wendy Sherman met today with Republic of Korea First Vice Foreign Minister "
                      "Cho Hyundong ")


@pytest.mark.parametrize("lead, published, participants", [
    # whose time in office dates the visit (PTI, wires)
    ("External Affairs Minister S Jaishankar on Thursday held talks with his Maldivian counterpart Moosa Zameer, the "
     "first high-level visit from Male to India since President Mohamed Muizzu took office in November.", "2024-05-09",
     ["S Jaishankar", "Moosa Zameer"]),
    # the leaders of a summit the encounter follows up, named in the lead's purpose (State, White House)
    (_SHERMAN_MEETS_CHO + "to discuss opportunities to build on the momentum from the May 21 Summit between President "
     "Biden and President Yoon.", "2022-06-08", ["Wendy Sherman", "Cho Hyundong"]),
    (_SHERMAN_MEETS_CHO + "to follow up on the Woodside Summit between President Biden and President Xi last November.",
     "2022-06-08", ["Wendy Sherman", "Cho Hyundong"]),
])
def test_an_official_the_lead_names_for_another_time_or_encounter_takes_no_part(lead, published, participants):
    r = extract(lead, doc_id="t", published=published)
    assert [p.name for p in r.participants] == participants


@pytest.mark.parametrize("sentence", [
    "He called on President Putin to end the war in the call with the Chancellor.",
    "He paid tribute to Prime Minister Trudeau during the meeting.",
])
def test_calling_on_or_paying_tribute_to_someone_is_no_further_encounter(sentence):
    r = extract("President Joseph R. Biden, Jr. convened a secure video call today with President Emmanuel Macron of "
                "France and Chancellor Olaf Scholz of Germany.\n" + sentence, doc_id="t")
    assert len(r.participants) == 3


@pytest.mark.parametrize("publisher, text, others", [
    # a series of meetings after an opening that names nobody met: each partner takes part (UK, UN)
    ("GBR", "The Prime Minister held a series of bilateral meetings at Blenheim Palace today.\nHe first met the Prime "
     "Minister of Italy, Giorgia Meloni. The leaders discussed migration.\nThe Prime Minister then met President of "
     "France Emmanuel Macron.", ["Giorgia Meloni", "Emmanuel Macron"]),
    ("UN", "The Secretary-General met with President José Ramos-Horta at the Presidential Palace.\nThe Secretary-General "
     "also paid a courtesy call on Prime Minister Kay Rala Xanana Gusmão.", ["José Ramos-Horta", "Kay Rala Xanana Gusmão"]),
])
def test_each_meeting_of_a_series_brings_its_partner(publisher, text, others):
    from communique.settings import Settings

    r = extract(text, doc_id="t", settings=Settings(publisher=publisher))
    assert [p.name for p in r.participants][1:] == others


@pytest.mark.parametrize("text, expected", [
    # the lead's subject, an office in the plural of several states: one official of each (White House, Ukraine)
    ("The National Security Advisors of the United States and Pakistan met in Geneva yesterday.\nBoth sides "
     "discussed a range of issues.", [("Jake Sullivan", "USA"), ("National Security Advisor of Pakistan", "PAK")]),
    ("The Presidents of Ukraine and Azerbaijan held talks in Kyiv.", [("Volodymyr Zelenskyy", "UKR"),
                                                                      ("Ilham Aliyev", "AZE")]),
    # offices a speech only mentions are no subject of its encounter
    ("President Zelenskyy spoke at a meeting with ambassadors, meeting the Presidents of Poland and Lithuania.",
     [("Zelenskyy", "UKR")]),
])
def test_an_office_in_the_plural_of_several_states_as_the_leads_subject(text, expected):
    r = extract(text, doc_id="t", published="2021-05-24")
    assert [(p.name, p.country) for p in r.participants] == expected


@pytest.mark.parametrize("joining", ["Joining the call were the following leaders:\n\n-   Polish President Andrzej Duda "
                                     "-   Romanian President Klaus Iohannis",
                                     "Joining President Biden on the call were Polish President Andrzej Duda and Romanian "
                                     "President Klaus Iohannis."])
def test_the_leaders_joining_a_call_take_part_also_when_listed_below_a_colon(joining):
    """The White House's calls with groups of allies ("the Bucharest Nine"): the leaders named as joining, in the
    sentence or in the list under it."""
    r = extract("President Joseph R. Biden, Jr. spoke today with the Bucharest Nine group of our eastern flank NATO "
                "Allies.\n\n" + joining + "\n\n###", doc_id="t", published="2021-12-09")
    assert [p.name for p in r.participants] == ["Joseph R. Biden, Jr.", "Andrzej Duda", "Klaus Iohannis"]


@pytest.mark.parametrize("lead, parties", [
    ("On 23 November 2025, representatives of the United States and Ukraine met in Geneva.", [("United States", "USA"),
                                                                                          ("Ukraine", "UKR")]),
    ("On May 3, officials from the United States and Mexico met in Mexico City.", [("United States", "USA"),
                                                                                  ("Mexico", "MEX")]),
    ("Officials from the White House and the Department of Justice met with community leaders.", []),  # one state's
])
def test_unnamed_groups_of_two_states_are_their_states(lead, parties):
    """White House, State: no official named, each state's group a party, named by its state; what both sides then
    agree is both's."""
    r = extract(lead + "\nBoth sides agreed the consultations were highly productive.", doc_id="t", published="2025-11-23")
    assert [(p.name, p.country) for p in r.participants] == parties
    assert r.statements[-1].speaker == (BOTH if parties else None)


def test_a_colon_with_no_list_below_it_lists_no_one():
    r = extract("President Joseph R. Biden, Jr. spoke today with the Bucharest Nine group of our eastern flank NATO "
                "Allies.\n\nJoining the call were the following leaders:\n\n###", doc_id="t", published="2021-12-09")
    assert [p.name for p in r.participants] == ["Joseph R. Biden, Jr."]


@pytest.mark.parametrize("text, publisher, expected", [
    # the publisher's official by office after an opening of place, the trip told above (Israel's MFA, State)
    ("Foreign Minister Yaakov Levi arrived in Vilnius this morning (Monday) on the first visit to Lithuania by an Israeli "
     "minister. In the capital, the Foreign Minister was received by President Gitanas Nausėda.", "ISR",
     ([("Yaakov Levi", "ISR"), ("Gitanas Nausėda", "LTU")], "Vilnius")),
    # ... after an opening phrase, the other side named in the paragraph, not the sentence (Ukraine's presidency)
    ("As part of his participation in the summit of the European Political Community in Tirana, the President of "
     "Ukraine held short meetings with leaders of a number of countries. In particular, he met with Prime Minister "
     "of Albania Edi Rama.", "UKR", ([("Volodymyr Zelenskyy", "UKR"), ("Edi Rama", "ALB")], "Tirana")),
    # the periphrasis of the foreign minister, named in the sentence above (Latin American ministries)
    ("Relations with the European Union were the main topic on the agenda of Foreign Minister Ana Rivas this Monday. "
     "The head of Peruvian diplomacy spoke by video link with the High Representative of the European Union, Kaja "
     "Kallas.", "PER", ([("Ana Rivas", "PER"), ("Kaja Kallas", "EU")], None)),
])
def test_the_leads_official_named_in_the_sentence_above(text, publisher, expected):
    from communique.settings import Settings

    r = extract(text, doc_id="t", settings=Settings(publisher=publisher), published="2024-03-04")
    assert ([(p.name, p.country) for p in r.participants], r.location.name if r.location else None) == expected


def test_a_further_call_of_an_official_by_the_office_the_lead_gave_in_apposition():
    """OSCE, State: "The OSCE Chair-in-Office, Malta's Minister for Foreign Affairs Ian Borg, was received by ... /
    Earlier in the day, the Chair-in-Office spoke by telephone with the Minister of Foreign Affairs of Kyrgyzstan, X":
    the office of the apposition is the participant's, the official called takes part."""
    from communique.settings import Settings

    r = extract("DUSHANBE, 12 June 2024 - The OSCE Chair-in-Office, Malta's Minister for Foreign Affairs Ian Borg, was "
                "received today by the President of Tajikistan, Emomali Rahmon.\n\nThe Chair-in-Office thanked the "
                "President for his hospitality.\n\nEarlier in the day, the Chair-in-Office spoke by telephone with the "
                "Minister of Foreign Affairs of Kyrgyzstan, Jeenbek Kulubaev.", doc_id="t", settings=Settings(publisher="OSCE"))
    assert [p.name for p in r.participants] == ["Ian Borg", "Emomali Rahmon", "Jeenbek Kulubaev"]
    assert r.encounter == "other"  # a meeting and a call share no form
    assert r.statements[1].speaker == "Ian Borg"  # the chair's office is a name the text calls its holder by


def test_a_lead_whose_cue_is_its_second_encounter_after_a_first_with_its_own_official():
    """ANSA, wires: "X met Y in Rome and later spoke by phone with Z": two forms, the contract's `other`; the meeting's
    place stays the place."""
    r = extract("ROME, Nov 18 - Foreign Minister Antonio Tajani on Monday met Lebanese Prime Minister Najib Mikati in Rome "
                "and later spoke by phone with Israeli Foreign Minister Gideon Saar.", doc_id="t", published="2024-11-18")
    assert [p.name for p in r.participants] == ["Antonio Tajani", "Najib Mikati", "Gideon Saar"]
    assert (r.encounter, r.location.name if r.location else None) == ("other", "Rome")
    # ... the second's cue a noun after its own verb (Indonesia's Kemlu, Bernama)
    r = extract("Foreign Minister Retno Marsudi today received the Minister of Foreign Affairs of Palestine, Riyad "
                "al-Maliki, and later held a telephone conversation with the Minister of Foreign Affairs of Egypt, Sameh "
                "Shoukry.", doc_id="t", published="2023-11-06")
    assert ([p.name for p in r.participants], r.encounter) == (["Retno Marsudi", "Riyad al-Maliki", "Sameh Shoukry"], "other")


def test_one_named_label_the_title_gives_is_a_turn():
    """Armenia's MFA, Greece, Cyprus: "Foreign Minister X's remarks at the joint press conference with Y / X: Dear
    colleague, ...": a name-shaped label alone is a turn when the page's title names that speaker."""
    from communique.ingest.text import document_from_text

    doc = document_from_text("Foreign Minister Ararat Mirzoyan's remarks at the joint press conference with Foreign "
                             "Minister of Singapore Vivian Balakrishnan\n\n13 October, 2021\n\nArarat Mirzoyan: Dear colleague, ladies and gentlemen, I am delighted "
                             "to host Minister Vivian Balakrishnan in Yerevan.\n\nWe discussed trade and education.",
                             doc_id="t", title="Foreign Minister Ararat Mirzoyan's remarks at the joint press conference "
                             "with Foreign Minister of Singapore Vivian Balakrishnan")
    r = extract_document(doc)
    assert r.encounter == "press_remarks"
    assert sorted(p.name for p in r.participants) == ["Ararat Mirzoyan", "Vivian Balakrishnan"]
    assert [s.speaker for s in r.statements[2:]] == ["Ararat Mirzoyan", "Ararat Mirzoyan"]


def test_remarks_by_a_styled_author_at_joint_press_statements_are_theirs():
    """The Maldives, South Asian presidencies: "Remarks by His Excellency X, President of ..., at the Joint Press
    Statements with His Excellency Y" over a speech that opens by addressing Y ("Excellency Prime Minister Y, members of
    the media, ..."): the author speaks, not the one addressed."""
    r = extract("Remarks by His Excellency Mohamed Muizzu, President of the Republic of Maldives, at the Joint Press "
                "Statements with His Excellency Anura Kumara Dissanayake, President of Sri Lanka\n\nPresident's Office, "
                "Colombo, 2 May 2025\n\nExcellency President Dissanayake, members of the media, good afternoon.\n\n"
                "Let me begin by thanking you for the warm welcome.\n\nWe reviewed our cooperation in fisheries.",
                doc_id="t", published="2025-05-02")
    assert [s.speaker for s in r.statements[-3:]] == ["Mohamed Muizzu"] * 3


def test_officials_take_the_state_of_the_delegation_they_led():
    """State's dialogues and working groups: "Director General X, Narcotics Control Bureau, ..., led the Indian
    delegation", "Y and Assistant Secretary Z led the U.S. delegation": the delegation's state is theirs."""
    from communique.settings import Settings

    r = extract("On June 2, the United States and India virtually convened the third meeting of the Counterterrorism "
                "Working Group. Director General Arvind Rao, National Investigation Agency, Ministry of Home Affairs, led "
                "the Indian delegation. Coordinator for Counterterrorism Nathan Sales and Deputy Assistant Secretary "
                "Lisa Grant led the U.S. delegation.", doc_id="t", settings=Settings(publisher="USA"))
    assert {(p.name, p.country) for p in r.participants} >= {("Arvind Rao", "IND"), ("Nathan Sales", "USA"),
                                                            ("Lisa Grant", "USA")}


def test_a_summits_other_leaders_also_taking_part_take_part():
    """Kremlin: "Vladimir Putin took part in the summit ... / X, Y, and Z are also taking part in the meeting": the
    leaders listed are the other sides."""
    from communique.settings import Settings

    r = extract("Vladimir Putin took part in the summit of the Shanghai Cooperation Organisation, held via "
                "videoconference.\nPresident of Kazakhstan Kassym-Jomart Tokayev, Prime Minister of Pakistan Shehbaz "
                "Sharif, and President of Uzbekistan Shavkat Mirziyoyev are also taking part in the meeting.",
                doc_id="t", settings=Settings(publisher="RUS"))
    assert [(p.name, p.country) for p in r.participants] == [
        ("Vladimir Putin", "RUS"), ("Kassym-Jomart Tokayev", "KAZ"), ("Shehbaz Sharif", "PAK"),
        ("Shavkat Mirziyoyev", "UZB")]


def test_the_other_side_named_only_among_the_attendees_takes_part():
    """ "Vladimir Putin met with the heads of delegations ... Among the participants were ...": a group met, its members
    named after; then who else attended, of any side (Kremlin, Gulf agencies)."""
    r = extract("Vladimir Putin met with the heads of delegations taking part in a meeting of BRICS security advisers.\n"
                "Among the participants were National Security Advisor of India Ajit Doval and Minister of State Security "
                "of China Chen Yixin.\nThe meeting was also attended by Secretary of the Security Council of Russia "
                "Sergei Shoigu.", doc_id="t", settings=Settings(publisher="RUS"))
    assert [(p.name, p.country) for p in r.participants] == [("Vladimir Putin", "RUS"), ("Ajit Doval", "IND"),
                                                            ("Chen Yixin", "CHN"), ("Sergei Shoigu", "RUS")]


@pytest.mark.parametrize("text, participants, speakers", [
    # a minister's day: each further encounter's official takes part, its announcement is narration, and its subject
    # goes on after it (Mexico's SRE, SPA, wires)
    ("Foreign Secretary Juan Ramón de la Fuente received Canadian Minister of Foreign Affairs Mélanie Joly today. "
     "Secretary de la Fuente underscored that Mexico is committed to dialogue. In the afternoon, the Foreign Secretary "
     "held a phone call with Guatemalan Foreign Minister Carlos Ramiro Martínez. He thanked Guatemala for its support.",
     ["Juan Ramón de la Fuente", "Mélanie Joly", "Carlos Ramiro Martínez"],
     [None, "Juan Ramón de la Fuente", None, "Juan Ramón de la Fuente"]),
    ("His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received a "
     "phone call today from President Donald J. Trump of the United States of America. His Royal Highness said the "
     "Kingdom intends to expand its investments. His Royal Highness the Crown Prince also received a phone call from "
     "President Emmanuel Macron of the French Republic. President Macron affirmed France's support for the Kingdom.",
     ["Mohammed bin Salman bin Abdulaziz Al Saud", "Donald J. Trump", "Emmanuel Macron"],
     [None, "Mohammed bin Salman bin Abdulaziz Al Saud", None, "Emmanuel Macron"]),
    ("U.S. President Joe Biden met Israeli President Isaac Herzog at the White House on Tuesday. Herzog thanked Biden for "
     "his support. Herzog, whose role is largely ceremonial, also met Secretary of State Antony Blinken.",
     ["Joe Biden", "Isaac Herzog", "Antony Blinken"], [None, "Isaac Herzog", None]),
    ("President Kassym-Jomart Tokayev held talks with President Shavkat Mirziyoyev. Tokayev also had a meeting with "
     "Foreign Minister of Hungary Peter Szijjarto and thanked him for Hungary's support.",
     ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Peter Szijjarto"], [None, BOTH]),
    # the guest received by a further host, in the passive (Latin American ministries, Gulf agencies)
    ("The Minister of Foreign Affairs, Javier Martínez-Acha, held a working meeting today with the Secretary of State of "
     "the United States, Marco Rubio. Minister Martínez-Acha stressed Panama's sovereignty over the Canal. Later, "
     "Secretary Rubio was received by President José Raúl Mulino at the Palacio de las Garzas.",
     ["Javier Martínez-Acha", "Marco Rubio", "José Raúl Mulino"], [None, "Javier Martínez-Acha", None]),
])
def test_a_release_of_several_encounters(text, participants, speakers):
    """The announcement of a further encounter is narration, unless it goes on to tell an act of theirs."""
    r = extract(text, doc_id="t", published="2025-02-05")
    assert [p.name for p in r.participants] == participants
    assert [s.speaker for s in r.statements] == speakers


@pytest.mark.parametrize("text, expected", [
    # the envoys listed after the lead, by office and name or by name and state in brackets (Ghana, Kremlin, Ukraine)
    ("President Nana Akufo-Addo on Tuesday received the letters of credence of three newly accredited envoys at the "
     "Jubilee House in Accra. They are H.E. Mr. Jan Novak, Ambassador of the Czech Republic; H.E. Mrs. Amina Bello, High "
     "Commissioner of the Federal Republic of Nigeria; and H.E. Dr. Dawit Alemu, Ambassador of Ethiopia.",
     [("Nana Akufo-Addo", "GHA"), ("Jan Novak", "CZE"), ("Amina Bello", "NGA"), ("Dawit Alemu", "ETH")]),
    ("Vladimir Putin received letters of credence from newly arrived foreign ambassadors.\nLetters of credence were "
     "presented to the President of Russia by Pedro de Souza Lima (Federative Republic of Brazil), Nguyen Van Thao "
     "(Socialist Republic of Vietnam) and Anna Berg (Kingdom of Sweden).",
     [("Vladimir Putin", "RUS"), ("Pedro de Souza Lima", "BRA"), ("Nguyen Van Thao", "VNM"), ("Anna Berg", "SWE")]),
    # ... an envoy of the roster met again below by office and name alone keeps the roster's state (Kyrgyzstan, Akorda)
    ("President Sadyr Japarov received the credentials of newly appointed ambassadors in Bishkek.\nThe credentials were "
     "presented by Ambassador of Japan Kenji Sato and Ambassador of Qatar Ali Al-Marri.\nDuring the subsequent "
     "conversation with Ambassador Kenji Sato, the President thanked Japan for its assistance.",
     [("Sadyr Japarov", "KGZ"), ("Kenji Sato", "JPN"), ("Ali Al-Marri", "QAT")]),
])
def test_the_envoys_of_a_credentials_ceremony_take_part(text, expected):
    r = extract(text, doc_id="t", published="2024-03-05")
    assert [(p.name, p.country) for p in r.participants] == expected
    assert r.statements[1].speaker is None  # the roster is nobody's words


def test_the_envoys_of_a_credentials_ceremony_named_as_each_speaks_take_part():
    """Nigeria's and Ghana's presidencies, Gulf agencies: no roster, each envoy the subject of what they said."""
    r = extract("President Bola Ahmed Tinubu on Thursday received Letters of Credence from the Ambassadors of Japan, Spain "
                "and Brazil.\nThe Japanese Ambassador, Mr Matsunaga Kazuyoshi, conveyed the greetings of his Prime "
                "Minister.\nSpain's Ambassador, Mr Juan Ignacio Sell, expressed interest in renewable energy.\nThe President "
                "thanked the envoys and the Brazilian Ambassador, Mr Francisco Luz, for their words.", doc_id="t",
                published="2023-11-24")
    assert [(p.name, p.country) for p in r.participants] == [("Bola Ahmed Tinubu", "NGA"), ("Matsunaga Kazuyoshi", "JPN"),
                                                            ("Juan Ignacio Sell", "ESP")]
    assert [s.speaker for s in r.statements][1:3] == ["Matsunaga Kazuyoshi", "Juan Ignacio Sell"]


def test_credentials_in_other_senses_bring_no_envoys():
    r = extract("President William Ruto held talks with Indian Minister of Commerce Piyush Goyal, stressing Kenya's "
                "credentials as a regional hub.\nThe proposals were presented by Trade Cabinet Secretary Rebecca Miano.",
                doc_id="t", published="2024-03-05")
    assert [p.name for p in r.participants] == ["William Ruto", "Piyush Goyal"]


@pytest.mark.parametrize("publisher, text, expected", [
    # a government's own meeting: a portfolio left without its state is the publisher's, whatever states its holder
    # speaks of (Kremlin, Ukraine's presidency, White House)
    ("RUS", "Vladimir Putin held a working meeting with Minister of Transport Vitaly Savelyev.\nVitaly Savelyev said "
     "that freight traffic to China had grown by a fifth and that new routes to India were being opened.",
     [("Vladimir Putin", "RUS"), ("Vitaly Savelyev", "RUS")]),
    ("UKR", "The President held a meeting with the Head of the Mykolaiv Regional Military Administration Vitaliy Kim."
     "\nVitaliy Kim reported that Russian shelling of the city had continued overnight and that Russia had targeted "
     "the port.", [("Volodymyr Zelenskyy", "UKR"), ("Vitaliy Kim", "UKR")]),
    # the lead's counterpart with a portfolio, whose own words name their state first: theirs (State)
    ("USA", "Secretary of State Antony J. Blinken met with Minister of Economy, Trade and Industry Yasutoshi Nishimura in "
     "Washington today.\nMinister Nishimura said Japan will expand its investment in the United States.",
     [("Antony J. Blinken", "USA"), ("Yasutoshi Nishimura", "JPN")]),
    # another state in the lead: its officials may be the ones left without a state (White House, State)
    ("USA", "National Security Advisor Jake Sullivan spoke today with Emma Aparici, Chief Diplomatic Advisor to the "
     "Prime Minister of Spain.\nMs. Aparici said that Spain would keep hosting U.S. forces at Rota.",
     [("Jake Sullivan", "USA"), ("Emma Aparici", "ESP")]),
])
def test_an_official_left_without_a_state_in_a_governments_own_meeting(publisher, text, expected):
    r = extract(text, doc_id="t", published="2023-05-04", settings=Settings(publisher=publisher))
    assert [(p.name, p.country) for p in r.participants] == expected


@pytest.mark.parametrize("text, name, country", [
    # an ambassador's "to" is their post, not their state (White House, State)
    ("The President met with U.S. Ambassador to Japan Rahm Emanuel and Prime Minister Kishida.", "Rahm Emanuel", "USA"),
    ("Secretary Blinken met Ambassador to Germany Amy Gutmann and Chancellor Scholz in Berlin.", "Amy Gutmann", None),
    ("Secretary Blinken met Special Envoy to Sudan Tom Perriello in Nairobi.", "Tom Perriello", None),
    # an adviser's "to" names whom they serve, of their own state
    ("Mr. Sullivan spoke with Jens Plötner, Foreign Policy Adviser to the Chancellor of Germany.", "Jens Plötner", "DEU"),
    # the encounter's place before the official's state is no state of theirs (Egypt's presidency, Gulf agencies)
    ("President Abdel Fattah El-Sisi received today in Cairo U.S. Secretary of State Antony Blinken.", "Antony Blinken",
     "USA"),
])
def test_the_state_of_an_ambassador_and_an_adviser(text, name, country):
    assert {m.name.of(text): m.country for m in find_mentions(text, 0, len(text))}[name] == country


def test_the_publishers_office_as_the_subject_after_a_speaking_clause_is_the_host():
    """Kenya's and Nigeria's State House: "Speaking when he hosted a Somali delegation led by Prime Minister X at State
    House, Nairobi, on Saturday, the President said ...": the President is the publisher's."""
    r = extract("President Ruto hosts Somali delegation\nSaturday, 8th November 2025\nSpeaking when he hosted a Somali "
                "delegation led by Prime Minister Hamza Abdi Barre at State House, Nairobi, on Saturday, the President "
                "said peace in Somalia is critical.", doc_id="t", settings=Settings(publisher="KEN"))
    assert [(p.country, p.title) for p in r.participants] == [("KEN", "President"), ("SOM", "Prime Minister")]


def test_two_offices_of_one_official_make_one_participant():
    """Turkmenistan's MFA: "the Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs of Turkmenistan
    Rashid Meredov held a meeting with ...": the first office, named alone, is no second official of the publisher."""
    r = extract("On 4 December 2023, the Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs of "
                "Turkmenistan Rashid Meredov held a meeting with the Minister of Foreign Affairs of the Islamic Republic of "
                "Iran Hossein Amir-Abdollahian.\nThe Turkmen side welcomed the guest.", doc_id="t",
                settings=Settings(publisher="TKM"))
    assert [(p.name, p.country) for p in r.participants] == [("Rashid Meredov", "TKM"),
                                                            ("Hossein Amir-Abdollahian", "IRN")]
    assert r.statements[-1].speaker == "Rashid Meredov"


def test_two_offices_of_one_official_make_one_participant_when_the_dictionary_names_the_first():
    """The DRC's presidency: "The President of the Republic, Head of State, Félix-Antoine Tshisekedi Tshilombo, had ...":
    the first office, which `leaders.tsv` could name on its own, is the named official's, not a second participant."""
    r = extract("Kinshasa, Wednesday 7 June 2023 – The President of the Republic, Head of State, Félix-Antoine Tshisekedi "
                "Tshilombo, had this Wednesday a telephone conversation with his Angolan counterpart João Lourenço.",
                doc_id="t", published="2023-06-07", settings=Settings(publisher="COD"))
    assert [(p.name, p.country) for p in r.participants] == [("Félix-Antoine Tshisekedi Tshilombo", "COD"),
                                                            ("João Lourenço", "AGO")]


def test_a_surname_after_the_main_clause_is_no_lead_subject():
    """The clause that says who reported the encounter comes after the lead's own subject and verb (review)."""
    r = extract("Secretary of State Antony Blinken welcomed the talks.\nIn Ottawa, Deputy Secretary Kurt Campbell met "
                "Foreign Minister Mélanie Joly on Tuesday, Blinken said in a statement.", doc_id="t",
                settings=Settings(publisher="USA"))
    assert [(p.name, p.country) for p in r.participants] == [("Kurt Campbell", "USA"), ("Mélanie Joly", "CAN")]


@pytest.mark.parametrize("lead", [
    "While in Colombia, Doerr met with President Gustavo Petro.",
    # an opening phrase that holds a portfolio's commas (Petra, Gulf agencies)
    "Speaking at a joint press conference with Minister of Foreign Affairs, Peace and Cooperation Gustavo Petro, Doerr "
    "said the peace process must go on.",
    # a long opening phrase whose place is followed by its region (Ukraine's presidency)
    "Speaking with the media following the meeting with President Gustavo Petro at the Casa de Nariño presidential "
    "palace in the historic centre of the capital city of Bogotá, Cundinamarca department, Doerr thanked him for the "
    "talks.",
])
def test_a_surname_opening_the_lead_is_the_official_titled_above_it(lead):
    """ "Principal Deputy National Security Advisor Jon Finer traveled to Colombia ... While in Colombia, Finer met
    with President Petro" (White House, State): the traveller takes part, with their title."""
    r = extract("On April 25, Special Envoy Jane Doerr traveled to Colombia to lead the U.S. delegation.\n" + lead +
                "\nDoerr stressed support for the peace process.", doc_id="t", settings=Settings(publisher="USA"))
    assert [(p.name, p.country) for p in r.participants] == [("Jane Doerr", "USA"), ("Gustavo Petro", "COL")]
    assert r.participants[0].title == "Special Envoy"
    assert r.statements[-1].speaker == "Jane Doerr"


@pytest.mark.parametrize("publisher, text", [
    ("CZE", "Prague Castle, 24 April 2025 – President of the Republic Petr Pavel today welcomed the President of the "
            "Republic of Latvia, Edgars Rinkēvičs, who is in the Czech Republic on an official visit.\nFollowing the "
            "official welcoming ceremony, the two presidents held a tête-à-tête meeting.\nPresident Pavel thanked "
            "his Latvian counterpart."),
    ("SVK", "Prime Minister Robert Fico welcomed Prime Minister of Croatia Andrej Plenković in Bratislava today.\nThey "
            "then held talks on energy.\nPrime Minister Fico thanked his Croatian counterpart."),
    # a wire's lede of what the two decided, the lead what they said at the encounter (KNA, wires)
    ("KEN", "President Uhuru Kenyatta and his Tanzanian counterpart Samia Suluhu Hassan have directed their officials to "
            "resolve all trade barriers.\nSpeaking on Tuesday during a joint press briefing at State House, Nairobi, the "
            "two leaders said the time had come to exploit their partnership.\nPresident Kenyatta said Tanzania is a "
            "natural partner."),
    # capitalised as a formal communiqué writes it, the offices in full with their states (West African ministries, Japan's
    # and Korea's MOFAs)
    ("GIN", "At the invitation of the Minister of Foreign Affairs, African Integration and Guineans Abroad of the Republic "
            "of Guinea, Dr. Morissanda Kouyaté, the Minister of Foreign Affairs of the Republic of Sierra Leone, Ambassador "
            "Timothy Musa Kabba, paid a working visit to Conakry on 20 February 2024.\nThe two Ministers held talks in a "
            "warm atmosphere.\nMinister Kouyaté thanked his counterpart for the visit."),
])
def test_a_lead_of_the_two_presidents_takes_the_officials_the_sentence_above_names(publisher, text):
    """Czechia, Slovakia, Kremlin, Gulf agencies: the first sentence says who came, the lead what "the two presidents"
    held; the lead names no one, so its parties are the officials above it."""
    r = extract(text, doc_id="t", settings=Settings(publisher=publisher))
    assert len(r.participants) == 2 and r.statements[-1].speaker == r.participants[0].name


@pytest.mark.parametrize("text, delegation, hosts", [
    ("On May 4, a high-level U.S. delegation – led by Deputy Secretary of State Kurt Campbell and Assistant Secretary of "
     "State Daniel Kritenbrink – visited Suva, Fiji. The delegation met for an hour with Prime Minister Sitiveni Rabuka.",
     ["Kurt Campbell", "Daniel Kritenbrink"], ["Sitiveni Rabuka"]),
    ("Under Secretary of State Victoria Nuland and an interagency delegation visited Paraguay from June 27-30. The "
     "delegation met with Paraguayan President Mario Abdo Benitez.", ["Victoria Nuland"], ["Mario Abdo Benitez"]),
    # the traveller and those who went with them; the delegation's further encounter in the same paragraph
    ("Assistant Secretary of State Brian A. Nichols traveled to Haiti on October 1. He was accompanied by Deputy Assistant "
     "Secretary of State Mark Wells.\nAs part of the U.S. engagement, the delegation met with representatives of civil "
     "society. The delegation also met with Prime Minister Ariel Henry of Haiti.",
     ["Brian A. Nichols", "Mark Wells"], ["Ariel Henry"]),
])
def test_the_delegation_a_lead_names_is_the_officials_above_who_made_it_up(text, delegation, hosts):
    """White House, State: "The delegation met with Prime Minister Y" under the sentence that says who made it up ("a
    U.S. delegation – led by A and B – visited ...", "X and an interagency delegation visited ...", "X traveled ... He
    was accompanied by Y"): those officials take part, of the publisher's side."""
    r = extract(text, doc_id="t", settings=Settings(publisher="USA"))
    assert [p.name for p in r.participants] == delegation + hosts
    assert r.participants[0].country == "USA"


@pytest.mark.parametrize("publisher, text, title", [
    ("JPN", "Foreign Minister Iwaya Takeshi held a telephone call with his Chinese counterpart Wang Yi.\nThe Chinese "
            "Foreign Minister said China is ready to work with Japan.", "Foreign Minister"),
    # another official of the state, named or of another kind, is no counterpart's office
    ("ARG", "The Minister of Foreign Affairs, Gerardo Werthein, received his Paraguayan counterpart, Rubén Ramírez "
            "Lezcano.\nRamírez Lezcano conveyed the greetings of the Paraguayan President.", "counterpart"),
    ("ARG", "The Minister of Foreign Affairs, Gerardo Werthein, received his Paraguayan counterpart, Rubén Ramírez "
            "Lezcano.\nRamírez Lezcano conveyed the greetings of Paraguayan Foreign Minister Juan Pérez.", "counterpart"),
])
def test_a_counterpart_holds_the_office_the_text_gives_their_state(publisher, text, title):
    r = extract(text, doc_id="t", settings=Settings(publisher=publisher))
    assert r.participants[1].title == title


def test_a_counterparts_office_in_the_headline_alone_has_no_span_in_the_text():
    doc = Document("t", "Foreign Minister Gerardo Werthein received his Paraguayan counterpart, Rubén Ramírez Lezcano.",
                   title="Foreign Minister Werthein held a bilateral meeting with the Foreign Minister of Paraguay")
    guest = extract_document(doc).participants[1]
    assert (guest.title, guest.title_span, guest.country) == ("Foreign Minister", None, "PRY")


@pytest.mark.parametrize("publisher, text, encounter, participants", [
    ("ZAF", "SA and Angola sign agreements\nTuesday, 21 January 2025\nPresident Cyril Ramaphosa says South Africa and "
            "Angola have agreed to deepen cooperation.\nRamaphosa was speaking after holding bilateral talks with his "
            "Angolan counterpart João Lourenço at the Union Buildings in Pretoria.\nLourenço said Angola wants more trade.",
     "talks", [("Cyril Ramaphosa", "ZAF"), ("João Lourenço", "AGO")]),
    ("KEN", "President Ruto hosts Ethiopian Prime Minister\nTuesday, 11 March 2025\nPresident William Ruto has said "
            "Kenya and Ethiopia will complete the LAPSSET corridor.\nHe said the road will be upgraded.\nSpeaking at "
            "State House, Nairobi, when he hosted Ethiopian Prime Minister Abiy Ahmed, President Ruto said the region "
            "must integrate.", "meeting", [("Abiy Ahmed", "ETH"), ("William Ruto", "KEN")]),
])
def test_a_body_that_opens_with_what_was_said_tells_the_encounter_next(publisher, text, encounter, participants):
    """SABC, Kenya's and Nigeria's State House, wires: the opening sentence says what an official said; the next ones
    tell the talks, naming the official by surname, whom the text names in full above."""
    r = extract(text, doc_id="t", settings=Settings(publisher=publisher))
    assert r.encounter == encounter and sorted((p.name, p.country) for p in r.participants) == sorted(participants)


def test_the_opening_line_above_a_lead_that_tells_who_came_is_nobodys():
    thanked = extract("President Petr Pavel thanked President of Latvia Edgars Rinkēvičs, who arrived in Prague on "
                      "Sunday, for Latvia's support.\nFollowing the welcoming ceremony, the two presidents held a "
                      "tête-à-tête meeting.", doc_id="t", settings=Settings(publisher="CZE"))
    assert thanked.statements[0].speaker == "Petr Pavel"  # an act of the main clause's subject: his
    r = extract("Prague Castle, 24 April 2025 – President Petr Pavel today welcomed the President of Latvia, Edgars "
                "Rinkēvičs, who is on an official visit.\nFollowing the welcoming ceremony, the two presidents held a "
                "tête-à-tête meeting.\nPresident Pavel thanked his Latvian counterpart.", doc_id="t",
                settings=Settings(publisher="CZE"))
    assert [s.speaker for s in r.statements] == [None, None, "Petr Pavel"]


def test_a_dateline_that_is_a_venue_names_its_city():
    r = extract("President Pavel received the President of Latvia\nPrague Castle, 24 April 2025 – President of the "
                "Republic Petr Pavel today met with the President of the Republic of Latvia, Edgars Rinkēvičs.",
                doc_id="t", settings=Settings(publisher="CZE"))
    assert (r.location.name, r.location.country, r.text[r.location.span.start:r.location.span.end]) == \
        ("Prague", "CZE", "Prague Castle")


def test_a_visits_lead_by_the_travellers_office_abbreviated_takes_the_traveller_above():
    """India's MEA: "EAM paid a visit ... During the visit, EAM called on ... and conveyed the warm greetings of Prime
    Minister Shri X. EAM also met ...": the traveller and each official met take part; the greeting's sender not."""
    r = extract("External Affairs Minister Dr. S. Jaishankar paid an official visit to Saudi Arabia.\nDuring the visit, "
                "EAM called on His Royal Highness Prince Mohammed bin Salman, Crown Prince and Prime Minister of Saudi "
                "Arabia, in Riyadh and conveyed the warm greetings of Prime Minister Shri Narendra Modi.\nEAM also met "
                "His Highness Prince Faisal bin Farhan Al Saud, Minister of Foreign Affairs of Saudi Arabia.",
                doc_id="t", settings=Settings(publisher="IND"))
    assert [p.name for p in r.participants] == ["S. Jaishankar", "Mohammed bin Salman", "Faisal bin Farhan Al Saud"]
    governor = extract("Governor of the Rostov Region Vasily Golubev addressed the President with a request.\nThe "
                       "President had a telephone conversation with the Acting Emergency Situations Minister.", doc_id="t",
                       settings=Settings(publisher="RUS"))
    assert "Vasily Golubev" not in [p.name for p in governor.participants]  # another office than the lead's subject


def test_a_trips_meetings_told_place_by_place_by_the_travellers_surname():
    """New Zealand, the UK, the White House: "X has concluded a visit to ... In Nuku'alofa, Mr Peters met ... In Suva, Mr
    Peters met ...": the traveller takes part, every official met too, none of them the publisher's: each the state's
    where they were met (the encounter's place, Nuku'alofa, gives Tonga's Prime Minister his state)."""
    r = extract("Foreign Minister Winston Peters has concluded a visit to Fiji and Tonga.\nIn Nuku'alofa, Mr Peters met "
                "Prime Minister Aisake Eke.\nIn Suva, Mr Peters met Prime Minister Sitiveni Rabuka.\nMr Peters said New "
                "Zealand would increase its support.", doc_id="t", settings=Settings(publisher="NZL"))
    assert [(p.name, p.country) for p in r.participants] == [("Winston Peters", "NZL"), ("Aisake Eke", "TON"),
                                                            ("Sitiveni Rabuka", "FJI")]
    assert r.statements[-1].speaker == "Winston Peters"


@pytest.mark.parametrize("further", [
    "The Foreign Minister also held talks with Serbian Foreign Minister Marko Đurić.",
    "The foreign minister also held talks with Serbian Foreign Minister Marko Đurić.",  # wire copy's lower case
    "Later, Szijjártó met with Serbian Foreign Minister Marko Đurić.",
    # an opening that tells of another time, the office with its state, no "also" (Georgia, Bangladesh, Kremlin)
    "On the same day, the Foreign Minister of Hungary met with the Minister of Foreign Affairs of Serbia Marko Đurić.",
    "Later in the day, the Minister called on Serbian Foreign Minister Marko Đurić.",
    # a time opening without its comma, a visit's (Czechia, Estonia, Nordic and Baltic ministries)
    "In the afternoon the Minister spoke with Serbian Foreign Minister Marko Đurić.",
    "During the visit, Minister Szijjártó also met with Serbian Foreign Minister Marko Đurić.",
])
def test_a_further_encounter_of_a_participant_brings_its_counterpart(further):
    """Hungary, Thailand, Mexico, State: "The foreign minister also held talks with X": a participant, by office,
    surname or pronoun, meets someone else in the same release; that one takes part too and speaks by surname."""
    r = extract("Minister of Foreign Affairs and Trade Péter Szijjártó held talks with Serbian President Aleksandar "
                f"Vučić in Belgrade on Monday.\nPresident Vučić said the pipeline is of strategic importance.\n{further}\n"
                "Mr Đurić thanked Hungary for its support.", doc_id="t", settings=Settings(publisher="HUN"))
    assert [p.name for p in r.participants] == ["Péter Szijjártó", "Aleksandar Vučić", "Marko Đurić"]
    assert r.statements[-1].speaker == "Marko Đurić"


@pytest.mark.parametrize("further", [
    # a deputy of the participant's office, or another state's holder of it, meets someone else: not the participant's
    # further encounter (Georgia, State)
    "On the same day, the Deputy Foreign Minister of Hungary met with the Ambassador of Japan Akira Imamura.",
    "Later in the day, the Foreign Minister of Austria met with the Ambassador of Japan Akira Imamura.",
])
def test_another_officials_further_encounter_brings_no_counterpart(further):
    r = extract("Minister of Foreign Affairs and Trade Péter Szijjártó held talks with Serbian President Aleksandar "
                f"Vučić in Belgrade on Monday.\n{further}", doc_id="t", settings=Settings(publisher="HUN"))
    assert [p.name for p in r.participants] == ["Péter Szijjártó", "Aleksandar Vučić"]


@pytest.mark.parametrize("office, expected", [
    # another office the text gives the participant before their surname (OSCE, State, Iceland) ...
    ("Chair-in-Office", ["Joseph Camilleri", "Ana Petrescu", "Ion Rusu"]),
    # ... and not one it never gives them
    ("Special Representative", ["Joseph Camilleri", "Ana Petrescu"]),
])
def test_a_further_encounter_by_another_office_of_a_participant(office, expected):
    r = extract("CHISINAU, 5 May 2024 – The OSCE Chair-in-Office, Malta's Minister for Foreign Affairs, Joseph Camilleri, "
                "met President Ana Petrescu in Chisinau today.\nChair-in-Office Camilleri reaffirmed the OSCE's support "
                f"for the settlement process.\nDuring his visit, the {office} also met Deputy Prime Minister for "
                "Reintegration Ion Rusu.", doc_id="t", settings=Settings(publisher="OSCE"))
    assert [p.name for p in r.participants] == expected


@pytest.mark.parametrize("text, publisher, expected", [
    # the office as the lead gives it (India, Nepal)
    ("Foreign Secretary Amrit Bahadur Rai held talks with Indian Foreign Secretary Vikram Misri in Kathmandu today.\n"
     "Similarly, Foreign Secretary Misri also paid a courtesy call on Prime Minister K P Sharma Oli.", "NPL",
     ["Amrit Bahadur Rai", "Vikram Misri", "K P Sharma Oli"]),
    # the head word of a longer office, the surname in capitals in the lead (Japan's MOFA, State)
    ("On May 3, Ms. TANAKA Emi, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Jorge Alves, Minister "
     "of Foreign Affairs of the Portuguese Republic.\n1. Minister Tanaka welcomed the visit.\n2. On the same day, Minister "
     "Tanaka also met H.E. Mr. Luis Ortega, Minister of Foreign Affairs of the Republic of Chile.",
     "JPN", ["TANAKA Emi", "Jorge Alves", "Luis Ortega"]),
])
def test_a_further_encounter_whose_subject_is_named_by_office_and_surname(text, publisher, expected):
    """"Similarly, Foreign Secretary Misri also paid a courtesy call on ...", "Minister Tanaka also
    met ...": a participant by an office word and their surname opens another encounter."""
    r = extract(text, doc_id="t", settings=Settings(publisher=publisher))
    assert [p.name for p in r.participants] == expected


@pytest.mark.parametrize("first, second", [
    # each call of a round-up opened by the call alone, its medium given by the lead, after a linking word or not
    # (Indonesia's Kemlu, Yonhap, wires)
    ("In her conversation with Saudi Foreign Minister Faisal bin Farhan, both ministers stressed the need for a ceasefire.",
     "Meanwhile, in the call with Jordanian Foreign Minister Ayman Safadi, the two ministers discussed aid to Gaza."),
    ("During the call with Saudi Foreign Minister Faisal bin Farhan, both ministers stressed the need for a ceasefire.",
     "In a separate phone call with Jordanian Foreign Minister Ayman Safadi, the two ministers discussed aid to Gaza."),
])
def test_a_round_up_of_calls_with_counterparts_named_below_the_lead(first, second):
    r = extract("Foreign Minister Sugiono on Tuesday held telephone conversations with his counterparts from Saudi Arabia "
                f"and Jordan.\n\n{first}\n\n{second}", doc_id="t", settings=Settings(publisher="IDN"))
    assert r.encounter == "phone_call"
    assert [(p.name, p.country) for p in r.participants] == [("Sugiono", "IDN"), ("Faisal bin Farhan", "SAU"),
                                                            ("Ayman Safadi", "JOR")]


def test_a_round_up_of_meetings_told_by_the_family_name_with_its_article():
    """BNA, KUNA, SPA: "Dr. Al Zayani met X ... Dr. Al Zayani also met Y ... further met Z" under a lead of a series
    of meetings with unnamed counterparts: the family name with its article is the lead's official, each official met
    takes part and speaks by surname."""
    r = extract("Manama, Oct. 2 (BNA) -- Foreign Minister Dr. Abdullatif bin Rashid Al Zayani held a series of meetings "
                "with his counterparts on the sidelines of the ministerial meeting in Brussels.\n\nDr. Al Zayani met "
                "Greek Foreign Minister Giorgos Gerapetritis. The two ministers reviewed bilateral relations.\n\nDr. Al "
                "Zayani also met Polish Foreign Minister Radosław Sikorski.\n\nDr. Al Zayani further met Irish Foreign "
                "Minister Micheál Martin. Mr. Martin praised Bahrain's efforts for regional stability.",
                doc_id="t", settings=Settings(publisher="BHR"))
    assert [(p.name, p.country) for p in r.participants] == [
        ("Abdullatif bin Rashid Al Zayani", "BHR"), ("Giorgos Gerapetritis", "GRC"), ("Radosław Sikorski", "POL"),
        ("Micheál Martin", "IRL")]
    assert r.statements[-1].speaker == "Micheál Martin"


def test_the_first_official_of_a_further_exchange_of_messages_is_the_publishers():
    """Sri Lanka's, Bangladesh's MFA: "Foreign Minister X and Minister for Foreign Affairs of Japan Y also exchanged
    messages": the official the text gives no state, beside another state's, is the publisher's own."""
    r = extract("President Gotabaya Rajapaksa and Prime Minister of Japan Fumio Kishida exchanged congratulatory messages "
                "today on the 70th anniversary of diplomatic relations.\n\nForeign Minister Prof. G.L. Peiris and "
                "Minister for Foreign Affairs of Japan Hayashi Yoshimasa also exchanged messages on the occasion.",
                doc_id="t", settings=Settings(publisher="LKA"))
    assert [(p.name, p.country) for p in r.participants][2:] == [("G.L. Peiris", "LKA"), ("Hayashi Yoshimasa", "JPN")]


def test_a_further_meeting_told_by_the_name_up_to_its_patronymic():
    """WAM, SPA, QNA: the lead's "H.H. Sheikh Abdullah bin Zayed Al Nahyan" is "H.H. Sheikh Abdullah bin Zayed" when
    a later paragraph tells a further meeting of the release: its guest takes part, and the release is `other`."""
    r = extract("ABU DHABI, 14th May, 2024 (WAM) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and "
                "Minister of Foreign Affairs, received a phone call from Lord David Cameron, Foreign Secretary of the "
                "United Kingdom.\n\nDuring the call, the two sides discussed the situation in Gaza.\n\nSeparately, H.H. "
                "Sheikh Abdullah bin Zayed received Jeenbek Kulubaev, Minister of Foreign Affairs of the Kyrgyz Republic, "
                "who is visiting the country.", doc_id="t", settings=Settings(publisher="ARE"))
    assert [(p.name, p.country) for p in r.participants][2:] == [("Jeenbek Kulubaev", "KGZ")]
    assert r.encounter == "other"


@pytest.mark.parametrize("sentence, speaker", [
    # a group that speaks as one: its head, or the first of its state; the host with it, both (Ukraine, WAM, State)
    ("The senators assured that support for Ukraine in Congress remains strong.", "Jack Reed"),
    ("The American delegation also expressed support for Ukraine's EU membership.", "Jack Reed"),
    ("The President and the delegation discussed the use of frozen Russian assets.", BOTH),
    ("President Zelenskyy and the US delegation discussed air defence.", BOTH),
    # a group none of whom takes part says nothing of a participant's
    ("The ambassadors conveyed their appreciation for Ukraine's resilience.", None),
    # who the group was is no one's words
    ("The delegation included Senator Tammy Duckworth.", None),
    # a side: its first participant; a side none of whom takes part, nobody (EU, Laos, China, Japan)
    ("The American side reiterated its support for Ukraine's reconstruction.", "Jack Reed"),
    ("The Ukrainian side briefed the guests on the front.", "Zelenskyy"),
    ("The Polish side was not represented.", None),
])
def test_a_group_speaks_by_its_head(sentence, speaker):
    r = extract("President Zelenskyy met in Kyiv with a delegation of the US Congress led by Senator Jack Reed.\n"
                "Volodymyr Zelenskyy informed the senators about the situation at the front.\n" + sentence, doc_id="t",
                settings=Settings(publisher="UKR"))
    assert r.statements[-1].speaker == speaker


@pytest.mark.parametrize("publisher, text, attendees", [
    # whose delegation "The delegation" is: its head's, not the side that "headed the talks with" it (Ukraine)
    ("UKR", "Prime Minister Denys Shmyhal headed the talks with the delegation of the US Congress led by Senator Jack Reed.\n"
     "The delegation also included Senator Tammy Duckworth.", [("Tammy Duckworth", "USA")]),
    # a head of delegation after their rank ("led by General X") is of the state that sent it (Gulf agencies, State)
    ("SAU", "The Crown Prince received a Pakistani delegation led by General Asim Munir, Chief of Army Staff.\nThe meeting "
     "was attended by Minister of Defence Prince Khalid bin Salman.", [("Khalid bin Salman", "SAU")]),
])
def test_whose_delegation_its_members_are(publisher, text, attendees):
    r = extract(text, doc_id="t", settings=Settings(publisher=publisher))
    assert [(p.name, p.country) for p in r.participants][-len(attendees):] == attendees
    assert all(p.country == "PAK" for p in r.participants if p.name == "Asim Munir")


@pytest.mark.parametrize("publisher, text", [
    ("LAO", "Vientiane, November 21 (KPL) – The first round of political consultations between the Ministries of Foreign "
     "Affairs of Laos and Kazakhstan took place in Vientiane on November 20, 2024.\nThe Lao delegation was led by Deputy "
     "Minister of Foreign Affairs Phoxay Khaykhamphithoune, while the Kazakh delegation was headed by Deputy Minister of "
     "Foreign Affairs Alibek Bakayev.\nThe Kazakh side proposed to open direct air links."),
    ("ARM", "On 20 November 2024, political consultations between the Ministries of Foreign Affairs of Armenia and "
     "Kazakhstan took place in Vientiane.\nThe Lao delegation was led by Deputy Minister of Foreign Affairs Phoxay "
     "Khaykhamphithoune, and the Kazakh delegation by Deputy Minister of Foreign Affairs Alibek Bakayev.\nThe Kazakh side "
     "proposed to open direct air links."),
])
def test_an_encounter_told_in_the_passive_and_its_delegations_heads(publisher, text):
    """KPL, Armenia's and Bangladesh's ministries: "consultations between A and B took place in City"; each head is of the
    delegation they lead, and that side speaks by them."""
    r = extract(text, doc_id="t", settings=Settings(publisher=publisher))
    assert (r.encounter, r.date, r.location.name) == ("meeting", "2024-11-20", "Vientiane")
    assert [(p.name, p.country) for p in r.participants] == [("Phoxay Khaykhamphithoune", "LAO"), ("Alibek Bakayev", "KAZ")]
    assert [s.speaker for s in r.statements][1:] == [None, "Alibek Bakayev"]


def test_who_joined_the_leads_subject_is_of_its_side():
    """State, White House: "Secretary of State Marco Rubio, joined by National Security Advisor Mike Waltz, met with ..."."""
    r = extract("Secretary of State Marco Rubio, joined by National Security Advisor Mike Waltz, met with Israeli Prime "
                "Minister Benjamin Netanyahu in Jerusalem today.", doc_id="t", settings=Settings(publisher="USA"))
    assert [(p.name, p.country) for p in r.participants] == [("Marco Rubio", "USA"), ("Mike Waltz", "USA"),
                                                            ("Benjamin Netanyahu", "ISR")]


@pytest.mark.parametrize("lead, sides", [
    # two officials who together met a third side are of one state (the Philippines' DFA, Ukraine's presidency, State)
    ("Foreign Affairs Secretary Maria Santos and Defense Secretary Ramon Cruz held talks with Japanese Foreign Minister "
     "Sato Kenji in Manila today.", [("Maria Santos", "PHL"), ("Ramon Cruz", "PHL"), ("Sato Kenji", "JPN")]),
    ("Secretary of Foreign Affairs Maria Santos and Secretary of National Defense Ramon Cruz received Japanese Foreign "
     "Minister Sato Kenji in Manila today.", [("Maria Santos", "PHL"), ("Ramon Cruz", "PHL"), ("Sato Kenji", "JPN")]),
    # ... not the two sides themselves: "X and Y held talks"
    ("Foreign Affairs Secretary Maria Santos and Foreign Minister Sato Kenji of Japan held talks in Manila today.",
     [("Maria Santos", "PHL"), ("Sato Kenji", "JPN")]),
])
def test_two_officials_who_met_a_third_side_together_are_of_one_state(lead, sides):
    r = extract(lead, doc_id="t", settings=Settings(publisher="PHL"))
    assert [(p.name, p.country) for p in r.participants] == sides


def test_a_territorys_official_makes_no_encounter_between_states():
    r = extract("President Biden hosted a meeting with governors at the White House.\nAlso present were Governor Gavin "
                "Newsom and Governor of Puerto Rico Pedro Pierluisi.", doc_id="t", settings=Settings(publisher="USA"))
    assert not {"Gavin Newsom", "Pedro Pierluisi"} & {p.name for p in r.participants}


@pytest.mark.parametrize("text", [
    "On Remembrance Day, President Volodymyr Zelenskyy laid flowers at the memorial in Kyiv.\nThe ceremony was also "
    "attended by Prime Minister Denys Shmyhal and Head of the Presidential Office Andriy Yermak.",
    "President Gitanas Nausėda delivered his annual address to the Seimas on Tuesday.\nThe address was attended by "
    "Prime Minister Gintautas Paluckas and members of the government.",
])
def test_the_audience_of_a_ceremony_or_an_address_takes_no_part(text):
    """A release that tells of no encounter lists a ceremony's or a speech's audience, not participants (Ukraine's
    presidency, BNS, Baltic and Balkan presidencies)."""
    r = extract(text, doc_id="t")
    assert r.encounter == "other"
    assert not {"Denys Shmyhal", "Andriy Yermak", "Gintautas Paluckas"} & {p.name for p in r.participants}


def test_a_governments_own_meeting_lists_no_attendees():
    """Its members are no side of a diplomatic encounter (Kremlin, Ukraine's presidency)."""
    r = extract("Vladimir Putin held a meeting with Government members.\nTaking part in the meeting were Prime Minister "
                "Mikhail Mishustin and Minister of Defence Sergei Shoigu.", doc_id="t")
    assert not {"Mikhail Mishustin", "Sergei Shoigu"} & {p.name for p in r.participants}


@pytest.mark.parametrize("sentence, speaker", [
    ("Prime Minister Pashinyan attended the meeting and said that Armenia is ready to sign.", "Nikol Pashinyan"),
    ("Prime Minister Pashinyan thanked the donors for the conference, which will be attended by the Minister.",
     "Nikol Pashinyan"),
])
def test_an_attendance_with_words_in_it_is_its_speakers(sentence, speaker):
    r = extract(TWO_LEADERS + sentence, doc_id="t")
    assert r.statements[-1].speaker == speaker


@pytest.mark.parametrize("sentence", [
    # another event's attendance, told as background (Kremlin, Ukraine's presidency, WHO)
    "In 2020, President of Russia Vladimir Putin and President of Belarus Alexander Lukashenko participated in the "
    "unveiling of the memorial.",
    "Hans Kluge, WHO Regional Director for Europe, has extensive working experience, having participated in missions in "
    "Liberia and Somalia.",
])
def test_who_attended_another_event_took_no_part(sentence):
    r = extract(TWO_LEADERS + sentence, doc_id="t")
    assert len(r.participants) == 2


def test_a_media_contact_below_a_first_person_release_is_no_author():
    r = extract("Today I spoke with President of Poland Andrzej Duda.\nI reaffirmed our support.\nMedia contact:\nSarah "
                "Jennings\nPress Secretary", doc_id="t", settings=Settings(publisher="UKR"))
    assert "Sarah Jennings" not in [p.name for p in r.participants]


def test_a_former_office_holder_of_the_surname_is_not_the_participant():
    r = extract("Prime Minister Sharif met President Xi Jinping in Beijing.\nSharif thanked Xi for China's support.\n"
                "Former Prime Minister Nawaz Sharif also attended the banquet.", doc_id="t", settings=Settings(publisher="PAK"))
    assert [p.name for p in r.participants][0] == "Sharif"


def test_a_callers_published_date_in_any_common_form_is_read():
    r = extract("President Zelenskyy met with Prime Minister Donald Tusk in Kyiv.", doc_id="t", published="March 5, 2024")
    assert r.published == "2024-03-05" and len(r.participants) == 2


def test_a_first_person_release_signed_below_its_body_is_its_signatorys():
    """Ghana, Nigeria, Kenya: "Signed: / Name (MP) / Minister for Foreign Affairs" closes a release in the first person."""
    r = extract("Today I held productive talks with my Burkinabè counterpart, H.E. Karamoko Jean-Marie Traoré, Minister of "
                "Foreign Affairs, in Ouagadougou.\nI conveyed the greetings of the President.\nSigned:\nSamuel Okudzeto "
                "Ablakwa (MP)\nMinister for Foreign Affairs", doc_id="t", settings=Settings(publisher="GHA"))
    assert [(p.name, p.title, p.country) for p in r.participants][0] == ("Samuel Okudzeto Ablakwa",
                                                                         "Minister for Foreign Affairs", "GHA")
    assert r.statements[1].speaker == "Samuel Okudzeto Ablakwa"


def test_a_release_in_its_officials_first_person_makes_them_a_participant_and_the_speaker():
    """State's byline, or the title's "Statement by ...": the author of "I spoke with ..." takes part,
    and the release is theirs as a transcript is its speaker's (Australia, NZ, PNG write so too)."""
    from communique.ingest.text import document_from_text

    r = extract("Penny Wong, Minister for Foreign Affairs\nToday I met with my Indonesian counterpart Retno Marsudi in "
                "Jakarta.\nIndonesia's leadership in ASEAN is vital.\nWe discussed the situation in Myanmar.", doc_id="t")
    assert [(p.name, p.title) for p in r.participants] == [("Penny Wong", "Minister for Foreign Affairs"),
                                                          ("Retno Marsudi", "counterpart")]
    assert [s.speaker for s in r.statements] == [None, None, "Penny Wong", "Penny Wong"]
    def titled(title):
        doc = document_from_text("This morning, I spoke with Prime Minister Albanese to discuss the AUKUS partnership."
                                 "\nI thanked him for Australia's support.", doc_id="t", published="2023-03-13")
        doc.title = title
        return extract_document(doc)

    r = titled("Statement by President\xa0Joe Biden on Call with Prime Minister Albanese of Australia")
    assert [(p.name, p.country, p.name_from) for p in r.participants][0] == ("Joe Biden", "USA", "title")
    assert [s.speaker for s in r.statements] == [None, "Joe Biden"]
    r = titled("Readout of a Call with Prime Minister Albanese of Australia")  # no author named: none invented
    assert all(p.name_from != "title" for p in r.participants)


@pytest.mark.parametrize("publisher, text, author", [
    # the title names the publisher's office only (Canada, UK, Australia); a plain text's headline line is its title
    ("CAN", "Statement by the Prime Minister on his call with Prime Minister Kishida\nI spoke today with Prime Minister "
            "Fumio Kishida of Japan.\n", "Prime Minister"),
    ("GBR", "Statement of the Prime Minister following his meeting with Prime Minister Kishida\nToday I met Prime Minister "
            "Fumio Kishida of Japan in London.\n", "Prime Minister"),
    # the title names the author
    (None, "Statement by President Ursula von der Leyen after her call with Prime Minister Kishida\nI spoke today with "
           "Prime Minister Fumio Kishida of Japan.\n", "Ursula von der Leyen"),
    # a line of the office and the styled name under the title (Australia's media releases)
    ("AUS", "Call with Prime Minister of Japan\nPrime Minister of Australia, The Hon Anthony Albanese MP\nMedia Release\nToday "
            "I spoke with Prime Minister Fumio Kishida of Japan.\n", "Anthony Albanese"),
])
def test_in_a_first_person_release_i_is_the_author_and_he_the_other_side(publisher, text, author):
    """"X and I agreed" is both; "With X, I ..." and a sentence without its "I" ("Thanked him for ...") are the
    author's; "He" is never the author, who writes "I"."""
    r = extract(text + "Prime Minister Kishida and I agreed to deepen cooperation on critical minerals. He thanked me for "
                "our support. Thanked him for his leadership. With Prime Minister Kishida, I discussed the Indo-Pacific. "
                "Grateful for his friendship!", doc_id="t", settings=Settings(publisher=publisher))
    assert [(p.name, p.country) for p in r.participants] == [(author, publisher or "EU"), ("Fumio Kishida", "JPN")]
    assert [s.speaker for s in r.statements][-5:] == ["both", "Fumio Kishida", author, author, author]


def test_the_author_of_a_release_under_a_stack_of_office_and_name_lines():
    """Australia's and New Zealand's PMs: "Prime Minister / The Hon X MP / Media statement / date", then "Today I met"."""
    r = extract("Prime Minister\nThe Hon Anthony Albanese MP\nMedia statement\nTuesday, 4 June 2024\nToday I met with Prime "
                "Minister Fumio Kishida of Japan in Tokyo.\nWe discussed the Special Strategic Partnership.", doc_id="t")
    assert [(p.name, p.title) for p in r.participants][0] == ("Anthony Albanese", "Prime Minister")
    assert r.statements[-1].speaker == "Anthony Albanese"


@pytest.mark.parametrize("byline, author", [
    ("The Hon Anthony Albanese MP\nPrime Minister", "Anthony Albanese"),
    ("Senator the Hon Penny Wong\nMinister for Foreign Affairs\nSenator for South Australia", "Penny Wong"),
])
def test_the_author_of_a_release_under_a_name_line_then_its_office(byline, author):
    """Australia's and New Zealand's ministers: the name on its line, the office on the next; a headline above names
    the other side ("Call with President Trump") and is no part of the author's name."""
    r = extract(f"Call with President Trump\n{byline}\n14 March 2025\nThis morning I spoke with President Donald Trump.\n"
                "We discussed the AUKUS partnership.", doc_id="t")
    assert [p.name for p in r.participants] == [author, "Donald Trump"]
    assert r.statements[-1].speaker == author


@pytest.mark.parametrize("title, lead, author", [
    # the other side's act on the author, or "we": still the author's release (White House, Australia, Canada)
    ("Statement by Prime Minister Mark Carney on his Call with President Zelenskyy",
     "President Zelenskyy reached out to me this evening and we spoke about the peace talks.", "Mark Carney"),
    ("Statement by Prime Minister Mark Carney on his Call with President Zelenskyy",
     "This evening we spoke with President Zelenskyy about the peace talks.", "Mark Carney"),
])
def test_the_author_of_a_first_person_statement(title, lead, author):
    from communique.ingest.text import document_from_text

    doc = document_from_text(lead + "\nUkraine can count on Canada.", doc_id="t", published="2025-06-01")
    doc.title = title
    r = extract_document(doc)
    assert [p.name for p in r.participants if p.name_from == "title"] == ([author] if author else [])


def test_a_second_official_who_exchanged_similar_cables_takes_part():
    """WAM: "... also exchanged similar cables with King Salman", its sender named with a royal style first."""
    r = extract("President His Highness Sheikh Mohamed bin Zayed Al Nahyan exchanged cables of congratulations with King "
                "Salman bin Abdulaziz Al Saud on the occasion of Ramadan.\nHis Highness Sheikh Mohammed bin Rashid Al "
                "Maktoum, Vice President and Prime Minister, also exchanged similar cables with King Salman.", doc_id="t")
    assert "Mohammed bin Rashid Al Maktoum" in [p.name for p in r.participants]


def test_a_second_sender_of_a_similar_cable_and_a_fathers_name_inside_a_sons():
    """Gulf agencies: the Crown Prince "sent a similar cable"; his full name holds his father's, the
    King's, and neither is the other; a style before "King" leaves the office King. The second cable is announced as
    the lead announces the first: narration."""
    r = extract("The Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud sent a cable of congratulations "
                "to President Bola Tinubu of Nigeria on Independence Day.\nIn the cable, the King expressed his best "
                "wishes.\nCrown Prince and Prime Minister Prince Mohammed bin Salman bin Abdulaziz Al Saud sent a "
                "similar cable.", doc_id="t")
    assert [(p.name, p.title) for p in r.participants] == [
        ("Salman bin Abdulaziz Al Saud", "King"), ("Bola Tinubu", "President"),
        ("Mohammed bin Salman bin Abdulaziz Al Saud", "Crown Prince and Prime Minister")]
    assert [s.speaker for s in r.statements] == [None, "Salman bin Abdulaziz Al Saud", None]


@pytest.mark.parametrize("further, sender", [
    # another message sent "on the same occasion" or "also", by an official the release has not named (QNA, Petra, VNA)
    ("HH the Deputy Amir Sheikh Mohammed bin Hamad Al-Thani sent a cable of congratulations to HE Claudia Sheinbaum on "
     "the same occasion.", "Mohammed bin Hamad Al-Thani"),
    ("His Royal Highness Crown Prince Al Hussein bin Abdullah II also sent a cable of congratulations to Sheinbaum.",
     "Al Hussein bin Abdullah II"),  # his father's name after "bin" is not the King's own
    ("On the occasion, Minister of Foreign Affairs Bui Thanh Son also sent a congratulatory message to President "
     "Claudia Sheinbaum.", "Bui Thanh Son"),
    # not whom a clause after the message names ("..., and recalled the visit of late King Hussein")
    ("On the occasion, Prime Minister Bisher Al-Khasawneh also sent a cable of congratulations to President Claudia "
     "Sheinbaum, wishing her success, and recalled the visit of late King Hussein to Mexico.", "Bisher Al-Khasawneh"),
])
def test_a_further_message_brings_its_sender(further, sender):
    r = extract("His Majesty King Abdullah II sent a cable of congratulations to President Claudia Sheinbaum of Mexico on "
                f"her election.\nIn the cable, His Majesty wished her success.\n{further}", doc_id="t")
    assert [p.name for p in r.participants] == ["Abdullah II", "Claudia Sheinbaum", sender]


@pytest.mark.parametrize("further, senders, recipients", [
    # a royal rank before the name, the office after it (SPA, Petra, WAM)
    ("His Royal Highness Prince Faisal bin Al Hussein, Chief of the Royal Court, also sent a cable of congratulations to "
     "President Mirziyoyev on the occasion.", ["Faisal bin Al Hussein"], []),
    # cables to several recipients, the sender's long office before the name (QNA, KUNA)
    ("HE the Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani also sent "
     "cables of congratulations to HE Prime Minister Abdulla Aripov of the Republic of Uzbekistan and HE Chairman of the "
     "Senate Tanzila Narbaeva on the occasion.", ["Mohammed bin Abdulrahman bin Jassim Al-Thani"],
     ["Abdulla Aripov", "Tanzila Narbaeva"]),
])
def test_a_further_message_by_a_long_styled_sender(further, senders, recipients):
    r = extract("HH the Amir Sheikh Tamim bin Hamad Al-Thani sent a cable of congratulations to HE President Shavkat "
                "Mirziyoyev of the Republic of Uzbekistan on the anniversary of Independence Day.\nIn the cable, HH the Amir "
                f"wished the President good health.\n{further}", doc_id="t")
    assert [p.name for p in r.participants] == ["Tamim bin Hamad Al-Thani", "Shavkat Mirziyoyev", *senders, *recipients]
    assert [s.speaker for s in r.statements] == [None, "Tamim bin Hamad Al-Thani", None]  # announced, as the lead is


def test_they_in_a_text_where_nobody_takes_part_is_no_two_sides():
    """An address or a statement has no sides: its "They" are whoever it last named."""
    r = extract("Dear compatriots!\nOur defenders held the line near the city again today. They are heroes, and "
                "they discussed nothing with the enemy.", doc_id="t")
    assert r.participants == [] and [s.speaker for s in r.statements] == [None, None, None]


# -- participants of leads in many governments' styles ---------------------------------------------

def test_a_comma_after_an_office_of_a_state_ends_it():
    """A portfolio may list its parts with commas ("for Middle East, North Africa, and North
    America"), but "of Japan," ends an office, and a part that holds an office word of its own is the
    next official's title (found by the property test of test_pipeline)."""
    r = extract("Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, State Councilor and Foreign Minister "
                "Wang Yi held talks with him.", doc_id="t")
    assert [(p.name, p.title) for p in r.participants] == [
        ("HAYASHI Yoshimasa", "Minister for Foreign Affairs"), ("Wang Yi", "State Councilor and Foreign Minister")]


@pytest.mark.parametrize("publisher, lead, expected", [
    # a state's name and its acronym in brackets before an office: the office is the state's (CARICOM, JIS, State)
    ("CARICOM", "CARICOM Secretary-General Dr. Carla Barnett and the European Union (EU) Commissioner for International "
     "Partnerships, Ms. Jutta Urpilainen, held a virtual meeting on Tuesday.", [("Carla Barnett", "CARICOM"),
                                                                                ("Jutta Urpilainen", "EU")]),
    ("JAM", "Prime Minister Andrew Holness met with the United Arab Emirates (UAE) Minister of State Ahmed Al Sayegh "
     "today.", [("Andrew Holness", "JAM"), ("Ahmed Al Sayegh", "ARE")]),
    # Yonhap, Xinhua: "his X counterpart, Name"
    ("KOR", "SEOUL, June 3 (Yonhap) -- Foreign Minister Cho Tae-yul met with his Kenyan counterpart, Musalia Mudavadi, "
     "in Seoul on Monday.", [("Cho Tae-yul", "KOR"), ("Musalia Mudavadi", "KEN")]),
    ("CHN", "BEIJING - Chinese President Xi Jinping on Tuesday talked with his French counterpart Emmanuel Macron over phone.",
     [("Xi Jinping", "CHN"), ("Emmanuel Macron", "FRA")]),
    # QNA: "HE", a lower-case "sheikh", a long Arabic name
    ("QAT", "Doha: Prime Minister and Minister of Foreign Affairs HE sheikh Mohammed bin Abdulrahman bin Jassim Al Thani "
     "received a phone call from Minister of Foreign Affairs of the Republic of Turkiye HE Hakan Fidan.",
     [("Mohammed bin Abdulrahman bin Jassim Al Thani", "QAT"), ("Hakan Fidan", "TUR")]),
    # Japan MOFA: name, office; "the Honorable"; "Japan-U.S." does not end the sentence
    ("JPN", "On May 2, Mr. Yoshimasa Hayashi, Minister for Foreign Affairs, held a Japan-U.S. Foreign Ministers' telephone "
     "talk with the Honorable Antony Blinken, Secretary of State of the United States.",
     [("Yoshimasa Hayashi", "JPN"), ("Antony Blinken", "USA")]),
    # State Department: a portfolio after "for" is not the official's state
    ("USA", "Special Envoy for Syria Joel Rayburn met with Turkish Deputy Foreign Minister Sedat Onal in Ankara.",
     [("Joel Rayburn", "USA"), ("Sedat Onal", "TUR")]),
    ("USA", "Deputy Secretary Kurt Campbell spoke today with French MFA Secretary General Anne-Marie Descotes.",
     [("Kurt Campbell", "USA"), ("Anne-Marie Descotes", "FRA")]),
    # a portfolio of regions, listed with commas (UK, State Department, UN)
    ("USA", "Deputy Secretary Kurt Campbell spoke today with UK Minister of State for the Middle East, North Africa, "
     "and North America Hamish Falconer.", [("Kurt Campbell", "USA"), ("Hamish Falconer", "GBR")]),
    ("USA", "Secretary Rubio met with Japanese Director-General for Asian and Oceanian Affairs Kanai Masaaki.",
     [("Rubio", "USA"), ("Kanai Masaaki", "JPN")]),
    ("USA", "Secretary Rubio spoke with UN Special Coordinator for the Middle East Peace Process Sigrid Kaag.",
     [("Rubio", "USA"), ("Sigrid Kaag", "UN")]),
    ("GBR", "Foreign Secretary David Lammy, Minister for Development, and Minister Kono met in London.",
     [("David Lammy", "GBR"), ("Kono", None)]),  # a comma before another office ends the title
    # Ukraine's presidency: a long office of the armed forces, a rank before the name
    ("UKR", "Head of the Office of the President of Ukraine Andriy Yermak met with Chairman of the Joint Chiefs of Staff "
     "of the United States General Charles Q. Brown.", [("Andriy Yermak", "UKR"), ("Charles Q. Brown", "USA")]),
    ("UKR", "Andriy Yermak met with Chief Advisor to the President of Turkey, Ambassador Akif Cagatay Kilic.",
     [("Andriy Yermak", "UKR"), ("Akif Cagatay Kilic", "TUR")]),
    # VNA: Cambodian honorifics
    ("VNM", "Hanoi (VNA) – Prime Minister Pham Minh Chinh held phone talks with Cambodian Prime Minister Samdech Moha Borvor "
     "Thipadei Hun Manet on March 5.", [("Pham Minh Chinh", "VNM"), ("Hun Manet", "KHM")]),
    # Kremlin: an office of a body no title word names, then the person
    ("RUS", "Vladimir Putin had a meeting with Chairman of Rosatom Supervisory Board Sergei Kiriyenko and "
     "President of the Republic of Belarus Alexander Lukashenko.",
     [("Vladimir Putin", "RUS"), ("Sergei Kiriyenko", "RUS"), ("Alexander Lukashenko", "BLR")]),
    # a courtesy after the office's comma begins the name: the office is the title (State, White House, Gulf agencies)
    ("USA", "Secretary Blinken met with the Foreign Minister of the Kingdom of Saudi Arabia, Prince Faisal bin Farhan "
     "Al Saud, in Riyadh.", [("Blinken", "USA"), ("Faisal bin Farhan Al Saud", "SAU")]),
    ("USA", "Secretary Blinken spoke with the Foreign Secretary of the United Kingdom, Lord David Cameron.",
     [("Blinken", "USA"), ("David Cameron", "GBR")]),
    # a portfolio of several parts, then its holder's name (Argentina, Spain, Morocco, Canada); a state among the
    # parts is no holder's state
    ("ARG", "The Minister of Foreign Affairs, International Trade and Worship, Diana Mondino, met with the Secretary of "
     "State of the United States, Antony Blinken.", [("Diana Mondino", "ARG"), ("Antony Blinken", "USA")]),
    ("ESP", "The Minister for Foreign Affairs, European Union and Cooperation, José Manuel Albares, received the "
     "Foreign Minister of Canada, Mélanie Joly.", [("José Manuel Albares", "ESP"), ("Mélanie Joly", "CAN")]),
    ("DZA", "The Minister of Foreign Affairs and National Community Abroad, Ahmed Attaf, received in Algiers the "
     "Minister of Foreign Affairs of Portugal, Paulo Rangel.", [("Ahmed Attaf", "DZA"), ("Paulo Rangel", "PRT")]),
    # a round-up of calls whose list follows, its subject the lead's official by office (White House)
    ("USA", "Vice President Kamala Harris today had three separate calls with European leaders.\nThe Vice President spoke "
     "individually with: Prime Minister Kaja Kallas of Estonia; Prime Minister Evika Silina of Latvia; and Prime "
     "Minister Donald Tusk of Poland.", [("Kamala Harris", "USA"), ("Kaja Kallas", "EST"), ("Evika Silina", "LVA"),
                                          ("Donald Tusk", "POL")]),
    # the trip, then "she met" the other side; a round-up's next call told with "he" (Nordic ministries, State)
    ("SWE", "Minister for Foreign Affairs Maria Malmer Stenergard travelled to Kyiv today. During the visit, she met "
     "Foreign Minister Andrii Sybiha.", [("Maria Malmer Stenergard", "SWE"), ("Andrii Sybiha", "UKR")]),
    ("DNK", "Foreign Minister Lars Løkke Rasmussen held telephone conversations over the weekend.\nOn Saturday, he spoke "
     "with Foreign Minister of Egypt Badr Abdelatty.\nOn Sunday, he spoke with Foreign Minister of Jordan Ayman Safadi.",
     [("Lars Løkke Rasmussen", "DNK"), ("Badr Abdelatty", "EGY"), ("Ayman Safadi", "JOR")]),
    # a place after a preposition is no one's name before an office ("In Riyadh, Ambassador X attended")
    ("USA", "In Riyadh, Ambassador Rashad Hussain met Secretary General of the Muslim World League Mohammad Al-Issa.",
     [("Rashad Hussain", "USA"), ("Mohammad Al-Issa", None)]),
    # styles and portfolios of the Caribbean, Egypt, the EU; a body's acronym between the office and its holder
    ("JAM", "Prime Minister the Most Hon. Andrew Holness welcomed His Excellency Dr. Mohamed Irfaan Ali, President of "
     "Guyana, to Kingston.", [("Andrew Holness", "JAM"), ("Mohamed Irfaan Ali", "GUY")]),
    ("EGY", "The Minister of Foreign Affairs and Emigration, Dr. Badr Abdelatty, received the Secretary General of the "
     "Organization of American States (OAS), Albert Ramdin.", [("Badr Abdelatty", "EGY"), ("Albert Ramdin", "OAS")]),
    ("GEO", "Prime Minister Irakli Kobakhidze met EU Commissioner for Neighbourhood and Enlargement Marta Kos.",
     [("Irakli Kobakhidze", "GEO"), ("Marta Kos", "EU")]),
    # who tells of the encounter, and whose greetings are conveyed, take no part (Egypt, Gulf agencies, State)
    ("EGY", "The Spokesman for the Presidency, Counselor Mohamed El-Shennawy, stated that President Abdel Fattah El-Sisi "
     "received today Prime Minister Mohammed Shia al-Sudani of Iraq.",
     [("Abdel Fattah El-Sisi", "EGY"), ("Mohammed Shia al-Sudani", "IRQ")]),
    ("BHR", "His Majesty King Hamad bin Isa Al Khalifa received Ayman Safadi, Deputy Prime Minister and Minister of "
     "Foreign Affairs of Jordan, who conveyed the greetings of His Majesty King Abdullah II.",
     [("Hamad bin Isa Al Khalifa", "BHR"), ("Ayman Safadi", "JOR")]),
    # two calls received; a state whose name is also a given name, after "of" (Egypt, Gulf agencies, Ukraine)
    ("EGY", "Foreign Minister Badr Abdelatty received today two phone calls from Foreign Minister of Jordan Ayman Safadi "
     "and Foreign Minister of Saudi Arabia Prince Faisal bin Farhan.",
     [("Badr Abdelatty", "EGY"), ("Ayman Safadi", "JOR"), ("Faisal bin Farhan", "SAU")]),
    # a date alone before the dash, then the office (Akorda); credentials accepted (Maldives)
    ("KAZ", "9 April 2024 — The Head of State had a telephone conversation with President of Uzbekistan Shavkat "
     "Mirziyoyev.", [("Head of State", "KAZ"), ("Shavkat Mirziyoyev", "UZB")]),
    ("MDV", "President Mohamed Muizzu accepted the credentials of the Ambassador of Germany, Clemens Hach.",
     [("Mohamed Muizzu", "MDV"), ("Clemens Hach", "DEU")]),
    # a Malaysian style of two words before the name; "Tan" alone is a surname (Wisma Putra, Singapore MFA)
    ("MYS", "The Minister of Foreign Affairs, Tan Sri Muhyiddin Yassin, met Minister Tan See Leng in Kuala Lumpur.",
     [("Muhyiddin Yassin", "MYS"), ("Tan See Leng", None)]),
    # the other side named by its state's office alone, by adjective or "of" (UK, Sri Lanka, India)
    ("GBR", "The Prime Minister met with the Australian High Commissioner in London today.",
     [("Rishi Sunak", "GBR"), ("High Commissioner", "AUS")]),  # the office holder on the day (leaders.tsv)
    ("LKA", "The High Commissioner of India called on Prime Minister Dr. Harini Amarasuriya today.",
     [("Harini Amarasuriya", "LKA"), ("High Commissioner of India", "IND")]),
    # a surname that is also a state's name, beside a given name (Portugal's Prime Minister)
    ("PRT", "Prime Minister Luís Montenegro met with Spanish Prime Minister Pedro Sánchez in Lisbon.",
     [("Luís Montenegro", "PRT"), ("Pedro Sánchez", "ESP")]),
    # the head of a delegation is of the state or body that sent it (Ukraine's presidency, State, Gulf agencies)
    ("UKR", "President Volodymyr Zelenskyy met with a Qatari delegation led by Sheikh Faisal bin Qassim Al Thani.",
     [("Volodymyr Zelenskyy", "UKR"), ("Faisal bin Qassim Al Thani", "QAT")]),
    ("AZE", "President Ilham Aliyev received a delegation of the US Senate Armed Services Committee headed by Senator "
     "Roger Wicker.", [("Ilham Aliyev", "AZE"), ("Roger Wicker", "USA")]),
    ("AZE", "Azerbaijani President Ilham Aliyev received a delegation of the US Senate headed by Senator Roger Wicker.",
     [("Ilham Aliyev", "AZE"), ("Roger Wicker", "USA")]),  # the host's state is not the delegation's
    ("EGY", "Foreign Minister Badr Abdelatty received the OIC delegation, headed by Secretary-General Hissein Brahim "
     "Taha, in Cairo.", [("Badr Abdelatty", "EGY"), ("Hissein Brahim Taha", "OIC")]),
    ("USA", "National Security Advisor Jake Sullivan met today with the Israeli delegation, which was led by Deputy "
     "National Security Advisor Avi Ben-Dor.", [("Jake Sullivan", "USA"), ("Avi Ben-Dor", "ISR")]),
    # but not an office whose envoy came: what it owns is no participant (Kenya, Gulf agencies)
    ("KEN", "President William Ruto today received the French President's personal envoy for Africa at State House.",
     [("William Ruto", "KEN")]),
    # a building is no one's name: the venue before the name, or before the office (BNA, TAP, APS)
    ("BHR", "His Majesty King Hamad bin Isa Al Khalifa received today at Al-Sakhir Palace Ayman Safadi, Deputy Prime "
     "Minister and Minister of Foreign Affairs of Jordan.", [("Hamad bin Isa Al Khalifa", "BHR"), ("Ayman Safadi", "JOR")]),
    ("TUN", "The President of the Republic, Kais Saied, received, on Wednesday morning at Carthage Palace, Prime Minister "
     "of Italy Giorgia Meloni.", [("Kais Saied", "TUN"), ("Giorgia Meloni", "ITA")]),
    # a holder known for another office later keeps the one the text gives him (a comma after the office)
    ("FRA", "The Minister for Europe and Foreign Affairs, Stéphane Séjourné, received the Prime Minister of the "
     "Netherlands, Mark Rutte, in Paris.", [("Stéphane Séjourné", "FRA"), ("Mark Rutte", "NLD")]),
    # an office between a place and its holder's name belongs to the name after it (Tunisia, Algeria, Morocco)
    ("TUN", "The President of the Republic, Kais Saied, received, on Monday morning at Carthage Palace, the Minister "
     "of Foreign Affairs of Spain, José Manuel Albares.", [("Kais Saied", "TUN"), ("José Manuel Albares", "ESP")]),
    # a rank before the name and the office after it (Thailand, Myanmar, Australia's senators): the office is the title
    ("THA", "General Prayut Chan-o-cha, Prime Minister and Minister of Defence, received Japanese Ambassador Nashida "
     "Kazuya.", [("Prayut Chan-o-cha", "THA"), ("Nashida Kazuya", "JPN")]),
    # a venue set off by a comma before the subject is no name of an office's holder (Rwanda, White House)
    ("RWA", "This morning at Village Urugwiro, President Kagame received Prime Minister Abiy Ahmed of Ethiopia.",
     [("Kagame", "RWA"), ("Abiy Ahmed", "ETH")]),
    ("RWA", "This morning in Village Urugwiro, President Kagame received Prime Minister Abiy Ahmed of Ethiopia.",
     [("Kagame", "RWA"), ("Abiy Ahmed", "ETH")]),
    # one state's office named alone, "and" another's holder (Élysée)
    ("FRA", "The President of the Republic and President Xi Jinping held talks in Guangzhou.",
     [("President of the Republic", "FRA"), ("Xi Jinping", "CHN")]),
    ("CHN", "Premier Li Qiang met Deputy Prime Minister and Minister of Foreign Affairs Maxime Prévot of Belgium.",
     [("Li Qiang", "CHN"), ("Maxime Prévot", "BEL")]),
    # a named region or body of the portfolio after "the" (EEAS, Belarus, Kremlin); the OSCE's chair
    ("ETH", "Foreign Minister Taye Atske Selassie received the Special Envoy of the European Union for the Horn of "
     "Africa, Annette Weber, in Addis Ababa.", [("Taye Atske Selassie", "ETH"), ("Annette Weber", "EU")]),
    ("BLR", "President Alexander Lukashenko met with Governor of the Novosibirsk Oblast of Russia Andrei Travnikov.",
     [("Alexander Lukashenko", "BLR"), ("Andrei Travnikov", "RUS")]),
    ("MDA", "President Maia Sandu received OSCE Chairperson-in-Office Ian Borg in Chisinau.",
     [("Maia Sandu", "MDA"), ("Ian Borg", "OSCE")]),
    ("USA", "Deputy Secretary Wendy Sherman met Deputy Minister of Foreign Affairs Andrey Rudenko of Russia.",
     [("Wendy Sherman", "USA"), ("Andrey Rudenko", "RUS")]),
    # White House: an office's acronym in brackets; "-elect"
    ("USA", "Principal Deputy National Security Advisor (PDNSA) Jon Finer spoke today with President-elect "
     "Bernardo Arevalo of Guatemala.", [("Jon Finer", "USA"), ("Bernardo Arevalo", "GTM")]),
    # the Holy See's "Holy Father"; a palace between the verb and the guest is no name (Holy See Press Office)
    ("VAT", "This morning, the Holy Father Francis received in audience in the Vatican Apostolic Palace Mr. Javier "
     "Gerardo Milei, President of the Argentine Republic.", [("Francis", "VAT"), ("Javier Gerardo Milei", "ARG")]),
    # a summit of three, an adjective before it (Petra, Élysée)
    ("JOR", "His Majesty King Abdullah II, Egyptian President Abdel Fattah Al Sisi and French President Emmanuel Macron "
     "held a trilateral summit in Cairo on Monday.", [("Abdullah II", "JOR"), ("Abdel Fattah Al Sisi", "EGY"),
                                                     ("Emmanuel Macron", "FRA")]),
    # a body's name in capitalised words closed by its acronym, then the holder (Ukraine's presidency, Kremlin)
    ("UKR", "President of Ukraine Volodymyr Zelenskyy met with President of the Union of European Football Associations "
     "(UEFA) Aleksander Čeferin.", [("Volodymyr Zelenskyy", "UKR"), ("Aleksander Čeferin", "UEFA")]),
    ("RUS", "Vladimir Putin met with Director of the Agency for Strategic Initiatives (ASI) Svetlana Chupsheva.",
     [("Vladimir Putin", "RUS"), ("Svetlana Chupsheva", "ASI")]),
    # a prosecutor, a court's judge (Ukraine's presidency, White House)
    ("UKR", "President Volodymyr Zelenskyy held a video conference with International Criminal Court Prosecutor Karim "
     "Khan.", [("Volodymyr Zelenskyy", "UKR"), ("Karim Khan", "ICC")]),
    (None, "National Security Advisor Jake Sullivan met today with Chief Justice of the High Anti-Corruption Court "
     "Vira Mykhailenko.", [("Jake Sullivan", "USA"), ("Vira Mykhailenko", None)]),
    # a standing word between the state and the office; an office the state's own government names so (State, White House)
    ("USA", "Secretary Blinken spoke today with Libyan interim Foreign Minister Najla Mangoush about the elections.",
     [("Blinken", "USA"), ("Najla Mangoush", "LBY")]),
    ("USA", "The Secretary met today in Jerusalem with Israeli Alternate Prime Minister and Minister of Defense Benny Gantz.",
     [("Secretary", "USA"), ("Benny Gantz", "ISR")]),
    # the state that closes a list of the other side's officials is all of theirs; not the state of the sentence's subject
    ("USA", "President Biden met today with President Anna Kovacs and Foreign Minister Peter Berger of Switzerland.",
     [("Biden", "USA"), ("Anna Kovacs", "CHE"), ("Peter Berger", "CHE")]),
    ("USA", "President Biden and President Xi Jinping of China held a virtual meeting today.",
     [("Biden", "USA"), ("Xi Jinping", "CHN")]),
    # a state's own name with its article capitalised (The Bahamas, The Gambia); a romanisation other than the listed one
    ("USA", "Vice President Harris met Prime Minister Philip Davis of The Commonwealth of The Bahamas at the White House.",
     [("Harris", "USA"), ("Philip Davis", "BHS")]),
    ("USA", "President Biden spoke today with Crown Prince and Prime Minister Mohamed bin Salman about the region.",
     [("Biden", "USA"), ("Mohamed bin Salman", "SAU")]),
])
def test_participants_of_leads_in_many_styles(publisher, lead, expected):
    from communique.ingest.text import document_from_text

    doc = document_from_text(lead, doc_id="t", published="2024-06-03")
    doc.publisher = publisher
    r = extract_document(doc)
    assert [(p.name, p.country) for p in r.participants] == expected


@pytest.mark.parametrize("text, expected", [
    # the lead names the governments; its paragraph names the officials (State Department)
    ("On May 5, the Governments of the United States and Georgia held the Strategic Partnership Dialogue in "
     "Washington. Georgia’s Foreign Minister, Ilia Darchiashvili, and U.S. Assistant Secretary of State for European "
     "and Eurasian Affairs, Dr. James O'Brien, led the Dialogue.\nThey reaffirmed the partnership.",
     [("Ilia Darchiashvili", "GEO"), ("James O'Brien", "USA")]),
    # a second encounter of the same release (China Daily, Xinhua)
    ("President Xi Jinping exchanged congratulatory messages with President Gustavo Petro of Colombia on Friday.\n"
     "Xi said the two countries are good friends.\n"
     "Also on Friday, Premier Li Qiang and his Colombian counterpart Laura Sarabia exchanged congratulations.",
     [("Xi Jinping", "CHN"), ("Gustavo Petro", "COL"), ("Li Qiang", "CHN"), ("Laura Sarabia", "COL")]),
    # another encounter whose subject is a participant by name (Xinhua, Kyodo, Kremlin round-ups)
    ("Chinese Foreign Minister Wang Yi held talks with New Zealand Foreign Minister Winston Peters on Thursday.\n"
     "Wang said China is ready to work with New Zealand.\n"
     "On the same day, Wang also met with New Zealand Prime Minister Christopher Luxon.",
     [("Wang Yi", "CHN"), ("Winston Peters", "NZL"), ("Christopher Luxon", "NZL")]),
    # "The same day," and a cable: another message of the same release (Xinhua, VNA, Gulf agencies)
    ("President Xi Jinping sent a message of condolence to King Mohammed VI of Morocco on Saturday.\n"
     "The same day, Premier Li Qiang cabled his condolences to Head of Government Aziz Akhannouch of Morocco.",
     [("Xi Jinping", "CHN"), ("Mohammed VI", "MAR"), ("Li Qiang", "CHN"), ("Aziz Akhannouch", "MAR")]),
    ("President Thongloun Sisoulith has sent a message of congratulations to To Lam, General Secretary of the Communist "
     "Party of Vietnam Central Committee and President of Vietnam.\nOn the same occasion, Prime Minister Sonexay "
     "Siphandone also sent a congratulatory message to his Vietnamese counterpart Pham Minh Chinh.",  # KPL, VNA
     [("Thongloun Sisoulith", "LAO"), ("To Lam", "VNM"), ("Sonexay Siphandone", "LAO"), ("Pham Minh Chinh", "VNM")]),
    # an honorific before the next sender's office, and "In a separate cable," with the lead's own style (QNA, KUNA)
    ("His Highness the Amir Sheikh Tamim bin Hamad Al-Thani sent a cable of congratulations to President of the Republic "
     "of Finland HE Sauli Niinistö.\nHE Prime Minister Sheikh Khalid bin Khalifa Al-Thani also sent a cable of "
     "congratulations to HE Prime Minister of the Republic of Finland Sanna Marin.\nIn a separate cable, HH the Amir sent "
     "his condolences to President of the Republic of Indonesia HE Joko Widodo.",
     [("Tamim bin Hamad Al-Thani", "QAT"), ("Sauli Niinistö", "FIN"), ("Khalid bin Khalifa Al-Thani", "QAT"),
      ("Sanna Marin", "FIN"), ("Joko Widodo", "IDN")]),
    # the traveller's office in the lead, named two sentences above, past a line that names no one (MEA); the one who
    # said what the body opens with, named after the words (Hungary's government, wires)
    ("External Affairs Minister Dr. S. Jaishankar paid an official visit to the Republic of Cyprus from 29-31 December "
     "2022.\nThis was the first visit of EAM to Cyprus.\nOn 30 December, EAM called on President of the Republic of "
     "Cyprus H.E. Mr. Nicos Anastasiades in Nicosia.", [("S. Jaishankar", "IND"), ("Nicos Anastasiades", "CYP")]),
    ("Hungary and Serbia will complete the oil pipeline by 2027, Minister of Foreign Affairs and Trade Péter Szijjártó "
     "said in Budapest.\nThe minister held talks with Serbian Minister of Foreign Affairs Marko Đurić.",
     [("Péter Szijjártó", "HUN"), ("Marko Đurić", "SRB")]),
    # a plural office before two attendees' names (Switzerland's FDFA)
    ("The President of the Swiss Confederation, Viola Amherd, welcomed the Premier of the State Council of the People's "
     "Republic of China, Li Qiang, to Bern for an official visit on Monday. Federal Councillors Ignazio Cassis and Guy "
     "Parmelin also took part in the official talks.",
     [("Viola Amherd", "CHE"), ("Li Qiang", "CHN"), ("Ignazio Cassis", "CHE"), ("Guy Parmelin", None)]),
    # ... or as "The Head of State", the publisher's leader whom the lead names untitled (Akorda, Ukraine's presidency)
    ("Kassym-Jomart Tokayev sent a telegram of condolences to President of Türkiye Recep Tayyip Erdoğan.\n"
     "The Head of State expressed his deep condolences to the families of the victims.\n"
     "The Head of State also sent a telegram of condolences to President of Syria Bashar al-Assad.",
     [("Kassym-Jomart Tokayev", "KAZ"), ("Recep Tayyip Erdoğan", "TUR"), ("Bashar al-Assad", "SYR")]),
    # or by the first word of the office the lead gives them (State, White House)
    ("Secretary of State Antony J. Blinken spoke today with Japanese Foreign Minister Yoko Kamikawa.\n"
     "The Secretary also spoke with Korean Foreign Minister Cho Tae-yul and Australian Foreign Minister Penny Wong.",
     [("Antony J. Blinken", "USA"), ("Yoko Kamikawa", "JPN"), ("Cho Tae-yul", "KOR"), ("Penny Wong", "AUS")]),
    # a release of several meetings, each told by its counterpart after "In his meeting with" (White House, State,
    # Ukraine's presidency, India's PIB); a meeting of another year is none of them
    ("Defence Minister Richard Marles held bilateral meetings with his counterparts on the sidelines of the ADMM-Plus in "
     "Jakarta on Wednesday.\nIn his meeting with Minoru Kihara, Minister of Defense of Japan, the two Ministers discussed "
     "exercises.\nDuring a separate meeting with Secretary of Defense Lloyd J. Austin III, Mr Marles thanked the United "
     "States.\nAt his meeting with Minister of National Defense Shin Won-sik in 2023, the two had agreed to meet again.",
     [("Richard Marles", "AUS"), ("Minoru Kihara", "JPN"), ("Lloyd J. Austin III", "USA")]),
    # ... the counterpart's state's adjective before the office (Moldova, Ukraine's presidency)
    ("President Maia Sandu had a series of bilateral meetings on the sidelines of the Munich Security Conference.\n"
     "In her meeting with Czech President Petr Pavel, the head of state thanked the Czech Republic.\nDuring a meeting "
     "with German Chancellor Olaf Scholz, the President stressed the need for air defence.",
     [("Maia Sandu", "MDA"), ("Petr Pavel", "CZE"), ("Olaf Scholz", "DEU")]),
    # ... or after "In a conversation with" (Ukraine's presidency, Kazinform)
    ("Deputy Head of the Office of the President of Ukraine Ihor Zhovkva met the leadership of Slovenia in Ljubljana.\n"
     "During a meeting with Prime Minister of Slovenia Robert Golob, Ihor Zhovkva thanked Slovenia for its support.\n"
     "In a conversation with President of the National Assembly of Slovenia Urška Klakočar Zupančič, the parties "
     "discussed the parliamentary dimension of cooperation.",
     [("Ihor Zhovkva", "UKR"), ("Robert Golob", "SVN"), ("Urška Klakočar Zupančič", "SVN")]),
    # "During the visit," opens a further encounter by its own verb only, not one recalled or to come (Algeria, Italy)
    ("Foreign Minister Ahmed Attaf held talks with Foreign Minister Antonio Tajani in Rome on Tuesday.\nThe ministers "
     "discussed energy.\nDuring the visit, Foreign Minister Attaf recalled the meeting between President Abdelmadjid "
     "Tebboune and Prime Minister Giorgia Meloni in Algiers in 2023.",
     [("Ahmed Attaf", "DZA"), ("Antonio Tajani", "ITA")]),
    # a participant telling of another meeting is no encounter of this release
    ("Secretary-General Antonio Guterres met President Vladimir Putin in Moscow on Tuesday.\n"
     "Guterres also presented the proposals he had put forward during his meeting with Foreign Minister Sergei Lavrov.",
     [("Antonio Guterres", "UN"), ("Vladimir Putin", "RUS")]),
    # a meeting only mentioned is no second encounter
    ("President Xi Jinping held talks with President Gustavo Petro of Colombia on Friday.\n"
     "The two presidents welcomed the meeting between Foreign Minister Wang Yi and Foreign Minister Luis Murillo.",
     [("Xi Jinping", "CHN"), ("Gustavo Petro", "COL")]),
])
def test_officials_beyond_the_lead_sentence(text, expected):
    r = extract(text, doc_id="t")
    assert [(p.name, p.country) for p in r.participants][:len(expected)] == expected
    assert len(r.participants) == len(expected)


@pytest.mark.parametrize("sent", ["sent New Year greetings to", "also sent messages to"])
def test_the_head_of_states_further_messages_make_the_release_other_with_every_addressee(sent):
    """ "Also today, the Head of State sent New Year greetings to President of Kazakhstan X, ..." after a call (the
    Central Asian presidencies, the Kremlin): a further encounter of another form, each addressee a participant."""
    r = extract("President of the Kyrgyz Republic Sadyr Japarov had a telephone conversation today with President of the "
                "Russian Federation Vladimir Putin.\n\nThe leaders agreed to continue contacts.\n\nAlso today, the Head "
                f"of State {sent} President of Kazakhstan Kassym-Jomart Tokayev and President of Uzbekistan Shavkat "
                "Mirziyoyev.", doc_id="t", published="2022-12-29")
    assert r.encounter == "other"
    assert [p.name for p in r.participants] == ["Sadyr Japarov", "Vladimir Putin", "Kassym-Jomart Tokayev",
                                               "Shavkat Mirziyoyev"]


def test_a_further_encounter_of_the_publishers_official_in_the_leads_paragraph_names_all_its_counterparts():
    """Ukraine's presidency writes a round-up in one paragraph: "Volodymyr Zelenskyy also had brief meetings with X, Y
    and Z" after a lead that names one counterpart."""
    r = extract("At the summit in Glasgow, the President of Ukraine held short meetings with leaders of a number of "
                "countries. In particular, during the conversation with German Chancellor Angela Merkel, the parties "
                "discussed Donbas. Volodymyr Zelenskyy also had brief meetings with Latvian President Egils Levits, "
                "President of the European Council Charles Michel and President of Finland Sauli Niinistö.", doc_id="t",
                published="2021-11-02", settings=Settings(publisher="UKR"))
    assert [(p.name, p.country) for p in r.participants][-4:] == [
        ("Angela Merkel", "DEU"), ("Egils Levits", "LVA"), ("Charles Michel", "EU"), ("Sauli Niinistö", "FIN")]


@pytest.mark.parametrize("opening", ["On 12 February 2024, Foreign Minister Radosław Sikorski took part",
                                     "Foreign Minister Radosław Sikorski participated"])
def test_the_official_who_took_part_above_the_lead_takes_part(opening):
    """The body's first sentence says its official, by office and name, took part in a meeting whose lead, below,
    names the others (Poland, the Baltic and Nordic ministries)."""
    r = extract(opening + " in a meeting of the foreign ministers of the Weimar Triangle near Paris.\nThe meeting was "
                "hosted by French Minister for Europe and Foreign Affairs Stéphane Séjourné and attended by German Federal "
                "Minister for Foreign Affairs Annalena Baerbock.", doc_id="t", published="2024-02-12")
    assert [p.name for p in r.participants] == ["Radosław Sikorski", "Stéphane Séjourné", "Annalena Baerbock"]


def test_a_counterparts_office_is_not_another_named_officials_apposition():
    """ "To Lam, General Secretary of ... and President of Vietnam" is To Lam's office: not the one the text gives "his
    Vietnamese counterpart Pham Minh Chinh" (a counterpart's office is an office no name holds)."""
    r = extract("President Thongloun Sisoulith has sent a message of congratulations to To Lam, General Secretary of the "
                "Communist Party of Vietnam Central Committee and President of Vietnam.\nOn the same occasion, Prime "
                "Minister Sonexay Siphandone also sent a congratulatory message to his Vietnamese counterpart Pham Minh "
                "Chinh.", doc_id="t")
    assert [p.title for p in r.participants if p.name == "Pham Minh Chinh"] == ["counterpart"]


def test_a_place_abbreviation_ends_its_sentence_before_a_capital():
    r = extract("Deputy Secretary Wendy Sherman met with German State Secretary Andreas Michaelis in Washington, D.C. "
                "Deputy Secretary Sherman and State Secretary Michaelis emphasized their support for Ukraine.",
                doc_id="t")
    assert [s.speaker for s in r.statements] == [None, BOTH]


@pytest.mark.parametrize("title, encounter", [
    ("Joint Statement by President of Ukraine Volodymyr Zelenskyy and President of Finland Alexander Stubb", "joint_statement"),
    ("U.S.-Philippines Leaders' Joint Statement", "joint_statement"),
    ("Ukraine–Finland Joint\xa0Statement", "joint_statement"),  # a page title's no-break space (the White House)
    ("Joint Statement on the U.S.-Georgia Strategic Partnership Dialogue", "meeting"),  # a statement on the meeting
    ("Joint Statement by President Biden and President Lula Following Call", "meeting"),
])
def test_a_joint_statement_by_its_parties_is_one_even_when_it_tells_of_the_meeting(title, encounter):
    from communique.ingest.text import document_from_text

    doc = document_from_text("(Kyiv, 3 May 2024) The President of Ukraine and the President of the Republic of Finland, "
                             "having met today in Kyiv, stated the following.\nThe parties condemn the aggression.",
                             doc_id="t", title=title)
    r = extract_document(doc)
    assert r.encounter == encounter
    assert [(p.name, p.country) for p in r.participants] == [
        ("President of Ukraine", "UKR"), ("President of the Republic of Finland", "FIN")]
    assert r.location.name == "Kyiv"


@pytest.mark.parametrize("title", [
    "Remarks by President Biden and President Zelenskyy of Ukraine in Joint\xa0Statement",
    "Remarks by the President and the Prime Minister in Joint Press Statement",
])
def test_remarks_given_as_a_joint_statement_are_remarks(title):
    """The White House's and State's transcripts "Remarks by ... in Joint Statement": the speakers' labels make them
    remarks, which a title's closing words do not change."""
    from communique.ingest.text import document_from_text

    doc = document_from_text("Mariinsky Palace\nKyiv, Ukraine\n\nPRESIDENT ZELENSKYY: Mr. President, welcome to Kyiv.\n\n"
                             "PRESIDENT BIDEN: Thank you, Mr. President. We stand with Ukraine.", doc_id="t", title=title)
    assert extract_document(doc).encounter == "press_remarks"


@pytest.mark.parametrize("lead, name", [
    ("Vladimir Putin met with Director of the Federal Security Service Alexander Bortnikov.", "Alexander Bortnikov"),
    ("Vice President Harris met with Director of the Office of Public Engagement Stephen Benjamin.", "Stephen Benjamin"),
    ("Vladimir Putin met with Secretary General of the Collective Security Treaty Organisation Imangali Tasmagambetov.",
     "Imangali Tasmagambetov"),
])
def test_a_body_named_in_an_office_is_no_part_of_its_holders_name(lead, name):
    assert name in [p.name for p in extract(lead, doc_id="t").participants]


def test_a_dateline_places_no_phone_call():
    assert extract("SEOUL, June 3 (Yonhap) -- Foreign Minister Cho Tae-yul spoke by phone with his Kenyan "
                   "counterpart, Musalia Mudavadi, on Monday.", doc_id="t").location is None


def test_a_congratulation_after_the_opening_sentence_announces_no_message():
    """A weak cue announces the encounter only where the body begins; later it is a reported act."""
    from communique.ingest.text import document_from_text

    doc = document_from_text("On June 29, Special Representative for Afghanistan Thomas West led a delegation to Doha.\n"
                             "The United States expressed condolences for the loss of life in the earthquake.",
                             doc_id="t", title="U.S. Delegation Meeting with Taliban Representatives")
    assert extract_document(doc).encounter == "meeting"


@pytest.mark.parametrize("para, count", [
    ("They met during the ASEAN Chair Year.On the occasion, they agreed.", 2),
    ("They hailed the trade agreement amid global uncertainties.PM Chinh stressed the projects.", 2),
    ("They met the Welcome.US CEO Council, a group of business leaders.", 1),  # a domain's name
])
def test_two_sentences_whose_space_was_lost_are_two(para, count):
    assert len(split_sentences(para)) == count


@pytest.mark.parametrize("para, pieces", [
    ("The documents were adopted.*** President of Russia Vladimir Putin: Colleagues,",
     ["The documents were adopted.", "***", "President of Russia Vladimir Putin: Colleagues,"]),
    ("The theme is New Opportunities. * * * Moderator: Good afternoon.",
     ["The theme is New Opportunities.", "* * *", "Moderator: Good afternoon."]),
    # a section heading run into the first label: a line of its own (the heading's last office that a name follows
    # opens the label)
    ("The talks went well.*** Beginning of Russian-Egyptian talks President of Russia Vladimir Putin: Mr President,",
     ["The talks went well.", "***", "Beginning of Russian-Egyptian talks", "President of Russia Vladimir Putin: Mr President,"]),
    ("*** Beginning of talks with President of Mongolia Ukhnaagiin Khurelsukh President of Russia Vladimir Putin: Welcome.",
     ["***", "Beginning of talks with President of Mongolia Ukhnaagiin Khurelsukh", "President of Russia Vladimir Putin: Welcome."]),
    ("*** Speech at the plenary session Deputy Prime Minister Alexander Novak: Colleagues,",
     ["***", "Speech at the plenary session", "Deputy Prime Minister Alexander Novak: Colleagues,"]),
    # ... at a paragraph's start too, the divider's line break lost as well
    ("Beginning of Russian-Belarusian talks President of Russia Vladimir Putin: Mr Lukashenko,",
     ["Beginning of Russian-Belarusian talks", "President of Russia Vladimir Putin: Mr Lukashenko,"]),
    # a label with no heading before it, a sentence or an office's words before the label, and a heading whose colon
    # opens no label, stay whole
    ("*** President and Chairman of VTB Bank Andrei Kostin: Mr President,", ["***", "President and Chairman of VTB Bank Andrei Kostin: Mr President,"]),
    ("The following is attributed to Spokesperson Ned Price:", ["The following is attributed to Spokesperson Ned Price:"]),
    ("* * * Aide to the President Yury Ushakov: Good evening!", ["* * *", "Aide to the President Yury Ushakov: Good evening!"]),
    ("*** The agenda was as follows: trade and energy.", ["***", "The agenda was as follows: trade and energy."]),
])
def test_a_divider_is_a_sentence_of_its_own(para, pieces):
    """The Kremlin cuts a release's narration from its transcript with "***" or "* * *" inside one paragraph, its
    pages' section headings run into the text after it."""
    assert [para[s:e] for s, e in split_sentences(para)] == pieces


@pytest.mark.parametrize("para, pieces", [
    ("The two leaders reviewed regional developments. (end) mb",
     ["The two leaders reviewed regional developments.", "(end) mb"]),
    ("The talks were held in Seoul. (END)", ["The talks were held in Seoul.", "(END)"]),
])
def test_a_wires_sign_off_glued_to_the_last_sentence_is_cut_off(para, pieces):
    """KUNA, Yonhap and the Gulf agencies end a story with "(end)" and the desk's initials on its last line."""
    assert [para[s:e] for s, e in split_sentences(para)] == pieces


@pytest.mark.parametrize("lead, encounter, expected", [
    ("Foreign Minister Ishaq Dar called Turkish Foreign Minister Hakan Fidan today and briefed him on the situation.",
     "phone_call", [("Ishaq Dar", "Foreign Minister", "PAK"), ("Hakan Fidan", "Foreign Minister", "TUR")]),
    ("Prime Minister Shri Narendra Modi had a telephonic conversation today with H.E. Luiz Inacio Lula da Silva, "
     "President of the Federative Republic of Brazil.", "phone_call",
     [("Narendra Modi", "Prime Minister", "IND"), ("Luiz Inacio Lula da Silva", "President", "BRA")]),
    ("Secretary Antony J. Blinken spoke yesterday with Saudi Foreign Minister Prince Faisal bin Farhan.", "phone_call",
     [("Antony J. Blinken", "Secretary", "USA"), ("Faisal bin Farhan", "Foreign Minister", "SAU")]),
    ("On March 3, the French side initiated a call between Foreign Minister Wang Yi and Minister of Foreign Affairs "
     "Stephane Sejourne.", "phone_call",
     [("Wang Yi", "Foreign Minister", "CHN"), ("Stephane Sejourne", "Minister of Foreign Affairs", "FRA")]),
    ("Foreign Minister, Bilawal Bhutto Zardari, who is leading the delegation to Geneva, received a telephone call "
     "from the Foreign Minister of Egypt, Sameh Shoukry, today.", "phone_call",
     [("Bilawal Bhutto Zardari", "Foreign Minister", "PAK"), ("Sameh Shoukry", "Foreign Minister", "EGY")]),
    ("The High Commissioner of Australia Philip Green paid an introductory call on External Affairs Minister "
     "Dr. S. Jaishankar.", "meeting",
     [("Philip Green", "High Commissioner", "AUS"), ("S. Jaishankar", "External Affairs Minister", "IND")]),
    ("During the talks in Vilnius, President of Lithuania Gitanas Nausėda and Prime Minister of Japan Fumio Kishida "
     "discussed energy security.", "talks",
     [("Gitanas Nausėda", "President", "LTU"), ("Fumio Kishida", "Prime Minister", "JPN")]),
    # "At" as "During": the encounter named before its parties, opening the sentence (Ukraine's presidency)
    ("At a meeting in Kyiv, President of Ukraine Volodymyr Zelenskyy and Federal Chancellor of Austria Karl Nehammer "
     "discussed sanctions.", "meeting",
     [("Volodymyr Zelenskyy", "President", "UKR"), ("Karl Nehammer", "Federal Chancellor", "AUT")]),
    ("At the talks in Tallinn, President of Estonia Alar Karis and Prime Minister of Japan Fumio Kishida discussed "
     "energy security.", "talks", [("Alar Karis", "President", "EST"), ("Fumio Kishida", "Prime Minister", "JPN")]),
    # an untitled name, then the office it now takes (Kremlin's greetings): "on being elected" as "on his election as"
    ("Vladimir Putin sent a message of congratulations to Vahagn Khachaturyan on being elected President of Armenia.",
     "message", [("Vladimir Putin", None, "RUS"), ("Vahagn Khachaturyan", "President", "ARM")]),
    ("President Vo Van Thuong congratulated Tamas Kovacsi on being re-elected as Prime Minister of Hungary.", "message",
     [("Vo Van Thuong", "President", "VNM"), ("Tamas Kovacsi", "Prime Minister", "HUN")]),
    # a state's adjective inside the body an office heads, then the holder (Ukraine's presidency, Kremlin)
    ("Deputy Head of the Office of the President of Ukraine Kyrylo Tymoshenko met with President of the Austrian "
     "Association of Municipalities Alfred Riedl.", "meeting",
     [("Kyrylo Tymoshenko", "Deputy Head of the Office of the President", "UKR"),
      ("Alfred Riedl", "President of the Association of Municipalities", "AUT")]),
    # the chair of an organisation named first, then the state's office: the official speaks for the organisation
    # (Kremlin, Ukraine's presidency, OSCE)
    ("Vladimir Putin had a telephone conversation with Chairperson of the African Union, President of the Republic of "
     "Senegal Macky Sall.", "phone_call", [("Vladimir Putin", None, "RUS"), ("Macky Sall", "President", "AU")]),
    ("The OSCE Chair-in-Office, Malta's Minister for Foreign and European Affairs Ian Borg, met today with President of "
     "the Republic of Moldova Maia Sandu.", "meeting",
     [("Ian Borg", "Minister for Foreign and European Affairs", "OSCE"), ("Maia Sandu", "President", "MDA")]),
    # who sent the traveller stays home (Ukraine's presidency, Kremlin): "Pursuant to the instruction of X, ..."
    ("Pursuant to the instruction of Head of the Office of the President of Ukraine Andriy Yermak, Deputy Head of the "
     "Office of the President Kyrylo Tymoshenko met with Ambassador of Austria to Ukraine Arad Benkö.", "meeting",
     [("Kyrylo Tymoshenko", "Deputy Head of the Office of the President", None),
      ("Arad Benkö", "Ambassador to Ukraine", "AUT")]),
    ("President Joe Biden and Chancellor Olaf Scholz spoke today about the situation in the Middle East.", "phone_call",
     [("Joe Biden", "President", "USA"), ("Olaf Scholz", "Chancellor", "DEU")]),
    ("Secretary of State Antony J. Blinken held separate calls today with Egyptian Foreign Minister Sameh Shoukry and "
     "Jordanian Foreign Minister Ayman Safadi.", "phone_call",
     [("Antony J. Blinken", "Secretary of State", "USA"), ("Sameh Shoukry", "Foreign Minister", "EGY"),
      ("Ayman Safadi", "Foreign Minister", "JOR")]),
    ("Vice President Kamala Harris spoke separately today with King Abdullah II of Jordan and President Abdel Fattah "
     "el-Sisi of Egypt.", "phone_call",
     [("Kamala Harris", "Vice President", "USA"), ("Abdullah II", "King", "JOR"),
      ("Abdel Fattah el-Sisi", "President", "EGY")]),
    ("Deputy Head of the Office of the President of Ukraine Ihor Zhovkva held an online consultation with Foreign "
     "Policy Adviser to the Prime Minister of Estonia Liis Lipre-Järma.", "video_call",
     [("Ihor Zhovkva", "Deputy Head of the Office of the President", "UKR"),
      ("Liis Lipre-Järma", "Foreign Policy Adviser to the Prime Minister", "EST")]),
    ("The Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud received a phone call today from "
     "President Emmanuel Macron of France.", "phone_call",
     [("Salman bin Abdulaziz Al Saud", "King", "SAU"), ("Emmanuel Macron", "President", "FRA")]),
    ("National Security Advisor Jake Sullivan traveled to Riyadh on May 4 to meet with Crown Prince and Prime "
     "Minister Mohammed bin Salman.", "meeting",
     [("Jake Sullivan", "National Security Advisor", "USA"), ("Mohammed bin Salman", "Crown Prince and Prime Minister", "SAU")]),
    # untitled leaders each with their state after the name, the list going on after "and" (Nordic governments, wires)
    ("Prime Minister Katrín Jakobsdóttir took part in a video conference of the Nordic prime ministers, together with "
     "Mette Frederiksen of Denmark, Erna Solberg of Norway and Stefan Löfven of Sweden.", "video_call",
     [("Katrín Jakobsdóttir", "Prime Minister", None), ("Mette Frederiksen", None, "DNK"), ("Erna Solberg", None, "NOR"),
      ("Stefan Löfven", None, "SWE")]),
    # a body's office closed by its acronym, the holder in apposition after a comma (CARICOM, AU, wires)
    ("CARICOM Secretary-General Carla Barnett met with the President of the African Export-Import Bank (Afreximbank), "
     "Professor Benedict Oramah, on Monday.", "meeting",
     [("Carla Barnett", "Secretary-General", "CARICOM"),
      ("Benedict Oramah", "President of the African Export-Import Bank", "AFREXIMBANK")]),
    # a court's consent to receive (Brunei's PMO, Malay and Gulf courts)
    ("His Majesty Sultan Haji Hassanal Bolkiah, Sultan of Brunei Darussalam, today consented to receive a courtesy "
     "call from His Excellency Dr Kao Kim Hourn, Secretary-General of ASEAN.", "meeting",
     [("Haji Hassanal Bolkiah", "Sultan", "BRN"), ("Kao Kim Hourn", "Secretary-General", "ASEAN")]),
])
def test_leads_of_the_genre_give_encounter_and_participants(lead, encounter, expected):
    r = extract(lead, doc_id="t", published="2024-03-04")
    assert r.encounter == encounter
    assert [(p.name, p.title, p.country) for p in r.participants] == expected


@pytest.mark.parametrize("lead, encounter, expected", [
    # a royal style is no office: the office beside it is the title, before or after the name (Gulf
    # agencies, Oman, Jordan, Bahrain, Pakistan), and a style alone stands for one
    ("His Majesty Haitham bin Tariq Al Said, the Sultan of Oman, received a phone call from President Joe Biden.",
     "phone_call", [("Haitham bin Tariq Al Said", "Sultan", "OMN"), ("Joe Biden", "President", "USA")]),
    ("Prime Minister Shehbaz Sharif held a telephone conversation with the President of the United Arab Emirates, "
     "His Highness Sheikh Mohamed bin Zayed Al Nahyan, today.", "phone_call",
     [("Shehbaz Sharif", "Prime Minister", "PAK"), ("Mohamed bin Zayed Al Nahyan", "President", "ARE")]),
    ("His Royal Highness Prince Salman bin Hamad Al Khalifa, Crown Prince and Prime Minister of Bahrain, met with "
     "Foreign Secretary David Cameron in Manama.", "meeting",
     [("Salman bin Hamad Al Khalifa", "Crown Prince and Prime Minister", "BHR"),
      ("David Cameron", "Foreign Secretary", "GBR")]),
    ("National Security Advisor Jake Sullivan spoke with His Highness Ahmad al-Nawaf al-Sabah of Kuwait.", "phone_call",
     [("Jake Sullivan", "National Security Advisor", "USA"), ("Ahmad al-Nawaf al-Sabah", "His Highness", "KWT")]),
    # letters after a name (Ireland, the UK, Australia, Sri Lanka) and Malaysian styles before it
    ("The Tánaiste and Minister for Foreign Affairs, Micheál Martin TD, met with the Palestinian Prime Minister, "
     "Dr Mohammad Shtayyeh, in Ramallah.", "meeting",
     [("Micheál Martin", "Tánaiste and Minister for Foreign Affairs", "IRL"),
      ("Mohammad Shtayyeh", "Prime Minister", "PSE")]),
    ("Prime Minister the Honourable Kamla Persad-Bissessar SC MP received Ambassador Fang Qiu.", "meeting",
     [("Kamla Persad-Bissessar", "Prime Minister", None), ("Fang Qiu", "Ambassador", None)]),  # Trinidad and Tobago
    ("Foreign Minister Ali Sabry, PC held bilateral discussions with the Minister of External Affairs of India, "
     "Dr. S. Jaishankar in Colombo.", "talks",
     [("Ali Sabry", "Foreign Minister", None), ("S. Jaishankar", "Minister of External Affairs", "IND")]),
    ("Minister for Foreign Affairs Dr Vivian Balakrishnan met Malaysian Minister of Foreign Affairs Dato' Seri Diraja "
     "Dr Zambry Abd Kadir in Singapore.", "meeting",
     [("Vivian Balakrishnan", "Minister for Foreign Affairs", "SGP"),
      ("Zambry Abd Kadir", "Minister of Foreign Affairs", "MYS")]),
    # the Malay styles written out, an office "Yang Di-Pertuan", a ruler's father named after "ibni Al-Marhum" ("the
    # late"), an outgoing envoy's farewell call, made in person (Brunei, Malaysia, Fiji)
    ("Yang Amat Berhormat Dato' Seri Anwar Ibrahim, Prime Minister of Malaysia, received a farewell call from "
     "Ambassador Kim Min-jae of the Republic of Korea.", "meeting",
     [("Anwar Ibrahim", "Prime Minister", "MYS"), ("Kim Min-jae", "Ambassador", "KOR")]),
    ("His Majesty Sultan Hassan Bakri ibni Al-Marhum Sultan Haji Omar 'Ali Saifuddien, Sultan and Yang Di-Pertuan of "
     "Brunei Darussalam, received an introductory call from His Excellency Lawrence Wong, Prime Minister of Singapore.",
     "meeting", [("Hassan Bakri", "Sultan", None), ("Lawrence Wong", "Prime Minister", "SGP")]),
    # a place named after someone is no official (Israel, Switzerland)
    ("Prime Minister Benjamin Netanyahu met Chancellor Olaf Scholz at the King David Hotel in Jerusalem.", "meeting",
     [("Benjamin Netanyahu", "Prime Minister", "ISR"), ("Olaf Scholz", "Chancellor", "DEU")]),
])
def test_styles_and_letters_around_a_name_are_neither_name_nor_office(lead, encounter, expected):
    r = extract(lead, doc_id="t", published="2024-03-04")
    assert r.encounter == encounter
    assert [(p.name, p.title, p.country) for p in r.participants] == expected


@pytest.mark.parametrize("lead, encounter, expected", [
    # Gulf agencies, Jordan, Malaysia, Pakistan: "phoned", a cable, calls received
    ("The Amir Sheikh Mishal Al-Ahmad Al-Sabah phoned King Abdullah II of Jordan.", "phone_call",
     [("Mishal Al-Ahmad Al-Sabah", "Amir"), ("Abdullah II", "King")]),
    ("King Salman bin Abdulaziz Al Saud sent a cable of congratulations to President Shavkat Mirziyoyev of Uzbekistan.",
     "message", [("Salman bin Abdulaziz Al Saud", "King"), ("Shavkat Mirziyoyev", "President")]),
    ("Sultan Haitham bin Tarik received a written message from President Cyril Ramaphosa of South Africa.", "message",
     [("Haitham bin Tarik", "Sultan"), ("Cyril Ramaphosa", "President")]),
    ("President Mohamed bin Zayed Al Nahyan received phone calls from King Abdullah II of Jordan and President "
     "Abdel Fattah El-Sisi of Egypt.", "phone_call",
     [("Mohamed bin Zayed Al Nahyan", "President"), ("Abdullah II", "King"), ("Abdel Fattah El-Sisi", "President")]),
    # Kremlin, VNA: greetings exchanged; Australia, UK: "has spoken with"
    ("President Vladimir Putin and President Xi Jinping exchanged New Year greetings.", "message",
     [("Vladimir Putin", "President"), ("Xi Jinping", "President")]),
    ("Prime Minister Anthony Albanese has spoken with President Joe Biden.", "phone_call",
     [("Anthony Albanese", "Prime Minister"), ("Joe Biden", "President")]),
    # Bangladesh, Azerbaijan, Kazakhstan: credentials; Qatar, Kazakhstan: a talks session
    ("The Ambassador of Japan Iwama Kiminori presented his credentials to President Mohammed Shahabuddin.", "meeting",
     [("Iwama Kiminori", "Ambassador"), ("Mohammed Shahabuddin", "President")]),
    ("The Amir Sheikh Tamim bin Hamad Al-Thani held an official talks session with President William Ruto of Kenya.",
     "talks", [("Tamim bin Hamad Al-Thani", "Amir"), ("William Ruto", "President")]),
    # NATO, EU: "welcomed the X of Y, NAME, to"
    ("NATO Secretary General Mark Rutte welcomed the Prime Minister of the Netherlands, Dick Schoof, to NATO Headquarters.",
     "meeting", [("Mark Rutte", "Secretary General"), ("Dick Schoof", "Prime Minister")]),
    # a portfolio's "and" inside the guest's office (Czechia, Moldova, Ukraine's "Foreign Affairs and ...")
    ("Foreign Minister Jan Lipavský welcomed Moldovan Deputy Prime Minister and Minister of Foreign Affairs and European "
     "Integration Nicu Popescu to Prague.", "meeting",
     [("Jan Lipavský", "Foreign Minister"),
      ("Nicu Popescu", "Deputy Prime Minister and Minister of Foreign Affairs and European Integration")]),
    # an organisation after the office goes as a state's does, unless the office needs its body to be told (Ukraine,
    # Kremlin, State, UN)
    ("President Zelenskyy had a phone conversation with Secretary-General of the United Nations António Guterres.",
     "phone_call", [("Zelenskyy", "President"), ("António Guterres", "Secretary-General")]),
    ("President Zelenskyy met Director General of the International Atomic Energy Agency Rafael Grossi.",
     "meeting", [("Zelenskyy", "President"), ("Rafael Grossi", "Director General")]),
    # a royal style before the name and the office after it (Gulf agencies, Egypt, State)
    ("Foreign Minister Sameh Shoukry received Prince Faisal bin Farhan Al Saud, Minister of Foreign Affairs of the "
     "Kingdom of Saudi Arabia, in Cairo.", "meeting",
     [("Sameh Shoukry", "Foreign Minister"), ("Faisal bin Farhan Al Saud", "Minister of Foreign Affairs")]),
    # a clerical rank before the name and the office after it (Holy See, State)
    ("Secretary Blinken met Cardinal Pietro Parolin, Secretary of State of the Holy See.", "meeting",
     [("Blinken", "Secretary"), ("Pietro Parolin", "Secretary of State")]),
    # a state's name inside an institution's keeps its place ("Communist Party of China Central Committee"); a
    # people's word inside goes, as the contract's rule for titles says
    ("President Putin met General Secretary of the Communist Party of Vietnam Central Committee To Lam.", "meeting",
     [("Putin", "President"), ("To Lam", "General Secretary of the Communist Party of Vietnam Central Committee")]),
    ("Jake Sullivan met Secretary of the Russian Security Council Nikolay Patrushev.", "meeting",
     [("Jake Sullivan", None), ("Nikolay Patrushev", "Secretary of the Security Council")]),
    ("President Maia Sandu met IMF Managing Director Kristalina Georgieva.",
     "meeting", [("Maia Sandu", "President"), ("Kristalina Georgieva", "Managing Director")]),
    ("President Maia Sandu met Kristalina Georgieva, Managing Director of the International Monetary Fund.",
     "meeting", [("Maia Sandu", "President"), ("Kristalina Georgieva", "Managing Director")]),
    ("President Zelenskyy met President of the European Commission Ursula von der Leyen.",
     "meeting", [("Zelenskyy", "President"), ("Ursula von der Leyen", "President of the European Commission")]),
    # offices the titles list lacked (Japan MOFA, Philippines DFA, Indonesia, Argentina, every envoy list)
    ("Mr. TSUGE Yoshifumi, Parliamentary Vice-Minister for Foreign Affairs, paid a courtesy call on H.E. Mr. Vu Duc Dam, "
     "Deputy Prime Minister of Viet Nam.", "meeting",
     [("TSUGE Yoshifumi", "Parliamentary Vice-Minister for Foreign Affairs"), ("Vu Duc Dam", "Deputy Prime Minister")]),
    ("Press Secretary Karine Jean-Pierre met with Foreign Ministry Spokesperson Mao Ning of China.", "meeting",
     [("Karine Jean-Pierre", "Press Secretary"), ("Mao Ning", "Foreign Ministry Spokesperson")]),
    ("Undersecretary Theresa Lazaro met with Vice Foreign Minister Sun Weidong of China.", "meeting",
     [("Theresa Lazaro", "Undersecretary"), ("Sun Weidong", "Vice Foreign Minister")]),
    ("The President of the Nation, Javier Milei, met with the Prime Minister of Italy, Giorgia Meloni.", "meeting",
     [("Javier Milei", "President of the Nation"), ("Giorgia Meloni", "Prime Minister")]),
    ("Minister Vivian Balakrishnan met Chargé d'Affaires a.i. John Smith of the United States.", "meeting",
     [("Vivian Balakrishnan", "Minister"), ("John Smith", "Chargé d'Affaires")]),
    # "The Honourable" before a name set off by commas (Canada, Australia)
    ("The Honourable Mélanie Joly, Minister of Foreign Affairs, met with the Foreign Minister of Mexico, Alicia Bárcena.",
     "meeting", [("Mélanie Joly", "Minister of Foreign Affairs"), ("Alicia Bárcena", "Foreign Minister")]),
])
def test_encounter_words_and_offices_of_more_governments(lead, encounter, expected):
    r = extract(lead, doc_id="t", published="2024-03-04")
    assert r.encounter == encounter
    assert [(p.name, p.title) for p in r.participants] == expected


def test_two_offices_joined_by_a_slash_are_one_title_and_each_names_its_holder():
    """EU: "High Representative/Vice-President"; State: "Deputy Prime Minister/Foreign Minister"."""
    r = extract("High Representative/Vice-President Josep Borrell met today with the Foreign Minister of Armenia, "
                "Ararat Mirzoyan.\nThe High Representative reaffirmed the EU's support.", doc_id="t")
    assert [(p.name, p.title) for p in r.participants][0] == ("Josep Borrell", "High Representative/Vice-President")
    assert r.statements[-1].speaker == "Josep Borrell"


@pytest.mark.parametrize("publisher, lead, sentence, speaker", [
    # an office in general words after a joint subject's "and" makes it both sides' (Azerbaijan, Argentina)
    ("AZE", "President Ilham Aliyev received NATO Secretary General Jens Stoltenberg.",
     "The head of state and the NATO Secretary General discussed partnership.", BOTH),
    ("ARG", "The President of the Nation, Javier Milei, met with the Prime Minister of Italy, Giorgia Meloni.",
     "The head of state and the Italian prime minister discussed trade.", BOTH),
    # a state's office names that state's participant under another title (Kazakhstan, Italy)
    ("KAZ", "Head of State Kassym-Jomart Tokayev had a telephone conversation with President of Uzbekistan Shavkat "
     "Mirziyoyev.", "The Kazakh President congratulated his counterpart.", "Kassym-Jomart Tokayev"),
    ("ALB", "Prime Minister Edi Rama met the President of the Council of Ministers of Italy, Giorgia Meloni.",
     "The Italian Prime Minister reiterated her support.", "Giorgia Meloni"),
    # a surname that is a function word, after the office (the U.S. Treasury's readouts); "He" alone is a pronoun
    ("USA", "Secretary of the Treasury Janet L. Yellen held a video call with Vice Premier He Lifeng of China.",
     "Vice Premier He expressed concerns about export controls.", "He Lifeng"),
    ("USA", "Secretary of the Treasury Janet L. Yellen held a video call with Vice Premier He Lifeng of China.",
     "Secretary Yellen and Vice Premier He discussed the global economy.", BOTH),
    # a counterpart, a top diplomat, the head of a state's diplomacy, by their state (Italy, IRNA, Poland)
    ("ITA", "Foreign Minister Antonio Tajani met Greek Foreign Minister Giorgos Gerapetritis in Rome.",
     "His Greek counterpart thanked Italy.", "Giorgos Gerapetritis"),
    ("IRN", "Foreign Minister Hossein Amir-Abdollahian held a telephone conversation with Omani Foreign Minister Badr "
     "Albusaidi.", "The Omani top diplomat, for his part, stressed the need for a ceasefire.", "Badr Albusaidi"),
    ("POL", "Minister Radosław Sikorski held talks with Czech Foreign Minister Jan Lipavský.",
     "The head of Czech diplomacy stressed the importance of the Visegrad Group.", "Jan Lipavský"),
    ("KAZ", "Foreign Minister Murat Nurtleu held talks with Foreign Minister of Uzbekistan Bakhtiyor Saidov.",
     "The head of the Uzbek foreign ministry informed his counterpart about the reforms.", "Bakhtiyor Saidov"),
    # a style before the office: the office says who (Oman, Gulf agencies)
    ("OMN", "His Highness Sayyid Badr bin Hamad Albusaidi, Minister of Foreign Affairs, received a phone call from His "
     "Excellency Antony Blinken, Secretary of State of the United States of America.",
     "His Excellency the Secretary of State expressed the appreciation of the United States.", "Antony Blinken"),
    ("KAZ", "Foreign Minister Murat Nurtleu held talks with Foreign Minister of Uzbekistan Bakhtiyor Saidov.",
     "The head of the Uzbek foreign ministry's consular department briefed the delegations.", None),
    # an office before the other official's name is theirs, not the lead's official named by office (Élysée)
    ("FRA", "The President of the Republic spoke by telephone with the President of Senegal, Macky Sall.",
     "President Sall thanked France for its support.", "Macky Sall"),
    # the pair, the officials, what the talks covered (Australia, UK, State, White House, EEAS)
    ("AUS", "Foreign Minister Penny Wong met New Zealand Foreign Minister Winston Peters in Wellington.",
     "The pair discussed Pacific security.", BOTH),
    ("USA", "Deputy Secretary Wendy Sherman met Zambian Foreign Minister Stanley Kakubo.",
     "The officials discussed the strong partnership.", BOTH),
    ("JAM", "Prime Minister Andrew Holness held a bilateral meeting with US Secretary of State Marco Rubio.",
     "The two officials later addressed a joint press conference at Jamaica House.", BOTH),  # after an adverb of time
    # an abbreviated office (Kenya's "CS": Cabinet Secretary) names the participant who holds it
    ("KEN", "Cabinet Secretary for Foreign and Diaspora Affairs Musalia Mudavadi met Foreign Minister Hakan Fidan of "
     "Türkiye in Antalya.", "The CS thanked Türkiye for its humanitarian support.", "Musalia Mudavadi"),
    # an office before a name is that person's, though the other side's office has its words (Nepal, Qatar)
    ("NPL", "Dr. Arzu Rana Deuba, Minister for Foreign Affairs of Nepal, spoke by telephone with Dr. Mohammed bin Abdulaziz "
     "Al-Khulaifi, Minister of State for Foreign Affairs of Qatar.",
     "Minister of State Al-Khulaifi appreciated the contribution of Nepali workers.", "Mohammed bin Abdulaziz Al-Khulaifi"),
    ("AUS", "Foreign Minister Penny Wong met New Zealand Foreign Minister Winston Peters in Wellington.",
     "Topics discussed included AUKUS and climate change.", BOTH),
    ("ITA", "Foreign Minister Antonio Tajani met Greek Foreign Minister Giorgos Gerapetritis in Rome.",
     "Discussions also touched on migration.", BOTH),
    # an abbreviated style, a courtesy before a name whose office follows it (WAM, QNA, KUNA)
    ("ARE", "H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received Sri Lankan Foreign "
     "Minister Ali Sabry.", "His Highness welcomed the Sri Lankan minister.", "Abdullah bin Zayed Al Nahyan"),
    ("KWT", "Sheikh Salem Abdullah Al-Jaber Al-Sabah, Foreign Minister, received the Ambassador of Japan Mukai "
     "Kenichiro.", "The minister stressed the ties.", "Salem Abdullah Al-Jaber Al-Sabah"),
    # an office in lower case (APP, Bernama, Yonhap)
    ("PAK", "Prime Minister Shehbaz Sharif held a telephone conversation with President Recep Tayyip Erdoğan.",
     "The prime minister thanked the Turkish President for his warm wishes.", "Shehbaz Sharif"),
    ("PAK", "Prime Minister Shehbaz Sharif held a telephone conversation with President Recep Tayyip Erdoğan.",
     "The president said Türkiye stands with Pakistan.", "Recep Tayyip Erdoğan"),
    # a spokesperson relays what a participant said (Egypt's presidency and foreign ministry, Gulf agencies)
    ("EGY", "President Abdel Fattah El-Sisi received today a phone call from President Vladimir Putin of Russia.",
     "Spokesman for the Presidency Ambassador Ahmed Fahmy said that President El-Sisi stressed the need for a ceasefire.",
     "Abdel Fattah El-Sisi"),
    ("EGY", "President Abdel Fattah El-Sisi received today a phone call from President Vladimir Putin of Russia.",
     "The Spokesman said the two presidents discussed bilateral relations.", BOTH),
    ("USA", "Secretary Blinken met Foreign Minister Wang Yi.", "The spokesperson said the meeting was productive.", None),
    # a message as the subject of its words is its sender (VNA, VOV, Kremlin)
    ("VNM", "General Secretary Nguyen Phu Trong sent a message of congratulations to General Secretary Thongloun "
     "Sisoulith.", "The message wished the Lao people greater achievements.", "Nguyen Phu Trong"),
    ("UZB", "President Shavkat Mirziyoyev sent a congratulatory message to Prime Minister of India Narendra Modi.",
     "The message expresses confidence that relations will keep developing.", "Shavkat Mirziyoyev"),  # told in the present
    # a royal style refers back to its holder; a state's office by its state (whoever publishes)
    (None, "His Majesty King Abdullah II received Secretary of State Antony Blinken in Amman.",
     "His Majesty stressed the need to stop the war.", "Abdullah II"),
    (None, "His Royal Highness Prince Salman bin Hamad Al Khalifa, Crown Prince and Prime Minister, met with Foreign "
     "Secretary David Cameron in Manama.", "His Royal Highness underlined the strong ties.", "Salman bin Hamad Al Khalifa"),
    (None, "Prime Minister Shehbaz Sharif held a telephone conversation with the President of the United Arab Emirates, His "
     "Highness Sheikh Mohamed bin Zayed Al Nahyan.", "The UAE President appreciated the warm sentiments.",
     "Mohamed bin Zayed Al Nahyan"),
    # "the Minister" of a title written "Minister for ...": both ministers', so the publisher's (Spain, Algeria)
    ("ESP", "The Minister for Foreign Affairs, European Union and Cooperation, José Manuel Albares, met the Minister of "
     "Foreign Affairs of Morocco, Nasser Bourita, in Rabat.", "The Minister conveyed Spain's condolences to his "
     "counterpart.", "José Manuel Albares"),
    # a governor, an ambassador in lower case (BelTA, Kremlin, agencies)
    ("BLR", "President Alexander Lukashenko met with Governor of the Novosibirsk Oblast of Russia Andrei Travnikov.",
     "The governor noted the growth of trade.", "Andrei Travnikov"),
    # one side and the other in words for the other side, as the subject (Senegal, Mexico, State, White House)
    ("SEN", "The Head of State, Bassirou Diomaye Faye, received the President of Mauritania, Mohamed Ould Ghazouani.",
     "The Head of State and his guest discussed security in the Sahel.", BOTH),
    ("MEX", "Foreign Secretary Juan Ramón de la Fuente met with Minister of Foreign Affairs Mélanie Joly of Canada.",
     "During the meeting, the Foreign Secretary and the Canadian minister reviewed the agenda.", BOTH),
    ("USA", "President Biden met with President Lula of Brazil.", "He and his counterpart discussed climate change.", BOTH),
    ("USA", "Deputy Secretary Kurt Campbell met with Vice Foreign Minister Kim Hong-kyun and Vice Minister Funakoshi "
     "Takehiro.", "The three officials agreed to meet again in Tokyo.", BOTH),
    ("DEU", "Foreign Minister Johann Wadephul met Secretary of State Marco Rubio in Washington.",
     "The two diplomats also discussed the war in Sudan.", BOTH),
    ("RUS", "Foreign Minister Sergey Lavrov held a telephone conversation with Foreign Minister Prince Faisal bin Farhan "
     "of Saudi Arabia.", "The top diplomats also touched upon coordination within OPEC+.", BOTH),  # TASS, IRNA
    # which of their encounters this was: the narrator's (MEA, Ukraine's presidency, State)
    ("IND", "External Affairs Minister Dr. S. Jaishankar met Foreign Minister Wang Yi in Johannesburg.",
     "This was the second meeting between the two ministers since August.", None),
    ("UKR", "President Volodymyr Zelenskyy had a phone conversation with President Emmanuel Macron.",
     "It is the third conversation between the two Presidents this month.", None),
    # the lead's office named alone, then its holder by name (who then names the participant) or the office again (Akorda)
    ("KAZ", "The Head of State held talks with President of Azerbaijan Ilham Aliyev.",
     "Kassym-Jomart Tokayev welcomed the distinguished guest.", "Kassym-Jomart Tokayev"),
    ("KAZ", "The Head of State held talks with President of Azerbaijan Ilham Aliyev.",
     "The Head of State paid special attention to transit.", "Head of State"),
    ("QAT", "His Highness the Amir Sheikh Tamim bin Hamad Al-Thani met with HE Prime Minister of Spain Pedro Sanchez.",
     "His Highness welcomed the Spanish Prime Minister.", "Tamim bin Hamad Al-Thani"),  # QNA: style, office, courtesy
    # a spokesperson, or a teller named alone, relays what the two sides did (Egypt, Gulf agencies)
    ("EGY", "Minister of Foreign Affairs Badr Abdelatty met with Foreign Minister Hakan Fidan in Cairo.",
     "Ambassador Tamim Khallaf, the Official Spokesperson, stated that the two ministers reviewed bilateral relations.",
     BOTH),
    # ... with a long office in apposition, or "further" stated (Egypt's MFA)
    ("EGY", "Minister of Foreign Affairs Badr Abdelatty met with Foreign Minister Hakan Fidan in Cairo.",
     "Ambassador Tamim Khallaf, Spokesperson and Director of Public Diplomacy at the Ministry of Foreign Affairs, stated "
     "that the two ministers reviewed bilateral relations.", BOTH),
    # a body, or an official telling reporters, relays the two sides' act or a participant's (agencies: PTI, ANI, AFP)
    ("IND", "Prime Minister Narendra Modi held talks with Prime Minister Anthony Albanese in New Delhi.",
     "In a statement, the Prime Minister's Office said the two leaders welcomed progress on trade.", BOTH),
    ("IND", "Prime Minister Narendra Modi held talks with Prime Minister Anthony Albanese in New Delhi.",
     "The Ministry of External Affairs said that Prime Minister Albanese invited Modi to Australia.", "Anthony Albanese"),
    # an office whose state follows its portfolio, where both hold the same office (Thailand's MFA, Japan's MOFA)
    ("THA", "Deputy Prime Minister and Minister of Foreign Affairs Maris Sangiampongsa held talks with Minister for "
     "Foreign Affairs Penny Wong of Australia in Bangkok.",
     "The Minister for Foreign Affairs of Australia invited the Deputy Prime Minister to visit Canberra.", "Penny Wong"),
    ("IND", "Prime Minister Narendra Modi held talks with Prime Minister Anthony Albanese in New Delhi.",  # INA, NAN
     "A statement from the Prime Minister's Office said that Albanese invited Modi to Australia.", "Anthony Albanese"),
    ("IND", "Prime Minister Narendra Modi held talks with Prime Minister Anthony Albanese in New Delhi.",
     "Foreign Secretary Vikram Misri told reporters that the two leaders discussed the Indo-Pacific.", BOTH),
    # a body telling, after the clause, what the clause's own subject did (PTI, BSS, wires)
    ("IND", "Prime Minister Narendra Modi held talks with Sri Lankan President Anura Kumara Dissanayake in New Delhi.",
     "The Sri Lankan President thanked Modi for India's assistance, the PMO said.", "Anura Kumara Dissanayake"),
    ("IND", "Prime Minister Narendra Modi held talks with Sri Lankan President Anura Kumara Dissanayake in New Delhi.",
     "The two leaders will meet again next year, the Ministry said.", BOTH),
    ("PHL", "President Ferdinand R. Marcos Jr. met Australian Foreign Minister Penny Wong at Malacañang Palace.",
     "In a press briefing, Palace Press Officer Claire Castro said the President thanked Australia.",
     "Ferdinand R. Marcos Jr."),  # PCO: a press officer relays as a spokesperson does
    # the guest named as such: not the publisher's own, else not the lead's subject (BSS, Bernama, PNA, State Houses)
    ("BGD", "Chief Adviser Muhammad Yunus received Japanese Ambassador Iwama Kiminori in Dhaka.",
     "The visiting envoy said Japan would continue its support.", "Iwama Kiminori"),
    (None, "Prime Minister Anwar Ibrahim received a courtesy call from Foreign Minister Vivian Balakrishnan.",
     "The guest also thanked Malaysia for its hospitality.", "Vivian Balakrishnan"),
    # and the host so, "his guest" and "his host" too (VNA, Xinhua)
    ("VNM", "Prime Minister Pham Minh Chinh received External Affairs Minister S. Jaishankar in Hanoi.",
     "His guest agreed, and proposed new flights.", "S. Jaishankar"),
    ("VNM", "Prime Minister Pham Minh Chinh received External Affairs Minister S. Jaishankar in Hanoi.",
     "The host recalled the partnership of 2016.", "Pham Minh Chinh"),
    ("AZE", "Minister of Foreign Affairs Jeyhun Bayramov met with Minister of Foreign and European Affairs of Slovakia "
            "Juraj Blanár in Baku.", "The guest, in turn, expressed gratitude for the warm hospitality.", "Juraj Blanár"),
    # the guest and the host by their state (Czechia, Slovakia)
    ("CZE", "Minister of Foreign Affairs Jan Lipavský met in Prague with Kenya's Cabinet Secretary for Foreign Affairs "
            "Musalia Mudavadi.", "The Kenyan guest informed his host about the situation in Sudan.", "Musalia Mudavadi"),
    ("CZE", "Minister of Foreign Affairs Jan Lipavský met in Prague with Kenya's Cabinet Secretary for Foreign Affairs "
            "Musalia Mudavadi.", "His Czech host recalled the visit of 2019.", "Jan Lipavský"),
    # "The Italian Prime Minister" of two Italians: the head of government, not the minister with her (Algeria, Egypt)
    ("DZA", "President Abdelmadjid Tebboune received the President of the Council of Ministers of Italy, Giorgia Meloni, "
            "accompanied by the Minister of the Interior, Matteo Piantedosi.",
     "The Italian Prime Minister, for her part, praised the cooperation.", "Giorgia Meloni"),
    ("TUN", "The President of the Republic, Kaïs Saïed, received the President of the Council of Ministers of the Italian "
            "Republic, Mrs. Giorgia Meloni, accompanied by the Italian Minister of the Interior, Mr. Matteo Piantedosi.",
     "The Italian Prime Minister, for her part, expressed her country's readiness to help.", "Giorgia Meloni"),
    # an office as the subject, and the other side's act after ", while": both (SPA, QNA, Gulf agencies)
    ("SAU", "Foreign Minister Prince Faisal bin Farhan received Qatari Prime Minister Sheikh Mohammed bin Abdulrahman "
            "Al-Thani in Riyadh.", "The Saudi minister affirmed the Kingdom's support, while the Qatari Prime Minister "
            "underscored the importance of coordination.", BOTH),
    # a wire reporting its own minister's visit: the host is the official of the state the meeting is in (Xinhua, Yonhap)
    ("CHN", "ABUJA, Jan. 11 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Nigerian Foreign Minister Yusuf "
            "Maitama Tuggar in Abuja.", "The visiting minister said China values Nigeria.", "Wang Yi"),
    ("CHN", "ABUJA, Jan. 11 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Nigerian Foreign Minister Yusuf "
            "Maitama Tuggar in Abuja.", "For his part, the host said Nigeria values China.", "Yusuf Maitama Tuggar"),
    # "the Premier" of a Prime Minister; "the top Iranian diplomat" (ENA, wires, IRNA)
    ("ETH", "Prime Minister Abiy Ahmed held talks with President Ismail Omar Guelleh of Djibouti.",
     "According to the Premier, Ethiopia considers Djibouti a strategic partner.", "Abiy Ahmed"),
    ("OMN", "His Majesty Sultan Haitham bin Tarik received Dr. Badr Abdelatty, Minister of Foreign Affairs of Egypt.",
     "According to the Egyptian minister, his country values the Sultanate's role.", "Badr Abdelatty"),
    ("IRN", "Iranian Foreign Minister Abbas Araghchi held a phone call with Omani Foreign Minister Badr Albusaidi.",
     "During the conversation, the top Iranian diplomat praised Oman's role.", "Abbas Araghchi"),
    # "His Excellency" as a subject is the release's own official (Iraq, Gulf agencies)
    ("IRQ", "Prime Minister Mohammed Shia Al-Sudani received the Foreign Minister of Türkiye, Hakan Fidan, in Baghdad.",
     "His Excellency affirmed Iraq's keenness to strengthen relations with Türkiye.", "Mohammed Shia Al-Sudani"),
    # "The Chancellor" of a Spanish-speaking foreign ministry is its minister, where no Chancellor took part
    ("ARG", "Minister of Foreign Affairs Diana Mondino met with Secretary of State Antony Blinken in Buenos Aires.",
     "The Chancellor thanked the United States for its support.", "Diana Mondino"),
    # ... the minister, not a vice minister; of two ministers, the release's own (Bolivia's, Argentina's ministries)
    ("BOL", "The Minister of Foreign Affairs, Rogelio Mayta, received the Vice Minister of Foreign Affairs of Peru, Luis "
     "Enrique Chávez, in La Paz.", "The Chancellor highlighted the historic ties between Bolivia and Peru.",
     "Rogelio Mayta"),
    ("ARG", "The Minister of Foreign Affairs, Santiago Cafiero, received the Foreign Minister of Chile, Antonia Urrejola, "
     "in Buenos Aires.", "The Chancellor highlighted the strategic partnership with Chile.", "Santiago Cafiero"),
    ("DEU", "Chancellor Olaf Scholz met with Foreign Minister Penny Wong in Berlin.",
     "The Chancellor thanked Australia for its support.", "Olaf Scholz"),
    # a spokesman's quotation of what a participant did is the participant's; of his own words, nobody's (Egypt)
    ("EGY", "President Abdel Fattah El-Sisi received a phone call from Prime Minister of Italy Giorgia Meloni.",
     '"President El-Sisi affirmed that Egypt will not allow the cause to be liquidated," the Spokesman said.',
     "Abdel Fattah El-Sisi"),
    ("EGY", "President Abdel Fattah El-Sisi received a phone call from Prime Minister of Italy Giorgia Meloni.",
     '"We will never allow the cause to be liquidated," the Spokesman said.', None),
    # ... and that minister, titled "Chancellor", is "the Minister" too (Chile, Colombia, Peru)
    ("CHL", "The Chancellor Alberto van Klaveren met with the Secretary for Relations with States of the Holy See, "
     "Monsignor Paul Richard Gallagher.", "At the meeting, the Minister thanked the Holy See.", "Alberto van Klaveren"),
    # an abbreviated title of two offices before a surname, in a joint subject (EEAS)
    ("EU", "High Representative/Vice-President Josep Borrell met Iranian Foreign Minister Hossein Amir-Abdollahian.",
     "HR/VP Borrell and Minister Amir-Abdollahian also discussed the nuclear file.", BOTH),
    # "His Excellency" is every minister's: among several of the publisher's, nobody's in particular (WAM)
    ("ARE", "His Highness Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received Ahmed Attaf, Minister "
     "of Foreign Affairs of Algeria. The meeting was attended by His Excellency Khalifa Shaheen Al Marar, Minister of "
     "State, and His Excellency Saeed Mubarak Al Hajeri, Minister of State.",
     "His Excellency affirmed the UAE's keenness to develop cooperation.", None),
    # the "Vice Chancellor" of a Spanish-speaking ministry is its vice minister (Bolivia, Peru)
    ("BOL", "The Minister of Foreign Affairs, Rogelio Mayta, received the Vice Minister of Foreign Affairs of Peru, Luis "
     "Enrique Chávez, in La Paz.", "The Vice Chancellor stressed the importance of the binational cabinet.",
     "Luis Enrique Chávez"),
    # an office after an honorific as the subject (Cambodia, Nepal, Sri Lanka)
    ("KHM", "H.E. Sok Chenda Sokha, Deputy Prime Minister, received H.E. Wang Wenbin, Ambassador of China, in Phnom Penh.",
     "H.E. Deputy Prime Minister thanked China for its support.", "Sok Chenda Sokha"),
    ("NPL", "Foreign Minister Dr. Arzu Rana Deuba met Indian Foreign Secretary Vikram Misri in Kathmandu.",
     "The Hon. Minister thanked India for its support.", "Arzu Rana Deuba"),
    # the publisher's epithets for its head of state or government (Morocco, Jordan, Romania)
    ("MAR", "His Majesty King Mohammed VI received President Emmanuel Macron at the Royal Palace in Rabat.",
     "The Sovereign expressed his satisfaction with the partnership.", "Mohammed VI"),
    ("ROU", "Prime Minister Marcel Ciolacu met with the President of the European Commission, Ursula von der Leyen.",
     "The Head of the Executive assured her of Romania's support.", "Marcel Ciolacu"),
    # a "counterpart" holds the office the text gives him later, by his state (Xinhua, VNA, Yonhap)
    ("CHN", "Foreign Minister Wang Yi held talks with his Cambodian counterpart Prak Sokhonn in Beijing.",
     "The Cambodian Foreign Minister said Cambodia firmly supports the one-China principle.", "Prak Sokhonn"),
    ("KOR", "Prime Minister Han Duck-soo met with his Vietnamese counterpart Pham Minh Chinh in Seoul.",
     "The Vietnamese Prime Minister thanked Korea for its investment.", "Pham Minh Chinh"),
    # an office in lower case after its state (VNA, Xinhua)
    (None, "Prime Minister Pham Minh Chinh received Lao Minister of Planning and Investment Phet Phomphiphak in Hanoi.",
     "For his part, the Lao minister affirmed that Laos treasures its ties with Vietnam.", "Phet Phomphiphak"),
    # "the Head of State" of a lead that names its own leader without a title (Akorda, Kremlin)
    ("KAZ", "Kassym-Jomart Tokayev held talks with Prime Minister of Armenia Nikol Pashinyan in Astana.",
     "Welcoming the guest, the Head of State emphasized the long-standing friendship.", "Kassym-Jomart Tokayev"),
    ("KAZ", "Kassym-Jomart Tokayev held talks with Prime Minister of Armenia Nikol Pashinyan in Astana.",
     "The Head of Government noted the potential of the Trans-Caspian route.", "Nikol Pashinyan"),  # not the untitled head of state
    # an office's possession names no holder: "the President's Office" is not the President (Ukraine's presidency)
    ("UKR", "Head of the Office of the President of Ukraine Andriy Yermak met with President of the European Council "
     "Charles Michel in Kyiv.\nPresident Volodymyr Zelenskyy joined the meeting.",
     "The Head of the President's Office noted that the main task is to win the war.", "Andriy Yermak"),
    # whom an opening phrase names asked; the main clause's subject acts (Kremlin)
    ("RUS", "Vladimir Putin had a telephone conversation with President of Indonesia Joko Widodo.",
     "At Joko Widodo's request, Vladimir Putin outlined Russia's assessment of the situation.", "Vladimir Putin"),
    ("RUS", "Vladimir Putin had a telephone conversation with President of Indonesia Joko Widodo.",
     "At the request of Joko Widodo, Vladimir Putin outlined Russia's assessment of the situation.", "Vladimir Putin"),
    # ... not the head of state the lead titles, the other side (Akorda, Kremlin)
    (None, "Kassym-Jomart Tokayev sent a telegram of condolences to President of Türkiye Recep Tayyip Erdoğan.",
     "The Head of State expressed his deep condolences to the families of the victims.", "Kassym-Jomart Tokayev"),
    # a monarch's style alone, among a president and a king (WAM, Petra)
    ("ARE", "President Sheikh Mohamed bin Zayed Al Nahyan received His Majesty King Abdullah II of Jordan in Abu Dhabi.",
     "His Majesty thanked the UAE for its support.", "Abdullah II"),
    ("ARE", "President Sheikh Mohamed bin Zayed Al Nahyan received His Majesty King Abdullah II of Jordan in Abu Dhabi.",
     "His Highness affirmed the UAE's keenness to strengthen relations.", "Mohamed bin Zayed Al Nahyan"),
    # ... and among two of the publisher's own, the lead's principal, not the one who attended (WAM, QNA)
    ("ARE", "President His Highness Sheikh Mohamed bin Zayed Al Nahyan received Minister of External Affairs of India "
     "Subrahmanyam Jaishankar in Abu Dhabi.\nThe meeting was attended by His Highness Sheikh Tahnoun bin Zayed Al Nahyan, "
     "National Security Adviser.", "His Highness welcomed the Indian minister.", "Mohamed bin Zayed Al Nahyan"),
    # the other side named first, the subject after the comma (Élysée, Pakistan); a particle of a Spanish name (SRE)
    ("FRA", "President Emmanuel Macron received President of Lebanon Joseph Aoun at the Élysée Palace.",
     "With President Aoun, he welcomed the formation of the new government.", "Emmanuel Macron"),
    ("FRA", "President Emmanuel Macron received President of Lebanon Joseph Aoun at the Élysée Palace.",
     "With President Aoun he also discussed the situation in Syria.", "Emmanuel Macron"),  # no comma (Netherlands)
    ("MEX", "Foreign Secretary Juan Ramón de la Fuente met Deputy Secretary of State Christopher Landau in Mexico City.",
     "Secretary de la Fuente underscored the importance of cooperation.", "Juan Ramón de la Fuente"),
    # a side: its first participant (EU, Laos)
    ("EU", "High Representative Kaja Kallas met Foreign Minister Ararat Mirzoyan in Brussels.\nThe High Representative was "
     "accompanied by EU Special Representative for the South Caucasus Magdalena Grono.",
     "The EU side reiterated its support for Armenia's sovereignty.", "Kaja Kallas"),
    # a quotation's teller who goes on to act in the same breath: the teller's, not the state the quotation opens with
    # (Ukraine's presidency, wires)
    ("PRT", "Prime Minister Luís Montenegro met Prime Minister Ulisses Correia e Silva of Cabo Verde in Lisbon.",
     '"Cabo Verde is a privileged partner of Portugal," Montenegro told a joint news conference, welcoming the new '
     'agreements.', "Luís Montenegro"),
    # a phrase quoted inside a sentence whose subject said it, under its source's clause: the subject's (wires)
    ("FRA", "President Emmanuel Macron spoke by phone with Russian President Vladimir Putin.",
     'Putin said any talks must take into account the "new realities," the Kremlin said.', "Vladimir Putin"),
    # a later mention without the name's accents (the White House, State)
    ("USA", "Secretary Antony Blinken met with Foreign Minister Ramón Martínez of Panama.",
     "Mr. Martinez thanked the United States for its support.", "Ramón Martínez"),
    # an office with its state, beside the publisher's official whom the lead names by the same office alone; another
    # state the sentence goes on to name is not the office's (Montsame, Akorda, Gulf agencies)
    ("KAZ", "The President of Kazakhstan met today with President of the Italian Republic Sergio Mattarella in Astana.",
     "The President of Italy noted that Kazakhstan was a key partner for Italy in Central Asia.", "Sergio Mattarella"),
    # the style after an opening phrase (Nepal, Sri Lanka)
    ("NPL", "President Ram Chandra Poudel and His Excellency Xi Jinping, President of the People's Republic of China, "
     "exchanged congratulatory messages today.",
     "In his message, the Rt. Hon. President expressed happiness at the growth of relations.", "Ram Chandra Poudel"),
])
def test_offices_styles_groups_topics_and_messages_name_their_speakers(publisher, lead, sentence, speaker):
    from communique.settings import Settings

    r = extract(lead + "\nMinister Smith arrived.\n" + sentence, doc_id="t", settings=Settings(publisher=publisher))
    assert r.statements[-1].speaker == speaker


def test_an_office_after_its_states_adjective_names_that_states_official_within_the_others_paragraph():
    """Thailand's MFA, ASEAN ministries: "The Myanmar Deputy Prime Minister briefed ..." in a paragraph of the other
    minister's words: the office after the state's adjective is that state's official, a strong cue."""
    from communique.settings import Settings

    r = extract("Minister of Foreign Affairs Prak Sokhonn held a telephone conversation with Saleumxay Kommasith, Deputy "
                "Prime Minister and Minister of Foreign Affairs of Laos.\n\n1. Minister Prak Sokhonn briefed his "
                "counterpart on the border. The Lao Deputy Prime Minister briefed the Cambodian side on the chairmanship.",
                doc_id="t", settings=Settings(publisher="KHM"))
    assert [s.speaker for s in r.statements][-2:] == ["Prak Sokhonn", "Saleumxay Kommasith"]


def test_a_style_the_text_gave_one_participant_alone_is_theirs_not_the_principals_too():
    """WAM, QNA: the lead names its principal without the style, an attendee with it: "His Highness" is the attendee's
    alone (an alias `_styled` gave), not both of them."""
    from communique.settings import Settings

    r = extract("President Sheikh Mohamed bin Zayed Al Nahyan received Minister of External Affairs of India Subrahmanyam "
                "Jaishankar in Abu Dhabi.\nThe meeting was attended by His Highness Sheikh Tahnoun bin Zayed Al Nahyan, "
                "National Security Adviser.\nHis Highness stressed the depth of the relations.", doc_id="t",
                settings=Settings(publisher="ARE"))
    assert r.statements[-1].speaker == "Tahnoun bin Zayed Al Nahyan"


@pytest.mark.parametrize("fact", [
    "Bilateral trade reached 171.9 billion US dollars in 2023.",  # VNA, Xinhua
    "According to Chinese customs data, two-way trade rose by 9 percent.",
    "China has been Viet Nam's largest trading partner for many years.",
    "Earlier, the President of Viet Nam had a meeting with the King of Cambodia.",  # Ukraine's presidency, Kremlin
    "Last night, drones attacked the port of Odesa.",
    "Bui Thanh Son is paying an official visit to China at the invitation of Wang Yi.",
    "Bui Thanh Son is in China on a three-day official visit.",  # the visit under way (Kremlin, Ukraine's presidency)
    "The two countries established diplomatic relations in 1950.",
    "New Zealand was the first developed country to sign a free trade agreement with China.",  # records (Xinhua, Kyodo)
    "The visit is the first by a Vietnamese Foreign Minister in five years.",
    "Bui Thanh Son's visit is his second trip to China this year.",
    "This year marks the 75th anniversary of diplomatic ties.",
    # what the encounter fell together with (Kremlin, State, APS)
    "Bui Thanh Son's visit coincides with the 75th anniversary of diplomatic ties.",
    "This round of consultations coincided with the signing of a trade agreement.",
    # a year before the figures; what two states share (Itamaraty, Paraguay, VNA)
    "In 2023, bilateral trade reached US$ 5.9 billion.", "China and Viet Nam share a border of 1,450 kilometres.",
    "Viet Nam and China established diplomatic relations in 1950.",
    # figures of last year, a long border, ties kept for decades, meetings held as a rule, a state's past act (Kremlin,
    # Montsame, IRNA, Anadolu, Petra, PTI, State)
    "Last year, trade turnover between the two countries amounted to 117 million US dollars.",
    "China and Viet Nam share a 1,450-kilometre-long border.",
    "China and Viet Nam, which share the Gulf of Tonkin, have maintained close relations for decades.",
    "China and Viet Nam hold regular consultations at the leadership level.",
    "China extended assistance of around USD 4 billion to Viet Nam in 2018.",
    # counted among others, with a relative "that" (Paraguay, Taiwan, State)
    "Viet Nam is one of the five countries that maintain a comprehensive strategic partnership with China.",
    # a wire's closing background: a first trip, an anniversary under way, what two states are, an earlier encounter
    # dated before this one (Yonhap, dpa, PTI, BTA, ČTK, Anadolu, Reuters)
    "It was Bui Thanh Son's first trip to China since taking office last month.",
    "China and Viet Nam are marking 75 years of diplomatic relations this year.",
    "China and Viet Nam are strategic partners and neighbours.",
    "Wang Yi met Vietnamese Prime Minister Pham Minh Chinh in Hanoi in December.",
    "Bui Thanh Son last visited Beijing in July 2024.",
    "Vietnamese trade officials held preliminary talks in Beijing last week.",
])
def test_a_fact_in_the_publishers_voice_is_nobodys_and_the_speaker_goes_on(fact):
    r = extract("Foreign Minister Bui Thanh Son held talks with Foreign Minister Wang Yi in Beijing.\n"
                f"Wang Yi said China is ready to deepen cooperation. {fact} He proposed to boost connectivity.", doc_id="t")
    assert [s.speaker for s in r.statements][1:] == ["Wang Yi", None, "Wang Yi"]


@pytest.mark.parametrize("sentence, speaker", [
    # what a participant says coincided with the visit is theirs (review of session 24)
    ("Wang Yi observed that the visit coincided with the 75th anniversary of diplomatic ties.", "Wang Yi"),
    ("The two ministers welcomed that their meeting coincided with the 75th anniversary of diplomatic ties.", BOTH),
    # the sides, whoever joined them, are no teller that relays them
    ("The two ministers, who were later joined by senior officials of both governments, said that trade barriers must "
     "be removed.", BOTH),
])
def test_a_participants_words_are_no_background_fact_nor_a_tellers(sentence, speaker):
    r = extract(f"Foreign Minister Bui Thanh Son held talks with Foreign Minister Wang Yi in Beijing.\n{sentence}",
                doc_id="t")
    assert r.statements[-1].speaker == speaker


@pytest.mark.parametrize("body, parties", [
    # a joint statement's states after a "for" that is no office's: "for their part", a subject "Support for X and Y"
    ("Japan and Australia, for their part, remain committed to a free and open Indo-Pacific.", ["Japan", "Australia"]),
    ("Support for Ukraine and Moldova remains central to the energy security of Europe.", []),
])
def test_a_for_that_is_no_offices_keeps_a_joint_statements_subject(body, parties):
    from communique.ingest.text import document_from_text
    from communique.pipeline import extract_document

    doc = document_from_text(body, doc_id="t", title="Joint Statement on the Indo-Pacific")
    assert [p.name for p in extract_document(doc).participants] == parties


@pytest.mark.parametrize("published, sentence, speaker", [
    # a year before the release's is the narrator's history; the release's own, or a speaker's "we", is not
    ("2025-03-02", "India extended a line of credit to Bangladesh in October last year.", None),
    ("2025-03-02", "India extended a line of credit to Bangladesh in 2023.", None),
    ("2025-03-02", "India extended a line of credit to Bangladesh in January 2025.", "Narendra Modi"),
    ("2025-03-02", "India started the project in 2014, and since then we have kept every promise.", "Narendra Modi"),
    # the year of a thing the clause names, not of its own act: this year's thanks
    ("2025-03-02", "India thanked Bangladesh for the support it gave in 2021.", "Narendra Modi"),
    ("2025-03-02", "India and Bangladesh agreed to implement the consensus reached in 2023.", BOTH),
    ("2025-03-02", "Bangladesh signed an agreement in October last year to import electricity.", None),
    # dated to the day (Mongolia, Kremlin, State, White House: "signed on May 15, 1992")
    ("2025-03-02", "India and Bangladesh established diplomatic relations on December 6, 1971.", None),
    ("2025-03-02", "India and Bangladesh signed the treaty on 19 March 1972.", None),
    ("2025-03-02", "India and Bangladesh signed the treaty on 19th March 2019.", None),
    # a participant's career (Maldives, State's biographies)
    ("2025-03-02", "Prime Minister Modi previously served as Chief Minister of Gujarat from 2001 to 2014.", None),
])
def test_a_states_act_in_a_past_year_is_the_narrators(published, sentence, speaker):
    r = extract("Chief Adviser Muhammad Yunus met Indian Prime Minister Narendra Modi in Bangkok.\nModi said India "
                f"values the partnership. {sentence}", doc_id="t", published=published)
    assert r.statements[-1].speaker == speaker


@pytest.mark.parametrize("sentence, speaker", [
    # the one addressed, thanked or received in an opening phrase is no subject (Kremlin, Ukraine, VNA)
    ("Addressing President of the Republic of Slovenia Borut Pahor, Vladimir Putin underscored that ties grew.",
     "Vladimir Putin"),
    ("Thanking Vladimir Putin for the invitation, Borut Pahor stressed the importance of dialogue.", "Borut Pahor"),
    ("Greeting the President of Slovenia, the President of Russia noted the anniversary.", "Vladimir Putin"),
])
def test_an_opening_phrase_names_no_subject(sentence, speaker):
    r = extract("Vladimir Putin held talks with President of Slovenia Borut Pahor in the Kremlin.\n"
                f"Borut Pahor said Slovenia sought dialogue. {sentence}", doc_id="t")
    assert r.statements[-1].speaker == speaker


def test_a_lower_case_pronoun_after_an_opening_phrase_is_the_subject():
    """Ukraine's presidency, White House, State: "At the beginning of the meeting, he noted ..." after a line of
    narration is the last participant to speak or act, not nobody's."""
    r = extract("Vladimir Putin held talks with President of Slovenia Borut Pahor in the Kremlin.\n"
                "Borut Pahor said Slovenia sought dialogue.\nAlso present were the foreign ministers of both countries.\n"
                "At the beginning of the meeting, he noted that the talks were timely.", doc_id="t")
    assert [s.speaker for s in r.statements][2:] == [None, "Borut Pahor"]


def test_she_and_he_go_to_the_participant_of_that_sex_when_the_text_says_it():
    """UK, Singapore, agencies: "Mr" and "Ms" say who "She" is when the last to speak was the other."""
    r = extract("Foreign Secretary Mr David Lammy met Foreign Minister Ms Retno Marsudi in London. The Foreign Secretary "
                "thanked the Foreign Minister for her leadership. She welcomed the UK's support. He underlined the "
                "partnership.", doc_id="t")
    assert [s.speaker for s in r.statements][1:] == ["David Lammy", "Retno Marsudi", "David Lammy"]


def test_she_goes_to_the_one_woman_the_text_marks_though_a_man_unmarked_spoke_last():
    """Japan MOFA, White House: "Ms. X ... Secretary Y stated ... She welcomed this statement"."""
    r = extract("On July 28, Ms. Hanako Sato, Minister for Foreign Affairs of Japan, held a meeting with Secretary of State "
                "John Miller in Tokyo. Minister Sato noted the severe security environment. Secretary Miller stated "
                "that the commitment of the United States is unwavering. She welcomed this statement.", doc_id="t")
    assert [s.speaker for s in r.statements][-2:] == ["John Miller", "Hanako Sato"]


@pytest.mark.parametrize("named_after", [
    "This was stated by President of Ukraine Volodymyr Zelenskyy at a joint press conference.",
    "President Volodymyr Zelenskyy said this at a joint press conference.",
])
def test_a_sentence_whose_speaker_the_next_one_names_is_theirs(named_after):
    """Ukraine's presidency, Ukrinform, TASS, BelTA: the words first, then "This was stated by X" in a sentence of its
    own; not "X said that ...", which reports what follows."""
    r = extract("President of Ukraine Volodymyr Zelenskyy met with President of Poland Andrzej Duda in Kyiv.\nUkraine "
                f"and Poland will jointly develop border infrastructure. {named_after}\nBoth presidents discussed "
                "trade. Andrzej Duda said that Poland supports Ukraine.", doc_id="t")
    assert [s.speaker for s in r.statements][1] == "Volodymyr Zelenskyy"
    assert [s.speaker for s in r.statements][-2:] == [BOTH, "Andrzej Duda"]


def test_she_again_goes_to_the_woman_an_earlier_she_named_though_a_man_unmarked_spoke_last():
    """ "Baerbock raised ... She added ... Wang Yi said ... She also highlighted": the first "She" told who is a woman."""
    r = extract("Foreign Minister Annalena Baerbock held talks with Foreign Minister Wang Yi in Beijing.\nBaerbock raised "
                "the war in Ukraine. She added that Europe's security is at stake.\nWang Yi said that China is "
                "committed to peace. She also highlighted human rights.", doc_id="t")
    assert [s.speaker for s in r.statements][-2:] == ["Wang Yi", "Annalena Baerbock"]


def test_a_pronoun_in_the_lead_after_its_subject_tells_the_subjects_sex():
    """Finland, State: "X visited Vilnius, where she held talks with Y ... Y thanked Finland ... She also invited"."""
    r = extract("Minister for Foreign Affairs Elina Valtonen visited Vilnius on Thursday, where she held talks with "
                "Lithuania's Minister of Foreign Affairs Gabrielius Landsbergis.\nLandsbergis thanked Finland for its "
                "support. She also invited her Lithuanian colleague to visit Helsinki.", doc_id="t")
    assert [s.speaker for s in r.statements][-2:] == ["Gabrielius Landsbergis", "Elina Valtonen"]


def test_for_her_part_tells_the_subjects_sex_between_two_women():
    """Mexico's SRE: "She also expressed ... Minister Joly, for her part, underscored ... She explained": the second
    "She" is Joly's, the woman whom "for her part" marked, who spoke last."""
    r = extract("Foreign Secretary Alicia Bárcena held a virtual meeting today with Canada's Minister of Foreign Affairs, "
                "Mélanie Joly.\nThe Foreign Secretary highlighted labor mobility. She also expressed concern about the "
                "visa requirement.\nMinister Joly, for her part, underscored Canada's commitment. She explained that the "
                "measure seeks to address asylum claims.", doc_id="t")
    assert [s.speaker for s in r.statements][-2:] == ["Mélanie Joly", "Mélanie Joly"]


@pytest.mark.parametrize("second", [
    "For her part, the Danish Prime Minister stressed that Russia must be held accountable.",  # Iceland's government
    "Minister Frederiksen expressed her gratitude for Iceland's hospitality.",  # Bulgaria's, Belgium's MFAs
    "Minister Frederiksen informed her host about Denmark's priorities.",
])
def test_the_subjects_own_possessive_tells_her_sex_between_two_women(second):
    """Two women, the first marked by "She" after her words: the second's own "her" marks her too, so the "She" right
    after her sentence is hers, not the first one's."""
    r = extract("Prime Minister Katrín Jakobsdóttir met with Prime Minister Mette Frederiksen of Denmark in Reykjavík.\n"
                "The Prime Minister thanked her Danish counterpart for her participation. She said that the summit had sent "
                f"a clear message.\n{second} She also briefed her colleague on developments in Greenland.", doc_id="t")
    assert [s.speaker for s in r.statements][-3:] == ["Katrín Jakobsdóttir", "Mette Frederiksen", "Mette Frederiksen"]


def test_for_his_part_after_an_office_tells_nothing_of_the_name_before_it():
    """ "Albares welcomed Sarabia to Madrid. The Spanish minister, for his part, stressed ...": "his" is the minister's,
    not the sex of Sarabia, the name before the comma's sentence (Spain's MAEC)."""
    r = extract("Minister of Foreign Affairs José Manuel Albares received the Minister of Foreign Affairs of Colombia, Laura "
                "Sarabia, in Madrid on Tuesday.\nAlbares welcomed Sarabia to Madrid. The Spanish minister, for his part, "
                "stressed the strength of relations. He recalled the importance of the Colombian community in Spain.",
                doc_id="t")
    assert r.statements[-1].speaker != "Laura Sarabia"


@pytest.mark.parametrize("first, then", [("She", "He"), ("He", "She")])
def test_the_sex_a_pronoun_gave_its_referent_makes_the_other_pronoun_the_other_participant(first, then):
    """No courtesy says who is a man: "She" goes to the last to speak, and "He" after it to the other one."""
    r = extract("Chancellor Olaf Scholz spoke by phone with Prime Minister Mette Frederiksen of Denmark.\n"
                f"Frederiksen briefed the Chancellor on Greenland. {first} thanked Germany for its solidarity. "
                f"{then} assured the Prime Minister of Germany's support.", doc_id="t")
    assert [s.speaker for s in r.statements][1:] == ["Mette Frederiksen", "Mette Frederiksen", "Olaf Scholz"]


def test_a_courtesy_before_a_participants_name_later_on_tells_their_sex():
    """ "Mr Peters said ..." further down (New Zealand, UK, Ireland, the UN): he is a man, so "She" is the other one; a
    courtesy before an object ("She thanked Mrs. X") tells nothing of the subject."""
    r = extract("Foreign Minister Winston Peters held a video call today with Japan's Minister for Foreign Affairs Yoko "
                "Kamikawa.\nMinister Kamikawa thanked New Zealand for its deployment of an aircraft. Mr Peters said New "
                "Zealand would continue to contribute. She also briefed him on the situation in the East China Sea.",
                doc_id="t", published="2024-02-20")
    assert [s.speaker for s in r.statements][1:] == ["Yoko Kamikawa", "Winston Peters", "Yoko Kamikawa"]


def test_an_office_with_its_states_adjective_is_that_states_participant_titled_by_another_office():
    """ "The Lao Deputy Prime Minister agreed ..." of the lead's "Deputy Prime Minister, Minister of Foreign Affairs of
    Laos X", whom the lead titles by his second office (VNA, Viet Nam's and Thailand's MFA)."""
    r = extract("On March 14, in Hanoi, Minister of Foreign Affairs Bui Thanh Son held talks with Deputy Prime Minister, "
                "Minister of Foreign Affairs of Laos Saleumxay Kommasith.\nThe Vietnamese minister proposed that the two "
                "sides strengthen coordination on the border. The Lao Deputy Prime Minister agreed and asked Viet Nam to "
                "continue providing scholarships.", doc_id="t", published="2023-03-14")
    assert [s.speaker for s in r.statements][1:] == ["Bui Thanh Son", "Saleumxay Kommasith"]


def test_a_joint_press_statement_in_its_speakers_turns_is_remarks():
    """ "Joint press statement by President X and Y" over a text in their turns (Élysée, Kremlin): what each said to the
    press, not a joint text; one without turns stays a joint statement."""
    from communique.ingest.text import document_from_text

    title = "Joint press statement by President Emmanuel Macron and Maia Sandu, President of the Republic of Moldova"
    turns = ("Paris, Élysée Palace – Thursday 7 March 2024\n\nPresident Emmanuel Macron: Madam President, dear Maia, I am "
             "very pleased to welcome you to Paris.\n\nPresident Maia Sandu: Thank you, dear Emmanuel, for your support.")
    r = extract_document(document_from_text(turns, doc_id="t", title=title))
    assert r.encounter == "press_remarks"
    assert [s.speaker for s in r.statements][1:] == ["Emmanuel Macron", "Maia Sandu"]
    joint = "France and Moldova reaffirm their commitment to a strategic partnership.\n\nThey will deepen defence ties."
    assert extract_document(document_from_text(joint, doc_id="t", title=title)).encounter == "joint_statement"


@pytest.mark.parametrize("text, title", [
    # the text calls him by his state's office later, and the dictionary says he held it that day (Kremlin, agencies)
    ("Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev.\n"
     "The President of Russia congratulated his colleague on his birthday.", "President"),
    ("President Lula met his Russian counterpart Vladimir Putin in Kazan.\nThe Russian President noted the role of BRICS.",
     "President"),
    # an office of his state that he did not hold that day names someone else
    ("Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev.\n"
     "The Russian Foreign Minister also took part.", None),
])
def test_an_untitled_participant_takes_the_office_his_state_names_him_by(text, title):
    r = extract(text, doc_id="t", published="2024-10-22")
    assert next(p.title for p in r.participants if p.name == "Vladimir Putin") == title


def test_the_author_a_title_names_by_office_is_its_holder_that_day_and_says_i():
    """Ukraine's presidency: "Address by the President of Ukraine", "Today I spoke with ...", "I spoke with ..."."""
    from communique.ingest.text import document_from_text
    from communique.settings import Settings

    doc = document_from_text("Good health to you, fellow Ukrainians! Today I spoke with President of France Emmanuel Macron. "
                             "I thanked him for his support.\nI spoke with President of Slovakia Zuzana Čaputová.\n"
                             "Glory to Ukraine!", doc_id="t", published="2022-06-20", settings=Settings(publisher="UKR"))
    doc.title = "New sanctions packages take place this week - address by the President of Ukraine"
    r = extract_document(doc)
    assert [(p.name, p.country) for p in r.participants] == [
        ("Volodymyr Zelenskyy", "UKR"), ("Emmanuel Macron", "FRA"), ("Zuzana Čaputová", "SVK")]
    assert r.participants[0].span.of(r.text) == "I" and r.statements[2].speaker == "Volodymyr Zelenskyy"


@pytest.mark.parametrize("title, label, expected", [
    # the page's title names the guest in full, with their state; the label by office and surname (State, DoD)
    ("Secretary Antony J. Blinken and Danish Foreign Minister Jeppe Kofod Before Their Meeting",
     "FOREIGN MINISTER KOFOD", ("Kofod", "DNK")),
    # ... its letters without the accents the title writes
    ("Secretary Antony J. Blinken and Czech Republic Foreign Minister Jan Lipavský Before Their Meeting",
     "FOREIGN MINISTER LIPAVSKY", ("Lipavsky", "CZE")),
])
def test_a_transcripts_label_takes_its_state_from_the_page_title(title, label, expected):
    from communique.ingest.text import document_from_text

    text = ("Antony J. Blinken, Secretary of State\n\nWashington, D.C.\n\nTreaty Room\n\nSECRETARY BLINKEN: Good "
            "afternoon. It is a pleasure to welcome my colleague to Washington.\n\n"
            f"{label}: Thank you, Mr. Secretary. Our support for Ukraine will not waver.\n\nSECRETARY BLINKEN: Thank you.")
    r = extract_document(document_from_text(text, doc_id="t", title=title, published="2022-04-27",
                                             settings=Settings(publisher="USA")))
    assert [(p.name, p.country) for p in r.participants] == [("Antony J. Blinken", "USA"), expected]


def test_a_call_a_transcripts_speaker_mentions_brings_no_participant():
    r = extract("Remarks by President Biden\nTHE PRESIDENT: Good afternoon. I met with the leaders of the G7 this "
                "morning.\nI also spoke with President Zelenskyy last night.\nQ: Will you speak with Putin?\n"
                "THE PRESIDENT: No.", doc_id="t")
    assert "Zelenskyy" not in {p.name for p in r.participants}


def test_a_quotation_going_on_in_the_next_paragraph_is_still_its_speakers():
    """Russia's MFA, India's MEA: each paragraph of a long quotation opens with its mark, naming no speaker again,
    whatever state it speaks of."""
    r = extract("Foreign Minister Sergey Lavrov met Foreign Minister Bui Thanh Son in New York.\nFollowing the meeting, "
                "Sergey Lavrov said:\n\u201cWe have agreed to intensify our cooperation in energy.\u201d\n\u201cVietnam is "
                "our reliable friend in Southeast Asia.\u201d\nThe Vietnamese minister noted the importance of trade.",
                doc_id="t")
    assert [s.speaker for s in r.statements][2:] == ["Sergey Lavrov", "Sergey Lavrov", "Bui Thanh Son"]


def test_a_quotation_below_its_speakers_said_line_is_theirs():
    """UK, Ireland, Australia: "The Foreign Secretary said:" alone, the quotation in the paragraph below. The line reports
    what a participant said, so it is theirs too; a spokesperson's line above words is the publisher's (the contract's
    "A Downing Street spokesman said:")."""
    r = extract("The Foreign Secretary, David Lammy, met Indian External Affairs Minister Dr S. Jaishankar in London today."
                "\nThe Foreign Secretary said:\n\u201cIndia is a key partner for the UK. Together we can deliver growth."
                "\u201d\nThe two ministers also discussed Ukraine.\nA Foreign Office spokesperson said:\n\u201cThe talks "
                "were warm.\u201d", doc_id="t")
    assert [s.speaker for s in r.statements][:6] == [None, "David Lammy", "David Lammy", "David Lammy", BOTH, None]


@pytest.mark.parametrize("verb", ["said", "stressed"])
def test_a_block_below_its_speakers_said_line_is_theirs_whatever_the_verb(verb):
    r = extract("The Defence Secretary Ben Wallace welcomed the Polish Minister of National Defence Mariusz Błaszczak to "
                f"London today.\nMinister Błaszczak set out Poland's plans.\nDefence Secretary Ben Wallace {verb}:\nPoland "
                "is one of our closest Allies.", doc_id="t", settings=Settings(publisher="GBR"))
    assert r.statements[-1].speaker == "Ben Wallace"


def test_a_block_below_its_speakers_said_line_is_theirs_without_quotation_marks():
    """gov.uk and the White House's joint statements set the words apart as a block, without quotation marks; a
    participant's said line reports their words; a spokesperson's is the publisher's, and what it introduces its narration."""
    r = extract("The Defence Secretary Ben Wallace welcomed the Polish Minister of National Defence Mariusz Błaszczak to "
                "London today.\nMinister Błaszczak set out Poland's plans.\nDefence Secretary Ben Wallace said:\nPoland is "
                "one of our closest Allies. Together we will keep the eastern flank strong.\nA Ministry of Defence "
                "spokesperson said:\nThe ministers will meet again in Warsaw.", doc_id="t", settings=Settings(publisher="GBR"))
    assert [s.speaker for s in r.statements][2:] == ["Ben Wallace", "Ben Wallace", "Ben Wallace", None, BOTH]


def test_a_quotation_of_two_sentences_closed_by_initials_and_surname_is_theirs():
    """Lithuania's MFA: '... “Iceland was the first ... . Today our countries stand ...,” said K. Budrys.'"""
    r = extract("On 20 January, Minister of Foreign Affairs Kęstutis Budrys met with Minister for Foreign Affairs of "
                "Iceland Þorgerður Katrín Gunnarsdóttir in Vilnius.\n“Iceland was the first country to recognise us. Today "
                "our countries stand shoulder to shoulder,” said K. Budrys.", doc_id="t")
    assert [s.speaker for s in r.statements][1:] == ["Kęstutis Budrys", "Kęstutis Budrys"]


def test_a_fact_inside_a_quotation_of_three_sentences_is_its_speakers():
    """Serbia's presidency: '"Serbia and China signed a statement today. Serbia is the first European country to do so. I
    am proud of that," said President Vučić.': the middle sentence, a fact, is inside the quotation: his, not narration."""
    r = extract("Belgrade, 8 May 2024 – The President of the Republic of Serbia, Aleksandar Vučić, held talks today with the "
                "President of the People's Republic of China, Xi Jinping.\n\"Serbia and China today signed a statement on a "
                "shared future. Serbia is the first European country to do so. I am proud of that,\" said President "
                "Vučić.", doc_id="t", published="2024-05-08")
    assert [s.speaker for s in r.statements][-3:] == ["Aleksandar Vučić"] * 3


def test_a_paragraph_below_a_line_saying_whose_remarks_follow_is_theirs():
    """Taiwan's presidency: "A translation of the President's remarks follows:" closes the narrated paragraph; the next
    paragraph, in the first person, is the President's."""
    r = extract("President Tsai Ing-wen met with a delegation led by US House Foreign Affairs Committee Chairman Michael "
                "McCaul at the Presidential Office. A translation of the President's remarks follows:\nI would like to "
                "extend a warm welcome to Chairman McCaul. This is the chairman's third visit to Taiwan.\nChairman McCaul "
                "then delivered remarks.", doc_id="t", settings=Settings(publisher="TWN"))
    assert [s.speaker for s in r.statements][1:] == [None, "Tsai Ing-wen", "Tsai Ing-wen", "Michael McCaul"]


@pytest.mark.parametrize("marks", [("\u2018", "\u2019"), ("\u201c", "\u201d"), ('"', '"')])
def test_a_label_before_a_quotation_gives_that_quotation_only(marks):
    """The Netherlands' government: "Prime Minister Rutte: ‘Ukraine must be able to defend itself. ...’" in a readout;
    the paragraph below it is told again, not the quoted official's turn."""
    left, right = marks
    r = extract("This afternoon Prime Minister Mark Rutte spoke by telephone with President Volodymyr Zelensky of Ukraine.\n"
                f"Prime Minister Rutte: {left}Ukraine must be able to defend itself. We are working with great "
                f"urgency.{right}\nPresident Zelensky thanked the Netherlands for its leadership.\nThe two leaders also "
                "looked ahead to the NATO summit.", doc_id="t", settings=Settings(publisher="NLD"))
    assert [s.speaker for s in r.statements][1:] == ["Mark Rutte", "Mark Rutte", "Volodymyr Zelensky", BOTH]


def test_a_press_secretarys_line_above_the_readout_is_the_publishers():
    r = extract("Pentagon Press Secretary Maj. Gen. Pat Ryder provided the following readout:\nSecretary of Defense Lloyd J. "
                "Austin III met today with Philippine Secretary of National Defense Gilberto Teodoro Jr. in Singapore.\n"
                "Secretary Austin reaffirmed the alliance.\nSecretary Austin and Press Secretary Pat Ryder then visited "
                "the memorial.", doc_id="t", settings=Settings(publisher="USA"))
    assert [s.speaker for s in r.statements] == [None, None, "Lloyd J. Austin III", "Lloyd J. Austin III"]


@pytest.mark.parametrize("intro", [
    "Speaking after the meeting, the Foreign Secretary said:",  # UK, Ireland: the said line alone
    "Washington, DC – April 21, 2025: Ms. Jane Okafor, Director General of the Agency, issued the following "
    "statement today:",  # IMF, World Bank: the dateline's dash before the date and its colon after it
])
def test_a_quotation_over_paragraphs_that_reopen_it_is_its_speakers(intro):
    """A quotation over several paragraphs opens each with its mark and closes only the last: "“I was honoured ...
    / “We also discussed Gaza.”" (Ireland, UK, Australia, IMF)."""
    r = extract("The Foreign Secretary, David Lammy, and Director General Jane Okafor met Indian External Affairs "
                f"Minister Dr S. Jaishankar in London today.\n{intro}\n\u201cIndia is a key partner. Together we can deliver "
                "growth.\n\u201cWe also discussed Ukraine.\u201d\nDr Jaishankar thanked the UK.", doc_id="t")
    speaker = "David Lammy" if "Secretary" in intro else "Jane Okafor"
    assert [s.speaker for s in r.statements][2:] == [speaker, speaker, speaker, "S. Jaishankar"]


def test_a_quotation_over_paragraphs_reopened_with_straight_marks_is_its_speakers():
    """The same with straight marks, where a paragraph's reopening mark looks like a close (Ireland's DFA): "Minister X
    and I" inside it is still the quotation's speaker's."""
    r = extract("The Tánaiste, Micheál Martin TD, met Jordan's Minister of Foreign Affairs, Ayman Safadi, in Amman today.\n"
                "Speaking after the meeting, the Tánaiste said:\n\"I am grateful to Minister Safadi. Jordan has shown real "
                "leadership.\n\"The situation in Gaza is catastrophic.\n\"Minister Safadi and I also discussed a path to "
                "two states. There can be no return to the status quo.\"", doc_id="t", settings=Settings(publisher="IRL"))
    assert [s.speaker for s in r.statements][2:] == ["Micheál Martin"] * 5


@pytest.mark.parametrize("closing, speaker", [
    # a fact set apart at the end, with no one to say it: the publisher's (Croatia, State)
    ("Senegal is expected to join the programme by the end of 2026.", None),
    ("The Canary Islands route was the busiest in the Atlantic in 2023.", None),
    # a closing paragraph that goes on with a position, a wish, an act of people, names someone, or has a participant's
    # state as its subject: theirs
    ("Spain will continue to support Mauritania's development.", "José Manuel Albares"),
    ("Spain is the first destination of Mauritanian exports to the European Union.", "José Manuel Albares"),
    ("Spain remains committed to a partnership of equals with Mauritania.", "José Manuel Albares"),
    ("The two ministers agreed to meet again in Nouakchott.", BOTH),
    ("Albares also invited his counterpart to Madrid.", "José Manuel Albares"),
    # a last line that ends no sentence: a credit or note no list holds (Lithuania, Spain, State, White House)
    ("Non official translation", None),
    ("Communication Group of the Office of the President of the Republic of Lithuania", None),
    ("Press office - General Secretariat of the Council", None),
    ("# # #", None),
    # ... but a clause without its full stop, or thanks, is its speaker's
    ("The two ministers agreed to continue contacts", BOTH),
    ("Albares also invited his counterpart to Madrid", "José Manuel Albares"),
    # a sentence an agency's credit closes keeps its speaker (ONA, Gulf agencies)
    ("The two ministers agreed to meet again in Nouakchott. --EFE", BOTH),
])
def test_a_closing_paragraph_of_fact_is_the_publishers(closing, speaker):
    r = extract("The Minister for Foreign Affairs José Manuel Albares met today in Madrid with the Minister of Foreign "
                "Affairs of Mauritania, Mohamed Salem Ould Merzoug.\nAlbares stressed that Mauritania is a priority "
                "partner for Spain in the Sahel. He thanked Mauritania for its cooperation on migration.\n" + closing,
                doc_id="t", published="2025-03-04", settings=Settings(publisher="ESP"))
    assert r.statements[-1].speaker == speaker


@pytest.mark.parametrize("signatures", [
    # the signatures under a joint statement, a line for each name and office, or one for both (the Baltic ministries,
    # trilateral statements of Korea, Japan and the United States)
    ["Kaja Liimets", "Minister of Foreign Affairs of the Republic of Estonia", "Edgars Rinkēvičs",
     "Minister of Foreign Affairs of the Republic of Latvia"],
    ["Kaja Liimets, Minister of Foreign Affairs of the Republic of Estonia",
     "Edgars K. Rinkēvičs, Minister of Foreign Affairs of the Republic of Latvia"],  # an initial's point ends nothing
    # a letter's, its name closed by a comma (Central Asian presidencies, Gulf agencies)
    ["Kaja Liimets,", "Minister of Foreign Affairs of the Republic of Estonia"],
])
def test_the_signatures_below_a_joint_statement_are_nobodys(signatures):
    r = extract("Joint Statement of the Foreign Ministers of Estonia and Latvia\nWe, the Foreign Ministers of Estonia and "
                "Latvia, condemn the attacks on the energy grid.\nWe stand with Ukraine.\n\n" + "\n".join(signatures),
                doc_id="t", published="2025-03-04")
    assert [s.speaker for s in r.statements][-len(signatures) - 1:] == [BOTH] + [None] * len(signatures)


@pytest.mark.parametrize("lead, country", [
    # abroad, the official the publisher's official met, whose state nothing else gives, is the host's
    ("Deputy Secretary Wendy Sherman met with Undersecretary Khalid Al-Harbi in Muscat, Oman today.", "OMN"),
    ("In Nicosia, the Minister called on President Nikos Christodoulides and met Deputy Minister Marios Pelekanos.", "CYP"),
    # at home, the publisher's own office holder (`_fill_countries`' portfolio rule), not the host's
    ("Deputy Secretary Wendy Sherman met with Undersecretary Khalid Al-Harbi in Washington today.", "USA"),
])
def test_an_official_met_abroad_whose_state_is_not_given_is_the_hosts(lead, country):
    r = extract(lead + "\nThey discussed regional security.", doc_id="t", published="2023-05-02",
                settings=Settings(publisher="USA"))
    assert r.participants[-1].country == country


@pytest.mark.parametrize("lead, sentence, speaker", [
    # an office written in the publisher's own language, alone as a subject (`titles.yaml` abbreviations)
    ("Prime Minister Dr Tashi Dorji exchanged messages with Prime Minister Abdul Karim of Bangladesh.",
     "Lyonchhen recalled that Bhutan was the first country to recognise Bangladesh.", "Tashi Dorji"),
    ("Samdech Moha Borvor Thipadei Sok Vanna, Prime Minister of the Kingdom of Cambodia, received Foreign Minister "
     "Lin Ming of China.", "Samdech Thipadei welcomed the visit and thanked China for its support.", "Sok Vanna"),
    ("External Affairs Minister Dr. Arjun Mehta met Foreign Minister Ana Costa of Portugal.",
     "EAM thanked Portugal for its support.", "Arjun Mehta"),
])
def test_an_office_written_short_or_in_another_language_names_its_holder(lead, sentence, speaker):
    r = extract(lead + "\n" + sentence, doc_id="t", published="2024-04-22")
    assert r.statements[-1].speaker == speaker


def test_a_numbered_paragraph_of_background_is_nobodys():
    """Korea's and Viet Nam's numbered readouts: "4. The ROK is Viet Nam's largest foreign investor." """
    r = extract("1. Foreign Minister Bui Thanh Son held talks with Foreign Minister Park Jin in Seoul.\n"
                "2. Park Jin said Korea is ready to deepen cooperation.\n3. Korea is Viet Nam's largest foreign investor.",
                doc_id="t")
    assert [s.speaker for s in r.statements] == [None, "Park Jin", None]


@pytest.mark.parametrize("intro", ["Andrey Rudenko stated the following:", "Andrey Rudenko said:"])
def test_a_quotation_of_one_sentence_below_its_speakers_line_is_theirs(intro):
    """Russia's MFA, Korea, the UK: the speaker's line ends with a colon, the quotation on the line below."""
    r = extract("Deputy Foreign Minister Andrey Rudenko held consultations with Deputy Foreign Minister Nguyen Minh Vu "
                f"of Viet Nam in Moscow.\n{intro}\n\u201cRussia and Viet Nam are reliable partners.\u201d", doc_id="t")
    assert r.statements[-1].speaker == "Andrey Rudenko"


def test_a_quotation_below_he_said_is_the_speakers_the_pronoun_names():
    """Akorda, the Kremlin: "He said:" after the host's sentence; the quotation names the guest's state."""
    r = extract("Kassym-Jomart Tokayev held talks with Prime Minister of Armenia Nikol Pashinyan in Astana.\nThe Head of "
                "State emphasized the long-standing friendship of the two nations. He said:\n\u201cArmenia is an important "
                "partner of Kazakhstan. We welcome the progress in the peace process.\u201d\nNikol Pashinyan thanked him.",
                doc_id="t")
    assert [s.speaker for s in r.statements][2:] == ["Kassym-Jomart Tokayev"] * 3 + ["Nikol Pashinyan"]


@pytest.mark.parametrize("before, speaker", [
    # the line before names who goes on speaking: the quotation is theirs, though its first words name the other's state
    ("Meanwhile, Wong said Australia was committed to working with Indonesia.", "Penny Wong"),
    ("Meanwhile, Penny Wong said Australia was committed to working with Indonesia.", "Penny Wong"),
])
def test_a_quotation_closed_by_she_remarked_is_the_speakers_the_line_before_names(before, speaker):
    """Antara, Ukraine's presidency, wires: '"Indonesia's success ... build on that," she remarked.' over two sentences."""
    r = extract("Indonesian Foreign Minister Sugiono held a meeting with Australian Foreign Minister Penny Wong in Jakarta."
                "\nSugiono said Australia is a close partner.\n" + before + "\n\u201cIndonesia's success is in Australia's "
                "interest. Our relationship has never been stronger,\u201d she remarked.", doc_id="t")
    assert [s.speaker for s in r.statements][-2:] == [speaker, speaker]


def test_a_spokespersons_readout_that_opens_with_the_encounter_again_is_narration():
    """No. 10: "The Prime Minister spoke to X this evening. / A Downing Street Spokesperson said: / The Prime Minister spoke
    to Prime Minister X this evening to congratulate him ..." tells the encounter again, as the lead does; what follows is
    the participants'."""
    r = extract("The Prime Minister spoke to the Prime Minister of Canada, Mark Carney, this evening.\nA Downing Street "
                "Spokesperson said:\nThe Prime Minister spoke to Prime Minister Mark Carney this evening to congratulate "
                "him on being sworn in.\nThe Prime Minister said he looked forward to working closely with him.", doc_id="t",
                published="2025-03-14")
    assert [s.speaker for s in r.statements] == [None, None, None, "Prime Minister"]


def test_what_follows_a_messages_text_in_the_publishers_voice_is_nobodys():
    """The Kremlin's condolences and greetings: 'The message reads, in part: "..."' and, in the same paragraph, the
    publisher's background on the person or the event: no one's words."""
    r = extract("Vladimir Putin offered his condolences to Irina Chazova over the death of her father, Yevgeny Chazov.\n"
                "The message reads, in part:\"Academician Chazov dedicated his life to the noble calling. His work helped "
                "save tens of thousands of lives.\" The academician and cardiologist Yevgeny Chazov died in Moscow aged 92.", doc_id="t", published="2021-11-12")
    assert [s.speaker for s in r.statements][1:] == ["Vladimir Putin", "Vladimir Putin", None]


def test_a_quotation_closed_by_he_added_after_a_quotation_of_a_participant_is_theirs():
    """Ukraine's presidency: '"...," the President is convinced. / "They took a lot from us. Both territories and people
    were taken away. ...," he added.': the pronoun goes on with the quotation before it, and "Both territories" inside
    the quotation is no joint act."""
    r = extract("President Volodymyr Zelenskyy met with President of the European Commission Ursula von der Leyen in "
                "Kyiv.\nThe President stressed the importance of sanctions.\n\"Please help us with your sanctions. They "
                "must be increased,\" the President is convinced.\n\"They took a lot from us. Both territories and people "
                "were taken away. We will return them,\" he added.", doc_id="t")
    assert [s.speaker for s in r.statements][-3:] == ["Volodymyr Zelenskyy"] * 3


def test_an_office_written_only_as_the_start_of_anothers_is_not_its_holders():
    """Ukraine's presidency: the lead names its President by office ("The President made this statement ... following
    the negotiations with President of the European Commission X"); "The President of the European Commission also
    noted" is hers alone, not both."""
    from communique.ingest.text import document_from_text

    r = extract_document(document_from_text(
        "President Volodymyr Zelenskyy thanked the European Union for its support.\nThe President made this statement "
        "during a conversation with media representatives following the negotiations with President of the European "
        "Commission Ursula von der Leyen and High Representative of the EU for Foreign Affairs and Security Policy Josep "
        "Borrell in Kyiv.\nThe President of the European Commission also noted that Ukraine faces a long way to recovery.",
        doc_id="t", title="Volodymyr Zelenskyy after the meeting with the President of the European Commission"))
    assert r.statements[-1].speaker == "Ursula von der Leyen"


def test_the_one_official_whose_interview_a_release_reports_is_its_participant_and_speaker():
    """Ukraine's presidency, Kremlin: an interview told in the third person names its official as the body's first
    subject; the line that tells the interview is the publisher's, the quotations closed by "he said" after it are the
    official's, and a leader his words name took no part."""
    r = extract("President of Ukraine Volodymyr Zelenskyy believes that the war must end with the full restoration of "
                "the territorial integrity of Ukraine. This was stated by the President in an interview with the BBC. "
                "\"We will not trade our land for peace. Nobody in Ukraine would accept it,\" he said. According to the "
                "Head of State, the partners understand this. \"I spoke about it with President Macron last week,\" "
                "Zelenskyy added.", doc_id="t", published="2023-05-02", settings=Settings(publisher="UKR"))
    assert r.encounter == "press_remarks"
    assert [(p.name, p.country) for p in r.participants] == [("Volodymyr Zelenskyy", "UKR")]
    zelenskyy = "Volodymyr Zelenskyy"
    assert [s.speaker for s in r.statements] == [zelenskyy, None, zelenskyy, zelenskyy, zelenskyy, zelenskyy]


@pytest.mark.parametrize("publisher, text, author", [
    # a written statement, or the words of one official a release reports, is its official's: they are the one
    # participant, their words theirs, and no encounter is placed (Canada, Cyprus, WAFA, Ukraine's presidency, Ireland)
    ("CAN", "July 3, 2024 - Ottawa, Ontario - Global Affairs Canada\nThe Honourable Anne Roy, Minister of Foreign "
     "Affairs, today issued the following statement:\n“Canada strongly condemns the missile launch.\nIt violates "
     "Security Council resolutions.”", "Anne Roy"),
    ("CYP", "Nicosia, 4 May 2024\nThe Government Spokesman, Mr Andreas Petrou, made the following statement:\n“The "
     "Government condemns the violation of the buffer zone.”", "Andreas Petrou"),
    ("PSE", "RAMALLAH, Monday, March 3, 2025 (WAFA) - Presidential Spokesman Omar Khalil said that the leadership "
     "rejects any plan to displace the people of Gaza.\nKhalil stressed that the rights of the Palestinian people are not "
     "negotiable.", "Omar Khalil"),
    ("IRL", "The Tánaiste and Minister for Foreign Affairs, Seán Kelly TD, has welcomed the Order issued today by the "
     "International Court of Justice.\nSpeaking this afternoon, the Tánaiste said:\n“Ireland has consistently "
     "supported the Court.”", "Seán Kelly"),
    # ... or whom wire copy names as the sayer closing one of its first sentences (BNS, Norway's government, Kyodo)
    ("LTU", "VILNIUS, June 9 (BNS) – Lithuania must spend more on defence, President Jonas Petraitis said on Tuesday as "
     "he delivered his annual address in the Seimas.\n“Russia is preparing for a long confrontation,” the president "
     "said.", "Jonas Petraitis"),
    ("NOR", "The Government has decided to increase Norway’s support to Ukraine by NOK 15 billion.\n“Ukraine is fighting "
     "for its freedom,” says Prime Minister Kari Berg.\n“Norway will stand by Ukraine,” Berg says.", "Kari Berg"),
    # ... not a narrator's framing of a leader's view, nor a ministry's statement, which name nobody who took part
    ("USA", "President Biden believes that every American deserves affordable health care.\nThe Administration has "
     "taken steps to lower the prices of prescription drugs.", None),
    ("LVA", "The Ministry of Foreign Affairs issued the following statement:\n“Latvia condemns the so-called "
     "elections.”", None),
])
def test_a_statement_of_one_official_is_theirs(publisher, text, author):
    r = extract(text, doc_id="t", published="2024-07-03", settings=Settings(publisher=publisher))
    assert r.encounter == "other" and r.location is None
    assert [p.name for p in r.participants] == ([author] if author else [])
    assert r.statements[-1].speaker == author


def test_a_leads_two_surnames_are_the_officials_named_in_full_above_it():
    """Wires (Yonhap, Kyodo): the first sentence tells what the two agreed, the next that "X and Y held talks", with a
    background clause naming another official who took no part."""
    r = extract("SEOUL, Jan. 13 (Yonhap) -- Foreign Minister Cho Tae-yul and his Japanese counterpart, Takeshi Iwaya, agreed "
                "Monday to push for stable ties, Seoul's foreign ministry said.\nCho and Iwaya held talks in Seoul amid "
                "political turmoil following the impeachment of President Yoon Suk Yeol.\nIwaya said Tokyo will keep "
                "working closely with Seoul.", doc_id="t", published="2025-01-13", settings=Settings(publisher="KOR"))
    assert [(p.name, p.country) for p in r.participants] == [("Cho Tae-yul", "KOR"), ("Takeshi Iwaya", "JPN")]
    assert r.statements[-1].speaker == "Takeshi Iwaya"


def test_two_officials_of_two_states_who_did_something_together_took_part():
    """No encounter's words, but two states' officials as one subject ("X and Y, who is on a visit to our country,
    visited ..."): they met; a missing form never drops them (Ukraine's presidency)."""
    r = extract("President of Ukraine Volodymyr Zelenskyy and Prime Minister of the United Kingdom Boris Johnson, who is "
                "on a visit to our country, visited St. Sophia Cathedral in Kyiv.\nThe leaders laid flowers at the Wall "
                "of Remembrance.", doc_id="t", published="2022-06-17", settings=Settings(publisher="UKR"))
    assert [(p.name, p.country) for p in r.participants] == [("Volodymyr Zelenskyy", "UKR"), ("Boris Johnson", "GBR")]
    assert r.statements[-1].speaker == BOTH


def test_the_publishers_official_named_by_office_after_a_quotation_opening_the_lead():
    """'"...," the Head of State said during a meeting with media representatives following negotiations with ...'
    (Ukraine's presidency): the office after the quotation is the publisher's official, named in full above."""
    r = extract("The world must help Ukraine unblock its ports, said President Volodymyr Zelenskyy.\n\"Russia has blocked "
                "almost all ports,\" the Head of State said during a meeting with media representatives following "
                "negotiations with Portuguese Prime Minister António Costa in Kyiv.", doc_id="t", published="2022-05-21",
                settings=Settings(publisher="UKR"))
    assert [(p.name, p.country) for p in r.participants] == [("Volodymyr Zelenskyy", "UKR"), ("António Costa", "PRT")]


def test_the_publishers_official_by_office_after_the_time_of_an_encounter_abroad():
    """ "Today, the Vice President met with President X of Zambia" (White House): the publisher's official, as "The Vice
    President met ..." is; not "This afternoon, the President met with CEOs", whose guests no state names."""
    r = extract("Today, the Vice President met with President Hakainde Hichilema of Zambia at State House in Lusaka.\n"
                "The Vice President thanked President Hichilema for his warm welcome.", doc_id="t", published="2023-03-31",
                settings=Settings(publisher="USA"))
    assert [(p.title, p.country) for p in r.participants] == [("Vice President", "USA"), ("President", "ZMB")]
    assert r.statements[-1].speaker == r.participants[0].name
    domestic = extract("This afternoon, the President met with CEOs from a range of industries to discuss the economy.",
                       doc_id="t", published="2024-05-07", settings=Settings(publisher="USA"))
    assert domestic.participants == []


def test_a_further_call_received_by_the_styled_office_of_a_participant():
    """ "HE the Prime Minister and Minister of Foreign Affairs also received a phone call from HE Minister of Foreign
    Affairs of ... X" (QNA, Qatar's MOFA): the participant's long office after a style, a further call's new caller."""
    r = extract("Doha, April 14, 2024\nHE Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman "
                "bin Jassim Al-Thani received a phone call today from HE Deputy Prime Minister and Minister of Foreign "
                "Affairs of the Hashemite Kingdom of Jordan Ayman Safadi.\nHE the Prime Minister and Minister of Foreign "
                "Affairs also received a phone call from HE Minister of Foreign Affairs of the Arab Republic of Egypt "
                "Sameh Shoukry.", doc_id="t", published="2024-04-14", settings=Settings(publisher="QAT"))
    assert [p.country for p in r.participants] == ["QAT", "JOR", "EGY"]


def test_the_publishers_official_named_by_the_short_form_of_the_office():
    """ "2. EAM met Foreign Minister X in Vienna" (India's MEA): the office's short form alone is the publisher's
    official; a further encounter told so ("EAM also called on Chancellor Y") is announced as the lead is."""
    r = extract("1. External Affairs Minister Dr. S. Jaishankar paid an official visit to Austria from 1-3 January 2023.\n"
                "2. EAM met Foreign Minister Alexander Schallenberg in Vienna on 2 January.\nEAM briefed FM Schallenberg "
                "on India's G20 Presidency.\n3. EAM also called on Federal Chancellor Karl Nehammer.\nHe conveyed the "
                "greetings of Prime Minister Narendra Modi.", doc_id="t", published="2023-01-03",
                settings=Settings(publisher="IND"))
    assert [p.country for p in r.participants] == ["IND", "AUT", "AUT"]
    assert [s.speaker for s in r.statements][2:] == [r.participants[0].name, None, r.participants[0].name]


def test_a_further_call_on_the_phone_is_announced_as_the_lead_is():
    """ "On the same day, Wang Yi also spoke on the phone with ..." (Xinhua, China's MFA): narration, not his words."""
    r = extract("On January 10, Foreign Minister Wang Yi spoke on the phone with Pakistani Foreign Minister Mohammad Ishaq "
                "Dar.\nWang Yi said that China supports Pakistan.\nOn the same day, Wang Yi also spoke on the phone with "
                "Indian National Security Advisor Ajit Doval.\nWang Yi said China and India are neighbours.", doc_id="t",
                published="2024-01-10", settings=Settings(publisher="CHN"))
    assert [s.speaker for s in r.statements] == [None, "Wang Yi", None, "Wang Yi"]


def test_a_lead_where_one_surname_meets_another_takes_both_named_in_full_above():
    """Wire copy under a photo's caption and a byline (PNA, Kyodo, AP): the caption names both officials in full, the
    dateline opens the body, and the lead tells one surname meeting the other inside another act's sentence."""
    r = extract("Prime Minister Anthony Albanese and Indonesian President Prabowo Subianto at Parliament House on Monday. "
                "(Photo courtesy of PMO)\n\nBy Jane Doe\n\nCANBERRA – Australia and Indonesia on Monday signed a "
                "defence cooperation agreement.\n\nThe agreement was signed after Albanese held a bilateral meeting with "
                "Prabowo at Parliament House.\n\nPrabowo said Indonesia valued the partnership.", doc_id="t",
                published="2025-05-12", settings=Settings(publisher="AUS"))
    assert [(p.name, p.country) for p in r.participants] == [("Anthony Albanese", "AUS"), ("Prabowo Subianto", "IDN")]
    assert r.encounter == "meeting" and r.location is not None and r.location.name == "Canberra"
    assert r.statements[-1].speaker == "Prabowo Subianto"


def test_a_leads_two_surnames_after_an_opening_phrase_are_the_officials_named_above():
    """Tasnim: "In a telephone conversation on Friday, Zarif and Mogherini exchanged views ..." under a first sentence
    that names both in full, one of them by a wire's lowercase office."""
    r = extract("TEHRAN (Tasnim) – Iranian Foreign Minister Mohammad Javad Zarif and EU foreign policy chief Federica "
                "Mogherini discussed the future of the nuclear deal.\nIn a telephone conversation on Friday, Zarif and "
                "Mogherini exchanged views on the measures the European Union is expected to take.\nFor her part, "
                "Mogherini said the EU remains committed to the deal.", doc_id="t", published="2018-05-12",
                settings=Settings(publisher="IRN"))
    assert [(p.name, p.country) for p in r.participants] == [("Mohammad Javad Zarif", "IRN"), ("Federica Mogherini", "EU")]
    assert r.statements[-1].speaker == "Federica Mogherini"


def test_advisers_in_the_plural_are_both_sides():
    """Ukraine's presidency, White House: "The diplomatic advisers discussed ...", "The national security advisors
    discussed ..." are the two officials' joint words, as "The two ministers" are."""
    r = extract("Deputy Head of the Office of the President of Ukraine Ihor Zhovkva had a phone conversation with the "
                "diplomatic adviser to the Prime Minister of Denmark, Head of the Foreign Policy Department Jean-Charles "
                "Ellermann-Kingombe. Ihor Zhovkva thanked the Danish side for its solidarity. The diplomatic advisers "
                "discussed Ukraine's European integration strategy.", doc_id="t", published="2022-01-20",
                settings=Settings(publisher="UKR"))
    assert len(r.participants) == 2 and r.statements[-1].speaker == BOTH


def test_a_release_naming_no_official_who_took_part_has_no_joint_words():
    """White House round-ups of a trip: with no participant there are no sides, so "The national security advisors
    discussed ..." and "The two sides agreed ..." are the narrator's, not `both`."""
    r = extract("National Security Advisor Jake Sullivan traveled to Tokyo for two trilateral meetings.\nOn June 15, the "
                "United States, Japan, and the ROK held their third national security advisors' trilateral meeting. The "
                "national security advisors discussed ways to strengthen their cooperation. The two sides agreed to meet "
                "again soon.", doc_id="t", published="2023-06-17", settings=Settings(publisher="USA"))
    assert r.participants == [] and {s.speaker for s in r.statements} == {None}


def test_a_plural_subject_in_one_officials_interview_is_what_they_report():
    """Ukraine's presidency: an interview has one voice; "They believe ..." after "According to him, some people in
    Europe ..." is the interviewee's account, not two sides' words."""
    r = extract("Economic Adviser to the President Oleg Ustenko is confident that buyers of Russian oil are complicit in "
                "war crimes. He stated this in an interview with the Observer. According to him, some people in Europe "
                "still think narrowly. They believe they can help Ukraine while paying for Russian gas.", doc_id="t",
                published="2022-04-24", settings=Settings(publisher="UKR"))
    assert r.encounter == "press_remarks" and [p.name for p in r.participants] == ["Oleg Ustenko"]
    assert [s.speaker for s in r.statements] == ["Oleg Ustenko", None, "Oleg Ustenko", "Oleg Ustenko"]


def test_remarks_under_a_byline_are_its_officials_and_a_written_statement_under_one_is_nobodys():
    """State: a speech's transcript under "Name, Office" and a remarks line is that official's own words (the contract's
    transcript of one official's remarks); a written statement under the same byline tells no encounter."""
    remarks = extract("Wendy R. Sherman, Deputy Secretary of State\n\nVilnius, Lithuania\n\nRemarks at the Opening of "
                      "the Baltic Security Conference\n\nGood morning, everyone. I am delighted to be here in Vilnius. We "
                      "stand with our Baltic allies, today and always.", doc_id="t", published="2023-05-02",
                      settings=Settings(publisher="USA"))
    assert remarks.encounter == "press_remarks"
    assert [(p.name, p.country) for p in remarks.participants] == [("Wendy R. Sherman", "USA")]
    assert [s.speaker for s in remarks.statements] == [None, None, None] + ["Wendy R. Sherman"] * 3
    statement = extract("Antony J. Blinken, Secretary of State\n\nThe United States condemns the attack on the Embassy "
                        "of Qatar. We call on all parties to respect the Vienna Convention.", doc_id="t",
                        published="2023-05-02", settings=Settings(publisher="USA"))
    assert statement.encounter == "other" and statement.participants == []
    assert {s.speaker for s in statement.statements} == {None}


def test_a_quotation_paragraph_after_a_quoted_sentence_goes_on_in_its_speakers_words():
    """New Zealand, Australia, the UK: the second paragraph of quotation names the other leader, not its speaker."""
    r = extract("Prime Minister Christopher Luxon has met Premier Li Qiang in Beijing today.\n\u201cThe relationship "
                "between New Zealand and China is one of our most important,\u201d Mr Luxon says.\n\u201cPremier Li and I "
                "had a frank and constructive discussion on trade.\u201d", doc_id="t", settings=Settings(publisher="NZL"))
    assert [s.speaker for s in r.statements][1:] == ["Christopher Luxon", "Christopher Luxon"]


def test_a_fact_in_a_speakers_own_words_stays_theirs():
    """A paragraph in the first person is someone's speech: its figures are theirs (Kremlin transcripts)."""
    r = extract("President Vladimir Putin held talks with President Alexander Van der Bellen.\n"
                "Vladimir Putin said: We are glad to see you. Bilateral trade grew by 26 percent. We value our ties.",
                doc_id="t")
    assert r.statements[2].speaker == "Vladimir Putin"


def test_a_transcript_is_remarks_and_its_place_line_places_it():
    """State: "Secretary Blinken and Foreign Minister X Before Their Meeting", a transcript under "Washington, D.C."."""
    from communique.ingest.text import document_from_text

    doc = document_from_text("Washington, D.C.\n\nSECRETARY BLINKEN: Good morning. It is a pleasure to welcome the "
                             "Foreign Minister.\n\nFOREIGN MINISTER JOLY: Thank you, Tony.", doc_id="t",
                             published="2023-10-03")
    doc.title = "Secretary Antony J. Blinken and Canadian Foreign Minister Mélanie Joly Before Their Meeting"
    r = extract_document(doc)
    assert (r.encounter, r.location.name if r.location else None) == ("press_remarks", "Washington")


def test_a_statement_in_its_parties_voice_has_the_states_as_parties_and_both_speak():
    """White House, State, Ukraine: "We, the leaders of ..." opens the text of a joint statement."""
    r = extract("We, the leaders of Japan, the Republic of Korea (ROK), and the United States, convened today at Camp "
                "David.\nWe reaffirm our commitment to a free and open Indo-Pacific.\nWe will hold trilateral summits "
                "annually.", doc_id="t")
    assert r.encounter == "joint_statement"
    assert [p.country for p in r.participants] == ["JPN", "KOR", "USA"]
    assert {s.speaker for s in r.statements} == {BOTH}


@pytest.mark.parametrize("text, title, office", [
    ("We, the Prime Ministers of the Republic of Estonia, the Republic of Latvia and the Republic of Lithuania, met "
     "today in Tallinn.", "Joint Statement", "Prime Minister"),
    ("We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States "
     "condemn the launch.", "G7 Statement", "Foreign Minister"),
    ("We, the Heads of State and Government of Estonia, Latvia and Lithuania, met today in Riga.", "Joint Declaration",
     "Head of State and Government"),
    # no office in the text: the title's (the gold titles the P5's states "Leader")
    ("The People's Republic of China, the French Republic and the Russian Federation consider the avoidance of war "
     "their foremost responsibility.", "Joint Statement of the Leaders of the Five Nuclear-Weapons States", "Leader"),
])
def test_the_states_of_a_statement_hold_the_office_its_parties_are_named_by(text, title, office):
    from communique.ingest.text import document_from_text

    doc = document_from_text(text, doc_id="t")
    doc.title = title
    r = extract_document(doc)
    assert len(r.participants) >= 3 and {p.title for p in r.participants} == {office}


@pytest.mark.parametrize("introduction, text", [
    ("The text of the following statement was released by the G7 foreign ministers.",
     "We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States of "
     "America condemn the launch.\n\nWe call on all states to act."),
    ("The text of the following joint statement was released by the G7 foreign ministers of Canada, France, Germany, "
     "Italy, Japan, the United Kingdom and the United States of America.",
     "Corruption is a challenge faced by all countries. Its effects are felt at every level.\n\nWe stand up for an open "
     "society."),
    ("The following joint statement was released by the Governments of Canada, France, Germany, Italy, Japan, the "
     "United Kingdom and the United States of America.",
     "Recognizing that science and technology have enabled transformative capabilities, the signatories intend to "
     "cooperate.\n\nWe call on all states to act."),
])
def test_a_statement_in_its_parties_voice_after_the_publishers_introduction(introduction, text):
    """State, the White House, DFAT: "The text of the following statement was released by ... / Begin Text: / ...": the
    publisher's lines are nobody's; the statement's text below them is its parties', whatever its first words."""
    r = extract(f"Office of the Spokesperson\n\n{introduction}\n\nBegin Text:\n\n{text}\n\nEnd text.", doc_id="t")
    assert r.encounter == "joint_statement" and len(r.participants) == 7
    assert [s.speaker for s in r.statements[:3]] == [None, None, None]
    assert {s.speaker for s in r.statements[3:-1]} == {BOTH}


def test_a_joint_statements_text_goes_on_in_its_parties_voice_below_a_section_heading():
    """The White House's and State's joint statements in sections ("Expanding Cooperation on Critical Minerals"): the
    heading is the publisher's, the text under it the parties' again."""
    from communique.ingest.text import document_from_text

    doc = document_from_text("The United States and Canada reaffirm their partnership.\n\n<u>Expanding Cooperation on "
                             "Critical Minerals</u>\n\nThe two countries will expand cooperation on critical minerals.\n\n"
                             "Looking to the Year Ahead\n\nOver the coming year, our countries look forward to deeper ties.",
                             doc_id="t", published="2024-05-16")
    doc.title = "U.S.-Canada Joint Statement on the Energy Transformation Task Force"
    assert [s.speaker for s in extract_document(doc).statements] == [BOTH, None, BOTH, None, BOTH]


def test_remarks_whose_title_gives_the_authors_initials_take_the_full_name_the_text_writes_and_the_salutation_is_theirs():
    """Zimbabwe, Kenya, AU: "Remarks by H.E. the President Cde Dr E.D. Mnangagwa at the Joint Press Briefing with ..."
    over a headline with the name in full, then "Your Excellency X, ...; Members of ...; Ladies and Gentlemen."."""
    from communique.model import Document

    text = ("Remarks by His Excellency the President of the Republic of Zimbabwe, Cde. Dr. Emmerson Dambudzo Mnangagwa, at "
            "the Joint Press Briefing with His Excellency Aleksandr Lukashenko, President of the Republic of Belarus\nState "
            "House, Harare, 31 January 2023\nYour Excellency Aleksandr Lukashenko, President of the Republic of Belarus; "
            "Members of the Belarusian and Zimbabwean Delegations; Members of the Media; Ladies and Gentlemen.\nIt is my "
            "singular honour to welcome you to Zimbabwe.\nDuring our talks this morning, we discussed a wide range of "
            "issues of mutual interest.")
    title = ("Remarks by H.E. the President Cde Dr E.D. Mnangagwa at the Joint Press Briefing with H.E. Aleksandr "
             "Lukashenko, President of the Republic of Belarus")
    r = extract_document(Document(doc_id="t", text=text, title=title, published="2023-01-31", publisher="ZWE"))
    assert [(p.name, p.country) for p in r.participants][0] == ("Emmerson Dambudzo Mnangagwa", "ZWE")
    assert [s.speaker for s in r.statements][-3:] == ["Emmerson Dambudzo Mnangagwa"] * 3


def test_a_joint_statements_we_are_its_parties_whatever_encounter_it_reports():
    """State, White House: "Joint Statement on the U.S.-Czech Strategic Dialogue" tells of the meeting; its "we" are both."""
    from communique.ingest.text import document_from_text

    doc = document_from_text("Secretary of State Antony Blinken met Foreign Minister Jan Lipavsky in Washington on May 3."
                             "\nWe stand united in support of Ukraine.\nWe call on Russia to withdraw its forces.",
                             doc_id="t", published="2023-05-04")
    doc.title = "Joint Statement on the U.S.-Czech Republic Strategic Dialogue"
    assert [s.speaker for s in extract_document(doc).statements] == [None, BOTH, BOTH]


@pytest.mark.parametrize("text, speaker", [
    ("In his audience with His Holiness Pope Leo XIV today, President Biden thanked the Pope for his advocacy. He "
     "praised the Church's work for refugees.", "Biden"),
    ("During a call with Foreign Policy Adviser Yuri Ushakov, National Security Advisor Jake Sullivan raised the "
     "buildup of troops. He made clear that any dialogue must be reciprocal.", "Jake Sullivan"),
    ("Prime Minister Anwar Ibrahim received a courtesy call from Ambassador Kim Hyun-soo. He welcomed Korean "
     "investment in Malaysia.", "Anwar Ibrahim"),
])
def test_he_after_the_lead_is_its_subject(text, speaker):
    """Whoever the lead names first (an opening phrase may name the other side), "He" is its subject."""
    assert extract(text, doc_id="t").statements[1].speaker == speaker


def test_the_leads_subject_is_found_only_when_a_pronoun_asks_and_in_its_turn():
    from communique.stages.attribution import _Referents

    asked = []

    def lead_subject(name):
        return lambda: asked.append(name) or name

    recent = _Referents(["Wang Yi"], dict)
    recent.add_later(lead_subject("Antony Blinken"))
    recent.add("Wang Yi")
    assert asked == []  # nobody asked "He" yet: the lead is not read again
    assert recent.names() == ["Antony Blinken", "Wang Yi"] and asked == ["Antony Blinken"]  # the lead, then who spoke
    recent.add("Antony Blinken")
    assert recent.names() == ["Wang Yi", "Antony Blinken"] and asked == ["Antony Blinken"]  # found once
    nobody = _Referents(["Wang Yi"], dict)
    nobody.add_later(lambda: None)  # a lead whose subject names no participant
    nobody.add("Sergey Lavrov")
    assert nobody.names() == ["Wang Yi", "Sergey Lavrov"]


@pytest.mark.parametrize("sentence", [
    "With the Senate preparing to take up the Rescue Plan, the President urged the caucus to remain united.",
    "Asked about approaches to Vladimir Putin, the Ukrainian Head of State stressed that talks were impossible.",
])
def test_a_new_subject_after_a_comma_is_no_apposition(sentence):
    from communique.stages.participants import find_mentions

    names = [m.name.of(sentence) for m in find_mentions(sentence, 0, len(sentence))]
    assert "Rescue Plan" not in names and not any("Putin" in n for n in names)


@pytest.mark.parametrize("text, encounter, place", [
    ("National Security Advisor Jake Sullivan traveled to Jeddah, Saudi Arabia on July 27 to meet with Crown Prince "
     "Mohammed bin Salman.", "meeting", "Jeddah"),
    # another meeting, and one the narrator's subject only joined: neither is the lead
    ("In keeping with the commitment made by Presidents Biden and Erdogan during their meeting in Rome, the United "
     "States and Turkey launched the Strategic Mechanism.", "other", None),
    ("Vice President Harris met with state legislators today.\nThey were also joined by advocates during the meeting "
     "at the White House.", "meeting", None),
    # a trip to attend something, a speech about something, a trip in the background
    ("The President traveled to Brussels to attend the NATO Summit, where he is expected to meet with allies.",
     "other", None),
    ("President Biden spoke today about the Bipartisan Infrastructure Law in Pittsburgh.", "other", None),
    ("Prime Minister Anthony Albanese, who traveled to Beijing last year, met with President Xi Jinping in San "
     "Francisco.", "meeting", "San Francisco"),
])
def test_a_meeting_named_in_passing_is_no_lead_and_a_trip_places_its_meeting(text, encounter, place):
    r = extract(text, doc_id="t", published="2023-07-27")
    assert r.encounter == encounter
    assert (r.location.name if r.location else None) == place
    if encounter == "meeting":
        assert r.participants and r.participants[0].name in ("Jake Sullivan", "Kamala Harris", "Harris",
                                                             "Anthony Albanese")


@pytest.mark.parametrize("text, expected", [
    # officials of two states who discussed something together: a lead without an encounter's words
    ("Deputy Head of the Office of the President of Ukraine Roman Mashovets discussed the situation in Donbas with "
     "Minister of State at the Federal Foreign Office of Germany Tobias Lindner.",
     [("Roman Mashovets", "UKR"), ("Tobias Lindner", "DEU")]),
    ("On October 12, National Security Advisor Jake Sullivan and UN Secretary-General Antonio Guterres discussed "
     "the humanitarian situation in Gaza.", [("Jake Sullivan", "USA"), ("Antonio Guterres", "UN")]),
    # what two officials agreed, reaffirmed or signed together (Australia, Philippines, Canada, Brazil)
    ("President Ferdinand R. Marcos Jr. and Prime Minister Anthony Albanese reaffirmed the strategic partnership "
     "between the Philippines and Australia.", [("Ferdinand R. Marcos Jr.", "PHL"), ("Anthony Albanese", "AUS")]),
    ("Minister of Foreign Affairs Mélanie Joly and Minister of Foreign Affairs Mauro Vieira signed a memorandum on "
     "critical minerals.", [("Mélanie Joly", "CAN"), ("Mauro Vieira", "BRA")]),
    # the guest of a visit still to come takes no part in this talk
    ("Deputy Head of the Office of the President of Ukraine Roman Mashovets and Ambassador of the United Kingdom "
     "Melinda Simmons discussed preparations for the visit of President Volodymyr Zelenskyy to London.",
     [("Roman Mashovets", "UKR"), ("Melinda Simmons", "GBR")]),
    # officials of one state, a discussion still to come or one in a statement's background: nobody invented
    ("Prime Minister Denys Shmyhal and Minister of Finance Serhiy Marchenko discussed the budget.", []),
    ("Secretary Blinken will travel to Rome, where he will discuss Libya with Foreign Minister Antonio Tajani.", []),
    ("Last year, President Biden and President Xi discussed the cases of detained Americans. The United States "
     "will continue to press for their release.", []),
    ("Prime Minister Keir Starmer and President Emmanuel Macron agreed in 2023 to deepen defence ties. The United "
     "Kingdom will continue to work with France.", []),
])
def test_officials_of_two_states_who_discussed_are_the_participants(text, expected):
    r = extract(text, doc_id="t", published="2023-10-13")
    assert [(p.name, p.country) for p in r.participants] == expected
    assert r.encounter == "other"
    assert r.location is None  # Gaza is what they discussed, not where


@pytest.mark.parametrize("text, publisher, expected", [
    # the publisher's own official, whose state the words do not give, and a foreign one they discussed something with
    ("Deputy Head of the Office of the President Mykola Hrytsenko discussed energy security with Adviser to the Prime "
     "Minister of the Republic of Estonia Kadri Tamm.", "UKR", [("Mykola Hrytsenko", "UKR"), ("Kadri Tamm", "EST")]),
    ("On March 3, Under Secretary Laura Whitfield discussed anti-corruption cooperation with Secretary General Pedro "
     "Alvarado of the Organization of American States.", "USA", [("Laura Whitfield", "USA"), ("Pedro Alvarado", "OAS")]),
    # no publisher known, or a colleague of the same state: nobody invented
    ("Deputy Head of the Office of the President Mykola Hrytsenko discussed energy security with Adviser to the Prime "
     "Minister of the Republic of Estonia Kadri Tamm.", None, []),
    ("Deputy Head of the Office of the President Mykola Hrytsenko discussed the budget with Minister of Finance Oksana "
     "Bondar.", "UKR", []),
])
def test_the_publishers_own_official_discussing_with_a_foreign_one_leads(text, publisher, expected):
    from communique.ingest.text import document_from_text

    doc = document_from_text(text + "\nThe parties also discussed the reconstruction of the energy grid.", doc_id="t",
                             published="2024-03-04")
    doc.publisher = publisher
    r = extract_document(doc)
    assert [(p.name, p.country) for p in r.participants] == expected
    assert r.statements[-1].speaker == (BOTH if expected else None)


@pytest.mark.parametrize("lead, official, speaker_sentence", [
    # an official's part in a gathering of many, the others unnamed (State, Ukraine's presidency, the White House)
    ("On June 28, Assistant Secretary Daniel Mercer participated in a Senior Officials Meeting of the ASEAN Regional "
     "Forum.", "Daniel Mercer", "Assistant Secretary Mercer emphasized the importance of maritime security."),
    ("Secretary Blinken chaired the fifth ministerial meeting of the Friends of the Lower Mekong.", "Blinken",
     "The Secretary congratulated the group on its support to the subregion."),
    ("First Lady Olena Zelenska took part in the conference of ambassadors of Ukraine.", "Olena Zelenska",
     "She stressed that every embassy should speak for Ukraine's children."),
    ("Today, Vice President Kamala Harris convened a roundtable with state legislators on maternal health.",
     "Kamala Harris", "The Vice President thanked the legislators for their work."),
])
def test_an_official_who_took_part_in_a_gathering_is_its_participant(lead, official, speaker_sentence):
    r = extract(lead + "\n" + speaker_sentence, doc_id="t", published="2021-06-28")
    assert official in [p.name for p in r.participants]
    assert [s.speaker for s in r.statements] == [None, official]


@pytest.mark.parametrize("text", [
    # the official took part in nothing: a speech, a trip to come
    "Secretary Blinken spoke today about the Lower Mekong at the Asia Society.",
    "Assistant Secretary Daniel Mercer will travel to Jakarta to attend the ASEAN Regional Forum.",
])
def test_no_gathering_taken_part_in_no_participant(text):
    assert extract(text, doc_id="t", published="2021-06-28").participants == []


@pytest.mark.parametrize("sentence, speaker", [
    ('"Indonesia and Singapore must deepen their cooperation," said Foreign Minister Retno.', "Retno Marsudi"),
    ('"Both countries gain from it," said Minister Balakrishnan, adding that the talks were useful.',
     "Vivian Balakrishnan"),
    ('"Our two nations share one sea," Minister Balakrishnan said.', "Vivian Balakrishnan"),
    # the reporting clause goes on after its speaker, or is a post (Ukraine's presidency, Serbia, news agencies)
    ('"We share one sea," Minister Balakrishnan said, adding that the talks were useful.', "Vivian Balakrishnan"),
    ('"Our nations are friends," Minister Balakrishnan wrote on social media.', "Vivian Balakrishnan"),
    ('"We are friends," said Minister Balakrishnan, who thanked Indonesia for its hospitality.', "Vivian Balakrishnan"),
    ("'Our nations share one sea,' said Minister Balakrishnan.", "Vivian Balakrishnan"),  # single quotes (UK, Norway, Ireland)
    # where, when or to whom after the reporting verb; an office in lower case (Ukraine, agencies, Latin America)
    ('"The talks were excellent," the Singaporean minister said at a joint press conference.', "Vivian Balakrishnan"),
    ('"We agreed on the next steps," Balakrishnan told reporters after the meeting.', "Vivian Balakrishnan"),
    ('"We have a very good relationship," the Indonesian minister said.', "Retno Marsudi"),
    # the words of someone who takes no part, whatever state they name first
    ('"Singapore is a reliable partner," Joko Widodo said.', None),
])
def test_a_quotation_is_its_speakers_whichever_side_the_reporting_verb_is(sentence, speaker):
    r = extract("Foreign Minister Retno Marsudi held a bilateral meeting with Singapore's Foreign Minister Vivian "
                "Balakrishnan in Jakarta.\n" + sentence, doc_id="t")
    assert [s.speaker for s in r.statements][1] == speaker


def test_an_office_without_its_first_or_senior_is_the_same_officials():
    """State, Korea's and Japan's MOFA: "the Vice Foreign Minister" of the "First Vice Foreign Minister"."""
    r = extract("Deputy Secretary of State Wendy Sherman met today with Republic of Korea First Vice Foreign Minister Cho "
                "Hyundong.\nThe Deputy Secretary and Vice Foreign Minister also spoke about climate change.", doc_id="t",
                published="2022-06-08")
    assert r.statements[-1].speaker == BOTH


@pytest.mark.parametrize("sentence, speaker", [
    ('"Ukraine defends Europe," said the President of the Bundestag.', "Bärbel Bas"),
    ("The President of the Bundestag assured that support would continue.", "Bärbel Bas"),
    ("The President thanked the delegation.", "Volodymyr Zelenskyy"),
])
def test_an_office_written_out_in_full_is_its_holders_beside_the_shorter_one(sentence, speaker):
    """A delegation's head whose office begins with the host's ("President of the Bundestag" beside "President"):
    Ukraine's presidency, the Kremlin, Yonhap."""
    r = extract("President of Ukraine Volodymyr Zelenskyy met with a delegation of the German Bundestag headed by "
                "President of the Bundestag Bärbel Bas.\n" + sentence, doc_id="t")
    assert [s.speaker for s in r.statements][1] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("The President stressed that the sanctions must be tightened.", "Volodymyr Zelenskyy"),  # the publisher's own
    ("The President of the European Council noted that the EU would keep its support.", "Charles Michel"),
    ("The US President assured him of continued support.", "Joe Biden"),
])
def test_an_office_two_participants_share_goes_by_its_state_or_the_publishers(sentence, speaker):
    from communique.ingest.text import document_from_text

    doc = document_from_text("During a phone conversation with US President Joe Biden and President of the European "
                             "Council Charles Michel, President Volodymyr Zelenskyy discussed the sanctions.\n"
                             + sentence, doc_id="t")
    doc.publisher = "UKR"
    assert [s.speaker for s in extract_document(doc).statements][1] == speaker


@pytest.mark.parametrize("lead, expected", [
    ("National Security Advisor Jake Sullivan met with Jordanian Deputy Prime Minister and Minister of Foreign Affairs "
     "and Expatriates Ayman Safadi.", ("Ayman Safadi", "Deputy Prime Minister and Minister of Foreign Affairs and Expatriates")),
    ("The Federal President, Frank-Walter Steinmeier, received the Emir of Qatar in Berlin.",
     ("Frank-Walter Steinmeier", "Federal President")),
    ("Queen Rania met the President of the Republic, Sergio Mattarella, at the Quirinale Palace.",
     ("Sergio Mattarella", "President of the Republic")),
    ("Crown Prince and Prime Minister Mohammed bin Salman bin Abdulaziz Al Saud received a phone call from the "
     "President of Finland, Alexander Stubb.", ("Mohammed bin Salman bin Abdulaziz Al Saud", "Crown Prince and Prime Minister")),
    ("Political Director Tim Barrow met Vice President for Strategic Stability at the US Institute of Peace "
     "William Taylor in Washington.", ("William Taylor", "Vice President for Strategic Stability at the Institute of Peace")),
])
def test_an_office_set_off_by_commas_or_spelled_out_keeps_its_holder(lead, expected):
    r = extract(lead, doc_id="t", published="2024-03-05")
    assert expected in [(p.name, p.title) for p in r.participants]
    assert all(p.country for p in r.participants if p.name == expected[0])
    assert not any(p.name in ("Institute", "President") for p in r.participants)


@pytest.mark.parametrize("lead, expected", [
    # a list of one state's officials shares the state its first names
    ("National Security Advisor Jake Sullivan met with Israeli Prime Minister Yair Lapid, Defense Minister Benny "
     "Gantz, and National Security Advisor Eyal Hulata.",
     [("Jake Sullivan", "USA"), ("Yair Lapid", "ISR"), ("Benny Gantz", "ISR"), ("Eyal Hulata", "ISR")]),
    # the other side as two officials after "met with", joined by "and" (State, White House)
    ("Deputy Secretary of State Kurt Campbell met with Chinese Foreign Minister Wang Yi and Vice Foreign Minister Ma "
     "Zhaoxu in Beijing.", [("Kurt Campbell", None), ("Wang Yi", "CHN"), ("Ma Zhaoxu", "CHN")]),
    ("Chinese Foreign Minister Wang Yi and Deputy Secretary of State Kurt Campbell met in Beijing.",
     [("Wang Yi", "CHN"), ("Kurt Campbell", None)]),  # the two sides as the subject
    # two sides joined by "and", and an opening phrase closed by a comma, are no list
    ("In a meeting with Cambodian Prime Minister Hun Manet, Deputy Secretary Kurt Campbell stressed the partnership.",
     [("Hun Manet", "KHM"), ("Kurt Campbell", None)]),
    ("In a meeting with Cambodian Prime Minister Hun Manet, Deputy Secretary Kurt Campbell, who is visiting Phnom "
     "Penh, stressed the partnership.", [("Hun Manet", "KHM"), ("Kurt Campbell", None)]),
    # an ambassador listed with the host's officials is usually the other side's
    ("Secretary Antony Blinken met with Japanese Foreign Minister Yoko Kamikawa, Ambassador Rahm Emanuel, and "
     "Vice Minister Masataka Okano.", [("Antony Blinken", "USA"), ("Yoko Kamikawa", "JPN"), ("Rahm Emanuel", None),
                                       ("Masataka Okano", None)]),
])
def test_officials_listed_after_a_comma_share_the_state_of_the_first(lead, expected):
    from communique.ingest.text import document_from_text
    from communique.stages.encounter import find_encounter
    from communique.stages.participants import find_participants
    from communique.stages.segment import segment

    doc = find_participants(find_encounter(segment(document_from_text(lead, doc_id="t", published="2022-07-14"))))
    assert [(p.name, p.country) for p in doc.participants] == expected


def test_a_reporting_clause_naming_someones_aide_is_not_that_leaders():
    r = extract(CALL + '"The talks were frank," said Xi\'s aide Cai Qi.', doc_id="t")
    assert r.statements[-1].speaker != "Xi Jinping"


def test_a_bodys_name_of_two_capitalised_words_stays_in_the_title():
    lead = ("Deputy Head of the Office Ihor Zhovkva met with Secretary General of the Parliamentary Assembly of the "
            "Black Sea Economic Cooperation (PABSEC) Asaf Hajiyev.")
    assert ("Asaf Hajiyev", "Secretary General of the Parliamentary Assembly of the Black Sea Economic Cooperation") in [
        (p.name, p.title) for p in extract(lead, doc_id="t").participants]


def test_the_office_of_a_leader_the_lead_names_without_title_and_a_meeting_phrase_without_comma():
    """Kremlin: the publisher's own leader is named untitled in the lead and "the President" after."""
    r = extract("Vladimir Putin met with Governor of the Tula Region Alexei Dyumin.\n"
                "At the beginning of the meeting Vladimir Putin noted that the situation was stable. "
                "Alexei Dyumin reported on the harvest.\nThe President noted that industry was growing.", doc_id="t")
    assert [s.speaker for s in r.statements] == [None, "Vladimir Putin", "Alexei Dyumin", "Vladimir Putin"]


KYIV = ("President of Ukraine Volodymyr Zelenskyy met with Head of the Office of the President Andriy Yermak and "
        "Prime Minister of Poland Donald Tusk.\nThe talks were held in Kyiv.\n")
CALL = "Xi Jinping had a telephone conversation with President of Indonesia Prabowo Subianto.\nThe leaders discussed trade.\n"
TOKYO = ("Secretary of State Antony Blinken met with Japanese Foreign Minister Yoshimasa Hayashi.\n"
         "Foreign Minister Hayashi said Japan values the alliance. ")
SEOUL = ("Second Vice Minister of Foreign Affairs Kim Jina held talks with First Deputy Minister of Foreign Affairs of "
         "Kazakhstan Akan Rakhmetullin in Seoul.\nKorean Ambassador to Kazakhstan Kim Dong-jin also attended the talks.\n")
# a further encounter of a release (AKP, Xinhua): its subject in a style, its partner after a string of styles
PHNOM_PENH = ("Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of the Kingdom of Cambodia, held talks here with H.E. "
              "Wang Yi, Minister of Foreign Affairs of the People's Republic of China.\nOn the same day, H.E. Wang Yi also paid "
              "a courtesy call on Samdech Akka Moha Sena Padei Techo Hun Sen, President of the Senate of Cambodia.\n")


@pytest.mark.parametrize("context, sentence, speaker", [
    # an office in general words (Ukraine's presidency)
    (KYIV, "The Head of State noted the support of Poland.", "Volodymyr Zelenskyy"),  # not the Head of the Office
    (KYIV, "The Polish leader thanked him for the invitation.", "Donald Tusk"),
    (KYIV, "The leader of Poland thanked him for the invitation.", "Donald Tusk"),
    # a state's "leader" where two of its officials wrote: its head of state, wherever the text names them (VNA, Kremlin)
    ("Prime Minister Pham Minh Chinh sent a message of congratulations to President Prabowo Subianto.\nOn the same day, "
     "President To Lam also sent a congratulatory message to President Prabowo Subianto.\n",
     "In the message, the Vietnamese leader expressed his belief that Indonesia will achieve more.", "To Lam"),
    (KYIV, "The Head of the Office of the President briefed the guests.", "Andriy Yermak"),
    # a message's words named after them are its sender's; a head of state among two is the lead's subject
    ("President Kassym-Jomart Tokayev sent a telegram of condolences to President of Türkiye Recep Tayyip Erdoğan.\n",
     '"I was deeply saddened by the news of the earthquake," the message reads.', "Kassym-Jomart Tokayev"),
    ("President Kassym-Jomart Tokayev sent a telegram of condolences to President of Türkiye Recep Tayyip Erdoğan.\n",
     "The Head of State wished a speedy recovery to the injured.", "Kassym-Jomart Tokayev"),
    ("President Volodymyr Zelenskyy received a letter from President Joe Biden.\n", '"We stand with you," the letter reads.',
     "Joe Biden"),
    ("President of Ukraine Volodymyr Zelenskyy had a phone conversation with President of the European Commission "
     "Ursula von der Leyen.\n", "The Head of State informed his interlocutor about the border.", "Volodymyr Zelenskyy"),
    ("President of Ukraine Volodymyr Zelenskyy met with President of the Republic of Turkey Recep Tayyip Erdoğan.\n",
     "The leader of the Republic of Turkey commended the position of Ukraine.", "Recep Tayyip Erdoğan"),
    # a head of state qualified by the state: that state's, not the publisher's (Azerbaijan, Turkmenistan, Uzbekistan)
    ("President of Azerbaijan Ilham Aliyev received a phone call from President of Kazakhstan Kassym-Jomart Tokayev.\n",
     "The head of state of Kazakhstan extended his congratulations to the President of Azerbaijan.", "Kassym-Jomart Tokayev"),
    ("President of Tajikistan Emomali Rahmon received a letter from President of Turkmenistan Serdar Berdimuhamedov.\n",
     "In his letter, the head of Turkmen State expressed confidence in the friendship.", "Serdar Berdimuhamedov"),
    # the reporting clause ends the sentence (Xinhua, Ukraine's presidency)
    (CALL, "China and Indonesia should deepen trade and investment cooperation, Xi told Prabowo.", "Xi Jinping"),
    # the reporting clause's day after it, as wires write it (RIA Novosti, Reuters, AP)
    (CALL + "Prabowo said Indonesia welcomed Chinese investment.\n",
     '"We agreed that China and Indonesia will deepen cooperation," Xi told reporters late Tuesday.', "Xi Jinping"),
    # a quotation closed by "he remarked": the words of whoever spoke last, whatever subject they open with (Antara)
    (CALL + "Prabowo said Indonesia welcomed Chinese investment.\n",
     '"China and Indonesia are close neighbours and strong partners," he remarked.', "Prabowo Subianto"),
    (CALL + "Prabowo said Indonesia welcomed Chinese investment.\n",
     '"President Xi assured me of China\'s support," he said.', "Prabowo Subianto"),
    # ... with what they went on to say after it; after both sides' act, the one who last spoke alone (Ukraine's presidency)
    (CALL + "Prabowo said Indonesia welcomed Chinese investment.\n",
     '"China has great experience in building railways," he said, noting that Indonesia needs new lines.', "Prabowo Subianto"),
    (CALL + "Prabowo said Indonesia welcomed Chinese investment.\nThe two leaders also discussed the South China Sea.\n",
     '"China has great experience in building railways, and I asked for its help," he said.', "Prabowo Subianto"),
    (CALL, "The two countries share broad common interests, Prabowo said.", "Prabowo Subianto"),
    # the source named first, whatever the subject after it (VNA, Ukraine's presidency, Kremlin)
    (CALL, "According to Prabowo, the two countries should double their trade.", "Prabowo Subianto"),
    (CALL, "According to the agreement signed by Prabowo last year, the two countries will open a consulate.", BOTH),
    # a thing's history in the publisher's voice (Yonhap, Ukraine, Kremlin)
    (CALL, "The forum was launched in September last year on an initiative of the two countries.", None),
    (CALL, "The relevant protocol was signed in 1992.", None),
    (KYIV, "According to the Prime Minister of Poland, the talks were substantive.", "Donald Tusk"),
    # an office qualified by its state names that state's participant, titled or not (Kremlin)
    (CALL, "The Chinese President stressed the importance of the partnership.", "Xi Jinping"),
    # an agent, and states acting together or described together (Japan MOFA, State)
    (TOKYO, "Foreign Minister Hayashi was briefed in detail by Secretary Blinken on the talks.", "Antony Blinken"),
    (TOKYO, "The United States and Japan reaffirmed their commitment to the alliance.", BOTH),
    (TOKYO, "Both the United States and Japan are maritime democracies.", "Yoshimasa Hayashi"),  # stays his
    (TOKYO, "The Secretary and the Foreign Minister also discussed the situation in Myanmar.", BOTH),
    # an institution or its spokesperson speaks for itself, not for a participant (Xinhua, Yonhap)
    (CALL, "The White House said on Monday that the Treasury Secretary would visit Jakarta.", None),
    (CALL, "Chinese Foreign Ministry spokesman Lin Jian said that China has noted the announcement.", None),
    # an abbreviated office before a name is that person's, not every holder of the office (VNA)
    ("Prime Minister Pham Minh Chinh held a phone talk with his Japanese counterpart Fumio Kishida.\n",
     "PM Kishida, for his part, said Japan supports the project.", "Fumio Kishida"),
    # an act done with the other side is both's (Tasnim, Ukraine's presidency)
    (TOKYO, "Secretary Blinken also held consultations with his Japanese counterpart on the Indo-Pacific.", BOTH),
    (KYIV, "The President of Ukraine discussed with the Polish delegation the supply of air defence.", BOTH),
    # what the encounter was, with a relative clause after its noun (Italy, White House)
    (TOKYO, "The meeting, which took place in a cordial atmosphere, was an opportunity to review the alliance.", BOTH),
    (TOKYO, "This phone call, which followed their March meeting in Rome, focused on regional security.", BOTH),
    # what the encounter covered, relayed or with a clause between (MENA, ANTARA, SANA, Petra)
    (TOKYO, "Presidential Spokesman Ambassador Ken Sato said the call tackled regional security.", BOTH),
    (TOKYO, "Head of the Presidential Communication Office Ken Sato told reporters after the meeting that the two "
            "leaders discussed trade.", BOTH),
    (TOKYO, "Talks during the meeting dealt with the latest developments in the region.", BOTH),
    (TOKYO, "The talks, attended by Ambassador Rahm Emanuel, also addressed the situation in Myanmar.", BOTH),
    # one side's act, then "the latter's"; a quotation told at a press conference; a subordinate opening (SPA, PAP, APS)
    (TOKYO, "Secretary Blinken welcomed the Foreign Minister, while the latter expressed his pleasure at the visit.", BOTH),
    (TOKYO, '"Japan is our most important partner in Asia," Blinken told a joint press conference after the talks.',
     "Antony Blinken"),
    (TOKYO, "Upon leaving the meeting, Foreign Minister Hayashi said that he had conveyed the greetings of Tokyo.",
     "Yoshimasa Hayashi"),
    # a participant's press officer is no participant; "the envoy" is the ambassador (BSS, PNA, Xinhua)
    (TOKYO, "Foreign Minister Hayashi's Press Secretary Ken Sato briefed reporters about the meeting.", None),
    ("Chief Adviser Muhammad Yunus met Japanese Ambassador to Bangladesh Iwama Kiminori in Dhaka.\n",
     "The envoy said Japan would continue to stand by Bangladesh.", "Iwama Kiminori"),
    # a ministry quoted, or reporting what the two did (TASS, wires): the quotation's own subject decides
    (TOKYO, '"The ministers exchanged views on the situation in the region," the ministry said.', BOTH),
    (TOKYO, "Later, the Japanese Foreign Ministry reported that the two ministers had agreed to meet again.", BOTH),
    # ... but what it reported before the release is background; so is where the words were said (Kazinform, Ukrinform)
    (TOKYO, "Earlier, the Japanese Foreign Ministry reported that the two countries signed a roadmap on energy.", None),
    (TOKYO, "Earlier, Foreign Minister Hayashi said that Japan is ready to expand its support.", "Yoshimasa Hayashi"),
    (TOKYO, "As Kyodo reported, on April 13, an earthquake struck the region.", None),
    # a state's envoy or ambassador in lower case (Senegal, Xinhua)
    (TOKYO, "The Japanese envoy reaffirmed his country's readiness to work with the United States.", "Yoshimasa Hayashi"),
    # a second encounter of the release with the other side is both's, unless a purpose of the subject's own follows
    # (Rwanda, Kremlin, White House); what one said of their contacts with others is theirs
    (TOKYO, "Earlier today, Secretary Blinken also met separately with Foreign Minister Hayashi.", BOTH),
    (TOKYO, "Secretary Blinken also spoke by phone several times with Foreign Minister Hayashi.", BOTH),
    (TOKYO, "Secretary Blinken met with Foreign Minister Hayashi to reaffirm the U.S. commitment to Japan.",
     "Antony Blinken"),
    (TOKYO, "Secretary Blinken talked about his contacts with Foreign Minister Hayashi.", "Antony Blinken"),
    # condolences shared with the other side are one side's act (UK)
    (TOKYO, "Foreign Minister Hayashi also shared his condolences with Secretary Blinken and the American people.",
     "Yoshimasa Hayashi"),
    # two acts joined by "while" (Korea MOFA)
    (TOKYO, "Secretary Blinken raised the export controls, while Foreign Minister Hayashi explained Japan's view.", BOTH),
    # an office in lower case after its state, where two officials of that state took part (China Daily)
    ("President Xi Jinping exchanged messages with King Felipe VI of Spain.\nAlso on Friday, Premier Li Qiang and "
     "his Spanish counterpart Pedro Sanchez exchanged congratulations.\n",
     "In his message, the Spanish king extended best wishes to the Chinese people.", "Felipe VI"),
    # the surname of a participant, the other side's counterpart in the subject (China Daily, Xinhua)
    ("President Xi Jinping exchanged messages with King Felipe VI of Spain.\n",
     "Also on Friday, Premier Li Qiang and his Spanish counterpart Pedro Sanchez exchanged congratulations.", BOTH),
    # "To conclude," and "At the onset of" open the sentence; each side's act joined with "and ... also" (Japan MOFA)
    (TOKYO, "4. To conclude, Secretary Blinken stated that he looked forward to meeting Foreign Minister Hayashi, "
     "and Foreign Minister Hayashi also stated his hope to meet soon.", BOTH),
    (TOKYO, "At the onset of the discussion Secretary Blinken said Foreign Minister Hayashi offered greetings.",
     "Antony Blinken"),
    # an opening adverb without its comma (UK No. 10, Kremlin)
    (TOKYO, "More broadly the Secretary thanked Japan for its continued support.", "Antony Blinken"),
    (TOKYO, "Separately Foreign Minister Hayashi raised the abduction issue.", "Yoshimasa Hayashi"),
    # "They" and "Both" before a verb (not a preposition's look-alike: "They took", "They offered")
    (TOKYO, "They took stock of the alliance.", BOTH),
    (TOKYO, "They offered condolences to the victims of the earthquake.", BOTH),
    # a third state's official met is no other side (State Department)
    (TOKYO, "Foreign Minister Hayashi also discussed the matter with his Korean counterpart.", "Yoshimasa Hayashi"),
    # "both" that joins two phrases is no subject (Ukraine's presidency)
    (KYIV, "Discussing financial support, both to promote the economy and to rebuild, the Polish leader noted the "
     "role of the EU.", "Donald Tusk"),
    # "The parties call on ...": "call" is their verb here, not the meeting's noun (a joint statement)
    (KYIV, "The parties call on the Russian Federation to choose the path of diplomacy.", BOTH),
    # a leader the report names for background, who took no part (Yonhap)
    (TOKYO, "Kishida has invited the Secretary to Hiroshima.", None),
    # someone a news report quotes who takes no part: nobody's; an aide relaying the sides' act: both (TASS, Xinhua,
    # Global Times, Kyodo)
    (CALL, "Peskov said earlier that the leaders would also discuss energy cooperation.", None),
    (CALL, "The talks will continue in an expanded format, the Kremlin press service said.", None),
    (CALL, "Analysts said the call shows Jakarta's interest in trade.", None),
    (CALL, "Li Haidong, a professor at China Foreign Affairs University, told the Global Times that the call mattered.", None),
    (CALL, '"Europe is reassessing its China policy," Li said.', None),
    (CALL, "Presidential aide Yury Ushakov told reporters that the sides discussed Ukraine.", BOTH),
    (CALL, "Prabowo said Indonesia would deepen ties. You said there were no estimates.", "Prabowo Subianto"),
    # the office the publisher's leader is named by elsewhere, before the guest's name, is the guest's (Kenya, Nigeria)
    ("The President hosted Tanzania's President Samia Suluhu Hassan at State House, Nairobi.\nPresident William Ruto "
     "said Kenya will remove trade barriers.\n", "President Samia said Tanzania will complete the pipeline.",
     "Samia Suluhu Hassan"),
    # a name with an Arabic article in lower case in the lead opens a sentence with a capital (INA, Anadolu)
    ("Prime Minister Mohammed Shia al-Sudani received Foreign Minister Hakan Fidan in Baghdad.\n",
     "Al-Sudani thanked Türkiye for its support.", "Mohammed Shia al-Sudani"),
    # an office of a state none of the participants is of is none of theirs (Kremlin, Ukraine's presidency)
    (CALL, "The President of Russia sent his greetings, the President of Russia said.", None),
    # a family name two participants share: the one whose office stands before it, or whose given name beside it
    (SEOUL, "Vice Minister Kim noted that trade had grown.", "Kim Jina"),
    (SEOUL, "Ambassador Kim said the embassy would help.", "Kim Dong-jin"),
    (SEOUL, "Kim Dong-jin said the embassy would help.", "Kim Dong-jin"),
    (PHNOM_PENH, "Samdech Techo Hun Sen recalled his visits to China.", "Hun Sen"),
    (PHNOM_PENH, "Samdech Thipadei Hun Manet thanked China.", "Hun Manet"),
    # a person of a state whose one participant it is, whoever spoke before in the paragraph (Kyrgyzstan, Kazinform,
    # Ukraine's presidency)
    ("President Sadyr Japarov received the credentials of ambassadors in Bishkek.\nThe credentials were presented by "
     "Ambassador of Japan Kenji Sato, Ambassador of Türkiye Mehmet Bayar and Ambassador of Qatar Ali Al-Marri.\n"
     "During the conversation with Ambassador Kenji Sato, the President thanked Japan for its assistance. ",
     "The Japanese diplomat conveyed the greetings of the Prime Minister of Japan.", "Kenji Sato"),
])
def test_speaker_of_a_sentence_after_the_lead(context, sentence, speaker):
    assert extract(context + sentence, doc_id="t").statements[-1].speaker == speaker


def test_an_officials_statement_after_a_meeting_is_their_remarks_and_their_words():
    """A headline that calls the page one official's statement after an encounter, a dateline under it, a body in the
    first person that opens by addressing the guest (Greece, Cyprus, EU): remarks, the dateline's place, every sentence
    the official's, the one addressed no speaker."""
    r = extract("Statement by Prime Minister Petros Alexiou following his meeting with the President of the European "
                "Council, Ana Ferreira\nNicosia, 12 March 2025\nDear President, dear Ana, it is a pleasure to welcome "
                "you to Nicosia.\nWe had a very good discussion on the Union's budget.\nI stressed that our borders are "
                "Europe's borders.\nThank you again for your visit.", settings=Settings(publisher="CYP"))
    assert r.encounter == "press_remarks" and r.location is not None and r.location.name == "Nicosia"
    assert [p.name for p in r.participants] == ["Petros Alexiou", "Ana Ferreira"]
    assert [s.speaker for s in r.statements] == [None, None] + ["Petros Alexiou"] * 4


@pytest.mark.parametrize("title, text, encounter, speakers", [
    # the page's title given apart: the headline line names the author (Greece)
    ("Prime Minister of Greece - Press releases", "Statement by Prime Minister Petros Alexiou following his meeting with "
     "the President of the European Council, Ana Ferreira\nNicosia, 12 March 2025\nDear Mr. Ferreira, it is a pleasure "
     "to welcome you.\nWe had a very good discussion.", "press_remarks", [None, None, "Petros Alexiou", "Petros Alexiou"]),
    # a statement by someone who took no part keeps the encounter it reports (White House)
    (None, "Statement from Press Secretary Karine Jean-Pierre on President Biden's Call with President Zelenskyy of Ukraine"
     "\nWe welcome the productive conversation between the two leaders today.", "phone_call", [None, None]),
])
def test_whose_statement_after_an_encounter(title, text, encounter, speakers):
    from communique.ingest.text import document_from_text

    r = extract_document(document_from_text(text, doc_id="t", title=title))
    assert r.encounter == encounter and [s.speaker for s in r.statements] == speakers


def test_the_guest_a_remarks_title_names_in_full_is_that_official():
    """"Remarks by President X after her meeting with Prime Minister of Montenegro Y / ... welcome Prime Minister Kovač":
    the body's surname is the title's official, with the state the title gives (EU, Greece, Cyprus)."""
    from communique.ingest.text import document_from_text

    r = extract_document(document_from_text(
        "Brussels, 12 March 2025\n\nGood afternoon. It is a pleasure to welcome Prime Minister Kovač to Brussels today."
        "\n\nWe discussed the next steps on the path of Montenegro to the European Union.", doc_id="t",
        title="Remarks by President Ana Weber after her meeting with Prime Minister of Montenegro Milo Kovač",
        settings=Settings(publisher="EU")))
    assert [(p.name, p.country) for p in r.participants] == [("Ana Weber", "EU"), ("Milo Kovač", "MNE")]


@pytest.mark.parametrize("title, text, participants, speakers", [
    # the page's title alone names the author, by a possessive, and the guest, whom the body calls by given name
    ("Prime Minister Arben Kola's remarks at the joint press conference with Italian Prime Minister Lucia Ferri",
     "Durrës, 5 June 2024\n\nThank you very much! Dear Lucia, welcome once again.\n\nIt is a great pleasure to host "
     "you here.\n\nWe discussed today the implementation of the protocol.", ["Arben Kola", "Lucia Ferri"],
     [None, "Arben Kola", "Arben Kola", "Arben Kola", "Arben Kola"]),
    # "Statement by ... at the joint press conference with ...": greetings and thanks before the first "I"
    ("Statement by President Anna Weber at the joint press conference with President Ion Rusu",
     "Check against delivery\n\nDear President, dear Ion,\n\nIt is always a pleasure to be back.\n\nThank you for "
     "your hospitality.\n\nThis is my third visit.\n\nJust over a year ago, I said that your future is in Europe.",
     ["Anna Weber", "Ion Rusu"], [None] + ["Anna Weber"] * 5),
    # a headline line in the body, salutation lines under it: all the author's (South Africa, Commonwealth)
    (None, "Remarks by President Themba Dube at the joint media briefing with Federal Chancellor Karl Brandt of Germany"
     "\n\nYour Excellency, Federal Chancellor Karl Brandt,\nMinisters and Deputy Ministers,\nMembers of the media,\n\n"
     "It is a great pleasure to welcome Chancellor Brandt to South Africa.\n\nWe have had very productive discussions.",
     ["Themba Dube", "Karl Brandt"], [None] + ["Themba Dube"] * 5),
    # a topic before the title's words, the author's name with periods and an apposition, a question labelled "Q."
    # (EEAS, AU, UN)
    ("China: Press remarks by High Representative/Vice-President Josep Borrell after the EU-China Strategic Dialogue",
     "Beijing, 13.10.2023\n\nCheck against delivery!\n\nGood afternoon, and thank you for coming.\n\nI have just finished the "
     "Strategic Dialogue.", ["Josep Borrell"], [None, None, "Josep Borrell", "Josep Borrell"]),
    ("Remarks by H.E. Amina Diallo, Chairperson of the African Union Commission, at the Joint Press Conference with the "
     "Secretary-General of the United Nations", "Your Excellency Secretary-General Carlos Mendes,\nLadies and Gentlemen "
     "of the Press,\n\nAllow me to welcome the Secretary-General to the African Union Headquarters.\n\nWe have just "
     "concluded a fruitful exchange.", ["Amina Diallo", "Carlos Mendes"], ["Amina Diallo"] * 4),
    # the salutation's style before "Mr." and an apposition: "Your Excellency Mr. X, Secretary-General of ...," (AU, India)
    ("Remarks by H.E. Amina Diallo, Chairperson of the African Union Commission, at the Joint Press Conference with the "
     "Secretary-General of the United Nations", "Your Excellency Mr. Carlos Mendes, Secretary-General of the United "
     "Nations,\nLadies and Gentlemen of the Press,\n\nAllow me to welcome the Secretary-General to the African Union "
     "Headquarters.\n\nWe have just concluded a fruitful exchange.", ["Amina Diallo", "Carlos Mendes"], ["Amina Diallo"] * 4),
    # Title Case and other ties of the remarks to the encounter: "after Bilateral Meeting with", "at ... Joint Press
    # Conference" (Indonesia, Korea); the place the speaker welcomes the guest to (Germany, Indonesia, Ireland)
    ("Press Statement of President Budi Santoso after Bilateral Meeting with Australian Prime Minister Tom Reid",
     "Good afternoon,\nMay peace be upon us all,\n\nYour Excellency Prime Minister Tom Reid,\nMembers of the press,\n\nIt is "
     "an honor for me to welcome Prime Minister Reid and his delegation to Bogor.\n\nDuring the meeting, we discussed "
     "trade.", ["Budi Santoso", "Tom Reid"], ["Budi Santoso"] * 6),
    # a headline line in the body names the author by a possessive, at "the Joint Press Statement" (an event, not a joint
    # text: India's PIB, the Maldives)
    ("English rendering of Prime Minister's Press Statement during the Joint Press Statement with the Prime Minister of "
     "Fiji", "Prime Minister's Office\n\nEnglish rendering of Prime Minister Shri Arun Mehta’s Press Statement during the "
     "Joint Press Statement with "
     "the Prime Minister of Fiji\n\nYour Excellency Prime Minister Sitiveni Rabuka, friends from the media, Namaskar!\n\n"
     "I warmly welcome Prime Minister Rabuka and his delegation here in New Delhi.\n\nToday we have decided to expand our "
     "cooperation in health.",
     ["Arun Mehta", "Sitiveni Rabuka"], [None, None, "Arun Mehta", "Arun Mehta", "Arun Mehta"]),
])
def test_remarks_a_headline_gives_to_one_official_are_theirs(title, text, participants, speakers):
    """A transcript of one official's remarks after or at an encounter, its headline naming them (and the other side),
    its body theirs in the first person once greetings are done (EU, Albania, South Africa): remarks, both sides
    participants, every sentence the author's, whomever a salutation names."""
    from communique.ingest.text import document_from_text

    r = extract_document(document_from_text(text, doc_id="t", title=title, published="2024-06-05"))
    assert r.encounter == "press_remarks"
    assert [p.name for p in r.participants] == participants
    assert [s.speaker for s in r.statements] == speakers
    if "Bogor" in text:
        assert r.location is not None and r.location.name == "Bogor"


@pytest.mark.parametrize("opening", [
    "Following Russian-Kazakh talks, Pavel Orlov and President of Kazakhstan Daniyar Omarov made press statements.",
    "Transcript of the press statements",
])
def test_press_statements_below_a_narrated_line_are_placed_where_the_host_welcomes_the_guest(opening):
    """The Kremlin's and the Bundesregierung's press statements: a line names the statements, the host's first words
    the city ("We are delighted to welcome the President of Kazakhstan to Moscow")."""
    r = extract(f"{opening}\n\nPresident of Russia Pavel Orlov: Mr President, colleagues,\n\nWe are delighted to welcome "
                "the President of Kazakhstan, Mr Omarov, to Moscow. Our talks were substantive.\n\nPresident of Kazakhstan "
                "Daniyar Omarov: Thank you, Mr President.", doc_id="t", published="2024-06-05")
    assert r.encounter == "press_remarks"
    assert r.location is not None and (r.location.name, r.location.country) == ("Moscow", "RUS")


def test_a_label_whose_words_are_a_question_is_a_questioners_among_a_transcripts_labels():
    """Singapore's MFA doorstops: "Mediacorp: Minister, what was discussed on Myanmar?" is a journalist's outlet asking,
    nobody's words of the encounter, not both sides' for its "was discussed"."""
    r = extract("Mediacorp: Minister, what was discussed on Myanmar at today's meetings?\n\nMinister Balakrishnan: Well, we "
                "discussed the situation in Myanmar at length.\n\nThe Straits Times: Was there any progress?\n\nMinister "
                "Balakrishnan: We have concluded the second reading.", doc_id="t", settings=Settings(publisher="SGP"))
    assert [s.speaker for s in r.statements][0] is None and [s.speaker for s in r.statements][2] is None


def test_a_label_of_a_name_and_its_office_after_a_comma_names_a_participant_and_speaker():
    """ "CHRIS HIPKINS, PRIME MINISTER OF NEW ZEALAND: ..." in an Australian transcript: the guest takes part and speaks."""
    r = extract("PRIME MINISTER ANTHONY ALBANESE: Well, it's terrific to welcome Chris Hipkins to Brisbane.\n\n"
                "CHRIS HIPKINS, PRIME MINISTER OF NEW ZEALAND: Thanks very much, Anthony. Kia ora koutou.", doc_id="t",
                settings=Settings(publisher="AUS"))
    assert ("Chris Hipkins", "NZL") in [(p.name, p.country) for p in r.participants]
    assert [s.speaker for s in r.statements][-2:] == ["Chris Hipkins", "Chris Hipkins"]


def test_a_round_up_of_messages_received_names_each_sender_the_sentences_open_with():
    """UzA, Akorda, Azertac: "Heads of foreign states continue to send congratulatory messages to President X ... /
    President of Y Z in his message noted that ...": each sender takes part and says what their message says."""
    r = extract("Heads of foreign states continue to send congratulatory messages to President of the Republic of "
                "Uzbekistan Shavkat Mirziyoyev on Independence Day.\nPresident of the Republic of Azerbaijan Ilham Aliyev "
                "stressed in his message that Azerbaijan values the alliance.\nPresident of the Republic of Kazakhstan "
                "Kassym-Jomart Tokayev, in his message, expressed confidence in the partnership.", doc_id="t",
                published="2024-08-30", settings=Settings(publisher="UZB"))
    assert [p.name for p in r.participants] == ["Shavkat Mirziyoyev", "Ilham Aliyev", "Kassym-Jomart Tokayev"]
    assert [s.speaker for s in r.statements][1:] == ["Ilham Aliyev", "Kassym-Jomart Tokayev"]


def test_a_narrated_line_above_an_officials_statement_keeps_the_encounter_it_tells():
    """IMF, World Bank: "Ms. X issued the following statement today after meeting Y:" under "Statement by ... following her
    meeting with ...": the line tells the meeting in the third person; the page is no remarks without a lead."""
    from communique.ingest.text import document_from_text

    r = extract_document(document_from_text(
        "Washington, DC: Ms. Kristalina Georgieva, Managing Director of the International Monetary Fund, issued the following "
        "statement today after meeting President Javier Milei of Argentina:\n\"I had a productive meeting with President "
        "Milei. We discussed the program.\"", doc_id="t", published="2024-04-10",
        title="Statement by IMF Managing Director Kristalina Georgieva following her meeting with President Milei"))
    assert r.encounter == "meeting" and r.location is not None and r.location.name == "Washington"


def test_a_transcripts_title_names_no_author_over_its_turns():
    """ "Remarks by President Biden After Meeting With ...": a transcript's labels say who speaks; the title's Title Case
    words are no name of its author ("Biden After Meeting With")."""
    from communique.ingest.text import document_from_text

    r = extract_document(document_from_text(
        "Roosevelt Room\n\nTHE PRESIDENT: Well, thank you all for being here. We had a good meeting.\n\nQ: Mr. President?\n\n"
        "THE PRESIDENT: Thank you.", doc_id="t", published="2022-03-26",
        title="Remarks by President Biden After Meeting With Ukrainian Refugees"))
    assert all("After" not in p.name for p in r.participants)


@pytest.mark.parametrize("sentence, starts_at", [
    ("Dear President, dear Ana, it is a pleasure to welcome you.", "it is"),
    ("Mr. President, I am delighted to see you in Moscow.", "I am"),
    ("Your Excellency, ladies and gentlemen, we meet at a difficult time.", "we meet"),
    ("Mr. Sullivan, the National Security Advisor, met the Minister.", "Mr. Sullivan"),  # a surname is no vocative
    ("Dear ladies and gentlemen, ministers!", "Dear"),  # a line that only addresses
])
def test_whom_a_sentence_addresses_is_not_its_subject(sentence, starts_at):
    from communique.stages.attribution import _subject_starts

    assert sentence[_subject_starts(sentence)[0]:].startswith(starts_at)


@pytest.mark.parametrize("publisher, text, sentence, speaker", [
    # the head of state in lower case, as the source of what follows (Lithuania, Ukraine's presidency)
    ("LTU", "President Gitanas Nauseda met with Senator Jeanne Shaheen in Vilnius.\n",
     "According to the head of state, the presence of allied troops is the best deterrent.", "Gitanas Nauseda"),
    # a deputy prime minister who is also the foreign minister is "the Pakistani Foreign Minister" (Pakistan, Xinhua)
    ("PAK", "Chinese Foreign Minister Wang Yi held talks in Beijing with Pakistani Deputy Prime Minister and Foreign "
     "Minister Ishaq Dar and Pakistani Ambassador Khalil Hashmi.\n", "The Pakistani Foreign Minister said that Pakistan "
     "values its friendship with China.", "Ishaq Dar"),
    # a state's minister, where a deputy minister of that state took part too (Cuba, Latin American ministries)
    ("CUB", "The Member of the Political Bureau and Minister of Foreign Affairs, Bruno Rodríguez Parrilla, received the "
     "Minister of Foreign Affairs of Nicaragua, Valdrack Jaentschke.\nThe meeting was also attended by the Deputy "
     "Foreign Minister Josefina Vidal Ferreiro.\n", "The Cuban Foreign Minister thanked Nicaragua for its support.",
     "Bruno Rodríguez Parrilla"),
])
def test_speaker_named_by_a_states_office(publisher, text, sentence, speaker):
    r = extract(text + sentence, settings=Settings(publisher=publisher))
    assert r.statements[-1].speaker == speaker


@pytest.mark.parametrize("text, expected", [
    ("President Abdelmadjid Tebboune received Tunisian Minister of Foreign Affairs Mohamed Ali Nafti, bearer of a written "
     "message from President of the Republic of Tunisia, Kaïs Saïed.", [("Abdelmadjid Tebboune", "DZA"),
                                                                        ("Mohamed Ali Nafti", "TUN")]),
    # the sender of the letter a guest hands over takes no part (Serbia, Senegal, Gulf agencies)
    ("President Aleksandar Vučić met today with the Ambassador of China to Serbia, Li Ming, who handed him a letter from "
     "President Xi Jinping.", [("Aleksandar Vučić", "SRB"), ("Li Ming", "CHN")]),
    ("The President of the Republic, Bassirou Diomaye Faye, received the Special Envoy of the President of Mauritania, "
     "Mr. Mohamed Salem Ould Merzoug, bearer of a message from President Mohamed Ould Cheikh El Ghazouani.",
     [("Bassirou Diomaye Faye", "SEN"), ("Mohamed Salem Ould Merzoug", "MRT")]),
    # the lead's official by the style the release gives them, in a second sentence listing who called (WAM, KUNA)
    ("ABU DHABI, 30th March, 2025 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan received phone calls "
     "today from several leaders.\nHis Highness received calls from His Majesty King Abdullah II of Jordan and President "
     "Abdelmadjid Tebboune of Algeria.", [("Mohamed bin Zayed Al Nahyan", "ARE"), ("Abdullah II", "JOR"),
                                          ("Abdelmadjid Tebboune", "DZA")]),
    # a delegation's two heads are both of its sender (Lithuania, State)
    ("The President of Lithuania Gitanas Nauseda met with a delegation of the United States Senate led by Senator Jeanne "
     "Shaheen and Senator Thom Tillis.", [("Gitanas Nauseda", "LTU"), ("Jeanne Shaheen", "USA"), ("Thom Tillis", "USA")]),
    # who came with the guest is of the guest's side (Tanzania, Kenya)
    ("The President of Tanzania, Samia Suluhu Hassan, held talks with the President of Mozambique, Daniel Chapo, at "
     "State House, Dar es Salaam.\nPresident Chapo, who was accompanied by the Minister of Foreign Affairs and "
     "Cooperation, Maria Manuela Lucas, is on a state visit.", [("Samia Suluhu Hassan", "TZA"), ("Daniel Chapo", "MOZ"),
                                                               ("Maria Manuela Lucas", "MOZ")]),
    # the recipient of a message the lead leaves unnamed (South Africa, Namibia, Kenya)
    ("President Cyril Ramaphosa has conveyed his deepest condolences to the people of Namibia on the passing of President "
     "Hage Geingob.\n\nIn a message to President Nangolo Mbumba, President Ramaphosa said South Africa stood with Namibia.",
     [("Cyril Ramaphosa", "ZAF"), ("Nangolo Mbumba", "NAM")]),
    # a spokesperson named before an apposition that ends in the report (Egypt's MFA)
    ("Cairo – Ambassador Ahmed Abu Zeid, Spokesperson and Director of Public Diplomacy at the Ministry of Foreign Affairs, "
     "stated that Foreign Minister Sameh Shoukry received a phone call today from Turkish Foreign Minister Hakan Fidan.",
     [("Sameh Shoukry", "EGY"), ("Hakan Fidan", "TUR")]),
    # an official whose apposition names a press officer beside them is no teller (White House, Czechia)
    ("President Joe Biden, accompanied by Press Secretary Karine Jean-Pierre, said after meeting Prime Minister Fumio "
     "Kishida in the Oval Office that the alliance is strong.", [("Joe Biden", "USA"), ("Fumio Kishida", "JPN")]),
    # a spokesman at his own press conference, a clause between his name and "said", takes part (Iran, Gulf agencies)
    ("Spokesman of the Ministry of Foreign Affairs Nasser Kanaani, in his weekly press conference in Tehran on Monday, "
     "said that Iran will defend its national security.", [("Nasser Kanaani", None)]),
    # ... its office with "the" in the apposition after the name, the rank before it
    ("Cairo – Ambassador Ahmed Abu Zeid, the Official Spokesperson and Director of Public Diplomacy at the Ministry of "
     "Foreign Affairs, stated that Foreign Minister Sameh Shoukry received a phone call today from Turkish Foreign "
     "Minister Hakan Fidan.", [("Sameh Shoukry", "EGY"), ("Hakan Fidan", "TUR")]),
    # a press chief who tells of the talks takes no part (Hungary, wires)
    ("Prime Minister Viktor Orbán held talks with Slovenian Prime Minister Robert Golob on Tuesday, the Prime Minister's "
     "Press Chief Bertalan Havasi told the news agency MTI.", [("Viktor Orbán", "HUN"), ("Robert Golob", "SVN")]),
    # the dead; a similar cable's sender and recipient; a ruling house's member (QNA, KUNA)
    ("His Highness the Amir Sheikh Tamim bin Hamad Al-Thani sent a cable of condolences to HE First Vice President of Iran "
     "Mohammad Mokhber on the death of HE President Ebrahim Raisi in the helicopter crash.\n\nHis Highness the Deputy "
     "Amir Sheikh Abdullah bin Hamad Al-Thani sent a similar cable of condolences to HE Acting Minister of Foreign "
     "Affairs of Iran Ali Bagheri Kani.",
     [("Tamim bin Hamad Al-Thani", "QAT"), ("Mohammad Mokhber", "IRN"), ("Abdullah bin Hamad Al-Thani", "QAT"),
      ("Ali Bagheri Kani", "IRN")]),
    # an organisation's head speaks of states for none of them: the body the sentence naming them names (UN, OECD,
    # CARICOM, EEAS: the UN spokesperson, State, White House)
    ("The Secretary-General met today with President Mohamed Irfaan Ali of Guyana on the margins of the UN climate "
     "conference.\nThe Secretary-General expressed concern over the tensions between Guyana and Venezuela.",
     [("Secretary-General", "UN"), ("Mohamed Irfaan Ali", "GUY")]),
    ("Secretary Blinken met with OECD Secretary General Mathias Cormann in Paris.\nCormann welcomed the United States' "
     "support for the Global Minimum Tax and Germany's.", [("Blinken", "USA"), ("Mathias Cormann", "OECD")]),
    # an encounter's sentence that names the parties by rank, their names in the next sentence or the one before
    # (Yonhap, IRNA, Kyodo, wires)
    ("SEOUL, May 2 (Yonhap) -- The top diplomats of South Korea and Australia held talks in Seoul on Friday, the foreign "
     "ministry said.\nSouth Korean Foreign Minister Park Jin and his Australian counterpart, Penny Wong, also discussed "
     "supply chains.", [("Park Jin", "KOR"), ("Penny Wong", "AUS")]),
    ("DOHA, March 4 (QNA) -- Qatar and Rwanda on Monday signed an agreement on air services, as the two countries’ top "
     "diplomats held a joint press conference after their talks.\nSpeaking at the press conference, Minister of State "
     "Mohammed Al-Khulaifi said the talks with his Rwandan counterpart Olivier Nduhungirehe covered investment.",
     [("Mohammed Al-Khulaifi", None), ("Olivier Nduhungirehe", "RWA")]),
    # counterparts of separate calls named where each call is told (Yonhap, Kyodo)
    ("SEOUL, Oct. 4 (Yonhap) -- Foreign Minister Cho Tae-yul held separate phone talks with his Canadian and Japanese "
     "counterparts on Tuesday.\nIn the phone talks with Canadian Foreign Minister Anita Anand, Cho condemned the "
     "launch.\nCho then held a phone call with Japanese Foreign Minister Takeshi Iwaya.",
     [("Cho Tae-yul", "KOR"), ("Anita Anand", "CAN"), ("Takeshi Iwaya", "JPN")]),
    ("Tehran, IRNA – Iranian Foreign Minister Hossein Amir-Abdollahian and his Qatari counterpart Mohammed bin "
     "Abdulrahman Al Thani have discussed the situation in Gaza.\nIn a phone conversation on Monday, the two top "
     "diplomats also reviewed bilateral ties.", [("Hossein Amir-Abdollahian", "IRN"), ("Mohammed bin Abdulrahman Al Thani", "QAT")]),
    # a rank before the name, the office after the holder's decorations, then the office by its abbreviation (ISPR)
    ("Rawalpindi - 10 October 2023: US Ambassador to Pakistan Donald Blome called on General Syed Asim Munir, NI (M), "
     "Chief of Army Staff (COAS) at GHQ today.\nCOAS said that Pakistan values its relations with the US.",
     [("Donald Blome", "USA"), ("Syed Asim Munir", "PAK")]),
    # the lead's "he" after "Speaking when", named in the sentence above with a long portfolio (KNA, State Houses)
    ("Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs, Musalia Mudavadi has reaffirmed "
     "Kenya's commitment to peace in Somalia.\nSpeaking when he held bilateral talks with Somalia's Minister for Foreign "
     "Affairs, Ahmed Moallim Fiqi, in Nairobi on Tuesday, Mudavadi said Kenya would keep its troops in Somalia.",
     [("Musalia Mudavadi", "KEN"), ("Ahmed Moallim Fiqi", "SOM")]),
    # a body's delegation led by "its President" (Uganda's State House, Gulf agencies)
    ("President Yoweri Museveni yesterday hosted a delegation from the African Development Bank (AfDB) led by its "
     "President, Dr. Akinwumi Adesina, at State House Entebbe.\nDr. Adesina commended the investments in Kigali and "
     "Kampala.", [("Yoweri Museveni", "UGA"), ("Akinwumi Adesina", "AFDB")]),
    # a second holder's office by its ordinal (Brunei, State)
    ("Minister of Foreign Affairs II Dato Erywan Yusof received a courtesy call from the Ambassador of Japan, Teruhiko "
     "Shinada.", [("Erywan Yusof", "BRN"), ("Teruhiko Shinada", "JPN")]),
])
def test_who_takes_part_and_for_which_side(text, expected):
    r = extract(text)
    assert [(p.name, p.country) for p in r.participants] == expected


def test_a_place_with_a_lower_case_particle_is_named_whole():
    r = extract("President Samia Suluhu Hassan held talks with President Daniel Chapo of Mozambique at State House, "
                "Dar es Salaam.")
    assert r.location is not None and (r.location.name, r.location.country) == ("Dar es Salaam", "TZA")


@pytest.mark.parametrize("text, speakers", [
    # a press officer named in full, then by surname alone, relays a participant's act (PNA, MENA, Gulf agencies)
    ("President Ferdinand Marcos Jr. held a phone call with Singapore Prime Minister Lawrence Wong.\nIn a press briefing, "
     "Palace Press Officer Claire Castro said the two leaders discussed energy.\nCastro said the President thanked Wong "
     "for Singapore's assistance.", [None, BOTH, "Ferdinand Marcos Jr."]),
    # "He added that ..." after a named official who takes no part: what he relays, else nobody's (Ukraine, KUNA)
    ("President Volodymyr Zelenskyy met with Prime Minister Petr Fiala.\nAndriy Yermak noted that Ukraine will never "
     "compromise on its sovereignty.\nHe also noted that no reliable security system exists in Europe.\nHe added that "
     "the two leaders also reviewed the situation at the front.", [None, None, None, BOTH]),
    # a spokesperson named first, the office in apposition, relays by rank and surname; no participant (Egypt's MFA)
    ("Ambassador Ahmed Abu Zeid, Official Spokesperson and Director of Public Diplomacy at the Ministry of Foreign "
     "Affairs, stated that Foreign Minister Sameh Shoukry received a phone call today from Hungarian Foreign Minister "
     "Peter Szijjarto.\nAmbassador Abu Zeid explained that Minister Shoukry reviewed Egypt's efforts.\nAbu Zeid "
     "concluded that the two ministers agreed to continue consultations.", [None, "Sameh Shoukry", BOTH]),
    # a spokesman's statement relays the participant's act, "in a statement" or "pointed out" (Arab League, MENA)
    ("Secretary-General of the Arab League Ahmed Aboul Gheit received Prime Minister of Lebanon Najib Mikati.\n"
     "Spokesman for the Secretary-General Gamal Roshdy said in a statement that Aboul Gheit expressed solidarity.\n"
     "The spokesman pointed out that Aboul Gheit stressed the need for reforms.",
     [None, "Ahmed Aboul Gheit", "Ahmed Aboul Gheit"]),
    # ... after a press secretary who "briefed reporters" (BSS, APP, PTI)
    ("Russian Foreign Minister Sergey Lavrov today paid a courtesy call on Prime Minister Shehbaz Sharif.\nAfter the "
     "meeting, PM's Press Secretary Ihsanul Karim briefed reporters.\nHe said the prime minister thanked Russia for its "
     "support.", [None, None, "Shehbaz Sharif"]),
    # a briefer's call on a reporter is no dateline (State)
    ("Ned Price, Department Spokesperson\nWashington, DC\nMR PRICE: Good afternoon. I have nothing at the top. Daphne."
     "\nQUESTION: Thanks, Ned.", [None, None, "Ned Price", "Ned Price", "Ned Price", None]),
    # labels by initial and surname under a headline naming both ministers (Greece, Cyprus, Balkan ministries)
    ("Joint statements of Foreign Minister Nikos Dendias and Foreign Minister of Egypt Sameh Shoukry following their "
     "meeting (Athens, 20.03.2022)\nN. DENDIAS: Good afternoon. Greece and Egypt are strategic partners.\nS. SHOUKRY: "
     "Thank you. Egypt values the positions of Greece.", [None, "Nikos Dendias", "Nikos Dendias", "Sameh Shoukry",
                                                          "Sameh Shoukry"]),
    # a press officer by courtesy and surname relays each leader's act (Zambia's State House, Gulf agencies)
    ("President Hakainde Hichilema held bilateral talks with President Mokgweetsi Masisi of Botswana.\nChief "
     "Communications Specialist Clayson Hamasaka said the two Heads of State discussed the bridge.\nMr. Hamasaka said "
     "President Hichilema emphasised the need to remove barriers to trade.",
     [None, BOTH, "Hakainde Hichilema"]),
    # where the report comes from is the publisher's line (Zambia's State House, NAN)
    ("President Hakainde Hichilema received President Samia Suluhu Hassan of Tanzania in Lusaka.\nPresident Samia said "
     "Tanzania values its ties with Zambia.\nThis is according to a statement issued by State House Chief "
     "Communications Specialist Clayson Hamasaka.", [None, "Samia Suluhu Hassan", None]),
    # a press attaché named in full, then by surname (PNA)
    ("Foreign Minister Maria Teresa Lazaro met with Japanese Foreign Minister Takeshi Iwaya in Manila on Monday, the "
     "embassy's press attaché Ana Reyes told reporters.\nReyes said Lazaro thanked Japan for its support.",
     [None, "Maria Teresa Lazaro"]),
    # an agency's background in figures (APP, PNA, ENA)
    ("Prime Minister Shehbaz Sharif met Crown Prince Mohammed bin Salman in Riyadh.\nSaudi Arabia is home to more than "
     "2.5 million Pakistani expatriates.\nAbout 200,000 Filipinos live and work in Saudi Arabia.\nEthiopia conducts "
     "about 90 percent of its trade via Djibouti.", [None, None, None, None]),
])
def test_tellers_lines_and_figures_of_a_wire(text, speakers):
    r = extract(text)
    assert [s.speaker for s in r.statements] == speakers


def test_he_after_a_lead_of_both_is_the_leads_subject():
    """The lead "X spoke with Y" reads as both's act; its "He" next is still its subject (White House)."""
    r = extract("Today, Jake Sullivan spoke with Yuriy Ushakov, Foreign Policy Advisor to "
                "President Vladimir Putin of Russia. He indicated U.S. readiness to engage in diplomacy.",
                settings=Settings(publisher="USA"))
    assert [s.speaker for s in r.statements] == [None, "Jake Sullivan"]


def test_a_dateline_is_not_the_subject_of_the_sentence_it_opens():
    """News agencies open the body with a dateline, and the summary sentence before the lead with it."""
    r = extract("TEHRAN (Tasnim) – The foreign ministers of Iran and Oman called for closer ties.\n"
                "In a phone call on Monday, Iranian Foreign Minister Abbas Araghchi and his Omani counterpart Badr "
                "Albusaidi discussed the talks.", doc_id="t")
    assert [s.speaker for s in r.statements] == [BOTH, None]


@pytest.mark.parametrize("text, expected", [
    # the lead's office is named later in the body (White House 2009-16)
    ("The President spoke today with Prime Minister Rutte of the Netherlands.\n"
     "President Obama thanked the Prime Minister for his support.", [("Obama", "President", "USA"), ("Rutte", "Prime Minister", "NLD")]),
    # a surname that is a month's name; a surname written first (Japan MOFA on Russian ministers)
    ("Prime Minister Theresa May spoke to President Donald Trump.", [("Theresa May", "Prime Minister", "GBR"),
                                                                    ("Donald Trump", "President", "USA")]),
    ("Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a telephone talk with H.E. Mr. Lavrov, "
     "Sergey Viktorovich, Minister of Foreign Affairs of the Russian Federation.",
     [("HAYASHI Yoshimasa", "Minister for Foreign Affairs", "JPN"),
      ("Lavrov, Sergey Viktorovich", "Minister of Foreign Affairs", "RUS")]),
    # a known leader's surname written in lower case (CGTN, as scraped)
    ("Chinese President Xi Jinping and U.S. President Donald trump exchanged congratulatory letters.",
     [("Xi Jinping", "President", "CHN"), ("Donald trump", "President", "USA")]),
    # a second encounter whose subject carries its state's adjective (China Daily)
    ("President Xi Jinping exchanged congratulatory messages with King Felipe VI of Spain on Friday.\n"
     "Also on Friday, Chinese Premier Li Keqiang and his Spanish counterpart Pedro Sanchez exchanged congratulations.",
     [("Xi Jinping", "President", "CHN"), ("Felipe VI", "King", "ESP"), ("Li Keqiang", "Premier", "CHN"),
      ("Pedro Sanchez", "counterpart", "ESP")]),
])
def test_participants_named_after_the_lead_or_as_scraped(text, expected):
    from communique.ingest.text import document_from_text

    doc = document_from_text(text, doc_id="t")
    doc.publisher = "USA"  # the White House's: its President is named by office in the lead
    r = extract_document(doc)
    assert [(p.name, p.title, p.country) for p in r.participants] == expected
    assert all(p.span.of(r.text) == p.name for p in r.participants)


@pytest.mark.parametrize("text, speakers, participants", [
    # a photo's credit inside a one-paragraph body marks only itself
    ("President Biden met President Macron. (Photo: Xinhua) Biden said the talks were good.",
     None, ["Biden", "Macron"]),
    # a caption's paragraph, which its credit ends, is the publisher's
    ("Xi Jinping (R) and Emmanuel Macron walk in Guangzhou, April 7, 2023. [Photo/Xinhua]\n"
     "BEIJING - President Xi Jinping met President Emmanuel Macron.\nXi said China values the partnership.",
     [None, None, None, "Xi Jinping"], ["Xi Jinping", "Emmanuel Macron"]),
    # a byline and a date line above the lead: its weak cue still announces the message
    ("Office of the Spokesperson\nMay 3, 2024\nSecretary Antony Blinken congratulated Prime Minister Luc Frieden "
     "of Luxembourg on his appointment.", [None, None, None], ["Antony Blinken", "Luc Frieden"]),
    # a transcript label with its spacing as scraped
    ("President of Russia  Vladimir Putin: Mr President, it is a pleasure.\nPresident of Egypt Abdel Fattah el-Sisi "
     "(retranslated): Thank you.", ["Vladimir Putin", "Abdel Fattah el-Sisi"], ["Vladimir Putin", "Abdel Fattah el-Sisi"]),
])
def test_publishers_lines_and_labels_as_scraped(text, speakers, participants):
    r = extract(text, doc_id="t")
    assert speakers is None or [s.speaker for s in r.statements] == speakers
    assert [p.name for p in r.participants] == participants
    assert all(p.span.of(r.text).casefold() == p.name.casefold() for p in r.participants)


@pytest.mark.parametrize("lead, speaker", [
    # the statement's issuer is whom the lead names first, though the meeting was both's (IMF, World Bank)
    ("Washington, DC: Ms. Kristalina Georgieva, Managing Director of the IMF, met today with Mr. Luis Caputo, Minister "
     "of Economy of Argentina, and issued the following statement:", "Kristalina Georgieva"),
    ("Minister of Economy Luis Caputo met Managing Director Kristalina Georgieva of the IMF today and issued the "
     "following statement:", "Luis Caputo"),
    ("Minister of Economy Luis Caputo and Managing Director Kristalina Georgieva of the IMF met today and issued the "
     "following joint statement:", BOTH),
    # ... or a statement both subjects issue, not called joint (EU, Australia)
    ("The Minister of Economy of Argentina, Luis Caputo, and the Managing Director of the IMF, Kristalina Georgieva, met "
     "today and issued the following statement:", BOTH),
    # the main clause's subject, after an opening clause that names the other
    ("Following her meeting with Minister of Economy Luis Caputo, IMF Managing Director Kristalina Georgieva issued the "
     "following statement:", "Kristalina Georgieva"),
    # when and where, between the statement and its colon
    ("Washington, DC: Ms. Kristalina Georgieva, Managing Director of the IMF, issued the following statement today after "
     "her meeting with Mr. Luis Caputo, Minister of Economy of Argentina, at IMF headquarters:", "Kristalina Georgieva"),
])
def test_a_statement_issued_after_the_meeting_is_its_issuers(lead, speaker):
    text = lead + '\n"We had a constructive discussion on the program. We will continue to engage closely."'
    r = extract(text, doc_id="t")
    assert [s.speaker for s in r.statements][-2:] == [speaker, speaker]


def test_a_headline_names_its_author_after_the_body_whose_office_it_is():
    """ "Statement by WHO Director-General Dr X" above a body in the first person (WHO, UN, IAEA): the author took part."""
    r = extract("Statement by WHO Director-General Dr Tedros Adhanom Ghebreyesus\nGeneva, 20 December 2024\n"
                "This afternoon I spoke by phone with Dr Sabin Nsanzimana, Minister of Health of Rwanda. I congratulated "
                "the Minister on the progress.", doc_id="t")
    assert [(p.name, p.country) for p in r.participants] == [("Tedros Adhanom Ghebreyesus", "WHO"), ("Sabin Nsanzimana", "RWA")]
    assert r.statements[-1].speaker == "Tedros Adhanom Ghebreyesus"


@pytest.mark.parametrize("sentence, expected", [
    # a rank's grade is the rank's, not the office's (Myanmar's "Senior General", Vietnam's "Senior Lieutenant General")
    ("Chairman of the State Administration Council Prime Minister Senior General Min Aung Hlaing received the Ambassador.",
     [("Min Aung Hlaing", "Chairman of the State Administration Council Prime Minister")]),
    ("Minister of National Defence Senior Lieutenant General Phan Van Giang met the delegation.",
     [("Phan Van Giang", "Minister of National Defence")]),
    # "the" and capitals before a comma are a place's, and the office after the comma opens the next name (Armenpress);
    # an aide's office "for" a principal keeps its holder before the comma (State, White House)
    ("Armenia expects a response to the actions in the Lachin Corridor, Foreign Minister Ararat Mirzoyan said.",
     [("Ararat Mirzoyan", "Foreign Minister")]),
    ("Secretary Blinken met Bjoern Seibert, Chief of Staff for European Commission President Ursula von der Leyen.",
     [("Blinken", "Secretary"), ("Bjoern Seibert", "Chief of Staff for European Commission President")]),
    # a state's "leader", as wires name one; not a movement's or the opposition's (AFP, Reuters, AP)
    ("After French leader Emmanuel Macron urged him, Chinese President Xi Jinping said he was willing to talk.",
     [("Emmanuel Macron", "leader"), ("Xi Jinping", "President")]),
    ("The mission killed Hamas leader Yahya Sinwar, opposition leader Svyatlana Tsikhanouskaya said.", []),
    # a listed leader's name that opens with a style's or an office's word (BSS, Kremlin, Afghanistan's MFA)
    ("Prime Minister Sheikh Hasina met Acting Minister of Foreign Affairs Amir Khan Muttaqi.",
     [("Sheikh Hasina", "Prime Minister"), ("Amir Khan Muttaqi", "Acting Minister of Foreign Affairs")]),
    # hyphenated offices (UN, Nordic and Baltic ministries)
    ("Under-Secretary-General Rosemary DiCarlo met Under-Secretary of State Jukka Salovaara.",
     [("Rosemary DiCarlo", "Under-Secretary-General"), ("Jukka Salovaara", "Under-Secretary of State")]),
    # a plain office that a full name follows is that name's, in a list after a styled name (Petra, MENA)
    ("His Majesty King Abdullah II, Egyptian President Abdel Fattah Al Sisi and Palestinian President Mahmoud Abbas met.",
     [("Abdullah II", "King"), ("Abdel Fattah Al Sisi", "President"), ("Mahmoud Abbas", "President")]),
    # a development bank by the name of its group (AfDB, IsDB, IDB)
    ("The President of the African Development Bank Group, Dr. Akinwumi A. Adesina, held talks with President Ruto.",
     [("Akinwumi A. Adesina", "President of the African Development Bank Group"), ("Ruto", "President")]),
])
def test_ranks_and_bodies_around_a_name(sentence, expected):
    assert [(m.name.of(sentence), m.title_text) for m in find_mentions(sentence, 0, len(sentence))] == expected


@pytest.mark.parametrize("text, sender", [
    ("Vladimir Putin sent a message of greetings to President of Belarus Alexander Lukashenko on his birthday.\n\n"
     "The message reads, in part:\n\nPlease accept my heartfelt congratulations on your birthday. I highly appreciate "
     "your personal contribution to building the Union State.", "Vladimir Putin"),
    ("On January 21, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, sent a congratulatory message to the "
     "Honorable Marco Rubio, Secretary of State of the United States.\n\nThe message reads as follows.\n\n"
     '"Dear Secretary Rubio,\n\nI would like to extend my heartfelt congratulations on your assumption of office. I '
     'look forward to meeting you in person at an early date."', "IWAYA Takeshi"),
    # a letter given in full, unquoted: the sender's up to its sign-off, whatever each sentence's subject (Trend)
    ("President Xi Jinping has sent a congratulatory letter to President Ilham Aliyev on Independence Day.\n\nThe letter "
     "reads:\n\nDear Mr. President,\n\nChina and Azerbaijan are good friends and partners. Our relations have "
     "maintained a sound momentum.\n\nSincerely,", "Xi Jinping"),
])
def test_the_line_that_introduces_a_messages_words_is_the_publishers_and_the_words_the_senders(text, sender):
    speakers = [s.speaker for s in extract(text, doc_id="t").statements]
    assert speakers[:2] == [None, None] and set(speakers[2:]) == {sender}


@pytest.mark.parametrize("text, sender", [
    # no line introduces it: the salutation right below the lead opens it (Trend, Élysée, presidencies' letters)
    ("President Ilham Aliyev has sent a letter of congratulations to President Kassym-Jomart Tokayev.\n\n"
     '"Dear Mr. President,\n\nI extend my heartfelt congratulations to you on Independence Day. Relations between '
     'Azerbaijan and Kazakhstan are developing in the spirit of alliance.\n\nSincerely,', "Ilham Aliyev"),
    ("President Emmanuel Macron sent the following message to His Majesty King Charles III.\n\nYour Majesty,\n\nIt is "
     "with deep sadness that I learned of the passing of your mother. France stands alongside the British nation.",
     "Emmanuel Macron"),
    # below a line of the publisher's that names the letter (AZERTAC); the sender is whom the letter came from
    ("President Ilham Aliyev has received a congratulatory letter from President Serdar Berdimuhamedov.\n\nAZERTAC "
     'presents the letter.\n\n"Dear Ilham Heydarovich,\n\nPlease accept my most sincere congratulations.',
     "Serdar Berdimuhamedov"),
])
def test_a_letter_given_in_full_below_the_lead_is_its_senders(text, sender):
    speakers = [s.speaker for s in extract(text, doc_id="t").statements]
    opening = 2 if "presents the letter" in text else 1  # the publisher's line naming the letter is no one's
    assert set(speakers[:opening]) == {None} and set(speakers[opening:]) == {sender}


def test_a_letter_without_a_sign_off_ends_at_a_paragraph_that_tells_of_it_or_of_another():
    """No "Sincerely,": the narration after the letter ("The letter was handed over by ...", "President Ramaphosa
    thanked ...") is not the sender's; a letter's own paragraph in the third person is."""
    r = extract("President Emmanuel Macron sent a letter to President Cyril Ramaphosa of South Africa.\n\nDear Mr. "
                "President,\n\nI warmly congratulate you on your re-election.\n\nFrance and South Africa are bound by "
                "a long friendship.\n\nThe letter was handed over by the Ambassador of France in Pretoria.\n\nPresident "
                "Ramaphosa thanked President Macron for his kind words.", doc_id="t")
    assert [s.speaker for s in r.statements] == [None, "Emmanuel Macron", "Emmanuel Macron", "Emmanuel Macron", None,
                                                 "Cyril Ramaphosa"]


@pytest.mark.parametrize("text, speakers", [
    # "the Chancellor" of a Spanish-speaking ministry is its foreign minister, beside another state's (Chile, Argentina)
    ("Foreign Minister Alberto van Klaveren held a videoconference with the Federal Minister for Foreign Affairs of "
     "Germany, Annalena Baerbock. The Chancellor highlighted cooperation in green hydrogen. Minister Baerbock underscored "
     "Germany's interest.", [None, "Alberto van Klaveren", "Annalena Baerbock"]),
    # an ambassador by the office's full style (credentials ceremonies, parliaments: Kazakhstan, Ukraine)
    ("Chairman of the Mazhilis Yerlan Koshanov met Ambassador Extraordinary and Plenipotentiary of Türkiye to Kazakhstan "
     "Mehmet Sait Uyanık. Yerlan Koshanov noted the common history. The Ambassador, in turn, emphasized cooperation.",
     [None, "Yerlan Koshanov", "Mehmet Sait Uyanık"]),
])
def test_an_office_said_as_its_holders_world_says_it(text, speakers):
    assert [s.speaker for s in extract(text, doc_id="t").statements] == speakers


def test_a_fact_after_a_quotation_over_two_sentences_is_still_the_narrators():
    """'"... human rights. Our relationship is stronger than ever," said Minister X.': the "Our" is inside the quotation,
    and the paragraph is told in the third person (Paraguay, Latin American ministries)."""
    r = extract('Foreign Minister Rubén Ramírez Lezcano met Minister of Foreign Affairs Lin Chia-lung of Taiwan. "Paraguay '
                'and Taiwan share values. Our relationship is strong," said Minister Ramírez Lezcano. Paraguay is one of '
                'the twelve countries that maintain diplomatic relations with Taiwan.', doc_id="t")
    assert r.statements[-1].speaker is None


@pytest.mark.parametrize("text, published, date", [
    # a dateline above the lead, a line or a sentence of its own, outranks the page's date (Kenya's State House, UzA,
    # Khovar): its year is the page's when it gives none
    ("Kenya, Poland agree to deepen ties\n\nNairobi, Tuesday, February 6, 2024\n\nPresident William Ruto held bilateral "
     "talks with President Andrzej Duda of Poland at State House.", "2024-02-07", "2024-02-06"),
    ("President receives Hungarian Foreign Minister\n\nTashkent, 2 May (UzA). President Shavkat Mirziyoyev received "
     "Minister of Foreign Affairs of Hungary Peter Szijjártó.", "2024-05-03", "2024-05-02"),
    ("Dushanbe, 12.02.2024 /NIAT \"Khovar\"/. President Emomali Rahmon received the European Union Special "
     "Representative for Central Asia, Ms. Terhi Hakala.", "2024-02-13", "2024-02-12"),
    # not a headline's date, a day after the page's or a year before it
    ("Pakistan, China agree to boost trade, 5 May\n\nPrime Minister Shehbaz Sharif met President Xi Jinping in Beijing.",
     "2024-05-03", "2024-05-03"),
    ("Brussels, Beijing to meet on 6 June\n\nHigh Representative Josep Borrell spoke with Foreign Minister Wang Yi today.",
     "2024-06-01", "2024-06-01"),
    # not a photo's caption or a quotation's date above the lead
    ("Office of the Spokesperson\n\n\u201cWe applaud the Libyan people.\u201d\n\n\u2013 Joint statement, March 11, 2021\n\n"
     "Secretary Blinken met Foreign Minister Najla Mangoush of Libya today.", "2021-06-23", "2021-06-23"),
])
def test_a_dateline_above_the_lead_dates_the_encounter(text, published, date):
    assert extract(text, doc_id="t", published=published).date == date


def test_a_headline_in_capitals_under_a_kicker_is_no_lead():
    """ "PRESS RELEASE / PRESIDENT TINUBU RECEIVES GHANAIAN VICE PRESIDENT, SAYS ..." (Nigeria's State House, Ghana)."""
    r = extract("PRESS RELEASE\n\nPRESIDENT TINUBU RECEIVES GHANAIAN VICE PRESIDENT, SAYS WEST AFRICA MUST PROTECT ITS "
                "GAINS\n\nPresident Bola Tinubu on Wednesday received the Vice President of the Republic of Ghana, Dr. "
                "Mahamudu Bawumia, at the State House, Abuja.", doc_id="t", published="2024-04-25")
    assert (r.date, r.location.name if r.location else None) == ("2024-04-24", "Abuja")
    assert [s.speaker for s in r.statements] == [None, None, None]


def test_a_headline_naming_two_speakers_before_a_colon_is_no_turn():
    """ "Prime Minister Orpo and Prime Minister Kristersson: Finland and Sweden to deepen ..." (Finland, Sweden)."""
    r = extract("Prime Minister Orpo and Prime Minister Kristersson: Finland and Sweden to deepen defence cooperation\n\n"
                "Prime Minister Petteri Orpo met Swedish Prime Minister Ulf Kristersson in Helsinki on Tuesday. Prime "
                "Minister Kristersson thanked Finland for its support.", doc_id="t")
    assert [s.speaker for s in r.statements] == [None, None, "Ulf Kristersson"]


def test_the_pages_title_again_as_the_first_line_is_no_turn():
    """Estonia's MFA, Ukrinform: the title "Foreign Minister Tsahkna: Russia's attack ... is a war crime" repeated as the
    body's first line says who said it, and is no turn of theirs: the statement's participant is the official its quote
    names as its sayer, whose words the quote is, as are their ministry's."""
    from communique.ingest.text import document_from_text
    from communique.pipeline import extract_document
    title = "Foreign Minister Tsahkna: Russia's attack on Ukrainian cities is a war crime"
    doc = document_from_text(f"{title}\n\nThe Estonian Ministry of Foreign Affairs strongly condemns Russia's attack on "
                             "Ukrainian cities.\n\n\"These are war crimes,\" Foreign Minister Margus Tsahkna said.",
                             doc_id="t", published="2023-12-29", title=title)
    r = extract_document(doc)
    assert r.encounter == "other" and [p.name for p in r.participants] == ["Margus Tsahkna"]
    assert [s.speaker for s in r.statements] == [None, "Margus Tsahkna", "Margus Tsahkna"]


def test_a_counterpart_holds_the_office_of_whom_they_are_the_counterpart_of():
    """ "Prime Minister X held talks with his Lao counterpart Y ... The Lao PM affirmed" (VNA, Xinhua, wires)."""
    r = extract("Prime Minister Pham Minh Chinh held talks with his Lao counterpart Sonexay Siphandone in Hanoi. Chinh "
                "congratulated Laos on its chairmanship. The Lao PM affirmed that Laos treasures the friendship.", doc_id="t")
    assert [s.speaker for s in r.statements] == [None, "Pham Minh Chinh", "Sonexay Siphandone"]
    r = extract("President Xi Jinping and Foreign Minister Wang Yi held talks with his Lao counterpart Saleumxay Kommasith. "
                "The Lao FM said Laos values the ties.", doc_id="t")  # the counterpart of the one named just before
    assert r.statements[-1].speaker == "Saleumxay Kommasith"


@pytest.mark.parametrize("text, names", [
    # an opening clause about a death names no one dead after it (review of session 19)
    ("Following the death of Pope Francis, President Javier Milei spoke by phone with Prime Minister Giorgia Meloni.",
     ["Javier Milei", "Giorgia Meloni"]),
    # those mourned together, and a mourned leader's style (SANA, MAP, Gulf agencies); a comma that closes the
    # mourned's clause ends the list
    ("The leaders recalled the assassination of Shinzo Abe, President Joe Biden said after meeting Prime Minister Fumio "
     "Kishida.", ["Joe Biden", "Fumio Kishida"]),
    ("President Bashar al-Assad sent a cable of condolences to Acting President Mohammad Mokhber on the martyrdom of "
     "President Ebrahim Raisi, Foreign Minister Hossein Amir-Abdollahian and their companions.",
     ["Bashar al-Assad", "Mohammad Mokhber"]),
    ("King Mohammed VI sent a message of condolences to Emir Mishal Al-Ahmad Al-Jaber Al-Sabah following the passing "
     "away of HH Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah.", ["Mohammed VI", "Mishal Al-Ahmad Al-Jaber Al-Sabah"]),
    # a press office in an opening clause is no teller's apposition
    ("After the meeting with the Head of the Press Service, President Shavkat Mirziyoyev said he received Foreign Minister "
     "Peter Szijjarto of Hungary.", ["Shavkat Mirziyoyev", "Peter Szijjarto"]),
])
def test_rules_about_the_dead_and_tellers_keep_their_reach(text, names):
    assert [p.name for p in extract(text, doc_id="t").participants] == names


def test_a_surname_that_a_small_towns_name_without_accents_spells_is_no_place():
    """GeoNames' "Būsh" (Egypt) without its accent is "Bush": a transcript's "BUSH:" is a speaker's label."""
    from communique.stages.when_where import is_place

    assert not is_place("Bush") and is_place("Brasilia")


@pytest.mark.parametrize("sentence, speaker", [
    # wire and translated styles (Yonhap, Kyodo; Côte d'Ivoire, Senegal; UzA, Akorda)
    ('"Kenya is a key partner of Korea, and I hope our cooperation will expand," Yoon was quoted as saying.',
     "Yoon Suk Yeol"),
    ("Yoon asked for Kenya's support for denuclearization, to which Ruto responded that Kenya supports it.", BOTH),
    ("The two personalities reviewed the excellent relations between Korea and Kenya.", BOTH),
    # ... with a verb of the irregular past (DRC, Azerbaijan, White House)
    ("The two personalities took stock of the security situation in the region.", BOTH),
    ("The two held a frank conversation covering a wide range of regional issues.", BOTH),
    # ... not a participle: those held somewhere, a plan that had been made (State)
    ("The two held in Evin prison must be released.", None),
])
def test_wire_and_translated_reporting_forms(sentence, speaker):
    r = extract("President Yoon Suk Yeol held summit talks with Kenyan President William Ruto on Tuesday.\n" + sentence,
                doc_id="t")
    assert r.statements[-1].speaker == speaker


def test_the_head_of_our_state_is_the_publishers_head_of_state():
    r = extract("President of the Republic of Uzbekistan Shavkat Mirziyoyev received Minister of Foreign Affairs of Hungary "
                "Peter Szijjártó.\nThe Head of our state noted with satisfaction that cooperation is developing.", doc_id="t")
    assert r.statements[-1].speaker == "Shavkat Mirziyoyev"


@pytest.mark.parametrize("office", ["The head of Romanian diplomacy", "The head of the Romanian foreign ministry"])
def test_the_publishers_foreign_minister_said_in_other_words_gives_their_state(office):
    """A ministry writes of its own minister with no state (Romania, Poland, Czechia): "the head of Romanian diplomacy" is
    theirs, a state the talks are about ("the security situation in the Republic of Moldova") is nobody's own, and "the
    Polish official" is the other side."""
    r = extract("Minister of Foreign Affairs Bogdan Aurescu had a telephone conversation with the Minister of Foreign "
                "Affairs of the Republic of Poland, Zbigniew Rau. " + office + " highlighted the "
                "Romanian-Polish Strategic Partnership. Minister Bogdan Aurescu also presented the security situation in "
                "the Republic of Moldova. For his part, the Polish official appreciated Romania's role.", doc_id="t")
    assert [(p.name, p.country) for p in r.participants] == [("Bogdan Aurescu", "ROU"), ("Zbigniew Rau", "POL")]
    assert [s.speaker for s in r.statements] == [None, "Bogdan Aurescu", "Bogdan Aurescu", "Zbigniew Rau"]
