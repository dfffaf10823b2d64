#!/usr/bin/env python3
"""Build ``blind16.jsonl``: the sixteenth batch of blind test articles (session 15).

12 invented 2016 political news articles in which several named and unnamed people speak in turn
(quotes before and after the speaker, people described first and named later, speakers switched by
pronoun and gender, members of unnamed groups), written and annotated by a helper session that
never read claimtrace's code, tests or data; see NOTES.md. Scored on arrival, then read for errors.

Usage: ``python data/gold/blind16/build_blind16.py [--check] [--review]`` (``--check``: exit 1
if blind16.jsonl is stale; ``--review``: print every attribution in context).

Annotation line format (one attribution per line, '#' starts a comment):

    CUE || SOURCE || CONTENT || TYPE

* SOURCE may be `null` (no source in the article).
* CONTENT with several fragments (a direct quote split by its cue): `FRAG1 ## FRAG2 ## ...`.
* Any span may be pinned as `SPAN@@CONTEXT`: CONTEXT must occur exactly once in the text and
  SPAN is the (first and only) occurrence of SPAN inside CONTEXT.
* A CUE without a pin must occur exactly once in the text.
* A SOURCE or CONTENT (fragment) without a pin that occurs more than once is resolved to the
  occurrence nearest to the cue (ties are an error); the review printout shows every span in
  context so these choices can be checked by eye.
* TYPE: named_person | named_org | media | document | anonymous | unknown.

Offsets are computed from the text; text[start:end] == span text is asserted for every span.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
ARTICLES = []  # (doc_id, text, annotation block)


def A(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann))


def _occurrences(text, s):
    """Occurrences of s in text that do not start or end inside a word."""
    out, i = [], text.find(s)
    while i != -1:
        e = i + len(s)
        ok_left = not (s[:1].isalnum() and i > 0 and text[i - 1].isalnum())
        ok_right = not (s[-1:].isalnum() and e < len(text) and text[e].isalnum())
        if ok_left and ok_right:
            out.append(i)
        i = text.find(s, i + 1)
    return out


def _resolve(text, spec, anchor=None, what="span", doc=""):
    spec = spec.strip()
    if "@@" in spec:
        span, ctx = spec.split("@@", 1)
        occ = _occurrences(text, ctx)
        assert len(occ) == 1, f"{doc}: context {ctx!r} occurs {len(occ)} times"
        inner = _occurrences(ctx, span)
        assert len(inner) == 1, f"{doc}: {span!r} occurs {len(inner)} times in context {ctx!r}"
        start = occ[0] + inner[0]
    else:
        span = spec
        occ = _occurrences(text, span)
        assert occ, f"{doc}: {what} {span!r} not found"
        if len(occ) == 1:
            start = occ[0]
        else:
            assert anchor is not None, f"{doc}: {what} {span!r} occurs {len(occ)} times; pin it"
            a0, a1 = anchor

            def dist(o):
                e = o + len(span)
                if e <= a0:
                    return a0 - e
                if o >= a1:
                    return o - a1
                return 0

            ds = sorted((dist(o), o) for o in occ)
            assert ds[0][0] != ds[1][0], f"{doc}: {what} {span!r} tie near cue"
            start = ds[0][1]
    end = start + len(span)
    assert text[start:end] == span
    assert span == span.strip(), f"{doc}: {what} {span!r} has outer whitespace"
    return {"start": start, "end": end, "text": span}


def _parse(doc_id, text, ann):
    atts = []
    for line in ann.strip("\n").split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("||")]
        assert len(parts) == 4, f"{doc_id}: bad line {line!r}"
        cue_s, src_s, con_s, typ = parts
        assert typ in TYPES, f"{doc_id}: bad type {typ!r}"
        cue = _resolve(text, cue_s, what="cue", doc=doc_id)
        anchor = (cue["start"], cue["end"])
        src = None if src_s == "null" else _resolve(text, src_s, anchor, "source", doc_id)
        frags = [_resolve(text, f, anchor, "content", doc_id) for f in con_s.split("##")]
        if len(frags) == 1:
            content = frags[0]
        else:
            for a, b in zip(frags, frags[1:], strict=False):
                assert a["end"] <= b["start"], f"{doc_id}: fragments out of order {line!r}"
            s, e = frags[0]["start"], frags[-1]["end"]
            content = {"start": s, "end": e, "text": text[s:e],
                       "fragments": [[f["start"], f["end"]] for f in frags]}
        ct = content["text"]
        assert not ct.lower().startswith("that "), f"{doc_id}: content starts with 'that': {ct!r}"
        if typ != "unknown":
            assert src is not None, f"{doc_id}: typed attribution without source: {line!r}"
        atts.append({"cue": cue, "source": src, "content": content, "source_type": typ})
    atts.sort(key=lambda a: (a["cue"]["start"], a["content"]["start"]))
    return atts


def _check_text(doc_id, text):
    n = int(doc_id[1:])
    words = len(text.split())
    assert 250 <= words <= 380, f"{doc_id}: {words} words"
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", f"{doc_id}: headline + blank line expected"
    assert "\n\n\n" not in text
    curly = set("\u201c\u201d\u2018\u2019")
    if n <= 6:
        assert not (set(text) & curly), f"{doc_id}: curly quotes in a straight-quote article"
        assert '"' in text
    else:
        assert '"' not in text and "'" not in text, f"{doc_id}: straight quotes in a curly article"
        assert "\u201c" in text and "\u201d" in text
    assert text.count('"') % 2 == 0 if n <= 6 else text.count("\u201c") == text.count("\u201d"), \
        f"{doc_id}: unbalanced double quotes"


def build():
    recs = []
    seen = set()
    for doc_id, text, ann in ARTICLES:
        assert doc_id not in seen
        seen.add(doc_id)
        _check_text(doc_id, text)
        atts = _parse(doc_id, text, ann)
        for a in atts:
            for k in ("cue", "source", "content"):
                sp = a[k]
                if sp is None:
                    continue
                assert text[sp["start"]:sp["end"]] == sp["text"]
                for s, e in sp.get("fragments", []):
                    assert sp["start"] <= s < e <= sp["end"]
        recs.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    return recs


def review(recs):
    """Print every attribution with a little context, for checking by eye."""
    for r in recs:
        t = r["text"]
        print(f"===== {r['doc_id']} ({len(t.split())} words, {len(r['attributions'])} attributions)")
        for a in r["attributions"]:
            c, s, k = a["cue"], a["source"], a["content"]
            ctx = t[max(0, c["start"] - 25):c["end"] + 25].replace("\n", " ")
            print(f"  CUE [{c['text']}] ...{ctx}...")
            print(f"    SRC [{s['text'] if s else None}] @{s['start'] if s else '-'}  TYPE {a['source_type']}")
            fr = k.get("fragments") or [[k["start"], k["end"]]]
            print("    CON " + " ## ".join(f"[{t[x:y]}]" for x, y in fr))


# === ARTICLES ===

A("r01", r'''
Kasich camp insists Ohio will reset the race

COLUMBUS, Ohio - The man who has steered John Kasich through two campaigns for governor stood at the back of a union hall here on Monday and offered a prediction few in the room seemed to share.

"We win Ohio by double digits, and the whole map changes the next morning," he said. "Nobody in Manhattan believes that yet."

The strategist, John Weaver, argued that the Ohio governor's record on jobs would matter more to voters here than any of Donald Trump's rallies. Weaver said the campaign had knocked on 400,000 doors since January.

Kasich himself was less combative. "I'm not going to spend my time calling people names," the governor told reporters after the event. "People in this state know me. They know what I've done."

Not everyone in his orbit is so serene. A senior aide to the governor said the campaign's internal numbers showed the race tightening in the Cincinnati suburbs. The aide spoke on condition of anonymity because he was not authorized to discuss polling.

A Quinnipiac University poll released last week found Trump and Kasich essentially tied in the state, with Marco Rubio far behind.

Trump's campaign was dismissive. "John Kasich is a nice man who hasn't won a single state, and he won't win this one either," said Hope Hicks, a spokeswoman for the billionaire. She added that Trump would hold two rallies in Ohio before Tuesday.

Rob Portman, the state's junior senator, has stayed neutral, but people close to him say he privately worries that a Trump nomination would hurt him in November. Portman's office declined to comment.

At the union hall, Linda Marsh, a retired schoolteacher from Dublin, said she had voted for Kasich twice and would again. Her husband, she said, was "leaning Trump, God help him."

"He says Kasich is too polite," Marsh said. "I tell him that's the point."
''', r'''
insists || Kasich camp || Ohio will reset the race || named_org
said@@," he said. || he || "We win Ohio by double digits, and the whole map changes the next morning," ## "Nobody in Manhattan believes that yet." || named_person
argued || The strategist, John Weaver || the Ohio governor's record on jobs would matter more to voters here than any of Donald Trump's rallies || named_person
said@@Weaver said the || Weaver@@Weaver said the || the campaign had knocked on 400,000 doors since January || named_person
told || the governor || "I'm not going to spend my time calling people names," ## "People in this state know me. They know what I've done." || named_person
said@@governor said the || A senior aide to the governor || the campaign's internal numbers showed the race tightening in the Cincinnati suburbs || anonymous
found || A Quinnipiac University poll released last week || Trump and Kasich essentially tied in the state, with Marco Rubio far behind || document
said@@said Hope Hicks || Hope Hicks, a spokeswoman for the billionaire || "John Kasich is a nice man who hasn't won a single state, and he won't win this one either," || named_person
added || She || Trump would hold two rallies in Ohio before Tuesday || named_person
say || people close to him || he privately worries that a Trump nomination would hurt him in November || anonymous
said@@Dublin, said she || Linda Marsh, a retired schoolteacher from Dublin || she had voted for Kasich twice and would again || named_person
said@@, she said, was || she@@, she said, was || Her husband ## was "leaning Trump, God help him." || named_person
said@@Marsh said. || Marsh@@Marsh said. || "He says Kasich is too polite," ## "I tell him that's the point." || named_person
''')

A("r02", r'''
Benghazi panel fight turns personal as Clinton lawyer hits back

WASHINGTON - The hearing was barely an hour old when the congresswoman from Alabama leaned into her microphone. "Nobody in this room believes the State Department has handed over everything," she said. "Not one person."

Rep. Martha Roby, a Republican on the House Select Committee on Benghazi, pressed the point for several minutes. Trey Gowdy, the committee's chairman, let her run over her time. He later told reporters that the panel would subpoena two more State Department employees, whom he did not name.

The response from the Clinton campaign came within the hour. Marc Elias, the campaign's general counsel, called the hearing "a taxpayer-funded opposition research shop" and said the committee had "run out of questions and out of excuses."

"They've interviewed Cheryl Mills. They've interviewed Jake Sullivan. They have what they have," the campaign's lawyer said in a phone interview. "At some point, the chairman has to say he's done."

Mills and Sullivan, both longtime Clinton aides, were not at Tuesday's hearing.

Elijah Cummings, the ranking Democrat, sided with the lawyer. "This committee has spent more than two years and $7 million," the Maryland Democrat said. He said Republicans had "never once" asked him to co-sign a subpoena.

Gowdy bristled at that. "Mr. Cummings knows exactly how many times I've called him," he said. "I have the phone records."

Roby was unmoved by either man. She said she had "no interest in politics" and wanted "the families to have answers."

Two Republican committee staffers said privately that the chairman hoped to release a final report before the party's convention in July. One of them described the timeline as "aspirational." The other said it was "realistic, if the State Department stops dragging its feet." Both asked not to be named because the committee's schedule has not been made public.

A State Department spokesman, John Kirby, said in a statement that the department had produced "tens of thousands of pages" and would "continue to cooperate."
''', r'''
said@@," she said. || she || "Nobody in this room believes the State Department has handed over everything," ## "Not one person." || named_person
told || He@@He later told || the panel would subpoena two more State Department employees || named_person
called@@counsel, called || Marc Elias, the campaign's general counsel || the hearing "a taxpayer-funded opposition research shop" || named_person
said@@and said the committee || Marc Elias, the campaign's general counsel || the committee had "run out of questions and out of excuses." || named_person
said@@lawyer said in || the campaign's lawyer || "They've interviewed Cheryl Mills. They've interviewed Jake Sullivan. They have what they have," ## "At some point, the chairman has to say he's done." || named_person
said@@Democrat said. || the Maryland Democrat || "This committee has spent more than two years and $7 million," || named_person
said@@He said Republicans || He@@He said Republicans || Republicans had "never once" asked him to co-sign a subpoena || named_person
said@@," he said. "I have || he@@," he said. "I have || "Mr. Cummings knows exactly how many times I've called him," ## "I have the phone records." || named_person
said@@She said she || She@@She said she || she had "no interest in politics" and wanted "the families to have answers." || named_person
said@@staffers said privately || Two Republican committee staffers || the chairman hoped to release a final report before the party's convention in July || anonymous
described || One of them || the timeline as "aspirational." || anonymous
said@@The other said || The other || it was "realistic, if the State Department stops dragging its feet." || anonymous
said@@said in a statement || A State Department spokesman, John Kirby || the department had produced "tens of thousands of pages" and would "continue to cooperate." || named_person
''')

A("r03", r'''
Senate Republicans split on whether to campaign with Trump

WASHINGTON - Republican senators facing re-election this fall are quietly drawing up plans to keep their distance from Donald Trump, according to aides to three of them.

The aides described a series of conversations in recent weeks about whether their bosses should appear with the presumptive nominee when he visits their states. All three spoke on the condition that neither they nor the senators be identified. They said they feared angering Trump's supporters at home.

One of them said the senator he works for had already declined an invitation to a Trump rally in June. Another said her boss would "show up if asked, shake hands, and leave." The third was blunter. "We're running our own race," he said. "Trump is running his."

Not every Republican is hedging. Sen. Jeff Sessions of Alabama, the first senator to endorse Trump, said Tuesday that colleagues who kept their distance were "making a mistake they will regret in November."

John McCain has taken a middle course. The Arizona senator, who faces a primary challenge from Kelli Ward, told a local radio host last month that he would support the nominee but would not campaign with him. His campaign spokeswoman, Lorna Romero, said Wednesday that "nothing has changed."

Ward, for her part, has accused McCain of being ashamed of the party's voters.

Mitch McConnell has urged members to run on local issues, according to two people who attended a closed-door lunch last week. The majority leader told senators that "every race is its own race," one of the people said. The other recalled him saying that Trump "will be what he will be."

A spokesman for McConnell, Don Stewart, said the leader does not comment on private meetings.

Democrats see an opening. "Every one of these senators will have to answer for Donald Trump, whether they stand next to him or not," said Sen. Jon Tester of Montana, who chairs the Democratic Senatorial Campaign Committee.

A CNN/ORC poll released this month found that 48 percent of Republican voters wanted their party's leaders to "do more" to support Trump.
''', r'''
according to@@, according to aides || aides to three of them || Republican senators facing re-election this fall are quietly drawing up plans to keep their distance from Donald Trump || anonymous
described || The aides || a series of conversations in recent weeks about whether their bosses should appear with the presumptive nominee when he visits their states || anonymous
said@@They said they feared || They@@They said they feared || they feared angering Trump's supporters at home || anonymous
said@@One of them said || One of them || the senator he works for had already declined an invitation to a Trump rally in June || anonymous
said@@Another said || Another || her boss would "show up if asked, shake hands, and leave." || anonymous
said@@," he said. "Trump || he@@," he said. "Trump || "We're running our own race," ## "Trump is running his." || anonymous
said@@said Tuesday || Sen. Jeff Sessions of Alabama, the first senator to endorse Trump || colleagues who kept their distance were "making a mistake they will regret in November." || named_person
told@@told a local radio host || The Arizona senator, who faces a primary challenge from Kelli Ward || he would support the nominee but would not campaign with him || named_person
said@@said Wednesday || His campaign spokeswoman, Lorna Romero || "nothing has changed." || named_person
has accused || Ward@@Ward, for her part || McCain of being ashamed of the party's voters || named_person
according to@@, according to two people || two people who attended a closed-door lunch last week || Mitch McConnell has urged members to run on local issues || anonymous
said@@one of the people said || one of the people || The majority leader told senators that "every race is its own race," || anonymous
recalled || The other || him saying that Trump "will be what he will be." || anonymous
said@@Stewart, said || A spokesman for McConnell, Don Stewart || the leader does not comment on private meetings || named_person
said@@said Sen. Jon Tester || Sen. Jon Tester of Montana, who chairs the Democratic Senatorial Campaign Committee || "Every one of these senators will have to answer for Donald Trump, whether they stand next to him or not," || named_person
found || A CNN/ORC poll released this month || 48 percent of Republican voters wanted their party's leaders to "do more" to support Trump || document
''')

A("r04", r'''
At Iowa town hall, a farmer's question puts Cruz on the spot

DENISON, Iowa - The question came from a tall man in a seed-company cap who had waited nearly an hour near the back of the room.

"You voted against the farm bill, senator. Why should I vote for you?" he asked.

Ted Cruz did not hesitate. "Because I'm not going to lie to you about ethanol," the Texas senator said. "Every other candidate on that stage will tell you what you want to hear."

The man, who later identified himself as Dale Hummel, a corn grower from Crawford County, said afterward that he was "not convinced, but not a no either."

His wife was less charitable. Karen Hummel said she had supported Mike Huckabee in 2008 and was leaning toward Marco Rubio this time. "He talks like a lawyer," she said of Cruz. "Marco talks like a person."

Governor Terry Branstad has urged Iowans to reject Cruz over his opposition to the renewable fuel standard, which requires refiners to blend ethanol into gasoline. Branstad's son, Eric, runs a group funded by ethanol interests that has been following Cruz across the state.

A Cruz adviser who travels with the senator said the campaign considered the governor's attacks "a gift." The adviser, who was not authorized to speak on the record, said the crowds had grown since Branstad spoke out.

Bob Vander Plaats, the evangelical leader who endorsed Cruz last month, introduced him at the event. He told the crowd that Cruz was "the only candidate who will stand up to the cartel in Washington," a phrase he repeated twice.

Outside, a retired pastor named Glen Ottoson said he had come to hear Cruz but remained undecided. He said his congregation was split "right down the middle" between Cruz and Donald Trump.

The Des Moines Register reported on Sunday that Trump's campaign had hired 12 new field staff in western Iowa. A Trump spokeswoman did not respond to a request for comment.

According to the latest Register poll, Cruz leads Trump by three points among likely caucusgoers.
''', r'''
asked || he@@?" he asked || "You voted against the farm bill, senator. Why should I vote for you?" || named_person
said@@Texas senator said || the Texas senator || "Because I'm not going to lie to you about ethanol," ## "Every other candidate on that stage will tell you what you want to hear." || named_person
said@@said afterward || The man, who later identified himself as Dale Hummel, a corn grower from Crawford County || he was "not convinced, but not a no either." || named_person
said@@Hummel said she || Karen Hummel || she had supported Mike Huckabee in 2008 and was leaning toward Marco Rubio this time || named_person
said@@," she said of || she@@," she said of || "He talks like a lawyer," ## "Marco talks like a person." || named_person
has urged || Governor Terry Branstad || Iowans to reject Cruz over his opposition to the renewable fuel standard || named_person
said@@with the senator said || A Cruz adviser who travels with the senator || the campaign considered the governor's attacks "a gift." || anonymous
said@@record, said || The adviser, who was not authorized to speak on the record || the crowds had grown since Branstad spoke out || anonymous
told || He@@He told the crowd || Cruz was "the only candidate who will stand up to the cartel in Washington," || named_person
said@@Ottoson said || a retired pastor named Glen Ottoson || he had come to hear Cruz but remained undecided || named_person
said@@He said his congregation || He@@He said his congregation || his congregation was split "right down the middle" between Cruz and Donald Trump || named_person
reported || The Des Moines Register || Trump's campaign had hired 12 new field staff in western Iowa || media
According to || the latest Register poll || Cruz leads Trump by three points among likely caucusgoers || document
''')

A("r05", r'''
Clinton aides say debate prep will focus on Trump's temperament

HEMPSTEAD, N.Y. - Hillary Clinton's advisers have spent the past week preparing her for the first debate, and they believe Donald Trump may not show up as the same man twice.

"We have to be ready for the Donald Trump who reads from a teleprompter and the one who doesn't," said Jennifer Palmieri, the campaign's communications director. She said Clinton had watched "hours" of Trump's primary debates.

Brian Fallon, the campaign's press secretary, was more direct. He said the campaign expected Trump to raise Bill Clinton's past "because he has nowhere else to go." Asked whether Clinton would respond in kind, he shook his head. "She's going to talk about the country," he said.

Palmieri, standing beside him, added that the former secretary of state "doesn't need a zinger."

On the other side, Trump's campaign manager insists her candidate is not preparing at all in the traditional sense. "He's been preparing for this his whole life," Kellyanne Conway told reporters on Sunday. She said Trump had held "a few conversations" with Rudy Giuliani and Roger Ailes, the former Fox News chief, but no mock debates.

The Washington Post reported Saturday, citing two people involved in the sessions, that Trump had in fact sat for at least one practice round in Bedminster, N.J., last month. One of those people described it as "chaotic." The other said it "went better than anyone expected."

Conway dismissed the report. "I don't know who these people are," she said. "Maybe they were in the parking lot."

Giuliani, who was reached by phone, said he had "given the man some advice, which he may or may not take." He would not say what it was.

Clinton's running mate, Tim Kaine, said he believed the first debate would decide little. "People have already made up their minds about these two," the Virginia senator said in an interview with CNN.

A Monmouth University poll out Monday showed Clinton ahead by four points nationally, down from eight points in August.
''', r'''
say@@aides say debate || Clinton aides || debate prep will focus on Trump's temperament || anonymous
believe || they@@they believe || Donald Trump may not show up as the same man twice || anonymous
said@@said Jennifer Palmieri || Jennifer Palmieri, the campaign's communications director || "We have to be ready for the Donald Trump who reads from a teleprompter and the one who doesn't," || named_person
said@@She said Clinton || She@@She said Clinton || Clinton had watched "hours" of Trump's primary debates || named_person
said@@He said the campaign || He@@He said the campaign || the campaign expected Trump to raise Bill Clinton's past "because he has nowhere else to go." || named_person
said@@country," he said || he@@country," he said || "She's going to talk about the country," || named_person
added || Palmieri, standing beside him || the former secretary of state "doesn't need a zinger." || named_person
insists || Trump's campaign manager || her candidate is not preparing at all in the traditional sense || named_person
told || Kellyanne Conway || "He's been preparing for this his whole life," || named_person
said@@She said Trump || She@@She said Trump || Trump had held "a few conversations" with Rudy Giuliani and Roger Ailes, the former Fox News chief, but no mock debates || named_person
reported || The Washington Post || Trump had in fact sat for at least one practice round in Bedminster, N.J., last month || media
citing || The Washington Post || two people involved in the sessions || media
described || One of those people || it as "chaotic." || anonymous
said@@The other said || The other || it "went better than anyone expected." || anonymous
said@@," she said. "Maybe || she@@," she said. "Maybe || "I don't know who these people are," ## "Maybe they were in the parking lot." || named_person
said@@phone, said || Giuliani, who was reached by phone || he had "given the man some advice, which he may or may not take." || named_person
said@@Kaine, said || Clinton's running mate, Tim Kaine || he believed the first debate would decide little || named_person
said@@senator said || the Virginia senator || "People have already made up their minds about these two," || named_person
showed || A Monmouth University poll out Monday || Clinton ahead by four points nationally, down from eight points in August || document
''')

A("r06", r'''
Anti-Trump delegates lose rules fight, vow to keep pushing

CLEVELAND - The woman at the center of the last stand against Donald Trump spent Thursday night in a hotel lobby, counting names on a yellow legal pad.

"We had the signatures. We had them in writing," said Kendal Unruh, a Colorado delegate and a member of the convention's rules committee. "Then the phones started ringing."

Unruh said at least three delegations had withdrawn their support for a roll-call vote after calls from the Trump campaign and the Republican National Committee. She did not name them.

Paul Manafort, Trump's campaign chairman, told reporters that the effort had been "a handful of people who lost and can't accept it." The Trump adviser said the nominee had "never asked anyone to change a vote."

Sean Spicer, the RNC's chief strategist, echoed him. "The rules were followed to the letter," the party spokesman said.

Mike Lee of Utah, who joined the protest on the floor, saw it differently. The senator said the chair had "ignored the clear will of the delegates," and he said he would raise the matter with Reince Priebus, the party chairman, before the fall.

Priebus did not respond to requests for comment.

Several delegates who had signed the petition described heavy pressure from party officials. They spoke on the condition of anonymity. Most said they feared losing their seats at future conventions.

One, a retired Army officer from Iowa, said party officials had called his hotel room three times. Another said she had been offered a speaking slot in exchange for her name. A third, from Virginia, said he had received no pressure at all and simply changed his mind.

"That's what they all say," Unruh said when told of his account.

Later, on the convention floor, a delegate from Washington state sat with her head in her hands. Her husband, standing next to her, said she had been "crying since lunch."

A convention spokeswoman said in a statement that the rules package had been "adopted by an overwhelming voice vote."
''', r'''
vow || Anti-Trump delegates || to keep pushing || anonymous
said@@said Kendal Unruh || Kendal Unruh, a Colorado delegate and a member of the convention's rules committee || "We had the signatures. We had them in writing," ## "Then the phones started ringing." || named_person
said@@Unruh said at least || Unruh@@Unruh said at least || at least three delegations had withdrawn their support for a roll-call vote after calls from the Trump campaign and the Republican National Committee || named_person
told@@chairman, told || Paul Manafort, Trump's campaign chairman || the effort had been "a handful of people who lost and can't accept it." || named_person
said@@adviser said || The Trump adviser || the nominee had "never asked anyone to change a vote." || named_person
said@@spokesman said || the party spokesman || "The rules were followed to the letter," || named_person
said@@The senator said || The senator@@The senator said || the chair had "ignored the clear will of the delegates," || named_person
said@@and he said he would || he@@and he said || he would raise the matter with Reince Priebus, the party chairman, before the fall || named_person
described || Several delegates who had signed the petition || heavy pressure from party officials || anonymous
said@@Most said || Most || they feared losing their seats at future conventions || anonymous
said@@Iowa, said || One, a retired Army officer from Iowa || party officials had called his hotel room three times || anonymous
said@@Another said she || Another || she had been offered a speaking slot in exchange for her name || anonymous
said@@Virginia, said || A third, from Virginia || he had received no pressure at all and simply changed his mind || anonymous
said@@Unruh said when || Unruh@@Unruh said when || "That's what they all say," || named_person
said@@her, said she || Her husband, standing next to her || she had been "crying since lunch." || anonymous
said@@spokeswoman said || A convention spokeswoman || the rules package had been "adopted by an overwhelming voice vote." || anonymous
''')

A("r07", r'''
Toomey keeps Trump at arm’s length as McGinty presses him to choose

PHILADELPHIA - Two weeks after the convention, Sen. Pat Toomey still will not say whether he plans to vote for Donald Trump, and his Democratic challenger says voters are noticing.

“He has had a year to make up his mind,” Katie McGinty told a crowd of union members in Northeast Philadelphia on Wednesday. “What is he waiting for?”

The former state environmental secretary said Toomey was “hiding in plain sight” and accused him of ducking a debate on the question. Her campaign released a web video on Thursday counting 47 times the senator had declined to answer.

Toomey’s campaign called the video “a stunt.” Ted Kwong, a spokesman for the senator, said Toomey had “been clear that he will judge the nominee on the merits.” Asked what merits the senator was still weighing, the spokesman said he would not “get ahead of Pat.”

Toomey himself, speaking to reporters after a Rotary Club lunch in Allentown, said he had “serious concerns” about Trump’s comments on trade. “I have been a free trader my whole career,” he said. “That hasn’t changed because somebody won a primary.”

A Republican strategist who has advised Toomey in past races said the senator’s silence was deliberate. He said the campaign’s polling showed him running ahead of Trump by as much as 10 points in the Philadelphia suburbs. The strategist asked not to be identified so he could speak candidly about internal numbers.

A Franklin & Marshall College poll released Thursday found the race effectively tied, with 11 percent of likely voters undecided.

McGinty’s allies are pressing the point. Gov. Tom Wolf, who appointed McGinty as his chief of staff, said Toomey owed voters “a yes or a no.” A McGinty adviser who worked on Wolf’s 2014 campaign was blunter. “Pat Toomey wants the Trump voters and the Clinton voters,” she said. “He can’t have both.”

The Philadelphia Inquirer reported last month that the Toomey campaign had quietly dropped Trump’s name from its volunteer scripts. The campaign did not dispute the report.
''', r'''
says@@challenger says || his Democratic challenger || voters are noticing || named_person
told || Katie McGinty || “He has had a year to make up his mind,” ## “What is he waiting for?” || named_person
said@@secretary said || The former state environmental secretary || Toomey was “hiding in plain sight” || named_person
accused || The former state environmental secretary || him of ducking a debate on the question || named_person
called@@campaign called || Toomey’s campaign || the video “a stunt.” || named_org
said@@senator, said || Ted Kwong, a spokesman for the senator || Toomey had “been clear that he will judge the nominee on the merits.” || named_person
said@@spokesman said || the spokesman || he would not “get ahead of Pat.” || named_person
said@@Allentown, said || Toomey himself, speaking to reporters after a Rotary Club lunch in Allentown || he had “serious concerns” about Trump’s comments on trade || named_person
said@@career,” he said || he@@career,” he said || “I have been a free trader my whole career,” ## “That hasn’t changed because somebody won a primary.” || named_person
said@@races said || A Republican strategist who has advised Toomey in past races || the senator’s silence was deliberate || anonymous
said@@He said the campaign’s || He@@He said the campaign’s || the campaign’s polling showed him running ahead of Trump by as much as 10 points in the Philadelphia suburbs || anonymous
found || A Franklin & Marshall College poll released Thursday || the race effectively tied, with 11 percent of likely voters undecided || document
said@@chief of staff, said || Gov. Tom Wolf, who appointed McGinty as his chief of staff || Toomey owed voters “a yes or a no.” || named_person
said@@,” she said. “He can’t || she@@,” she said. “He can’t || “Pat Toomey wants the Trump voters and the Clinton voters,” ## “He can’t have both.” || anonymous
reported || The Philadelphia Inquirer || the Toomey campaign had quietly dropped Trump’s name from its volunteer scripts || media
''')

A("r08", r'''
McConnell holds firm on Garland as Democrats dig up old Biden speech

WASHINGTON - The Senate’s top Republican did not wait for the Rose Garden ceremony to end before making his position clear again.

“The American people should have a voice in this vacancy,” Mitch McConnell said on the Senate floor, minutes after President Obama introduced Judge Merrick Garland. “That is not a new position. It is the Biden rule.”

The majority leader was referring to a 1992 speech in which Joe Biden, then chairman of the Judiciary Committee, argued that the Senate should not act on a nominee in an election year. Biden, now the vice president, has said the speech was taken out of context. He was not at the Capitol on Wednesday.

Harry Reid answered within the hour. “Senator McConnell can quote Joe Biden all day long,” the minority leader said. “It won’t change the Constitution.”

The Nevada Democrat said Republicans were “one election away from being in the minority again” and predicted that several would break ranks by summer.

Two of them already have, at least partly. Sen. Mark Kirk of Illinois said he would meet with Garland, and Sen. Susan Collins of Maine called for hearings. “I think the process should go forward,” Collins told reporters. She said she had spoken to McConnell but would not describe the conversation.

Chuck Grassley, the Judiciary Committee chairman, has been less flexible. A senior Republican aide said the Iowa senator would not schedule hearings “under any circumstances this year.” The aide, like others interviewed for this article, was not authorized to speak publicly. A second aide said Grassley had agreed to a courtesy breakfast with Garland “as a human being, not as a nominee.”

The White House said in a statement that Garland would begin meeting senators next week. Josh Earnest, the president’s spokesman, told reporters that Republicans were “running out of excuses.”

Obama himself made the case in personal terms. “I’ve known Merrick Garland for years,” the president said. “He deserves a fair hearing. He deserves an up-or-down vote.”

Conservative groups, meanwhile, are spending to hold the line. The Judicial Crisis Network said it would put $2 million into television ads in five states.
''', r'''
said@@McConnell said on || Mitch McConnell || “The American people should have a voice in this vacancy,” ## “That is not a new position. It is the Biden rule.” || named_person
argued || Joe Biden, then chairman of the Judiciary Committee || the Senate should not act on a nominee in an election year || named_person
has said || Biden, now the vice president || the speech was taken out of context || named_person
said@@minority leader said || the minority leader || “Senator McConnell can quote Joe Biden all day long,” ## “It won’t change the Constitution.” || named_person
said@@Democrat said || The Nevada Democrat || Republicans were “one election away from being in the minority again” || named_person
predicted || The Nevada Democrat || several would break ranks by summer || named_person
said@@Illinois said || Sen. Mark Kirk of Illinois || he would meet with Garland || named_person
called for || Sen. Susan Collins of Maine || hearings@@called for hearings || named_person
told@@Collins told || Collins@@Collins told || “I think the process should go forward,” || named_person
said@@She said she had || She@@She said she had || she had spoken to McConnell but would not describe the conversation || named_person
said@@aide said the Iowa || A senior Republican aide || the Iowa senator would not schedule hearings “under any circumstances this year.” || anonymous
said@@A second aide said || A second aide || Grassley had agreed to a courtesy breakfast with Garland “as a human being, not as a nominee.” || anonymous
said@@House said in a statement || The White House || Garland would begin meeting senators next week || named_org
told@@spokesman, told || Josh Earnest, the president’s spokesman || Republicans were “running out of excuses.” || named_person
said@@president said || the president || “I’ve known Merrick Garland for years,” ## “He deserves a fair hearing. He deserves an up-or-down vote.” || named_person
said@@Network said || The Judicial Crisis Network || it would put $2 million into television ads in five states || named_org
''')

A("r09", r'''
Sanders camp says it will fight on, blames party chair

BURLINGTON, Vt. - Bernie Sanders’s campaign manager stood in a hotel ballroom on Wednesday and told reporters that the race for the Democratic nomination was “nowhere near over.”

“We’re going to the convention. Period,” Jeff Weaver said. “If Debbie Wasserman Schultz wants to end this, she can call the superdelegates herself.”

Wasserman Schultz, the Democratic National Committee chairwoman, did not appear with Clinton or Sanders this week. Her spokesman, Luis Miranda, said in an email that the committee “has been neutral from day one and will remain so.”

Weaver was not persuaded. The campaign manager said the debate schedule had been “designed to protect one candidate,” and he said he would make that case to the convention’s rules committee.

Tad Devine, the campaign’s chief strategist, struck a softer tone. He said Sanders would “work his heart out” for the nominee in November, whoever it was. “Bernie has said it a hundred times,” Devine said. “He will not be a spoiler.”

Former Ohio state Sen. Nina Turner, who has campaigned with Sanders across the Midwest, said she was tired of being told to “get in line.” She said the senator’s voters “are not anybody’s property,” and she added that she had not decided whether to endorse Clinton herself.

Inside the campaign, not everyone shares Weaver’s certainty. Two staff members said privately that some senior aides had argued for scaling back after the New York primary. Neither was authorized to discuss internal deliberations. One said the debate had been “heated but friendly.” The other described Weaver as “the last man standing.”

Clinton’s campaign chairman, John Podesta, said on MSNBC that the campaign respected Sanders “enormously” but that the math “is what it is.” He did not mention Weaver by name.

According to an Associated Press count, Clinton needs fewer than 300 more delegates to clinch the nomination.
''', r'''
says@@camp says || Sanders camp || it will fight on || named_org
told@@Wednesday and told || Bernie Sanders’s campaign manager || the race for the Democratic nomination was “nowhere near over.” || named_person
said@@Weaver said. || Jeff Weaver || “We’re going to the convention. Period,” ## “If Debbie Wasserman Schultz wants to end this, she can call the superdelegates herself.” || named_person
said@@Miranda, said || Her spokesman, Luis Miranda || the committee “has been neutral from day one and will remain so.” || named_person
said@@manager said the debate || The campaign manager || the debate schedule had been “designed to protect one candidate,” || named_person
said@@and he said he would || he@@and he said || he would make that case to the convention’s rules committee || named_person
said@@He said Sanders || He@@He said Sanders || Sanders would “work his heart out” for the nominee in November, whoever it was || named_person
said@@Devine said. || Devine@@Devine said. || “Bernie has said it a hundred times,” ## “He will not be a spoiler.” || named_person
said@@Midwest, said || Former Ohio state Sen. Nina Turner, who has campaigned with Sanders across the Midwest || she was tired of being told to “get in line.” || named_person
said@@She said the senator’s || She@@She said the senator’s || the senator’s voters “are not anybody’s property,” || named_person
added || she@@and she added || she had not decided whether to endorse Clinton herself || named_person
said@@members said privately || Two staff members || some senior aides had argued for scaling back after the New York primary || anonymous
said@@One said || One@@One said || the debate had been “heated but friendly.” || anonymous
described || The other || Weaver as “the last man standing.” || anonymous
said@@said on MSNBC || Clinton’s campaign chairman, John Podesta || the campaign respected Sanders “enormously” but that the math “is what it is.” || named_person
According to || an Associated Press count || Clinton needs fewer than 300 more delegates to clinch the nomination || document
''')

A("r10", r'''
Trump lawyer defends comments on judge as former students look on

SAN DIEGO - A lawyer for Donald Trump told a federal judge on Friday that his client’s remarks about the court were “political speech, not a legal strategy,” as the fraud case against Trump University moved closer to trial.

Daniel Petrocelli, who represents Trump in the case, said outside the courthouse that the candidate “respects the judicial process.” Asked whether Trump still believed Judge Gonzalo Curiel was biased because of his Mexican heritage, the lawyer paused. “You’d have to ask him,” he said.

Curiel, who was born in Indiana, has not commented on the remarks. He did not address them from the bench.

Two former students who say they paid more than $30,000 for seminars sat in the second row. One of them, a retired teacher from Arizona, said she had been told the program was “as good as Wharton.” The other, a man from San Diego who gave only his first name, Art, said he had maxed out three credit cards. “They told me to think big,” he said. “I thought big, and I lost everything.”

Jason Forge, a lawyer for the students, said in court papers that the company had used “high-pressure sales tactics” and promised access to instructors “hand-picked” by Trump. A filing submitted by the plaintiffs on Thursday cites internal playbooks that instructed staff to target “people with equity in their homes.”

Trump’s campaign did not respond to questions. On Twitter, the candidate wrote that the case was “a total disgrace” and that he would “win big” at trial.

Paul Ryan, the House speaker, has called Trump’s attacks on the judge “the textbook definition of a racist comment.” A Ryan aide said the speaker had not spoken to Trump about the case since. The aide was not authorized to describe private conversations.

Legal experts say the case could drag on well past the election. “Judges don’t like to be a sideshow,” said Erwin Chemerinsky, dean of the law school at the University of California, Irvine. “But they like delays even less.”
''', r'''
told@@Trump told || A lawyer for Donald Trump || his client’s remarks about the court were “political speech, not a legal strategy,” || named_person
said@@case, said || Daniel Petrocelli, who represents Trump in the case || the candidate “respects the judicial process.” || named_person
said@@ask him,” he said || he@@ask him,” he said || “You’d have to ask him,” || named_person
say@@who say || Two former students@@Two former students who say || they paid more than $30,000 for seminars || anonymous
said@@Arizona, said || One of them, a retired teacher from Arizona || she had been told the program was “as good as Wharton.” || anonymous
said@@Art, said || The other, a man from San Diego who gave only his first name, Art || he had maxed out three credit cards || named_person
said@@big,” he said || he@@big,” he said || “They told me to think big,” ## “I thought big, and I lost everything.” || named_person
said@@students, said || Jason Forge, a lawyer for the students || the company had used “high-pressure sales tactics” and promised access to instructors “hand-picked” by Trump || named_person
cites || A filing submitted by the plaintiffs on Thursday || internal playbooks that instructed staff to target “people with equity in their homes.” || document
wrote || the candidate || the case was “a total disgrace” and that he would “win big” at trial || named_person
has called || Paul Ryan, the House speaker || Trump’s attacks on the judge “the textbook definition of a racist comment.” || named_person
said@@aide said the speaker || A Ryan aide || the speaker had not spoken to Trump about the case since || anonymous
say@@experts say || Legal experts || the case could drag on well past the election || anonymous
said@@said Erwin || Erwin Chemerinsky, dean of the law school at the University of California, Irvine || “Judges don’t like to be a sideshow,” ## “But they like delays even less.” || named_person
''')

A("r11", r'''
Snyder faces Flint residents as Kildee demands faster pipe removal

FLINT, Mich. - The governor had been speaking for less than five minutes when a woman in the third row stood up with a plastic jug of brown water.

“Would you give this to your grandkids?” she shouted. “Because I give it to mine.”

Rick Snyder, who has faced calls to resign over the water crisis, said he understood the anger in the room. “I am sorry, and I will keep saying it,” the Republican governor said. “But an apology doesn’t replace a pipe, and I know that.”

The woman, LeeAnne Walters, later told reporters that she had heard “sorry” from the governor’s office “for a year and a half.” Walters, a mother of four whose complaints helped expose the lead contamination, said she would believe the state when the pipes were gone.

Rep. Dan Kildee, a Democrat who grew up in Flint, was blunter. The congressman said the state had replaced “fewer than 50” lead service lines and called the pace “unacceptable.” He said he would ask the Environmental Protection Agency to step in if the governor did not produce a schedule by April.

An EPA official said the agency had already sent a team of engineers to the city. The official spoke on the condition of anonymity. He was not authorized to discuss the agency’s plans before they were announced.

Mayor Karen Weaver, who took office in November, sat beside the governor but spoke little. Afterward, she said her office had identified 15,000 homes that needed new lines. “We don’t need another study,” she said.

Several residents who left before the meeting ended were less patient. One, a retired autoworker, said he had stopped trusting “anybody with a title.” Another said she had been buying bottled water since 2014. A third said she simply wanted to know when her children could take a bath.

Snyder’s office said in a statement later Tuesday that the state would spend $25 million on pipe replacement this spring. The Detroit Free Press reported last week that the figure had been cut from an earlier draft of the budget.
''', r'''
demands || Kildee@@Kildee demands || faster pipe removal || named_person
shouted || she@@?” she shouted || “Would you give this to your grandkids?” ## “Because I give it to mine.” || named_person
said@@crisis, said || Rick Snyder, who has faced calls to resign over the water crisis || he understood the anger in the room || named_person
said@@governor said || the Republican governor || “I am sorry, and I will keep saying it,” ## “But an apology doesn’t replace a pipe, and I know that.” || named_person
told || The woman, LeeAnne Walters || she had heard “sorry” from the governor’s office “for a year and a half.” || named_person
said@@contamination, said || Walters, a mother of four whose complaints helped expose the lead contamination || she would believe the state when the pipes were gone || named_person
said@@congressman said || The congressman || the state had replaced “fewer than 50” lead service lines || named_person
called@@and called the pace || The congressman || the pace “unacceptable.” || named_person
said@@He said he would ask || He@@He said he would ask || he would ask the Environmental Protection Agency to step in if the governor did not produce a schedule by April || named_person
said@@official said || An EPA official || the agency had already sent a team of engineers to the city || anonymous
said@@she said her office || she@@she said her office || her office had identified 15,000 homes that needed new lines || named_person
said@@study,” she said || she@@study,” she said || “We don’t need another study,” || named_person
said@@autoworker, said || One, a retired autoworker || he had stopped trusting “anybody with a title.” || anonymous
said@@Another said || Another || she had been buying bottled water since 2014 || anonymous
said@@A third said || A third || she simply wanted to know when her children could take a bath || anonymous
said@@office said in || Snyder’s office || the state would spend $25 million on pipe replacement this spring || named_org
reported || The Detroit Free Press || the figure had been cut from an earlier draft of the budget || media
''')

A("r12", r'''
Trump narrows running-mate list to three, advisers say

NEW YORK - Donald Trump has told associates he will choose among Mike Pence, Chris Christie and Newt Gingrich and could announce his pick as early as Friday, according to two people familiar with the search.

The two people requested anonymity. They were not permitted to discuss the process publicly. One of them said Trump had been “very impressed” by the Indiana governor during a weekend visit to Indianapolis. The other said the New Jersey governor remained “the one he’s most comfortable with.”

CNN reported Tuesday night, citing a campaign source, that Pence had been asked to keep his schedule clear through the weekend. Pence’s office would not confirm the report. “The governor is focused on Indiana,” said his spokeswoman, Marissa Dunn.

Gingrich, for his part, said in a Fox News interview that he had not been told anything. “I’m not going to speculate,” the former House speaker said. “But if Donald asks, I’ll say yes.”

Christie was in Trenton on Wednesday signing a budget bill. Asked about the search, the governor told reporters the decision was “Donald’s and Donald’s alone.”

Paul Manafort, the campaign chairman, said Trump wanted someone with “Washington experience.” Some Republicans believe the phrase favors Pence. Others said it fit Gingrich just as well.

Conservative leaders have lobbied hard for the Indiana governor. Tony Perkins, president of the Family Research Council, said Pence would “reassure evangelicals who still have doubts.” Perkins said he had spoken with Trump twice this month.

Ivanka Trump and Jared Kushner, the candidate’s son-in-law, have also weighed in, according to a Republican official close to the campaign. The official, who spoke on the condition of anonymity, said Kushner had pushed for Pence over Christie. Kushner did not respond to a request for comment.

Trump himself was coy. “I’ll tell you when I tell you,” he told supporters at a rally in Westfield, Ind., on Tuesday night. “It’s going to be somebody great.”
''', r'''
say@@advisers say || advisers || Trump narrows running-mate list to three || anonymous
according to@@according to two || two people familiar with the search || Donald Trump has told associates he will choose among Mike Pence, Chris Christie and Newt Gingrich and could announce his pick as early as Friday || anonymous
said@@One of them said || One of them || Trump had been “very impressed” by the Indiana governor during a weekend visit to Indianapolis || anonymous
said@@The other said || The other || the New Jersey governor remained “the one he’s most comfortable with.” || anonymous
reported || CNN || Pence had been asked to keep his schedule clear through the weekend || media
citing || CNN || a campaign source || media
said@@said his spokeswoman || his spokeswoman, Marissa Dunn || “The governor is focused on Indiana,” || named_person
said@@said in a Fox News || Gingrich@@Gingrich, for his part || he had not been told anything || named_person
said@@speaker said || the former House speaker || “I’m not going to speculate,” ## “But if Donald asks, I’ll say yes.” || named_person
told@@governor told || the governor@@the governor told || the decision was “Donald’s and Donald’s alone.” || named_person
said@@chairman, said || Paul Manafort, the campaign chairman || Trump wanted someone with “Washington experience.” || named_person
believe || Some Republicans || the phrase favors Pence || anonymous
said@@Others said || Others || it fit Gingrich just as well || anonymous
said@@Council, said || Tony Perkins, president of the Family Research Council || Pence would “reassure evangelicals who still have doubts.” || named_person
said@@Perkins said he || Perkins@@Perkins said he || he had spoken with Trump twice this month || named_person
according to@@according to a Republican || a Republican official close to the campaign || Ivanka Trump and Jared Kushner, the candidate’s son-in-law, have also weighed in || anonymous
said@@anonymity, said || The official, who spoke on the condition of anonymity || Kushner had pushed for Pence over Christie || anonymous
told@@he told supporters || he@@he told supporters || “I’ll tell you when I tell you,” ## “It’s going to be somebody great.” || named_person
''')

# === END ARTICLES ===


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    records = build()
    code = write_or_check(records, HERE / "blind16.jsonl", [a for a in argv if a != "--review"],
                          __doc__.split("\n\n")[0])
    if "--review" in argv:
        review(records)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
