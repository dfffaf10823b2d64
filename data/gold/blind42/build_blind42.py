#!/usr/bin/env python3
"""Build ``blind42.jsonl``: the forty-second batch of blind test articles (session 17).

12 invented public-opinion and voter stories (named and unnamed voters, polls of groups), each
with 14-19 attributions, written and annotated by a helper session that never read claimtrace's
code, tests or data; see NOTES.md.

Usage: ``python data/gold/blind42/build_blind42.py [--check]`` (``--check``: exit 1 if
blind42.jsonl is stale).

The helper's own notes on the format follow.

Blind test set 42: invented 2016-style public-opinion / voter stories with
hand-annotated attributions (PolNeAR-style spans).

Annotation line format (one attribution per line, inside each article's ANN block):

    CUE || SOURCE || CONTENT || TYPE

* SOURCE is "-" when the article gives no source (source: null).
* CONTENT fragments of a discontinuous content are separated by " ## ".
* Any field (or fragment) may be written as a context with the span marked
  by << and >>, e.g.  "<<said>> Kowalski"  -> the span is "said", located at
  the unique occurrence of "said Kowalski" in the text.
* Without markers:
    - a content fragment must occur exactly once in the text (asserted);
    - the cue is the occurrence nearest to the content (outside it);
    - the source is the occurrence nearest to the cue (outside cue and content).
  Every match must sit on word boundaries, and cue, source and content must
  all lie in the same paragraph (asserted).  All offsets are computed here.

Run:  python3 build_blind42.py   -> writes blind42.jsonl next to this file.
       python3 build_blind42.py --show   -> also prints every attribution in context.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
CURLY = "\u201c\u201d\u2018\u2019"

ARTICLES = []


def art(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann))


# ---------------------------------------------------------------- u01 (straight quotes)
art("u01", """
Young voters sour on both parties, new Harvard poll finds

WASHINGTON - Americans under 30 are deeply unhappy with the choices in front of them this fall, and many are not sure they will vote at all, according to a survey released Monday by Harvard University's Institute of Politics.

The poll of 2,150 adults between 18 and 29 found that 51 percent view Hillary Clinton unfavorably and 72 percent view Donald Trump unfavorably. Only 37 percent said they would "definitely" vote in November, down from 47 percent at the same point in 2012.

"Millennials are not apathetic. They are disgusted," said Dana Whitcomb, the institute's polling director. "They see two campaigns that are not talking to them."

Whitcomb said the numbers had shifted sharply since the spring, when Bernie Sanders was still drawing tens of thousands of young people to rallies. Many of those supporters believe the Democratic primary was tilted against the Vermont senator, and they have not forgiven the party for it, she said.

Young voters also told the pollsters they distrust Washington more than their parents do. Sixty-three percent agreed that "elected officials seem to have different priorities than I do," the survey found.

At a coffee shop near the University of Iowa campus, Kyle Brandt, a 22-year-old engineering student from Cedar Rapids, said he had voted for Sanders in the caucuses and now plans to write in his name. "I'm not going to pick the lesser of two evils," he said. "That's how we got here."

A young woman waiting for a bus outside said she would probably vote for Clinton, but without much enthusiasm. "She's fine, I guess," she said, shrugging.

The Clinton campaign says it is not worried. Robby Mook, the campaign manager, told reporters on Friday that young voters would "come home" once they focused on the stakes, and aides said the campaign would send a new wave of campus organizers into Ohio, Pennsylvania and North Carolina.

Trump's campaign has largely ignored the youth vote. Asked about the poll, a spokeswoman, Hope Hicks, said in an email that "Mr. Trump's message of jobs and security resonates with every generation."

Still, the survey suggests the race among young voters is Clinton's to lose. Among likely voters under 30, she leads Trump 49 percent to 21 percent, with Gary Johnson at 14 percent, it showed.
""", """
finds || new Harvard poll || Young voters sour on both parties || document
according to || a survey released Monday by Harvard University's Institute of Politics || Americans under 30 are deeply unhappy with the choices in front of them this fall, and many are not sure they will vote at all || document
found || The poll of 2,150 adults between 18 and 29 || 51 percent view Hillary Clinton unfavorably and 72 percent view Donald Trump unfavorably || document
said || Only 37 percent || they would "definitely" vote in November || anonymous
said || Dana Whitcomb, the institute's polling director || "Millennials are not apathetic. They are disgusted," ## "They see two campaigns that are not talking to them." || named_person
said || Whitcomb || the numbers had shifted sharply since the spring, when Bernie Sanders was still drawing tens of thousands of young people to rallies || named_person
said || she || Many of those supporters believe the Democratic primary was tilted against the Vermont senator, and they have not forgiven the party for it || named_person
told || Young voters || they distrust Washington more than their parents do || anonymous
found || the survey || Sixty-three percent agreed that "elected officials seem to have different priorities than I do," || document
said || Kyle Brandt, a 22-year-old engineering student from Cedar Rapids || he had voted for Sanders in the caucuses and now plans to write in his name || named_person
said || he || "I'm not going to pick the lesser of two evils," ## "That's how we got here." || named_person
said || A young woman waiting for a bus outside || she would probably vote for Clinton, but without much enthusiasm || anonymous
said || she || "She's fine, I guess," || anonymous
says || The Clinton campaign || it is not worried || named_org
told || Robby Mook, the campaign manager || young voters would "come home" once they focused on the stakes || named_person
said || aides || the campaign would send a new wave of campus organizers into Ohio, Pennsylvania and North Carolina || anonymous
said || a spokeswoman, Hope Hicks || "Mr. Trump's message of jobs and security resonates with every generation." || named_person
suggests || the survey || the race among young voters is Clinton's to lose || document
showed || it || Among likely voters under 30, she leads Trump 49 percent to 21 percent, with Gary Johnson at 14 percent || document
""")

# ---------------------------------------------------------------- u02 (straight quotes)
art("u02", """
For many evangelicals, a vote for Trump is a vote against Clinton

DES MOINES - Sitting in the fellowship hall of a Baptist church on the city's east side, Linda Sorensen, a 61-year-old retired schoolteacher, said she had prayed for months about whether she could vote for Donald Trump.

"I don't like the way he talks about women. I don't like the way he talks about anybody," she said. "But I know what Hillary Clinton will do to the Supreme Court."

Sorensen is not alone. White evangelical Christians, who made up more than half of Iowa's Republican caucusgoers in February, are uneasy about the party's nominee, but most of them fear a Clinton presidency more, according to pastors and activists across the state.

A Pew Research Center survey released last week found that 78 percent of white evangelical voters nationally plan to back Trump. But only about a third of them said they would be voting mainly "for" Trump, the survey showed.

Bob Vander Plaats, the head of the Family Leader, a conservative Christian group, campaigned for Ted Cruz before the caucuses and has stayed neutral since. In an interview, he said many pastors he speaks with are "holding their noses."

"They believe the Court is on the line, and they believe religious liberty is on the line," Vander Plaats said. "That is a powerful motivator."

Trump has worked to win them over. He told a gathering of evangelical leaders in New York in June that he would get rid of the Johnson Amendment, which bars churches from endorsing candidates. The Des Moines Register reported last month that several prominent pastors in the state had quietly begun urging their congregations to turn out for him.

Younger evangelicals appear less persuaded. Several students at Grand View University said they were considering a third-party candidate or skipping the presidential race entirely.

"My parents think I'm being naive," said one of them, a 20-year-old nursing student. "But I can't put my name next to his." Her name is being withheld because her family does not know how she plans to vote.

Clinton's campaign has made only modest efforts to reach religious voters, and Democratic strategists concede that the party has little chance with white evangelicals. A Clinton spokesman, Brian Fallon, said the campaign would "compete for every vote, including in the pews."

For Sorensen, the decision came down to one issue. She said she would vote for Trump, "and then I'll pray for him every single day."
""", """
said || Linda Sorensen, a 61-year-old retired schoolteacher || she had prayed for months about whether she could vote for Donald Trump || named_person
said || she || "I don't like the way he talks about women. I don't like the way he talks about anybody," ## "But I know what Hillary Clinton will do to the Supreme Court." || named_person
according to || pastors and activists across the state || White evangelical Christians, who made up more than half of Iowa's Republican caucusgoers in February, are uneasy about the party's nominee, but most of them fear a Clinton presidency more || anonymous
found || A Pew Research Center survey released last week || 78 percent of white evangelical voters nationally plan to back Trump || document
showed || the survey || only about a third of them said they would be voting mainly "for" Trump || document
said || he || many pastors he speaks with are "holding their noses." || named_person
said || Vander Plaats || "They believe the Court is on the line, and they believe religious liberty is on the line," ## "That is a powerful motivator." || named_person
told || He || he would get rid of the Johnson Amendment, which bars churches from endorsing candidates || named_person
reported || The Des Moines Register || several prominent pastors in the state had quietly begun urging their congregations to turn out for him || media
said || Several students at Grand View University || they were considering a third-party candidate or skipping the presidential race entirely || anonymous
said || one of them, a 20-year-old nursing student || "My parents think I'm being naive," ## "But I can't put my name next to his." || anonymous
concede || Democratic strategists || the party has little chance with white evangelicals || anonymous
said || A Clinton spokesman, Brian Fallon || the campaign would "compete for every vote, including in the pews." || named_person
said || She || she would vote for Trump, "and then I'll pray for him every single day." || named_person
""")

# ---------------------------------------------------------------- u03 (straight quotes)
art("u03", """
In Arizona, Latino voters register in record numbers

PHOENIX - Maria Lopez, a 34-year-old nurse from Phoenix, had never voted before this year. She said Donald Trump changed that.

"When he called Mexicans rapists, he was talking about my father," Lopez said on Saturday, as she knocked on doors in the Maryvale neighborhood with a volunteer group. "I'm not going to sit at home."

Latino voters in Arizona are registering in record numbers, according to Mi Familia Vota, a group that has signed up more than 75,000 new voters in the state since 2015. Organizers say the surge is driven by anger at Trump and at Joe Arpaio, the Maricopa County sheriff, who is seeking a seventh term.

A poll of Latino voters in the state, conducted for Univision by a bipartisan team, found that 69 percent support Hillary Clinton and 19 percent support Trump. Nearly eight in 10 said they believe Trump's comments about immigrants have made them more motivated to vote.

Still, many Latino voters say they are not sold on Clinton either. Some point out that President Obama, whom she served, deported more than two million people, and they worry she will not spend political capital on immigration reform.

"She has to earn it," said a roofer waiting in line at the county recorder's office to update his registration. He said he would vote for Clinton "because the other option is impossible."

The Clinton campaign has opened nine offices in Arizona and is spending $2 million on television ads here, in a state that has voted for a Democrat for president only once since 1952. Clinton's state director, Rafael Ortega, said the campaign believes Latino turnout could top 20 percent of the electorate.

Republicans have their own plans. Senator John McCain, who is seeking a sixth term, has kept his distance from Trump's immigration rhetoric, and his aides believe he can win a third of the Latino vote. Trump's campaign said in a statement that Trump "will be the best president for Hispanic Americans because he will bring back jobs."

Back in Maryvale, Lopez had finished her route by noon. She said she planned to drive her grandmother to vote early in October. "She has been here 40 years," Lopez said. "This time she is going to be counted."
""", """
said || She || Donald Trump changed that || named_person
said || Lopez || "When he called Mexicans rapists, he was talking about my father," ## "I'm not going to sit at home." || named_person
according to || Mi Familia Vota, a group that has signed up more than 75,000 new voters in the state since 2015 || Latino voters in Arizona are registering in record numbers || named_org
say || Organizers || the surge is driven by anger at Trump and at Joe Arpaio, the Maricopa County sheriff, who is seeking a seventh term || anonymous
found || A poll of Latino voters in the state, conducted for Univision by a bipartisan team || 69 percent support Hillary Clinton and 19 percent support Trump || document
said || Nearly eight in 10 || they believe Trump's comments about immigrants have made them more motivated to vote || anonymous
say || many Latino voters || they are not sold on Clinton either || anonymous
point out || Some || President Obama, whom she served, deported more than two million people || anonymous
worry || they || she will not spend political capital on immigration reform || anonymous
said || a roofer waiting in line at the county recorder's office to update his registration || "She has to earn it," || anonymous
said || He || he would vote for Clinton "because the other option is impossible." || anonymous
said || Clinton's state director, Rafael Ortega || the campaign believes Latino turnout could top 20 percent of the electorate || named_person
believe || his aides || he can win a third of the Latino vote || anonymous
said || Trump's campaign || Trump "will be the best president for Hispanic Americans because he will bring back jobs." || named_org
said || She || she planned to drive her grandmother to vote early in October || named_person
said || Lopez || "She has been here 40 years," ## "This time she is going to be counted." || named_person
""")

# ---------------------------------------------------------------- u04 (straight quotes)
art("u04", """
In Ohio's union halls, Trump's trade message finds an audience

YOUNGSTOWN, Ohio - The national AFL-CIO has spent millions of dollars on Hillary Clinton's behalf, and its president, Richard Trumka, has repeatedly said that Donald Trump is "a fraud" on trade. But in the union halls of the Mahoning Valley, the message from the top is not always getting through.

"I've been a Democrat my whole life, and I'm voting for Trump," said Dave Kowalski, 58, a retired steelworker who spent 31 years at a mill that closed in 2002. "He's the only one talking about what happened to this town."

Kowalski said most of the men he bowls with on Thursday nights feel the same way. He is not alone. An NBC News/Wall Street Journal poll last month found Clinton leading Trump by only 5 points among voters in union households. In 2012, Obama won union households by 18 points, according to exit polls.

The Vindicator, the local newspaper, reported this month that more than 6,000 Democrats in Mahoning County switched parties to vote in the Republican primary in March.

Local union officials say they know they have a problem. "Our members are angry, and they have a right to be," said Tom Reilly, the president of a United Steelworkers local in nearby Warren.

Reilly said the union had sent thousands of mailers comparing Trump's record of buying Chinese steel for his buildings with his rhetoric on trade. But he acknowledged that many members "tune it out the minute they see it came from the union."

Trump has made the region a priority. At a rally in Youngstown this summer, he told the crowd that "the Clintons" had "shipped your jobs to Mexico and China."

Clinton's campaign counters that her plan to invest in infrastructure and manufacturing would do more for workers than any tariff. Her running mate, Tim Kaine, visited a pipefitters' hall in Toledo on Tuesday and said Trump "has stiffed the workers who built his hotels."

Not every union member here is drifting. At the same bowling alley, a younger man in a Steelworkers jacket said he would vote for Clinton because of her support for the Affordable Care Act. "My wife has a pre-existing condition," he said. "Trump doesn't know what that means."

Kowalski was unmoved. "They've been telling us for 30 years to trust them," he said.
""", """
has repeatedly said || its president, Richard Trumka || Donald Trump is "a fraud" on trade || named_person
said || Dave Kowalski, 58, a retired steelworker who spent 31 years at a mill that closed in 2002 || "I've been a Democrat my whole life, and I'm voting for Trump," ## "He's the only one talking about what happened to this town." || named_person
said || Kowalski || most of the men he bowls with on Thursday nights feel the same way || named_person
found || An NBC News/Wall Street Journal poll last month || Clinton leading Trump by only 5 points among voters in union households || document
according to || exit polls || In 2012, Obama won union households by 18 points || document
reported || The Vindicator, the local newspaper || more than 6,000 Democrats in Mahoning County switched parties to vote in the Republican primary in March || media
say || Local union officials || they know they have a problem || anonymous
said || Tom Reilly, the president of a United Steelworkers local in nearby Warren || "Our members are angry, and they have a right to be," || named_person
said || Reilly || the union had sent thousands of mailers comparing Trump's record of buying Chinese steel for his buildings with his rhetoric on trade || named_person
acknowledged || he || many members "tune it out the minute they see it came from the union." || named_person
told || he || "the Clintons" had "shipped your jobs to Mexico and China." || named_person
counters || Clinton's campaign || her plan to invest in infrastructure and manufacturing would do more for workers than any tariff || named_org
said || Her running mate, Tim Kaine || Trump "has stiffed the workers who built his hotels." || named_person
said || a younger man in a Steelworkers jacket || he would vote for Clinton because of her support for the Affordable Care Act || anonymous
said || he || "My wife has a pre-existing condition," ## "Trump doesn't know what that means." || anonymous
said || he || "They've been telling us for 30 years to trust them," || named_person
""")

# ---------------------------------------------------------------- u05 (straight quotes)
art("u05", """
In Philadelphia's suburbs, Republican women are up for grabs

WEST CHESTER, Pa. - On a cul-de-sac outside Philadelphia, Karen Mitchell, a 45-year-old accountant and mother of three, said she has voted Republican in every presidential election since 1992. This year, she said, she is not sure she can.

"I keep waiting for him to act like a grown-up," Mitchell said of Donald Trump.

Hillary Clinton's campaign believes that women like Mitchell - college-educated, suburban and traditionally Republican - can put Pennsylvania out of Trump's reach. A Delaware Valley Research poll released Thursday showed Clinton leading Trump by 24 points among women in the four suburban counties around Philadelphia. Among suburban men, the race was roughly tied, the poll found.

Many of these women say they are put off by Trump's comments about women and his attacks on a Gold Star family, according to Ann Kessler, the poll's director. "The temperament question is killing him here," Kessler said.

Trump's allies argue that the polls are missing quiet support. Kellyanne Conway, Trump's campaign manager, said on Fox News on Sunday that many women back Trump but are reluctant to say so to pollsters. "They're not going to tell a stranger on the phone," she said.

Sitting outside a Starbucks in Media, a retired flight attendant said she would vote for Trump because she worries about terrorism. She declined to give her name. "I don't love him. But I trust him more than her on keeping us safe," she said.

Mitchell's neighbor, Denise Park, 39, said she had already decided on Clinton and was trying to persuade her husband.

Clinton's campaign manager, Robby Mook, told reporters last week that the campaign had more than 30 offices in the Philadelphia suburbs alone. It was reported in July that Trump had only a handful of paid staff in the state.

For Mitchell, the decision may come down to the debates. "I want to hear him say one thing that makes me feel safe voting for him," she said.
""", """
said || Karen Mitchell, a 45-year-old accountant and mother of three || she has voted Republican in every presidential election since 1992 || named_person
said || she || This year ## she is not sure she can || named_person
said || Mitchell || "I keep waiting for him to act like a grown-up," || named_person
believes || Hillary Clinton's campaign || women like Mitchell - college-educated, suburban and traditionally Republican - can put Pennsylvania out of Trump's reach || named_org
showed || A Delaware Valley Research poll released Thursday || Clinton leading Trump by 24 points among women in the four suburban counties around Philadelphia || document
found || the poll || Among suburban men, the race was roughly tied || document
according to || Ann Kessler, the poll's director || Many of these women say they are put off by Trump's comments about women and his attacks on a Gold Star family || named_person
said || Kessler || "The temperament question is killing him here," || named_person
argue || Trump's allies || the polls are missing quiet support || anonymous
said || Kellyanne Conway, Trump's campaign manager || many women back Trump but are reluctant to say so to pollsters || named_person
said || she || "They're not going to tell a stranger on the phone," || named_person
said || a retired flight attendant || she would vote for Trump because she worries about terrorism || anonymous
said || she || "I don't love him. But I trust him more than her on keeping us safe," || anonymous
said || Mitchell's neighbor, Denise Park, 39 || she had already decided on Clinton and was trying to persuade her husband || named_person
told || Clinton's campaign manager, Robby Mook || the campaign had more than 30 offices in the Philadelphia suburbs alone || named_person
was reported || - || Trump had only a handful of paid staff in the state || unknown
said || she || "I want to hear him say one thing that makes me feel safe voting for him," || named_person
""")

# ---------------------------------------------------------------- u06 (straight quotes)
art("u06", """
Veterans say they trust neither candidate

FAYETTEVILLE, N.C. - Outside the American Legion post on Bragg Boulevard, the talk on Wednesday was about Donald Trump's remarks on prisoners of war and Hillary Clinton's handling of classified e-mail, and most of the men gathered there said they did not like what they heard from either side.

"One insulted John McCain. The other one can't keep a secret," said Ray Dawson, 71, who served two tours in Vietnam with the Army. "That's what we're choosing from."

The post's commander said attendance at meetings had doubled since the conventions. He spoke on condition of anonymity because the Legion does not take sides in elections.

Veterans have voted Republican by wide margins in recent elections, and a survey of military voters by the Military Times released this week found Trump leading Clinton 46 percent to 27 percent among veterans. Libertarian Gary Johnson, a former New Mexico governor, drew 17 percent.

But the same survey showed deep unease. More than half of the veterans questioned said they believe Trump lacks the temperament to be commander in chief, and nearly two-thirds said Clinton should have been prosecuted over her e-mail server.

The F.B.I. director, James Comey, said in July that Clinton had been "extremely careless" with classified information but that no reasonable prosecutor would bring a case.

Trump has made an overhaul of the Department of Veterans Affairs a centerpiece of his pitch. At a forum in New York this month, he said veterans were being treated worse than "illegal immigrants." The line drew loud applause. Clinton's campaign says she would protect the V.A. from privatization.

Younger veterans, who served in Iraq and Afghanistan, are more divided. Jessica Alvarez, 33, a former Army medic who now studies at Fayetteville State University, said she was leaning toward Clinton, largely because of Trump's criticism of Capt. Humayun Khan's parents.

"You don't attack a Gold Star family. Period," she said.

A Marine veteran standing next to her disagreed. He said Clinton "lied to the families" of the four Americans killed in Benghazi, Libya, in 2012, and that he would never forgive her for it.

Dawson, the Vietnam veteran, said he would probably vote for Trump anyway. "At least he says he'll fix the V.A.," he said.
""", """
say || Veterans || they trust neither candidate || anonymous
said || most of the men gathered there || they did not like what they heard from either side || anonymous
said || Ray Dawson, 71, who served two tours in Vietnam with the Army || "One insulted John McCain. The other one can't keep a secret," ## "That's what we're choosing from." || named_person
said || The post's commander || attendance at meetings had doubled since the conventions || anonymous
found || a survey of military voters by the Military Times released this week || Trump leading Clinton 46 percent to 27 percent among veterans || document
showed || the same survey || deep unease || document
said || More than half of the veterans questioned || they believe Trump lacks the temperament to be commander in chief || anonymous
said || nearly two-thirds || Clinton should have been prosecuted over her e-mail server || anonymous
said || The F.B.I. director, James Comey || Clinton had been "extremely careless" with classified information but that no reasonable prosecutor would bring a case || named_person
said || he || veterans were being treated worse than "illegal immigrants." || named_person
says || Clinton's campaign || she would protect the V.A. from privatization || named_org
said || Jessica Alvarez, 33, a former Army medic who now studies at Fayetteville State University || she was leaning toward Clinton, largely because of Trump's criticism of Capt. Humayun Khan's parents || named_person
said || she || "You don't attack a Gold Star family. Period," || named_person
said || He || Clinton "lied to the families" of the four Americans killed in Benghazi, Libya, in 2012, and that he would never forgive her for it || anonymous
said || Dawson, the Vietnam veteran || he would probably vote for Trump anyway || named_person
said || he || "At least he says he'll fix the V.A.," || named_person
""")

# ---------------------------------------------------------------- u07 (curly quotes)
art("u07", """
For young Sanders backers, a hard choice in Wisconsin

MADISON, Wis. — Three months after Bernie Sanders ended his campaign, many of the young people who powered it here say they still have not made peace with Hillary Clinton.

“I feel like I’m being asked to forget everything he stood for,” said Olivia Grant, a 20-year-old sophomore at the University of Wisconsin who volunteered for Sanders in the April primary.

Grant said she was considering voting for Jill Stein, the Green Party candidate, even though she knows Stein cannot win. Her roommate said she would vote for Clinton “with zero excitement.” The roommate is not named here because she works for a state agency that bars political activity.

Polls show the problem is not limited to Madison. A Marquette Law School poll released Wednesday found Clinton winning 41 percent of Wisconsin voters under 35, with Trump at 28 percent and Gary Johnson and Stein together drawing nearly a quarter.

Analysts say those numbers could matter in a state Clinton is counting on. “If young people stay home or vote third party, Wisconsin gets a lot closer,” said Paul Heston, the poll’s director.

Sanders himself has campaigned for Clinton in the state twice this month. At a rally at the university on Monday, he told about 4,000 students that a vote for a third-party candidate was “a vote for Donald Trump.” “This is not a game,” Sanders said.

The Clinton campaign is also sending surrogates with credibility among the young, including Senator Elizabeth Warren. Privately, aides say they are worried about turnout on campuses, which gave Barack Obama a big edge in 2008 and 2012.

Trump’s campaign has made little effort on campuses. But at a Trump rally in Green Bay last week, Tyler Novak, 24, said he liked that Trump “doesn’t talk like a politician.”

Another young man in a “Make America Great Again” hat said he had never voted before. “I’m doing it for him,” he said.

Grant, for her part, said she would wait until the last week to decide. “Maybe she’ll give me a reason,” she said.
""", """
say || many of the young people who powered it here || they still have not made peace with Hillary Clinton || anonymous
said || Olivia Grant, a 20-year-old sophomore at the University of Wisconsin who volunteered for Sanders in the April primary || “I feel like I’m being asked to forget everything he stood for,” || named_person
said || Grant || she was considering voting for Jill Stein, the Green Party candidate, even though she knows Stein cannot win || named_person
said || Her roommate || she would vote for Clinton “with zero excitement.” || anonymous
show || Polls || the problem is not limited to Madison || document
found || A Marquette Law School poll released Wednesday || Clinton winning 41 percent of Wisconsin voters under 35, with Trump at 28 percent and Gary Johnson and Stein together drawing nearly a quarter || document
say || Analysts || those numbers could matter in a state Clinton is counting on || anonymous
said || Paul Heston, the poll’s director || “If young people stay home or vote third party, Wisconsin gets a lot closer,” || named_person
told || he || a vote for a third-party candidate was “a vote for Donald Trump.” || named_person
said || Sanders || “This is not a game,” || named_person
say || aides || they are worried about turnout on campuses, which gave Barack Obama a big edge in 2008 and 2012 || anonymous
said || Tyler Novak, 24 || he liked that Trump “doesn’t talk like a politician.” || named_person
said || Another young man in a “Make America Great Again” hat || he had never voted before || anonymous
said || he || “I’m doing it for him,” || anonymous
said || <<Grant>>, for her part || she would wait until the last week to decide || named_person
said || she || “Maybe she’ll give me a reason,” || named_person
""")

# ---------------------------------------------------------------- u08 (curly quotes)
art("u08", """
Pence brings evangelicals back to Trump’s side, at least for now

INDIANAPOLIS — When Donald Trump chose Gov. Mike Pence of Indiana as his running mate, leaders of the religious right let out a collective sigh of relief. Ralph Reed, the chairman of the Faith and Freedom Coalition, said Pence was “a principled conservative who will help unite the party.”

“Mike Pence is one of us,” said the Rev. Darren Hale, the pastor of a nondenominational church in suburban Fishers. “People in my church trust him, even if they don’t trust Trump,” Hale added.

But a survey of evangelical voters by the Barna Group, released Tuesday, suggests the choice of Pence has done little to change minds. Only 8 percent of evangelicals said the vice-presidential pick made them more likely to support Trump, the survey found. Sixty-one percent said it made no difference.

Evangelical women in particular remain uneasy about Trump, according to the survey’s authors.

At a Bible study in a Carmel living room on Wednesday night, six women gathered over coffee and lemon bars. Four said they would vote for Trump. Two said they would not vote for president at all.

“I’ll vote for Mike Pence, and Mike Pence happens to be on a ticket with Donald Trump,” said Susan Keller, 56, a real estate agent.

Another woman, who has homeschooled her five children, said she was troubled by Trump’s language. “I can’t explain him to my kids,” she said.

Trump has courted the evangelical vote aggressively. He said in a speech to the Values Voter Summit last month that “the Christian faith is under siege” and pledged to appoint “pro-life judges.”

Clinton’s campaign has not made evangelicals a priority, and its communications director, Jennifer Palmieri, said the campaign was focused on “persuadable voters wherever they are.” The Christian Post reported last week that more than 100 evangelical scholars had signed a letter calling Trump “unfit” for office.

Keller said she understands the objections. “But the Supreme Court is forever,” she said.
""", """
said || Ralph Reed, the chairman of the Faith and Freedom Coalition || Pence was “a principled conservative who will help unite the party.” || named_person
said || the Rev. Darren Hale, the pastor of a nondenominational church in suburban Fishers || “Mike Pence is one of us,” || named_person
added || Hale || “People in my church trust him, even if they don’t trust Trump,” || named_person
suggests || a survey of evangelical voters by the Barna Group, released Tuesday || the choice of Pence has done little to change minds || document
found || the survey || Only 8 percent of evangelicals said the vice-presidential pick made them more likely to support Trump || document
said || Sixty-one percent || it made no difference || anonymous
according to || the survey’s authors || Evangelical women in particular remain uneasy about Trump || anonymous
said || Four || they would vote for Trump || anonymous
said || Two || they would not vote for president at all || anonymous
said || Susan Keller, 56, a real estate agent || “I’ll vote for Mike Pence, and Mike Pence happens to be on a ticket with Donald Trump,” || named_person
said || Another woman, who has homeschooled her five children || she was troubled by Trump’s language || anonymous
said || she || “I can’t explain him to my kids,” || anonymous
said || He || “the Christian faith is under siege” || named_person
pledged || <<He>> said in a speech || to appoint “pro-life judges.” || named_person
said || its communications director, Jennifer Palmieri || the campaign was focused on “persuadable voters wherever they are.” || named_person
reported || The Christian Post || more than 100 evangelical scholars had signed a letter calling Trump “unfit” for office || media
said || Keller || she understands the objections || named_person
said || she || “But the Supreme Court is forever,” || named_person
""")

# ---------------------------------------------------------------- u09 (curly quotes)
art("u09", """
Cuban-American voters drift from GOP in Florida, poll shows

MIAMI — For decades, Cuban-American voters in South Florida have been a reliable Republican bloc. This year, a growing number of them say they are open to voting for a Democrat.

A Florida International University poll released Tuesday found that 41 percent of Cuban-Americans in Miami-Dade County plan to vote for Hillary Clinton. Among those under 40, the poll found, Clinton leads Donald Trump by 15 points.

“The younger generation didn’t live through the revolution,” said Eduardo Ruiz, a sociologist at the university who has studied the community for 20 years. “For them, Cuba is not the first issue.”

Ruiz said Trump’s comments about Mexican immigrants had also alienated many Cuban-Americans, who see themselves as part of a broader Hispanic community. Republicans insist that older exile voters will stay loyal.

Senator Marco Rubio, who is running for re-election against Representative Patrick Murphy, has been careful to keep his distance from Trump. At a campaign stop in Hialeah on Saturday, Rubio told reporters that he disagreed with Trump “on many things” but would still vote for him.

At a cafeteria on Calle Ocho, the split was plain. Roberto Diaz, 74, a veteran of the Bay of Pigs invasion, said he would vote for Trump because “Hillary will make deals with the Castros.”

His grandson, Daniel Diaz, a 26-year-old paralegal, said he had already voted for Clinton by mail. “My grandfather thinks I’m a communist now,” he said, laughing.

A woman at the next table said she was still undecided. “Neither one of them talks to us,” she said.

Non-Cuban Hispanics in Florida, including a fast-growing Puerto Rican population around Orlando, favor Clinton by much wider margins, according to a separate Latino Decisions survey. The Clinton campaign said it had hired more than 100 Spanish-speaking organizers in the state.

A spokeswoman for the Trump campaign in Florida said Trump “has always stood with the Cuban-American community.” The Miami Herald reported on Sunday that early-vote turnout among Hispanic voters in Miami-Dade was running well ahead of 2012.
""", """
shows || poll || Cuban-American voters drift from GOP in Florida || document
say || a growing number of them || they are open to voting for a Democrat || anonymous
found || A Florida International University poll released Tuesday || 41 percent of Cuban-Americans in Miami-Dade County plan to vote for Hillary Clinton || document
found || the poll || Among those under 40 ## Clinton leads Donald Trump by 15 points || document
said || Eduardo Ruiz, a sociologist at the university who has studied the community for 20 years || “The younger generation didn’t live through the revolution,” ## “For them, Cuba is not the first issue.” || named_person
said || Ruiz || Trump’s comments about Mexican immigrants had also alienated many Cuban-Americans, who see themselves as part of a broader Hispanic community || named_person
insist || Republicans || older exile voters will stay loyal || named_org
told || Rubio || he disagreed with Trump “on many things” but would still vote for him || named_person
said || Roberto Diaz, 74, a veteran of the Bay of Pigs invasion || he would vote for Trump because “Hillary will make deals with the Castros.” || named_person
said || His grandson, Daniel Diaz, a 26-year-old paralegal || he had already voted for Clinton by mail || named_person
said || he || “My grandfather thinks I’m a communist now,” || named_person
said || A woman at the next table || she was still undecided || anonymous
said || she || “Neither one of them talks to us,” || anonymous
according to || a separate Latino Decisions survey || Non-Cuban Hispanics in Florida, including a fast-growing Puerto Rican population around Orlando, favor Clinton by much wider margins || document
said || The Clinton campaign || it had hired more than 100 Spanish-speaking organizers in the state || named_org
said || A spokeswoman for the Trump campaign in Florida || Trump “has always stood with the Cuban-American community.” || anonymous
reported || The Miami Herald || early-vote turnout among Hispanic voters in Miami-Dade was running well ahead of 2012 || media
""")

# ---------------------------------------------------------------- u10 (curly quotes)
art("u10", """
In Michigan, autoworkers weigh trade against everything else

DETROIT — The United Auto Workers is spending heavily to keep its members in the Democratic column this fall, and union officials say the effort is working. But Donald Trump’s message on trade has found an audience on the factory floor.

“NAFTA killed this state,” said Gary Olszewski, 55, who builds transmissions at a plant in Sterling Heights. “Her husband signed it, and she never apologized.”

Olszewski, a union member for 30 years, said he had voted for Barack Obama twice. A survey of UAW members commissioned by the union and obtained by The Detroit News found that about 28 percent support Trump. Union leaders believe the number will fall as members focus on Trump’s record.

Dennis Williams, the UAW president, said Trump had “made millions off the backs of working people” and was not to be trusted.

Hillary Clinton has moved to shore up her standing on trade. In a speech in Warren on Thursday, she said she would oppose the Trans-Pacific Partnership “before the election and after the election.” An analysis by Moody’s Analytics concluded that Trump’s economic plans would cost Michigan tens of thousands of jobs.

Some union members say they have other priorities. At a union hall in Flint, a woman who has worked on the line at General Motors for 19 years said she was voting for Clinton because of her positions on equal pay and child care. “Trump talks about jobs, but he doesn’t talk about the people doing them,” she said.

Trump, speaking at a rally in Novi on Friday, said Clinton had “betrayed the autoworkers of Michigan” and promised that companies that move jobs to Mexico would face a 35 percent tariff.

A Detroit Free Press poll conducted last week showed Clinton ahead by 7 points statewide. Among voters in union households, she led by 12, the poll found.

Olszewski said he has made up his mind. “I’m not voting for a party,” he said. “I’m voting for my job.”
""", """
say || union officials || the effort is working || anonymous
said || Gary Olszewski, 55, who builds transmissions at a plant in Sterling Heights || “NAFTA killed this state,” ## “Her husband signed it, and she never apologized.” || named_person
said || Olszewski, a union member for 30 years || he had voted for Barack Obama twice || named_person
found || A survey of UAW members commissioned by the union and obtained by The Detroit News || about 28 percent support Trump || document
believe || Union leaders || the number will fall as members focus on Trump’s record || anonymous
said || Dennis Williams, the UAW president || Trump had “made millions off the backs of working people” and was not to be trusted || named_person
said || she || she would oppose the Trans-Pacific Partnership “before the election and after the election.” || named_person
concluded || An analysis by Moody’s Analytics || Trump’s economic plans would cost Michigan tens of thousands of jobs || document
say || Some union members || they have other priorities || anonymous
said || a woman who has worked on the line at General Motors for 19 years || she was voting for Clinton because of her positions on equal pay and child care || anonymous
said || she || “Trump talks about jobs, but he doesn’t talk about the people doing them,” || anonymous
said || <<Trump>>, speaking at a rally in Novi || Clinton had “betrayed the autoworkers of Michigan” || named_person
promised || <<Trump>>, speaking at a rally in Novi || companies that move jobs to Mexico would face a 35 percent tariff || named_person
showed || A Detroit Free Press poll conducted last week || Clinton ahead by 7 points statewide || document
found || the poll || Among voters in union households, she led by 12 || document
said || Olszewski || he has made up his mind || named_person
said || he || “I’m not voting for a party,” ## “I’m voting for my job.” || named_person
""")

# ---------------------------------------------------------------- u11 (curly quotes)
art("u11", """
After tape, suburban women in Virginia say they have heard enough

LOUDOUN COUNTY, Va. — The release of a 2005 recording of Donald Trump’s lewd remarks about women has hardened opposition to him among suburban women here, according to a new poll.

A Washington Post-Schar School poll of Virginia found Hillary Clinton leading Trump by 29 points among women in the Northern Virginia suburbs. In September, her lead among those women was 19 points.

“I was a maybe. Now I’m a no,” said Rebecca Thornton, 42, a pharmaceutical sales manager and registered Republican, as she watched her daughter’s soccer game in Ashburn on Saturday.

Thornton said she would probably vote for Clinton, though she was also considering leaving the top of the ticket blank. “I have two daughters,” she said. “I’m not going to explain that tape to them by voting for the man on it.”

Several other mothers on the sideline said they felt the same way. One of them, a nurse, said she had voted for Mitt Romney in 2012 but would vote for Clinton this time.

Trump apologized in a video statement, saying his words “don’t reflect who I am.” Trump’s running mate, Mike Pence, said on CNN that the remarks were “indefensible” but that voters would judge Trump on his policies.

Republican strategists in the state fear the damage will spread down the ballot, particularly to Representative Barbara Comstock, whose district includes Loudoun. Comstock said on Saturday that Trump should drop out of the race.

Not every woman here has given up on Trump. A retired teacher at a Leesburg coffee shop said she thought the tape was “disgusting” but that she still could not vote for Clinton. “It’s the emails,” she said. “I just don’t trust her.”

Clinton’s campaign has stepped up its advertising in the Washington suburbs. Aides said the new ads would feature Republican women explaining why they plan to vote for her. Politico reported on Sunday that the Republican National Committee had quietly shifted money from Trump’s campaign to Senate races.
""", """
say || suburban women in Virginia || they have heard enough || anonymous
according to || a new poll || The release of a 2005 recording of Donald Trump’s lewd remarks about women has hardened opposition to him among suburban women here || document
found || A Washington Post-Schar School poll of Virginia || Hillary Clinton leading Trump by 29 points among women in the Northern Virginia suburbs || document
said || Rebecca Thornton, 42, a pharmaceutical sales manager and registered Republican || “I was a maybe. Now I’m a no,” || named_person
said || Thornton || she would probably vote for Clinton, though she was also considering leaving the top of the ticket blank || named_person
said || she || “I have two daughters,” ## “I’m not going to explain that tape to them by voting for the man on it.” || named_person
said || Several other mothers on the sideline || they felt the same way || anonymous
said || One of them, a nurse || she had voted for Mitt Romney in 2012 but would vote for Clinton this time || anonymous
saying || <<Trump>> apologized || his words “don’t reflect who I am.” || named_person
said || Trump’s running mate, Mike Pence || the remarks were “indefensible” but that voters would judge Trump on his policies || named_person
fear || Republican strategists in the state || the damage will spread down the ballot, particularly to Representative Barbara Comstock, whose district includes Loudoun || anonymous
said || Comstock || Trump should drop out of the race || named_person
said || A retired teacher at a Leesburg coffee shop || she thought the tape was “disgusting” but that she still could not vote for Clinton || anonymous
said || she || “It’s the emails,” ## “I just don’t trust her.” || anonymous
said || Aides || the new ads would feature Republican women explaining why they plan to vote for her || anonymous
reported || Politico || the Republican National Committee had quietly shifted money from Trump’s campaign to Senate races || media
""")

# ---------------------------------------------------------------- u12 (curly quotes)
art("u12", """
Poll: Veterans favor Trump, but military families are divided

COLORADO SPRINGS — Veterans continue to favor Donald Trump over Hillary Clinton by a wide margin, but the spouses and adult children of service members are far less enthusiastic about the Republican nominee, a new survey shows.

The survey, conducted for the nonpartisan group Vets Vote Now, found that veterans back Trump 52 percent to 33 percent. Among military spouses, Clinton and Trump were essentially tied.

“There’s a generation gap and a gender gap inside military families,” said Laura Benning, the group’s executive director. Benning said spouses were more likely to cite health care and schools as their top concerns, while veterans cited national security.

Trump has made support for the military central to his campaign, and he said at a rally here on Tuesday that the armed forces had been “depleted” under President Obama. His clash this summer with Khizr and Ghazala Khan, the parents of an Army captain killed in Iraq in 2004, still rankles many military families.

“My son is deployed right now. I don’t want a commander in chief who picks fights with Gold Star parents,” said Angela Moreno, 47, whose husband is a retired Air Force master sergeant.

Her husband, Mark, said he would vote for Trump anyway. “He’s rough around the edges, but he’ll rebuild the military,” Mark Moreno said.

At a diner outside Fort Carson’s main gate, two soldiers in uniform said they could not discuss politics publicly under Army rules. A retired Army colonel sitting nearby was less restrained. “Neither of these people should be anywhere near the nuclear codes,” the retired colonel said. He said he would vote for Gary Johnson, the Libertarian candidate.

Clinton has sought to capitalize. Her campaign said Wednesday that more than 120 retired generals and admirals had endorsed her. Clinton’s running mate, Tim Kaine, whose son is a Marine, told an audience in Colorado Springs last month that Trump “doesn’t understand sacrifice.”

Military Times reported this month that its own survey of active-duty troops showed Johnson running a strong second to Trump.
""", """
: || Poll || Veterans favor Trump, but military families are divided || document
shows || a new survey || Veterans continue to favor Donald Trump over Hillary Clinton by a wide margin, but the spouses and adult children of service members are far less enthusiastic about the Republican nominee || document
found || The survey, conducted for the nonpartisan group Vets Vote Now || veterans back Trump 52 percent to 33 percent || document
said || Laura Benning, the group’s executive director || “There’s a generation gap and a gender gap inside military families,” || named_person
said || Benning || spouses were more likely to cite health care and schools as their top concerns, while veterans cited national security || named_person
said || he || the armed forces had been “depleted” under President Obama || named_person
said || Angela Moreno, 47, whose husband is a retired Air Force master sergeant || “My son is deployed right now. I don’t want a commander in chief who picks fights with Gold Star parents,” || named_person
said || Her husband, Mark || he would vote for Trump anyway || named_person
said || Mark Moreno || “He’s rough around the edges, but he’ll rebuild the military,” || named_person
said || two soldiers in uniform || they could not discuss politics publicly under Army rules || anonymous
said || the retired colonel || “Neither of these people should be anywhere near the nuclear codes,” || anonymous
said || He || he would vote for Gary Johnson, the Libertarian candidate || anonymous
said || Her campaign || more than 120 retired generals and admirals had endorsed her || named_org
told || Clinton’s running mate, Tim Kaine, whose son is a Marine || Trump “doesn’t understand sacrifice.” || named_person
reported || Military Times || its own survey of active-duty troops showed Johnson running a strong second to Trump || media
""")


# ====================================================================== machinery

def _isword(ch):
    return ch.isalnum()


def _boundary_ok(text, s, e):
    if s > 0 and _isword(text[s]) and _isword(text[s - 1]):
        return False
    return not (e < len(text) and _isword(text[e - 1]) and _isword(text[e]))


def _occurrences(text, needle):
    out, i = [], text.find(needle)
    while i != -1:
        if _boundary_ok(text, i, i + len(needle)):
            out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def _marked(text, field):
    """Field with <<span>> inside a unique context -> (start, end)."""
    ctx = field.replace("<<", "").replace(">>", "")
    pre = field.index("<<")
    span = field[pre + 2:field.index(">>")]
    occ = [o for o in _occurrences(text, ctx)]
    assert len(occ) == 1, f"context {ctx!r} occurs {len(occ)} times"
    s = occ[0][0] + pre
    assert text[s:s + len(span)] == span
    return s, s + len(span)


def _gap(a, b):
    """Distance between two spans (0 if they touch/overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _nearest(text, needle, anchor, avoid, what):
    cands = [o for o in _occurrences(text, needle) if not any(_overlaps(o, v) for v in avoid)]
    assert cands, f"{what} {needle!r} not found"
    cands.sort(key=lambda o: _gap(o, anchor))
    if len(cands) > 1:
        assert _gap(cands[0], anchor) < _gap(cands[1], anchor), \
            f"{what} {needle!r}: tie between occurrences, give a context"
    return cands[0]


def _para_index(text, pos):
    return text.count("\n\n", 0, pos)


def _span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def parse_ann(doc_id, text, ann):
    atts = []
    for ln, line in enumerate(x for x in ann.strip("\n").split("\n") if x.strip()):
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, f"{doc_id} line {ln}: {line!r}"
        cue_f, src_f, con_f, typ = parts
        assert typ in TYPES, (doc_id, typ)
        # content fragments
        frags = []
        for fr in con_f.split(" ## "):
            if "<<" in fr:
                frags.append(_marked(text, fr))
            else:
                occ = _occurrences(text, fr)
                assert len(occ) == 1, f"{doc_id}: content fragment {fr!r} occurs {len(occ)} times"
                frags.append(occ[0])
        frags.sort()
        cstart, cend = frags[0][0], frags[-1][1]
        # cue
        if "<<" in cue_f:
            cue = _marked(text, cue_f)
        else:
            cue = _nearest(text, cue_f, (cstart, cend), frags, doc_id + " cue")
        if len(frags) > 1:
            assert cstart < cue[0] < cend or True
        # source
        if src_f == "-":
            src = None
            assert typ == "unknown"
        elif "<<" in src_f:
            src = _marked(text, src_f)
        else:
            src = _nearest(text, src_f, cue, frags + [cue], doc_id + " source")
        # sanity: everything in one paragraph, nothing overlapping
        paras = {_para_index(text, s) for s, _ in frags} | {_para_index(text, cue[0])}
        if src:
            paras.add(_para_index(text, src[0]))
            assert not _overlaps(src, cue)
            assert not any(_overlaps(src, f) for f in frags)
            assert _gap(src, cue) <= 140, (doc_id, line, _gap(src, cue))
        assert len(paras) == 1, f"{doc_id}: spans of {line!r} cross paragraphs"
        assert not any(_overlaps(cue, f) for f in frags)
        assert _gap(cue, (cstart, cend)) <= 100, (doc_id, line)
        # content conventions
        for s, e in frags:
            assert not text[s:e].startswith("that "), line
            assert text[s:e] == text[s:e].strip()
        last = text[frags[-1][0]:frags[-1][1]]
        assert not last.endswith(".") or last.endswith('."') or last.endswith(".\u201d") or last.endswith("V.A."), line
        content = _span(text, cstart, cend)
        if len(frags) > 1:
            content["fragments"] = [[s, e] for s, e in frags]
        rec = {
            "cue": _span(text, *cue),
            "source": _span(text, *src) if src else None,
            "content": content,
            "source_type": typ,
        }
        atts.append(rec)
    atts.sort(key=lambda a: a["cue"]["start"])
    return atts


def build():
    records = []
    ids = [a[0] for a in ARTICLES]
    assert ids == [f"u{i:02d}" for i in range(1, 13)], ids
    for n, (doc_id, text, ann) in enumerate(ARTICLES):
        # layout: headline, blank line, paragraphs separated by blank lines
        paras = text.split("\n\n")
        assert all(p and "\n" not in p and p == p.strip() for p in paras), doc_id
        assert len(paras) >= 5
        words = len(text.split())
        assert 300 <= words <= 500, (doc_id, words)
        # quote style: first half straight, second half curly
        if n < 6:
            assert not any(c in text for c in CURLY), doc_id
            assert '"' in text and "'" in text, doc_id
        else:
            assert '"' not in text and "'" not in text, doc_id
            assert "\u201c" in text and "\u201d" in text and "\u2019" in text, doc_id
        atts = parse_ann(doc_id, text, ann)
        assert 12 <= len(atts) <= 20, (doc_id, len(atts))
        for a in atts:
            for k in ("cue", "source", "content"):
                sp = a[k]
                if sp is not None:
                    assert text[sp["start"]:sp["end"]] == sp["text"]
            for s, e in a["content"].get("fragments", []):
                assert a["content"]["start"] <= s < e <= a["content"]["end"]
        records.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    return records


def _show(records):
    for r in records:
        t = r["text"]
        print("=" * 30, r["doc_id"], len(t.split()), "words,", len(r["attributions"]), "attributions")
        for a in r["attributions"]:
            marks = [(a["cue"]["start"], "[CUE:"), (a["cue"]["end"], "]")]
            if a["source"]:
                marks += [(a["source"]["start"], "[SRC:"), (a["source"]["end"], "]")]
            frs = a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]])
            for s, e in frs:
                marks += [(s, "{"), (e, "}")]
            lo = min(m[0] for m in marks)
            hi = max(m[0] for m in marks)
            lo = max(0, t.rfind("\n", 0, lo) + 1) if lo - t.rfind("\n", 0, lo) < 200 else lo - 40
            out, prev = [], lo
            for pos, m in sorted(marks, key=lambda x: (x[0], x[1] in ("]", "}"))):
                out.append(t[prev:pos])
                out.append(m)
                prev = pos
            out.append(t[prev:hi + 5])
            print(f"  {a['source_type']:<12}| " + "".join(out).replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind42.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
