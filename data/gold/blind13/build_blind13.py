#!/usr/bin/env python3
"""Build ``blind13.jsonl``: the thirteenth batch of blind test articles (session 15).

14 invented articles of 2016 political coverage, two in the voice of each of the seven PolNeAR
outlets, written and annotated by a helper session that never read claimtrace's code, tests or
data; see NOTES.md. Held out: scored on arrival and again at the session's end, and never read for
errors, so its figures measure how the session's rules generalise.

Usage: ``python data/gold/blind13/build_blind13.py [--check] [--review]`` (``--check``: exit 1
if blind13.jsonl is stale; ``--review``: print every attribution in context).

Annotation line format (one attribution per line, inside each article's ANN):
    CUE || SOURCE || CONTENT || TYPE
- SOURCE may be None (no source in the article).
- CONTENT fragments of a split quote are separated by ' ## '.
- Any field may be written 'SPAN @@ CONTEXT': SPAN is then looked for inside the
  unique occurrence of CONTEXT in the text (for repeated strings).
- Without a context: each content fragment must occur exactly once in the text;
  the cue is the occurrence (not overlapping the content) nearest the content;
  the source is the occurrence (not overlapping content or cue) nearest the cue.
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


# ---------------------------------------------------------------------------
# n01  The New York Times (straight quotes)
art("n01", """Clinton Campaign Pours Money Into Arizona as Race Tightens

PHOENIX - Hillary Clinton's campaign will spend an additional $2 million on television advertising in Arizona over the next three weeks, aides said on Monday, a measure of how far the presidential map has shifted in the final stretch of the race.

Robby Mook, the campaign manager, told reporters on a conference call that internal surveys showed Mrs. Clinton within two points of Donald J. Trump in the state. "Arizona is a battleground now, whether the Trump campaign wants to admit it or not," Mr. Mook said.

Arizona has voted for the Republican nominee in every presidential election since 1996, and Democrats have rarely spent serious money there. A CNN/ORC poll released Sunday found Mr. Trump leading by five points among likely voters in Arizona.

Several Republicans in the state said the spending was a stunt meant to draw Mr. Trump's attention away from Florida and Ohio. "They are throwing money at a state they cannot win," said Sean Spicer, the chief strategist of the Republican National Committee.

Mr. Trump's campaign manager, Kellyanne Conway, said in an interview that the Republican nominee would hold a rally in Phoenix next week and that she was "not worried at all" about the state.

According to two Democratic officials familiar with the planning, Mrs. Clinton may also send her running mate, Senator Tim Kaine of Virginia, to Tucson before Election Day. The officials spoke on the condition of anonymity because the schedule had not been made public.

The new money will pay for advertisements in Spanish as well as English, with an emphasis on the Phoenix suburbs, where many moderate Republican women live.

Senator John McCain of Arizona, the state's senior Republican, has said he will not vote for Mr. Trump. His spokeswoman, Laura Whitcomb, said on Monday that the senator was "focused on his own race."

The Clinton campaign also announced on Monday that Michelle Obama would campaign in Phoenix on Thursday, her first visit to the state this year.
""", r"""
said || aides || Hillary Clinton's campaign will spend an additional $2 million on television advertising in Arizona over the next three weeks || anonymous
told || Robby Mook, the campaign manager || internal surveys showed Mrs. Clinton within two points of Donald J. Trump in the state || named_person
said || Mr. Mook || "Arizona is a battleground now, whether the Trump campaign wants to admit it or not," || named_person
found || A CNN/ORC poll released Sunday || Mr. Trump leading by five points among likely voters in Arizona || document
said || Several Republicans in the state || the spending was a stunt meant to draw Mr. Trump's attention away from Florida and Ohio || anonymous
said || Sean Spicer, the chief strategist of the Republican National Committee || "They are throwing money at a state they cannot win," || named_person
said || Mr. Trump's campaign manager, Kellyanne Conway || the Republican nominee would hold a rally in Phoenix next week and that she was "not worried at all" about the state || named_person
According to || two Democratic officials familiar with the planning || Mrs. Clinton may also send her running mate, Senator Tim Kaine of Virginia, to Tucson before Election Day || anonymous
has said || Senator John McCain of Arizona, the state's senior Republican || he will not vote for Mr. Trump || named_person
said || His spokeswoman, Laura Whitcomb || the senator was "focused on his own race." || named_person
announced || The Clinton campaign || Michelle Obama would campaign in Phoenix on Thursday, her first visit to the state this year || named_org
""")

# ---------------------------------------------------------------------------
# n02  The Washington Post, analysis (straight quotes)
art("n02", """Analysis: Why Paul Ryan keeps dodging questions about Trump

House Speaker Paul D. Ryan (R-Wis.) has a practiced answer for the question he hears at nearly every news conference. At his weekly briefing on Thursday, the speaker said he had "said all I'm going to say on that" and moved on to tax reform.

The dodge is deliberate. Ryan's allies believe that any fresh break with the Republican nominee would alienate the party's base weeks before an election in which the GOP's House majority is at stake, according to three people close to the speaker.

"He is trying to keep the conference together, and there is no version of that where he picks a fight with Trump every day," said one Republican lawmaker close to Ryan, who spoke on the condition of anonymity to discuss private conversations.

Democrats are pressing the point. The Democratic Congressional Campaign Committee has argued in a string of new ads that Ryan "owns" Trump's candidacy, and House Minority Leader Nancy Pelosi (D-Calif.) told reporters Wednesday that the speaker had "made his choice."

So far, Ryan's balancing act is working, at least with his own side. A Washington Post-ABC News poll this month found that 61 percent of Republicans approve of the way Ryan is handling the nominee, while just 38 percent of Democrats do.

Ryan's spokesman, Brendan Buck, said the speaker's focus remained on the House agenda. "Paul has been clear about where he disagrees with Donald Trump, and he will keep saying so when it matters," Buck said in an email.

Trump has not made the balancing act any easier. At a rally in Green Bay last week, he told supporters that "some of our leaders" were "weak and ineffective." Ryan's office declined to comment on the remark.

Conservative talk radio hosts have been harsher. Laura Ingraham said on her program Monday that Ryan was "sabotaging" the nominee.

For now, the speaker's strategy is silence. Whether it survives the next four weeks, and a possible leadership fight after Election Day, is another question.
""", r"""
said || the speaker || he had "said all I'm going to say on that" || named_person
according to || three people close to the speaker || Ryan's allies believe that any fresh break with the Republican nominee would alienate the party's base weeks before an election in which the GOP's House majority is at stake || anonymous
said || one Republican lawmaker close to Ryan || "He is trying to keep the conference together, and there is no version of that where he picks a fight with Trump every day," || anonymous
has argued || The Democratic Congressional Campaign Committee || Ryan "owns" Trump's candidacy || named_org
told || House Minority Leader Nancy Pelosi (D-Calif.) || the speaker had "made his choice." || named_person
found || A Washington Post-ABC News poll this month || 61 percent of Republicans approve of the way Ryan is handling the nominee, while just 38 percent of Democrats do || document
said || Ryan's spokesman, Brendan Buck || the speaker's focus remained on the House agenda || named_person
said || Buck || "Paul has been clear about where he disagrees with Donald Trump, and he will keep saying so when it matters," || named_person
told || he @@ he told supporters || "some of our leaders" were "weak and ineffective." || named_person
said || Laura Ingraham || Ryan was "sabotaging" the nominee || named_person
""")

# ---------------------------------------------------------------------------
# n03  Politico scoop (straight quotes)
art("n03", """Priebus privately warns donors RNC could shift money from Trump

Reince Priebus told a group of major Republican donors on a conference call Tuesday that the Republican National Committee could redirect money away from Donald Trump's campaign if the nominee's poll numbers don't recover by mid-October, according to two people who were on the call.

The RNC chairman described any shift as a matter of "protecting the majorities" in the House and Senate, one of the people said.

Priebus also told donors that he had spoken with Trump directly and that the nominee understood the stakes, the person said.

Sean Spicer, the RNC's chief strategist and spokesman, said the account was wrong. "The chairman and the RNC are fully committed to electing Donald Trump. Any suggestion otherwise is false," Spicer said in a statement to POLITICO.

The Trump campaign did not respond to a request for comment.

The call comes at a delicate moment for the party. Many Republican operatives worry that a Trump collapse could cost the GOP control of the Senate, where Republicans are defending 24 seats to the Democrats' 10.

Several senators in tight races, including Pat Toomey of Pennsylvania and Kelly Ayotte of New Hampshire, have already pressed the committee to invest more heavily in their states, according to a senior Republican aide.

"Everyone is looking at the same numbers," the aide said. "Nobody wants to be the last one on the ship."

A POLITICO/Morning Consult poll released Monday showed Trump trailing Hillary Clinton by six points nationally, his widest deficit in the survey since early August.

The RNC has spent heavily on the party's data and field operation, which it shares with the Trump campaign. Committee officials have argued for months that the investment would help every Republican on the ballot, not just the nominee.

Priebus is scheduled to meet with the committee's finance leadership in New York next week.
""", r"""
warns || Priebus @@ Priebus privately warns || RNC could shift money from Trump || named_person
according to || two people who were on the call || Reince Priebus told a group of major Republican donors on a conference call Tuesday that the Republican National Committee could redirect money away from Donald Trump's campaign if the nominee's poll numbers don't recover by mid-October || anonymous
said || one of the people || The RNC chairman described any shift as a matter of "protecting the majorities" in the House and Senate || anonymous
said @@ the person said || the person @@ the person said || Priebus also told donors that he had spoken with Trump directly and that the nominee understood the stakes || anonymous
said || Sean Spicer, the RNC's chief strategist and spokesman || the account was wrong || named_person
said || Spicer || "The chairman and the RNC are fully committed to electing Donald Trump. Any suggestion otherwise is false," || named_person
worry || Many Republican operatives || a Trump collapse could cost the GOP control of the Senate, where Republicans are defending 24 seats to the Democrats' 10 || anonymous
according to || a senior Republican aide || Several senators in tight races, including Pat Toomey of Pennsylvania and Kelly Ayotte of New Hampshire, have already pressed the committee to invest more heavily in their states || anonymous
said || the aide || "Everyone is looking at the same numbers," ## "Nobody wants to be the last one on the ship." || anonymous
showed || A POLITICO/Morning Consult poll released Monday || Trump trailing Hillary Clinton by six points nationally, his widest deficit in the survey since early August || document
have argued || Committee officials || the investment would help every Republican on the ballot, not just the nominee || anonymous
""")

# ---------------------------------------------------------------------------
# n04  USA Today explainer (straight quotes)
art("n04", """What happens if an elector refuses to vote for Trump? Here's what you need to know

WASHINGTON - With the Electoral College set to meet Dec. 19, a handful of Republican electors have said they are weighing whether to cast their ballots for someone other than President-elect Donald Trump. Here's a look at how the process works.

Who are the electors?

Electors are chosen by state parties, usually as a reward for years of loyal work. According to the National Archives, 538 electors will cast votes, and a candidate needs 270 to win.

Can they vote for someone else?

In about 30 states, laws require electors to vote for the candidate who won the popular vote there. But the penalties are mostly small fines, and no elector has ever been prosecuted, according to FairVote, a nonpartisan group that tracks election law.

"The law in this area has never been tested in a real way," said Rick Hasen, an election law professor at the University of California, Irvine.

It was announced Monday that two electors in Colorado had filed a lawsuit challenging the state's binding law.

Is anyone actually defecting?

One Texas elector, Daniel Whitfield, wrote in an op-ed published this month that he would not vote for Trump because the president-elect had shown he was "not qualified" for the office.

A group calling itself the Hamilton Electors says it has been in contact with at least 20 Republican electors. It has not made their names public.

Trump's transition team said the effort was going nowhere. "This is a desperate attempt by sore losers, and it will fail," transition spokesman Jason Miller told USA TODAY.

Republican National Committee Chairman Reince Priebus said on Fox News Sunday that the push would produce "zero" meaningful defections.

What do the numbers say?

Even if a few electors defect, Trump would still clear 270 easily: he won 306 electoral votes, according to an Associated Press tally. Hillary Clinton won 232.

Could the House decide?

Only if no candidate reaches 270. In that case, the House would choose among the top three finishers, with each state delegation casting one vote. Legal scholars say such a scenario is extremely unlikely this year.
""", r"""
have said || a handful of Republican electors || they are weighing whether to cast their ballots for someone other than President-elect Donald Trump || anonymous
According to || the National Archives || 538 electors will cast votes, and a candidate needs 270 to win || named_org
according to || FairVote, a nonpartisan group that tracks election law || the penalties are mostly small fines, and no elector has ever been prosecuted || named_org
said || Rick Hasen, an election law professor at the University of California, Irvine || "The law in this area has never been tested in a real way," || named_person
was announced || None || two electors in Colorado had filed a lawsuit challenging the state's binding law || unknown
wrote || One Texas elector, Daniel Whitfield || he would not vote for Trump because the president-elect had shown he was "not qualified" for the office || named_person
says || A group calling itself the Hamilton Electors || it has been in contact with at least 20 Republican electors || named_org
said || Trump's transition team || the effort was going nowhere || named_org
told || transition spokesman Jason Miller || "This is a desperate attempt by sore losers, and it will fail," || named_person
said || Republican National Committee Chairman Reince Priebus || the push would produce "zero" meaningful defections || named_person
according to || an Associated Press tally || he won 306 electoral votes || document
say || Legal scholars || such a scenario is extremely unlikely this year || anonymous
""")

# ---------------------------------------------------------------------------
# n05  HuffPost with editor's note (straight quotes)
art("n05", """Trump Claims Latino Voters Are 'Coming Over In Droves'

Editor's note: Donald Trump is a candidate who has encouraged violence at his rallies and traffics in conspiracy theories about his opponents.

Donald Trump insisted on Tuesday that Latino voters are "coming over in droves" to his campaign, a boast that finds little support in public surveys of the group.

"We are doing tremendous with the Hispanics. Tremendous. They love me, and I love them," the GOP nominee said at a rally in Reno, Nevada. "Nobody has seen anything like it."

A Latino Decisions poll released last week found Trump winning just 18 percent of Latino voters nationally. That would be a lower share than Mitt Romney won in 2012, when he lost the group by more than 40 points.

Organizers in Nevada say the enthusiasm is running the other way. "People are registering because they are scared of this man," said Marisol Fuentes, an organizer with the Culinary Workers Union in Las Vegas.

The Clinton campaign has opened 12 field offices in Latino neighborhoods across the state, according to a campaign official.

A Trump spokeswoman, Katrina Pierson, said the campaign's data showed "real movement" among Latino men. She did not provide the data.

Trump launched his campaign last year by calling some Mexican immigrants "rapists," and he has said a federal judge's Mexican heritage made him biased against Trump University. Latino voters have not forgotten, said Fuentes, who has knocked on doors in North Las Vegas every weekend since June.

Clinton's campaign manager, Robby Mook, said in a memo to reporters Wednesday that Latino turnout in early voting in Nevada was up 30 percent over 2012.

Nevada Republicans are less alarmed. The state party's chairman, Michael McDonald, told HuffPost that Trump would "surprise a lot of people" in Clark County.

Nevada has six electoral votes, and President Barack Obama carried it twice.
""", r"""
Claims || Trump || Latino Voters Are 'Coming Over In Droves' || named_person
insisted || Donald Trump || Latino voters are "coming over in droves" to his campaign || named_person
said || the GOP nominee || "We are doing tremendous with the Hispanics. Tremendous. They love me, and I love them," ## "Nobody has seen anything like it." || named_person
found || A Latino Decisions poll released last week || Trump winning just 18 percent of Latino voters nationally || document
say || Organizers in Nevada || the enthusiasm is running the other way || anonymous
said || Marisol Fuentes, an organizer with the Culinary Workers Union in Las Vegas || "People are registering because they are scared of this man," || named_person
according to || a campaign official || The Clinton campaign has opened 12 field offices in Latino neighborhoods across the state || anonymous
said || A Trump spokeswoman, Katrina Pierson || the campaign's data showed "real movement" among Latino men || named_person
calling || Trump @@ Trump launched || some Mexican immigrants "rapists," || named_person
has said || he || a federal judge's Mexican heritage made him biased against Trump University || named_person
said || Fuentes || Latino voters have not forgotten || named_person
said || Clinton's campaign manager, Robby Mook || Latino turnout in early voting in Nevada was up 30 percent over 2012 || named_person
told || The state party's chairman, Michael McDonald || Trump would "surprise a lot of people" in Clark County || named_person
""")

# ---------------------------------------------------------------------------
# n06  Breitbart exclusive (straight quotes)
art("n06", """EXCLUSIVE: Border Patrol Agents Say They Were Told to 'Catch and Release' in South Texas

Border Patrol agents in South Texas have been ordered to release hundreds of illegal aliens apprehended near the border without notices to appear in court, two agents told Breitbart Texas exclusively.

The agents, who spoke on condition of anonymity because they were not authorized to speak to the media, said the orders came from Washington.

"We are catching them and letting them go. That is the policy now," one of the agents said. "Nobody in management will put it in writing."

A copy of an internal email obtained by Breitbart Texas states that agents should prioritize "processing speed" over documentation during periods of high apprehensions.

National Border Patrol Council President Brandon Judd said the union has heard similar complaints from agents across the Southwest.

"This administration has tied our hands," Judd told Breitbart News. "Agents are demoralized, and the cartels know it."

U.S. Customs and Border Protection did not respond to multiple requests for comment from Breitbart Texas.

The Department of Homeland Security has said in the past that it prioritizes the removal of criminal aliens and recent border crossers. Critics of the administration's policy argue that the practice encourages more illegal crossings by signaling that those caught will not be deported.

Rep. Lamar Smith (R-TX) called the reports "deeply troubling" in a statement to Breitbart News.

"If these allegations are true, the Obama administration is ignoring the law it swore to enforce," Smith said in the statement.

Apprehensions of unaccompanied minors and family units in the Rio Grande Valley have climbed sharply since the summer. Border Patrol statistics show more than 10,000 family units were apprehended in the sector in August alone.

Republican presidential nominee Donald Trump has made border security a centerpiece of his campaign. At a rally in Phoenix last month, he said the current system was "a disaster" that rewards lawbreakers.

Breitbart Texas will continue to follow this developing story.
""", r"""
Say || Border Patrol Agents || They Were Told to 'Catch and Release' in South Texas || anonymous
told || two agents || Border Patrol agents in South Texas have been ordered to release hundreds of illegal aliens apprehended near the border without notices to appear in court || anonymous
said || The agents || the orders came from Washington || anonymous
said || one of the agents || "We are catching them and letting them go. That is the policy now," ## "Nobody in management will put it in writing." || anonymous
states || A copy of an internal email obtained by Breitbart Texas || agents should prioritize "processing speed" over documentation during periods of high apprehensions || document
said || National Border Patrol Council President Brandon Judd || the union has heard similar complaints from agents across the Southwest || named_person
told || Judd || "This administration has tied our hands," ## "Agents are demoralized, and the cartels know it." || named_person
has said || The Department of Homeland Security || it prioritizes the removal of criminal aliens and recent border crossers || named_org
argue || Critics of the administration's policy || the practice encourages more illegal crossings by signaling that those caught will not be deported || anonymous
called || Rep. Lamar Smith (R-TX) || the reports "deeply troubling" || named_person
said || Smith || "If these allegations are true, the Obama administration is ignoring the law it swore to enforce," || named_person
show || Border Patrol statistics || more than 10,000 family units were apprehended in the sector in August alone || document
said || he @@ he said the current || the current system was "a disaster" that rewards lawbreakers || named_person
""")

# ---------------------------------------------------------------------------
# n07  The Western Journal, quoting tweets (straight quotes)
art("n07", """Trump Fires Back at Warren After She Calls Him a 'Bully'

Sen. Elizabeth Warren of Massachusetts tweeted on Monday that Donald Trump was "a thin-skinned bully who has never cared about anyone but himself."

Within an hour, the Republican nominee responded.

"Goofy Elizabeth Warren, Hillary's flunky, has been a total failure in the Senate. Just a lot of talk!" Trump tweeted.

In a second tweet, he added: "She will never be president. Dishonest and unfair!"

Warren did not back down. She wrote in a follow-up post that Trump "can't handle a woman who talks back."

The Massachusetts Democrat has emerged as one of Hillary Clinton's most aggressive surrogates. Clinton campaign chairman John Podesta told MSNBC last week that Warren "gets under Trump's skin like nobody else."

The Boston Globe reported Monday that Warren plans to campaign for Clinton in New Hampshire and Ohio this week.

Some Republican strategists said the nominee should ignore Warren and stay focused on the economy.

"Every minute he spends fighting with Elizabeth Warren is a minute he isn't talking about jobs," GOP strategist Dan Kessler told The Hill.

But many of Trump's supporters love the fight, and his rallies rarely pass without a mention of Warren.

A Suffolk University poll released last week showed Warren with a 58 percent favorability rating in Massachusetts, well above Trump's 29 percent in the state.

Trump campaign spokesman Jason Miller said in a statement that Warren was "a failed senator who is desperate for attention" and that voters "see right through her."

Warren is not on the ballot this year. Her term runs through 2018, and she has said she has no plans to run for president.

Still, the feud shows no sign of cooling. Late Monday night, Trump was back on Twitter, writing that Warren had "done nothing for the people of Massachusetts."

What do you think? Should Trump keep hitting back at Warren, or focus on Hillary? Let us know in the comments.
""", r"""
Calls || She || Him a 'Bully' || named_person
tweeted || Sen. Elizabeth Warren of Massachusetts || Donald Trump was "a thin-skinned bully who has never cared about anyone but himself." || named_person
tweeted || Trump @@ Trump tweeted || "Goofy Elizabeth Warren, Hillary's flunky, has been a total failure in the Senate. Just a lot of talk!" || named_person
added || he || "She will never be president. Dishonest and unfair!" || named_person
wrote || She @@ She wrote || Trump "can't handle a woman who talks back." || named_person
told || Clinton campaign chairman John Podesta || Warren "gets under Trump's skin like nobody else." || named_person
reported || The Boston Globe || Warren plans to campaign for Clinton in New Hampshire and Ohio this week || media
said || Some Republican strategists || the nominee should ignore Warren and stay focused on the economy || anonymous
told || GOP strategist Dan Kessler || "Every minute he spends fighting with Elizabeth Warren is a minute he isn't talking about jobs," || named_person
showed || A Suffolk University poll released last week || Warren with a 58 percent favorability rating in Massachusetts, well above Trump's 29 percent in the state || document
said || Trump campaign spokesman Jason Miller || Warren was "a failed senator who is desperate for attention" and that voters "see right through her." || named_person
has said || she @@ she has said || she has no plans to run for president || named_person
writing || Trump @@ Trump was back || Warren had "done nothing for the people of Massachusetts." || named_person
""")

# ---------------------------------------------------------------------------
# n08  The New York Times (curly quotes)
art("n08", """Garland Nomination Hangs Over Final Weeks of Senate Session

WASHINGTON — A growing number of Senate Republicans are privately discussing whether to confirm Judge Merrick B. Garland to the Supreme Court during the lame-duck session if Hillary Clinton wins the presidency, according to several Republican aides and senators.

“If she wins, we are going to get someone to the left of Garland, and everybody knows it,” said one Republican senator, who spoke on the condition of anonymity because the conversations were private.

The Senate majority leader, Mitch McConnell of Kentucky, has insisted since February that the next president should fill the seat, and a spokesman for Mr. McConnell, Don Stewart, said on Tuesday that his view “has not changed.”

Senator Charles E. Grassley of Iowa, the Judiciary Committee chairman, told reporters he had “no plans” to hold hearings this year.

But other Republicans were less categorical. Senator Jeff Flake of Arizona said he would consider a vote “if the circumstances change,” and Senator Orrin G. Hatch of Utah said he would not rule anything out.

Democrats were quick to respond. “Republicans are admitting what we have said all along: Merrick Garland deserves a vote,” Senator Harry Reid of Nevada, the minority leader, said in a statement.

The White House press secretary, Josh Earnest, said President Obama had no intention of withdrawing the nomination, even if Mrs. Clinton prefers to choose her own nominee.

Conservative groups warned that any lame-duck confirmation would be a betrayal of voters. The Judicial Crisis Network, a conservative group that has spent millions of dollars opposing Judge Garland, said in a statement that senators who supported him would “face consequences.”

Judge Garland, 63, has now waited longer for a hearing than any Supreme Court nominee in history. He has spent the months since his nomination meeting with senators and hearing cases on the federal appeals court in Washington.

A Gallup survey in August found that 52 percent of Americans thought the Senate should hold hearings on the nomination.

Mrs. Clinton has not said whether she would renominate Judge Garland. Her campaign chairman, John D. Podesta, told reporters last month that she would “look at the whole field.”
""", r"""
according to || several Republican aides and senators || A growing number of Senate Republicans are privately discussing whether to confirm Judge Merrick B. Garland to the Supreme Court during the lame-duck session if Hillary Clinton wins the presidency || anonymous
said || one Republican senator || “If she wins, we are going to get someone to the left of Garland, and everybody knows it,” || anonymous
has insisted || The Senate majority leader, Mitch McConnell of Kentucky || the next president should fill the seat || named_person
said || a spokesman for Mr. McConnell, Don Stewart || his view “has not changed.” || named_person
told || Senator Charles E. Grassley of Iowa, the Judiciary Committee chairman || he had “no plans” to hold hearings this year || named_person
said || Senator Jeff Flake of Arizona || he would consider a vote “if the circumstances change,” || named_person
said || Senator Orrin G. Hatch of Utah || he would not rule anything out || named_person
said || Senator Harry Reid of Nevada, the minority leader || “Republicans are admitting what we have said all along: Merrick Garland deserves a vote,” || named_person
said || The White House press secretary, Josh Earnest || President Obama had no intention of withdrawing the nomination, even if Mrs. Clinton prefers to choose her own nominee || named_person
warned || Conservative groups || any lame-duck confirmation would be a betrayal of voters || anonymous
said || The Judicial Crisis Network, a conservative group that has spent millions of dollars opposing Judge Garland || senators who supported him would “face consequences.” || named_org
found || A Gallup survey in August || 52 percent of Americans thought the Senate should hold hearings on the nomination || document
told || Her campaign chairman, John D. Podesta || she would “look at the whole field.” || named_person
""")

# ---------------------------------------------------------------------------
# n09  The Washington Post (curly quotes)
art("n09", """White House divided over response to election hacking as vote nears

Senior Obama administration officials are divided over how forcefully to respond to a series of cyberattacks on state election systems, with some arguing that a public response could itself undermine confidence in the vote, according to officials familiar with the deliberations.

The debate, which has played out in a series of meetings in the White House Situation Room, has pitted officials at the State Department against some at the Justice Department, said one senior official, who, like others interviewed for this article, spoke on the condition of anonymity to discuss internal deliberations.

White House press secretary Josh Earnest declined to discuss the deliberations Tuesday but told reporters that the president “takes this threat very seriously.”

The Department of Homeland Security said last week that hackers had probed voter registration databases in more than 20 states. In at least two, Illinois and Arizona, the intruders gained access to voter data.

FBI Director James B. Comey told the House Judiciary Committee in September that the bureau was “looking very, very hard” at the intrusions.

Republicans have said the administration is moving too slowly. “They have known about this for months, and they have done nothing,” said Rep. Jason Chaffetz (R-Utah), chairman of the House Oversight Committee.

Donald Trump, at a rally in Florida on Monday, said the hacks could have been carried out by “anybody,” including “China, or some kid.”

The Clinton campaign has said Russia is behind the theft of emails from its chairman, John Podesta.

The New York Times reported Sunday that the administration had drawn up options for a covert cyber response. Two officials interviewed for this article cautioned that no decision had been made and that the president was wary of any step that could escalate.

State election officials, for their part, have sought to reassure voters. Pennsylvania’s secretary of the commonwealth, Pedro Cortés, said in an interview that the state’s voting machines were not connected to the Internet and could not be hacked remotely.

A Washington Post-ABC News poll conducted this month found that 46 percent of likely voters are worried about foreign interference in the election.

Election Day is four weeks away.
""", r"""
according to || officials familiar with the deliberations || Senior Obama administration officials are divided over how forcefully to respond to a series of cyberattacks on state election systems, with some arguing that a public response could itself undermine confidence in the vote || anonymous
said || one senior official || The debate, which has played out in a series of meetings in the White House Situation Room, has pitted officials at the State Department against some at the Justice Department || anonymous
told || White House press secretary Josh Earnest || the president “takes this threat very seriously.” || named_person
said || The Department of Homeland Security || hackers had probed voter registration databases in more than 20 states || named_org
told || FBI Director James B. Comey || the bureau was “looking very, very hard” at the intrusions || named_person
have said || Republicans || the administration is moving too slowly || named_org
said || Rep. Jason Chaffetz (R-Utah), chairman of the House Oversight Committee || “They have known about this for months, and they have done nothing,” || named_person
said || Donald Trump || the hacks could have been carried out by “anybody,” including “China, or some kid.” || named_person
has said || The Clinton campaign || Russia is behind the theft of emails from its chairman, John Podesta || named_org
reported || The New York Times || the administration had drawn up options for a covert cyber response || media
cautioned || Two officials interviewed for this article || no decision had been made and that the president was wary of any step that could escalate || anonymous
said || Pennsylvania’s secretary of the commonwealth, Pedro Cortés || the state’s voting machines were not connected to the Internet and could not be hacked remotely || named_person
found || A Washington Post-ABC News poll conducted this month || 46 percent of likely voters are worried about foreign interference in the election || document
""")

# ---------------------------------------------------------------------------
# n10  Politico (curly quotes)
art("n10", """Inside the Sanders-Clinton endorsement talks

Top aides to Bernie Sanders and Hillary Clinton have held at least three private meetings in the past two weeks to hash out the terms of the Vermont senator’s endorsement, according to four sources familiar with the talks.

The sticking points, those sources said, are a $15 minimum wage in the party platform and changes to the role of superdelegates in future nominating contests.

Sanders’ campaign manager, Jeff Weaver, told POLITICO on Wednesday that the senator wants “real, concrete commitments” before he endorses.

“We’re not going to just hand over our delegates for a handshake,” Weaver said. “This movement earned a seat at the table.”

A Clinton spokesman, Brian Fallon, said the campaign was “encouraged” by the talks and believed the two sides shared “the same goals.”

Clinton herself has stayed quiet on the negotiations. But in private, she has told donors that she is prepared to make concessions on the platform but not on superdelegates, said one person who attended a fundraiser with her last week.

Some Sanders supporters remain skeptical of any deal. The group People for Bernie posted on Facebook that anything short of abolishing superdelegates would be “a sellout.”

Democratic National Committee Chairwoman Debbie Wasserman Schultz said in a statement that the party “welcomes a conversation” about the nominating process but would not change its rules before the convention.

Several House Democrats who backed Sanders, including Rep. Raúl Grijalva of Arizona, have urged him to endorse before the convention in Philadelphia, according to a letter obtained by POLITICO.

Sanders, for his part, has given few hints. In Burlington on Tuesday, the senator said only that the talks were “going well.”

A Sanders aide said the senator was still drafting a speech for the convention and had not decided whether it would include an explicit endorsement. The aide was not authorized to discuss the speech publicly.

The Democratic National Convention opens July 25.
""", r"""
according to || four sources familiar with the talks || Top aides to Bernie Sanders and Hillary Clinton have held at least three private meetings in the past two weeks to hash out the terms of the Vermont senator’s endorsement || anonymous
said || those sources || The sticking points ## are a $15 minimum wage in the party platform and changes to the role of superdelegates in future nominating contests || anonymous
told || Sanders’ campaign manager, Jeff Weaver || the senator wants “real, concrete commitments” before he endorses || named_person
said || Weaver || “We’re not going to just hand over our delegates for a handshake,” ## “This movement earned a seat at the table.” || named_person
said || A Clinton spokesman, Brian Fallon || the campaign was “encouraged” by the talks and believed the two sides shared “the same goals.” || named_person
said || one person who attended a fundraiser with her last week || in private, she has told donors that she is prepared to make concessions on the platform but not on superdelegates || anonymous
posted || The group People for Bernie || anything short of abolishing superdelegates would be “a sellout.” || named_org
said || Democratic National Committee Chairwoman Debbie Wasserman Schultz || the party “welcomes a conversation” about the nominating process but would not change its rules before the convention || named_person
according to || a letter obtained by POLITICO || Several House Democrats who backed Sanders, including Rep. Raúl Grijalva of Arizona, have urged him to endorse before the convention in Philadelphia || document
said only || the senator @@ the senator said only || the talks were “going well.” || named_person
said || A Sanders aide || the senator was still drafting a speech for the convention and had not decided whether it would include an explicit endorsement || anonymous
""")

# ---------------------------------------------------------------------------
# n11  USA Today (curly quotes)
art("n11", """Pence says Trump will release tax returns ‘when the audit is done’

Indiana Gov. Mike Pence said Sunday that Donald Trump will release his tax returns once an IRS audit is complete, but he declined to say when that would be.

“Donald Trump has been very clear. When the audit is finished, he’ll release them,” the Republican vice presidential nominee said on CBS’ Face the Nation.

Trump has said for months that he is under routine audit by the IRS and that his lawyers have advised him not to release the returns. The IRS has said that nothing prevents a taxpayer under audit from making his returns public.

Every major-party nominee since 1976 has released tax returns, according to the Tax History Project at Tax Analysts.

Democratic vice presidential nominee Tim Kaine, campaigning in Ohio, said Pence’s answer “makes no sense.”

“What is he hiding? That’s what voters want to know,” Kaine told reporters in Toledo.

A USA TODAY/Suffolk University poll released last month found that 63% of likely voters say Trump should release his returns, including 40% of Republicans.

What’s in the returns?

Tax experts say the returns could show how much Trump pays in federal taxes, how much he gives to charity and how much money he makes.

“There is no way to know his effective tax rate without them,” said Joseph Thorndike, director of the Tax History Project.

Trump’s $916 million loss in 1995 was first reported by The New York Times this month. Such a loss could have allowed him to avoid paying federal income taxes for up to 18 years.

Trump has called himself “brilliant” for using the tax code to his advantage. Clinton’s campaign has argued that the loss shows he is a failed businessman.

The Trump campaign did not respond to a request for comment Sunday.

What happens next?

Nothing, legally. No law requires presidential candidates to release their returns, and the IRS does not comment on individual audits.
""", r"""
says || Pence || Trump will release tax returns ‘when the audit is done’ || named_person
said || Indiana Gov. Mike Pence || Donald Trump will release his tax returns once an IRS audit is complete || named_person
said || the Republican vice presidential nominee || “Donald Trump has been very clear. When the audit is finished, he’ll release them,” || named_person
has said @@ Trump has said for || Trump @@ Trump has said || he is under routine audit by the IRS and that his lawyers have advised him not to release the returns || named_person
has said || The IRS || nothing prevents a taxpayer under audit from making his returns public || named_org
according to || the Tax History Project at Tax Analysts || Every major-party nominee since 1976 has released tax returns || named_org
said || Democratic vice presidential nominee Tim Kaine || Pence’s answer “makes no sense.” || named_person
told || Kaine || “What is he hiding? That’s what voters want to know,” || named_person
found || A USA TODAY/Suffolk University poll released last month || 63% of likely voters say Trump should release his returns, including 40% of Republicans || document
say || Tax experts || the returns could show how much Trump pays in federal taxes, how much he gives to charity and how much money he makes || anonymous
said || Joseph Thorndike, director of the Tax History Project || “There is no way to know his effective tax rate without them,” || named_person
was first reported by || The New York Times || Trump’s $916 million loss in 1995 || media
has called || Trump @@ Trump has called || himself “brilliant” for using the tax code to his advantage || named_person
has argued || Clinton’s campaign || the loss shows he is a failed businessman || named_org
""")

# ---------------------------------------------------------------------------
# n12  HuffPost with editor's note (curly quotes)
art("n12", """Ted Cruz Won’t Say Whether He’ll Vote For Trump. Texas Republicans Are Fuming.

Editor’s note: Donald Trump is a candidate who regularly spreads falsehoods and has encouraged violence against protesters at his rallies.

Sen. Ted Cruz (R-Texas) again refused on Wednesday to say whether he will vote for Donald Trump in November, telling a scrum of reporters at the Capitol that he was “focused on the Senate.”

“I said what I said in Cleveland, and I’m not going to relitigate it,” the Texas senator said.

Cruz’s refusal has infuriated many Republicans in his home state, where Trump remains popular with the party’s base.

“He signed a pledge. He should honor it,” said Texas Agriculture Commissioner Sid Miller, a Trump supporter.

Some Texas donors have told Cruz’s team they will not give to a future campaign, a Republican strategist in Austin told The Huffington Post. The strategist asked not to be named because he works with several members of the state’s congressional delegation.

Cruz’s spokeswoman, Catherine Frazier, said the senator “continues to oppose Hillary Clinton in every way.”

Trump has kept up the attacks. “Lyin’ Ted is finished. Nobody in Texas cares what he thinks!” Trump tweeted Wednesday night.

The feud is an awkward one for Cruz, who is weighing another presidential run in 2020 and needs the same conservative voters who backed Trump in the primaries. It was reported last month that Cruz had turned down a speaking slot at a Trump rally in Houston.

Meanwhile, a Texas Tribune/University of Texas poll released this week showed Trump leading Clinton by just six points in Texas. No Democrat has carried the state since 1976.

The Texas Democratic Party said in a statement that the race was “closer than it has been in a generation.”

Cruz, the runner-up to Trump in the primaries, has said he will campaign for Republicans down the ballot this fall. He is scheduled to appear with Rep. Will Hurd in San Antonio on Saturday.

Hurd, who represents a swing district along the border, has also declined to endorse Trump.
""", r"""
telling || Sen. Ted Cruz (R-Texas) || he was “focused on the Senate.” || named_person
said || the Texas senator || “I said what I said in Cleveland, and I’m not going to relitigate it,” || named_person
said || Texas Agriculture Commissioner Sid Miller, a Trump supporter || “He signed a pledge. He should honor it,” || named_person
told || a Republican strategist in Austin || Some Texas donors have told Cruz’s team they will not give to a future campaign || anonymous
said || Cruz’s spokeswoman, Catherine Frazier || the senator “continues to oppose Hillary Clinton in every way.” || named_person
tweeted || Trump @@ Trump tweeted || “Lyin’ Ted is finished. Nobody in Texas cares what he thinks!” || named_person
was reported || None || Cruz had turned down a speaking slot at a Trump rally in Houston || unknown
showed || a Texas Tribune/University of Texas poll released this week || Trump leading Clinton by just six points in Texas || document
said || The Texas Democratic Party || the race was “closer than it has been in a generation.” || named_org
has said || Cruz, the runner-up to Trump in the primaries || he will campaign for Republicans down the ballot this fall || named_person
""")

# ---------------------------------------------------------------------------
# n13  Breitbart exclusive (curly quotes)
art("n13", """EXCLUSIVE — Sources: Clinton Foundation Donors Got Fast-Track Access at State

Donors to the Clinton Foundation received special access to senior State Department officials while Hillary Clinton served as secretary of state, according to two former State Department employees who spoke exclusively to Breitbart News.

The former employees, who requested anonymity out of concern for their careers, said requests from foundation donors were routinely “flagged” for Clinton’s top aides.

“Everyone knew which names mattered. If you were a donor, you got a meeting,” one of the former employees said.

Emails released by the conservative watchdog group Judicial Watch in August showed foundation executive Doug Band seeking meetings for donors with Clinton aide Huma Abedin.

Judicial Watch President Tom Fitton told Breitbart News the new accounts “confirm what we have been saying for months.”

The Clinton campaign has repeatedly denied that donors received favors. “Not a single action Secretary Clinton took was influenced by a donation,” campaign spokesman Brian Fallon said in a statement Thursday.

Breitbart News reported in August that foreign governments gave tens of millions of dollars to the foundation while Clinton led the State Department.

Peter Schweizer, author of the bestselling book Clinton Cash, has argued that the foundation operated as a “shadow State Department” during those years.

Republican presidential nominee Donald Trump has called the foundation “a pay-to-play machine unlike anything Washington has ever seen.” At a rally in Pennsylvania on Tuesday, the GOP nominee vowed to appoint a special prosecutor to investigate it if he wins.

The State Department said in a statement that it had found no evidence of improper contacts between foundation donors and department officials.

The second former employee described a culture in which foundation business and official business “bled together.” That employee, who worked in the department for more than a decade, said senior staff rarely questioned requests that came through Abedin’s office.

“It was understood that you did not say no to Huma,” the source said.

Abedin’s attorney did not respond to a request for comment from Breitbart News.
""", r"""
: @@ Sources: || Sources || Clinton Foundation Donors Got Fast-Track Access at State || anonymous
according to || two former State Department employees who spoke exclusively to Breitbart News || Donors to the Clinton Foundation received special access to senior State Department officials while Hillary Clinton served as secretary of state || anonymous
said || The former employees || requests from foundation donors were routinely “flagged” for Clinton’s top aides || anonymous
said || one of the former employees || “Everyone knew which names mattered. If you were a donor, you got a meeting,” || anonymous
showed || Emails released by the conservative watchdog group Judicial Watch in August || foundation executive Doug Band seeking meetings for donors with Clinton aide Huma Abedin || document
told || Judicial Watch President Tom Fitton || the new accounts “confirm what we have been saying for months.” || named_person
has repeatedly denied || The Clinton campaign || donors received favors || named_org
said || campaign spokesman Brian Fallon || “Not a single action Secretary Clinton took was influenced by a donation,” || named_person
reported || Breitbart News || foreign governments gave tens of millions of dollars to the foundation while Clinton led the State Department || media
has argued || Peter Schweizer, author of the bestselling book Clinton Cash || the foundation operated as a “shadow State Department” during those years || named_person
has called || Republican presidential nominee Donald Trump || the foundation “a pay-to-play machine unlike anything Washington has ever seen.” || named_person
vowed || the GOP nominee || to appoint a special prosecutor to investigate it if he wins || named_person
said || The State Department || it had found no evidence of improper contacts between foundation donors and department officials || named_org
described || The second former employee || a culture in which foundation business and official business “bled together.” || anonymous
said || That employee || senior staff rarely questioned requests that came through Abedin’s office || anonymous
said || the source || “It was understood that you did not say no to Huma,” || anonymous
""")

# ---------------------------------------------------------------------------
# n14  The Western Journal, quoting tweets (curly quotes)
art("n14", """Kellyanne Conway Takes On the Media in Viral Tweetstorm After VP Debate

Trump campaign manager Kellyanne Conway unloaded on the mainstream media Tuesday night, accusing several networks of “cheerleading” for Hillary Clinton during their coverage of the vice presidential debate.

“Watching the post-debate ‘analysis’ tonight. Did any of these people actually watch the debate? @mike_pence won decisively,” Conway tweeted.

In a follow-up tweet, she wrote: “The media has picked its candidate. Voters will pick theirs on Nov. 8.”

The tweets were shared more than 15,000 times within a few hours.

A CNN/ORC instant poll of debate watchers found that 48 percent thought Pence won, compared with 42 percent for Kaine.

Still, several commentators said Tim Kaine’s frequent interruptions had hurt him with viewers at home.

Donald Trump weighed in as well, tweeting that Pence had been “fantastic” and that “the dishonest media” refused to admit it.

Pence told Fox News on Wednesday morning that he “felt good” about his performance and was looking forward to getting back on the trail.

Clinton communications director Jennifer Palmieri wrote on Twitter: “If you have to tell everyone you won, you probably didn’t.”

As the Washington Examiner reported, Conway has made media bias a central theme of her television appearances since taking over the campaign in August.

Conservatives have long complained that the national media tilts toward Democrats, and the 2016 race has only sharpened those complaints.

A Gallup survey released last month found that Americans’ trust in the mass media had fallen to 32 percent. That is the lowest level in the history of the poll, which began asking the question in 1972.

Just 14 percent of Republicans said they had a great deal or fair amount of trust in the media, according to the survey.

The Western Journal reached out to the Clinton campaign for comment but did not hear back by press time.

Do you think the media is biased against Donald Trump? Sound off in the comments below.
""", r"""
accusing || Trump campaign manager Kellyanne Conway || several networks of “cheerleading” for Hillary Clinton during their coverage of the vice presidential debate || named_person
tweeted || Conway || “Watching the post-debate ‘analysis’ tonight. Did any of these people actually watch the debate? @mike_pence won decisively,” || named_person
wrote || she || “The media has picked its candidate. Voters will pick theirs on Nov. 8.” || named_person
found || A CNN/ORC instant poll of debate watchers || 48 percent thought Pence won, compared with 42 percent for Kaine || document
said || several commentators || Tim Kaine’s frequent interruptions had hurt him with viewers at home || anonymous
tweeting || Donald Trump || Pence had been “fantastic” and that “the dishonest media” refused to admit it || named_person
told || Pence @@ Pence told || he “felt good” about his performance and was looking forward to getting back on the trail || named_person
wrote || Clinton communications director Jennifer Palmieri || “If you have to tell everyone you won, you probably didn’t.” || named_person
reported || the Washington Examiner || Conway has made media bias a central theme of her television appearances since taking over the campaign in August || media
have long complained || Conservatives || the national media tilts toward Democrats || anonymous
found || A Gallup survey released last month || Americans’ trust in the mass media had fallen to 32 percent || document
according to || the survey @@ according to the survey || Just 14 percent of Republicans said they had a great deal or fair amount of trust in the media || document
""")


# ---------------------------------------------------------------------------
def _ctx_find(text, field):
    """Return list of candidate (start, end) for a field 'SPAN' or 'SPAN @@ CTX'."""
    if " @@ " in field:
        span, ctx = field.split(" @@ ", 1)
        n = text.count(ctx)
        assert n == 1, f"context {ctx!r} occurs {n} times"
        c0 = text.index(ctx)
        occ = _word_find(ctx, span)
        assert len(occ) == 1, f"span {span!r} occurs {len(occ)} times in context {ctx!r}"
        s = c0 + occ[0][0]
        return span, [(s, s + len(span))], True
    span = field
    occ = _word_find(text, span)
    assert occ, f"span {span!r} not found"
    return span, occ, False


def _word_find(text, span):
    """Occurrences of span, word-bounded where span starts/ends with a word character."""
    pat = re.escape(span)
    if span[:1].isalnum():
        pat = r"(?<!\w)" + pat
    if span[-1:].isalnum():
        pat = pat + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def _overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _dist(a, spans):
    best = None
    for b in spans:
        if _overlap(a, b):
            d = 0
        elif a[1] <= b[0]:
            d = b[0] - a[1]
        else:
            d = a[0] - b[1]
        best = d if best is None else min(best, d)
    return best


def _span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def parse_ann(doc_id, text, ann):
    out = []
    for line in ann.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, (doc_id, line)
        cue_f, src_f, con_f, typ = parts
        assert typ in TYPES, (doc_id, typ)
        # content
        frags = []
        for fr in con_f.split(" ## "):
            span, occ, _ = _ctx_find(text, fr)
            assert len(occ) == 1, f"{doc_id}: content fragment {span!r} occurs {len(occ)} times"
            frags.append(occ[0])
        for a, b in zip(frags, frags[1:], strict=False):
            assert a[1] <= b[0], (doc_id, "fragments out of order", con_f)
        # cue
        span, occ, _ = _ctx_find(text, cue_f)
        occ = [o for o in occ if not any(_overlap(o, f) for f in frags)]
        assert occ, (doc_id, "no cue outside content", cue_f)
        occ.sort(key=lambda o: (_dist(o, frags), o[0]))
        cue = occ[0]
        # source
        src = None
        if src_f != "None":
            span, socc, _ = _ctx_find(text, src_f)
            socc = [o for o in socc if not any(_overlap(o, f) for f in frags) and not _overlap(o, cue)]
            assert socc, (doc_id, "no source occurrence", src_f)
            socc.sort(key=lambda o: (_dist(o, [cue]), o[0]))
            src = socc[0]
        else:
            assert typ == "unknown", (doc_id, line)
        rec = {
            "cue": _span(text, *cue),
            "source": _span(text, *src) if src else None,
            "content": _span(text, frags[0][0], frags[-1][1]),
            "source_type": typ,
        }
        if len(frags) > 1:
            rec["content"]["fragments"] = [[a, b] for a, b in frags]
        # checks
        for key in ("cue", "source", "content"):
            sp = rec[key]
            if sp is not None:
                assert text[sp["start"]:sp["end"]] == sp["text"]
                assert sp["text"] == sp["text"].strip(), (doc_id, key, sp["text"])
        ct = rec["content"]["text"]
        assert not ct.lower().startswith("that "), (doc_id, ct)
        if ct.endswith("."):
            assert ct.endswith((".”", '."', ".’", ".'")), (doc_id, "period outside quote", ct)
        out.append(rec)
    out.sort(key=lambda r: r["cue"]["start"])
    return out


def build():
    recs = []
    for i, (doc_id, text, ann) in enumerate(ARTICLES):
        # quote style: first half straight, second half curly
        if i < len(ARTICLES) // 2:
            assert not any(ch in text for ch in "“”‘’"), (doc_id, "curly quote in straight half")
        else:
            assert '"' not in text and "'" not in text, (doc_id, "straight quote in curly half")
        nwords = len(text.split())
        assert 250 <= nwords <= 400, (doc_id, nwords)
        lines = text.split("\n")
        assert lines[1] == "" and lines[0].strip(), (doc_id, "headline + blank line")
        recs.append({"doc_id": doc_id, "text": text, "split": "blind",
                     "attributions": parse_ann(doc_id, text, ann)})
    assert [r["doc_id"] for r in recs] == [f"n{k:02d}" for k in range(1, 15)]
    return recs


def review(recs):
    """Print every attribution with its cue in context, for checking by eye."""
    for r in recs:
        t = r["text"]
        print("=" * 30, r["doc_id"], len(t.split()), "words")
        for a in r["attributions"]:
            c = a["cue"]
            s = a["source"]
            ctx0 = max(0, c["start"] - 60)
            print(f"  CUE {c['text']!r} @{c['start']}  SRC {s and s['text']!r} @{s and s['start']}  TYPE {a['source_type']}")
            print(("     ...{}[[{}]]{}...".format(t[ctx0:c["start"]], c["text"], t[c["end"]:c["end"] + 40])).replace("\n", " / "))
            if s:
                print(("     src ctx: ...{}[[{}]]{}".format(t[max(0, s["start"] - 30):s["start"]], s["text"], t[s["end"]:s["end"] + 15])).replace("\n", " / "))
            print("     CONTENT {!r} {}".format(a["content"]["text"][:100], a["content"].get("fragments", "")))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    records = build()
    code = write_or_check(records, HERE / "blind13.jsonl", [a for a in argv if a != "--review"],
                          __doc__.split("\n\n")[0])
    if "--review" in argv:
        review(records)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
