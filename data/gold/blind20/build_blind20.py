#!/usr/bin/env python3
"""Build ``blind20.jsonl``: the twentieth batch of blind test articles (session 16).

12 invented 2016 political news articles in formats where attributions are easy to miss (AP
'The Latest' live updates, 'things to know' roundups, interviews with a Q&A excerpt, news
digests), written and annotated by a helper session that never read claimtrace's code, tests or
data; see NOTES.md. Scored on arrival, then read for errors.

Usage: ``python data/gold/blind20/build_blind20.py [--check]`` (``--check``: exit 1 if
blind20.jsonl is stale).

The helper's own notes on the format follow.

Blind test set: 12 invented 2016-style US political news articles with hand-annotated attributions.

Annotation line format:  CUE || SOURCE || CONTENT || TYPE
  * a field may be written as 'context [[span]] context' to pick one occurrence (the whole
    context string must occur exactly once in the text);
  * otherwise CONTENT must occur exactly once; the CUE is the occurrence nearest the content,
    the SOURCE the occurrence nearest the cue (word-boundary matches, never overlapping content/cue);
  * content fragments are separated by ' ## '; SOURCE '-' means no source.
Offsets are computed, never typed.  Run:  python3 build_blind20.py [--show]
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

ARTICLES_A = []

# ---------------------------------------------------------------- v01: The Latest
ARTICLES_A.append(dict(id="v01", text='''The Latest: Trump tells Iowa crowd he will not fight over delegate rules

The Latest on the 2016 presidential campaign (all times EDT):

4:55 p.m.

Donald Trump says he will not "waste one minute" on the fight over delegate rules at the Republican convention.

The billionaire told a crowd in Cedar Rapids, Iowa, on Tuesday that the party's rules were "written by losers, for losers." He added that he would arrive in Cleveland with "way more than enough" delegates.

Not everyone in the audience was convinced. Retiree Dale Hoffman of Marion said he worried the convention would turn into "a free-for-all."

3:40 p.m.

Ohio Gov. John Kasich's campaign says he is staying in the race.

Politico reported earlier Tuesday, citing two Kasich donors, that the governor had told supporters he would reassess his bid after the New York primary.

Kasich spokesman Chris Schrimpf said the story was "flat wrong." "The governor is in this until the last vote in Cleveland," he said.

2:15 p.m.

A new poll shows Ted Cruz gaining on Trump in Wisconsin.

The Marquette Law School survey released Tuesday found Cruz at 38 percent among likely Republican primary voters, with Trump at 33 percent and Kasich at 19 percent.

Cruz told reporters in Madison that the numbers showed voters "are uniting behind our campaign." Trump aides, speaking on condition of anonymity because they were not authorized to discuss internal data, said the campaign's own polling showed a closer race.

12:30 p.m.

Bernie Sanders believes the Democratic race is far from over.

The Vermont senator said in an interview with MSNBC on Tuesday that he sees a "path to victory" through the big states that vote in June. According to Sanders, superdelegates "will have to take a hard look" at which candidate is drawing the biggest crowds.

Clinton campaign manager Robby Mook has argued in a memo to supporters that Sanders cannot close the gap in pledged delegates. The memo said Clinton leads by more than 200 pledged delegates.
''', ann='''
tells || Trump || he will not fight over delegate rules || named_person
says || Donald Trump || he will not "waste one minute" on the fight over delegate rules at the Republican convention || named_person
told || The billionaire || the party's rules were "written by losers, for losers." || named_person
added || He || he would arrive in Cleveland with "way more than enough" delegates || named_person
said || Retiree Dale Hoffman of Marion || he worried the convention would turn into "a free-for-all." || named_person
says || Ohio Gov. John Kasich's campaign || he is staying in the race || named_org
reported || Politico || the governor had told supporters he would reassess his bid after the New York primary || media
said || Kasich spokesman Chris Schrimpf || the story was "flat wrong." || named_person
said || [[he]] said. || "The governor is in this until the last vote in Cleveland," || named_person
shows || A new poll || Ted Cruz gaining on Trump in Wisconsin || document
found || The Marquette Law School survey released Tuesday || Cruz at 38 percent among likely Republican primary voters, with Trump at 33 percent and Kasich at 19 percent || document
told || Cruz || the numbers showed voters "are uniting behind our campaign." || named_person
said || Trump aides || the campaign's own polling showed a closer race || anonymous
believes || Bernie Sanders || the Democratic race is far from over || named_person
said || The Vermont senator || he sees a "path to victory" through the big states that vote in June || named_person
According to || Sanders || superdelegates "will have to take a hard look" at which candidate is drawing the biggest crowds || named_person
has argued || Clinton campaign manager Robby Mook || Sanders cannot close the gap in pledged delegates || named_person
said || The memo || Clinton leads by more than 200 pledged delegates || document
'''))

# ---------------------------------------------------------------- v02: things we learned
ARTICLES_A.append(dict(id="v02", text='''5 things we learned from the Republican debate in Houston

HOUSTON (AP) - Marco Rubio came to Thursday night's debate looking for a fight, and he got one. Here are five takeaways:

1. RUBIO FOUND HIS VOICE

The Florida senator was on the offensive for most of the night. Trump "hired hundreds of foreign workers" at his Palm Beach club instead of Americans, Rubio charged. Rubio aides said afterward that the senator had rehearsed the line for a week.

2. TRUMP DID NOT BACK DOWN

Trump shot back that Rubio had "never hired anybody" and called the senator "a choke artist." The billionaire's campaign later said in a statement that Trump had "won the debate by a mile."

3. CRUZ STAYED OUT OF THE WAY

Ted Cruz, who has slipped to third nationally, mostly let his rivals fight. Cruz said the exchange was "a preview of how Hillary Clinton will tear either of them apart." Some of his donors worry that the Texas senator missed his chance, according to two people who attended a reception after the debate.

4. THE MODERATORS LOST CONTROL

CNN's Wolf Blitzer repeatedly told the candidates to stop talking over each other. Viewers on social media complained that the debate had become "a food fight." One clip of the shouting match was viewed more than a million times before midnight.

5. THE ESTABLISHMENT IS STILL NERVOUS

Republican National Committee Chairman Reince Priebus told reporters after the debate that the party would "unite behind whoever wins." But a senior RNC official said privately that party leaders fear a Trump nomination could cost them the Senate.

The official, who was not authorized to speak on the record, said donors had been calling the committee "all week" with the same question. A Fox News poll released before the debate showed Trump leading by more than 15 points nationally.
''', ann='''
charged || Rubio || Trump "hired hundreds of foreign workers" at his Palm Beach club instead of Americans || named_person
said || Rubio aides || the senator had rehearsed the line for a week || anonymous
shot back || Trump || Rubio had "never hired anybody" || named_person
called || [[Trump]] shot back || the senator "a choke artist." || named_person
said || The billionaire's campaign || Trump had "won the debate by a mile." || named_org
said || Cruz || the exchange was "a preview of how Hillary Clinton will tear either of them apart." || named_person
according to || two people who attended a reception after the debate || Some of his donors worry that the Texas senator missed his chance || anonymous
told || CNN's Wolf Blitzer || to stop talking over each other || named_person
complained || Viewers on social media || the debate had become "a food fight." || anonymous
told || Republican National Committee Chairman Reince Priebus || the party would "unite behind whoever wins." || named_person
said || a senior RNC official || party leaders fear a Trump nomination could cost them the Senate || anonymous
said || The official, who was not authorized to speak on the record || donors had been calling the committee "all week" with the same question || anonymous
showed || A Fox News poll released before the debate || Trump leading by more than 15 points nationally || document
'''))

# ---------------------------------------------------------------- v03: interview (Q/A)
ARTICLES_A.append(dict(id="v03", text='''Ryan says House GOP will write its own agenda, whoever the nominee is

WASHINGTON - House Speaker Paul Ryan says Republicans in the House will not wait for their presidential nominee to tell them what to stand for.

In an interview Wednesday in his Capitol office, the Wisconsin Republican said the House would release a policy agenda in June covering poverty, taxes and national security. He acknowledged that some members are uneasy about Donald Trump, but he said the party's ideas "are bigger than any one candidate."

The interview was conducted by Associated Press reporter Dana Whitfield. Excerpts, edited for length:

Q: Can you support Donald Trump if he is the nominee?

A: I want to. I'm just not there yet. He needs to show that he shares our principles, and I'll be honest, I haven't seen that yet.

Q: Is your Medicare plan a liability for House Republicans in November?

A: No. We are trying to save Medicare, not end it. The program goes broke in 2028 if nobody acts.

Q: Would you accept the nomination at a contested convention?

A: No. Count me out. The nominee should be someone who actually ran.

Ryan's aides have long insisted that he has no interest in being drafted at the convention. One Ryan ally in the House said on condition of anonymity that the speaker "means it this time" and has told friends as much.

Trump's campaign did not respond to a request for comment.

Democratic National Committee Chairwoman Debbie Wasserman Schultz said in a statement that Ryan's agenda was "the same old trickle-down wish list with a fresh coat of paint." House Minority Leader Nancy Pelosi told reporters the speaker was "auditioning for a job he says he doesn't want."

Some conservative members of the House Freedom Caucus, meanwhile, believe the agenda does not go far enough on spending, according to a letter the group sent to Ryan last week. The letter asked for a vote on a balanced-budget amendment before the August recess.
''', ann='''
says || Ryan || House GOP will write its own agenda, whoever the nominee is || named_person
says || House Speaker Paul Ryan || Republicans in the House will not wait for their presidential nominee to tell them what to stand for || named_person
said || the Wisconsin Republican || the House would release a policy agenda in June covering poverty, taxes and national security || named_person
acknowledged || He || some members are uneasy about Donald Trump || named_person
said || [[he]] said the party || the party's ideas "are bigger than any one candidate." || named_person
: || Q || Can you support Donald Trump if he is the nominee? || named_person
: || A || I want to. I'm just not there yet. He needs to show that he shares our principles, and I'll be honest, I haven't seen that yet || named_person
: || Q || Is your Medicare plan a liability for House Republicans in November? || named_person
: || A || No. We are trying to save Medicare, not end it. The program goes broke in 2028 if nobody acts || named_person
: || Q || Would you accept the nomination at a contested convention? || named_person
: || A || No. Count me out. The nominee should be someone who actually ran || named_person
have long insisted || Ryan's aides || he has no interest in being drafted at the convention || anonymous
said || One Ryan ally in the House || the speaker "means it this time" and has told friends as much || anonymous
said || Democratic National Committee Chairwoman Debbie Wasserman Schultz || Ryan's agenda was "the same old trickle-down wish list with a fresh coat of paint." || named_person
told || House Minority Leader Nancy Pelosi || the speaker was "auditioning for a job he says he doesn't want." || named_person
according to || a letter the group sent to Ryan last week || Some conservative members of the House Freedom Caucus, meanwhile, believe the agenda does not go far enough on spending || document
asked for || The letter || a vote on a balanced-budget amendment before the August recess || document
'''))

# ---------------------------------------------------------------- v04: digest
ARTICLES_A.append(dict(id="v04", text='''Political digest: Judge blocks Ohio early-voting cut; Comey faces House panel; Pence signs road bill

OHIO EARLY-VOTING LAW BLOCKED

U.S. District Judge Ellen Marsh in Columbus on Friday blocked an Ohio law that would have cut the early voting period by a week. The law "places its heaviest weight on the voters with the least flexibility," Marsh wrote in a 48-page opinion. Ohio Secretary of State Jon Husted said the state would appeal. Lawyers for the Ohio Democratic Party said the decision would let "hundreds of thousands" of people vote after work.

COMEY BEFORE HOUSE PANEL

FBI Director James Comey told the House Oversight Committee on Thursday that the bureau's agents "do not care about politics, and neither do I." Rep. Jason Chaffetz of Utah, the committee's Republican chairman, said the bureau had applied "a double standard" to powerful people. A Justice Department spokeswoman said later that the department had "full confidence" in the director.

PENCE SIGNS ROAD BILL

Indiana Gov. Mike Pence signed a $1 billion road funding bill Wednesday. Pence said the plan would repair roads and bridges "without raising a single tax." Democrats in the Legislature argued the bill relied on "accounting tricks." According to the Indianapolis Star, the bill cleared the state Senate by two votes.

SANDERS BACKERS MARCH

Several hundred supporters of Bernie Sanders marched through downtown Philadelphia on Sunday, a day before the Democratic convention opens. Many of the marchers said they would not vote for Hillary Clinton in November. A Sanders campaign spokesman said the senator "understands their frustration" but would keep urging them to back the nominee. Philadelphia police said the crowd numbered about 800.

CAPITOL SECURITY REVIEW

The Capitol Police Board has ordered a review of security at visitor entrances, it was announced Monday. A report by the agency's inspector general found that screeners missed prohibited items in six of 20 tests last spring. A spokeswoman for the board said the findings were "unacceptable" and that new equipment would be in place by September.
''', ann='''
wrote || Marsh || The law "places its heaviest weight on the voters with the least flexibility," || named_person
said || Ohio Secretary of State Jon Husted || the state would appeal || named_person
said || Lawyers for the Ohio Democratic Party || the decision would let "hundreds of thousands" of people vote after work || anonymous
told || FBI Director James Comey || the bureau's agents "do not care about politics, and neither do I." || named_person
said || Rep. Jason Chaffetz of Utah, the committee's Republican chairman || the bureau had applied "a double standard" to powerful people || named_person
said || A Justice Department spokeswoman || the department had "full confidence" in the director || anonymous
said || Pence || the plan would repair roads and bridges "without raising a single tax." || named_person
argued || Democrats in the Legislature || the bill relied on "accounting tricks." || named_org
According to || the Indianapolis Star || the bill cleared the state Senate by two votes || media
said || Many of the marchers || they would not vote for Hillary Clinton in November || anonymous
said || A Sanders campaign spokesman || the senator "understands their frustration" but would keep urging them to back the nominee || anonymous
said || Philadelphia police || the crowd numbered about 800 || named_org
was announced || - || The Capitol Police Board has ordered a review of security at visitor entrances || unknown
found || A report by the agency's inspector general || screeners missed prohibited items in six of 20 tests last spring || document
said || A spokeswoman for the board || the findings were "unacceptable" and that new equipment would be in place by September || anonymous
'''))

# ---------------------------------------------------------------- v05: The Latest
ARTICLES_A.append(dict(id="v05", text='''The Latest: Sanders delegates protest as Democratic convention opens

PHILADELPHIA (AP) - The Latest on the Democratic National Convention (all times local):

5:10 p.m.

Hillary Clinton's campaign says she will watch Monday night's speeches from her home in Chappaqua, New York.

Campaign chairman John Podesta told reporters on a conference call that Clinton "is ready to make her case to the country" when she speaks Thursday. Podesta also said the campaign had "no information" about who was behind the leak of party emails.

4:25 p.m.

Several Sanders delegates from California booed during the opening prayer.

Delegate Maria Esquivel of Oakland said she felt "betrayed" by party leaders. "We came here to be heard, not managed," she said.

A text message from Sanders to his delegates urged them not to stage protests on the floor.

2:50 p.m.

It was announced Monday that Florida Rep. Debbie Wasserman Schultz will not gavel the convention to order.

The Democratic National Committee chairwoman faced boos at a breakfast with Florida delegates earlier in the day. A DNC official said on condition of anonymity that party leaders had asked her to step aside "for the sake of unity."

1:15 p.m.

A new CNN/ORC poll finds Donald Trump narrowly ahead of Clinton, 47 percent to 44 percent, after last week's Republican convention.

Clinton campaign manager Robby Mook told CNN that convention bounces "come and go." Mook said the campaign believes the email leak was timed to help Trump.

11:30 a.m.

Sen. Elizabeth Warren says she is confident that Sanders supporters will come around by November.

Warren told MSNBC the party is "more united than it looks on TV." She will speak Monday night along with Michelle Obama and Sanders himself.

Sanders' campaign manager, Jeff Weaver, has said the senator will urge his delegates to support the nominee. Weaver told reporters Sunday that Sanders "has done what he said he would do."

Organizers expect as many as 50,000 people in Philadelphia for the four-day event, Philadelphia police said.
''', ann='''
says || Hillary Clinton's campaign || she will watch Monday night's speeches from her home in Chappaqua, New York || named_org
told || Campaign chairman John Podesta || Clinton "is ready to make her case to the country" when she speaks Thursday || named_person
said || Podesta || the campaign had "no information" about who was behind the leak of party emails || named_person
said || Delegate Maria Esquivel of Oakland || she felt "betrayed" by party leaders || named_person
said || [[she]] said. || "We came here to be heard, not managed," || named_person
urged || A text message from Sanders to his delegates || them not to stage protests on the floor || document
was announced || - || Florida Rep. Debbie Wasserman Schultz will not gavel the convention to order || unknown
said || A DNC official || party leaders had asked her to step aside "for the sake of unity." || anonymous
finds || A new CNN/ORC poll || Donald Trump narrowly ahead of Clinton, 47 percent to 44 percent, after last week's Republican convention || document
told || Clinton campaign manager Robby Mook || convention bounces "come and go." || named_person
said || Mook || the campaign believes the email leak was timed to help Trump || named_person
says || Sen. Elizabeth Warren || she is confident that Sanders supporters will come around by November || named_person
told || Warren || the party is "more united than it looks on TV." || named_person
has said || Sanders' campaign manager, Jeff Weaver || the senator will urge his delegates to support the nominee || named_person
told || Weaver || Sanders "has done what he said he would do." || named_person
police [[said]]. || [[Philadelphia police]] said. || Organizers expect as many as 50,000 people in Philadelphia for the four-day event || named_org
'''))

# ---------------------------------------------------------------- v06: what to know
ARTICLES_A.append(dict(id="v06", text='''What to know about the FBI's new look at Clinton emails

WASHINGTON (AP) - A three-paragraph letter from FBI Director James Comey to Congress on Friday has upended the final days of the presidential race. Here is what is known so far:

WHAT THE LETTER SAYS

Comey wrote that agents had come across messages "that could bear on" the bureau's earlier case involving Hillary Clinton's private server. The letter said the bureau could not yet judge "whether this material is significant," and it gave no timetable for the review.

WHERE THE EMAILS CAME FROM

The messages were found on a laptop used by former Rep. Anthony Weiner, according to two law enforcement officials who spoke on condition of anonymity because they were not authorized to discuss an ongoing investigation. The New York Times first reported the link to Weiner.

HOW CLINTON RESPONDED

Clinton told reporters in Des Moines that the FBI should "put everything on the table, right now." Her campaign chairman, John Podesta, said the letter was "long on innuendo and short on facts."

HOW TRUMP RESPONDED

Trump said at a rally in Manchester, New Hampshire, that the new review proved the system was "rigged from top to bottom." The crowd chanted "Lock her up." House Speaker Paul Ryan said in a statement that Clinton should no longer receive classified intelligence briefings.

WHAT THE JUSTICE DEPARTMENT THOUGHT

Senior Justice Department officials had advised Comey against sending the letter, The Washington Post reported. Democrats believe the timing broke with a long-standing department practice of avoiding steps that could sway an election.

WHAT VOTERS THINK

It is too early to measure any effect. An ABC News/Washington Post tracking poll completed before the letter showed Clinton ahead by two points nationally. Republican strategists said the news could help bring wavering conservatives home to Trump.

WHAT HAPPENS NEXT

Agents are reviewing the messages, but the bureau has given no indication of how long the work will take. Sen. Harry Reid of Nevada, the Senate's top Democrat, wrote to Comey on Sunday that he may have broken the Hatch Act. Comey has not replied publicly.
''', ann='''
wrote || Comey || agents had come across messages "that could bear on" the bureau's earlier case involving Hillary Clinton's private server || named_person
said || The letter || the bureau could not yet judge "whether this material is significant," || document
according to || two law enforcement officials who spoke on condition of anonymity because they were not authorized to discuss an ongoing investigation || The messages were found on a laptop used by former Rep. Anthony Weiner || anonymous
first reported || The New York Times || the link to Weiner || media
told || Clinton || the FBI should "put everything on the table, right now." || named_person
said || Her campaign chairman, John Podesta || the letter was "long on innuendo and short on facts." || named_person
said || Trump || the new review proved the system was "rigged from top to bottom." || named_person
chanted || The crowd || "Lock her up." || anonymous
said || House Speaker Paul Ryan || Clinton should no longer receive classified intelligence briefings || named_person
reported || The Washington Post || Senior Justice Department officials had advised Comey against sending the letter || media
believe || Democrats || the timing broke with a long-standing department practice of avoiding steps that could sway an election || named_org
showed || An ABC News/Washington Post tracking poll completed before the letter || Clinton ahead by two points nationally || document
said || Republican strategists || the news could help bring wavering conservatives home to Trump || anonymous
wrote || Sen. Harry Reid of Nevada, the Senate's top Democrat || he may have broken the Hatch Act || named_person
'''))

ARTICLES_B = []

# ---------------------------------------------------------------- v07: interview (speaker labels)
ARTICLES_B.append(dict(id="v07", text='''Kaine, in interview, says he is ‘comfortable being the boring one’

RICHMOND, Va. — Sen. Tim Kaine says he does not mind his reputation as the quiet half of the Democratic ticket.

“I’m comfortable being the boring one,” the Virginia senator said in an interview with The Richmond Times-Dispatch on Sunday, hours before a rally at a community college in Henrico County. “Somebody on this ticket should be.”

Kaine, Hillary Clinton’s running mate, spoke with reporter Laura Benning for about 20 minutes. An edited excerpt:

BENNING: How are you preparing for the debate with Mike Pence?

KAINE: Reading. A lot of reading. Governor Pence has a record in Indiana, and I intend to talk about it.

BENNING: What is your pitch to progressives who backed Bernie Sanders?

KAINE: That we agree on far more than we disagree on. Look at the platform. It is the most progressive one this party has ever written.

BENNING: Will Virginia be close?

KAINE: Closer than the polls. I never take Virginia for granted, and neither does Hillary.

Kaine’s aides say he has spent more time in Ohio and Pennsylvania since the convention than any other surrogate for the campaign. His schedule this week includes stops in Scranton, Toledo and Charlotte.

A Republican strategist in Richmond argued that Kaine’s low profile is by design. “They don’t want him making news,” the strategist said. “Every day he’s not in the headlines is a good day for them.”

Pence spokesman Marc Lotter said in an email that Kaine “has spent 20 years running from his own record.” The Trump campaign has released two digital ads this month focused on Kaine’s time as governor.

A Quinnipiac University poll released last week showed Clinton leading in Virginia by seven points, and Virginia Democrats believe the ticket’s lead there is secure. Kaine, for his part, said he would keep campaigning in Virginia “as if we’re five points behind.”
''', ann='''
says || Kaine || he is ‘comfortable being the boring one’ || named_person
says || Sen. Tim Kaine || he does not mind his reputation as the quiet half of the Democratic ticket || named_person
said || the Virginia senator || “I’m comfortable being the boring one,” ## “Somebody on this ticket should be.” || named_person
: || BENNING || How are you preparing for the debate with Mike Pence? || named_person
: || KAINE || Reading. A lot of reading. Governor Pence has a record in Indiana, and I intend to talk about it || named_person
: || BENNING || What is your pitch to progressives who backed Bernie Sanders? || named_person
: || KAINE || That we agree on far more than we disagree on. Look at the platform. It is the most progressive one this party has ever written || named_person
: || BENNING || Will Virginia be close? || named_person
: || KAINE || Closer than the polls. I never take Virginia for granted, and neither does Hillary || named_person
say || Kaine’s aides || he has spent more time in Ohio and Pennsylvania since the convention than any other surrogate for the campaign || anonymous
argued || A Republican strategist in Richmond || Kaine’s low profile is by design || anonymous
said || the strategist || “They don’t want him making news,” ## “Every day he’s not in the headlines is a good day for them.” || anonymous
said || Pence spokesman Marc Lotter || Kaine “has spent 20 years running from his own record.” || named_person
showed || A Quinnipiac University poll released last week || Clinton leading in Virginia by seven points || document
believe || Virginia Democrats || the ticket’s lead there is secure || named_org
said || [[Kaine]], for his part || he would keep campaigning in Virginia “as if we’re five points behind.” || named_person
'''))

# ---------------------------------------------------------------- v08: digest
ARTICLES_B.append(dict(id="v08", text='''Capitol digest: Zika money stalls again; Garland still waiting; Obama presses on trade

ZIKA FUNDING STALLS AGAIN

Senate Democrats on Tuesday blocked a $1.1 billion measure to fight the Zika virus for the third time this summer. Democrats said the bill included “poison pills,” among them new limits on money for Planned Parenthood clinics in Puerto Rico. Senate Majority Leader Mitch McConnell said on the floor that Democrats were “playing politics with a public health emergency.” The Centers for Disease Control and Prevention reported Monday that the number of locally acquired infections in Florida had risen to 43.

COURT NOMINEE STILL WAITING

Judge Merrick Garland marked his 100th day as a Supreme Court nominee without a hearing. McConnell told reporters that his position “has not changed and will not change.” Several Republican senators have privately told colleagues they would meet with Garland after the election, according to a Senate aide familiar with the discussions.

LAWMAKER FINED

The Ohio Elections Commission on Thursday fined state Rep. Carl Dennison, a Republican from Lima, $5,000 for failing to report loans to his campaign. The commission’s order said Dennison had “repeatedly ignored” requests for records. Dennison wrote in a Facebook post that he would pay the fine but that the case was “a witch hunt by people who have never liked me.”

OBAMA ON TRADE

President Barack Obama still thinks the Trans-Pacific Partnership can pass Congress this year, White House press secretary Josh Earnest said Wednesday. Earnest told reporters the agreement was “too important to fall victim to campaign-season politics.” Labor unions remain opposed, and the AFL-CIO said in a statement that the deal would “ship good jobs overseas and bring back nothing.”

FLAG VOTE IN MISSISSIPPI

A group of Mississippi lawmakers says it will try again next year to remove the Confederate emblem from the state flag. State Sen. Alan Pruitt, a Democrat, said the flag “tells a lot of our own people that they are not welcome.” Gov. Phil Bryant has said the question should be settled by voters, not the Legislature. A Mississippi State University survey found that a majority of residents favor keeping the current design.
''', ann='''
said || Democrats || the bill included “poison pills,” among them new limits on money for Planned Parenthood clinics in Puerto Rico || named_org
said || Senate Majority Leader Mitch McConnell || Democrats were “playing politics with a public health emergency.” || named_person
reported || The Centers for Disease Control and Prevention || the number of locally acquired infections in Florida had risen to 43 || named_org
told || McConnell || his position “has not changed and will not change.” || named_person
according to || a Senate aide familiar with the discussions || Several Republican senators have privately told colleagues they would meet with Garland after the election || anonymous
said || The commission’s order || Dennison had “repeatedly ignored” requests for records || document
wrote || Dennison || he would pay the fine but that the case was “a witch hunt by people who have never liked me.” || named_person
said || White House press secretary Josh Earnest || President Barack Obama still thinks the Trans-Pacific Partnership can pass Congress this year || named_person
told || Earnest || the agreement was “too important to fall victim to campaign-season politics.” || named_person
said || the AFL-CIO || the deal would “ship good jobs overseas and bring back nothing.” || named_org
says || A group of Mississippi lawmakers || it will try again next year to remove the Confederate emblem from the state flag || anonymous
said || State Sen. Alan Pruitt, a Democrat || the flag “tells a lot of our own people that they are not welcome.” || named_person
has said || Gov. Phil Bryant || the question should be settled by voters, not the Legislature || named_person
found || A Mississippi State University survey || a majority of residents favor keeping the current design || document
'''))

# ---------------------------------------------------------------- v09: The Latest
ARTICLES_B.append(dict(id="v09", text='''The Latest: Trump campaign says he is ‘not going anywhere’

ST. LOUIS (AP) — The Latest on the presidential race (all times EDT):

4:30 p.m.

Donald Trump’s running mate says he is “proud to stand with” the Republican nominee ahead of Sunday night’s debate.

Indiana Gov. Mike Pence told supporters on a conference call that Trump had shown “real humility” in his apology for remarks caught on a 2005 video. Pence’s aides had said privately on Saturday that the governor was “beside himself” over the tape, according to two Republicans close to the campaign.

2:45 p.m.

Trump campaign manager Kellyanne Conway says the Republican nominee “is not going anywhere.”

“He’s in this to win,” Conway said on NBC’s “Meet the Press.” “Anyone who thinks otherwise doesn’t know him.”

Several Republican lawmakers, including Arizona Sen. John McCain, withdrew their support over the weekend. An RNC official said Chairman Reince Priebus had spoken with Trump twice on Saturday. The official would not describe the conversations.

1:10 p.m.

Hillary Clinton is spending the day in debate preparation at a hotel in St. Louis.

Her press secretary, Brian Fallon, told reporters that Clinton would “not be thrown off” if Trump raised her husband’s past. Clinton’s aides believe the race has moved decisively in her favor, but they worry about complacency among young voters, The New York Times reported.

11:20 a.m.

A new NBC News/Wall Street Journal poll shows Clinton leading Trump by nine points among likely voters.

The survey found that most Republicans still want Trump to stay in the race. About a third of Republican women said he should step aside, according to the poll.

9:05 a.m.

Trump spent the early morning on Twitter.

In a series of early-morning tweets, the Republican nominee wrote that the “self-righteous hypocrites” in his party would “watch their poll numbers go down.” He said he had “tremendous support” from voters, if not from party leaders.
''', ann='''
says || Trump campaign || he is ‘not going anywhere’ || named_org
says || Donald Trump’s running mate || he is “proud to stand with” the Republican nominee ahead of Sunday night’s debate || named_person
told || Indiana Gov. Mike Pence || Trump had shown “real humility” in his apology for remarks caught on a 2005 video || named_person
according to || two Republicans close to the campaign || Pence’s aides had said privately on Saturday that the governor was “beside himself” over the tape || anonymous
says || Trump campaign manager Kellyanne Conway || the Republican nominee “is not going anywhere.” || named_person
said || Conway || “He’s in this to win,” ## “Anyone who thinks otherwise doesn’t know him.” || named_person
said || An RNC official || Chairman Reince Priebus had spoken with Trump twice on Saturday || anonymous
told || Her press secretary, Brian Fallon || Clinton would “not be thrown off” if Trump raised her husband’s past || named_person
reported || The New York Times || Clinton’s aides believe the race has moved decisively in her favor, but they worry about complacency among young voters || media
shows || A new NBC News/Wall Street Journal poll || Clinton leading Trump by nine points among likely voters || document
found || The survey || most Republicans still want Trump to stay in the race || document
according to || the poll || About a third of Republican women said he should step aside || document
wrote || the Republican nominee || the “self-righteous hypocrites” in his party would “watch their poll numbers go down.” || named_person
said || [[He]] said he had || he had “tremendous support” from voters, if not from party leaders || named_person
'''))

# ---------------------------------------------------------------- v10: things to know
ARTICLES_B.append(dict(id="v10", text='''5 things to know about Obama’s Supreme Court pick

WASHINGTON (AP) — President Barack Obama on Wednesday chose Merrick Garland, the chief judge of the federal appeals court in Washington, to fill the seat left by the death of Justice Antonin Scalia. Here’s what to know:

1. WHO HE IS

Garland, 63, is a former federal prosecutor who supervised the Oklahoma City bombing case. Obama said in the Rose Garden that Garland had “earned the respect of people across the spectrum.” Garland, his voice breaking, called the nomination “the greatest honor of my life, other than my marriage.”

2. WHY OBAMA PICKED HIM

White House officials say the president chose Garland in part because Republicans have praised him in the past. Senate Judiciary Chairman Chuck Grassley once called Garland “a model judge,” according to a 1997 transcript circulated by the White House.

3. WHAT REPUBLICANS SAY

Senate Majority Leader Mitch McConnell said the Senate would not hold hearings or a vote on any nominee until after the election. “Let the voters settle it in November,” McConnell said on the Senate floor. Some Republican senators, including Susan Collins of Maine, said they would meet with Garland as a courtesy.

4. WHAT DEMOCRATS SAY

Senate Minority Leader Harry Reid said Republicans were “abdicating their constitutional duty.” Hillary Clinton, campaigning in Chicago, said Senate Republicans “ought to give him a fair hearing and a vote.” Some liberal activists are disappointed that Obama did not pick a younger nominee, according to leaders of a dozen progressive groups.

5. WHAT COMES NEXT

Garland will begin meeting senators next week, the White House said. Conservative groups, including the Judicial Crisis Network, say they will spend $2 million on ads opposing confirmation. A Gallup survey released Tuesday found that 52 percent of Americans want the Senate to act on the nomination this year.
''', ann='''
said || Obama || Garland had “earned the respect of people across the spectrum.” || named_person
called || [[Garland]], his voice breaking || the nomination “the greatest honor of my life, other than my marriage.” || named_person
say || White House officials || the president chose Garland in part because Republicans have praised him in the past || anonymous
according to || a 1997 transcript circulated by the White House || Senate Judiciary Chairman Chuck Grassley once called Garland “a model judge,” || document
said || Senate Majority Leader Mitch McConnell || the Senate would not hold hearings or a vote on any nominee until after the election || named_person
said || [[McConnell]] said on the Senate floor || “Let the voters settle it in November,” || named_person
said || Some Republican senators, including Susan Collins of Maine || they would meet with Garland as a courtesy || named_person
said || Senate Minority Leader Harry Reid || Republicans were “abdicating their constitutional duty.” || named_person
said || Hillary Clinton || Senate Republicans “ought to give him a fair hearing and a vote.” || named_person
according to || leaders of a dozen progressive groups || Some liberal activists are disappointed that Obama did not pick a younger nominee || anonymous
said || the White House || Garland will begin meeting senators next week || named_org
say || Conservative groups, including the Judicial Crisis Network || they will spend $2 million on ads opposing confirmation || named_org
found || A Gallup survey released Tuesday || 52 percent of Americans want the Senate to act on the nomination this year || document
'''))

# ---------------------------------------------------------------- v11: interview (Q/A)
ARTICLES_B.append(dict(id="v11", text='''Sanders: ‘We are not going to go away’

BURLINGTON, Vt. — Bernie Sanders says the movement behind his campaign will outlast the primary season, whatever happens at the Democratic convention in Philadelphia.

In a 30-minute interview at his campaign headquarters on Saturday, the Vermont senator said he would press for a $15 minimum wage and an end to superdelegates in the party platform. He also said he had not decided when to endorse Hillary Clinton.

The interview was conducted by Boston Globe reporter Peter Haskell. Excerpts, edited for clarity:

Q: Is the primary over?

A: Mathematically, it is very hard. But the ideas we have been fighting for are winning, and that part is not over.

Q: What would it take for you to endorse Secretary Clinton?

A: A platform that speaks to working families, and a party that opens its doors instead of closing them.

Q: Will your supporters vote for her in November?

A: Most of them, yes. Some of them, I don’t know. That is her job to earn.

Clinton’s campaign has said it is open to changes in the platform. Her aides note that she has already moved toward Sanders on trade and on a public option for health insurance.

People close to Sanders say he remains frustrated with Democratic National Committee Chairwoman Debbie Wasserman Schultz, whom he blames for a debate schedule he considers rigged. Jeff Weaver, his campaign manager, told CNN last week that Sanders would stay in the race “until the last vote is cast.”

A Globe review of campaign finance filings found that Sanders raised most of his April money from donors who gave less than $100. Clinton, by contrast, has relied more heavily on large checks, the filings show.

Sanders ended the interview by saying he planned to spend the week in California, which votes June 7. “I think we can win there,” he said. “People are going to be surprised.”
''', ann='''
: || Sanders || ‘We are not going to go away’ || named_person
says || Bernie Sanders || the movement behind his campaign will outlast the primary season, whatever happens at the Democratic convention in Philadelphia || named_person
said || the Vermont senator || he would press for a $15 minimum wage and an end to superdelegates in the party platform || named_person
said || He || he had not decided when to endorse Hillary Clinton || named_person
: || Q || Is the primary over? || named_person
: || A || Mathematically, it is very hard. But the ideas we have been fighting for are winning, and that part is not over || named_person
: || Q || What would it take for you to endorse Secretary Clinton? || named_person
: || A || A platform that speaks to working families, and a party that opens its doors instead of closing them || named_person
: || Q || Will your supporters vote for her in November? || named_person
: || A || Most of them, yes. Some of them, I don’t know. That is her job to earn || named_person
has said || Clinton’s campaign || it is open to changes in the platform || named_org
note || Her aides || she has already moved toward Sanders on trade and on a public option for health insurance || anonymous
say || People close to Sanders || he remains frustrated with Democratic National Committee Chairwoman Debbie Wasserman Schultz, whom he blames for a debate schedule he considers rigged || anonymous
told || Jeff Weaver, his campaign manager || Sanders would stay in the race “until the last vote is cast.” || named_person
found || A Globe review of campaign finance filings || Sanders raised most of his April money from donors who gave less than $100 || media
show || the filings || Clinton, by contrast, has relied more heavily on large checks || document
saying || Sanders || he planned to spend the week in California, which votes June 7 || named_person
said || [[he]] said. || “I think we can win there,” ## “People are going to be surprised.” || named_person
'''))

# ---------------------------------------------------------------- v12: digest
ARTICLES_B.append(dict(id="v12", text='''News digest: White House on Iran payment; Rubio to run again; Texas ID ruling

THE IRAN PAYMENT

The White House said Thursday that a $400 million cash payment to Iran was not a ransom. Press secretary Josh Earnest told reporters that the payment had been “fully disclosed” in January and that it settled a decades-old arms dispute. The Wall Street Journal reported that the plane carrying the cash landed in Tehran on the same day four Americans were freed. Sen. Tom Cotton of Arkansas said the administration had “paid a ransom, and everyone knows it.”

RUBIO REVERSES COURSE

Sen. Marco Rubio will run for re-election after all, according to a person familiar with his decision. Rubio had said repeatedly during his presidential campaign that he would return to private life in January. “Rubio changed his mind because Washington told him to,” Florida Democrats said in a statement. Rubio’s office did not respond to a request for comment.

TEXAS VOTER ID

The full 5th U.S. Circuit Court of Appeals ruled Wednesday that the Texas voter identification law must be softened before November. Texas Attorney General Ken Paxton said the state was “weighing all options,” including an appeal to the Supreme Court. Voting rights advocates believe hundreds of thousands of registered voters lack an accepted form of ID.

TRUMP TAX RETURNS

Donald Trump will not release his tax returns before the election, campaign manager Kellyanne Conway said Sunday. Conway told ABC News that voters were “far more interested in their own taxes than in his.” Clinton has released tax returns going back to 1977, and her campaign chairman, John Podesta, said on Twitter that Trump was “hiding something.”

CLINTON FOUNDATION

The Clinton Foundation will stop accepting foreign donations if Hillary Clinton is elected, the foundation’s board announced Monday. Critics of the foundation argue the change comes too late. A foundation spokesman said the group had “always been transparent” about its donors.
''', ann='''
said || The White House || a $400 million cash payment to Iran was not a ransom || named_org
told || Press secretary Josh Earnest || the payment had been “fully disclosed” in January and that it settled a decades-old arms dispute || named_person
reported || The Wall Street Journal || the plane carrying the cash landed in Tehran on the same day four Americans were freed || media
said || Sen. Tom Cotton of Arkansas || the administration had “paid a ransom, and everyone knows it.” || named_person
according to || a person familiar with his decision || Sen. Marco Rubio will run for re-election after all || anonymous
had said || Rubio || he would return to private life in January || named_person
said || Florida Democrats || “Rubio changed his mind because Washington told him to,” || named_org
ruled || The full 5th U.S. Circuit Court of Appeals || the Texas voter identification law must be softened before November || named_org
said || Texas Attorney General Ken Paxton || the state was “weighing all options,” including an appeal to the Supreme Court || named_person
believe || Voting rights advocates || hundreds of thousands of registered voters lack an accepted form of ID || anonymous
said || campaign manager Kellyanne Conway || Donald Trump will not release his tax returns before the election || named_person
told || Conway || voters were “far more interested in their own taxes than in his.” || named_person
said || her campaign chairman, John Podesta || Trump was “hiding something.” || named_person
announced || the foundation’s board || The Clinton Foundation will stop accepting foreign donations if Hillary Clinton is elected || named_org
argue || Critics of the foundation || the change comes too late || anonymous
said || A foundation spokesman || the group had “always been transparent” about its donors || anonymous
'''))

# ====================================================================== engine

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
STRAIGHT = set("\"'")
CURLY = set("\u201c\u201d\u2018\u2019")


def _is_word(ch):
    return ch.isalnum() or ch == "_"


def _occurrences(text, s):
    """All start offsets of s in text, respecting word boundaries at word-character edges."""
    out, i = [], text.find(s)
    while i != -1:
        ok = True
        if _is_word(s[0]) and i > 0 and _is_word(text[i - 1]):
            ok = False
        j = i + len(s)
        if _is_word(s[-1]) and j < len(text) and _is_word(text[j]):
            ok = False
        if ok:
            out.append(i)
        i = text.find(s, i + 1)
    return out


def _parse(field):
    """'ctx [[span]] ctx' -> (span, full_context_string, offset_of_span_in_context); plain -> (span, None, 0)."""
    m = re.fullmatch(r"(.*)\[\[(.+?)\]\](.*)", field, re.S)
    if not m:
        return field, None, 0
    return m.group(2), m.group(1) + m.group(2) + m.group(3), len(m.group(1))


def _locate_with_context(text, span, ctx, off, what):
    occ = [i for i in range(len(text)) if text.startswith(ctx, i)]
    assert len(occ) == 1, f"{what}: context {ctx!r} occurs {len(occ)} times"
    return occ[0] + off, occ[0] + off + len(span)


def _dist(a, b):
    """distance between intervals a=(s,e) and list of intervals b (0 if a lies within b's hull)."""
    lo, hi = min(x[0] for x in b), max(x[1] for x in b)
    if a[1] <= lo:
        return lo - a[1]
    if a[0] >= hi:
        return a[0] - hi
    return 0


def _overlaps(a, spans):
    return any(a[0] < s[1] and s[0] < a[1] for s in spans)


def _nearest(text, field, anchor, forbid, what):
    span, ctx, off = _parse(field)
    if ctx is not None:
        s, e = _locate_with_context(text, span, ctx, off, what)
        assert not _overlaps((s, e), forbid), f"{what}: {span!r} overlaps another span"
        return s, e
    cands = [(i, i + len(span)) for i in _occurrences(text, span)]
    cands = [c for c in cands if not _overlaps(c, forbid)]
    assert cands, f"{what}: {span!r} not found"
    cands.sort(key=lambda c: _dist(c, anchor))
    if len(cands) > 1:
        assert _dist(cands[0], anchor) < _dist(cands[1], anchor), f"{what}: tie for {span!r}"
    return cands[0]


def _content(text, field):
    frags = []
    for part in field.split(" ## "):
        span, ctx, off = _parse(part)
        if ctx is not None:
            frags.append(_locate_with_context(text, span, ctx, off, "content"))
        else:
            occ = _occurrences(text, span)
            assert len(occ) == 1, f"content {span!r} occurs {len(occ)} times; give context"
            frags.append((occ[0], occ[0] + len(span)))
    for a, b in zip(frags, frags[1:], strict=False):
        assert a[1] <= b[0], "fragments out of order"
    return frags


def _span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def _check_article(doc_id, text, half):
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", f"{doc_id}: headline then blank line"
    n = len(text.split())
    assert 250 <= n <= 450, f"{doc_id}: {n} words"
    chars = set(text)
    if half == 1:
        assert not (chars & CURLY), f"{doc_id}: curly quote in first half"
        assert '"' in chars, f"{doc_id}: no straight quotes"
    else:
        assert not (chars & STRAIGHT), f"{doc_id}: straight quote in second half"
        assert "\u201c" in chars and "\u201d" in chars, f"{doc_id}: no curly quotes"


def build_one(doc_id, text, ann):
    atts = []
    for line in ann.strip().split("\n"):
        line = line.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, f"{doc_id}: bad line {line!r}"
        cue_f, src_f, cont_f, typ = parts
        assert typ in TYPES, f"{doc_id}: bad type {typ}"
        frags = _content(text, cont_f)
        cs, ce = _nearest(text, cue_f, frags, frags, f"{doc_id} cue")
        if src_f == "-":
            src = None
            assert typ == "unknown"
        else:
            ss, se = _nearest(text, src_f, [(cs, ce)], frags + [(cs, ce)], f"{doc_id} source")
            src = _span(text, ss, se)
        content = _span(text, frags[0][0], frags[-1][1])
        if len(frags) > 1:
            content["fragments"] = [list(f) for f in frags]
        ctext = content["text"]
        assert not ctext.startswith("that "), f"{doc_id}: content starts with 'that': {ctext!r}"
        assert not ctext.endswith("."), f"{doc_id}: period outside quotes: {ctext!r}"
        assert ctext == ctext.strip() and ctext, f"{doc_id}: content whitespace"
        att = {"cue": _span(text, cs, ce), "source": src, "content": content, "source_type": typ}
        for k in ("cue", "source", "content"):
            sp = att[k]
            if sp is not None:
                assert text[sp["start"]:sp["end"]] == sp["text"]
        for f in frags:
            assert f[1] > f[0]
        atts.append(att)
    atts.sort(key=lambda a: (a["cue"]["start"], a["content"]["start"]))
    return atts


def build():
    arts = ARTICLES_A + ARTICLES_B
    assert len(arts) == 12
    recs = []
    for k, a in enumerate(arts):
        text = a["text"].strip("\n")
        half = 1 if k < 6 else 2
        _check_article(a["id"], text, half)
        recs.append({"doc_id": a["id"], "text": text, "split": "blind",
                     "attributions": build_one(a["id"], text, a["ann"])})
    return recs


def _show(rec):
    t = rec["text"]
    for a in rec["attributions"]:
        marks = [(a["cue"]["start"], "{"), (a["cue"]["end"], "}")]
        if a["source"]:
            marks += [(a["source"]["start"], "["), (a["source"]["end"], "]")]
        for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
            marks += [(s, "<"), (e, ">")]
        lo = min(m[0] for m in marks) - 15
        hi = max(m[0] for m in marks) + 15
        lo, hi = max(lo, 0), min(hi, len(t))
        out, pos = "", lo
        for p, ch in sorted(marks, key=lambda m: m[0]):
            out += t[pos:p] + ch
            pos = p
        out += t[pos:hi]
        print(f"  {a['source_type']:12s} " + out.replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind20.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
