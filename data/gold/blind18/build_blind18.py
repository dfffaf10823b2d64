#!/usr/bin/env python3
"""Build ``blind18.jsonl``: the eighteenth batch of blind test articles (session 15).

12 invented 2016 political news articles of pronouns and descriptions that do and do not take up
the last speaker (unnamed voters by their look, members of unnamed groups, named people described
anew), written and annotated by a helper session that never read claimtrace's code, tests or data;
see NOTES.md. Scored on arrival, then read for errors.

Usage: ``python data/gold/blind18/build_blind18.py [--check]`` (``--check``: exit 1 if
blind18.jsonl is stale).

Annotation line format, one attribution per line:
    CUE || SOURCE || CONTENT || TYPE
Each span spec is either
    TEXT                 -> TEXT must occur exactly once in the article, or
    TEXT @@ CONTEXT      -> CONTEXT must occur exactly once in the article and
                            TEXT exactly once inside CONTEXT.
SOURCE may be `null`. A discontinuous CONTENT lists its fragments separated by
` ++ ` (each fragment its own span spec). All offsets are computed here; every
span is asserted to equal text[start:end].
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
CURLY = "\u201c\u201d\u2018\u2019"
ARTICLES = []


def article(doc_id, text, annotations):
    ARTICLES.append((doc_id, text.strip("\n"), annotations))


def locate(spec, text):
    spec = spec.strip()
    if " @@ " in spec:
        span, ctx = spec.split(" @@ ", 1)
        n = text.count(ctx)
        assert n == 1, f"context {ctx!r} occurs {n} times"
        c0 = text.index(ctx)
        m = ctx.count(span)
        assert m == 1, f"span {span!r} occurs {m} times in context {ctx!r}"
        s = c0 + ctx.index(span)
    else:
        span = spec
        n = text.count(span)
        assert n == 1, f"span {span!r} occurs {n} times (pin it with @@)"
        s = text.index(span)
    e = s + len(span)
    assert text[s:e] == span
    return s, e


def mkspan(s, e, text):
    return {"start": s, "end": e, "text": text[s:e]}


def parse(doc_id, text, annotations):
    out = []
    for line in annotations.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, f"{doc_id}: bad line {line!r}"
        cue_spec, src_spec, con_spec, stype = parts
        assert stype in TYPES, f"{doc_id}: bad type {stype!r}"
        try:
            cs, ce = locate(cue_spec, text)
            source = None
            if src_spec != "null":
                ss, se = locate(src_spec, text)
                source = mkspan(ss, se, text)
            frags = [locate(f, text) for f in con_spec.split(" ++ ")]
        except AssertionError as exc:
            raise AssertionError(f"{doc_id}: {exc} in line {line!r}") from exc
        for a, b in zip(frags, frags[1:], strict=False):
            assert a[1] <= b[0], f"{doc_id}: fragments out of order in {line!r}"
        content = mkspan(frags[0][0], frags[-1][1], text)
        if len(frags) > 1:
            content["fragments"] = [[s, e] for s, e in frags]
        # content conventions: no leading "that ", no trailing period outside quotes
        assert not content["text"].startswith("that "), line
        assert not content["text"].endswith("."), f"{doc_id}: period outside quote: {line!r}"
        out.append({"cue": mkspan(cs, ce, text), "source": source,
                    "content": content, "source_type": stype})
    out.sort(key=lambda a: a["cue"]["start"])
    return out


def check_text(idx, doc_id, text):
    words = len(text.split())
    assert 250 <= words <= 380, f"{doc_id}: {words} words"
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", f"{doc_id}: headline + blank line"
    assert "\n\n\n" not in text
    if idx <= 6:
        assert not any(ch in text for ch in CURLY), f"{doc_id}: curly quote in straight-quote article"
        assert '"' in text
    else:
        assert '"' not in text and "'" not in text, f"{doc_id}: straight quote in curly-quote article"
        assert "\u201c" in text and "\u2019" in text


def build():
    records = []
    for idx, (doc_id, text, ann) in enumerate(ARTICLES, 1):
        assert doc_id == f"t{idx:02d}", doc_id
        check_text(idx, doc_id, text)
        records.append({"doc_id": doc_id, "text": text, "split": "blind",
                        "attributions": parse(doc_id, text, ann)})
    return records


# ---------------------------------------------------------------- t01
article("t01", """
Trump advisers split over debate strategy as Pence urges discipline

Donald Trump's advisers are divided over how hard the Republican nominee should hit Hillary Clinton in next week's debate, according to three people involved in the preparations.

Two of them described a tense session at Trump Tower on Sunday. One said the candidate had grown impatient with mock questions about his tax returns. Another said Trump wanted to "go after her record, not her marriage." The third, a longtime friend of the nominee, said the arguments had been "healthy, mostly."

A senior campaign aide insisted the sessions had been orderly. The aide spoke on condition of anonymity because the campaign has barred staff from discussing debate preparation. He said the meetings were "focused and frankly pretty boring." "Nobody is throwing chairs," he said. "He is reading the binders." He added that Trump had studied more this month than at any point in the primaries.

Chris Christie, who is running the sessions, said Trump had asked Rudy Giuliani to play Clinton in the practice rounds. He has told friends that he enjoys playing the Democratic nominee more than he expected. The New Jersey governor, for his part, told reporters in Trenton on Monday that the nominee "will be ready for anything she throws at him."

Mike Pence, Trump's running mate, has argued that the nominee should stay on policy. The Indiana governor said in Ohio that voters "want to hear about jobs, not insults."

At a rally in Aston, Pa., on Monday, a man near the stage in a Steelers jersey said he would skip the debate entirely. He said he had "heard enough from both of them." A woman standing beside him shook her head. She said she planned to host a watch party for her church group and expected Trump to "clean her clock."

A Monmouth University poll released Monday found that 34 percent of likely voters consider the debates very important to their decision.
""", """
urges || Pence @@ Pence urges || discipline @@ urges discipline || named_person
according to || three people involved in the preparations || Donald Trump's advisers are divided over how hard the Republican nominee should hit Hillary Clinton in next week's debate || anonymous
described || Two of them || a tense session at Trump Tower on Sunday || anonymous
said @@ One said || One @@ One said || the candidate had grown impatient with mock questions about his tax returns || anonymous
said @@ Another said || Another || Trump wanted to "go after her record, not her marriage." || anonymous
said @@ nominee, said the arguments || The third, a longtime friend of the nominee || the arguments had been "healthy, mostly." || anonymous
insisted || A senior campaign aide || the sessions had been orderly || anonymous
said @@ He said the meetings || He @@ He said the meetings || the meetings were "focused and frankly pretty boring." || anonymous
said @@ he said. "He is || he @@ he said. "He is || "Nobody is throwing chairs," ++ "He is reading the binders." || anonymous
added @@ He added that Trump || He @@ He added that Trump || Trump had studied more this month than at any point in the primaries || anonymous
said @@ sessions, said || Chris Christie, who is running the sessions || Trump had asked Rudy Giuliani to play Clinton in the practice rounds || named_person
has told || He @@ He has told || he enjoys playing the Democratic nominee more than he expected || named_person
told @@ his part, told reporters || The New Jersey governor || the nominee "will be ready for anything she throws at him." || named_person
has argued || Mike Pence, Trump's running mate || the nominee should stay on policy || named_person
said @@ governor said in Ohio || The Indiana governor || voters "want to hear about jobs, not insults." || named_person
said @@ jersey said || a man near the stage in a Steelers jersey || he would skip the debate entirely || anonymous
said @@ He said he had "heard || He @@ He said he had "heard || he had "heard enough from both of them." || anonymous
said @@ She said she planned || She @@ She said she planned || she planned to host a watch party for her church group and expected Trump to "clean her clock." || anonymous
found || A Monmouth University poll released Monday || 34 percent of likely voters consider the debates very important to their decision || document
""")

# ---------------------------------------------------------------- t02
article("t02", """
Clinton campaign shifts staff to Florida as early voting nears

Hillary Clinton's campaign is moving dozens of organizers from Virginia to Florida, a sign of growing confidence in the Old Dominion, two Democratic officials said Tuesday.

One of the officials said about 60 paid staffers would arrive in Orlando and Tampa by the weekend. She was not authorized to discuss staffing and asked not to be identified. She said the shift had been planned "since the convention, honestly." The other official called the move "a luxury we earned" and said Virginia polling had been steady for weeks.

Robby Mook, Clinton's campaign manager, declined to confirm the numbers. But the 36-year-old strategist told reporters on a conference call that the campaign saw Florida as "the whole ballgame." Mook said the campaign had asked Tim Kaine to spend more of October in the state. He told a crowd in Miami on Monday that Florida would "decide this thing, one way or the other." The Virginia senator also said he had been practicing his Spanish "every night on the bus."

The Tampa Bay Times reported Monday that Republicans had narrowed the gap in absentee ballot requests in Pinellas County. Susie Wiles, who runs Donald Trump's Florida operation, said the Clinton shift showed "they know they're in trouble here." Some Democrats in the state worry that the move came too late to help in the Panhandle.

At a Kissimmee field office on Tuesday afternoon, an older man in a straw hat waited for a box of yard signs. He said he had voted for Barack Obama twice and would vote for Clinton, "but without the enthusiasm." Obama, he said, "made you feel something." A young woman at the front desk said calls from volunteers had doubled since Friday. She said most of the callers had never worked on a campaign before.
""", """
said @@ officials said Tuesday || two Democratic officials || Hillary Clinton's campaign is moving dozens of organizers from Virginia to Florida, a sign of growing confidence in the Old Dominion || anonymous
said @@ officials said about || One of the officials || about 60 paid staffers would arrive in Orlando and Tampa by the weekend || anonymous
said @@ She said the shift || She @@ She said the shift || the shift had been planned "since the convention, honestly." || anonymous
called || The other official || the move "a luxury we earned" || anonymous
said @@ earned" and said || The other official || Virginia polling had been steady for weeks || anonymous
told @@ strategist told || the 36-year-old strategist || the campaign saw Florida as "the whole ballgame." || named_person
said @@ Mook said the campaign || Mook @@ Mook said the campaign || the campaign had asked Tim Kaine to spend more of October in the state || named_person
told @@ He told a crowd || He @@ He told a crowd || Florida would "decide this thing, one way or the other." || named_person
said @@ also said || The Virginia senator || he had been practicing his Spanish "every night on the bus." || named_person
reported || The Tampa Bay Times || Republicans had narrowed the gap in absentee ballot requests in Pinellas County || media
said @@ operation, said || Susie Wiles, who runs Donald Trump's Florida operation || the Clinton shift showed "they know they're in trouble here." || named_person
worry || Some Democrats in the state || the move came too late to help in the Panhandle || anonymous
said @@ He said he had voted || He @@ He said he had voted || he had voted for Barack Obama twice and would vote for Clinton, "but without the enthusiasm." || anonymous
said @@ he said, "made || he @@ he said, "made || Obama @@ Obama, he said ++ "made you feel something." || anonymous
said @@ desk said || A young woman at the front desk || calls from volunteers had doubled since Friday || anonymous
said @@ She said most || She @@ She said most || most of the callers had never worked on a campaign before || anonymous
""")

# ---------------------------------------------------------------- t03
article("t03", """
Ryan tells House Republicans he will no longer defend Trump

Paul Ryan, the House speaker, told Republican lawmakers on a conference call Monday that he would no longer defend Donald Trump and would spend the last month of the race protecting the party's majority, according to four people on the call.

Two of them described the speaker as subdued. One, a lawmaker from a suburban district, said Ryan's message to members was to "do what you need to do" in their own races. The other said several conservatives had objected during the question period. Like the rest, he spoke on condition of anonymity because the call was private. He said the mood was "grim, just grim." "People are scared," he added.

Representative Chris Collins of New York, one of Trump's earliest supporters in the House, said he had phoned the nominee shortly after the call. He later wrote on Twitter that Ryan was "a very weak and ineffective leader." The Buffalo-area congressman told CNN that he had not urged the tweet and that he still considered Ryan a friend.

AshLee Strong, a spokeswoman for Ryan, said the speaker "is not un-endorsing anyone." The Wisconsin Republican said little in public, telling a crowd in Janesville only that he was "proud of this district, and I always will be."

Outside the Capitol Hill Club on Monday evening, a man in a red cap said he had driven up from Richmond to see whether Trump's supporters in Congress would "stand up." He said Ryan should resign. A woman on the steps next to him called the idea "silly." She said she was a Republican, had worked on Capitol Hill in the 1990s and would vote for Trump anyway.
""", """
tells || Ryan @@ Ryan tells || he will no longer defend Trump || named_person
according to || four people on the call || Paul Ryan, the House speaker, told Republican lawmakers on a conference call Monday that he would no longer defend Donald Trump and would spend the last month of the race protecting the party's majority || anonymous
described || Two of them || the speaker as subdued || anonymous
said @@ district, said || One, a lawmaker from a suburban district || Ryan's message to members was to "do what you need to do" in their own races || anonymous
said @@ The other said || The other || several conservatives had objected during the question period || anonymous
said @@ He said the mood || He @@ He said the mood || the mood was "grim, just grim." || anonymous
added || he @@ he added || "People are scared," || anonymous
said @@ House, said || Representative Chris Collins of New York, one of Trump's earliest supporters in the House || he had phoned the nominee shortly after the call || named_person
wrote || He @@ He later wrote || Ryan was "a very weak and ineffective leader." || named_person
told @@ congressman told || The Buffalo-area congressman || he had not urged the tweet and that he still considered Ryan a friend || named_person
said @@ Ryan, said || AshLee Strong, a spokeswoman for Ryan || the speaker "is not un-endorsing anyone." || named_person
telling || The Wisconsin Republican || he was "proud of this district, and I always will be." || named_person
said @@ cap said || a man in a red cap || he had driven up from Richmond to see whether Trump's supporters in Congress would "stand up." || anonymous
said @@ He said Ryan || He @@ He said Ryan || Ryan should resign || anonymous
called || A woman on the steps next to him || the idea "silly." || anonymous
said @@ She said she was || She @@ She said she was || she was a Republican, had worked on Capitol Hill in the 1990s and would vote for Trump anyway || anonymous
""")

# ---------------------------------------------------------------- t04
article("t04", """
Obama plans heavy campaign schedule for Clinton in final weeks

President Obama will campaign for Hillary Clinton in at least six states before Election Day, the White House said Thursday. The schedule was confirmed by the Clinton campaign a few hours later.

Josh Earnest, the press secretary, told reporters that the president saw the race as "a referendum on whether we keep going." Obama, he said, has been calling Clinton every few days. She has told donors in New York that the calls are "the best part of my week."

A senior administration official said planning for the trips had begun in August. The official was not authorized to discuss the schedule and spoke on condition of anonymity. He said the president would visit North Carolina and Ohio at least twice each. "He wants the hardest states," the official said. "He thinks he's more useful there than in California."

Three White House aides who have traveled with Obama this fall described a president enjoying himself. One said he had started ad-libbing more on the stump. Another said he had asked speechwriters to cut lines about his own record. The third said the president "just likes being out there, more than he'll admit."

Republicans say the travel amounts to a taxpayer-funded campaign. Reince Priebus, the party chairman, said Obama should "spend less time on the road and more time fixing Obamacare." The RNC chief told Fox News on Thursday that he had asked the Government Accountability Office to review the costs. It has not responded, he said.

At a rally in Columbus on Wednesday, where Obama tried out his new stump speech, a woman near the press riser in a Cavaliers jersey said she had come "for him, not for her." She said she would vote for Clinton anyway. The man next to her said he had not decided. He said he liked the president but did not trust "either one of them."
""", """
said @@ White House said || the White House || President Obama will campaign for Hillary Clinton in at least six states before Election Day || named_org
was confirmed by || the Clinton campaign || The schedule || named_org
told @@ secretary, told || Josh Earnest, the press secretary || the president saw the race as "a referendum on whether we keep going." || named_person
said @@ Obama, he said, has || he @@ Obama, he said, has || Obama @@ Obama, he said, has ++ has been calling Clinton every few days || named_person
has told || She @@ She has told || the calls are "the best part of my week." || named_person
said @@ official said planning || A senior administration official || planning for the trips had begun in August || anonymous
said @@ He said the president would || He @@ He said the president would || the president would visit North Carolina and Ohio at least twice each || anonymous
said @@ the official said. "He thinks || the official @@ the official said. "He thinks || "He wants the hardest states," ++ "He thinks he's more useful there than in California." || anonymous
described || Three White House aides who have traveled with Obama this fall || a president enjoying himself || anonymous
said @@ One said || One @@ One said || he had started ad-libbing more on the stump || anonymous
said @@ Another said || Another || he had asked speechwriters to cut lines about his own record || anonymous
said @@ third said || The third || the president "just likes being out there, more than he'll admit." || anonymous
say @@ Republicans say || Republicans @@ Republicans say || the travel amounts to a taxpayer-funded campaign || named_org
said @@ chairman, said || Reince Priebus, the party chairman || Obama should "spend less time on the road and more time fixing Obamacare." || named_person
told @@ chief told || The RNC chief || he had asked the Government Accountability Office to review the costs || named_person
said @@ responded, he said || he @@ responded, he said || It has not responded || named_person
said @@ jersey said || a woman near the press riser in a Cavaliers jersey || she had come "for him, not for her." || anonymous
said @@ She said she would || She @@ She said she would || she would vote for Clinton anyway || anonymous
said @@ next to her said || The man next to her || he had not decided || anonymous
said @@ He said he liked || He @@ He said he liked || he liked the president but did not trust "either one of them." || anonymous
""")

# ---------------------------------------------------------------- t05
article("t05", """
Toomey stays silent on Trump as McGinty presses him

Senator Pat Toomey of Pennsylvania again sidestepped questions on Tuesday about whether he would vote for Donald Trump, and his Democratic challenger, Katie McGinty, accused him of "hiding in plain sight."

Toomey told reporters in Allentown that he was focused on his own race. The first-term Republican said he had "real concerns" about Trump but also about Hillary Clinton's judgment.

A Toomey adviser said the senator might never announce a decision. The adviser asked not to be named because he was describing private conversations. He said endorsing either candidate would cost Toomey "more votes than it gains." He added that the senator was running well ahead of Trump in the Philadelphia suburbs.

McGinty, who campaigned in Scranton on Tuesday with Joe Biden, said Toomey "owes voters an answer, yes or no." He told the crowd that Toomey had sided with Republican leaders "ninety-some percent of the time" and called the senator's silence "a dodge." The former state environmental secretary later said her campaign's own polling had her leading narrowly.

A Quinnipiac University poll released last week showed McGinty ahead by three points, within the margin of error. Two Republican strategists in Harrisburg said Toomey's approach was working. One said suburban women "do not want to hear the word Trump from him." The other called the race "a coin flip, maybe worse."

In the back of the Scranton union hall, a man in a Penn State sweatshirt said he had voted for Toomey in 2010. He said he was leaning toward McGinty this time because of Trump. A woman at the next table said she had not decided. She said Biden "gets it, but he's not on the ballot."
""", """
accused || his Democratic challenger, Katie McGinty || him of "hiding in plain sight." || named_person
told @@ Toomey told || Toomey @@ Toomey told || he was focused on his own race || named_person
said @@ Republican said || The first-term Republican || he had "real concerns" about Trump but also about Hillary Clinton's judgment || named_person
said @@ adviser said || A Toomey adviser || the senator might never announce a decision || anonymous
said @@ He said endorsing || He @@ He said endorsing || endorsing either candidate would cost Toomey "more votes than it gains." || anonymous
added || He @@ He added || the senator was running well ahead of Trump in the Philadelphia suburbs || anonymous
said @@ Biden, said || McGinty, who campaigned in Scranton on Tuesday with Joe Biden || Toomey "owes voters an answer, yes or no." || named_person
told @@ He told the crowd || He @@ He told the crowd || Toomey had sided with Republican leaders "ninety-some percent of the time" || named_person
called @@ and called the senator's || He @@ He told the crowd || the senator's silence "a dodge." || named_person
said @@ later said || The former state environmental secretary || her campaign's own polling had her leading narrowly || named_person
showed || A Quinnipiac University poll released last week || McGinty ahead by three points, within the margin of error || document
said @@ Harrisburg said || Two Republican strategists in Harrisburg || Toomey's approach was working || anonymous
said @@ One said || One @@ One said || suburban women "do not want to hear the word Trump from him." || anonymous
called @@ other called || The other @@ The other called || the race "a coin flip, maybe worse." || anonymous
said @@ sweatshirt said || a man in a Penn State sweatshirt || he had voted for Toomey in 2010 || anonymous
said @@ He said he was leaning || He @@ He said he was leaning || he was leaning toward McGinty this time because of Trump || anonymous
said @@ table said || A woman at the next table || she had not decided || anonymous
said @@ She said Biden || She @@ She said Biden || Biden "gets it, but he's not on the ballot." || anonymous
""")

# ---------------------------------------------------------------- t06
article("t06", """
DNC chairwoman faces pressure to step aside before convention

Debbie Wasserman Schultz faced mounting pressure on Sunday to give up her role at the Democratic convention after leaked emails appeared to show party staff favoring Hillary Clinton during the primaries.

Bernie Sanders said on ABC's "This Week" that the emails confirmed what his supporters had long suspected. The Vermont senator said Wasserman Schultz should resign, "and she should do it today." Sanders said he had spoken with Harry Reid, the Senate Democratic leader, on Saturday night. He told reporters in Las Vegas later Sunday that the chairwoman had "become a distraction for everybody."

A Democratic National Committee official said Wasserman Schultz spent the day calling members of the party's executive committee. The official spoke on condition of anonymity because he was not authorized to discuss the calls. He said she was "hurt, not broken." "She's a fighter," he said. He added that no decision would come before Monday morning.

The Washington Post reported Sunday that Clinton's campaign would not object to a change. It was reported separately that two large donors had threatened to skip the convention altogether.

Five members of the Florida delegation gathered in a hotel bar in Philadelphia on Sunday evening. Two said they would ask Wasserman Schultz, a fellow Floridian, to skip the opening gavel. A third said such a request would be "a betrayal of a friend." The others said they would wait to see what Clinton wanted.

In the lobby, a man wearing a "Feel the Bern" button said he planned to boo the chairwoman from the floor. He said he had driven from Ohio with his brother. A woman holding a Clinton sign near the door said he was "being childish." She said she had supported Sanders too, until June.
""", """
appeared to show || leaked emails || party staff favoring Hillary Clinton during the primaries || document
said @@ Sanders said on ABC || Bernie Sanders || the emails confirmed what his supporters had long suspected || named_person
said @@ senator said || The Vermont senator || Wasserman Schultz should resign, "and she should do it today." || named_person
said @@ Sanders said he had spoken || Sanders @@ Sanders said he had spoken || he had spoken with Harry Reid, the Senate Democratic leader, on Saturday night || named_person
told @@ He told reporters || He @@ He told reporters || the chairwoman had "become a distraction for everybody." || named_person
said @@ official said || A Democratic National Committee official || Wasserman Schultz spent the day calling members of the party's executive committee || anonymous
said @@ He said she was || He @@ He said she was || she was "hurt, not broken." || anonymous
said @@ he said. He added || he @@ he said. He added || "She's a fighter," || anonymous
added || He @@ He added || no decision would come before Monday morning || anonymous
was reported || null || two large donors had threatened to skip the convention altogether || unknown
reported @@ Post reported || The Washington Post || Clinton's campaign would not object to a change || media
said @@ Two said || Two @@ Two said || they would ask Wasserman Schultz, a fellow Floridian, to skip the opening gavel || anonymous
said @@ A third said || A third || such a request would be "a betrayal of a friend." || anonymous
said @@ others said || The others || they would wait to see what Clinton wanted || anonymous
said @@ button said || a man wearing a "Feel the Bern" button || he planned to boo the chairwoman from the floor || anonymous
said @@ He said he had driven || He @@ He said he had driven || he had driven from Ohio with his brother || anonymous
said @@ door said || A woman holding a Clinton sign near the door || he was "being childish." || anonymous
said @@ She said she had || She @@ She said she had || she had supported Sanders too, until June || anonymous
""")

# ---------------------------------------------------------------- t07
article("t07", """
Clinton campaign bets on Arizona with new ad buy

Hillary Clinton’s campaign will spend $2 million on television in Arizona over the next two weeks, three campaign aides said Monday, a wager that a state Democrats have carried once since 1948 is now within reach.

One of the aides, who asked not to be identified because the buy had not been announced, said the ads would run in Spanish in Tucson and Yuma. She said Clinton was gaining among older Latino voters. “We’re not doing this for show,” she said. “We think we can win it.” Another aide said the decision had been made Friday night. The third declined to discuss the budget.

Jennifer Palmieri, the campaign’s communications director, said on MSNBC that Arizona was “not a head fake.” Clinton’s top spokeswoman said Michelle Obama, who spoke in Phoenix last Thursday, would return before the election. She told students at Arizona State University that day that the election was “about who we are, not who we’re against.” The first lady also said she had no plans to run for office herself.

Senator John McCain, who faces his own re-election fight, told reporters in Mesa that Clinton was “wasting her money.” The Arizona Republican said Donald Trump would carry the state “by a comfortable margin, I expect.” An Arizona Republic poll released last week found Clinton ahead by five points.

At a Phoenix phone bank on Monday night, a man in a cowboy hat by the door said he had never volunteered for a campaign before. He said he was a registered Republican. “I just can’t do Trump,” he said. A woman at the next phone said she had moved from Ohio in July. She said her neighbors “keep asking me if this is real.”
""", """
said @@ aides said Monday || three campaign aides || Hillary Clinton’s campaign will spend $2 million on television in Arizona over the next two weeks || anonymous
said @@ announced, said || One of the aides, who asked not to be identified because the buy had not been announced || the ads would run in Spanish in Tucson and Yuma || anonymous
said @@ She said Clinton || She @@ She said Clinton || Clinton was gaining among older Latino voters || anonymous
said @@ she said. “We think || she @@ she said. “We think || “We’re not doing this for show,” ++ “We think we can win it.” || anonymous
said @@ Another aide said || Another aide || the decision had been made Friday night || anonymous
said @@ director, said || Jennifer Palmieri, the campaign’s communications director || Arizona was “not a head fake.” || named_person
said @@ spokeswoman said || Clinton’s top spokeswoman || Michelle Obama, who spoke in Phoenix last Thursday, would return before the election || named_person
told @@ She told students || She @@ She told students || the election was “about who we are, not who we’re against.” || named_person
said @@ also said || The first lady || she had no plans to run for office herself || named_person
told @@ told reporters in Mesa || Senator John McCain, who faces his own re-election fight || Clinton was “wasting her money.” || named_person
said @@ Republican said || The Arizona Republican || Donald Trump would carry the state “by a comfortable margin, I expect.” || named_person
found || An Arizona Republic poll released last week || Clinton ahead by five points || document
said @@ door said || a man in a cowboy hat by the door || he had never volunteered for a campaign before || anonymous
said @@ He said he was || He @@ He said he was || he was a registered Republican || anonymous
said @@ he said. A woman || he @@ he said. A woman || “I just can’t do Trump,” || anonymous
said @@ phone said || A woman at the next phone || she had moved from Ohio in July || anonymous
said @@ She said her || She @@ She said her || her neighbors “keep asking me if this is real.” || anonymous
""")

# ---------------------------------------------------------------- t08
article("t08", """
Cruz, after months of holding out, says he will vote for Trump

Ted Cruz said Friday that he would vote for Donald Trump, ending a standoff that began when the Texas senator refused to endorse the nominee from the stage of the Republican convention in July.

In a long post on Facebook, Cruz wrote that he had made “a commitment to support the Republican nominee” and intended to keep it. He cited Trump’s list of possible Supreme Court picks as a major reason.

The first-term senator said he had spoken with Trump by phone Friday morning. He wrote on Twitter an hour later that Cruz was “a good man” and that he was “honored” by the support.

Two Cruz advisers described weeks of agonizing. One said the senator had drafted and discarded at least three statements. The other, who spoke on condition of anonymity because Cruz had asked staff not to discuss the decision, said pressure from donors in Houston had been “relentless.” He said several had threatened to stop giving to Cruz’s 2018 re-election campaign. “It wasn’t one thing,” he said. “It was everything.”

Senator Mike Lee of Utah, a close friend of Cruz’s, said he had not been consulted. The Utah Republican, who has not endorsed Trump, told the Deseret News that he respected the decision “but I’m not there.”

Not everyone in Texas was pleased. At a diner in Tyler, a man in a faded Cruz 2016 cap said he felt “like a fool” for defending the senator all summer. He said he would write in Cruz’s name anyway. A woman in the next booth said she was relieved. She said Cruz had “finally remembered which team he’s on.”
""", """
says || Cruz @@ Cruz, after months || he will vote for Trump || named_person
said @@ Ted Cruz said Friday || Ted Cruz || he would vote for Donald Trump || named_person
wrote @@ Cruz wrote || Cruz @@ Cruz wrote || he had made “a commitment to support the Republican nominee” and intended to keep it || named_person
cited || He @@ He cited || Trump’s list of possible Supreme Court picks as a major reason || named_person
said @@ senator said || The first-term senator || he had spoken with Trump by phone Friday morning || named_person
wrote @@ He wrote on Twitter || He @@ He wrote on Twitter || Cruz was “a good man” and that he was “honored” by the support || named_person
described || Two Cruz advisers || weeks of agonizing || anonymous
said @@ One said || One @@ One said || the senator had drafted and discarded at least three statements || anonymous
said @@ decision, said || The other, who spoke on condition of anonymity because Cruz had asked staff not to discuss the decision || pressure from donors in Houston had been “relentless.” || anonymous
said @@ He said several || He @@ He said several || several had threatened to stop giving to Cruz’s 2018 re-election campaign || anonymous
said @@ he said. “It was || he @@ he said. “It was || “It wasn’t one thing,” ++ “It was everything.” || anonymous
said @@ Cruz’s, said || Senator Mike Lee of Utah, a close friend of Cruz’s || he had not been consulted || named_person
told || The Utah Republican, who has not endorsed Trump || he respected the decision “but I’m not there.” || named_person
said @@ cap said || a man in a faded Cruz 2016 cap || he felt “like a fool” for defending the senator all summer || anonymous
said @@ He said he would write || He @@ He said he would write || he would write in Cruz’s name anyway || anonymous
said @@ booth said || A woman in the next booth || she was relieved || anonymous
said @@ She said Cruz || She @@ She said Cruz || Cruz had “finally remembered which team he’s on.” || anonymous
""")

# ---------------------------------------------------------------- t09
article("t09", """
Pence allies cheer debate as Kaine defends interruptions

Mike Pence’s advisers were jubilant on Wednesday after the vice-presidential debate, while Tim Kaine defended his frequent interruptions as the only way to “hold him accountable for the top of his ticket.”

Kaine told reporters in Harrisonburg that Pence had “refused to defend” Donald Trump’s own words. He was asked about Trump’s tax returns again and again, the Virginia senator said, and “he changed the subject every single time.”

Kellyanne Conway, Trump’s campaign manager, said Trump had called Pence twice overnight. He told Fox News on Wednesday morning that the nominee was “pleased, very pleased” and had watched the debate “from start to finish.”

A Pence aide traveling with the Indiana governor said the campaign had raised more than $1 million online in the hours after the debate. The aide spoke on condition of anonymity because fund-raising totals are usually disclosed only in filings. He said the governor had watched clips on the plane and “laughed at the right moments.” “He was relaxed,” the aide said. “Honestly, more relaxed than we were.” Pence’s advisers believe the performance steadied a campaign rattled by a bad week.

Some Republicans went further. Three GOP strategists said Pence had looked more presidential than the nominee. One called the contrast “awkward for the top of the ticket.” Another said donors had begun asking about Pence in 2020. The third, a veteran of two presidential campaigns, said “nobody should read too much into a VP debate.”

Outside the debate hall in Farmville, a student in a Longwood University hoodie said she had arrived undecided and left “still undecided, but leaning Pence.” She said Kaine “talked too much.” A man with a Clinton sign on the sidewalk said she was wrong. He said Kaine had “done his job.”
""", """
defends || Kaine @@ Kaine defends || interruptions @@ defends interruptions || named_person
defended || Tim Kaine || his frequent interruptions as the only way to “hold him accountable for the top of his ticket.” || named_person
told @@ Kaine told || Kaine @@ Kaine told || Pence had “refused to defend” Donald Trump’s own words || named_person
said @@ senator said || the Virginia senator || He was asked about Trump’s tax returns again and again ++ and “he changed the subject every single time.” || named_person
said @@ manager, said || Kellyanne Conway, Trump’s campaign manager || Trump had called Pence twice overnight || named_person
told @@ He told Fox News || He @@ He told Fox News || the nominee was “pleased, very pleased” and had watched the debate “from start to finish.” || named_person
said @@ governor said || A Pence aide traveling with the Indiana governor || the campaign had raised more than $1 million online in the hours after the debate || anonymous
said @@ He said the governor || He @@ He said the governor || the governor had watched clips on the plane and “laughed at the right moments.” || anonymous
said @@ the aide said. “Honestly || the aide @@ the aide said. “Honestly || “He was relaxed,” ++ “Honestly, more relaxed than we were.” || anonymous
believe || Pence’s advisers @@ Pence’s advisers believe || the performance steadied a campaign rattled by a bad week || anonymous
said @@ strategists said || Three GOP strategists || Pence had looked more presidential than the nominee || anonymous
called @@ One called || One @@ One called || the contrast “awkward for the top of the ticket.” || anonymous
said @@ Another said || Another || donors had begun asking about Pence in 2020 || anonymous
said @@ campaigns, said || The third, a veteran of two presidential campaigns || “nobody should read too much into a VP debate.” || anonymous
said @@ hoodie said || a student in a Longwood University hoodie || she had arrived undecided and left “still undecided, but leaning Pence.” || anonymous
said @@ She said Kaine || She @@ She said Kaine || Kaine “talked too much.” || anonymous
said @@ sidewalk said || A man with a Clinton sign on the sidewalk || she was wrong || anonymous
said @@ He said Kaine || He @@ He said Kaine || Kaine had “done his job.” || anonymous
""")

# ---------------------------------------------------------------- t10
article("t10", """
Weld’s praise for Clinton rattles Libertarian ticket

Bill Weld, the Libertarian Party’s vice-presidential nominee, said Tuesday that Hillary Clinton was “eminently qualified” to be president, a remark that angered party activists and sent Gary Johnson’s campaign scrambling.

The former Massachusetts governor, speaking to The Boston Globe, said voters “should not be frightened” of Clinton but should still vote for the Libertarian ticket. Johnson, asked about the remark in Denver, said he and his running mate “agree on ninety-five percent of things.” The former New Mexico governor said he had spoken with Weld by phone afterward. He told the Globe in a follow-up interview Wednesday that he was “all in for Gary, period.”

A Johnson campaign official said the staff had learned about the interview from Twitter. He asked not to be named because he was not authorized to criticize the running mate. He said the campaign’s phones had been “ringing nonstop” with complaints. “Nobody knew,” he said. “Not even Gary.”

Politico reported Wednesday that Weld had been in regular contact with Clinton allies in Massachusetts. Nick Sarwark, the party’s chairman, said the report was “gossip,” and the Libertarian National Committee said in a statement that both nominees had its “full confidence.”

Three members of the national committee reached by phone were less diplomatic. One said Weld should “leave the ticket if that’s how he feels.” Another said she would ask for a vote of no confidence. The third said only that the episode was “a gift to the two-party system.”

At a Johnson rally in Albuquerque on Wednesday night, a man in a Gadsden flag T-shirt said he was done with Weld. He said he would vote for Johnson anyway. A woman near the stage said she understood Weld’s point. She said Clinton “is qualified — that’s not the same as good.”
""", """
said @@ nominee, said || Bill Weld, the Libertarian Party’s vice-presidential nominee || Hillary Clinton was “eminently qualified” to be president || named_person
said @@ Globe, said || The former Massachusetts governor || voters “should not be frightened” of Clinton but should still vote for the Libertarian ticket || named_person
said @@ Denver, said || Johnson @@ Johnson, asked || he and his running mate “agree on ninety-five percent of things.” || named_person
said @@ Mexico governor said || The former New Mexico governor || he had spoken with Weld by phone afterward || named_person
told @@ He told the Globe || He @@ He told the Globe || he was “all in for Gary, period.” || named_person
said @@ official said || A Johnson campaign official || the staff had learned about the interview from Twitter || anonymous
said @@ He said the campaign’s || He @@ He said the campaign’s || the campaign’s phones had been “ringing nonstop” with complaints || anonymous
said @@ he said. “Not || he @@ he said. “Not || “Nobody knew,” ++ “Not even Gary.” || anonymous
reported || Politico || Weld had been in regular contact with Clinton allies in Massachusetts || media
said @@ chairman, said || Nick Sarwark, the party’s chairman || the report was “gossip,” || named_person
said @@ Committee said || the Libertarian National Committee || both nominees had its “full confidence.” || named_org
said @@ One said || One @@ One said || Weld should “leave the ticket if that’s how he feels.” || anonymous
said @@ Another said || Another || she would ask for a vote of no confidence || anonymous
said @@ third said || The third || the episode was “a gift to the two-party system.” || anonymous
said @@ T-shirt said || a man in a Gadsden flag T-shirt || he was done with Weld || anonymous
said @@ He said he would vote || He @@ He said he would vote || he would vote for Johnson anyway || anonymous
said @@ stage said || A woman near the stage || she understood Weld’s point || anonymous
said @@ She said Clinton || She @@ She said Clinton || Clinton “is qualified — that’s not the same as good.” || anonymous
""")

# ---------------------------------------------------------------- t11
article("t11", """
McConnell holds firm on Garland as Democrats press for a vote

Mitch McConnell, the Senate majority leader, said Tuesday that Merrick Garland would not receive a confirmation hearing this year “under any circumstances,” rejecting a new push by Senate Democrats.

The Kentucky Republican spoke after a closed-door lunch with his caucus. He told reporters that the next president “should fill this seat, whoever that turns out to be.” McConnell said he had spoken that morning with Chuck Grassley, the Judiciary Committee chairman. He told Iowa reporters on a conference call later in the day that his committee’s position “has not changed one bit.”

A Republican leadership aide said McConnell had not discussed a lame-duck vote with anyone in the caucus. The aide requested anonymity because she was describing private conversations. She said the leader considered the matter “closed.” “He doesn’t revisit things,” she said. She added that no senator had asked him to.

Not every Republican is comfortable. Two senators in competitive races said privately that the blockade had become a liability at home. Both asked not to be named to avoid a public break with leadership. One said voters at town halls raised it “more than Obamacare.” The other said he would support a hearing after the election if Clinton won.

Harry Reid, the Democratic leader, called the blockade “a disgrace to the Senate.” The Nevada senator said Garland had been waiting “longer than any nominee in history.” A Pew Research Center survey in August found that most Americans wanted hearings held.

Outside the Capitol, where a few dozen demonstrators gathered, a man holding a sign that read “Do Your Job” said he had taken the train from Philadelphia. He said he had voted for Republicans “my whole life.” A woman beside him in a Georgetown Law sweatshirt said she planned to come back every week until the election.
""", """
said @@ leader, said || Mitch McConnell, the Senate majority leader || Merrick Garland would not receive a confirmation hearing this year “under any circumstances,” || named_person
told @@ He told reporters || He @@ He told reporters || the next president “should fill this seat, whoever that turns out to be.” || named_person
said @@ McConnell said he had spoken || McConnell @@ McConnell said he had spoken || he had spoken that morning with Chuck Grassley, the Judiciary Committee chairman || named_person
told @@ He told Iowa || He @@ He told Iowa || his committee’s position “has not changed one bit.” || named_person
said @@ aide said || A Republican leadership aide || McConnell had not discussed a lame-duck vote with anyone in the caucus || anonymous
said @@ She said the leader || She @@ She said the leader || the leader considered the matter “closed.” || anonymous
said @@ she said. She added || she @@ she said. She added || “He doesn’t revisit things,” || anonymous
added || She @@ She added || no senator had asked him to || anonymous
said @@ races said || Two senators in competitive races || the blockade had become a liability at home || anonymous
said @@ One said || One @@ One said || voters at town halls raised it “more than Obamacare.” || anonymous
said @@ The other said || The other || he would support a hearing after the election if Clinton won || anonymous
called || Harry Reid, the Democratic leader || the blockade “a disgrace to the Senate.” || named_person
said @@ Nevada senator said || The Nevada senator || Garland had been waiting “longer than any nominee in history.” || named_person
found || A Pew Research Center survey in August || most Americans wanted hearings held || document
said @@ Job” said || a man holding a sign that read “Do Your Job” || he had taken the train from Philadelphia || anonymous
said @@ He said he had voted || He @@ He said he had voted || he had voted for Republicans “my whole life.” || anonymous
said @@ sweatshirt said || A woman beside him in a Georgetown Law sweatshirt || she planned to come back every week until the election || anonymous
""")

# ---------------------------------------------------------------- t12
article("t12", """
McMullin’s rise unsettles Republicans in Utah

Evan McMullin, the former CIA officer running for president as an independent, has pulled within four points of Donald Trump in Utah, according to a Deseret News poll released Wednesday.

McMullin told about 2,000 supporters in Provo that the state could “send a message the whole country hears.” The 40-year-old independent said he had spoken recently with Mitt Romney. He has stayed out of the race, but he told The Salt Lake Tribune last month that he would “never” vote for Trump. McMullin would not say whether the 2012 nominee planned to endorse him.

A Utah Republican Party official said the party’s phones had been flooded with calls from members asking whether McMullin could win. The official, who spoke on condition of anonymity because the party formally backs Trump, said the answer he gave callers was “honestly, maybe.” “People here just don’t like the guy,” he said of Trump. He added that turnout in Utah County would decide it.

Governor Gary Herbert, who withdrew his support for Trump this month, told KSL that he would write in a name rather than vote for either major candidate. The two-term Republican said the party would “survive this, but not without scars.” Many Utah Republicans fear that a McMullin win would split the state party for years.

Four students at Brigham Young University, approached on campus Wednesday, were divided. Two said they would vote for McMullin. One said she was sticking with Trump because of the Supreme Court. The fourth, a political science major, said she had not decided and called the whole election “exhausting.”

At the Provo rally, an older man in the back row, wearing a Trump button, said he had come “to see what the fuss is about.” He said McMullin seemed “like a nice young man” but could not win. His wife, next to him, said she had already voted for McMullin by mail. She said she had not told him until that morning.
""", """
according to || a Deseret News poll released Wednesday || Evan McMullin, the former CIA officer running for president as an independent, has pulled within four points of Donald Trump in Utah || document
told @@ McMullin told || McMullin @@ McMullin told || the state could “send a message the whole country hears.” || named_person
said @@ independent said || The 40-year-old independent || he had spoken recently with Mitt Romney || named_person
told @@ he told The Salt || he @@ but he told || he would “never” vote for Trump || named_person
said @@ official said || A Utah Republican Party official || the party’s phones had been flooded with calls from members asking whether McMullin could win || anonymous
said @@ Trump, said || The official, who spoke on condition of anonymity because the party formally backs Trump || the answer he gave callers was “honestly, maybe.” || anonymous
said @@ he said of Trump || he @@ he said of Trump || “People here just don’t like the guy,” || anonymous
added || He @@ He added || turnout in Utah County would decide it || anonymous
told @@ told KSL || Governor Gary Herbert, who withdrew his support for Trump this month || he would write in a name rather than vote for either major candidate || named_person
said @@ Republican said || The two-term Republican || the party would “survive this, but not without scars.” || named_person
fear || Many Utah Republicans || a McMullin win would split the state party for years || anonymous
said @@ Two said || Two @@ Two said || they would vote for McMullin || anonymous
said @@ One said || One @@ One said || she was sticking with Trump because of the Supreme Court || anonymous
said @@ major, said || The fourth, a political science major || she had not decided || anonymous
called || The fourth, a political science major || the whole election “exhausting.” || anonymous
said @@ button, said || an older man in the back row, wearing a Trump button || he had come “to see what the fuss is about.” || anonymous
said @@ He said McMullin || He @@ He said McMullin || McMullin seemed “like a nice young man” but could not win || anonymous
said @@ him, said || His wife, next to him || she had already voted for McMullin by mail || anonymous
said @@ She said she had not told || She @@ She said she had not told || she had not told him until that morning || anonymous
""")

# === END ARTICLES ===

def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind18.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
