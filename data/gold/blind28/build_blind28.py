#!/usr/bin/env python3
"""Build ``blind28.jsonl``: the twenty-eighth batch of blind test articles (session 16).

12 invented 2016 poll and survey stories (named and unnamed pollsters, findings, shares of
respondents as sources, analysts, campaigns reacting, voters interviewed), written and annotated
by a helper session that never read claimtrace's code, tests or data; see NOTES.md. Scored on
arrival, then read for errors.

Usage: ``python data/gold/blind28/build_blind28.py [--check]`` (``--check``: exit 1 if
blind28.jsonl is stale).

The helper's own notes on the format follow.

Blind test set 28: invented 2016-style poll/survey news articles with hand attributions.

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
- SOURCE is "-" when the article gives no source (source = null).
- CONTENT fragments of a split quote are separated by " ## ".
- Any span may be written "span@@context": context is a string that occurs exactly once in
  the text and contains the span; the first occurrence of span inside context is used.
- Without context: content fragments must occur exactly once in the text; the cue is the
  occurrence (whole-word, not inside the content) nearest to the content; the source is the
  occurrence (whole-word, not inside cue or content) nearest to the cue.
All offsets are computed here; every span is checked against the text.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

ARTICLES = []


def art(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann))


# ---------------------------------------------------------------- d01
art("d01", r"""
Quinnipiac poll finds Trump and Clinton locked in tight races in three swing states

Donald Trump and Hillary Clinton are running essentially even in Florida, Ohio and Pennsylvania, according to a Quinnipiac University poll released Wednesday. The result is likely to unsettle Democrats after a summer in which the former secretary of state appeared to be pulling away.

The survey found Clinton with 46 percent in Florida to Trump's 45 percent. In Ohio, the poll showed Trump ahead 44 percent to 43 percent. Pennsylvania was similarly close, with Clinton at 45 percent and Trump at 43 percent, within the margin of error.

"It's a coin flip in all three states," said Peter Brown, assistant director of the Quinnipiac University Poll. "Neither candidate has been able to put these voters away, and there are a lot of people who simply don't like either choice."

Both candidates remain deeply unpopular. Fifty-six percent of likely voters in Ohio said Trump was not honest and trustworthy, while 58 percent said the same of Clinton.

In Florida, nearly half of those surveyed believe the economy is getting worse, and a majority of independents said neither candidate had a clear plan to fix it.

Trump's campaign moved quickly to promote the numbers. In a statement, senior communications adviser Jason Miller said "the movement is real" and that Trump was "winning over working families in the industrial Midwest who have been forgotten by Washington."

The Clinton campaign sounded unworried. "We've always said this would be a close race, and we're not taking anything for granted," said Jennifer Palmieri, the campaign's communications director. She added that the campaign's internal numbers looked "considerably better" than Quinnipiac's.

Some Republican strategists think the poll may overstate Trump's strength. One GOP pollster who has advised Senate candidates in Ohio said the survey's sample of likely voters appeared to include fewer college-educated women than turnout in 2012 would suggest.

"I wouldn't read too much into one poll," the pollster said, speaking on condition of anonymity to discuss work for clients.

Turnout models will matter enormously in all three states, where the two campaigns are spending heavily on television and field staff. Clinton has more than twice as many paid organizers in Ohio as Trump does.

The poll surveyed roughly 1,000 likely voters in each state between Aug. 29 and Sept. 7. The margin of error was plus or minus 3 percentage points in each state.
""", r"""
finds || Quinnipiac poll || Trump and Clinton locked in tight races in three swing states || document
according to || a Quinnipiac University poll released Wednesday || Donald Trump and Hillary Clinton are running essentially even in Florida, Ohio and Pennsylvania || document
found || The survey || Clinton with 46 percent in Florida to Trump's 45 percent || document
showed || the poll || Trump ahead 44 percent to 43 percent || document
said || Peter Brown, assistant director of the Quinnipiac University Poll || "It's a coin flip in all three states," ## "Neither candidate has been able to put these voters away, and there are a lot of people who simply don't like either choice." || named_person
said || Fifty-six percent of likely voters in Ohio || Trump was not honest and trustworthy || anonymous
said || 58 percent || the same of Clinton || anonymous
believe || nearly half of those surveyed || the economy is getting worse || anonymous
said || a majority of independents || neither candidate had a clear plan to fix it || anonymous
said || senior communications adviser Jason Miller || "the movement is real" and that Trump was "winning over working families in the industrial Midwest who have been forgotten by Washington." || named_person
said || Jennifer Palmieri, the campaign's communications director || "We've always said this would be a close race, and we're not taking anything for granted," || named_person
added || She || the campaign's internal numbers looked "considerably better" than Quinnipiac's || named_person
think || Some Republican strategists || the poll may overstate Trump's strength || anonymous
said || One GOP pollster who has advised Senate candidates in Ohio || the survey's sample of likely voters appeared to include fewer college-educated women than turnout in 2012 would suggest || anonymous
said || the pollster || "I wouldn't read too much into one poll," || anonymous
""")

# ---------------------------------------------------------------- d02
art("d02", r"""
Sanders backers slow to warm to Clinton, Pew survey shows

Nearly a month after Bernie Sanders endorsed Hillary Clinton, many of his supporters remain unconvinced, a new survey by the Pew Research Center shows.

Among voters who backed the Vermont senator in the primaries, 90 percent now say they support Clinton over Donald Trump, the survey found. But only 40 percent of them said they would be voting "for" Clinton rather than against Trump.

"There is a real enthusiasm gap here," said Carroll Doherty, director of political research at Pew. "These are voters who will show up, but they're not going to knock on doors for her."

Younger Sanders supporters were the most skeptical. About a third of those under 30 said they had an unfavorable view of Clinton, and many told Pew they were considering voting for Libertarian Gary Johnson or the Green Party's Jill Stein.

Sanders supporters interviewed in Philadelphia this week were divided.

"I'll vote for her, but I'm holding my nose," said Derek Alvarez, 24, a graduate student who volunteered for Sanders in Pennsylvania. "She hasn't earned my trust yet."

Marisol Chen, 31, said she was still undecided. "Everybody keeps telling me a vote for Stein is a vote for Trump," she said. "Maybe. I just don't know if I can do it."

The Clinton campaign has worked to close the gap. Campaign chairman John Podesta told reporters on Tuesday that Sanders would campaign with Clinton in several states this fall and that the two had "more in common than the press would like to admit."

Sanders himself has repeatedly said that his supporters should back the nominee. Aides to the senator say he is frustrated by suggestions that he has not done enough.

Trump has made his own play for the senator's voters, telling a rally in Ohio last week that the Democratic primary was "rigged" against Sanders from the start.

But the Pew survey suggests the Republican's pitch has had limited success. Just 8 percent of Sanders primary voters said they planned to vote for Trump.

The gap could matter most in states with large numbers of young voters and independents, such as Colorado, New Hampshire and Wisconsin, where Sanders ran strongest in the primaries.

The survey of 2,010 adults was conducted by landline and cellphone Aug. 9 to 16 and has a margin of error of 2.5 percentage points for the full sample. The margin is larger for Sanders supporters.
""", r"""
shows || Pew survey || Sanders backers slow to warm to Clinton || document
shows@@Research Center shows || a new survey by the Pew Research Center || Nearly a month after Bernie Sanders endorsed Hillary Clinton, many of his supporters remain unconvinced || document
found || the survey || Among voters who backed the Vermont senator in the primaries, 90 percent now say they support Clinton over Donald Trump || document
said || only 40 percent of them || they would be voting "for" Clinton rather than against Trump || anonymous
said || Carroll Doherty, director of political research at Pew || "There is a real enthusiasm gap here," ## "These are voters who will show up, but they're not going to knock on doors for her." || named_person
said || About a third of those under 30 || they had an unfavorable view of Clinton || anonymous
told || many || they were considering voting for Libertarian Gary Johnson or the Green Party's Jill Stein || anonymous
said || Derek Alvarez, 24, a graduate student who volunteered for Sanders in Pennsylvania || "I'll vote for her, but I'm holding my nose," ## "She hasn't earned my trust yet." || named_person
said || Marisol Chen, 31 || she was still undecided || named_person
said || she || "Everybody keeps telling me a vote for Stein is a vote for Trump," ## "Maybe. I just don't know if I can do it." || named_person
told || Campaign chairman John Podesta || Sanders would campaign with Clinton in several states this fall and that the two had "more in common than the press would like to admit." || named_person
has repeatedly said || Sanders himself || his supporters should back the nominee || named_person
say || Aides to the senator || he is frustrated by suggestions that he has not done enough || anonymous
telling || Trump || the Democratic primary was "rigged" against Sanders from the start || named_person
suggests || the Pew survey || the Republican's pitch has had limited success || document
said || Just 8 percent of Sanders primary voters || they planned to vote for Trump || anonymous
""")

# ---------------------------------------------------------------- d03
art("d03", r"""
Obama's approval rating climbs as campaign rages, Gallup says

President Obama's job approval rating has reached its highest level since his second inauguration, Gallup reported Monday, as voters weigh the choice of who will succeed him.

According to Gallup's weekly average, 53 percent of Americans approve of the way Obama is handling his job, up from 46 percent at the start of the year.

White House press secretary Josh Earnest told reporters the numbers reflected "an economy that has steadily gotten stronger" and a president who "has kept his focus on the American people rather than on the noise of the campaign."

"The president doesn't pay much attention to the daily ups and downs," Earnest said. "But I don't think anybody here is complaining."

Gallup analysts wrote that the president's standing had improved partly because of the contrast with the two candidates seeking to replace him, both of whom are viewed unfavorably by most Americans.

Among Democrats, 89 percent approve of Obama's performance. Among Republicans, approval stands at 13 percent. Gallup said the partisan gap was among the widest it had recorded for any president.

"Being more popular than Hillary Clinton is a pretty low bar," said Sean Spicer, the Republican National Committee's chief strategist.

House Speaker Paul Ryan, asked about the poll at a news conference, said voters were "still looking for change" and that the president's numbers would not help Clinton "defend a record of slow growth and rising premiums."

Some political scientists believe a popular outgoing president can be a significant asset for his party's nominee. In 1988, Ronald Reagan's approval ratings helped carry George H.W. Bush to victory, historians note.

Clinton has embraced the comparison. At a rally in Raleigh on Sunday, she said she was "proud to run on the record of Barack Obama," drawing loud cheers from the crowd of several thousand.

Obama will campaign for Clinton in Pennsylvania, Ohio and Florida in the coming weeks, and the first lady, Michelle Obama, will appear at rallies in Virginia and North Carolina.

The president's numbers have risen steadily since the spring, when the primaries in both parties were at their most bitter. His approval rating dipped below 45 percent several times in 2014 and 2015.

The Gallup figures are based on telephone interviews with about 1,500 adults each week. The margin of sampling error is plus or minus 3 percentage points.
""", r"""
says || Gallup || Obama's approval rating climbs as campaign rages || named_org
reported || Gallup || President Obama's job approval rating has reached its highest level since his second inauguration || named_org
According to || Gallup's weekly average || 53 percent of Americans approve of the way Obama is handling his job, up from 46 percent at the start of the year || document
told || White House press secretary Josh Earnest || the numbers reflected "an economy that has steadily gotten stronger" and a president who "has kept his focus on the American people rather than on the noise of the campaign." || named_person
said || Earnest || "The president doesn't pay much attention to the daily ups and downs," ## "But I don't think anybody here is complaining." || named_person
wrote || Gallup analysts || the president's standing had improved partly because of the contrast with the two candidates seeking to replace him, both of whom are viewed unfavorably by most Americans || anonymous
approve of || 89 percent || Obama's performance || anonymous
said || Gallup@@Gallup said the partisan || the partisan gap was among the widest it had recorded for any president || named_org
said || Sean Spicer, the Republican National Committee's chief strategist || "Being more popular than Hillary Clinton is a pretty low bar," || named_person
said || House Speaker Paul Ryan || voters were "still looking for change" and that the president's numbers would not help Clinton "defend a record of slow growth and rising premiums." || named_person
believe || Some political scientists || a popular outgoing president can be a significant asset for his party's nominee || anonymous
note || historians || In 1988, Ronald Reagan's approval ratings helped carry George H.W. Bush to victory || anonymous
said || she || she was "proud to run on the record of Barack Obama," || named_person
""")

# ---------------------------------------------------------------- d04
art("d04", r"""
Cruz surges past Trump in Wisconsin, new poll shows

Sen. Ted Cruz of Texas has overtaken Donald Trump among likely Republican primary voters in Wisconsin, according to a Marquette Law School Poll released Wednesday. The result gives the anti-Trump movement fresh hope a week before the state's primary.

The poll found Cruz with 40 percent support, Trump with 30 percent and Ohio Gov. John Kasich with 21 percent.

"The movement toward Cruz has been real and fairly rapid," said Charles Franklin, the poll's director. He said much of the shift came from voters who had been undecided or backing Kasich a month ago.

Trump's weakness in the state is striking among women. Only 27 percent of Republican women said they had a favorable opinion of the businessman, and nearly half of GOP voters said they were worried about his temperament.

The Cruz campaign moved quickly to raise money off the results. "Wisconsin is going to show the country that Republicans are ready to unite behind a consistent conservative," campaign manager Jeff Roe said in an email to supporters.

Trump, campaigning in Janesville on Tuesday, told supporters the polls had been wrong about him before. "They said I'd lose Nevada, they said I'd lose Michigan," he said. "I won them all."

Some Republican operatives in the state doubt that Cruz's lead will hold. One veteran GOP strategist in Milwaukee, who is unaligned in the race, said Trump's support among blue-collar voters in the western part of the state had been underestimated before.

On the Democratic side, the poll showed Bernie Sanders narrowly ahead of Hillary Clinton, 49 percent to 45 percent.

Voters at a diner in Waukesha on Tuesday morning were split along the same lines as the poll. "I like that Cruz actually believes in something," said Tom Kessler, 58, a machinist. His wife, Anne, said she was still leaning toward Kasich because "he's the only grown-up in the room."

Wisconsin awards 42 delegates, most of them by congressional district, and a strong Cruz showing could deny Trump a large share of them. Trump needs to win about 57 percent of the remaining delegates to clinch the nomination before the convention in Cleveland.

Kasich, who has won only his home state, is staying in the race through the convention. He campaigned in Wisconsin on Monday and Tuesday before heading to New York.

The poll of 1,405 registered voters, including 471 likely Republican primary voters, was conducted March 24-28. The margin of error for the Republican sample is plus or minus 5.8 percentage points.
""", r"""
shows || new poll || Cruz surges past Trump in Wisconsin || document
according to || a Marquette Law School Poll released Wednesday || Sen. Ted Cruz of Texas has overtaken Donald Trump among likely Republican primary voters in Wisconsin || document
found || The poll || Cruz with 40 percent support, Trump with 30 percent and Ohio Gov. John Kasich with 21 percent || document
said || Charles Franklin, the poll's director || "The movement toward Cruz has been real and fairly rapid," || named_person
said || He@@He said much || much of the shift came from voters who had been undecided or backing Kasich a month ago || named_person
said || Only 27 percent of Republican women || they had a favorable opinion of the businessman || anonymous
said || nearly half of GOP voters || they were worried about his temperament || anonymous
said || campaign manager Jeff Roe || "Wisconsin is going to show the country that Republicans are ready to unite behind a consistent conservative," || named_person
told || Trump@@Trump, campaigning in Janesville || the polls had been wrong about him before || named_person
said || he || "They said I'd lose Nevada, they said I'd lose Michigan," ## "I won them all." || named_person
doubt || Some Republican operatives in the state || Cruz's lead will hold || anonymous
said || One veteran GOP strategist in Milwaukee, who is unaligned in the race || Trump's support among blue-collar voters in the western part of the state had been underestimated before || anonymous
showed || the poll || Bernie Sanders narrowly ahead of Hillary Clinton, 49 percent to 45 percent || document
said || Tom Kessler, 58, a machinist || "I like that Cruz actually believes in something," || named_person
said || His wife, Anne || she was still leaning toward Kasich because "he's the only grown-up in the room." || named_person
""")

# ---------------------------------------------------------------- d05
art("d05", r"""
Dueling polls muddy picture in New Hampshire Senate race

A poll commissioned by Sen. Kelly Ayotte's campaign shows the Republican incumbent leading Gov. Maggie Hassan by 5 percentage points, a memo circulated to donors on Thursday said, contradicting a public survey released a day earlier that found the Democrat ahead.

The internal survey, conducted by the Republican firm Public Opinion Strategies, put Ayotte at 48 percent and Hassan at 43 percent among likely voters, according to the memo.

The public poll, from the University of New Hampshire's Survey Center, showed Hassan leading 47 percent to 44 percent.

"Internal polls are released for a reason, and the reason is usually fundraising," said Andrew Smith, who directs the UNH Survey Center. "Ours is the one that doesn't have a client."

Ayotte's campaign manager, Jon Kohan, said in a statement that the internal numbers were "consistent with what we're hearing from voters across the state" and that Hassan's support had been "inflated by a summer of negative ads."

A Hassan spokesman, Aaron Jacobs, called the memo "a desperate attempt to change the subject" from Ayotte's support for Donald Trump.

Ayotte has struggled with how to handle Trump at the top of the ticket. She has said she will vote for him but does not endorse him, a distinction that has become a staple of Democratic ads.

The Boston Globe reported this week that the Senate Leadership Fund, a super PAC aligned with Senate Majority Leader Mitch McConnell, plans to spend an additional $4 million in the state.

Public polls of the race have swung widely. A Monmouth University poll in August found Hassan ahead by 2 points, while a WMUR poll in June showed Ayotte up 3.

Some Republican strategists in Washington privately worry that Trump's weakness in New Hampshire could drag Ayotte down regardless. Recent public polls show Clinton leading Trump in the state by as many as 9 points.

"Voters here split their tickets more than almost anywhere," said one Republican consultant who has worked on several New Hampshire campaigns. "But there's a limit."

The race is one of a handful that will decide control of the Senate, where Republicans hold a 54-46 majority. Democrats need a net gain of four seats to take control if Clinton wins the White House, or five if she loses.

Outside groups on both sides have already reserved more than $40 million in television time in New Hampshire, making it one of the most expensive Senate races in the country per voter.
""", r"""
said || a memo circulated to donors on Thursday || A poll commissioned by Sen. Kelly Ayotte's campaign shows the Republican incumbent leading Gov. Maggie Hassan by 5 percentage points || document
found || a public survey released a day earlier || the Democrat ahead || document
according to || the memo || The internal survey, conducted by the Republican firm Public Opinion Strategies, put Ayotte at 48 percent and Hassan at 43 percent among likely voters || document
showed || The public poll, from the University of New Hampshire's Survey Center || Hassan leading 47 percent to 44 percent || document
said || Andrew Smith, who directs the UNH Survey Center || "Internal polls are released for a reason, and the reason is usually fundraising," ## "Ours is the one that doesn't have a client." || named_person
said || Ayotte's campaign manager, Jon Kohan || the internal numbers were "consistent with what we're hearing from voters across the state" and that Hassan's support had been "inflated by a summer of negative ads." || named_person
called || A Hassan spokesman, Aaron Jacobs || the memo "a desperate attempt to change the subject" from Ayotte's support for Donald Trump || named_person
has said || She || she will vote for him but does not endorse him || named_person
reported || The Boston Globe || the Senate Leadership Fund, a super PAC aligned with Senate Majority Leader Mitch McConnell, plans to spend an additional $4 million in the state || media
found || A Monmouth University poll in August || Hassan ahead by 2 points || document
showed || a WMUR poll in June || Ayotte up 3 || document
privately worry || Some Republican strategists in Washington || Trump's weakness in New Hampshire could drag Ayotte down regardless || anonymous
show || Recent public polls || Clinton leading Trump in the state by as many as 9 points || document
said || one Republican consultant who has worked on several New Hampshire campaigns || "Voters here split their tickets more than almost anywhere," ## "But there's a limit." || anonymous
""")

# ---------------------------------------------------------------- d06
art("d06", r"""
Clinton won first debate, snap polls say

Hillary Clinton won Monday night's presidential debate, according to a CNN/ORC instant poll of debate watchers.

Sixty-two percent of those who watched said the Democrat had the better night. A Public Policy Polling survey of debate watchers in battleground states showed a similar result, with 51 percent saying Clinton won and 40 percent favoring Donald Trump.

Trump, however, insisted he had won. "Every online poll had me winning, by a lot," he told reporters in the spin room. "Drudge, Time, all of them."

Pollsters say such online surveys are meaningless because anyone can vote, and some sites allow people to vote more than once.

"These are not polls. They're entertainment," said Patrick Murray, director of the Monmouth University Polling Institute.

Kellyanne Conway, Trump's campaign manager, said on MSNBC on Tuesday morning that the candidate had "held his own" against "a career politician who has been preparing for this for 30 years." She acknowledged that Trump could have been "more disciplined" in the second half.

The mood in Clinton's Brooklyn headquarters was buoyant. One senior aide, who spoke on the condition of anonymity to discuss internal strategy, said the campaign's own focus groups of undecided voters in Ohio and North Carolina had shown "significant movement" toward Clinton.

The debate drew 84 million viewers, the largest audience for a televised presidential debate, Nielsen reported Tuesday. The figure does not include those who watched online.

It was announced Tuesday that the moderators of the second debate would take some questions submitted online. That debate, at Washington University in St. Louis, will be a town-hall format.

Speaker Paul Ryan told a radio interviewer that debates "rarely move the needle very far," while Republican National Committee Chairman Reince Priebus said Trump "did great" and would be "even better next time."

Historically, the first debate has produced the largest shifts in the polls of any of the three, though those shifts have rarely lasted more than a few weeks. Mitt Romney gained ground after his first debate with President Obama in 2012 but still lost the election by four points.

Both campaigns were back on the trail by Tuesday afternoon. Clinton held a rally in Raleigh, N.C., and Trump was scheduled to appear in Melbourne, Fla., later in the evening.

The CNN/ORC poll interviewed 521 registered voters who watched the debate, and its margin of error is plus or minus 4.5 percentage points. Viewers of the debate were somewhat more Democratic than the public as a whole.
""", r"""
say || snap polls || Clinton won first debate || document
according to || a CNN/ORC instant poll of debate watchers || Hillary Clinton won Monday night's presidential debate || document
said || Sixty-two percent of those who watched || the Democrat had the better night || anonymous
showed || A Public Policy Polling survey of debate watchers in battleground states || a similar result, with 51 percent saying Clinton won and 40 percent favoring Donald Trump || document
insisted || Trump@@Trump, however, insisted || he had won || named_person
told || he@@," he told || "Every online poll had me winning, by a lot," ## "Drudge, Time, all of them." || named_person
say || Pollsters || such online surveys are meaningless because anyone can vote, and some sites allow people to vote more than once || anonymous
said || Patrick Murray, director of the Monmouth University Polling Institute || "These are not polls. They're entertainment," || named_person
said || Kellyanne Conway, Trump's campaign manager || the candidate had "held his own" against "a career politician who has been preparing for this for 30 years." || named_person
acknowledged || She || Trump could have been "more disciplined" in the second half || named_person
said || One senior aide, who spoke on the condition of anonymity to discuss internal strategy || the campaign's own focus groups of undecided voters in Ohio and North Carolina had shown "significant movement" toward Clinton || anonymous
reported || Nielsen || The debate drew 84 million viewers, the largest audience for a televised presidential debate || named_org
was announced || - || the moderators of the second debate would take some questions submitted online || unknown
told || Speaker Paul Ryan || debates "rarely move the needle very far," || named_person
said || Republican National Committee Chairman Reince Priebus || Trump "did great" and would be "even better next time." || named_person
""")

# ---------------------------------------------------------------- d07
art("d07", r"""
Comey letter hurts Clinton with some voters, poll finds

A third of likely voters say they are less likely to support Hillary Clinton after F.B.I. Director James B. Comey’s disclosure that the bureau was reviewing newly discovered emails, according to an ABC News/Washington Post tracking poll released Sunday.

The poll found that 63 percent of voters said the news would make no difference in their vote. But the race has tightened. Mrs. Clinton now leads Donald J. Trump 46 percent to 45 percent, down from a 12-point lead a week ago, the poll showed.

Among independents, 41 percent said Mr. Comey’s letter had made them less likely to vote for Mrs. Clinton.

Mrs. Clinton’s campaign chairman, John D. Podesta, called the timing of the letter “deeply troubling” and said the F.B.I. director owed the public “a full accounting of what he knows and what he doesn’t.”

“We are confident that voters will see this for what it is,” Mr. Podesta said on a conference call with reporters.

Mr. Trump has made the letter a centerpiece of his closing argument. At a rally in Grand Rapids, Mich., he told supporters that the investigation was “bigger than Watergate” and that the polls were “finally catching up to what we’ve known all along.”

Pollsters cautioned that a single tracking poll can overstate movement. Gary Langer, whose firm conducts the ABC/Post poll, wrote in an analysis that Mrs. Clinton’s slide reflected “a decline in enthusiasm among her supporters more than a shift of votes to Mr. Trump.”

Other surveys showed less change. A Reuters/Ipsos poll released Monday found Mrs. Clinton ahead by six points, and the online survey firm Morning Consult reported no significant movement.

Senate Minority Leader Harry Reid said Mr. Comey may have broken the law by disclosing the review so close to the election.

Voters interviewed in suburban Philadelphia on Saturday were mostly unmoved. “I already made up my mind,” said Denise Walker, 54, a nurse from Upper Darby who plans to vote for Mrs. Clinton. “This is just more noise.”

But one man leaving a hardware store in Media, who declined to give his name, said the news had pushed him toward Mr. Trump. “I was on the fence,” he said. “Not anymore.”

Early voting is already underway in more than 30 states, and more than 20 million Americans have cast ballots, a pace well ahead of 2012. In Florida and North Carolina, registered Democrats have cast more early ballots than Republicans.

The tracking poll surveyed 1,160 likely voters by telephone from Wednesday through Saturday and has a margin of error of three percentage points.
""", r"""
finds || poll || Comey letter hurts Clinton with some voters || document
according to || an ABC News/Washington Post tracking poll released Sunday || A third of likely voters say they are less likely to support Hillary Clinton after F.B.I. Director James B. Comey’s disclosure that the bureau was reviewing newly discovered emails || document
found || The poll || 63 percent of voters said the news would make no difference in their vote || document
showed || the poll || Mrs. Clinton now leads Donald J. Trump 46 percent to 45 percent, down from a 12-point lead a week ago || document
said || 41 percent || Mr. Comey’s letter had made them less likely to vote for Mrs. Clinton || anonymous
called || Mrs. Clinton’s campaign chairman, John D. Podesta || the timing of the letter “deeply troubling” || named_person
said || Mrs. Clinton’s campaign chairman, John D. Podesta || the F.B.I. director owed the public “a full accounting of what he knows and what he doesn’t.” || named_person
said || Mr. Podesta || “We are confident that voters will see this for what it is,” || named_person
told || he@@Mich., he told || the investigation was “bigger than Watergate” and that the polls were “finally catching up to what we’ve known all along.” || named_person
cautioned || Pollsters || a single tracking poll can overstate movement || anonymous
wrote || Gary Langer, whose firm conducts the ABC/Post poll || Mrs. Clinton’s slide reflected “a decline in enthusiasm among her supporters more than a shift of votes to Mr. Trump.” || named_person
showed || Other surveys || less change || document
found || A Reuters/Ipsos poll released Monday || Mrs. Clinton ahead by six points || document
reported || the online survey firm Morning Consult || no significant movement || named_org
said || Senate Minority Leader Harry Reid || Mr. Comey may have broken the law by disclosing the review so close to the election || named_person
said || Denise Walker, 54, a nurse from Upper Darby who plans to vote for Mrs. Clinton || “I already made up my mind,” ## “This is just more noise.” || named_person
said || one man leaving a hardware store in Media, who declined to give his name || the news had pushed him toward Mr. Trump || anonymous
said || he@@,” he said. “Not || “I was on the fence,” ## “Not anymore.” || anonymous
""")

# ---------------------------------------------------------------- d08
art("d08", r"""
Most Americans want hearings for Garland, survey finds

A majority of Americans say the Senate should hold hearings on Merrick B. Garland, President Obama’s nominee to the Supreme Court, according to a Pew Research Center survey released Thursday.

Fifty-two percent of those surveyed said the Senate should hold hearings and vote on the nomination, while 38 percent said the seat should remain vacant until a new president takes office.

The survey found a sharp partisan divide. Nearly three-quarters of Democrats said hearings should go forward. Among Republicans, support for hearings stood at about a third.

“The American people have been clear,” the White House press secretary, Josh Earnest, told reporters. “Senate Republicans should do their jobs.”

Mr. Obama, speaking at a law school in Chicago last week, said the Senate’s refusal to act was “an abdication of its constitutional duty” and warned that the court’s credibility would suffer.

Senate Majority Leader Mitch McConnell has repeatedly said that the next president should fill the seat. His spokesman, Don Stewart, said on Thursday that Mr. McConnell’s position “has not changed and will not change because of a poll.”

Senator Charles E. Grassley of Iowa, the chairman of the Judiciary Committee, has faced criticism at home over the blockade. A Des Moines Register poll this month found that 56 percent of Iowans believe Mr. Grassley should hold hearings.

Some Republican senators up for re-election in swing states worry privately that the issue could hurt them in November, according to two Senate Republican aides who were not authorized to discuss internal deliberations.

Conservative groups argue the polls miss the intensity of their voters. “The people who care most about the court are on our side,” said Carrie Severino, chief counsel of the Judicial Crisis Network, which is running ads supporting the blockade.

The court has been operating with eight justices since the death of Justice Antonin Scalia in February, and several important cases have ended in 4-to-4 ties. A tie leaves the lower court’s ruling in place without setting a national precedent.

Judge Garland, 63, is the chief judge of the United States Court of Appeals for the District of Columbia Circuit. He has met privately with more than a dozen senators, most of them Democrats, since his nomination in March.

The Pew survey of 1,500 adults was conducted by landline and cellphone from March 17 to 27. The margin of error is plus or minus 2.9 percentage points.
""", r"""
finds || survey || Most Americans want hearings for Garland || document
according to || a Pew Research Center survey released Thursday || A majority of Americans say the Senate should hold hearings on Merrick B. Garland, President Obama’s nominee to the Supreme Court || document
said || Fifty-two percent of those surveyed || the Senate should hold hearings and vote on the nomination || anonymous
said || 38 percent || the seat should remain vacant until a new president takes office || anonymous
found || The survey || a sharp partisan divide || document
said || Nearly three-quarters of Democrats || hearings should go forward || anonymous
told || the White House press secretary, Josh Earnest || “The American people have been clear,” ## “Senate Republicans should do their jobs.” || named_person
said || Mr. Obama || the Senate’s refusal to act was “an abdication of its constitutional duty” || named_person
warned || Mr. Obama || the court’s credibility would suffer || named_person
has repeatedly said || Senate Majority Leader Mitch McConnell || the next president should fill the seat || named_person
said || His spokesman, Don Stewart || Mr. McConnell’s position “has not changed and will not change because of a poll.” || named_person
found || A Des Moines Register poll this month || 56 percent of Iowans believe Mr. Grassley should hold hearings || document
according to || two Senate Republican aides who were not authorized to discuss internal deliberations || Some Republican senators up for re-election in swing states worry privately that the issue could hurt them in November || anonymous
argue || Conservative groups || the polls miss the intensity of their voters || anonymous
said || Carrie Severino, chief counsel of the Judicial Crisis Network, which is running ads supporting the blockade || “The people who care most about the court are on our side,” || named_person
""")

# ---------------------------------------------------------------- d09
art("d09", r"""
Voters sour on McCrory over bathroom law, poll says

North Carolina voters are turning against Gov. Pat McCrory over the state’s law restricting bathroom access for transgender people, a new Elon University Poll suggests.

The poll found Roy Cooper, the state’s Democratic attorney general, leading McCrory 47 percent to 43 percent among likely voters.

Half of respondents said the law, known as House Bill 2, had hurt the state’s economy, and 44 percent said it should be repealed outright.

“HB2 has become a referendum on the governor,” said Jason Husser, director of the Elon University Poll. “Voters who were lukewarm on him a year ago now see this as the defining issue.”

McCrory’s campaign pushed back hard. In a statement, campaign spokesman Ricky Diaz said the survey “oversampled Democrats in urban counties” and that internal polling showed the governor ahead.

The governor himself has defended the law as a matter of “common sense” and privacy. He told a Raleigh television station last week that businesses that had canceled expansions in the state were “caving to political correctness.”

Cooper has made the law the centerpiece of his campaign. “Pat McCrory has cost this state jobs and he’s cost us our reputation,” Cooper said at a rally in Charlotte on Tuesday.

The NCAA announced this month that it would move seven championship events out of the state, and the Atlantic Coast Conference is weighing a similar step, according to people familiar with the league’s discussions.

Some Republican legislators now believe the law is a political liability. One GOP state senator from the Charlotte suburbs, speaking on condition of anonymity because he did not want to cross the governor publicly, said the caucus had discussed a partial repeal “more than once.”

Nationally, the fight has drawn in the presidential candidates. Donald Trump said in April that transgender people should “use the bathroom they feel is appropriate,” though he later said the matter should be left to the states.

The economic fallout has been considerable. PayPal canceled plans for a 400-person operations center in Charlotte, and several musicians, including Bruce Springsteen, called off concerts in the state.

The governor’s race is one of the most closely watched in the country, and both parties have poured millions into television advertising. North Carolina is also a presidential battleground, with a competitive Senate race between Richard Burr and Deborah Ross.

The Elon poll surveyed 644 likely voters Sept. 12-16 and has a margin of error of 3.9 percentage points.
""", r"""
says || poll || Voters sour on McCrory over bathroom law || document
suggests || a new Elon University Poll || North Carolina voters are turning against Gov. Pat McCrory over the state’s law restricting bathroom access for transgender people || document
found || The poll || Roy Cooper, the state’s Democratic attorney general, leading McCrory 47 percent to 43 percent among likely voters || document
said || Half of respondents || the law, known as House Bill 2, had hurt the state’s economy || anonymous
said || 44 percent || it should be repealed outright || anonymous
said || Jason Husser, director of the Elon University Poll || “HB2 has become a referendum on the governor,” ## “Voters who were lukewarm on him a year ago now see this as the defining issue.” || named_person
said || campaign spokesman Ricky Diaz || the survey “oversampled Democrats in urban counties” and that internal polling showed the governor ahead || named_person
has defended || The governor himself || the law as a matter of “common sense” and privacy || named_person
told || He@@He told a Raleigh || businesses that had canceled expansions in the state were “caving to political correctness.” || named_person
said || Cooper@@,” Cooper said || “Pat McCrory has cost this state jobs and he’s cost us our reputation,” || named_person
announced || The NCAA || it would move seven championship events out of the state || named_org
according to || people familiar with the league’s discussions || the Atlantic Coast Conference is weighing a similar step || anonymous
now believe || Some Republican legislators || the law is a political liability || anonymous
said || One GOP state senator from the Charlotte suburbs || the caucus had discussed a partial repeal “more than once.” || anonymous
said || Donald Trump || transgender people should “use the bathroom they feel is appropriate,” || named_person
later said || he@@though he later said || the matter should be left to the states || named_person
""")

# ---------------------------------------------------------------- d10
art("d10", r"""
Trump calls polls ‘rigged’ as Clinton widens her lead

Donald Trump told supporters in Ohio on Monday that national polls showing him falling behind Hillary Clinton were “rigged” by “the same people who are rigging the whole system.”

“Don’t believe these phony polls,” he said. “We’re going to win so big.”

A Fox News poll released Sunday showed Clinton leading by seven points, and an average of national polls compiled by RealClearPolitics shows her ahead by more than six points.

Inside the campaign, the mood is darker. Two advisers, speaking on condition of anonymity to describe private conversations, said the campaign’s own polling showed Trump trailing in Pennsylvania and North Carolina, states he almost certainly needs to win.

One of them said Trump had grown frustrated with his pollster, Tony Fabrizio, for delivering bad news.

Politico reported last week that some senior Republicans had begun urging donors to shift money from the presidential race to protect the party’s Senate majority.

Kellyanne Conway, the campaign manager, struck an upbeat tone. “The only poll that matters is on Nov. 8,” she said in an interview on CNN, adding that the campaign saw “a path to 270 that runs right through the Rust Belt.”

Clinton’s campaign has been careful not to appear overconfident. Robby Mook, the campaign manager, wrote in a memo to supporters on Tuesday that the race “remains close in the states that matter” and said volunteers should not “read the headlines and relax.”

Analysts say the polls are consistent enough to be taken seriously. “When every high-quality poll is pointing in the same direction, it’s not a conspiracy,” said Amy Walter, national editor of The Cook Political Report.

Trump’s travel this week is focused on a narrow set of states. He is due in Pennsylvania on Wednesday, in Florida on Thursday and in North Carolina on Friday, with no stops planned in Colorado or Virginia.

Clinton, meanwhile, has expanded her advertising into Arizona and Georgia, two states that have voted Republican in most recent presidential elections. Her campaign also announced a new round of ads in Iowa and Ohio.

The Fox News poll of 1,006 registered voters was conducted by telephone and has a margin of error of plus or minus 3 percentage points.
""", r"""
calls || Trump || polls ‘rigged’ || named_person
told || Donald Trump || national polls showing him falling behind Hillary Clinton were “rigged” by “the same people who are rigging the whole system.” || named_person
said || he || “Don’t believe these phony polls,” ## “We’re going to win so big.” || named_person
showed || A Fox News poll released Sunday || Clinton leading by seven points || document
shows || an average of national polls compiled by RealClearPolitics || her ahead by more than six points || document
said || Two advisers || the campaign’s own polling showed Trump trailing in Pennsylvania and North Carolina, states he almost certainly needs to win || anonymous
said || One of them || Trump had grown frustrated with his pollster, Tony Fabrizio, for delivering bad news || anonymous
reported || Politico || some senior Republicans had begun urging donors to shift money from the presidential race to protect the party’s Senate majority || media
said || she@@,” she said in || “The only poll that matters is on Nov. 8,” || named_person
adding || she@@,” she said in || the campaign saw “a path to 270 that runs right through the Rust Belt.” || named_person
wrote || Robby Mook, the campaign manager || the race “remains close in the states that matter” || named_person
said || Robby Mook, the campaign manager || volunteers should not “read the headlines and relax.” || named_person
say || Analysts || the polls are consistent enough to be taken seriously || anonymous
said || Amy Walter, national editor of The Cook Political Report || “When every high-quality poll is pointing in the same direction, it’s not a conspiracy,” || named_person
also announced || Her campaign || a new round of ads in Iowa and Ohio || named_org
""")

# ---------------------------------------------------------------- d11
art("d11", r"""
Exit polls show Indiana Republicans ready to rally behind Trump

Most Republican primary voters in Indiana said they would support Donald J. Trump in November even if they had backed someone else on Tuesday, according to exit polls conducted by Edison Research for a consortium of television networks.

About six in 10 voters said the Republican campaign had divided the party, but nearly three-quarters of Senator Ted Cruz’s supporters said they would vote for Mr. Trump over Hillary Clinton in a general election.

The exit polls found voters deeply anxious about the economy. Fifty-six percent described it as “not so good” or “poor.”

Mr. Trump won the primary decisively, and Mr. Cruz suspended his campaign Tuesday night. “We gave this race everything we had,” Mr. Cruz told supporters in Indianapolis. “The voters of Indiana have chosen another path, and I respect that.”

Reince Priebus, the chairman of the Republican National Committee, wrote on Twitter that the party “must come together now” behind Mr. Trump.

At a polling place in a church in Carmel, a suburb of Indianapolis, the mood was subdued. “I voted for Cruz, but I’ll vote for Trump in the fall because the alternative is worse,” said Karen Dietz, 47, an accountant.

A retired schoolteacher who would not give her name said she would probably skip the presidential race. “I can’t vote for him and I won’t vote for her,” she said.

Mr. Trump’s pollster, Tony Fabrizio, said in an interview that the campaign’s own surveys showed him gaining among suburban women in Indiana over the past two weeks, a group that had been skeptical of him.

Democrats were unimpressed. One Clinton adviser said the divisions among Republicans were “deeper than a single night’s numbers can show.”

On the Democratic side, Bernie Sanders won an upset over Mrs. Clinton. Exit polls showed him winning voters under 30 by more than 40 points.

Mrs. Clinton still holds a commanding lead in pledged delegates, and the Sanders campaign faces long odds of overtaking her before the convention in Philadelphia in July. The next major contests are in West Virginia and Kentucky later this month.

Ohio Gov. John Kasich, the last remaining rival to Mr. Trump, had not campaigned in Indiana for more than a week under an agreement with Mr. Cruz’s campaign to divide the remaining states. He is staying in the race for now.

The exit polls were based on interviews with more than 1,900 Republican primary voters as they left polling places across the state.
""", r"""
show || Exit polls@@Exit polls show Indiana || Indiana Republicans ready to rally behind Trump || document
according to || exit polls conducted by Edison Research for a consortium of television networks || Most Republican primary voters in Indiana said they would support Donald J. Trump in November even if they had backed someone else on Tuesday || document
said || About six in 10 voters || the Republican campaign had divided the party || anonymous
said || nearly three-quarters of Senator Ted Cruz’s supporters || they would vote for Mr. Trump over Hillary Clinton in a general election || anonymous
found || The exit polls@@The exit polls found || voters deeply anxious about the economy || document
described || Fifty-six percent || it as “not so good” or “poor.” || anonymous
told || Mr. Cruz@@,” Mr. Cruz told || “We gave this race everything we had,” ## “The voters of Indiana have chosen another path, and I respect that.” || named_person
wrote || Reince Priebus, the chairman of the Republican National Committee || the party “must come together now” behind Mr. Trump || named_person
said || Karen Dietz, 47, an accountant || “I voted for Cruz, but I’ll vote for Trump in the fall because the alternative is worse,” || named_person
said || A retired schoolteacher who would not give her name || she would probably skip the presidential race || anonymous
said || she@@,” she said || “I can’t vote for him and I won’t vote for her,” || anonymous
said || Mr. Trump’s pollster, Tony Fabrizio || the campaign’s own surveys showed him gaining among suburban women in Indiana over the past two weeks, a group that had been skeptical of him || named_person
said || One Clinton adviser || the divisions among Republicans were “deeper than a single night’s numbers can show.” || anonymous
showed || Exit polls@@Exit polls showed || him winning voters under 30 by more than 40 points || document
""")

# ---------------------------------------------------------------- d12
art("d12", r"""
Are the polls missing Trump voters? Pollsters are divided

As Election Day nears, a question has hung over Democrats and Republicans alike: Are the polls undercounting Donald J. Trump’s supporters?

Kellyanne Conway, Mr. Trump’s campaign manager, has argued for weeks that there is a “hidden Trump vote” of people who are reluctant to tell a stranger on the phone that they support the Republican nominee.

A study released last month by Morning Consult offered some support for the theory. It found that Mr. Trump performed about one point better among likely voters in online surveys, where no interviewer is present, than in telephone polls.

“There is something there, but it’s small,” said Kyle Dropp, a co-founder of Morning Consult. “It is not enough to overcome a five-point deficit.”

Many pollsters are unconvinced. Courtney Kennedy, the director of survey research at the Pew Research Center, said there was little evidence that Trump supporters lied to pollsters during the Republican primaries, when polls generally measured his strength accurately.

Others worry that surveys are reaching too few white voters without college degrees, a group that has swung heavily toward Mr. Trump. One Republican pollster who works for several Senate candidates said his own surveys in Michigan and Wisconsin showed the race closer than public polls suggest.

The Washington Post reported on Sunday that the Clinton campaign had grown concerned about turnout among black voters in Milwaukee and Detroit.

A Clinton spokesman, Brian Fallon, said the campaign was “confident in our data and confident in our ground game.”

The industry’s memory of recent misses is fresh. Polls in Britain badly underestimated support for leaving the European Union in June, and pollsters there later concluded that they had failed to reach older, working-class voters.

The American Association for Public Opinion Research has said it will review the performance of the polls after the election, as it did after the 2008 primaries.

Gallup, which stopped tracking the horse race this year, has said its decision was based on cost and a desire to focus on issues, not on concerns about accuracy.

A Quinnipiac poll this month found 61 percent of likely voters had little or no confidence in political polls.

Whatever the outcome, the final weeks of the race have been unusually volatile. National averages have swung by as much as seven points since the conventions, and the number of undecided voters remains higher than at the same point in 2012.
""", r"""
has argued || Kellyanne Conway, Mr. Trump’s campaign manager || there is a “hidden Trump vote” of people who are reluctant to tell a stranger on the phone that they support the Republican nominee || named_person
found || It@@It found || Mr. Trump performed about one point better among likely voters in online surveys, where no interviewer is present, than in telephone polls || document
said || Kyle Dropp, a co-founder of Morning Consult || “There is something there, but it’s small,” ## “It is not enough to overcome a five-point deficit.” || named_person
said || Courtney Kennedy, the director of survey research at the Pew Research Center || there was little evidence that Trump supporters lied to pollsters during the Republican primaries, when polls generally measured his strength accurately || named_person
worry || Others || surveys are reaching too few white voters without college degrees, a group that has swung heavily toward Mr. Trump || anonymous
said || One Republican pollster who works for several Senate candidates || his own surveys in Michigan and Wisconsin showed the race closer than public polls suggest || anonymous
reported || The Washington Post || the Clinton campaign had grown concerned about turnout among black voters in Milwaukee and Detroit || media
said || A Clinton spokesman, Brian Fallon || the campaign was “confident in our data and confident in our ground game.” || named_person
later concluded || pollsters there || they had failed to reach older, working-class voters || anonymous
has said || The American Association for Public Opinion Research || it will review the performance of the polls after the election, as it did after the 2008 primaries || named_org
has said || Gallup, which stopped tracking the horse race this year || its decision was based on cost and a desire to focus on issues, not on concerns about accuracy || named_org
found || A Quinnipiac poll this month || 61 percent of likely voters had little or no confidence in political polls || document
""")


# ================================================================ machinery
def _occurrences(text, s):
    pat = re.escape(s)
    if re.match(r"\w", s[0]):
        pat = r"(?<!\w)" + pat
    if re.match(r"\w", s[-1]):
        pat = pat + r"(?!\w)"
    return [(m.start(), m.start() + len(s)) for m in re.finditer(pat, text)]


def _with_context(text, field):
    span, ctx = field.split("@@", 1)
    cs = _occurrences(text, ctx)
    assert len(cs) == 1, f"context {ctx!r} occurs {len(cs)} times"
    c0 = cs[0][0]
    inner = _occurrences(ctx, span)
    assert inner, f"span {span!r} not in context {ctx!r}"
    s = c0 + inner[0][0]
    return (s, s + len(span))


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _dist(a, b):
    if _overlaps(a, b):
        return 0
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]


def _locate_unique(text, field):
    if "@@" in field:
        return _with_context(text, field)
    occ = _occurrences(text, field)
    assert len(occ) == 1, f"{field!r} occurs {len(occ)} times; give a context"
    return occ[0]


def _locate_near(text, field, anchors, forbidden):
    if "@@" in field:
        sp = _with_context(text, field)
        assert not any(_overlaps(sp, f) for f in forbidden), f"{field!r} overlaps"
        return sp
    occ = [o for o in _occurrences(text, field) if not any(_overlaps(o, f) for f in forbidden)]
    assert occ, f"{field!r} not found outside other spans"
    return min(occ, key=lambda o: min(_dist(o, a) for a in anchors))


def _span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def parse_doc(doc_id, text, ann):
    recs = []
    for line in ann.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, f"{doc_id}: bad line {line!r}"
        cue_f, src_f, con_f, typ = parts
        assert typ in TYPES, typ
        frags = [_locate_unique(text, f.strip()) for f in con_f.split(" ## ")]
        cue = _locate_near(text, cue_f, frags, frags)
        src = None
        if src_f != "-":
            src = _locate_near(text, src_f, [cue], frags + [cue])
        else:
            assert typ == "unknown"
        content = _span(text, (frags[0][0], frags[-1][1]))
        if len(frags) > 1:
            content["fragments"] = [[a, b] for a, b in frags]
            assert cue[0] >= frags[0][1] and cue[1] <= frags[-1][0]
        rec = {"cue": _span(text, cue), "source": _span(text, src) if src else None,
               "content": content, "source_type": typ}
        recs.append(rec)
    recs.sort(key=lambda r: r["cue"]["start"])
    return recs


def _check_text(doc_id, text, idx):
    lines = text.split("\n")
    assert lines[1] == "" and lines[0].strip() == lines[0] and lines[0], doc_id
    paras = text.split("\n\n")
    assert all(p and "\n" not in p for p in paras), f"{doc_id}: paragraph layout"
    n = len(re.findall(r"\S+", text))
    assert 300 <= n <= 500, f"{doc_id}: {n} words"
    curly = "\u201c\u201d\u2018\u2019"
    if idx < 6:
        assert not any(c in text for c in curly), f"{doc_id}: curly quote in straight half"
        assert '"' in text
    else:
        assert '"' not in text and "'" not in text, f"{doc_id}: straight quote in curly half"
        assert "\u201c" in text and "\u2019" in text
    return n


def build():
    out = []
    for idx, (doc_id, text, ann) in enumerate(ARTICLES):
        _check_text(doc_id, text, idx)
        atts = parse_doc(doc_id, text, ann)
        for a in atts:
            for k in ("cue", "source", "content"):
                sp = a[k]
                if sp is None:
                    continue
                assert text[sp["start"]:sp["end"]] == sp["text"]
                assert sp["text"] == sp["text"].strip()
            c = a["content"]
            assert not re.match(r"that\b", c["text"]), (doc_id, c["text"])
            assert not c["text"].endswith(".") or c["text"][-2:] in ('."', '.\u201d')
            for fs, fe in c.get("fragments", []):
                assert text[fs:fe].strip() == text[fs:fe]
        out.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    ids = [d["doc_id"] for d in out]
    assert ids == [f"d{i:02d}" for i in range(1, 13)], ids
    return out


def _show(docs):
    for d in docs:
        t = d["text"]
        print("=" * 20, d["doc_id"], len(re.findall(r"\S+", t)), "words")
        for a in d["attributions"]:
            marks = [(a["cue"]["start"], "<C "), (a["cue"]["end"], " C>")]
            if a["source"]:
                marks += [(a["source"]["start"], "[S "), (a["source"]["end"], " S]")]
            for fs, fe in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks += [(fs, "{"), (fe, "}")]
            lo = min(m[0] for m in marks) - 15
            hi = max(m[0] for m in marks) + 15
            lo, hi = max(lo, 0), min(hi, len(t))
            s = ""
            pos = lo
            for p, m in sorted(marks, key=lambda x: x[0]):
                s += t[pos:p] + m
                pos = p
            s += t[pos:hi]
            print(f"  [{a['source_type']}] " + s.replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind28.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
