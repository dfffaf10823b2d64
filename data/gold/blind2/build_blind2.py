"""Build ``blind2.jsonl``: the second batch of blind test articles (session 14).

16 invented 2016-style political news articles of varied kinds (wire, analysis, opinion column,
Q&A transcript, live blog, fact check, rally report, foreign policy, court, unnamed sources),
written and annotated by a helper session that never read claimtrace's code, tests or data;
see NOTES.md. Offsets are computed here with str.find.

Usage::

    python data/gold/blind2/build_blind2.py            # rewrite blind2.jsonl next to this file
    python data/gold/blind2/build_blind2.py --check    # exit 1 if blind2.jsonl is stale

Span spec:
  "exact text"                -> must occur exactly once in the article
  ("sub", "larger context")   -> context must occur once in the article, sub once in context
Content may also be a list of specs -> discontinuous content (fragments, hull as start/end).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"NP": "named_person", "ORG": "named_org", "MEDIA": "media",
         "DOC": "document", "ANON": "anonymous", "UNK": "unknown"}

ARTICLES = []


def article(doc_id, block, style, atts):
    paras = [p.strip() for p in block.strip().split("\n\n")]
    for p in paras:
        assert "\n" not in p, (doc_id, p[:60])
        assert p == p.strip()
    text = "\n\n".join(paras)
    ARTICLES.append((doc_id, text, style, atts))


def find_unique(text, s, doc_id):
    i = text.find(s)
    assert i >= 0, (doc_id, "NOT FOUND", s)
    assert text.find(s, i + 1) == -1, (doc_id, "NOT UNIQUE", s)
    return i


def locate(text, spec, doc_id):
    if isinstance(spec, tuple):
        if len(spec) == 3:          # (sub, ctx, k): k-th occurrence of sub inside ctx
            sub, ctx, k = spec
        else:
            sub, ctx = spec
            k = None
        ci = find_unique(text, ctx, doc_id)
        j = ctx.find(sub)
        assert j >= 0, (doc_id, "SUB NOT IN CTX", sub, ctx)
        if k is None:
            assert ctx.find(sub, j + 1) == -1, (doc_id, "SUB NOT UNIQUE IN CTX", sub, ctx)
        else:
            for _ in range(k):
                j = ctx.find(sub, j + 1)
                assert j >= 0, (doc_id, "SUB OCCURRENCE MISSING", sub, ctx, k)
        s = ci + j
    else:
        sub = spec
        s = find_unique(text, sub, doc_id)
    e = s + len(sub)
    assert text[s:e] == sub
    return s, e


def mk(text, spec, doc_id):
    s, e = locate(text, spec, doc_id)
    return {"start": s, "end": e, "text": text[s:e]}


def mk_content(text, spec, doc_id):
    if isinstance(spec, list):
        frs = [locate(text, sp, doc_id) for sp in spec]
        for (_, b), (c, _) in zip(frs, frs[1:], strict=False):
            assert b <= c, (doc_id, "fragments out of order", spec)
        s, e = frs[0][0], frs[-1][1]
        return {"start": s, "end": e, "text": text[s:e], "fragments": [[a, b] for a, b in frs]}
    return mk(text, spec, doc_id)


def pieces(span):
    if "fragments" in span:
        return [tuple(f) for f in span["fragments"]]
    return [(span["start"], span["end"])]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


# ---------------------------------------------------------------------------
# b01  AP wire (straight quotes)
# ---------------------------------------------------------------------------
article("b01", '''
Kasich says he won't campaign for Trump in Ohio

COLUMBUS, Ohio (AP) — Ohio Gov. John Kasich said Thursday he has no plans to campaign for Donald Trump in his home state, deepening a rift with the Republican nominee. Republican officials fear the split could cost the party Ohio, a state no Republican has ever lost on the way to winning the White House.

"I've said what I've said, and nothing has changed," Kasich told reporters after a bill signing at the Statehouse. "I'm focused on Ohio, on the down-ticket races, and on Rob Portman."

The Ohio governor, who finished fourth in the Republican primaries and has refused to endorse the billionaire, added that he would not attend a Trump rally scheduled for Saturday in Youngstown, though he said he "wished everyone well."

Trump's campaign brushed off the snub. A campaign spokesman, Jason Miller, said in a statement that the nominee "has built a movement in Ohio that doesn't depend on any one politician."

Two Ohio Republican officials, who spoke on condition of anonymity because they were not authorized to discuss internal polling, said the party's own numbers have the race within 2 points. One of them said the state party had moved money out of legislative races to shore up Trump's get-out-the-vote operation. He described the decision as "a hard call that nobody wanted to make."

Democrats seized on the split. The Ohio Democratic Party said in a news release that Kasich's refusal was "the clearest sign yet that Donald Trump is unfit to serve."

Hillary Clinton's campaign has spent more than $11 million on Ohio television ads since June, according to the advertising tracking firm Kantar Media/CMAG. Clinton aides believe suburban voters around Columbus and Cincinnati could offset Trump's strength in the Mahoning Valley.

Some Republicans worry that the feud will depress turnout among the moderate voters Kasich carried easily in his 2014 re-election. "People here like John, and they take their cues from him," said Betty Harmon, the GOP chairwoman in Delaware County. "When he stays home, some of them will too."

Trump, for his part, has mocked the governor repeatedly. At a rally in Toledo last month, he called Kasich "a very weak person" and said Ohio voters "don't need him."

Kasich did not respond directly to those remarks Thursday. Asked whether he would vote for Trump, he said only that he would "make a decision privately."
''', "straight", [
    (("says", "Kasich says he won't"), ("Kasich", "Kasich says he won't"),
     "he won't campaign for Trump in Ohio", "NP"),
    (("said", "Kasich said Thursday he has"), "Ohio Gov. John Kasich",
     "he has no plans to campaign for Donald Trump in his home state", "NP"),
    (("fear", "Republican officials fear the split"), ("Republican officials", "Republican officials fear the split"),
     "the split could cost the party Ohio, a state no Republican has ever lost on the way to winning the White House", "ANON"),
    (("told", "Kasich told reporters"), ("Kasich", "Kasich told reporters"),
     ['''"I've said what I've said, and nothing has changed,"''',
      '''"I'm focused on Ohio, on the down-ticket races, and on Rob Portman."'''], "NP"),
    ("added", "The Ohio governor",
     "he would not attend a Trump rally scheduled for Saturday in Youngstown", "NP"),
    (("said", "though he said he"), ("he", "though he said"),
     'he "wished everyone well."', "NP"),
    (("said", "Jason Miller, said"), "A campaign spokesman, Jason Miller",
     '''the nominee "has built a movement in Ohio that doesn't depend on any one politician."''', "NP"),
    (("said", "internal polling, said"), "Two Ohio Republican officials",
     "the party's own numbers have the race within 2 points", "ANON"),
    (("said", "One of them said"), "One of them",
     "the state party had moved money out of legislative races to shore up Trump's get-out-the-vote operation", "ANON"),
    (("described", "He described"), ("He", "He described"),
     'the decision as "a hard call that nobody wanted to make."', "ANON"),
    (("said", "Democratic Party said"), "The Ohio Democratic Party",
     '''Kasich's refusal was "the clearest sign yet that Donald Trump is unfit to serve."''', "ORG"),
    ("according to", "the advertising tracking firm Kantar Media/CMAG",
     "Hillary Clinton's campaign has spent more than $11 million on Ohio television ads since June", "ORG"),
    (("believe", "aides believe"), "Clinton aides",
     "suburban voters around Columbus and Cincinnati could offset Trump's strength in the Mahoning Valley", "ANON"),
    (("worry", "Some Republicans worry"), "Some Republicans",
     "the feud will depress turnout among the moderate voters Kasich carried easily in his 2014 re-election", "ANON"),
    (("said", "said Betty Harmon"), "Betty Harmon, the GOP chairwoman in Delaware County",
     ['"People here like John, and they take their cues from him,"',
      '"When he stays home, some of them will too."'], "NP"),
    (("called", "he called Kasich"), ("he", "he called Kasich"),
     'Kasich "a very weak person"', "NP"),
    (("said", "and said Ohio voters"), ("he", "he called Kasich"),
     '''Ohio voters "don't need him."''', "NP"),
    (("said", "he said only"), ("he", "he said only"),
     'he would "make a decision privately."', "NP"),
])

# ---------------------------------------------------------------------------
# b02  Reuters wire (curly quotes)
# ---------------------------------------------------------------------------
article("b02", '''
Clinton aides brace for new email disclosures, officials say

WASHINGTON (Reuters) - The State Department is preparing to release another batch of roughly 1,200 emails from Hillary Clinton’s private server before the end of the month, two U.S. officials said on Tuesday, a move the Democratic nominee’s aides fear could revive questions about her judgment in the final weeks of the race.

The officials, who asked not to be identified because the release schedule has not been made public, said the documents include exchanges with donors to the Clinton Foundation. One official said none of the messages appeared to have been marked classified when they were sent. He cautioned that reviewers had not finished their work.

“We have said from the beginning that we want all of these emails out,” Clinton campaign spokesman Brian Fallon told Reuters. “There is nothing in them that changes the fundamental facts.”

Republicans pounced. Republican National Committee Chairman Reince Priebus said in a statement that the new batch was “yet another reminder that Hillary Clinton put her own convenience ahead of national security.”

FBI Director James Comey told lawmakers in July that Clinton and her aides had been “extremely careless” in handling classified information but that no reasonable prosecutor would bring charges. Comey’s handling of the case was described by Republicans in Congress as a double standard.

House Oversight Committee Chairman Jason Chaffetz told Reuters his panel would ask the department to hand over the documents “the same day they go to the public, not a minute later.” The Utah Republican said he had not ruled out another hearing.

According to a Reuters/Ipsos poll released on Monday, 41 percent of likely voters said the email issue would make them less likely to vote for Clinton, up from 35 percent in August. The same poll showed Clinton leading Trump by 4 percentage points nationally.

The former secretary of state has said that using a private server was “a mistake” and that she takes responsibility for it. Aides say she is eager to move on and wants to spend the final stretch of the race talking about the economy.

A State Department spokeswoman, Laura Benning, declined to give a date for the release. She said the department was “working as quickly as possible” to meet a court-ordered schedule.

(Reporting by Jonathan Pike; Editing by Mary Ellen Holt)
''', "curly", [
    (("say", "officials say"), ("officials", "officials say"),
     "Clinton aides brace for new email disclosures", "ANON"),
    (("said", "officials said on Tuesday"), "two U.S. officials",
     "The State Department is preparing to release another batch of roughly 1,200 emails from Hillary Clinton’s private server before the end of the month", "ANON"),
    (("fear", "aides fear"), "the Democratic nominee’s aides",
     [("a move", "a move the Democratic"), "could revive questions about her judgment in the final weeks of the race"], "ANON"),
    (("said", "made public, said"), ("The officials", "The officials, who asked"),
     "the documents include exchanges with donors to the Clinton Foundation", "ANON"),
    (("said", "One official said"), "One official",
     "none of the messages appeared to have been marked classified when they were sent", "ANON"),
    ("cautioned", ("He", "He cautioned"),
     "reviewers had not finished their work", "ANON"),
    (("told", "Fallon told"), "Clinton campaign spokesman Brian Fallon",
     ["“We have said from the beginning that we want all of these emails out,”",
      "“There is nothing in them that changes the fundamental facts.”"], "NP"),
    (("said", "Priebus said"), "Republican National Committee Chairman Reince Priebus",
     "the new batch was “yet another reminder that Hillary Clinton put her own convenience ahead of national security.”", "NP"),
    (("told", "Comey told"), "FBI Director James Comey",
     "Clinton and her aides had been “extremely careless” in handling classified information but that no reasonable prosecutor would bring charges", "NP"),
    ("described", "Republicans in Congress",
     ["Comey’s handling of the case", "as a double standard"], "ORG"),
    (("told", "Chaffetz told"), "House Oversight Committee Chairman Jason Chaffetz",
     "his panel would ask the department to hand over the documents “the same day they go to the public, not a minute later.”", "NP"),
    (("said", "Utah Republican said"), "The Utah Republican",
     "he had not ruled out another hearing", "NP"),
    ("According to", "a Reuters/Ipsos poll released on Monday",
     "41 percent of likely voters said the email issue would make them less likely to vote for Clinton, up from 35 percent in August", "DOC"),
    ("showed", "The same poll",
     "Clinton leading Trump by 4 percentage points nationally", "DOC"),
    (("said", "has said that using"), "The former secretary of state",
     "using a private server was “a mistake” and that she takes responsibility for it", "NP"),
    (("say", "Aides say"), ("Aides", "Aides say"),
     "she is eager to move on and wants to spend the final stretch of the race talking about the economy", "ANON"),
    ("wants", ("she", "say she is"),
     "to spend the final stretch of the race talking about the economy", "NP"),
    (("said", "She said the department"), ("She", "She said the department"),
     "the department was “working as quickly as possible” to meet a court-ordered schedule", "NP"),
])

# ---------------------------------------------------------------------------
# b03  newspaper analysis (straight quotes)
# ---------------------------------------------------------------------------
article("b03", '''
For Republicans Down the Ballot, Trump Poses a Problem With No Clean Exit

WASHINGTON — Senator Kelly Ayotte of New Hampshire spent much of the summer trying to answer a question that had no good answer. Would she support Donald J. Trump? She would vote for him, she told a local radio host in June, but she would not endorse him. By October, after a 2005 recording of Mr. Trump's lewd remarks about women surfaced, she said she would write in Mike Pence instead.

Her contortions captured a dilemma that has consumed Republicans this year. Party strategists say that roughly a dozen Senate and House incumbents in swing states are running well ahead of their nominee, and many of them have concluded that they cannot win without both the voters who love Mr. Trump and the voters who cannot stand him.

"There's no playbook for this," said Dan Lockhart, a Republican strategist who advises three Senate campaigns. "You have to hold the base and peel off suburban women at the same time, and those two things pull in opposite directions."

Speaker Paul D. Ryan has tried a version of the same balancing act. In a conference call with House Republicans this month, he told members he would no longer defend Mr. Trump and that they should "do what's best for your districts," according to two lawmakers on the call. The Wisconsin Republican has not withdrawn his endorsement, however, and aides insist he will still vote for the nominee.

Mr. Trump has responded with fury. He wrote on Twitter that Mr. Ryan was "weak and ineffective" and accused "disloyal R's" of trying to sabotage him. His supporters have followed his lead: at a rally in Ambridge, Pa., the crowd chanted "Dump Paul Ryan" after Mr. Trump mentioned the speaker.

Senator Mitch McConnell, the majority leader, has taken a quieter approach. He rarely mentions Mr. Trump by name, and people close to him say he regards the presidential race as largely lost. Mr. McConnell wants to keep the chamber, a longtime adviser said, because a Republican Senate would be "the last line of defense" against a President Hillary Clinton.

Democrats, sensing an opening, have tied Republican candidates to Mr. Trump in dozens of advertisements. One spot, paid for by a group aligned with Senator Harry Reid, plays Ms. Ayotte's own words back to her before declaring, "She stood with him until she didn't."

Much may depend on undecided voters. A New York Times/Siena College poll of New Hampshire found that 37 percent of likely voters viewed Ms. Ayotte favorably. Many of those voters, the poll found, also said they would split their tickets.
''', "straight", [
    (("told", "she told a local"), ("she", "she told a local"),
     ["She would vote for him", "but she would not endorse him"], "NP"),
    (("said", "surfaced, she said"), ("she", "surfaced, she said"),
     "she would write in Mike Pence instead", "NP"),
    (("say", "strategists say"), "Party strategists",
     "roughly a dozen Senate and House incumbents in swing states are running well ahead of their nominee, and many of them have concluded that they cannot win without both the voters who love Mr. Trump and the voters who cannot stand him", "ANON"),
    ("concluded", ("many of them", "many of them have concluded"),
     "they cannot win without both the voters who love Mr. Trump and the voters who cannot stand him", "ANON"),
    (("said", "said Dan Lockhart"), "Dan Lockhart, a Republican strategist who advises three Senate campaigns",
     ['''"There's no playbook for this,"''',
      '"You have to hold the base and peel off suburban women at the same time, and those two things pull in opposite directions."'], "NP"),
    (("told", "he told members"), ("he", "he told members"),
     '''he would no longer defend Mr. Trump and that they should "do what's best for your districts,"''', "NP"),
    ("according to", "two lawmakers on the call",
     '''In a conference call with House Republicans this month, he told members he would no longer defend Mr. Trump and that they should "do what's best for your districts,"''', "ANON"),
    (("insist", "aides insist"), ("aides", "aides insist"),
     "he will still vote for the nominee", "ANON"),
    (("wrote", "He wrote on Twitter"), ("He", "He wrote on Twitter"),
     'Mr. Ryan was "weak and ineffective"', "NP"),
    ("accused", ("He", "He wrote on Twitter"),
     '''"disloyal R's" of trying to sabotage him''', "NP"),
    ("chanted", "the crowd",
     '"Dump Paul Ryan"', "ANON"),
    (("say", "close to him say"), "people close to him",
     "he regards the presidential race as largely lost", "ANON"),
    ("regards", ("he", "say he regards"),
     "the presidential race as largely lost", "NP"),
    (("said", "adviser said"), "a longtime adviser",
     ["Mr. McConnell wants to keep the chamber",
      'because a Republican Senate would be "the last line of defense" against a President Hillary Clinton'], "ANON"),
    (("wants", "Mr. McConnell wants"), ("Mr. McConnell", "Mr. McConnell wants"),
     "to keep the chamber", "NP"),
    ("declaring", ("One spot", "One spot, paid for"),
     '''"She stood with him until she didn't."''', "DOC"),
    (("found", "New Hampshire found"), "A New York Times/Siena College poll of New Hampshire",
     "37 percent of likely voters viewed Ms. Ayotte favorably", "DOC"),
    (("found", "the poll found"), ("the poll", "the poll found"),
     ["Many of those voters", "also said they would split their tickets"], "DOC"),
])

# ---------------------------------------------------------------------------
# b04  Breitbart-style (curly quotes)
# ---------------------------------------------------------------------------
article("b04", '''
EXCLUSIVE — Sessions: Hillary’s Open-Borders Agenda Would ‘Finish Off’ American Workers

Sen. Jeff Sessions (R-AL) told Breitbart News on Wednesday that Hillary Clinton’s immigration plan would “finish off” the American middle class, blasting the Democrat nominee for what he called a “globalist” agenda written by and for Wall Street donors.

“She wants amnesty, she wants open borders, and she wants to keep importing cheap labor to undercut the American worker,” Sessions said in an interview on Breitbart News Daily on SiriusXM Patriot channel 125. “Donald Trump is the only candidate who has said, clearly, that the wall will be built.”

The Alabama senator, the first sitting senator to endorse Trump, pointed to a study by the Center for Immigration Studies that found Clinton’s proposals would bring in more than 60 million new immigrants over the next decade. The establishment media has largely ignored the report.

Clinton has promised to introduce “comprehensive immigration reform” within her first 100 days in office, a pledge that critics, including Sessions, say amounts to amnesty for millions of illegal aliens.

Meanwhile, the Clinton campaign’s allies in the press have rushed to her defense. A Washington Post “fact check” published Tuesday claimed that Trump had “exaggerated” the costs of illegal immigration, relying on figures from a left-leaning think tank.

Breitbart News has reported that the Clinton Foundation accepted millions of dollars from foreign governments, including Saudi Arabia and Qatar. Trump has said those countries “treat women horribly.”

Grassroots conservatives say the stakes could not be higher. “If we lose this one, we lose the country,” said Debbie Kwan, a Tea Party organizer from Mobile who attended Sessions’s town hall last week. “People are waking up.”

The Clinton campaign did not respond to a request for comment from Breitbart News.

Trump, speaking in Phoenix on Wednesday night, doubled down on his promise to make Mexico pay for a border wall. “One hundred percent,” he told the crowd. “They don’t know it yet, but they’re going to pay.”
''', "curly", [
    ((":", "Sessions:"), ("Sessions", "Sessions:"),
     "Hillary’s Open-Borders Agenda Would ‘Finish Off’ American Workers", "NP"),
    (("told", "(R-AL) told"), "Sen. Jeff Sessions (R-AL)",
     "Hillary Clinton’s immigration plan would “finish off” the American middle class", "NP"),
    (("called", "what he called"), ("he", "what he called"),
     "a “globalist” agenda written by and for Wall Street donors", "NP"),
    (("said", "Sessions said in"), ("Sessions", "Sessions said in"),
     ["“She wants amnesty, she wants open borders, and she wants to keep importing cheap labor to undercut the American worker,”",
      "“Donald Trump is the only candidate who has said, clearly, that the wall will be built.”"], "NP"),
    (("found", "that found"), "a study by the Center for Immigration Studies",
     "Clinton’s proposals would bring in more than 60 million new immigrants over the next decade", "DOC"),
    ("promised", ("Clinton", "Clinton has promised"),
     "to introduce “comprehensive immigration reform” within her first 100 days in office", "NP"),
    (("say", "including Sessions, say"), "critics, including Sessions",
     [("a pledge", "a pledge that"), "amounts to amnesty for millions of illegal aliens"], "NP"),
    ("claimed", "A Washington Post “fact check” published Tuesday",
     "Trump had “exaggerated” the costs of illegal immigration", "MEDIA"),
    (("reported", "has reported"), ("Breitbart News", "Breitbart News has reported"),
     "the Clinton Foundation accepted millions of dollars from foreign governments, including Saudi Arabia and Qatar", "MEDIA"),
    (("said", "Trump has said those"), ("Trump", "Trump has said those"),
     "those countries “treat women horribly.”", "NP"),
    (("say", "conservatives say"), "Grassroots conservatives",
     "the stakes could not be higher", "ANON"),
    (("said", "said Debbie Kwan"), "Debbie Kwan, a Tea Party organizer from Mobile who attended Sessions’s town hall last week",
     ["“If we lose this one, we lose the country,”", "“People are waking up.”"], "NP"),
    (("promise", "his promise"), ("his", "on his promise"),
     "to make Mexico pay for a border wall", "NP"),
    (("told", "he told the crowd"), ("he", "he told the crowd", 0),
     ["“One hundred percent,”", "“They don’t know it yet, but they’re going to pay.”"], "NP"),
])

# ---------------------------------------------------------------------------
# b05  HuffPost-style with poll (straight quotes)
# ---------------------------------------------------------------------------
article("b05", '''
Poll: Millennials Are Souring On Both Candidates, And That Could Spell Trouble For Hillary Clinton

Young voters powered Barack Obama to two presidential victories. This year, a lot of them would rather sit it out.

A new HuffPost/YouGov survey released Thursday finds that just 44 percent of voters under 30 say they are "certain" to vote in November, compared with 61 percent of voters over 45. Among young voters who backed Bernie Sanders in the primaries, the enthusiasm gap is even wider.

"I'm not voting for Trump, obviously, but I'm not excited about her either," said Marisol Ortega, a 24-year-old graduate student in Tucson who took part in the survey. "Honestly, I might just write in Bernie."

Ortega is hardly alone. In the poll, 29 percent of Sanders supporters under 30 said they were considering a third-party candidate, and another 12 percent said they might not vote at all.

Clinton's campaign insists the numbers will improve. "Young people are going to show up, because they understand what's at stake," campaign chairman John Podesta told HuffPost on Wednesday. Aides say the campaign plans to send Sanders and Massachusetts Sen. Elizabeth Warren to a dozen college campuses in October.

Sanders, for his part, has said repeatedly that his supporters should back Clinton. "This is not a time for a protest vote," the Vermont senator told a crowd at Kent State University last week. But many of his younger fans remain unconvinced, and some Democratic strategists worry that the party has taken them for granted.

"You can't just tell people that the other guy is worse and expect them to line up," said Rachel Okafor, a Democratic consultant and former Sanders adviser. "You have to give them a reason."

The survey also found that Donald Trump trails Clinton by 19 points among voters under 30, but that he runs roughly even with her among young white men without college degrees. Trump's campaign has made little effort to court young voters, according to a HuffPost review of his campaign schedule, holding only two events on college campuses since the convention.

The HuffPost/YouGov poll surveyed 1,000 adults online between Sept. 9 and Sept. 12 and has a margin of error of plus or minus 4.1 percentage points.
''', "straight", [
    ((":", "Poll:"), ("Poll", "Poll:"),
     "Millennials Are Souring On Both Candidates", "DOC"),
    ("finds", "A new HuffPost/YouGov survey released Thursday",
     'just 44 percent of voters under 30 say they are "certain" to vote in November, compared with 61 percent of voters over 45', "DOC"),
    (("said", "said Marisol"), "Marisol Ortega, a 24-year-old graduate student in Tucson who took part in the survey",
     ['''"I'm not voting for Trump, obviously, but I'm not excited about her either,"''',
      '"Honestly, I might just write in Bernie."'], "NP"),
    (("said", "under 30 said"), "29 percent of Sanders supporters under 30",
     "they were considering a third-party candidate", "ANON"),
    (("said", "12 percent said"), "another 12 percent",
     "they might not vote at all", "ANON"),
    ("insists", ("Clinton's campaign", "Clinton's campaign insists"),
     "the numbers will improve", "ORG"),
    (("told", "Podesta told"), "campaign chairman John Podesta",
     '''"Young people are going to show up, because they understand what's at stake,"''', "NP"),
    (("say", "Aides say"), ("Aides", "Aides say"),
     "the campaign plans to send Sanders and Massachusetts Sen. Elizabeth Warren to a dozen college campuses in October", "ANON"),
    ("plans", ("the campaign", "say the campaign plans"),
     "to send Sanders and Massachusetts Sen. Elizabeth Warren to a dozen college campuses in October", "ORG"),
    (("said", "has said repeatedly"), ("Sanders", "Sanders, for his part"),
     "his supporters should back Clinton", "NP"),
    (("told", "senator told"), "the Vermont senator",
     '"This is not a time for a protest vote,"', "NP"),
    (("worry", "strategists worry"), "some Democratic strategists",
     "the party has taken them for granted", "ANON"),
    (("said", "said Rachel"), "Rachel Okafor, a Democratic consultant and former Sanders adviser",
     ['''"You can't just tell people that the other guy is worse and expect them to line up,"''',
      '"You have to give them a reason."'], "NP"),
    (("found", "also found"), ("The survey", "The survey also found"),
     "Donald Trump trails Clinton by 19 points among voters under 30, but that he runs roughly even with her among young white men without college degrees", "DOC"),
    ("according to", "a HuffPost review of his campaign schedule",
     ["Trump's campaign has made little effort to court young voters",
      "holding only two events on college campuses since the convention"], "MEDIA"),
])

# ---------------------------------------------------------------------------
# b06  first-person opinion column (curly quotes)
# ---------------------------------------------------------------------------
article("b06", '''
I Voted for Romney. I Can’t Vote for Trump. Here’s Why.

I have voted for the Republican nominee in every presidential election since 1988. I knocked on doors for George W. Bush in Ohio. I gave money I did not really have to Mitt Romney. And this November, for the first time in my adult life, I will not be voting for my party’s candidate.

I know what my friends will say. They will tell me that a vote withheld from Donald Trump is a vote for Hillary Clinton. They will say the Supreme Court is on the line, and they are right about that. I have heard every version of the argument, and I do not dismiss it.

But I believe character still matters in a president, and I think most Republicans used to believe that too. When Trump said a federal judge could not be fair to him because of the judge’s Mexican heritage, Paul Ryan called it “flat-out wrong.” Then Ryan endorsed him anyway. I understand the speaker’s reasons. I cannot share them.

Some of my fellow conservatives insist that Trump will grow into the job, that the people around him will restrain his worst instincts. I wish I could believe that. Nothing in the past 15 months suggests it is true. He has attacked a Gold Star family, mocked a disabled reporter and promised to “open up” libel laws so he can sue the newspapers that criticize him.

Mike Pence, a man I have admired for years, told an audience in Iowa last week that Trump is “a good man with a big heart.” Maybe he is. But Pence has also said that he would have handled many of Trump’s controversies differently, and I suspect many in our party privately wish Trump would listen to him.

I will not vote for Clinton either. I think her handling of classified information was reckless, and I do not trust her. Instead I will write in a name, probably Ben Sasse, and sleep well.

Critics will say that is a wasted vote. Maybe. But a vote is not only a transaction. It is also a statement about who we are, and this year I would rather make that statement honestly.
''', "curly", [
    (("tell", "They will tell"), ("They", "They will tell"),
     "a vote withheld from Donald Trump is a vote for Hillary Clinton", "ANON"),
    (("say", "They will say"), ("They", "They will say"),
     "the Supreme Court is on the line", "ANON"),
    (("believe", "But I believe"), ("I", "But I believe"),
     "character still matters in a president", "UNK"),
    (("think", "I think most"), ("I", "and I think most"),
     "most Republicans used to believe that too", "UNK"),
    (("believe", "used to believe"), ("most Republicans", "most Republicans used"),
     ("that", "believe that too"), "ANON"),
    (("said", "Trump said a federal"), ("Trump", "When Trump said"),
     "a federal judge could not be fair to him because of the judge’s Mexican heritage", "NP"),
    (("called", "Ryan called"), "Paul Ryan",
     "it “flat-out wrong.”", "NP"),
    (("insist", "conservatives insist"), "Some of my fellow conservatives",
     "Trump will grow into the job, that the people around him will restrain his worst instincts", "ANON"),
    ("promised", ("He", "He has attacked"),
     "to “open up” libel laws so he can sue the newspapers that criticize him", "NP"),
    (("told", "told an audience"), "Mike Pence, a man I have admired for years",
     "Trump is “a good man with a big heart.”", "NP"),
    (("said", "has also said"), ("Pence", "But Pence has"),
     "he would have handled many of Trump’s controversies differently", "NP"),
    ("suspect", ("I", "I suspect"),
     "many in our party privately wish Trump would listen to him", "UNK"),
    (("wish", "privately wish"), "many in our party",
     "Trump would listen to him", "ANON"),
    (("think", "I think her"), ("I", "I think her"),
     "her handling of classified information was reckless", "UNK"),
    (("say", "Critics will say"), "Critics",
     "that is a wasted vote", "ANON"),
])

# ---------------------------------------------------------------------------
# b07  Q&A interview excerpt (straight quotes); Q = interviewer Nina Castellano
# ---------------------------------------------------------------------------
B07 = '''
Sanders on the Convention, Clinton and What Comes Next

Sen. Bernie Sanders spoke with Courier political reporter Nina Castellano on Monday in his Burlington office, two days after the Democratic platform committee finished its work in Orlando. Sanders, who has said he will vote for Hillary Clinton in November, insisted that his movement would outlast his campaign. The following excerpt has been edited for length and clarity.

Q: You said in May that the convention would be "messy." Is it going to be messy?

SANDERS: Look, democracy is messy. I think we are going to have a very vigorous discussion about the platform, and I think that's a good thing. We won some important victories in Orlando on the minimum wage and on climate. We lost on trade, and I'm not happy about that.

Q: Secretary Clinton's campaign says the party is united. Is it?

SANDERS: Not yet. There are millions of young people who are not going to just fall in line because somebody tells them to. The secretary has to earn their votes, and I think she understands that.

Q: Will you formally endorse her?

SANDERS: I have said many times that I will do everything I can to defeat Donald Trump. That is my number one priority right now. We'll have more to say about that soon.

Q: Some of your supporters say the primary was rigged. Do you agree?

SANDERS: What I will say is that the DNC was not neutral, and the emails that came out make that pretty clear. Debbie Wasserman Schultz should not be chairing this party. But we lost. We got 13 million votes, she got 16 million. That's the reality.

Q: What do you want out of Philadelphia?

SANDERS: I want the Democratic Party to be a party of working people again, not a party of big-money donors. That's what this campaign has always been about, and that's what the next 40 years are going to be about.
'''


def qa_atts(block):
    out = []
    for p in [x.strip() for x in block.strip().split("\n\n")]:
        for label in ("Q", "SANDERS"):
            if p.startswith(label + ": "):
                body = p[len(label) + 2:]
                content = body[:-1] if body.endswith(".") else body
                ctx = label + ": " + body[:30]
                out.append(((":", ctx), (label, ctx), content, "NP"))
    return out


article("b07", B07, "straight", [
    (("said", "who has said he will"), ("Sanders", "Sanders, who has said"),
     "he will vote for Hillary Clinton in November", "NP"),
    ("insisted", ("Sanders", "Sanders, who has said"),
     "his movement would outlast his campaign", "NP"),
] + qa_atts(B07))

# ---------------------------------------------------------------------------
# b08  live blog (curly quotes)
# ---------------------------------------------------------------------------
article("b08", '''
Live updates: Clinton and Trump face off in second presidential debate

9:04 p.m. — The candidates did not shake hands as they took the stage at Washington University in St. Louis. Trump, asked by moderator Anderson Cooper about the 2005 tape released Friday, called the remarks “a private conversation from a long time ago” and said he was “sorry to anyone who was offended.”

9:11 p.m. — Clinton said the tape “shows exactly who he is” and that voters should judge him by his own words.

9:18 p.m. — Trump says that if he wins, he will ask Congress to reopen the investigation into Clinton’s emails. “You’ll be answering questions under oath,” he tells her. The line drew loud cheers from the audience, which had been told not to applaud.

9:26 p.m. — A CNN fact-check posted during the debate found that Trump’s claim that Clinton “bleached” 33,000 emails was partly accurate: her lawyers used a program called BleachBit to delete them.

9:33 p.m. — Asked about Syria, Trump broke with his running mate. Pence had said in last week’s vice presidential debate that the U.S. should be ready to use military force to protect civilians in Aleppo. “Mike is a great guy, but on this one we haven’t talked,” Trump said.

9:41 p.m. — Clinton aides in the spin room say they believe she has done enough to put the race out of reach. “He needed a game changer and he didn’t get one,” campaign manager Robby Mook told reporters.

9:52 p.m. — Republicans on Capitol Hill are watching closely. A senior GOP aide emails: “He’s doing better than the first one, which isn’t saying much.” Another Republican, a House member from a suburban district who asked not to be named, texted that Trump “still hasn’t said one thing that helps me.”

10:05 p.m. — Trump’s campaign says a snap poll of its online supporters shows him winning the debate by 80 points. A CNN/ORC instant poll of debate watchers found Clinton the winner, 55 percent to 36 percent.

10:14 p.m. — Paul Ryan, who told House Republicans over the weekend that he would not campaign with Trump, has not commented on the debate. A spokeswoman for the speaker, Kara Lindell, said only that Ryan “watched with interest.”
''', "curly", [
    (("called", "called the remarks"), ("Trump", "Trump, asked by"),
     "the remarks “a private conversation from a long time ago”", "NP"),
    (("said", "and said he was"), ("Trump", "Trump, asked by"),
     "he was “sorry to anyone who was offended.”", "NP"),
    (("said", "Clinton said the tape"), ("Clinton", "Clinton said the tape"),
     "the tape “shows exactly who he is” and that voters should judge him by his own words", "NP"),
    (("says", "Trump says that"), ("Trump", "Trump says that"),
     "if he wins, he will ask Congress to reopen the investigation into Clinton’s emails", "NP"),
    (("tells", "he tells her"), ("he", "he tells her", 0),
     "“You’ll be answering questions under oath,”", "NP"),
    (("told", "had been told"), None,
     "not to applaud", "UNK"),
    (("found", "during the debate found"), "A CNN fact-check posted during the debate",
     "Trump’s claim that Clinton “bleached” 33,000 emails was partly accurate", "MEDIA"),
    (("claim", "Trump’s claim"), ("Trump", "Trump’s claim"),
     "Clinton “bleached” 33,000 emails", "NP"),
    (("said", "Pence had said"), ("Pence", "Pence had said"),
     "the U.S. should be ready to use military force to protect civilians in Aleppo", "NP"),
    (("said", "Trump said."), ("Trump", "Trump said."),
     "“Mike is a great guy, but on this one we haven’t talked,”", "NP"),
    (("say", "spin room say"), "Clinton aides in the spin room",
     "they believe she has done enough to put the race out of reach", "ANON"),
    (("believe", "they believe"), ("they", "say they believe"),
     "she has done enough to put the race out of reach", "ANON"),
    (("told", "Mook told"), "campaign manager Robby Mook",
     "“He needed a game changer and he didn’t get one,”", "NP"),
    (("emails", "aide emails:"), "A senior GOP aide",
     "“He’s doing better than the first one, which isn’t saying much.”", "ANON"),
    ("texted", "Another Republican, a House member from a suburban district who asked not to be named",
     "Trump “still hasn’t said one thing that helps me.”", "ANON"),
    (("says", "campaign says"), ("Trump’s campaign", "Trump’s campaign says"),
     "a snap poll of its online supporters shows him winning the debate by 80 points", "ORG"),
    (("shows", "supporters shows"), "a snap poll of its online supporters",
     "him winning the debate by 80 points", "DOC"),
    (("found", "watchers found"), "A CNN/ORC instant poll of debate watchers",
     "Clinton the winner, 55 percent to 36 percent", "DOC"),
    (("told", "who told House"), ("Paul Ryan", "Paul Ryan, who told"),
     "he would not campaign with Trump", "NP"),
    (("said", "Kara Lindell, said"), "A spokeswoman for the speaker, Kara Lindell",
     "Ryan “watched with interest.”", "NP"),
])

# ---------------------------------------------------------------------------
# b09  fact check (straight quotes)
# ---------------------------------------------------------------------------
article("b09", '''
Fact check: Trump's claim that Clinton 'wants to abolish the Second Amendment'

Donald Trump has made the charge at nearly every rally this month. "Hillary Clinton wants to abolish the Second Amendment," he told supporters in Wilmington, N.C., on Tuesday. "She wants to take your guns away."

Is that accurate? We looked at the record.

Clinton has never called for repealing the Second Amendment, and her campaign website says she supports "the rights of responsible gun owners." Her platform calls for expanded background checks, closing the so-called gun-show loophole and repealing a 2005 law that shields gun manufacturers from certain lawsuits.

Trump's campaign pointed us to remarks Clinton made at a private fundraiser in Connecticut last year, first reported by The Daily Caller, in which she said "the court got it badly wrong in Heller." Campaign spokeswoman Hope Hicks said in an email that Clinton "would appoint justices who will gut gun rights."

Clinton did criticize the court's 2008 decision in District of Columbia v. Heller, which held that the amendment protects an individual right to own a gun. In an interview with CNN's Jake Tapper in August, she said she disagreed with the ruling because it swept too broadly. But she also said she believed there was "an individual right to bear arms."

Legal scholars we consulted said overturning Heller would not abolish the Second Amendment, though it could give states and cities far more room to regulate firearms. "That's a real policy difference worth debating," said Leah Morrow, a constitutional law professor at the University of Iowa. "But it's not the same thing as repealing an amendment."

The National Rifle Association has run ads claiming that Clinton would leave Americans "defenseless" in their homes. The group has spent more than $20 million supporting Trump, according to Federal Election Commission filings.

Our ruling

Trump said Clinton "wants to abolish the Second Amendment." Her stated positions, while more restrictive than Trump's, stop well short of that. We rate this claim Mostly False.
''', "straight", [
    (("claim", "Trump's claim that Clinton 'wants"), ("Trump", "Fact check: Trump"),
     "Clinton 'wants to abolish the Second Amendment'", "NP"),
    (("told", "he told supporters"), ("he", "he told supporters"),
     ['"Hillary Clinton wants to abolish the Second Amendment,"',
      '"She wants to take your guns away."'], "NP"),
    ("called for", ("Clinton", "Clinton has never"),
     "repealing the Second Amendment", "NP"),
    (("says", "website says"), "her campaign website",
     'she supports "the rights of responsible gun owners."', "DOC"),
    ("calls for", "Her platform",
     "expanded background checks, closing the so-called gun-show loophole and repealing a 2005 law that shields gun manufacturers from certain lawsuits", "DOC"),
    ("reported", "The Daily Caller",
     "remarks Clinton made at a private fundraiser in Connecticut last year", "MEDIA"),
    (("said", "in which she said"), ("she", "in which she said"),
     '"the court got it badly wrong in Heller."', "NP"),
    (("said", "Hicks said"), "Campaign spokeswoman Hope Hicks",
     'Clinton "would appoint justices who will gut gun rights."', "NP"),
    ("held", "the court's 2008 decision in District of Columbia v. Heller",
     "the amendment protects an individual right to own a gun", "DOC"),
    (("said", "she said she disagreed"), ("she", "in August, she said"),
     "she disagreed with the ruling because it swept too broadly", "NP"),
    (("said", "also said"), ("she", "But she also"),
     'she believed there was "an individual right to bear arms."', "NP"),
    ("believed", ("she", "said she believed"),
     'there was "an individual right to bear arms."', "NP"),
    (("said", "we consulted said"), "Legal scholars we consulted",
     "overturning Heller would not abolish the Second Amendment, though it could give states and cities far more room to regulate firearms", "ANON"),
    (("said", "said Leah"), "Leah Morrow, a constitutional law professor at the University of Iowa",
     ['''"That's a real policy difference worth debating,"''',
      '''"But it's not the same thing as repealing an amendment."'''], "NP"),
    ("claiming", ("ads", "run ads claiming"),
     'Clinton would leave Americans "defenseless" in their homes', "DOC"),
    ("according to", "Federal Election Commission filings",
     "The group has spent more than $20 million supporting Trump", "DOC"),
    (("said", "Trump said Clinton"), ("Trump", "Trump said Clinton"),
     'Clinton "wants to abolish the Second Amendment."', "NP"),
])

# ---------------------------------------------------------------------------
# b10  local news, voters at a rally (curly quotes)
# ---------------------------------------------------------------------------
article("b10", '''
At Pence rally in Waukesha, voters wrestle with doubts about the top of the ticket

WAUKESHA, Wis. — Linda Moravec arrived at the Waukesha County Expo Center three hours early on Saturday, wearing a red “Make America Great Again” cap and a Pence-for-governor button she has kept since 2012.

“I love Mike Pence. I trust him,” said Moravec, 63, a retired school secretary from Pewaukee. “Trump, I’m still getting used to. But I’ll vote for him, because I know who Mike is.”

Her ambivalence was shared by many of the roughly 1,500 people who packed the hall to hear the Indiana governor, who has become the Republican ticket’s most reliable emissary to suburban conservatives wary of Donald Trump.

Pence, speaking for about 30 minutes, told the crowd that Trump would appoint conservative judges and repeal the Affordable Care Act. He mentioned the nominee by name only a handful of times. “He’s going to be a president for all Americans,” Pence said, to loud applause.

Several voters interviewed after the rally said they planned to vote for Trump but were uneasy about his temperament. A man in a Green Bay Packers jacket who declined to give his name said he would “hold his nose” and vote Republican. He said he had voted for Barack Obama in 2008.

Others were more enthusiastic. “Trump tells it like it is,” said Kyle Brandt, 34, an electrician from Oconomowoc. Brandt, who said he had never voted before this year, added: “Nobody else was talking to guys like me.”

Outside, about two dozen protesters held signs reading “Pence = Hate.” Organizers said the group opposed the Indiana religious freedom law Pence signed in 2015.

Polls show Wisconsin leaning toward Hillary Clinton. A Marquette Law School poll released Wednesday found Clinton ahead by 7 points among likely voters, though the race was much closer in the Milwaukee suburbs.

The Wisconsin Democratic Party dismissed the rally as “a sideshow.” A spokesman for the Trump campaign in Wisconsin, Pat Cleary, said of the turnout, “The enthusiasm is on our side.”

Moravec, for her part, said she was praying for the country. “Whatever happens,” she said, “we’ll get through it.”
''', "curly", [
    (("said", "said Moravec"), "Moravec, 63, a retired school secretary from Pewaukee",
     ["“I love Mike Pence. I trust him,”",
      "“Trump, I’m still getting used to. But I’ll vote for him, because I know who Mike is.”"], "NP"),
    (("told", "told the crowd that"), ("Pence", "Pence, speaking"),
     "Trump would appoint conservative judges and repeal the Affordable Care Act", "NP"),
    (("said", "Pence said,"), ("Pence", "Pence said,"),
     "“He’s going to be a president for all Americans,”", "NP"),
    (("said", "the rally said"), "Several voters interviewed after the rally",
     "they planned to vote for Trump but were uneasy about his temperament", "ANON"),
    ("planned", ("they", "said they planned"),
     "to vote for Trump", "ANON"),
    (("said", "his name said"), "A man in a Green Bay Packers jacket who declined to give his name",
     "he would “hold his nose” and vote Republican", "ANON"),
    (("said", "He said he had voted"), ("He", "He said he had voted"),
     "he had voted for Barack Obama in 2008", "ANON"),
    (("said", "said Kyle"), "Kyle Brandt, 34, an electrician from Oconomowoc",
     "“Trump tells it like it is,”", "NP"),
    (("said", "who said he had never"), ("Brandt", "Brandt, who said"),
     "he had never voted before this year", "NP"),
    ("added", ("Brandt", "Brandt, who said"),
     "“Nobody else was talking to guys like me.”", "NP"),
    ("reading", ("signs", "held signs"),
     "“Pence = Hate.”", "DOC"),
    (("said", "Organizers said"), "Organizers",
     "the group opposed the Indiana religious freedom law Pence signed in 2015", "ANON"),
    (("show", "Polls show"), ("Polls", "Polls show"),
     "Wisconsin leaning toward Hillary Clinton", "DOC"),
    (("found", "Wednesday found"), "A Marquette Law School poll released Wednesday",
     "Clinton ahead by 7 points among likely voters, though the race was much closer in the Milwaukee suburbs", "DOC"),
    ("dismissed", "The Wisconsin Democratic Party",
     "the rally as “a sideshow.”", "ORG"),
    (("said", "Pat Cleary, said"), "A spokesman for the Trump campaign in Wisconsin, Pat Cleary",
     "“The enthusiasm is on our side.”", "NP"),
    (("said", "for her part, said"), ("Moravec", "Moravec, for her part"),
     "she was praying for the country", "NP"),
    (("said", "she said, “we’ll"), ("she", "she said, “we’ll"),
     ["“Whatever happens,”", "“we’ll get through it.”"], "NP"),
])

# ---------------------------------------------------------------------------
# b11  foreign policy (straight quotes)
# ---------------------------------------------------------------------------
article("b11", '''
Moscow welcomes, Beijing warns as Trump lays out 'America First' foreign policy

MOSCOW — The Kremlin said on Thursday it was "ready to work with any American president" who sought better relations with Russia, a day after Donald Trump delivered a foreign policy speech in Washington calling for an end to what he described as decades of "reckless" intervention abroad.

Putin's spokesman, Dmitry Peskov, told reporters that Moscow did not take sides in the U.S. election but had "noted with interest" Trump's remarks on NATO. The Republican candidate said in the speech that some NATO members were not paying "their fair share" and that the alliance's mission should be rethought.

Russian President Vladimir Putin has praised Trump as "a bright and talented man," and Trump has repeatedly said he would "get along very well" with the Russian leader. Clinton's campaign has seized on those comments, arguing that Trump would be a pushover for the Kremlin.

In Beijing, the reaction was cooler. China's Foreign Ministry spokesman, Lu Kang, said trade between the two countries was "mutually beneficial" and warned that any move to impose steep tariffs on Chinese goods would "harm both sides." Trump has proposed a 45 percent tariff on Chinese imports.

Beijing also warned Washington against "provocative actions" in the South China Sea, where U.S. Navy ships have sailed near Chinese-held islands. The Global Times, a state-run tabloid, said in an editorial that Trump was "a businessman who understands deals" but that his rhetoric was "dangerous."

In Tehran, Iranian state media reported that Foreign Minister Mohammad Javad Zarif had dismissed Trump's pledge to "rip up" the nuclear agreement as "campaign talk." Iran would continue to honor the deal as long as the other parties did, Zarif was quoted as saying by the official IRNA news agency.

A senior U.S. official, speaking on condition of anonymity to discuss diplomatic exchanges, said allies in Europe and Asia had privately asked the State Department what a Trump administration would mean for them. He said the department had told them it does not comment on domestic politics.
''', "straight", [
    (("said", "Kremlin said"), "The Kremlin",
     'it was "ready to work with any American president" who sought better relations with Russia', "ORG"),
    ("calling for", ("Donald Trump", "after Donald Trump"),
     'an end to what he described as decades of "reckless" intervention abroad', "NP"),
    ("described", ("he", "what he described"),
     'decades of "reckless" intervention abroad', "NP"),
    (("told", "Peskov, told"), "Putin's spokesman, Dmitry Peskov",
     '''Moscow did not take sides in the U.S. election but had "noted with interest" Trump's remarks on NATO''', "NP"),
    (("said", "candidate said"), "The Republican candidate",
     '''some NATO members were not paying "their fair share" and that the alliance's mission should be rethought''', "NP"),
    ("praised", "Russian President Vladimir Putin",
     'Trump as "a bright and talented man,"', "NP"),
    (("said", "repeatedly said"), ("Trump", "and Trump has repeatedly"),
     'he would "get along very well" with the Russian leader', "NP"),
    ("arguing", "Clinton's campaign",
     "Trump would be a pushover for the Kremlin", "ORG"),
    (("said", "Lu Kang, said"), "China's Foreign Ministry spokesman, Lu Kang",
     'trade between the two countries was "mutually beneficial"', "NP"),
    (("warned", "and warned that"), "China's Foreign Ministry spokesman, Lu Kang",
     'any move to impose steep tariffs on Chinese goods would "harm both sides."', "NP"),
    ("proposed", ("Trump", "Trump has proposed"),
     "a 45 percent tariff on Chinese imports", "NP"),
    (("warned", "Beijing also warned"), ("Beijing", "Beijing also warned"),
     'Washington against "provocative actions" in the South China Sea', "ORG"),
    (("said", "tabloid, said"), "The Global Times, a state-run tabloid",
     'Trump was "a businessman who understands deals" but that his rhetoric was "dangerous."', "MEDIA"),
    ("reported", "Iranian state media",
     '''Foreign Minister Mohammad Javad Zarif had dismissed Trump's pledge to "rip up" the nuclear agreement as "campaign talk."''', "MEDIA"),
    ("dismissed", "Foreign Minister Mohammad Javad Zarif",
     '''Trump's pledge to "rip up" the nuclear agreement as "campaign talk."''', "NP"),
    (("pledge", "Trump's pledge"), ("Trump", "Trump's pledge"),
     'to "rip up" the nuclear agreement', "NP"),
    ("saying", ("Zarif", "Zarif was quoted"),
     "Iran would continue to honor the deal as long as the other parties did", "NP"),
    ("quoted", "the official IRNA news agency",
     "Iran would continue to honor the deal as long as the other parties did", "MEDIA"),
    (("said", "exchanges, said"), "A senior U.S. official",
     "allies in Europe and Asia had privately asked the State Department what a Trump administration would mean for them", "ANON"),
    (("asked", "privately asked"), "allies in Europe and Asia",
     "what a Trump administration would mean for them", "ANON"),
    (("said", "He said the department"), ("He", "He said the department"),
     "the department had told them it does not comment on domestic politics", "ANON"),
    (("told", "had told them"), ("the department", "the department had told"),
     "it does not comment on domestic politics", "ORG"),
])

# ---------------------------------------------------------------------------
# b12  court / legal (curly quotes)
# ---------------------------------------------------------------------------
article("b12", '''
Judge lets donor’s defamation suit against pro-Trump super PAC proceed

NEW YORK — A federal judge in Manhattan on Monday refused to dismiss a defamation lawsuit brought by a Democratic donor against a pro-Trump super PAC, ruling that a television advertisement accusing him of funneling foreign money to Hillary Clinton’s campaign may have been knowingly false.

The advertisement, which aired in Florida and Ohio in September, claimed that the donor, Miami real estate developer Arturo Llanes, had “laundered” money from Venezuelan officials through his companies. Llanes has denied the allegation and says he has never met a Venezuelan government official.

In a 22-page opinion, U.S. District Judge Carla Westbrook wrote that the super PAC, Americans for a Safe Tomorrow, had offered “no evidence whatsoever” to support the claim and had kept the ad on the air after Llanes’s lawyers sent a letter disputing it.

“A reasonable jury could conclude that the defendant either knew the statements were false or acted with reckless disregard for the truth,” the judge wrote.

Lawyers for the super PAC had argued in a court filing that the ad was protected political speech and that Llanes, as a prominent donor, was a public figure who must meet a higher bar to prove defamation. The filing said the ad relied on “publicly available reporting,” citing a 2015 article in a Venezuelan newspaper.

Westbrook agreed that Llanes was a public figure but said the article cited by the PAC did not mention him by name.

“We’re gratified that the court saw through this,” said Llanes’s attorney, Deborah Fine. “This was a smear, plain and simple, and now they will have to answer for it under oath.”

A lawyer for Americans for a Safe Tomorrow, Gregory Nash, said the group would appeal. He said in a statement that the ruling “threatens to chill political speech in the middle of an election.”

The Trump campaign has no formal ties to the super PAC and did not respond to questions about the ad. According to Federal Election Commission records, the group has raised $4.2 million since June, most of it from two donors in Texas.
''', "curly", [
    (("ruling", "PAC, ruling that"), "A federal judge in Manhattan",
     "a television advertisement accusing him of funneling foreign money to Hillary Clinton’s campaign may have been knowingly false", "NP"),
    ("accusing", "a television advertisement",
     "him of funneling foreign money to Hillary Clinton’s campaign", "DOC"),
    ("claimed", ("The advertisement", "The advertisement, which aired"),
     "the donor, Miami real estate developer Arturo Llanes, had “laundered” money from Venezuelan officials through his companies", "DOC"),
    ("denied", ("Llanes", "Llanes has denied"),
     "the allegation", "NP"),
    (("says", "and says he"), ("Llanes", "Llanes has denied"),
     "he has never met a Venezuelan government official", "NP"),
    (("wrote", "Westbrook wrote"), "U.S. District Judge Carla Westbrook",
     "the super PAC, Americans for a Safe Tomorrow, had offered “no evidence whatsoever” to support the claim and had kept the ad on the air after Llanes’s lawyers sent a letter disputing it", "NP"),
    (("wrote", "the judge wrote"), ("the judge", "the judge wrote"),
     "“A reasonable jury could conclude that the defendant either knew the statements were false or acted with reckless disregard for the truth,”", "NP"),
    ("argued", "Lawyers for the super PAC",
     "the ad was protected political speech and that Llanes, as a prominent donor, was a public figure who must meet a higher bar to prove defamation", "ANON"),
    (("said", "The filing said"), ("The filing", "The filing said"),
     "the ad relied on “publicly available reporting,”", "DOC"),
    ("agreed", ("Westbrook", "Westbrook agreed"),
     "Llanes was a public figure", "NP"),
    (("said", "but said the article"), ("Westbrook", "Westbrook agreed"),
     "the article cited by the PAC did not mention him by name", "NP"),
    (("said", "said Llanes’s attorney"), "Llanes’s attorney, Deborah Fine",
     ["“We’re gratified that the court saw through this,”",
      "“This was a smear, plain and simple, and now they will have to answer for it under oath.”"], "NP"),
    (("said", "Gregory Nash, said"), "A lawyer for Americans for a Safe Tomorrow, Gregory Nash",
     "the group would appeal", "NP"),
    (("said", "He said in a statement"), ("He", "He said in a statement"),
     "the ruling “threatens to chill political speech in the middle of an election.”", "NP"),
    ("According to", "Federal Election Commission records",
     "the group has raised $4.2 million since June, most of it from two donors in Texas", "DOC"),
])

# ---------------------------------------------------------------------------
# b13  unnamed-source story (straight quotes)
# ---------------------------------------------------------------------------
article("b13", '''
Trump aides clash over debate strategy, sources say

Donald Trump's top advisers are sharply divided over how aggressively he should attack Hillary Clinton in Wednesday's final debate, according to five people familiar with the campaign's internal deliberations.

Campaign chief executive Stephen Bannon and his allies want Trump to make Bill Clinton's past treatment of women the centerpiece of the night, two of the people said. Campaign manager Kellyanne Conway and several senior aides worry that such attacks will further alienate college-educated women, a group Trump is losing by double digits, according to three others.

The people spoke on condition of anonymity because they were not authorized to discuss private conversations with the candidate. Several of them described a campaign in which decisions are often made late at night, by Trump himself, after he has watched cable news coverage of the race.

"He listens to everybody and then he does what he wants," said one adviser, who has known Trump for more than a decade. The adviser said Trump had told aides over the weekend that he "didn't need to be coached" and would "go with his gut."

A second person, a Republican operative who has helped with debate preparation, said Trump had sat for only two formal practice sessions. He said Trump grew impatient during both and left one early to call into a Fox News program. Trump also reportedly skipped a planned mock debate on Sunday to play golf.

Conway disputed that account. "Mr. Trump is well prepared and he is ready," she said in a brief telephone interview. "The people leaking this stuff don't know what they're talking about."

The divisions have been reported in part by Politico and The Washington Post, which said last week that Trump's running mate, Mike Pence, had urged the nominee to "stay on message." A Pence spokesman declined to comment.

Some Republicans in Washington, meanwhile, say privately that the debate may be Trump's last chance to change the trajectory of the race. Polls show Clinton leading by an average of 7 points.
''', "straight", [
    (("say", "sources say"), ("sources", "sources say"),
     "Trump aides clash over debate strategy", "ANON"),
    (("according to", "according to five"), "five people familiar with the campaign's internal deliberations",
     "Donald Trump's top advisers are sharply divided over how aggressively he should attack Hillary Clinton in Wednesday's final debate", "ANON"),
    (("said", "two of the people said"), "two of the people",
     "Campaign chief executive Stephen Bannon and his allies want Trump to make Bill Clinton's past treatment of women the centerpiece of the night", "ANON"),
    (("want", "allies want"), "Campaign chief executive Stephen Bannon and his allies",
     "Trump to make Bill Clinton's past treatment of women the centerpiece of the night", "NP"),
    (("according to", "according to three"), "three others",
     "Campaign manager Kellyanne Conway and several senior aides worry that such attacks will further alienate college-educated women, a group Trump is losing by double digits", "ANON"),
    (("worry", "aides worry"), "Campaign manager Kellyanne Conway and several senior aides",
     "such attacks will further alienate college-educated women, a group Trump is losing by double digits", "NP"),
    ("described", "Several of them",
     "a campaign in which decisions are often made late at night, by Trump himself, after he has watched cable news coverage of the race", "ANON"),
    (("said", "said one adviser"), "one adviser",
     '"He listens to everybody and then he does what he wants,"', "ANON"),
    (("said", "The adviser said"), ("The adviser", "The adviser said"),
     '''Trump had told aides over the weekend that he "didn't need to be coached" and would "go with his gut."''', "ANON"),
    (("told", "had told aides"), ("Trump", "said Trump had told"),
     '''he "didn't need to be coached" and would "go with his gut."''', "NP"),
    (("said", "debate preparation, said"), "A second person, a Republican operative who has helped with debate preparation",
     "Trump had sat for only two formal practice sessions", "ANON"),
    (("said", "He said Trump grew"), ("He", "He said Trump grew"),
     "Trump grew impatient during both and left one early to call into a Fox News program", "ANON"),
    ("reportedly", None,
     [("Trump", "Trump also reportedly"), "skipped a planned mock debate on Sunday to play golf"], "UNK"),
    ("disputed", ("Conway", "Conway disputed"),
     "that account", "NP"),
    (("said", "she said in a brief"), ("she", "she said in a brief"),
     ['"Mr. Trump is well prepared and he is ready,"',
      '''"The people leaking this stuff don't know what they're talking about."'''], "NP"),
    (("reported", "been reported in part"), "Politico and The Washington Post",
     "The divisions", "MEDIA"),
    (("said", "which said last week"), ("The Washington Post", "The Washington Post, which"),
     '''Trump's running mate, Mike Pence, had urged the nominee to "stay on message."''', "MEDIA"),
    ("urged", "Trump's running mate, Mike Pence",
     'the nominee to "stay on message."', "NP"),
    (("say", "say privately"), "Some Republicans in Washington",
     "the debate may be Trump's last chance to change the trajectory of the race", "ANON"),
    (("show", "Polls show"), ("Polls", "Polls show"),
     "Clinton leading by an average of 7 points", "DOC"),
])

# ---------------------------------------------------------------------------
# b14  Reuters wire 2 (curly quotes)
# ---------------------------------------------------------------------------
article("b14", '''
McConnell says Senate will not act on Garland nomination before election

WASHINGTON (Reuters) - Senate Majority Leader Mitch McConnell said on Tuesday the Senate would not hold hearings on President Barack Obama’s Supreme Court nominee, Merrick Garland, before the Nov. 8 election, rebuffing a fresh push by Democrats to break the months-long standoff.

“The American people will have their say,” McConnell told reporters after a weekly lunch with Republican senators. “The next president should make this nomination, and that’s been our position from the start.”

Obama nominated Garland, a federal appeals court judge, in March after the death of Justice Antonin Scalia. Republicans have argued that the vacancy should be filled by the winner of the presidential election.

The White House said in a statement that McConnell’s refusal was “unprecedented” and left the court “evenly divided at a moment when the country needs it to function.” Press secretary Josh Earnest told reporters at his daily briefing that Obama would not withdraw the nomination.

Some Republican senators facing tough re-election fights have broken with the leadership and met with Garland. Senator Mark Kirk of Illinois said last month that his colleagues should “do their jobs” and hold a vote. A Kirk aide said on Tuesday the senator’s position had not changed.

The New York Times reported on Sunday that at least four Republican senators had privately urged McConnell to reconsider.

Several Republican aides, speaking on condition of anonymity, said leadership was increasingly open to confirming Garland in the “lame duck” session after the election if Clinton wins. Her nominee, they said, would likely be more liberal. McConnell has said publicly that he would oppose any such move.

Democrats have made the vacancy a campaign issue in several Senate races. Senate Democratic leader Harry Reid accused McConnell on the Senate floor of “abdicating his constitutional duty,” and Clinton has said she would consider renominating Garland if elected but has not committed to doing so.

A Reuters/Ipsos poll conducted in September found that 52 percent of Americans believe the Senate should vote on Garland’s nomination, while 28 percent said it should not.

(Reporting by Ellen Marsh; Editing by Peter Grafton)
''', "curly", [
    (("says", "McConnell says"), ("McConnell", "McConnell says"),
     "Senate will not act on Garland nomination before election", "NP"),
    (("said", "McConnell said on Tuesday"), "Senate Majority Leader Mitch McConnell",
     "the Senate would not hold hearings on President Barack Obama’s Supreme Court nominee, Merrick Garland, before the Nov. 8 election", "NP"),
    (("told", "McConnell told"), ("McConnell", "McConnell told"),
     ["“The American people will have their say,”",
      "“The next president should make this nomination, and that’s been our position from the start.”"], "NP"),
    ("argued", ("Republicans", "Republicans have argued"),
     "the vacancy should be filled by the winner of the presidential election", "ORG"),
    (("said", "White House said"), "The White House",
     "McConnell’s refusal was “unprecedented” and left the court “evenly divided at a moment when the country needs it to function.”", "ORG"),
    (("told", "Earnest told"), "Press secretary Josh Earnest",
     "Obama would not withdraw the nomination", "NP"),
    (("said", "Illinois said"), "Senator Mark Kirk of Illinois",
     "his colleagues should “do their jobs” and hold a vote", "NP"),
    (("said", "aide said on Tuesday"), "A Kirk aide",
     "the senator’s position had not changed", "ANON"),
    ("reported", "The New York Times",
     "at least four Republican senators had privately urged McConnell to reconsider", "MEDIA"),
    ("urged", "at least four Republican senators",
     "McConnell to reconsider", "ANON"),
    (("said", "anonymity, said"), "Several Republican aides",
     "leadership was increasingly open to confirming Garland in the “lame duck” session after the election if Clinton wins", "ANON"),
    (("said", "they said,"), ("they", "they said,"),
     ["Her nominee", "would likely be more liberal"], "ANON"),
    (("said", "has said publicly"), ("McConnell", "McConnell has said publicly"),
     "he would oppose any such move", "NP"),
    ("accused", "Senate Democratic leader Harry Reid",
     [("McConnell", "accused McConnell on"), "of “abdicating his constitutional duty,”"], "NP"),
    (("said", "Clinton has said she"), ("Clinton", "and Clinton has said"),
     "she would consider renominating Garland if elected", "NP"),
    ("found", "A Reuters/Ipsos poll conducted in September",
     "52 percent of Americans believe the Senate should vote on Garland’s nomination, while 28 percent said it should not", "DOC"),
])

# ---------------------------------------------------------------------------
# b15  AP wire 2 (straight quotes)
# ---------------------------------------------------------------------------
article("b15", '''
Kaine, in Pennsylvania, says Trump "doesn't know the first thing" about the military

HARRISBURG, Pa. (AP) — Democratic vice presidential nominee Tim Kaine said Friday that Donald Trump "doesn't know the first thing" about the armed forces, seizing on the Republican's suggestion that he knows more about the Islamic State group than American generals do.

Speaking to about 800 people at a union hall, the Virginia senator, whose son is a Marine, said the comment was "an insult to every man and woman who has worn the uniform."

"I've got a son deployed right now," Kaine said. "I can tell you the people in charge of that fight know a whole lot more than Donald Trump does."

Trump's campaign responded within the hour. In a statement, spokesman Jason Miller said Kaine was "desperate to change the subject" from Hillary Clinton's email controversy. The billionaire has said he would ask his generals to submit a plan to defeat the Islamic State within 30 days of taking office.

Republican vice presidential nominee Mike Pence, campaigning in North Carolina, told The Associated Press that Kaine was "playing politics with the troops." Pence said Trump has "tremendous respect" for the military and wants to rebuild it after years of cuts.

The exchange came as both campaigns pour money into Pennsylvania, which has not voted for a Republican presidential candidate since 1988. A Franklin & Marshall College poll released this week found Clinton leading by 6 points among likely voters in the state. Clinton's campaign has booked $3 million in additional Pennsylvania airtime for the final two weeks, according to Politico.

Kaine's appearance was organized by the state AFL-CIO, whose president, Frank Ostrowski, said unions had knocked on more than 300,000 doors in the state since Labor Day. Union officials expect to double that figure by Election Day, according to a statement from the federation.

Some veterans in the crowd said they were still weighing their choice. "I don't love either one of them," said Dale Huber, 58, an Army veteran from Mechanicsburg. "But I know which one I trust with my grandson's life."

Kaine returns to Pennsylvania on Tuesday for a stop in Erie, his campaign said.
''', "straight", [
    (("says", 'says Trump "doesn'), ("Kaine", "Kaine, in Pennsylvania"),
     '''Trump "doesn't know the first thing" about the military''', "NP"),
    (("said", "Tim Kaine said"), "Democratic vice presidential nominee Tim Kaine",
     '''Donald Trump "doesn't know the first thing" about the armed forces''', "NP"),
    ("suggestion", ("the Republican", "the Republican's suggestion"),
     "he knows more about the Islamic State group than American generals do", "NP"),
    (("said", "a Marine, said"), ("the Virginia senator", "the Virginia senator, whose"),
     'the comment was "an insult to every man and woman who has worn the uniform."', "NP"),
    (("said", 'Kaine said. "I can'), ("Kaine", 'Kaine said. "I can'),
     ['''"I've got a son deployed right now,"''',
      '"I can tell you the people in charge of that fight know a whole lot more than Donald Trump does."'], "NP"),
    (("said", "Jason Miller said"), "spokesman Jason Miller",
     '''Kaine was "desperate to change the subject" from Hillary Clinton's email controversy''', "NP"),
    (("said", "billionaire has said"), "The billionaire",
     "he would ask his generals to submit a plan to defeat the Islamic State within 30 days of taking office", "NP"),
    (("told", "told The Associated Press"), "Republican vice presidential nominee Mike Pence",
     'Kaine was "playing politics with the troops."', "NP"),
    (("said", "Pence said Trump"), ("Pence", "Pence said Trump"),
     'Trump has "tremendous respect" for the military and wants to rebuild it after years of cuts', "NP"),
    ("wants", ("Trump", "said Trump has"),
     "to rebuild it after years of cuts", "NP"),
    ("found", "A Franklin & Marshall College poll released this week",
     "Clinton leading by 6 points among likely voters in the state", "DOC"),
    (("according to", "according to Politico"), "Politico",
     "Clinton's campaign has booked $3 million in additional Pennsylvania airtime for the final two weeks", "MEDIA"),
    (("said", "Ostrowski, said"), "whose president, Frank Ostrowski",
     "unions had knocked on more than 300,000 doors in the state since Labor Day", "NP"),
    ("expect", "Union officials",
     "to double that figure by Election Day", "ANON"),
    (("according to", "according to a statement"), "a statement from the federation",
     "Union officials expect to double that figure by Election Day", "DOC"),
    (("said", "crowd said"), "Some veterans in the crowd",
     "they were still weighing their choice", "ANON"),
    (("said", "said Dale"), "Dale Huber, 58, an Army veteran from Mechanicsburg",
     ['''"I don't love either one of them,"''',
      '''"But I know which one I trust with my grandson's life."'''], "NP"),
    (("said", "his campaign said"), "his campaign",
     "Kaine returns to Pennsylvania on Tuesday for a stop in Erie", "ORG"),
])

# ---------------------------------------------------------------------------
# b16  campaign-finance story built on documents (curly quotes)
# ---------------------------------------------------------------------------
article("b16", '''
Internal memo shows Clinton allies shifting money to Senate races

A memo circulated among top Democratic donors this week argues that Hillary Clinton’s lead over Donald Trump is now large enough to justify moving tens of millions of dollars into Senate and House races, according to a copy obtained by POLITICO.

The seven-page document, written by strategists at Priorities USA Action, the main pro-Clinton super PAC, says the group will shift at least $25 million to help Democrats win back the Senate. “The presidential race is not over, but the path for Trump has narrowed dramatically,” the memo says.

Guy Cecil, the super PAC’s chairman, confirmed the memo’s authenticity in an interview but cautioned against reading too much into it. “We are not taking anything for granted,” he said. “But we’d be foolish not to look at where the money can do the most good.”

The move reflects growing confidence among Democrats. A Monmouth University poll released Monday showed Clinton ahead by 12 points nationally, and an NBC News/Wall Street Journal survey put her lead at 11.

Republicans said the memo proved Democrats were already measuring the drapes. “This is the kind of arrogance that voters punish,” said Tom Ritter, a spokesman for the National Republican Senatorial Committee.

Trump and his allies have insisted the polls are wrong. “We’re winning, folks, believe me,” he told supporters in Grand Rapids on Monday. His campaign has repeatedly claimed that surveys undercount rural voters, though most pollsters reject that argument.

Some Democratic operatives worry the memo could backfire. One longtime Clinton fundraiser, who spoke on condition of anonymity to discuss private conversations, said several donors had called her to complain that the super PAC was “giving up on the White House too early.” She said she told them that was not the case.

According to Federal Election Commission filings, Priorities USA Action had $41 million in cash on hand at the end of August.
''', "curly", [
    ("shows", "Internal memo",
     "Clinton allies shifting money to Senate races", "DOC"),
    ("argues", "A memo circulated among top Democratic donors this week",
     "Hillary Clinton’s lead over Donald Trump is now large enough to justify moving tens of millions of dollars into Senate and House races", "DOC"),
    (("according to", "according to a copy"), "a copy obtained by POLITICO",
     "A memo circulated among top Democratic donors this week argues that Hillary Clinton’s lead over Donald Trump is now large enough to justify moving tens of millions of dollars into Senate and House races", "DOC"),
    (("says", "super PAC, says"), "The seven-page document",
     "the group will shift at least $25 million to help Democrats win back the Senate", "DOC"),
    (("says", "the memo says"), ("the memo", "the memo says"),
     "“The presidential race is not over, but the path for Trump has narrowed dramatically,”", "DOC"),
    ("confirmed", "Guy Cecil, the super PAC’s chairman",
     "the memo’s authenticity", "NP"),
    ("cautioned", "Guy Cecil, the super PAC’s chairman",
     "against reading too much into it", "NP"),
    (("said", "he said."), ("he", "he said."),
     ["“We are not taking anything for granted,”",
      "“But we’d be foolish not to look at where the money can do the most good.”"], "NP"),
    ("showed", "A Monmouth University poll released Monday",
     "Clinton ahead by 12 points nationally", "DOC"),
    (("put", "survey put"), "an NBC News/Wall Street Journal survey",
     "her lead at 11", "DOC"),
    (("said", "Republicans said"), ("Republicans", "Republicans said"),
     "the memo proved Democrats were already measuring the drapes", "ORG"),
    ("proved", ("the memo", "the memo proved"),
     "Democrats were already measuring the drapes", "DOC"),
    (("said", "said Tom"), "Tom Ritter, a spokesman for the National Republican Senatorial Committee",
     "“This is the kind of arrogance that voters punish,”", "NP"),
    ("insisted", "Trump and his allies",
     "the polls are wrong", "NP"),
    (("told", "he told supporters"), ("he", "he told supporters"),
     "“We’re winning, folks, believe me,”", "NP"),
    ("claimed", "His campaign",
     "surveys undercount rural voters", "ORG"),
    ("reject", "most pollsters",
     "that argument", "ANON"),
    (("worry", "operatives worry"), "Some Democratic operatives",
     "the memo could backfire", "ANON"),
    (("said", "conversations, said"), "One longtime Clinton fundraiser",
     "several donors had called her to complain that the super PAC was “giving up on the White House too early.”", "ANON"),
    ("complain", ("several donors", "several donors had called"),
     "the super PAC was “giving up on the White House too early.”", "ANON"),
    (("said", "She said she told"), ("She", "She said she told"),
     "she told them that was not the case", "ANON"),
    (("told", "she told them"), ("she", "said she told"),
     "that was not the case", "ANON"),
    ("According to", "Federal Election Commission filings",
     "Priorities USA Action had $41 million in cash on hand at the end of August", "DOC"),
])


DEMONSTRATIVE_THAT = {"that is a wasted vote", "that was not the case", "that account", "that argument"}


# ---------------------------------------------------------------------------
def build():
    out = []
    for doc_id, text, style, atts in ARTICLES:
        words = len(text.split())
        assert 250 <= words <= 450, (doc_id, "word count", words)
        assert "\n\n" in text and text.split("\n\n")[0].count("\n") == 0
        if style == "straight":
            assert not any(c in text for c in "“”‘’"), (doc_id, "curly char in straight article")
            assert '"' in text
        else:
            assert '"' not in text and "'" not in text, (doc_id, "straight quote in curly article")
            assert "“" in text
        recs = []
        seen = set()
        for k, (cue, src, content, st) in enumerate(atts):
            c = mk(text, cue, doc_id)
            s = mk(text, src, doc_id) if src is not None else None
            ct = mk_content(text, content, doc_id)
            stype = TYPES[st]
            if s is None:
                assert stype == "unknown", (doc_id, k)
            # sanity: cue / source must not overlap own content pieces
            for p in pieces(ct):
                assert not overlaps((c["start"], c["end"]), p), (doc_id, k, "cue in content")
                if s:
                    assert not overlaps((s["start"], s["end"]), p), (doc_id, k, "source in content")
            if s:
                assert not overlaps((c["start"], c["end"]), (s["start"], s["end"])), (doc_id, k)
            for p in pieces(ct):
                frag = text[p[0]:p[1]]
                assert frag == frag.strip(), (doc_id, k, "whitespace edge", frag)
            # "that" as a leading complementizer is excluded; demonstrative "that" is allowed
            assert not ct["text"].startswith("that ") or ct["text"] in DEMONSTRATIVE_THAT, (doc_id, k)
            last = ct["text"][-1]
            assert last != "." or False, (doc_id, k, "content ends with period", ct["text"][-30:])
            key = (c["start"], ct["start"], ct["end"])
            assert key not in seen, (doc_id, k, "duplicate")
            seen.add(key)
            recs.append({"cue": c, "source": s, "content": ct, "source_type": stype})
        recs.sort(key=lambda r: (r["cue"]["start"], r["content"]["start"]))
        out.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": recs})
    return out


def main(argv: list[str] | None = None) -> int:
    return write_or_check(build(), HERE / "blind2.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
