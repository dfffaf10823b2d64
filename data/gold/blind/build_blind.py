#!/usr/bin/env python3
"""Build ``blind.jsonl`` from the blind test articles and their hand annotations below.

The 14 articles were written and annotated by a helper session that never read claimtrace's
code or tests (session 14), in the style of 2016 US campaign coverage; see NOTES.md for the
annotation conventions and the hard cases each article holds.

Usage::

    python data/gold/blind/build_blind.py            # rewrite blind.jsonl next to this file
    python data/gold/blind/build_blind.py --check    # exit 1 if blind.jsonl is stale

Format of DATA: ``=== <doc_id>``, ``TEXT:`` and the article (a headline, a blank line,
paragraphs separated by blank lines), then ``ATTR:`` and one attribution per line:
``cue || source || content || source_type``. A span is a literal substring of the text; where it
is not unique, a larger unique context holds it between guillemets ("Miller «told» POLITICO"),
or a suffix ``@@n`` picks the n-th (0-based) occurrence. Source ``-`` is none; content parts
joined by `` ## `` are the fragments of a quotation split around its cue. Every span must resolve
to exactly one position.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

DATA = r'''
=== n01
TEXT:
Trump aides scramble to contain fallout as debate prep falters

Jason Miller, a senior adviser to Donald Trump, arrived nearly an hour late to the Monday morning strategy session at Trump Tower, according to two people who were in the room. By then, the meeting had already dissolved into a shouting match over how hard the Republican nominee should go after Hillary Clinton in the first debate.

The adviser later said the disagreement had been overstated. "There is no civil war here," Miller told POLITICO. "There's a team that argues, and then there's a candidate who decides."

But three campaign officials, who spoke on condition of anonymity because they were not authorized to discuss internal deliberations, described a staff deeply divided over whether Trump should rehearse at all. One of them said the candidate had sat through only two mock sessions and had walked out of the second after twenty minutes.

Kellyanne Conway, the campaign manager, was brought on in August partly to impose discipline. Aides believe she is the only person in the building who can persuade Trump to sit through a full practice round. The campaign manager insisted on Tuesday that preparations were "right on schedule" and said reports of turmoil were "the usual Beltway fiction."

Trump himself struck a different note. "I don't need to practice being myself," he said at a rally in Pennsylvania, drawing cheers. He added that Clinton had been "getting ready for thirty years and has nothing to show for it."

Some Republicans are less confident. A GOP strategist who advised two previous nominees said the lack of rehearsal was "malpractice, plain and simple." Others worry that Trump will be baited into the kind of personal attacks that hurt him in the primary debates.

The Clinton campaign, for its part, is lowering expectations for its own candidate and raising them for her opponent. Robby Mook, Clinton's campaign manager, wrote in a memo to supporters that Trump "will be graded on a curve." The memo warned that the media would declare Trump the winner "if he simply manages not to insult anyone for ninety minutes."

A Monmouth University poll released Monday found the race essentially tied among likely voters, with 44 percent backing Clinton and 42 percent supporting Trump.
ATTR:
according to || two people who were in the room || Jason Miller, a senior adviser to Donald Trump, arrived nearly an hour late to the Monday morning strategy session at Trump Tower || anonymous
The adviser later «said» || The adviser || the disagreement had been overstated || named_person
Miller «told» POLITICO || «Miller» told POLITICO || "There is no civil war here," ## "There's a team that argues, and then there's a candidate who decides." || named_person
described || three campaign officials || a staff deeply divided over whether Trump should rehearse at all || anonymous
One of them «said» || One of them || the candidate had sat through only two mock sessions and had walked out of the second after twenty minutes || anonymous
believe || Aides || she is the only person in the building who can persuade Trump to sit through a full practice round || anonymous
insisted || The campaign manager || preparations were "right on schedule" || named_person
schedule" and «said» || The campaign manager || reports of turmoil were "the usual Beltway fiction." || named_person
he «said» at a rally || «he» said at a rally || "I don't need to practice being myself," || named_person
added || «He» added || Clinton had been "getting ready for thirty years and has nothing to show for it." || named_person
nominees «said» || A GOP strategist who advised two previous nominees || the lack of rehearsal was "malpractice, plain and simple." || anonymous
worry || Others || Trump will be baited into the kind of personal attacks that hurt him in the primary debates || anonymous
wrote || Robby Mook || Trump "will be graded on a curve." || named_person
warned || The memo || the media would declare Trump the winner "if he simply manages not to insult anyone for ninety minutes." || document
found || A Monmouth University poll released Monday || the race essentially tied among likely voters, with 44 percent backing Clinton and 42 percent supporting Trump || document
=== n02
TEXT:
Clinton says Russian hacking aims to help Trump

Hillary Clinton on Thursday accused the Russian government of orchestrating the theft of Democratic Party emails in an effort to tip the election to Donald Trump. Her aides believe the escalation will force the Republican nominee to answer for his warm words about Vladimir Putin.

“We have never seen a foreign adversary try to meddle this directly in an American election,” the former secretary of state told reporters aboard her campaign plane. “And we have never had a nominee who seems to welcome it.”

Sen. Tim Kaine of Virginia, her running mate, stood beside her at an earlier stop in Tampa but did not take questions. Later, at a town hall in Orlando, the Virginia senator said Trump owed voters “a full accounting” of his business ties to Russia.

The Kremlin said the allegations were baseless. Dmitry Peskov, a spokesman for President Putin, told Reuters that Moscow had “nothing to do with” the hacks. He called the accusations “absurd and insulting.”

Trump, campaigning in Ohio, said Clinton was trying to distract from the content of the emails. “This is about changing the subject from what’s in them,” he said. His running mate, Indiana Gov. Mike Pence, took a harder line on Sunday, telling CNN that “there should be serious consequences” if Russia was found to be responsible.

The White House has so far declined to formally blame Moscow. Press secretary Josh Earnest said the administration would not “get ahead of the investigators.” But two senior administration officials, who requested anonymity to discuss intelligence matters, said analysts had concluded that Russian military intelligence was behind the breach.

According to The Washington Post, the FBI opened an inquiry in July. A Post review of security logs provided by a DNC contractor found evidence of intrusions dating back more than a year.

Experts in cybersecurity say attribution is rarely airtight. But several who have examined the malware said it bore the hallmarks of groups previously linked to Russian intelligence.

Clinton’s call for a bipartisan investigation drew a lukewarm response on Capitol Hill. Republicans, who control both chambers, said existing committees were capable of handling the matter.
ATTR:
says || «Clinton» says || Russian hacking aims to help Trump || named_person
accused || Hillary Clinton || the Russian government of orchestrating the theft of Democratic Party emails in an effort to tip the election to Donald Trump || named_person
believe || Her aides || the escalation will force the Republican nominee to answer for his warm words about Vladimir Putin || anonymous
state «told» reporters || the former secretary of state || “We have never seen a foreign adversary try to meddle this directly in an American election,” ## “And we have never had a nominee who seems to welcome it.” || named_person
senator «said» || the Virginia senator || Trump owed voters “a full accounting” of his business ties to Russia || named_person
Kremlin «said» || The Kremlin || the allegations were baseless || named_org
Putin, «told» Reuters || Dmitry Peskov || Moscow had “nothing to do with” the hacks || named_person
called || «He» called || the accusations “absurd and insulting.” || named_person
Ohio, «said» || «Trump», campaigning in Ohio || Clinton was trying to distract from the content of the emails || named_person
he «said». His || «he» said. His || “This is about changing the subject from what’s in them,” || named_person
telling || His running mate || “there should be serious consequences” if Russia was found to be responsible || named_person
Earnest «said» || Press secretary Josh Earnest || the administration would not “get ahead of the investigators.” || named_person
matters, «said» || two senior administration officials || analysts had concluded that Russian military intelligence was behind the breach || anonymous
concluded || analysts || Russian military intelligence was behind the breach || anonymous
According to || The Washington Post || the FBI opened an inquiry in July || media
contractor «found» || A Post review of security logs provided by a DNC contractor || evidence of intrusions dating back more than a year || media
cybersecurity «say» || Experts in cybersecurity || attribution is rarely airtight || anonymous
malware «said» || several who have examined the malware || it bore the hallmarks of groups previously linked to Russian intelligence || anonymous
Clinton’s «call» for || «Clinton»’s call || a bipartisan investigation || named_person
chambers, «said» || Republicans || existing committees were capable of handling the matter || named_org
=== n03
TEXT:
Ryan Snubs Trump Rally in Wisconsin as Grassroots Fury Builds

House Speaker Paul Ryan told fellow Republicans on a conference call Monday that he would not appear with Donald Trump at the nominee's rally in Green Bay this weekend. Furious conservative activists say the move amounts to a surrender one month before Election Day.

The Wisconsin Republican said he would spend the rest of the campaign "protecting our majority" in the House, according to four lawmakers who were on the call. Ryan did not withdraw his endorsement.

Trump fired back within hours. "Paul Ryan should spend his time fighting for Wisconsin workers instead of fighting his own party's nominee," the GOP nominee wrote on Twitter.

Several members on the call pushed back sharply, Breitbart News has learned. Rep. Steve King of Iowa told the speaker that snubbing the nominee in his home state would depress turnout across the Midwest. "Our voters will remember who stood with them," the congressman said in a later interview.

People close to the speaker insist the decision was driven by math, not animus. They believe that dozens of suburban House seats could flip if vulnerable incumbents are tied too closely to the top of the ticket.

Grassroots conservatives are not buying it. Jenny Beth Martin, co-founder of Tea Party Patriots, called the move "a betrayal of the voters who gave Republicans their majority." A Breitbart/Gravis poll released Tuesday found that 68 percent of Republican primary voters in Wisconsin disapprove of the way Ryan has treated the nominee.

Establishment figures rallied around the House speaker. Sen. Lindsey Graham of South Carolina said in a statement that Ryan had shown "real courage." A spokesman for the Republican National Committee said the party remained "fully committed" to electing Trump and Republicans up and down the ballot.

Democrats were quick to exploit the rift. The Democratic Congressional Campaign Committee said in an email to reporters that "Paul Ryan's party is coming apart at the seams." The committee also vowed to spend an additional $10 million in districts where Trump is polling poorly.

Ryan's office declined to release a transcript of the call. Ryan spokeswoman AshLee Strong said only that the speaker's position "speaks for itself."
ATTR:
Ryan «told» fellow || House Speaker Paul Ryan || he would not appear with Donald Trump at the nominee's rally in Green Bay this weekend || named_person
activists «say» || Furious conservative activists || the move amounts to a surrender one month before Election Day || anonymous
Republican «said» he || The Wisconsin Republican || he would spend the rest of the campaign "protecting our majority" in the House || named_person
according to || four lawmakers who were on the call || The Wisconsin Republican said he would spend the rest of the campaign "protecting our majority" in the House || anonymous
wrote || the GOP nominee || "Paul Ryan should spend his time fighting for Wisconsin workers instead of fighting his own party's nominee," || named_person
learned || Breitbart News || Several members on the call pushed back sharply || media
Iowa «told» || Rep. Steve King of Iowa || snubbing the nominee in his home state would depress turnout across the Midwest || named_person
congressman «said» || the congressman || "Our voters will remember who stood with them," || named_person
insist || People close to the speaker || the decision was driven by math, not animus || anonymous
believe || «They» believe || dozens of suburban House seats could flip if vulnerable incumbents are tied too closely to the top of the ticket || anonymous
called || Jenny Beth Martin || the move "a betrayal of the voters who gave Republicans their majority." || named_person
Tuesday «found» || A Breitbart/Gravis poll released Tuesday || 68 percent of Republican primary voters in Wisconsin disapprove of the way Ryan has treated the nominee || document
Carolina «said» || Sen. Lindsey Graham of South Carolina || Ryan had shown "real courage." || named_person
Committee «said» the party || A spokesman for the Republican National Committee || the party remained "fully committed" to electing Trump and Republicans up and down the ballot || anonymous
Committee «said» in an email || The Democratic Congressional Campaign Committee || "Paul Ryan's party is coming apart at the seams." || named_org
vowed || The committee || to spend an additional $10 million in districts where Trump is polling poorly || named_org
Strong «said» || Ryan spokeswoman AshLee Strong || the speaker's position "speaks for itself." || named_person
=== n04
TEXT:
Sanders Presses Platform Fight as Clinton Allies Seek Unity

PHOENIX — Senator Bernie Sanders of Vermont intends to take his fight over the Democratic platform to the convention floor unless Hillary Clinton’s delegates agree to stronger language opposing the Trans-Pacific Partnership, according to three people familiar with his plans.

Mr. Sanders wants the party to declare its outright opposition to the trade pact, and he has told allies that anything less would be “a betrayal of working people in this country.” Clinton aides, who also oppose the deal in its current form, fear that an explicit rejection would embarrass President Obama, who has made the agreement a centerpiece of his second term.

Jeff Weaver, Mr. Sanders’s campaign manager, spent much of Friday shuttling between hotel suites in Phoenix, where the platform committee was meeting. The campaign manager told reporters late in the evening that talks had “not gone anywhere.”

“We came here in good faith,” Mr. Weaver said. “We are not going to be lectured about unity by people who will not give an inch.”

Some Democrats on the committee, speaking privately, said they believed the Sanders camp was overplaying its hand. One longtime Clinton ally said the senator “has won the argument and doesn’t seem to realize it.”

The Clinton campaign said in a statement that the draft platform was “the most progressive in our party’s history” and that it welcomed continued discussion.

For many voters who backed Mr. Sanders in the primaries, the details matter less than the signal. A New York Times/CBS News poll conducted this month found that nearly half of Sanders supporters remain unsure whether they will vote for Mrs. Clinton in November. Forty-one percent said the party’s nominating process had been unfair to their candidate.

The Times reported last month that Mr. Sanders had privately signaled he would endorse Mrs. Clinton before the convention. People close to the senator now say that timeline has slipped.

Mr. Obama, speaking at a news conference in Warsaw, said he was “confident the party will come together” and added that disagreements over trade “are nothing new for Democrats.”

For Mr. Sanders, the stakes extend beyond the convention. His advisers believe the movement he built, and the small-dollar donor list that powered it, can reshape the party for a generation.
ATTR:
intends || Senator Bernie Sanders of Vermont || to take his fight over the Democratic platform to the convention floor unless Hillary Clinton’s delegates agree to stronger language opposing the Trans-Pacific Partnership || named_person
according to || three people familiar with his plans || Senator Bernie Sanders of Vermont intends to take his fight over the Democratic platform to the convention floor unless Hillary Clinton’s delegates agree to stronger language opposing the Trans-Pacific Partnership || anonymous
wants || «Mr. Sanders» wants || the party to declare its outright opposition to the trade pact || named_person
has «told» allies || «he» has told || anything less would be “a betrayal of working people in this country.” || named_person
fear || Clinton aides || an explicit rejection would embarrass President Obama, who has made the agreement a centerpiece of his second term || anonymous
manager «told» || The campaign manager || talks had “not gone anywhere.” || named_person
Weaver «said» || «Mr. Weaver» said || “We came here in good faith,” ## “We are not going to be lectured about unity by people who will not give an inch.” || named_person
privately, «said» || Some Democrats on the committee || they believed the Sanders camp was overplaying its hand || anonymous
believed || «they» believed || the Sanders camp was overplaying its hand || anonymous
ally «said» || One longtime Clinton ally || the senator “has won the argument and doesn’t seem to realize it.” || anonymous
campaign «said» || The Clinton campaign || the draft platform was “the most progressive in our party’s history” and that it welcomed continued discussion || named_org
found || A New York Times/CBS News poll conducted this month || nearly half of Sanders supporters remain unsure whether they will vote for Mrs. Clinton in November || document
percent «said» || Forty-one percent || the party’s nominating process had been unfair to their candidate || anonymous
reported || The Times || Mr. Sanders had privately signaled he would endorse Mrs. Clinton before the convention || media
signaled || «Mr. Sanders» had privately || he would endorse Mrs. Clinton before the convention || named_person
now «say» || People close to the senator || that timeline has slipped || anonymous
Warsaw, «said» || «Mr. Obama», speaking || he was “confident the party will come together” || named_person
added || «Mr. Obama», speaking || disagreements over trade “are nothing new for Democrats.” || named_person
advisers «believe» || His advisers || the movement he built, and the small-dollar donor list that powered it, can reshape the party for a generation || anonymous
=== n05
TEXT:
Rubio, once a presidential hopeful, fights to keep his Senate seat

MIAMI — Five months after his presidential campaign collapsed in his home state, Sen. Marco Rubio is locked in a tighter-than-expected race to keep the Senate seat he once said he would give up.

The Florida senator reversed course in June, saying he had concluded after long conversations with his family that he could do more good in Washington than on the sidelines. Critics, including his Democratic opponent, Rep. Patrick Murphy, have argued that Rubio is treating the seat as a "consolation prize."

"He skipped more votes than almost anyone in the Senate, and now he wants six more years," Murphy said Tuesday at a union hall in Tampa. "Floridians deserve a senator who actually shows up."

Rubio's campaign said in a statement that Murphy had "inflated his resume" and was in no position to question anyone's record. The campaign also pointed reporters to a Tampa Bay Times review published last month. That report found the congressman had overstated his work experience as a certified public accountant.

A Quinnipiac University poll released Thursday found Rubio leading Murphy 48 percent to 45 percent among likely voters, within the survey's margin of error. Fifty-three percent of respondents said they had an unfavorable view of Congress as a whole.

National Democrats see an opening. Officials at the Democratic Senatorial Campaign Committee believe Rubio's lingering presidential ambitions will turn off independent voters, a senior party strategist said, speaking on condition of anonymity to discuss internal polling.

Yet the Senate Majority PAC, an outside group aligned with Senate Democrats, has quietly scaled back its ad reservations in the Miami and Orlando markets, according to filings with the Federal Election Commission. A spokesman for the group said the decision reflected "the normal ebb and flow" of a campaign.

Rubio, for his part, has kept his distance from Donald Trump. He told reporters in Jacksonville that he still disagreed with the Republican nominee on "a lot of things" but would vote for him because Clinton "cannot be trusted with the presidency."

Some voters remain unconvinced. "I liked him when he was running for president," said Maria Delgado, 61, a retired teacher in Kissimmee. "I don't know what he stands for now."
ATTR:
he once «said» || «he» once said || he would give up || named_person
saying || The Florida senator || he had concluded after long conversations with his family that he could do more good in Washington than on the sidelines || named_person
concluded || «he» had concluded || he could do more good in Washington than on the sidelines || named_person
argued || Critics, including his Democratic opponent, Rep. Patrick Murphy || Rubio is treating the seat as a "consolation prize." || named_person
Murphy «said» || «Murphy» said Tuesday || "He skipped more votes than almost anyone in the Senate, and now he wants six more years," ## "Floridians deserve a senator who actually shows up." || named_person
campaign «said» || Rubio's campaign || Murphy had "inflated his resume" and was in no position to question anyone's record || named_org
report «found» || That report || the congressman had overstated his work experience as a certified public accountant || media
Thursday «found» || A Quinnipiac University poll released Thursday || Rubio leading Murphy 48 percent to 45 percent among likely voters, within the survey's margin of error || document
respondents «said» || Fifty-three percent of respondents || they had an unfavorable view of Congress as a whole || anonymous
believe || Officials at the Democratic Senatorial Campaign Committee || Rubio's lingering presidential ambitions will turn off independent voters || anonymous
strategist «said» || a senior party strategist || Officials at the Democratic Senatorial Campaign Committee believe Rubio's lingering presidential ambitions will turn off independent voters || anonymous
according to || filings with the Federal Election Commission || the Senate Majority PAC, an outside group aligned with Senate Democrats, has quietly scaled back its ad reservations in the Miami and Orlando markets || document
group «said» || A spokesman for the group || the decision reflected "the normal ebb and flow" of a campaign || anonymous
told || «He» told reporters || he still disagreed with the Republican nominee on "a lot of things" but would vote for him because Clinton "cannot be trusted with the presidency." || named_person
«said» Maria || Maria Delgado || "I liked him when he was running for president," ## "I don't know what he stands for now." || named_person
=== n06
TEXT:
Trump's 'Rigged Election' Talk Is Not a Joke, and Silence Is Not an Option

Donald Trump's claim that the election is being "rigged" against him is no longer a throwaway line at rallies. It has become the closing argument of his campaign, and I think it is the most dangerous message a major-party nominee has delivered in my lifetime.

At a rally in Green Bay on Monday, the Republican nominee told supporters that "large-scale voter fraud" was happening in "certain communities." Few in the crowd could have misunderstood the phrase. His campaign's website now recruits volunteers to serve as "Trump Election Observers."

There is no evidence for any of it. A review of the 2012 and 2014 elections by a nonpartisan voting-rights group found fewer than 40 credible cases of in-person voter impersonation out of hundreds of millions of ballots. Election officials in both parties, including Ohio's Republican secretary of state, Jon Husted, have said the system is decentralized and secure.

Trump's surrogates have been even less careful. Rudy Giuliani told CNN's Jake Tapper that Democrats "are very good at" stealing elections in big cities. Newt Gingrich suggested in a radio interview that the polls themselves were part of the scheme.

Meanwhile, the people who could actually calm the waters have mostly stayed quiet. A spokeswoman for House Speaker Paul Ryan said the speaker "has full faith" in the states to conduct the election with integrity. That is welcome, but it is a far cry from leadership.

They say every close election breeds its own conspiracy theories. This one is not especially close, and the theory is coming from the top of the ticket.

The damage is already measurable. A Politico/Morning Consult poll released last week found that 41 percent of voters believe the election could be "stolen" from Trump. A majority of Republicans in the survey also said they would not accept a Clinton victory as legitimate.

Several Republican senators, in conversations with me over the past week, agreed that the rhetoric was corrosive. None would be quoted by name.

I don't expect Trump to stop. But the Republicans who will run this party after November have a choice to make, and silence is an answer too.
ATTR:
claim || Donald Trump || the election is being "rigged" against him || named_person
think || «I» think || it is the most dangerous message a major-party nominee has delivered in my lifetime || unknown
nominee «told» || the Republican nominee || "large-scale voter fraud" was happening in "certain communities." || named_person
group «found» || A review of the 2012 and 2014 elections by a nonpartisan voting-rights group || fewer than 40 credible cases of in-person voter impersonation out of hundreds of millions of ballots || document
have «said» || Election officials in both parties, including Ohio's Republican secretary of state, Jon Husted || the system is decentralized and secure || named_person
Giuliani «told» || Rudy Giuliani || Democrats "are very good at" stealing elections in big cities || named_person
suggested || Newt Gingrich || the polls themselves were part of the scheme || named_person
Ryan «said» || A spokeswoman for House Speaker Paul Ryan || the speaker "has full faith" in the states to conduct the election with integrity || anonymous
«say» every || «They» say || every close election breeds its own conspiracy theories || unknown
week «found» || A Politico/Morning Consult poll released last week || 41 percent of voters believe the election could be "stolen" from Trump || document
believe || «41 percent of voters» believe || the election could be "stolen" from Trump || anonymous
also «said» || A majority of Republicans in the survey || they would not accept a Clinton victory as legitimate || anonymous
agreed || Several Republican senators || the rhetoric was corrosive || anonymous
expect || «I» don't expect || Trump to stop || unknown
=== n07
TEXT:
Cruz snub at donor retreat leaves Trump allies seething

COLORADO SPRINGS — Ted Cruz walked into the ballroom at the Broadmoor resort on Saturday night as a featured speaker at the Republican Party's largest donor retreat of the fall. He walked out having enraged the very donors he will need if he runs again in 2020.

The Texas senator spoke warmly of Mike Pence but pointedly declined to endorse the nominee, urging the crowd instead to "vote your values" in November. As the speech wound down, several donors near the front of the room began to boo.

Trump and his allies insisted afterward that they had known what was coming. "We had the text two hours in advance," Paul Manafort, the campaign chairman, told reporters in the hotel lobby. "We let it go forward anyway."

But two Republican officials familiar with the negotiations, who spoke on condition of anonymity because they were not authorized to discuss them, said the Trump campaign had been assured as late as Friday that Cruz would offer at least a qualified endorsement. One of the officials said Manafort "blew a gasket" when he saw the final draft.

Cruz's refusal to back the nominee was criticized by a long line of Republicans on Sunday. Gov. Chris Christie of New Jersey said the speech was "selfish" and "small." Rep. Peter King of New York said Cruz had "disqualified himself" from a future presidential run.

Cruz was unrepentant. Speaking to reporters outside the resort on Sunday morning, he said he had not made "a promise to anyone to forget what was said about my family." "My wife is not a campaign issue," he said, "and I will not pretend she was never attacked."

Not everyone in the party is angry. Some conservatives believe Cruz positioned himself shrewdly for 2020, when a Trump loss could leave him as the party's leading conservative. A senior Cruz adviser said the senator "slept fine" and was looking forward to returning to Washington.

The episode dominated cable news coverage for most of Sunday, crowding out the campaign's planned message on the economy, according to a tally by a media-monitoring firm.

Gov. Mike Pence of Indiana, who addressed the same donors on Friday, said he respected Cruz but that Republicans needed "to come together now."
ATTR:
urging || The Texas senator || to "vote your values" in November || named_person
insisted || Trump and his allies || they had known what was coming || named_person
told || Paul Manafort || "We had the text two hours in advance," ## "We let it go forward anyway." || named_person
them, «said» || two Republican officials familiar with the negotiations || the Trump campaign had been assured as late as Friday that Cruz would offer at least a qualified endorsement || anonymous
assured || - || Cruz would offer at least a qualified endorsement || unknown
officials «said» || One of the officials || Manafort "blew a gasket" when he saw the final draft || anonymous
criticized || a long line of Republicans || Cruz's refusal to back the nominee || anonymous
Jersey «said» || Gov. Chris Christie of New Jersey || the speech was "selfish" and "small." || named_person
York «said» || Rep. Peter King of New York || Cruz had "disqualified himself" from a future presidential run || named_person
he «said» he had not || «he» said he had not || he had not made "a promise to anyone to forget what was said about my family." || named_person
issue," he «said» || issue," «he» said || "My wife is not a campaign issue," ## "and I will not pretend she was never attacked." || named_person
believe || Some conservatives || Cruz positioned himself shrewdly for 2020, when a Trump loss could leave him as the party's leading conservative || anonymous
adviser «said» || A senior Cruz adviser || the senator "slept fine" and was looking forward to returning to Washington || anonymous
according to || a tally by a media-monitoring firm || The episode dominated cable news coverage for most of Sunday, crowding out the campaign's planned message on the economy || document
Friday, «said» || Gov. Mike Pence of Indiana || he respected Cruz but that Republicans needed "to come together now." || named_person
=== n08
TEXT:
Pence steadies Trump ticket at combative veterans forum

NORFOLK, Va. — Mike Pence spent much of Tuesday night doing something his running mate has rarely managed: staying calm.

At a forum on national security hosted by the American Legion, the Indiana governor parried a torrent of interruptions from Sen. Tim Kaine of Virginia, smiling and shaking his head as Clinton’s running mate pressed him to defend Donald Trump’s record on Russia.

“Senator, you’ve memorized more Trump quotes than Donald has,” Pence said at one point, drawing laughter from an audience of several hundred veterans.

Kaine, who had clearly rehearsed his lines, did not relent. “Six times tonight Governor Pence has been handed a chance to defend his running mate, and six times he has changed the subject,” the Virginia senator said. “Voters can draw their own conclusions.”

A CNN/ORC snap poll of viewers found that 48 percent thought Pence had performed better, compared with 42 percent for Kaine. According to CNN, the margin fell within the poll’s sampling error.

Republicans were relieved. Several GOP strategists who had spent the week bracing for another meltdown said the governor had delivered “exactly what the ticket needed.” One senior Republican aide described Pence’s performance as “a glass of cold water on a house fire.”

Trump weighed in on Twitter before the forum had ended. “Mike Pence is showing the world what a winning team looks like. Proud of him!” the Republican nominee tweeted. Trump’s eldest son told Fox News that Pence had “crushed it.”

Democrats saw it differently. Clinton aides argued that the governor had spent ninety minutes “pretending not to know his own running mate.” Fact-checkers said both candidates stretched the truth, though they counted more false statements from Pence than from Kaine.

Some analysts believe Pence’s strong night may have done more for his own political future than for the top of the ticket. “He looked like a man auditioning for 2020,” said Larry Sabato, director of the University of Virginia Center for Politics.

A Trump campaign official, who was not authorized to speak publicly, said the candidate had watched the forum at Trump Tower and called Pence twice afterward.
ATTR:
pressed || Clinton’s running mate || to defend Donald Trump’s record on Russia || named_person
Pence «said» at one point || «Pence» said at one point || “Senator, you’ve memorized more Trump quotes than Donald has,” || named_person
senator «said» || the Virginia senator || “Six times tonight Governor Pence has been handed a chance to defend his running mate, and six times he has changed the subject,” ## “Voters can draw their own conclusions.” || named_person
viewers «found» || A CNN/ORC snap poll of viewers || 48 percent thought Pence had performed better, compared with 42 percent for Kaine || document
thought || «48 percent» thought || Pence had performed better || anonymous
According to || According to «CNN» || the margin fell within the poll’s sampling error || media
meltdown «said» || Several GOP strategists who had spent the week bracing for another meltdown || the governor had delivered “exactly what the ticket needed.” || anonymous
described || One senior Republican aide || Pence’s performance as “a glass of cold water on a house fire.” || anonymous
tweeted || the Republican nominee || “Mike Pence is showing the world what a winning team looks like. Proud of him!” || named_person
son «told» || Trump’s eldest son || Pence had “crushed it.” || named_person
argued || Clinton aides || the governor had spent ninety minutes “pretending not to know his own running mate.” || anonymous
Fact-checkers «said» || Fact-checkers || both candidates stretched the truth, though they counted more false statements from Pence than from Kaine || anonymous
believe || Some analysts || Pence’s strong night may have done more for his own political future than for the top of the ticket || anonymous
«said» Larry || Larry Sabato || “He looked like a man auditioning for 2020,” || named_person
publicly, «said» || A Trump campaign official || the candidate had watched the forum at Trump Tower and called Pence twice afterward || anonymous
=== n09
TEXT:
New Email Review Jolts Clinton Campaign in Final Stretch

WASHINGTON — The inspector general for the intelligence community, Martin Keating, informed Congress on Friday that investigators had found dozens of previously unreviewed emails on the personal account of a former State Department aide, raising fresh questions about Hillary Clinton’s handling of classified information 11 days before the election.

In a three-paragraph letter to the chairmen of several House committees, Mr. Keating said his office would “take all appropriate steps” to determine whether the messages contained classified material. The letter said investigators could not yet judge “how much of this material, if any, is significant.”

Law enforcement officials said the emails had been discovered during an unrelated review of the aide’s archived files. The officials, who were not authorized to discuss the case publicly, said investigators had not yet read most of the messages.

Senior Justice Department officials had warned Mr. Keating that sending the letter would break with longstanding practice against taking public steps close to an election, according to people briefed on the discussions. The inspector general concluded that he was obligated to update lawmakers because he had testified in September that his review was complete.

Mrs. Clinton demanded that the office release “all the facts” immediately. “If the inspector general has something to say, he should say all of it, and he should say it now,” she said at a hastily arranged news conference in Des Moines.

John D. Podesta, her campaign chairman, called the timing “extraordinary” and said the letter was “long on innuendo and short on facts.” The chairman told reporters on a conference call that the campaign expected the review to turn up nothing new.

Donald J. Trump seized on the news. Speaking at a rally in Manchester, N.H., the Republican nominee said the development proved the system was “finally starting to work.”

Democrats on Capitol Hill were furious. Senator Harry Reid of Nevada, the minority leader, accused Mr. Keating of violating the Hatch Act in a letter of his own. Republicans, including Speaker Paul D. Ryan, said the Clinton campaign had only itself to blame.

Some Clinton allies privately fear the letter will blunt her momentum among late-deciding voters. An ABC News/Washington Post tracking poll released Sunday found that one in three likely voters said the development made them less likely to support her.
ATTR:
informed || The inspector general for the intelligence community || investigators had found dozens of previously unreviewed emails on the personal account of a former State Department aide || named_person
Keating «said» || «Mr. Keating» said || his office would “take all appropriate steps” to determine whether the messages contained classified material || named_person
letter «said» || «The letter» said || investigators could not yet judge “how much of this material, if any, is significant.” || document
officials «said» the emails || Law enforcement officials || the emails had been discovered during an unrelated review of the aide’s archived files || anonymous
publicly, «said» || The officials || investigators had not yet read most of the messages || anonymous
warned || Senior Justice Department officials || sending the letter would break with longstanding practice against taking public steps close to an election || anonymous
according to || people briefed on the discussions || Senior Justice Department officials had warned Mr. Keating that sending the letter would break with longstanding practice against taking public steps close to an election || anonymous
concluded || «The inspector general» concluded || he was obligated to update lawmakers because he had testified in September that his review was complete || named_person
testified || «he» had testified || his review was complete || named_person
demanded || Mrs. Clinton || the office release “all the facts” immediately || named_person
she «said» || «she» said || “If the inspector general has something to say, he should say all of it, and he should say it now,” || named_person
called || John D. Podesta || the timing “extraordinary” || named_person
and «said» the letter || John D. Podesta || the letter was “long on innuendo and short on facts.” || named_person
chairman «told» || The chairman || the campaign expected the review to turn up nothing new || named_person
expected || «the campaign» expected || the review to turn up nothing new || named_org
nominee «said» || the Republican nominee || the development proved the system was “finally starting to work.” || named_person
accused || Senator Harry Reid of Nevada || Mr. Keating of violating the Hatch Act || named_person
Ryan, «said» || Republicans, including Speaker Paul D. Ryan || the Clinton campaign had only itself to blame || named_person
fear || Some Clinton allies || the letter will blunt her momentum among late-deciding voters || anonymous
Sunday «found» || An ABC News/Washington Post tracking poll released Sunday || one in three likely voters said the development made them less likely to support her || document
voters «said» || one in three likely voters || the development made them less likely to support her || anonymous
=== n10
TEXT:
Trump's tax plan would cost $7 trillion, analysis says

Donald Trump's revised tax plan would reduce federal revenue by roughly $7 trillion over the next decade, with the largest benefits flowing to the top 1 percent of earners, according to an analysis released Tuesday by the nonpartisan Tax Policy Center.

Steven Mnuchin, the campaign's national finance chairman, said the center had ignored the economic growth the plan would generate. "Static scoring tells you nothing about what happens when you unleash American business," he told USA TODAY in a phone interview.

Trump has said repeatedly that middle-class families would come out "way, way ahead" under his plan. The GOP has long argued that tax cuts largely pay for themselves.

The analysis found that households in the middle fifth of the income distribution would see an average tax cut of about $1,000, while the top 0.1 percent would receive an average cut of more than $1 million. Single parents with several children could see their taxes rise, the report said.

Many economists, including some who have advised Republican candidates, doubt the plan would pay for itself.

Stephen Moore, a conservative economist at the Heritage Foundation, joined the campaign as an informal adviser this summer and helped rewrite the plan's business provisions. The former Wall Street Journal editorial writer argued in an interview that the center's model "assumes the economy is frozen in amber."

One provision has drawn particular scrutiny: a 15 percent rate on income from "pass-through" businesses, which include many law firms and hedge funds. The rate, some of Trump's own advisers believe, could be exploited by wealthy professionals who reclassify their salaries as business income.

Hillary Clinton's campaign seized on the report. "Donald Trump's plan is a massive giveaway to people like Donald Trump," said Jesse Ferguson, a Clinton spokesman.

Clinton has proposed raising taxes on those earning more than $5 million a year. The Tax Policy Center estimated in March that her plan would raise about $1.1 trillion over a decade.

House Speaker Paul Ryan, whose own "Better Way" tax blueprint differs from Trump's on several points, said through a spokeswoman that the two plans "share the same basic goals."

A Gallup survey in April found that 63 percent of Americans believe upper-income people pay too little in federal taxes.
ATTR:
says || «analysis» says || Trump's tax plan would cost $7 trillion || document
according to || an analysis released Tuesday by the nonpartisan Tax Policy Center || Donald Trump's revised tax plan would reduce federal revenue by roughly $7 trillion over the next decade, with the largest benefits flowing to the top 1 percent of earners || document
chairman, «said» || Steven Mnuchin || the center had ignored the economic growth the plan would generate || named_person
told || «he» told USA TODAY || "Static scoring tells you nothing about what happens when you unleash American business," || named_person
has «said» repeatedly || «Trump» has said || middle-class families would come out "way, way ahead" under his plan || named_person
«argued» that tax || The GOP || tax cuts largely pay for themselves || named_org
analysis «found» || The analysis || households in the middle fifth of the income distribution would see an average tax cut of about $1,000, while the top 0.1 percent would receive an average cut of more than $1 million || document
report «said» || rise, «the report» said || Single parents with several children could see their taxes rise || document
doubt || Many economists, including some who have advised Republican candidates || the plan would pay for itself || anonymous
«argued» in an interview || The former Wall Street Journal editorial writer || the center's model "assumes the economy is frozen in amber." || named_person
advisers «believe» || some of Trump's own advisers || «The rate», some ## could be exploited by wealthy professionals who reclassify their salaries as business income || anonymous
«said» Jesse || Jesse Ferguson || "Donald Trump's plan is a massive giveaway to people like Donald Trump," || named_person
proposed || «Clinton» has proposed || raising taxes on those earning more than $5 million a year || named_person
estimated || The Tax Policy Center || her plan would raise about $1.1 trillion over a decade || named_org
points, «said» || House Speaker Paul Ryan || the two plans "share the same basic goals." || named_person
April «found» || A Gallup survey in April || 63 percent of Americans believe upper-income people pay too little in federal taxes || document
Americans «believe» || «63 percent of Americans» believe || upper-income people pay too little in federal taxes || anonymous
=== n11
TEXT:
Clinton camp concedes it was slow to explain illness

Hillary Clinton's top aides acknowledged Monday that they should have disclosed her sinus infection sooner, as the campaign worked to tamp down speculation fueled by a video of the Democratic nominee coughing through a fundraiser in Denver on Saturday.

"Looking back, we should have told people on Friday," Brian Fallon, the campaign's press secretary, said on MSNBC. "That's on us, not on her."

Clinton was diagnosed last week by her physician, Dr. Lisa Bardack, who advised her to cancel two days of travel. The doctor said in a statement released Sunday that Clinton was "doing well and resting at home" and would resume campaigning Thursday.

Critics say the episode fits a pattern of secrecy that has dogged Clinton since the controversy over her private email server.

Donald Trump, who has repeatedly questioned whether his opponent has the "stamina" to serve, was uncharacteristically restrained. "She should take the time she needs," he told reporters in Iowa. "We'll see her on the trail."

His allies were less gracious. Rudy Giuliani told Fox News that the campaign's account "doesn't add up." Several pro-Trump websites have circulated unfounded theories about the nominee's health.

Some Democratic donors, meanwhile, are growing anxious. Three major fundraisers who spoke to POLITICO on condition of anonymity said they had fielded calls from worried contributors over the weekend. One said the campaign's instinct for secrecy "keeps turning a sniffle into a scandal."

People close to the candidate say she was frustrated to be sidelined. She believes, one longtime friend said, that voters care far more about her plans for the country than about a head cold.

The campaign plans to release additional medical records this week, according to a statement from campaign chairman John Podesta.

A Washington Post-ABC News poll conducted before the illness found that 35 percent of registered voters think Clinton is not healthy enough to serve effectively as president.
ATTR:
concedes || Clinton camp || it was slow to explain illness || named_org
acknowledged || Hillary Clinton's top aides || they should have disclosed her sinus infection sooner || anonymous
secretary, «said» || Brian Fallon || "Looking back, we should have told people on Friday," ## "That's on us, not on her." || named_person
advised || Bardack, «who» advised || to cancel two days of travel || named_person
doctor «said» || The doctor || Clinton was "doing well and resting at home" and would resume campaigning Thursday || named_person
Critics «say» || Critics || the episode fits a pattern of secrecy that has dogged Clinton since the controversy over her private email server || anonymous
questioned || Trump, «who» has || whether his opponent has the "stamina" to serve || named_person
he «told» || «he» told reporters || "She should take the time she needs," ## "We'll see her on the trail." || named_person
Giuliani «told» || Rudy Giuliani || the campaign's account "doesn't add up." || named_person
anonymity «said» || Three major fundraisers who spoke to POLITICO on condition of anonymity || they had fielded calls from worried contributors over the weekend || anonymous
One «said» || «One» said || the campaign's instinct for secrecy "keeps turning a sniffle into a scandal." || anonymous
candidate «say» || People close to the candidate || she was frustrated to be sidelined || anonymous
believes || «She» believes || voters care far more about her plans for the country than about a head cold || named_person
friend «said» || one longtime friend || She believes ## voters care far more about her plans for the country than about a head cold || anonymous
campaign «plans» || «The campaign» plans || to release additional medical records this week || named_org
according to || a statement from campaign chairman John Podesta || The campaign plans to release additional medical records this week || document
illness «found» || A Washington Post-ABC News poll conducted before the illness || 35 percent of registered voters think Clinton is not healthy enough to serve effectively as president || document
think || «35 percent of registered voters» think || Clinton is not healthy enough to serve effectively as president || anonymous
=== n12
TEXT:
Trump’s Ohio Director Ousted Over Facebook Post, Campaign Says

Donald Trump’s campaign has fired its Ohio state director after he shared a Facebook post suggesting that Black voters in Cleveland were being “bused in” to vote illegally, the campaign confirmed Wednesday.

Dale Whitcomb, a longtime Republican organizer from Columbus, took over the Ohio operation in June after the previous director left to work for a Senate campaign. According to screenshots obtained by HuffPost, the state director shared the post on his personal page Sunday night and wrote above it, “Time to watch the polls, patriots.”

“Dale has been relieved of his duties,” campaign spokeswoman Katrina Pierson said in a statement. “The campaign does not condone this kind of language.”

Whitcomb did not respond to a request for comment. The former director told a Columbus radio host on Tuesday morning that he had shared the post “to start a conversation” and that he was “not a racist, never have been.”

Ohio Democrats were unimpressed. The Ohio Democratic Party said in a statement that the firing “does nothing to undo the damage” and called on the Trump campaign to disavow poll-watching efforts aimed at minority neighborhoods.

Civil rights groups have warned for weeks that Trump’s calls for supporters to monitor “certain areas” on Election Day could amount to voter intimidation. Kristen Clarke, president of the Lawyers’ Committee for Civil Rights Under Law, said the episode showed “exactly why we are sending hundreds of volunteers to Ohio.”

The firing is awkward for Trump in a state he has said he cannot afford to lose. Gov. John Kasich, who has refused to endorse the nominee, has kept his distance from the campaign’s Ohio operation. A Kasich spokesman said Wednesday that the governor “has been clear about this kind of rhetoric for a long time.”

A Quinnipiac poll last week found Trump and Clinton tied in Ohio at 46 percent. Many political observers believe Trump cannot win the White House without the Buckeye State; no Republican ever has.

HuffPost’s review of the director’s page found at least four other posts about elections in majority-Black cities.
ATTR:
Says || Campaign || Trump’s Ohio Director Ousted Over Facebook Post || named_org
suggesting || a Facebook post || Black voters in Cleveland were being “bused in” to vote illegally || document
confirmed || «the campaign» confirmed || Donald Trump’s campaign has fired its Ohio state director after he shared a Facebook post suggesting that Black voters in Cleveland were being “bused in” to vote illegally || named_org
According to || screenshots obtained by HuffPost || the state director shared the post on his personal page Sunday night and wrote above it, “Time to watch the polls, patriots.” || document
wrote || the state director || “Time to watch the polls, patriots.” || named_person
Pierson «said» || campaign spokeswoman Katrina Pierson || “Dale has been relieved of his duties,” ## “The campaign does not condone this kind of language.” || named_person
director «told» || The former director || he had shared the post “to start a conversation” and that he was “not a racist, never have been.” || named_person
Party «said» || The Ohio Democratic Party || the firing “does nothing to undo the damage” || named_org
called on || The Ohio Democratic Party || to disavow poll-watching efforts aimed at minority neighborhoods || named_org
warned || Civil rights groups || Trump’s calls for supporters to monitor “certain areas” on Election Day could amount to voter intimidation || anonymous
Trump’s «calls» for || «Trump»’s calls || supporters to monitor “certain areas” on Election Day || named_person
Law, «said» || Kristen Clarke || the episode showed “exactly why we are sending hundreds of volunteers to Ohio.” || named_person
has «said» he || «he» has said || he cannot afford to lose || named_person
spokesman «said» || A Kasich spokesman || the governor “has been clear about this kind of rhetoric for a long time.” || anonymous
week «found» || A Quinnipiac poll last week || Trump and Clinton tied in Ohio at 46 percent || document
believe || Many political observers || Trump cannot win the White House without the Buckeye State || anonymous
page «found» || HuffPost’s review of the director’s page || at least four other posts about elections in majority-Black cities || media
=== n13
TEXT:
Obama to barnstorm battlegrounds for Clinton in final weeks

President Obama will campaign for Hillary Clinton in at least six battleground states over the next three weeks, the White House said Friday, as Democrats lean on the popular incumbent to energize the young and minority voters who powered his own victories.

The president intends to focus heavily on North Carolina, Florida and Ohio, according to a White House official who was not authorized to discuss the schedule before its public release.

White House press secretary Josh Earnest said the president believes the election is "a referendum on whether the progress of the last eight years continues." Democrats believe Obama is uniquely able to reach the voters Clinton has struggled to excite.

Obama has made no secret of his disdain for Donald Trump. At a rally in Columbus last month, he told the crowd that the Republican nominee was "simply not ready for this job."

Michelle Obama, who drew a standing ovation at the Democratic convention, will also appear at several events, aides said. The first lady has told friends she finds campaigning exhausting, but people close to her say she feels a personal obligation to make the case against Trump.

The Trump campaign dismissed the effort. "Barack Obama has spent eight years making Americans less safe and less prosperous," Trump spokesman Jason Miller said in a statement. "Sending him out on the road is an admission that Hillary Clinton can't close the deal herself."

Trump, speaking in Charlotte, said Obama should "get off the campaign trail and do his job."

Some Democratic strategists worry that the president's presence could backfire in rural areas where he remains deeply unpopular. A Gallup survey released this week showed Obama's approval rating at 55 percent, the highest of his second term. And roughly two-thirds of Democrats in a recent CNN/ORC poll said Obama should campaign more actively for his would-be successor.

Clinton's campaign has been careful about where it deploys the president. Robby Mook, the campaign manager, told reporters on a conference call that Obama would appear "wherever he can do the most good."
ATTR:
White House «said» || «the White House» said || President Obama will campaign for Hillary Clinton in at least six battleground states over the next three weeks || named_org
intends || «The president» intends || to focus heavily on North Carolina, Florida and Ohio || named_person
according to || a White House official who was not authorized to discuss the schedule before its public release || The president intends to focus heavily on North Carolina, Florida and Ohio || anonymous
Earnest «said» || White House press secretary Josh Earnest || the president believes the election is "a referendum on whether the progress of the last eight years continues." || named_person
president «believes» || «the president» believes || the election is "a referendum on whether the progress of the last eight years continues." || named_person
Democrats «believe» || «Democrats» believe || Obama is uniquely able to reach the voters Clinton has struggled to excite || named_org
he «told» the crowd || «he» told the crowd || the Republican nominee was "simply not ready for this job." || named_person
aides «said» || «aides» said || Michelle Obama, who drew a standing ovation at the Democratic convention, will also appear at several events || anonymous
has «told» friends || The first lady || she finds campaigning exhausting || named_person
her «say» || people close to her || she feels a personal obligation to make the case against Trump || anonymous
Miller «said» || Trump spokesman Jason Miller || "Barack Obama has spent eight years making Americans less safe and less prosperous," ## "Sending him out on the road is an admission that Hillary Clinton can't close the deal herself." || named_person
Charlotte, «said» || «Trump», speaking in Charlotte || Obama should "get off the campaign trail and do his job." || named_person
worry || Some Democratic strategists || the president's presence could backfire in rural areas where he remains deeply unpopular || anonymous
showed || A Gallup survey released this week || Obama's approval rating at 55 percent, the highest of his second term || document
poll «said» || roughly two-thirds of Democrats in a recent CNN/ORC poll || Obama should campaign more actively for his would-be successor || anonymous
manager, «told» || Robby Mook || Obama would appear "wherever he can do the most good." || named_person
=== n14
TEXT:
Clinton campaign eyes Arizona, Georgia in bid to run up the score

Hillary Clinton’s campaign will pour an additional $6 million into Arizona and Georgia over the final three weeks of the race, betting that Donald Trump’s weakness with college-educated suburban voters has put two longtime Republican strongholds within reach.

The decision was laid out in an internal memo circulated Sunday by Jennifer Palmieri, the communications director, and obtained by POLITICO. Palmieri’s memo argues that the campaign can “expand the map without sacrificing an inch” in Pennsylvania, Florida or North Carolina.

“We are not taking anything for granted,” the memo said. “But we are not going to leave votes on the table either.”

The communications director told reporters Monday that the move was “about the Senate as much as the White House.”

Not everyone in the party is convinced. Some Democrats in Pennsylvania, where Clinton’s lead has narrowed to single digits in several recent surveys, privately worry that the campaign is spreading itself thin. Two Democratic officials familiar with the plan said Pennsylvania Gov. Tom Wolf had raised the concern directly with campaign chairman John Podesta.

Robby Mook, the campaign manager, believes the campaign’s data operation gives it room to experiment, aides said.

In Arizona, the campaign is counting on a surge of Latino voters. A Univision poll released this month found that 67 percent of Latino voters in the state view Trump unfavorably, and a majority of Latino voters said they were more motivated to vote than in 2012.

The Arizona Republican Party said in a statement that the Clinton campaign was “chasing a mirage.” Trump’s campaign said the spending showed Clinton was “desperate.”

Sen. John McCain, who is locked in his own re-election fight against Rep. Ann Kirkpatrick, has tried to keep his distance from the top of the ticket. A McCain aide said the senator was focused on “his own race and nothing else.” The Arizona senator told reporters Monday that he had “never lost a statewide race by listening to Washington consultants.”

In Georgia, it is widely expected that Trump will prevail. But The Atlanta Journal-Constitution reported last week that Democratic early voting in the Atlanta suburbs was running well ahead of its 2012 pace.
ATTR:
betting || Hillary Clinton’s campaign || Donald Trump’s weakness with college-educated suburban voters has put two longtime Republican strongholds within reach || named_org
argues || Palmieri’s memo || the campaign can “expand the map without sacrificing an inch” in Pennsylvania, Florida or North Carolina || document
memo «said» || «the memo» said || “We are not taking anything for granted,” ## “But we are not going to leave votes on the table either.” || document
communications director «told» || The communications director || the move was “about the Senate as much as the White House.” || named_person
worry || Some Democrats in Pennsylvania || the campaign is spreading itself thin || anonymous
plan «said» || Two Democratic officials familiar with the plan || Pennsylvania Gov. Tom Wolf had raised the concern directly with campaign chairman John Podesta || anonymous
believes || Robby Mook || the campaign’s data operation gives it room to experiment || named_person
aides «said» || «aides» said || Robby Mook, the campaign manager, believes the campaign’s data operation gives it room to experiment || anonymous
month «found» || A Univision poll released this month || 67 percent of Latino voters in the state view Trump unfavorably, and a majority of Latino voters said they were more motivated to vote than in 2012 || document
voters «said» || a majority of Latino voters || they were more motivated to vote than in 2012 || anonymous
Party «said» || The Arizona Republican Party || the Clinton campaign was “chasing a mirage.” || named_org
campaign «said» the spending || Trump’s campaign || the spending showed Clinton was “desperate.” || named_org
aide «said» || A McCain aide || the senator was focused on “his own race and nothing else.” || anonymous
senator «told» || The Arizona senator || he had “never lost a statewide race by listening to Washington consultants.” || named_person
expected || - || Trump will prevail || unknown
reported || The Atlanta Journal-Constitution || Democratic early voting in the Atlanta suburbs was running well ahead of its 2012 pace || media
'''

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}


class MarkupError(ValueError):
    """An annotation line that does not resolve to valid spans."""


def _require(cond: bool, message: str) -> None:
    if not cond:
        raise MarkupError(message)


def resolve(text: str, spec: str, where: str) -> tuple[int, int]:
    """(start, end) of a span spec in ``text``; the spec must resolve to one position."""
    occ = None
    m = re.search(r"@@(\d+)$", spec)
    if m:
        occ = int(m.group(1))
        spec = spec[: m.start()]
    if "«" in spec:
        a, b = spec.index("«"), spec.index("»")
        _require(a < b, f"{where}: {spec!r}")
        inner, ctx, off = spec[a + 1 : b], spec.replace("«", "").replace("»", ""), a
    else:
        inner, ctx, off = spec, spec, 0
    positions = [m.start() for m in re.finditer(re.escape(ctx), text)]
    if occ is None:
        _require(len(positions) == 1, f"{where}: spec {spec!r} occurs {len(positions)} times")
        p = positions[0]
    else:
        _require(occ < len(positions), f"{where}: spec {spec!r} occurrence {occ} missing")
        p = positions[occ]
    s, e = p + off, p + off + len(inner)
    _require(bool(inner) and inner == inner.strip(), f"{where}: whitespace at span edge {inner!r}")
    return s, e


def _span(text: str, s: int, e: int) -> dict:
    return {"start": s, "end": e, "text": text[s:e]}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def parse(data: str) -> list[tuple[str, str, list[str]]]:
    """(doc_id, text, annotation lines) of each article."""
    docs = []
    for block in data.strip().split("=== ")[1:]:
        head, rest = block.split("\n", 1)
        doc_id = head.strip()
        _require(rest.startswith("TEXT:\n"), doc_id)
        body, attrs = rest[len("TEXT:\n") :].split("\nATTR:\n")
        text = body.strip("\n")
        _require("\n\n\n" not in text and not re.search(r"[ \t]\n", text), doc_id)
        lines = [line for line in attrs.strip("\n").split("\n") if line.strip()]
        docs.append((doc_id, text, lines))
    return docs


def attribution(text: str, line: str, where: str) -> dict:
    """One annotation line as a gold attribution."""
    parts = [p.strip() for p in line.split(" || ")]
    _require(len(parts) == 4, f"{where}: {line}")
    cue_spec, src_spec, con_spec, stype = parts
    _require(stype in TYPES, where)
    cs, ce = resolve(text, cue_spec, where + " cue")
    source = None
    if src_spec == "-":
        _require(stype == "unknown", where)
    else:
        ss, se = resolve(text, src_spec, where + " source")
        _require(not _overlap((ss, se), (cs, ce)), where)
        source = _span(text, ss, se)
    frags = [resolve(text, f.strip(), where + " content") for f in con_spec.split(" ## ")]
    content = _span(text, frags[0][0], frags[-1][1])
    if len(frags) > 1:
        _require(all(b <= c for (_, b), (c, _) in zip(frags, frags[1:], strict=False)), where)
        content["fragments"] = [[a, b] for a, b in frags]
    for frag in frags:
        _require(not _overlap(frag, (cs, ce)), f"{where}: cue inside content")
        _require(source is None or not _overlap(frag, (source["start"], source["end"])),
                 f"{where}: source inside content")
    _require(not content["text"].endswith((".", ",", " ")), f"{where}: content ends with punctuation")
    return {"cue": _span(text, cs, ce), "source": source, "content": content, "source_type": stype}


def build() -> list[dict]:
    """Every article with its attributions, checked."""
    out = []
    for doc_id, text, lines in parse(DATA):
        _require(250 <= len(text.split()) <= 450, f"{doc_id}: length")
        attributions = [attribution(text, line, f"{doc_id}#{k}") for k, line in enumerate(lines)]
        _require(len({(a["cue"]["start"], a["cue"]["end"]) for a in attributions}) == len(attributions),
                 f"{doc_id}: duplicate cue span")
        out.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": attributions})
    return out


def main(argv: list[str] | None = None) -> int:
    return write_or_check(build(), HERE / "blind.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
